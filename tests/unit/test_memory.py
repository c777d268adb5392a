"""Process-wide memory settings: big buffers leave the process; the long-lived heap is frozen."""

from __future__ import annotations

import platform
import subprocess
import sys

import pytest

from intake.memory import return_big_buffers

# Without the setting, glibc serves the 20 MB buffer from its heap (its threshold rose to the
# 25 MB one freed before) and keeps the pages once it is freed.
PROBE = """
from intake.memory import return_big_buffers
assert return_big_buffers()
def rss():
    status = open("/proc/self/status").read()
    return int(status.split("VmRSS:")[1].split()[0]) // 1024
before = rss()
buffer = b"x" * 25_000_000
del buffer
buffer = b"y" * 20_000_000
del buffer
print(rss() - before)
"""


@pytest.mark.skipif(platform.libc_ver()[0] != "glibc", reason="a glibc setting")
def test_a_freed_big_buffer_is_given_back() -> None:
    grown = subprocess.run(
        [sys.executable, "-c", PROBE], check=True, capture_output=True, text=True
    ).stdout
    assert int(grown) < 5  # MiB


@pytest.mark.skipif(platform.libc_ver()[0] == "glibc", reason="elsewhere there is none")
def test_without_glibc_nothing_is_set() -> None:
    assert return_big_buffers() is False


# In a process of its own: a frozen heap would stay with the test process for good.
HEAP_PROBE = """
import gc, weakref
from intake.memory import settle_heap

class Snapshot:
    pass

old = Snapshot()
old.itself = old  # a cycle, as rules snapshots hold: only the collector can free it
gone = weakref.ref(old)
settle_heap()
assert gc.get_freeze_count() > 1000  # start-up's objects, ours among them
del old  # a reload replaced it
gc.collect()
assert gone() is not None  # a full collection no longer walks (or frees) the frozen heap
settle_heap()
assert gone() is None  # the next settle unfreezes first: the replaced snapshot is freed
print("ok")
"""


def test_settle_heap_freezes_the_long_lived_heap_and_frees_what_a_reload_replaced() -> None:
    probe = subprocess.run([sys.executable, "-c", HEAP_PROBE], capture_output=True, text=True)
    assert probe.stdout.strip() == "ok", probe.stderr
