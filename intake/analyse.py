"""The pure half of the pipeline: parse → screen → classify → route, with no store and no I/O.

`pipeline` adds what needs the store (duplicates, cases, limits); `explain`, `eval` and
`rules diff` use this alone, so what they show is what the service would do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from intake.classify import classify
from intake.models import (
    Classification,
    Envelope,
    Kind,
    ParsedMessage,
    Route,
    Screening,
)
from intake.parse import parse_message
from intake.route import day_of, holders, resolve_route, roster_contact
from intake.rules import GENERAL, Rules
from intake.screen import ScreenPolicy, screen, strip_untrusted


@dataclass(frozen=True)
class Analysis:
    parsed: ParsedMessage
    screening: Screening
    kind: Kind  # enquiry, internal, or a noise kind; follow_up/duplicate come from the store
    classification: Classification | None
    route: Route | None  # for enquiries and internal mail off any case
    reason: str


def analyse_parsed(
    parsed: ParsedMessage,
    envelope: Envelope,
    rules: Rules,
    policy: ScreenPolicy,
    at: datetime | None = None,
    *,
    as_enquiry: bool = False,
) -> Analysis:
    """Decide kind, topic and route for an already parsed message.

    `as_enquiry`: an admin asked for a screened message to be handled as an enquiry anyway.
    """
    screening = screen(parsed, envelope, policy)
    if as_enquiry and screening.kind is not Kind.ENQUIRY:
        screening = _overruled(screening)
    when = at or envelope.received_at
    if screening.kind is not Kind.ENQUIRY:
        return Analysis(parsed, screening, screening.kind, None, None, screening.reason)
    trusted = parsed.model_copy(
        update={"headers": strip_untrusted(parsed.headers, policy.authserv_ids)}
    )
    sender = parsed.from_address or envelope.mail_from
    contact = roster_contact(rules, sender) if sender else None
    if contact is not None:
        # Off any case, a coordinator's mail goes to the ISU alone (SPEC: kinds table).
        isu = rules.fallback_role
        route = Route(topic=GENERAL, to=holders(rules, isu, day_of(when, rules)), roles_to=(isu,))
        reason = f"from roster contact {contact.id}: internal mail"
        return Analysis(trusted, screening, Kind.INTERNAL, None, route, reason)
    classification = classify(trusted, rules)
    route = resolve_route(rules, classification.topic, day_of(when, rules))
    reason = f"{screening.reason}; {classification.reason}" if as_enquiry else classification.reason
    return Analysis(trusted, screening, Kind.ENQUIRY, classification, route, reason)


def _overruled(screening: Screening) -> Screening:
    """An enquiry by an admin's decision; never acknowledged (it did look like a robot)."""
    was = f"screened as {screening.kind.value}: {screening.reason}"
    return Screening(
        kind=Kind.ENQUIRY,
        reason=f"reprocessed as an enquiry on request ({was})",
        acknowledge_allowed=False,
        flags=screening.flags,
    )


def analyse(
    raw: bytes,
    envelope: Envelope,
    rules: Rules,
    policy: ScreenPolicy,
    at: datetime | None = None,
    *,
    as_enquiry: bool = False,
) -> Analysis:
    """Parse and analyse; raises parse.MessageTooComplex for messages past the MIME caps."""
    return analyse_parsed(parse_message(raw), envelope, rules, policy, at, as_enquiry=as_enquiry)
