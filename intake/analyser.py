"""Where `analyse` runs: in child processes by default, or in a thread (`pipeline.workers = 0`).

A child process gives parsing and classification the second core instead of the listener's
GIL, and is the only sure stop for a hostile message: past its time budget the child is killed
and replaced, and the message is quarantined. The rules snapshot travels to a child pickled,
once per version, so a child never reads rule files that a rejected edit left on disk.

Each child (`intake.analyser_child`) is fed over a pipe and keeps one more job queued than it
is working on, so it never idles between messages; a job's budget starts when the child
starts it (when the job before it was answered), not when it was queued.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import pickle
import sys
from collections import deque
from collections.abc import Callable
from typing import Any

from intake.analyse import Analysis, analyse
from intake.analyser_child import HEADER_BYTES, frame
from intake.logs import get_logger
from intake.models import Envelope
from intake.parse import MessageTooComplex
from intake.rules import Rules
from intake.screen import ScreenPolicy

log = get_logger("intake.analyser")
CHILD_MODULE = "intake.analyser_child"
QUEUED_PER_CHILD = 2  # the job it works on and the next one
START_TIMEOUT = 60.0  # seconds for a child to import what it needs
WRITE_BYTES = 1 << 20  # a big message goes down the pipe this much at a time


class AnalysisTimeout(Exception):
    """Analysis of one message took longer than its budget (the child was replaced)."""


class AnalysisFailed(Exception):
    """Analysis raised in the child (its exception's type name) or the child died on it."""


class AnalyserUnavailable(Exception):
    """No child could be started: our fault, not the message's (it stays for a retry)."""


class _Requeue(Exception):
    """The child was replaced while this job waited behind another: run it again."""


class _Child:
    """One child process and the jobs it has been sent, answered in order."""

    def __init__(self, proc: asyncio.subprocess.Process, budget: Callable[[], float]) -> None:
        self.proc = proc
        self.budget = budget  # the analyser's, read when a job starts
        self.rules_version = ""
        self.stopped = False
        self._writing = asyncio.Lock()
        self.jobs: deque[asyncio.Future[tuple[Any, ...]]] = deque()
        self._timer: asyncio.TimerHandle | None = None
        self._reader = asyncio.create_task(self._read(), name="analyser-reader")

    @classmethod
    async def start(cls, budget: Callable[[], float]) -> _Child:
        proc = await asyncio.create_subprocess_exec(
            sys.executable, "-m", CHILD_MODULE, str(os.getpid()),
            stdin=asyncio.subprocess.PIPE, stdout=asyncio.subprocess.PIPE,
        )  # fmt: skip
        assert proc.stdout is not None
        try:
            ready = await asyncio.wait_for(_read_frame(proc.stdout), START_TIMEOUT)
        except (TimeoutError, asyncio.IncompleteReadError):
            ready = None
        if ready != ("ready",):
            _kill(proc)
            log.error("analyser.start_failed")
            raise AnalyserUnavailable("the analyser child did not start")
        return cls(proc, budget)

    @property
    def alive(self) -> bool:
        return not self.stopped and self.proc.returncode is None

    async def run(
        self, rules: Rules, blob: bytes, raw: bytes, job: tuple[Any, ...]
    ) -> tuple[Any, ...]:
        answer: asyncio.Future[tuple[Any, ...]] = asyncio.get_running_loop().create_future()
        answer.add_done_callback(_retrieved)
        # Shielded: a caller cancelled halfway must not leave half a frame in the pipe.
        await asyncio.shield(asyncio.ensure_future(self._send(answer, rules, blob, raw, job)))
        answered: tuple[Any, ...] = await answer
        return answered

    async def _send(
        self,
        answer: asyncio.Future[tuple[Any, ...]],
        rules: Rules,
        blob: bytes,
        raw: bytes,
        job: tuple[Any, ...],
    ) -> None:
        assert self.proc.stdin is not None
        async with self._writing:  # one job's frames never interleave with another's
            if self.stopped:
                answer.set_exception(_Requeue())
                return
            self.jobs.append(answer)  # in the order the child will answer
            if len(self.jobs) == 1:
                self._arm()
            if rules.version != self.rules_version:
                self.proc.stdin.write(frame(("rules", rules.version, blob)))
                self.rules_version = rules.version
            self.proc.stdin.write(frame(("job", *job, len(raw))))
            with contextlib.suppress(ConnectionError):  # a dead child fails the job in _read
                await self._write(raw)

    async def _write(self, raw: bytes) -> None:
        """The message a piece at a time: the pipe's buffer never holds a copy of all of it."""
        assert self.proc.stdin is not None
        view = memoryview(raw)
        for start in range(0, len(view), WRITE_BYTES):
            self.proc.stdin.write(view[start : start + WRITE_BYTES])
            await self.proc.stdin.drain()
        await self.proc.stdin.drain()

    def _arm(self) -> None:
        """Start the budget of the job at the head of the queue: the child is on it now."""
        if self._timer is not None:
            self._timer.cancel()
        self._timer = None
        if self.jobs:
            self._timer = asyncio.get_running_loop().call_later(self.budget(), self._expired)

    def _expired(self) -> None:
        log.warning("analyser.replaced")
        self.stop(AnalysisTimeout(f"analysis took longer than {self.budget():g} s"))

    async def _read(self) -> None:
        assert self.proc.stdout is not None
        try:
            while True:
                answer = await _read_frame(self.proc.stdout)
                if self.jobs:
                    job = self.jobs.popleft()
                    if not job.done():
                        job.set_result(answer)
                self._arm()
        except (asyncio.IncompleteReadError, ConnectionError):
            # Died: perhaps on the job at the head, perhaps before it got it; all are rerun
            # (a message that kills every child it meets fails after a few tries).
            self.stop(None)

    def stop(self, error: Exception | None) -> None:
        """Kill the child: the job it was on fails with `error` (or is rerun, with None), those
        behind it are rerun."""
        self.stopped = True
        if self._timer is not None:
            self._timer.cancel()
        _kill(self.proc)
        self._reader.cancel()
        for index, job in enumerate(self.jobs):
            if not job.done():
                job.set_exception(error if index == 0 and error else _Requeue())
        self.jobs.clear()

    async def close(self, grace: float) -> None:
        """End of input: the child finishes its job and exits; killed after `grace`."""
        assert self.proc.stdin is not None
        self.proc.stdin.close()
        with contextlib.suppress(TimeoutError):  # its work is redone at the next start
            await asyncio.wait_for(self.proc.wait(), grace)
        self.stop(AnalysisFailed("the service is stopping"))
        with contextlib.suppress(ProcessLookupError):
            await self.proc.wait()


async def _read_frame(stream: asyncio.StreamReader) -> tuple[Any, ...]:
    size = int.from_bytes(await stream.readexactly(HEADER_BYTES), "big")
    answer: tuple[Any, ...] = pickle.loads(await stream.readexactly(size))
    return answer


def _retrieved(answer: asyncio.Future[tuple[Any, ...]]) -> None:
    """Mark the outcome seen: a caller cancelled while its job was sent never reads it."""
    if not answer.cancelled():
        answer.exception()


def _kill(proc: asyncio.subprocess.Process) -> None:
    if proc.returncode is None:
        with contextlib.suppress(ProcessLookupError):
            proc.kill()


class Analyser:
    """Runs `analyse` with a time budget, in `workers` child processes (0: a thread)."""

    def __init__(self, workers: int, budget: float) -> None:
        self.workers = workers
        self.budget = budget
        self._children: list[_Child] = []
        self._starting = asyncio.Lock()
        self._blob: tuple[str, bytes] = ("", b"")

    @property
    def capacity(self) -> int:
        """How many analyses to have under way at once to keep every child busy."""
        return self.workers * QUEUED_PER_CHILD if self.workers else 1

    async def analyse(
        self,
        raw: bytes,
        envelope: Envelope,
        rules: Rules,
        policy: ScreenPolicy,
        as_enquiry: bool,
    ) -> Analysis:
        """The analysis, or MessageTooComplex / AnalysisTimeout / AnalysisFailed (the message's
        doing), or AnalyserUnavailable (ours)."""
        if self.workers == 0:
            job = asyncio.to_thread(analyse, raw, envelope, rules, policy, as_enquiry=as_enquiry)
            try:
                return await asyncio.wait_for(job, self.budget)
            except TimeoutError:
                raise AnalysisTimeout(f"analysis took longer than {self.budget:g} s") from None
        for _ in range(3):  # rerun on the replacement child when it was not this job's fault
            child = await self._least_busy()
            try:
                details = (envelope, policy, as_enquiry)
                answer = await child.run(rules, self._rules_blob(rules), raw, details)
            except _Requeue:
                continue
            return _unpack(answer)
        raise AnalysisFailed("the analyser child died repeatedly")

    def _rules_blob(self, rules: Rules) -> bytes:
        if self._blob[0] != rules.version:
            self._blob = (rules.version, pickle.dumps(rules))
        return self._blob[1]

    async def _least_busy(self) -> _Child:
        async with self._starting:  # two callers must not both start the missing child
            self._children = [child for child in self._children if child.alive]
            while len(self._children) < self.workers:
                self._children.append(await _Child.start(lambda: self.budget))
        return min(self._children, key=lambda child: len(child.jobs))

    async def close(self, grace: float = 5.0) -> None:
        """Stop the children: a few seconds to finish, then killed (their work is redone
        from the store at the next start, so nothing is lost by cutting it short)."""
        children, self._children = self._children, []
        await asyncio.gather(*(child.close(grace) for child in children))


def _unpack(answer: tuple[Any, ...]) -> Analysis:
    kind, *rest = answer
    if kind == "ok":
        analysis: Analysis = rest[0]
        return analysis
    if kind == "too_complex":
        raise MessageTooComplex(rest[0])
    raise AnalysisFailed(rest[0])
