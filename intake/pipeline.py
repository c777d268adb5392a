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
from collections.abc import Callable
from datetime import UTC, datetime

import structlog

from intake.analyse import Analysis
from intake.analyser import Analyser, AnalysisTimeout
from intake.logs import get_logger
from intake.mailout import MailOut
from intake.models import Envelope, MessageState
from intake.parse import MessageTooComplex
from intake.rules import Rules
from intake.screen import ScreenPolicy
from intake.settle import Inbound, Outcome, settle
from intake.store import Store, StoreError, transaction

log = get_logger("intake.pipeline")


def _received(conn: sqlite3.Connection, limit: int) -> list[Inbound]:
    rows = conn.execute(
        "SELECT id, queue_id, raw, body_hash, mail_from, rcpt_tos, received_at,"
        " id IN (SELECT message_row FROM enquiry_overrides) AS as_enquiry FROM messages"
        " WHERE state = 'received' ORDER BY id LIMIT ?",
        (limit,),
    ).fetchall()
    return [
        Inbound(
            id=r["id"],
            queue_id=r["queue_id"],
            raw=bytes(r["raw"] or b""),
            body_hash=r["body_hash"],
            mail_from=r["mail_from"],
            rcpt_tos=tuple(json.loads(r["rcpt_tos"])),
            received_at=r["received_at"],
            as_enquiry=bool(r["as_enquiry"]),
        )
        for r in rows
    ]


def _quarantine(conn: sqlite3.Connection, row_id: int, reason: str, now: float) -> None:
    with transaction(conn):
        conn.execute(
            "UPDATE messages SET state = ?, reason = ?, processed_at = ? WHERE id = ?",
            (MessageState.QUARANTINED.value, reason, now, row_id),
        )


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
    ) -> None:
        self.analyser = analyser
        self.store = store
        self.mailout = mailout
        self.rules = rules
        self.policy = policy
        self.batch = batch
        self.queued = asyncio.Event()  # set when outbound mail was queued: wakes delivery

    async def run_once(self) -> int:
        waiting = await self.store.call(_received, self.batch)
        # Each analyser child works on the next message while the previous one settles; no
        # more are queued than there are children, so queueing never eats a time budget.
        gate = asyncio.Semaphore(max(1, self.analyser.workers))
        analyses = [asyncio.ensure_future(self._analyse(msg, gate)) for msg in waiting]
        done = 0
        try:
            for msg, analysis in zip(waiting, analyses, strict=True):
                structlog.contextvars.bind_contextvars(queue_id=msg.queue_id)
                try:
                    done += await self._process(msg, await analysis)
                finally:
                    structlog.contextvars.unbind_contextvars("queue_id", "case", "message_id")
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
            except Exception as error:
                log.exception("message.analysis_failed", queue_id=msg.queue_id)
                return f"processing failed ({type(error).__name__})"

    async def _process(self, msg: Inbound, analysis: Analysis | str) -> int:
        if isinstance(analysis, str):
            return await self._quarantine(msg, analysis)
        return await self._settle(msg, analysis)

    async def _settle(self, msg: Inbound, analysis: Analysis) -> int:
        try:
            outcome: Outcome = await self.store.call(settle, msg, analysis, self.mailout)
        except StoreError:
            log.exception("message.settle_deferred")  # stays `received`; retried next round
            return 0
        except Exception as error:
            log.exception("message.settle_failed")
            return await self._quarantine(msg, f"processing failed ({type(error).__name__})")
        structlog.contextvars.bind_contextvars(
            case=outcome.case_ref, message_id=analysis.parsed.message_id
        )
        log.info(
            "message.processed",
            kind=outcome.kind.value,
            state=outcome.state.value,
            topic=analysis.classification.topic if analysis.classification else None,
            confidence=analysis.classification.confidence if analysis.classification else None,
            reason=outcome.reason,
            outbound=list(outcome.outbound),
        )
        if outcome.ack_refusal is not None:
            level = log.warning if outcome.ack_refusal.code == "global_pause" else log.info
            level("ack.suppressed", reason=outcome.ack_refusal.code)
        if outcome.outbound:
            self.queued.set()
        return 1

    async def _quarantine(self, msg: Inbound, reason: str) -> int:
        await self.store.call(_quarantine, msg.id, reason, self.store.clock())
        log.warning("message.quarantined", reason=reason)
        return 1

