"""Language detection for `classify` and the acknowledgement: which of the served languages
a message is written in, with py3langid's bundled model (offline, loaded once on first use).

The bundled model scores ~140 languages and the service serves a handful, so only the served
languages' columns of its feature table are kept (~0.8 MiB a language instead of ~27 MiB for
all of them; the whole table is freed once they are copied). The tokenizer (~38 MiB) serves
every language and is shared.
"""

from __future__ import annotations

import gc
import threading
from array import array
from collections.abc import Sequence
from functools import lru_cache
from typing import TYPE_CHECKING, Any, NamedTuple

if TYPE_CHECKING:
    import numpy.typing as npt

DEFAULT_LANGUAGE = "en"
# Below this many letters the model guesses; the default is the better answer.
MIN_LETTERS = 12
# The model's cost grows with the text; the first few thousand characters settle the language.
MAX_CHARS = 5000
# Identifiers kept, one per distinct set of languages asked for: the service asks for one.
MODELS_KEPT = 4
_lock = threading.Lock()


class _Tokenizer(NamedTuple):
    """The model's byte automaton that finds the features: the same for every language."""

    nextmove: array[int]
    row: array[int]
    output: array[int]


class _Columns(NamedTuple):
    """The model's per-language part, for some of its languages."""

    ptc: npt.NDArray[Any]  # feature × language log-probabilities
    pc: npt.NDArray[Any]  # language priors
    classes: list[str]


_tokenizer: _Tokenizer | None = None  # set once, under `_lock`, by the first `_identifier`


def detect_language(text: str, allowed: Sequence[str]) -> str:
    """ISO 639-1 code of `text`, one of `allowed`; "en" (if allowed) for too little text."""
    fallback = DEFAULT_LANGUAGE if not allowed or DEFAULT_LANGUAGE in allowed else allowed[0]
    sample = text[:MAX_CHARS]
    if sum(1 for char in sample if char.isalpha()) < MIN_LETTERS:
        return fallback
    with _lock:  # building a model twice in parallel would only waste memory and time
        identifier = _identifier(frozenset(allowed))
    wanted = set(allowed)
    for language, _score in identifier.rank(sample):
        if not wanted or language in wanted:
            return str(language)
    return fallback


@lru_cache(maxsize=MODELS_KEPT)
def _identifier(languages: frozenset[str]) -> Any:
    """An identifier that scores only `languages`, or every language when empty; never
    mutated, so concurrent callers share it. Call it under `_lock`.

    A few columns are kept as float64, and the scores summed in float64: the exact sum, which
    the whole table's float32 sum matches closely (the answer for any message is the same),
    while a float32 sum over a few columns takes another path in BLAS and strays several times
    further. With every language, the model stays as py3langid has it.
    """
    from py3langid.langid import LanguageIdentifier

    global _tokenizer
    columns, tokenizer = _columns(languages)
    shared = _tokenizer = _tokenizer or tokenizer
    identifier = LanguageIdentifier(
        columns.ptc,
        columns.pc,
        columns.classes,
        shared.nextmove,
        shared.output,
        tk_row=shared.row,
    )
    gc.collect()  # the whole table goes back before the first message is scored
    return identifier


def _columns(languages: frozenset[str]) -> tuple[_Columns, _Tokenizer]:
    """The model's columns for `languages` (all when empty) and its tokenizer, read with
    py3langid's own loader; the other columns are dropped on return."""
    import numpy as np
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    full = LanguageIdentifier.from_model_file(MODEL_FILE)
    tokenizer = _Tokenizer(full.tk_nextmove, full.tk_row, array("i", full.tk_output))
    if not languages:
        return _Columns(full.nb_ptc, full.nb_pc, list(full.nb_classes)), tokenizer
    keep = [i for i, label in enumerate(full.nb_classes) if label in languages]
    # Copies (not views), so that the whole table can be freed.
    ptc = np.asarray(full.nb_ptc)[:, keep].astype(np.float64)
    pc = np.asarray(full.nb_pc)[keep].astype(np.float64)
    return _Columns(ptc, pc, [full.nb_classes[i] for i in keep]), tokenizer
