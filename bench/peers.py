"""The peers ours is measured beside, each an aiosmtpd server in its own process, and the relay.

`bare` keeps nothing (the ceiling for anything built on aiosmtpd); `fsync` writes each message
to its own file and fsyncs it before the 250 (the naive durable design; the fsync runs in the
default thread pool, as idiomatic asyncio code would, so concurrent sessions overlap theirs);
`fsync-inline` does the same inside the event loop, one message at a time (the naivest design,
whose rate is 1 / fsync latency); `count` is the relay for ours and Postfix
(`bench.relay_sink`): it keeps nothing but prints one line per message received, so the
benchmark can time when the last forward arrived; `count-aiosmtpd` is the same on aiosmtpd.

Run as `python -m bench.peers KIND [--dir DIR]`; prints `peer: listening on port N (pid P)`.
"""

from __future__ import annotations

import argparse
import asyncio
import itertools
import os
import signal
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from aiosmtpd.smtp import SMTP

from bench.relay_sink import CountingRelay, classify_outbound
from intake import event_loop

SIZE_LIMIT = 26_214_400  # the same SIZE the intake advertises
RELAY_SIZE_LIMIT = 64 * 1024 * 1024  # the relay takes whatever ours forwards


class BareSink:
    """Answers 250 to everything and keeps nothing."""

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        return "250 2.0.0 Ok: discarded"


class FsyncSink:
    """One file per message, fsync'd before the 250."""

    def __init__(self, folder: Path, inline: bool = False) -> None:
        self.folder = folder
        self.inline = inline
        self.names = itertools.count()
        folder.mkdir(parents=True, exist_ok=True)

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        path = self.folder / f"{next(self.names)}.eml"
        data = bytes(envelope.original_content or b"")
        if self.inline:
            _write_fsync(path, data)
        else:
            await asyncio.get_running_loop().run_in_executor(None, _write_fsync, path, data)
        return "250 2.0.0 Ok: stored"


def _write_fsync(path: Path, data: bytes) -> None:
    with open(path, "wb") as handle:
        handle.write(data)
        handle.flush()
        os.fsync(handle.fileno())


class CountingSink:
    """Prints `E <monotonic> <kind> <recipients> <bytes>` per message: forward, ack or other.

    It stands for the relay ours hands mail to, typically Postfix, so it offers PIPELINING as
    Postfix does (aiosmtpd reads pipelined commands in order; it only does not say so).
    """

    async def handle_EHLO(
        self, server: SMTP, session: Any, envelope: Any, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        responses.insert(-1, "250-PIPELINING")
        return responses

    async def handle_DATA(self, server: SMTP, session: Any, envelope: Any) -> str:
        now = time.monotonic()
        data = bytes(envelope.original_content or b"")
        kind = classify_outbound(envelope.mail_from or "", data)
        sys.stdout.write(f"E {now:.6f} {kind} {len(envelope.rcpt_tos)} {len(data)}\n")
        sys.stdout.flush()
        return "250 2.0.0 Ok: counted"


async def serve(handler: object, limit: int) -> None:
    loop = asyncio.get_running_loop()
    factory: Callable[[], asyncio.BaseProtocol]
    if isinstance(handler, CountingRelay):
        factory = lambda: CountingRelay(limit)  # noqa: E731
    else:
        factory = lambda: SMTP(  # noqa: E731
            handler,
            hostname="peer.bench.example",
            data_size_limit=limit,
            decode_data=False,
            enable_SMTPUTF8=False,
        )
    server = await loop.create_server(factory, host="127.0.0.1", port=0)
    stop = asyncio.Event()
    loop.add_signal_handler(signal.SIGTERM, stop.set)
    loop.add_signal_handler(signal.SIGINT, stop.set)
    port = server.sockets[0].getsockname()[1]
    print(f"peer: listening on port {port} (pid {os.getpid()})", flush=True)
    await stop.wait()
    server.close()


def main() -> None:
    parser = argparse.ArgumentParser(prog="bench.peers", description=__doc__)
    kinds = ["bare", "fsync", "fsync-inline", "count", "count-aiosmtpd"]
    parser.add_argument("kind", choices=kinds)
    parser.add_argument("--dir", type=Path, help="where the fsync sink writes")
    parser.add_argument("--loop", choices=["asyncio", "uvloop"], default="asyncio")
    args = parser.parse_args()
    if args.kind.startswith("fsync") and args.dir is None:
        parser.error("fsync needs --dir")
    handler: object
    if args.kind.startswith("fsync"):
        handler = FsyncSink(args.dir, inline=args.kind == "fsync-inline")
    elif args.kind == "count":
        handler = CountingRelay(RELAY_SIZE_LIMIT)
    else:
        handler = CountingSink() if args.kind == "count-aiosmtpd" else BareSink()
    limit = RELAY_SIZE_LIMIT if args.kind.startswith("count") else SIZE_LIMIT
    event_loop.run(serve(handler, limit), args.loop)


if __name__ == "__main__":
    main()
