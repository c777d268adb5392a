"""What each clause of a sender's text does for the request, for `classify`: the sentences that
ask ("could you…", questions) say what the message is for; background the sender sets aside
("no questions on either", "already submitted") and what they say they have not got ("no
stockpiles", "sans stocks", "sin existencias") should count little against them.

Plain phrase lists in English, French, Spanish and Italian (a few request phrases in the other
served languages), matched on the normal form of `classify_terms`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import NamedTuple

from intake.classify_terms import BOUNDARY, normalise
from intake.screen_phrases import LINK


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
    "|voudrait|aimerions|sollicitons|sollicite|demandons|je demande|je vous demande"
    "|notre demande|une demande|avons besoin|a besoin"
    "|cherchons|recherchons|merci de|reconnaissant|reconnaissants|veuillez|possible"
    "|notre question|ma question|ce dont nous avons besoin"
    "|podrian|podria|pueden|quisieramos|quisiera|queremos|quiere|gustaria|solicitamos|solicita"
    "|solicito|solicitud|pedimos|necesitamos|necesita|buscamos|busca|agradeceriamos"
    "|agradeceria|por favor|posible|deseariamos|desea|nuestra pregunta|mi pregunta"
    "|lo que necesitamos"
    # the writer names the matter they need help with: "my immediate concern is…", "I am stuck"
    "|my immediate concern|my main concern|our main concern|our immediate concern|i am stuck"
    "|we are stuck|ma principale preoccupation|notre principale preoccupation|je suis bloque"
    "|nous sommes bloques|mi principal preocupacion|nuestra principal preocupacion"
    "|estoy atascado|estamos atascados"
    # the infinitive after a formula of a note verbale: "tiene el honor de solicitar",
    # "a l'honneur de solliciter"
    "|solicitar|solliciter"
    # the conditional of need, as "would need" above: "necesitaríamos conocer", "nous aurions
    # besoin"
    "|necesitariamos|necesitaria|aurions besoin|aurais besoin|precisariamos|precisaria"
    # uncertainty is a question: "we are not sure whether…", "no estamos seguros de…"
    "|not sure|unsure|not certain|pas surs|pas certains|pas sures|no estamos seguros"
    "|no tenemos claro|nao temos certeza|nao sabemos|nicht sicher|wissen nicht|не уверены"
    "|не знаем|لسنا متاكدين|لا نعرف"
    # a question passed on ("the ministry asks us whether…"), and doubts, which are questions
    "|asked whether|asking whether|asks if|asked if|want to know|wants to know|demande si"
    "|demandent si|nous demande s|se demande si|se demandent si|demandons si|nos pregunta si"
    "|pregunta si|preguntan si|preguntamos si|pergunta se|perguntam se|fragt ob|fragen ob"
    "|спрашивает|спрашивают|يسال|يسالون|have doubts|avons des doutes|avons un doute"
    "|tenemos dudas|tengo dudas|tenemos una duda|temos duvidas|haben zweifel|есть сомнения"
    # "our query is about…": the writer names what the message is for
    "|our query|our enquiry|our inquiry|my query|my enquiry|notre interrogation|nos questions"
    "|nuestra consulta|mi consulta|nuestras preguntas|nuestras consultas"
    # …and "this query concerns only…": what the message asks, however much it told before
    "|this query concerns|this query is about|this enquiry concerns|this enquiry is about"
    "|this inquiry concerns|this inquiry is about|this question concerns|this question is about"
    "|this request concerns|this request is about|cette question porte|cette question concerne"
    "|cette demande porte|cette demande concerne|cette consultation porte|esta consulta se refiere"
    "|esta consulta es sobre|esta consulta trata|esta pregunta se refiere|esta pregunta es sobre"
    "|esta solicitud se refiere|esta consulta diz respeito|esta pergunta diz respeito"
    "|questa domanda riguarda|questa richiesta riguarda|questo quesito riguarda"
    "|gostariamos|gostaria|precisamos|precisa|poderiam|poderia|solicitamos|pedimos"
    "|agradeceriamos|agradeceria|necessitamos|nossa pergunta|nossa duvida|nossa consulta"
    "|mochten|mochte|bitten|bitte|konnten|benotigen|brauchen|waren dankbar|wir suchen|unsere frage"
    "|просим|прошу|не могли бы|хотели бы|хотелось бы|нужна|нужно|нужен|необходима|необходимо"
    "|будем благодарны|были бы благодарны|просьба|подскажите|наш вопрос"
    "|نرجو|نطلب|يرجى|نود|طلب|نحتاج|بحاجة|نلتمس|هل يمكن|نامل|نسعى"
    # Italian: "potreste…", "vorremmo chiedere…", "vi saremmo grati se…", "avremmo bisogno…"
    "|potreste|potrebbe|vorremmo|vorrei|desideriamo|desidereremmo|desidererei|chiediamo|chiedo"
    "|richiediamo|richiedo|la nostra richiesta|una richiesta|avremmo bisogno|abbiamo bisogno"
    "|ha bisogno|hanno bisogno|ci servirebbe|ci servirebbero|ci serve|ci servono|necessitiamo"
    "|necessiteremmo|saremmo grati|saremmo riconoscenti|gradiremmo|gradirei|cerchiamo"
    "|stiamo cercando|vi preghiamo|per favore|cortesemente|come possiamo|possibile"
    "|la nostra domanda|la mia domanda|il nostro quesito|la nostra questione|siamo interessati"
    "|non sappiamo|non siamo sicuri|non siamo certi|non e chiaro|ci chiediamo|chiede se"
    "|chiedono se|ci chiede se|si chiede se|abbiamo dei dubbi|abbiamo un dubbio"
)
# What the sender sets aside: a need they do not have, a question they do not ask.
_ASIDE = (
    "no question|no questions|not asking|no need for help|no need for support|not requesting"
    "|do not need help|do not need support|do not need assistance|do not need any|don t need help"
    "|don t need support|don t need assistance|don t need any|does not need help|not seeking"
    "|already covered|already in hand|well in hand|not the subject|not about|is not related"
    # "this message is not about clearance": the writer names what the message is not for
    "|ne concerne pas|no se trata de|no es sobre|no tiene que ver"
    "|nao se trata de|nao e sobre|geht nicht um|не касается|لا يتعلق"
    "|no issue|no issues|no problem|no problems|no difficulty|no difficulties|on track"
    "|aucune question|pas de question|pas de questions|pas besoin d aide|pas besoin d appui"
    "|pas besoin d assistance|pas besoin de soutien|ne demandons pas"
    "|ne sollicitons pas|ne porte pas sur|deja couvert|deja couverte|deja pris en charge"
    "|sans besoin|aucune difficulte|aucun probleme|pas de difficulte|pas de probleme"
    "|en bonne voie|no tenemos preguntas|sin preguntas|ninguna pregunta|ninguna duda"
    "|no tenemos dudas|no necesitamos apoyo|no necesitamos ayuda|no necesitamos asistencia"
    "|no solicitamos|no pedimos|sin necesidad de apoyo|sin necesidad de ayuda|ya esta cubiert"
    "|ya estan cubiert|sin problemas|ninguna dificultad|sin dificultad|por buen camino"
    # work that goes well, and what the writer says is not where the difficulty lies
    "|going well|progressing well|proceeding well|on schedule|not where|is not the problem"
    "|avance bien|avancent bien|se deroule bien|se deroulent bien|n est pas la que"
    "|ne pose pas de difficulte|ne posent pas de difficulte|ne pose pas de probleme"
    "|avanza bien|avanzan bien|marcha bien|no es ahi donde|no es alli donde|no es el problema"
    "|sem problemas|nenhuma dificuldade|nao precisamos de apoio|nao temos duvidas"
    "|keine fragen|keine probleme|нет вопросов|не требуется помощь|لا نحتاج"
    "|nessuna domanda|nessun quesito|nessuna questione|non abbiamo domande|non abbiamo quesiti"
    "|non chiediamo|non richiediamo|non abbiamo bisogno di aiuto|non abbiamo bisogno di sostegno"
    "|non abbiamo bisogno di supporto|non abbiamo bisogno di assistenza|non riguarda"
    "|non si tratta di|gia coperto|gia coperta|gia coperti|nessun problema|nessuna difficolta"
    "|senza problemi|senza difficolta|procede bene|procedono bene|sta procedendo bene"
    "|nei tempi previsti|non e questo il problema|non e li che"
)
# A set-aside naming nothing ("no questions on either") is about the clauses before it.
_REFERS_BACK = (
    "either|both|neither|those|these|ces|cela|ceux|celles|les deux|ni l un|esos|esas|eso|ello"
    "|ambos|ambas|ninguno|not where|n est pas la que|no es ahi donde|no es alli donde"
    "|entrambi|entrambe|questo|questi|queste|cio|quelli|quelle|nessuno dei due|non e li che"
)
# A sentence that ends with ":" and asks ("The committee would like to know:") or announces
# questions ("Our questions are the following:") makes the list items after it ask.
_LEAD_IN = (
    "question|questions|query|queries|enquiry|inquiry|doubt|doubts|interrogation|doute|doutes"
    "|pregunta|preguntas|consulta|consultas|duda|dudas|pergunta|perguntas|duvida|duvidas|frage"
    "|fragen|вопрос|вопросы|سؤال|الاسئلة|domanda|domande|quesito|quesiti|dubbio|dubbi"
)
# What is done and told as background ("already submitted", "s'est achevée"): it counts
# little if the request is about something else (see `classify`).
_DONE = (
    "already|completed|finished|went in|submitted|adopted|destroyed|cleared|deja|acheve"
    "|achevee|acheves|achevees|soumis|adoptee|detruits|detruites|depolluees"
    "|termine|terminee|ya fue|ya se|ya ha|ya hemos|concluyo|concluida|concluido|finalizo"
    "|finalizada|culmino|se completo|aprobada|presentado|destruidas|destruidos|despejadas"
    "|gia|completato|completata|completati|completate|terminato|terminata|terminati|concluso"
    "|conclusa|conclusi|ultimato|ultimata|presentato|presentata|trasmesso|trasmessa|adottato"
    "|adottata|approvato|approvata|distrutte|distrutti|distrutto|bonificate|bonificati"
)
# Thanks for help received ("thank you for the sponsorship", "agradecimiento por el apoyo"): what
# is thanked for is done, even when the thanks are wished ("desea expresar su agradecimiento")…
_THANKS = (
    "thank you for|thanks for|thank you very much for|grateful for the|grateful for your"
    "|gratitude for|appreciation for|we thank|i thank|to thank|merci pour|remercie|remercions"
    "|remercier|remerciements pour|reconnaissance pour|gratitude pour|gracias por"
    "|agradecimiento por|agradecemos|agradezco|agradecer|obrigado pelo|obrigada pelo"
    "|obrigado pela|obrigada pela|agradecimento pelo|agradecimento pela|danke fur|dank fur"
    "|bedanken uns|danken ihnen|grazie per|ringraziamo|ringrazio|ringraziare|ringraziamento per"
    "|благодарим за|спасибо за|благодарю за|благодарность за|نشكر|نشكركم|شكرا على"
)
# …but not thanks in advance, which go with a request ("thanks in advance for your advice").
_IN_ADVANCE = (
    "in advance|d avance|par avance|de antemano|por adelantado|antecipadamente|im voraus"
    "|in anticipo|заранее|مسبقا"
)
# …unless a negation comes before it ("no report has been submitted").
_NOT_DONE = _set("no not never t pas jamais aucun aucune nunca ningun ninguna")
# Italian "non" also opens words of other languages ("non-technical", "non explosées").
_NOT_DONE_IT = _NOT_DONE | _set("non mai nessun nessuna nessuno")
# Words that negate the noun phrase after them ("no stockpiles", "pas de victimes", "sin
# existencias"). English "no" goes with a noun; Spanish "no" with a verb ("no podemos").
_NEGATION = (
    "without|not any|not have|t have|never had|not possess|nor|neither"
    "|pas de|pas d|aucun|aucune|sans|ni|jamais eu|ne possedons pas|ne possede pas|n avons plus de"
    "|n a plus de|n y a plus de|ne possedons plus|ne disposons plus de|n existe plus"
    "|sin|ningun|ninguna|ninguno|no hay|no tenemos|no tiene|no poseemos|no posee|no existen"
    "|no existe|no quedan|no contamos con|ya no"
    # a state the sender says is not theirs ("notre territoire n'est pas contaminé", "no está
    # contaminado"); not English "is not", which as often denies what the sender is ("we are
    # not a victim assistance organisation") as a state
    "|n est pas|ne sont pas|no esta|no estan"
)
# Italian, as Spanish: "non" goes with a verb ("non possiamo"), so the cues are the verbs of
# having and being ("non abbiamo scorte", "non è contaminato"); used for Italian text only.
_NEGATION_IT = (
    "senza|nessun|nessuna|nessuno|non abbiamo|non abbiamo piu|non abbiamo mai avuto|non ha"
    "|non hanno|non possediamo|non possiede|non possiedono|non disponiamo di|non dispone di"
    "|non esiste|non esistono|non ci sono|non c e|non restano|non rimangono|non rimane|non piu"
    "|non e|non sono"
)
# The writer turns to another matter ("A different matter has come up", "une question d'une
# autre nature", "Disculpen el asunto, es de un hilo anterior"): the subject line and what comes
# before belong to the earlier exchange, not to this request. Not "another question", which
# often goes on with the same topic.
_SHIFT = (
    "different matter|another matter|separate matter|unrelated matter|different subject"
    "|different topic|different question|separate question|unrelated question|on another note"
    "|different query|unrelated to the request|unrelated to this request|unrelated to our request"
    "|unrelated to the above|on an unrelated note|sans lien avec la demande|sans lien avec ce qui"
    "|sin relacion con la solicitud|sin relacion con lo anterior|sem relacao com o pedido"
    "|question distincte|question differente|consulta distinta|pregunta distinta"
    "|consulta diferente|pregunta diferente|pergunta diferente|questao diferente"
    "|другого характера|سؤال مختلف"
    "|altra questione|altra faccenda|altro argomento|altro tema|questione diversa"
    "|questione distinta|domanda diversa|quesito diverso|a parte questo|senza relazione con"
    "|scusate l oggetto|scusi l oggetto|ignorate l oggetto|thread precedente|ora riguarda"
    "|on a different note|ignore the subject|excuse the subject|sorry for the subject"
    "|subject line is|earlier thread|previous thread|old thread|now concerns|is now about"
    "|about something else|porte sur autre chose|porte en realite sur autre chose"
    "|concerne autre chose|sobre otra cosa|se refiere a otra cosa|sobre outra coisa"
    "|autre nature|autre sujet|autre objet|sans rapport avec|excusez l objet|ne tenez pas compte"
    "|porte maintenant sur|concerne maintenant|fil precedent|ancien fil|ancien message"
    "|otra cuestion|otro asunto|otro tema|disculpen el asunto|disculpe el asunto|hilo anterior"
    "|correo anterior|ahora se refiere|outro assunto|outra questao|outro tema"
    "|desculpem o assunto|desculpe o assunto|anderes thema|andere angelegenheit"
    "|anderen angelegenheit|anderes anliegen|другой вопрос|другому вопросу|другая тема|другой теме"
    "|موضوع اخر|مسالة اخرى"
)
# The writer states why they write ("the reason for this e-mail is…", "le motif de ce courriel",
# "el motivo de este correo"): what comes before is a preamble (thanks, news, background) and
# counts little; unlike a turn to another matter, the subject still names the request.
_PURPOSE = (
    "reason i am writing|reason we are writing|reason i m writing|reason for writing"
    "|reason for this e mail|reason for this email|reason for this message|reason for my e mail"
    "|reason for my email|reason for my message|reason for our message|reason for this letter"
    "|purpose of this e mail|purpose of this email|purpose of this message|purpose of my e mail"
    "|purpose of my email|purpose of my message|purpose of our message|purpose of this letter"
    "|motif de ce courriel|motif de ce message|motif de mon courriel|motif de mon message"
    "|motif de notre courriel|motif de notre message|raison de ce courriel|raison de ce message"
    "|objet de ce courriel|objet du present courriel|si je vous ecris|si nous vous ecrivons"
    "|motivo de este correo|motivo de este mensaje|motivo de mi correo|motivo de mi mensaje"
    "|motivo de nuestro correo|motivo de nuestro mensaje|razon de este correo"
    "|razon de este mensaje|objeto de este correo|objeto del presente correo|motivo deste e mail"
    "|motivo desta mensagem|motivo do meu e mail"
    "|motivo di questa e mail|motivo di questa email|motivo di questo messaggio"
    "|motivo della presente|motivo della mia e mail|motivo del mio messaggio"
    "|motivo del nostro messaggio|scopo di questa e mail|scopo di questo messaggio"
    "|scopo della presente|vi scrivo per|vi scriviamo per"
)
# The Convention's framework for cooperation and assistance (Article 6): country coalitions,
# the individualised approach, round tables with partners. A request about the framework
# that asks about no one topic is for the ISU to triage, whatever needs it lists.
_COOPERATION = (
    "article 6|art 6|articulo 6|artigo 6|artikel 6|статья 6|статьи 6|المادة 6"
    "|country coalition|country coalitions|coalition de pays|coalitions de pays"
    "|coalicion de paises|coalicion pais|coalizao de paises"
    "|individualised approach|individualized approach|approche individualisee"
    "|enfoque individualizado|abordagem individualizada"
    "|cooperation and assistance|cooperation et assistance|cooperation et d assistance"
    "|cooperacion y asistencia|cooperacao e assistencia"
    "|round table with partners|partners round table|table ronde avec les partenaires"
    "|table ronde des partenaires|mesa redonda con los socios|mesa redonda de socios"
    "|articolo 6|coalizione di paesi|coalizioni di paesi|approccio individualizzato"
    "|cooperazione e assistenza|tavola rotonda con i partner|tavola rotonda dei partner"
)
# A notice that the focal point or the contact details changed, asking us to update ours:
# administration for the ISU, whatever topic the thread it replies in was about. Not "the new
# focal point", which often only explains a request on a topic ("…only took up her post").
_CONTACT_CHANGE = (
    "change of focal point|change of national focal point|focal point directory"
    "|update your contact list|update your contact lists|update your contact details"
    "|update your records|update your mailing list|changement de point focal"
    "|changement du point focal|mettre a jour vos listes|mettre a jour votre liste"
    "|mettre a jour vos coordonnees|mettre a jour vos contacts|cambio de punto focal"
    "|cambio del punto focal|actualizar su lista|actualizar sus listas|actualizar sus registros"
    "|actualicen sus registros|actualicen su lista|actualizar sus contactos|atualizar sua lista"
    "|distribution list|distribution lists|liste de diffusion|listes de diffusion"
    "|lista de distribucion|listas de distribucion|lista de distribuicao"
    "|cambio di punto focale|cambio del punto focale|aggiornare i vostri contatti"
    "|aggiornare la vostra lista|aggiornare i vostri elenchi|aggiornare i vostri registri"
)
# The sender weighs several needs the same ("both weigh the same for us", "misma prioridad"):
# no main ask, whatever the words count.
_EQUAL_WEIGHT = (
    "weigh the same|weigh equally|equally important|equally urgent|equal priority|same priority"
    "|same importance|as important as each other|no single priority|not prioritise one"
    "|not prioritize one|tout aussi important|tout aussi importants|tout aussi urgent"
    "|tout aussi urgents|meme priorite|priorite egale|meme importance|pesent autant"
    "|sans privilegier|pesan lo mismo|pesan exactamente lo mismo|igual de importantes"
    "|igual de urgentes|misma prioridad|misma importancia|igualmente importantes"
    "|igualmente urgentes|no prioricemos|sin priorizar|mesma prioridade|mesma importancia"
    "|sem priorizar|gleich wichtig|gleiche prioritat|ugualmente importanti|stessa priorita"
    "|altrettanto importante|altrettanto urgente|одинаково важны|одинаково важно"
    "|равный приоритет|нельзя выделить|everything is urgent|all of it is urgent|tout est urgent"
    "|todo es urgente|tudo e urgente|alles ist dringend|tutto e urgente|все срочно"
)
# How a report presents or a law words what it is about: an asking clause with such a verb, in a
# message whose report (or law) is named strongly, asks about the presentation ("should
# cancelled land go in Form F?"), whatever topic it names. Keyed by framing topic id.
_PRESENTING = (
    "present|presented|presenting|report it|report them|report this|report these|report those"
    "|do we report|should we report|must we report|reported|do we give|should we give"
    "|do we show|should we show|how to show"
    "|declare|declared|include|included|list|listed|be shown|enter|entered|reflect|reflected|put"
    "|record|recorded|fill in|filled in|go in|go into|presenter|presente|presentes|presentee"
    "|presentees|declarer|declares|declaree|declarees|inclure|faire figurer|figurer|figure"
    "|figurent|renseigner|remplir|faire apparaitre|apparaitre|comptabiliser|consigner|presentar"
    "|declarar|declaran|indicar|incluir|incluye|incluyen|informar|informan|se informa|se informan"
    "|reflejar|refleja|reflejan|se reflejan|consignar|registrar|completar|rellenar|reportar"
    "|figurar|aparecer|apresentar|preencher|refletir|relatar|constar|darstellen|dargestellt"
    "|aufnehmen|eintragen|eingetragen|ausweisen|ausgewiesen|melden|berichten|aufgefuhrt"
    "|presentare|dichiarare|includere|riportare|inserire|compilare|отразить|отражать|представить"
    "|включить|включать|заполнить|отчитаться|ندرج|ادراج|نبلغ|الابلاغ|تضمين"
)
_DRAFTING = (
    "word|worded|wording|draft|drafted|drafting|define|defined|penalise|penalize|criminalise"
    "|criminalize|formulate|formuler|rediger|definir|sanctionner|incriminer|redactar|redactarse"
    "|definir|tipificar|sancionar|formular|redigir|tipificar|formulieren|definieren|unter strafe"
    "|formulare|definire|sanzionare|сформулировать|определить|криминализировать|صياغة|تجريم"
)
_FRAME_VERBS = {"reporting": "presenting", "legislation": "drafting"}
_GROUPS = {"ask": _ASK, "aside": _ASIDE, "refers_back": _REFERS_BACK, "done": _DONE,
           "negation": _NEGATION, "negation_en": "no|" + _NEGATION,
           "negation_it": _NEGATION + "|" + _NEGATION_IT,
           "lead_in": _LEAD_IN, "shift": _SHIFT, "purpose": _PURPOSE, "cooperation": _COOPERATION,
           "contact_change": _CONTACT_CHANGE, "thanks": _THANKS,
           "in_advance": _IN_ADVANCE, "equal_weight": _EQUAL_WEIGHT,
           "presenting": _PRESENTING, "drafting": _DRAFTING}  # fmt: skip
_NOT_NEGATION = _set("later longer one matter doubt dubbio possibile chiaro facile")
# A negation in a clause that says "not yet" ("pas encore", "todavía no") is a need.
_STILL_TO_DO = _set("yet encore todavia aun still ancora")
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
    " capacita mezzi fondi finanziamento finanziamenti risorse bilancio personale competenze"
    " esperti specialisti esperienza attrezzature strumenti centri struttura strutture"
    " laboratorio laboratori squadra squadre programma servizi piano accesso sostegno supporto"
    " aiuto stato stata stati sono hanno"
)
_PHRASE_END = _set(
    "and or nor but that which for because so et ou ni mais qui que pour car donc y o pero porque"
    " para e ed o od ma che per perche quindi"
)
_NEGATED_WORDS = 3
_QUESTION = frozenset("?؟？")
# Sentences end at a full stop (not that of "Art.", "No.", "e.g." or another abbreviation), a
# blank line, or a list item.
_ABBREVIATIONS = (
    "art", "arts", "no", "nos", "cf", "vs", "ex", "bzw", "approx", "incl", "ca", "mr", "mrs", "ms",
    "dr", "st", "nr", "e.g", "i.e", "p.ex", "p. ex", "p.ej", "p. ej", "z.b", "z. b", "d.h", "d. h",
    "cfr", "dott", "sig",
)  # fmt: skip
# One look-behind each: Python's look-behinds cannot vary in width.
_NOT_AFTER = "".join(rf"(?<!\b{re.escape(abbreviation)}\.)" for abbreviation in _ABBREVIATIONS)
_SENTENCE_END = re.compile(
    rf"(?<=[.!?;:؟？。]){_NOT_AFTER}(?<!^\d\.)(?<!^\d\d\.)\s+|\n\s*\n"
    r"|\n(?=[ \t]*(?:[-•*–]|\d{1,2}[.)])\s)",
    re.IGNORECASE | re.MULTILINE,
)
_LIST_ITEM = re.compile(r"\s*(?:[-•*–]|\d{1,2}[.)])\s")
# A blank line inside a sentence (an HTML `<br>` rendered twice) does not end it.
_WRAPPED = re.compile(r"(?<=[^\W\d_,])[ \t]*\n[ \t]*\n[ \t]*(?=[a-zß-öø-ÿ])")
_CLAUSE_END_WORDS = (
    "but|however|although|mais|cependant|toutefois|en revanche|pero|sino|sin embargo|aunque|mas"
    "|porem|contudo|aber|jedoch|но|однако|لكن|però|tuttavia|bensì|sebbene|benché"
)
# A clause opening with "but" (or after a ";") starts a new part of the sentence: what the
# sender describes on one side of it is not asked because the other side asks ("The teams
# cleared 40 ha, but we do not know which form to use").
_TURN_WORDS = (
    "but|however|mais|cependant|toutefois|en revanche|pero|sin embargo|sino|mas|porem|contudo"
    "|aber|jedoch|но|однако|لكن|però|tuttavia|bensì"
)


class _Grammar(NamedTuple):
    """What reading a text's clauses depends on its language for."""

    negation: str  # the `_GROUPS` entry of negation cues
    clause_end: re.Pattern[str]  # where a sentence's clauses end
    turn: re.Pattern[str]  # a clause that turns the sentence ("but…")
    not_done: frozenset[str]  # words that, before "done" wording, say it is not done


def _grammar(negation: str, but: str = "", not_done: frozenset[str] = _NOT_DONE) -> _Grammar:
    """`but`: more words that turn a sentence, in this language only."""
    clause_words, turn_words = _CLAUSE_END_WORDS + but, _TURN_WORDS + but
    return _Grammar(
        negation,
        re.compile(rf"(?<=[,;])\s+|(?<!\s)\s+(?=(?:{clause_words})\b)", re.IGNORECASE),
        re.compile(rf"(?:{turn_words})\b", re.IGNORECASE),
        not_done,
    )


_ANY_GRAMMAR = _grammar("negation")
# English "no" goes with a noun ("no stockpiles"); Italian "ma" ("but") is French "ma" ("my"),
# and Italian "non" also opens words of other languages ("non-technical"), hence only there.
_GRAMMARS = {
    "en": _grammar("negation_en"),
    "it": _grammar("negation_it", but="|ma", not_done=_NOT_DONE_IT),
}


class Roles(NamedTuple):
    """A text's clauses that ask, the context, what is done, and what the sender sets aside or
    has not got, each in normal form, pieces joined with `BOUNDARY`."""

    asks: str
    context: str
    done: str
    aside: str


def split_roles(text: str, language: str = "") -> Roles:
    """Each clause of `text` by what it does for the request."""
    grammar = _GRAMMARS.get(language, _ANY_GRAMMAR)
    pieces: dict[str, list[str]] = {"ask": [], "context": [], "done": [], "aside": []}
    lead_in = False  # a sentence before announced a list of questions
    carry = False  # …and the sentence just before it, or a listed item cut at a ";"
    for sentence in _SENTENCE_END.split(_WRAPPED.sub(" ", text)):
        normalised = [(c, normalise(c)) for c in grammar.clause_end.split(sentence)]
        raw = [c for c, clause in normalised if clause]
        clauses = [clause for _, clause in normalised if clause]
        listed = carry or (lead_in and bool(_LIST_ITEM.match(sentence)))
        roles = _clause_roles(raw, clauses, listed, grammar)
        for clause, role in zip(clauses, roles, strict=True):
            kept, negated = (clause, []) if role == "aside" else _negated(clause, grammar.negation)
            pieces[role].append(kept)
            pieces["aside"] += negated
        announces = _announces_list(sentence, clauses, roles)
        lead_in = listed or announces
        # What follows "…for a project:" is what is asked, list markers or not, and so is the
        # rest of an item cut at a ";" ("…need to be destroyed; we have no budget.").
        carry = announces or (listed and sentence.rstrip().endswith(";"))
    return Roles(*(BOUNDARY.join(p for p in part if p) for part in pieces.values()))


def split_shift(text: str, normal: str | None = None) -> tuple[str, str]:
    """(the text before the sentence where the writer turns to another matter, the text from
    it); ("", text) when the writer does not turn. `normal`: `text` in normal form, if known."""
    return _split_at("shift", text, normal)


def split_purpose(text: str, normal: str | None = None) -> tuple[str, str]:
    """(the preamble before the sentence where the writer says why they write, the text from
    it); ("", text) when no such sentence is found. `normal`: as for `split_shift`."""
    return _split_at("purpose", text, normal)


def _split_at(group: str, text: str, normal: str | None) -> tuple[str, str]:
    """`text` cut before its first sentence that holds a phrase of `group`."""
    normal = normalise(text) if normal is None else normal
    if not _has(group, normal):  # most messages: one search, no sentence walk
        return "", text
    starts = [0, *(match.end() for match in _SENTENCE_END.finditer(text))]
    ends = [*starts[1:], len(text)]
    for start, end in zip(starts, ends, strict=True):
        if _has(group, normalise(text[start:end])):
            return text[:start], text[start:]
    return "", text


def names_cooperation(text: str) -> bool:
    """Whether `text` (in normal form) names the cooperation and assistance framework."""
    return _has("cooperation", text)


def frame_verb(topic: str, text: str) -> str | None:
    """The verb of how a framing topic's document treats what it is about (presenting in a
    report, wording in a law) that `text` (in normal form) uses, if any."""
    group = _FRAME_VERBS.get(topic)
    found = _phrases(group).search(text) if group is not None else None
    return found.group(0) if found is not None else None


def weighs_equally(text: str) -> bool:
    """Whether `text` (in normal form) says that several needs weigh the same."""
    return _has("equal_weight", text)


def names_contact_change(text: str) -> bool:
    """Whether `text` (in normal form) announces a new focal point or changed contact details."""
    return _has("contact_change", text)


def _announces_list(sentence: str, clauses: list[str], roles: list[str]) -> bool:
    """Whether `sentence` ends with ":" and asks or names questions."""
    if not sentence.rstrip().endswith(":"):
        return False
    return "ask" in roles or any(_has("lead_in", clause) for clause in clauses)


def _clause_roles(raw: list[str], clauses: list[str], listed: bool, grammar: _Grammar) -> list[str]:
    """A question asks in every clause, and so does an item of a list announced by a request
    ("We would like to know:"); a request ("we need…") asks in its part of the sentence, not
    across a "but" or a ";" (see `_parts`); a set-aside clause (not itself a question) counts
    little, and so do the clauses before it when it names nothing itself ("…, so no questions
    on either"); a clause of context that tells what is done is `done`, and so is a clause that
    thanks for help received (not itself a question, not thanks in advance)."""
    questions = [not _QUESTION.isdisjoint(LINK.sub(" ", clause)) for clause in raw]
    question = listed or any(questions)
    roles = []
    for part in _parts(raw, grammar.turn):
        asks = question or any(_has("ask", clauses[i]) for i in part)
        roles += ["ask" if asks else "context"] * len(part)
    for i, clause in enumerate(clauses):
        if _has("aside", clause) and not questions[i]:
            roles[i], back = "aside", i - 1
            refers_back = _has("refers_back", clause)
            while refers_back and back >= 0 and roles[back] != "aside":
                if _has("ask", clauses[back]):
                    break
                roles[back], back = "aside", back - 1
            continue
        told_done = roles[i] == "context" and _is_done(clause, grammar.not_done)
        if told_done or (_thanks_for_done(clause) and not questions[i]):
            roles[i] = "done"
    return roles


def _parts(raw: list[str], turn: re.Pattern[str]) -> list[list[int]]:
    """The clauses' indexes, cut where the sentence turns ("but", ";")."""
    parts: list[list[int]] = []
    for i, clause in enumerate(raw):
        turns = i > 0 and (turn.match(clause) is not None or raw[i - 1].rstrip().endswith(";"))
        if turns or not parts:
            parts.append([])
        parts[-1].append(i)
    return parts


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
        if stop == end or _is_need(words[end : stop + 1]) or _not_yet(words[at], words[end]):
            kept.append(words[at])
            at += 1
            continue
        kept.append(BOUNDARY)
        negated.append(" ".join(words[at:stop]))
        at = stop
    return " ".join(kept), negated


def _is_need(phrase: list[str]) -> bool:
    return phrase[0] in _NOT_NEGATION or not _NEED.isdisjoint(phrase)


# Spanish "sin" before an infinitive is "not yet" ("zonas sin despejar", "bombas sin destruir"):
# what is still to do, not an absence.
_INFINITIVE = re.compile(r"\w{2,}(?:ar|er|ir)")


def _not_yet(cue: str, first: str) -> bool:
    return cue == "sin" and _INFINITIVE.fullmatch(first) is not None


def _is_done(clause: str, not_done: frozenset[str]) -> bool:
    found = _phrases("done").search(clause)
    return found is not None and not_done.isdisjoint(clause[: found.start()].split())


def _thanks_for_done(clause: str) -> bool:
    """Whether the clause thanks for something received, not in advance for an answer."""
    return _has("thanks", clause) and not _has("in_advance", clause)


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
