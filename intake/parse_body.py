"""Part decoding for `parse`: transfer encodings, charsets, HTML to text, attachment names.

Takes one MIME leaf at a time and never raises: damaged input degrades to replacement characters.
"""

from __future__ import annotations

import codecs
import re
from email.message import Message

from intake.parse_headers import decode_value, sanitise
from intake.parse_html import html_to_text

# Labels that senders use for Windows code pages; decoding them as such is what mail clients do.
# Labels that senders put on Windows code-page text or on unlabelled UTF-8: decode as UTF-8 when
# that works, else as windows-1252, which is what mail clients do with them.
_GUESSED_CHARSETS = frozenset({"ascii", "iso8859-1", "cp1252"})
_MIME_TYPE = re.compile(r"\s*([\w!#$&^.+-]+/[\w!#$&^.+-]+)")
_FILENAME_JUNK = re.compile(r"[\x00-\x1f\x7f-\x9f/\\:*?\"<>|\u2028\u2029]")


def raw_header(part: Message, name: str) -> str:
    """The first raw value of a header, unparsed (the lazy header parser has crashers)."""
    wanted = name.lower()
    for key, value in part.raw_items():
        if key.lower() == wanted:
            return str(value)
    return ""


def content_type(part: Message) -> str:
    """The part's content type in lower case, read from the raw header as compat32 does.

    The structured header parser is slow (it dominates a 1000-part message) and has crashers.
    """
    found = _MIME_TYPE.match(raw_header(part, "content-type"))
    return found.group(1).lower() if found else part.get_default_type()


def payload_bytes(part: Message) -> bytes:
    """The decoded body of a leaf (base64 / quoted-printable undone, errors tolerated)."""
    try:
        data = part.get_payload(decode=True)
    except Exception:  # broken transfer encodings
        return b""
    return data if isinstance(data, bytes) else b""


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


def filename(part: Message) -> str:
    """The attachment's name without paths or control characters; "" when unnamed."""
    try:
        name = part.get_filename() or ""
    except Exception:  # RFC 2231 continuations that do not decode
        name = _raw_filename(part)
    name = decode_value("subject", name) if "=?" in name else sanitise(name)
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = _FILENAME_JUNK.sub("_", name).strip(" .")
    return name[:255]


def _raw_filename(part: Message) -> str:
    for header in ("content-disposition", "content-type"):
        raw = raw_header(part, header)
        found = re.search(r"(?:file)?name\*?(?:\*\d+\*?)?\s*=\s*\"?([^\";]*)", raw, re.IGNORECASE)
        if found:
            return found.group(1)
    return ""


def is_attachment(part: Message) -> bool:
    """Whether a leaf is a file rather than body text."""
    try:
        disposition = (part.get_content_disposition() or "").lower()
    except Exception:  # malformed Content-Disposition
        disposition = ""
    if disposition == "attachment":
        return True
    if content_type(part) not in ("text/plain", "text/html"):
        return True
    return bool(filename(part))
