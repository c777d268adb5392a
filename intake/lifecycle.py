"""The lifecycle worker: the time-based half of cases, beside the pipeline and delivery workers.

Each round reminds about unanswered cases, closes quiet answered ones, sends the daily digest of
screened mail, tells the ISU about rejected rule edits and dead letters, and once a day applies
the retention policy (`store.retain_days`), against a clock.
"""

from __future__ import annotations

import asyncio
import sqlite3
from collections.abc import Callable
from datetime import UTC, datetime

from intake import cases, retention
from intake.digest import send_digest
from intake.logs import get_logger
from intake.mailout import MailOut
from intake.models import Route
from intake.notices import isu_addresses, queue_notice, tell_dead_letters, tell_rejected
from intake.route import day_of, holders
from intake.store import Store, transaction

log = get_logger("intake.lifecycle")
DAY = 86_400
ROUND_SECONDS = 15.0
# A purge that failed (the store busy, say) is tried again after this, not every round.
PURGE_RETRY_SECONDS = 3600.0
# Bodies one purge round deletes at most: it holds the store thread, so intake's commits wait
# for it. A store that was never purged catches up over the next rounds instead.
PURGE_ROUND_BYTES = 32 << 20

Step = Callable[[sqlite3.Connection, MailOut, float], int]


class LifecycleWorker:
    """Does what is due by the clock; `run_once()` returns how many things it did."""

    def __init__(
        self,
        store: Store,
        out: MailOut,
        problems: Callable[[], list[str]],
        wake_delivery: asyncio.Event | None = None,
        interval: float = ROUND_SECONDS,
    ) -> None:
        self.store = store
        self.out = out
        self.problems = problems  # the lines of the last rejected rules reload, or []
        self.wake_delivery = wake_delivery
        self.interval = interval
        # When the next purge is due; in memory, so each start purges in its first round.
        # Read and written on the store thread only (the steps run there).
        self.purge_due = float("-inf")

    async def run_once(self) -> int:
        problems = list(self.problems())

        def rejected(conn: sqlite3.Connection, out: MailOut, now: float) -> int:
            return tell_rejected(conn, out, problems, now)

        steps: list[Step] = [
            remind,
            close_quiet,
            send_digest,
            rejected,
            tell_dead_letters,
            self.purge,
        ]
        done = await self.store.call(run_steps, self.out, steps)
        if done and self.wake_delivery is not None:
            self.wake_delivery.set()
        return done

    async def idle(self) -> None:
        """Between rounds: nothing here is urgent to the second."""
        await asyncio.sleep(self.interval)

    def purge(self, conn: sqlite3.Connection, out: MailOut, now: float) -> int:
        """The retention policy, at most once a day: bodies must not outlive `retain_days`
        because nobody set up `intake purge` in cron.

        Always 0: what a step counts wakes delivery and starts the next round at once, and a
        purge queues no mail. `retention.purge_some` logs what went (counts only).
        """
        if now < self.purge_due:
            return 0
        self.purge_due = now + PURGE_RETRY_SECONDS  # if it raises: not again at every round
        days = out.settings.store.retain_days
        _, more = retention.purge_some(conn, days, now, PURGE_ROUND_BYTES)
        self.purge_due = now if more else now + DAY  # more is due: the next round goes on
        return 0


def run_steps(conn: sqlite3.Connection, out: MailOut, steps: list[Step]) -> int:
    """Each step in its own transaction; one that fails is logged and the others still run."""
    now = out.clock()
    done = 0
    for step in steps:
        try:
            done += step(conn, out, now)
        except Exception:
            log.exception("lifecycle.step_failed", step=step.__name__)
    return done


# An open case waits for an answer since it was opened, corrected (rerouted) or reopened by a
# follow-up, whichever came last. Multi-argument MAX() is NULL if any argument is: hence COALESCE.
_UNANSWERED = """
SELECT * FROM (
    SELECT c.*, MAX(COALESCE((SELECT MAX(corrected_at) FROM case_corrections k
                              WHERE k.case_ref = c.ref), c.opened_at),
                    COALESCE(c.reopened_at, c.opened_at)) AS waiting_since
    FROM cases c WHERE c.state = 'open'
) AS w
WHERE waiting_since <= :due
  AND NOT EXISTS (SELECT 1 FROM case_reminders r
                  WHERE r.case_ref = w.ref AND r.sent_at >= w.waiting_since)
ORDER BY opened_at
"""


def remind(conn: sqlite3.Connection, out: MailOut, now: float) -> int:
    """One reminder per unanswered open case, to its people and the ISU, never twice to anyone."""
    due = now - out.settings.cases.remind_after_days * DAY
    reminded = 0
    with transaction(conn):
        for case in conn.execute(_UNANSWERED, {"due": due}).fetchall():
            reminded += _remind_case(conn, out, case, now)
    return reminded


def _remind_case(conn: sqlite3.Connection, out: MailOut, case: sqlite3.Row, now: float) -> int:
    ref = case["ref"]
    people = (*case_route_today(out, Route.model_validate_json(case["route"])), *isu_addresses(out))
    already = _reminded(conn, case)
    rcpt_tos = tuple(a for a in dict.fromkeys(people) if a not in already)
    conn.executemany(
        "INSERT INTO case_reminders (case_ref, address, sent_at) VALUES (?, ?, ?)"
        " ON CONFLICT (case_ref, address) DO UPDATE SET sent_at = excluded.sent_at",
        [(ref, address, now) for address in ("", *rcpt_tos)],  # "": when it was last considered
    )
    if not rcpt_tos:
        return 0
    days = int((now - case["waiting_since"]) // DAY)
    topic = out.rules().topics.get(case["topic"])
    context = {
        "case_ref": ref,
        "topic": case["topic"],
        "topic_label": topic.label.get("en", topic.id) if topic else case["topic"],
        "sender": case["sender"] or "(unknown sender)",
        "subject": case["subject"],
        "days": days,
        "opened": _day(case["opened_at"]),
        "reopened": _day(case["reopened_at"]) if case["reopened_at"] else None,
        "recipients": list(rcpt_tos),
        "intake_address": out.intake_address,
    }
    subject = f"[{ref}] Reminder: no answer after {days} days: {case['subject']}"
    return int(queue_notice(conn, out, "reminder", context, subject, rcpt_tos, ref))


def _reminded(conn: sqlite3.Connection, case: sqlite3.Row) -> set[str]:
    """Who was reminded of this case already: ever, or since it was last reopened, for a
    reopened case is a new wait (a correction is not: nobody is reminded twice for it)."""
    rows = conn.execute(
        "SELECT address FROM case_reminders WHERE case_ref = ? AND sent_at >= ?",
        (case["ref"], case["reopened_at"] or 0.0),
    )
    return {r["address"] for r in rows}


def _day(at: float) -> str:
    return datetime.fromtimestamp(at, UTC).strftime("%Y-%m-%d")


def case_route_today(out: MailOut, route: Route) -> tuple[str, ...]:
    """The case's people now: anyone whose role term has ended is replaced by today's holder."""
    rules = out.rules()
    day = day_of(datetime.fromtimestamp(out.clock(), UTC), rules)
    roles = {r.role for r in (*route.to, *route.cc) if r.role}
    today = cases.route_now(route, {role: holders(rules, role, day) for role in roles})
    return tuple(a.lower() for a in today.addresses)


def close_quiet(conn: sqlite3.Connection, out: MailOut, now: float) -> int:
    """Answered cases with no mail for `cases.close_after_days` close by themselves."""
    quiet_since = now - out.settings.cases.close_after_days * DAY
    with transaction(conn):
        refs = [
            r["ref"]
            for r in conn.execute(
                "SELECT ref FROM cases WHERE state = 'answered' AND updated_at <= ?",
                (quiet_since,),
            )
        ]
        for ref in refs:
            close_case(conn, ref, now)
    if refs:
        log.info("cases.closed", cases=refs, why="answered and quiet")
    return len(refs)


def close_case(conn: sqlite3.Connection, ref: str, now: float) -> bool:
    """Close one case (in the caller's transaction); False when it is unknown or closed."""
    cursor = conn.execute(
        "UPDATE cases SET state = 'closed', closed_at = ?, updated_at = ?"
        " WHERE ref = ? AND state != 'closed'",
        (now, now, ref),
    )
    return cursor.rowcount == 1
