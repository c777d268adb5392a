"""Text matching for `classify`: one normal form for messages and rule terms (case-folded,
accents stripped, split into words), prefix terms, attachment-name words, Article numbers, and
each rules snapshot's vocabulary built once.
"""

from __future__ import annotations

import re
import threading
import unicodedata
from bisect import bisect_left
from collections import Counter
from dataclasses import dataclass
from functools import lru_cache

from intake.rules import GENERAL, Rules

# Letters that do not decompose under NFKD but are written both ways by senders.
_FOLD = str.maketrans({"œ": "oe", "æ": "ae", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
                       "أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ـ": ""})  # fmt: skip
_WORD = re.compile(r"\w+")
# camelCase humps and letter/digit boundaries: "AnnualReport2025" → "Annual Report 2025".
_CAMEL = re.compile(
    r"(?<=[a-z])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])|(?<=[^\W\d_])(?=\d)|(?<=\d)(?=[^\W\d_])"
)
_EXTENSION = re.compile(r"\.[A-Za-z0-9]{1,5}$")
# The word for "Article" in the served languages (normalised below); "art" covers "Art.".
_ARTICLE_WORDS = (
    "article",
    "articles",
    "art",
    "artículo",
    "artículos",
    "artigo",
    "artigos",
    "artikel",
    "статья",
    "статьи",
    "статье",
    "статьей",
    "المادة",
    "مادة",
    "للمادة",
    "بالمادة",
    "والمادة",
)
_AND = "(?:and|et|y|e|und|и|و)"


# Pieces of a text joined with it never make one phrase across the join.
BOUNDARY = "\u2029"


def normalise(text: str) -> str:
    """Case-folded, accents and punctuation removed, one space between words."""
    folded = unicodedata.normalize("NFKD", text.casefold().translate(_FOLD))
    plain = "".join(char for char in folded if not unicodedata.combining(char))
    return " ".join(_WORD.findall(plain.replace("_", " ")))


def filename_words(name: str) -> str:
    """`Form_A_Article7.xlsx` → `Form A Article 7`: separators and camelCase become spaces."""
    stem = _EXTENSION.sub("", name)
    spaced = re.sub(r"[_\-.\s]+", " ", stem)
    return _CAMEL.sub(" ", spaced).strip()


@lru_cache(maxsize=1)
def _article_pattern() -> re.Pattern[str]:
    words = "|".join(sorted({normalise(word) for word in _ARTICLE_WORDS}, key=len, reverse=True))
    number = r"(\d{1,2})\b"
    return re.compile(rf"\b(?:{words}) {number}(?: {_AND} {number})?(?: {_AND} {number})?")


@dataclass(frozen=True)
class Term:
    """A rule term in normal form: words, the last one a prefix when the term ends in `*`."""

    text: str  # as the admin wrote it, for the evidence
    words: tuple[str, ...]
    prefix: bool

    @classmethod
    def parse(cls, text: str) -> Term | None:
        stripped = text.strip()
        words = tuple(normalise(stripped.rstrip("*")).split())
        return cls(stripped, words, stripped.endswith("*")) if words else None

    @property
    def key(self) -> tuple[tuple[str, ...], bool]:
        return self.words, self.prefix


class Zone:
    """The words of one part of a message, indexed so that each term costs a lookup."""

    def __init__(self, text: str) -> None:
        self.words = [w for piece in text.split(BOUNDARY) for w in [*normalise(piece).split(), "|"]]
        self.text = " ".join(self.words)
        self.positions: dict[str, list[int]] = {}
        for index, word in enumerate(self.words):
            self.positions.setdefault(word, []).append(index)
        self.vocabulary = sorted(self.positions)  # distinct words, for prefix look-ups


    def starts(self, term: Term) -> list[int]:
        """Word positions where the term occurs (on word boundaries), in order."""
        first, rest = term.words[0], term.words[1:]
        if not rest and term.prefix:
            # The words starting with `first` sit together in sorted order: bisect, not scan.
            low = bisect_left(self.vocabulary, first)
            high = bisect_left(self.vocabulary, first + "\U0010ffff", low)
            return sorted(p for word in self.vocabulary[low:high] for p in self.positions[word])
        candidates = self.positions.get(first, [])
        return [start for start in candidates if not rest or self._follows(start, term)]

    def _follows(self, start: int, term: Term) -> bool:
        rest = term.words[1:]
        following = self.words[start + 1 : start + 1 + len(rest)]
        if len(following) < len(rest):
            return False
        *exact, last = rest
        if following[:-1] != exact:
            return False
        return following[-1].startswith(last) if term.prefix else following[-1] == last

    def articles(self) -> Counter[int]:
        """Article numbers named in this zone (`Article 4`, `art. 7`, `artículos 3 y 4`…)."""
        found: Counter[int] = Counter()
        for match in _article_pattern().finditer(self.text):
            for number in match.groups():
                if number:
                    found[int(number)] += 1
        return found


@dataclass(frozen=True)
class Vocabulary:
    """One topic's terms from every language, each normal form once (its highest weight)."""

    topic: str
    terms: tuple[tuple[Term, float], ...]
    articles: frozenset[int]


_lock = threading.Lock()
_cache: dict[int, tuple[Rules, tuple[Vocabulary, ...]]] = {}


def vocabularies(rules: Rules) -> tuple[Vocabulary, ...]:
    """The topics' terms in normal form, built once per rules snapshot."""
    with _lock:
        cached = _cache.get(id(rules))
        if cached is not None and cached[0] is rules:
            return cached[1]
        built = tuple(_vocabulary(topic_id, rules) for topic_id in rules.topics
                      if topic_id != GENERAL)  # fmt: skip
        if len(_cache) >= 4:  # reloads replace the snapshot; keep only the recent ones
            _cache.pop(next(iter(_cache)))
        _cache[id(rules)] = (rules, built)
        return built


def _vocabulary(topic_id: str, rules: Rules) -> Vocabulary:
    topic = rules.topics[topic_id]
    best: dict[tuple[tuple[str, ...], bool], tuple[Term, float]] = {}
    for signals in topic.signals.values():
        for signal in signals:
            term = Term.parse(signal.term)
            if term is not None and (term.key not in best or best[term.key][1] < signal.weight):
                best[term.key] = (term, signal.weight)
    return Vocabulary(topic_id, tuple(best.values()), frozenset(topic.articles))
