"""Part bodies for `parse`: content types, transfer encodings, attachment names and sizes, and
long base64 runs kept out of the parser's sight (`Hidden`).

Takes one MIME leaf at a time and never raises: damaged input degrades to what decoding gives.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from email.feedparser import BytesFeedParser
from email.message import Message
from functools import cached_property
from typing import Any

from intake.parse_headers import decode_value, sanitise
from intake.tokens import token_hex

_MIME_TYPE = re.compile(r"\s*([\w!#$&^.+-]+/[\w!#$&^.+-]+)")
_FILENAME_JUNK = re.compile(r"[\x00-\x1f\x7f-\x9f/\\:*?\"<>|\u2028\u2029]")
# Whole lines of base64 alphabet, each after a line break (a last line with '=' stays in sight);
# possessive, or the regex engine keeps backtracking state for every line.
_RUN = re.compile(rb"\n((?:[A-Za-z0-9+/]++\r?\n)++)")
# Shorter runs are shown to the parser: they cost little, and most messages have none.
MIN_RUN_BYTES = 64 * 1024
FEED_BYTES = 8192  # what the parser is given at a time, as `BytesParser.parsebytes` gives it


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


class Hidden:
    """A raw message whose long base64 runs the parser is shown as one marker line each.

    The feed parser keeps a body as a list of line strings and then their join: three times a
    20 MB attachment at once, for `parse` to learn no more than its size. A marker line is to
    the parser what a base64 line is (not blank, no colon, no leading space or dash), so the
    tree comes out the same but for markers in its texts. A part read as text gets its runs
    back (`reveal`); a base64 attachment is sized from their lengths (`decoded_size`).
    """

    def __init__(self, raw: bytes, *, hide: bool = True) -> None:
        self.raw = raw
        runs = _RUN.finditer(raw) if hide and len(raw) >= MIN_RUN_BYTES else iter(())
        # Each run's text: its lines but the last line break, which ends the marker's line.
        self.spans = [
            (start, end - 1 - (raw[end - 2] == ord("\r")))
            for start, end in (run.span(1) for run in runs)
            if end - start >= MIN_RUN_BYTES
        ]
        self.nonce = token_hex(8)  # mail cannot forge a marker it cannot know
        self._marked: dict[int, tuple[Message, str]] = {}  # leaves holding markers, by id

    @cached_property
    def _marker(self) -> re.Pattern[str]:
        """Compiled only for a message with runs: it costs more than parsing a small one."""
        return re.compile(self.nonce + r"(\d{8})")

    def feed(self, parser: BytesFeedParser[Any]) -> None:
        """The raw message, with each run's text replaced by its marker."""
        done = 0
        for index, (start, stop) in enumerate(self.spans):
            self._feed(parser, done, start)
            parser.feed(f"{self.nonce}{index:08d}".encode())
            done = stop
        self._feed(parser, done, len(self.raw))

    def _feed(self, parser: BytesFeedParser[Any], start: int, end: int) -> None:
        for at in range(start, end, FEED_BYTES):
            parser.feed(self.raw[at : min(at + FEED_BYTES, end)])

    def place(self, root: Message) -> bool:
        """Note the leaves that hold markers, and put runs back in preambles and epilogues.

        False when a marker is where its run cannot be put back exactly (a leaf with bytes
        that are not ASCII, whose text the API gives decoded): parse again, nothing hidden."""
        found = 0
        for part in _parts(root) if self.spans else ():
            found += self._restore_edges(part)
            text = _own_text(part)
            if text is not None and self.nonce in text:
                found += text.count(self.nonce)
                self._marked[id(part)] = (part, text)
        exact = all(text.isascii() for _, text in self._marked.values())
        return exact and found == len(self.spans)

    def _restore_edges(self, part: Message) -> int:
        found = 0
        for edge in ("preamble", "epilogue"):
            text = getattr(part, edge)
            if isinstance(text, str) and self.nonce in text:
                found += text.count(self.nonce)
                setattr(part, edge, self._restore(text))
        return found

    def _restore(self, text: str) -> str:
        return self._marker.sub(lambda marker: self._run(int(marker.group(1))), text)

    def _run(self, index: int) -> str:
        start, stop = self.spans[index]
        return self.raw[start:stop].decode("ascii")

    def _chars(self, index: int) -> int:
        """The run's base64 characters: its length without line breaks."""
        start, stop = self.spans[index]
        return (
            stop - start - self.raw.count(b"\n", start, stop) - self.raw.count(b"\r", start, stop)
        )

    def reveal(self, part: Message) -> Message:
        """`part` with its runs back in its text for good: it is about to be read as text."""
        marked = self._marked.pop(id(part), None)
        if marked is not None:
            part.set_payload(self._restore(marked[1]))
        return part

    @contextmanager
    def revealed(self, root: Message) -> Iterator[None]:
        """`root` and the parts under it with their runs back, while it is written out."""
        marked = [self._marked[id(part)] for part in _parts(root) if id(part) in self._marked]
        for part, text in marked:
            part.set_payload(self._restore(text))
        try:
            yield
        finally:
            for part, text in marked:
                part.set_payload(text)

    def decoded_size(self, part: Message) -> int:
        """`len(payload_bytes(part))`, without decoding a base64 body that holds markers."""
        marked = self._marked.get(id(part))
        if marked is None or _transfer_encoding(part) != "base64":
            return len(payload_bytes(self.reveal(part)))
        return self._base64_size(part, marked[1])

    def _base64_size(self, part: Message, text: str) -> int:
        """Decoded with each run standing in as a few 'A's, as many modulo 4 and never none:
        decoding then takes the same turns (padding, stray characters, a length it cannot
        decode). A second stand-in, 4 more 'A's a run, tells which runs count: 3 bytes more
        for each run before padding ended the decoding, or 4 for each when the text comes
        back as it is."""
        groups = [self._chars(int(index)) // 4 - 1 for index in self._marker.findall(text)]
        part.set_payload(self._stand_in(text, 4))
        size = len(payload_bytes(part))  # its defects are the ones the text itself gives
        part.set_payload(text)
        probe = Message()
        probe["Content-Transfer-Encoding"] = "base64"
        probe.set_payload(self._stand_in(text, 8))
        grown = len(payload_bytes(probe)) - size
        if grown == 4 * len(groups):
            return size + 4 * sum(groups)
        return size + 3 * sum(groups[: grown // 3])

    def _stand_in(self, text: str, least: int) -> str:
        def run(marker: re.Match[str]) -> str:
            return "A" * (least + self._chars(int(marker.group(1))) % 4)

        return self._marker.sub(run, text)


def _parts(root: Message) -> Iterator[Message]:
    """`root` and every part under it, without recursion."""
    stack = [root]
    while stack:
        part = stack.pop()
        yield part
        if part.is_multipart():
            stack.extend(child for child in part.get_payload() if isinstance(child, Message))


def _own_text(part: Message) -> str | None:
    """A leaf's text as the parser left it (decoded when it has bytes that are not ASCII)."""
    if part.is_multipart():
        return None
    try:
        text = part.get_payload()
    except Exception:  # the lazy header parser has crashers
        return None
    return text if isinstance(text, str) else None


def _transfer_encoding(part: Message) -> str:
    """The encoding as `Message.get_payload` reads it."""
    try:
        return str(part.get("content-transfer-encoding", "")).lower()
    except Exception:  # the lazy header parser has crashers
        return ""
