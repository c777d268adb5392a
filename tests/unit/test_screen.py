"""Screening: one small test per rule of the table and per "never acknowledge" condition."""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.message import EmailMessage
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from intake import screen_phrases as P
from intake.marker import make_marker
from intake.models import Attachment, Envelope, Kind, ParsedMessage, Screening
from intake.parse import parse_message
from intake.screen import RULES, ScreenPolicy, screen, strip_untrusted

KEY = b"k" * 32
SENDER = "focal.point@mfa.example"
POLICY = ScreenPolicy(
    own_addresses=frozenset({"intake@ccm-isu.example", "no-reply@ccm-isu.example"}),
    own_domains=frozenset({"ccm-isu.example"}),
    message_id_domain="ccm-isu.example",
    marker_key=KEY,
    authserv_ids=frozenset({"mx1.ccm-isu.example"}),
)
UNTRUSTING = POLICY.model_copy(update={"authserv_ids": frozenset()})
ASK = "Dear ISU,\n\nCould you send us the Article 7 reporting forms?\n\nRegards,\nA. Focal"
NOISE = {Kind.LOOP, Kind.BOUNCE, Kind.AUTO_REPLY, Kind.BULK, Kind.SPAM}
BULLETIN = "Dear readers,\n\nIn this issue: land release in 2025. Please register for our webinar."


def message(*headers: tuple[str, str], **fields: Any) -> ParsedMessage:
    base: dict[str, Any] = {
        "message_id": "1234@mfa.example",
        "subject": "Article 7 report forms",
        "from_address": SENDER,
        "headers": tuple((name.lower(), value) for name, value in headers),
        "text": ASK,
    }
    return ParsedMessage(**(base | fields))


def screened(
    parsed: ParsedMessage, mail_from: str = SENDER, policy: ScreenPolicy = POLICY
) -> Screening:
    envelope = Envelope(
        mail_from=mail_from,
        rcpt_tos=("intake@ccm-isu.example",),
        received_at=datetime(2026, 3, 1, tzinfo=UTC),
    )
    return screen(parsed, envelope, policy)


def run(
    parsed: ParsedMessage, mail_from: str = SENDER, policy: ScreenPolicy = POLICY
) -> tuple[Kind, str]:
    result = screened(parsed, mail_from, policy)
    return result.kind, result.reason


# --- the default ---------------------------------------------------------------------------


def test_plain_enquiry_is_an_enquiry_that_may_be_acknowledged() -> None:
    result = screened(message())
    assert (result.kind, result.acknowledge_allowed, result.flags) == (Kind.ENQUIRY, True, ())
    assert "person" in result.reason


def test_rules_table_has_unique_names_and_a_description_each() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert all(rule.description and "\n" not in rule.description for rule in RULES)
    assert {rule.kind for rule in RULES} == NOISE


# --- loop ----------------------------------------------------------------------------------


def test_our_marker_is_a_loop() -> None:
    kind, reason = run(message(("X-Intake-Loop", make_marker(KEY, "intake-1"))))
    assert kind is Kind.LOOP
    assert "marker" in reason


def test_forged_marker_is_not_a_loop() -> None:
    forged = make_marker(b"not our key", "intake-1")
    assert run(message(("X-Intake-Loop", forged)))[0] is Kind.ENQUIRY
    assert run(message(("X-Intake-Loop", "v1 intake-1 00 deadbeef")))[0] is Kind.ENQUIRY


def test_from_our_own_address_is_a_loop() -> None:
    kind, reason = run(message(from_address="No-Reply@CCM-ISU.example"))
    assert kind is Kind.LOOP
    assert "no-reply@ccm-isu.example" in reason


def test_envelope_sender_our_own_address_is_a_loop() -> None:
    assert run(message(), mail_from="<intake@ccm-isu.example>")[0] is Kind.LOOP


def test_auto_reply_to_our_message_id_is_a_loop() -> None:
    parsed = message(("Auto-Submitted", "auto-replied"), in_reply_to=("ack.1@ccm-isu.example",))
    kind, reason = run(parsed)
    assert kind is Kind.LOOP
    assert "ack.1@ccm-isu.example" in reason


def test_person_replying_to_our_acknowledgement_is_an_enquiry() -> None:
    parsed = message(in_reply_to=("ack.1@ccm-isu.example",), references=("ack.1@ccm-isu.example",))
    assert run(parsed)[0] is Kind.ENQUIRY


def test_delivery_report_about_our_message_stays_a_bounce() -> None:
    parsed = message(content_type="multipart/report", references=("fwd.9@ccm-isu.example",))
    assert run(parsed, mail_from="")[0] is Kind.BOUNCE


# --- bounce --------------------------------------------------------------------------------


@pytest.mark.parametrize("mail_from", ["", "<>", " "])
def test_null_envelope_sender_is_a_bounce(mail_from: str) -> None:
    assert run(message(), mail_from=mail_from) == (Kind.BOUNCE, "null envelope sender")


def test_null_return_path_header_is_a_bounce() -> None:
    assert run(message(("Return-Path", "<>")))[0] is Kind.BOUNCE


def test_multipart_report_delivery_status_is_a_bounce() -> None:
    content_type = "multipart/report; report-type=delivery-status; boundary=x"
    parsed = message(("Content-Type", content_type), content_type="multipart/report")
    kind, reason = run(parsed)
    assert kind is Kind.BOUNCE
    assert "delivery-status" in reason


def test_read_receipt_mdn_is_a_bounce() -> None:
    content_type = 'multipart/report; report-type="disposition-notification"'
    parsed = message(("Content-Type", content_type), content_type="multipart/report")
    kind, reason = run(parsed)
    assert kind is Kind.BOUNCE
    assert "read receipt" in reason


@pytest.mark.parametrize("sender", ["MAILER-DAEMON@mx.mfa.example", "postmaster@mfa.example"])
def test_mailer_daemon_or_postmaster_sender_is_a_bounce(sender: str) -> None:
    assert run(message(from_address=sender), mail_from=sender)[0] is Kind.BOUNCE


@pytest.mark.parametrize(
    "subject",
    [
        "Undeliverable: Article 7 report",
        "Undelivered Mail Returned to Sender",
        "Delivery Status Notification (Failure)",
        "Mail delivery failed: returning message to sender",
        "Non remis : Rapport article 7",
        "Échec de la remise du message",
        "No se puede entregar: Informe",
        "Error de entrega del mensaje",
        "Unzustellbar: Bericht",
        "Mensagem não entregue",
    ],
)
def test_plain_text_bounce_subject_is_a_bounce(subject: str) -> None:
    parsed = message(subject=subject, text="The following message could not be sent.")
    assert run(parsed)[0] is Kind.BOUNCE


def test_delivery_failure_wording_without_dsn_structure_is_a_bounce() -> None:
    text = "This is the mail system at host relay.example.\n\nYour message could not be delivered\n"
    kind, reason = run(message(subject="Returned", text=text + "to one or more recipients."))
    assert kind is Kind.BOUNCE
    assert "could not be delivered" in reason


def test_person_asking_about_a_failed_delivery_is_an_enquiry() -> None:
    text = "Our e-mail to the clearance coordinator could not be delivered. Could you resend it?"
    assert run(message(subject="Undeliverable address?", text=text))[0] is Kind.ENQUIRY


def test_goods_not_delivered_is_not_a_bounce() -> None:
    text = "The prosthetic components were not delivered to the rehabilitation centre in time."
    assert run(message(text=text))[0] is Kind.ENQUIRY


# --- auto_reply ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value", ["auto-replied", "auto-generated", "auto-notified", "yes", "Auto-Replied", ""]
)
def test_auto_submitted_other_than_no_is_auto_reply(value: str) -> None:
    kind, reason = run(message(("Auto-Submitted", value)))
    assert kind is Kind.AUTO_REPLY
    assert reason.startswith("Auto-Submitted")


def test_auto_submitted_auto_replied_reason_names_the_header() -> None:
    assert run(message(("Auto-Submitted", "auto-replied")))[1] == "Auto-Submitted: auto-replied"


@pytest.mark.parametrize("value", ["no", "No", "NO ; comment"])
def test_auto_submitted_no_is_enquiry(value: str) -> None:
    assert run(message(("Auto-Submitted", value)))[0] is Kind.ENQUIRY


@pytest.mark.parametrize("value", ["OOF", "All", "AutoReply", "DR, RN, NRN, OOF, AutoReply"])
def test_x_auto_response_suppress_is_auto_reply(value: str) -> None:
    kind, reason = run(message(("X-Auto-Response-Suppress", value)))
    assert (kind, reason) == (Kind.AUTO_REPLY, f"X-Auto-Response-Suppress: {value}")


@pytest.mark.parametrize("name", ["X-Autoreply", "X-Autorespond"])
def test_x_autoreply_headers_are_auto_reply(name: str) -> None:
    assert run(message((name, "yes")))[0] is Kind.AUTO_REPLY


def test_precedence_auto_reply_is_auto_reply() -> None:
    assert run(message(("Precedence", "auto_reply")))[0] is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "subject",
    [
        "Out of Office: Article 7 report forms",
        "Automatic reply: Article 7 report forms",
        "Réponse automatique : Rapport",
        "Absence du bureau",
        "Respuesta automática: Informe",
        "Fuera de la oficina",
        "Abwesenheitsnotiz: Bericht",
        "Resposta automática: Relatório",
        "Risposta automatica: Rapporto articolo 7",
        "Fuori ufficio: Rapporto",
    ],
)
def test_out_of_office_subject_is_auto_reply(subject: str) -> None:
    text = "I am away. For urgent matters please contact my deputy."
    assert run(message(subject=subject, text=text))[0] is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "text",
    [
        "Hello,\n\nI am out of the office until 12 May with no access to e-mail.",
        "Thank you for your message. I'm on annual leave until Monday.",
        "I am currently away on mission, with intermittent access to e-mail.",
        "Bonjour,\n\nJe suis absente jusqu'au 3 juin. En cas d'urgence, contactez le secrétariat.",
        "Estaré fuera de la oficina hasta el 2 de abril. Para asuntos urgentes escriba a x@y.",
        "Ich bin bis zum 4. Mai nicht im Büro.",
        "Buongiorno,\n\nsono fuori ufficio fino al 12 maggio. Per questioni urgenti si prega di "
        "contattare la segreteria.",
        "Grazie per il suo messaggio. Sarò assente fino al 3 giugno e risponderò al mio rientro.",
        "Thank you for your e-mail.\n\nI am currently on field mission in the provinces.",
        "Thank you.\n\nUntil Friday I travel with the survey teams, with only intermittent"
        " connectivity.",
        "Thank you.\n\nI will respond to your message on the extension request on my return.",
    ],
)
def test_out_of_office_wording_without_headers_is_auto_reply(text: str) -> None:
    assert run(message(subject="Re: Article 7 report forms", text=text))[0] is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for your e-mail.\n\nI am currently in Geneva for the intersessional meetings."
        " During this period I will have only limited access to my e-mail.",
        "Merci. Je n'aurai qu'un accès limité à mes courriels jusqu'au 29 juin.",
        "Gracias. Tendré acceso limitado a mi correo hasta el 29 de junio.",
        "Grazie. Sono in missione a Ginevra, con accesso limitato alla posta elettronica.",
    ],
)
def test_absence_without_a_with_phrase_is_auto_reply(text: str) -> None:
    subject = "RE: [CCM-2026-0142] Acknowledgement: Article 7 annual report"
    assert run(message(subject=subject, text=text))[0] is Kind.AUTO_REPLY


def test_limited_email_access_with_a_request_is_an_enquiry() -> None:
    text = "I will have only limited access to my e-mail. Could you send the forms by Friday?"
    assert run(message(text=text))[0] is Kind.ENQUIRY


def test_an_italian_out_of_office_without_headers_is_auto_reply() -> None:
    text = (
        "Gentile mittente,\n\nsono in ferie dal 4 al 25 agosto, con accesso limitato alla posta."
        " Risponderò al mio rientro. Per questioni urgenti si prega di contattare la dott.ssa "
        "Bianchi (bianchi@esteri.example)."
    )
    kind, reason = run(message(subject="Re: Rapporto ai sensi dell'articolo 7", text=text))
    assert kind is Kind.AUTO_REPLY and reason.startswith("out-of-office text")


def test_an_italian_enquiry_mentioning_holidays_that_asks_is_an_enquiry() -> None:
    text = (
        "Gentili colleghi,\n\nsono in ferie dalla prossima settimana. Potreste inviarci prima "
        "di allora i moduli del rapporto annuale? Vi saremmo grati di una risposta entro venerdì."
    )
    assert run(message(subject="Fuori ufficio dal 4 agosto", text=text))[0] is Kind.ENQUIRY


def test_italian_staff_away_on_mission_is_not_an_out_of_office() -> None:
    # "sono" is also "they are": the deminers' mission is news, not the writer's absence
    text = "I nostri sminatori sono in missione nel nord. Il rapporto segue la prossima settimana."
    assert run(message(subject="Aggiornamento", text=text))[0] is Kind.ENQUIRY


def test_a_note_that_the_writer_will_be_back_is_an_enquiry() -> None:
    text = "I will be back in the office on Monday and will send the report then."
    assert run(message(subject="Re: Article 7 report", text=text))[0] is Kind.ENQUIRY


# --- read receipts without multipart/report ------------------------------------------------

GERMAN_RECEIPT = (
    "Ihre Nachricht\n\n  An: Feldkirch-Amani, Jonas\n  Betreff: [CCM-2026-0121] "
    "Eingangsbestätigung: Nationale Umsetzungsgesetzgebung\n  Gesendet: Freitag, 8. Mai 2026 "
    "10:47:09\n\nwurde am Freitag, 8. Mai 2026 11:02:41 (UTC+01:00) Amsterdam, Berlin gelesen."
)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Gelesen: [CCM-2026-0121] Eingangsbestätigung: Umsetzungsgesetz", GERMAN_RECEIPT),
        ("Read: Article 7 report", "Your message\n\n  To: ISU\n  Subject: Article 7 report\n"
         "  Sent: 8 May 2026 10:47\n\nwas read on 8 May 2026 11:02."),
        ("Lu : Rapport article 7", "Votre message\n\n  À : ISU\n  Objet : Rapport article 7\n"
         "\na été lu le 8 mai 2026 11:02."),
        ("Leído: Informe", "Su mensaje\n\n  Para: ISU\n  Asunto: Informe\n\nha sido leído el "
         "8 de mayo de 2026 11:02."),
        ("Letto: Rapporto articolo 7", "Il messaggio\n\n  A: ISU\n  Oggetto: Rapporto\n\nè "
         "stato letto il 8 maggio 2026 11:02."),
    ],
)  # fmt: skip
def test_a_plain_text_read_receipt_is_auto_reply(subject: str, text: str) -> None:
    kind, reason = run(message(subject=subject, text=text))
    assert kind is Kind.AUTO_REPLY and reason.startswith("read receipt")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # the receipt prefix alone: a person's subject
        ("Read: our draft law", "Dear ISU, the draft was adopted last week."),
        # the receipt sentence with a question of the writer's own
        ("Read: Article 7 report", "Your message was read on 8 May. Could you send Form J?"),
        # the sentence without the prefix
        ("Article 7 report", "The report was read on 8 May by the committee."),
    ],
)
def test_receipt_wording_alone_or_with_a_request_is_an_enquiry(subject: str, text: str) -> None:
    assert run(message(subject=subject, text=text))[0] is Kind.ENQUIRY


def test_out_of_office_mention_with_a_document_attached_is_an_enquiry() -> None:
    report = Attachment(filename="Art7_report_2025.pdf", content_type="application/pdf", size=900)
    parsed = message(
        text="Report attached. I am out of the office until Monday.", attachments=(report,)
    )
    assert run(parsed)[0] is Kind.ENQUIRY


def test_out_of_office_with_a_signature_logo_is_still_auto_reply() -> None:
    logo = Attachment(filename="image001.png", content_type="image/png", size=900)
    parsed = message(text="I am out of the office until Monday.", attachments=(logo,))
    assert run(parsed)[0] is Kind.AUTO_REPLY


def test_out_of_office_mention_with_a_request_is_an_enquiry() -> None:
    text = "I will be out of the office next week. Could you send the forms to me before then?"
    assert run(message(text=text))[0] is Kind.ENQUIRY


@pytest.mark.parametrize(
    "text",
    [
        "Your request has been received and assigned ticket number 48213.",
        "Su solicitud ha sido registrada con el número de ticket #44821.",
        "Votre demande a bien été reçue. Numéro de dossier : 2026-5531.",
        "Abbiamo ricevuto la sua richiesta, registrata come pratica n. 55310.",
    ],
)
def test_helpdesk_ticket_receipt_is_auto_reply(text: str) -> None:
    kind, reason = run(message(subject="[Ticket] Article 7", text=text))
    assert kind is Kind.AUTO_REPLY
    assert "helpdesk" in reason


def test_a_helpdesk_receipt_with_its_own_numbering_and_instructions_is_auto_reply() -> None:
    text = (
        "Bonjour,\n\nVotre demande a bien été enregistrée sous le numéro MJ-2026-118734.\n\n"
        "Titre : RE: [CCM-2026-0451] Accusé de réception : Loi autonome ou code des armes ?\n\n"
        "Pour compléter votre demande, répondez à ce message sans modifier l'objet."
    )
    subject = "[Ticket MJ-2026-118734] RE: [CCM-2026-0451] Accusé de réception : Loi"
    kind, reason = run(message(subject=subject, text=text))
    assert kind is Kind.AUTO_REPLY and "helpdesk" in reason


def test_an_unmonitored_mailbox_is_auto_reply_whatever_it_tells_people_to_do() -> None:
    text = (
        "Thank you for contacting the Ministry.\n\nThis mailbox is not monitored. For press"
        " enquiries please use the online form on our website."
    )
    kind, reason = run(message(subject="RE: Article 7 report", text=text))
    assert (kind, reason) == (
        Kind.AUTO_REPLY,
        'an unmonitored mailbox ("This mailbox is not monitored")',
    )


def test_receipt_phrase_without_ticket_number_is_an_enquiry() -> None:
    text = "We have received your message about the workshop and we agree with the dates."
    assert run(message(text=text))[0] is Kind.ENQUIRY


# --- a bare "received, thank you" in a thread ------------------------------------------------

THREAD = {"in_reply_to": ("abc@ccm-isu.example",), "quoted_text": "> Please find the model law."}


@pytest.mark.parametrize(
    "text",
    [
        "Bien reçu, merci beaucoup.\n\nH. Lambert-Diouf",
        "Thank you very much for the information.\n\nBest regards,\nAnna",
        "Estimados:\n\nRecibido, muchas gracias.\n\nSaludos,\nJ. Pérez",
        "Noted with thanks.",
    ],
)
def test_a_bare_thank_you_in_a_thread_is_auto_reply(text: str) -> None:
    kind, reason = run(message(subject="RE: Loi type", text=text, **THREAD))
    assert kind is Kind.AUTO_REPLY
    assert "thank-you" in reason


@pytest.mark.parametrize(
    "text",
    [
        # a question, a request, or thanks given in advance ask something
        "Thank you. Is there also a Spanish version?",
        "Merci beaucoup. Pourriez-vous aussi nous envoyer la version anglaise ?",
        "Merci d'avance.\n\nS. Ranaivo",
        # new content on the line of the thanks, or below it
        "Thanks, we will submit the report next week.",
        "Bien reçu, merci.\n\nNotre nouveau point focal est M. Andria à partir du 1er mai.",
        # no thanks at all
        "Bonjour,\n\nH. Lambert-Diouf",
    ],
)
def test_a_thank_you_with_anything_more_stays_an_enquiry(text: str) -> None:
    assert run(message(subject="RE: Loi type", text=text, **THREAD))[0] is Kind.ENQUIRY


def test_a_thank_you_outside_a_thread_or_with_an_attachment_stays_an_enquiry() -> None:
    text = "Received, thank you.\n\nAnna"
    assert run(message(text=text))[0] is Kind.ENQUIRY  # not a reply
    report = Attachment(filename="Form_B.pdf", content_type="application/pdf", size=900)
    assert run(message(text=text, attachments=(report,), **THREAD))[0] is Kind.ENQUIRY
    forwarded = message(text=text, forwarded_text="Question from the Ministry", **THREAD)
    assert run(forwarded)[0] is Kind.ENQUIRY


# --- bulk ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"),
    [("List-Id", "<digest.example.net>"), ("List-Unsubscribe", "<https://x.example/u>")],
)
def test_list_headers_are_bulk(name: str, value: str) -> None:
    assert run(message((name, value), text=BULLETIN)) == (Kind.BULK, f"{name} header")


@pytest.mark.parametrize("value", ["bulk", "list", "junk", "Junk", "BULK"])
def test_precedence_bulk_list_junk_is_bulk(value: str) -> None:
    kind, reason = run(message(("Precedence", value), text=BULLETIN))
    assert (kind, reason) == (Kind.BULK, f"Precedence: {value}")


def test_newsletter_footer_without_list_headers_is_bulk() -> None:
    text = "MONTHLY BULLETIN\n\n- News from the field\n\nTo unsubscribe, follow this link."
    assert run(message(text=text))[0] is Kind.BULK


@pytest.mark.parametrize(
    "footer",
    [
        "Si no desea seguir recibiendo este boletín, responda a este correo con la palabra BAJA.",
        "Si vous ne souhaitez pas continuer à recevoir ce bulletin, répondez à ce courriel.",
        "If you do not wish to continue receiving these updates, reply to this e-mail.",
        "Se non desideri più ricevere questa newsletter, rispondi a questa e-mail.",
    ],
)
def test_a_newsletter_sent_person_to_person_is_bulk(footer: str) -> None:
    text = f"BOLETÍN INFORMATIVO N.º 12\n\n1. Taller de rehabilitación\n\n{footer}"
    kind, reason = run(message(subject="Boletín informativo n.º 12", text=text))
    assert kind is Kind.BULK and reason.startswith("newsletter footer")


def test_forwarded_newsletter_with_a_question_on_top_is_an_enquiry() -> None:
    bulletin = "BULLETIN No 12\n- Intersessional meetings\nUnsubscribe: https://x.example/u"
    parsed = message(subject="Fwd: Bulletin No 12", forwarded_text=bulletin)
    assert run(parsed)[0] is Kind.ENQUIRY


def test_list_headers_with_a_personal_request_above_a_forwarded_bulletin_is_an_enquiry() -> None:
    parsed = message(
        ("List-Id", "<states.example.org>"),
        ("Precedence", "list"),
        forwarded_text="BULLETIN No 12\n- Intersessional meetings",
    )
    assert run(parsed)[0] is Kind.ENQUIRY


MASS_MAILED = (
    "{greeting}\n\nOur office only has this tool for sending e-mail. We run a workshop for 80"
    " survivors; could the ISU circulate our proposal for a job placement scheme?\n\n"
    "Unsubscribe: https://send.example.org/u/7f3a"
)


def test_a_person_asking_the_isu_by_name_through_a_mass_mailing_tool_is_an_enquiry() -> None:
    text = MASS_MAILED.format(greeting="Dear colleagues at the Implementation Support Unit,")
    parsed = message(("List-Unsubscribe", "<https://send.example.org/u>"), text=text)
    assert run(parsed)[0] is Kind.ENQUIRY


def test_a_mailing_list_post_that_greets_the_isu_stays_bulk() -> None:
    text = MASS_MAILED.format(greeting="Dear colleagues at the ISU,")
    parsed = message(("List-Id", "<states.lists.example.org>"), text=text)
    assert run(parsed) == (Kind.BULK, "List-Id header")


def test_a_mailing_that_greets_its_readers_stays_bulk_even_when_it_asks() -> None:
    parsed = message(
        ("List-Unsubscribe", "<https://send.example.org/u>"),
        text=MASS_MAILED.format(greeting="Dear friends and supporters,"),
    )
    assert run(parsed)[0] is Kind.BULK


def test_forward_subject_with_list_headers_and_a_request_is_an_enquiry() -> None:
    parsed = message(
        ("List-Unsubscribe", "<https://x.example/u>"),
        subject="TR: Infolettre n° 4",
        text="Pourriez-vous nous envoyer la liste des coordonnateurs ?",
    )
    assert run(parsed)[0] is Kind.ENQUIRY


def test_newsletter_asking_its_readers_a_question_stays_bulk() -> None:
    parsed = message(("List-Id", "<digest.example.net>"), text="Missed our webinar? Watch it.")
    assert run(parsed)[0] is Kind.BULK


# --- spam ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "value"), [("X-Spam-Flag", "YES"), ("X-Spam-Status", "Yes, score=9.1 required=5")]
)
def test_spam_flag_behind_a_trusted_upstream_is_spam(name: str, value: str) -> None:
    assert run(message((name, value)))[0] is Kind.SPAM


def test_spam_flag_without_a_trusted_upstream_is_ignored() -> None:
    assert run(message(("X-Spam-Flag", "YES")), policy=UNTRUSTING)[0] is Kind.ENQUIRY


def test_sender_side_spam_score_alone_is_not_spam() -> None:
    assert run(message(("X-Spam-Score", "12.5")), policy=UNTRUSTING)[0] is Kind.ENQUIRY


@pytest.mark.parametrize(
    "domain",
    [
        "ccm-lsu.example",
        "ccm-isu-example.com",
        "ccmisu.example",
        "ccm-isu-docs.example",
        "ccm-1su.example",
        "ccm-isu.org",
        "cmm-isu.example",
        "mail.ccm-isv.example",
    ],
)
def test_sender_domain_imitating_ours_is_spam(domain: str) -> None:
    kind, reason = run(message(from_address=f"share@{domain}"), mail_from=f"share@{domain}")
    assert kind is Kind.SPAM
    assert domain in reason


@pytest.mark.parametrize("domain", ["liste.ccm-isu.example", "mfa.example", "icrc.example"])
def test_our_subdomains_and_unrelated_domains_are_not_look_alikes(domain: str) -> None:
    address = f"someone@{domain}"
    assert run(message(from_address=address), mail_from=address)[0] is Kind.ENQUIRY


def test_link_to_a_domain_imitating_ours_is_spam() -> None:
    text = "Please review the new reporting portal: https://ccm-isu.example.com/login"
    kind, reason = run(message(text=text))
    assert kind is Kind.SPAM
    assert "link" in reason


@pytest.mark.parametrize(
    "text",
    [
        "Your mailbox will be suspended today. Verify your account: http://mail-check.example/x",
        "Votre compte sera suspendu. Vérifiez votre mot de passe ici : http://x.example/v",
        "Verifique su contraseña para evitar el cierre: http://x.example/v",
        "Your e-mail quota has been exceeded. Click here to upgrade: http://x.example/q",
    ],
)
def test_credential_lure_with_a_link_is_spam(text: str) -> None:
    assert run(message(subject="Action required", text=text))[0] is Kind.SPAM


def test_shared_document_lure_asking_to_sign_in_is_spam() -> None:
    text = "The ISU has shared a document with you.\nSign in with your e-mail account to view it."
    assert run(message(subject="Document shared with you", text=text))[0] is Kind.SPAM


def test_marketing_wording_is_spam() -> None:
    text = "We will get your site on the first page of Google. Money-back guarantee! Free audit?"
    assert run(message(subject="Grow your traffic", text=text))[0] is Kind.SPAM


def test_italian_marketing_wording_is_spam() -> None:
    text = "Offerta esclusiva per i ministeri: 30% di sconto sui nostri rilevatori, senza impegno."
    kind, reason = run(message(subject="Offerta", text=text))
    assert kind is Kind.SPAM and reason.startswith("spam wording")


@pytest.mark.parametrize(
    "text",
    [
        "Your parcel is held at our depot: the customs fee of 2.99 EUR is unpaid. Confirm the"
        " payment within 24 hours or it will be destroyed.",
        "Su paquete está retenido en aduana. Confirme el pago en las próximas 48 horas.",
        "Votre colis est en attente : frais de douane impayés. Réglez votre paiement sous 24 h.",
    ],
)
def test_the_parcel_delivery_scam_is_spam(text: str) -> None:
    kind, reason = run(message(subject="Delivery", text=text))
    assert kind is Kind.SPAM and reason.startswith("spam wording")


def test_the_advance_fee_scam_is_spam() -> None:
    text = (
        "Estimado beneficiario: su institución recibirá 850.000 USD. Para liberar los fondos"
        " envíe el comprobante de pago de la tasa administrativa."
    )
    assert run(message(subject="Subvención aprobada", text=text))[0] is Kind.SPAM


def test_customs_fees_in_an_enquiry_are_not_spam() -> None:
    text = "Who pays the customs fee on donated detection equipment? Could you advise?"
    assert run(message(subject="Donated equipment", text=text))[0] is Kind.ENQUIRY


def test_one_marketing_phrase_alone_is_not_spam() -> None:
    text = "Our donor made a special offer of two demining machines. Could you advise?"
    assert run(message(text=text))[0] is Kind.ENQUIRY


@pytest.mark.parametrize(
    "text",
    [
        "DEMINING EXPO\n\nRegister now: https://expo.example.com/r\n\nTo stop receiving our "
        "offers, click here.",
        "Bulletin n° 5\n\nSi vous ne souhaitez plus recevoir nos messages, cliquez ici.",
        "Boletín 3\n\nHa recibido este correo porque está suscrito. Para dejar de recibirlo, "
        "pulse aquí.",
        "News of the month.\n\nView this email in your browser.",
        "Field news.\n\nhttps://news.example.org/optout?u=81",
        "Notiziario n. 4\n\nPer annullare l'iscrizione clicca qui: annulla l'iscrizione.",
        "Notizie dal campo.\n\nCancellati dalla newsletter.",
    ],
)
def test_mass_mailing_footers_in_other_words_are_bulk(text: str) -> None:
    assert run(message(subject="News", text=text))[0] is Kind.BULK


def test_a_person_mentioning_an_unsubscribe_link_in_a_request_is_an_enquiry() -> None:
    text = "Could you remove us from the bulletin? The unsubscribe link does not work."
    assert run(message(text=text))[0] is Kind.ENQUIRY


def test_campaign_header_of_mass_mailing_software_is_bulk() -> None:
    parsed = message(("X-Campaign-ID", "GOV-0331"), text="Our new products for 2026.")
    assert run(parsed) == (Kind.BULK, "mass-mailing header x-campaign-id")


def test_campaign_header_above_a_forwarded_bulletin_with_a_request_is_an_enquiry() -> None:
    parsed = message(("X-Campaign-ID", "GOV-0331"), forwarded_text="BULLETIN No 12")
    assert run(parsed)[0] is Kind.ENQUIRY


def test_sales_promotion_for_a_trade_fair_is_spam() -> None:
    text = "LAST CHANCE: 30% off delegate passes. Meet 120+ exhibitors of demining equipment."
    kind, reason = run(message(subject="Summit 2026", text=text))
    assert kind is Kind.SPAM and "LAST CHANCE" in reason


def test_an_enquiry_about_a_discount_alone_is_not_spam() -> None:
    text = "Is there a 20% discount for delegates from affected States? Could you advise?"
    assert run(message(text=text))[0] is Kind.ENQUIRY


INVITE = Attachment(filename="invite.ics", content_type="application/ics", size=900)
CALENDAR_TEXT = (
    "You have been invited to the following event.\n\nDonor roundtable\nWhen: Thu 19 Mar\n"
    "Join: https://meet.example/j/1\nGoing (intake@ccm-isu.example)?   Yes - Maybe - No\n"
    "more options: https://calendar.example/event?eid=7"
)


def test_calendar_server_invitation_is_auto_reply() -> None:
    parsed = message(subject="Invitation: Donor roundtable", text=CALENDAR_TEXT,
                     attachments=(INVITE,))  # fmt: skip
    kind, reason = run(parsed)
    assert kind is Kind.AUTO_REPLY and reason.startswith("calendar invitation")


def test_invitation_whose_organiser_asks_something_is_an_enquiry() -> None:
    text = f"Could you present the clearance guidelines at this meeting?\n\n{CALENDAR_TEXT}"
    parsed = message(subject="Invitation: Donor roundtable", text=text, attachments=(INVITE,))
    assert run(parsed)[0] is Kind.ENQUIRY


def test_an_invitation_with_its_calendar_as_an_alternative_of_the_text_is_auto_reply() -> None:
    """As Outlook sends them: text, HTML and text/calendar alternatives, no buttons in the text
    (the parser keeps the calendar alternative as an attachment)."""
    invite = EmailMessage()
    invite["From"], invite["To"] = SENDER, "intake@ccm-isu.example"
    invite["Subject"] = "Invitation : Réunion bilatérale"
    invite.set_content("Vous avez été invité à la réunion suivante.\n\nMardi 10 h, salle 3")
    invite.add_alternative("<p>Vous avez été invité à la réunion suivante.</p>", subtype="html")
    invite.add_alternative("BEGIN:VCALENDAR\nMETHOD:REQUEST\nEND:VCALENDAR\n", subtype="calendar")
    kind, reason = run(parse_message(invite.as_bytes()))
    assert kind is Kind.AUTO_REPLY and reason.startswith("calendar invitation")


def test_invitation_with_answer_buttons_but_no_calendar_part_is_auto_reply() -> None:
    # a forwarded or HTML-only invitation whose .ics was left behind: the buttons stand for it
    parsed = message(subject="Invitation: Coordination Committee call", text=CALENDAR_TEXT,
                     content_type="multipart/alternative")  # fmt: skip
    kind, reason = run(parsed)
    assert kind is Kind.AUTO_REPLY and reason.startswith("calendar invitation")


def test_answer_buttons_without_invitation_wording_are_an_enquiry() -> None:
    text = "Dear ISU, we met last week.\nGoing?   Yes - Maybe - No\nWe keep the notes."
    assert run(message(subject="Notes of our meeting", text=text))[0] is Kind.ENQUIRY


def test_invitation_wording_without_a_calendar_part_is_an_enquiry() -> None:
    parsed = message(subject="Invitation: national workshop on survey", text="Dear ISU, ...")
    assert run(parsed)[0] is Kind.ENQUIRY


@pytest.mark.parametrize(
    ("display", "address", "expected"),
    [
        ('"intake@ccm-isu.example"', "alerts@mailbox-check.example", Kind.SPAM),
        ("ccm-lsu.example Support", "admin@mailbox-check.example", Kind.SPAM),
        ("Focal Point (mfa.example)", "focal.point@mfa.example", Kind.ENQUIRY),
        ('"intake@ccm-isu.example"', "someone@ccm-isu.example", Kind.ENQUIRY),
    ],
)
def test_display_name_showing_our_domain_over_another_address_is_spam(
    display: str, address: str, expected: Kind
) -> None:
    parsed = message(("From", f"{display} <{address}>"), from_address=address)
    assert run(parsed, mail_from=address)[0] is expected


# --- authentication results and "never acknowledge" -----------------------------------------


def test_authentication_results_from_untrusted_host_is_ignored() -> None:
    result = screened(message(("Authentication-Results", "mx.evil.example; dmarc=fail")))
    assert (result.kind, result.acknowledge_allowed, result.flags) == (Kind.ENQUIRY, True, ())


def test_dmarc_fail_from_trusted_host_forbids_ack_but_stays_enquiry() -> None:
    header = ("Authentication-Results", "MX1.ccm-isu.example; dmarc=fail (p=reject) header.from=x")
    result = screened(message(header))
    assert (result.kind, result.acknowledge_allowed) == (Kind.ENQUIRY, False)
    assert result.flags == ("dmarc_fail",)
    assert "DMARC" in result.reason


def test_forged_pass_does_not_cancel_a_trusted_dmarc_fail() -> None:
    forged = ("Authentication-Results", "mx1.ccm-isu.example; dmarc=pass")
    real = ("Authentication-Results", "mx1.ccm-isu.example; dmarc=fail")
    assert "dmarc_fail" in screened(message(forged, real)).flags


def test_spf_fail_without_dkim_pass_forbids_ack() -> None:
    header = ("Authentication-Results", "mx1.ccm-isu.example; spf=fail; dkim=none")
    result = screened(message(header))
    assert (result.kind, result.acknowledge_allowed, result.flags) == (
        Kind.ENQUIRY,
        False,
        ("spf_fail",),
    )


def test_spf_fail_with_dkim_pass_may_be_acknowledged() -> None:
    header = ("Authentication-Results", "mx1.ccm-isu.example; spf=fail; dkim=pass header.d=x")
    assert screened(message(header)).acknowledge_allowed


def test_missing_sender_forbids_ack() -> None:
    result = screened(message(from_address=None))
    assert (result.kind, result.acknowledge_allowed, result.flags) == (
        Kind.ENQUIRY,
        False,
        ("ambiguous_sender",),
    )


def test_missing_message_id_forbids_ack() -> None:
    result = screened(message(message_id=None))
    assert (result.acknowledge_allowed, result.flags) == (False, ("no_message_id",))


@pytest.mark.parametrize(
    "address",
    [
        "noreply@mfa.example",
        "No-Reply@mfa.example",
        "donotreply@mfa.example",
        "do-not-reply@mfa.example",
        "no_reply.portal@mfa.example",
    ],
)
def test_noreply_sender_forbids_ack(address: str) -> None:
    result = screened(message(from_address=address), mail_from=address)
    assert (result.kind, result.acknowledge_allowed) == (Kind.ENQUIRY, False)
    assert result.flags == ("noreply_sender",)


def test_noreply_reply_to_forbids_ack() -> None:
    result = screened(message(reply_to=("noreply@portal.example",)))
    assert result.flags == ("noreply_sender",)


def test_noise_is_never_acknowledged() -> None:
    result = screened(message(("List-Id", "<digest.example.net>")))
    assert (result.kind, result.acknowledge_allowed) == (Kind.BULK, False)


# --- order of the table --------------------------------------------------------------------


def test_loop_wins_over_bounce() -> None:
    parsed = message(("X-Intake-Loop", make_marker(KEY, "a")), content_type="multipart/report")
    assert run(parsed, mail_from="")[0] is Kind.LOOP


def test_bounce_wins_over_auto_reply() -> None:
    assert run(message(("Auto-Submitted", "auto-replied")), mail_from="")[0] is Kind.BOUNCE


def test_auto_reply_wins_over_bulk() -> None:
    parsed = message(("Precedence", "bulk"), ("Auto-Submitted", "auto-generated"))
    assert run(parsed)[0] is Kind.AUTO_REPLY


_HEADERS = st.sampled_from(
    [
        ("Auto-Submitted", "auto-replied"),
        ("Auto-Submitted", "no"),
        ("List-Id", "<x.example>"),
        ("Precedence", "junk"),
        ("X-Intake-Loop", "v1 a b c"),
        ("Authentication-Results", "mx1.ccm-isu.example; dmarc=fail"),
        ("X-Spam-Flag", "YES"),
        ("Subject", "x"),
    ]
)


@given(st.lists(_HEADERS, max_size=5), st.text(max_size=200), st.sampled_from(["", SENDER]))
def test_screen_returns_only_its_own_kinds_with_a_one_line_reason(
    headers: list[tuple[str, str]], text: str, mail_from: str
) -> None:
    result = screened(message(*headers, text=text), mail_from=mail_from)
    assert result.kind in NOISE | {Kind.ENQUIRY}
    assert result.reason and "\n" not in result.reason
    assert result.acknowledge_allowed is (result.kind is Kind.ENQUIRY and not result.flags)


# --- strip_untrusted -----------------------------------------------------------------------


def test_strip_untrusted_removes_our_internal_headers() -> None:
    headers = (
        ("x-intake-route", "ceo@corp.example"),
        ("X-Intake-Classification", "urgent"),
        ("x-intake-loop", "v1 a b c"),
        ("subject", "hello"),
    )
    assert strip_untrusted(headers, frozenset()) == (("subject", "hello"),)


def test_strip_untrusted_keeps_only_trusted_authentication_results() -> None:
    trusted = ("authentication-results", "mx1.ccm-isu.example; dmarc=pass")
    forged = ("authentication-results", "mx.evil.example; dmarc=pass")
    headers = (("received", "from a"), forged, trusted, ("from", SENDER))
    kept = strip_untrusted(headers, frozenset({"MX1.ccm-isu.example"}))
    assert kept == (("received", "from a"), trusted, ("from", SENDER))


# The phrase patterns' fast paths (`screen_phrases.Phrases`, `_alternatives`) find what the
# plain case-blind search finds.
PHRASE_PIECES = ["could you", "Could You", "COULD\nYOU", "unsubscribe", "UNSUBSCRIBE", "lottery",
                 "next of kin", "réponse automatique", "RÉPONSE AUTOMATIQUE", "out of office",
                 "verify your account", "free trial", "ticket #12345", "?", "¿", "ſ", "ı", "İ",
                 "K", "µ", "ß", "Ω", "жду", "نرجو", "é", " ", "\n", ". ", ",", "-", "x", "in",
                 "kindly", "KINDLY", "pourriez-vous", "ISU's", "bitcoin",
                 "SEO services"]  # fmt: skip
PHRASE_TEXTS = st.lists(st.sampled_from(PHRASE_PIECES) | st.text(max_size=3), max_size=14).map(
    "".join
)
PHRASES = [value for value in vars(P).values() if isinstance(value, P.Phrases)]
PHRASES += [*P.SPAM_CONTENT, P._SPAM_ANY]


def _span(found: re.Match[str] | None) -> tuple[tuple[int, int], str] | None:
    return None if found is None else (found.span(), found.group(0))


@settings(max_examples=500, deadline=None)
@given(PHRASE_TEXTS)
def test_phrase_search_is_the_case_blind_search(text: str) -> None:
    for phrases in PHRASES:
        plain = re.compile(phrases.pattern, re.IGNORECASE)
        assert _span(phrases.search(text)) == _span(plain.search(text))


def test_plain_latin_lowers_as_the_regex_engine_folds() -> None:
    """Why `Phrases` may search lower-cased text: below U+0250 (the characters it lets through),
    each character lowers to one, of the same kind, and a case-blind pattern letter matches
    exactly the characters that lower to its lower case."""
    plain = [chr(code) for code in range(0x250) if not P._NOT_PLAIN_LATIN.search(chr(code))]
    letters = {c for phrases in PHRASES for c in phrases.pattern if c.lower() != c.upper()}
    for char in plain:
        lower = char.lower()
        assert len(lower) == 1
        for kind in (r"\w", r"\s", r"\d"):
            assert bool(re.match(kind, char)) == bool(re.match(kind, lower))
        for letter in letters:
            blind = re.fullmatch(re.escape(letter), char, re.IGNORECASE) is not None
            assert blind == (lower == letter.lower())


@pytest.mark.parametrize(
    ("patterns", "expected"),
    [
        ([r"\ba", r"\bb"], r"\b(?:(?:a)|(?:b))"),
        ([r"\ba|b", r"\bc"], r"(?:\ba|b)|\b(?:(?:c))"),  # the first is an alternation
        ([r"[?]", r"\ba", r"#\d", r"\b(?:x|y)"], r"(?:[?])|\b(?:(?:a))|(?:#\d)|\b(?:(?:(?:x|y)))"),
        ([r"\b[|(]a", r"\b?a"], r"\b(?:(?:[|(]a))|(?:\b?a)"),
    ],
)
def test_alternatives_write_a_shared_word_boundary_once(patterns: list[str], expected: str) -> None:
    assert P._alternatives(patterns) == expected


@pytest.mark.parametrize(
    "footer",
    [
        "Если вы не хотите получать наши предложения, ответьте «Отписаться».",
        "لإلغاء الاشتراك في هذه الرسائل اضغط هنا",
    ],
)
def test_russian_and_arabic_newsletter_footers_are_bulk(footer: str) -> None:
    assert run(message(text=f"Утилизация под ключ.\n\n{footer}"))[0] is Kind.BULK


@pytest.mark.parametrize(
    "text", ["Only today: 15% off! Free trial.", "скидка 20% — только до конца месяца"]
)
def test_discounts_written_without_a_space_before_the_percent_sign_are_spam(text: str) -> None:
    assert run(message(text=text))[0] is Kind.SPAM


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Accepted: Briefing on victim assistance", "Julia Brandtner has accepted this meeting."),
        ("Accepté : Réunion de coordination", "Marc Diallo a accepté cette réunion.\n\nQuand : …"),
        ("Rechazado: Taller sobre desminado", "Ana Ruiz ha rechazado esta reunión."),
        ("Abgelehnt: Treffen", "Jonas Weber hat diese Besprechung abgelehnt."),
    ],
)
def test_a_calendar_response_to_an_invitation_is_auto_reply(subject: str, text: str) -> None:
    kind, reason = run(message(subject=subject, text=text))
    assert kind is Kind.AUTO_REPLY and reason.startswith("calendar response")


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        ("Accepted: Briefing", "Julia has accepted this meeting. Could you send us the agenda?"),
        ("Accepted: our extension request", "Dear ISU, our request was accepted by parliament."),
        ("Re: Briefing", "The Minister has accepted this meeting; we would need interpretation."),
    ],
)
def test_a_response_with_a_question_or_without_both_signals_is_an_enquiry(
    subject: str, text: str
) -> None:
    assert run(message(subject=subject, text=text))[0] is Kind.ENQUIRY


@pytest.mark.parametrize(
    "text",
    [
        "شكراً لرسالتكم.\n\nأنا خارج المكتب حالياً في إجازة حتى 20 فبراير. للمسائل العاجلة يرجى "
        "التواصل مع م. رنا العلي.",
        "سأكون في مهمة حتى نهاية الشهر ولن أتمكن من الاطلاع على البريد الإلكتروني.",
        "Спасибо за ваше письмо.\n\nЯ нахожусь в отпуске до 3 марта. По срочным вопросам "
        "просьба обращаться к г-ну Иванову.",
        "Я в командировке до пятницы, с ограниченным доступом к почте.",
    ],
)
def test_arabic_and_russian_out_of_office_without_headers_is_auto_reply(text: str) -> None:
    kind, reason = run(message(subject="Re: Article 7 report forms", text=text))
    assert kind is Kind.AUTO_REPLY and reason.startswith("out-of-office text")


@pytest.mark.parametrize("subject", ["رد آلي: تقرير المادة 7", "Автоответ: отчет по статье 7"])
def test_arabic_and_russian_absence_subject_is_auto_reply(subject: str) -> None:
    assert run(message(subject=subject, text="..."))[0] is Kind.AUTO_REPLY


@pytest.mark.parametrize(
    "text",
    [
        # "please send us the Article 7 forms; I will be out of the office next week"
        "نرجو إرسال استمارات التقرير بموجب المادة 7. سأكون خارج المكتب الأسبوع المقبل.",
        "Просим направить формы отчета. Я буду в отпуске со следующей недели, я отсутствую.",
    ],
)
def test_arabic_and_russian_absence_mention_with_a_request_is_an_enquiry(text: str) -> None:
    assert run(message(text=text))[0] is Kind.ENQUIRY


FRENCH_INVITATION = (
    "Vous avez été invité à la réunion suivante.\n\nRéunion de coordination - destruction des "
    "stocks\nQuand : jeudi 13 mars 2025, 10:00 - 11:30\nOrdre du jour : calendrier de "
    "démantèlement, préparation du rapport article 7.\n\nAccepter - Peut-être - Refuser"
)


@pytest.mark.parametrize(
    ("subject", "text"),
    [
        # French typography: a space before the colon
        ("Invitation : Réunion de coordination @ jeu. 13 mars 2025", FRENCH_INVITATION),
        ("Réunion de coordination", FRENCH_INVITATION),
        ("Invitación: Taller sobre desminado", "Ha sido invitada a la siguiente reunión."),
        ("Reminder: Coordination call @ Tue 10 Jun 2025", "Coordination call\nJoin: …"),
    ],
)
def test_calendar_invitations_in_other_wordings_are_auto_reply(subject: str, text: str) -> None:
    parsed = message(subject=subject, text=text, attachments=(INVITE,))
    kind, reason = run(parsed)
    assert kind is Kind.AUTO_REPLY and reason.startswith("calendar invitation")


def test_a_reminder_subject_without_a_calendar_part_is_an_enquiry() -> None:
    parsed = message(subject="Reminder: our Article 7 report", text="Rappel : merci.")
    assert run(parsed)[0] is Kind.ENQUIRY


@pytest.mark.parametrize(
    "text",
    [
        "Are you a State Party facing an Article 3 deadline? Cut your stockpile destruction costs "
        "by 40%. Book a 20-minute demo. Receive our free white paper.",
        "Réduisez vos coûts de dépollution de 30 % grâce à nos drones. Demandez votre démo !",
        "Ahorre hasta un 25 % en sus operaciones. Solicite una demostración sin compromiso.",
    ],
)
def test_vendor_marketing_without_bulk_headers_is_spam(text: str) -> None:
    kind, reason = run(message(subject="Meet your Convention deadlines", text=text))
    assert kind is Kind.SPAM and reason.startswith("spam wording")


def test_an_enquiry_asking_for_a_demonstration_is_not_spam() -> None:
    text = "Could you arrange a demo of the IMSMA reporting module for our staff next month?"
    assert run(message(text=text))[0] is Kind.ENQUIRY
