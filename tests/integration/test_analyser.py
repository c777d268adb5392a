"""Analysis in child processes: routes like the thread does, quarantines what it must."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from intake.analyser import Analyser, AnalysisTimeout
from intake.app import App, screen_policy
from intake.models import Envelope
from intake.rules import load_rules
from tests.conftest import INTAKE, ROOT, Clock, RelaySink, intake_settings
from tests.helpers import enquiry, send
from tests.integration.test_core import drain, rows


@pytest.fixture
async def in_children(tmp_path: Path, sink: RelaySink, clock: Clock) -> AsyncIterator[App]:
    app = App(intake_settings(tmp_path, sink.port, pipeline={"workers": 1}), clock=clock)
    await app.start(workers=False)
    yield app
    await app.stop()


async def test_enquiry_analysed_in_a_child_is_routed_and_acknowledged(
    in_children: App, sink: RelaySink
) -> None:
    assert (await send(in_children.port, enquiry()))[0] == 250
    await drain(in_children)
    assert len(sink.of_kind("forward")) == 1 and len(sink.of_kind("ack")) == 1
    [row] = rows(in_children, "SELECT kind, topic FROM messages")
    assert (row["kind"], row["topic"]) == ("enquiry", "clearance")


async def test_message_past_the_mime_caps_is_quarantined_across_the_process_boundary(
    in_children: App,
) -> None:
    nested = b"".join(
        f'Content-Type: multipart/mixed; boundary="b{i}"\r\n\r\n--b{i}\r\n'.encode()
        for i in range(60)
    )
    raw = b"From: a@b.example\r\nTo: " + INTAKE.encode() + b"\r\nSubject: deep\r\n" + nested
    assert (await send(in_children.port, raw))[0] == 250
    await drain(in_children)
    [row] = rows(in_children, "SELECT state, reason FROM messages")
    assert row["state"] == "quarantined" and "too complex" in row["reason"]


async def test_analysis_over_its_budget_is_stopped_and_the_next_one_runs() -> None:
    settings = intake_settings(Path("/nonexistent"), None)
    policy = screen_policy(settings, b"k" * 32)
    rules = load_rules(ROOT / "routing_rules")
    envelope = Envelope(mail_from="a@b.example", rcpt_tos=(INTAKE,), received_at=datetime.now(UTC))
    analyser = Analyser(workers=1, budget=0.0001)
    try:
        with pytest.raises(AnalysisTimeout):
            await analyser.analyse(enquiry().as_bytes(), envelope, rules, policy, False)
        analyser.budget = 60
        analysis = await analyser.analyse(enquiry().as_bytes(), envelope, rules, policy, False)
        assert analysis.classification is not None
    finally:
        await analyser.close()


async def test_queued_jobs_come_back_to_their_own_callers() -> None:
    settings = intake_settings(Path("/nonexistent"), None)
    policy = screen_policy(settings, b"k" * 32)
    rules = load_rules(ROOT / "routing_rules")
    envelope = Envelope(mail_from="a@b.example", rcpt_tos=(INTAKE,),
                        received_at=datetime.now(UTC))  # fmt: skip
    analyser = Analyser(workers=1, budget=60)
    subjects = [f"Clearance assistance, request number {n}" for n in range(8)]
    try:
        jobs = [analyser.analyse(enquiry(subject=s).as_bytes(), envelope, rules, policy, False)
                for s in subjects]  # fmt: skip
        analyses = await asyncio.gather(*jobs)
        assert [a.parsed.subject for a in analyses] == subjects
    finally:
        await analyser.close()


async def test_a_child_that_died_is_replaced_and_the_job_rerun() -> None:
    settings = intake_settings(Path("/nonexistent"), None)
    policy = screen_policy(settings, b"k" * 32)
    rules = load_rules(ROOT / "routing_rules")
    envelope = Envelope(mail_from="a@b.example", rcpt_tos=(INTAKE,),
                        received_at=datetime.now(UTC))  # fmt: skip
    analyser = Analyser(workers=1, budget=60)
    try:
        await analyser.analyse(enquiry().as_bytes(), envelope, rules, policy, False)
        [child] = analyser._children
        os.kill(child.proc.pid, signal.SIGKILL)
        analysis = await analyser.analyse(enquiry().as_bytes(), envelope, rules, policy, False)
        assert analysis.classification is not None
        assert [c.proc.pid for c in analyser._children] != [child.proc.pid]
    finally:
        await analyser.close()
