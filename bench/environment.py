"""What the numbers depend on: file system, fsync latency, CPUs, Python, versions, commit.

Durable throughput is bounded by fsync latency, so a result is meaningless without it: the
same code is 100× faster on tmpfs than on a disk that honours flushes.
"""

from __future__ import annotations

import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from importlib import metadata
from pathlib import Path
from typing import Any

FSYNC_SAMPLES = 50


def describe(folder: Path, repo: Path) -> dict[str, Any]:
    return {
        "filesystem": filesystem(folder),
        "fsync": fsync_latency(folder),
        "cpu_count": os.cpu_count(),
        "cpu_affinity": len(os.sched_getaffinity(0)),
        "cpu_model": _cpu_model(),
        "load_average": os.getloadavg(),  # other work on the machine skews every number
        "memory_total_mb": _meminfo_mb("MemTotal"),
        "kernel": platform.release(),
        "python": sys.version.split()[0],
        "python_implementation": platform.python_implementation(),
        "packages": {name: _version(name) for name in ("aiosmtpd", "aiosmtplib", "uvloop")},
        "postfix": shutil.which("postfix") or "not installed",
        "git": _git(repo),
    }


def filesystem(folder: Path) -> dict[str, str]:
    """`stat -f` type (ext4 shows as ext2/ext3) and the mount that holds the folder."""
    stat_type = subprocess.run(
        ["stat", "-f", "-c", "%T", str(folder)], capture_output=True, text=True, check=False
    ).stdout.strip()
    mount = {"device": "?", "mount_point": "?", "type": "?", "options": "?"}
    best = -1
    real = os.path.realpath(folder)
    for line in Path("/proc/mounts").read_text().splitlines():
        device, point, kind, options, *_ = line.split()
        inside = real == point or real.startswith(point.rstrip("/") + "/")
        if inside and len(point) > best:
            best = len(point)
            mount = {"device": device, "mount_point": point, "type": kind, "options": options}
    return {"path": str(folder), "stat_type": stat_type, **mount}


def fsync_latency(folder: Path, samples: int = FSYNC_SAMPLES) -> dict[str, float]:
    """Create, write 2 KiB and fsync a new file, as the fsync-per-message sink does."""
    payload = os.urandom(2048)
    times = []
    for i in range(samples):
        path = folder / f"fsync-probe-{i}"
        began = time.perf_counter()
        with open(path, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        times.append(time.perf_counter() - began)
        path.unlink()
    times.sort()
    return {
        "samples": samples,
        "median_ms": statistics.median(times) * 1000,
        "p90_ms": times[int(0.9 * (samples - 1))] * 1000,
        "max_ms": times[-1] * 1000,
    }


def _cpu_model() -> str:
    for line in Path("/proc/cpuinfo").read_text().splitlines():
        if line.startswith("model name"):
            return line.partition(":")[2].strip()
    return platform.processor() or "?"


def _meminfo_mb(key: str) -> int | None:
    for line in Path("/proc/meminfo").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1]) // 1024
    return None


def _version(name: str) -> str | None:
    try:
        return metadata.version(name)
    except metadata.PackageNotFoundError:
        return None


def _git(repo: Path) -> dict[str, Any]:
    """The commit measured, and whether the tree had uncommitted changes (then say so)."""

    def run(*args: str) -> str:
        done = subprocess.run(["git", *args], cwd=repo, capture_output=True, text=True)
        return done.stdout.strip()

    return {"commit": run("rev-parse", "HEAD"), "dirty": bool(run("status", "--porcelain"))}
