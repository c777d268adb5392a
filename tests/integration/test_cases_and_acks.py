"""Cases and acknowledgements over real SMTP: threading, references, internal replies, the
acknowledgement limits (kept in the store, so they survive a restart) and the ack's shape.

Screening (what is never acknowledged) and header injection are in
`test_cases_and_acks_screening.py`.
"""

from __future__ import annotations

import html
import re
import sqlite3
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from intake.app import App
from intake.rules import load_rules
from tests.conftest import ROOT, Clock, Received, RelaySink, intake_settings
from tests.helpers import MESSAGES_WITH_RAW, enquiry, send
from tests.integration.test_core import drain

DAY = 86_400
ANA = "ana.pereira@mod.example.org"


# --- helpers ------------------------------------------------------------------------------


@asynccontextmanager
async def running(
    tmp_path: Path, sink: RelaySink, clock: Clock, **sections: dict[str, Any]
) -> AsyncIterator[App]:
    """An intake with custom settings, workers not running (the test drives them)."""
    app = App(intake_settings(tmp_path, sink.port, **sections), clock=clock)
    await app.start(workers=False)
    try:
        yield app
    finally:
        await app.stop()


def rows(app: App, sql: str, *args: object) -> list[sqlite3.Row]:
    return app.store.conn.execute(sql, args).fetchall()


def last_message(app: App) -> sqlite3.Row:
    row = rows(app, f"{MESSAGES_WITH_RAW} ORDER BY m.id DESC LIMIT 1")
    assert row, "nothing was stored"
    return row[0]


def case_of(received: Received) -> str:
    return str(received.message["X-Intake-Case"])


def bare_id(received: Received) -> str:
    return str(received.message["Message-ID"]).strip("<>")


async def submit(app: App, message: EmailMessage | bytes, sender: str = ANA) -> None:
    code, text = await send(app.port, message, sender=sender)
    assert code == 250, (code, text)
    await drain(app)


async def first_case(app: App, sink: RelaySink) -> tuple[str, Received, Received]:
    """Send the standard enquiry; returns its case reference, its forward and its ack."""
    await submit(app, enquiry())
    [forward] = sink.of_kind("forward")
    [ack] = sink.of_kind("ack")
    assert case_of(forward) == case_of(ack)
    return case_of(forward), forward, ack


def other_enquiry(n: int, sender: str = ANA, **headers: str) -> EmailMessage:
    """A distinct genuine enquiry (own subject and Message-ID) from `sender`."""
    return enquiry(
        subject=f"Request {n} for assistance with clearance of cluster munition remnants",
        sender=sender,
        **headers,
    )


def parts(received: Received) -> dict[str, str]:
    """The decoded text of each leaf part by content type."""
    found: dict[str, str] = {}
    for part in received.message.walk():
        if not part.is_multipart():
            found[part.get_content_type()] = str(part.get_content())
    return found


FOLLOW_UP_BODY = (
    "Dear colleagues,\n\nFurther to our request, please find below the names of the two"
    " districts concerned: Nord and Est. We remain available for any question.\n\nBest regards"
)


# --- threading ----------------------------------------------------------------------------


async def test_reply_to_our_acknowledgement_joins_the_case_and_is_not_acknowledged(
    intake: App, sink: RelaySink
) -> None:
    ref, _, ack = await first_case(intake, sink)
    reply = enquiry(
        subject="Re: districts concerned",
        body=FOLLOW_UP_BODY,
        In_Reply_To=f"<{bare_id(ack)}>",
        References=f"<{bare_id(ack)}>",
    )
    await submit(intake, reply)

    forwards = sink.of_kind("forward")
    assert len(forwards) == 2 and case_of(forwards[1]) == ref
    assert len(sink.of_kind("ack")) == 1
    row = last_message(intake)
    assert (row["kind"], row["state"], row["case_ref"]) == ("follow_up", "routed", ref)


async def test_follow_up_goes_to_the_recipients_of_the_case(intake: App, sink: RelaySink) -> None:
    _, forward, ack = await first_case(intake, sink)
    reply = enquiry(subject="Re: districts", body=FOLLOW_UP_BODY, In_Reply_To=f"<{bare_id(ack)}>")
    await submit(intake, reply)
    assert sorted(sink.of_kind("forward")[1].rcpt_tos) == sorted(forward.rcpt_tos)


async def test_subject_reference_from_the_same_sender_joins_the_case(
    intake: App, sink: RelaySink
) -> None:
    ref, _, _ = await first_case(intake, sink)
    await submit(intake, enquiry(subject=f"More details [{ref}]", body=FOLLOW_UP_BODY))

    assert [case_of(f) for f in sink.of_kind("forward")] == [ref, ref]
    assert len(sink.of_kind("ack")) == 1
    assert last_message(intake)["kind"] == "follow_up"


async def test_subject_reference_from_a_colleague_at_the_same_domain_joins_the_case(
    intake: App, sink: RelaySink
) -> None:
    ref, _, _ = await first_case(intake, sink)
    colleague = "jean.martin@mod.example.org"
    message = enquiry(
        subject=f"[{ref}] maps of the districts",
        body=FOLLOW_UP_BODY,
        sender=colleague,
        name="Jean Martin",
    )
    await submit(intake, message, sender=colleague)

    assert [case_of(f) for f in sink.of_kind("forward")] == [ref, ref]
    assert len(sink.of_kind("ack")) == 1
    row = last_message(intake)
    assert (row["kind"], row["case_ref"]) == ("follow_up", ref)


async def test_subject_reference_from_the_reply_to_address_we_acknowledged_joins_the_case(
    intake: App, sink: RelaySink
) -> None:
    home = "ana.home@mail.example.net"
    await submit(intake, enquiry(Reply_To=f"Ana <{home}>"))
    [ack] = sink.of_kind("ack")
    assert ack.rcpt_tos == [home]
    ref = case_of(ack)
    await submit(
        intake,
        enquiry(subject=f"[{ref}] more details", body=FOLLOW_UP_BODY, sender=home),
        sender=home,
    )
    row = last_message(intake)
    assert (row["kind"], row["case_ref"]) == ("follow_up", ref)


async def test_subject_reference_from_a_stranger_opens_a_new_case_recording_the_quote(
    intake: App, sink: RelaySink
) -> None:
    ref, _, _ = await first_case(intake, sink)
    stranger = "someone@elsewhere.example"
    message = enquiry(
        subject=f"[{ref}] clearance of cluster munition remnants", sender=stranger, name="Some One"
    )
    await submit(intake, message, sender=stranger)

    new = case_of(sink.of_kind("forward")[1])
    assert new != ref
    [case] = rows(intake, "SELECT quoted_ref FROM cases WHERE ref = ?", new)
    assert case["quoted_ref"] == ref
    assert last_message(intake)["kind"] == "enquiry"
    assert [case_of(a) for a in sink.of_kind("ack")] == [ref, new]  # a new case: acknowledged


async def test_guessed_reference_that_does_not_exist_opens_a_new_case(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry(subject="[CCM-2026-0420] clearance of cluster munition remnants"))
    [forward] = sink.of_kind("forward")
    assert case_of(forward) == "CCM-2026-0001"
    assert rows(intake, "SELECT COUNT(*) FROM cases")[0][0] == 1
    assert last_message(intake)["kind"] == "enquiry"


# --- references ---------------------------------------------------------------------------


async def test_case_references_are_prefix_year_and_an_increasing_sequence(
    intake: App, sink: RelaySink
) -> None:
    for n in range(3):
        await submit(
            intake,
            other_enquiry(n, sender=f"focal{n}@state{n}.example"),
            sender=f"focal{n}@state{n}.example",
        )
    refs = [case_of(f) for f in sink.of_kind("forward")]
    assert refs == ["CCM-2026-0001", "CCM-2026-0002", "CCM-2026-0003"]
    assert all(re.fullmatch(r"CCM-\d{4}-\d{4}", r) for r in refs)


async def test_case_sequence_continues_after_a_restart_and_is_never_reused(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock) as app:
        await submit(app, other_enquiry(1, sender="a@one.example"), sender="a@one.example")
        await submit(app, other_enquiry(2, sender="b@two.example"), sender="b@two.example")
    async with running(tmp_path, sink, clock) as app:
        await submit(app, other_enquiry(3, sender="c@three.example"), sender="c@three.example")
        refs = [r["ref"] for r in rows(app, "SELECT ref FROM cases ORDER BY opened_at, ref")]
    assert refs == ["CCM-2026-0001", "CCM-2026-0002", "CCM-2026-0003"]
    assert [case_of(f) for f in sink.of_kind("forward")] == refs


async def test_case_sequence_starts_again_in_a_new_year(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock) as app:
        await submit(app, other_enquiry(1, sender="a@one.example"), sender="a@one.example")
        clock.advance(120 * DAY)  # 2026-09-21 + 120 days is in 2027
        await submit(app, other_enquiry(2, sender="b@two.example"), sender="b@two.example")
    assert [case_of(f) for f in sink.of_kind("forward")] == ["CCM-2026-0001", "CCM-2027-0001"]


async def test_case_reference_prefix_is_configurable(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock, cases={"prefix": "XYZ"}) as app:
        await submit(app, enquiry())
    [forward] = sink.of_kind("forward")
    [ack] = sink.of_kind("ack")
    assert case_of(forward) == "XYZ-2026-0001"
    assert str(forward.message["Subject"]).startswith("[XYZ-2026-0001] [")
    assert str(ack.message["Subject"]).startswith("[XYZ-2026-0001] ")


# --- internal mail ------------------------------------------------------------------------


async def test_roster_contact_replying_on_a_case_is_recorded_and_marks_it_answered(
    intake: App, sink: RelaySink
) -> None:
    ref, forward, _ = await first_case(intake, sink)
    rules = load_rules(ROOT / "routing_rules")
    contact = rules.contacts["isu"].email
    reply = enquiry(
        subject=f"RE: [{ref}] your request",
        sender=contact,
        name="ISU",
        body="Dear Ana,\n\nThank you; the coordinators will contact you this week.\n\nISU",
        In_Reply_To=f"<{bare_id(forward)}>",
        References=f"<{bare_id(forward)}>",
    )
    before = len(sink.messages)
    await submit(intake, reply, sender=contact)

    row = last_message(intake)
    assert (row["kind"], row["state"], row["case_ref"]) == ("internal", "recorded", ref)
    [case] = rows(intake, "SELECT state FROM cases WHERE ref = ?", ref)
    assert case["state"] == "answered"
    assert len(sink.messages) == before
    assert rows(intake, "SELECT COUNT(*) FROM outbound WHERE message_row = ?", row["id"])[0][0] == 0


async def test_roster_contact_quoting_the_reference_is_recorded_on_the_case(
    intake: App, sink: RelaySink
) -> None:
    ref, _, _ = await first_case(intake, sink)
    contact = load_rules(ROOT / "routing_rules").contacts["isu-director"].email
    reply = enquiry(
        subject=f"[{ref}] next steps",
        sender=contact,
        name="Director",
        body="Dear Ana,\n\nWe will call you on Monday.\n\nBest",
    )
    before = len(sink.messages)
    await submit(intake, reply, sender=contact)

    row = last_message(intake)
    assert (row["kind"], row["state"], row["case_ref"]) == ("internal", "recorded", ref)
    assert len(sink.messages) == before


async def test_roster_contact_writing_off_any_case_goes_to_the_isu_unacknowledged(
    intake: App, sink: RelaySink
) -> None:
    rules = load_rules(ROOT / "routing_rules")
    contact = rules.contacts["isu-director"].email
    message = enquiry(
        subject="Note for the file",
        sender=contact,
        name="Director",
        body="Colleagues,\n\nPlease note the new focal point of Lebanon.\n",
    )
    await submit(intake, message, sender=contact)

    row = last_message(intake)
    assert (row["kind"], row["state"]) == ("internal", "routed")
    [forward] = sink.of_kind("forward")
    assert rules.contacts["isu"].email in forward.rcpt_tos
    assert forward.message["Cc"] is None  # the ISU alone, not the general route's copies
    assert sink.of_kind("ack") == []


# --- acknowledgement limits ---------------------------------------------------------------


async def test_a_case_is_acknowledged_at_most_once(intake: App, sink: RelaySink) -> None:
    ref, _, _ = await first_case(intake, sink)
    for n in range(2):
        await submit(intake, enquiry(subject=f"[{ref}] addition {n}", body=FOLLOW_UP_BODY))
    assert len(sink.of_kind("forward")) == 3
    assert len(sink.of_kind("ack")) == 1
    assert rows(intake, "SELECT COUNT(*) FROM acks WHERE case_ref = ?", ref)[0][0] == 1


async def test_fourth_enquiry_of_a_sender_in_a_day_is_forwarded_but_not_acknowledged(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock, ack={"per_sender_per_day": 3}) as app:
        for n in range(4):
            await submit(app, other_enquiry(n))
            clock.advance(60)
        assert "not acknowledged" in last_message(app)["reason"]
    assert len(sink.of_kind("forward")) == 4
    assert len(sink.of_kind("ack")) == 3


async def test_acknowledgements_to_a_sender_resume_the_next_day(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock, ack={"per_sender_per_day": 3}) as app:
        for n in range(4):
            await submit(app, other_enquiry(n))
        clock.advance(DAY)
        await submit(app, other_enquiry(5))
    assert len(sink.of_kind("ack")) == 4
    assert case_of(sink.of_kind("ack")[-1]) == case_of(sink.of_kind("forward")[-1])


async def test_per_sender_count_survives_a_restart_on_the_same_store(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock, ack={"per_sender_per_day": 3}) as app:
        for n in range(3):
            await submit(app, other_enquiry(n))
    assert len(sink.of_kind("ack")) == 3
    async with running(tmp_path, sink, clock, ack={"per_sender_per_day": 3}) as app:
        await submit(app, other_enquiry(4))
    assert len(sink.of_kind("forward")) == 4
    assert len(sink.of_kind("ack")) == 3


async def test_global_cap_pauses_acknowledgements_while_forwards_go_on(
    tmp_path: Path, sink: RelaySink, clock: Clock
) -> None:
    async with running(tmp_path, sink, clock, ack={"global_per_10min": 2}) as app:
        for n in range(4):
            address = f"focal{n}@state{n}.example"
            await submit(app, other_enquiry(n, sender=address), sender=address)
        assert "paused" in last_message(app)["reason"]
        assert len(sink.of_kind("forward")) == 4
        assert len(sink.of_kind("ack")) == 2

        clock.advance(601)
        await submit(
            app, other_enquiry(9, sender="late@state9.example"), sender="late@state9.example"
        )
    assert len(sink.of_kind("ack")) == 3  # the pause ends once the window has passed


# --- acknowledgement shape ----------------------------------------------------------------


async def test_acknowledgement_envelope_and_headers(intake: App, sink: RelaySink) -> None:
    original = enquiry()
    await submit(intake, original)
    [ack] = sink.of_kind("ack")
    a = ack.message
    assert ack.mail_from in ("", "<>")
    assert ack.rcpt_tos == [ANA]
    assert a["Auto-Submitted"] == "auto-replied"
    assert a["X-Auto-Response-Suppress"] == "All"
    assert a["In-Reply-To"] == original["Message-ID"]
    assert original["Message-ID"] in str(a["References"])
    assert a["Content-Language"] == "en"
    assert len(a.get_all("Subject", [])) == 1
    assert a.get_all("Bcc") is None


async def test_acknowledgement_has_text_and_html_parts_both_giving_the_reference(
    intake: App, sink: RelaySink
) -> None:
    await submit(intake, enquiry())
    [ack] = sink.of_kind("ack")
    found = parts(ack)
    assert set(found) == {"text/plain", "text/html"}
    ref = case_of(ack)
    assert ref in found["text/plain"] and ref in found["text/html"]


async def test_acknowledgement_does_not_quote_the_enquiry(intake: App, sink: RelaySink) -> None:
    body = (
        "Dear ISU,\n\nOur survivors' association in the Quetzal valley asks for support:"
        " 37 survivors need prosthetic fitting, physiotherapy and psychological support after"
        " cluster munition accidents.\n\nRegards,\nMarta"
    )
    await submit(intake, enquiry(subject="Victim assistance request", body=body))
    [ack] = sink.of_kind("ack")
    decoded = "\n".join(parts(ack).values())
    for fragment in ("Quetzal valley", "prosthetic fitting", "37 survivors"):
        assert fragment not in decoded
        assert fragment.encode() not in ack.data


FRENCH = (
    "Madame, Monsieur,\n\nLe ministère de la Santé sollicite l'appui de l'Unité d'appui à"
    " l'application pour renforcer l'assistance aux victimes d'armes à sous-munitions dans la"
    " province du Nord. Nous souhaitons en particulier développer la réadaptation physique, le"
    " soutien psychologique et l'inclusion socio-économique des survivants et de leurs"
    " familles, conformément à l'article 5 de la Convention.\n\nNous vous prions d'agréer nos"
    " salutations distinguées.\n\nClaire Dubois\nPoint focal national pour l'assistance aux"
    " victimes"
)
SPANISH = (
    "Estimados señores:\n\nEl Ministerio de Salud solicita el apoyo de la Unidad de Apoyo a la"
    " Aplicación para fortalecer la asistencia a las víctimas de municiones en racimo en la"
    " provincia del norte. Deseamos en particular mejorar la rehabilitación física, el apoyo"
    " psicológico y la inclusión socioeconómica de los sobrevivientes y sus familias, de"
    " conformidad con el artículo 5 de la Convención.\n\nAtentamente,\n\nLucía Fernández\n"
    "Punto focal nacional de asistencia a víctimas"
)


LOCALISED = [
    pytest.param(
        "Demande d'appui pour l'assistance aux victimes",
        FRENCH,
        "claire.dubois@sante.example.fr",
        "fr",
        "Accusé de réception",
        "réadaptation physique",
        "transmis aux coordonnateurs sur l'assistance aux victimes et à l'Unité d'appui",
        id="french",
    ),
    pytest.param(
        "Solicitud de apoyo para la asistencia a víctimas",
        SPANISH,
        "lucia.fernandez@salud.example.es",
        "es",
        "Acuse de recibo",
        "rehabilitación física",
        "remitido a los coordinadores de asistencia a las víctimas y a la Unidad de Apoyo",
        id="spanish",
    ),
]


@pytest.mark.parametrize(
    ("subject", "body", "sender", "lang", "word", "quoted", "handled_by"), LOCALISED
)
async def test_acknowledgement_is_in_the_language_of_the_enquiry(
    intake: App,
    sink: RelaySink,
    subject: str,
    body: str,
    sender: str,
    lang: str,
    word: str,
    quoted: str,
    handled_by: str,
) -> None:
    await submit(intake, enquiry(subject=subject, body=body, sender=sender), sender=sender)
    [ack] = sink.of_kind("ack")
    assert ack.message["Content-Language"] == lang
    assert str(ack.message["Subject"]) == f"[{case_of(ack)}] {word}: {subject}"
    text = "\n".join(parts(ack).values())
    assert quoted not in text
    assert handled_by in text  # the preposition contracted with the article: "aux", "al"


# The five languages added after en/fr/es: one enquiry per topic, so every guidance is seen.
# (lang, subject word, topic, label, enquiry subject, body, display name, first line, handled_by)
FULLY_LOCALISED = [
    pytest.param(
        "pt",
        "Confirmação de receção",
        "victim_assistance",
        "Assistência às vítimas",
        "Pedido de apoio para a assistência às vítimas",
        "Exmos. Senhores,\n\nO Ministério da Saúde solicita o apoio da Unidade de Apoio à"
        " Implementação para reforçar a assistência às vítimas de munições de dispersão na"
        " província do Norte. Pretendemos, em particular, melhorar a reabilitação física, o apoio"
        " psicológico e a inclusão socioeconómica dos sobreviventes e das suas famílias, em"
        " conformidade com o artigo 5 da Convenção.\n\nCom os melhores cumprimentos,\n\n"
        "Ana Pereira\nPonto focal nacional para a assistência às vítimas",
        "Ana Pereira",
        "Exmo.(a) Senhor(a) Ana Pereira,",
        "os coordenadores responsáveis pela assistência às vítimas e a Unidade de Apoio à"
        " Implementação (ISU)",
        id="portuguese",
    ),
    pytest.param(
        "de",
        "Eingangsbestätigung",
        "clearance",
        "Räumung und Risikominderung",
        "Ersuchen um Unterstützung bei der Räumung von Streumunitionsrückständen",
        "Sehr geehrte Damen und Herren,\n\ndas nationale Minenaktionszentrum ersucht um"
        " technische Unterstützung bei der Räumung von Streumunitionsrückständen in zwei"
        " kontaminierten Bezirken. Die nichttechnische Untersuchung hat mehrere Verdachtsflächen"
        " mit Blindgängern ergeben; wir benötigen außerdem Hilfe bei der Risikoaufklärung der"
        " betroffenen Gemeinden.\n\nMit freundlichen Grüßen\n\nJonas Weber\n"
        "Bundesministerium der Verteidigung",
        "Jonas Weber",
        "Sehr geehrte/r Jonas Weber,",
        "an die Koordinatoren für Räumung und Risikominderung und die Unterstützungseinheit für"
        " die Umsetzung (ISU) weitergeleitet",
        id="german",
    ),
    pytest.param(
        "it",
        "Conferma di ricezione",
        "stockpile_destruction",
        "Distruzione delle scorte e conservazione",
        "Richiesta di assistenza per la distruzione delle scorte di munizioni a grappolo",
        "Gentili Signore e Signori,\n\nil Ministero della Difesa chiede il sostegno dei"
        " coordinatori per la distruzione delle scorte di munizioni a grappolo ancora"
        " immagazzinate nei nostri depositi, ai sensi dell'articolo 3 della Convenzione. Vorremmo"
        " ricevere consulenza sui metodi di distruzione e sulle munizioni conservate per"
        " l'addestramento.\n\nDistinti saluti,\n\nGiulia Rossi\nMinistero della Difesa",
        "Giulia Rossi",
        "Gentile Giulia Rossi,",
        "i coordinatori per la distruzione e la conservazione delle scorte e l'Unità di supporto"
        " all'attuazione (ISU)",
        id="italian",
    ),
    pytest.param(
        "ar",
        "إشعار بالاستلام",
        "reporting",
        "تقارير الشفافية (المادة 7)",
        "طلب مساعدة بشأن تقرير الشفافية بموجب المادة 7",
        "السادة المحترمون،\n\nنود الحصول على مساعدتكم في إعداد تقرير الشفافية السنوي بموجب"
        " المادة 7 من الاتفاقية. لدينا أسئلة بشأن الاستمارات التي يجب ملؤها وموعد تقديم التقرير"
        " السنوي.\n\nمع خالص التحيات،\n\nليلى حسن\nوزارة الخارجية",
        "ليلى حسن",
        "السيد(ة) ليلى حسن المحترم(ة)،",
        "المنسق المعني بتدابير الشفافية وكذلك وحدة دعم التنفيذ (ISU)",
        id="arabic",
    ),
    pytest.param(
        "ru",
        "Подтверждение получения",
        "legislation",
        "Национальные меры по осуществлению и законодательство",
        "Запрос о помощи в разработке национального законодательства",
        "Уважаемые дамы и господа!\n\nМинистерство юстиции просит оказать содействие в"
        " разработке национального законодательства по осуществлению Конвенции по кассетным"
        " боеприпасам, включая уголовные санкции за нарушения запретов, в соответствии со"
        " статьей 9 Конвенции. Законопроект будет внесен в парламент в следующем году.\n\n"
        "С уважением,\n\nИван Петров\nМинистерство юстиции",
        "",  # no display name: the neutral formal salutation
        "Уважаемые дамы и господа!",
        "координатору по национальным мерам по осуществлению и Группе имплементационной"
        " поддержки (ISU)",
        id="russian",
    ),
]


@pytest.mark.parametrize(
    ("lang", "word", "topic", "label", "subject", "body", "name", "greeting", "handled_by"),
    FULLY_LOCALISED,
)
async def test_acknowledgement_is_fully_localised_in_the_added_languages(
    intake: App,
    sink: RelaySink,
    lang: str,
    word: str,
    topic: str,
    label: str,
    subject: str,
    body: str,
    name: str,
    greeting: str,
    handled_by: str,
) -> None:
    sender = f"focal.point@gov-{lang}.example"
    message = enquiry(subject=subject, body=body, sender=sender, name=name)
    if not name:
        message.replace_header("From", sender)
    await submit(intake, message, sender=sender)
    [ack] = sink.of_kind("ack")
    ref = case_of(ack)
    assert ack.message["Content-Language"] == lang
    assert str(ack.message["Subject"]) == f"[{ref}] {word}: {subject}"

    spec = load_rules(ROOT / "routing_rules").topics[topic]
    assert spec.label[lang] == label
    found = parts(ack)
    text, page = found["text/plain"], found["text/html"]
    assert text.splitlines()[0] == greeting
    opening = f'<html lang="{lang}" dir="rtl">' if lang == "ar" else f'<html lang="{lang}">'
    assert opening in page
    assert ('dir="rtl"' in page) == (lang == "ar")
    # The HTML escapes apostrophes (l'Unità → l&#39;Unità): compare its unescaped text.
    for shown in (text, html.unescape(page)):
        assert ref in shown
        assert greeting in shown
        assert label in shown and handled_by in shown
        assert spec.guidance[lang] in shown
        for resource in spec.resources:
            assert resource.title[lang] in shown and resource.url in shown
        # Nothing of the English acknowledgement is left.
        for english in (spec.label["en"], spec.guidance["en"], "Thank you", "Dear"):
            assert english not in shown


async def test_acknowledgement_goes_to_reply_to_when_present(intake: App, sink: RelaySink) -> None:
    message = enquiry(Reply_To="Desk Officer <desk@mod.example.org>")
    await submit(intake, message)
    [ack] = sink.of_kind("ack")
    assert ack.rcpt_tos == ["desk@mod.example.org"]
    assert [a.addr_spec for a in ack.message["To"].addresses] == ["desk@mod.example.org"]
