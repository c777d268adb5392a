"""What we send, planned and queued: forwards to coordinators, acknowledgements to States.

Plans are rendered here (templates + compose) and queued as outbound rows in the caller's
transaction; the delivery worker does the sending.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from intake import bodies, cases
from intake.analyse import Analysis
from intake.compose import (
    clean_header,
    compose_ack,
    compose_forward,
    compose_notice,
    link_free,
    new_message_id,
)
from intake.marker import make_marker
from intake.models import Route
from intake.rules import Rules
from intake.settings import Settings
from intake.templates import FORWARD_SUMMARY, Templates


@dataclass(frozen=True)
class Planned:
    kind: str  # forward, ack, notice
    mail_from: str
    rcpt_tos: tuple[str, ...]
    message_id: str
    raw: bytes
    ack_sender: str | None = None


class MailOut:
    """Renders and queues outbound mail against the current rules and templates snapshot."""

    def __init__(
        self,
        settings: Settings,
        rules: Callable[[], Rules],
        templates: Callable[[], Templates],
        marker_key: bytes,
        clock: Callable[[], float],
    ) -> None:
        self.settings = settings
        self.rules = rules
        self.templates = templates
        self.marker_key = marker_key
        self.clock = clock
        self.from_address = settings.delivery.from_address
        self.id_domain = self.from_address.rpartition("@")[2] or "localhost"
        self.intake_address = settings.smtp.intake_addresses[0]

    def _now(self) -> datetime:
        return datetime.fromtimestamp(self.clock(), UTC)

    def _marker(self) -> str:
        return make_marker(self.marker_key, self.settings.smtp.hostname.split(".")[0] or "intake")

    def plan_forward(
        self,
        raw: bytes,
        analysis: Analysis,
        ref: str,
        topic: str,
        route: Route,
        *,
        follow_up: bool,
        note: str = "",
    ) -> Planned:
        parsed = analysis.parsed
        rules = self.rules()
        label = rules.topics[topic].label.get("en", topic) if topic in rules.topics else topic
        context = {
            "case_ref": ref,
            "topic": topic,
            "topic_label": label,
            "follow_up": follow_up,
            "kind": analysis.kind.value,
            "sender": parsed.from_address or "",
            "sender_name": clean_header(parsed.from_name, 80),
            "subject": clean_header(parsed.subject),
            "reason": analysis.reason,
            "classification": analysis.classification.model_dump()
            if analysis.classification
            else None,
            "flags": list(analysis.screening.flags),
            "to_roles": list(route.roles_to),
            "cc_roles": list(route.roles_cc),
            "attachments": [a.filename for a in parsed.attachments],
            "note": note,  # e.g. why an admin rerouted the case
        }
        summary = self.templates().render(FORWARD_SUMMARY, context)
        message_id = new_message_id("fwd", self.id_domain)
        reply_to = tuple(parsed.reply_to) or ((parsed.from_address,) if parsed.from_address else ())
        data = compose_forward(
            from_address=self.from_address,
            intake_address=self.intake_address,
            to=route.to,
            cc=route.cc,
            reply_to=reply_to,
            subject=f"[{ref}] [{label}] {parsed.subject}",
            case_ref=ref,
            topic=topic,
            summary=summary,
            original=raw,
            max_original=self.settings.delivery.max_forward_bytes,
            message_id=message_id,
            when=self._now(),
            marker=self._marker(),
        )
        return Planned("forward", self.from_address, route.addresses, message_id, data)

    def plan_ack(
        self, conn: sqlite3.Connection, analysis: Analysis, ref: str, topic: str, language: str
    ) -> Planned | cases.Refusal:
        """The acknowledgement, or why none goes."""
        parsed = analysis.parsed
        if not analysis.screening.acknowledge_allowed:
            flags = ", ".join(analysis.screening.flags)
            return cases.Refusal("screening", flags or "screening forbids it")
        targets = parsed.reply_to or ((parsed.from_address,) if parsed.from_address else ())
        if len(targets) != 1:
            return cases.Refusal("no_single_address", "no single valid address to answer")
        target = targets[0].lower()
        if target in self.settings.smtp.intake_addresses or target == self.from_address.lower():
            return cases.Refusal("own_address", "the answer address is our own")
        refusal = cases.ack_refusal(conn, target, ref, self.clock(), self.settings.ack)
        if refusal is not None:
            return refusal
        return self._render_ack(analysis, ref, topic, language, target)

    def _render_ack(
        self, analysis: Analysis, ref: str, topic: str, language: str, target: str
    ) -> Planned:
        templates, rules, parsed = self.templates(), self.rules(), analysis.parsed
        lang = templates.ack_language(language)
        context = ack_context(templates, rules, lang, ref, topic, self.intake_address)
        context["sender_name"] = clean_header(parsed.from_name, 80)
        text = templates.render(f"ack/{lang}.txt.j2", context)
        html = templates.render(f"ack/{lang}.html.j2", context)
        word = templates.string(lang, "acknowledgement")
        message_id = new_message_id("ack", self.id_domain)
        data = compose_ack(
            from_address=self.from_address,
            to=target,
            to_name=parsed.from_name,
            subject=f"[{ref}] {word}: {link_free(parsed.subject)}",
            case_ref=ref,
            language=lang,
            text=text,
            html=html,
            in_reply_to=parsed.message_id,
            references=parsed.references,
            message_id=message_id,
            when=self._now(),
            marker=self._marker(),
        )
        return Planned("ack", "", (target,), message_id, data, ack_sender=target)

    def plan_notice(
        self,
        name: str,
        context: dict[str, Any],
        subject: str,
        rcpt_tos: tuple[str, ...],
        ref: str | None,
    ) -> Planned:
        """A notice rendered from `templates/notice/<name>.txt.j2` (see `intake.notices`)."""
        text = self.templates().render(f"notice/{name}.txt.j2", context)
        message_id = new_message_id("ntc", self.id_domain)
        data = compose_notice(
            from_address=self.from_address,
            intake_address=self.intake_address,
            to=rcpt_tos,
            subject=subject,
            notice=name,
            case_ref=ref,
            text=text,
            message_id=message_id,
            when=self._now(),
            marker=self._marker(),
        )
        return Planned("notice", self.from_address, rcpt_tos, message_id, data)

    def queue(
        self, conn: sqlite3.Connection, message_row: int | None, ref: str | None, item: Planned
    ) -> None:
        now = self.clock()
        cursor = conn.execute(
            "INSERT INTO outbound (message_row, case_ref, kind, mail_from, rcpt_tos, message_id,"
            " created_at, next_attempt_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                message_row,
                ref,
                item.kind,
                item.mail_from,
                json.dumps(list(item.rcpt_tos)),
                item.message_id,
                now,
                now,
            ),
        )
        assert cursor.lastrowid is not None  # an INSERT into a rowid table always has one
        bodies.write(conn, bodies.OUTBOUND, cursor.lastrowid, item.raw)
        if ref is not None:
            cases.add_message_id(conn, ref, item.message_id)
            if item.ack_sender is not None:
                cases.record_ack(conn, item.ack_sender, ref, now)


def ack_context(
    templates: Templates, rules: Rules, lang: str, ref: str, topic: str, intake_address: str
) -> dict[str, Any]:
    """The variables an acknowledgement template may use (documented in templates/README.md)."""
    spec = rules.topics.get(topic) or rules.topics["general"]
    roles = [*spec.route_to, *spec.route_cc]
    names = [templates.string(lang, f"role.{role}") for role in roles]
    joiner = f" {templates.string(lang, 'and')} "
    handled_by = names[0] if len(names) == 1 else ", ".join(names[:-1]) + joiner + names[-1]
    return {
        "case_ref": ref,
        "topic": topic,
        "topic_label": spec.label.get(lang) or spec.label.get("en", topic),
        "handled_by": handled_by,
        "resources": [
            {"title": r.title.get(lang) or r.title.get("en", r.url), "url": r.url}
            for r in spec.resources
        ],
        "guidance": spec.guidance.get(lang) or spec.guidance.get("en", ""),
        "intake_address": intake_address,
        "sender_name": "",
    }
