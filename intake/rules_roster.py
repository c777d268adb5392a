"""Checks of meaning for `roster.toml`: addresses, members, and the succession of terms.

Called by `rules` after the file's shape is known to be right; returns problems, raises nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from datetime import date, timedelta

from intake.rules_schema import RosterFile, TermEntry
from intake.rules_source import Problem, Severity, Source

_EMAIL = re.compile(
    r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
    r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+"
)
_DAY = timedelta(days=1)


def is_email(address: str) -> bool:
    """A bare address `local@domain.tld`: no display name, no spaces, no line breaks."""
    return _EMAIL.fullmatch(address) is not None


def is_placeholder_host(host: str) -> bool:
    """RFC 2606 reserves `.invalid`: the roster marks addresses nobody has given us yet."""
    return host.lower().rstrip(".").endswith(".invalid")


def fallback_words(fallback_role: str) -> str:
    return "the ISU" if fallback_role == "isu" else f"the '{fallback_role}' role"


def check_roster(
    source: Source, roster: RosterFile, fallback_role: str, today: date
) -> list[Problem]:
    problems = _check_contacts(source, roster)
    for role, terms in roster.roles.items():
        succession = _Succession(source, role, fallback_role, today)
        problems += _check_members(source, role, terms, roster.contacts)
        problems += succession.check(terms)
    return problems


def _check_contacts(source: Source, roster: RosterFile) -> list[Problem]:
    problems: list[Problem] = []
    for contact_id, contact in roster.contacts.items():
        path = ("contacts", contact_id)
        if not contact.name.strip():
            problems.append(source.problem((*path, "name"), "the name is empty"))
        if not is_email(contact.email):
            what = f"'{contact.email}' is not a valid email address (write only name@domain)"
            problems.append(source.problem((*path, "email"), what))
        elif is_placeholder_host(contact.email.rpartition("@")[2]):
            what = "placeholder (.invalid): mail to it cannot be delivered; write the real address"
            problems.append(source.problem((*path, "email"), what, "warning"))
    return problems


def _check_members(
    source: Source, role: str, terms: list[TermEntry], contacts: Collection[str]
) -> list[Problem]:
    problems: list[Problem] = []
    for index, term in enumerate(terms):
        path = ("roles", role, index)
        if not term.members:
            what = "a term needs at least one member (leave a gap instead to fall back to the ISU)"
            problems.append(source.problem((*path, "members"), what))
        for position, member in enumerate(term.members):
            if member not in contacts:
                what = (
                    f"unknown contact '{member}': add it as [contacts.{member}] "
                    "or correct the spelling"
                )
                problems.append(source.problem((*path, "members", position), what))
        if term.until is not None and term.until < term.start:
            what = f"the term ends ({term.until}) before it starts ({term.start})"
            problems.append(source.problem((*path, "until"), what))
    return problems


class _Succession:
    """Terms of one role must follow each other; a vacancy today sends mail to the fallback.

    Vacancies wholly in the past are history and not reported. For the fallback role itself a
    vacancy is an error: mail for it would have nowhere to go.
    """

    def __init__(self, source: Source, role: str, fallback_role: str, today: date) -> None:
        self.source, self.role, self.today = source, role, today
        self.is_fallback = role == fallback_role
        self.vacant = f"the role falls back to {fallback_words(fallback_role)}"
        if self.is_fallback:
            self.vacant = "mail for this role would have no recipient"
        self.problems: list[Problem] = []

    def check(self, terms: list[TermEntry]) -> list[Problem]:
        if not terms:
            self.report((), f"the role has no term: {self.vacant}")
            return self.problems
        first = terms[0]
        if first.start > self.today:
            what = f"the first term starts on {first.start}: until then {self.vacant}"
            self.report((0, "from"), what)
        for index in range(1, len(terms)):
            self.pair(index, terms[index - 1], terms[index])
        self.last(len(terms) - 1, terms[-1])
        return self.problems

    def pair(self, index: int, previous: TermEntry, term: TermEntry) -> None:
        if term.start <= previous.start:
            what = (
                f"terms must be listed oldest first: this one starts on {term.start}, "
                f"not after the previous one ({previous.start})"
            )
            self.report((index, "from"), what, "error")
        elif previous.until is None:
            what = (
                "overlaps the previous term, which has no `until` (open-ended): "
                f"give it `until = {term.start - _DAY}`"
            )
            self.report((index, "from"), what, "error")
        elif term.start <= previous.until:
            what = (
                f"overlaps the previous term, which runs until {previous.until}: "
                f"start this term on {previous.until + _DAY} or later"
            )
            self.report((index, "from"), what, "error")
        elif term.start > previous.until + _DAY and term.start - _DAY >= self.today:
            what = f"gap from {previous.until + _DAY} to {term.start - _DAY}: {self.vacant}"
            self.report((index, "from"), what)

    def last(self, index: int, term: TermEntry) -> None:
        if term.until is None:
            return
        if term.until < self.today:
            what = f"the last term ended on {term.until} and has no successor: {self.vacant}"
            self.report((index, "until"), what)
        elif self.is_fallback:
            what = f"the last term ends on {term.until}: add its successor before then"
            self.report((index, "until"), what, "warning")

    def report(
        self, path: tuple[int | str, ...], what: str, severity: Severity | None = None
    ) -> None:
        if severity is None:
            severity = "error" if self.is_fallback else "warning"
        self.problems.append(self.source.problem(("roles", self.role, *path), what, severity))
