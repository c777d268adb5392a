"""Every reply the SMTP edge sends: constant texts with RFC 3463 enhanced status codes.

aiosmtpd's own replies are rewritten here, so none carries client text or lacks a code.
"""

from __future__ import annotations

import re

SHUTTING_DOWN = "421 4.3.2 Service shutting down, try again later"
TOO_BUSY = "451 4.3.2 Too busy, try again later"
TOO_MANY_ERRORS = "421 4.7.0 Too many errors, closing connection"
SESSION_TOO_LONG = "421 4.4.2 Session too long, closing connection"
IDLE_TIMEOUT = "421 4.4.2 Idle timeout, closing connection"
DATA_TOO_SLOW = "451 4.4.2 DATA took too long, try again"
TOO_MANY_TRANSACTIONS = "421 4.7.0 Too many messages in one session, please reconnect"

# aiosmtpd's own replies, given RFC 3463 enhanced status codes and no client text.
_REWRITES = {
    "552 Error: Too much mail data": "552 5.3.4 Message too big for system",
    "552 Error: message size exceeds fixed maximum message size": (
        "552 5.3.4 Message size exceeds fixed maximum message size"
    ),
    "500 Line too long (see RFC5321 4.5.3.1.6)": "500 5.5.2 Line too long",
    "500 Command line too long": "500 5.5.2 Command line too long",
    "500 Error: strict ASCII mode": "553 5.6.7 Non-ASCII addresses are not accepted",
    "500 Error: bad syntax": "500 5.5.2 Syntax error",
    "503 Error: need MAIL command": "503 5.5.1 Need MAIL command",
    "503 Error: need RCPT command": "503 5.5.1 Need RCPT command",
    "503 Error: nested MAIL command": "503 5.5.1 Nested MAIL command",
    "503 Error: send HELO first": "503 5.5.1 Send EHLO first",
    "501 Syntax: MAIL FROM: <address>": "501 5.5.4 Syntax: MAIL FROM:<address>",
    "501 Syntax: RCPT TO: <address>": "501 5.5.4 Syntax: RCPT TO:<address>",
    "555 MAIL FROM parameters not recognized or not implemented": (
        "555 5.5.4 MAIL FROM parameters not recognized or not implemented"
    ),
    "502 EXPN not implemented": "502 5.5.1 EXPN not implemented",
}
_NOT_RECOGNISED = re.compile(r'^500 Error: command ".*" not recognized$', re.DOTALL)
_MALFORMED = "553 5.1.3 Error: malformed address"
_ENHANCED = re.compile(r"^\d{3}[ -][245]\.\d{1,3}\.\d{1,3}( |$)")
# The enhanced code given to aiosmtpd's other 4xx/5xx replies (RFC 3463), by reply code.
_DETAIL = {
    "500": "5.5.2",
    "501": "5.5.4",
    "502": "5.5.1",
    "503": "5.5.1",
    "504": "5.5.4",
    "555": "5.5.4",
    "454": "4.7.0",
}


def rewrite(status: str, command: str) -> str:
    if status == _MALFORMED:
        return (
            "553 5.1.7 Malformed sender address"
            if command == "MAIL"
            else ("553 5.1.3 Malformed recipient address")
        )
    if _NOT_RECOGNISED.match(status):
        return "500 5.5.2 Command not recognized"
    if status.startswith("421 4.7.0 ") and status.endswith(" sent too many times"):
        return "421 4.7.0 Command sent too many times, closing connection"
    if status.startswith("502 Could not VRFY"):  # aiosmtpd echoes the argument
        return "502 5.5.4 Could not VRFY that address"
    status = _REWRITES.get(status, status)
    if status[:1] in "45" and status[3:4] == " " and not _ENHANCED.match(status):
        code = status[:3]
        status = f"{code} {_DETAIL.get(code, code[0] + '.0.0')} {status[4:]}"
    return status
