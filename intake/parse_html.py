"""Text leaves for `parse`: charsets decoded, and HTML bodies to plain text (beautifulsoup4,
html.parser): one linear walk, no tree edits (each bs4 edit costs O(n): minutes on hostile
markup); blockquotes become `>` lines.
"""

from __future__ import annotations

import codecs
import html as html_entities
import re
import warnings
from email.message import Message

from bs4 import BeautifulSoup
from bs4.element import NavigableString, PreformattedString, Tag

from intake.parse_body import content_type, payload_bytes

# Labels that senders put on Windows code-page text or on unlabelled UTF-8: decode as UTF-8 when
# that works, else as windows-1252, which is what mail clients do with them.
_GUESSED_CHARSETS = frozenset({"ascii", "iso8859-1", "cp1252"})
# Enough for any enquiry's text; bounds the parse time of hostile markup.
MAX_HTML_CHARS = 300_000
# Past this many tags the tree is not built (seconds for hostile markup): tags are stripped.
MAX_TAGS = 10_000
_HIDDEN_OPEN = re.compile(r"<(script|style)\b", re.IGNORECASE)
_BREAK_TAG = re.compile(r"<(/?)(\w+)[^>]*>")
_DROP = frozenset({"style", "script", "head", "title", "template", "noscript", "svg"})
# Paragraph-like tags become blank-line breaks (disclaimer detection works on paragraphs).
_PARAGRAPH = frozenset(
    {"p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "hr", "blockquote"}
)
_LINE = frozenset({"br", "li", "tr"})
_VOID = frozenset({"br", "hr"})


def _charset(part: Message) -> str | None:
    try:
        charset = part.get_content_charset()
    except Exception:  # RFC 2231 charset parameters can be malformed
        return None
    return charset if isinstance(charset, str) else None


def _text_codec(label: str) -> str | None:
    """A Python text codec for a MIME charset label, or None when unknown or not text."""
    try:
        info = codecs.lookup(label.strip().strip('"'))
    except (LookupError, ValueError):
        return None
    if not getattr(info, "_is_text_encoding", True):
        return None  # e.g. "base64" or "zlib" given as a charset
    return info.name


def decode_text(data: bytes, label: str | None) -> str:
    """Bytes to text in the declared charset; unknown charsets give replacement characters."""
    codec = _text_codec(label) if label else "ascii"
    if codec is None:
        return data.decode("utf-8", "replace")
    if codec in _GUESSED_CHARSETS:
        try:
            return data.decode("utf-8")
        except UnicodeDecodeError:
            return data.decode("windows-1252", "replace")
    try:
        return data.decode(codec, "replace")
    except Exception:  # some codecs (idna, utf-7) raise despite "replace"
        return data.decode("utf-8", "replace")


def part_text(part: Message) -> str:
    """The text of a text/* leaf, HTML converted to plain text."""
    text = decode_text(payload_bytes(part), _charset(part))
    if content_type(part) == "text/html":
        return html_to_text(text)
    return text.replace("\r\n", "\n").replace("\r", "\n")


class _Break(str):
    """A line or paragraph break the walk emits around block elements."""


def html_to_text(html: str) -> str:
    """Visible text of an HTML body, paragraphs separated by blank lines."""
    html = html[:MAX_HTML_CHARS]
    if html.count("<") > MAX_TAGS:
        return _strip_tags(html)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # bs4 warns about markup that looks like a URL or XML
        soup = BeautifulSoup(html, "html.parser")
    lines = _lines(_pieces(soup))
    tidy = "\n".join(("> " * depth + line) if line and depth else line for line, depth in lines)
    return re.sub(r"\n{3,}", "\n\n", tidy).strip()


def _pieces(root: Tag) -> list[tuple[str, int]]:
    """Text and breaks in document order, each with its blockquote depth."""
    pieces: list[tuple[str, int]] = []
    stack: list[tuple[object, int]] = [(root, 0)]
    while stack:
        node, depth = stack.pop()
        if isinstance(node, _Break):
            pieces.append((node, depth))
        elif isinstance(node, NavigableString):
            if not isinstance(node, PreformattedString):  # comments, doctypes, CDATA
                pieces.append((str(node), depth))
        elif isinstance(node, Tag) and node.name not in _DROP:
            inner = depth + (node.name == "blockquote")
            brk = "\n\n" if node.name in _PARAGRAPH else "\n" if node.name in _LINE else ""
            if brk:
                pieces.append((brk, depth))
                if node.name not in _VOID:  # a <br> is one break, not an opening and a close
                    stack.append((_Break(brk), depth))
            stack.extend((child, inner) for child in reversed(node.contents))
    return pieces


def _lines(pieces: list[tuple[str, int]]) -> list[tuple[str, int]]:
    """Whitespace-collapsed lines, each with the deepest quote level written on it."""
    lines: list[tuple[list[str], int]] = [([], 0)]
    for text, depth in pieces:
        first, *rest = text.split("\n")
        words, line_depth = lines[-1]
        words.append(first)
        lines[-1] = (words, max(line_depth, depth) if first.strip() else line_depth)
        lines += [([part], depth if part.strip() else 0) for part in rest]
    return [(" ".join("".join(words).split()), depth) for words, depth in lines]


def _strip_tags(html: str) -> str:
    """A linear, tree-less rendering for markup too dense to parse: good enough to classify."""
    kept: list[str] = []
    lowered = html.lower()
    position = 0
    for opening in _HIDDEN_OPEN.finditer(html):
        if opening.start() < position:
            continue
        kept.append(html[position : opening.start()])
        closing = lowered.find(f"</{opening.group(1).lower()}", opening.end())
        if closing < 0:
            position = len(html)
            break
        position = closing
    kept.append(html[position:])
    text = _BREAK_TAG.sub(_tag_break, "".join(kept))
    lines = (" ".join(line.split()) for line in html_entities.unescape(text).splitlines())
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _tag_break(tag: re.Match[str]) -> str:
    name = tag.group(2).lower()
    return "\n\n" if name in _PARAGRAPH else "\n" if name in _LINE else " "
