"""What ships in `routing_rules/` loads cleanly and routes every topic to someone; the
acknowledgement languages shipped in `templates/ack/` have every text they need."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from intake.app import screen_policy
from intake.explain import NOT_AN_ENQUIRY, evaluate
from intake.route import holders, resolve_route
from intake.rules import check_rules, load_rules
from intake.settings import load_settings
from intake.templates import Templates

SHIPPED = Path(__file__).resolve().parents[1] / "routing_rules"
DEV_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "dev"
HELDOUT_CORPUS = Path(__file__).resolve().parent / "corpus" / "heldout"
TOPICS = ("stockpile_destruction", "clearance", "victim_assistance", "reporting", "legislation")
ROLES = (
    "isu",
    "cooperation-coordinators",
    "stockpile-coordinators",
    "clearance-coordinators",
    "victim-assistance-coordinators",
    "transparency-coordinators",
    "legislation-coordinators",
)
ROTATION = (date(2026, 9, 30), date(2026, 10, 1))
TEMPLATES = SHIPPED.parent / "templates"
# Languages an acknowledgement is written in, besides English (the fallback).
ACK_LANGUAGES = ("fr", "es", "pt", "de", "it", "ar", "ru")
JINJA_TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}")


def test_shipped_rules_have_no_errors() -> None:
    errors = [str(p) for p in check_rules(SHIPPED) if p.severity == "error"]
    assert errors == []


def test_shipped_rules_warn_only_about_placeholders() -> None:
    warnings = [str(p) for p in check_rules(SHIPPED) if p.severity == "warning"]
    assert [w for w in warnings if "placeholder" not in w] == []


def test_shipped_rules_define_every_topic_and_role() -> None:
    rules = load_rules(SHIPPED)
    assert set(rules.topics) == {*TOPICS, "general"}
    assert set(ROLES) <= set(rules.roles)


@pytest.mark.parametrize("day", ROTATION)
def test_every_shipped_role_has_holders_around_the_rotation(day: date) -> None:
    rules = load_rules(SHIPPED)
    for role in ROLES:
        assert holders(rules, role, day), role


def test_shipped_roster_rotates_at_the_end_of_september() -> None:
    rules = load_rules(SHIPPED)
    before, after = (holders(rules, "cooperation-coordinators", day) for day in ROTATION)
    assert before != after


def test_shipped_topics_go_to_their_coordinators_with_the_isu_in_copy() -> None:
    rules = load_rules(SHIPPED)
    isu = holders(rules, "isu", ROTATION[1])
    for topic in TOPICS:
        route = resolve_route(rules, topic, ROTATION[1])
        assert route.roles_cc == ("isu",), topic
        assert route.to and route.roles_to != ("isu",), topic
        assert set(route.cc) <= set(isu), topic


def test_shipped_general_goes_to_the_isu_with_cooperation_coordinators_in_copy() -> None:
    route = resolve_route(load_rules(SHIPPED), "general", ROTATION[1])
    assert (route.roles_to, route.roles_cc) == (("isu",), ("cooperation-coordinators",))


@pytest.mark.parametrize("corpus", [DEV_CORPUS, HELDOUT_CORPUS], ids=["dev", "heldout"])
def test_shipped_rules_classify_the_labelled_corpora(corpus: Path) -> None:
    """The service as configured for the corpora (their intake and acknowledgement addresses):
    at least 95% right, and no automated or bulk mail routed to a person."""
    if not (corpus / "labels.json").is_file():
        pytest.skip(f"no labelled corpus at {corpus}")
    settings = load_settings(
        None,
        smtp={"intake_addresses": ["intake@ccm-isu.example"]},
        delivery={"from_address": "no-reply@ccm-isu.example"},
    )
    report = evaluate(corpus, load_rules(SHIPPED), screen_policy(settings, b"k" * 32))
    assert report["accuracy"] >= 0.95, report["errors"]
    assert report["noise_routed"] == 0, report["confusion"][NOT_AN_ENQUIRY]


BLIND_CORPORA = sorted((Path(__file__).resolve().parents[1] / "bench").glob("blind*/labels.json"))


@pytest.mark.parametrize("labels", BLIND_CORPORA, ids=[p.parent.name for p in BLIND_CORPORA])
def test_shipped_rules_keep_the_bar_on_the_corpora_written_blind(labels: Path) -> None:
    """`bench/blind*`: corpora written without reading the classifier, each measured once
    unseen (see the closing notes); a change that takes one under 95% must say why."""
    settings = load_settings(None, smtp={"intake_addresses": ["intake@ccm-isu.example"]})
    report = evaluate(labels.parent, load_rules(SHIPPED), screen_policy(settings, b"k" * 32))
    assert report["accuracy"] >= 0.95, report["errors"]


def test_shipped_acknowledgement_languages_are_the_eight_served() -> None:
    templates = Templates(TEMPLATES)
    assert templates.ack_languages == tuple(sorted(("en", *ACK_LANGUAGES)))
    assert set(templates.ack_languages) <= set(load_rules(SHIPPED).languages)


@pytest.mark.parametrize("lang", ACK_LANGUAGES)
def test_shipped_acknowledgement_strings_and_templates_match_the_english(lang: str) -> None:
    """Same keys as `[en]`, no string left in English, and templates with exactly the English
    `{{ }}` / `{% %}` constructs (whitespace control included) in the same order."""
    templates = Templates(TEMPLATES)
    english, strings = templates.strings["en"], templates.strings[lang]
    assert set(strings) == set(english)
    assert [key for key in english if strings[key] == english[key]] == []
    for kind in ("txt", "html"):
        ours = (TEMPLATES / "ack" / f"{lang}.{kind}.j2").read_text(encoding="utf-8")
        theirs = (TEMPLATES / "ack" / f"en.{kind}.j2").read_text(encoding="utf-8")
        assert JINJA_TAG.findall(ours) == JINJA_TAG.findall(theirs), kind
    page = (TEMPLATES / "ack" / f"{lang}.html.j2").read_text(encoding="utf-8")
    direction = ' dir="rtl"' if lang == "ar" else ""
    assert f'<html lang="{lang}"{direction}>' in page


@pytest.mark.parametrize("lang", ACK_LANGUAGES)
def test_shipped_topics_have_their_acknowledgement_texts_in_every_language(lang: str) -> None:
    """Guidance and resource titles for every topic and for general mail, labels for every
    topic: none of them falls back to English in an acknowledgement in `lang`."""
    rules = load_rules(SHIPPED)
    for name, spec in rules.topics.items():
        assert spec.guidance.get(lang) and spec.guidance[lang] != spec.guidance["en"], name
        for resource in spec.resources:
            assert resource.title.get(lang), (name, resource.url)
            assert resource.title[lang] != resource.title["en"], (name, resource.url)
        assert spec.label.get(lang), name
        if name != "general":  # "General" is the same word in English and Spanish
            assert spec.label[lang] != spec.label["en"], name
