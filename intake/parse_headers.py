"""Header decoding for `parse`: RFC 2047 words, single-line sanitising, safe address lists.

Every function here takes untrusted header text and returns plain values; none of them raises.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from email.header import decode_header, make_header
from email.headerregistry import (
    Address,
    BaseHeader,
    DateHeader,
    HeaderRegistry,
    MessageIDHeader,
    UniqueUnstructuredHeader,
    UnstructuredHeader,
)
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.policy import default as default_policy
from email.utils import format_datetime, parsedate_to_datetime
from typing import TYPE_CHECKING, Any

# Past this length a header skips the structured parser, whose worst cases are super-linear.
_STRUCTURED_PARSE_LIMIT = 8192
_BIDI_CONTROLS = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_BREAKS = frozenset("\r\n\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029\t")
_MSGID = re.compile(r"<([^<>\s]{1,900})>")
# A Message-ID of dot-atoms only (RFC 5322 atext), which the header object reads as written.
_ATEXT = r"[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~]+"
_PLAIN_MSGID = re.compile(rf"<{_ATEXT}(?:\.{_ATEXT})*@{_ATEXT}(?:\.{_ATEXT})*>")
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
        key = (name, value)
        if key not in parsed:  # a header that raises is tried again each time
            shared = _shared(key)
            parsed[key] = super().header_fetch_parse(name, value) if shared is None else shared
        return parsed[key]


def _shared(key: tuple[str, str]) -> Any:
    """The header object for a value that recurs from message to message (`text/plain;
    charset="utf-8"`, `MIME-Version: 1.0`, our own intake address in To), built once per
    process; None for any other value. The objects are immutable, like the per-message ones.
    """
    name, value = key
    if len(value) > _SHARED_MAX_CHARS or name.lower() not in _SHARED_NAMES:
        return None
    if "boundary" in value.lower():  # a multipart's boundary is one message's own
        return None
    with _SHARED_LOCK:  # with `pipeline.workers = 0`, messages are parsed in threads
        found = _SHARED.pop(key, None)  # taken out and put back last: least recently used first
        if found is None:
            found = _REGISTRY(name, value)
            if len(_SHARED) >= _SHARED_ENTRIES:
                del _SHARED[next(iter(_SHARED))]
        _SHARED[key] = found
    return found


_REGISTRY = _Registry()
# Header objects shared between messages: only headers whose values recur, short ones (an
# object holds its parse tree), and few, least recently used dropped first.
_SHARED_NAMES = frozenset(
    {
        "content-type",
        "content-transfer-encoding",
        "content-disposition",
        "mime-version",
        "to",
        "cc",
        "from",
        "reply-to",
    }
)
_SHARED_MAX_CHARS = 200
_SHARED_ENTRIES = 256
_SHARED: dict[tuple[str, str], Any] = {}
_SHARED_LOCK = threading.Lock()


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
            return sanitise(_structured_value(name, raw, policy))
        except Exception:  # the structured parser has known crashers
            pass
    return sanitise(_decode_compat(raw))


def _structured_value(name: str, raw: str, policy: EmailPolicy[EmailMessage]) -> str:
    """`str()` of the policy's header object; built only when the value needs its parse tree.

    A date reads as the date re-formatted (`Mon, 1 Jan` becomes `Mon, 01 Jan`), which the
    object's parse tree plays no part in; a plain `<left@right>` Message-ID reads as written.
    Other texts, rare, take the object, whose readings of them are hard to match (a missing
    `>` added, trailing text dropped, surrogates replaced).
    """
    factory = policy.header_factory
    kind = factory.registry.get(name.lower()) if isinstance(factory, HeaderRegistry) else None
    if kind is not None and raw.isascii():
        value = _unfold(raw)
        if issubclass(kind, DateHeader):
            return _date_value(value)
        if issubclass(kind, MessageIDHeader) and _PLAIN_MSGID.fullmatch(value):
            return value
    return str(policy.header_fetch_parse(name, raw))


def _date_value(value: str) -> str:
    """What `DateHeader` reads for an ASCII value: the date in `format_datetime` form, or the
    text itself when it is no date (other errors raise, as they do there)."""
    if not value:
        return ""
    try:
        when = parsedate_to_datetime(value)
    except ValueError:
        return value
    return format_datetime(when)


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
