"""Splits a body's text for `parse`: the sender's own words, quoted history, and forwards.

Classification weighs these zones differently, so a quoted acknowledgement or a legal
disclaimer cannot decide a topic, while a forwarded chain's ask still can.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

_FLAGS = re.IGNORECASE
_FORWARD = re.compile(
    r"^[\s\-_=*>]*(begin forwarded message|d[ée]but du message r[ée]exp[ée]di[ée]"
    r"|(inicio del )?mensaje reenviado|forwarded message|message transf[ée]r[ée]"
    r"|mensagem (encaminhada|reencaminhada)|weitergeleitete nachricht"
    r"|пересылаемое сообщение|رسالة محولة)[\s\-_=*:]*$",
    _FLAGS,
)
_SEPARATOR = re.compile(
    r"^[\s\-_=*]*(original message|message d'origine|mensaje original|mensagem original"
    r"|urspr[üu]ngliche nachricht|исходное сообщение)[\s\-_=*]*$",
    _FLAGS,
)
_ATTRIBUTION = re.compile(
    r"\b(wrote|a [ée]crit|escribi[óo]|escreveu|написал[аи]?|كتب)\s*:\s*$"
    r"|^\s*am\b.{0,300}\bschrieb\b.{0,200}:\s*$",
    _FLAGS,
)
_ATTRIBUTION_START = re.compile(r"^\s*(on|le|el|em|am|no dia|в|في)\b", _FLAGS)
_HEADER_FROM = re.compile(r"^\s*\*?(from|de|von|от|من)\s*\*?\s*:", _FLAGS)
_HEADER_NEXT = re.compile(
    r"^\s*\*?(sent|envoy[ée]|enviado( el)?|gesendet|date|fecha|data|datum|отправлено"
    r"|to|[àa]|para|an|subject|objet|asunto|assunto|betreff)\s*\*?\s*:",
    _FLAGS,
)
_SIGNATURE = re.compile(r"^-- ?$")
_DISCLAIMER = re.compile(
    r"(intended (solely |only )?for the (exclusive )?(use of the )?(addressee|recipient)"
    r"|if you (have )?received this (e-?mail|message|communication) (in|by) (error|mistake)"
    r"|(e-?mail|message)( and any attachments?)? (is|are|may be|contains?) (strictly )?"
    r"(confidential|privileged)"
    r"|si vous (avez re[çc]u|n'[êe]tes pas le destinataire)|destin[ée]s? exclusivement"
    r"|ce (message|courriel)( et (toutes )?(ses|les) pi[èe]ces jointes)? (est|sont) confidentiel"
    r"|si (usted )?(ha recibido|recibi[óo]) este (mensaje|correo)|destinado exclusivamente"
    r"|este (mensaje|correo)( y sus anexos)? (es|son|contiene) (informaci[óo]n )?confidencial"
    r"|before printing this|avant d'imprimer|antes de imprimir)",
    _FLAGS,
)
# A closing line ("Kind regards,", "Cordialement", "Saludos") with at most a few lines after it:
# what follows is a signature (name, title, office), which says nothing about the request.
_SIGNOFF = re.compile(
    r"^(kind regards|best regards|warm regards|with best regards|regards|best wishes|sincerely"
    r"|yours sincerely|yours faithfully|many thanks|thanks|thank you|best|cheers|respectfully"
    r"|(?:many )?thanks in advance|thank you in advance|merci d avance|merci par avance"
    r"|gracias de antemano|gracias por adelantado|obrigad[oa] desde ja|danke im voraus"
    r"|bien cordialement|cordialement|bien a vous|salutations|meilleures salutations"
    r"|sinceres salutations|respectueusement|merci|merci beaucoup|saludos cordiales|saludos"
    r"|un saludo|un cordial saludo|atentamente|cordialmente|gracias|muchas gracias"
    r"|atenciosamente|cumprimentos|com os melhores cumprimentos|obrigad[oa]"
    r"|mit freundlichen grussen|freundliche grusse|viele grusse|beste grusse|с уважением"
    r"|مع التحية|مع خالص التحية)"
)
_SIGNATURE_LINES = 6
_FORWARD_SUBJECT = re.compile(r"^\s*(fwd?|tr|rv|enc|wg|fw)\s*:", _FLAGS)


class Zone(Enum):
    OWN = "own"
    QUOTED = "quoted"
    FORWARDED = "forwarded"


def is_forward_subject(subject: str) -> bool:
    return bool(_FORWARD_SUBJECT.match(subject))


def split_text(text: str, forward_subject: bool = False) -> tuple[str, str, str]:
    """(own, quoted, forwarded) parts of one body text."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    zones: dict[Zone, list[str]] = {zone: [] for zone in Zone}
    state = Zone.OWN  # OWN, or where everything from the last marker on goes
    wrote_own = False
    for index, line in enumerate(lines):
        # A header block with nothing written above it is a pasted message, not a reply.
        state = _next_state(state, lines, index, forward_subject or not wrote_own)
        if state is Zone.OWN and line.lstrip().startswith(">"):
            zones[Zone.QUOTED].append(line)
        else:
            zones[state].append(line)
            wrote_own = wrote_own or (state is Zone.OWN and bool(line.strip()))
    own_lines, signature = _cut_signature(zones[Zone.OWN])
    own, disclaimers = _drop_disclaimers("\n".join(own_lines))
    quoted = "\n".join(p for p in (signature, disclaimers, "\n".join(zones[Zone.QUOTED])) if p)
    return own.strip(), quoted.strip(), "\n".join(zones[Zone.FORWARDED]).strip()


def _next_state(state: Zone, lines: list[str], index: int, opens_forward: bool) -> Zone:
    """Forwards win over everything; quoted history is final once it starts."""
    if state is Zone.FORWARDED:
        return state
    line = lines[index]
    if _FORWARD.match(line):
        return Zone.FORWARDED
    if state is Zone.QUOTED:
        return state
    if _is_attribution(lines, index):
        return Zone.QUOTED
    # Outlook opens a forwarded message as it opens a quoted one ("-----Mensaje original-----"
    # or a From:/Sent: block): which it is, the subject (FW:, RV:, TR:…) tells.
    if _SEPARATOR.match(line) or _is_header_block(lines, index):
        return Zone.FORWARDED if opens_forward else Zone.QUOTED
    if _SIGNATURE.match(line):
        return Zone.QUOTED
    return state


def _is_attribution(lines: list[str], index: int) -> bool:
    """`On <date>, <name> wrote:` and its translations, also when wrapped over two lines."""
    line = lines[index].strip()
    if not line or len(line) > 400 or line.startswith(">"):
        return False
    # Every form ends with a colon: a cheap test that spares the regex most lines.
    if line.endswith(":") and _ATTRIBUTION.search(line):
        return bool(_ATTRIBUTION_START.match(line) or _names_a_sender(line))
    if index + 1 < len(lines) and lines[index + 1].rstrip().endswith(":"):
        joined = f"{line} {lines[index + 1].strip()}"
        return bool(_ATTRIBUTION_START.match(line)) and bool(_ATTRIBUTION.search(joined))
    return False


def _names_a_sender(line: str) -> bool:
    """`Jane <jane@x.org> wrote:` names an address or a date; `as the minister wrote:` does not."""
    return "@" in line or any(char.isdigit() for char in line)


def _is_header_block(lines: list[str], index: int) -> bool:
    """An Outlook-style `From: … / Sent: …` block pasted into the body."""
    if not _HEADER_FROM.match(lines[index]):
        return False
    following = [line for line in lines[index + 1 : index + 5] if line.strip()]
    return sum(1 for line in following if _HEADER_NEXT.match(line)) >= 2


def _cut_signature(lines: list[str]) -> tuple[list[str], str]:
    """The sender's lines without a closing sign-off and the signature block under it."""
    filled = [index for index, line in enumerate(lines) if line.strip()]
    for index in reversed(filled[-_SIGNATURE_LINES - 1 :]):
        if filled[0] < index and _is_signoff(lines[index]):
            return lines[:index], "\n".join(lines[index:]).strip()
    return lines, ""


def _is_signoff(line: str) -> bool:
    """`Kind regards,` or `Best, Jane` alone on its line; `Thanks for the form.` is a sentence."""
    closing, _, name = line.partition(",")
    return bool(_SIGNOFF.fullmatch(_fold(closing))) and len(name.split()) <= 3


def _fold(line: str) -> str:
    """Lower case, no accents or punctuation: "Grüßen," → "grussen"."""
    decomposed = unicodedata.normalize("NFKD", line.casefold())
    plain = "".join(char for char in decomposed if not unicodedata.combining(char))
    return " ".join(re.findall(r"\w+", plain))


def _drop_disclaimers(text: str) -> tuple[str, str]:
    """Moves confidentiality and print-the-planet paragraphs out of the sender's text."""
    kept: list[str] = []
    dropped: list[str] = []
    for paragraph in re.split(r"\n\s*\n", text):
        (dropped if _DISCLAIMER.search(paragraph) else kept).append(paragraph)
    return "\n\n".join(kept), "\n\n".join(dropped)
