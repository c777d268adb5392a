"""`make bench`: ours beside a bare aiosmtpd sink and an fsync-per-message sink, same load.

Records the environment first (file system, measured fsync latency), then measures each system
in its own process over loopback, prints a table and writes the JSON to bench/results/ so that
changes can be compared. Everything is bounded: finite messages, deadlines on every wait.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Awaitable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from bench import environment, postfix, systems
from bench.corpus import big_message, corpus_dir, load_templates
from bench.report import ratios, table, targets

REPO = Path(__file__).resolve().parents[1]
PEERS = ("bare", "fsync", "fsync-inline")


def parse_args(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench.run", description=__doc__)
    parser.add_argument("--messages", type=int, default=2000, help="messages per system")
    parser.add_argument("--sessions", type=int, default=20, help="concurrent SMTP sessions")
    parser.add_argument(
        "--per-connection",
        type=int,
        default=10,
        help="messages per connection before QUIT (the intake's default cap)",
    )
    parser.add_argument("--warmup", type=int, default=40, help="unmeasured messages first")
    parser.add_argument(
        "--big-mb",
        type=float,
        default=25.0,
        help="size of the big message in MB (10^6 bytes); 0 skips it",
    )
    parser.add_argument(
        "--quick", action="store_true", help="a small run: 200 messages, a 5 MB big message"
    )
    parser.add_argument(
        "--systems", default="bare,fsync,fsync-inline,postfix,ours", help="comma-separated subset"
    )
    parser.add_argument(
        "--shipped-ack-caps",
        action="store_true",
        help="keep ack.* caps (by default lifted so each enquiry is acked)",
    )
    parser.add_argument(
        "--service-env",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="extra INTAKE_* setting for ours (repeatable)",
    )
    parser.add_argument(
        "--relay-sink",
        choices=["lean", "aiosmtpd"],
        default="lean",
        help="the counting relay ours and Postfix hand mail to (see bench/README.md)",
    )
    parser.add_argument(
        "--peer-loop",
        choices=["asyncio", "uvloop"],
        default="asyncio",
        help="event loop of the aiosmtpd sinks: asyncio (the naive design) or uvloop (ours's)",
    )
    parser.add_argument(
        "--ours-loop",
        choices=["auto", "asyncio"],
        default="auto",
        help="`intake serve --loop` for ours: uvloop where installed (auto) or the standard loop",
    )
    parser.add_argument(
        "--postfix-port", type=int, help="drive an already running Postfix on 127.0.0.1:PORT too"
    )
    parser.add_argument(
        "--py-spy",
        type=Path,
        metavar="FILE",
        help="record ours with py-spy (collapsed stacks) during the main load",
    )
    parser.add_argument(
        "--py-spy-gil",
        action="store_true",
        help="with --py-spy: only samples holding the GIL, analyser children included",
    )
    parser.add_argument("--dir", type=Path, help="where stores and spools go (default: TMPDIR)")
    parser.add_argument("--keep", action="store_true", help="keep the work directory")
    parser.add_argument("--deadline", type=float, default=600.0, help="seconds per load")
    parser.add_argument(
        "--drain-timeout",
        type=float,
        default=600.0,
        help="seconds to wait for ours to finish processing",
    )
    parser.add_argument("--results", type=Path, default=REPO / "bench" / "results")
    parser.add_argument("--no-save", action="store_true", help="print only")
    args = parser.parse_args(argv)
    if args.quick:
        args.messages, args.big_mb = min(args.messages, 200), min(args.big_mb, 5.0)
    return args


def _context(args: argparse.Namespace, workdir: Path) -> systems.Context:
    extra = dict(item.split("=", 1) for item in args.service_env)
    return systems.Context(
        repo=REPO,
        workdir=workdir,
        python=sys.executable,
        messages=args.messages,
        sessions=args.sessions,
        per_connection=args.per_connection,
        warmup=args.warmup,
        deadline_s=args.deadline,
        drain_timeout_s=args.drain_timeout,
        templates=load_templates(corpus_dir(REPO)),
        big=big_message(int(args.big_mb * 1_000_000)) if args.big_mb > 0 else b"",
        lift_ack_caps=not args.shipped_ack_caps,
        service_env=extra,
        py_spy=args.py_spy.resolve() if args.py_spy else None,
        py_spy_gil=args.py_spy_gil,
        relay_sink="count" if args.relay_sink == "lean" else "count-aiosmtpd",
        peer_loop=args.peer_loop,
        ours_loop=args.ours_loop,
    )


async def measure(args: argparse.Namespace, ctx: systems.Context) -> dict[str, dict[str, Any]]:
    wanted = args.systems.split(",")
    results: dict[str, dict[str, Any]] = {}
    for kind in PEERS:
        if kind in wanted:
            _say(f"{kind} sink: {ctx.messages} messages over {ctx.sessions} sessions")
            await _settle_disk()
            results[kind] = await _guarded(systems.run_peer(kind, ctx))
    if "postfix" in wanted or args.postfix_port:
        await _settle_disk()
        results["postfix"] = await _guarded(_postfix(args, ctx))
    if "ours" in wanted:
        _say(f"ours: {ctx.messages} messages over {ctx.sessions} sessions")
        await _settle_disk()
        results["ours"] = await _guarded(systems.run_ours(ctx))
    return results


async def _settle_disk() -> None:
    """Write back what the systems before wrote (the fsync sinks leave thousands of files and
    their big messages): otherwise the kernel flushes it under the next system's fsyncs."""
    await asyncio.to_thread(os.sync)


async def _guarded(measurement: Awaitable[dict[str, Any]]) -> dict[str, Any]:
    """One system that fails to start or crashes is recorded as such; the others still count."""
    try:
        return await measurement
    except Exception as error:
        _say(f"failed: {type(error).__name__}: {error}")
        return {"status": f"failed: {type(error).__name__}: {error}"}


async def _postfix(args: argparse.Namespace, ctx: systems.Context) -> dict[str, Any]:
    if args.postfix_port:
        _say(f"postfix on port {args.postfix_port} (yours; wire numbers only)")
        return {**await systems.run_external(args.postfix_port, ctx), "status": "driven, yours"}
    if why := postfix.unavailable():
        return {"status": why}
    _say(f"postfix: {ctx.messages} messages over {ctx.sessions} sessions, relayed to a sink")
    return await systems.run_postfix(ctx)


def _say(text: str) -> None:
    print(f"bench: {text}", file=sys.stderr, flush=True)


def assemble(
    args: argparse.Namespace,
    ctx: systems.Context,
    env: dict[str, Any],
    measured: dict[str, dict[str, Any]],
    started: datetime,
) -> dict[str, Any]:
    sizes = [len(t.raw) for t in ctx.templates]
    return {
        "schema": 1,
        "started_at": started.isoformat(),
        "duration_s": (datetime.now(UTC) - started).total_seconds(),
        "settings": {
            "messages": ctx.messages,
            "sessions": ctx.sessions,
            "per_connection": ctx.per_connection,
            "warmup": ctx.warmup,
            "big_bytes": len(ctx.big),
            "quick": args.quick,
            "ack_caps_lifted": ctx.lift_ack_caps,
            "service_env": ctx.service_env,
            "relay_sink": args.relay_sink,
            "peer_loop": args.peer_loop,
            "ours_loop": args.ours_loop,
        },
        "corpus": {
            "dir": str(corpus_dir(REPO)),
            "templates": len(ctx.templates),
            "mean_bytes": sum(sizes) / len(sizes),
        },
        "environment": env,
        "systems": measured,
        "ratios": ratios(measured),
        "targets": targets(measured, ctx.sessions),
    }


def save(results: dict[str, Any], folder: Path, started: datetime) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    tmp = path.with_suffix(".tmp")
    tmp.write_text(json.dumps(results, indent=2, ensure_ascii=False, default=str) + "\n")
    os.replace(tmp, path)
    return path


async def main_async(args: argparse.Namespace) -> int:
    started = datetime.now(UTC)
    workdir = Path(tempfile.mkdtemp(prefix="ccm-bench-", dir=args.dir))
    try:
        ctx = _context(args, workdir)
        _say(f"work directory {workdir}; measuring fsync latency there")
        env = environment.describe(workdir, REPO)
        began = time.monotonic()
        measured = await measure(args, ctx)
        _say(f"measured in {time.monotonic() - began:.0f} s")
        results = assemble(args, ctx, env, measured, started)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print(table(results))
    if not args.no_save:
        print(f"\nresults: {save(results, args.results, started)}")
    return 0


def main(argv: list[str] | None = None) -> int:
    return asyncio.run(main_async(parse_args(argv)))


if __name__ == "__main__":
    sys.exit(main())
