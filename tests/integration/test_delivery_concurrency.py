"""Delivery hands several messages to the relay at once, each on its own connection and never
more than `delivery.connections`; a refusal touches only its own message, and a round cut
short leaves what it did not finish queued for the next one."""

from __future__ import annotations

import asyncio
import contextlib
import sqlite3
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from intake.app import App
from tests.conftest import Clock, aiosmtpd_server, intake_settings
from tests.helpers import enquiry, send

ENQUIRIES = 3  # each makes a forward and an acknowledgement (3 a day per sender)
WAIT = 10.0  # seconds a held DATA waits for the others before giving up (never, when it works)


class GatedRelay:
    """A real SMTP relay that answers no DATA until `together` of them are under way at once."""

    def __init__(self, together: int) -> None:
        self.together = together
        self.in_data = 0
        self.most_at_once = 0
        self.sessions: set[int] = set()
        self.delivered: list[bytes] = []
        self.refuse: bytes | None = None  # DATA containing this is refused with a 451
        self.refused = 0
        self.all_in = asyncio.Event()
        self.port = 0

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        self.sessions.add(id(session))
        self.in_data += 1
        self.most_at_once = max(self.most_at_once, self.in_data)
        if self.in_data >= self.together:
            self.all_in.set()
        try:
            await asyncio.wait_for(self.all_in.wait(), WAIT)
        except TimeoutError:
            return "451 4.3.0 only one at a time came"
        finally:
            self.in_data -= 1
        content = bytes(envelope.original_content)
        if self.refuse is not None and self.refuse in content:
            self.refused += 1
            return "451 4.2.0 not this one"
        self.delivered.append(content)
        return "250 2.0.0 Ok"


@pytest.fixture
async def gated() -> AsyncIterator[GatedRelay]:
    relay = GatedRelay(together=3)
    async with aiosmtpd_server(relay, "relay.test") as relay.port:
        yield relay


@pytest.fixture
async def app(tmp_path: Path, gated: GatedRelay, clock: Clock) -> AsyncIterator[App]:
    settings = intake_settings(tmp_path, gated.port, delivery={"connections": gated.together})
    app = App(settings, clock=clock)
    await app.start(workers=False)
    for n in range(ENQUIRIES):
        code, _ = await send(app.port, enquiry(subject=f"Clearance survey, region {n}"))
        assert code == 250
    while await app.pipeline.run_once():
        pass
    yield app
    await app.stop()


def outbound(app: App) -> list[sqlite3.Row]:
    return app.store.conn.execute("SELECT state, attempts FROM outbound ORDER BY id").fetchall()


async def test_messages_go_out_several_at_once_never_more_than_the_setting(
    app: App, gated: GatedRelay
) -> None:
    assert await app.delivery.run_once() == 2 * ENQUIRIES
    assert len(gated.delivered) == 2 * ENQUIRIES
    assert gated.most_at_once == gated.together  # one at a time would have got 451s
    assert len(gated.sessions) <= gated.together  # connections are reused within a round
    assert {row["state"] for row in outbound(app)} == {"sent"}


async def test_a_refused_message_is_deferred_alone(app: App, gated: GatedRelay) -> None:
    gated.refuse = b"region 1"
    assert await app.delivery.run_once() == 2 * ENQUIRIES
    rows = outbound(app)
    deferred = [row for row in rows if row["state"] == "queued"]
    assert 1 <= gated.refused == len(deferred)  # its forward, and its ack if it names it
    assert all(row["attempts"] == 1 for row in deferred)
    assert sum(row["state"] == "sent" for row in rows) == 2 * ENQUIRIES - gated.refused


async def test_a_round_cut_short_leaves_the_unfinished_queued(app: App, gated: GatedRelay) -> None:
    gated.together = 2 * ENQUIRIES  # nobody gets an answer: every send is under way
    round_ = asyncio.ensure_future(app.delivery.run_once())
    connections = app.settings.delivery.connections
    await _until(lambda: gated.in_data == connections or round_.done())
    round_.cancel()
    with contextlib.suppress(asyncio.CancelledError):
        await round_
    assert {row["state"] for row in outbound(app)} == {"queued"}
    assert gated.delivered == []
    gated.together = 1
    assert await app.delivery.run_once() == 2 * ENQUIRIES
    assert {row["state"] for row in outbound(app)} == {"sent"}


async def _until(condition: Any, deadline: float = WAIT) -> None:
    """Let the loop run until `condition()` holds (never by sleeping a fixed time)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + deadline
    while not condition():
        assert loop.time() < end, "condition not reached"
        await asyncio.sleep(0)
