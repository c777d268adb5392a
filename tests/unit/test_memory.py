"""`return_big_buffers`: a freed big buffer leaves the process, even after a bigger one."""

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
