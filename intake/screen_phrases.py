"""The words and text signals `screen` reads when headers are silent: out-of-office, DSN,
newsletter, spam and phishing phrasing in the languages we serve, and look-alike domains.

Phrases are written the way mail software and scammers word things in general, not after any
one sample; each list errs towards fewer matches, since a noise verdict hides a message.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Texts whose characters all lower-case one to one, as the regex engine's case-blind matching
# sees them: Latin script up to Latin Extended-B, but for the few letters that it matches
# beyond their lower case (dotless i, long s, micro sign) or that lower to two (İ).
_NOT_PLAIN_LATIN = re.compile("[^\x00-\u024f]|[\u0130\u0131\u017f\u00b5]")


class Phrases:
    """A case-blind pattern, searched faster in the texts most mail is written in.

    Python's regex engine tries every alternative of a case-blind pattern at every word start,
    where a case-sensitive one skips those whose first letter differs: it searches two to three
    times faster. In a text of `_NOT_PLAIN_LATIN`-free characters, the case-blind pattern
    matches where the lower-case pattern matches the lower-cased text (same length, same
    positions); the match itself is then taken from the text with the case-blind pattern.
    """

    def __init__(self, pattern: str) -> None:
        self.pattern = pattern
        self.regex = re.compile(pattern, re.IGNORECASE)
        self._lower = re.compile(_lowered(pattern))

    def search(self, text: str) -> re.Match[str] | None:
        """What `re.search(pattern, text, re.IGNORECASE)` finds."""
        if _NOT_PLAIN_LATIN.search(text):
            return self.regex.search(text)
        found = self._lower.search(text.lower())
        return None if found is None else self.regex.match(text, found.start())


def _lowered(pattern: str) -> str:
    """`pattern` in lower case but for its escapes (`\\S` is not `\\s`)."""
    pieces: list[str] = []
    at = 0
    while at < len(pattern):
        if pattern[at] == "\\":
            pieces.append(pattern[at : at + 2])
            at += 2
        else:
            pieces.append(pattern[at].lower())
            at += 1
    return "".join(pieces)


def _any(*patterns: str) -> Phrases:
    """One case-blind pattern; a space outside [...] matches any run of white space (line wraps)."""
    spaced = [re.sub(r"(\[[^\]]*\])| ", lambda m: m.group(1) or r"\s+", p) for p in patterns]
    return Phrases(_alternatives(spaced))


def _alternatives(patterns: list[str]) -> str:
    """`(?:p1)|(?:p2)|…`, but with the `\\b` that starts consecutive patterns written once in
    front of them: `\\b(?:p1|p2)` matches what `(?:\\bp1)|(?:\\bp2)` does, in the same order,
    and the engine tests a position's word boundary once, not once per phrase (REQUEST, which
    `has_request` tries on every sentence, takes half the time).
    """
    pieces: list[str] = []
    run: list[str] = []
    for pattern in patterns:
        if _opens_with_boundary(pattern):
            run.append(f"(?:{pattern[2:]})")
            continue
        if run:
            pieces.append(r"\b(?:" + "|".join(run) + ")")
            run = []
        pieces.append(f"(?:{pattern})")
    if run:
        pieces.append(r"\b(?:" + "|".join(run) + ")")
    return "|".join(pieces)


def _opens_with_boundary(pattern: str) -> bool:
    """Whether all of `pattern` comes after a leading `\\b`: not `\\ba|b` (an alternation, the
    `\\b` is `a`'s alone) nor `\\b?…`."""
    if not pattern.startswith(r"\b") or pattern[2:3] in ("*", "+", "?", "{"):
        return False
    depth, at = 0, 0
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            at += 1
        elif char == "[":
            at = _class_end(pattern, at)
        elif char == "(":
            depth += 1
        elif char == ")":
            depth -= 1
        elif char == "|" and depth == 0:
            return False
        at += 1
    return True


def _class_end(pattern: str, start: int) -> int:
    """The position of the `]` that closes the character class opened at `start`."""
    at = start + 1
    if pattern[at : at + 1] == "^":
        at += 1
    if pattern[at : at + 1] == "]":  # a `]` right after the opening is a member
        at += 1
    while at < len(pattern) and pattern[at] != "]":
        at += 2 if pattern[at] == "\\" else 1
    return at


# Out-of-office and vacation responders, in the subject (where Outlook, Gmail and Sieve put it).
OOO_SUBJECT = _any(
    r"\bout of (?:the )?office\b",
    r"\bauto(?:matic)?[- ]?(?:reply|response|answer)\b",
    r"\bvacation (?:reply|response|notice)\b",
    r"\bAUTO:\s",
    r"\bréponse automatique\b",
    r"\babsence du bureau\b",
    r"\bmessage d'absence\b",
    r"\brespuesta automática\b",
    r"\bfuera de la oficina\b",
    r"\b(?:mensaje|aviso) de ausencia\b",
    r"\babwesenheits(?:notiz|nachricht)\b",
    r"\bautomatische antwort\b",
    r"\bresposta automática\b",
    r"\bausente do escritório\b",
    r"\bmensagem de ausência\b",
    r"\brisposta automatica\b",
    r"\bfuori (?:dall')?ufficio\b",
    r"\b(?:messaggio|avviso|notifica) di assenza\b",
    # Russian and Arabic: "auto-reply", "out of the office"
    r"\bавтоответ",
    r"\bавтоматический ответ\b",
    r"\bвне офиса\b",
    r"رد (?:آلي|الي|تلقائي)",
    r"خارج المكتب",
)

# ...and in the first lines of the body, for responders that send no headers.
OOO_BODY = _any(
    r"\bI(?: am|'m| will be| shall be)(?: currently)? (?:out of (?:the )?office|away from "
    r"(?:the|my) (?:office|desk)|on (?:\w+ )?(?:leave|holiday|vacation|mission|travel)"
    r"|away (?:until|till|from|on (?:mission|leave|holiday|vacation|business|travel)))\b",
    r"\bwith (?:only )?(?:limited|no|intermittent|restricted) (?:access to (?:my )?e-?mails?"
    r"|(?:e-?mail |internet )?(?:connectivity|connection))\b",
    # the absent writer's own words when no "with" opens them: "I will have only limited access
    # to my e-mail" (not "I will be back on Monday", which a person's note says as well)
    r"\bI (?:will |shall )?(?:only )?have (?:only )?(?:very )?(?:limited|no|intermittent"
    r"|restricted) (?:access to (?:my )?e-?mails?|(?:e-?mail |internet )?(?:connectivity"
    r"|connection))\b",
    r"\bje n'aurai (?:qu'un|aucun) accès (?:limité |restreint )?(?:à mes courriels|à ma "
    r"messagerie|aux courriels)\b",
    r"\b(?:tendré|dispondré de) (?:un )?acceso (?:limitado|restringido) (?:a mi|al) correo\b",
    r"\bavec un accès (?:limité|restreint) (?:à mes courriels|à ma messagerie|aux courriels)\b",
    r"\bcon acceso (?:limitado|restringido) (?:a mi|al) correo\b",
    r"\b(?:will|shall) (?:reply|respond|answer|get back to you)(?: [^.\n]{0,60}?)? (?:up)?on my "
    r"return\b",
    r"\bthis is an automat(?:ic|ed) (?:reply|response|message)\b",
    r"\bje suis (?:actuellement )?(?:absente?|en congé|en vacances|en mission|en déplacement"
    r"|hors du bureau)\b",
    r"\bje serai (?:absente?|en congé|de retour)\b",
    r"\bdès mon retour\b",
    r"\b(?:estaré|estoy|me encuentro) (?:ausente|fuera|de vacaciones|de licencia|de viaje"
    r"|en misión)\b",
    r"\b(?:a|tras) mi regreso\b",
    r"\bich bin (?:bis|vom|ab|derzeit|zurzeit|nicht im büro|abwesend|im urlaub)\b",
    r"\b(?:estou|estarei) (?:ausente|fora do escritório|de férias|de licença)\b",
    # Italian, in the first person: "sono fuori ufficio", "sarò assente", "sono in ferie"
    # ("sono" is also "they are": not after a word, unless the writer's "io" or "attualmente")
    r"\bsono(?:(?<![\w'][ \t]sono)|(?<=\bio[ \t]sono)|(?<=attualmente[ \t]sono)) (?:attualmente "
    r"|temporaneamente )?(?:fuori (?:dall')?ufficio|fuori sede|assente|in ferie|in vacanza"
    r"|in missione|in congedo|in trasferta)\b",
    r"\b(?:sarò|resterò|rimarrò) (?:fuori (?:dall')?ufficio|fuori sede|assente|in ferie"
    r"|in vacanza|in missione|in congedo|in trasferta)\b",
    r"\b(?:risponderò|rispondo) [^.\n]{0,40}(?:al|dopo il) mio (?:rientro|ritorno)\b",
    r"\b(?:con|avrò(?: un)?) accesso (?:limitato|ridotto|saltuario) (?:alla (?:mia )?(?:posta"
    r"|casella)|alle (?:mie )?e-?mail)\b",
    r"\b(?:questa è una risposta automatica|questo è un messaggio automatico)\b",
    # Russian and Arabic, in the first person: "I am on leave / away", "I will be absent",
    # "I shall not be able to read my e-mail", "I shall reply on my return"
    r"\bя (?:сейчас |в настоящее время |временно )?(?:нахожусь )?(?:в отпуске|в командировке"
    r"|вне офиса|на больничном|отсутствую)",
    r"\bбуду отсутствовать\b",
    r"\bограниченн\w+ доступ\w* к (?:электронной )?почте",
    r"\bотвечу [^.\n]{0,40}по (?:моему )?возвращении\b",
    r"\b(?:أنا|انا|إنني|انني|سأكون|ساكون) (?:\S+ )?(?:خارج المكتب|في إجازة|في اجازة|في مهمة"
    r"|في عطلة|غائب)",
    r"\bلن (?:أتمكن|اتمكن) من (?:الاطلاع على|قراءة|متابعة|الرد على) (?:البريد|بريدي|الرسائل)",
    r"\b(?:سأرد|سارد|سأجيب) [^.\n]{0,40}عند عودتي",
)

# A mailbox that says nobody reads it: no person writes this of their own mail, so it holds
# even with the instructions that follow it ("please use the online form").
UNMONITORED = _any(
    r"\b(?:this|the) (?:mailbox|e-?mail address|address|inbox|account) is (?:not|no longer)"
    r" (?:monitored|attended|read|checked)\b",
    r"\bunmonitored (?:mailbox|e-?mail address|address|inbox|account)\b",
    r"\bcette (?:boîte(?: aux lettres| de réception)?|adresse(?: électronique)?) n'est (?:pas|plus)"
    r" (?:surveillée|consultée|lue|relevée)\b",
    r"\beste (?:buzón|correo|dirección de correo) no (?:es|está) (?:supervisad|monitorizad"
    r"|revisad|atendid)",
    r"\besta (?:caixa|conta|endereço) não é (?:monitorizad|monitorad|lid)",
    r"\bdieses postfach wird nicht (?:überwacht|gelesen)\b",
    r"\bquesta casella (?:di posta )?non è (?:monitorata|presidiata|letta)\b",
)

# Automatic helpdesk acknowledgements: a receipt phrase together with a ticket number.
TICKET_RECEIPT = _any(
    r"\b(?:your|this) (?:request|message|e-?mail|enquiry|inquiry|ticket|case) has been "
    r"(?:received|registered|logged|created|opened)\b",
    r"\bwe have received your (?:request|message|e-?mail|enquiry|inquiry)\b",
    r"\bvotre (?:demande|message|courriel|requête) a (?:bien )?été (?:reçue?|enregistrée?)",
    r"\bnous avons (?:bien )?reçu votre (?:demande|message|courriel)\b",
    r"\bsu (?:mensaje|solicitud|correo|petición|consulta) (?:ha sido|fue) (?:recibid|registrad)",
    r"\bhemos recibido su (?:mensaje|solicitud|correo|petición|consulta)\b",
    r"\bihre (?:anfrage|nachricht) (?:ist eingegangen|wurde (?:empfangen|registriert))",
    r"\bsua (?:mensagem|solicitação) foi (?:recebida|registrada)\b",
    r"\bla (?:sua|tua|vostra) (?:richiesta|segnalazione|e-?mail) è stata (?:ricevuta|registrata"
    r"|presa in carico)",
    r"\babbiamo ricevuto la (?:sua|tua|vostra) (?:richiesta|segnalazione|e-?mail)\b",
)
TICKET_NUMBER = _any(
    r"\b(?:ticket|incident|case|request|caso|solicitud|incidencia|demande|dossier|chamado"
    r"|vorgang|pratica|segnalazione)\b(?:\s(?:number|no\.?|n\.|nº|n°|número|numéro|numero|id))?"
    r"\s?[:#]?\s?#?\s?\d{3,}\b",
    # a helpdesk's own numbering: "[Ticket MJ-2026-118734]", "Incident INC-0042137"
    r"\b(?:ticket|incident)\s?[:#]?\s?[A-Z]{1,5}-(?:\d{4}-)?\d{3,}\b",
    r"#\d{4,}\b",
)

# Delivery failures. The subject words are mail-server boilerplate...
DSN_SUBJECT = _any(
    r"\bundeliver(?:able|ed)\b",
    r"\bdelivery status notification\b",
    r"\b(?:mail )?delivery (?:has )?fail(?:ed|ure)\b",
    r"\breturned mail\b",
    r"\breturned to sender\b",
    r"\bfailure notice\b",
    r"\bnon remis\b",
    r"\bnon distribuable\b",
    r"\béchec de (?:la )?(?:remise|distribution|livraison)\b",
    r"\b(?:message )?non délivré\b",
    r"\bnotification d'état de (?:la )?(?:remise|distribution)\b",
    r"\bnotificación de estado de (?:la )?entrega\b",
    r"\bno se (?:puede|pudo) entregar\b",
    r"\berror (?:de|en la) entrega\b",
    r"\b(?:mensaje|correo) no entregado\b",
    r"\bunzustellbar\b",
    r"\bnicht zustellbar\b",
    r"\b(?:mensagem )?não entregue\b",
    r"\bfalha na entrega\b",
    r"\bnon recapitabile\b",
    r"\bmancato recapito\b",
)
# ...while in the body we want wording only mail software uses, not "the parcel was not delivered".
DSN_BODY = _any(
    r"\b(?:message|mail|e-?mail)\b[^.\n]{0,60}\b(?:could not|couldn't|cannot|can't|wasn't|was not)"
    r" be(?:en)? delivered\b",
    r"\bdelivery (?:has )?failed to (?:these|the following) recipients?\b",
    r"\bfollowing (?:address|recipient)(?:\(es\)|s|es)? failed\b",
    r"\bmail delivery (?:software|system|subsystem)\b",
    r"\b(?:permanent|fatal) (?:delivery )?error\b",
    r"\b(?:user|recipient|mailbox) unknown\b",
    r"\bvotre message n'a pas pu être (?:remis|distribué|livré)\b",
    r"\bimpossible de (?:remettre|distribuer) (?:votre|le) message\b",
    r"\bno (?:fue|ha sido) posible entregar (?:su|el) mensaje\b",
    r"\bsu mensaje no (?:se )?(?:pudo|ha podido) (?:ser )?entregar?\b",
    r"\bnachricht konnte nicht zugestellt werden\b",
    r"\bnão foi possível entregar (?:a|sua) mensagem\b",
    r"\bimpossibile recapitare (?:il|questo) messaggio\b",
)

# A forward, by its subject prefix (en, fr, es, de, pt), when the parser found no forward part.
FORWARD_SUBJECT = re.compile(r"\s*(?:fwd?|tr|rv|wg|enc)\s*:", re.IGNORECASE)

# A salutation that names us ("Dear colleagues at the Implementation Support Unit"): a person
# writing to the ISU, even through a mass-mailing tool; bulletins greet their readers.
GREETS_US = _any(
    r"\b(?:dear|cher|chère|chers|chères|estimad[oa]s?|prezad[oa]s?|sehr geehrte|liebe"
    r"|gentile|gentili|cari|care|уважаем\w*)\b[^\n]{0,60}(?:\bISU\b|\bImplementation Support"
    r" Unit|\bUnité d'appui|\bUnidad de Apoyo|\bDependencia de Apoyo|\bUnidade de Apoio"
    r"|\bUnterstützungseinheit|\bUnità di supporto|\bГрупп\w* имплементационной поддержки)",
)

# Newsletter footers: "unsubscribe" in the sender's own text.
UNSUBSCRIBE = _any(
    r"\bunsubscribe\b",
    r"\bopt[- ]out\b",
    r"\byou are receiving this (?:e-?mail|newsletter|message)\b",
    r"\bse désinscrire\b",
    r"\bdésabonner\b",
    r"\bdésinscription\b",
    r"\bpour ne plus recevoir\b",
    r"\bvous recevez ce (?:courriel|message|bulletin)\b",
    r"\bcancelar (?:la |su )?suscripción\b",
    r"\bdar(?:se)? de baja\b",
    r"\busted recibe este (?:boletín|correo|mensaje)\b",
    r"\babmelden\b",
    r"\bcancelar (?:a )?inscrição\b",
    r"\bdescadastr",
    # the other footers of mass mailing: why you get it, how to stop it, the web version
    r"\byou (?:have )?received this (?:e-?mail|message|newsletter|mailing) because\b",
    r"\b(?:to )?stop receiving (?:these|our|this)\b",
    r"\bno longer wish to receive\b",
    r"\bview (?:this (?:e-?mail|message|newsletter) )?(?:in|on) (?:your |a )?(?:web )?browser\b",
    r"\b(?:manage|update) your (?:e-?mail |subscription |mailing )?preferences\b",
    r"\bvous (?:avez reçu|recevez) ce (?:courriel|message|bulletin|mail) car\b",
    r"\bne (?:plus|souhaitez plus) recevoir\b",
    r"\b(?:afficher|voir|consulter) (?:ce (?:message|courriel) )?(?:dans (?:votre|le) navigateur|"
    r"la version en ligne)\b",
    r"\b(?:ha|usted ha) recibido este (?:correo|mensaje|boletín) porque\b",
    r"\b(?:para )?dejar de recibir\b",
    r"\bno desea recibir\b",
    # "if you do not wish to go on receiving this bulletin"
    r"\bno (?:desea|quiere)s? (?:seguir|continuar) recibiendo\b",
    r"\bne (?:souhaitez|voulez) pas (?:continuer à|plus) recevoir\b",
    r"\b(?:do not|don't) (?:wish|want) to (?:continue (?:to )?)?receiv(?:e|ing) (?:these|this|our"
    r"|further|future)\b",
    r"\bnão (?:deseja|quer) (?:continuar a receber|continuar recebendo)\b",
    r"\bver (?:este (?:correo|mensaje) )?en (?:su |el )?navegador\b",
    r"\bdeixar de receber\b",
    r"\brecebeu este e-?mail porque\b",
    r"\bnicht mehr (?:erhalten|empfangen)\b",
    r"\bim browser (?:anzeigen|ansehen|öffnen)\b",
    r"\babbestellen\b",
    # Italian footers: "annulla l'iscrizione", "se non desideri più ricevere…"
    r"\bannulla (?:l'|la )?iscrizione\b",
    r"\bannullare (?:l'|la )?iscrizione (?:alla|dalla) (?:newsletter|mailing list|lista)\b",
    r"\bcancellati (?:dalla|dalle) (?:newsletter|mailing list|lista)\b",
    r"\bdisiscriviti\b",
    r"\bse non (?:desideri|desidera|desiderate|vuoi|vuole) più ricevere\b",
    r"\bper non ricevere più\b",
    r"\b(?:hai|ha|avete) ricevuto questa (?:e-?mail|newsletter|comunicazione) perché\b",
    r"\b(?:visualizza|leggi|apri) (?:questa (?:e-?mail|newsletter) )?(?:nel|sul) (?:tuo )?"
    r"browser\b",
    # Russian and Arabic footers: "unsubscribe", "if you do not want to receive our offers"
    r"\bотписаться\b",
    r"\bотказаться от (?:рассылки|подписки)\b",
    r"\bне (?:хотите|желаете) (?:больше )?получать\b",
    r"إلغاء الاشتراك",
    r"\bلا (?:ترغب|تريد) في (?:تلقي|استلام)",
    # an unsubscribe link, however the footer words it
    r"https?://\S*(?:unsubscribe|opt-?out|unsub\b|désinscri|desinscri|desabonn|abbestell|abmeld"
    r"|descadastr|darse-de-baja|disiscri)",
)

# Marketing and advance-fee fraud: each hit is one signal; two make spam.
SPAM_CONTENT = (
    _any(
        r"\bmoney[- ]back\b",
        r"\bsatisfait ou remboursé\b",
        r"\bdevolución del dinero\b",
        r"\bsoddisfatti o rimborsati\b",
    ),
    _any(
        r"\bfirst page of google\b",
        r"\bsearch engine (?:optimi[sz]ation|ranking)\b",
        r"\bSEO (?:services|audit|agency|experts?)\b",
        r"\b(?:guest posts?|backlinks?|link building|domain authority)\b",
        r"\bpremière page de google\b",
        r"\bréférencement\b",
        r"\bprimera página de google\b",
        r"\bposicionamiento (?:web|SEO)\b",
        r"\bprima pagina (?:di|su) google\b",
        r"\bposizionamento (?:SEO|sui motori di ricerca)\b",
    ),
    _any(
        r"\bfree (?:audit|trial|quote|consultation|gift|sample)\b",
        r"\b(?:100\s?%|completely|totally) free\b",
        r"\b(?:devis|documentation|essai|audit) gratuite?\b",
        r"\bsans engagement\b",
        r"\b(?:prueba|consulta|auditoría|cotización) gratuita\b",
        r"\bsin compromiso\b",
        # content offered to collect leads: "free white paper", "livre blanc gratuit"
        r"\bfree (?:white\s?paper|e-?book|guide|webinar|demo|download)s?\b",
        r"\b(?:livre blanc|guide|e-?book|webinaire) gratuit\b",
        r"\b(?:libro blanco|guía|e-?book|seminario web) gratuit[oa]\b",
        r"\b(?:prova|consulenza|preventivo|demo|guida|e-?book|webinar) gratuit[oa]\b",
        r"\bsenza impegno\b",
    ),
    # a sales call to action: "Book a 20-minute demo", "Demandez votre démo"
    _any(
        r"\b(?:book|schedule|request|get|claim|arrange) (?:a|an|your) (?:free |live |quick "
        r"|short |personali[sz]ed |\d+[- ]min(?:ute)? )*demo\b",
        r"\b(?:réservez|demandez|planifiez|programmez) (?:une|votre) (?:démo|démonstration)\b",
        r"\b(?:reserve|solicite|agende|programe|pida) (?:una|su) (?:demo|demostración)\b",
        r"\b(?:prenota|richiedi|pianifica|fissa) (?:una|la tua) (?:demo|dimostrazione)\b",
    ),
    # a vendor's promise of savings, addressed to the reader: "Cut your … costs by 40%"
    _any(
        r"\b(?:cut|reduce|slash|lower|halve) your [^.\n]{0,40}\b(?:costs?|time|budget)\b"
        r"[^.\n]{0,40} by (?:up to )?\d{1,2}\s?%",
        r"\bsave (?:up to )?\d{1,2}\s?%",
        r"\b(?:réduisez|diminuez) (?:vos|votre) [^.\n]{0,40}\b(?:coûts?|délais|budget)\b"
        r"[^.\n]{0,40} de (?:jusqu'à )?\d{1,2}\s?%",
        r"\béconomisez (?:jusqu'à )?\d{1,2}\s?%",
        r"\b(?:reduzca|recorte) (?:sus|su) [^.\n]{0,40}\b(?:costos|costes|tiempos?|presupuesto)\b"
        r"[^.\n]{0,40} (?:en )?(?:hasta )?(?:un )?\d{1,2}\s?%",
        r"\bahorre (?:hasta )?(?:un )?\d{1,2}\s?%",
        r"\b(?:riduci|taglia|abbatti) (?:i tuoi|il tuo|le tue) [^.\n]{0,40}\b(?:costi|tempi"
        r"|budget)\b[^.\n]{0,40} (?:fino al |del )?\d{1,2}\s?%",
        r"\brisparmia (?:fino al )?\d{1,2}\s?%",
    ),
    _any(
        r"\b(?:limited[- ]time|exclusive|special) offer\b",
        r"\b(?:act now|don't miss (?:out|this (?:offer|opportunity)))\b",
        r"\boffre (?:exceptionnelle|exclusive|spéciale|limitée)\b",
        r"\boferta (?:exclusiva|especial|limitada)\b",
        r"\bofferta (?:esclusiva|speciale|limitata)\b",
        r"\b(?:только|лишь) до (?:конца|\d)",
        r"\b(?:специальн|эксклюзивн|ограниченн)(?:ое|ые) (?:предложени|услови)",
        r"\bعرض (?:خاص|حصري|محدود)",
    ),
    _any(r"\b(?:increase|boost|double) (?:your )?(?:website )?(?:traffic|sales|revenue)\b"),
    _any(
        r"\breply (?:with )?STOP\b",
        r"\brépondez STOP\b",
        r"\bresponda STOP\b",
        r"\brispondi STOP\b",
    ),
    _any(
        r"\binheritance\b",
        r"\bnext of kin\b",
        r"\bunclaimed (?:funds|inheritance|estate|prize|fortune|sum)\b",
        r"\bhéritage\b",
        r"\bherencia\b",
        r"\bherança\b",
        r"\berbschaft\b",
        r"\beredità\b",
    ),
    _any(
        r"\bdeceased (?:client|customer)\b",
        r"\bclient (?:décédé|défunt)\b",
        r"\bcliente fallecido\b",
        r"\bdear (?:beneficiary|friend|winner)\b",
        r"\bcher (?:bénéficiaire|gagnant)\b",
        r"\bestimad[oa](?:/a)? (?:beneficiari[oa]|ganador)",
        r"\bcliente (?:deceduto|defunto)\b",
        r"\b(?:caro|gentile) (?:beneficiario|vincitore)\b",
    ),
    _any(
        r"\b(?:strict|utmost|absolute|maximum) confidentiality\b",
        r"\b(?:stricte|absolue|totale) confidentialité\b",
        r"\b(?:máxima|estricta|absoluta) confidencialidad\b",
        r"\b(?:massima|assoluta|stretta) riservatezza\b",
    ),
    _any(
        r"\bbusiness proposal\b",
        r"\bproposition d'affaires\b",
        r"\bpropuesta de negocios?\b",
        r"\bproposta d'affari\b",
        r"\b(?:transfer|wire) (?:of )?the (?:sum|funds|money)\b",
    ),
    # the advance fee: a fee, a passport copy or bank details before funds are released
    _any(
        r"\b(?:processing|administrative|handling|release|transfer) fee\b",
        r"\b(?:release|unlock) (?:of )?the funds\b",
        r"\bcopy of your passport\b",
        r"\bfrais (?:de dossier|administratifs|de déblocage|de transfert)\b",
        r"\bdébloquer les fonds\b",
        r"\bcopie de votre passeport\b",
        r"\b(?:tasa|comisión|cuota) (?:administrativa|de tramitación|de liberación)\b",
        r"\bliberar los fondos\b",
        r"\bcopia de su pasaporte\b",
        r"\btaxa (?:administrativa|de processamento|de liberação)\b",
        r"\bliberar os fundos\b",
        r"\b(?:commissione|tassa) (?:amministrativa|di elaborazione|di sblocco)\b",
        r"\bsbloccare i fondi\b",
    ),
    _any(
        r"\blottery\b",
        r"\byou have won\b",
        r"\bloterie\b",
        r"\bvous avez gagné\b",
        r"\blotería\b",
        r"\bha ganado\b",
        r"\blotteria\b",
        r"\bhai vinto\b",
    ),
    _any(
        r"\b(?:gold|bullion) (?:bars?|coins?|investment)\b",
        r"\blingots?\b",
        r"\bvaleur refuge\b",
        r"\blingotes?\b",
        r"\bcrypto-?currenc",
        r"\bbitcoin\b",
        r"\bguaranteed (?:returns?|profits?)\b",
        r"\brendement garanti\b",
        r"\brentabilidad garantizada\b",
        r"\blingott[oi] d'oro\b",
        r"\brendiment[oi] garantit[oi]\b",
    ),
    _any(r"\b(?:casino|viagra|cialis|replica watches|weight loss)\b"),
    # sales promotion: discounts, deadlines to buy, codes
    _any(
        r"\b\d{1,2}\s?% (?:off|discount)\b",
        r"\b\d{1,2}\s?% de (?:réduction|remise|descuento)\b",
        r"\bearly[- ]bird (?:rate|price|discount|registration)\b",
        r"\b(?:register|book|buy|order|sign up|subscribe) (?:now|today)\b",
        r"\blast chance\b",
        r"\b(?:limited|few) (?:seats|places|spots) (?:left|available|remaining)\b",
        r"\bpromo(?:tional)? code\b",
        r"\bcode promo\b",
        r"\bdernière chance\b",
        r"\binscrivez-vous (?:dès maintenant|dès aujourd'hui|vite)\b",
        r"\bcódigo promocional\b",
        r"\búltima oportunidad\b",
        r"\b(?:regístrese|inscríbase) (?:ahora|hoy)\b",
        r"\búltima chance\b",
        r"\bjetzt (?:anmelden|buchen|registrieren)\b",
        r"\b\d{1,2}\s?% (?:rabatt|desconto)\b",
        r"\b(?:rabatt|desconto|скидк[аиуой]|خصم) (?:de |von |в )?\d{1,2}\s?%",
        r"\b\d{1,2}\s?% скидк",
        r"\b\d{1,2}\s?% di sconto\b",
        r"\bsconto del \d{1,2}\s?%",
        r"\bcodice (?:promozionale|sconto)\b",
        r"\bultima (?:occasione|possibilità)\b",
        r"\biscriviti (?:ora|subito|oggi)\b",
    ),
    # trade fairs and paid events selling to delegations
    _any(
        r"\b\d+\+? exhibitors\b",
        r"\bdelegate pass(?:es)?\b",
        r"\bVIP (?:package|pass|access|ticket)s?\b",
        r"\b(?:exhibition|exhibitor) (?:stand|booth|space)s?\b",
        r"\b\d+\+? exposants\b",
        r"\b\d+\+? expositores\b",
        r"\b\d+\+? aussteller\b",
        r"\b\d+\+? espositori\b",
    ),
    # the parcel-delivery scam: a parcel held for a small fee…
    _any(
        r"\byour (?:parcel|package|shipment|delivery) (?:is|has been) (?:held|on hold|pending"
        r"|suspended|retained)\b",
        r"\b(?:customs|delivery|redelivery) (?:fee|charge|duty|duties)\b",
        r"\bvotre (?:colis|envoi|paquet) (?:est|a été) (?:retenu|bloqué|en attente|suspendu)",
        r"\bfrais de (?:douane|livraison|réexpédition)\b",
        r"\bsu (?:paquete|envío|pedido) (?:está|ha sido|se encuentra) (?:retenido|bloqueado"
        r"|en espera|suspendido)",
        r"\b(?:gastos|tasas?|cargos) de (?:aduana|envío|reenvío)\b",
        r"\b(?:sua|a sua) encomenda (?:está|foi) (?:retida|bloqueada|suspensa)",
        r"\btaxas? (?:alfandegárias?|de entrega)\b",
        r"\bil (?:tuo|suo) pacco (?:è|risulta) (?:trattenuto|in giacenza|bloccato|sospeso)",
        r"\bspese (?:doganali|di spedizione)\b",
        r"\b(?:ihr paket|ihre sendung) (?:wird|wurde) (?:zurückgehalten|festgehalten)",
        r"\bzollgebühr",
    ),
    # …and a payment demanded within hours
    _any(
        r"\b(?:confirm|complete|make|settle) (?:the |your )?payment (?:with)?in (?:the next )?"
        r"\d{1,2} ?(?:hours|h)\b",
        r"\b(?:confirmez|effectuez|réglez) (?:le|votre) paiement (?:sous|dans les) \d{1,2} ?"
        r"(?:heures|h)\b",
        r"\b(?:confirme|realice|complete|efectúe) el pago (?:en|dentro de) (?:las próximas )?"
        r"\d{1,2} ?(?:horas|h)\b",
        r"\b(?:confirme|efetue|realize) o pagamento (?:em|nas próximas) \d{1,2} ?(?:horas|h)\b",
        r"\b(?:conferma|effettua) il pagamento (?:entro|nelle prossime) \d{1,2} ?(?:ore|h)\b",
    ),
    _any(
        r"\bleading (?:manufacturer|supplier|provider|exporter)\b",
        r"\b(?:competitive|wholesale|factory) prices?\b",
        r"\bfabricant leader\b",
        r"\bprix (?:compétitifs|imbattables|d'usine)\b",
        r"\bprecios (?:competitivos|de fábrica|mayoristas)\b",
        r"\bproduttore leader\b",
        r"\bprezzi (?:competitivi|di fabbrica|all'ingrosso)\b",
    ),
)

# Every family at once: it matches a text where some family does.
_SPAM_ANY = Phrases(_alternatives([family.pattern for family in SPAM_CONTENT]))

# Credential phishing: asks for a sign-in or a password.
CREDENTIAL_LURE = _any(
    r"\b(?:verify|confirm|validate|update|re-?activate) your (?:e-?mail )?"
    r"(?:account|password|credentials|mailbox|identity|login)\b",
    r"\byour (?:e-?mail )?(?:account|mailbox|password) (?:will|has been|is about to) "
    r"(?:be )?(?:suspended|disabled|deactivated|closed|locked|deleted|expire)",
    r"\bpassword (?:will )?expires?\b",
    r"\bclick (?:here|below|the link|the button) to (?:verify|validate|confirm|upgrade|update"
    r"|restore|keep|unlock|reactivate)\b",
    r"\bcliquez (?:ici|sur le lien) pour (?:vérifier|valider|confirmer|mettre à jour|réactiver)\b",
    r"\bhaga clic (?:aquí|en el enlace) para (?:verificar|validar|confirmar|actualizar"
    r"|reactivar)\b",
    r"\b(?:mailbox|e-?mail|account)(?: account)? (?:storage|quota) (?:is |has )?(?:been )?"
    r"(?:full|exceeded|almost full)\b",
    r"\breached (?:its|your) (?:storage|quota) limit\b",
    r"\b(?:unusual|suspicious) (?:sign-?in|log-?in) (?:activity|attempt)s?\b",
    r"\bsuspicious activity (?:on|in) your (?:account|mailbox)\b",
    r"\b(?:sign|log) ?in (?:with your [\w -]{1,20} )?to (?:view|access|open|download)\b",
    r"\b(?:vérifiez|confirmez|validez|mettez à jour) votre (?:compte|mot de passe|identité"
    r"|messagerie)\b",
    r"\bvotre (?:compte|boîte aux lettres|messagerie|mot de passe) (?:sera|va être|a été) "
    r"(?:suspendu|désactivé|bloqué|fermé|supprimé)",
    r"\bconnectez-vous pour (?:consulter|voir|accéder|ouvrir)\b",
    r"\bvotre boîte (?:aux lettres|mail|de réception) est (?:pleine|saturée)\b",
    r"\b(?:verifique|confirme|valide|actualice) su (?:cuenta|contraseña|identidad|buzón)\b",
    r"\bsu (?:cuenta|buzón|correo|contraseña) (?:será|ha sido|va a ser) (?:suspendid|desactivad"
    r"|bloquead|cerrad|eliminad)",
    r"\binicie sesión para (?:ver|acceder|consultar|abrir)\b",
    r"\bsu buzón (?:está|se encuentra) (?:lleno|saturado)\b",
    r"\bbestätigen sie ihr (?:konto|passwort)\b",
    r"\bverifique (?:sua|a sua) (?:conta|senha)\b",
)

# Shared-document notifications, the usual wrapper of such a lure.
SHARED_DOCUMENT = _any(
    r"\bshared (?:an? |the )?(?:document|file|folder|spreadsheet)s?\b[^.\n]{0,40}\bwith you\b",
    r"\bhas shared\b",
    r"\binvited you to (?:view|edit|open)\b",
    r"\ba partagé (?:un|le|des) (?:document|fichier|dossier)s?\b",
    r"\bha compartido (?:un|el|los) (?:documento|archivo|carpeta)s?\b",
    r"\bcompartilhou (?:um|o) (?:documento|arquivo)\b",
)

# A question or a request addressed to us: what makes the own text a person's.
REQUEST = _any(
    r"[?¿؟]",
    r"\b(?:could|can|would|will) you\b",
    r"\b(?:we|I) (?:would like to (?:request|ask|know)|wish to (?:request|ask)|request|are "
    r"requesting|kindly request|would (?:be grateful|appreciate)|seek|are seeking"
    r"|are looking for)\b",
    r"\bwould like (?:to request|to ask|your|the ISU's|some) ",
    r"\bplease (?:send|share|provide|advise|let us know|confirm|clarify|explain|indicate)\b",
    r"\bkindly\b",
    r"\b(?:pourriez|pouvez|auriez)-vous\b",
    r"\b(?:nous|je) (?:souhaiterions|souhaiterais|souhaitons|souhaite|sollicitons|sollicite"
    r"|voudrions|voudrais)\b",
    r"\b(?:nous vous serions|je vous serais) reconnaissante?s?\b",
    r"\bmerci de (?:nous|me)\b",
    r"\b(?:podrían|podría|pueden|puede) (?:ustedes |usted )?(?:enviar|indicar|informar|"
    r"compartir|ayudar|confirmar|orientar)",
    r"\b(?:quisiéramos|quisiera|solicitamos|solicito|solicita|rogamos|se ruega)\b",
    r"\bagradecer(?:ía|íamos|emos|é)\b",
    r"\b(?:könnten sie|wir bitten|bitte (?:senden|schicken|teilen))\b",
    r"\b(?:poderiam|poderia|gostaríamos|gostaria|solicitamos)\b",
    r"\b(?:будем благодарны|просим|прошу)\b",
    r"(?:نرجو|يرجى|نطلب)",
    r"\b(?:potreste|potrebbe|potete|può) (?:cortesemente |gentilmente |per favore )?(?:inviar"
    r"|indicar|fornir|condivider|aiutar|confermar|chiarir|spiegar|comunicar|orientar)\w*",
    r"\b(?:vorremmo|vorrei|desideriamo|desidereremmo|chiediamo|richiediamo|gradiremmo|gradirei"
    r"|avremmo bisogno)\b",
    r"\b(?:vi|le) sare(?:mmo|i) (?:grat[ie]|riconoscent[ie])\b",
)
# ...unless the sentence merely redirects the reader, as out-of-office and bounce notes do.
REDIRECT = _any(
    r"\bplease (?:contact|write to|get in touch|call|reach)\b",
    r"\b(?:veuillez|merci de) (?:contacter|écrire|vous adresser)\b",
    r"\b(?:contactez|écrivez|adressez-vous)\b",
    r"\b(?:contacte|contacten|escriba|comuníquese|diríjase|póngase en contacto)\b",
    r"\b(?:wenden sie sich|kontaktieren sie|entre em contato|contate)\b",
    r"\burgen",
    r"\bdringend",
    r"\b(?:my|mon|mi|meu|meinem) (?:absence|ausencia|ausência|abwesenheit|return|retour|regreso"
    r"|retorno|rückkehr)\b",
    r"\b(?:do not|don't) reply\b",
    r"\bne pas répondre\b",
    r"\bno (?:responda|responder|conteste)\b",
    # Russian and Arabic responders: "please contact…", "for urgent matters…"
    r"\b(?:обращайтесь|обратитесь|свяжитесь|(?:прошу|просьба) обращаться)\b",
    r"\b(?:по срочным вопросам|в срочных случаях)\b",
    r"(?:يرجى|نرجو|الرجاء) (?:التواصل|الاتصال|مراسلة|الكتابة)",
    r"(?:للمسائل|للأمور|للامور|في الحالات) العاجلة",
    # Italian: "si prega di contattare…", "per questioni urgenti…" (see "urgen" above)
    r"\b(?:si prega di|siete pregati di|vi prego di|vi preghiamo di) (?:contattare|scrivere"
    r"|rivolgersi|rivolgervi)\b",
    r"\b(?:contattate|rivolgetevi|si rivolga|scrivete a)\b",
    r"\b(?:mio (?:rientro|ritorno)|mia assenza)\b",
    r"\bnon rispondere\b",
    # a helpdesk's instructions: keep the subject as it is when replying
    r"\b(?:without|do not|don't) (?:chang|modify|alter)\w* the subject\b",
    r"\b(?:sans|ne pas) modifier l'objet\b",
    r"\b(?:sin|no) (?:modificar|cambiar|modifique|cambie) el asunto\b",
    r"\b(?:sem|não) (?:alterar|modificar) o assunto\b",
    r"\bsenza (?:modificare|cambiare) l'oggetto\b",
)

# Calendar servers: the invitation's own subject prefix or wording, with an .ics part.
# French typography sets a space before the colon ("Invitation : …"), and servers send
# reminders of an event with the same .ics part.
CALENDAR_INVITATION = _any(
    r"^(?:updated )?invitation(?: mise à jour)?\s?:",
    r"^(?:invitación|convite|einladung|приглашение|invito)(?: actualizada| atualizado| aggiornato)?"
    r"\s?:",
    r"^(?:reminder|event reminder|rappel|recordatorio|lembrete|erinnerung)\s?:",
    r"\byou have been invited to (?:the following|this) (?:event|meeting)\b",
    r"\bhas invited you to (?:the following|this|an?) (?:event|meeting)\b",
    r"\bvous avez été invitée? (?:à l'événement suivant|à la réunion suivante)\b",
    r"\b(?:le|la|te) han invitado (?:al (?:siguiente )?evento|a la (?:siguiente )?reunión)\b",
    r"\b(?:ha|has) sido invitad[oa] (?:al (?:siguiente )?evento|a la (?:siguiente )?reunión)\b",
    r"\bvocê foi convidad[oa] para o (?:seguinte )?evento\b",
    r"\bsie wurden zu (?:dem folgenden|diesem) termin eingeladen\b",
)
# A calendar's automatic answer to an invitation (iTIP REPLY, RFC 5546): the subject prefix
# the client sets, and the sentence it writes. Both are needed (see `screen._calendar_reply`).
CALENDAR_REPLY_SUBJECT = _any(
    r"^(?:accepted|declined|tentative|tentatively accepted|accepté|refusé|provisoire"
    r"|aceptado|rechazado|aceptada provisionalmente|aceito|recusado|angenommen|abgelehnt"
    r"|mit vorbehalt angenommen|принято|отклонено|под вопросом|accettato|rifiutato"
    r"|accettato provvisoriamente)\s?:",
)
CALENDAR_REPLY_TEXT = _any(
    r"\bhas (?:accepted|declined|tentatively accepted) (?:this|your|the) (?:meeting|event"
    r"|invitation)\b",
    r"\ba (?:accepté|refusé|accepté provisoirement) (?:cette|votre|la) (?:réunion|invitation)\b",
    r"\bha (?:aceptado|rechazado|aceptado provisionalmente) (?:esta|su|la) (?:reunión|invitación"
    r"|convocatoria)\b",
    r"\b(?:aceitou|recusou) (?:esta|sua|a) (?:reunião|convite)\b",
    r"\bhat (?:diese|ihre|die) (?:besprechung|einladung) (?:angenommen|abgelehnt)\b",
    r"(?:принял|приняла|отклонил|отклонила) (?:это|ваше) (?:собрание|приглашение)",
    r"\bha (?:accettato|rifiutato|accettato provvisoriamente) (?:questa|la (?:sua|tua)|la) "
    r"(?:riunione|convocazione)\b",
)
# The invitation's reply buttons and links, which are not the organiser asking us anything.
CALENDAR_PROMPT = _any(
    r"\byes\s*-\s*maybe\s*-\s*no\b",
    r"\b(?:going|rsvp|accept|decline|tentative|more options|invitation from|join)\b",
    r"\b(?:oui\s*-\s*peut-être\s*-\s*non|participer|accepter|refuser)\b",
    r"\b(?:sí\s*-\s*quizás\s*-\s*no|asistirás|aceptar|rechazar)\b",
)

# The answer buttons a calendar server prints under an invitation: where the .ics part came as
# an alternative that the parser does not keep, they show a calendar server wrote the text.
CALENDAR_RSVP = _any(
    r"\byes\s*-\s*maybe\s*-\s*no\b",
    r"\boui\s*-\s*peut-être\s*-\s*non\b",
    r"\baccepter\s*-\s*peut-être\s*-\s*refuser\b",
    r"\bsí\s*-\s*quizás\s*-\s*no\b",
    r"\bja\s*-\s*vielleicht\s*-\s*nein\b",
    r"\bsim\s*-\s*talvez\s*-\s*não\b",
    r"\bsì\s*-\s*forse\s*-\s*no\b",
)

# A read receipt sent as plain text (no multipart/report): the subject prefix mail clients set
# and the sentence they write ("Your message … was read on …"). Both are needed (see
# `screen._read_receipt`).
READ_RECEIPT_SUBJECT = _any(
    r"^(?:read|lu|leído|leido|gelesen|lido|letto|прочитано|прочитан)\s?:",
)
READ_RECEIPT_TEXT = _any(
    r"\bwas read on\b",
    r"\ba été lue? (?:le|à)\b",
    r"\b(?:ha sido|fue) leíd[oa] (?:el|a las)\b",
    r"\bwurde am\b[^\n]{0,160}\bgelesen\b",
    r"\bfoi lida em\b",
    r"\bè stato letto\b",
    r"\bбыло прочитано\b",
)

# A person's bare "received, thank you" in a thread: the wording of thanks and receipt...
THANKS = _any(
    r"\b(?:(?:many|great) )?thanks?(?: you)?(?: (?:very|so) much| a lot)?(?: for (?:this|that"
    r"|the (?:\w+ )?(?:information|documents?|reply|answer|update|examples?|materials?)"
    r"|your (?:\w+ )?(?:reply|message|e-?mail|answer|response|help|support)))?\b",
    r"\b(?:(?:well|duly) )?received(?: with thanks)?\b",
    r"\b(?:noted(?: with thanks)?|much appreciated)\b",
    r"\b(?:bien )?re[çc]ue?s?\b|\b(?:bien|c'est) not[ée]\b",
    r"\bmerci(?: (?:beaucoup|bien|infiniment))?(?: (?:pour|de) (?:votre|vos|ce|cette|ces"
    r"|l'|les?|la) ?(?:\w+ )?\w+)?\b",
    r"\b(?:avec )?(?:tous )?mes remerciements\b",
    r"\b(?:bien )?recibid[oa]s?\b|\b(?:tomamos|tomo) (?:buena )?nota\b",
    r"\b(?:(?:muchas|mil) )?gracias(?: (?:por (?:su|la|el|los|las|tu) (?:\w+ )?\w+))?\b",
    r"\b(?:recebid[oa]|(?:muito )?obrigad[oa]|ricevuto|grazie(?: mille)?"
    r"|(?:vielen )?dank(?:e(?: schön| sehr)?)?|erhalten)\b",
)
# ...and the greetings and sign-offs around it. Whatever is left once both are removed is new
# content (see `screen._thanks_only`), so neither list holds a word that could carry a request.
COURTESY = _any(
    r"\b(?:hello|hi|dear (?:colleagues?|all|sir|madam)|good (?:morning|afternoon))\b",
    r"\b(?:(?:best|kind|warm) )?regards\b|\b(?:best wishes|sincerely|cheers)\b",
    r"\b(?:bonjour|bonsoir|chers? coll[èe]gues?|madame|monsieur)\b",
    r"\b(?:bien |très )?cordialement\b|\bsalutations\b",
    r"\b(?:hola|estimad[oa]s?|buen[oa]s (?:días|tardes|noches))\b",
    r"\b(?:saludos(?: cordiales)?|atentamente|un (?:cordial )?saludo)\b",
)
# ...but thanks given in advance stand for a request ("Merci d'avance", "Gracias de antemano").
THANKS_IN_ADVANCE = _any(
    r"\bin advance\b",
    r"\bd'avance\b",
    r"\bpar avance\b",
    r"\bde antemano\b",
    r"\bpor adelantado\b",
    r"\bim voraus\b",
    r"\bin anticipo\b",
)

NOREPLY_LOCAL = re.compile(
    r"no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|no[-_.]?respon|ne[-_.]?pas[-_.]?repondre"
    r"|nao[-_.]?responda",
    re.IGNORECASE,
)
DAEMON_LOCAL = frozenset({"mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster"})
# A domain written in a display name ("intake@ccm-isu.example", "ccm-isu.example support").
NAME_DOMAIN = re.compile(r"([a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,})", re.IGNORECASE)
URL_HOST = re.compile(r"\b(?:https?://|www\.)([a-z0-9.-]+\.[a-z]{2,})", re.IGNORECASE)


# A link's query ("…/event?eid=7", "…/optout?u=81") is no question (here and in `classify`).
LINK = re.compile(r"\b(?:https?://|www\.)\S+", re.IGNORECASE)


# A subject echoed by a helpdesk or a receipt ("Titre : RE: … ?"): its question is not the
# sender's.
_ECHOED_SUBJECT = re.compile(
    r"\s*(?:title|subject|titre|objet|sujet|asunto|título|assunto|betreff|titel|oggetto|тема"
    r"|الموضوع)\s?:",
    re.IGNORECASE,
)


def has_request(text: str) -> bool:
    """True when some sentence of `text` asks something that is not a mere redirection."""
    sentences = re.split(r"(?<=[.!?؟])\s+|\n\s*\n", LINK.sub(" ", text))
    return any(
        REQUEST.search(s) and not REDIRECT.search(s) and not _ECHOED_SUBJECT.match(s)
        for s in sentences
    )


def spam_hits(text: str) -> list[str]:
    """The spam phrases found in `text`, one per family."""
    if not _SPAM_ANY.search(text):  # most texts have none: one search instead of one a family
        return []
    return [m.group(0) for family in SPAM_CONTENT if (m := family.search(text))]


# Characters a phisher swaps for look-alikes; all map to one representative.
_HOMOGLYPHS = str.maketrans({"l": "i", "1": "i", "!": "i", "0": "o", "5": "s", "3": "e"})


def _flat(domain: str) -> str:
    core = re.sub(r"[^a-z0-9]", "", domain.lower().replace("rn", "m").replace("vv", "w"))
    return core.translate(_HOMOGLYPHS)


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def lookalike_of(domain: str, own_domains: Iterable[str]) -> str | None:
    """The own domain that `domain` imitates, or None (ours and our subdomains are not)."""
    domain = domain.lower().strip(".")
    for own in own_domains:
        if domain == own or domain.endswith("." + own):
            continue
        name = own.rsplit(".", 1)[0] if "." in own else own
        own_core, candidate = _flat(name), _flat(domain)
        # The name of our domain inside another one: ccm-isu-docs.x, ccmisu.x, ccm-isu.example.com.
        if len(own_core) >= 5 and own_core in candidate:
            return own
        # A typo-squat of the name itself, at any level: ccm-lsu.example, mail.cmm-isu.example.
        labels = (domain.split(".")[:-1] or [domain])[-4:]
        heads = (_flat(".".join(labels[i:])) for i in range(len(labels)))
        limit = 1 if len(own_core) < 10 else 2
        # the length test first: it bounds the distance and keeps long host names cheap
        near = (h for h in heads if abs(len(h) - len(own_core)) <= limit)
        if len(own_core) >= 5 and any(_distance(h, own_core) <= limit for h in near):
            return own
    return None
