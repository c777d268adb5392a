"""Who may talk to the SMTP edge, and in what form: connection caps, per-verb budgets,
the STARTTLS context and the strict envelope path check.
"""

from __future__ import annotations

import ipaddress
import re
import ssl
from collections import defaultdict, deque

from intake.settings import SmtpSettings

LOCAL_PART_LIMIT = 64  # RFC 5321 section 4.5.3.1.1
# An RFC 5321 mailbox: dot-string or quoted local part, a domain or an address literal (with
# the underscore some real hosts use in their names: refusing it would lose legitimate mail).
_MAILBOX = re.compile(
    r"(?:[A-Za-z0-9!#$%&\'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&\'*+/=?^_`{|}~-]+)*"
    r'|"(?:[\x20\x21\x23-\x5b\x5d-\x7e]|\\[\x20-\x7e])*")'
    r"@(?:[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9_])?(?:\.[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}"
    r"[A-Za-z0-9_])?)*|\[[\x21-\x5a\x5e-\x7e]+\])"
)
MAX_PATH = 256  # RFC 5321 section 4.5.3.1.3
MAX_DOMAIN = 255


def split_path(arg: str) -> tuple[str, str] | None:
    """A MAIL/RCPT argument's path (without brackets; "" for `<>`) and its parameters; None
    unless the path is a plain RFC 5321 one.

    aiosmtpd hands addresses to the email package's header parser, which accepts comments,
    source routes and obsolete forms (and sometimes raises); an envelope takes none of them.
    """
    text = arg.lstrip()
    if text.startswith("<"):
        path, close, rest = text[1:].partition(">")
        if not close:
            return None
    else:
        path, _, rest = text.partition(" ")
        rest = " " + rest if rest else ""
    if rest and not rest.startswith(" "):
        return None
    if path == "":
        return ("", rest) if text.startswith("<") else None
    local, _, domain = path.rpartition("@")
    valid = (
        len(path) <= MAX_PATH - 2
        and len(domain) <= MAX_DOMAIN
        and len(local) <= LOCAL_PART_LIMIT
        and _MAILBOX.fullmatch(path) is not None
    )
    return (path, rest) if valid else None


def tls_context(settings: SmtpSettings) -> ssl.SSLContext | None:
    """The STARTTLS context when both a certificate and a key are configured."""
    if settings.tls_cert is None or settings.tls_key is None:
        return None
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(settings.tls_cert, settings.tls_key)
    return context


class Admission:
    """Per-IP concurrent and per-minute connection caps, and the total session cap."""

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self.exempt = [
            ipaddress.ip_network(n, strict=False) for n in settings.limit_exempt_networks
        ]
        self.active: dict[str, int] = defaultdict(int)
        self.recent: dict[str, deque[float]] = defaultdict(deque)
        self.total = 0

    def admit(self, ip: str, now: float) -> str | None:
        """None when the connection may proceed, else the 421 reply to close it with."""
        window = self.recent[ip]
        while window and window[0] <= now - 60:
            window.popleft()
        if self.total >= self.settings.max_sessions:
            return "421 4.7.0 Too many connections, try again later"
        if not self._exempt(ip):  # our own upstream MX: only the total cap applies
            if self.active[ip] >= self.settings.max_connections_per_ip:
                return "421 4.7.0 Too many connections from your address"
            if len(window) >= self.settings.max_connections_per_ip_per_minute:
                return "421 4.7.0 Too many connections per minute from your address"
        window.append(now)
        self.active[ip] += 1
        self.total += 1
        return None

    def _exempt(self, ip: str) -> bool:
        try:
            address = ipaddress.ip_address(ip)
        except ValueError:
            return False
        return any(address in network for network in self.exempt)

    def release(self, ip: str) -> None:
        self.active[ip] -= 1
        self.total -= 1
        if self.active[ip] <= 0:
            del self.active[ip]
            if not self.recent[ip]:
                del self.recent[ip]


def call_limits(settings: SmtpSettings) -> dict[str, int]:
    """aiosmtpd's per-verb budgets for one connection (off by default in aiosmtpd)."""
    per_session = settings.max_transactions + 2
    return {
        "*": 20,
        "MAIL": per_session,
        "RCPT": settings.max_recipients * per_session,
        "DATA": per_session,
        "RSET": per_session + 20,
    }
