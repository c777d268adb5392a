"""Header decoding for `parse`: RFC 2047 words, single-line sanitising, safe address lists.

Every function here takes untrusted header text and returns plain values; none of them raises.
"""

from __future__ import annotations

import re
import unicodedata
from email.header import decode_header, make_header
from email.headerregistry import (
    Address,
    BaseHeader,
    HeaderRegistry,
    UniqueUnstructuredHeader,
    UnstructuredHeader,
)
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.policy import default as default_policy
from typing import TYPE_CHECKING, Any

# Past this length a header skips the structured parser, whose worst cases are super-linear.
_STRUCTURED_PARSE_LIMIT = 8192
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")
_MSGID = re.compile(r"<([^<>\s]{1,900})>")
_SAFE_ADDR = re.compile(r"^[^@\s<>()\[\]\\,;:\"]{1,64}@[^@\s<>()\[\]\\,;:\"]{1,255}$")
# Header classes whose parsed value is the unfolded text itself when it has no encoded word.
_PLAIN_CLASSES = (UnstructuredHeader, UniqueUnstructuredHeader)
_SURROGATE = re.compile("[\ud800-\udfff]")
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")  # how the parser keeps undecodable bytes


def _sanitised_char(char: str) -> str:
    """What `sanitise` makes of one character before collapsing whitespace."""
    if char in _BREAKS:
        return " "
    if char in _BIDI_CONTROLS or unicodedata.category(char) in ("Cc", "Cs", "Zl", "Zp"):
        return ""
    return char


# Most header values are ASCII: one `str.translate` instead of a loop over the characters.
_ASCII_SANITISED = {code: _sanitised_char(chr(code)) for code in range(128)}


class _Registry(HeaderRegistry):
    """The default header registry, making each header class once: the stock one makes a new
    class (`type(...)`) for every header it parses."""

    def __init__(self) -> None:
        super().__init__()
        self._classes: dict[object, type[BaseHeader]] = {}

    def __getitem__(self, name: str) -> type[BaseHeader]:
        key = self.registry.get(name.lower(), self.default_class)
        if key not in self._classes:
            self._classes[key] = super().__getitem__(name)
        return self._classes[key]


if TYPE_CHECKING:
    _Policy = EmailPolicy[EmailMessage]
else:  # not subscriptable at run time
    _Policy = EmailPolicy


class MessagePolicy(_Policy):
    """`email.policy.default` that builds each distinct header object once per message.

    The parser asks for a part's Content-Type several times, and so does every `Message.get`
    after it; `parse` reads From and To both as text and as addresses. Each ask builds a new
    header object (a new class and a parse tree), the costliest step of parsing. The objects
    are immutable, so one per (name, unfolded value) serves every ask. Use one instance per
    message: the cache lives as long as the message does.
    """

    def __init__(self) -> None:
        super().__init__(header_factory=_REGISTRY)
        object.__setattr__(self, "_parsed", {})  # policies are read-only once built

    def header_fetch_parse(self, name: str, value: str) -> Any:
        if hasattr(value, "name"):  # already a header object
            return super().header_fetch_parse(name, value)
        value = _unfold(value)  # the key, and a no-op for the base class, which unfolds too
        parsed: dict[tuple[str, str], Any] = self.__dict__["_parsed"]
        if (name, value) not in parsed:  # a header that raises is tried again each time
            parsed[name, value] = super().header_fetch_parse(name, value)
        return parsed[name, value]


_REGISTRY = _Registry()


def _unfold(value: str) -> str:
    """What `EmailPolicy.header_fetch_parse` makes of a folded value: line breaks removed."""
    return value.replace("\r", "").replace("\n", "")


def sanitise(value: str) -> str:
    """One line, no control or line-separator characters, whitespace runs collapsed."""
    if value.isascii():
        cleaned = value.translate(_ASCII_SANITISED)
    else:
        cleaned = "".join(_sanitised_char(char) for char in value)
    return " ".join(cleaned.split())


def unescape_raw(value: str) -> str:
    """Undo the surrogate escapes that the parser uses for raw 8-bit header bytes."""
    if not _ESCAPED_BYTE.search(value):
        return value
    data = value.encode("utf-8", "surrogateescape")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        # Unlabelled 8-bit headers are, in practice, mostly Windows Western European.
        return data.decode("windows-1252", "replace")


def decode_value(name: str, raw: str, policy: EmailPolicy[EmailMessage] = default_policy) -> str:
    """The decoded, single-line value of one header; falls back rather than raise.

    `policy`: the message's `MessagePolicy`, to share its parsed headers.
    """
    raw = unescape_raw(raw)
    if len(raw) <= _STRUCTURED_PARSE_LIMIT:
        plain = _plain_value(name, raw, policy)
        if plain is not None:
            return sanitise(plain)
        try:
            return sanitise(str(policy.header_fetch_parse(name, raw)))
        except Exception:  # the structured parser has known crashers
            pass
    return sanitise(_decode_compat(raw))


def _plain_value(name: str, raw: str, policy: EmailPolicy[EmailMessage]) -> str | None:
    """What the policy's header object would read, without building one (most of a message's
    headers are Received, DKIM and X- lines, and each object costs a class and a parse tree):
    an unstructured header without encoded words or stray surrogates is its unfolded text.
    None when the header needs the parser.
    """
    factory = policy.header_factory
    if not isinstance(factory, HeaderRegistry):
        return None
    if factory.registry.get(name.lower(), factory.default_class) not in _PLAIN_CLASSES:
        return None
    unfolded = _unfold(raw)
    if "=?" in unfolded or _SURROGATE.search(unfolded):
        return None
    return unfolded


def _decode_compat(raw: str) -> str:
    try:
        return str(make_header(decode_header(raw)))
    except Exception:  # unknown charsets, malformed encoded words
        return raw


def addresses(
    name: str, raw: str, policy: EmailPolicy[EmailMessage] = default_policy
) -> tuple[Address, ...] | None:
    """The mailboxes of an address header, or None when it does not parse cleanly.

    A header with an invalid part gives None as a whole: guessing which part was meant is
    how `alice@example.org(<bob@example.org>` turns into the wrong recipient.
    """
    raw = _unfold(unescape_raw(raw))
    if len(raw) > _STRUCTURED_PARSE_LIMIT:
        return None
    try:
        header = policy.header_fetch_parse(name, raw)
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


def address_list(
    fields: list[tuple[str, str]], policy: EmailPolicy[EmailMessage] = default_policy
) -> tuple[str, ...]:
    """All clean addresses of every occurrence (name, raw value) of one header, in order,
    without repeats."""
    seen: dict[str, None] = {}
    for name, raw in fields:
        for address in addresses(name, raw, policy) or ():
            seen.setdefault(normalise_address(address), None)
    return tuple(seen)


def single_sender(
    fields: list[tuple[str, str]], policy: EmailPolicy[EmailMessage] = default_policy
) -> tuple[str | None, str]:
    """The one From mailbox and its display name; None when absent, several or unclear."""
    if len(fields) != 1:
        return None, ""
    found = addresses(*fields[0], policy)
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
