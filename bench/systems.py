"""One measurement per system: warm up, drive the load, then the 25 MB message; all bounded.

Ours is started exactly as an operator would (`python -m intake.cli serve` from the repo root,
shipped rules and templates), configured only by INTAKE_* variables, with a counting sink as
its relay so that end-to-end time ends when the last forward arrives.
"""

from __future__ import annotations

import asyncio
import json
import os
import signal
import sqlite3
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import Any, Protocol

from bench import postfix, procs
from bench.corpus import INTAKE_ADDRESS, Outgoing, Template, envelope_sender, make_load
from bench.load import Target, run_load
from bench.peers import SIZE_LIMIT
from bench.report import summarise_big, summarise_load, summarise_relay


@dataclass(frozen=True)
class Context:
    repo: Path
    workdir: Path
    python: str
    messages: int
    sessions: int
    per_connection: int
    warmup: int
    deadline_s: float
    drain_timeout_s: float
    templates: list[Template]
    big: bytes  # empty: skip the 25 MB test
    lift_ack_caps: bool = True
    service_env: dict[str, str] = field(default_factory=dict)
    py_spy: Path | None = None
    py_spy_gil: bool = False  # only samples that hold the GIL; children too
    relay_sink: str = "count"  # bench.peers' kind of relay: lean, or "count-aiosmtpd"
    peer_loop: str = "asyncio"  # the bare and fsync sinks' event loop
    ours_loop: str = "auto"  # `intake serve --loop`: uvloop where installed

    def target(self, port: int) -> Target:
        return Target(port, self.sessions, self.per_connection, self.deadline_s)


def clean_env() -> dict[str, str]:
    """Our environment without INTAKE_* (a developer's own settings must not leak in)."""
    return {k: v for k, v in os.environ.items() if not k.startswith("INTAKE_")}


async def run_peer(kind: str, ctx: Context) -> dict[str, Any]:
    argv = [ctx.python, "-m", "bench.peers", kind, "--dir", str(ctx.workdir / f"{kind}-spool")]
    argv += ["--loop", ctx.peer_loop]
    server = await procs.start(kind, argv, ctx.repo, clean_env(), ctx.workdir / f"{kind}.log")
    try:
        result = await _measure(server, ctx, None)
    finally:
        stopped = await procs.stop(server)
    return {**result, "process": stopped, "start_s": server.started_s}


async def run_external(port: int, ctx: Context) -> dict[str, Any]:
    """A server we did not start (Postfix set up by an operator): wire numbers only."""
    load = await run_load(ctx.target(port), make_load(ctx.templates, ctx.messages, "ext"))
    return summarise_load(load)


def service_env(ctx: Context, store: Path, relay_port: int) -> dict[str, str]:
    env = clean_env()
    env.update(
        {
            "INTAKE_SMTP__LISTEN": "127.0.0.1:0",
            "INTAKE_SMTP__HOSTNAME": "intake.bench.example",
            "INTAKE_SMTP__INTAKE_ADDRESSES": json.dumps([INTAKE_ADDRESS]),
            "INTAKE_STORE__PATH": str(store),
            "INTAKE_DELIVERY__RELAY": f"smtp://127.0.0.1:{relay_port}",
            "INTAKE_DELIVERY__FROM_ADDRESS": "assistance@ccm-isu.example",
            "INTAKE_HTTP__LISTEN": "127.0.0.1:0",
            # The load generator stands in for the upstream MTA: one IP, many connections.
            "INTAKE_SMTP__MAX_CONNECTIONS_PER_IP_PER_MINUTE": "1000000",
        }
    )
    if ctx.lift_ack_caps:  # so that every enquiry costs its acknowledgement too
        env["INTAKE_ACK__GLOBAL_PER_10MIN"] = "1000000"
        env["INTAKE_ACK__PER_SENDER_PER_DAY"] = "1000000"
    env.update(ctx.service_env)
    return env


@dataclass(frozen=True)
class Pipeline:
    """What a relaying system has beyond a sink: work still waiting after its 250s, and a relay
    that counts what arrives (`counted`: the kind of event that ends end-to-end time)."""

    relay: procs.Server
    waiting: Callable[[], int | None]
    timeout: float
    counted: str = "forward"
    store: Path | None = None
    queue: postfix.Instance | None = None

    async def drain(self) -> dict[str, Any]:
        return await wait_drained(self.waiting, self.timeout)

    def leftovers(self) -> dict[str, Any]:
        if self.store is not None:
            return {"store": store_summary(self.store)}
        if self.queue is not None:
            return {"queue": {"deferred": self.queue.deferred()}}
        return {}


async def run_ours(ctx: Context) -> dict[str, Any]:
    store = ctx.workdir / "intake" / "intake.sqlite3"
    relay_argv = [ctx.python, "-m", "bench.peers", ctx.relay_sink]
    relay = await procs.start("relay", relay_argv, ctx.repo, clean_env(), ctx.workdir / "relay.log")
    env = service_env(ctx, store, relay.port)
    argv = [ctx.python, "-m", "intake.cli", "serve", "--loop", ctx.ours_loop]
    try:
        service = await procs.start("ours", argv, ctx.repo, env, ctx.workdir / "intake.log")
        try:
            pipeline = Pipeline(relay, partial(_waiting, store), ctx.drain_timeout_s, store=store)
            result = await _measure(service, ctx, pipeline)
        finally:
            stopped = await procs.stop(service)
    finally:
        await procs.stop(relay)
    overrides = {k: v for k, v in env.items() if k.startswith("INTAKE_")}
    return {**result, "process": stopped, "start_s": service.started_s, "env": overrides}


async def run_postfix(ctx: Context) -> dict[str, Any]:
    """Postfix relaying through its queue to the same counting sink as ours."""
    relay_argv = [ctx.python, "-m", "bench.peers", ctx.relay_sink]
    log = ctx.workdir / "postfix-relay.log"
    relay = await procs.start("postfix-relay", relay_argv, ctx.repo, clean_env(), log)
    try:
        instance = await postfix.start(ctx.workdir / "postfix", relay.port, SIZE_LIMIT)
        try:
            pipeline = Pipeline(
                relay, instance.pending, ctx.drain_timeout_s, counted="other", queue=instance
            )
            result = await _measure(instance, ctx, pipeline)
        finally:
            await postfix.stop(instance)
    finally:
        await procs.stop(relay)
    return {**result, "start_s": instance.started_s, "status": "driven"}


class Measured(Protocol):
    """A running system: the process to watch (its tree) and the port to load."""

    @property
    def pid(self) -> int: ...

    @property
    def port(self) -> int: ...


async def _measure(server: Measured, ctx: Context, ours: Pipeline | None) -> dict[str, Any]:
    sampler = procs.RssSampler(server.pid)
    sampler.start()
    try:
        warm = await run_load(ctx.target(server.port), make_load(ctx.templates, ctx.warmup, "w"))
        if ours is not None:
            await ours.drain()
        result = await _main_load(server, ctx, sampler, ours)
        result["warmup_accepted"] = warm.tally.accepted
        if ctx.big:
            result["big"] = await _big(server, ctx, sampler, ours)
        result["lifetime_peak_rss_mb"] = (procs.status_kb(server.pid, "VmHWM") or 0) / 1024
        return result
    finally:
        await sampler.stop()


async def _main_load(
    server: Measured, ctx: Context, sampler: procs.RssSampler, ours: Pipeline | None
) -> dict[str, Any]:
    rss_before = sampler.reset()
    cpu_before = procs.cpu_seconds(server.pid) or 0.0
    tree_cpu_before = procs.tree_cpu_seconds(server.pid)
    spy = await _start_py_spy(ctx, server.pid) if ours is not None else None
    load = await run_load(ctx.target(server.port), make_load(ctx.templates, ctx.messages, "m"))
    result = summarise_load(load)
    result["pss_after_load_mb"] = procs.tree_pss_kb(server.pid) / 1024
    if ours is not None:
        drained = await ours.drain()
        result["end_to_end"] = summarise_relay(load, ours.relay.events, drained, ours.counted)
        result.update(ours.leftovers())
    await _stop_py_spy(spy)
    result["server_cpu_s"] = (procs.cpu_seconds(server.pid) or 0.0) - cpu_before
    result["tree_cpu_s"] = procs.tree_cpu_seconds(server.pid) - tree_cpu_before
    result["rss_before_mb"] = rss_before / 1024
    result["peak_rss_mb"] = sampler.peak_kb / 1024
    result["hwm_reset"] = sampler.hwm_resettable
    return result


async def _big(
    server: Measured, ctx: Context, sampler: procs.RssSampler, ours: Pipeline | None
) -> dict[str, Any]:
    rss_before = sampler.reset()
    item = Outgoing(0, envelope_sender(ctx.big), ctx.big)
    load = await run_load(Target(server.port, 1, 1, ctx.deadline_s), [item])
    result = summarise_big(load, rss_before, sampler.peak_kb)
    if ours is not None:
        drained = await ours.drain()
        result["processed_s"] = drained["drained_at"] - load.started
        result["rss_peak_with_processing_mb"] = sampler.peak_kb / 1024
        result["rss_growth_with_processing_mb"] = (sampler.peak_kb - rss_before) / 1024
        result["relayed"] = [
            {"kind": kind, "bytes": size}
            for t, kind, _, size in ours.relay.events
            if t >= load.started
        ]
    return result


async def wait_drained(waiting: Callable[[], int | None], timeout: float) -> dict[str, Any]:
    """Poll until nothing awaits processing or its first delivery try.

    Mail that was deferred (tried and failed) is not waited for: its retry is minutes away; it
    is reported instead.
    """
    began = time.monotonic()
    left: int | None = None
    while time.monotonic() - began < timeout:
        left = waiting()
        if left == 0:
            return {"drained_at": time.monotonic(), "timed_out": False}
        await asyncio.sleep(0.05)
    return {"drained_at": time.monotonic(), "timed_out": True, "still_waiting": left}


def _read(store: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{store}?mode=ro", uri=True, timeout=5)


def _waiting(store: Path) -> int | None:
    """Ours: messages not yet processed and outbound mail not yet tried once."""
    try:
        with _read(store) as conn:
            row = conn.execute(
                "SELECT (SELECT count(*) FROM messages WHERE state = 'received')"
                " + (SELECT count(*) FROM outbound WHERE state = 'queued' AND attempts = 0)"
            ).fetchone()
            return int(row[0])
    except sqlite3.Error:
        return None


def store_summary(store: Path) -> dict[str, Any]:
    """How the run's messages ended (state/kind) and what was queued out (kind/state)."""
    try:
        with _read(store) as conn:
            messages = conn.execute(
                "SELECT state, coalesce(kind, '-'), count(*) FROM messages GROUP BY 1, 2"
            ).fetchall()
            outbound = conn.execute(
                "SELECT kind, state, count(*) FROM outbound GROUP BY 1, 2"
            ).fetchall()
    except sqlite3.Error as error:
        return {"error": str(error)}
    return {
        "stored": sum(n for _, _, n in messages),  # warm-up included; every 250 must be here
        "messages": {f"{state}/{kind}": n for state, kind, n in messages},
        "outbound": {f"{kind}/{state}": n for kind, state, n in outbound},
    }


async def _start_py_spy(ctx: Context, pid: int) -> asyncio.subprocess.Process | None:
    """py-spy on ours during the main load only, non-blocking so it barely slows the target."""
    if ctx.py_spy is None:
        return None
    argv = [
        "py-spy",
        "record",
        "--pid",
        str(pid),
        "--rate",
        "200",
        "--format",
        "raw",
        "--threads",
        "--nonblocking",
        "--output",
        str(ctx.py_spy),
        *(["--gil", "--subprocesses"] if ctx.py_spy_gil else []),
    ]
    spy_bin = Path(ctx.python).parent / "py-spy"
    argv[0] = str(spy_bin) if spy_bin.exists() else "py-spy"
    process = await asyncio.create_subprocess_exec(
        *argv, stdout=asyncio.subprocess.DEVNULL, stderr=asyncio.subprocess.DEVNULL
    )
    await asyncio.sleep(0.5)  # let it attach before the load starts
    return process


async def _stop_py_spy(process: asyncio.subprocess.Process | None) -> None:
    if process is None:
        return
    process.send_signal(signal.SIGINT)  # py-spy writes its output on SIGINT
    try:
        await asyncio.wait_for(process.wait(), 60)
    except TimeoutError:
        process.kill()
        await process.wait()
