"""Reading `routing_rules/`: every file parsed and shape-checked, then checked for meaning.

`rules` builds the `Rules` snapshot from a `RuleFiles` that has no errors.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TypeVar

from intake.rules_check import check_route, check_routing, check_topic, check_topic_ids
from intake.rules_roster import check_roster
from intake.rules_schema import RosterFile, RoutingFile, TopicFile
from intake.rules_source import Problem, Source, read_source, validate

ROSTER = "roster.toml"
ROUTING = "routing.toml"
TOPICS = "topics"
_FileT = TypeVar("_FileT", RosterFile, RoutingFile, TopicFile)


@dataclass
class RuleFiles:
    """All rule files read and shape-checked; the pieces that failed are None or missing."""

    directory: Path
    problems: list[Problem] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    roster: tuple[Source, RosterFile] | None = None
    routing: tuple[Source, RoutingFile] | None = None
    topics: list[tuple[Source, TopicFile]] = field(default_factory=list)

    def __post_init__(self) -> None:
        if not self.directory.is_dir():
            what = f"the rules folder '{self.directory}' does not exist"
            self.problems.append(Problem(file=str(self.directory), where="(folder)", what=what))
            return
        self.roster = self._read(ROSTER, RosterFile)
        self.routing = self._read(ROUTING, RoutingFile)
        topic_dir = self.directory / TOPICS
        # editors leave hidden and backup files beside the real ones; only *.toml are rules
        names = sorted(p.name for p in topic_dir.glob("*.toml") if not p.name.startswith("."))
        if not names:
            what = "no topic files: every message would be 'general'"
            problem = Problem(file=TOPICS, where="(folder)", what=what, severity="warning")
            self.problems.append(problem)
        for name in names:
            topic = self._read(f"{TOPICS}/{name}", TopicFile)
            if topic:
                self.topics.append(topic)

    def _read(self, file: str, model: type[_FileT]) -> tuple[Source, _FileT] | None:
        source, problems = read_source(self.directory, file)
        self.problems += problems
        if source is None:
            return None
        self.sources.append(source)
        parsed, problems = validate(source, model)
        self.problems += problems
        return (source, parsed) if parsed is not None else None

    def check(self, today: date) -> list[Problem]:
        routing = self.routing[1] if self.routing else None
        languages = routing.classification.languages if routing else None
        fallback = routing.classification.fallback_role if routing else "isu"
        problems: list[Problem] = []
        if self.roster:
            problems += check_roster(*self.roster, fallback, today)
        if self.routing:
            problems += check_routing(*self.routing)
        for source, topic in self.topics:
            problems += check_topic(source, topic, languages)
        problems += check_topic_ids(self.topics)
        return problems + self._check_roles(fallback)

    def _check_roles(self, fallback: str) -> list[Problem]:
        if not self.roster:
            return []  # unknown roles cannot be told from a roster that did not load
        roles = self.roster[1].roles
        problems: list[Problem] = []
        if self.routing:
            source, routing = self.routing
            problems += check_route(source, ("general", "route"), routing.general.route, roles)
            if fallback not in roles:
                what = f"unknown role '{fallback}': define the fallback role in roster.toml"
                problems.append(source.problem(("classification", "fallback_role"), what))
        for source, topic in self.topics:
            problems += check_route(source, ("route",), topic.route, roles)
        return problems
