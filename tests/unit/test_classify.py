"""classify: normalised term matching, zones and their weights, Article numbers, the fallback
to general, and the evidence behind every decision."""

from __future__ import annotations

from pathlib import Path

import pytest

from intake.classify import classify
from intake.classify_terms import Term, Zone, filename_words, normalise
from intake.models import Attachment, ParsedMessage
from intake.rules import Rules, Signal, Topic, Weights, load_rules

SHIPPED = Path(__file__).resolve().parents[2] / "routing_rules"


def topic(topic_id: str, articles: tuple[int, ...], **signals: list[tuple[str, float]]) -> Topic:
    return Topic(
        id=topic_id,
        label={"en": topic_id},
        articles=articles,
        signals={
            code: tuple(Signal(term=t, weight=w) for t, w in terms)
            for code, terms in signals.items()
        },
        route_to=(f"{topic_id}-coordinators",),
    )


def make_rules(**changes: object) -> Rules:
    topics = {
        "clearance": topic(
            "clearance",
            (4,),
            en=[("cluster munition remnants", 3), ("survey*", 1), ("clearance", 2)],
            fr=[("dépollution", 3)],
        ),
        "victim_assistance": topic(
            "victim_assistance",
            (5,),
            en=[("victim assistance", 3), ("victim*", 1.5), ("survivor*", 2)],
            es=[("prótesis", 3)],
        ),
        "reporting": topic("reporting", (7,), en=[("annual report", 2.5), ("form*", 1)]),
        "general": Topic(id="general", label={"en": "General"}, route_to=("isu",)),
    }
    values: dict[str, object] = {
        "topics": topics,
        "contacts": {},
        "roles": {},
        "weights": Weights(subject=3, body=1, quoted=0.2, attachment=2, forwarded=0.8, article=4),
        "threshold": 0.5,
        "min_score": 2.0,
        "languages": ("en", "fr", "es"),
        "version": "test",
        "directory": Path("."),
    }
    values.update(changes)
    return Rules.model_validate(values)


RULES = make_rules()


def parsed(text: str = "", subject: str = "", **fields: object) -> ParsedMessage:
    base = {"message_id": None, "subject": subject, "from_address": None, "text": text}
    return ParsedMessage.model_validate({**base, **fields})


def term(text: str) -> Term:
    found = Term.parse(text)
    assert found is not None
    return found


def test_normalise_folds_case_accents_and_punctuation() -> None:
    folded = normalise("Dépollution: l’Œuvre — SOUS-munitions!")
    assert folded == "depollution l oeuvre sous munitions"


def test_filename_words_split_separators_and_camel_case() -> None:
    assert filename_words("Form_A_Article7.xlsx") == "Form A Article 7"
    assert filename_words("AnnualReport-2025.v2.pdf") == "Annual Report 2025 v 2"


def test_terms_match_on_word_boundaries_only() -> None:
    zone = Zone("Clearances and declared areas")
    assert zone.starts(term("clearance")) == []
    assert zone.starts(term("clear*")) == [0]


def test_prefix_terms_match_any_ending() -> None:
    zone = Zone("We surveyed; surveys continue. Survey teams")
    assert len(zone.starts(term("survey*"))) == 3


def test_phrases_match_across_line_breaks_and_punctuation() -> None:
    zone = Zone("remaining cluster\nmunition-remnants")
    assert zone.starts(term("cluster munition remnants")) == [1]


def test_accented_terms_match_unaccented_text_and_back() -> None:
    result = classify(parsed("La depollution du site"), RULES)
    assert result.topic == "clearance"
    assert any(item.term == "dépollution" for item in result.evidence)


def test_signals_of_every_language_are_tried() -> None:
    result = classify(parsed("We need prótesis for the survivors in the north."), RULES)
    terms = {item.term for item in result.evidence}
    assert {"prótesis", "survivor*"} <= terms


def test_overlapping_terms_count_the_words_once() -> None:
    result = classify(parsed("victim assistance"), RULES)
    assert [(item.term, item.weight) for item in result.evidence] == [("victim assistance", 3.0)]


def test_subject_counts_more_than_body() -> None:
    in_subject = classify(parsed("", subject="Clearance"), RULES)
    in_body = classify(parsed("Clearance"), RULES)
    assert in_subject.scores["clearance"] == 6.0
    assert in_body.scores["clearance"] == 2.0


def test_a_subject_cannot_outvote_what_the_body_asks() -> None:
    body = "Cluster munition remnants block two villages; we need clearance and a survey."
    result = classify(parsed(body, subject="Victim assistance meeting"), RULES)
    assert result.topic == "clearance"
    subject_weight = sum(i.weight for i in result.evidence if i.where == "subject")
    assert subject_weight == RULES.min_score
    assert "subject counted no more than the body" in result.reason


def test_a_bare_cover_note_keeps_its_subject_whole() -> None:
    result = classify(parsed("See attached, thanks.", subject="Victim assistance"), RULES)
    assert result.topic == "victim_assistance"
    assert result.scores["victim_assistance"] == 9.0


def test_sentences_that_ask_count_more() -> None:
    context = classify(parsed("Our survivors are doing well."), RULES)
    asked = classify(parsed("Could you help our survivors?"), RULES)
    assert asked.scores["victim_assistance"] == 1.5 * context.scores["victim_assistance"]


def test_quoted_text_counts_little() -> None:
    result = classify(parsed("Thanks.", quoted_text="> clearance clearance survey"), RULES)
    assert result.topic == "general"
    assert {item.where for item in result.evidence} == {"quoted"}


def test_a_zone_weighted_zero_is_not_read() -> None:
    weights = RULES.weights.model_copy(update={"quoted": 0.0})
    result = classify(parsed("", quoted_text="clearance"), make_rules(weights=weights))
    assert result.evidence == ()


def test_forwarded_text_keeps_a_forwarded_ask_classifiable() -> None:
    result = classify(parsed("FYI.", forwarded_text="Survivors need victim assistance."), RULES)
    assert result.topic == "victim_assistance"
    assert {item.where for item in result.evidence} == {"forwarded"}


def test_attachment_names_are_signals() -> None:
    files = (Attachment(filename="AnnualReport_Form_B.xlsx", content_type="x", size=1),)
    result = classify(parsed("For review.", attachments=files), RULES)
    assert result.topic == "reporting"
    assert {(item.term, item.where) for item in result.evidence} == {
        ("annual report", "attachment"),
        ("form*", "attachment"),
    }


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Question on Article 4", "clearance"),
        ("pregunta sobre el artículo 4", "clearance"),
        ("selon l'art. 5 de la Convention", "victim_assistance"),
        ("nos termos do artigo 5", "victim_assistance"),
        ("вопрос по статье 7", "reporting"),
        ("nach Artikel 7 des Übereinkommens", "reporting"),
        ("بموجب المادة ٤ من الاتفاقية", "clearance"),
    ],
)
def test_article_numbers_in_any_language_signal_their_topic(text: str, expected: str) -> None:
    result = classify(parsed(text), RULES)
    assert result.topic == expected
    assert result.evidence[0].term.startswith("Article ")
    assert result.evidence[0].weight == RULES.weights.article


def test_article_in_an_attachment_name_counts() -> None:
    files = (Attachment(filename="Informe_Art7_2025.docx", content_type="x", size=1),)
    result = classify(parsed("Para revisión.", attachments=files), RULES)
    assert result.topic == "reporting"


def test_articles_without_a_topic_give_nothing() -> None:
    assert classify(parsed("Under Article 6 we ask for cooperation."), RULES).evidence == ()


def test_repeated_terms_count_more_up_to_a_cap() -> None:
    once = classify(parsed("survivors"), RULES).scores["victim_assistance"]
    twice = classify(parsed("survivors survivors"), RULES).scores["victim_assistance"]
    many = classify(parsed("survivors " * 20), RULES).scores["victim_assistance"]
    assert once < twice < many <= 2 * once


def test_no_signal_falls_back_to_general_and_says_why() -> None:
    result = classify(parsed("Is the office open on 2 January?"), RULES)
    assert (result.topic, result.confidence) == ("general", 0.0)
    assert "no topic signal" in result.reason


def test_weak_evidence_under_min_score_falls_back_to_general() -> None:
    result = classify(parsed("A form to fill in."), RULES)
    assert result.topic == "general"
    assert "min_score" in result.reason
    assert result.scores["reporting"] == 1.0


def test_two_topics_equally_strong_fall_back_to_general() -> None:
    result = classify(parsed("Clearance of remnants and services for survivors."), RULES)
    assert result.topic == "general"
    assert "threshold" in result.reason


def test_clear_winner_gets_its_topic_with_high_confidence() -> None:
    text = "Cluster munition remnants: we need clearance and a survey. Our survivors are fine."
    result = classify(parsed(text), RULES)
    assert result.topic == "clearance"
    assert 0.5 <= result.confidence <= 1.0
    assert result.reason.startswith("clearance scored")


def test_scores_are_the_sum_of_the_evidence() -> None:
    result = classify(parsed("clearance survey survivors", subject="Article 4"), RULES)
    for topic_id, score in result.scores.items():
        expected = sum(item.weight for item in result.evidence if item.topic == topic_id)
        assert score == pytest.approx(expected)
    assert set(result.scores) == {"clearance", "victim_assistance", "reporting"}


def test_language_is_detected_among_the_rules_languages() -> None:
    result = classify(parsed("Nous souhaiterions un appui pour la dépollution du site."), RULES)
    assert result.language == "fr"


def test_an_edited_rules_snapshot_is_used_at_once() -> None:
    before = classify(parsed("We need demining help."), RULES)
    edited = RULES.topics["clearance"].model_copy(
        update={"signals": {"en": (Signal(term="demining", weight=3),)}}
    )
    rules = make_rules(topics={**RULES.topics, "clearance": edited})
    after = classify(parsed("We need demining help."), rules)
    assert (before.topic, after.topic) == ("general", "clearance")


@pytest.mark.parametrize(
    ("subject", "text", "expected"),
    [
        ("Destruction of our stocks", "We must demilitarise 900 dispensers before our "
         "deadline and look for a destruction facility.", "stockpile_destruction"),
        ("Newly found contamination", "Farmers found unexploded submunitions; we need a "
         "non-technical survey and marking of the area.", "clearance"),
        ("Réadaptation", "Notre centre souhaite développer la kinésithérapie pour les "
         "survivants amputés.", "victim_assistance"),
        ("Informe", "¿Podemos corregir el informe anual ya presentado antes del 30 de abril?",
         "reporting"),
        ("Ley nacional", "Estamos redactando el proyecto de ley de aplicación y las sanciones "
         "penales.", "legislation"),
        ("Sponsorship", "Could the sponsorship programme fund our delegate's travel to the "
         "meeting?", "general"),
    ],
)  # fmt: skip
def test_shipped_rules_route_typical_enquiries(subject: str, text: str, expected: str) -> None:
    assert classify(parsed(text, subject=subject), load_rules(SHIPPED)).topic == expected
