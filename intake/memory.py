"""Process-wide memory settings: big buffers go back to the system when they are freed, and
the collector leaves the long-lived heap alone.

glibc serves an allocation from its own mapping, unmapped on free, only above a threshold
that starts at 128 KiB and rises to the size of the biggest such buffer freed so far (up to
32 MiB). After one 25 MB message, the next 20 MB one is carved from the heap instead, and
its pages stay with the process after it is freed: the service keeps a big message's worth
of memory for nothing. A fixed threshold turns the rise off.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import gc

M_MMAP_THRESHOLD = -3  # mallopt's parameter number, from glibc's malloc.h
# Big enough that everyday mail never pays for a mapping; a big message's buffers do.
MMAP_THRESHOLD = 1 << 20


def return_big_buffers() -> bool:
    """Fix glibc's mmap threshold for this process; False where there is no glibc."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        return bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD))
    except (OSError, AttributeError):  # not glibc (musl, macOS): nothing to set
        return False


def settle_heap() -> None:
    """Collect what start-up (or a rules reload) left behind, then move every object still
    alive into the collector's permanent generation (`gc.freeze`).

    Those objects (modules, the rules snapshot, templates, compiled patterns: about 70,000)
    live as long as the process. Left in the oldest generation, each full collection walks
    them all: 75-93 ms measured in `make bench`, with the event loop stopped and every sender
    waiting for a 250 waiting with it; frozen, a full collection under load took 8 ms. Unfrozen
    first, so that a snapshot replaced by a reload can be collected rather than kept for good.
    """
    gc.unfreeze()
    gc.collect()
    gc.freeze()
