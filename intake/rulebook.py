"""The live snapshot of rules and templates, validated together and swapped whole on reload.

A message is handled against the snapshot it started with; a broken edit leaves the last good
snapshot in place and reports the same lines as `intake rules check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from intake.logs import get_logger
from intake.mailout import ack_context
from intake.rules import Rules, RulesError, inspect_rules, load_rules
from intake.templates import FORWARD_SUMMARY, TemplateProblem, Templates

log = get_logger("intake.rulebook")


@dataclass(frozen=True)
class Snapshot:
    rules: Rules
    templates: Templates
    loaded_at: datetime


def check_templates(directory: Path, rules: Rules | None) -> list[str]:
    """Load the templates and render each with a sample context; one line per problem."""
    try:
        templates = Templates(directory)
    except TemplateProblem as error:
        return [str(error)]
    problems: list[str] = []
    topics = list(rules.topics) if rules else []
    for lang in templates.ack_languages:
        for name in (f"ack/{lang}.txt.j2", f"ack/{lang}.html.j2"):
            if rules is None:
                continue
            for topic in topics:
                context = ack_context(templates, rules, lang, "CCM-2026-0001", topic, "a@b.c")
                context["sender_name"] = "Sample Sender"
                try:
                    templates.render(name, context)
                except TemplateProblem as error:
                    problems.append(str(error))
                    break
    try:
        templates.render(FORWARD_SUMMARY, sample_summary_context())
    except TemplateProblem as error:
        problems.append(str(error))
    return problems


def sample_summary_context() -> dict[str, object]:
    return {
        "case_ref": "CCM-2026-0001",
        "topic": "clearance",
        "topic_label": "Clearance",
        "follow_up": False,
        "kind": "enquiry",
        "sender": "a@example.org",
        "sender_name": "Sample",
        "subject": "Sample",
        "reason": "sample",
        "classification": {
            "topic": "clearance",
            "confidence": 0.9,
            "scores": {"clearance": 5.0},
            "evidence": [{"topic": "clearance", "term": "survey", "where": "body", "weight": 1}],
            "language": "en",
            "reason": "sample",
        },
        "flags": [],
        "to_roles": ["clearance-coordinators"],
        "cc_roles": ["isu"],
        "attachments": ["report.pdf"],
    }


def check_all(rules_dir: Path, templates_dir: Path, timezone: str) -> tuple[list[str], list[str]]:
    """Errors and warnings of rules and templates together, as `rules check` prints them."""
    rules, problems = inspect_rules(rules_dir, timezone=timezone)
    errors = [str(p) for p in problems if p.severity == "error"]
    warnings = [str(p) for p in problems if p.severity == "warning"]
    return errors + check_templates(templates_dir, rules), warnings


class RuleBookError(Exception):
    """Rules or templates failed validation; `lines` are the `rules check` lines."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def load_snapshot(rules_dir: Path, templates_dir: Path, timezone: str) -> Snapshot:
    try:
        rules = load_rules(rules_dir, timezone=timezone)
    except RulesError as error:
        raise RuleBookError([str(p) for p in error.problems]) from None
    problems = check_templates(templates_dir, rules)
    if problems:
        raise RuleBookError(problems)
    return Snapshot(rules, Templates(templates_dir), datetime.now(UTC))


class RuleBook:
    """Holds the current snapshot; `reload()` swaps it only when everything validates."""

    def __init__(self, rules_dir: Path, templates_dir: Path, timezone: str) -> None:
        self.rules_dir = rules_dir
        self.templates_dir = templates_dir
        self.timezone = timezone
        self.snapshot = load_snapshot(rules_dir, templates_dir, timezone)

    def rules(self) -> Rules:
        return self.snapshot.rules

    def templates(self) -> Templates:
        return self.snapshot.templates

    def reload(self) -> list[str]:
        """Load again; on any problem keep the old snapshot and return the problem lines."""
        try:
            snapshot = load_snapshot(self.rules_dir, self.templates_dir, self.timezone)
        except RuleBookError as error:
            log.error("rules.rejected", problems=error.lines, kept=self.snapshot.rules.version)
            return error.lines
        self.snapshot = snapshot
        log.info("rules.reloaded", version=snapshot.rules.version)
        return []
