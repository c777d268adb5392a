"""Stage `classify`: which topic an enquiry is about, from the rule files' signals and the
Article numbers it names, weighted by where in the message they occur. A pure function whose
every decision carries its evidence and a reason in words.
"""

from __future__ import annotations

from dataclasses import dataclass

from intake.classify_roles import (
    frame_verb,
    names_contact_change,
    names_cooperation,
    split_purpose,
    split_roles,
    split_shift,
    weighs_equally,
)
from intake.classify_terms import (
    BOUNDARY,
    Span,
    Term,
    Vocabulary,
    Zone,
    filename_words,
    normalise,
    term_index,
    vocabularies,
)
from intake.language import detect_language
from intake.models import Classification, Evidence, ParsedMessage
from intake.rules import GENERAL, Rules

# Enough of each zone for any enquiry; keeps hostile megabyte bodies cheap to score.
MAX_ZONE_CHARS = 50_000
# A term repeated counts a little more, never more than twice its weight.
REPEAT_BONUS = 0.5
REPEAT_CAP = 3
# The sentences that ask (questions, "could you…") say what the message is for; what the
# sender sets aside ("no questions on…", "no stockpiles") counts little, and so does what is
# done ("already submitted") when the request is about another topic.
ASK_BONUS = 2.0
ASIDE = 0.2
# A topic the sender only describes (in the text, not in the subject or an attachment name)
# while the asking sentences clearly name another counts this much: background, not the ask.
BACKGROUND = 0.5
_TOLD = frozenset({"body", "forwarded", "quoted"})
# A clear lead routes even when the confidence formula is still low: a winner that reaches
# `min_score` with at least this many times the score of all other topics together is the main
# ask, not a balance between topics (3.5 against 2, or 4 against 2 + 1, stay `general`).
LEAD_RATIO = 2.0
# Each part of a message: where it is, its words, its weight, and its role in the request.
Part = tuple[str, Zone, float, str]
# Article 7 reports and Article 9 laws are about the other obligations: what was destroyed,
# cleared or done for survivors is what a report declares, what is prohibited is what a law
# penalises. In a request or a subject that names one of these topics strongly (a term of at
# least `FRAME_MIN`: "which form", "annual report", "penal code"), the other topics named in
# the same clause are what is reported or legislated on: they count as context there, not as
# asked ("in which form do we declare the munitions retained for training?"). Which topics frame
# is `framing_topics` in routing.toml (`Rules.framing_topics`).
FRAME_MIN = 2.0
FRAMED = "framed"
FRAMED_SHARE = 1 / ASK_BONUS  # an asked clause's topic counts as told (in a subject: half)
CONTACT_WHY = "a notice of a new focal point or changed contact details that asks about no topic"
COOPERATION_WHY = "a request about cooperation and assistance (Article 6) that asks about no topic"
EQUAL_WHY = "several needs the sender weighs the same, and a request that names none of them"
# A request about its report (or law) whose score comes within this share of the best topic's
# is about that report, when the topics it names count as what the report is about: they
# score from the report's own sentences, the report does not score from theirs.
FRAME_LEAD = 0.8
FRAME_WHY = "the request is about it, and the other topics are what it reports or legislates on"


def classify(parsed: ParsedMessage, rules: Rules) -> Classification:
    """The topic of an enquiry, or `general` when no topic is clear enough."""
    language = detect_language(_language_sample(parsed), rules.languages)
    own = _own_text(parsed)
    zones = _zones(parsed, rules, language, own.earlier, own.text, read_subject=not own.shifted)
    found = _evidence(zones, rules)
    framed = sorted({item.topic for role, item in found if role == FRAMED})
    weighed, background = _set_done_aside(found, rules.min_score)
    evidence, tempered = _temper_subject(_merge(weighed), rules.min_score)
    scores = {v.topic: 0.0 for v in vocabularies(rules)}
    for item in evidence:
        scores[item.topic] += item.weight
    scores = {topic: round(score, 3) for topic, score in scores.items()}
    evidence.sort(key=lambda item: (-item.weight, item.topic, item.term))
    topic, confidence, reason = _decide(scores, evidence, rules, _frame_lead(scores, framed, rules))
    triage = _triage(zones, found, scores, rules.min_score) if topic != GENERAL else ""
    if triage:
        topic, reason = GENERAL, f"general: {triage}; {reason}"
    reason += _notes(rules, framed, background, own, tempered)
    return Classification(
        topic=topic,
        confidence=confidence,
        scores=scores,
        evidence=tuple(evidence),
        language=language,
        reason=reason,
    )


def _frame_lead(scores: dict[str, float], framed: list[str], rules: Rules) -> str | None:
    """The framing topic that leads or comes within `FRAME_LEAD` of the best, when it frames
    another topic (`framed`) and reaches `min_score`; else None."""
    if not framed:
        return None
    best = max(scores.values(), default=0.0)
    frames = [t for t in rules.framing_topics if t in scores and scores[t] >= rules.min_score]
    leading = [t for t in frames if scores[t] >= FRAME_LEAD * best]
    return max(leading, key=lambda t: (scores[t], t), default=None)


@dataclass(frozen=True)
class _OwnText:
    """The sender's own text, split where it turns to another matter or says why it writes."""

    earlier: str  # before the turn or the statement of purpose: counted `ASIDE` times
    text: str
    shifted: bool  # turned to another matter: the subject names the earlier exchange
    preamble: bool  # said why it writes ("the reason for this e-mail is…")


def _own_text(parsed: ParsedMessage) -> _OwnText:
    own = parsed.text[:MAX_ZONE_CHARS]
    normal = normalise(own)  # read once for both kinds of turn
    earlier, text = split_shift(own, normal)
    if text != own:
        return _OwnText(earlier, text, shifted=True, preamble=False)
    preamble = split_purpose(text, normal)[0]
    return _OwnText(preamble, text[len(preamble) :], shifted=False, preamble=bool(preamble))


def _notes(
    rules: Rules, framed: list[str], background: list[str], own: _OwnText, tempered: bool
) -> str:
    """What the reason adds about how the message was read."""
    notes = ""
    if framed:
        frames = " or ".join(sorted(rules.framing_topics))
        notes += f"; {', '.join(framed)} counted as what a {frames} request is about"
    if background:
        notes += f"; {', '.join(background)} only described, not asked: counted {BACKGROUND:g}"
        notes += " times in the text"
    if own.shifted:
        notes += "; the sender turned to another matter: the subject was not read and the text"
        notes += f" before the turn counted {ASIDE:g} times"
    if own.preamble:
        notes += f"; the sender said why they write: the text before counted {ASIDE:g} times"
    if tempered:
        notes += "; the subject counted no more than the body supports"
    return notes


def _zones(
    parsed: ParsedMessage,
    rules: Rules,
    language: str,
    earlier: str,
    own: str,
    *,
    read_subject: bool = True,
) -> list[Part]:
    """Each part of the message with its weight; parts weighted 0 are not read at all.

    In the sender's text and in forwarded text, the sentences that ask count `ASK_BONUS` times
    as much as the rest, and what the sender sets aside or has not got only `ASIDE` times.
    When the sender turns to another matter (`split_shift`), the subject names the earlier
    exchange and is not read; the sender's text before the turn counts `ASIDE` times.
    """
    weights = rules.weights
    subject = weights.subject if read_subject else 0.0
    names = " ".join(filename_words(attachment.filename) for attachment in parsed.attachments)
    asks, context, done, aside = split_roles(parsed.subject[:MAX_ZONE_CHARS], language)
    parts = [
        ("subject", f"{asks}{BOUNDARY}{context}", subject, "context"),
        ("subject", done, subject, "done"),
        ("subject", aside, subject * ASIDE, "aside"),
        ("body", normalise(earlier), weights.body * ASIDE, "aside"),
        ("quoted", parsed.quoted_text, weights.quoted, "context"),
        ("attachment", names, weights.attachment, "context"),
    ]
    for where, text, weight in (
        ("body", own, weights.body),
        ("forwarded", parsed.forwarded_text, weights.forwarded),
    ):
        asks, context, done, aside = split_roles(text[:MAX_ZONE_CHARS], language)
        parts += [(where, asks, weight * ASK_BONUS, "ask"), (where, context, weight, "context")]
        parts += [(where, done, weight, "done"), (where, aside, weight * ASIDE, "aside")]
    return [
        (where, Zone(text[:MAX_ZONE_CHARS]), weight, role)
        for where, text, weight, role in parts
        if weight > 0 and text.strip()
    ]


def _evidence(zones: list[Part], rules: Rules) -> list[tuple[str, Evidence]]:
    """Every term and Article number found, with the role of the part it was found in."""
    # Each zone is read once for all topics: spans per zone, then per topic.
    spans = [term_index(rules).spans(zone) for _, zone, _, _ in zones]
    articles = [sorted(zone.articles().items()) for _, zone, _, _ in zones]
    topics = vocabularies(rules)
    framing = [i for i, vocabulary in enumerate(topics) if vocabulary.topic in rules.framing_topics]
    # each zone's clause number per word, and per framing topic the clauses it names strongly
    numbers = [_clauses(zone) for _, zone, _, _ in zones]
    strong = [{i: _strong_clauses(in_clause, in_zone[i]) for i in framing}
              for in_clause, in_zone in zip(numbers, spans, strict=True)]  # fmt: skip
    frames = _frames(zones, strong, topics)
    framed = [_framed_pieces(part, in_clause, by_topic) for part, in_clause, by_topic
              in zip(zones, numbers, strong, strict=True)]  # fmt: skip
    found: list[tuple[str, Evidence]] = []
    for index, (part, verbs) in enumerate(_verb_framed(zones, numbers, frames)):
        by_verb = {i: verb for i, verb in verbs.items() if i not in framed[index]}
        framed[index] |= by_verb.keys()  # a clause naming its report is framed by it already
        found += _verb_evidence(part, by_verb)
    for topic, vocabulary in enumerate(topics):
        parts: list[Part] = []
        in_parts: list[list[Span]] = []
        for part, in_zone, pieces in zip(zones, spans, framed, strict=True):
            own = [] if topic in framing else [s for s in in_zone[topic] if s[2] in pieces]
            parts.append(part)
            in_parts.append([s for s in in_zone[topic] if s not in own])
            if own:  # what the reporting or legislation request is about
                where, zone, weight, _ = part
                parts.append((where, zone, weight * FRAMED_SHARE, FRAMED))
                in_parts.append(own)
        found += _term_evidence(vocabulary, parts, in_parts)
        found += _article_evidence(vocabulary, zones, articles, rules.weights.article)
    return found


def _strong_clauses(clauses: list[int], spans: list[Span]) -> set[int]:
    """The clauses where the spans of one topic reach `FRAME_MIN`."""
    weights: dict[int, float] = {}
    for weight, _, start, _, _ in spans:
        weights[clauses[start]] = weights.get(clauses[start], 0.0) + weight
    return {clause for clause, total in weights.items() if total >= FRAME_MIN}


def _frames(
    zones: list[Part], strong: list[dict[int, set[int]]], topics: tuple[Vocabulary, ...]
) -> frozenset[str]:
    """The framing topics the message names strongly where it says what it is for (`FRAME_MIN`
    in a clause of the subject, of an asking part or of the attachment names): its report, its
    law. `strong`: per zone, the clauses where each framing topic reaches `FRAME_MIN`."""
    frames: set[str] = set()
    for (where, _, _, role), by_topic in zip(zones, strong, strict=True):
        if where in ("subject", "attachment") or role == "ask":
            frames.update(topics[i].topic for i, clauses in by_topic.items() if clauses)
    return frozenset(frames)


def _framed_pieces(part: Part, clauses: list[int], strong: dict[int, set[int]]) -> frozenset[int]:
    """The word positions of the clauses of an asking part or a subject where a framing topic
    (`Rules.framing_topics`) reaches `FRAME_MIN` (`strong`, by topic)."""
    where, _, _, role = part
    if role != "ask" and where != "subject":
        return frozenset()
    named = set().union(*strong.values())
    return frozenset(i for i, clause in enumerate(clauses) if clause in named)


def _verb_framed(
    zones: list[Part], numbers: list[list[int]], frames: frozenset[str]
) -> list[tuple[Part, dict[int, tuple[str, str]]]]:
    """Per part, the word positions of the asking clauses (and subject clauses) that use the verb
    of a framing topic the message names strongly (`frames`: "how should we present this?"),
    each with (that topic, the verb). `numbers`: per part, each word's clause number."""
    found: list[tuple[Part, dict[int, tuple[str, str]]]] = []
    for part, clauses in zip(zones, numbers, strict=True):
        where, zone, _, role = part
        verbs: dict[int, tuple[str, str]] = {}
        if frames and (role == "ask" or where == "subject"):
            by_clause: dict[int, tuple[str, str]] = {}
            for number, text in enumerate(_clause_texts(zone)):
                verb = next(((t, v) for t in sorted(frames) if (v := frame_verb(t, text))), None)
                if verb is not None:
                    by_clause[number] = verb
            verbs = {i: by_clause[n] for i, n in enumerate(clauses) if n in by_clause}
        found.append((part, verbs))
    return found


def _verb_evidence(part: Part, verbs: dict[int, tuple[str, str]]) -> list[tuple[str, Evidence]]:
    """A request about how its report (or law) treats something asks about that report: once
    per part and topic, as a term of weight `FRAME_MIN`."""
    where, _, weight, role = part
    named = dict(sorted(set(verbs.values())))
    return [
        (role, Evidence(topic=topic, term=f'"{verb}" (how the {topic} treats it)', where=where,
                        weight=round(FRAME_MIN * weight, 3)))
        for topic, verb in named.items()
    ]  # fmt: skip


def _clause_texts(zone: Zone) -> list[str]:
    """The words of each clause of the zone, in the order `_clauses` numbers them."""
    texts: list[str] = []
    words: list[str] = []
    for word in zone.words:
        if word == "|":
            texts.append(" ".join(words))
            words = []
        else:
            words.append(word)
    return texts


def _clauses(zone: Zone) -> list[int]:
    """For each word of the zone, the number of its clause (pieces end with a "|" word)."""
    numbers: list[int] = []
    clause = 0
    for word in zone.words:
        numbers.append(clause)
        clause += word == "|"
    return numbers


def _asked(found: list[tuple[str, Evidence]]) -> dict[str, float]:
    """Each topic's score in the sentences that ask."""
    asked: dict[str, float] = {}
    for role, item in found:
        if role == "ask":
            asked[item.topic] = asked.get(item.topic, 0.0) + item.weight
    return asked


def _triage(
    zones: list[Part], found: list[tuple[str, Evidence]], scores: dict[str, float], min_score: float
) -> str:
    """Why a request whose asking sentences name no topic clearly (under `min_score` / 2) is for
    the ISU to triage whatever topics its other words score, or "" when it is not:

    - a notice of a new focal point or changed contact details (in the subject, or asking us to
      update ours): administration, even in a reply on a thread about some topic;
    - a request about cooperation and assistance itself (Article 6, a country coalition, the
      individualised approach, named in the subject or where the sender asks) that lists
      several needs (two topics reaching `min_score` / 2): the needs are what the cooperation
      would cover. A single need keeps its topic;
    - several needs (two topics reaching `min_score` / 2) that the sender says weigh the same.
    """
    asked = (score for topic, score in _asked(found).items() if topic != GENERAL)
    if max(asked, default=0.0) >= min_score / 2:
        return ""
    asking = [zone.text for where, zone, _, role in zones if where == "subject" or role == "ask"]
    if any(names_contact_change(text) for text in asking):
        return CONTACT_WHY
    several = sum(score >= min_score / 2 for score in scores.values()) >= 2
    if several and any(names_cooperation(t) for t in asking):
        return COOPERATION_WHY
    told = [zone.text for where, zone, _, _ in zones if where == "body"]
    return EQUAL_WHY if several and any(weighs_equally(text) for text in told) else ""


def _set_done_aside(
    found: list[tuple[str, Evidence]], min_score: float
) -> tuple[list[Evidence], list[str]]:
    """What is done counts `ASIDE` unless it is about what the request is mostly about, or the
    request names no topic ("half is done; could you fund the rest?"). When the request names
    a topic clearly (`min_score` / 2 asked), a topic only described in the text, never asked
    about or under `min_score` / 2, counts `BACKGROUND` times there: it explains the request, it
    is not what is asked."""
    asked = _asked(found)
    main = {topic for topic, score in asked.items() if score == max(asked.values())}
    clear = max(asked.values(), default=0.0) >= min_score / 2
    told = {item.topic for role, item in found if role == "context" and item.where in _TOLD}
    # a topic asked about only weakly ("by when must it be submitted") is background too
    weak = {topic for topic in told if asked.get(topic, 0.0) < min_score / 2}
    background = sorted(weak) if clear else []
    return [
        _scaled(item, ASIDE)
        if role == "done" and main and item.topic not in main
        else _scaled(item, BACKGROUND)
        if role == "context" and item.topic in background and item.where in _TOLD
        else item
        for role, item in found
    ], background


def _scaled(item: Evidence, factor: float) -> Evidence:
    return item.model_copy(update={"weight": round(item.weight * factor, 3)})


def _merge(evidence: list[Evidence]) -> list[Evidence]:
    """One item per topic, term and place (a text's asking and other sentences are one place)."""
    merged: dict[tuple[str, str, str], float] = {}
    for item in evidence:
        key = (item.topic, item.term, item.where)
        merged[key] = round(merged.get(key, 0.0) + item.weight, 3)
    return [Evidence(topic=t, term=term, where=w, weight=v) for (t, term, w), v in merged.items()]


def _temper_subject(evidence: list[Evidence], min_score: float) -> tuple[list[Evidence], bool]:
    """Subjects can mislead: when the rest of the message points to topics, the subject adds
    to a topic at most what the rest gives it (or half of `min_score`, too little to route on its
    own): it confirms, it cannot outvote.
    A bare cover note (no topic reaching `min_score` outside the subject) keeps its subject
    whole.
    """
    content: dict[str, float] = {}
    subject: dict[str, float] = {}
    for item in evidence:
        into = subject if item.where == "subject" else content
        into[item.topic] = into.get(item.topic, 0.0) + item.weight
    if max(content.values(), default=0.0) < min_score:
        return evidence, False
    tempered: list[Evidence] = []
    for item in evidence:
        allowed = max(content.get(item.topic, 0.0), min_score / 2)
        if item.where == "subject" and subject[item.topic] > allowed:
            item = item.model_copy(
                update={"weight": round(item.weight * allowed / subject[item.topic], 3)}
            )
        tempered.append(item)
    return tempered, tempered != evidence


def _repeat(count: int) -> float:
    return 1.0 + REPEAT_BONUS * (min(count, REPEAT_CAP) - 1)


def _term_evidence(
    vocabulary: Vocabulary, zones: list[Part], spans: list[list[Span]]
) -> list[tuple[str, Evidence]]:
    found: list[tuple[str, Evidence]] = []
    for (where, _, zone_weight, role), in_zone in zip(zones, spans, strict=True):
        for term, (weight, count) in _matches(in_zone).items():
            value = round(weight * zone_weight * _repeat(count), 3)
            found.append((role, Evidence(topic=vocabulary.topic, term=term.text, where=where,
                                         weight=value)))  # fmt: skip
    return found


def _matches(spans: list[Span]) -> dict[Term, tuple[float, int]]:
    """Each term's weight and number of occurrences, every word counted once per topic.

    Where terms overlap ("victim assistance" and "victim*"), the heavier one takes the words:
    a phrase's weight is what the phrase is worth, not a bonus on top of its parts. On a tie
    (weight, length, start), the term written first in the rules wins.
    """
    spans.sort(key=lambda span: (-span[0], -span[1], span[2], span[3]))
    covered: set[int] = set()
    counts: dict[Term, tuple[float, int]] = {}
    for weight, length, start, _, term in spans:
        words = range(start, start + length)
        if covered.isdisjoint(words):
            covered.update(words)
            counts[term] = (weight, counts.get(term, (weight, 0))[1] + 1)
    return counts


def _article_evidence(
    vocabulary: Vocabulary,
    zones: list[Part],
    articles: list[list[tuple[int, int]]],
    article_weight: float,
) -> list[tuple[str, Evidence]]:
    found: list[tuple[str, Evidence]] = []
    for (where, _, zone_weight, role), numbers in zip(zones, articles, strict=True):
        for number, count in numbers:
            if number in vocabulary.articles and article_weight > 0:
                value = round(article_weight * zone_weight * _repeat(count), 3)
                found.append((role, Evidence(topic=vocabulary.topic, term=f"Article {number}",
                                             where=where, weight=value)))  # fmt: skip
    return found


def _decide(
    scores: dict[str, float], evidence: list[Evidence], rules: Rules, frame: str | None = None
) -> tuple[str, float, str]:
    """Winner, confidence and why; `general` when the winner is weak or not clearly ahead.

    Confidence is the winner's share of the top two scores (1/2 on a tie, 1 alone) times its
    strength (1/2 at `min_score`, approaching 1 as evidence piles up). That product is harsh on
    a clear lead at modest scores (3 against 1.5 gives 0.36), so a winner that reaches
    `min_score` with `LEAD_RATIO` times the other topics' scores together routes too.
    `general` wins outright when its own signals (requests the ISU handles itself) score best.
    `frame` (see `_frame_lead`), when given, takes the message whatever else would.
    """
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    if not ranked or ranked[0][1] <= 0:
        return GENERAL, 0.0, "general: no topic signal or Article number found"
    (best_topic, best), runner = ranked[0], (ranked[1] if len(ranked) > 1 else ("", 0.0))
    share = best / (best + runner[1])
    strength = best / (best + max(rules.min_score, 0.5))
    confidence = round(min(1.0, max(0.0, share * strength)), 3)
    summary = _summary(best_topic, best, runner, confidence, evidence)

    def ruling(topic: str, scored: str, why: str = "") -> tuple[str, float, str]:
        """`topic` (`general` with `why`), unless `frame` takes the message."""
        if frame is not None and frame != topic:
            return frame, confidence, f"{frame}: {FRAME_WHY}; {scored}"
        return topic, confidence, f"general: {why}; {scored}" if why else scored

    if best_topic == GENERAL:
        return ruling(GENERAL, summary, "a request the ISU handles itself")
    if best < rules.min_score:
        return ruling(GENERAL, summary, f"best score under min_score {rules.min_score}")
    others = sum(score for _, score in ranked[1:])
    if confidence < rules.threshold and best < LEAD_RATIO * others:
        return ruling(GENERAL, summary, f"confidence under threshold {rules.threshold}")
    if confidence < rules.threshold:
        lead = f"{best / others:.3g}x all other topics" if others > 0 else "no other topic"
        return ruling(best_topic, f"{summary}; a clear lead ({lead})")
    return ruling(best_topic, summary)


def _summary(
    topic: str, best: float, runner: tuple[str, float], confidence: float, evidence: list[Evidence]
) -> str:
    strongest = [item for item in evidence if item.topic == topic][:3]
    signals = ", ".join(f"'{item.term}' in {item.where}" for item in strongest)
    versus = f"; next {runner[0]} {runner[1]:g}" if runner[1] > 0 else ""
    return f"{topic} scored {best:g}{versus} (confidence {confidence:g}): {signals}"


def _language_sample(parsed: ParsedMessage) -> str:
    """The sender's own words; a bare cover note borrows the forwarded text's language."""
    sample = f"{parsed.subject}\n{parsed.text}"
    return sample if len(parsed.text) >= 40 else f"{sample}\n{parsed.forwarded_text}"
