"""Route: who receives a topic's mail on a given day, resolved from the roster's dated terms.

Pure functions over a `Rules` snapshot; the pipeline calls `resolve_route` with `day_of` the
message's arrival, and follow-ups call `holders` again to replace people whose term has ended.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

from intake.models import Recipient, Route
from intake.rules import Contact, Rules


class UnknownTopicError(LookupError):
    """The topic is not in these rules (e.g. a `reroute --topic` with a misspelt name)."""


def day_of(at: datetime, rules: Rules) -> date:
    """The calendar day of `at` where the roster's terms are counted (a naive time is UTC)."""
    if at.tzinfo is None:
        at = at.replace(tzinfo=UTC)
    return at.astimezone(ZoneInfo(rules.timezone)).date()


def holders(rules: Rules, role: str, on: date) -> tuple[Recipient, ...]:
    """Who holds `role` on day `on`; when nobody does, the fallback role's holders stand in.

    Each recipient carries the role asked for (even when the ISU stands in for a vacant one),
    so that a later follow-up re-resolves that role and reaches its new holders.
    """
    members = _members(rules, role, on)
    if not members and role != rules.fallback_role:
        members = _members(rules, rules.fallback_role, on)
    contacts = (rules.contacts[member] for member in members if member in rules.contacts)
    return tuple(Recipient(address=c.email, name=c.name, role=role) for c in contacts)


def _members(rules: Rules, role: str, on: date) -> tuple[str, ...]:
    term = next((term for term in rules.roles.get(role, ()) if term.covers(on)), None)
    return term.members if term else ()


def resolve_route(rules: Rules, topic: str, on: date) -> Route:
    """The topic's `to` and `cc` people on day `on`, each address once, `to` winning over `cc`."""
    found = rules.topics.get(topic)
    if found is None:
        raise UnknownTopicError(f"no topic '{topic}' in rules {rules.version}")
    seen: set[str] = set()
    to = _unique((r for role in found.route_to for r in holders(rules, role, on)), seen)
    cc = _unique((r for role in found.route_cc for r in holders(rules, role, on)), seen)
    return Route(topic=topic, to=to, cc=cc, roles_to=found.route_to, roles_cc=found.route_cc)


def _unique(recipients: Iterable[Recipient], seen: set[str]) -> tuple[Recipient, ...]:
    kept: list[Recipient] = []
    for recipient in recipients:
        key = recipient.address.casefold()
        if key not in seen:
            seen.add(key)
            kept.append(recipient)
    return tuple(kept)


def roster_contact(rules: Rules, address: str) -> Contact | None:
    """The roster contact with this address (any case), to tell coordinators' mail apart."""
    wanted = address.strip().strip("<>").casefold()
    return next((c for c in rules.contacts.values() if c.email.casefold() == wanted), None)
