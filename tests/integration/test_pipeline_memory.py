"""The pipeline reads a stored message once, as one bytes object, and a round loads no more raw
bytes than its budget: queued big messages wait in the store, not in memory."""

from __future__ import annotations

import pytest

from intake import pipeline
from intake.app import App
from intake.pipeline import _received
from tests.helpers import MESSAGES_WITH_RAW, enquiry, send
from tests.integration.test_core import rows


@pytest.mark.parametrize("small", [pipeline.SMALL_BYTES, 0])  # with its row, or by blob handle
async def test_messages_are_read_as_they_were_stored(
    intake: App, monkeypatch: pytest.MonkeyPatch, small: int
) -> None:
    monkeypatch.setattr(pipeline, "SMALL_BYTES", small)
    for n in range(3):
        assert (await send(intake.port, enquiry(subject=f"Clearance request {n}")))[0] == 250
    waiting = await intake.store.call(_received, 50)
    stored = [bytes(r["raw"]) for r in rows(intake, f"{MESSAGES_WITH_RAW} ORDER BY m.id")]
    assert [msg.raw for msg in waiting] == stored


async def test_a_round_past_its_byte_budget_leaves_the_rest_for_the_next(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(3):
        assert (await send(intake.port, enquiry(subject=f"Clearance request {n}")))[0] == 250
    size = len(rows(intake, f"{MESSAGES_WITH_RAW} ORDER BY m.id")[0]["raw"])
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 2 * size + 1)
    assert len(await intake.store.call(_received, 50)) == 2
    monkeypatch.setattr(pipeline, "BATCH_BYTES", 1)  # one message a round, never none
    assert len(await intake.store.call(_received, 50)) == 1
    assert [await intake.pipeline.run_once() for _ in range(4)] == [1, 1, 1, 0]
    assert {r["state"] for r in rows(intake, "SELECT state FROM messages")} == {"routed"}
