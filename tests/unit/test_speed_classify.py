"""The fast paths of `classify` give what the plain ones give: the term index finds the spans
that `Zone.starts` finds term by term, ties go to the term written first, and `normalise`
skips its accent loop only where there is nothing to strip."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from intake.classify import _matches, classify
from intake.classify_roles import split_roles
from intake.classify_terms import (
    _FOLD,
    _WORD,
    Span,
    Term,
    TermIndex,
    Zone,
    normalise,
    term_index,
    vocabularies,
)
from intake.models import ParsedMessage
from intake.rules import Rules, Signal, Topic, Weights, load_rules
from tests.unit.classify_enquiries import ENQUIRIES

SHIPPED = load_rules(Path(__file__).resolve().parents[2] / "routing_rules")
VOCABULARIES = vocabularies(SHIPPED)
# Words that start the shipped terms, with endings that prefix terms accept, and filler.
TERM_WORDS = sorted({w for v in VOCABULARIES for term, _ in v.terms for w in term.words})
WORDS = st.sampled_from([*TERM_WORDS, "s", "ing", "the", "no", "|", "article", "7"])


def _by_term(vocabulary_terms: tuple[tuple[Term, float], ...], zone: Zone) -> list[Span]:
    """The spans as the term-by-term search finds them, in the index's form."""
    return [
        (weight, len(term.words), start, order, term)
        for order, (term, weight) in enumerate(vocabulary_terms)
        if weight > 0
        for start in zone.starts(term)
    ]


def _assert_same_spans(index: TermIndex, zone: Zone) -> None:
    found = index.spans(zone)
    for topic, vocabulary in enumerate(VOCABULARIES):
        assert sorted(found[topic], key=str) == sorted(_by_term(vocabulary.terms, zone), key=str)


@settings(max_examples=300, deadline=None)
@given(st.lists(WORDS, max_size=60), st.lists(st.sampled_from(["", "s", "es", "ing"])))
def test_index_finds_the_spans_of_the_term_by_term_search(
    words: list[str], ends: list[str]
) -> None:
    text = " ".join(w + (ends[i % len(ends)] if ends else "") for i, w in enumerate(words))
    _assert_same_spans(term_index(SHIPPED), Zone(text))


def test_index_finds_the_spans_in_the_sample_enquiries() -> None:
    index = term_index(SHIPPED)
    for enquiry in ENQUIRIES:
        for text in (enquiry.subject, enquiry.body, *split_roles(enquiry.body)):
            _assert_same_spans(index, Zone(text))


def _rules(*terms: tuple[str, float]) -> Rules:
    signals = {"en": tuple(Signal(term=t, weight=w) for t, w in terms)}
    return Rules.model_validate(
        {
            "topics": {
                "clearance": Topic(
                    id="clearance",
                    label={"en": "c"},
                    articles=(4,),
                    signals=signals,
                    route_to=("c",),
                ),
                "general": Topic(id="general", label={"en": "General"}, route_to=("isu",)),
            },
            "contacts": {},
            "roles": {},
            "weights": Weights(
                subject=3, body=1, quoted=0.2, attachment=2, forwarded=0.8, article=4
            ),
            "threshold": 0.5,
            "min_score": 2.0,
            "languages": ("en",),
            "version": "test",
            "directory": Path("."),
        }
    )


def _parsed(text: str) -> ParsedMessage:
    return ParsedMessage(message_id=None, subject="", from_address=None, text=text)


def test_on_a_tie_the_term_written_first_takes_the_word() -> None:
    for first, second in (("survey*", "surveys"), ("surveys", "survey*")):
        rules = _rules((first, 1.0), (second, 1.0))
        result = classify(_parsed("Two surveys."), rules)
        assert [item.term for item in result.evidence] == [first]


def test_matches_prefers_heavier_then_longer_then_earlier() -> None:
    zone = Zone("victim assistance for victims")
    spans = term_index(_rules(("victim*", 1.5), ("victim assistance", 3.0))).spans(zone)[0]
    counts = _matches(spans)
    assert {term.text: count for term, count in counts.items()} == {
        "victim assistance": (3.0, 1),
        "victim*": (1.5, 1),
    }


def test_rules_without_prefix_terms_index_fine() -> None:
    rules = _rules(("clearance", 2.0))
    assert classify(_parsed("clearance"), rules).scores["clearance"] == 2.0


def _normalise_slowly(text: str) -> str:
    """`normalise` without its ASCII shortcut."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return " ".join(_WORD.findall(plain.replace("_", " ")))


@settings(max_examples=500, deadline=None)
@given(st.text())
def test_normalise_shortcut_changes_nothing(text: str) -> None:
    assert normalise(text) == _normalise_slowly(text)


def test_normalise_shortcut_on_ascii_and_accents() -> None:
    for text in ("Mine_Clearance 2025!", "ﬁeld Dépollution", "Ǆ ½ ℌ", "Straße œuvre"):
        assert normalise(text) == _normalise_slowly(text)
