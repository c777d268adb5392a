"""The wire form of the mail we write: header fields, RFC 2047 encoded words, MIME text parts.

Written by hand because the email package's generator re-parses and refolds every header it
emits (7 ms of CPU per forward, most of a message's cost on the store thread). Input here is
already sanitised text (`compose.clean_header`); this module only encodes and folds it:
non-ASCII words become UTF-8 encoded words of at most 75 characters, lines fold at spaces
before 78 characters, and commas between addresses always stay literal ASCII.
"""

from __future__ import annotations

import base64
import binascii
import re

CRLF = "\r\n"
LINE = 78  # RFC 5322's "SHOULD" line length; nothing we write comes near the 998 limit
_ENCODED_TEXT_BYTES = 45  # base64 of 45 bytes is 60 characters: a word of 72 with its wrapper
_SPECIALS = re.compile(r'[][\\()<>@,:;".]')
_ESCAPE = re.compile(r'[\\"]')


def field(name: str, value: str) -> str:
    """`Name: value` with CRLF, encoded where not ASCII and folded at spaces."""
    return fold(f"{name}: {_encode_text(value)}")


def address_field(name: str, mailboxes: list[tuple[str, str]]) -> str:
    """An address header: `name <addr>` items, comma separated, folded between words."""
    return fold(f"{name}: " + ", ".join(mailbox(address, shown) for address, shown in mailboxes))


def mailbox(address: str, display: str = "") -> str:
    """One mailbox; the display name quoted, or encoded when not ASCII."""
    if not display:
        return address
    if not display.isascii() or "=?" in display:
        return f"{_encoded_words(display)} <{address}>"
    if _SPECIALS.search(display):
        return '"' + _ESCAPE.sub(r"\\\g<0>", display) + f'" <{address}>'
    return f"{display} <{address}>"


def fold(line: str) -> str:
    """Fold one header line at spaces so that each physical line stays within `LINE`."""
    if len(line) <= LINE:
        return line + CRLF
    name, *words = line.split(" ")
    out: list[str] = []
    current = f"{name} {words.pop(0)}" if words else name  # never fold right after the name
    for word in words:
        if len(current) + 1 + len(word) > LINE:
            out.append(current)
            current = word
        else:
            current = f"{current} {word}"
    out.append(current)
    return f"{CRLF} ".join(out) + CRLF


def _encode_text(value: str) -> str:
    """Unstructured text: runs of words that are not plain ASCII become encoded words."""
    if value.isascii() and "=?" not in value:
        return value
    out: list[str] = []
    run: list[str] = []  # consecutive words to encode together, spaces kept inside
    for word in value.split(" "):
        if word.isascii() and "=?" not in word:
            if run:
                out.append(_encoded_words(" ".join(run)))
                run = []
            out.append(word)
        else:
            run.append(word)
    if run:
        out.append(_encoded_words(" ".join(run)))
    return " ".join(out)


def _encoded_words(text: str) -> str:
    """`=?utf-8?b?…?=` words of at most 75 characters, never splitting a character."""
    words: list[str] = []
    chunk = b""
    for char in text:
        data = char.encode("utf-8", "replace")
        if len(chunk) + len(data) > _ENCODED_TEXT_BYTES:
            words.append(_word(chunk))
            chunk = b""
        chunk += data
    if chunk or not words:
        words.append(_word(chunk))
    return " ".join(words)  # whitespace between adjacent encoded words is not displayed


def _word(data: bytes) -> str:
    return f"=?utf-8?b?{base64.b64encode(data).decode('ascii')}?="


def text_part(text: str, subtype: str = "plain") -> str:
    """A UTF-8 text part (headers and body) in quoted-printable, CRLF line endings."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n")
    if not lines.endswith("\n"):
        lines += "\n"
    data = lines.replace("\n", CRLF).encode("utf-8", "replace")
    body = binascii.b2a_qp(data, quotetabs=False, istext=True, header=False).decode("ascii")
    return (
        f'Content-Type: text/{subtype}; charset="utf-8"{CRLF}'
        f"Content-Transfer-Encoding: quoted-printable{CRLF}{CRLF}{body}"
    )
