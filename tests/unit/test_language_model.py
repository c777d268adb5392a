"""The language model trimmed to the served languages: the same answers as py3langid's whole
model filtered to them, only the asked columns in memory, one shared tokenizer."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from intake import language
from intake.language import detect_language

CORPORA = Path(__file__).resolve().parents[1] / "corpus"
SENTENCES = [
    "We would like to request assistance with the clearance of contaminated land.",
    "Nous souhaiterions obtenir un appui pour la dépollution des zones contaminées.",
    "Quisiéramos solicitar apoyo para la limpieza de las zonas contaminadas.",
    "Gostaríamos de solicitar apoio para a limpeza das áreas contaminadas.",
    "Wir möchten um Unterstützung bei der Räumung verseuchter Flächen bitten.",
    "Vorremmo richiedere assistenza per la bonifica dei terreni contaminati.",
    "Wij willen graag hulp vragen bij het ruimen van besmet land.",
    "Просим оказать помощь в разминировании загрязнённых территорий.",
    "Желимо да затражимо помоћ у чишћењу контаминираног земљишта.",
    "Chcielibyśmy poprosić o pomoc w oczyszczaniu skażonych terenów.",
    "نرجو مساعدتنا في تطهير الأراضي الملوثة بالقرب من الحدود.",
    "ما مایلیم برای پاکسازی زمین های آلوده درخواست کمک کنیم.",
    "我们希望请求协助清理边境附近受污染的土地。",
    "国境付近の汚染された土地の除去について支援をお願いします。",
    "हम सीमा के पास दूषित भूमि की सफाई में सहायता का अनुरोध करना चाहेंगे।",
    "Sınıra yakın kirlenmiş arazilerin temizlenmesi için yardım istiyoruz.",
    "Θα θέλαμε να ζητήσουμε βοήθεια για τον καθαρισμό των εδαφών.",
    "Kami ingin meminta bantuan untuk pembersihan lahan terkontaminasi.",
    "Biz chegara yaqinidagi ifloslangan yerlarni tozalashda yordam so'ramoqchimiz.",
]
ODD = [
    "ЗДРАВСТВУЙТЕ УВАЖАЕМЫЕ КОЛЛЕГИ",
    "RE: FW: Article 5 — Art. 7 report 2024 (draft v2)",
    "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
    "https://example.org/path?query=1 mailto:someone@example.org",
    "\x00\x01 binary junk \udcff with a lone surrogate in it",
    "😀😀 hello there friends, how are you 😀",
]
ALLOWED = [("en", "fr", "es"), ("en", "fr", "es", "ar", "ru"), ("fr",), ("sr", "uz", "en"), ()]


def _texts() -> list[str]:
    texts = SENTENCES + ODD + [s.upper() for s in SENTENCES] + [s[:30] for s in SENTENCES]
    texts += [f"{a} {b}" for a, b in zip(SENTENCES, SENTENCES[3:] + SENTENCES[:3], strict=True)]
    for folder in ("heldout", "malformed"):
        for path in sorted((CORPORA / folder).glob("*.eml")):
            body = path.read_bytes().replace(b"\r\n", b"\n").partition(b"\n\n")[2]
            texts.append(body.decode("utf-8", "replace"))
    return texts


TEXTS = _texts()


@pytest.fixture(scope="module")
def whole_model() -> Any:
    """py3langid's own loader, every language: what detection filtered its ranking from."""
    return LanguageIdentifier.from_model_file(MODEL_FILE)


@pytest.fixture
def fresh_cache() -> Iterator[None]:
    language._identifier.cache_clear()
    yield
    language._identifier.cache_clear()


def _filtered_whole(model: Any, text: str, allowed: Sequence[str]) -> str:
    """detect_language as it was: the whole model's ranking, filtered to `allowed`."""
    fallback = "en" if not allowed or "en" in allowed else allowed[0]
    sample = text[: language.MAX_CHARS]
    if sum(1 for char in sample if char.isalpha()) < language.MIN_LETTERS:
        return fallback
    return next(
        (lang for lang, _ in model.rank(sample) if not allowed or lang in allowed), fallback
    )


@pytest.mark.parametrize("allowed", ALLOWED, ids=lambda allowed: ",".join(allowed) or "all")
def test_same_answers_as_the_whole_model_filtered(whole_model: Any, allowed: tuple[str]) -> None:
    assert len(TEXTS) > 150
    for text in TEXTS:
        assert detect_language(text, allowed) == _filtered_whole(whole_model, text, allowed), text


def test_only_the_asked_columns_are_kept() -> None:
    trimmed = language._identifier(frozenset({"en", "fr", "es"}))
    assert trimmed.nb_classes == ["en", "es", "fr"]  # the model's order: ties break as before
    assert trimmed.nb_ptc.shape[1] == 3 and trimmed.nb_pc.shape == (3,)
    assert trimmed.nb_ptc.dtype == np.float64
    assert trimmed.nb_ptc.base is None  # its own memory, not a view that keeps the whole table
    assert trimmed.nb_ptc.nbytes < 3 * 2**20


def test_aliased_columns_are_all_kept() -> None:
    trimmed = language._identifier(frozenset({"sr", "uz", "xx"}))
    assert trimmed.nb_classes == ["sr", "sr", "uz", "uz"]


def test_every_language_when_none_is_asked_for(whole_model: Any) -> None:
    everything = language._identifier(frozenset())
    assert everything.nb_classes == whole_model.nb_classes
    assert everything.nb_ptc.dtype == whole_model.nb_ptc.dtype


def test_the_tokenizer_is_shared_by_every_set_of_languages() -> None:
    first = language._identifier(frozenset({"en", "fr", "es"}))
    second = language._identifier(frozenset({"fr"}))
    assert second.tk_nextmove is first.tk_nextmove and second.tk_output is first.tk_output


@pytest.mark.usefixtures("fresh_cache")
def test_concurrent_callers_build_each_model_once_and_agree(whole_model: Any) -> None:
    jobs = [(text, allowed) for allowed in ALLOWED[:3] for text in SENTENCES] * 2
    with ThreadPoolExecutor(max_workers=4) as pool:
        answers = list(pool.map(lambda job: detect_language(*job), jobs))
    assert answers == [_filtered_whole(whole_model, text, allowed) for text, allowed in jobs]
    assert language._identifier.cache_info().misses == 3
