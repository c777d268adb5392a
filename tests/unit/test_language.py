"""detect_language: served languages only, English for too little text, one model load."""

from __future__ import annotations

import pytest

from intake import language
from intake.language import detect_language

SERVED = ("en", "fr", "es", "ar", "pt", "ru", "de", "it")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("We would like to ask for help with our annual transparency report.", "en"),
        ("Nous souhaiterions obtenir un appui pour la dépollution de la région.", "fr"),
        ("Quisiéramos solicitar apoyo para la rehabilitación de los sobrevivientes.", "es"),
        ("Gostaríamos de pedir apoio para a reabilitação dos sobreviventes.", "pt"),
        ("Wir möchten um Unterstützung bei der Vernichtung unserer Bestände bitten.", "de"),
        ("Просим оказать помощь в подготовке ежегодного доклада.", "ru"),
        ("نرجو مساعدتنا في الحصول على خبرة فنية في المسح والتطهير.", "ar"),
        ("Vorremmo chiedere sostegno per la riabilitazione dei sopravvissuti.", "it"),
    ],
)
def test_detects_each_served_language(text: str, expected: str) -> None:
    assert detect_language(text, SERVED) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Solicitamos apoyo técnico para la destrucción de las existencias.", "es"),
        ("Necesitamos asistencia para el informe anual del artículo 7.", "es"),
        ("Solicitamos apoio técnico para a destruição dos arsenais.", "pt"),
        ("Precisamos de assistência para o relatório anual do artigo 7.", "pt"),
    ],
)
def test_serving_italian_leaves_spanish_and_portuguese_theirs(text: str, expected: str) -> None:
    assert detect_language(text, SERVED) == expected


def test_answer_is_always_one_of_the_allowed_languages() -> None:
    german = "Wir möchten um Unterstützung bei der Vernichtung unserer Bestände bitten."
    assert detect_language(german, ("en", "fr", "es")) in ("en", "fr", "es")


@pytest.mark.parametrize("text", ["", "   ", "Thanks!", "OK 12345 ..."])
def test_empty_or_very_short_text_defaults_to_english(text: str) -> None:
    assert detect_language(text, SERVED) == "en"


def test_short_text_falls_back_to_the_first_allowed_when_english_is_not_allowed() -> None:
    assert detect_language("Merci", ("fr", "es")) == "fr"


def test_the_model_is_loaded_once_for_every_set_of_languages() -> None:
    language._model.cache_clear()
    detect_language("Une phrase assez longue pour être analysée.", SERVED)
    detect_language("Otra frase bastante larga para ser analizada.", ("es", "fr"))
    assert language._model.cache_info().misses == 1


@pytest.mark.parametrize(
    "text", ["", "abc", "a1b2c3d4e5f6g7h8i9j0k1l", "Ça va très bien !", "12 lettres.."]
)
def test_counting_letters_stops_at_the_threshold_with_the_same_answer(text: str) -> None:
    for least in range(15):
        assert language._has_letters(text, least) == (sum(c.isalpha() for c in text) >= least)


def _ranked_all(text: str, allowed: tuple[str, ...]) -> str:
    """The answer from ranking all 176 languages at once, as before the first guesses."""
    labels, _ = language._model().predict(language._one_line(text), k=-1)
    served = [label.removeprefix("__label__") for label in labels]
    fallback = "en" if "en" in allowed else allowed[0]  # none ranked above zero is served
    return next((code for code in served if code in allowed), fallback)


@pytest.mark.parametrize("allowed", [SERVED, ("ar", "ru"), ("pt",), ("de", "es")])
def test_the_first_guesses_answer_as_ranking_every_language_would(allowed: tuple[str, ...]) -> None:
    texts = [
        "Wir möchten um Unterstützung bei der Vernichtung unserer Bestände bitten.",
        "Nous souhaiterions obtenir un appui pour la dépollution de la région.",
        "Просим оказать помощь в подготовке ежегодного доклада.",
        "Dear colleagues, please find attached our report. Atenciosamente, Ana",
        "Grazie mille per la vostra assistenza con il rapporto annuale.",  # served in SERVED only
    ]
    for text in texts:
        assert detect_language(text, allowed) == _ranked_all(text, allowed)
