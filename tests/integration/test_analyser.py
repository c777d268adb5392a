"""Analysis in child processes: routes like the thread does, quarantines what it must."""

from __future__ import annotations

import asyncio
import os
import signal
from collections.abc import AsyncIterator
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest

from intake import analyser as analyser_module
from intake.analyse import Analysis
from intake.analyser import Analyser, AnalyserUnavailable, AnalysisTimeout
from intake.analyser_child import NICENESS
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


class Standalone:
    """An analyser of its own, outside any App, with what each analysis needs."""

    def __init__(self, budget: float) -> None:
        self.analyser = Analyser(workers=1, budget=budget)
        self.policy = screen_policy(intake_settings(Path("/nonexistent"), None), b"k" * 32)
        self.rules = load_rules(ROOT / "routing_rules")
        self.envelope = Envelope(mail_from="a@b.example", rcpt_tos=(INTAKE,),
                                 received_at=datetime.now(UTC))  # fmt: skip

    async def analyse(self, message: EmailMessage) -> Analysis:
        raw = message.as_bytes()
        return await self.analyser.analyse(raw, self.envelope, self.rules, self.policy, False)


@pytest.fixture
async def standalone() -> AsyncIterator[Standalone]:
    it = Standalone(budget=60)
    yield it
    await it.analyser.close()


async def test_analysis_over_its_budget_is_stopped_and_the_next_one_runs(
    standalone: Standalone,
) -> None:
    standalone.analyser.budget = 0.0001
    with pytest.raises(AnalysisTimeout):
        await standalone.analyse(enquiry())
    standalone.analyser.budget = 60
    assert (await standalone.analyse(enquiry())).classification is not None


async def test_queued_jobs_come_back_to_their_own_callers(standalone: Standalone) -> None:
    subjects = [f"Clearance assistance, request number {n}" for n in range(8)]
    analyses = await asyncio.gather(*(standalone.analyse(enquiry(subject=s)) for s in subjects))
    assert [a.parsed.subject for a in analyses] == subjects


async def test_a_child_that_died_is_replaced_and_the_job_rerun(standalone: Standalone) -> None:
    await standalone.analyse(enquiry())
    [child] = standalone.analyser._children
    os.kill(child.proc.pid, signal.SIGKILL)
    assert (await standalone.analyse(enquiry())).classification is not None
    assert [c.proc.pid for c in standalone.analyser._children] != [child.proc.pid]


async def test_children_yield_the_cores_to_the_listener_when_they_are_busy(
    standalone: Standalone,
) -> None:
    await standalone.analyse(enquiry())
    [child] = standalone.analyser._children
    ours = os.getpriority(os.PRIO_PROCESS, 0)
    assert os.getpriority(os.PRIO_PROCESS, child.proc.pid) == min(ours + NICENESS, 19)


async def test_a_message_larger_than_a_pipe_write_crosses_whole(standalone: Standalone) -> None:
    message = enquiry()
    message.add_attachment(os.urandom(3_000_000), "application", "pdf", filename="survey.pdf")
    analyses = await asyncio.gather(standalone.analyse(message), standalone.analyse(enquiry()))
    [attachment] = analyses[0].parsed.attachments
    assert (attachment.filename, attachment.size) == ("survey.pdf", 3_000_000)
    assert analyses[1].classification is not None


async def test_without_an_analyser_child_messages_wait_instead_of_being_quarantined(
    in_children: App, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (await send(in_children.port, enquiry()))[0] == 250
    monkeypatch.setattr(analyser_module, "CHILD_MODULE", "intake.no_such_module")
    with pytest.raises(AnalyserUnavailable):
        await in_children.pipeline.run_once()
    assert [r["state"] for r in rows(in_children, "SELECT state FROM messages")] == ["received"]

    monkeypatch.undo()
    await drain(in_children)
    assert [r["state"] for r in rows(in_children, "SELECT state FROM messages")] == ["routed"]


async def test_a_caller_cancelled_while_its_message_is_sent_leaves_the_pipe_whole(
    standalone: Standalone,
) -> None:
    await standalone.analyse(enquiry())  # the child is running
    [child] = standalone.analyser._children
    big = enquiry()
    big.add_attachment(os.urandom(5_000_000), "application", "pdf", filename="survey.pdf")
    sending = asyncio.ensure_future(standalone.analyse(big))
    while not child.jobs:  # its frame is on the way: 5 MB take many writes through the pipe
        await asyncio.sleep(0)
    sending.cancel()
    analysis = await standalone.analyse(enquiry(subject="Clearance assistance, the next one"))
    assert analysis.parsed.subject == "Clearance assistance, the next one"
    assert standalone.analyser._children == [child]  # not killed for a garbled stream
