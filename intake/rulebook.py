"""The live snapshot of rules and templates, validated together and swapped whole on reload.

A message is handled against the snapshot it started with; a broken edit leaves the last good
snapshot in place and reports the same lines as `intake rules check`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from intake.logs import get_logger
from intake.rules import Rules, RulesError, inspect_rules, load_rules
from intake.template_check import check_templates
from intake.templates import Templates

log = get_logger("intake.rulebook")


@dataclass(frozen=True)
class Snapshot:
    rules: Rules
    templates: Templates
    loaded_at: datetime


def check_all(rules_dir: Path, templates_dir: Path, timezone: str) -> tuple[list[str], list[str]]:
    """Errors and warnings of rules and templates together, as `rules check` prints them."""
    rules, problems = inspect_rules(rules_dir, timezone=timezone)
    errors = [str(p) for p in problems if p.severity == "error"]
    warnings = [str(p) for p in problems if p.severity == "warning"]
    return errors + check_templates(templates_dir, rules_dir, timezone, rules is not None), warnings


class RuleBookError(Exception):
    """Rules or templates failed validation; `lines` are the `rules check` lines."""

    def __init__(self, lines: list[str]) -> None:
        super().__init__("\n".join(lines))
        self.lines = lines


def load_snapshot(rules_dir: Path, templates_dir: Path, timezone: str) -> Snapshot:
    try:
        rules = load_rules(rules_dir, timezone=timezone)
    except RulesError as error:
        raise RuleBookError([str(p) for p in error.problems if p.severity == "error"]) from None
    problems = check_templates(templates_dir, rules_dir, timezone, True)
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
        self.problems: list[str] = []  # the last rejected reload's lines; [] once one succeeds

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
            self.problems = error.lines
            return error.lines
        self.snapshot = snapshot
        self.problems = []
        log.info("rules.reloaded", version=snapshot.rules.version)
        return []
