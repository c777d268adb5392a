"""What each clause of a sender's text does for the request, for `classify`: the sentences that
ask ("could you…", questions) say what the message is for; background the sender sets aside
("no questions on either", "already submitted") and what they say they have not got ("no
stockpiles", "sans stocks", "sin existencias") should count little against them.

Plain phrase lists in English, French and Spanish (a few request phrases in the other served
languages), matched on the normal form of `classify_terms`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from intake.classify_terms import BOUNDARY, normalise


def _set(words: str) -> frozenset[str]:
    return frozenset(words.split())


# Phrases in normal form (no accents or punctuation), "|" between phrases.
# The sender's request ("could you…", "nous souhaiterions…", "notre question porte sur…").
_ASK = (
    "could you|can you|would you|would like|would be grateful|would welcome|would appreciate"
    "|request|requests|requesting|we ask|asking for|we need|seek|seeking|looking for|please"
    "|kindly|help us|assist us|is it possible|wish to|wishes to|want to|advise|advice"
    "|our question|my question|what we need|what we urgently need|we urgently need|would need"
    "|need help|need support|need assistance|need advice|need guidance|asks whether|ask whether"
    "|do not know how|don t know how|not sure how|unsure how|would now like|would also like"
    "|would therefore like|now need|also need|need your|find out|wonder|wondering|we hope"
    "|hoping|interested in|would be interested|ne savons pas|no sabemos"
    "|pourriez|pouvez vous|pourrait|souhaite|souhaitons|souhaiterions|souhaiterait|voudrions"
    "|voudrait|aimerions|sollicitons|sollicite|demandons|demande|avons besoin|a besoin"
    "|cherchons|recherchons|merci de|reconnaissant|reconnaissants|veuillez|possible"
    "|notre question|ma question|ce dont nous avons besoin"
    "|podrian|podria|pueden|quisieramos|quisiera|queremos|quiere|gustaria|solicitamos|solicita"
    "|solicito|solicitud|pedimos|necesitamos|necesita|buscamos|busca|agradeceriamos"
    "|agradeceria|por favor|posible|deseariamos|desea|nuestra pregunta|mi pregunta"
    "|lo que necesitamos"
    "|gostariamos|precisamos|precisa|poderiam|mochten|mochte|bitten|bitte|konnten|benotigen"
    "|brauchen|просим|прошу|не могли бы|хотели бы|нужна|нужно|нужен|необходима"
    "|نرجو|نطلب|يرجى|نود|طلب"
)
# What the sender sets aside: a need they do not have, a question they do not ask.
_ASIDE = (
    "no question|no questions|not asking|no need for help|no need for support|not requesting"
    "|do not need help|do not need support|do not need assistance|do not need any|don t need help"
    "|don t need support|don t need assistance|don t need any|does not need help|not seeking"
    "|already covered|already in hand|well in hand|not the subject"
    "|no issue|no issues|no problem|no problems|no difficulty|no difficulties|on track"
    "|aucune question|pas de question|pas de questions|pas besoin d aide|pas besoin d appui"
    "|pas besoin d assistance|pas besoin de soutien|ne demandons pas"
    "|ne sollicitons pas|ne porte pas sur|deja couvert|deja couverte|deja pris en charge"
    "|sans besoin|aucune difficulte|aucun probleme|pas de difficulte|pas de probleme"
    "|en bonne voie|no tenemos preguntas|sin preguntas|ninguna pregunta|ninguna duda"
    "|no tenemos dudas|no necesitamos apoyo|no necesitamos ayuda|no necesitamos asistencia"
    "|no solicitamos|no pedimos|sin necesidad de apoyo|sin necesidad de ayuda|ya esta cubiert"
    "|ya estan cubiert|sin problemas|ninguna dificultad|sin dificultad|por buen camino"
)
# A set-aside naming nothing ("no questions on either") is about the clauses before it.
_REFERS_BACK = (
    "either|both|neither|those|these|ces|cela|ceux|celles|les deux|ni l un|esos|esas|eso|ello"
    "|ambos|ambas|ninguno"
)
# What is done and told as background ("already submitted", "s'est achevée"): it counts
# little if the request is about something else (see `classify`).
_DONE = (
    "already|completed|finished|went in|submitted|adopted|destroyed|cleared|deja|acheve"
    "|achevee|acheves|achevees|soumis|adoptee|detruits|detruites|depolluees"
    "|termine|terminee|ya fue|ya se|ya ha|ya hemos|concluyo|concluida|concluido|finalizo"
    "|finalizada|culmino|se completo|aprobada|presentado|destruidas|destruidos|despejadas"
)
# …unless a negation comes before it ("no report has been submitted").
_NOT_DONE = _set("no not never t pas jamais aucun aucune nunca ningun ninguna")
# Words that negate the noun phrase after them ("no stockpiles", "pas de victimes", "sin
# existencias"). English "no" goes with a noun; Spanish "no" with a verb ("no podemos").
_NEGATION = (
    "without|not any|not have|t have|never had|not possess|nor|neither"
    "|pas de|pas d|aucun|aucune|sans|ni|jamais eu|ne possedons pas|ne possede pas|n avons plus de"
    "|n a plus de|n y a plus de|ne possedons plus|ne disposons plus de|n existe plus"
    "|sin|ningun|ninguna|ninguno|no hay|no tenemos|no tiene|no poseemos|no posee|no existen"
    "|no existe|no quedan|no contamos con|ya no"
)
_GROUPS = {"ask": _ASK, "aside": _ASIDE, "refers_back": _REFERS_BACK, "done": _DONE,
           "negation": _NEGATION, "negation_en": "no|" + _NEGATION}  # fmt: skip
_NOT_NEGATION = _set("later longer one matter doubt")
# A negation in a clause that says "not yet" ("pas encore", "todavía no") is a need.
_STILL_TO_DO = _set("yet encore todavia aun still")
# A negated phrase is a need, not an absence, when it names what the sender lacks ("no capacity
# for survey", "pas de centre de réadaptation") or an event that has not happened ("no survey
# has been carried out").
_NEED = _set(
    "capacity capacities capacite capacites capacidad capacidades means moyens medios funds"
    " funding fonds financement financiacion financiamiento fondos resources ressources recursos"
    " budget presupuesto staff personnel personal expertise experts expertos specialists"
    " specialistes especialistas experience experiencia equipment equipement equipo equipos"
    " tools outils herramientas centre center centro centres centers centros facility facilities"
    " installation installations instalacion instalaciones workshop workshops atelier ateliers"
    " taller talleres team teams equipe equipes programme program programa services servicios"
    " plan access acces acceso trained qualified support appui apoyo help aide ayuda"
    " has have had is are was were been will can ete est sont ha han fue fueron sido"
)
_PHRASE_END = _set(
    "and or nor but that which for because so et ou ni mais qui que pour car donc y o pero porque"
    " para"
)
_NEGATED_WORDS = 3
_QUESTION = frozenset("?؟？")
# Sentences end at a full stop (not that of "Art." or "No."), a blank line, or a list item.
_SENTENCE_END = re.compile(
    r"(?<=[.!?;:؟？。])(?<!\bart\.)(?<!\barts\.)(?<!\bno\.)(?<!\bnos\.)\s+|\n\s*\n"
    r"|\n(?=[ \t]*(?:[-•*]|\d{1,2}[.)])\s)",
    re.IGNORECASE,
)
# A blank line inside a sentence (an HTML `<br>` rendered twice) does not end it.
_WRAPPED = re.compile(r"(?<=[^\W\d_,])[ \t]*\n[ \t]*\n[ \t]*(?=[a-zß-öø-ÿ])")
_CLAUSE_END = re.compile(
    r"(?<=[,;])\s+|(?<!\s)\s+(?=(?:but|however|although|mais|cependant|toutefois|en revanche"
    r"|pero|sino|sin embargo|aunque)\b)",
    re.IGNORECASE,
)


class Roles(NamedTuple):
    """A text's clauses that ask, the context, what is done, and what the sender sets aside or
    has not got, each in normal form, pieces joined with `BOUNDARY`."""

    asks: str
    context: str
    done: str
    aside: str


def split_roles(text: str, language: str = "") -> Roles:
    """Each clause of `text` by what it does for the request."""
    negation = "negation_en" if language == "en" else "negation"
    pieces: dict[str, list[str]] = {"ask": [], "context": [], "done": [], "aside": []}
    for sentence in _SENTENCE_END.split(_WRAPPED.sub(" ", text)):
        normalised = [(c, normalise(c)) for c in _CLAUSE_END.split(sentence)]
        raw = [c for c, clause in normalised if clause]
        clauses = [clause for _, clause in normalised if clause]
        for clause, role in zip(clauses, _clause_roles(raw, clauses), strict=True):
            kept, negated = (clause, []) if role == "aside" else _negated(clause, negation)
            pieces[role].append(kept)
            pieces["aside"] += negated
    return Roles(*(BOUNDARY.join(p for p in part if p) for part in pieces.values()))


def _clause_roles(raw: list[str], clauses: list[str]) -> list[str]:
    """A question or a request asks in every clause; a set-aside clause (not itself a question)
    counts little, and so do the clauses before it when it names nothing itself ("…, so no
    questions on either"); a clause of context that tells what is done is `done`."""
    questions = [not _QUESTION.isdisjoint(clause) for clause in raw]
    asks = any(questions) or any(_has("ask", clause) for clause in clauses)
    roles = ["ask" if asks else "context"] * len(clauses)
    for i, clause in enumerate(clauses):
        if _has("aside", clause) and not questions[i]:
            roles[i], back = "aside", i - 1
            refers_back = _has("refers_back", clause)
            while refers_back and back >= 0 and roles[back] != "aside":
                if _has("ask", clauses[back]):
                    break
                roles[back], back = "aside", back - 1
        elif roles[i] == "context" and _is_done(clause):
            roles[i] = "done"
    return roles


def _negated(clause: str, negation: str) -> tuple[str, list[str]]:
    """(the clause without its negated noun phrases, those phrases)."""
    words = clause.split()
    if _STILL_TO_DO.intersection(words):
        return clause, []
    cues, lengths, firsts = _cues(negation)
    kept: list[str] = []
    negated: list[str] = []
    at = 0
    while at < len(words):
        end = at
        if words[at] in firsts:  # most words start no cue: spare the look-ups
            end = next((at + n for n in lengths if tuple(words[at : at + n]) in cues), at)
        stop = end  # the negated phrase: a few words after the cue, up to "and", "que"…
        limit = min(end + _NEGATED_WORDS, len(words)) if end > at else end
        while stop < limit and words[stop] not in _PHRASE_END:
            stop += 1
        if stop == end or _is_need(words[end : stop + 1]):
            kept.append(words[at])
            at += 1
            continue
        kept.append(BOUNDARY)
        negated.append(" ".join(words[at:stop]))
        at = stop
    return " ".join(kept), negated


def _is_need(phrase: list[str]) -> bool:
    return phrase[0] in _NOT_NEGATION or not _NEED.isdisjoint(phrase)


def _is_done(clause: str) -> bool:
    found = _phrases("done").search(clause)
    return found is not None and _NOT_DONE.isdisjoint(clause[: found.start()].split())


def _has(group: str, clause: str) -> bool:
    return bool(_phrases(group).search(clause))


@cache
def _cues(group: str) -> tuple[frozenset[tuple[str, ...]], tuple[int, ...], frozenset[str]]:
    """The group's phrases as word tuples, their lengths (longest first) and first words."""
    phrases = frozenset(tuple(normalise(p).split()) for p in _GROUPS[group].split("|"))
    lengths = tuple(sorted({len(p) for p in phrases}, reverse=True))
    return phrases, lengths, frozenset(p[0] for p in phrases if p)


@cache
def _phrases(group: str) -> re.Pattern[str]:
    phrases = sorted({normalise(p) for p in _GROUPS[group].split("|")}, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")
