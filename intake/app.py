"""Wiring: builds the store, rules, listener and workers from Settings, and runs them in one loop.

`App.start()`/`App.stop()` are what tests drive; `serve()` adds signal handling (SIGTERM drains,
SIGHUP reloads rules) for the `intake serve` command.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import secrets
import signal
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from intake.admission import call_limits, tls_context
from intake.analyser import Analyser
from intake.delivery import DeliveryWorker
from intake.event_loop import running_loop_name
from intake.http import start_http
from intake.ingest import GroupCommitter
from intake.lifecycle import LifecycleWorker
from intake.listener import IntakeHandler
from intake.logs import get_logger
from intake.mailout import MailOut
from intake.memory import settle_heap
from intake.pipeline import PipelineWorker
from intake.priority import ListenerFirst
from intake.protocol import IntakeSMTP
from intake.relay import SmtpRelay, make_relay
from intake.replies import SHUTTING_DOWN
from intake.rulebook import RuleBook
from intake.screen import ScreenPolicy
from intake.settings import Settings, bound
from intake.store import Store

log = get_logger("intake.app")
POLL_SECONDS = 1.0


def screen_policy(settings: Settings, marker_key: bytes) -> ScreenPolicy:
    own = {*settings.smtp.intake_addresses, settings.delivery.from_address.lower()}
    return ScreenPolicy(
        own_addresses=frozenset(own),
        own_domains=frozenset(a.rpartition("@")[2] for a in own),
        message_id_domain=settings.delivery.from_address.rpartition("@")[2] or "localhost",
        marker_key=marker_key,
        authserv_ids=frozenset(a.lower() for a in settings.trust.authserv_ids),
    )


class App:
    """One intake: listener, group committer, pipeline and delivery workers, rules watcher."""

    def __init__(
        self,
        settings: Settings,
        clock: Callable[[], float] = time.time,
        *,
        frozen_heap: bool = False,
    ) -> None:
        """`frozen_heap`: the process is the service's own (`serve`), so a reload may freeze
        the heap again (`memory.settle_heap`); tests share their process with other tests."""
        self.settings = settings
        self.frozen_heap = frozen_heap
        self.store = Store(settings.store.path, clock)
        self.rulebook = RuleBook(
            settings.rules.dir, settings.templates.dir, settings.rules.timezone
        )
        self.marker_key = self.store.secret("marker_key", lambda: secrets.token_bytes(32))
        self.policy = screen_policy(settings, self.marker_key)
        self.mailout = MailOut(
            settings, self.rulebook.rules, self.rulebook.templates, self.marker_key, clock
        )
        self.priority = ListenerFirst()
        self.committer = GroupCommitter(
            self.store, settings.store.group_commit_max, self.priority.arrived
        )
        self.analyser = Analyser(settings.pipeline.workers, settings.pipeline.budget)
        self.pipeline = PipelineWorker(
            self.store, self.mailout, self.rulebook.rules, self.policy, self.analyser,
            turn=self.priority.turn,
        )  # fmt: skip
        self.relay = make_relay(
            settings.delivery.relay, settings.delivery.timeout, settings.smtp.hostname
        )
        self.delivery = DeliveryWorker(self.store, self.relay, settings.delivery, clock)
        self.lifecycle = LifecycleWorker(
            self.store, self.mailout, lambda: self.rulebook.problems, self.pipeline.queued
        )
        spool = str(settings.store.path.parent)
        self.handler = IntakeHandler(settings.smtp, self.committer, spool)
        self._server: asyncio.Server | None = None
        self._port = 0
        self._reloading = asyncio.Lock()  # the watcher and SIGHUP never reload at once
        self._tasks: list[asyncio.Task[None]] = []

    @property
    def port(self) -> int:
        """The SMTP port actually bound (the configured one may be 0: any free port)."""
        return self._port

    async def start(self, *, workers: bool = True) -> None:
        """Open the listener; with `workers`, also run the pipeline, delivery and watcher."""
        if isinstance(self.relay, SmtpRelay) and self.relay.is_plain_remote:
            log.warning(
                "relay.unencrypted",
                relay=self.relay.describe(),
                why="mail may hold medical data about survivors",
            )
        self.committer.start()
        host, port = self.settings.smtp.host_port
        smtp = self.settings.smtp
        tls = tls_context(smtp)
        proxy_timeout = smtp.proxy_timeout if smtp.proxy_networks else None
        self._server = await bound(
            "smtp.listen",
            smtp.listen,
            asyncio.get_running_loop().create_server(
                lambda: IntakeSMTP(
                    self.handler,
                    hostname=smtp.hostname,
                    ident="CCM intake",
                    data_size_limit=smtp.max_message_bytes,
                    timeout=smtp.idle_timeout,
                    enable_SMTPUTF8=False,
                    decode_data=False,
                    auth_require_tls=True,
                    command_call_limit=call_limits(smtp),
                    tls_context=tls,
                    proxy_protocol_timeout=proxy_timeout,
                ),
                host=host,
                port=port,
            ),
        )
        self._port = int(self._server.sockets[0].getsockname()[1])
        if workers:
            self._tasks = [
                asyncio.create_task(
                    self._loop(self._after_lull(self.pipeline.run_once), self._pipeline_wake)
                ),
                asyncio.create_task(
                    self._loop(self._after_lull(self.delivery.run_once), self._delivery_wake)
                ),
                asyncio.create_task(self._loop(self.lifecycle.run_once, self.lifecycle.idle)),
                asyncio.create_task(self._watch_rules()),
            ]
        log.info(
            "intake.started",
            smtp=f"{host}:{self.port}",
            relay=self.relay.describe(),
            rules=self.rulebook.rules().version,
            loop=running_loop_name(),
        )

    def _after_lull(self, run_once: Callable[[], Awaitable[int]]) -> Callable[[], Awaitable[int]]:
        """A batch of background work that lets a burst of incoming mail go first."""

        async def run() -> int:
            await self.priority.turn()
            return await run_once()

        return run

    async def _pipeline_wake(self) -> None:
        await _wait(self.committer.committed, POLL_SECONDS)

    async def _delivery_wake(self) -> None:
        await _wait(self.pipeline.queued, POLL_SECONDS)

    async def _loop(
        self, run_once: Callable[[], Awaitable[int]], wake: Callable[[], Awaitable[None]]
    ) -> None:
        while True:
            try:
                while await run_once():
                    pass
            except Exception:
                log.exception("worker.failed")  # logged; the next round tries again
            await wake()

    async def _watch_rules(self) -> None:
        seen = _signature(self.settings.rules.dir, self.settings.templates.dir)
        while True:
            await asyncio.sleep(POLL_SECONDS)
            now = _signature(self.settings.rules.dir, self.settings.templates.dir)
            if now != seen:
                seen = now
                await self.reload()

    async def reload(self) -> list[str]:
        """Reload rules and templates off the event loop: checking templates runs a child
        process for up to seconds, and SMTP sessions must not wait for it."""
        async with self._reloading:
            errors = await asyncio.to_thread(self.rulebook.reload)
        if self.frozen_heap:
            settle_heap()  # the old snapshot goes, the new one joins the frozen heap
        return errors

    async def stop(self) -> None:
        """Stop accepting, tell idle sessions 421, let DATA in progress finish, then close."""
        self.handler.closing = True
        if self._server is not None:
            self._server.close()
        deadline = time.monotonic() + self.settings.smtp.shutdown_drain
        for session in list(self.handler.sessions):
            if not session.in_data:
                session.close_with(SHUTTING_DOWN)
        while any(s.in_data for s in self.handler.sessions) and time.monotonic() < deadline:
            self.handler.data_finished.clear()
            await _wait(self.handler.data_finished, deadline - time.monotonic())
        for session in list(self.handler.sessions):
            session.close_with(SHUTTING_DOWN)
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        await self.relay.close()
        await self.committer.stop()
        await self.analyser.close()
        self.store.close()
        log.info("intake.stopped")


async def _wait(event: asyncio.Event, timeout: float) -> None:
    with contextlib.suppress(TimeoutError):
        await asyncio.wait_for(event.wait(), max(timeout, 0.0))
    event.clear()


def _signature(*folders: Path) -> tuple[tuple[str, int, int], ...]:
    entries = []
    for folder in folders:
        for path in sorted(folder.rglob("*")):
            with contextlib.suppress(OSError):
                stat = path.stat()
                entries.append((str(path), stat.st_mtime_ns, stat.st_size))
    return tuple(entries)


async def serve(settings: Settings) -> None:
    """Run until SIGTERM or SIGINT; SIGHUP reloads the rules."""
    app = App(settings, frozen_heap=True)
    await app.start()
    try:
        http = await start_http(app)  # health, readiness and metrics, in this same loop
    except BaseException:
        await app.stop()  # nothing was accepted that could not wait for the next start
        raise
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    reloads: set[asyncio.Task[list[str]]] = set()

    def on_sighup() -> None:
        task = loop.create_task(app.reload())
        reloads.add(task)  # held until done, so the task is not garbage-collected
        task.add_done_callback(reloads.discard)

    loop.add_signal_handler(signal.SIGHUP, on_sighup)
    settle_heap()  # what start-up built lives as long as the process: no collection walks it
    print(f"intake: listening on port {app.port} (pid {os.getpid()})", flush=True)
    print(f"intake: http endpoint on port {http.port}", flush=True)
    await stop.wait()
    await http.stop()
    # A bounded stop: anything not finished by then is redone from the store at next start.
    try:
        await asyncio.wait_for(app.stop(), settings.smtp.shutdown_drain + 15)
    except TimeoutError:
        log.error("intake.stop_timed_out")
