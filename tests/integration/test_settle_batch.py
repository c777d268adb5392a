"""A batch of messages settles in one transaction, yet each message stands or falls alone."""

from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime
from typing import Any

import pytest

from intake import pipeline
from intake.analyse import Analysis, analyse
from intake.app import App
from intake.mailout import MailOut
from intake.models import Envelope
from intake.pipeline import _received
from intake.settle import Failed, Inbound, Outcome, settle_batch
from intake.store import StoreError
from tests.helpers import enquiry, send


async def analysed(app: App, count: int) -> list[tuple[Inbound, Analysis | str]]:
    for n in range(count):
        assert (await send(app.port, enquiry(subject=f"Clearance assistance, request {n}")))[
            0
        ] == 250
    waiting = await app.store.call(_received, 50)
    items: list[tuple[Inbound, Analysis | str]] = []
    for msg in waiting:
        envelope = Envelope(mail_from=msg.mail_from, rcpt_tos=msg.rcpt_tos,
                            received_at=datetime.fromtimestamp(msg.received_at, UTC))  # fmt: skip
        items.append((msg, analyse(msg.raw, envelope, app.rulebook.rules(), app.policy)))
    return items


def states(app: App) -> list[tuple[str, str | None]]:
    rows = app.store.conn.execute("SELECT state, reason FROM messages ORDER BY id").fetchall()
    return [(r["state"], r["reason"]) for r in rows]


def count(app: App, table: str) -> int:
    return int(app.store.conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])


async def test_a_message_that_fails_to_settle_is_quarantined_alone(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = await analysed(intake, 3)
    items[1] = (items[1][0], "analysis took longer than 10 s")  # a failed analysis rides along
    plan = MailOut.plan_forward

    def failing(self: MailOut, raw: bytes, *args: Any, **kwargs: Any) -> Any:
        if b"request 2" in raw:
            raise RuntimeError("secret detail")
        return plan(self, raw, *args, **kwargs)

    monkeypatch.setattr(MailOut, "plan_forward", failing)
    results = await intake.store.call(settle_batch, items, intake.pipeline.mailout)

    assert [type(r) for r in results] == [Outcome, Failed, Failed]
    assert states(intake) == [
        ("routed", results[0].reason),
        ("quarantined", "analysis took longer than 10 s"),
        ("quarantined", "processing failed (RuntimeError)"),
    ]
    # The third message's case and mail were rolled back with it: one case, forward and ack.
    assert count(intake, "cases") == 1 and count(intake, "outbound") == 2


async def test_a_store_fault_leaves_the_whole_batch_received_for_the_next_round(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    items = await analysed(intake, 2)
    plan = MailOut.plan_forward
    calls = 0

    def disk_fault_once(self: MailOut, *args: Any, **kwargs: Any) -> Any:
        nonlocal calls
        calls += 1
        if calls == 2:
            raise sqlite3.OperationalError("disk I/O error")
        return plan(self, *args, **kwargs)

    monkeypatch.setattr(MailOut, "plan_forward", disk_fault_once)
    with pytest.raises(StoreError):
        await intake.store.call(settle_batch, items, intake.pipeline.mailout)
    assert [state for state, _ in states(intake)] == ["received", "received"]
    assert count(intake, "cases") == 0 and count(intake, "outbound") == 0

    assert await intake.pipeline.run_once() == 2
    assert [state for state, _ in states(intake)] == ["routed", "routed"]


@pytest.mark.parametrize(("messages", "transactions"), [(1, 1), (8, 1), (9, 2)])
async def test_the_pipeline_settles_what_it_analysed_in_batches(
    intake: App, monkeypatch: pytest.MonkeyPatch, messages: int, transactions: int
) -> None:
    """A settle waits briefly for the rest of its batch: one transaction, one fsync, for up to
    SETTLE_BATCH messages rather than one each (here the wait is long: it never runs out)."""
    for n in range(messages):
        code, _ = await send(intake.port, enquiry(subject=f"Clearance assistance, request {n}"))
        assert code == 250
    batches: list[int] = []

    def counted(conn: sqlite3.Connection, items: list[Any], mailout: MailOut) -> Any:
        batches.append(len(items))
        return settle_batch(conn, items, mailout)

    monkeypatch.setattr(pipeline, "settle_batch", counted)
    monkeypatch.setattr(pipeline, "SETTLE_WAIT", 60.0)
    assert await intake.pipeline.run_once() == messages
    assert len(batches) == transactions and sum(batches) == messages
    assert {state for state, _ in states(intake)} == {"routed"}


async def test_a_round_waits_its_turn_before_each_settle_but_the_first(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    """During a burst, a round's later settles wait for a lull (`ListenerFirst.turn`), so that
    the listener's group commits do not queue behind a run of settle transactions."""
    assert intake.pipeline.turn == intake.priority.turn  # how the app wires it
    for n in range(pipeline.SETTLE_BATCH + 3):
        code, _ = await send(intake.port, enquiry(subject=f"Clearance assistance, request {n}"))
        assert code == 250
    monkeypatch.setattr(pipeline, "SETTLE_WAIT", 60.0)  # whole batches
    turn_taken = asyncio.Event()
    lull = asyncio.Event()
    seen: list[list[str]] = []

    async def turn() -> None:
        seen.append([state for state, _ in states(intake)])
        turn_taken.set()
        await lull.wait()

    intake.pipeline.turn = turn
    round_ = asyncio.create_task(intake.pipeline.run_once())
    await asyncio.wait_for(turn_taken.wait(), 30)
    # The first batch settled without waiting; the second waits for the lull.
    assert seen == [["routed"] * pipeline.SETTLE_BATCH + ["received"] * 3]
    lull.set()
    assert await asyncio.wait_for(round_, 30) == pipeline.SETTLE_BATCH + 3
    assert {state for state, _ in states(intake)} == {"routed"} and len(seen) == 1
