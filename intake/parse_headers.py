"""Header decoding for `parse`: RFC 2047 words, single-line sanitising, safe address lists.

Every function here takes untrusted header text and returns plain values; none of them raises.
"""

from __future__ import annotations

import re
import unicodedata
from email.header import decode_header, make_header
from email.headerregistry import Address
from email.policy import default as default_policy

# Past this length a header skips the structured parser, whose worst cases are super-linear.
_STRUCTURED_PARSE_LIMIT = 8192
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")
_LINE_BREAK = re.compile(r"\r\n|\r|\n")
_MSGID = re.compile(r"<([^<>\s]{1,900})>")
_SAFE_ADDR = re.compile(r"^[^@\s<>()\[\]\\,;:\"]{1,64}@[^@\s<>()\[\]\\,;:\"]{1,255}$")


def sanitise(value: str) -> str:
    """One line, no control or line-separator characters, whitespace runs collapsed."""
    out: list[str] = []
    for char in value:
        if char in _BREAKS:
            out.append(" ")
        elif char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
            continue
        else:
            out.append(char)
    return " ".join("".join(out).split())


def unescape_raw(value: str) -> str:
    """Undo the surrogate escapes that the parser uses for raw 8-bit header bytes."""
    if not any("\udc80" <= char <= "\udcff" for char in value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Unlabelled 8-bit headers are, in practice, mostly Windows Western European.
        return data.decode("windows-1252", "replace")


def decode_value(name: str, raw: str) -> str:
    """The decoded, single-line value of one header; falls back rather than raise."""
    raw = unescape_raw(raw)
    if len(raw) <= _STRUCTURED_PARSE_LIMIT:
        try:
            return sanitise(str(default_policy.header_fetch_parse(name, raw)))
        except Exception:  # the structured parser has known crashers
            pass
    return sanitise(_decode_compat(raw))


def _decode_compat(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # unknown charsets, malformed encoded words
        return raw


def addresses(name: str, raw: str) -> tuple[Address, ...] | None:
    """The mailboxes of an address header, or None when it does not parse cleanly.

    A header with an invalid part gives None as a whole: guessing which part was meant is
    how `alice@example.org(<bob@example.org>` turns into the wrong recipient.
    """
    raw = "".join(_LINE_BREAK.split(unescape_raw(raw)))  # unfold, as the policy does on fetch
    if len(raw) > _STRUCTURED_PARSE_LIMIT:
        return None
    try:
        header = default_policy.header_factory(name, raw)
        found = tuple(header.addresses)
        defects = list(header.defects)
    except Exception:  # known crashers such as `To: (c):`
        return None
    # Obsolete syntax (source routes `<@a,@b:x@y>` and the like) is where parsers disagree on
    # who the sender is: treated as unclear, like an invalid header (RELIABILITY case 49).
    unclear = ("InvalidHeaderDefect", "ObsoleteHeaderDefect")
    if any(type(defect).__name__ in unclear for defect in defects):
        return None
    if not all(_SAFE_ADDR.match(address.addr_spec) for address in found):
        return None
    return found


def normalise_address(address: Address) -> str:
    """`local@domain` with the domain in lower case (local parts may be case-sensitive)."""
    return f"{address.username}@{address.domain.lower()}"


def address_list(name: str, raws: list[str]) -> tuple[str, ...]:
    """All clean addresses of every occurrence of one header, in order, without repeats."""
    seen: dict[str, None] = {}
    for raw in raws:
        for address in addresses(name, raw) or ():
            seen.setdefault(normalise_address(address), None)
    return tuple(seen)


def single_sender(raws: list[str]) -> tuple[str | None, str]:
    """The one From mailbox and its display name; None when absent, several or unclear."""
    if len(raws) != 1:
        return None, ""
    found = addresses("from", raws[0])
    if not found or len(found) != 1:
        return None, ""
    return normalise_address(found[0]), sanitise(found[0].display_name)


def message_ids(raw: str) -> tuple[str, ...]:
    """Message ids in angle brackets, without the brackets; bare tokens when none is bracketed."""
    raw = sanitise(unescape_raw(raw))
    found = _MSGID.findall(raw)
    if not found:
        found = [token for token in raw.split() if "@" in token]
    return tuple(dict.fromkeys(token.strip("<>") for token in found if token.strip("<>")))
