"""Our loop marker: a header on every message we send, which `screen` recognises when it returns.

The value carries an HMAC under a key kept in the store, so an outsider cannot forge a marker
that makes us drop a genuine enquiry, and cannot strip ours and keep the proof.
"""

from __future__ import annotations

import hashlib
import hmac

from intake.tokens import token_hex

MARKER_HEADER = "X-Intake-Loop"
_VERSION = "v1"


def make_marker(key: bytes, instance: str) -> str:
    """A fresh marker value: `v1 <instance> <nonce> <mac>`."""
    nonce = token_hex(8)
    return f"{_VERSION} {instance} {nonce} {_mac(key, instance, nonce)}"


def is_our_marker(value: str, key: bytes) -> bool:
    """True when `value` is a marker this installation made (any instance name)."""
    parts = value.split()
    if len(parts) != 4 or parts[0] != _VERSION:
        return False
    _, instance, nonce, mac = parts
    return hmac.compare_digest(mac, _mac(key, instance, nonce))


def _mac(key: bytes, instance: str, nonce: str) -> str:
    return hmac.new(key, f"{instance} {nonce}".encode(), hashlib.sha256).hexdigest()[:32]
