# -*- coding: utf-8 -*-
"""Content and gold labels of the blind12 test corpus (data only).

Every entry describes one e-mail: its gold label (topic, secondary, language,
hard, note) and what generate.py needs to build it (headers, structure,
charset, transfer encoding, body text, attachments...).  All States, people,
organisations and domains are invented; only reserved example domains are used.

Field reference (all optional unless stated):
  id, topic, secondary, language, hard, note  -- required
  from        (display name, address)          -- required
  subject, date ('YYYY-MM-DD HH:MM:SS +ZZZZ')  -- required
  client      outlook | thunderbird | gmail | apple | iphone | roundcube |
              zimbra | android | notes | robot   (header/boundary/HTML style)
  struct      plain | alt | html | mixed | fwd_attach | dsn | mdn | calendar
  body        the text/plain body (or the human-readable part of a report)
  html        explicit HTML (otherwise derived from body)
  charset, cte, html_cte
  subj_cs, subj_enc    charset / 'q' or 'b' for the RFC 2047 subject
  from_cs, from_enc    same for the From display name
  attachments list of {name, type: pdf|docx|xlsx}
  mixed_body  'plain' or 'alt' (body of a multipart/mixed)
  to, cc, reply_to, in_reply_to, references, headers (extra [name, value])
  crlf        False -> LF line endings
  inner       the forwarded / returned message (same fields)
  dsn, mdn, ics  report and calendar data
"""

INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"

MESSAGES = []

# ---------------------------------------------------------------------------
# stockpile_destruction (Article 3)
# ---------------------------------------------------------------------------
MESSAGES += [
{
    "id": "sd01", "topic": "stockpile_destruction", "secondary": [], "language": "en",
    "hard": False,
    "note": "newly acceded State asks for a technical assessment visit to verify and cost the destruction of its inherited stocks",
    "from": ("Col. Prasert Wongsakul", "prasert.w@mod.kanthara.example"),
    "subject": "Request for technical assessment of cluster munition stocks following accession",
    "date": "2026-02-09 10:42:17 +0700",
    "client": "outlook", "struct": "alt",
    "body": """Dear Sir or Madam,

Kanthara deposited its instrument of accession on 12 January 2026 and the
Convention will enter into force for us on 1 July. As a first step, the
Ministry of Defence has completed a paper inventory of the cluster munitions
held by the Army and the Air Force. It shows approximately 3,400 155 mm cargo
projectiles containing dual-purpose submunitions and a smaller number of
air-delivered dispensers, stored at three depots.

The inventory was compiled from logistics records that are in some cases more
than thirty years old, and we have limited experience in assessing the
physical condition of these items. We would therefore like to request a
technical assessment visit by experts who could:

- verify the inventory and the condition of the stocks at the three depots;
- advise on the options for destruction (in country or abroad) and give an
  order-of-magnitude cost estimate;
- help us draft a realistic destruction plan within the eight-year deadline.

We would be grateful to know whether the ISU can facilitate such a visit, and
which States Parties or organisations have provided this type of support
before.

Yours faithfully,

Col. Prasert Wongsakul
Director, Ammunition Management Division
Ministry of Defence, Kanthara
Tel. +999 2 418 7720
""",
},
{
    "id": "sd02", "topic": "stockpile_destruction", "secondary": [], "language": "en",
    "hard": False,
    "note": "Article 3 deadline cannot be met (demolition range damaged); asks about the extension request procedure and content",
    "from": ("Mereani Toka", "m.toka@mission.solvanu.example"),
    "subject": "Article 3 deadline \u2013 extension request procedure",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-03-17 15:08:44 +0100",
    "client": "outlook", "struct": "mixed", "mixed_body": "alt",
    "attachments": [{"name": "MoD_letter_demolition_range_damage.pdf", "type": "pdf"}],
    "body": """Dear colleagues,

I write on behalf of the Permanent Mission of Solvanu to seek your guidance.

Our stockpile destruction deadline under Article 3 falls on 1 March 2027.
About 60% of the declared stock has been destroyed, but the open detonation
site we were using on the eastern coast was badly damaged by Cyclone Lusi in
January and cannot be used for at least a year. Our Ministry of Defence has
concluded that we will not be able to finish on time.

Could you please tell us:
1. by when an extension request must be submitted so that it can be
   considered at the next Meeting of States Parties;
2. what information the request must contain, and whether there is a
   template or recent examples we could look at;
3. whether the ISU could comment on a draft before it is submitted formally?

I attach the letter from the Ministry of Defence explaining the situation.

With best regards,

Mereani Toka
First Secretary
Permanent Mission of Solvanu to the United Nations Office at Geneva
Tel. +999 22 730 41 18

This e-mail and any attachment are intended solely for the addressee and may
contain privileged information. If you have received it in error, please
notify the sender and delete it.
""",
},
{
    "id": "sd03", "topic": "stockpile_destruction", "secondary": ["clearance", "reporting"], "language": "en",
    "hard": True,
    "note": "HARD(multi_topic): opens with clearance progress and the coming Article 7 report; the actual request is co-financing of a contained detonation chamber to destroy the remaining air-dropped stock",
    "from": ("Eng. Daniel Mwangaza", "d.mwangaza@nmaa.kivanda.example"),
    "subject": "Kivanda \u2013 update and request for support",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-04-02 11:20:05 +0300",
    "client": "outlook", "struct": "alt",
    "body": """Dear ISU team,

Greetings from the National Mine Action Authority of Kivanda.

By way of update: survey of the northern districts is progressing well and
our clearance teams released a further 2.1 km2 last quarter, so we remain on
track with our Article 4 work plan. Our Article 7 report for 2025 is with the
Ministry of Foreign Affairs for signature and should reach you before
30 April.

The matter on which we need your help is the stockpile. Kivanda still holds
212 air-dropped cluster bombs inherited from the former air force, and their
submunitions cannot be destroyed by open detonation near the airbase because
of the surrounding settlements. The Defence Forces have proposed to acquire a
mobile contained detonation chamber, which could afterwards also be used for
other obsolete ammunition. The cost is estimated at USD 1.4 million, of which
the Government can cover about a quarter.

We would be grateful if the ISU could help us identify States Parties or
organisations able to co-finance the chamber and the training of its
operators, and advise on how best to present this request at the
forthcoming intersessional meetings.

Kind regards,

Eng. Daniel Mwangaza
Director, National Mine Action Authority
Republic of Kivanda
+999 20 551 0932
""",
},
{
    "id": "sd04", "topic": "stockpile_destruction", "secondary": ["reporting"], "language": "en",
    "hard": True,
    "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0291 on retention for training (Art. 3.6): confirms 380 retained submunitions and asks how the minimum number is justified",
    "from": ("Maj. Lian Sereno", "lian.sereno@army.tavali.example"),
    "subject": "Re: [CCM-2026-0291] Received: Retention of submunitions for EOD training",
    "in_reply_to": "<ccm-2026-0291.ack@ccm-isu.example>",
    "references": "<ccm-2026-0291.ack@ccm-isu.example>",
    "date": "2026-05-11 08:37:52 +0800",
    "client": "apple", "struct": "plain", "crlf": False,
    "body": """Dear ISU,

Further to my message of last week, I can now confirm the figures. The Army
Engineer School proposes to retain 380 dual-purpose submunitions of two types
and 12 empty carrier shells, for the training of EOD operators and for
testing detection equipment.

Two follow-up questions:

- Is there any guidance on what counts as "the minimum number absolutely
  necessary"? Our Chief of Engineers would like to see what other States
  Parties with EOD programmes of a similar size have retained and how they
  justified the numbers.

- When retained items are consumed in training, is it enough to show this in
  the annual report, or is some other notification expected?

Thank you,
Lian

Maj. Lian Sereno
Chief Instructor, Army Engineer School
Tavali

> On 6 May 2026, at 09:14, CCM Implementation Support Unit <no-reply@ccm-isu.example> wrote:
>
> Dear sender,
>
> Thank you for your message, which has been registered under reference
> CCM-2026-0291. It has been passed to the relevant coordinator, who will be
> in touch with you shortly.
>
> Please keep the reference in the subject line of any further correspondence.
>
> Implementation Support Unit - Convention on Cluster Munitions
""",
},
{
    "id": "sd05", "topic": "stockpile_destruction", "secondary": [], "language": "en",
    "hard": False,
    "note": "sends the draft national stockpile destruction plan (attached) and asks for review of schedule and storage safety distances",
    "from": ("Lt Col Aleksander Brandt-Kova\u010d", "a.brandtkovac@mod.marravia.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Draft national stockpile destruction plan for comment",
    "date": "2026-05-20 16:02:31 +0200",
    "client": "thunderbird", "struct": "mixed", "mixed_body": "plain", "crlf": False,
    "attachments": [{"name": "MRV_CM_Stockpile_Destruction_Plan_v0.7.docx", "type": "docx"}],
    "body": """Dear colleagues,

Please find attached our draft plan for the destruction of Marravia's
remaining stock of cluster munitions (some 9,800 submunitions in 140
artillery rockets). The plan foresees industrial demilitarisation by a
contractor at our central depot, with the rocket motors destroyed
separately.

Could the coordinators on stockpile destruction review the draft, in
particular the schedule in section 4 and the safety distances proposed for
the temporary storage site in section 6, and tell us whether the approach is
in line with what other States Parties have done? Comments by the end of
June would allow us to submit the plan to the Minister in July.

Best regards,

Lt Col Aleksander Brandt-Kova\u010d
Arms Control Division
Ministry of Defence of Marravia
""",
},
{
    "id": "sd06", "topic": "stockpile_destruction", "secondary": [], "language": "fr",
    "hard": False,
    "note": "deteriorated rockets: asks for an expert to assess whether they can be transported to the destruction site or must be destroyed in place",
    "from": ("Lcl Herv\u00e9 Mbadinga", "h.mbadinga@defense.ombesse.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "Demande d'expertise \u2013 transport de munitions \u00e0 sous-munitions d\u00e9grad\u00e9es",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-06-03 09:14:27 +0100",
    "client": "outlook", "struct": "alt",
    "body": """Madame, Monsieur,

Dans le cadre de la destruction de ses stocks d'armes \u00e0 sous-munitions,
l'\u00e9tat-major des arm\u00e9es de la R\u00e9publique d'Ombesse doit transf\u00e9rer
environ 600 roquettes du d\u00e9p\u00f4t de Kess\u00e9 vers le champ de destruction
de Mondah, distant de 240 km.

Une inspection r\u00e9cente a r\u00e9v\u00e9l\u00e9 que plusieurs lots pr\u00e9sentent des
signes de corrosion et des fuites de propergol. Nos artificiers h\u00e9sitent \u00e0
autoriser leur transport par la route.

Nous sollicitons l'appui d'un expert capable :
- d'\u00e9valuer l'aptitude au transport de ces munitions ;
- de nous conseiller sur l'emballage et les conditions de convoyage ;
- ou, \u00e0 d\u00e9faut, d'\u00e9tudier les modalit\u00e9s d'une destruction sur place.

Nous vous remercions de bien vouloir nous indiquer si une telle assistance
peut \u00eatre mobilis\u00e9e par l'interm\u00e9diaire de l'Unit\u00e9 d'appui.

Veuillez agr\u00e9er, Madame, Monsieur, l'expression de notre haute
consid\u00e9ration.

Lcl Herv\u00e9 Mbadinga
Chef du bureau Munitions
\u00c9tat-major des arm\u00e9es - R\u00e9publique d'Ombesse
T\u00e9l. : +999 1 44 27 90 15
""",
},
{
    "id": "sd07", "topic": "stockpile_destruction", "secondary": [], "language": "fr",
    "hard": True,
    "note": "HARD(legacy_charset): windows-1252 QP body and subject (\u2019 \u0153 \u20ac \u2013): transfer of remaining stocks to another State Party for destruction, what must be notified and who has done it",
    "from": ("Mission permanente de la R\u00e9publique de Tamarou", "desarmement@mission.tamarou.example"),
    "from_cs": "windows-1252", "from_enc": "q",
    "subject": "Transfert de stocks vers un autre \u00c9tat partie \u2013 destruction",
    "subj_cs": "windows-1252", "subj_enc": "q",
    "date": "2026-01-27 14:51:09 +0100",
    "client": "outlook_old", "struct": "plain",
    "charset": "windows-1252", "cte": "quoted-printable",
    "body": """Madame, Monsieur,

La Mission permanente de la R\u00e9publique de Tamarou aupr\u00e8s de l\u2019Office des
Nations Unies \u00e0 Gen\u00e8ve pr\u00e9sente ses compliments \u00e0 l\u2019Unit\u00e9 d\u2019appui \u00e0
l\u2019application et a l\u2019honneur de solliciter son concours.

Notre pays \u0153uvre \u00e0 respecter l\u2019\u00e9ch\u00e9ance que lui fixe l\u2019article 3, mais
le minist\u00e8re de la D\u00e9fense ne dispose pas des installations n\u00e9cessaires
pour d\u00e9truire les 48 conteneurs de sous-munitions encore en stock. Un \u00c9tat
partie voisin disposant d\u2019une usine de d\u00e9militarisation s\u2019est dit pr\u00eat, en
principe, \u00e0 les recevoir ; le co\u00fbt du transport et du traitement est
estim\u00e9 \u00e0 310 000 \u20ac.

Nous souhaiterions savoir :
\u2013 quelles informations doivent \u00eatre communiqu\u00e9es, et \u00e0 qui, lors d\u2019un
  transfert \u00ab aux fins de destruction \u00bb ;
\u2013 si l\u2019Unit\u00e9 d\u2019appui peut nous mettre en relation avec des \u00c9tats ayant
  d\u00e9j\u00e0 proc\u00e9d\u00e9 \u00e0 un tel transfert, afin de b\u00e9n\u00e9ficier de leur exp\u00e9rience ;
\u2013 si des bailleurs ont d\u00e9j\u00e0 cofinanc\u00e9 ce type d\u2019op\u00e9ration.

La Mission permanente saisit cette occasion pour renouveler \u00e0 l\u2019Unit\u00e9
d\u2019appui l\u2019assurance de sa haute consid\u00e9ration.

Kofi Amoussou-Dagba
Conseiller charg\u00e9 des questions de d\u00e9sarmement
Mission permanente de la R\u00e9publique de Tamarou \u2013 Gen\u00e8ve
""",
},
{
    "id": "sd08", "crlf": False, "topic": "stockpile_destruction", "secondary": [], "language": "es",
    "hard": False,
    "note": "destruction finished; asks how to present the declaration of compliance with Article 3 at the Meeting of States Parties",
    "from": ("Cnel. \u00c1lvaro Quispe Mamani", "aquispe@mindef.vallealto.example"),
    "from_cs": "iso-8859-1", "from_enc": "q",
    "subject": "Declaraci\u00f3n de cumplimiento del art\u00edculo 3",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-04-14 10:05:40 -0400",
    "client": "thunderbird", "struct": "plain",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Estimados se\u00f1ores:

Me complace informarles que el pasado 18 de marzo el Ej\u00e9rcito de Valle Alto
destruy\u00f3 en el pol\u00edgono de Pampa Honda los \u00faltimos 1.150 proyectiles con
submuniciones que quedaban en nuestros arsenales, con lo que concluye el
programa de destrucci\u00f3n iniciado en 2019.

El Ministerio desea anunciar formalmente el cumplimiento de las obligaciones
del art\u00edculo 3 en la pr\u00f3xima Reuni\u00f3n de los Estados Partes. Les
agradecer\u00eda que nos orientaran sobre:

1. si existe un modelo o formato recomendado para la declaraci\u00f3n de
   cumplimiento;
2. qu\u00e9 documentaci\u00f3n de respaldo (actas de destrucci\u00f3n, registros
   fotogr\u00e1ficos, certificados) suelen presentar otros Estados;
3. si hace falta comunicar por separado la cantidad de submuniciones
   retenidas para entrenamiento.

Atentamente,

Cnel. \u00c1lvaro Quispe Mamani
Jefe del Departamento de Control de Armamento
Ministerio de Defensa - Valle Alto
""",
},
{
    "id": "sd09", "topic": "stockpile_destruction", "secondary": ["reporting"], "language": "es",
    "hard": False,
    "note": "previously unrecorded aircraft bombs found in a naval depot after completion was declared; asks procedure and a technical expert to destroy them",
    "from": ("C. de F. Ignacio Barrenechea", "ibarrenechea@armada.puertoalegria.example"),
    "subject": "Hallazgo de submuniciones en dep\u00f3sito naval tras la finalizaci\u00f3n del programa de destrucci\u00f3n",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-07-07 17:48:02 -0300",
    "client": "gmail", "struct": "alt",
    "body": """Buenos d\u00edas:

Les escribo desde la Direcci\u00f3n de Armamento de la Armada de Puerto Alegr\u00eda.
En 2024 declaramos concluida la destrucci\u00f3n de nuestras existencias de
municiones en racimo. Sin embargo, durante un inventario general de la base
naval de Punta Coral aparecieron 36 bombas de aviaci\u00f3n en un polvor\u00edn que
no figuraba en los registros, presumiblemente cargadas con submuniciones.

\u00bfCu\u00e1l es el procedimiento en estos casos? \u00bfDebemos destruirlas en un plazo
determinado e informar a los dem\u00e1s Estados Partes antes de hacerlo? Y, desde
el punto de vista t\u00e9cnico, \u00bfpodr\u00edan recomendarnos a un experto que nos
ayude a identificar el modelo y el m\u00e9todo de destrucci\u00f3n m\u00e1s seguro?

Cordialmente,

Capit\u00e1n de Fragata Ignacio Barrenechea
Direcci\u00f3n de Armamento - Armada de Puerto Alegr\u00eda
""",
},
{
    "id": "sd10", "topic": "stockpile_destruction", "secondary": [], "language": "ru",
    "hard": True,
    "note": "HARD(base64_body,legacy_charset): windows-1251 body in base64 (Russian): funding and exchange of experience for water-jet cutting equipment to dismantle cargo rockets",
    "from": ("\u043f\u043e\u043b\u043a\u043e\u0432\u043d\u0438\u043a \u0418\u0433\u043e\u0440\u044c \u0421\u0430\u043c\u043e\u0439\u043b\u0435\u043d\u043a\u043e", "i.samoylenko@mil.ozerania.example"),
    "from_cs": "windows-1251", "from_enc": "b",
    "subject": "\u041e\u0431\u043e\u0440\u0443\u0434\u043e\u0432\u0430\u043d\u0438\u0435 \u0434\u043b\u044f \u0440\u0430\u0441\u0441\u043d\u0430\u0440\u044f\u0436\u0435\u043d\u0438\u044f \u043a\u0430\u0441\u0441\u0435\u0442\u043d\u044b\u0445 \u0431\u043e\u0435\u043f\u0440\u0438\u043f\u0430\u0441\u043e\u0432",
    "subj_cs": "windows-1251", "subj_enc": "b",
    "date": "2026-08-19 12:30:55 +0300",
    "client": "outlook", "struct": "plain",
    "charset": "windows-1251", "cte": "base64",
    "body": """\u0423\u0432\u0430\u0436\u0430\u0435\u043c\u044b\u0435 \u043a\u043e\u043b\u043b\u0435\u0433\u0438!

\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u043e\u0431\u043e\u0440\u043e\u043d\u044b \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0438 \u041e\u0437\u0435\u0440\u0430\u043d\u0438\u044f \u043f\u0440\u043e\u0434\u043e\u043b\u0436\u0430\u0435\u0442 \u0443\u043d\u0438\u0447\u0442\u043e\u0436\u0435\u043d\u0438\u0435 \u0437\u0430\u043f\u0430\u0441\u043e\u0432
\u043a\u0430\u0441\u0441\u0435\u0442\u043d\u044b\u0445 \u0431\u043e\u0435\u043f\u0440\u0438\u043f\u0430\u0441\u043e\u0432 \u0432 \u0441\u043e\u043e\u0442\u0432\u0435\u0442\u0441\u0442\u0432\u0438\u0438 \u0441\u043e \u0441\u0442\u0430\u0442\u044c\u0451\u0439 3 \u041a\u043e\u043d\u0432\u0435\u043d\u0446\u0438\u0438. \u041d\u0430 \u0441\u0435\u0433\u043e\u0434\u043d\u044f\u0448\u043d\u0438\u0439
\u0434\u0435\u043d\u044c \u0443\u043d\u0438\u0447\u0442\u043e\u0436\u0435\u043d\u043e \u043e\u043a\u043e\u043b\u043e 40 % \u0437\u0430\u044f\u0432\u043b\u0435\u043d\u043d\u044b\u0445 \u0437\u0430\u043f\u0430\u0441\u043e\u0432.

\u041e\u0441\u043d\u043e\u0432\u043d\u0430\u044f \u0442\u0440\u0443\u0434\u043d\u043e\u0441\u0442\u044c \u2014 \u0440\u0435\u0430\u043a\u0442\u0438\u0432\u043d\u044b\u0435 \u0441\u043d\u0430\u0440\u044f\u0434\u044b \u0441 \u043a\u0430\u0441\u0441\u0435\u0442\u043d\u043e\u0439 \u0433\u043e\u043b\u043e\u0432\u043d\u043e\u0439 \u0447\u0430\u0441\u0442\u044c\u044e,
\u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0435\u043b\u044c\u0437\u044f \u0431\u0435\u0437\u043e\u043f\u0430\u0441\u043d\u043e \u043f\u043e\u0434\u0440\u044b\u0432\u0430\u0442\u044c \u043d\u0430 \u043d\u0430\u0448\u0435\u043c \u043f\u043e\u043b\u0438\u0433\u043e\u043d\u0435 \u0438\u0437-\u0437\u0430 \u043e\u0433\u0440\u0430\u043d\u0438\u0447\u0435\u043d\u0438\u0439
\u043f\u043e \u0448\u0443\u043c\u0443 \u0438 \u0441\u0435\u0439\u0441\u043c\u0438\u0447\u0435\u0441\u043a\u043e\u043c\u0443 \u0432\u043e\u0437\u0434\u0435\u0439\u0441\u0442\u0432\u0438\u044e. \u0421\u043f\u0435\u0446\u0438\u0430\u043b\u0438\u0441\u0442\u044b \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u044e\u0442 \u0440\u0430\u0441\u0441\u043d\u0430\u0440\u044f\u0436\u0435\u043d\u0438\u0435
\u043c\u0435\u0442\u043e\u0434\u043e\u043c \u0433\u0438\u0434\u0440\u043e\u0430\u0431\u0440\u0430\u0437\u0438\u0432\u043d\u043e\u0439 \u0440\u0435\u0437\u043a\u0438 \u0441 \u043f\u043e\u0441\u043b\u0435\u0434\u0443\u044e\u0449\u0438\u043c \u0441\u0436\u0438\u0433\u0430\u043d\u0438\u0435\u043c \u0432\u0437\u0440\u044b\u0432\u0447\u0430\u0442\u043e\u0433\u043e \u0432\u0435\u0449\u0435\u0441\u0442\u0432\u0430
\u0432 \u043f\u0435\u0447\u0438.

\u041f\u0440\u043e\u0441\u0438\u043c \u0413\u0440\u0443\u043f\u043f\u0443 \u043f\u043e\u0434\u0434\u0435\u0440\u0436\u043a\u0438 \u043e\u0441\u0443\u0449\u0435\u0441\u0442\u0432\u043b\u0435\u043d\u0438\u044f:
1) \u043f\u043e\u043c\u043e\u0447\u044c \u043d\u0430\u0439\u0442\u0438 \u0433\u043e\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0430 \u0438\u043b\u0438 \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u0430\u0446\u0438\u0438, \u0433\u043e\u0442\u043e\u0432\u044b\u0435 \u0441\u043e\u0444\u0438\u043d\u0430\u043d\u0441\u0438\u0440\u043e\u0432\u0430\u0442\u044c
   \u043f\u0440\u0438\u043e\u0431\u0440\u0435\u0442\u0435\u043d\u0438\u0435 \u0443\u0441\u0442\u0430\u043d\u043e\u0432\u043a\u0438 \u0433\u0438\u0434\u0440\u043e\u0430\u0431\u0440\u0430\u0437\u0438\u0432\u043d\u043e\u0439 \u0440\u0435\u0437\u043a\u0438 (\u043e\u0440\u0438\u0435\u043d\u0442\u0438\u0440\u043e\u0432\u043e\u0447\u043d\u0430\u044f
   \u0441\u0442\u043e\u0438\u043c\u043e\u0441\u0442\u044c \u2014 900 \u0442\u044b\u0441. \u0435\u0432\u0440\u043e);
2) \u043e\u0440\u0433\u0430\u043d\u0438\u0437\u043e\u0432\u0430\u0442\u044c \u043e\u0431\u043c\u0435\u043d \u043e\u043f\u044b\u0442\u043e\u043c \u0441 \u0433\u043e\u0441\u0443\u0434\u0430\u0440\u0441\u0442\u0432\u0430\u043c\u0438, \u0443\u0436\u0435 \u043f\u0440\u0438\u043c\u0435\u043d\u044f\u0432\u0448\u0438\u043c\u0438
   \u044d\u0442\u043e\u0442 \u043c\u0435\u0442\u043e\u0434;
3) \u0441\u043e\u043e\u0431\u0449\u0438\u0442\u044c, \u0432\u043e\u0437\u043c\u043e\u0436\u043d\u043e \u043b\u0438 \u043e\u0431\u0443\u0447\u0435\u043d\u0438\u0435 \u043d\u0430\u0448\u0438\u0445 \u043e\u043f\u0435\u0440\u0430\u0442\u043e\u0440\u043e\u0432 \u0437\u0430 \u0440\u0443\u0431\u0435\u0436\u043e\u043c.

\u0421 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435\u043c,
\u043f\u043e\u043b\u043a\u043e\u0432\u043d\u0438\u043a \u0418. \u0421\u0430\u043c\u043e\u0439\u043b\u0435\u043d\u043a\u043e
\u043d\u0430\u0447\u0430\u043b\u044c\u043d\u0438\u043a \u043e\u0442\u0434\u0435\u043b\u0430 \u0443\u0442\u0438\u043b\u0438\u0437\u0430\u0446\u0438\u0438 \u0432\u043e\u043e\u0440\u0443\u0436\u0435\u043d\u0438\u044f
\u041c\u0438\u043d\u0438\u0441\u0442\u0435\u0440\u0441\u0442\u0432\u043e \u043e\u0431\u043e\u0440\u043e\u043d\u044b \u0420\u0435\u0441\u043f\u0443\u0431\u043b\u0438\u043a\u0438 \u041e\u0437\u0435\u0440\u0430\u043d\u0438\u044f
\u0442\u0435\u043b. +999 17 204 55 81
""",
},
{
    "id": "sd11", "crlf": False, "topic": "stockpile_destruction", "secondary": [], "language": "de",
    "hard": False,
    "note": "German: another State asks for part of the submunitions retained for training; what Article 3(7) requires for such a transfer",
    "from": ("Oberstleutnant Markus Feilhauer", "markus.feilhauer@bmlv.brenzau.example"),
    "subject": "Weitergabe zur\u00fcckbehaltener Streumunition zu Ausbildungszwecken",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-09-08 13:26:11 +0200",
    "client": "outlook", "struct": "alt",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Sehr geehrte Damen und Herren,

die Streitkr\u00e4fte der Republik Brenzau haben nach Abschluss der
Bestandsvernichtung gem\u00e4\u00df Artikel 3 Absatz 6 eine begrenzte Anzahl von
Submunitionen f\u00fcr die Ausbildung von Kampfmittelbeseitigern
zur\u00fcckbehalten.

Ein anderer Vertragsstaat hat uns gebeten, ihm einen Teil dieser Best\u00e4nde
f\u00fcr die Ausbildung seiner eigenen R\u00e4umkr\u00e4fte zu \u00fcberlassen. Wir m\u00f6chten
daher wissen:

1. Welche Voraussetzungen gelten nach Artikel 3 Absatz 7 f\u00fcr eine solche
   Weitergabe, und welche Angaben sind dazu zu machen?
2. Gibt es Beispiele anderer Vertragsstaaten, an denen wir uns orientieren
   k\u00f6nnen?
3. Welche Stelle im Empf\u00e4ngerstaat sollte die \u00dcbernahme und die sp\u00e4tere
   Vernichtung best\u00e4tigen?

F\u00fcr Ihre Unterst\u00fctzung danken wir Ihnen im Voraus.

Mit freundlichen Gr\u00fc\u00dfen
Im Auftrag

Markus Feilhauer
Oberstleutnant
Bundesministerium f\u00fcr Landesverteidigung, Referat R\u00fcstungskontrolle
Republik Brenzau

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der
richtige Adressat sind, informieren Sie bitte den Absender und l\u00f6schen Sie
diese Nachricht.
""",
},
]

# ---------------------------------------------------------------------------
# clearance (Article 4)
# ---------------------------------------------------------------------------
MESSAGES += [
{
    "id": "cl01", "topic": "clearance", "secondary": [], "language": "en",
    "hard": False,
    "note": "resurvey doubled the hazardous area; asks for help preparing an Article 4 extension request and a review of the work plan",
    "from": ("Noor Hayati Rahim", "noor.rahim@nmac.tavali.example"),
    "subject": "Preparing an Article 4 extension request",
    "date": "2026-01-19 09:55:03 +0800",
    "client": "outlook", "struct": "alt",
    "body": """Dear ISU colleagues,

Tavali's Article 4 clearance deadline is 1 August 2028. Following the
national resurvey completed last year, the confirmed hazardous area grew from
14 km2 to just over 31 km2, mostly in forested hill country, and our Mine
Action Centre has concluded that we will need an extension.

We would like to start preparing the request now so that it is ready well in
advance. Could you help us with:

- the expected content and structure of an Article 4 extension request, and
  the timeline for its submission and analysis;
- recent requests by other States Parties that we could use as models;
- a working session (in person or online) with your team and the clearance
  coordinators to review our draft work plan and cost estimates?

Many thanks in advance.

Noor Hayati Rahim
Head of Planning and Operations
National Mine Action Centre, Tavali
www.nmac.tavali.example

DISCLAIMER: This e-mail and any attachments are confidential and intended
solely for the addressee. Any views expressed are those of the sender and do
not necessarily reflect the policy of the Government of Tavali.
""",
},
{
    "id": "cl02", "topic": "clearance", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(html_only): HTML-only: coastal erosion exposed submunitions at a disused airstrip; small State with no capacity asks for non-technical and technical survey",
    "from": ("Tevita Aumua", "t.aumua@ndmo.maraki.example"),
    "subject": "Unexploded bomblets found at old airstrip - survey needed",
    "date": "2026-02-23 14:17:40 +1200",
    "client": "roundcube", "struct": "html",
    "html": """<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN">
<html><head><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /></head>
<body style='font-size: 10pt; font-family: Verdana,Geneva,sans-serif'>
<p>Dear Sir/Madam,</p>
<p>Coastal erosion and king tides at the disused airstrip on Northern Island have exposed small bomblets in the eroding bank. Our police EOD officer identified two of them as <strong>submunitions</strong>, probably left from a weapons trial carried out decades ago by a foreign force. Nobody knows how large the affected area is, and families walk along that beach every day.</p>
<p>Maraki is a small country and has no mine action capacity of its own. We would like to request:</p>
<ul>
<li>a non-technical and technical survey to find out how far the contamination goes, and</li>
<li>advice on who could then carry out the clearance.</li>
</ul>
<p>We have not dealt much with the Convention since we joined, so please also tell us which government office you would normally work with.</p>
<p>Kind regards,</p>
<div id="signature">--&nbsp;<br />Tevita Aumua<br />Director, National Disaster Management Office<br />Republic of Maraki<br />Ph +999 686 21 044</div>
</body></html>
""",
    "body": "Coastal erosion and king tides at the disused airstrip on Northern Island",
    "charset": "utf-8", "html_cte": "quoted-printable",
},
{
    "id": "cl03", "crlf": False, "topic": "clearance", "secondary": [], "language": "en",
    "hard": False,
    "note": "risk education: make explosive ordnance risk education part of the primary curriculum (adviser, curricula, teacher training)",
    "from": ("Asha Raghunath", "asha.raghunath@edu.nampura.example"),
    "subject": "Integrating risk education into the primary school curriculum",
    "date": "2026-03-05 11:31:26 +0530",
    "client": "zimbra", "struct": "plain", "cte": "7bit",
    "body": """Dear ISU,

The Ministry of Education of Nampura, together with the National Mine Action
Authority, wants to make risk education on cluster munition remnants a
permanent part of the primary curriculum in the four border provinces,
instead of relying on one-off visits by NGO teams.

We are looking for:
(a) examples of curricula or teacher guides used by other affected States
    Parties;
(b) a technical adviser for about three months to help our curriculum unit
    adapt the safety messages to different age groups; and
(c) if possible, funding for printing materials and training around 1,200
    teachers.

Could you let us know whether such support has been provided through the
Convention before, and whom we should approach?

Best regards,

Asha Raghunath
Deputy Director, Curriculum Development Centre
Ministry of Education, Nampura
""",
},
{
    "id": "cl04", "topic": "clearance", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(forwarded_chain): short MFA cover note; the inline-forwarded message from a governor reports bomblets in paddy fields after floods and asks for survey and clearance of the newly found contamination",
    "from": ("Pim Charoenrat", "pim.c@mfa.kanthara.example"),
    "subject": "Fwd: Sri Thanon district",
    "date": "2026-09-16 10:03:48 +0700",
    "client": "gmail", "struct": "alt",
    "body": """Dear ISU,

Please see below. Could you advise us who could help, and whether someone
could discuss it with our Mine Action Centre? We are not sure whether this
should be treated as part of the existing plan.

Best regards,
Pim

Pim Charoenrat
Humanitarian Disarmament Section, Ministry of Foreign Affairs, Kanthara

---------- Forwarded message ---------
From: Office of the Governor, Sri Thanon <governor@srithanon.moi.kanthara.example>
Date: Mon, 14 Sept 2026 at 08:52
Subject: Sri Thanon district
To: <humanitarian@mfa.kanthara.example>


Dear Sir/Madam,

Following the floods in August, farmers in four sub-districts of Sri Thanon
have reported at least 27 small "ball" bomblets in rice paddies and
irrigation channels. None of these fields were on the list of contaminated
areas, and we think the water moved the items down from the hills.

The provincial police have marked the places they know about, but they have
no means to search the fields. Planting starts in November.

We request urgent assistance to find out how large the contaminated area is
and to clear it before the planting season, and risk education for the
villages concerned.

Office of the Governor
Sri Thanon Province
""",
},
{
    "id": "cl05", "topic": "clearance", "secondary": ["reporting"], "language": "en",
    "hard": True,
    "note": "HARD(misleading_subject): subject is about an Article 7 form; body asks for an expert to review land release (cancellation) criteria and train non-technical survey staff",
    "from": ("Petra Horvat", "p.horvat@macc.marravia.example"),
    "subject": "Article 7 report - Form F question",
    "date": "2026-03-24 17:12:09 +0100",
    "client": "outlook", "struct": "alt",
    "body": """Dear colleagues,

I had intended to ask you about Form F, but in preparing it we realised that
the real problem lies upstream, and that is where we need your help.

Our national standard on land release does not yet set clear criteria for
cancelling areas through non-technical survey. As a result, about 40% of the
polygons recorded in the 1990s are still listed as "suspected" although
there is no evidence of cluster munition use in most of them, and our
operators are reluctant to cancel them without a formal procedure.

We would therefore like to request an expert who could spend two or three
weeks with our quality management team to:
- review our land release standard, especially the cancellation and
  reduction criteria;
- help us re-assess the old polygons; and
- train our staff in evidence-based non-technical survey.

Once that is done, filling in the form should be straightforward.

Best wishes,

Petra Horvat
Head of Quality Management
Mine Action Coordination Centre, Marravia
""",
},
{
    "id": "cl06", "topic": "clearance", "secondary": [], "language": "fr",
    "hard": False,
    "note": "technical survey in iron-rich laterite soils: asks advice on suitable detectors, help to acquire them and training",
    "from": ("Cdt Moussa Diakhaby", "m.diakhaby@cnlreg.lagore.example"),
    "subject": "Détecteurs adaptés aux sols latéritiques",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-04-21 08:12:33 +0000",
    "client": "iphone", "struct": "plain", "cte": "8bit",
    "body": """Bonjour,

Le Centre national de lutte contre les restes explosifs de guerre du Lagoré prépare l'enquête technique de trois zones contaminées par des sous-munitions le long de la rivière Koba.

Lors des essais, nos détecteurs actuels se sont révélés inutilisables : les sols latéritiques, très chargés en fer, provoquent des signaux en permanence. Nous cherchons donc :
1. des conseils sur le type de détecteur ou de technique (compensation de sol, double capteur) adapté à ces conditions ;
2. un appui pour l'acquisition d'une vingtaine d'appareils ;
3. une formation de nos démineurs à leur utilisation.

Pourriez-vous nous indiquer des partenaires susceptibles de nous aider ?

Cordialement,
Cdt Moussa Diakhaby
Chef des opérations, CNLREG - Lagoré

Envoyé de mon iPhone
""",
},
{
    "id": "cl07", "topic": "clearance", "secondary": [], "language": "fr",
    "hard": True,
    "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0412: last area handed over; asks for a model declaration of completion under Article 4 and advice on residual contamination",
    "from": ("Claire Dutheil-Rousset", "claire.dutheil@defense.montclair.example"),
    "subject": "RE: [CCM-2026-0412] Reçu : Achèvement des opérations de dépollution",
    "subj_cs": "utf-8", "subj_enc": "q",
    "in_reply_to": "<ccm-2026-0412.ack@ccm-isu.example>",
    "references": "<ccm-2026-0412.ack@ccm-isu.example>",
    "date": "2026-07-28 11:46:20 +0200",
    "client": "outlook", "struct": "alt",
    "body": """Bonjour,

Pour compléter notre message du 2 juillet : la dernière zone (secteur de
Val-Marin) a été remise aux autorités communales le 24 juillet. Toutes les
zones contaminées connues ont donc été traitées.

Nous souhaiterions annoncer l'achèvement de nos obligations au titre de
l'article 4 lors de la prochaine Assemblée des États parties. Pourriez-vous
nous transmettre un modèle de déclaration d'achèvement et nous indiquer si
le coordonnateur souhaite examiner au préalable notre rapport final de remise
à disposition des terres ?

Nous sommes également preneurs de conseils sur l'organisation de la réponse
à une éventuelle contamination résiduelle après l'achèvement.

Bien cordialement,

Claire Dutheil-Rousset
Cellule dépollution - Ministère de la Défense
République de Montclair

-----Message d'origine-----
De : CCM Implementation Support Unit <no-reply@ccm-isu.example>
Envoyé : jeudi 2 juillet 2026 16:05
À : Claire Dutheil-Rousset <claire.dutheil@defense.montclair.example>
Objet : [CCM-2026-0412] Reçu : Achèvement des opérations de dépollution

Madame, Monsieur,

Nous accusons réception de votre message, enregistré sous la référence
CCM-2026-0412. Il a été transmis au coordonnateur compétent, qui prendra
contact avec vous prochainement.

Merci de conserver la référence dans l'objet de toute correspondance
ultérieure.

Unité d'appui à l'application - Convention sur les armes à sous-munitions
""",
},
{
    "id": "cl08", "topic": "clearance", "secondary": [], "language": "es",
    "hard": False,
    "note": "State that declared Article 4 completion finds submunitions during road works; how to handle residual contamination and survey the rest of the route",
    "from": ("Tte. Cnel. Rodrigo Alvarado", "ralvarado@desminado.cerroverde.example"),
    "subject": "Contaminación residual hallada en obras viales",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-05-12 15:22:47 -0600",
    "client": "outlook", "struct": "alt",
    "cc": "Desminado-L <desminado-l@listas.redminas.example>",
    "body": """Estimados colegas:

Cerro Verde declaró el cumplimiento de sus obligaciones del artículo 4 en
2022. Este mes, durante la ampliación de la carretera que une San Isidro del
Monte con la frontera norte, una empresa constructora encontró once
submuniciones sin estallar en un talud que nunca había sido registrado como
zona peligrosa.

El Ejército las destruyó in situ, pero la Comisión necesita definir cómo
actuar ante nuevos hallazgos: si debemos volver a registrar el área como zona
contaminada, qué estudio hace falta en el resto del trazado y cómo han
organizado otros Estados su capacidad nacional frente a la contaminación
residual.

Agradeceríamos su orientación y, si fuera posible, el contacto de algún
experto que pueda asesorarnos.

Saludos cordiales,

Tte. Cnel. Rodrigo Alvarado
Secretario Técnico
Comisión Nacional de Desminado Humanitario - Cerro Verde
""",
},
{
    "id": "cl09", "topic": "clearance", "secondary": [], "language": "es",
    "hard": False,
    "note": "cover note that states the request (technical survey and clearance in a border province) with the official note attached; RFC 2231 attachment name",
    "from": ("Lic. Gabriela Mendieta Arce", "gmendieta@mindef.vallealto.example"),
    "from_cs": "iso-8859-1", "from_enc": "q",
    "subject": "Solicitud de apoyo: estudio técnico y despeje en la provincia de Río Seco",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-10-05 12:09:18 -0400",
    "client": "thunderbird", "struct": "mixed", "mixed_body": "plain",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "attachments": [{"name": "Nota_Oficial_Solicitud_Asistencia_Río_Seco.pdf", "type": "pdf"}],
    "body": """Estimados señores:

Por instrucciones del Viceministro de Defensa, remito adjunta la nota oficial
mediante la cual Valle Alto solicita asistencia para el estudio técnico y el
despeje de restos de municiones en racimo en la provincia de Río Seco, en la
frontera oriental.

La zona sospechosa se estima en 4,5 km² de pastizales utilizados por
comunidades ganaderas. Solicitamos en particular:
- dos equipos de estudio técnico con capacidad de detección de submuniciones;
- capacitación para nuestros equipos de despeje;
- financiamiento para un período inicial de 12 meses.

Quedamos a su disposición para ampliar cualquier información.

Atentamente,

Lic. Gabriela Mendieta Arce
Dirección General de Asuntos Humanitarios
Ministerio de Defensa - Valle Alto
""",
},
{
    "id": "cl10", "crlf": False, "topic": "clearance", "secondary": [], "language": "ar",
    "hard": False,
    "note": "Arabic: training of the mine action centre's information management staff and an expert to reconcile contamination polygons",
    "from": ("م. سامر الحداد", "s.haddad@nmac.sahlan.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "طلب تدريب في مجال إدارة المعلومات الخاصة بمخلفات الذخائر العنقودية",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-06-22 10:40:12 +0300",
    "client": "outlook", "struct": "alt",
    "body": """السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يعمل المركز الوطني لمكافحة الألغام في جمهورية سهلان على إعادة بناء قاعدة بياناته الخاصة بالمناطق الملوثة بمخلفات الذخائر العنقودية، بعد أن تبيّن وجود تضارب كبير بين سجلات المسح القديمة وبيانات فرق الإزالة الحالية.

نرجو مساعدتكم في:
١. تنظيم دورة تدريبية لموظفي إدارة المعلومات (ستة أشخاص) على تسجيل نتائج المسح غير التقني والتقني وتحديث خرائط المناطق الخطرة؛
٢. توفير خبير لمدة شهر لمراجعة البيانات وتصحيح التداخل بين المضلعات؛
٣. إفادتنا بتجارب دول أطراف أخرى في هذا المجال.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. سامر الحداد
رئيس قسم إدارة المعلومات
المركز الوطني لمكافحة الألغام - جمهورية سهلان
""",
},
{
    "id": "cl11", "topic": "clearance", "secondary": [], "language": "ar",
    "hard": True,
    "note": "HARD(legacy_charset): windows-1256 8bit body and subject (Arabic): risk education materials and trainers for displaced families returning to contaminated villages",
    "from": ("مديرية الدفاع المدني", "civildefence@moi.talsafra.example"),
    "from_cs": "windows-1256", "from_enc": "b",
    "subject": "توعية العائدين بمخاطر مخلفات الذخائر العنقودية",
    "subj_cs": "windows-1256", "subj_enc": "b",
    "date": "2026-09-30 13:05:59 +0300",
    "client": "outlook_old", "struct": "plain",
    "charset": "windows-1256", "cte": "8bit",
    "body": """حضرات السادة في وحدة دعم تنفيذ اتفاقية الذخائر العنقودية،

تحية طيبة،

مع بدء عودة آلاف الأسر النازحة إلى قراها في محافظة الوادي الشرقي، تلقت المديرية بلاغات عن وجود قنيبلات غير منفجرة في الحقول وحول المنازل المهدمة. ولا تتوفر لدينا حاليا مواد توعوية مناسبة باللغة العربية، ولا عدد كاف من المدربين.

نطلب دعمكم في:
- الحصول على مواد للتوعية بالمخاطر (ملصقات وكتيبات ورسائل إذاعية) مكيفة للعائدين والأطفال؛
- تدريب نحو ثلاثين متطوعا من الدفاع المدني ليصبحوا مدربين؛
- التنسيق مع الجهات المانحة لتمويل حملة توعية قبل موسم الحصاد.

مع الشكر والتقدير،

العقيد منذر الخطيب
مدير الدفاع المدني
وزارة الداخلية - تل صفراء
""",
},
{
    "id": "cl12", "topic": "clearance", "secondary": [], "language": "pt",
    "hard": False,
    "note": "Portuguese: funding for two clearance teams for 18 months near a school and health post (budget attached, RFC 2231 name)",
    "from": ("Eng.ª Celeste Mabunda", "celeste.mabunda@ind.terraalta.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Pedido de apoio financeiro para equipas de desminagem – distrito de Luali",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-07-15 09:27:44 +0200",
    "client": "outlook", "struct": "mixed", "mixed_body": "alt",
    "attachments": [{"name": "Orçamento_equipas_Luali_2026-2027.xlsx", "type": "xlsx"}],
    "body": """Exmos. Senhores,

O Instituto Nacional de Desminagem de Terra Alta identificou, no distrito de
Luali, uma área de cerca de 1,8 km² contaminada com restos de munições de
dispersão, situada a menos de 500 metros de uma escola primária e de um
posto de saúde.

Dispomos de pessoal formado, mas não de meios para o manter no terreno.
Vimos por isso solicitar apoio para o financiamento de duas equipas de
desminagem durante 18 meses (salários, equipamento de proteção, viaturas e
apoio médico), num valor estimado de 780 000 USD, conforme o orçamento em
anexo.

Ficamos ao dispor para qualquer esclarecimento.

Com os melhores cumprimentos,

Eng.ª Celeste Mabunda
Diretora de Operações
Instituto Nacional de Desminagem - Terra Alta
""",
},
]

# ---------------------------------------------------------------------------
# victim_assistance (Article 5)
# ---------------------------------------------------------------------------
MESSAGES += [
{
    "id": "va01", "topic": "victim_assistance", "secondary": [], "language": "en",
    "hard": False,
    "note": "health ministry wants a casualty and survivor module in the national health information system (data set, specialist, examples)",
    "from": ("Dr. Meera Kulasekaran", "m.kulasekaran@health.nampura.example"),
    "subject": "Support for a national casualty and survivor data system",
    "date": "2026-02-16 12:14:05 +0530",
    "client": "gmail", "struct": "alt",
    "body": """Dear colleagues,

The Ministry of Health of Nampura would like to improve the way we record
people killed and injured by cluster munition remnants and follow survivors
over time. At present casualty data come from police reports, hospital
registers and NGO surveys that are not linked, and we cannot say with
confidence how many survivors are alive today or what services they have
received.

Our plan is to add a module on explosive ordnance injuries to the national
health information system, with a unique survivor ID shared with the social
welfare department. We are requesting:

- technical advice on the minimum data set and on data protection;
- support from a health information specialist for the design and a pilot
  in two provinces;
- contacts in States Parties that have done similar work.

Thank you for considering this request.

Dr. Meera Kulasekaran
Director, Injury Prevention and Rehabilitation
Ministry of Health, Nampura
""",
},
{
    "id": "va02", "topic": "victim_assistance", "secondary": [], "language": "en",
    "hard": False,
    "note": "newly appointed victim assistance focal point asks for induction material, mentoring by another focal point and training",
    "from": ("Esther Kamotho", "e.kamotho@socialprotection.kivanda.example"),
    "subject": "Newly appointed victim assistance focal point",
    "date": "2026-05-04 19:41:36 +0300",
    "client": "iphone", "struct": "plain", "cte": "7bit", "crlf": False,
    "body": """Dear Sir/Madam,

I was appointed last month as the national focal point for victim assistance in Kivanda, within the Ministry of Gender and Social Protection. I come from a disability rights background and I am new to the Convention.

I would be grateful for:
1. any induction material on the role of a victim assistance focal point and on what the Convention expects of States;
2. the chance to be paired with an experienced focal point from another State Party, even informally;
3. information on upcoming training or workshops for focal points.

My immediate task is to bring the health, education and labour ministries together in a coordination mechanism, so practical examples would be especially welcome.

Warm regards,
Esther Kamotho

Sent from my iPhone
""",
},
{
    "id": "va03", "topic": "victim_assistance", "secondary": [], "language": "en",
    "hard": False,
    "note": "mission transmits a request to fund a peer support network (psychosocial support) for survivors and bereaved families",
    "from": ("Lina Verano", "l.verano@mission.tavali.example"),
    "subject": "Funding request – peer support network for survivors and families",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-04-28 14:02:11 +0200",
    "client": "outlook", "struct": "alt",
    "body": """Dear ISU,

On behalf of the Permanent Mission of Tavali I am transmitting a request from
our Department of Social Welfare.

A survey carried out with survivors' organisations last year found that many
survivors, and especially the families of those killed, have never received
any psychological support. The Department would like to train 40 survivors as
peer supporters and set up a peer support network in the three most affected
provinces, linked to the community mental health services.

The estimated cost is USD 260,000 over two years. The Department is seeking
partners to fund the training and the running costs of the network, and
technical advice from organisations with experience of peer support models.

We would appreciate the ISU's help in bringing this request to the attention
of potential donors, including at the intersessional meetings.

Kind regards,

Lina Verano
Counsellor
Permanent Mission of Tavali, Geneva
""",
},
{
    "id": "va04", "topic": "victim_assistance", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(forwarded_as_attachment): outer note is a bare 'over to you'; the attached message/rfc822 from an orthopaedic workshop asks for prosthetic components and prosthetist training",
    "from": ("Thomas Barasa", "t.barasa@mfa.kivanda.example"),
    "subject": "FW: Letter from Lokora",
    "date": "2026-06-10 16:55:21 +0300",
    "client": "outlook", "struct": "fwd_attach",
    "body": """Hello,

Forwarding the attached as discussed with your colleague last week. Over to
you.

Regards,
Tom

Thomas Barasa
Directorate of Multilateral Affairs
Ministry of Foreign Affairs, Kivanda
""",
    "inner": {
        "from": ("Lokora Regional Orthopaedic Workshop", "orthoworkshop.lokora@health.kivanda.example"),
        "to": "Directorate of Multilateral Affairs <multilateral@mfa.kivanda.example>",
        "subject": "Request for support - prosthetic components and technician training",
        "date": "2026-06-03 09:12:40 +0300",
        "client": "thunderbird", "struct": "plain", "cte": "7bit",
        "body": """Dear Sir/Madam,

The Lokora Regional Orthopaedic Workshop serves about 300 amputees in the
northern region, including 85 survivors of cluster munition incidents. Since
the end of the last donor project in 2025 we have been unable to buy
prosthetic components (knee joints, feet, polypropylene sheet), and our
waiting list has grown to 14 months.

We also have only one qualified prosthetist-orthotist, who retires next year.

We kindly ask the Ministry to seek international support for:
(1) a two-year supply of prosthetic components; and
(2) scholarships for two technicians to complete a recognised diploma in
    prosthetics and orthotics.

Yours faithfully,

Benson Ekiru
Workshop Manager
Lokora Regional Orthopaedic Workshop
""",
    },
},
{
    "id": "va05", "topic": "victim_assistance", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(enquiry_looks_like_noise): sent by a ministry's document-management robot (no-reply sender, 'automated dispatch' banner, X-Auto-Response-Suppress) but the dispatched letter is a genuine request for help with economic inclusion of survivors",
    "from": ("eRegistry - Ministry of Labour and Social Policy", "no-reply@eregistry.labour.drovnia.example"),
    "reply_to": "Viktor Anselm <v.anselm@labour.drovnia.example>",
    "subject": "Outgoing correspondence MLSP/OUT/2026/1184 - automated dispatch",
    "date": "2026-08-18 07:30:02 +0200",
    "client": "eregistry", "struct": "mixed", "mixed_body": "plain", "cte": "7bit",
    "headers": [["X-Mailer", "eRegistry DMS 4.2.7"], ["X-Auto-Response-Suppress", "All"],
                ["X-Document-Number", "MLSP/OUT/2026/1184"]],
    "attachments": [{"name": "MLSP_OUT_2026_1184_signed.pdf", "type": "pdf"}],
    "body": """*** This message was generated automatically by the eRegistry document
management system. Please do not reply to this address. Replies should be
sent to the contact person indicated in the document. ***

Document number:      MLSP/OUT/2026/1184
Date of registration: 18.08.2026
Classification:       Unclassified
Addressee:            Implementation Support Unit,
                      Convention on Cluster Munitions, Geneva

----- Text of the document -----

Subject: Request for assistance - economic inclusion of cluster munition
survivors

The Ministry of Labour and Social Policy of the Republic of Drovnia presents
its compliments to the Implementation Support Unit.

The Ministry is launching a programme of vocational training and small
business grants for cluster munition survivors and their families in the
south-eastern region, where some 420 people are concerned. In this
connection the Ministry would be grateful for:

(i)   technical advice on designing vocational training that is accessible
      to persons with disabilities;
(ii)  help in identifying partners able to co-finance a small grants fund
      of about EUR 350,000; and
(iii) examples of similar programmes in other States Parties.

Contact person: Mr Viktor Anselm, Head of the Disability Inclusion
Department, v.anselm@labour.drovnia.example, +999 11 360 4471.

----- End of document -----

The signed original is attached in PDF format.
""",
},
{
    "id": "va06", "crlf": False, "topic": "victim_assistance", "secondary": [], "language": "fr",
    "hard": False,
    "note": "needs assessment of survivors in three provinces: methodology, data protection, funding for data collection",
    "from": ("Mariam Kouyaté-Sow", "m.kouyate@actionsociale.tamarou.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Évaluation des besoins des victimes d'armes à sous-munitions",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-03-10 10:18:52 +0000",
    "client": "outlook", "struct": "alt",
    "body": """Madame, Monsieur,

Le ministère de l'Action sociale et de la Solidarité nationale de la
République de Tamarou souhaite conduire, en 2027, une évaluation des besoins
des victimes d'armes à sous-munitions (survivants, familles et communautés
touchées) dans les provinces de Wanou, Kodjari et Tiéfara.

Nous ne disposons aujourd'hui d'aucune donnée fiable : les registres
hospitaliers sont incomplets et de nombreux survivants vivent dans des zones
reculées.

Nous sollicitons :
- un appui méthodologique (questionnaire, échantillonnage, protection des
  données personnelles) ;
- un financement pour la collecte des données sur le terrain, estimé à
  environ 150 000 euros ;
- des exemples d'évaluations réalisées dans d'autres États parties.

Je vous prie d'agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Mariam Kouyaté-Sow
Directrice de la protection des personnes handicapées
Ministère de l'Action sociale et de la Solidarité nationale - Tamarou
""",
},
{
    "id": "va07", "topic": "victim_assistance", "secondary": [], "language": "fr",
    "hard": False,
    "note": "asks victim assistance coordinators to review the survivors chapter of the draft national disability plan (attached) before the validation workshop",
    "from": ("Dr Patrice Essono-Mba", "p.essono@sante.ombesse.example"),
    "subject": "Plan national d'inclusion des personnes handicapées – volet assistance aux victimes",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-09-02 15:33:07 +0100",
    "client": "thunderbird", "struct": "mixed", "mixed_body": "alt", "cte": "8bit",
    "attachments": [{"name": "Plan_national_handicap_2027-2031_chapitre4_projet.docx", "type": "docx"}],
    "body": """Madame, Monsieur,

Le ministère de la Santé et des Affaires sociales de la République d'Ombesse
finalise son Plan national d'inclusion des personnes handicapées 2027-2031.
Conformément aux recommandations de la Convention, les survivants des armes
à sous-munitions n'y font pas l'objet d'un programme séparé, mais d'un
chapitre consacré à leurs besoins spécifiques (chapitre 4, ci-joint).

L'atelier national de validation aura lieu le 15 octobre. Nous souhaiterions
que les coordonnateurs chargés de l'assistance aux victimes examinent ce
chapitre et nous proposent, si possible, des indicateurs de suivi. La
participation d'un expert à l'atelier, même à distance, serait très
appréciée.

Avec nos remerciements anticipés,

Dr Patrice Essono-Mba
Point focal assistance aux victimes
Ministère de la Santé et des Affaires sociales - Ombesse
""",
},
{
    "id": "va08", "topic": "victim_assistance", "secondary": [], "language": "fr",
    "hard": False,
    "note": "employment ministry wants to set up a job placement service for working-age survivors; asks technical support and contacts",
    "from": ("Salif Ouattara-Koné", "s.ouattara@emploi.lagore.example"),
    "subject": "Insertion professionnelle des survivants - demande d'appui",
    "date": "2026-10-20 18:04:29 +0000",
    "client": "android", "struct": "plain", "cte": "quoted-printable", "crlf": False,
    "body": """Bonjour,

Le ministère de l'Emploi et de la Formation professionnelle du Lagoré a recensé 230 survivants d'accidents de sous-munitions en âge de travailler ; la plupart sont sans emploi ou vivent de petits travaux agricoles.

Nous voulons créer un service d'accompagnement vers l'emploi : bilan de compétences, formation qualifiante, placement chez des employeurs partenaires et adaptation des postes de travail.

Pourriez-vous nous aider à concevoir ce service et à former une dizaine de conseillers, et nous mettre en contact avec des États ayant une expérience comparable ?

Merci d'avance,
Salif Ouattara-Koné
Direction de l'insertion professionnelle

Envoyé depuis mon appareil Galaxy
""",
},
{
    "id": "va09", "crlf": False, "topic": "victim_assistance", "secondary": [], "language": "es",
    "hard": False,
    "note": "training primary health care staff in mental health care for survivors and a referral system",
    "from": ("Dra. Lucía Betancourt Ríos", "lbetancourt@salud.cerroverde.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "Capacitación en salud mental para la atención de sobrevivientes",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-06-16 11:50:14 -0600",
    "client": "gmail", "struct": "alt",
    "body": """Estimados:

El Ministerio de Salud de Cerro Verde está integrando la atención psicológica
de los sobrevivientes de municiones en racimo en la red de atención primaria
de los cinco departamentos fronterizos, donde no hay psicólogos
especializados.

Quisiéramos capacitar a unos 150 médicos y enfermeras de atención primaria en
la detección y el manejo básico del estrés postraumático, la depresión y el
duelo, y establecer un sistema de derivación hacia los servicios de salud
mental de los hospitales departamentales.

Solicitamos su apoyo para identificar expertos que puedan diseñar e impartir
la capacitación, así como posibles fuentes de financiamiento. ¿Conocen
experiencias similares en otros Estados Partes?

Saludos cordiales,

Dra. Lucía Betancourt Ríos
Jefa de la Unidad de Salud Mental
Ministerio de Salud - Cerro Verde
""",
},
{
    "id": "va10", "topic": "victim_assistance", "secondary": ["legislation"], "language": "es",
    "hard": True,
    "note": "HARD(misleading_subject): subject refers to the national implementation law; body says the law is passed and asks for help building a survivors' registry and a prosthetics workshop",
    "from": ("Mtra. Inés Caballero Duarte", "icaballero@conadis.puertoalegria.example"),
    "subject": "Consulta sobre la ley nacional de aplicación",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-02-05 13:37:25 -0300",
    "client": "thunderbird", "struct": "plain", "cte": "8bit",
    "body": """Estimados señores:

Retomo el asunto que nuestra Cancillería les planteó el año pasado sobre la
ley nacional de aplicación de la Convención. La ley fue aprobada en
diciembre y ya está en vigor, de modo que esta no es una consulta jurídica.

Lo que necesitamos ahora es apoyo práctico para cumplir lo que la ley encarga
al Consejo Nacional de Discapacidad: crear un registro nacional de
sobrevivientes de municiones en racimo y garantizar su acceso a prótesis y
rehabilitación. En concreto, solicitamos:

- asesoría técnica para diseñar el registro (variables, confidencialidad,
  vínculo con el certificado de discapacidad);
- apoyo para instalar un taller de órtesis y prótesis en la región de Las
  Salinas, donde vive la mayoría de los sobrevivientes.

Quedo atenta a sus comentarios.

Mtra. Inés Caballero Duarte
Directora Ejecutiva
Consejo Nacional para la Inclusión de las Personas con Discapacidad
Puerto Alegría
""",
},
{
    "id": "va11", "crlf": False, "topic": "victim_assistance", "secondary": [], "language": "pt",
    "hard": False,
    "note": "Portuguese (iso-8859-1): paediatric prosthetics for growing child survivors, training, components and psychological follow-up",
    "from": ("Dra. Inês Carvalhal Tavares", "ines.tavares@minsaude.ilhasbrancas.example"),
    "from_cs": "iso-8859-1", "from_enc": "q",
    "subject": "Próteses pediátricas para crianças sobreviventes",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-05-26 10:21:08 -0100",
    "client": "outlook", "struct": "alt",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Exmos. Senhores,

O Centro Nacional de Reabilitação de Ilhas Brancas acompanha atualmente 23
crianças sobreviventes de acidentes com submunições. Por estarem em fase de
crescimento, precisam de substituir as próteses e ortóteses a cada 6 a 12
meses, o que o nosso orçamento não consegue suportar.

Gostaríamos de saber se a Unidade de Apoio nos pode ajudar a encontrar um
parceiro com experiência em ortopedia pediátrica para:
- formar os nossos técnicos na adaptação de próteses para crianças;
- apoiar a aquisição de componentes pediátricos durante pelo menos três
  anos;
- organizar o acompanhamento psicológico das crianças e das suas famílias.

Agradecemos antecipadamente a vossa atenção.

Com os melhores cumprimentos,

Dra. Inês Carvalhal Tavares
Diretora do Centro Nacional de Reabilitação
Ministério da Saúde - Ilhas Brancas
""",
},
{
    "id": "va12", "topic": "victim_assistance", "secondary": [], "language": "ar",
    "hard": False,
    "note": "Arabic: economic inclusion programme (small grants, vocational training) for survivors and families; asks examples, donors and an expert",
    "from": ("د. ليلى الشامي", "l.shami@mosa.sahlan.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "طلب دعم لبرنامج الدمج الاقتصادي للناجين من الذخائر العنقودية",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-11-03 09:02:44 +0300",
    "client": "gmail", "struct": "alt",
    "body": """السادة في وحدة دعم التنفيذ،

تحية طيبة،

تعمل وزارة الشؤون الاجتماعية في جمهورية سهلان على إعداد برنامج للدمج الاقتصادي يستهدف نحو 500 من الناجين من الذخائر العنقودية وأسرهم في المحافظات الجنوبية، ويشمل منحاً صغيرة لإقامة مشاريع مدرّة للدخل، والتدريب المهني، والإرشاد.

نرجو منكم:
- تزويدنا بأمثلة عن برامج مماثلة في دول أطراف أخرى؛
- المساعدة في التعرف على جهات مانحة أو شركاء يمكنهم المساهمة في تمويل البرنامج؛
- ترشيح خبير لمراجعة تصميم البرنامج ومعايير اختيار المستفيدين.

مع خالص الشكر والتقدير،

د. ليلى الشامي
مديرة إدارة شؤون الأشخاص ذوي الإعاقة
وزارة الشؤون الاجتماعية - جمهورية سهلان
""",
},
]

# ---------------------------------------------------------------------------
# reporting (Article 7)
# ---------------------------------------------------------------------------
MESSAGES += [
{
    "id": "rp01", "topic": "reporting", "secondary": ["legislation"], "language": "en",
    "hard": False,
    "note": "newly acceded State preparing its initial transparency report: deadlines, what to put in Form A while legislation is pending, electronic forms",
    "from": ("Losana Vuki", "l.vuki@foreignaffairs.kerewa.example"),
    "subject": "Initial transparency report - first-time reporting",
    "date": "2026-06-09 15:44:19 +1200",
    "client": "roundcube", "struct": "plain", "cte": "7bit", "crlf": False,
    "body": """Dear ISU,

Kerewa acceded to the Convention in November 2025 and it entered into force
for us on 1 May 2026. I have been asked to prepare our initial transparency
report under Article 7.

As a small administration doing this for the first time, we have some basic
questions:

1. What exactly is the deadline for the initial report, and when will our
   first annual report be due?
2. Our implementing legislation is still being drafted. What should we
   report in Form A in the meantime?
3. Is there an electronic version of the forms that we can fill in, and to
   whom should the completed report be sent?

Any guidance, or a short call, would be much appreciated.

Kind regards,

Losana Vuki
Treaties Officer
Ministry of Foreign Affairs and Trade, Kerewa
""",
},
{
    "id": "rp02", "topic": "reporting", "secondary": ["victim_assistance"], "language": "en",
    "hard": False,
    "note": "donor State found a wrong figure in its published Form I; asks how to correct a report already published",
    "from": ("Henrik Solvang-Aas", "henrik.solvang-aas@mfa.norrvik.example"),
    "subject": "Correction to Norrvik's published Article 7 report",
    "date": "2026-01-13 10:26:37 +0100",
    "client": "outlook", "struct": "alt",
    "body": """Dear colleagues,

We have discovered an error in the annual transparency report that Norrvik
submitted last April. In the form on international cooperation and
assistance (Form I), our contribution to victim assistance in one recipient
State was entered as NOK 4.5 million instead of NOK 0.45 million, which also
inflates the totals.

Could you let us know the preferred procedure for correcting a report that
has already been published? Should we submit a complete revised report, or
is a corrigendum letter referring to the specific form sufficient? We would
also like the online version to be replaced once the correction is made.

With thanks and best regards,

Henrik Solvang-Aas
Senior Adviser, Section for Humanitarian Disarmament
Ministry of Foreign Affairs of Norrvik

This message may contain information that is confidential. If you are not
the intended recipient, please notify the sender and delete the message.
""",
},
{
    "id": "rp03", "topic": "reporting", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(attachment_only_hint): bare 'for your review' note; only the attachment name (draft annual Article 7 report, Forms A-J) gives the topic",
    "from": ("Thomas Barasa", "t.barasa@mfa.kivanda.example"),
    "subject": "For your review",
    "date": "2026-04-08 12:03:55 +0300",
    "client": "outlook", "struct": "mixed", "mixed_body": "plain", "cte": "7bit",
    "attachments": [{"name": "KIV_CCM_Art7_Annual_Report_CY2025_Forms_A-J_DRAFT.xlsx", "type": "xlsx"}],
    "body": """Dear colleagues,

Please find attached for your review before we finalise.

Regards,
Tom
""",
},
{
    "id": "rp04", "topic": "reporting", "secondary": ["clearance", "victim_assistance"], "language": "en",
    "hard": True,
    "note": "HARD(multi_topic): clearance and casualty figures are discussed at length, but the questions are only about the annual report (Form H later, corrections, presenting land release figures)",
    "from": ("Rajiv Nallathamby", "r.nallathamby@nmaa.nampura.example"),
    "subject": "Consolidating clearance and victim assistance data",
    "date": "2026-04-16 16:20:40 +0530",
    "client": "outlook", "struct": "alt",
    "body": """Dear ISU team,

I am coordinating Nampura's annual Article 7 report for calendar year 2025.
Our clearance directorate has sent me figures on areas released and
submunitions destroyed, and the Ministry of Health has separately sent
figures on new casualties and on services provided to survivors. The two
sets are not consistent (for example, casualties recorded in districts that
the clearance directorate lists as cleared), and the Ministry of Health will
not finalise its data before June.

My questions are about the report itself:

1. Can we submit the report by 30 April with the victim assistance form
   (Form H) marked "to follow", and send that form separately in June?
2. If figures in a previous report turn out to be wrong, should the
   correction be made in this year's report or by amending last year's?
3. Is there guidance on presenting land release figures so that they add up
   across years?

We are not asking for help with the clearance or health programmes
themselves at this stage, only with getting the report right.

Many thanks,

Rajiv Nallathamby
Reporting and Information Officer
National Mine Action Authority, Nampura
""",
},
{
    "id": "rp05", "topic": "reporting", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(encoded_subject): utf-8 B-encoded subject split over several encoded-words carries the ask (short delay of the 30 April annual Article 7 report); the body only says 'see the subject line'",
    "from": ("Mila Radovanić", "m.radovanic@mfa.drovnia.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "Request for a short delay of our annual Article 7 transparency report due 30 April – Ministry relocation",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-04-24 18:11:02 +0200",
    "client": "outlook_ios", "struct": "alt", "cte": "7bit",
    "body": """Dear colleagues,

Please see the subject line. We would be grateful for your guidance at your
earliest convenience.

Best regards,
Mila

Get Outlook for iOS
""",
},
{
    "id": "rp06", "crlf": False, "topic": "reporting", "secondary": [], "language": "fr",
    "hard": False,
    "note": "asks for editable French Article 7 forms and a training session for the new interministerial reporting committee",
    "from": ("Fabrice Moukagni", "f.moukagni@mission.ombesse.example"),
    "subject": "Formulaires de rapport en français et formation du comité interministériel",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-02-02 11:09:31 +0100",
    "client": "outlook", "struct": "alt",
    "body": """Madame, Monsieur,

La Mission permanente de la République d'Ombesse souhaiterait recevoir la
version modifiable (format Word ou Excel) des formulaires de rapport prévus à
l'article 7, en français. La version PDF disponible en ligne ne permet pas
aux différents ministères de saisir directement leurs données.

Par ailleurs, un comité interministériel vient d'être créé pour préparer nos
rapports annuels ; la plupart de ses membres n'ont jamais rempli ces
formulaires. L'Unité d'appui pourrait-elle organiser une courte séance de
formation, éventuellement par visioconférence, avant l'échéance du 30 avril ?

En vous remerciant par avance,

Fabrice Moukagni
Premier secrétaire
Mission permanente de la République d'Ombesse à Genève

Ce message et ses pièces jointes sont confidentiels et destinés
exclusivement à leurs destinataires.
""",
},
{
    "id": "rp07", "topic": "reporting", "secondary": ["stockpile_destruction"], "language": "fr",
    "hard": False,
    "note": "stocks destroyed in January 2026: in which annual report (calendar year covered) should this appear",
    "from": ("Julien Ferrand-Lacoste", "julien.ferrand@diplomatie.montclair.example"),
    "subject": "Période couverte par le rapport annuel",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-02-26 09:48:16 +0100",
    "client": "thunderbird", "struct": "plain", "cte": "quoted-printable", "crlf": False,
    "body": """Bonjour,

Une question pratique au sujet de notre rapport annuel au titre de
l'article 7, que nous préparons actuellement.

Les dernières sous-munitions de notre stock ont été détruites le 14 janvier
2026. Le rapport que nous devons remettre avant le 30 avril porte sur
l'année civile 2025 : faut-il y mentionner cette destruction, ou seulement
dans le rapport de l'an prochain ? Et dans ce cas, comment indiquer dans le
rapport 2025 que le stock déclaré n'existe plus ?

Merci d'avance pour votre réponse.

Bien cordialement,

Julien Ferrand-Lacoste
Sous-direction du désarmement
Ministère des Affaires étrangères - République de Montclair
""",
},
{
    "id": "rp08", "crlf": False, "topic": "reporting", "secondary": [], "language": "es",
    "hard": False,
    "note": "what to include in voluntary Form J (gender and diversity measures) of the transparency report",
    "from": ("Lic. Martina Echeverría Solís", "mecheverria@cancilleria.puertoalegria.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Contenido del formulario J del informe de transparencia",
    "date": "2026-03-19 12:55:48 -0300",
    "client": "gmail", "struct": "alt",
    "body": """Estimados:

Estamos preparando el informe anual de transparencia de Puerto Alegría
correspondiente a 2025. Nuestra Cancillería quiere aprovechar el formulario J
para informar sobre las medidas adoptadas para integrar la perspectiva de
género y diversidad en la aplicación de la Convención.

¿Podrían indicarnos qué tipo de información suelen incluir otros Estados
Partes en ese formulario, con qué nivel de detalle, y si existe alguna guía
o ejemplo que podamos consultar?

Muchas gracias de antemano.

Saludos cordiales,

Martina Echeverría Solís
Dirección de Desarme y No Proliferación
Ministerio de Relaciones Exteriores - Puerto Alegría
""",
},
{
    "id": "rp09", "topic": "reporting", "secondary": [], "language": "es",
    "hard": True,
    "note": "HARD(base64_body): base64 body: annual report will be late because of elections; asks how to notify the delay and whether a partial report is acceptable",
    "from": ("Andrés Villalobos Mora", "avillalobos@mision.cerroverde.example"),
    "subject": "Presentación tardía del informe anual",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-04-27 10:34:50 +0200",
    "client": "notes", "struct": "plain",
    "charset": "utf-8", "cte": "base64",
    "body": """Estimados colegas:

Me permito informarles que Cerro Verde no podrá presentar su informe anual
de transparencia antes del 30 de abril. Como saben, en febrero hubo
elecciones generales y el nuevo Gobierno todavía no ha designado a las
autoridades del Ministerio de Defensa que deben validar la información.

Quisiera consultarles:
- si existe algún procedimiento para comunicar formalmente el retraso;
- si sería aceptable presentar primero un informe parcial con la
  información disponible y completarlo más adelante;
- hasta qué fecha podríamos presentarlo para que conste en la documentación
  de la próxima Reunión de los Estados Partes.

Agradezco de antemano su orientación.

Atentamente,

Andrés Villalobos Mora
Consejero
Misión Permanente de Cerro Verde ante la Oficina de las Naciones Unidas en
Ginebra
""",
},
{
    "id": "rp10", "topic": "reporting", "secondary": [], "language": "ru",
    "hard": True,
    "note": "HARD(legacy_charset): KOI8-R 8bit body and subject (Russian): who signs the annual report cover page, electronic submission by the mission, which contact person to give",
    "from": ("Айгерим Касымова", "a.kasymova@mid.tarsakh.example"),
    "from_cs": "koi8-r", "from_enc": "b",
    "subject": "Вопросы по титульному листу отчета по статье 7",
    "subj_cs": "koi8-r", "subj_enc": "b",
    "date": "2026-03-31 11:57:23 +0500",
    "client": "thunderbird", "struct": "plain",
    "charset": "koi8-r", "cte": "8bit",
    "body": """Уважаемые коллеги!

Министерство иностранных дел Республики Тарсах готовит ежегодный доклад
в соответствии со статьей 7 Конвенции за 2025 год. У нас возникли вопросы
по титульному листу:

1. Кто должен подписывать доклад - министр, его заместитель или достаточно
   подписи руководителя департамента?
2. Можно ли направить доклад в электронном виде непосредственно из
   Постоянного представительства в Женеве, без сопроводительной вербальной
   ноты?
3. Если в течение отчетного периода сменилось контактное лицо, кого
   указывать - прежнее или новое?

Заранее благодарим за разъяснения.

С уважением,
А. Касымова
Департамент международной безопасности
МИД Республики Тарсах
""",
},
{
    "id": "rp11", "topic": "reporting", "secondary": ["clearance", "victim_assistance"], "language": "de",
    "hard": False,
    "note": "German: how to report multi-year commitments and pooled trust-fund contributions in Form I",
    "from": ("Dr. Annika Roßbach", "annika.rossbach@aa.feldmark.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Berichterstattung über Unterstützungsleistungen (Formular I)",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-03-03 14:40:12 +0100",
    "client": "outlook", "struct": "alt",
    "body": """Sehr geehrte Damen und Herren,

bei der Vorbereitung des Transparenzberichts der Republik Feldmark für das
Kalenderjahr 2025 sind im Formular I (internationale Zusammenarbeit und
Hilfe) einige Fragen aufgetreten:

1. Ein Teil unserer Mittel fließt in mehrjährige Projekte (2024–2027).
   Sollen wir die gesamte Zusage im Jahr der Bewilligung angeben oder nur
   die im Berichtsjahr tatsächlich ausgezahlten Beträge?
2. Wie sind Beiträge an Treuhandfonds zu erfassen, die sowohl Räumung als
   auch Opferhilfe finanzieren und bei denen uns die Aufteilung nicht
   bekannt ist?
3. Gibt es eine empfohlene Währung, oder sollen wir in Euro berichten?

Für einen kurzen Hinweis wären wir dankbar.

Mit freundlichen Grüßen

Dr. Annika Roßbach
Referat Humanitäre Rüstungskontrolle
Auswärtiges Amt der Republik Feldmark
""",
},
]

# ---------------------------------------------------------------------------
# legislation (Article 9, ratification / accession)
# ---------------------------------------------------------------------------
MESSAGES += [
{
    "id": "lg01", "crlf": False, "topic": "legislation", "secondary": [], "language": "en",
    "hard": False,
    "note": "Attorney-General's drafting office asks for model legislation for common-law States, examples from small island States, and informal comments on a draft",
    "from": ("Timote Havili", "t.havili@agchambers.solvanu.example"),
    "subject": "Model implementing legislation for small common-law States",
    "date": "2026-05-19 10:15:27 +1200",
    "client": "outlook", "struct": "plain", "cte": "7bit",
    "body": """Dear Sir/Madam,

The Attorney-General's Chambers of Solvanu has been instructed to prepare
legislation implementing the Convention on Cluster Munitions. Our drafting
office is very small and we would like to avoid reinventing the wheel.

Could you please send us:
- the model legislation for common-law States, if one exists, including any
  simplified version;
- examples of implementing Acts adopted by other small island States;
- any guidance on which provisions are strictly required under Article 9
  and which are optional.

We would also welcome the opportunity to send our first draft for informal
comments.

Yours faithfully,

Timote Havili
Senior Legislative Drafter
Attorney-General's Chambers, Solvanu
""",
},
{
    "id": "lg02", "topic": "legislation", "secondary": [], "language": "en",
    "hard": False,
    "note": "draft implementing Act: comparative penalty ranges and how other States prohibit investment in producers",
    "from": ("Dr. Lena Obradović", "l.obradovic@justice.drovnia.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Penalties and financing provisions in the draft Cluster Munitions Act",
    "date": "2026-01-22 13:02:49 +0100",
    "client": "thunderbird", "struct": "alt", "cte": "8bit",
    "body": """Dear colleagues,

The Ministry of Justice of Drovnia is finalising the draft Act implementing
the Convention and we would be grateful for advice on two points:

1. Penalties: what ranges of imprisonment and fines have other States
   Parties provided for the core offences, and have any of them
   distinguished between intentional and negligent conduct? Our Criminal
   Law Council wants the penalties to be proportionate to those for other
   weapons offences.

2. Financing: several members of Parliament have proposed an explicit
   prohibition on investment in companies that produce cluster munitions.
   How have other States treated investment - as a form of "assistance"
   prohibited by Article 1(1)(c), or through separate provisions - and how
   are such provisions enforced against financial institutions?

Comparative examples, even informal ones, would be very useful.

Kind regards,

Dr. Lena Obradović
Head, International Criminal Law Unit
Ministry of Justice, Republic of Drovnia
""",
},
{
    "id": "lg03", "topic": "legislation", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0349 with the Cabinet version of the implementing Bill attached; asks that the review also cover the draft Regulations",
    "from": ("Losana Vuki", "l.vuki@foreignaffairs.kerewa.example"),
    "subject": "RE: [CCM-2026-0349] Received: Review of the draft Prohibition of Cluster Munitions Bill",
    "in_reply_to": "<ccm-2026-0349.ack@ccm-isu.example>",
    "references": "<ccm-2026-0349.ack@ccm-isu.example>",
    "date": "2026-07-02 09:31:15 +1200",
    "client": "outlook", "struct": "mixed", "mixed_body": "alt",
    "attachments": [{"name": "Prohibition_of_Cluster_Munitions_Bill_2026_Cabinet_version.docx", "type": "docx"}],
    "body": """Dear colleagues,

A quick update on our request: Cabinet approved the Bill on Tuesday with two
changes (the definition clause now refers to the Convention directly, and
the offence of "assisting" has been narrowed), so please review the attached
version rather than the one I sent on 9 June.

We would also like to ask whether your review could cover the draft
Regulations under the Bill, which deal with permits for retention and with
the powers of customs officers. They are short and I can send them next
week.

The Bill is scheduled for first reading on 3 August, so any comments before
late July would be ideal.

Kind regards,

Losana Vuki
Treaties Officer
Ministry of Foreign Affairs and Trade, Kerewa

________________________________
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Tuesday, 9 June 2026 21:04
To: Losana Vuki <l.vuki@foreignaffairs.kerewa.example>
Subject: [CCM-2026-0349] Received: Review of the draft Prohibition of Cluster Munitions Bill

Dear sender,

Thank you for your message, which has been registered under reference
CCM-2026-0349. It has been passed to the relevant coordinator, who will be
in touch with you shortly.

Please keep the reference in the subject line of any further correspondence.

Implementation Support Unit - Convention on Cluster Munitions
""",
},
{
    "id": "lg04", "topic": "legislation", "secondary": ["stockpile_destruction"], "language": "en",
    "hard": True,
    "note": "HARD(misleading_subject): subject says stockpile destruction, but body (destruction long finished) asks how the implementing law should word bans on transit and foreign stockpiling",
    "from": ("Ingrid Haugland Berge", "ingrid.berge@mfa.norrvik.example"),
    "subject": "Stockpile destruction - legal question",
    "date": "2026-10-13 11:28:36 +0200",
    "client": "outlook", "struct": "alt",
    "body": """Dear ISU,

Although the subject line mentions stockpile destruction, ours was completed
in 2019; my question concerns our implementing law, which is being amended
and is now before the Standing Committee on Foreign Affairs.

The Committee has asked whether the law should explicitly prohibit:
(a) the transit of cluster munitions through our territory, ports and
    airspace by States not party; and
(b) the stockpiling of cluster munitions by foreign forces at facilities on
    our territory, for example under a status-of-forces agreement.

Could you share how other States Parties have addressed these two points in
their national legislation, with the exact wording where possible, and any
views on how such provisions relate to Article 21?

Best regards,

Ingrid Haugland Berge
Legal Adviser, Section for International Law
Ministry of Foreign Affairs of Norrvik
""",
},
{
    "id": "lg05", "crlf": False, "topic": "legislation", "secondary": [], "language": "fr",
    "hard": False,
    "note": "Ministry of Justice drafting the implementing law: francophone civil-law examples, model provisions in French, review of the draft bill",
    "from": ("Boubacar Touré-Diallo", "b.toure@justice.tamarou.example"),
    "from_cs": "iso-8859-1", "from_enc": "q",
    "subject": "Demande d'appui à la rédaction de la loi d'application de la Convention",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-02-12 16:44:03 +0000",
    "client": "outlook", "struct": "plain",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "body": """Madame, Monsieur,

Le ministère de la Justice de la République de Tamarou a été chargé de
préparer le projet de loi portant mise en oeuvre de la Convention sur les
armes à sous-munitions. Notre Constitution exige qu'une loi prévoie les
incriminations et les peines ; un simple décret ne suffit donc pas.

Afin de guider nos travaux, nous souhaiterions obtenir :
- les lois d'application adoptées par d'autres États parties francophones,
  en particulier ceux de tradition juridique civiliste ;
- la loi type ou les modèles de dispositions disponibles en français ;
- si possible, l'appui d'un juriste pour relire notre avant-projet et
  l'exposé des motifs avant leur transmission au Secrétariat général du
  Gouvernement.

Nous vous prions d'agréer, Madame, Monsieur, l'expression de notre
considération distinguée.

Boubacar Touré-Diallo
Directeur des affaires criminelles et des grâces
Ministère de la Justice - République de Tamarou
""",
},
{
    "id": "lg06", "topic": "legislation", "secondary": [], "language": "fr",
    "hard": True,
    "note": "HARD(forwarded_chain): mission's cover note only asks for 'your opinion'; the inline-forwarded government note asks whether a decree suffices under Article 9 or penal sanctions require a law",
    "from": ("Rasmata Yaméogo", "r.yameogo@mission.lagore.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "TR: Projet de texte - demande d'avis",
    "date": "2026-09-10 17:20:41 +0200",
    "client": "thunderbird", "struct": "plain", "cte": "8bit",
    "body": """Bonjour,

Je vous transmets ci-dessous le message du Secrétariat général du
Gouvernement. Pourriez-vous nous faire part de votre avis ? Une réponse
avant la fin du mois nous aiderait beaucoup.

Bien à vous,

Rasmata Yaméogo
Premier conseiller
Mission permanente du Lagoré à Genève


-------- Message transféré --------
Sujet : 	Projet de texte - demande d'avis
Date : 	Tue, 8 Sep 2026 10:12:45 +0000
De : 	Secrétariat général du Gouvernement <sgg.textes@sgg.lagore.example>
Pour : 	Mission permanente du Lagoré <mission@mission.lagore.example>


Monsieur l'Ambassadeur,

Le ministère de la Défense a soumis au Secrétariat général un projet de
décret portant application de la Convention sur les armes à sous-munitions.
Avant de l'inscrire à l'ordre du jour du Conseil des ministres, nous
souhaitons savoir si un décret est suffisant au regard de l'article 9 de la
Convention, ou si les sanctions pénales exigées imposent l'adoption d'une
loi par l'Assemblée nationale.

Nous vous saurions gré de bien vouloir recueillir l'avis de l'Unité d'appui
à l'application de la Convention et, le cas échéant, des exemples d'autres
États.

Le Secrétaire général adjoint du Gouvernement
""",
},
{
    "id": "lg07", "topic": "legislation", "secondary": [], "language": "es",
    "hard": False,
    "note": "congressional adviser forwards (as attachment) the Defence Committee's request; the outer note itself summarises it: briefing on Article 9 and comparative penal provisions",
    "from": ("Lic. Sebastián Ortúzar Peña", "sortuzar@congreso.costabermeja.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "RV: Solicitud de la Comisión de Defensa Nacional",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-10-01 09:15:33 -0500",
    "client": "outlook", "struct": "fwd_attach", "mixed_body": "alt",
    "body": """Estimados:

Les reenvío como adjunto la solicitud que la Presidenta de la Comisión de
Defensa Nacional dirigió a esta asesoría. En resumen, la Comisión examinará
en noviembre el proyecto de ley que tipifica como delito el empleo, el
desarrollo, la producción, el almacenamiento y la transferencia de
municiones en racimo, y solicita:

1) una presentación técnica (presencial o virtual) de la Dependencia sobre
   las obligaciones del artículo 9 de la Convención;
2) ejemplos de leyes de otros Estados Partes de América Latina, en
   particular en materia de sanciones penales.

Les agradecería indicarme si pueden atender la solicitud y en qué fechas.

Saludos cordiales,

Sebastián Ortúzar Peña
Asesor Parlamentario - Comisión de Defensa Nacional
Congreso de la República de Costa Bermeja
""",
    "inner": {
        "from": ("Dip. Carmen Iturbide Solano", "citurbide@congreso.costabermeja.example"),
        "to": "Asesoría Comisión de Defensa <asesoria.defensa@congreso.costabermeja.example>",
        "subject": "Proyecto de ley sobre municiones en racimo - apoyo técnico",
        "date": "2026-09-29 18:40:02 -0500",
        "client": "outlook", "struct": "plain", "cte": "8bit",
        "body": """Estimado Sebastián:

Como sabes, la Comisión iniciará en noviembre el estudio del proyecto de ley
sobre municiones en racimo. Antes del primer debate quisiera que los
diputados conozcan con precisión qué exige la Convención en su artículo 9 y
cómo lo han resuelto otros países de la región.

Te pido gestionar con la Dependencia de Apoyo a la Aplicación una
presentación técnica para la Comisión y reunir ejemplos de legislación
comparada, sobre todo de las penas previstas.

Un saludo,
Carmen Iturbide Solano
Presidenta de la Comisión de Defensa Nacional
""",
    },
},
{
    "id": "lg08", "crlf": False, "topic": "legislation", "secondary": [], "language": "es",
    "hard": False,
    "note": "State not yet party preparing accession: model instrument of accession, deposit, first-year obligations, ratification/accession kit",
    "from": ("Emb. Rafael Cifuentes Lora", "rcifuentes@mirex.islamirador.example"),
    "subject": "Adhesión de Isla Mirador a la Convención",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-08-05 10:52:30 -0400",
    "client": "outlook", "struct": "plain",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Estimados señores:

El Gobierno de Isla Mirador ha iniciado los trámites internos para adherirse
a la Convención sobre Municiones en Racimo. La Dirección de Tratados de esta
Cancillería agradecería recibir:

- un modelo de instrumento de adhesión y orientación sobre su depósito ante
  el Secretario General de las Naciones Unidas;
- información sobre las obligaciones que deberemos cumplir durante el primer
  año tras la entrada en vigor;
- la guía de ratificación y adhesión que, según tenemos entendido, la
  Dependencia pone a disposición de los Estados.

Isla Mirador nunca ha producido ni almacenado municiones en racimo.

Aprovecho la oportunidad para saludarles con las seguridades de mi
consideración.

Rafael Cifuentes Lora
Embajador, Director de Tratados y Asuntos Jurídicos
Ministerio de Relaciones Exteriores de Isla Mirador
""",
},
{
    "id": "lg09", "topic": "legislation", "secondary": [], "language": "es",
    "hard": True,
    "note": "HARD(html_only): HTML-only (iso-8859-1): is the existing arms control law enough for Article 9 or is a specific law needed; asks for a gap analysis",
    "from": ("Dr. Hernán Saavedra Copa", "hsaavedra@minjusticia.vallealto.example"),
    "from_cs": "iso-8859-1", "from_enc": "q",
    "subject": "¿Basta nuestra Ley de Armas para cumplir el artículo 9?",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-11-10 16:07:45 -0400",
    "client": "zimbra", "struct": "html",
    "charset": "iso-8859-1", "html_cte": "quoted-printable",
    "body": "Ley de Control de Armas, Municiones y Explosivos",
    "html": """<html><body><div style="font-family: arial, helvetica, sans-serif; font-size: 12pt; color: #000000">
<div>Estimados:</div><div><br></div>
<div>Valle Alto cuenta con una <b>Ley de Control de Armas, Municiones y Explosivos</b> de 2015 que prohíbe las "armas de efectos indiscriminados", pero no menciona expresamente las municiones en racimo.</div><div><br></div>
<div>La Procuraduría General sostiene que esa ley basta para cumplir el artículo 9 de la Convención; el Ministerio de Defensa opina que hace falta una ley específica.</div><div><br></div>
<div>Para zanjar la cuestión solicitamos un análisis comparativo de la ley vigente frente a las obligaciones de la Convención (definiciones, conductas prohibidas, sanciones penales, excepciones para la retención con fines de entrenamiento) y una recomendación sobre si conviene reformarla o aprobar una ley nueva.</div><div><br></div>
<div>Muchas gracias.</div><div><br></div>
<div>--<br>Dr. Hernán Saavedra Copa<br>Director de Asuntos Legislativos<br>Ministerio de Justicia - Valle Alto</div>
</div></body></html>
""",
},
{
    "id": "lg10", "topic": "legislation", "secondary": [], "language": "pt",
    "hard": False,
    "note": "Portuguese: parliamentary committee asks for a Portuguese model law / lusophone examples and an expert session on penal provisions (draft bill attached, RFC 2231 name)",
    "from": ("Dr. Hélder Cossa-Matsinhe", "helder.matsinhe@parlamento.terraalta.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Versão em português da lei modelo",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-10-27 14:18:06 +0200",
    "client": "thunderbird", "struct": "mixed", "mixed_body": "plain", "cte": "quoted-printable",
    "attachments": [{"name": "Proposta_de_Lei_Munições_de_Dispersão_v2.docx", "type": "docx"}],
    "body": """Exmos. Senhores,

A Comissão de Assuntos Jurídicos e Constitucionais da Assembleia da
República de Terra Alta vai analisar no próximo trimestre a proposta de lei
de aplicação da Convenção sobre Munições de Dispersão (versão atual em
anexo).

Como a proposta foi redigida com base em textos em inglês, gostaríamos de
saber se existe uma versão em português da lei modelo ou de leis de
aplicação de outros Estados lusófonos, e se a Unidade de Apoio poderia
disponibilizar um perito para uma sessão de trabalho com os deputados da
Comissão sobre as disposições penais.

Com os melhores cumprimentos,

Dr. Hélder Cossa-Matsinhe
Assessor Jurídico
Assembleia da República de Terra Alta
""",
},
{
    "id": "lg11", "topic": "legislation", "secondary": [], "language": "ru",
    "hard": False,
    "note": "Russian (utf-8): criminal code amendments: extraterritorial jurisdiction over nationals abroad and liability of legal persons",
    "from": ("Елена Воронцова", "e.vorontsova@minjust.ozerania.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "Вопросы по имплементации Конвенции в уголовном законодательстве",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-06-29 15:03:27 +0300",
    "client": "outlook", "struct": "alt",
    "body": """Уважаемые коллеги!

Министерство юстиции Республики Озерания разрабатывает поправки к
Уголовному кодексу в целях выполнения статьи 9 Конвенции по кассетным
боеприпасам.

В ходе межведомственного согласования возникли два вопроса:

1. Должны ли уголовно-правовые запреты распространяться на деяния,
   совершённые нашими гражданами за рубежом (например, военнослужащими в
   составе миротворческих контингентов)? Как этот вопрос решён в
   законодательстве других государств-участников?
2. Предусматривают ли национальные законы уголовную ответственность
   юридических лиц?

Будем признательны за примеры законов и, по возможности, за консультацию
эксперта.

С уважением,
Е. Воронцова
начальник отдела международно-правового сотрудничества
Министерство юстиции Республики Озерания
""",
},
]

# ---------------------------------------------------------------------------
# general (cooperation and assistance in general, meetings, triage)
# ---------------------------------------------------------------------------
MESSAGES += [
{
    "id": "gn01", "topic": "general", "secondary": [], "language": "en",
    "hard": False,
    "note": "sponsorship to bring a mine action official to the Meeting of States Parties: is it open, criteria, deadline, form",
    "from": ("Suresh Alwis", "s.alwis@mfa.nampura.example"),
    "subject": "Sponsorship for the Meeting of States Parties",
    "date": "2026-07-20 08:22:10 +0530",
    "client": "outlook_android", "struct": "alt", "cte": "7bit",
    "body": """Dear ISU,

Nampura would like to be represented at this year's Meeting of States
Parties by an official of our National Mine Action Authority, in addition to
our Geneva mission. Budget constraints mean the Authority cannot cover the
travel.

Could you let us know whether the Sponsorship Programme is open for this
meeting, what the deadline and criteria are, and which form we should use to
nominate the delegate?

Thank you and regards,
Suresh Alwis
Second Secretary, Disarmament Desk
Ministry of Foreign Affairs, Nampura

Get Outlook for Android
""",
},
{
    "id": "gn02", "topic": "general", "secondary": ["clearance", "stockpile_destruction", "victim_assistance"], "language": "en",
    "hard": False,
    "note": "donor agency offers un-earmarked 2027 funding and asks which States have unfunded needs and whether a Country Coalition could be the vehicle",
    "from": ("Sigrid Vik", "sigrid.vik@devagency.norrvik.example"),
    "subject": "Funding available in 2027 for CCM implementation",
    "date": "2026-09-22 13:45:58 +0200",
    "client": "outlook", "struct": "alt",
    "body": """Dear colleagues,

The Norrvik Agency for Development Cooperation has set aside up to NOK 25
million in 2027 to support implementation of the Convention on Cluster
Munitions. The allocation is not earmarked: depending on needs it could
support clearance, stockpile destruction, victim assistance or national
capacity.

We would value the ISU's view on which States Parties currently have
well-defined but unfunded needs, and on whether the Country Coalition model
might be a good vehicle for part of the funding. We would be happy to meet
in Geneva in the coming weeks.

Best regards,

Sigrid Vik
Senior Policy Adviser, Humanitarian Disarmament
Norrvik Agency for Development Cooperation

This e-mail may contain confidential information. If you have received it
by mistake, please let us know and delete it.
""",
},
{
    "id": "gn03", "crlf": False, "topic": "general", "secondary": [], "language": "en",
    "hard": False,
    "note": "recently acceded State asks how a Country Coalition is formed and whether the ISU can facilitate contact with partners",
    "from": ("Thanakorn Siriwat", "thanakorn.s@mfa.kanthara.example"),
    "subject": "Interest in the Country Coalition concept",
    "date": "2026-10-08 14:12:37 +0700",
    "client": "outlook", "struct": "alt",
    "body": """Dear ISU,

Having recently acceded to the Convention, Kanthara is considering how best
to mobilise support for its implementation effort as a whole. We understand
that under the Country Coalition concept an affected State is paired with one
or more partner States and organisations that work with it over several
years.

Could you explain how a Coalition is usually formed, what is expected of the
affected State, whether any partners are currently looking for a new
Coalition, and whether the ISU could facilitate initial contacts?

With best regards,

Thanakorn Siriwat
Director, Division of Humanitarian Affairs
Ministry of Foreign Affairs, Kanthara
""",
},
{
    "id": "gn04", "topic": "general", "secondary": [], "language": "en",
    "hard": False,
    "note": "invites an ISU speaker to a national seminar marking ten years as a State Party (concept note attached)",
    "from": ("Halima Obure", "h.obure@mfa.kivanda.example"),
    "subject": "Invitation - national seminar marking ten years as a State Party",
    "date": "2026-08-26 10:40:03 +0300",
    "client": "outlook", "struct": "mixed", "mixed_body": "alt",
    "attachments": [{"name": "Concept_note_CCM_10_years_Kivanda.pdf", "type": "pdf"}],
    "body": """Dear colleagues,

On 14 November Kivanda will mark the tenth anniversary of its ratification
of the Convention with a one-day national seminar in the capital for
parliamentarians, ministries, survivors' associations and partners.

The Minister of Foreign Affairs would be honoured if the Director of the
ISU, or another ISU representative, could give the opening presentation on
the state of the Convention and its universalisation. We would cover travel
and accommodation. The concept note is attached.

Could you let us know whether this would be possible?

Kind regards,

Halima Obure
Deputy Director, Directorate of Multilateral Affairs
Ministry of Foreign Affairs, Kivanda
""",
},
{
    "id": "gn05", "topic": "general", "secondary": [], "language": "en",
    "hard": True,
    "note": "HARD(attachment_only_hint): 'as discussed' note from a phone with an opaquely named scan; no topic can be determined: general for triage",
    "from": ("Jelena Marković", "j.markovic@mfa.drovnia.example"),
    "from_cs": "utf-8", "from_enc": "b",
    "subject": "As discussed",
    "date": "2026-03-12 19:26:44 +0100",
    "client": "iphone", "struct": "mixed", "mixed_body": "plain", "cte": "7bit",
    "attachments": [{"name": "Scan_20260312_0047.pdf", "type": "pdf"}],
    "body": """As discussed on the phone, attached.

Best, J.

Sent from my iPhone
""",
},
{
    "id": "gn06", "topic": "general", "secondary": ["clearance", "victim_assistance"], "language": "en",
    "hard": False,
    "note": "meeting request (text/calendar) for a new ambassador's courtesy call on the ISU Director; mentions open requests only as background",
    "from": ("Office of the Ambassador of Tavali", "ambassador.office@mission.tavali.example"),
    "subject": "Courtesy call - Ambassador of Tavali / ISU Director",
    "date": "2026-11-16 10:05:00 +0100",
    "client": "outlook", "struct": "calendar",
    "body": """Dear Sir/Madam,

The newly accredited Permanent Representative of Tavali, H.E. Ms Corazon
Villaflor, would like to pay a courtesy call on the Director of the ISU. We
propose Thursday 26 November at 15:00 at your offices (see invitation), but
we are flexible.

The Ambassador would also welcome a short overview of how the ISU and the
coordinators are organised, as Tavali has requests open on clearance and on
victim assistance.

Kindly accept or propose another time.

With best regards,
Office of the Ambassador
Permanent Mission of Tavali, Geneva
""",
    "ics": {
        "summary": "Courtesy call - Ambassador of Tavali / ISU Director",
        "start": "20261126T150000", "end": "20261126T154500",
        "location": "ISU offices, Geneva",
        "organizer": ("Office of the Ambassador of Tavali", "ambassador.office@mission.tavali.example"),
    },
},
{
    "id": "gn07", "topic": "general", "secondary": ["stockpile_destruction", "clearance", "victim_assistance"], "language": "fr",
    "hard": True,
    "note": "HARD(ambiguous_general): asks help to organise a national partners' round table covering the remaining stocks, the remaining contaminated areas and survivors' services equally; no single main topic",
    "from": ("Mission permanente de la République d'Ombesse", "secretariat@mission.ombesse.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Table ronde nationale des partenaires",
    "date": "2026-05-06 12:30:18 +0200",
    "client": "outlook", "struct": "alt",
    "body": """Madame, Monsieur,

La République d'Ombesse souhaite organiser au premier trimestre 2027 une
table ronde nationale réunissant ses partenaires techniques et financiers
autour de la mise en oeuvre de la Convention.

Trois chantiers y seraient présentés à égalité : l'achèvement de la
destruction de nos stocks, le traitement des dernières zones contaminées
dans le nord, et le renforcement des services aux survivants. Pour chacun,
le Gouvernement présenterait ses besoins chiffrés et ses propres
contributions.

Nous sollicitons l'appui de l'Unité d'appui pour préparer cette table ronde :
conseils sur le format, aide à l'identification et à l'invitation des
bailleurs, et, si possible, participation d'un représentant de l'Unité.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute
considération.

Le Secrétariat
Mission permanente de la République d'Ombesse à Genève
""",
},
{
    "id": "gn08", "crlf": False, "topic": "general", "secondary": [], "language": "fr",
    "hard": False,
    "note": "military academy asks for printed copies of the Convention in French and documentation for a training seminar",
    "from": ("Capitaine de corvette Éloïse Marchetti", "e.marchetti@ecole-guerre.montclair.example"),
    "from_cs": "iso-8859-1", "from_enc": "q",
    "subject": "Demande de documentation pour un séminaire",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "date": "2026-01-08 08:47:29 +0100",
    "client": "thunderbird", "struct": "plain",
    "charset": "iso-8859-1", "cte": "8bit",
    "body": """Bonjour,

L'École supérieure de guerre de Montclair organise en mars un séminaire de
deux jours sur le droit international humanitaire et le désarmement à
l'intention de 60 officiers stagiaires.

Serait-il possible de recevoir une soixantaine d'exemplaires imprimés du
texte de la Convention en français, ainsi que toute publication récente de
l'Unité d'appui présentant la Convention et son état d'application ? À
défaut d'exemplaires imprimés, des liens vers les versions électroniques
nous seraient utiles.

Avec mes remerciements,

CC Éloïse Marchetti
Département droit et relations internationales
École supérieure de guerre - Montclair
""",
},
{
    "id": "gn09", "topic": "general", "secondary": [], "language": "fr",
    "hard": False,
    "note": "asks ISU help to arrange bilateral meetings with potential partners on the margins of the Meeting of States Parties",
    "from": ("Ibrahima Sangaré", "i.sangare@mission.lagore.example"),
    "subject": "Rencontres bilatérales en marge de l'Assemblée des États parties",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-08-31 10:58:52 +0200",
    "client": "outlook", "struct": "alt",
    "body": """Madame, Monsieur,

La délégation du Lagoré à la prochaine Assemblée des États parties sera
conduite par le ministre délégué à la Coopération. Il souhaiterait profiter
de sa présence à Genève pour rencontrer quelques partenaires potentiels.

L'Unité d'appui pourrait-elle nous aider à identifier les délégations les
plus pertinentes et, le cas échéant, faciliter l'organisation de ces
rencontres bilatérales ? Une salle de réunion serait-elle disponible au lieu
de la réunion ?

Je vous remercie par avance de votre aide.

Ibrahima Sangaré
Conseiller
Mission permanente du Lagoré à Genève
""",
},
{
    "id": "gn10", "topic": "general", "secondary": [], "language": "es",
    "hard": False,
    "note": "asks for the contact list of national focal points of Latin American States Parties for a regional exchange",
    "from": ("Lic. Martina Echeverría Solís", "mecheverria@cancilleria.puertoalegria.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Contactos de puntos focales de la región",
    "date": "2026-06-04 16:21:09 -0300",
    "client": "gmail", "struct": "alt",
    "body": """Estimados:

Puerto Alegría está organizando un intercambio virtual entre los puntos
focales nacionales de la Convención en América Latina y el Caribe, para
compartir experiencias sobre cooperación Sur-Sur.

¿Podrían facilitarnos la lista actualizada de puntos focales de los Estados
Partes de la región, o en su defecto reenviarles nuestra invitación?

Muchas gracias de antemano.

Saludos,
Martina Echeverría Solís
Dirección de Desarme y No Proliferación
Ministerio de Relaciones Exteriores - Puerto Alegría
""",
},
{
    "id": "gn11", "topic": "general", "secondary": [], "language": "es",
    "hard": False,
    "note": "needs an invitation letter for visa purposes for a delegation attending the intersessional meetings",
    "from": ("Marcela Quintanilla", "mquintanilla@rree.costabermeja.example"),
    "subject": "Carta de invitación para trámite de visado",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-03-27 20:14:51 -0500",
    "client": "android", "struct": "plain", "cte": "8bit", "crlf": False,
    "body": """Buenas noches:

Tres funcionarios de Costa Bermeja (Ministerio de Defensa y Comisión Nacional de Desminado) asistirán a las reuniones entre períodos de sesiones de mayo. El consulado nos pide una carta de invitación a nombre de cada uno para tramitar el visado.

¿Podrían emitirla? Les envío los nombres y números de pasaporte en cuanto me lo confirmen.

Gracias,
Marcela Quintanilla
Dirección de Organismos Multilaterales

Enviado desde mi Samsung Galaxy
""",
},
{
    "id": "gn12", "topic": "general", "secondary": [], "language": "de",
    "hard": False,
    "note": "German: follow-up in a thread with an ISU staff member; new desk officer asks for the 2026/2027 meeting calendar and registration deadlines",
    "from": ("Jonas Pfeiffer", "jonas.pfeiffer@genf.brenzau.example"),
    "subject": "AW: Kontaktaufnahme - neuer Referent",
    "in_reply_to": "<5d0e93a1-7c2f-4b8e-a6d4-2f91c07e8b3a@ccm-isu.example>",
    "references": "<5d0e93a1-7c2f-4b8e-a6d4-2f91c07e8b3a@ccm-isu.example>",
    "date": "2026-09-14 09:33:40 +0200",
    "client": "apple", "struct": "alt", "cte": "quoted-printable",
    "body": """Sehr geehrte Frau Mendes,

vielen Dank für die freundliche Begrüßung und die Unterlagen.

Darf ich noch um den Sitzungskalender für den Rest des Jahres 2026 und für
2027 bitten, mit den Anmeldefristen für die Delegationen? Ich möchte die
Teilnahme unserer Hauptstadt frühzeitig planen.

Mit freundlichen Grüßen
Jonas Pfeiffer

Ständige Vertretung der Republik Brenzau in Genf
Abrüstung und Rüstungskontrolle

> Am 10.09.2026 um 16:02 schrieb Laura Mendes <l.mendes@ccm-isu.example>:
>
> Sehr geehrter Herr Pfeiffer,
>
> herzlich willkommen in Genf. Anbei wie besprochen einige Unterlagen zur
> Konvention und zur Arbeit der ISU. Für Fragen stehe ich gern zur
> Verfügung.
>
> Beste Grüße
> Laura Mendes
""",
},
]

# ---------------------------------------------------------------------------
# not_an_enquiry (robots, bulk mail, spam, phishing)
# ---------------------------------------------------------------------------
ACK_EN = """Dear sender,

Thank you for your message, which has been registered under reference
{ref}. It has been passed to the relevant coordinator, who will be
in touch with you shortly.

Please keep the reference in the subject line of any further correspondence.

Implementation Support Unit - Convention on Cluster Munitions
"""

MESSAGES += [
{
    "id": "ne01", "topic": "not_an_enquiry", "secondary": ["victim_assistance"], "language": "en",
    "hard": False,
    "note": "Exchange out-of-office reply to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
    "from": ("Dr. Meera Kulasekaran", "m.kulasekaran@health.nampura.example"),
    "subject": "Automatic reply: [CCM-2026-0118] Received: Support for a national casualty and survivor data system",
    "in_reply_to": "<ccm-2026-0118.ack@ccm-isu.example>",
    "references": "<ccm-2026-0118.ack@ccm-isu.example>",
    "date": "2026-02-17 06:10:44 +0530",
    "client": "outlook", "struct": "alt", "cte": "7bit",
    "headers": [["Auto-Submitted", "auto-replied"], ["X-Auto-Response-Suppress", "All"],
                ["X-MS-Exchange-Inbox-Rules-Loop", "m.kulasekaran@health.nampura.example"]],
    "body": """I am out of the office until 3 March with limited access to e-mail.

For urgent matters please contact Mr. Anil Fonseka, Deputy Director
(a.fonseka@health.nampura.example, +999 11 269 4400).

Dr. Meera Kulasekaran
""",
},
{
    "id": "ne02", "topic": "not_an_enquiry", "secondary": ["legislation"], "language": "en",
    "hard": False,
    "note": "Postfix DSN (multipart/report, 5.1.1 user unknown) returning the acknowledgement of a legislation enquiry",
    "from": ("Mail Delivery System", "MAILER-DAEMON@mx2.justice.drovnia.example"),
    "to": "intake@ccm-isu.example",
    "subject": "Undelivered Mail Returned to Sender",
    "date": "2026-01-22 13:05:12 +0100",
    "client": "robot", "struct": "dsn", "cte": "7bit",
    "headers": [["Auto-Submitted", "auto-replied"]],
    "body": """This is the mail system at host mx2.justice.drovnia.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<l.obradovic@justice.drovnia.example>: host
    mailstore.justice.drovnia.example[192.0.2.61] said: 550 5.1.1
    <l.obradovic@justice.drovnia.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
    "dsn": {
        "reporting_mta": "mx2.justice.drovnia.example",
        "queue_id": "4Tq9Lm0d2Wz3xK",
        "arrival": "2026-01-22 13:05:10 +0100",
        "recipient": "l.obradovic@justice.drovnia.example",
        "status": "5.1.1",
        "remote_mta": "mailstore.justice.drovnia.example",
        "diagnostic": "smtp; 550 5.1.1 <l.obradovic@justice.drovnia.example>: Recipient address rejected: User unknown in virtual mailbox table",
        "returned": "message",
    },
    "inner": {
        "from": ("CCM Implementation Support Unit", "no-reply@ccm-isu.example"),
        "to": "l.obradovic@justice.drovnia.example",
        "subject": "[CCM-2026-0047] Received: Penalties and financing provisions in the draft Cluster Munitions Act",
        "date": "2026-01-22 13:05:09 +0100",
        "message_id": "<ccm-2026-0047.ack@ccm-isu.example>",
        "client": "robot", "struct": "plain", "cte": "7bit",
        "headers": [["Auto-Submitted", "auto-replied"]],
        "body": ACK_EN.format(ref="CCM-2026-0047"),
    },
},
{
    "id": "ne03", "crlf": False, "topic": "not_an_enquiry", "secondary": ["victim_assistance"], "language": "en",
    "hard": True,
    "note": "HARD(lookalike_noise): NGO quarterly bulletin (List-Id, List-Unsubscribe, Precedence: bulk) entirely about survivors, prosthetics and a donation appeal: bulk mail, not a request",
    "from": ("Survivor Voices Network", "news@survivorvoices.example.org"),
    "subject": "Survivor Voices – Quarterly Bulletin, Summer 2026",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-07-30 07:00:03 +0000",
    "client": "bulk", "struct": "alt", "cte": "quoted-printable",
    "headers": [["List-Id", "Survivor Voices Bulletin <bulletin.survivorvoices.example.org>"],
                ["List-Unsubscribe", "<https://survivorvoices.example.org/u/?m=7f3a91c2&e=intake%40ccm-isu.example>, <mailto:unsubscribe@survivorvoices.example.org?subject=unsubscribe>"],
                ["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"],
                ["Precedence", "bulk"],
                ["X-Campaign-Id", "sv-2026-q3"]],
    "body": """View this e-mail in your browser:
https://survivorvoices.example.org/bulletin/2026-summer

SURVIVOR VOICES - Quarterly Bulletin | Summer 2026

IN THIS ISSUE
* Rebuilding livelihoods: three survivor-led cooperatives one year on
* A new prosthetic workshop opens in the southern highlands
* Peer support: what we learned from 300 home visits
* Webinar, 24 September: inclusive employment for persons with disabilities

REBUILDING LIVELIHOODS
When the bee-keeping cooperative was set up by eleven survivors of cluster
munition incidents, few expected it to be selling honey in the capital a
year later. Read the full story on our website.

A NEW WORKSHOP FOR THE HIGHLANDS
Thanks to our partners, people who used to travel two days to have a
prosthesis repaired can now do so within a few hours of home.

HELP US REACH MORE SURVIVORS
Our rehabilitation appeal is 62% funded. Donate today:
https://survivorvoices.example.org/donate

--
You are receiving this e-mail because you subscribed to the Survivor Voices
bulletin. Unsubscribe: https://survivorvoices.example.org/u/?m=7f3a91c2
Survivor Voices Network, 14 Rue des Acacias, 1200 Geneva
""",
},
{
    "id": "ne04", "topic": "not_an_enquiry", "secondary": ["reporting"], "language": "en",
    "hard": True,
    "note": "HARD(lookalike_noise,html_only): HTML-only phishing from an ISU look-alike 'reporting portal' domain asking to re-validate credentials for an Article 7 submission",
    "from": ("CCM ISU Reporting Portal", "no-reply@ccm-isu-reportportal.example"),
    "reply_to": "support@ccm-isu-reportportal.example",
    "subject": "Action required: your Article 7 report submission is on hold",
    "date": "2026-05-02 03:17:26 +0000",
    "client": "phish", "struct": "html", "html_cte": "quoted-printable",
    "headers": [["X-Mailer", "PHPMailer 6.9.1 (https://github.example/PHPMailer/PHPMailer)"]],
    "body": "could not be processed because your portal credentials",
    "html": """<html><head><meta charset="utf-8"></head>
<body style="margin:0;padding:0;background:#f3f4f6">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="24" style="background:#ffffff;font-family:Segoe UI,Arial,sans-serif;font-size:14px;color:#222">
<tr><td style="background:#0b4f8a;color:#fff;font-size:18px"><b>Convention on Cluster Munitions</b><br><span style="font-size:12px">Implementation Support Unit &middot; Reporting Portal</span></td></tr>
<tr><td>
<p>Dear National Focal Point,</p>
<p>Your Annual Transparency Report (Article 7) for reporting year 2025 <b>could not be processed because your portal credentials expired</b> on 30 April 2026.</p>
<p>To avoid your State being listed as <b>non-compliant</b> in the official documents of the Meeting of States Parties, please re-validate your account within <b>24 hours</b>.</p>
<p style="text-align:center"><a href="http://ccm-isu-reportportal.example/secure/login.php?session=a91f07c3e2" style="background:#0b4f8a;color:#fff;padding:12px 28px;text-decoration:none;border-radius:4px">Validate my account</a></p>
<p>If you do not validate your account, your submission will be permanently deleted.</p>
<p>Kind regards,<br>ISU Reporting Team</p>
</td></tr>
<tr><td style="font-size:11px;color:#888">This is an automated message. Please do not reply. &copy; 2026 CCM ISU</td></tr>
</table></td></tr></table>
</body></html>
""",
},
{
    "id": "ne05", "topic": "not_an_enquiry", "secondary": ["victim_assistance"], "language": "en",
    "hard": False,
    "note": "read receipt (multipart/report, disposition-notification) for the acknowledgement of a victim assistance request",
    "from": ("Lina Verano", "l.verano@mission.tavali.example"),
    "subject": "Read: [CCM-2026-0263] Received: Funding request – peer support network for survivors and families",
    "subj_cs": "utf-8", "subj_enc": "q",
    "date": "2026-04-29 09:15:40 +0200",
    "client": "outlook", "struct": "mdn", "cte": "7bit",
    "in_reply_to": "<ccm-2026-0263.ack@ccm-isu.example>",
    "references": "<ccm-2026-0263.ack@ccm-isu.example>",
    "body": """Your message

  To: Lina Verano
  Subject: [CCM-2026-0263] Received: Funding request - peer support network for survivors and families
  Sent: Tuesday, 28 April 2026 14:02:31 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

was read on Wednesday, 29 April 2026 09:15:40 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna.
""",
    "mdn": {
        "reporting_ua": "mail.mission.tavali.example; Microsoft Exchange Server 2019",
        "final_recipient": "l.verano@mission.tavali.example",
        "original_message_id": "<ccm-2026-0263.ack@ccm-isu.example>",
        "disposition": "automatic-action/MDN-sent-automatically; displayed",
    },
},
{
    "id": "ne06", "topic": "not_an_enquiry", "secondary": ["stockpile_destruction"], "language": "en",
    "hard": True,
    "note": "HARD(no_auto_headers,lookalike_noise): leave notice sent as a plain 'Re:' to the acknowledgement, without Auto-Submitted or X-Auto-Response-Suppress; mentions the stockpile destruction plan and a deputy",
    "from": ("Lt Col Aleksander Brandt-Kovač", "a.brandtkovac@mod.marravia.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Re: [CCM-2026-0322] Received: Draft national stockpile destruction plan for comment",
    "in_reply_to": "<ccm-2026-0322.ack@ccm-isu.example>",
    "references": "<ccm-2026-0322.ack@ccm-isu.example>",
    "date": "2026-05-20 16:03:02 +0200",
    "client": "notes", "struct": "plain", "cte": "7bit",
    "body": """Thank you for your message.

I am away from the office until 8 June 2026 attending a course and will
have limited access to e-mail.

For questions concerning the stockpile destruction plan please contact
Capt. Ivo Marek (i.marek@mod.marravia.example, +999 1 555 0192). For all
other matters please contact the Arms Control Division secretariat.

Kind regards,
Aleksander Brandt-Kovac
""",
},
{
    "id": "ne07", "topic": "not_an_enquiry", "secondary": ["victim_assistance"], "language": "fr",
    "hard": False,
    "note": "French out-of-office reply to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress)",
    "from": ("Mariam Kouyaté-Sow", "m.kouyate@actionsociale.tamarou.example"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Réponse automatique : [CCM-2026-0157] Reçu : Évaluation des besoins des victimes d'armes à sous-munitions",
    "subj_cs": "utf-8", "subj_enc": "q",
    "in_reply_to": "<ccm-2026-0157.ack@ccm-isu.example>",
    "references": "<ccm-2026-0157.ack@ccm-isu.example>",
    "date": "2026-03-10 10:19:31 +0000",
    "client": "outlook", "struct": "alt",
    "headers": [["Auto-Submitted", "auto-replied"], ["X-Auto-Response-Suppress", "All"]],
    "body": """Bonjour,

Je suis en mission à l'intérieur du pays du 11 au 20 mars, avec un accès
limité à ma messagerie. Pour toute urgence, veuillez contacter M. Didier
Agbo (d.agbo@actionsociale.tamarou.example).

Cordialement,
Mariam Kouyaté-Sow
""",
},
{
    "id": "ne08", "topic": "not_an_enquiry", "secondary": ["clearance"], "language": "fr",
    "hard": True,
    "note": "HARD(no_dsn_structure): French plain-text (iso-8859-1) non-delivery notice, no multipart/report, quoting the headers of the acknowledgement of a clearance request",
    "from": ("Administrateur de messagerie", "postmaster@cnlreg.lagore.example"),
    "to": "intake@ccm-isu.example",
    "subject": "Echec de remise du message",
    "date": "2026-04-26 08:14:02 +0000",
    "client": "robot", "struct": "plain",
    "charset": "iso-8859-1", "cte": "8bit",
    "headers": [["Auto-Submitted", "auto-replied"], ["X-Failed-Recipients", "m.diakhaby@cnlreg.lagore.example"]],
    "body": """Ceci est un message généré automatiquement par le serveur de messagerie
mail.cnlreg.lagore.example.

Votre message n'a pas pu être remis à un ou plusieurs destinataires.
Il s'agit d'une erreur permanente ; le serveur a tenté de remettre ce
message pendant 5 jours.

   Destinataire : m.diakhaby@cnlreg.lagore.example
   Raison       : boîte aux lettres pleine (552 5.2.2 quota dépassé)

----- En-têtes du message d'origine -----

Return-Path: <intake@ccm-isu.example>
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
To: m.diakhaby@cnlreg.lagore.example
Subject: =?utf-8?q?=5BCCM-2026-0248=5D_Re=C3=A7u_=3A_D=C3=A9tecteurs_adapt?=
 =?utf-8?q?=C3=A9s_aux_sols_lat=C3=A9ritiques?=
Date: Tue, 21 Apr 2026 08:12:59 +0000
Message-ID: <ccm-2026-0248.ack@ccm-isu.example>
Auto-Submitted: auto-replied
""",
},
{
    "id": "ne09", "crlf": False, "topic": "not_an_enquiry", "secondary": [], "language": "es",
    "hard": False,
    "note": "marketing newsletter for an online course (List-Unsubscribe, Precedence: bulk)",
    "from": ("Campus Cooperación Global", "info@campuscooperacion.example.com"),
    "from_cs": "utf-8", "from_enc": "q",
    "subject": "Último día: 40 % de descuento en el Diplomado en Gestión de Proyectos de Cooperación",
    "subj_cs": "utf-8", "subj_enc": "b",
    "date": "2026-06-30 14:00:00 -0500",
    "client": "bulk", "struct": "alt", "cte": "quoted-printable",
    "headers": [["List-Unsubscribe", "<https://campuscooperacion.example.com/baja?u=ccm-isu-intake>"],
                ["List-Unsubscribe-Post", "List-Unsubscribe=One-Click"],
                ["Precedence", "bulk"],
                ["List-Id", "Novedades Campus <novedades.campuscooperacion.example.com>"]],
    "body": """¿No ve bien este correo? Ábralo en su navegador.

ÚLTIMO DÍA - 40 % DE DESCUENTO

Diplomado en Gestión de Proyectos de Cooperación Internacional
100 % en línea - 6 meses - certificado universitario

* Marco lógico y teoría del cambio
* Formulación de propuestas para donantes internacionales
* Monitoreo, evaluación y rendición de cuentas

Inscríbase hoy antes de las 23:59 y pague solo 540 USD (precio normal
900 USD).

https://campuscooperacion.example.com/diplomado?utm_source=mail

Recibe este correo porque se suscribió a las novedades de Campus
Cooperación Global. Darse de baja:
https://campuscooperacion.example.com/baja?u=ccm-isu-intake
""",
},
{
    "id": "ne10", "topic": "not_an_enquiry", "secondary": ["clearance"], "language": "es",
    "hard": True,
    "note": "HARD(lookalike_noise): Mailman moderation notice (list held the acknowledgement of a clearance request); quotes [CCM-2026-0301] and the clearance subject but is list administrivia",
    "from": ("desminado-l-owner@listas.redminas.example", "desminado-l-owner@listas.redminas.example"),
    "subject": "Su mensaje a Desminado-L espera la aprobación del moderador",
    "subj_cs": "iso-8859-1", "subj_enc": "q",
    "to": "intake@ccm-isu.example",
    "date": "2026-05-12 15:23:30 -0600",
    "client": "mailman", "struct": "plain",
    "charset": "iso-8859-1", "cte": "quoted-printable",
    "headers": [["X-Mailman-Version", "2.1.39"], ["Precedence", "bulk"],
                ["X-List-Administrivia", "yes"], ["List-Id", "Red latinoamericana de desminado <desminado-l.listas.redminas.example>"],
                ["X-BeenThere", "desminado-l@listas.redminas.example"]],
    "body": """Su correo a 'Desminado-L' con el asunto

    [CCM-2026-0301] Recibido: Contaminación residual hallada en obras viales

está retenido hasta que el moderador de la lista lo pueda revisar para
aprobarlo.

La razón de la retención es:

    Mensaje enviado por alguien que no es miembro a una lista que solo
    admite miembros

Su mensaje será enviado a la lista o recibirá una notificación de la
decisión del moderador. Si desea cancelar este envío, por favor visite la
siguiente URL:

    https://listas.redminas.example/mailman/confirm/desminado-l/4c1e2a7f90b3d58e6a21
""",
},
{
    "id": "ne11", "crlf": False, "topic": "not_an_enquiry", "secondary": [], "language": "es",
    "hard": False,
    "note": "advance-fee scam announcing an approved 'grant' and asking for bank details and a processing fee",
    "from": ("Dr. Mauricio Llanes - FIDS", "dr.llanes@fids-subvenciones.example.net"),
    "reply_to": "fids.pagos@correo-rapido.example.com",
    "subject": "Notificación oficial: subvención aprobada para su institución (Ref. FIDS/2026/ES-4471)",
    "subj_cs": "utf-8", "subj_enc": "q",
    "to": "undisclosed-recipients:;",
    "date": "2026-09-05 02:44:17 +0100",
    "client": "phish", "struct": "plain", "cte": "8bit",
    "body": """Estimado beneficiario:

Nos complace notificarle que su institución ha sido seleccionada por el
Comité de Asignaciones de la Fundación Internacional para el Desarrollo
Solidario (FIDS) para recibir una subvención no reembolsable de 850.000 USD
destinada a programas humanitarios.

Para liberar los fondos debe enviarnos en un plazo de 72 horas:
1. nombre completo del representante legal y copia de su pasaporte;
2. datos de la cuenta bancaria de la institución;
3. el comprobante de pago de la tasa administrativa de 1.250 USD.

Esta notificación es confidencial. No la comparta hasta recibir los fondos.

Atentamente,
Dr. Mauricio Llanes
Director de Asignaciones - FIDS
""",
},
]
