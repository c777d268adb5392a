"""Metrics: counters fed by the structlog events the service already emits, gauges read from the
store when `/metrics` is scraped. One `Metrics` per App, on its own CollectorRegistry.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections.abc import Callable, MutableMapping
from dataclasses import dataclass
from typing import Any

import structlog
from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest

from intake import admin
from intake.settings import AckSettings

EventDict = MutableMapping[str, Any]
SMTP_SECONDS_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0)


@dataclass
class RelayState:
    """What the last delivery attempt said about the relay: `unknown`, `ok` or `failing`."""

    state: str = "unknown"
    since: float | None = None
    last_error: str | None = None

    def note(self, state: str, now: float, error: str | None = None) -> None:
        if state != self.state:
            self.since = now
        self.state = state
        self.last_error = error[:200] if error else None


class Metrics:
    """Prometheus metrics of one intake; `processor` goes into the structlog chain."""

    def __init__(self, ack: AckSettings, clock: Callable[[], float] = time.time) -> None:
        self.ack = ack
        self.clock = clock
        self.relay = RelayState()
        self.registry = CollectorRegistry()
        self._counters()
        self._gauges()
        self._handlers: dict[str, Callable[[EventDict], None]] = {
            "message.accepted": self._accepted,
            "message.refused": self._refused,
            "message.processed": self._processed,
            "message.quarantined": lambda e: self.quarantined.inc(),
            "ack.suppressed": self._ack_suppressed,
            "outbound.sent": self._sent,
            "outbound.deferred": self._deferred,
            "outbound.dead": self._dead,
            "rules.reloaded": lambda e: self.rules_reloads.inc(),
            "rules.rejected": lambda e: self.rules_rejections.inc(),
            "store.disk_low": lambda e: self.disk_low.inc(),
            "worker.failed": lambda e: self.worker_failures.inc(),
        }

    def _counters(self) -> None:
        r = self.registry
        self.accepted = Counter(
            "intake_messages_accepted", "Messages answered 250 after DATA (durable)", registry=r
        )
        self.refused = Counter(
            "intake_messages_refused", "SMTP refusals by reply code", ["code"], registry=r
        )
        self.processed = Counter(
            "intake_messages_processed",
            "Messages through the pipeline by kind, state and topic",
            ["kind", "state", "topic"],
            registry=r,
        )
        self.quarantined = Counter(
            "intake_messages_quarantined", "Messages that could not be processed", registry=r
        )
        self.acks_sent = Counter(
            "intake_acks_sent", "Acknowledgements handed to the relay", registry=r
        )
        self.acks_suppressed = Counter(
            "intake_acks_suppressed",
            "Enquiries not acknowledged, by reason",
            ["reason"],
            registry=r,
        )
        self.deliveries = Counter(
            "intake_deliveries",
            "Delivery attempts by kind and result (sent, deferred, dead)",
            ["kind", "result"],
            registry=r,
        )
        self.rules_reloads = Counter("intake_rules_reloads", "Rule reloads taken", registry=r)
        self.rules_rejections = Counter(
            "intake_rules_rejections", "Rule edits rejected (last good rules kept)", registry=r
        )
        self.disk_low = Counter(
            "intake_store_disk_low", "MAIL refused for lack of disk space", registry=r
        )
        self.worker_failures = Counter(
            "intake_worker_failures", "Worker rounds that raised (retried)", registry=r
        )
        self.smtp_seconds = Histogram(
            "intake_smtp_data_seconds",
            "From the end of DATA to the 250 (durable store)",
            buckets=SMTP_SECONDS_BUCKETS,
            registry=r,
        )

    def _gauges(self) -> None:
        r = self.registry
        self.queue_depth = Gauge(
            "intake_outbound_queue_depth", "Outbound mail waiting for delivery", registry=r
        )
        self.oldest_age = Gauge(
            "intake_outbound_oldest_age_seconds",
            "Age of the oldest waiting outbound mail",
            registry=r,
        )
        self.dead_letters = Gauge(
            "intake_dead_letters", "Outbound mail that could not be delivered", registry=r
        )
        self.quarantine = Gauge(
            "intake_quarantined_messages", "Inbound messages held in quarantine", registry=r
        )
        self.waiting = Gauge(
            "intake_messages_waiting", "Accepted messages not yet processed", registry=r
        )
        self.acks_paused = Gauge(
            "intake_acks_paused",
            "1 while acknowledgements pause (global limit reached)",
            registry=r,
        )
        self.relay_failing = Gauge(
            "intake_relay_failing", "1 while the last delivery attempt was deferred", registry=r
        )
        self.rules_loaded = Gauge(
            "intake_rules_loaded_timestamp_seconds",
            "When the rules in force were loaded",
            registry=r,
        )

    def processor(self, logger: Any, method_name: str, event_dict: EventDict) -> EventDict:
        """A structlog processor: counts the events it knows and passes every event on."""
        handler = self._handlers.get(str(event_dict.get("event")))
        if handler is not None:
            with contextlib.suppress(Exception):  # metrics never break the code that logs
                handler(event_dict)
        return event_dict

    def attach(self) -> None:
        """Put `processor` at the head of the structlog chain configured now."""
        chain = list(structlog.get_config()["processors"])
        if self.processor not in chain:
            structlog.configure(processors=[self.processor, *chain])

    def detach(self) -> None:
        chain = structlog.get_config()["processors"]
        structlog.configure(processors=[p for p in chain if p != self.processor])

    def _accepted(self, event: EventDict) -> None:
        self.accepted.inc()
        if isinstance(event.get("seconds"), int | float):
            self.smtp_seconds.observe(float(event["seconds"]))

    def _refused(self, event: EventDict) -> None:
        self.refused.labels(code=str(event.get("code", "unknown"))).inc()

    def _processed(self, event: EventDict) -> None:
        self.processed.labels(
            kind=str(event.get("kind")),
            state=str(event.get("state")),
            topic=str(event.get("topic") or "none"),
        ).inc()

    def _ack_suppressed(self, event: EventDict) -> None:
        self.acks_suppressed.labels(reason=str(event.get("reason", "unknown"))).inc()

    def _sent(self, event: EventDict) -> None:
        self.deliveries.labels(kind=str(event.get("kind")), result="sent").inc()
        if event.get("kind") == "ack":
            self.acks_sent.inc()
        self.relay.note("ok", self.clock())

    def _deferred(self, event: EventDict) -> None:
        self.deliveries.labels(kind=str(event.get("kind")), result="deferred").inc()
        self.relay.note("failing", self.clock(), str(event.get("error") or ""))

    def _dead(self, event: EventDict) -> None:
        # A permanent refusal says the relay answered: its state stays what it was.
        self.deliveries.labels(kind=str(event.get("kind")), result="dead").inc()

    def refresh(self, conn: sqlite3.Connection, rules_loaded_at: float) -> None:
        """Read the gauges from the store (run on the store thread, at scrape time)."""
        now = self.clock()
        status = admin.status(conn, now)
        self.queue_depth.set(status["queue_depth"])
        self.oldest_age.set(status["oldest_queued_seconds"])
        self.dead_letters.set(status["dead_letters"])
        self.quarantine.set(status["quarantined"])
        self.waiting.set(status["waiting"])
        self.acks_paused.set(int(status["acks_last_10min"] >= self.ack.global_per_10min))
        self.relay_failing.set(int(self.relay.state == "failing"))
        self.rules_loaded.set(rules_loaded_at)

    def exposition(self) -> bytes:
        return generate_latest(self.registry)
