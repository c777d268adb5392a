"""Where `analyse` runs: in child processes by default, or in a thread (`pipeline.workers = 0`).

A child process gives parsing and classification the second core instead of the listener's
GIL, and is the only sure stop for a hostile message: past its time budget the child is killed
and replaced, and the message is quarantined. The rules snapshot travels to the child pickled
once per version, so a child never reads rule files that a rejected edit left on disk.
"""

from __future__ import annotations

import asyncio
import ctypes
import ctypes.util
import multiprocessing
import os
import pickle
import signal
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from intake.analyse import Analysis, analyse
from intake.logs import get_logger
from intake.models import Envelope
from intake.rules import Rules
from intake.screen import ScreenPolicy

log = get_logger("intake.analyser")

_child_rules: dict[str, Rules] = {}  # in a child: the snapshot it was last sent, by version


def _analyse_in_child(
    raw: bytes, envelope: Envelope, version: str, rules_blob: bytes, policy: ScreenPolicy,
    as_enquiry: bool,
) -> Analysis:
    rules = _child_rules.get(version)
    if rules is None:
        rules = pickle.loads(rules_blob)
        _child_rules.clear()
        _child_rules[version] = rules
    return analyse(raw, envelope, rules, policy, as_enquiry=as_enquiry)


def _die_with_parent() -> None:
    """A child outliving a killed service would hold its ports' pipes and memory: on Linux,
    ask the kernel to kill it with the parent (elsewhere it exits when its queue breaks)."""
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6", use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() == 1:  # the parent died before prctl took effect
        os._exit(1)


PR_SET_PDEATHSIG = 1


class AnalysisTimeout(Exception):
    """Analysis of one message took longer than its budget (the child was replaced)."""


class Analyser:
    """Runs `analyse` with a time budget, in `workers` child processes (0: a thread)."""

    def __init__(self, workers: int, budget: float) -> None:
        self.workers = workers
        self.budget = budget
        self._pool: ProcessPoolExecutor | None = None
        self._blob: tuple[str, bytes] = ("", b"")

    async def analyse(
        self, raw: bytes, envelope: Envelope, rules: Rules, policy: ScreenPolicy,
        as_enquiry: bool,
    ) -> Analysis:
        """The analysis, or MessageTooComplex / AnalysisTimeout / whatever analyse raised."""
        if self.workers == 0:
            job = asyncio.to_thread(analyse, raw, envelope, rules, policy, as_enquiry=as_enquiry)
            return await self._within_budget(job)
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(
            self._executor(), _analyse_in_child, raw, envelope, rules.version,
            self._rules_blob(rules), policy, as_enquiry,
        )
        try:
            return await self._within_budget(future)
        except (AnalysisTimeout, BrokenProcessPool):
            self._replace()  # a runaway or crashed child must not hold the next message
            raise

    async def _within_budget(self, job: asyncio.Future[Analysis] | object) -> Analysis:
        try:
            result: Analysis = await asyncio.wait_for(job, self.budget)  # type: ignore[arg-type]
        except TimeoutError:
            raise AnalysisTimeout(f"analysis took longer than {self.budget:g} s") from None
        return result

    def _rules_blob(self, rules: Rules) -> bytes:
        if self._blob[0] != rules.version:
            self._blob = (rules.version, pickle.dumps(rules))
        return self._blob[1]

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the parent has threads (the store's) whose locks must not leak.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=_die_with_parent
            )
        return self._pool

    def _replace(self) -> None:
        pool, self._pool = self._pool, None
        if pool is None:
            return
        log.warning("analyser.replaced")
        for process in list(getattr(pool, "_processes", {}).values()):
            process.terminate()  # the executor has no public way to stop a busy child
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self, grace: float = 5.0) -> None:
        """Stop the children: a few seconds to finish, then terminated (their work is redone
        from the store at the next start, so nothing is lost by cutting it short)."""
        pool, self._pool = self._pool, None
        if pool is None:
            return
        processes = list(getattr(pool, "_processes", {}).values())
        pool.shutdown(wait=False, cancel_futures=True)
        for process in processes:
            process.join(grace)
            if process.is_alive():
                process.terminate()
