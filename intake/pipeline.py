"""The pipeline worker: takes each stored message from `received` to a terminal state.

Parsing and analysis run in a child process with a time budget (`analyser`), so hostile MIME
never stalls the loop;
the outcome is settled in one store transaction. A message that cannot be processed is
quarantined with its reason, never dropped. After a crash, `received` rows are simply redone.
"""

from __future__ import annotations

import asyncio
import json
import sqlite3
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime

import structlog

from intake import bodies
from intake.analyse import Analysis
from intake.analyser import Analyser, AnalyserUnavailable, AnalysisFailed, AnalysisTimeout
from intake.logs import get_logger
from intake.mailout import MailOut
from intake.models import Envelope
from intake.parse import MessageTooComplex
from intake.rules import Rules
from intake.screen import ScreenPolicy
from intake.settle import Failed, Inbound, Outcome, settle_batch
from intake.store import Store, StoreError

log = get_logger("intake.pipeline")
# Messages settled per transaction at most: the store thread runs one task at a time, so a
# group commit (a sender waiting for its 250) may wait behind a whole batch (~3 ms a message).
SETTLE_BATCH = 8
# How long a settle waits for the rest of its batch once its first message is analysed: one
# transaction (one fsync, and a fifth less CPU in the bench's drain) for a batch, not for each
# message, when the analyser is the slower stage. A message waits this much longer at most.
SETTLE_WAIT = 0.05


def _received(conn: sqlite3.Connection, limit: int) -> list[Inbound]:
    rows = conn.execute(
        "SELECT m.id, m.queue_id, length(b.raw) AS size,"
        " CASE WHEN length(b.raw) <= ? THEN b.raw END AS raw,"
        " m.body_hash, m.mail_from, m.rcpt_tos, m.received_at,"
        " m.id IN (SELECT message_row FROM enquiry_overrides) AS as_enquiry"
        " FROM messages m LEFT JOIN message_bodies b ON b.message_row = m.id"
        " WHERE m.state = 'received' ORDER BY m.id LIMIT ?",
        (bodies.SMALL_BYTES, limit),
    ).fetchall()
    return [
        Inbound(
            id=r["id"],
            queue_id=r["queue_id"],
            raw=bodies.selected(conn, bodies.MESSAGES, r),
            body_hash=r["body_hash"],
            mail_from=r["mail_from"],
            rcpt_tos=tuple(json.loads(r["rcpt_tos"])),
            received_at=r["received_at"],
            as_enquiry=bool(r["as_enquiry"]),
        )
        for r in bodies.within_budget(rows, bodies.row_size)
    ]


class PipelineWorker:
    """Processes what is waiting; `run_once()` returns how many messages reached an end state."""

    def __init__(
        self,
        store: Store,
        mailout: MailOut,
        rules: Callable[[], Rules],
        policy: ScreenPolicy,
        analyser: Analyser,
        batch: int = 50,
        turn: Callable[[], Awaitable[None]] | None = None,
    ) -> None:
        """`turn`: awaited before each settle of a round but the first (the app's
        `ListenerFirst.turn`), so that a round started during a burst settles its messages
        between the listener's group commits rather than in one run of transactions."""
        self.analyser = analyser
        self.store = store
        self.mailout = mailout
        self.rules = rules
        self.policy = policy
        self.batch = batch
        self.turn = turn
        self.queued = asyncio.Event()  # set when outbound mail was queued: wakes delivery

    async def run_once(self) -> int:
        waiting = await self.store.call(_received, self.batch)
        # The analyser children work on the next messages while earlier ones settle; each has
        # the next job queued behind the one it is on (its budget starts when it starts it).
        gate = asyncio.Semaphore(self.analyser.capacity)
        analyses = [asyncio.ensure_future(self._analyse(msg, gate)) for msg in waiting]
        done = 0
        try:
            ready = 0
            while ready < len(waiting):
                # Settle what is analysed by then, in order, as one transaction.
                await analyses[ready]
                await asyncio.wait(analyses[ready : ready + SETTLE_BATCH], timeout=SETTLE_WAIT)
                first = ready
                while (ready < len(waiting) and analyses[ready].done()
                       and ready - first < SETTLE_BATCH):  # fmt: skip
                    ready += 1
                items = [
                    (msg, a.result())
                    for msg, a in zip(waiting[first:ready], analyses[first:ready], strict=True)
                ]
                if first and self.turn is not None:
                    await self.turn()  # the analyser goes on with the next messages meanwhile
                done += await self._settle(items)
        finally:
            for analysis in analyses:
                analysis.cancel()
        return done

    async def _analyse(self, msg: Inbound, gate: asyncio.Semaphore) -> Analysis | str:
        """The analysis, or why the message must be quarantined instead."""
        envelope = Envelope(
            mail_from=msg.mail_from,
            rcpt_tos=msg.rcpt_tos,
            received_at=datetime.fromtimestamp(msg.received_at, UTC),
        )
        rules = self.rules()  # one snapshot for the whole message
        async with gate:
            try:
                return await self.analyser.analyse(
                    msg.raw, envelope, rules, self.policy, msg.as_enquiry
                )
            except MessageTooComplex as error:
                return f"too complex: {error}"
            except AnalysisTimeout as error:
                return str(error)
            except AnalyserUnavailable:
                raise  # our fault: the message stays `received`, the next round retries
            except AnalysisFailed as error:  # raised in the child: its exception's type name
                log.error("message.analysis_failed", queue_id=msg.queue_id, error=str(error))
                return f"processing failed ({error})"
            except Exception as error:
                log.exception("message.analysis_failed", queue_id=msg.queue_id)
                return f"processing failed ({type(error).__name__})"

    async def _settle(self, items: list[tuple[Inbound, Analysis | str]]) -> int:
        try:
            results = await self.store.call(settle_batch, items, self.mailout)
        except StoreError:
            log.exception("message.settle_deferred", messages=len(items))  # retried next round
            return 0
        for (msg, analysis), result in zip(items, results, strict=True):
            structlog.contextvars.bind_contextvars(queue_id=msg.queue_id)
            try:
                self._report(analysis, result)
            finally:
                structlog.contextvars.unbind_contextvars("queue_id", "case", "message_id")
        return len(items)

    def _report(self, analysis: Analysis | str, result: Outcome | Failed) -> None:
        if isinstance(result, Failed):
            if result.error is not None:
                log.error("message.settle_failed", exc_info=result.error)
            log.warning("message.quarantined", reason=result.reason)
            return
        assert not isinstance(analysis, str)
        structlog.contextvars.bind_contextvars(
            case=result.case_ref, message_id=analysis.parsed.message_id
        )
        log.info(
            "message.processed",
            kind=result.kind.value,
            state=result.state.value,
            topic=analysis.classification.topic if analysis.classification else None,
            confidence=analysis.classification.confidence if analysis.classification else None,
            reason=result.reason,
            outbound=list(result.outbound),
        )
        if result.reopened_from is not None:  # logged once committed, as the rest
            log.info("cases.reopened", case=result.case_ref, previous_state=result.reopened_from)
        if result.ack_refusal is not None:
            level = log.warning if result.ack_refusal.code == "global_pause" else log.info
            level("ack.suppressed", reason=result.ack_refusal.code)
        if result.outbound:
            self.queued.set()
