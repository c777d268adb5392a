"""Random tokens for queue ids, Message-IDs, MIME boundaries and marker nonces.

The same bytes as `secrets.token_hex`, from the kernel's CSPRNG, but read 4 KiB at a time: a
message takes half a dozen tokens, and each `os.urandom` is a system call, which costs this
service's store thread a few percent of its time under load (in a VM, system calls are dear).
"""

from __future__ import annotations

import os
import threading

BLOCK_BYTES = 4096

_lock = threading.Lock()
_block = b""
_used = 0


def token_hex(nbytes: int) -> str:
    """`nbytes` random bytes as 2 × `nbytes` hex digits; no byte is ever handed out twice."""
    global _block, _used
    with _lock:
        if _used + nbytes > len(_block):
            _block, _used = os.urandom(max(BLOCK_BYTES, nbytes)), 0
        token = _block[_used : _used + nbytes]
        _used += nbytes
    return token.hex()


def _forget() -> None:
    """A forked child must not hand out the bytes its parent will also hand out (nor wait for
    a lock that a thread of the parent held at the fork)."""
    global _block, _used, _lock
    _block, _used, _lock = b"", 0, threading.Lock()


os.register_at_fork(after_in_child=_forget)
