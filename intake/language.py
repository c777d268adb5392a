"""Language detection for `classify` and the acknowledgement: which of the served languages
a message is written in, with py3langid's bundled model (offline, loaded once on first use).
"""

from __future__ import annotations

import threading
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

DEFAULT_LANGUAGE = "en"
# Below this many letters the model guesses; the default is the better answer.
MIN_LETTERS = 12
# The model's cost grows with the text; the first few thousand characters settle the language.
MAX_CHARS = 5000
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """One shared model with every language enabled; `allowed` filters its ranking instead, so
    concurrent callers with different language lists never mutate shared state."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    return LanguageIdentifier.from_model_file(MODEL_FILE)


def detect_language(text: str, allowed: Sequence[str]) -> str:
    """ISO 639-1 code of `text`, one of `allowed`; "en" (if allowed) for too little text."""
    fallback = DEFAULT_LANGUAGE if not allowed or DEFAULT_LANGUAGE in allowed else allowed[0]
    sample = text[:MAX_CHARS]
    if sum(1 for char in sample if char.isalpha()) < MIN_LETTERS:
        return fallback
    with _lock:  # building the model twice in parallel would only waste memory and time
        identifier = _identifier()
    wanted = set(allowed)
    for language, _score in identifier.rank(sample):
        if not wanted or language in wanted:
            return str(language)
    return fallback
