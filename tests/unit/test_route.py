"""Routing: who holds a role on a given day, and the de-duplicated route of a topic."""

from __future__ import annotations

from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from intake.models import Recipient
from intake.route import UnknownTopicError, day_of, holders, resolve_route, roster_contact
from intake.rules import Contact, Rules, Term, Topic, Weights

LAST_DAY = date(2026, 9, 30)
FIRST_DAY = date(2026, 10, 1)


def contact(contact_id: str, email: str | None = None) -> Contact:
    address = email or f"{contact_id}@example.org"
    return Contact(id=contact_id, name=contact_id.title(), email=address)


def make_rules(topics: dict[str, Topic] | None = None, /, **roles: tuple[Term, ...]) -> Rules:
    contacts = [contact("isu"), contact("alpha"), contact("beta"), contact("gamma")]
    contacts.append(contact("isu-desk", "ISU@Example.org"))  # the ISU's address, other case
    return Rules(
        topics={
            "clearance": topic("clearance", ("clearance-coordinators",), ("isu",)),
            "general": topic("general", ("isu",), ("cooperation-coordinators",)),
            **(topics or {}),
        },
        contacts={c.id: c for c in contacts},
        roles={
            "isu": (Term(start=date(2015, 5, 1), members=("isu",)),),
            "clearance-coordinators": (
                Term(start=date(2025, 10, 1), until=LAST_DAY, members=("alpha", "beta")),
                Term(start=FIRST_DAY, members=("beta", "gamma")),
            ),
            "cooperation-coordinators": (Term(start=date(2025, 10, 1), members=("alpha",)),),
            **roles,
        },
        weights=Weights(subject=3, body=1, quoted=0.2, attachment=2, forwarded=0.8, article=4),
        threshold=0.5,
        min_score=2.0,
        languages=("en", "fr", "es"),
        version="test",
        directory=Path("rules"),
    )


def topic(topic_id: str, to: tuple[str, ...], cc: tuple[str, ...]) -> Topic:
    return Topic(id=topic_id, label={"en": topic_id.title()}, route_to=to, route_cc=cc)


def addresses(recipients: tuple[Recipient, ...]) -> list[str]:
    return [recipient.address for recipient in recipients]


# --- holders ------------------------------------------------------------------------------


def test_term_still_holds_on_its_last_day() -> None:
    found = holders(make_rules(), "clearance-coordinators", LAST_DAY)
    assert addresses(found) == ["alpha@example.org", "beta@example.org"]


def test_next_term_holds_from_its_first_day() -> None:
    found = holders(make_rules(), "clearance-coordinators", FIRST_DAY)
    assert addresses(found) == ["beta@example.org", "gamma@example.org"]


def test_holders_carry_name_and_role() -> None:
    first = holders(make_rules(), "clearance-coordinators", FIRST_DAY)[0]
    assert first == Recipient(
        address="beta@example.org", name="Beta", role="clearance-coordinators"
    )


def test_gap_between_terms_falls_back_to_the_isu() -> None:
    gap = (
        Term(start=date(2025, 10, 1), until=LAST_DAY, members=("alpha",)),
        Term(start=date(2026, 10, 15), members=("beta",)),
    )
    rules = make_rules(**{"clearance-coordinators": gap})
    found = holders(rules, "clearance-coordinators", date(2026, 10, 14))
    # the ISU stands in under the vacant role's name, so a follow-up re-resolves that role
    assert found == (
        Recipient(address="isu@example.org", name="Isu", role="clearance-coordinators"),
    )
    assert addresses(holders(rules, "clearance-coordinators", date(2026, 10, 15))) == [
        "beta@example.org"
    ]


def test_term_not_yet_started_falls_back_to_the_isu() -> None:
    found = holders(make_rules(), "clearance-coordinators", date(2025, 9, 30))
    assert addresses(found) == ["isu@example.org"]


def test_role_without_terms_falls_back_to_the_isu() -> None:
    rules = make_rules(**{"legislation-coordinators": ()})
    assert addresses(holders(rules, "legislation-coordinators", FIRST_DAY)) == ["isu@example.org"]


def test_vacant_fallback_role_has_no_holders() -> None:
    rules = make_rules(isu=(Term(start=date(2015, 5, 1), until=LAST_DAY, members=("isu",)),))
    assert holders(rules, "isu", FIRST_DAY) == ()


# --- day_of -------------------------------------------------------------------------------


def test_late_evening_utc_on_the_last_day_is_already_the_next_day_in_zurich() -> None:
    assert day_of(datetime(2026, 9, 30, 23, 30, tzinfo=UTC), make_rules()) == FIRST_DAY


def test_evening_in_zurich_is_still_the_same_day() -> None:
    assert day_of(datetime(2026, 9, 30, 21, 59, tzinfo=UTC), make_rules()) == LAST_DAY


def test_naive_time_is_taken_as_utc() -> None:
    assert day_of(datetime(2026, 9, 30, 23, 30), make_rules()) == FIRST_DAY


def test_day_of_follows_the_configured_timezone() -> None:
    rules = make_rules().model_copy(update={"timezone": "America/New_York"})
    assert day_of(datetime(2026, 10, 1, 3, 0, tzinfo=UTC), rules) == LAST_DAY


def test_message_arriving_just_after_midnight_in_geneva_reaches_the_new_term() -> None:
    rules = make_rules()
    day = day_of(datetime(2026, 9, 30, 23, 30, tzinfo=UTC), rules)
    assert "alpha@example.org" not in addresses(holders(rules, "clearance-coordinators", day))


# --- resolve_route ------------------------------------------------------------------------


def test_route_resolves_to_and_cc_roles() -> None:
    route = resolve_route(make_rules(), "clearance", FIRST_DAY)
    assert route.topic == "clearance"
    assert addresses(route.to) == ["beta@example.org", "gamma@example.org"]
    assert addresses(route.cc) == ["isu@example.org"]
    assert (route.roles_to, route.roles_cc) == (("clearance-coordinators",), ("isu",))


def test_address_in_to_is_not_repeated_in_cc() -> None:
    clearance = topic("clearance", ("clearance-coordinators",), ("isu", "x"))
    rules = make_rules({"clearance": clearance}, x=(Term(start=date(2025, 1, 1), members=_X),))
    route = resolve_route(rules, "clearance", FIRST_DAY)
    # isu-desk's "ISU@Example.org" is the ISU's address in another case: kept once
    assert addresses(route.cc) == ["isu@example.org"]
    assert addresses(route.to) == ["beta@example.org", "gamma@example.org"]


_X = ("beta", "isu-desk")


def test_member_of_two_to_roles_appears_once() -> None:
    to = ("clearance-coordinators", "cooperation-coordinators")
    rules = make_rules({"clearance": topic("clearance", to, ())})
    route = resolve_route(rules, "clearance", LAST_DAY)
    assert addresses(route.to) == ["alpha@example.org", "beta@example.org"]


def test_vacant_to_role_sends_to_the_isu_once() -> None:
    rules = make_rules(**{"clearance-coordinators": ()})
    route = resolve_route(rules, "clearance", FIRST_DAY)
    assert addresses(route.to) == ["isu@example.org"]
    assert route.cc == ()


def test_general_goes_to_the_isu_with_cooperation_coordinators_in_copy() -> None:
    route = resolve_route(make_rules(), "general", FIRST_DAY)
    assert (addresses(route.to), addresses(route.cc)) == (
        ["isu@example.org"],
        ["alpha@example.org"],
    )


def test_unknown_topic_raises() -> None:
    with pytest.raises(UnknownTopicError):
        resolve_route(make_rules(), "universalization", FIRST_DAY)


# --- roster_contact -----------------------------------------------------------------------


def test_roster_contact_matches_any_case() -> None:
    found = roster_contact(make_rules(), "Gamma@EXAMPLE.org")
    assert found is not None and found.id == "gamma"


def test_roster_contact_ignores_surrounding_brackets_and_spaces() -> None:
    found = roster_contact(make_rules(), " <beta@example.org> ")
    assert found is not None and found.id == "beta"


def test_stranger_is_not_a_roster_contact() -> None:
    assert roster_contact(make_rules(), "someone@mfa.example") is None
