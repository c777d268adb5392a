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
from typing import NamedTuple

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
    "articolo",
    "articoli",
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
    folded = text.casefold().translate(_FOLD)
    if not folded.isascii():  # ASCII has no accents and no compatibility forms: spare the loop
        folded = _without_marks(unicodedata.normalize("NFKD", folded))
    return " ".join(_WORD.findall(folded.replace("_", " ")))


def _without_marks(text: str) -> str:
    """`text` without combining characters: each distinct mark (a text has few) removed in one
    pass, rather than every character tested in a Python loop."""
    for char in set(text):
        if unicodedata.combining(char):
            text = text.replace(char, "")
    return text


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

    def starts(self, term: Term) -> list[int]:
        """Word positions where the term occurs (on word boundaries), in order.

        One term at a time: `TermIndex.spans` finds all terms at once.
        """
        first, rest = term.words[0], term.words[1:]
        if not rest and term.prefix:
            # The words starting with `first` sit together in sorted order: bisect, not scan.
            vocabulary = sorted(self.positions)
            low = bisect_left(vocabulary, first)
            high = bisect_left(vocabulary, first + "\U0010ffff", low)
            return sorted(p for word in vocabulary[low:high] for p in self.positions[word])
        candidates = self.positions.get(first, [])
        return [start for start in candidates if not rest or self.follows(start, term)]

    def follows(self, start: int, term: Term) -> bool:
        """Whether the words after `start` are the rest of a term of several words."""
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


# A term found in a zone: (weight, number of words, first word's position, the term's position
# in its vocabulary, term). Sorting on all but the last puts the heavier, longer, earlier and
# then first-written term first, the order in which overlapping terms take their words.
Span = tuple[float, int, int, int, Term]
# A term in the index: (its topic's position in `vocabularies`, its position in that
# vocabulary's terms, term, weight).
_Entry = tuple[int, int, Term, float]


@dataclass(frozen=True)
class TermIndex:
    """Every topic's terms (weight > 0) by the words that can start them.

    A zone is matched by walking its distinct words once, instead of looking up each of the
    thousand-odd terms in every zone: most terms occur in no given zone.
    """

    exact: dict[str, tuple[_Entry, ...]]  # first word → terms other than one-word prefixes
    prefixes: dict[str, tuple[_Entry, ...]]  # prefix → one-word prefix terms ("survey*")
    lengths: tuple[int, ...]  # the prefixes' lengths, shortest first
    shortest: int  # the shortest prefix's length (0 when there is none)
    stems: frozenset[str]  # the prefixes cut to `shortest`: a quick first test
    topics: int

    @classmethod
    def build(cls, vocabularies: tuple[Vocabulary, ...]) -> TermIndex:
        exact: dict[str, list[_Entry]] = {}
        prefixes: dict[str, list[_Entry]] = {}
        for topic, vocabulary in enumerate(vocabularies):
            for order, (term, weight) in enumerate(vocabulary.terms):
                if weight > 0:
                    into = prefixes if term.prefix and len(term.words) == 1 else exact
                    into.setdefault(term.words[0], []).append((topic, order, term, weight))
        lengths = tuple(sorted({len(prefix) for prefix in prefixes}))
        return cls(
            exact={word: tuple(entries) for word, entries in exact.items()},
            prefixes={word: tuple(entries) for word, entries in prefixes.items()},
            lengths=lengths,
            shortest=lengths[0] if lengths else 0,
            stems=frozenset(prefix[: lengths[0]] for prefix in prefixes),
            topics=len(vocabularies),
        )

    def spans(self, zone: Zone) -> list[list[Span]]:
        """Where each topic's terms occur in the zone, one list per topic; the same spans as
        `Zone.starts` gives term by term."""
        found: list[list[Span]] = [[] for _ in range(self.topics)]
        for word, positions in zone.positions.items():
            for topic, order, term, weight in self.exact.get(word, ()):
                length = len(term.words)
                found[topic] += [(weight, length, start, order, term) for start in positions
                                 if length == 1 or zone.follows(start, term)]  # fmt: skip
            if word[: self.shortest] not in self.stems:  # true of most words
                continue
            for size in self.lengths:
                if size > len(word):
                    break
                for topic, order, term, weight in self.prefixes.get(word[:size], ()):
                    found[topic] += [(weight, 1, start, order, term) for start in positions]
        return found


class _Built(NamedTuple):
    rules: Rules
    vocabularies: tuple[Vocabulary, ...]
    term_index: TermIndex


_lock = threading.Lock()
_cache: dict[int, _Built] = {}


def vocabularies(rules: Rules) -> tuple[Vocabulary, ...]:
    """The topics' terms in normal form, built once per rules snapshot; `general` among them
    when routing.toml gives it signals (requests the ISU handles itself)."""
    return _built(rules).vocabularies


def term_index(rules: Rules) -> TermIndex:
    """The topics' terms indexed by their first word, built once per rules snapshot."""
    return _built(rules).term_index


def _built(rules: Rules) -> _Built:
    with _lock:
        cached = _cache.get(id(rules))
        if cached is not None and cached.rules is rules:
            return cached
        built = tuple(_vocabulary(topic_id, rules) for topic_id, topic in rules.topics.items()
                      if topic_id != GENERAL or topic.signals)  # fmt: skip
        if len(_cache) >= 4:  # reloads replace the snapshot; keep only the recent ones
            _cache.pop(next(iter(_cache)))
        _cache[id(rules)] = _Built(rules, built, TermIndex.build(built))
        return _cache[id(rules)]


def _vocabulary(topic_id: str, rules: Rules) -> Vocabulary:
    topic = rules.topics[topic_id]
    best: dict[tuple[tuple[str, ...], bool], tuple[Term, float]] = {}
    for signals in topic.signals.values():
        for signal in signals:
            term = Term.parse(signal.term)
            if term is not None and (term.key not in best or best[term.key][1] < signal.weight):
                best[term.key] = (term, signal.weight)
    return Vocabulary(topic_id, tuple(best.values()), frozenset(topic.articles))
