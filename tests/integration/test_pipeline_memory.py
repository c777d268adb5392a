"""The pipeline reads a stored message once, as one bytes object, and a round of the pipeline
or of delivery loads no more octets than its budget: queued big mail waits in the store, not
in memory."""

from __future__ import annotations

import pytest

from intake import bodies
from intake.app import App
from intake.pipeline import _received
from tests.helpers import MESSAGES_WITH_RAW, enquiry, send
from tests.integration.test_core import rows


@pytest.mark.parametrize("small", [bodies.SMALL_BYTES, 0])  # with its row, or by blob handle
async def test_messages_are_read_as_they_were_stored(
    intake: App, monkeypatch: pytest.MonkeyPatch, small: int
) -> None:
    monkeypatch.setattr(bodies, "SMALL_BYTES", small)
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
    monkeypatch.setattr(bodies, "ROUND_BYTES", 2 * size + 1)
    assert len(await intake.store.call(_received, 50)) == 2
    monkeypatch.setattr(bodies, "ROUND_BYTES", 1)  # one message a round, never none
    assert len(await intake.store.call(_received, 50)) == 1
    assert [await intake.pipeline.run_once() for _ in range(4)] == [1, 1, 1, 0]
    assert {r["state"] for r in rows(intake, "SELECT state FROM messages")} == {"routed"}


async def test_a_delivery_round_past_its_byte_budget_leaves_the_rest_for_the_next(
    intake: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    for n in range(2):
        assert (await send(intake.port, enquiry(subject=f"Clearance request {n}")))[0] == 250
    while await intake.pipeline.run_once():
        pass
    queued = rows(intake, "SELECT id FROM outbound WHERE state = 'queued'")
    assert len(queued) == 4  # a forward and an acknowledgement each
    monkeypatch.setattr(bodies, "ROUND_BYTES", 1)  # one body a round, never none
    assert [await intake.delivery.run_once() for _ in range(5)] == [1, 1, 1, 1, 0]
    assert {r["state"] for r in rows(intake, "SELECT state FROM outbound")} == {"sent"}
