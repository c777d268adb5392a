"""Checks of meaning for `routing.toml` and `topics/*.toml`: routes, languages, signals, links.

Called by `rules` after each file's shape is known to be right; returns problems, raises nothing.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from urllib.parse import urlsplit

from intake.rules_roster import is_placeholder_host
from intake.rules_schema import (
    ResourceEntry,
    RouteEntry,
    RoutingFile,
    SignalEntry,
    Texts,
    TopicFile,
)
from intake.rules_source import Problem, Source
from intake.rules_toml import KeyPath

_ISO_639_1_CODES = (
    "aa ab ae af ak am an ar as av ay az ba be bg bh bi bm bn bo br bs ca ce ch co cr cs cu cv "
    "cy da de dv dz ee el en eo es et eu fa ff fi fj fo fr fy ga gd gl gn gu gv ha he hi ho hr "
    "ht hu hy hz ia id ie ig ii ik io is it iu ja jv ka kg ki kj kk kl km kn ko kr ks ku kv kw "
    "ky la lb lg li ln lo lt lu lv mg mh mi mk ml mn mr ms mt my na nb nd ne ng nl nn no nr nv "
    "ny oc oj om or os pa pi pl ps pt qu rm rn ro ru rw sa sc sd se sg si sk sl sm sn so sq sr "
    "ss st su sv sw ta te tg th ti tk tl tn to tr ts tt tw ty ug uk ur uz ve vi vo wa wo xh yi "
    "yo za zh zu"
)
ISO_639_1 = frozenset(_ISO_639_1_CODES.split())
ARTICLES = range(1, 24)  # the Convention has 23 articles
GENERAL = "general"
_TOPIC_ID = re.compile(r"[a-z][a-z0-9_]*")
_WEIGHT_NAMES = ("subject", "body", "quoted", "attachment", "forwarded", "article")


def check_routing(source: Source, routing: RoutingFile) -> list[Problem]:
    problems: list[Problem] = []
    rules = routing.classification
    if not 0.0 <= rules.threshold <= 1.0:
        what = f"the threshold is a confidence between 0 and 1, not {rules.threshold}"
        problems.append(source.problem(("classification", "threshold"), what))
    if rules.min_score < 0:
        problems.append(source.problem(("classification", "min_score"), "must not be negative"))
    problems += _check_languages(source, rules.languages)
    for name in _WEIGHT_NAMES:
        if getattr(routing.weights, name) < 0:
            problems.append(source.problem(("weights", name), "a weight must not be negative"))
    general = routing.general
    languages = rules.languages
    problems += check_texts(source, ("general", "label"), general.label, languages, label=True)
    problems += _check_signals(source, ("general", "signals"), general.signals, languages)
    problems += _check_resources(source, ("general",), general.resources, languages)
    problems += check_texts(source, ("general", "guidance"), general.guidance, languages)
    return problems


def _check_languages(source: Source, languages: list[str]) -> list[Problem]:
    path: KeyPath = ("classification", "languages")
    problems: list[Problem] = []
    for index, code in enumerate(languages):
        if code not in ISO_639_1:
            what = f"'{code}' is not an ISO 639-1 language code (two lower-case letters, e.g. 'ar')"
            problems.append(source.problem((*path, index), what))
        elif code in languages[:index]:
            problems.append(source.problem((*path, index), f"'{code}' is listed twice", "warning"))
    if "en" not in languages:
        what = "must include 'en': English is the language every text falls back to"
        problems.append(source.problem(path, what))
    return problems


def check_topic(source: Source, topic: TopicFile, languages: Sequence[str] | None) -> list[Problem]:
    problems = _check_topic_id(source, topic.id)
    for index, article in enumerate(topic.articles):
        if article not in ARTICLES:
            what = f"the Convention has Articles 1 to 23, not {article}"
            problems.append(source.problem(("articles", index), what))
    problems += check_texts(source, ("label",), topic.label, languages, label=True)
    problems += _check_signals(source, ("signals",), topic.signals, languages)
    problems += _check_resources(source, (), topic.resources, languages)
    problems += check_texts(source, ("guidance",), topic.guidance, languages)
    if not topic.signals and not topic.articles:
        what = "the topic has neither signals nor articles: no message can ever be given it"
        problems.append(source.problem(("id",), what, "warning"))
    return problems


def _check_topic_id(source: Source, topic_id: str) -> list[Problem]:
    stem = source.file.rpartition("/")[2].removesuffix(".toml")
    if topic_id == GENERAL:
        what = "'general' is defined by the [general] table of routing.toml"
        return [source.problem(("id",), what)]
    if not _TOPIC_ID.fullmatch(topic_id):
        what = f"'{topic_id}' is not a valid topic id (lower-case letters, digits and _)"
        return [source.problem(("id",), what)]
    if topic_id != stem:
        what = f"the id '{topic_id}' does not match the file name '{stem}.toml': rename one of them"
        return [source.problem(("id",), what)]
    return []


def check_route(
    source: Source, path: KeyPath, route: RouteEntry, roles: Collection[str]
) -> list[Problem]:
    """Every role in a route must exist in the roster, and someone must be `to`."""
    problems: list[Problem] = []
    if not route.to:
        what = "the route has no `to` role: nobody would receive this topic's mail"
        problems.append(source.problem((*path, "to"), what))
    known = ", ".join(sorted(roles))
    for field, role_ids in (("to", route.to), ("cc", route.cc)):
        for index, role in enumerate(role_ids):
            if role not in roles:
                what = f"unknown role '{role}' (roster.toml defines: {known})"
                problems.append(source.problem((*path, field, index), what))
    return problems


def check_texts(
    source: Source,
    path: KeyPath,
    texts: Texts,
    languages: Sequence[str] | None,
    label: bool = False,
) -> list[Problem]:
    """Texts by language: known codes, none empty; a label needs English, wants fr and es."""
    problems: list[Problem] = []
    for code, text in texts.items():
        if languages is not None and code not in languages:
            what = f"'{code}' is not one of classification.languages ({', '.join(languages)})"
            problems.append(source.problem((*path, code), what))
        elif not text.strip():
            problems.append(source.problem((*path, code), "the text is empty"))
    if not label:
        return problems
    if "en" not in texts:
        problems.append(source.problem(path, "an English text ('en') is required"))
    for code in ("fr", "es"):
        if code not in texts:
            what = f"no '{code}' text: acknowledgements in that language will show the English one"
            problems.append(source.problem(path, what, "warning"))
    return problems


def _check_resources(
    source: Source, path: KeyPath, resources: list[ResourceEntry], languages: Sequence[str] | None
) -> list[Problem]:
    problems: list[Problem] = []
    for index, resource in enumerate(resources):
        at = (*path, "resources", index)
        problems += check_texts(source, (*at, "title"), resource.title, languages)
        if "en" not in resource.title:
            problems.append(source.problem((*at, "title"), "an English title ('en') is required"))
        url = urlsplit(resource.url)
        if url.scheme not in ("http", "https") or not url.hostname or " " in resource.url:
            what = f"'{resource.url}' is not a web address (https://…)"
            problems.append(source.problem((*at, "url"), what))
        elif is_placeholder_host(url.hostname):
            what = "placeholder link (reserved .invalid domain): replace it with the real one"
            problems.append(source.problem((*at, "url"), what, "warning"))
    return problems


def _check_signals(
    source: Source,
    path: KeyPath,
    by_language: dict[str, list[SignalEntry]],
    languages: Sequence[str] | None,
) -> list[Problem]:
    problems: list[Problem] = []
    for code, signals in by_language.items():
        if languages is not None and code not in languages:
            what = f"'{code}' is not one of classification.languages ({', '.join(languages)})"
            problems.append(source.problem((*path, code), what))
        seen: set[str] = set()
        for index, signal in enumerate(signals):
            at = (*path, code, index)
            term = signal.term.strip().casefold()
            if not term.rstrip("*").strip():
                problems.append(source.problem((*at, "term"), "the term is empty"))
            elif "*" in term.rstrip("*") or term.endswith("**"):
                what = "a * may only end a term (it matches any ending: survey* finds surveys)"
                problems.append(source.problem((*at, "term"), what))
            elif term in seen:
                what = f"'{signal.term}' is listed twice for '{code}'"
                problems.append(source.problem((*at, "term"), what, "warning"))
            seen.add(term)
            if signal.weight < 0:
                problems.append(source.problem((*at, "weight"), "a weight must not be negative"))
    return problems


def check_topic_ids(topics: Sequence[tuple[Source, TopicFile]]) -> list[Problem]:
    """Two files may not claim the same topic id (possible only if one misnames itself)."""
    problems: list[Problem] = []
    first: dict[str, str] = {}
    for source, topic in topics:
        if topic.id in first:
            what = f"duplicate topic id '{topic.id}': {first[topic.id]} already defines it"
            problems.append(source.problem(("id",), what))
        first.setdefault(topic.id, source.file)
    return problems
