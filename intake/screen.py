"""Screen: after parse and before threading, decide whether a stored message is a person's
enquiry or noise (loop, bounce, auto-reply, bulk, spam), and whether it may be acknowledged.

It reads our loop marker before `strip_untrusted` removes inbound X-Intake-* headers.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from email.utils import parseaddr

from pydantic import BaseModel, ConfigDict, field_validator

from intake import screen_phrases as P
from intake.marker import MARKER_HEADER, is_our_marker
from intake.models import CALENDAR_TYPES, Envelope, Kind, ParsedMessage, Screening


class ScreenPolicy(BaseModel):
    """Who "we" are, as far as screening needs to know."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    own_addresses: frozenset[str] = frozenset()  # intake addresses and our From address
    own_domains: frozenset[str] = frozenset()
    message_id_domain: str = ""  # we generate Message-IDs <something@message_id_domain>
    marker_key: bytes = b""
    authserv_ids: frozenset[str] = frozenset()  # upstreams whose Authentication-Results we trust

    @field_validator("own_addresses", "own_domains", "authserv_ids", mode="after")
    @classmethod
    def _lower(cls, values: frozenset[str]) -> frozenset[str]:
        return frozenset(v.strip().lower() for v in values)


Check = Callable[["_Facts"], str | bool]


@dataclass(frozen=True)
class Rule:
    """One line of the screening table: the first rule that matches decides the kind."""

    name: str
    kind: Kind
    description: str  # the reason, unless the check returns a more precise one
    check: Check


DEFAULT_REASON = "a person writing: no noise rule matched"
FLAG_WORDS = {
    "dmarc_fail": "a trusted upstream reports DMARC fail",
    "spf_fail": "a trusted upstream reports SPF fail without a DKIM pass",
    "ambiguous_sender": "the sender is missing or ambiguous",
    "no_message_id": "the message has no Message-ID",
    "noreply_sender": "the sender is a no-reply address",
}


# Words that make a message noise come early; scanning a bounded prefix bounds the work.
_SCAN_CHARS = 100_000


def _bare(address: str | None) -> str:
    return (address or "").strip().strip("<>").lower()


def _authserv_id(value: str) -> str:
    words = value.partition(";")[0].split()
    return words[0].lower() if words else ""


def _results(value: str) -> dict[str, str]:
    """`method=result` pairs of one Authentication-Results value (RFC 8601), comments removed."""
    clauses = re.sub(r"\([^)]*\)", " ", value.lower()).split(";")[1:]
    pairs = (re.match(r"\s*([a-z][\w-]*)\s*=\s*([a-z]+)", clause) for clause in clauses)
    return {m.group(1): m.group(2) for m in pairs if m}


def _is_document(content_type: str) -> bool:
    # signature logos and returned messages are not what a person sends us
    return not content_type.startswith(("image/", "message/", "text/rfc822-headers"))


class _Facts:
    """What the rules read, worked out once per message."""

    def __init__(self, parsed: ParsedMessage, envelope: Envelope, policy: ScreenPolicy) -> None:
        self.parsed, self.policy = parsed, policy
        own = parsed.text[:_SCAN_CHARS]
        self.subject, self.text = parsed.subject, f"{parsed.subject}\n{own}"
        lines = [line.strip() for line in own[:4000].splitlines() if line.strip()]
        # the subject and the first lines of the own text, where responders speak
        self.opening = "\n".join([parsed.subject, *lines[:6]])[:800]
        # the opening when it carries a ticket number: a receipt phrase alone is too weak
        self.ticket = self.opening if P.TICKET_NUMBER.search(self.opening) else ""
        found = (_bare(parsed.from_address), _bare(envelope.mail_from))
        self.senders = tuple(a for a in found if a)
        self.null_sender = _bare(envelope.mail_from) == ""
        self.asks = P.has_request(own)
        # responders and mailing software neither ask us anything nor attach documents
        self.person = self.asks or any(_is_document(a.content_type) for a in parsed.attachments)
        self.forward = bool(parsed.forwarded_text.strip() or P.FORWARD_SUBJECT.match(self.subject))
        self.greets_us = P.GREETS_US.search("\n".join(lines[:4])) is not None
        results = (v for k, v in parsed.headers if k == "authentication-results")
        self.verdicts = [_results(v) for v in results if _authserv_id(v) in policy.authserv_ids]

    def values(self, name: str) -> list[str]:
        return [v.strip() for v in self.parsed.header_all(name)]


def _header(names: tuple[str, ...], test: Callable[[str], bool], show: bool = True) -> Check:
    """A check matching the first header among `names` whose lower-cased value passes `test`."""

    def check(f: _Facts) -> str | bool:
        for name, value in ((n, v) for n in names for v in f.values(n) if test(v.lower())):
            return f"{name}: {value[:60]}" if show and value else f"{name} header"
        return False

    return check


def _phrase(pattern: P.Phrases, where: str, words: str) -> Check:
    """A check for wording in `where` (subject, opening or text), unless a person wrote it."""

    def check(f: _Facts) -> str | bool:
        found = None if f.person else pattern.search(getattr(f, where))
        return found is not None and f'{words} ("{found.group(0).strip()}")'

    return check


def _unless_a_person_asks(check: Check) -> Check:
    """A person's own request above a forwarded bulletin, or sent to us by name through a
    mass-mailing tool ("Dear colleagues at the ISU, … could you…"; not a mailing list's post,
    which asks its members): the bulk headers are not what the message is."""

    def unless(f: _Facts) -> str | bool:
        by_person = f.forward or (f.greets_us and not _list_post(f))
        return not (f.asks and by_person) and check(f)

    return unless


_auto_submitted = _header(("Auto-Submitted",), lambda v: v.partition(";")[0].strip() != "no")
_suppress = _header(("X-Auto-Response-Suppress",), lambda v: v not in {"", "none"})
_autoreply = _header(("X-Autoreply", "X-Autorespond"), lambda v: True, show=False)
_auto_precedence = _header(("Precedence",), lambda v: v == "auto_reply")
_bulk_precedence = _header(("Precedence",), lambda v: v in {"bulk", "list", "junk"})
_list_header = _header(("List-Id", "List-Unsubscribe"), lambda v: True, show=False)
_list_id = _header(("List-Id",), lambda v: True)
_list_precedence = _header(("Precedence",), lambda v: v == "list")


def _list_post(f: _Facts) -> bool:
    """A mailing list's post (List-Id, Precedence: list), which asks the list's members."""
    return bool(_list_id(f) or _list_precedence(f))


_dsn_subject = _phrase(P.DSN_SUBJECT, "subject", "bounce subject")
_dsn_text = _phrase(P.DSN_BODY, "opening", "delivery-failure text")
_ooo_subject = _phrase(P.OOO_SUBJECT, "subject", "absence subject")
_ooo_text = _phrase(P.OOO_BODY, "opening", "out-of-office text")
_ticket = _phrase(P.TICKET_RECEIPT, "ticket", "helpdesk receipt")
_newsletter = _phrase(P.UNSUBSCRIBE, "text", "newsletter footer")


def _unmonitored(f: _Facts) -> str | bool:
    """A mailbox that says nobody reads it, whatever instructions follow ("please use…")."""
    found = P.UNMONITORED.search(f.opening)
    return found is not None and f'an unmonitored mailbox ("{found.group(0)}")'


# Mass-mailing software marks each campaign; people's mail clients never do.
_CAMPAIGN_HEADERS = ("x-campaign", "x-mailchimp", "x-mc-user", "x-newsletter")


def _campaign_header(f: _Facts) -> str | bool:
    name = next((k for k, _ in f.parsed.headers if k.startswith(_CAMPAIGN_HEADERS)), None)
    return name is not None and f"mass-mailing header {name}"


def _calendar(f: _Facts) -> str | bool:
    """An invitation generated by a calendar server: an .ics part, the server's wording, and no
    request of the organiser's own beyond the reply buttons ("Going? Yes - Maybe - No")."""
    ics = any(a.content_type in CALENDAR_TYPES or a.filename.lower().endswith(".ics")
              for a in f.parsed.attachments)  # fmt: skip
    found = P.CALENDAR_INVITATION.search(f.opening)
    # a forwarded or HTML-only invitation may have lost its .ics: the answer buttons stand for it
    if found is None or not (ics or P.CALENDAR_RSVP.search(f.text)):
        return False
    own = "\n".join(line for line in f.text.splitlines() if not P.CALENDAR_PROMPT.search(line))
    return not P.has_request(own) and f'calendar invitation ("{found.group(0).strip()}")'


def _calendar_reply(f: _Facts) -> str | bool:
    """A calendar's automatic answer to an invitation ("Accepted: …", "X has accepted this
    meeting."), with nothing asked of its own."""
    if not P.CALENDAR_REPLY_SUBJECT.search(f.subject):
        return False
    found = P.CALENDAR_REPLY_TEXT.search(f.opening)
    return (
        found is not None
        and not P.has_request(f.text)
        and (f'calendar response ("{found.group(0).strip()}")')
    )


def _read_receipt(f: _Facts) -> str | bool:
    """A read receipt written as plain text by the reader's mail client: the receipt subject
    prefix ("Read:", "Lu :", "Gelesen:") and its sentence ("… was read on …"), nothing asked."""
    if not P.READ_RECEIPT_SUBJECT.search(f.subject):
        return False
    found = P.READ_RECEIPT_TEXT.search(f.text)
    return found is not None and not f.asks and f'read receipt ("{found.group(0).strip()}")'


# A sign-off left below the thanks: a name or initials, a title, no more.
_SIGNATURE_WORDS = 4
_THANKS_CHARS = 300
_WORD = re.compile(r"\w+")


def _thanks_only(f: _Facts) -> str | bool:
    """A person's bare "received, thank you" in a thread: nothing to route. Only the quoted
    history names a topic, so classifying it would re-open the earlier question. Any request,
    attachment, forward, or a line with words beyond thanks and courtesy keeps it an enquiry."""
    p = f.parsed
    replying = bool(p.in_reply_to or p.references)
    own = p.text.strip()
    if not replying or f.asks or p.attachments or p.forwarded_text.strip():
        return False
    if len(own) > _THANKS_CHARS or P.THANKS_IN_ADVANCE.search(own):
        return False
    thanked, signature = False, 0
    for line in (line for line in own.splitlines() if line.strip()):
        unthanked = P.THANKS.regex.sub(" ", line)
        rest = P.COURTESY.regex.sub(" ", unthanked)
        if rest != line and _WORD.search(rest):
            return False  # the thanks share a line with something else: new content
        thanked = thanked or unthanked != line
        signature += 0 if rest != line else len(_WORD.findall(line))
    first = own.splitlines()[0].strip()[:60]
    return (
        thanked and signature <= _SIGNATURE_WORDS and f'a thank-you that asks nothing ("{first}")'
    )


def _automaton(f: _Facts) -> bool:
    auto = (_auto_submitted, _suppress, _autoreply, _auto_precedence)
    return f.null_sender or any(check(f) for check in auto)


def _our_marker(f: _Facts) -> bool:
    return any(is_our_marker(v, f.policy.marker_key) for v in f.values(MARKER_HEADER))


def _own_sender(f: _Facts) -> str | bool:
    own = next((a for a in f.senders if a in f.policy.own_addresses), None)
    return own is not None and f"sent from our own address {own}"


def _automaton_on_our_thread(f: _Facts) -> str | bool:
    # Delivery reports are left to the bounce rules, which tell the ISU about a failed forward.
    if not f.policy.message_id_domain or not _automaton(f) or _report(f) or _daemon(f):
        return False
    suffix = "@" + f.policy.message_id_domain.lower()
    ids = (*f.parsed.in_reply_to, *f.parsed.references)
    ours = next((i for i in ids if i.lower().rstrip(">").endswith(suffix)), None)
    return ours is not None and f"automatic answer to our Message-ID <{ours}>"


def _null_return_path(f: _Facts) -> bool:
    return any(_bare(v) == "" for v in f.values("return-path"))


def _report(f: _Facts) -> str | bool:
    if f.parsed.content_type != "multipart/report":
        return False
    found = re.search(r"report-type\s*=\s*\"?([\w-]+)", f.parsed.header("content-type") or "", re.I)
    kind = found.group(1).lower() if found else "unknown"
    what = "read receipt" if kind == "disposition-notification" else "delivery report"
    return f"{what} (multipart/report; report-type={kind})"


def _daemon(f: _Facts) -> str | bool:
    daemon = next((a for a in f.senders if a.rpartition("@")[0] in P.DAEMON_LOCAL), None)
    return daemon is not None and f"sent by {daemon}"


def _spam_mark(f: _Facts) -> bool:
    score = re.match(r"\s*(-?\d+(?:\.\d+)?)", f.parsed.header("x-spam-score") or "")
    marks = (*f.values("x-spam-flag"), *f.values("x-spam-status"))
    return any(v.lower().startswith("yes") for v in marks) or bool(score and float(score[1]) >= 5)


def _trusted_spam(f: _Facts) -> str | bool:
    if any(r[m] in {"yes", "fail", "spam"} for r in f.verdicts for m in r if "spam" in m):
        return "spam verdict in a trusted Authentication-Results"
    # X-Spam-* headers mean something only where a trusted upstream filters (and strips) them.
    return bool(f.policy.authserv_ids and _spam_mark(f)) and "X-Spam-Flag behind a trusted upstream"


def _imitation(domains: Iterable[str], f: _Facts, what: str) -> str | bool:
    found = ((d, P.lookalike_of(d, f.policy.own_domains)) for d in domains)
    return next((f"{what} {d} imitates our domain {own}" for d, own in found if own), False)


def _lookalike_sender(f: _Facts) -> str | bool:
    return _imitation((a.rpartition("@")[2] for a in f.senders), f, "sender domain")


def _lookalike_name(f: _Facts) -> str | bool:
    """A display name that shows one of our domains over another address:
    `"intake@ccm-isu.example" <x@elsewhere.example>`."""
    name, address = parseaddr(f.parsed.header("from") or "")
    domain = address.rpartition("@")[2].lower()
    if not domain or domain in f.policy.own_domains:
        return False
    ours = f.policy.own_domains
    for shown in (d.lower() for d in P.NAME_DOMAIN.findall(name) if d.lower() != domain):
        own = shown if shown in ours else P.lookalike_of(shown, ours)
        if own:
            return f"sender name shows {shown} (our domain {own}) over {address}"
    return False


def _lookalike_link(f: _Facts) -> str | bool:
    return _imitation(dict.fromkeys(P.URL_HOST.findall(f.text[:20_000])), f, "link to")


def _credential_lure(f: _Facts) -> str | bool:
    html = "html" in f.parsed.content_type or f.parsed.content_type == "multipart/alternative"
    carrier = html or P.URL_HOST.search(f.text) or P.SHARED_DOCUMENT.search(f.text)
    found = P.CREDENTIAL_LURE.search(f.text) if carrier else None
    return found is not None and f'credential phishing ("{found.group(0)}") with a link'


def _spam_content(f: _Facts) -> str | bool:
    hits = [f'"{hit}"' for hit in P.spam_hits(f.text)]
    hits += ["a spam score set on the sender's side"] if _spam_mark(f) else []
    return len(hits) >= 2 and "spam wording: " + ", ".join(hits)


RULES: tuple[Rule, ...] = (
    Rule("marker", Kind.LOOP, "our own loop marker (X-Intake-Loop)", _our_marker),
    Rule("own_sender", Kind.LOOP, "sent from one of our own addresses", _own_sender),
    Rule("our_thread", Kind.LOOP, "automatic answer to our message", _automaton_on_our_thread),
    Rule("null_sender", Kind.BOUNCE, "null envelope sender", lambda f: f.null_sender),
    Rule("null_return_path", Kind.BOUNCE, "null Return-Path (<>)", _null_return_path),
    Rule("report", Kind.BOUNCE, "multipart/report", _report),
    Rule("daemon", Kind.BOUNCE, "sent by MAILER-DAEMON or postmaster", _daemon),
    Rule("dsn_subject", Kind.BOUNCE, "bounce subject", _dsn_subject),
    Rule("dsn_text", Kind.BOUNCE, "delivery-failure text", _dsn_text),
    Rule("auto_submitted", Kind.AUTO_REPLY, "Auto-Submitted other than no", _auto_submitted),
    Rule("suppress", Kind.AUTO_REPLY, "X-Auto-Response-Suppress", _suppress),
    Rule("autoreply", Kind.AUTO_REPLY, "X-Autoreply or X-Autorespond", _autoreply),
    Rule("auto_precedence", Kind.AUTO_REPLY, "Precedence: auto_reply", _auto_precedence),
    Rule("ooo_subject", Kind.AUTO_REPLY, "absence subject", _ooo_subject),
    Rule("ooo_text", Kind.AUTO_REPLY, "out-of-office text", _ooo_text),
    Rule("ticket", Kind.AUTO_REPLY, "helpdesk receipt", _ticket),
    Rule("unmonitored", Kind.AUTO_REPLY, "an unmonitored mailbox", _unmonitored),
    Rule("read_receipt", Kind.AUTO_REPLY, "read receipt", _read_receipt),
    Rule("thanks_only", Kind.AUTO_REPLY, "a thank-you reply that asks nothing", _thanks_only),
    Rule("calendar", Kind.AUTO_REPLY, "calendar invitation", _calendar),
    Rule("calendar_reply", Kind.AUTO_REPLY, "calendar response", _calendar_reply),
    Rule("list", Kind.BULK, "List-Id header", _unless_a_person_asks(_list_header)),
    Rule("precedence", Kind.BULK, "Precedence: bulk", _unless_a_person_asks(_bulk_precedence)),
    Rule("campaign", Kind.BULK, "mass-mailing header", _unless_a_person_asks(_campaign_header)),
    Rule("trusted_spam", Kind.SPAM, "spam verdict of a trusted upstream", _trusted_spam),
    Rule("lookalike_sender", Kind.SPAM, "sender imitates our domain", _lookalike_sender),
    Rule("lookalike_name", Kind.SPAM, "sender name shows our domain", _lookalike_name),
    Rule("lookalike_link", Kind.SPAM, "link imitates our domain", _lookalike_link),
    Rule("credential_lure", Kind.SPAM, "credential phishing", _credential_lure),
    Rule("spam_content", Kind.SPAM, "spam wording", _spam_content),
    # Content last: an unsubscribe footer alone is weaker evidence than any header.
    Rule("newsletter", Kind.BULK, "newsletter footer", _newsletter),
)


def _ack_flags(f: _Facts) -> tuple[str, ...]:
    """Why an acknowledgement must not go out, even to an enquiry (SPEC: Never acknowledge)."""
    replies = (_bare(f.parsed.from_address), *(_bare(a) for a in f.parsed.reply_to))
    checks = {
        "dmarc_fail": any(r.get("dmarc") == "fail" for r in f.verdicts),
        # a failed SPF is excused only by a DKIM pass reported in the same header
        "spf_fail": any(r.get("spf") == "fail" and r.get("dkim") != "pass" for r in f.verdicts),
        "ambiguous_sender": f.parsed.from_address is None,
        "no_message_id": not (f.parsed.message_id or "").strip(),
        "noreply_sender": any(P.NOREPLY_LOCAL.search(a.rpartition("@")[0]) for a in replies),
    }
    return tuple(flag for flag, raised in checks.items() if raised)


def screen(parsed: ParsedMessage, envelope: Envelope, policy: ScreenPolicy) -> Screening:
    """The kind of `parsed` by the first matching rule of `RULES`, else an enquiry."""
    facts = _Facts(parsed, envelope, policy)
    flags = _ack_flags(facts)
    for rule in RULES:
        found = rule.check(facts)
        if found:
            # quoted wording may span a line break; a reason is one line in logs and digests
            reason = " ".join(found.split())[:300] if isinstance(found, str) else rule.description
            return Screening(kind=rule.kind, reason=reason, acknowledge_allowed=False, flags=flags)
    if not flags:
        return Screening(kind=Kind.ENQUIRY, reason=DEFAULT_REASON)
    why = "; ".join(FLAG_WORDS[flag] for flag in flags)
    reason = f"{DEFAULT_REASON}; not acknowledged: {why}"
    return Screening(kind=Kind.ENQUIRY, reason=reason, acknowledge_allowed=False, flags=flags)


def strip_untrusted(
    headers: tuple[tuple[str, str], ...], authserv_ids: frozenset[str]
) -> tuple[tuple[str, str], ...]:
    """Headers without our internal X-Intake-* namespace and untrusted Authentication-Results."""
    trusted = {i.strip().lower() for i in authserv_ids}

    def keep(name: str, value: str) -> bool:
        if name.lower().startswith("x-intake-"):
            return False
        return name.lower() != "authentication-results" or _authserv_id(value) in trusted

    return tuple((name, value) for name, value in headers if keep(name, value))
