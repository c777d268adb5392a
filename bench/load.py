"""The load generator: S concurrent SMTP sessions over loopback, sending like a real MTA.

Each session says EHLO once and then runs MAIL/RCPT/DATA repeatedly on the same connection, up
to `per_connection` messages (the intake's default cap per session), then QUITs and reconnects.
A 4xx is retried after a short backoff on the same connection (a real MTA would defer the
message for minutes, so every deferral is counted and reported); a 421 or a dropped connection
makes the session reconnect and resend the message; a 5xx is counted and not retried.
"""

from __future__ import annotations

import asyncio
import collections
import math
import time
from collections.abc import Iterable
from dataclasses import dataclass, field
from enum import Enum

import aiosmtplib

from bench.corpus import INTAKE_ADDRESS, Outgoing

MAX_ATTEMPTS = 50
_GONE = (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError, OSError)


@dataclass(frozen=True)
class Target:
    port: int
    sessions: int = 20
    per_connection: int = 10
    deadline_s: float = 600.0


@dataclass
class Tally:
    """What happened on the wire, beyond the 250s."""

    accepted: int = 0
    rejected: int = 0  # 5xx, not retried
    deferred: int = 0  # 4xx other than 421, retried
    reconnects: int = 0  # 421 or dropped connection in a session
    refused_connections: int = 0  # greeting refused or connect failed
    gave_up: int = 0  # still not accepted after MAX_ATTEMPTS or the deadline
    replies: collections.Counter[str] = field(default_factory=collections.Counter)


@dataclass
class LoadResult:
    started: float  # monotonic, just before the first connect
    finished: float  # monotonic, the last 250
    messages: list[Outgoing]
    tally: Tally
    client_cpu_s: float

    @property
    def data_latencies(self) -> list[float]:
        return [m.latencies[-1] for m in self.messages if m.accepted_at]

    @property
    def message_latencies(self) -> list[float]:
        """First MAIL to the final 250, deferrals included."""
        return [m.accepted_at - m.first_try for m in self.messages if m.accepted_at]


class Outcome(Enum):
    DONE = "done"
    RETRY = "retry"
    RECONNECT = "reconnect"


class EndOfData:
    """The moment the final CRLF.CRLF of DATA was written to the socket.

    aiosmtplib times nothing, and timing the whole `data()` call would add the DATA→354 round
    trip; wrapping the protocol's `write` starts the DATA-to-250 clock exactly where the
    benchmark defines it.
    """

    def __init__(self, client: aiosmtplib.SMTP) -> None:
        self.at = 0.0
        protocol = client.protocol
        assert protocol is not None
        write = protocol.write

        def timed_write(data: bytes) -> None:
            write(data)
            if data.endswith(b"\r\n.\r\n"):
                self.at = time.monotonic()

        protocol.write = timed_write  # type: ignore[method-assign]


async def run_load(target: Target, messages: list[Outgoing]) -> LoadResult:
    """Send every message (bounded by the deadline); returns timings and the tally."""
    queue = collections.deque(messages)
    tally = Tally()
    cpu, started = time.process_time(), time.monotonic()
    deadline = started + target.deadline_s
    sessions = [_session(target, queue, tally, deadline) for _ in range(target.sessions)]
    await asyncio.gather(*sessions)
    tally.gave_up = sum(1 for m in messages if not m.accepted_at) - tally.rejected
    finished = max((m.accepted_at for m in messages if m.accepted_at), default=started)
    return LoadResult(started, finished, messages, tally, time.process_time() - cpu)


async def _session(
    target: Target, queue: collections.deque[Outgoing], tally: Tally, deadline: float
) -> None:
    pending: Outgoing | None = None
    while time.monotonic() < deadline and (pending is not None or queue):
        client = await _connect(target.port, tally, deadline)
        if client is None:
            break
        try:
            pending = await _use(client, pending, queue, tally, target.per_connection)
        finally:
            await _goodbye(client)


async def _connect(port: int, tally: Tally, deadline: float) -> aiosmtplib.SMTP | None:
    attempt = 0
    while time.monotonic() < deadline:
        client = aiosmtplib.SMTP(
            hostname="127.0.0.1",
            port=port,
            local_hostname="loadgen.bench.example",
            timeout=60,
            start_tls=False,
        )
        try:
            await client.connect()
            return client
        except (aiosmtplib.SMTPException, OSError):
            tally.refused_connections += 1
            attempt += 1
            await asyncio.sleep(min(0.01 * attempt, 0.5))
    return None


async def _use(
    client: aiosmtplib.SMTP,
    pending: Outgoing | None,
    queue: collections.deque[Outgoing],
    tally: Tally,
    per_connection: int,
) -> Outgoing | None:
    """Up to `per_connection` transactions; returns the message still to send, if any."""
    clock = EndOfData(client)
    for _ in range(per_connection):
        if pending is None:
            if not queue:
                return None
            pending = queue.popleft()
        outcome = await _transact(client, clock, pending, tally)
        if outcome is Outcome.RECONNECT:
            return pending
        if outcome is Outcome.DONE:
            pending = None
        else:
            await asyncio.sleep(min(0.02 * pending.attempts, 0.5))
    return pending


async def _transact(
    client: aiosmtplib.SMTP, clock: EndOfData, item: Outgoing, tally: Tally
) -> Outcome:
    item.attempts += 1
    item.first_try = item.first_try or time.monotonic()
    try:
        await client.mail(item.mail_from, options=[f"SIZE={len(item.raw)}"])
        await client.rcpt(INTAKE_ADDRESS)
        await client.data(item.raw)
    except aiosmtplib.SMTPResponseException as error:
        return await _refused(client, item, error, tally)
    except _GONE:
        tally.reconnects += 1
        return Outcome.RECONNECT
    item.accepted_at = time.monotonic()
    item.latencies.append(item.accepted_at - clock.at)
    tally.accepted += 1
    return Outcome.DONE


async def _refused(
    client: aiosmtplib.SMTP,
    item: Outgoing,
    error: aiosmtplib.SMTPResponseException,
    tally: Tally,
) -> Outcome:
    tally.replies[f"{error.code} {error.message.splitlines()[0][:60]}"] += 1
    if error.code == 421:
        tally.reconnects += 1
        return Outcome.RECONNECT
    try:
        await client.rset()
    except (aiosmtplib.SMTPException, OSError):
        tally.reconnects += 1
        return Outcome.RECONNECT
    if error.code >= 500:
        tally.rejected += 1
        return Outcome.DONE
    tally.deferred += 1
    if item.attempts >= MAX_ATTEMPTS:
        return Outcome.DONE  # counted as given up by run_load
    return Outcome.RETRY


async def _goodbye(client: aiosmtplib.SMTP) -> None:
    try:
        if client.is_connected:
            await client.quit()
    except (aiosmtplib.SMTPException, OSError):
        pass
    finally:
        if client.is_connected:
            client.close()


def percentile(values: Iterable[float], q: float) -> float | None:
    """Nearest-rank percentile (q in 0..100); None for no values."""
    ordered = sorted(values)
    if not ordered:
        return None
    rank = max(1, min(len(ordered), math.ceil(q / 100 * len(ordered))))
    return ordered[rank - 1]
