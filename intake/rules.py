"""The routing rules: `routing_rules/` read, checked completely, and frozen into one snapshot.

`load_rules` gives the `Rules` that `classify` and `route` use (or raises `RulesError` saying
every reason at once); `check_rules` is `intake rules check`.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field

from intake.models import Frozen
from intake.rules_check import GENERAL
from intake.rules_read import ROSTER, ROUTING, TOPICS, RuleFiles
from intake.rules_schema import DEFAULT_FRAMING_TOPICS, GeneralEntry, SignalEntry, TopicFile
from intake.rules_source import Problem, Source

__all__ = [
    "GENERAL",
    "Contact",
    "Problem",
    "Resource",
    "Rules",
    "RulesError",
    "Signal",
    "Term",
    "Topic",
    "Weights",
    "check_rules",
    "inspect_rules",
    "load_rules",
]

DEFAULT_TIMEZONE = "Europe/Zurich"


class Contact(Frozen):
    id: str
    name: str
    email: str


class Term(Frozen):
    """One holding of a role: from `start` to `until`, both days included."""

    start: date
    until: date | None = None  # None: open-ended
    members: tuple[str, ...]  # contact ids

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.until is None or day <= self.until)


class Signal(Frozen):
    term: str  # a word or phrase; a trailing * matches any ending
    weight: float


class Resource(Frozen):
    title: dict[str, str]
    url: str


class Topic(Frozen):
    id: str
    label: dict[str, str]
    articles: tuple[int, ...] = ()
    signals: dict[str, tuple[Signal, ...]] = Field(default_factory=dict)  # by language
    route_to: tuple[str, ...]  # role ids
    route_cc: tuple[str, ...] = ()
    resources: tuple[Resource, ...] = ()
    guidance: dict[str, str] = Field(default_factory=dict)


class Weights(Frozen):
    """How much a signal counts by where it was found in a message."""

    subject: float
    body: float
    quoted: float
    attachment: float
    forwarded: float
    article: float


class Rules(Frozen):
    topics: dict[str, Topic]  # every topics/*.toml, then "general"
    contacts: dict[str, Contact]
    roles: dict[str, tuple[Term, ...]]  # oldest term first
    weights: Weights
    threshold: float
    min_score: float
    languages: tuple[str, ...]
    fallback_role: str = "isu"
    # topics whose requests frame the other topics named with them (see `classify`)
    framing_topics: frozenset[str] = frozenset(DEFAULT_FRAMING_TOPICS)
    timezone: str = DEFAULT_TIMEZONE
    version: str  # short sha256 of the rule files: tells which rules routed a message
    directory: Path


class RulesError(Exception):
    """The rules have at least one error; `problems` lists all findings, errors first."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = sorted(problems, key=lambda problem: problem.severity != "error")
        errors = [str(problem) for problem in self.problems if problem.severity == "error"]
        super().__init__("rules rejected:\n" + "\n".join(errors))


def load_rules(directory: Path, *, timezone: str = DEFAULT_TIMEZONE) -> Rules:
    """The rules in `directory`, or `RulesError` if anything in them is an error."""
    rules, problems = inspect_rules(directory, timezone=timezone)
    if rules is None:
        raise RulesError(problems)
    return rules


def check_rules(
    directory: Path, *, timezone: str = DEFAULT_TIMEZONE, today: date | None = None
) -> list[Problem]:
    """Every error and warning in `directory` (`today` decides which terms are current)."""
    return inspect_rules(directory, timezone=timezone, today=today)[1]


def inspect_rules(
    directory: Path, *, timezone: str = DEFAULT_TIMEZONE, today: date | None = None
) -> tuple[Rules | None, list[Problem]]:
    """The rules (None when any error) and every problem, from one reading of the files."""
    files = RuleFiles(directory)
    problems = files.problems
    zone_problem = _check_timezone(timezone)
    if zone_problem:
        problems.append(zone_problem)
        timezone = "UTC"
    if today is None:
        today = datetime.now(ZoneInfo(timezone)).date()
    problems += files.check(today) + _check_framing(files)
    problems.sort(key=_reading_order)
    if any(problem.severity == "error" for problem in problems):
        return None, problems
    return _build(files, timezone), problems


def _reading_order(problem: Problem) -> tuple[int, str, int]:
    """Findings file by file (roster, routing, then topics), then line by line."""
    rank = {ROSTER: 0, ROUTING: 1}.get(problem.file, 2)
    return rank, problem.file, problem.line or 0


def _check_timezone(timezone: str) -> Problem | None:
    try:
        ZoneInfo(timezone)
    except (ZoneInfoNotFoundError, ValueError):
        what = f"unknown time zone '{timezone}' (e.g. Europe/Zurich)"
        return Problem(file="(settings)", where="rules.timezone", what=what)
    return None


def _check_framing(files: RuleFiles) -> list[Problem]:
    """Each framing topic written must be a topic file's id: a misspelt one would silently frame
    nothing. Unchecked when a topic file failed to load (its id is unknown)."""
    unread = any(p.file.startswith(f"{TOPICS}/") and p.severity == "error" for p in files.problems)
    if files.routing is None or unread:
        return []
    source, routing = files.routing
    ids = sorted(topic.id for _, topic in files.topics)
    path = ("classification", "framing_topics")
    return [
        source.problem(path, f"unknown topic '{topic}' (topics: {', '.join(ids)})")
        for topic in routing.classification.framing_topics or ()
        if topic not in ids
    ]


def _framing_topics(written: list[str] | None) -> frozenset[str]:
    return frozenset(DEFAULT_FRAMING_TOPICS if written is None else written)


def _build(files: RuleFiles, timezone: str) -> Rules:
    assert files.roster and files.routing, "built only when every file loaded"
    roster, routing = files.roster[1], files.routing[1]
    topics = {topic.id: _topic(topic) for _, topic in files.topics}
    topics[GENERAL] = _general(routing.general)
    return Rules(
        topics=topics,
        contacts={
            key: Contact(id=key, name=c.name, email=c.email.strip())
            for key, c in roster.contacts.items()
        },
        roles={
            role: tuple(Term(start=t.start, until=t.until, members=tuple(t.members)) for t in terms)
            for role, terms in roster.roles.items()
        },
        weights=Weights(**routing.weights.model_dump()),
        threshold=routing.classification.threshold,
        min_score=routing.classification.min_score,
        languages=tuple(dict.fromkeys(routing.classification.languages)),
        fallback_role=routing.classification.fallback_role,
        framing_topics=_framing_topics(routing.classification.framing_topics),
        timezone=timezone,
        version=_version(files.sources),
        directory=files.directory,
    )


def _topic(topic: TopicFile) -> Topic:
    return Topic(
        id=topic.id,
        label=topic.label,
        articles=tuple(topic.articles),
        signals=_signals(topic.signals),
        route_to=tuple(topic.route.to),
        route_cc=tuple(topic.route.cc),
        resources=tuple(Resource(title=r.title, url=r.url) for r in topic.resources),
        guidance=topic.guidance,
    )


def _signals(by_language: dict[str, list[SignalEntry]]) -> dict[str, tuple[Signal, ...]]:
    return {
        code: tuple(Signal(term=s.term.strip(), weight=s.weight) for s in signals)
        for code, signals in by_language.items()
    }


def _general(general: GeneralEntry) -> Topic:
    return Topic(
        id=GENERAL,
        label=general.label,
        signals=_signals(general.signals),
        route_to=tuple(general.route.to),
        route_cc=tuple(general.route.cc),
        resources=tuple(Resource(title=r.title, url=r.url) for r in general.resources),
        guidance=general.guidance,
    )


def _version(sources: list[Source]) -> str:
    digest = hashlib.sha256()
    for source in sorted(sources, key=lambda s: s.file):
        digest.update(source.file.encode() + b"\0" + source.raw + b"\0")
    return digest.hexdigest()[:12]
