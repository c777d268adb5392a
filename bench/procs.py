"""The systems under test as child processes: start, wait for ready, sample memory and CPU, stop.

Every server runs in its own process so that none shares the load generator's core or GIL,
and so that RSS and CPU time are measured per system from /proc, not estimated.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import time
from dataclasses import dataclass, field
from pathlib import Path

READY = re.compile(rb"listening on port (\d+) \(pid (\d+)\)")
START_TIMEOUT = 90.0
STOP_TIMEOUT = 60.0
_TICK = os.sysconf("SC_CLK_TCK")


@dataclass
class Server:
    name: str
    process: asyncio.subprocess.Process
    port: int
    started_s: float  # from exec to the ready line
    events: list[tuple[float, str, int, int]] = field(default_factory=list)  # counting sink
    reader: asyncio.Task[None] | None = None

    @property
    def pid(self) -> int:
        return self.process.pid


async def start(name: str, argv: list[str], cwd: Path, env: dict[str, str], log: Path) -> Server:
    """Start `argv`; stdout is read for the ready line, stderr goes to `log`."""
    began = time.monotonic()
    with open(log, "ab") as errors:
        process = await asyncio.create_subprocess_exec(
            *argv,
            cwd=cwd,
            env=env,
            stdout=asyncio.subprocess.PIPE,
            stderr=errors,
            start_new_session=True,
        )
    assert process.stdout is not None
    port = await asyncio.wait_for(_ready_port(process.stdout, log), START_TIMEOUT)
    server = Server(name, process, port, time.monotonic() - began)
    server.reader = asyncio.create_task(_drain_stdout(server, process.stdout, log))
    return server


async def _ready_port(stdout: asyncio.StreamReader, log: Path) -> int:
    while line := await stdout.readline():
        with open(log, "ab") as out:
            out.write(line)
        if match := READY.search(line):
            return int(match.group(1))
    tail = log.read_text(errors="replace")[-600:].strip()
    raise RuntimeError(f"exited before it was ready: …{tail}")


async def _drain_stdout(server: Server, stdout: asyncio.StreamReader, log: Path) -> None:
    """Keep the pipe empty (the intake logs to stdout) and collect the sink's event lines."""
    with open(log, "ab") as out:
        while line := await stdout.readline():
            if line.startswith(b"E "):
                _, when, kind, rcpts, size = line.decode().split()
                server.events.append((float(when), kind, int(rcpts), int(size)))
            else:
                out.write(line)


async def stop(server: Server) -> dict[str, float | int | None]:
    """SIGTERM, wait for the exit; a server that will not stop is killed (and says so)."""
    cpu = cpu_seconds(server.pid)
    began = time.monotonic()
    with contextlib.suppress(ProcessLookupError):
        server.process.send_signal(signal.SIGTERM)
    killed = False
    try:
        code = await asyncio.wait_for(server.process.wait(), STOP_TIMEOUT)
    except TimeoutError:
        server.process.kill()
        code, killed = await server.process.wait(), True
    if server.reader is not None:
        await server.reader
    return {
        "exit_code": code,
        "stop_s": time.monotonic() - began,
        "killed": int(killed),
        "cpu_s_at_stop": cpu,
    }


def _clock_ticks(pid: int) -> list[int] | None:
    """utime, stime, cutime, cstime of a process from /proc/PID/stat (None once it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    except OSError:
        return None
    return [int(value) for value in fields[11:15]]


def cpu_seconds(pid: int) -> float | None:
    """User + system CPU time of a process (all its threads) from /proc/PID/stat."""
    ticks = _clock_ticks(pid)
    return None if ticks is None else (ticks[0] + ticks[1]) / _TICK


def tree_cpu_seconds(pid: int) -> float:
    """CPU time of a process tree: each living process's own and that of the children it has
    reaped (Postfix's master forks a process per service; ours, its analysis child)."""
    total = 0.0
    for member in (pid, *descendants(pid)):
        total += sum(_clock_ticks(member) or ()) / _TICK
    return total


def status_kb(pid: int, key: str) -> int | None:
    """One `kB` field of /proc/PID/status (VmRSS, VmHWM)."""
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (the service's analysis child and its helpers)."""
    found: list[int] = []
    stack = [pid]
    while stack:
        parent = stack.pop()
        try:  # a process may end between being listed and being read
            tasks = list(Path(f"/proc/{parent}/task").iterdir())
        except OSError:
            continue
        for task in tasks:
            with contextlib.suppress(OSError, ValueError):
                children = [int(c) for c in (task / "children").read_text().split()]
                found += children
                stack += children
    return found


def tree_rss_kb(pid: int) -> int | None:
    """VmRSS of a process and all its descendants, in kB (None once it is gone)."""
    own = status_kb(pid, "VmRSS")
    if own is None:
        return None
    return own + sum(status_kb(child, "VmRSS") or 0 for child in descendants(pid))


def tree_pss_kb(pid: int) -> int:
    """Proportional set size of a process tree: shared pages counted once in all, not once per
    process as summed RSS does (which overstates a tree of many processes, such as Postfix)."""
    total = 0
    for member in (pid, *descendants(pid)):
        with contextlib.suppress(OSError, ValueError):
            for line in Path(f"/proc/{member}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
    return total


class RssSampler:
    """Samples the RSS of a process tree every `interval` seconds; `peak_kb` is the largest
    since `reset()`. The tree counts: the intake analyses mail in a child process.

    Sampling can miss a short spike, so `reset()` also resets the kernel's own high-water mark
    (VmHWM, via clear_refs) where permitted, and `peak_kb` takes the larger of the two.
    """

    def __init__(self, pid: int, interval: float = 0.01) -> None:
        self.pid = pid
        self.interval = interval
        self.sampled_kb = 0
        self.hwm_resettable = False
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task

    def reset(self) -> int:
        """Start a new peak from now; returns the current RSS in kB."""
        try:
            Path(f"/proc/{self.pid}/clear_refs").write_text("5")
            self.hwm_resettable = True
        except OSError:
            self.hwm_resettable = False
        self.sampled_kb = tree_rss_kb(self.pid) or 0
        return self.sampled_kb

    @property
    def peak_kb(self) -> int:
        if not self.hwm_resettable:
            return self.sampled_kb
        children = sum(status_kb(c, "VmRSS") or 0 for c in descendants(self.pid))
        return max(self.sampled_kb, (status_kb(self.pid, "VmHWM") or 0) + children)

    async def _run(self) -> None:
        while True:
            rss = tree_rss_kb(self.pid)
            if rss is not None:
                self.sampled_kb = max(self.sampled_kb, rss)
            await asyncio.sleep(self.interval)
