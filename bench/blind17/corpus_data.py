# -*- coding: utf-8 -*-
"""blind17: content and gold labels of every message (data only).

Each entry of MESSAGES describes one e-mail; generate.py turns it into an
.eml file.  Keys:
  key          internal identifier (not visible in the output)
  style        writing-style tags, only used for the README statistics
  label        gold label (topic, secondary, language, hard, note)
  from         (display name, address); from_cs = (charset, "q"|"b") for the name
  to, cc, reply_to, headers (extra header list), pre_headers (before Received)
  subject      decoded subject; subject_cs = (charset, "q"|"b") to force an encoding
  date         '10 Mar 2026 16:02:11 -0500' (weekday is added by the generator)
  client       outlook | thunderbird | webmail | iphone | apple | zimbra |
               roundcube | android | bot   (headers, ids, boundaries, HTML style)
  reply_to_ack CCM case reference the message replies to (In-Reply-To/References)
  body         {form: plain|alt|html, text, html, charset, cte, html_charset, html_cte}
  attachments  [{name, kind: pdf|docx|xlsx}]
  forward      a nested message (same keys) attached as message/rfc822
  special      delivery status / disposition notification description
  lf           True: LF line endings instead of CRLF
  check        extra strings that must survive decoding

All States, people, organisations and domains are invented.
"""

INTAKE = "CCM Implementation Support Unit <intake@ccm-isu.example>"

ACK_EN = """Dear sender,

Thank you for your message, which has been registered under the reference {ref} and forwarded to the relevant coordinator. You will be contacted shortly.

Please keep the reference in the subject line of any further correspondence.

Implementation Support Unit - Convention on Cluster Munitions"""

MESSAGES = []

# ===========================================================================
# stockpile_destruction (12)
# ===========================================================================

MESSAGES += [
{
    "key": "sd01-kestrava-depot",
    "style": ["non_native", "paraphrase", "no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (Russian speaker), no technical term: old air bombs that open in the air and throw out small bombs, stored in a damp depot; asks which State can send specialists to assess and destroy them"},
    "from": ("Col. Dmitri Avdeenko", "d.avdeenko@mod.kestrava.example"),
    "subject": "Old aviation bombs in depot No. 4 - need specialists",
    "date": "19 Jan 2026 08:47:10 +0300",
    "client": "thunderbird",
    "lf": True,
    "body": {"form": "plain", "flowed": True, "text": """Dear colleagues,

I am writing from Ministry of Defence of Kestrava, department of armament storage. In our depot No. 4 near Lesnaya river we keep since the 1980s the aviation bombs of old type, which open in the air and throw out many small bombs (about 150 small ones in each). We have 212 pieces. The depot roof is leaking and humidity is high, our engineers say the small bombs inside can be corroded and they are afraid to move them to other place.

We do not have experience to make them harmless in a safe way. Please tell which country or organisation can send specialists to look at the condition and to advise how to take them apart or destroy them. We can give all technical data and photos.

With respect,
Colonel Dmitri Avdeenko
Head of Armament Storage Department
Ministry of Defence, Republic of Kestrava
tel. +999 41 220 1187
"""},
},
{
    "key": "sd02-tarnland-short",
    "style": ["very_short", "article_number_only"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": False,
              "note": "very short, names only 'Art. 3': the State will miss its deadline and asks the procedure and timing for requesting more time (extension request)"},
    "from": ("Harriet Ossory", "h.ossory@defence.tarnland.example"),
    "subject": "Art 3 deadline",
    "date": "3 Feb 2026 17:21:44 +0000",
    "client": "iphone",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Hi - we won't make the Art. 3 date (1 Aug 2027). What's the procedure for asking for more time, and how early does the request have to be in?

Harriet

Sent from my iPhone
"""},
},
{
    "key": "sd03-solvenne-note",
    "style": ["long_formal", "ask_in_last_paragraph"],
    "label": {"topic": "stockpile_destruction", "secondary": ["clearance", "victim_assistance", "reporting"], "language": "en", "hard": True,
              "note": "HARD(multi_topic): long formal letter that first recounts clearance progress, survivor rehabilitation and the submitted report; the only ask (last paragraph) is funding and technical help to destroy the remaining stockpiled rocket-delivered munitions"},
    "from": ("Elin Marstrand", "e.marstrand@mfa.solvenne.example"),
    "cc": "Permanent Mission of Solvenne <mission.geneva@mfa.solvenne.example>",
    "subject": "Letter from the Permanent Mission of the Kingdom of Solvenne",
    "date": "12 Feb 2026 11:05:31 +0100",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Madam, Dear Sir,

The Permanent Mission of the Kingdom of Solvenne to the United Nations Office and other international organizations in Geneva presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to transmit the following on behalf of the Ministry of Foreign Affairs.

Since becoming a State Party, Solvenne has sought to meet its obligations in full and in good faith. In the area of survey and clearance, the national authority released a further 11.4 square kilometres in 2025, and the remaining suspected areas in the eastern highlands are now mapped and scheduled. Our health and social services continue to provide rehabilitation to the 61 registered survivors under the national disability plan adopted in 2023, and our annual transparency report covering 2025 was submitted on 28 April.

The Ministry of Defence completed the destruction of the bulk of the declared stockpile in 2024 by way of industrial demilitarisation abroad. However, 3,960 rocket-delivered munitions of an older type remain in storage. Their rocket motors contain propellant that has degraded, which made them ineligible for transport under the previous contract, and they must now be destroyed in-country. The Ministry has identified a suitable range but lacks the equipment to cut and neutralise the motors and to destroy the submunitions safely, and the original budget has been exhausted.

In light of the above, and with a view to completing its Article 3 obligations before its deadline of 1 March 2028, the Mission would be grateful if the Implementation Support Unit could circulate the attached project summary to potential donors and advise on how Solvenne might obtain the financial and technical assistance, estimated at EUR 2.3 million, needed to destroy these remaining munitions.

The Permanent Mission of the Kingdom of Solvenne avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Elin Marstrand
First Secretary (Disarmament)
Permanent Mission of the Kingdom of Solvenne, Geneva
+999 22 731 4410

This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it.
"""},
    "attachments": [{"name": "Solvenne_project_summary_remaining_munitions_2026.pdf", "kind": "pdf"}],
},
{
    "key": "sd04-orlesk-reply",
    "style": ["follow_up_with_ref"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0412: a neighbouring State offers to destroy the remaining canisters at its plant; asks what must be notified when stocks are transferred to another State for destruction"},
    "from": ("Oskar Hallin", "o.hallin@mod.orlesk.example"),
    "subject": "RE: [CCM-2026-0412] Received: Destruction of remaining stocks at Brenholm depot",
    "date": "11 May 2026 14:32:08 +0200",
    "client": "outlook",
    "reply_to_ack": "CCM-2026-0412",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear ISU,

Following up on the above. Since we wrote, the defence ministry of a neighbouring State Party has offered to take the 480 remaining canisters to its demilitarisation plant and destroy them there at cost. Before we go any further: what do we have to notify, and to whom, when stocks are moved to another State Party only for destruction? And does the receiving State also have to declare them?

We would appreciate a quick answer as the offer is open until the end of June.

Best regards,
Oskar Hallin
Major, Logistics Command
Ministry of Defence of Orlesk

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Monday, 4 May 2026 09:12
To: Oskar Hallin <o.hallin@mod.orlesk.example>
Subject: [CCM-2026-0412] Received: Destruction of remaining stocks at Brenholm depot

""" + ACK_EN.format(ref="CCM-2026-0412") + "\n"},
},
{
    "key": "sd05-lomanie-retention",
    "style": ["non_native", "no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (French speaker): engineering school wants to keep some submunitions for training; asks how many may be retained and how other States justify the number (Art. 3.6, not named)"},
    "from": ("Cdt Yannick Abessolo", "y.abessolo@genie.defense.lomanie.example"),
    "subject": "Keeping some submunitions for our demining school",
    "date": "24 Feb 2026 09:58:12 +0100",
    "client": "webmail",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Good morning,

Our engineering school would like to keep a small quantity of the submunitions, because the students must learn to recognise and to neutralise them in real conditions and we cannot train only with pictures. The rest of the stock will be destroyed next year as it is planned.

My question is : how much we are allowed to keep, and is there a rule or a practice among the States for justify the number ? We heard some countries keep a few hundreds, some only several dozens. We want to be correct and not to have a problem later at the meeting.

Thank you in advance for your advices.

Commandant Yannick Abessolo
École du Génie – Lomanie
"""},
},
{
    "key": "sd06-belvaux-containers",
    "style": ["paraphrase", "no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "fr", "hard": False,
              "note": "paraphrase (no technical name): air-dropped containers full of small charges in a powder store; asks for an expert to compare open detonation with dismantling in a workshop"},
    "from": ("Marc-Olivier Tessier", "mo.tessier@armement.belvaux.example"),
    "subject": "Demande d'expertise - conteneurs largables stockés à Sainte-Aure",
    "subject_cs": ("iso-8859-1", "q"),
    "date": "2 Mar 2026 15:12:40 +0100",
    "client": "zimbra",
    "lf": True,
    "body": {"form": "plain", "charset": "iso-8859-1", "cte": "quoted-printable", "text": """Madame, Monsieur,

La Direction du matériel du Royaume de Belvaux détient encore 96 conteneurs largables d'avion, chacun renfermant plusieurs dizaines de petites charges explosives qui se dispersent à l'ouverture. Ils sont entreposés dans la poudrière de Sainte-Aure depuis 1979.

Nous hésitons entre deux solutions : les faire détruire sur place par explosion en plein air, ce qui est simple mais bruyant et polluant, ou les démonter dans un atelier, ce qui suppose un équipement que nous n'avons pas. Pourriez-vous nous mettre en relation avec un expert ou un État ayant déjà fait ce choix, afin qu'il nous aide à évaluer les deux options et leurs coûts ?

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

M.-O. Tessier
Ingénieur en chef de l'armement
Direction du matériel - Royaume de Belvaux
"""},
},
{
    "key": "sd07-lagunes-compliance",
    "style": ["no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "fr", "hard": False,
              "note": "stocks entirely destroyed (a few pieces kept for training); asks how to make it official: model declaration of compliance and presentation to the Meeting of States Parties"},
    "from": ("Awa Diallo-Renard", "awa.diallo@diplomatie.cotedeslagunes.example"),
    "subject": "Fin de la destruction – et maintenant ?",
    "date": "16 Mar 2026 19:40:03 +0000",
    "client": "iphone",
    "body": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable", "text": """Bonjour,

Bonne nouvelle : le dernier lot a été détruit la semaine dernière au champ de tir de Koubiri, en présence d'observateurs. Il ne nous reste plus rien, à part les quelques pièces conservées pour la formation.

Que devons-nous faire maintenant pour que ce soit reconnu officiellement ? Y a-t-il un modèle de déclaration, et faut-il la présenter à l'Assemblée des États parties ?

Merci,
Awa Diallo-Renard
Conseillère désarmement, ministère des Affaires étrangères

Envoyé de mon iPhone
"""},
},
{
    "key": "sd08-riomanso-polvorin",
    "style": ["paraphrase", "problem_phrased", "no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "es", "hard": False,
              "note": "problem phrased, no technical name: air-dropped containers in an air-force depot now surrounded by the city; no transport permit, no equipment, no budget; asks what other countries did"},
    "from": ("Cap. Julián Arbeláez Rojas", "jarbelaez@fac.riomanso.example"),
    "subject": "Polvorín de La Chamba",
    "date": "25 Mar 2026 07:55:19 -0500",
    "client": "android",
    "body": {"form": "plain", "charset": "windows-1252", "cte": "8bit", "text": """Buenos días,

Les escribo por un problema que no sabemos cómo resolver. En el polvorín de La Chamba, que pertenece a la Fuerza Aérea, hay todavía 37 contenedores de los que se lanzan desde avión y se abren en el aire soltando decenas de cargas pequeñas. Cuando se construyó el polvorín estaba lejos de todo, pero hoy la ciudad llegó hasta la cerca: hay un colegio a 600 metros y el alcalde exige que se los lleven ya.

No tenemos autorización para trasladarlos por carretera en ese estado, tampoco equipo para desarmarlos allí mismo, y el presupuesto de este año ya está comprometido. ¿Qué han hecho otros países en una situación parecida? Cualquier orientación o contacto nos sirve.

Atentamente,
Cap. Julián Arbeláez Rojas
Jefe de Arsenales - Fuerza Aérea de Río Manso

Enviado desde mi Galaxy
"""},
},
{
    "key": "sd09-sierraazul-fwd",
    "style": ["forward_inline"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "es", "hard": True,
              "note": "HARD(forwarded_chain): outer note only asks 'can you help with what he requests'; the inline forwarded message from the arsenal commander asks for training of technicians and a mobile destruction unit for artillery projectiles with submunitions"},
    "from": ("Mariela Ocampo", "mocampo@mindef.sierraazul.example"),
    "subject": "RV: Situación arsenal de Valle Hondo",
    "date": "12 Mar 2026 10:14:51 -0600",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Estimados colegas de la Unidad:

Les reenvío el mensaje que recibimos del comandante del arsenal. ¿Podrían ayudarnos con lo que solicita? Quedo atenta.

Mariela Ocampo
Dirección de Asuntos Internacionales
Ministerio de Defensa - República de Sierra Azul

De: Tte. Cnel. Rodrigo Salvatierra <rsalvatierra@ejercito.sierraazul.example>
Enviado el: martes, 10 de marzo de 2026 16:02
Para: Mariela Ocampo <mocampo@mindef.sierraazul.example>
Asunto: Situación arsenal de Valle Hondo

Mariela:

Como te comenté por teléfono, en Valle Hondo seguimos con 1.250 proyectiles de artillería con submuniciones que el plan nacional prevé destruir antes de 2028. El personal técnico que tenemos no ha trabajado nunca con este tipo de munición y la única planta que podía desmontarlos cerró el año pasado.

Necesitamos dos cosas: un curso para que seis técnicos aprendan a desarmar estos proyectiles con seguridad y, si es posible, el préstamo o la donación de una unidad móvil de destrucción. Te agradecería que lo hicieras llegar a la Convención.

Saludos,
Rodrigo Salvatierra
Comandante, Arsenal de Valle Hondo
"""},
},
{
    "key": "sd10-wadinour-ar",
    "style": ["no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "ar", "hard": True,
              "note": "HARD(legacy_charset,base64_body): windows-1256 body, base64-encoded (Arabic), windows-1256 subject: air force stockpile of air-dropped cluster bombs; asks for experts to assess it and train the team to dismantle and destroy it"},
    "from": ("م. خالد العبيدي", "k.alobaidi@mod.wadinour.example"),
    "from_cs": ("windows-1256", "b"),
    "subject": "طلب مساعدة فنية لتدمير مخزون القنابل العنقودية",
    "subject_cs": ("windows-1256", "b"),
    "date": "6 Apr 2026 12:03:27 +0300",
    "client": "outlook",
    "body": {"form": "plain", "charset": "windows-1256", "cte": "base64", "text": """السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تحتفظ القوات الجوية في دولة وادي النور بمخزون من القنابل العنقودية الملقاة جواً يبلغ 640 قنبلة، سبق أن أعلنا عنه. وقد وضعت وزارة الدفاع خطة لتدميره قبل نهاية عام 2027، إلا أننا نفتقر إلى الخبرة الفنية والمعدات اللازمة لتفكيك هذه القنابل بصورة آمنة.

نرجو التكرم بمساعدتنا في التواصل مع دولة أو منظمة يمكنها إرسال خبراء لتقييم حالة المخزون وتدريب فريقنا الفني على عمليات التفكيك والتدمير.

وتفضلوا بقبول فائق الاحترام،
المهندس خالد العبيدي
مديرية الذخائر - وزارة الدفاع
دولة وادي النور
"""},
},
{
    "key": "sd11-zarechye-ru",
    "style": ["paraphrase", "no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "ru", "hard": False,
              "note": "shells 'with dozens of small combat elements' mixed with ordinary shells in depots; asks for training and reference material to identify, separate and mark cluster munitions before destruction"},
    "from": ("Сергей Колесников", "s.kolesnikov@mil.zarechye.example"),
    "from_cs": ("windows-1251", "b"),
    "subject": "Помощь в выявлении и отделении кассетных боеприпасов на складах",
    "subject_cs": ("utf-8", "b"),
    "date": "21 Apr 2026 10:26:45 +0300",
    "client": "webmail",
    "lf": True,
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Уважаемые коллеги!

На складах Министерства обороны Республики Заречье хранятся артиллерийские снаряды разных типов, многие из них без маркировки и документации. Часть из них — снаряды, внутри которых находятся десятки малых боевых элементов, но наши специалисты не всегда могут отличить их от обычных осколочно-фугасных снарядов того же калибра.

Прежде чем приступить к уничтожению, мы должны отделить такие боеприпасы от остальных и пометить их. Просим помочь с организацией обучения для 10–12 специалистов по идентификации таких снарядов, а также, если возможно, предоставить справочные материалы.

С уважением,
Сергей Колесников
начальник отдела хранения боеприпасов
Министерство обороны Республики Заречье
"""},
},
{
    "key": "sd12-sennwald-de",
    "style": ["problem_phrased", "no_article"],
    "label": {"topic": "stockpile_destruction", "secondary": [], "language": "de", "hard": False,
              "note": "problem phrased: the environmental authority refused a permit to blow up the last cluster munitions in the open; asks how other States destroyed stocks without open detonation (contained or mobile installations, contacts)"},
    "from": ("Dr. Katharina Brandl", "k.brandl@bmlv.sennwald.example"),
    "subject": "Vernichtung der Restbestände – Genehmigung verweigert",
    "date": "5 May 2026 16:48:02 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Sehr geehrte Damen und Herren,

wir stehen vor einem Problem, bei dem wir auf die Erfahrungen anderer Vertragsstaaten angewiesen sind. Die Landesumweltbehörde hat die Genehmigung für die Sprengung der letzten 310 Streumunitionen auf dem Truppenübungsplatz Hochried abgelehnt, weil die zu erwartenden Emissionen und die Lärmbelastung die Grenzwerte überschreiten würden. Eine industrielle Anlage gibt es im eigenen Land nicht.

Wie haben andere Staaten ihre Bestände vernichtet, wenn eine Sprengung im Freien nicht möglich war? Gibt es geschlossene Detonationskammern oder mobile Anlagen, die man mieten kann, und können Sie uns Ansprechpartner nennen?

Mit freundlichen Grüßen

Dr. Katharina Brandl
Referat Rüstungskontrolle
Bundesministerium für Landesverteidigung, Republik Sennwald

Diese E-Mail kann vertrauliche Informationen enthalten. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und löschen Sie diese E-Mail.
"""},
},
]

# ===========================================================================
# clearance (12)
# ===========================================================================

MESSAGES += [
{
    "key": "cl01-valdoria-fields",
    "style": ["non_native", "paraphrase", "no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (Spanish speaker), no technical term: fields farmers cannot use because small bombs surface after rain; asks for methodology, experts or donor contacts to survey the zones and say which land is safe (survey, land release)"},
    "from": ("Ing. Gustavo Pereyra Lugo", "gpereyra@cnad.valdoria.example"),
    "subject": "fields in Norte province that farmers can not use",
    "date": "14 Jan 2026 13:37:52 -0400",
    "client": "webmail",
    "lf": True,
    "body": {"form": "alt", "text": """Dear Sirs,

I am engineer in the national centre for humanitarian demining of Valdoria. In the province Norte there are many fields that the farmers do not use since the conflict, because they find sometimes the small bombs on the surface, specially after the rains. The farmers ask us every season if they can plant again, and we can not answer because we do not know exactly where is the danger and where not.

We want to make a study of all these zones, first speaking with the communities and then going with the teams, so at the end we can say which land is free and which land need work. But we never did it in this form and we don't have the methodology nor the budget for the first phase.

Is it possible that the Convention help us with this, with experts or with a contact of donor?

Best regards,
Gustavo Pereyra Lugo
Centro Nacional de Accion contra las Minas - Valdoria
"""},
},
{
    "key": "cl02-kelmora-short",
    "style": ["very_short", "no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "en", "hard": False,
              "note": "very short: asks for contact with a State experienced in land release in steep forested terrain"},
    "from": ("Pieter Hallward", "p.hallward@nmac.kelmora.example"),
    "subject": "quick one",
    "date": "28 Jan 2026 06:12:09 +0000",
    "client": "android",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Can you connect us with a State that has done land release in steep forested terrain? Our teams are stuck on the ridge areas.

P.
--
Sent from my Android phone
"""},
},
{
    "key": "cl03-tamarind-attachment",
    "style": ["very_short", "attachment_hint"],
    "label": {"topic": "clearance", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(attachment_only_hint): subject 'Draft for comments' and a bare cover note; only the attachment name (draft Article 4 extension request) shows that the topic is clearance"},
    "from": ("Jonas Ekwueme", "j.ekwueme@mfa.tamarind.example"),
    "subject": "Draft for comments",
    "date": "9 Feb 2026 16:20:33 +0000",
    "client": "outlook",
    "body": {"form": "alt", "charset": "us-ascii", "cte": "7bit", "text": """Dear ISU,

Please find attached, grateful for any comments.

Best,
Jonas

Jonas Ekwueme | Desk Officer, Disarmament | Ministry of Foreign Affairs, Tamarind Coast
T +999 7 550 3021

DISCLAIMER: This message is intended only for the use of the addressee and may contain information that is privileged and confidential. If you are not the intended recipient, any dissemination of this message is strictly prohibited.
"""},
    "attachments": [{"name": "TamarindCoast_Art4_extension_request_2027-2031_DRAFT_v3.docx", "kind": "docx"}],
},
{
    "key": "cl04-ilvane-floods",
    "style": ["no_article"],
    "label": {"topic": "clearance", "secondary": ["victim_assistance", "reporting"], "language": "en", "hard": True,
              "note": "HARD(multi_topic): newly found contamination after floods; mentions two injured children (care already handled) and next year's report; the ask is an urgent survey and clearance team, marking and risk education for the villages"},
    "from": ("Samuel Okonkwo-Ritter", "s.okonkwo-ritter@uppermaris.gov.ilvane.example"),
    "subject": "Urgent: bomblets washed into Kessa valley after floods",
    "date": "15 Apr 2026 09:02:44 +0100",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Implementation Support Unit,

Following the floods of 2-5 April, residents of four villages in the Kessa valley have found dozens of small unexploded bomblets in gardens and along the riverbank, in an area that had been considered clear since 2019. Two children were injured on 9 April and are being treated at the provincial hospital; the Ministry of Health is handling their care and we are not requesting support for that.

The national mine action centre has only one team available and it is committed elsewhere until September. What we urgently need is help to get a survey and clearance team into the valley within weeks, and ideally some support to mark the affected plots and explain the danger to the villages in the meantime.

We are aware that this will also have to be reflected in next year's national report and have informed the Ministry of Foreign Affairs accordingly.

Yours faithfully,

Samuel Okonkwo-Ritter
Chief of Staff, Office of the Governor
Upper Maris Province, Republic of Ilvane
"""},
},
{
    "key": "cl05-amberland-letter",
    "style": ["long_formal", "ask_in_last_paragraph", "no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "en", "hard": False,
              "note": "long formal letter about displaced families returning to contaminated districts; ask in the last paragraph: expert support and funding for a risk reduction education programme for returnees"},
    "from": ("Rahel Tesfaye", "r.tesfaye@mission-geneva.amberland.example"),
    "subject": "Letter ref. AML/GVA/2026/137 - return of displaced families to the southern districts",
    "date": "3 Jun 2026 10:41:17 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Director,

I have the honour to write to you on behalf of the Government of the Republic of Amberland, further to the exchanges held on the margins of the intersessional meetings in May.

As you are aware, the cessation of hostilities in 2024 has allowed the gradual return of displaced families to the districts of Oreth, Vallun and Sekka. According to the National Commission for Returnees, more than 41,000 persons have returned since January 2025 and a further 25,000 are expected before the end of 2026. Many of these families are returning to homes and farmland that lie within or near the areas struck during the conflict.

The national authority, working with two international operators, has made steady progress in surveying these districts and has cleared priority areas around schools, wells and health posts. It is nevertheless clear that full clearance will take several years, and that in the meantime the returning population, and especially children and herders, will be living alongside the remaining contamination. The existing information materials were produced in 2016 for a different population, are available only in the national language and do not reflect the way people now move across the land.

The Government has therefore made the protection of returnees a priority of its national plan for 2026-2028 and has assigned staff from the Ministries of Education and of the Interior to this effort.

Against this background, I should be grateful if the Implementation Support Unit could help Amberland obtain expert support to design a risk reduction education programme for returning communities, including new materials in the three local languages and training for teachers and community volunteers, and could identify States or organisations that might be in a position to fund it. A short concept note is attached.

Please accept, Dear Director, the assurances of my highest consideration.

Rahel Tesfaye
Counsellor
Permanent Mission of the Republic of Amberland to the United Nations Office at Geneva
"""},
    "attachments": [{"name": "Concept_note_risk_education_returnees_Amberland.pdf", "kind": "pdf"}],
},
{
    "key": "cl06-kivanga-ricefields",
    "style": ["no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "fr", "hard": False,
              "note": "asks for training in technical survey adapted to flooded rice fields"},
    "from": ("Félicien Mbarga", "f.mbarga@cnla.kivanga.example"),
    "subject": "Formation en enquête technique – rizières de la plaine de Mbolé",
    "date": "10 Feb 2026 11:33:58 +0100",
    "client": "thunderbird",
    "lf": True,
    "body": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable", "text": """Madame, Monsieur,

Dans la plaine de Mbolé, nos équipes d'enquête non technique ont identifié 38 zones suspectes situées dans des rizières irriguées. Les méthodes que nous utilisons sur terrain sec fonctionnent mal dans l'eau et la boue : détecteurs perturbés, sous-munitions enfoncées profondément, saison sèche très courte.

Nous souhaiterions bénéficier d'une formation en enquête technique adaptée aux zones inondées, idéalement dispensée par un opérateur ou un État qui a déjà travaillé dans des rizières. Pouvez-vous nous orienter ?

Cordialement,

--
Félicien Mbarga
Chef des opérations
Centre national de lutte antimines (CNLA) – République de Kivanga
"""},
},
{
    "key": "cl07-maurenne-completion",
    "style": ["misleading_subject"],
    "label": {"topic": "clearance", "secondary": ["reporting"], "language": "fr", "hard": True,
              "note": "HARD(misleading_subject): subject 'Rapport annuel 2025' but the writer says the question is something else: how to declare completion of Article 4 clearance obligations and what to do if remnants are found afterwards"},
    "from": ("Hélène Vasseur", "h.vasseur@defense.maurenne.example"),
    "subject": "Rapport annuel 2025",
    "date": "7 May 2026 14:05:26 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Bonjour,

Je reprends l'objet de notre précédent échange, mais ma question porte en réalité sur autre chose.

Les dernières zones contaminées de la vallée de l'Orbe ont été dépolluées en février et le centre national considère qu'il ne subsiste plus aucune zone connue sur notre territoire, alors que notre échéance au titre de l'article 4 n'est qu'en 2029. Quelle est la démarche pour déclarer officiellement l'achèvement de nos obligations de dépollution ? Existe-t-il un modèle de déclaration, et que se passe-t-il si de nouveaux restes sont découverts après cette déclaration ?

Bien cordialement,

Hélène Vasseur
Cheffe du bureau de la dépollution
Ministère de la Défense – Principauté de Maurenne
"""},
},
{
    "key": "cl08-tierracalida-dogs",
    "style": ["no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "es", "hard": False,
              "note": "asks for mine detection dog teams or handler training to speed up land release in dense jungle"},
    "from": ("Patricia Llanos", "pllanos@anam.tierracalida.example"),
    "subject": "Perros detectores para la zona selvática de Yaguarí",
    "date": "19 Feb 2026 12:47:13 -0500",
    "client": "roundcube",
    "body": {"form": "alt", "charset": "utf-8", "cte": "8bit", "text": """Estimados señores:

La Autoridad Nacional de Acción contra Minas de Tierra Cálida tiene pendiente la verificación de 14 áreas sospechosas en la selva de Yaguarí, donde la vegetación es muy densa y el trabajo con detectores avanza lentísimo. Sabemos que algunos operadores usan perros entrenados para reducir las áreas antes de la limpieza.

¿Conocen algún Estado u organización que pueda cedernos equipos caninos, o capacitar a nuestros guías, para la liberación de tierras en ese tipo de terreno? Podemos cubrir alojamiento y transporte dentro del país.

Atentamente,
Patricia Llanos
Jefa de Operaciones - ANAM
"""},
},
{
    "key": "cl09-puertoalto-extension",
    "style": ["article_number_only", "follow_up_ref_in_body"],
    "label": {"topic": "clearance", "secondary": [], "language": "es", "hard": False,
              "note": "follow-up citing case CCM-2026-0377 in the body only (new subject, no In-Reply-To): 'artículo 4' deadline will be missed; asks the ISU to review the draft extension request"},
    "from": ("Hernán Quiroga", "hquiroga@cancilleria.puertoalto.example"),
    "subject": "Plazo artículo 4",
    "date": "30 Jun 2026 18:09:40 -0300",
    "client": "thunderbird",
    "body": {"form": "plain", "charset": "windows-1252", "cte": "8bit", "text": """Estimados:

Retomo nuestro caso CCM-2026-0377. Nuestro plazo del artículo 4 vence el 1 de agosto de 2027 y todavía quedan 23 km² por despejar en la cordillera. Ya está claro que no llegaremos.

¿Podría la Unidad revisar el borrador de la solicitud de prórroga antes de que lo enviemos en septiembre, y decirnos qué información suele faltar en estas solicitudes? Adjuntaremos el plan de trabajo año por año.

Saludos cordiales,
Hernán Quiroga
Dirección de Desarme - Cancillería de Puerto Alto
"""},
},
{
    "key": "cl10-valeverde-school",
    "style": ["no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "pt", "hard": False,
              "note": "newly discovered submunitions near a school; asks for technical support to survey and delimit the area and advice on adding it to the national plan"},
    "from": ("Joana Mendes Tavares", "joana.tavares@cnd.valeverde.example"),
    "subject": "Contaminação descoberta junto à escola de Ribeira Seca",
    "date": "22 Jul 2026 15:30:02 -0100",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Exmos. Senhores,

Durante as obras de ampliação da escola primária de Ribeira Seca, junto à fronteira norte, foram encontradas submunições não detonadas a menos de 200 metros do edifício. A área não constava da nossa base de dados e a Comissão Nacional mandou suspender as obras.

Solicitamos apoio técnico para realizar um levantamento da zona e definir o perímetro contaminado, bem como orientações sobre a forma de registar esta nova área no nosso plano nacional. Podem indicar-nos um especialista ou um operador disponível na região?

Com os melhores cumprimentos,

Joana Mendes Tavares
Comissão Nacional de Desminagem
República de Vale Verde
"""},
},
{
    "key": "cl11-qasirah-herders",
    "style": ["paraphrase", "no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "ar", "hard": False,
              "note": "no technical term ('small objects scattered by shells'): asks for expertise to design risk awareness for nomadic herders in contaminated pastures"},
    "from": ("د. ليلى الحسيني", "l.alhusseini@nmac.qasirah.example"),
    "subject": "توعية الرعاة بمخاطر الأجسام الصغيرة في المراعي الشرقية",
    "subject_cs": ("utf-8", "b"),
    "date": "8 Apr 2026 09:15:36 +0300",
    "client": "apple",
    "body": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable", "text": """السادة في وحدة دعم التنفيذ،

تحية طيبة،

يتنقل آلاف الرعاة مع مواشيهم كل ربيع في المراعي الشرقية من دولة القصيرة، وهي مناطق سقطت فيها قذائف تنثر عند انفجارها أجساماً صغيرة لم ينفجر كثير منها. ويلتقط الأطفال هذه الأجسام لأن شكلها يشبه العلب أو الكرات المعدنية.

نريد تصميم حملة توعية تناسب حياة الرعاة المتنقلين، لأن المواد الحالية موجهة إلى المدارس فقط. هل يمكنكم مساعدتنا في الحصول على خبرة فنية في هذا المجال، أو تعريفنا بدولة نفذت برامج مشابهة للسكان الرحل؟

مع الشكر والتقدير،
د. ليلى الحسيني
المركز الوطني لمكافحة الألغام - دولة القصيرة
"""},
},
{
    "key": "cl12-hohenau-fwd-attached",
    "style": ["forward_as_attachment", "no_article"],
    "label": {"topic": "clearance", "secondary": [], "language": "de", "hard": True,
              "note": "HARD(forwarded_as_attachment): outer note only says 'for information, please review'; the attached message from a mayor asks for help to survey and clear steep vineyards where bomblets keep turning up"},
    "from": ("Sabine Wolters", "s.wolters@aussenamt.hohenau.example"),
    "subject": "WG: Bitte um Unterstützung – Weinberge bei Kallbach",
    "date": "2 Sep 2026 08:44:51 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Sehr geehrte Damen und Herren,

anbei zur Kenntnis und mit der Bitte um Prüfung.

Mit freundlichen Grüßen
Sabine Wolters

Referat 241 – Abrüstung und Rüstungskontrolle
Auswärtiges Amt, Freistaat Hohenau
"""},
    "forward": {
        "key": "cl12-inner",
        "from": ("Anton Grasberger", "buergermeister@gemeinde-kallbach.example"),
        "to": "Sabine Wolters <s.wolters@aussenamt.hohenau.example>",
        "subject": "Bitte um Unterstützung – Weinberge bei Kallbach",
        "date": "28 Aug 2026 17:21:05 +0200",
        "client": "thunderbird",
        "filename": "Bitte um Unterstützung – Weinberge bei Kallbach.eml",
        "body": {"form": "plain", "charset": "utf-8", "cte": "8bit", "text": """Sehr geehrte Frau Wolters,

bei der Rodung alter Rebflächen oberhalb von Kallbach haben Winzer in den letzten Wochen mehrmals kleine, nicht explodierte Bomblets gefunden. Der Kampfmittelräumdienst des Landes hat zwei davon gesprengt, kann aber die betroffenen Hänge (rund 40 Hektar, sehr steil) nicht vor 2028 systematisch absuchen.

Die Winzer können ihre Flächen bis dahin nicht bewirtschaften. Wir bitten daher um Hilfe, damit die Hänge untersucht und geräumt werden können, sei es durch zusätzliche Fachleute, durch Geräte für steiles Gelände oder durch eine Finanzierung. Können Sie das an die zuständige Stelle weiterleiten?

Mit freundlichen Grüßen
Anton Grasberger
Bürgermeister der Gemeinde Kallbach
"""},
    },
},
]

# ===========================================================================
# victim_assistance (12)
# ===========================================================================

MESSAGES += [
{
    "key": "va01-baytzahra-legs",
    "style": ["non_native", "paraphrase", "no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (Arabic speaker), no technical term: people injured years ago, their artificial legs are old or no longer fit; asks for a workshop or mobile team and training for technicians (prosthetics)"},
    "from": ("Dr. Samir Haddad", "s.haddad@moh.baytzahra.example"),
    "subject": "artificial legs for the people injured in the south",
    "date": "20 Jan 2026 10:18:24 +0300",
    "client": "webmail",
    "lf": True,
    "body": {"form": "alt", "text": """Dear Sir / Madam,

I am director of rehabilitation in Ministry of Health. In the south governorates we have many persons which were injured by the small bombs during the war in 2006 and in 2014, most of them lost one leg or two. The artificial legs they received at that time are now old, many are broken, and also the children who were injured are now adults and the legs are not fitting them.

There is no workshop for making or repairing these legs in the south, the persons must travel 9 hours to the capital, and most of them can not pay the transport.

We kindly ask if it is possible to help us for open a small workshop in Al-Haffa hospital, or a mobile team that visit the villages, with training for our technicians.

Thanking you in advance,
Dr. Samir Haddad
Director of Rehabilitation Services
Ministry of Health - State of Bayt Zahra
"""},
},
{
    "key": "va02-kelmora-short",
    "style": ["very_short", "paraphrase", "no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "en", "hard": False,
              "note": "very short: asks for a model national plan for survivors to fit into a disability strategy"},
    "from": ("Dr. Mirela Constantin", "m.constantin@health.kelmora.example"),
    "subject": "plan for survivors",
    "date": "4 Mar 2026 18:02:50 +0200",
    "client": "thunderbird",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Is there a model of a national plan for survivors that we could fit into our new disability strategy? The Minister wants a draft by the end of the month.

M. Constantin, MoH Kelmora
"""},
},
{
    "key": "va03-corvana-mailer",
    "style": ["looks_like_bulk"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(enquiry_looks_like_noise): sent through a bulk mailing tool (List-Unsubscribe, Precedence: bulk, unsubscribe footer) but it is a genuine request to the ISU for a trainer in peer support and psychosocial care for survivors"},
    "from": ("National Disability Council of Corvana", "updates@ndc.corvana.example"),
    "subject": "A request from the National Disability Council",
    "date": "17 Mar 2026 11:00:07 +0000",
    "client": "bot",
    "headers": [
        ("Reply-To", "Grace Mbeki-Holm <grace.holm@ndc.corvana.example>"),
        ("List-Unsubscribe", "<https://mailer.ndc.corvana.example/u/8123?l=intake>"),
        ("Precedence", "bulk"),
        ("X-Mailer", "MailDesk 4.2"),
        ("X-MD-Campaign", "partners-2026-03-17"),
    ],
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Implementation Support Unit,

We are writing to you through our mailing system because the Council's e-mail server is being replaced this month; please reply to the contact below and not to this address.

The Council is setting up peer support groups for people who lost limbs or sight because of cluster munitions in the Dorrin and Vasse districts. Our staff have no training in psychological first aid or in running such groups, and several survivors have told us that they have felt isolated since returning home from hospital.

Could the ISU help us find a trainer or a partner organisation with experience in peer support and psychosocial care for survivors? We would welcome even a short online session.

Contact: Grace Mbeki-Holm, Programme Officer, grace.holm@ndc.corvana.example, +999 30 448 1902

----
You are receiving this email because you are listed as a partner of the National Disability Council of Corvana.
Unsubscribe | Update preferences | View in browser
NDC Corvana, 14 Harbour Road, Port Corvana
"""},
},
{
    "key": "va04-lanakor-reply",
    "style": ["follow_up_with_ref"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0427 with an anonymised survivor register extract; asks when the coordinator can advise on restructuring the survivor database"},
    "from": ("Tomas Abeyratne", "t.abeyratne@socialwelfare.lanakor.example"),
    "subject": "Re: [CCM-2026-0427] Received: Survivor database - technical advice",
    "date": "2 Jun 2026 08:51:36 +0530",
    "client": "webmail",
    "reply_to_ack": "CCM-2026-0427",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Hello,

As promised, attached is the extract from our survivor register (anonymised): 312 people, of whom 77 are women and 41 were under 18 when injured. You will see that about a third of the entries have no information on the type of injury or on the services received, which is exactly the problem we raised.

When could the coordinator be available to advise us on how to restructure the database so that it can track needs and referrals? Any day in the week of 15 June would suit us.

Thanks,
Tomas

--
Tomas Abeyratne
Head, Disability Data Unit
Ministry of Social Welfare, Republic of Lanakor

On Fri, 29 May 2026 at 10:04, CCM Implementation Support Unit <no-reply@ccm-isu.example> wrote:

> Dear sender,
>
> Thank you for your message, which has been registered under the
> reference CCM-2026-0427 and forwarded to the relevant coordinator.
> You will be contacted shortly.
>
> Please keep the reference in the subject line of any further
> correspondence.
>
> Implementation Support Unit - Convention on Cluster Munitions
"""},
    "attachments": [{"name": "Lanakor_survivor_register_extract_anonymised.xlsx", "kind": "xlsx"}],
},
{
    "key": "va05-brevia-letter",
    "style": ["long_formal", "ask_in_last_paragraph", "no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "en", "hard": False,
              "note": "long formal letter from a Deputy Minister of Health; ask in the last paragraph: expertise and funding for a national needs assessment of survivors and families"},
    "from": ("Dr. Fenella Marsh", "deputy.minister@health.brevia.example"),
    "subject": "Assessment of the situation of persons injured by cluster munitions in Brevia",
    "date": "9 Jul 2026 12:26:11 +0100",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Director,

It is my pleasure to write to you on behalf of the Ministry of Health and Social Protection of the Kingdom of Brevia.

Brevia has been a State Party to the Convention since 2011. Although cluster munitions were used on our territory more than three decades ago, their consequences remain visible in our rural communities. The most recent estimate, compiled in 2014 from hospital records, put the number of persons killed or injured at approximately 1,100; we believe the real figure to be higher, since many incidents in remote areas were never recorded.

Over the past decade the Ministry has invested in the national rehabilitation centre in Kolvar and in two regional orthopaedic workshops, and the disability law of 2021 grants persons with disabilities free access to primary health care and a monthly allowance. However, the Ministry lacks reliable information on how many survivors are alive today, where they live, what services they use and what they still need. Without this information we can neither plan nor budget properly, nor give an accurate picture to our partners.

The Ministry therefore intends to conduct, during 2027, a nationwide assessment of the needs of survivors and of the families of those killed, in cooperation with the National Statistics Office and with organisations of persons with disabilities.

In this context, I would be grateful if the Implementation Support Unit could help us identify technical expertise in survey design and data protection for such an assessment, as well as possible donors to cover the cost of the field work, estimated at USD 380,000. A preliminary outline is attached for your information.

Yours sincerely,

Dr. Fenella Marsh
Deputy Minister of Health and Social Protection
Kingdom of Brevia
"""},
    "attachments": [{"name": "Brevia_outline_national_assessment_2027.pdf", "kind": "pdf"}],
},
{
    "key": "va06-mabanda-income",
    "style": ["paraphrase", "no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "fr", "hard": False,
              "note": "no technical term: people injured long ago by 'devices that fell from the sky' now without income; asks for partners for micro-credit and vocational training (economic inclusion)"},
    "from": ("Mamadou Sy-Lefèvre", "m.sy@solidarite.mabanda.example"),
    "subject": "Soutien aux personnes blessées autrefois – activités génératrices de revenus",
    "date": "11 Mar 2026 09:27:45 +0000",
    "client": "thunderbird",
    "lf": True,
    "body": {"form": "plain", "charset": "utf-8", "cte": "8bit", "text": """Madame, Monsieur,

Dans les préfectures de l'Est, beaucoup de personnes blessées il y a quinze ou vingt ans par ces engins tombés du ciel vivent aujourd'hui sans revenu. Elles ont été soignées à l'époque, mais personne ne les a aidées ensuite à retrouver un travail : la plupart étaient cultivateurs et ne peuvent plus travailler aux champs.

Le ministère de la Solidarité souhaite lancer un programme de microcrédits et de formation professionnelle (couture, réparation de téléphones, élevage de petit bétail) pour une centaine de ces personnes et leurs familles. Pourriez-vous nous aider à trouver des partenaires techniques et financiers pour ce programme ?

Avec nos remerciements,

Mamadou Sy-Lefèvre
Directeur de l'inclusion sociale
Ministère de la Solidarité nationale – République du Mabanda
"""},
},
{
    "key": "va07-tanaro-cp1252",
    "style": ["no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "fr", "hard": True,
              "note": "HARD(legacy_charset): windows-1252 quoted-printable body and headers (curly apostrophes, euro sign, guillemets, oe ligature): funding to renovate and equip a rehabilitation centre for cluster munition victims"},
    "from": ("Dr Géraldine N’Guessan-Morel", "g.nguessan@sante.tanaro.example"),
    "from_cs": ("windows-1252", "q"),
    "subject": "Centre de rééducation de Koro – demande de financement",
    "subject_cs": ("windows-1252", "q"),
    "date": "26 May 2026 15:44:19 +0000",
    "client": "outlook",
    "body": {"form": "alt", "charset": "windows-1252", "cte": "quoted-printable", "text": """Madame, Monsieur,

Le ministère de la Santé de la République de Tanaro sollicite l’appui de la Convention pour la rénovation du centre de rééducation fonctionnelle de Koro, seul établissement du pays qui accueille les victimes d’armes à sous-munitions de la région des Hauts-Plateaux.

Le bâtiment, construit en 1987, n’est plus accessible aux fauteuils roulants et l’atelier d’appareillage manque de matériel : le coût des travaux et de l’équipement est estimé à 260 000 €. Le ministère peut prendre en charge environ un quart de cette somme et mettre en œuvre le chantier dès 2027.

Pourriez-vous nous indiquer les bailleurs susceptibles de financer le reste, et nous aider à présenter le projet « dans les règles » lors de la prochaine réunion ?

Veuillez agréer, Madame, Monsieur, l’expression de mes sentiments distingués.

Dr Géraldine N’Guessan-Morel
Directrice de la réadaptation
Ministère de la Santé – République de Tanaro
"""},
    "check": ["260 000 €", "mettre en œuvre"],
},
{
    "key": "va08-ilesorane-mission",
    "style": ["no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "fr", "hard": False,
              "note": "mission relays its capital's request in its own words: training for nurses and community workers in basic psychosocial support for families of victims"},
    "from": ("Benoît Rakotomalala", "b.rakotomalala@mission-geneve.ilesorane.example"),
    "subject": "Demande de notre capitale – soutien psychologique aux familles de Vetra",
    "date": "18 Jun 2026 13:12:31 +0200",
    "client": "zimbra",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Bonjour,

Notre capitale nous demande de vous transmettre la requête suivante, que je résume.

Le ministère de la Santé des Îles Orane ne dispose que de deux psychologues pour l'ensemble de l'archipel. Or les familles de l'île de Vetra, où l'accident de 2024 a tué quatre enfants et en a blessé six, n'ont bénéficié d'aucun suivi psychologique. Le ministère souhaite former une vingtaine d'infirmiers et d'agents communautaires au soutien psychosocial de base, et cherche un organisme ou un État capable d'assurer cette formation, si possible en français.

Pourriez-vous nous indiquer des pistes ? Je reste à votre disposition pour organiser un appel avec nos collègues de la capitale.

Bien à vous,
Benoît Rakotomalala
Premier secrétaire
Mission permanente des Îles Orane à Genève
"""},
},
{
    "key": "va09-cerroverde-school",
    "style": ["no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "es", "hard": False,
              "note": "child survivors out of school (no ramps, no braille teachers); asks for contacts with countries experienced in inclusive education and donors to adapt schools"},
    "from": ("Ximena Corrales", "xcorrales@educacion.cerroverde.example"),
    "subject": "Niños sobrevivientes sin acceso a la escuela",
    "subject_cs": ("iso-8859-1", "q"),
    "date": "23 Apr 2026 16:55:08 -0500",
    "client": "thunderbird",
    "body": {"form": "plain", "charset": "iso-8859-1", "cte": "quoted-printable", "text": """Estimados señores:

En el departamento de Los Pinos identificamos a 23 niños y niñas sobrevivientes de accidentes con submuniciones que dejaron de asistir a la escuela: algunos usan silla de ruedas y las escuelas rurales no tienen rampas ni baños adaptados; otros perdieron la vista y no hay docentes que sepan braille.

El Ministerio de Educación quiere reincorporarlos al sistema escolar. ¿Podrían ponernos en contacto con países que tengan experiencia en educación inclusiva para niños sobrevivientes, y con posibles donantes para adaptar las escuelas?

Cordialmente,

Ximena Corrales
Coordinadora de Educación Inclusiva
Ministerio de Educación - Cerro Verde
"""},
},
{
    "key": "va10-riomanso-registry",
    "style": ["misleading_subject"],
    "label": {"topic": "victim_assistance", "secondary": ["reporting"], "language": "es", "hard": True,
              "note": "HARD(misleading_subject): subject 'Datos para el informe anual' but the writer says it is not about the report: asks for technical advice to build a registration and referral system for people injured by cluster munitions in the health network"},
    "from": ("Dra. Inés Betancourt Solís", "ibetancourt@minsalud.riomanso.example"),
    "subject": "Datos para el informe anual",
    "date": "29 Jan 2026 11:38:22 -0500",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Buenos días:

Aunque el asunto menciona el informe, mi consulta no es sobre el informe en sí.

Cada año, cuando la Cancillería nos pide cifras de víctimas para el informe, tenemos que llamar hospital por hospital, porque no existe un registro. Los hospitales anotan "trauma por explosión" sin distinguir la causa, y perdemos el rastro de las personas después del alta.

Queremos crear un sistema de registro y seguimiento de las personas heridas por municiones en racimo en la red de salud, con una ficha común para todos los hospitales y un mecanismo para derivarlas a rehabilitación. ¿Podría la Unidad ayudarnos a conseguir asesoría técnica para diseñarlo? ¿Hay modelos de otros países?

Saludos cordiales,

Dra. Inés Betancourt Solís
Dirección de Discapacidad y Rehabilitación
Ministerio de Salud - Río Manso
"""},
},
{
    "key": "va11-ilhasmorenas-ortho",
    "style": ["no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "pt", "hard": False,
              "note": "proposal for a small orthopaedic centre on an island where survivors live; asks for partners to train two technicians and buy initial equipment (attachment with RFC 2231 name)"},
    "from": ("Aurélio Nhantumbo", "aurelio.nhantumbo@saude.ilhasmorenas.example"),
    "subject": "Apoio a um centro ortopédico para sobreviventes",
    "date": "13 Aug 2026 10:05:57 -0100",
    "client": "apple",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Exmos. Senhores,

O Ministério da Saúde das Ilhas Morenas pretende abrir um pequeno centro ortopédico na ilha de São Brás, onde vive a maioria das pessoas feridas por submunições durante o conflito de 1998. Atualmente estas pessoas têm de viajar de barco até à capital para ajustar ou substituir as suas próteses, o que muitas vezes não conseguem pagar.

Em anexo enviamos a proposta técnica. Gostaríamos de saber se a Unidade nos pode ajudar a identificar parceiros para a formação de dois técnicos ortopédicos e para a compra do equipamento inicial.

Com os melhores cumprimentos,

Aurélio Nhantumbo
Diretor Nacional de Reabilitação
Ministério da Saúde – Ilhas Morenas
"""},
    "attachments": [{"name": "Proposta_centro_ortopédico_São_Brás.pdf", "kind": "pdf"}],
},
{
    "key": "va12-wadinour-psycho",
    "style": ["no_article"],
    "label": {"topic": "victim_assistance", "secondary": [], "language": "ar", "hard": False,
              "note": "asks for a training course in psychosocial support for social workers serving families of people killed or injured by cluster munitions"},
    "from": ("منى الزعبي", "m.alzoubi@social.wadinour.example"),
    "subject": "طلب تدريب في مجال الدعم النفسي لأسر الضحايا",
    "date": "1 Sep 2026 13:48:03 +0300",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """حضرات السادة في وحدة دعم التنفيذ،

تحية طيبة وبعد،

تعمل وزارة الشؤون الاجتماعية في دولة وادي النور مع أكثر من مئتي أسرة فقدت أحد أفرادها أو أصيب أحدهم إصابة بالغة بسبب الذخائر العنقودية في محافظة الريان. وقد لاحظ الأخصائيون الاجتماعيون لدينا ارتفاع حالات الاكتئاب والقلق لدى الأمهات والأطفال، لكنهم غير مدربين على تقديم الدعم النفسي.

نرجو مساعدتنا في تنظيم دورة تدريبية لنحو خمسة عشر أخصائياً اجتماعياً في مجال الدعم النفسي والاجتماعي، أو إرشادنا إلى جهة يمكنها تقديم هذا التدريب باللغة العربية.

مع خالص الشكر،
منى الزعبي
مديرة برامج الإعاقة
وزارة الشؤون الاجتماعية - دولة وادي النور
"""},
},
]

# ===========================================================================
# reporting (11)
# ===========================================================================

MESSAGES += [
{
    "key": "rep01-mabanda-paper",
    "style": ["non_native", "paraphrase", "no_article"],
    "label": {"topic": "reporting", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (French speaker), no technical term: 'the document we send every year to New York'; asks this year's due date and whether unchanged parts must be filled in again"},
    "from": ("Aminata Touré-Lassalle", "a.toure@mae.mabanda.example"),
    "subject": "Question about the yearly document for the Secretary-General",
    "date": "5 Mar 2026 10:10:40 +0000",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Madam, Dear Sir,

I am newly in charge of the Convention file in our Ministry of Foreign Affairs. My predecessor told me that each year we must send to New York a document which explains what we did for the Convention during the year, the stocks, the lands, the victims and so on.

I have two questions please. Until which date we must send it this year ? And if nothing has changed since last year, is it obligatory to fill again all the parts, or we can just write "no change" ?

Thank you very much for your kind help.

Aminata Touré-Lassalle
Chargée de mission désarmement
Ministère des Affaires étrangères, République du Mabanda
"""},
},
{
    "key": "rep02-norrbacka-short",
    "style": ["very_short", "article_number_only"],
    "label": {"topic": "reporting", "secondary": [], "language": "en", "hard": False,
              "note": "very short, subject only 'Art. 7': confirms the 30 April due date and asks what to do when about two weeks late"},
    "from": ("K. Lindqvist", "k.lindqvist@mfa.norrbacka.example"),
    "subject": "Art. 7",
    "date": "14 Apr 2026 21:47:02 +0200",
    "client": "iphone",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Still 30 April this year? We'll be about two weeks late - anything we need to do?

Sent from my iPhone
"""},
},
{
    "key": "rep03-kelmora-subject",
    "style": ["very_short"],
    "label": {"topic": "reporting", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(encoded_subject): windows-1252 Q-encoded subject split over several encoded-words carries the topic (check of the draft transparency report before submission); the body only says 'as per subject'"},
    "from": ("Rajiv Castellanos-Whitby", "r.castellanos@mfa.kelmora.example"),
    "subject": "Draft transparency report (calendar year 2025) – could you check Forms A–J before we submit?",
    "subject_cs": ("windows-1252", "q"),
    "date": "8 Apr 2026 17:30:12 +0200",
    "client": "thunderbird",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Hi,

As per subject - would someone have time before Thursday? The file follows separately once it is cleared internally.

Thanks
Raj
"""},
},
{
    "key": "rep04-zelvania-correction",
    "style": ["problem_phrased", "no_article"],
    "label": {"topic": "reporting", "secondary": ["clearance"], "language": "en", "hard": False,
              "note": "the already published report contains last year's figures in the land-release table; asks how to correct it (whole report or one form) and what happens to the published version"},
    "from": ("Oksana Varga", "o.varga@mfa.zelvania.example"),
    "subject": "Wrong figures in our report",
    "date": "2 Jun 2026 09:21:55 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear colleagues,

We submitted our report in April and have now realised that the table on areas released contains the 2024 figures instead of the 2025 ones (the national authority sent us the wrong spreadsheet). The report has already been published on the website.

How do we correct it? Do we resubmit the entire report or only the affected form, and will the published version be replaced, or will both versions remain online?

Kind regards,
Oksana Varga
Arms Control Division
Ministry of Foreign Affairs of Zelvania
"""},
},
{
    "key": "rep05-sorellia-initial",
    "style": ["article_number_only"],
    "label": {"topic": "reporting", "secondary": ["stockpile_destruction", "clearance", "victim_assistance"], "language": "en", "hard": True,
              "note": "HARD(multi_topic): newly acceded State mentions a stockpile, suspected contamination and survivors as background; the immediate ask is help preparing the initial Article 7 report (walk-through of the forms with the committee)"},
    "from": ("Benedict Oyelaran", "b.oyelaran@mfa.sorellia.example"),
    "subject": "Newly acceded - where do we start?",
    "date": "20 Apr 2026 15:03:29 +0100",
    "client": "webmail",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear ISU team,

The Republic of Sorellia deposited its instrument of accession last October and the Convention entered into force for us on 1 April. I have been appointed focal point and am trying to get an overview.

Some background: the army still holds a small stock of air-delivered munitions that will have to be destroyed, there are suspected remnants along the eastern border that the police engineers have never surveyed, and the health ministry has asked what the Convention means for the survivors it already supports. All of this will be discussed by an interministerial committee that meets next month.

My immediate concern, however, is the first report we owe under Article 7. I understand it is due within 180 days of entry into force, and I have no idea who should provide which information or how detailed it needs to be. Could someone from the ISU walk us through the forms, ideally in a video call with the committee members, so that we can meet the deadline?

Many thanks,
Benedict Oyelaran
Deputy Director, Multilateral Affairs
Ministry of Foreign Affairs, Republic of Sorellia
"""},
},
{
    "key": "rep06-kivanga-lost",
    "style": ["problem_phrased", "no_article"],
    "label": {"topic": "reporting", "secondary": [], "language": "fr", "hard": False,
              "note": "problem phrased: after a reorganisation nobody knows how the transparency report was prepared; asks for the last three reports and blank forms in French"},
    "from": ("Colette Ndiaye-Barros", "c.ndiaye@affetr.kivanga.example"),
    "subject": "Dossier perdu – rapport de transparence",
    "date": "19 Feb 2026 12:31:14 +0100",
    "client": "zimbra",
    "lf": True,
    "body": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable", "text": """Bonjour,

À la suite de la réorganisation du ministère, le service qui préparait chaque année notre rapport de transparence a été dissous et ses archives informatiques n'ont pas été récupérées. Personne dans la nouvelle direction ne sait comment le rapport était rempli ni qui fournissait les chiffres.

Pourriez-vous nous envoyer nos rapports des trois dernières années, ainsi que les formulaires vierges en français ? Cela nous permettrait de reconstituer le dossier avant l'échéance d'avril.

Merci d'avance,
Colette Ndiaye-Barros
Direction des Nations Unies et des organisations internationales
Ministère des Affaires étrangères – République de Kivanga
"""},
},
{
    "key": "rep07-maurenne-reply",
    "style": ["follow_up_with_ref"],
    "label": {"topic": "reporting", "secondary": [], "language": "fr", "hard": True,
              "note": "HARD(reply_to_ack): reply to acknowledgement CCM-2026-0405 sending the corrected transparency report (attachment with RFC 2231 name); asks who must sign the cover page and in which format"},
    "from": ("Étienne Marchetti", "e.marchetti@diplomatie.maurenne.example"),
    "subject": "RE: [CCM-2026-0405] Accusé de réception : Rapport de transparence 2025",
    "date": "27 Apr 2026 11:58:46 +0200",
    "client": "outlook",
    "reply_to_ack": "CCM-2026-0405",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Bonjour,

Suite à vos remarques, vous trouverez ci-joint la version corrigée de notre rapport ; nous avons complété les tableaux manquants.

Une dernière question : la page de couverture doit-elle être signée par le ministre, ou la signature du directeur suffit-elle ? Et faut-il la renvoyer sous forme de PDF scanné ?

Cordialement,

Étienne Marchetti
Chargé de mission, Direction des affaires stratégiques
Ministère des Affaires étrangères – Principauté de Maurenne

De : CCM Implementation Support Unit <no-reply@ccm-isu.example>
Envoyé : mercredi 22 avril 2026 14:37
À : Étienne Marchetti <e.marchetti@diplomatie.maurenne.example>
Objet : [CCM-2026-0405] Accusé de réception : Rapport de transparence 2025

Madame, Monsieur,

Nous accusons réception de votre message, enregistré sous la référence CCM-2026-0405 et transmis au coordinateur compétent, qui prendra contact avec vous dans les meilleurs délais.

Merci de conserver cette référence dans l'objet de toute correspondance ultérieure.

Unité d'appui à l'application – Convention sur les armes à sous-munitions
"""},
    "attachments": [{"name": "Rapport_transparence_2025_Maurenne_version_corrigée.docx", "kind": "docx"}],
},
{
    "key": "rep08-tierracalida-money",
    "style": ["paraphrase", "no_article"],
    "label": {"topic": "reporting", "secondary": [], "language": "es", "hard": False,
              "note": "no technical term: 'the document our country delivers every year to the United Nations'; asks where and in what detail to report national resources spent"},
    "from": ("Camilo Restrepo Vidal", "crestrepo@rree.tierracalida.example"),
    "subject": "Consulta sobre el documento anual",
    "date": "17 Mar 2026 15:22:09 -0500",
    "client": "roundcube",
    "body": {"form": "plain", "charset": "windows-1252", "cte": "quoted-printable", "text": """Buenas tardes:

Estoy preparando por primera vez el documento que nuestro país entrega cada año a Naciones Unidas sobre el cumplimiento de la Convención. El Ministerio de Hacienda pide que conste cuánto dinero propio destinó el Estado en 2025 a estos temas (unos 2,4 millones de dólares).

¿En qué parte del documento se incluye esa información? ¿Debe desglosarse por actividad o basta con una cifra total?

Muchas gracias,
Camilo Restrepo Vidal
Dirección de Seguridad Internacional
Cancillería de Tierra Cálida
"""},
},
{
    "key": "rep09-cerroverde-word",
    "style": ["very_short", "article_number_only"],
    "label": {"topic": "reporting", "secondary": [], "language": "es", "hard": False,
              "note": "short: asks for an editable Word version of the Article 7 forms"},
    "from": ("Sofía Maldonado", "smaldonado@misionginebra.cerroverde.example"),
    "subject": "Formularios en Word",
    "date": "23 Apr 2026 07:41:33 +0200",
    "client": "android",
    "body": {"form": "plain", "charset": "utf-8", "cte": "8bit", "text": """Hola, ¿tienen los formularios del informe del artículo 7 en Word? El PDF no nos deja escribir en las tablas y la capital los necesita editables para mañana. Gracias.

Sofía Maldonado
Misión Permanente de Cerro Verde - Ginebra

Enviado desde mi teléfono Huawei
"""},
},
{
    "key": "rep10-belovodye-koi8",
    "style": ["no_article"],
    "label": {"topic": "reporting", "secondary": [], "language": "ru", "hard": True,
              "note": "HARD(legacy_charset): koi8-r 8bit body, koi8-r encoded subject and sender name (Russian): is there an official Russian version of the transparency report forms and may the report be submitted in Russian"},
    "from": ("Ирина Волкова", "i.volkova@mid.belovodye.example"),
    "from_cs": ("koi8-r", "b"),
    "subject": "Формы доклада на русском языке",
    "subject_cs": ("koi8-r", "b"),
    "date": "3 Mar 2026 14:19:50 +0300",
    "client": "thunderbird",
    "lf": True,
    "body": {"form": "plain", "charset": "koi8-r", "cte": "8bit", "text": """Добрый день!

Мы готовим ежегодный доклад о мерах транспарентности за 2025 год. В прошлые годы формы заполнялись на английском языке, но в этом году доклад будут согласовывать несколько ведомств, где английским владеют не все.

Подскажите, пожалуйста: существует ли официальная русская версия форм и можно ли представить доклад на русском языке? Если да, просим прислать ссылку на шаблон.

С уважением,
Ирина Волкова
Департамент по вопросам безопасности и разоружения
МИД Республики Беловодье
"""},
},
{
    "key": "rep11-hohenau-donor",
    "style": ["article_number_only"],
    "label": {"topic": "reporting", "secondary": [], "language": "de", "hard": False,
              "note": "donor State asks whether and in what detail its support to other States must be declared in its Article 7 report"},
    "from": ("Jan-Philipp Reuter", "jp.reuter@aussenamt.hohenau.example"),
    "subject": "Angaben zur internationalen Zusammenarbeit im Bericht",
    "date": "10 Mar 2026 09:07:38 +0100",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Guten Tag,

wir sind selbst nicht betroffen, unterstützen aber seit Jahren Projekte in zwei anderen Vertragsstaaten. Müssen wir diese Beiträge in unserem Bericht nach Artikel 7 angeben, und wenn ja, in welcher Form und mit welchem Detaillierungsgrad (Projekt, Empfängerstaat, Betrag)? Bisher haben wir das entsprechende Formular leer gelassen.

Besten Dank und freundliche Grüße

Jan-Philipp Reuter
Referat Konventionelle Rüstungskontrolle
Auswärtiges Amt des Freistaats Hohenau
"""},
},
]

# ===========================================================================
# legislation (11)
# ===========================================================================

MESSAGES += [
{
    "key": "leg01-baytzahra-law",
    "style": ["non_native", "paraphrase", "no_article"],
    "label": {"topic": "legislation", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (Arabic speaker), no technical term: parliament wants 'a text of law' so courts can apply the Convention and punish violators; asks for examples from civil-law States and whether a short law suffices or the penal code must change"},
    "from": ("Tariq Al-Mansouri", "t.almansouri@moj.baytzahra.example"),
    "subject": "Request for example text of law",
    "date": "27 Jan 2026 11:44:06 +0300",
    "client": "webmail",
    "body": {"form": "alt", "text": """Dear Sirs,

Our Parliament asked the Ministry of Justice to prepare a text of law so that the Convention will be applied by our courts and the persons who violate it can be punished. Our legal system is civil law system, similar to the French one.

We kindly request if you can send us examples of such laws from other countries with similar system, in Arabic or French if possible, and if there is a model which we can follow. Also we want to know if a small special law is enough or we must change the penal code.

Best regards,
Tariq Al-Mansouri
Legal Counsellor, Ministry of Justice
State of Bayt Zahra
"""},
},
{
    "key": "leg02-norrbacka-short",
    "style": ["very_short", "article_number_only"],
    "label": {"topic": "legislation", "secondary": [], "language": "en", "hard": False,
              "note": "very short, names only 'Art. 9': asks for a checklist to judge whether an existing general weapons act is sufficient"},
    "from": ("Priya Vandersloot", "p.vandersloot@ag.norrbacka.example"),
    "subject": "Art. 9",
    "date": "6 Feb 2026 08:30:21 +0100",
    "client": "apple",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Is there an Art. 9 checklist? Our general weapons act predates the Convention and I need to tell the Minister whether it is enough on its own.

Priya Vandersloot
Attorney-General's Chambers
"""},
},
{
    "key": "leg03-kestrava-bill",
    "style": ["long_formal", "ask_in_last_paragraph"],
    "label": {"topic": "legislation", "secondary": [], "language": "en", "hard": False,
              "note": "long formal letter from a Legal Adviser; ask in the last paragraph: review of the draft penal part of a prohibition bill (financing, penalties, extraterritorial reach)"},
    "from": ("Catalina Wexford", "c.wexford@legal.mfa.kestrava.example"),
    "subject": "Cluster Munitions (Prohibition) Bill - request for comments on Part 3",
    "date": "15 Jul 2026 16:11:42 +0300",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Director,

I write in my capacity as Legal Adviser to the Ministry of Foreign Affairs of the Republic of Kestrava.

As you may know, Kestrava ratified the Convention in 2019 and has since relied on administrative measures within the Ministry of Defence to give effect to its prohibitions. Following a recommendation of the parliamentary committee on foreign affairs, the Government decided last year to introduce dedicated primary legislation, and an inter-agency working group comprising the Ministries of Foreign Affairs, Defence, Justice and Finance, as well as the Customs Service, has since prepared a draft Cluster Munitions (Prohibition) Bill.

Parts 1 and 2 of the Bill, dealing with definitions and with the administrative regime, have been cleared by the working group. Part 3, which creates the criminal offences, has proved more difficult. In particular, the working group has not reached agreement on (a) whether the offence of "assisting, encouraging or inducing" should be drafted in terms that would capture indirect financing through investment funds, (b) the appropriate maximum penalties, in light of those provided in our legislation on chemical and biological weapons, and (c) the extent to which the offences should apply to acts committed abroad by Kestravan nationals and by persons ordinarily resident in Kestrava.

The Bill is expected to go to Cabinet in October, and the Minister has asked that the text be checked against the practice of other States Parties before then.

I should therefore be most grateful if the Implementation Support Unit, or an expert it may identify, could review Part 3 of the draft Bill, which I attach, and provide comments on the three questions above, together with any examples of comparable provisions in the legislation of other States Parties.

Yours sincerely,

Catalina Wexford
Legal Adviser
Ministry of Foreign Affairs, Republic of Kestrava

CONFIDENTIALITY NOTICE: The information contained in this e-mail is confidential and intended only for the named recipient. Draft legislation attached is not for circulation.
"""},
    "attachments": [{"name": "Kestrava_CM_Prohibition_Bill_Part3_draft_2026-07.docx", "kind": "docx"}],
},
{
    "key": "leg04-tamarind-fwd-attached",
    "style": ["forward_as_attachment", "very_short"],
    "label": {"topic": "legislation", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(forwarded_as_attachment): outer note is 'FYI - grateful if you could advise'; the attached message from the parliamentary committee clerk asks whether the bill must prohibit investment in producers and how other States worded it"},
    "from": ("Declan Moyo", "d.moyo@mfa.tamarind.example"),
    "subject": "Fw: Query from the Foreign Affairs Committee",
    "date": "8 Sep 2026 13:27:15 +0000",
    "client": "outlook",
    "body": {"form": "alt", "charset": "us-ascii", "cte": "7bit", "text": """Hi all,

FYI - see attached, grateful if you could advise.

Regards,
Declan

Declan Moyo
Treaties and Legal Division
Ministry of Foreign Affairs - Tamarind Coast

DISCLAIMER: This message is intended only for the use of the addressee and may contain information that is privileged and confidential.
"""},
    "forward": {
        "key": "leg04-inner",
        "from": ("Miriam Oduya", "fac.clerk@parliament.tamarind.example"),
        "to": "Declan Moyo <d.moyo@mfa.tamarind.example>",
        "subject": "Query from the Foreign Affairs Committee - investments",
        "date": "7 Sep 2026 18:02:44 +0000",
        "client": "outlook",
        "filename": "Query from the Foreign Affairs Committee - investments.eml",
        "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Dear Mr Moyo,

During yesterday's second-reading debate on the Cluster Munitions Bill, several members asked whether the Bill should expressly prohibit public and private investment in companies that produce cluster munitions or their key components. The Bill as drafted is silent on the point.

The Committee would be grateful for advice, before its session on 18 September, on whether the Convention requires such a prohibition, how other States Parties have dealt with it in their legislation, and what wording they have used.

Yours sincerely,
Miriam Oduya
Clerk to the Foreign Affairs Committee
National Assembly of Tamarind Coast
"""},
    },
},
{
    "key": "leg05-norrbacka-museums",
    "style": ["misleading_subject"],
    "label": {"topic": "legislation", "secondary": ["stockpile_destruction"], "language": "en", "hard": True,
              "note": "HARD(misleading_subject): subject 'Stockpile destruction - follow-up' but destruction is finished; the ask is how to amend the implementing law to make private possession an offence and whether a museum exemption is compatible"},
    "from": ("Henrik Dahlvik", "h.dahlvik@mod.norrbacka.example"),
    "subject": "Stockpile destruction - follow-up",
    "date": "21 May 2026 10:36:58 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear colleagues,

Thank you again for your help last year. The destruction of our stocks was completed in March and the declaration will follow through the usual channels, so nothing further is needed on that front.

The question I have now is a legal one. In the course of the programme we discovered that two private military museums and at least one collector hold inert and possibly live submunitions. Our Ministry of Justice has been asked whether the national implementing law needs an amendment to make possession by private persons an offence, and whether an exemption for museums holding inert items would be compatible with the Convention. Could you share how other States have worded such provisions in their legislation?

With best regards,
Henrik Dahlvik
Senior Adviser
Ministry of Defence of Norrbacka
"""},
},
{
    "key": "leg06-tanaro-extraterritorial",
    "style": ["problem_phrased", "no_article"],
    "label": {"topic": "legislation", "secondary": [], "language": "fr", "hard": False,
              "note": "problem phrased: the implementing law only covers acts on national territory, a case against a national broker abroad was dropped; asks how other States drafted extraterritorial jurisdiction clauses"},
    "from": ("Sandrine Okemba", "s.okemba@justice.tanaro.example"),
    "subject": "Poursuites pour des faits commis à l'étranger",
    "date": "24 Jun 2026 17:05:30 +0000",
    "client": "thunderbird",
    "lf": True,
    "body": {"form": "plain", "charset": "utf-8", "cte": "8bit", "text": """Madame, Monsieur,

Notre loi de mise en œuvre de 2015 punit l'emploi, la fabrication et le transfert d'armes à sous-munitions, mais seulement lorsque les faits sont commis sur notre territoire. Le parquet vient de classer, faute de compétence, une affaire concernant l'un de nos ressortissants qui avait servi d'intermédiaire dans une vente de ces armes conclue dans un pays tiers.

Le ministère de la Justice prépare un amendement. Comment d'autres États ont-ils rédigé la clause de compétence extraterritoriale dans leur législation, et existe-t-il une disposition type que nous pourrions adapter ?

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Sandrine Okemba
Magistrate détachée, Direction des affaires criminelles
Ministère de la Justice – République de Tanaro
"""},
},
{
    "key": "leg07-maurenne-subject",
    "style": ["very_short"],
    "label": {"topic": "legislation", "secondary": [], "language": "fr", "hard": True,
              "note": "HARD(encoded_subject): windows-1252 Q-encoded subject split over several encoded-words carries the whole ask (legal opinion on a draft implementing decree); the body says only 'everything is in the subject'"},
    "from": ("Yves Castagnet", "y.castagnet@sgg.maurenne.example"),
    "subject": "Projet de décret d’application de la loi sur les armes à sous-munitions – demande d’avis juridique",
    "subject_cs": ("windows-1252", "q"),
    "date": "13 Oct 2026 18:22:04 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "windows-1252", "cte": "quoted-printable", "text": """Bonjour,

Tout est dans l'objet. Le texte vous parviendra mardi.

Merci,
Y. Castagnet
Secrétariat général du Gouvernement
"""},
},
{
    "key": "leg08-sanmarcial-ratification",
    "style": ["no_article"],
    "label": {"topic": "legislation", "secondary": [], "language": "es", "hard": False,
              "note": "signatory State wants to ratify: asks for ratification support materials and a model instrument for the congressional committee"},
    "from": ("Rosario Quintanilla", "rquintanilla@rree.sanmarcial.example"),
    "subject": "Documentación para la ratificación",
    "date": "2 Feb 2026 12:15:49 -0600",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Estimados:

Nuestro país firmó la Convención hace varios años pero nunca la ratificó. El nuevo Gobierno quiere completar el proceso este año y la Comisión de Relaciones Exteriores del Congreso nos ha pedido un expediente completo: texto oficial en español, modelo de instrumento de ratificación y una explicación de las obligaciones que asumiríamos.

¿Podrían enviarnos los materiales de apoyo que tengan para la ratificación y, si es posible, un modelo del instrumento que se deposita ante el Secretario General?

Atentamente,

Rosario Quintanilla
Embajadora, Directora de Asuntos Multilaterales
Ministerio de Relaciones Exteriores de San Marcial
"""},
},
{
    "key": "leg09-monteclaro-sanctions",
    "style": ["problem_phrased", "no_article"],
    "label": {"topic": "legislation", "secondary": [], "language": "es", "hard": False,
              "note": "draft implementing law has only administrative fines; asks what the Convention requires on sanctions and whether offences can sit in the special law without amending the penal code"},
    "from": ("Lorena Villacís", "lvillacis@asamblea.monteclaro.example"),
    "subject": "¿Sanción penal o administrativa?",
    "date": "16 Jun 2026 19:40:27 -0500",
    "client": "webmail",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Buenas tardes,

Soy asesora de la Comisión de Defensa de la Asamblea Nacional de Monteclaro. El anteproyecto de ley de aplicación de la Convención que nos envió el Ejecutivo solo prevé multas administrativas para quien fabrique o comercie estas armas. Varios asambleístas consideran que eso no basta y proponen penas de prisión, pero el Ministerio de Justicia advierte que reformar el Código Penal tomaría dos años.

¿Qué exige exactamente la Convención en materia de sanciones? ¿Hay países que hayan incluido los delitos en la propia ley especial, sin reformar el Código Penal?

Saludos,
Lorena Villacís
Asesora jurídica, Comisión de Defensa
Asamblea Nacional de Monteclaro
"""},
},
{
    "key": "leg10-cerroverde-transit",
    "style": ["follow_up_no_ref", "problem_phrased", "no_article"],
    "label": {"topic": "legislation", "secondary": [], "language": "es", "hard": False,
              "note": "follow-up without case reference to an unanswered February query: customs could not hold suspected cluster munitions in transit because the law is silent; asks how other States regulate transit in national legislation"},
    "from": ("Ernesto Baigorria", "ebaigorria@aduanas.cerroverde.example"),
    "subject": "Seguimiento - tránsito de armamento por nuestros puertos",
    "date": "4 May 2026 10:52:33 -0500",
    "client": "thunderbird",
    "body": {"form": "plain", "charset": "windows-1252", "cte": "quoted-printable", "text": """Estimados:

Les escribo de nuevo sobre la consulta que les hice en febrero, de la que no recibí respuesta (quizás se perdió).

Resumo: en marzo un buque con destino a un tercer país hizo escala en Puerto Cedros con contenedores declarados como "munición de artillería". La Aduana sospechó que podía tratarse de municiones en racimo, pero nuestra ley de aplicación no menciona el tránsito y no supimos si teníamos base legal para retenerlos.

Necesitamos saber cómo han regulado otros Estados el tránsito en su legislación nacional, para proponer una reforma. Cualquier ejemplo de texto nos sería útil.

Atentamente,
Ernesto Baigorria
Asesoría Jurídica - Dirección Nacional de Aduanas de Cerro Verde
"""},
},
{
    "key": "leg11-valeverde-b64",
    "style": ["no_article"],
    "label": {"topic": "legislation", "secondary": [], "language": "pt", "hard": True,
              "note": "HARD(base64_body): base64-encoded utf-8 body (Portuguese): Ministry of Justice asks for a model law or legislative guide in Portuguese, laws of other Portuguese-speaking States and a call with an expert on penal provisions"},
    "from": ("Filomena Baptista", "filomena.baptista@mj.valeverde.example"),
    "subject": "Lei-modelo em língua portuguesa",
    "date": "9 Nov 2026 11:16:08 -0100",
    "client": "zimbra",
    "body": {"form": "plain", "charset": "utf-8", "cte": "base64", "text": """Exmos. Senhores,

O Ministério da Justiça da República de Vale Verde está a preparar a proposta de lei de implementação da Convenção sobre Munições de Dispersão, que deverá ser apresentada à Assembleia Nacional no próximo ano.

Gostaríamos de saber se existe uma lei-modelo ou um guia legislativo em português e, caso contrário, se nos podem indicar legislação de outros Estados lusófonos que possamos usar como referência. Teríamos também interesse numa reunião virtual com um especialista para esclarecer dúvidas sobre as disposições penais.

Com os melhores cumprimentos,
Filomena Baptista
Assessora Jurídica, Ministério da Justiça
República de Vale Verde
"""},
},
]

# ===========================================================================
# general (12)
# ===========================================================================

MESSAGES += [
{
    "key": "gen01-zelvania-short",
    "style": ["very_short", "no_article"],
    "label": {"topic": "general", "secondary": [], "language": "en", "hard": False,
              "note": "very short: name and title of the current coordinator on cooperation and assistance for a Minister's letter"},
    "from": ("Ahmed Rashidov", "a.rashidov@mfa.zelvania.example"),
    "subject": "coordinator",
    "date": "13 Jan 2026 16:58:31 +0100",
    "client": "iphone",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Who is currently the coordinator on cooperation and assistance? I need the name and title for a letter from our Minister.

Thx, A.R.

Sent from my iPhone
"""},
},
{
    "key": "gen02-ostervik-donor",
    "style": ["no_article"],
    "label": {"topic": "general", "secondary": ["clearance", "victim_assistance", "stockpile_destruction"], "language": "en", "hard": False,
              "note": "donor with unallocated funds and no preferred topic asks where a contribution would help most (overview of pending requests)"},
    "from": ("Maren Solheim-Ortiz", "m.solheim-ortiz@mfa.ostervik.example"),
    "subject": "Unallocated funds for 2026 - where would they help most?",
    "date": "28 Sep 2026 14:20:45 +0200",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear colleagues,

Our development cooperation budget line for the Convention still has roughly EUR 450,000 that has not been committed for 2026, and it has to be contracted by mid-November. We have no preference between clearance, victim assistance or stockpile destruction; we would rather put it where the gap is largest.

Could the ISU give us an overview of pending requests from affected States Parties and suggest two or three where a contribution of this size would make a real difference? A short call would also be fine.

Best regards,
Maren Solheim-Ortiz
Senior Adviser, Humanitarian Disarmament
Ministry of Foreign Affairs of Ostervik
"""},
},
{
    "key": "gen03-lanakor-coalition",
    "style": ["long_formal", "ask_in_last_paragraph", "no_article"],
    "label": {"topic": "general", "secondary": ["clearance", "victim_assistance"], "language": "en", "hard": True,
              "note": "HARD(ambiguous_general): long ministerial letter presenting clearance of farmland and care of survivors as equally urgent; asks how to mobilise assistance for the whole programme and whether a Country Coalition could support both"},
    "from": ("Desmond Ajayi-Carr", "minister.state@mfa.lanakor.example"),
    "cc": "Permanent Mission of Lanakor <mission@geneva.lanakor.example>",
    "subject": "Lanakor - request for partnership in implementing the Convention",
    "date": "12 Oct 2026 09:45:00 +0530",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear Director,

I have the honour to address you on behalf of the Government of the Republic of Lanakor.

Twelve years after the end of the conflict in our northern region, Lanakor remains one of the States Parties most affected by cluster munitions. Our national mine action authority estimates that 64 square kilometres of land remain contaminated, much of it farmland on which the recovery of the region depends. At the same time, the national survivor register lists more than 300 survivors, many of whom have received no rehabilitation since their initial treatment and whose social and economic situation is precarious.

The Government has made real efforts with its own resources. The national budget for mine action has doubled since 2022, and a national disability strategy was adopted last year. Our capacity nevertheless remains insufficient for the scale of the task, and the support we receive from international partners has declined sharply since 2023.

The Government considers the release of the remaining land and the care and inclusion of survivors to be equally urgent priorities, and does not wish to pursue one at the expense of the other.

In this spirit, I would be grateful if the Implementation Support Unit could advise Lanakor on how best to mobilise international cooperation and assistance for its national programme as a whole, and on whether a Country Coalition with one or more partner States could be established to support Lanakor in both areas.

Please accept, Dear Director, the assurances of my highest consideration.

Desmond Ajayi-Carr
Minister of State for Foreign Affairs
Republic of Lanakor
"""},
},
{
    "key": "gen04-zelvania-scan",
    "style": ["very_short", "attachment_hint"],
    "label": {"topic": "general", "secondary": [], "language": "en", "hard": True,
              "note": "HARD(attachment_only_hint): bare cover note 'As discussed' with an opaquely named scan; the topic cannot be determined, so ISU triage"},
    "from": ("Registry - Permanent Mission of Zelvania", "registry@mission.zelvania.example"),
    "subject": "As discussed",
    "date": "11 Mar 2026 09:32:48 +0100",
    "client": "outlook",
    "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit", "text": """Dear colleagues,

As discussed, please see attached.

Kind regards
Registry
Permanent Mission of Zelvania to the United Nations Office at Geneva
"""},
    "attachments": [{"name": "SCAN_20260311_093204.pdf", "kind": "pdf"}],
},
{
    "key": "gen05-belovodye-sponsorship",
    "style": ["non_native", "no_article"],
    "label": {"topic": "general", "secondary": [], "language": "en", "hard": False,
              "note": "non-native English (Russian speaker): travel budget cut; asks whether a Convention programme can pay a delegate's ticket and hotel for the Meeting of States Parties, and what documents and deadline apply (sponsorship)"},
    "from": ("Vadim Gorelik", "v.gorelik@mid.belovodye.example"),
    "subject": "participation of our delegate in the Meeting in September",
    "date": "22 Jun 2026 11:08:17 +0300",
    "client": "webmail",
    "lf": True,
    "body": {"form": "alt", "text": """Dear colleagues,

Our Ministry wish to send one delegate from the capital to the Meeting of States Parties in September, because this year we want to present our national situation. But our budget for travels was cut and we can not pay the ticket and the hotel in Geneva.

Is there some program of the Convention which can pay for the travel of delegate from small country? If yes, which documents we must send and until what date?

With best regards,
Vadim Gorelik
Third Secretary, Department of International Organisations
Ministry of Foreign Affairs of the Republic of Belovodye
"""},
},
{
    "key": "gen06-sorellia-meeting",
    "style": ["no_article"],
    "label": {"topic": "general", "secondary": [], "language": "en", "hard": False,
              "note": "courtesy meeting request with the ISU Director during the intersessional week about the new State Party's first steps in general"},
    "from": ("Leila Farahani", "l.farahani@mission.sorellia.example"),
    "subject": "Meeting request - intersessional week",
    "date": "26 May 2026 15:51:36 +0200",
    "client": "zimbra",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Dear ISU,

Our Ambassador would like to meet the ISU Director during the intersessional meetings in June to discuss Sorellia's first steps as a new State Party and the support the ISU can offer across the board. Would 30 minutes on the Tuesday or Wednesday afternoon be possible?

Best regards,
Leila Farahani
Second Secretary
Permanent Mission of the Republic of Sorellia, Geneva
"""},
},
{
    "key": "gen07-lagunes-workshop",
    "style": ["no_article"],
    "label": {"topic": "general", "secondary": [], "language": "fr", "hard": False,
              "note": "proposal to host a regional workshop on cooperation and assistance; asks the ISU to co-organise and help find funding for delegations"},
    "from": ("Jean-Baptiste Kaboré-Leroy", "jb.kabore@mae.cotedeslagunes.example"),
    "subject": "Atelier régional sur la coopération et l'assistance – 2027",
    "date": "8 Oct 2026 10:29:03 +0000",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Madame la Directrice,

La Côte-des-Lagunes souhaite accueillir, au premier semestre 2027, un atelier régional réunissant les États parties et signataires de la sous-région afin d'échanger sur les besoins et les offres de coopération et d'assistance au titre de la Convention.

Nous aimerions savoir si l'Unité d'appui pourrait co-organiser cet atelier, y présenter les outils existants et nous aider à identifier des bailleurs pour la prise en charge des délégations.

Veuillez agréer, Madame la Directrice, l'expression de notre haute considération.

Jean-Baptiste Kaboré-Leroy
Sous-directeur du désarmement
Ministère des Affaires étrangères – Côte-des-Lagunes
"""},
},
{
    "key": "gen08-mabanda-where",
    "style": ["very_short", "paraphrase", "problem_phrased", "no_article"],
    "label": {"topic": "general", "secondary": ["stockpile_destruction", "clearance", "victim_assistance"], "language": "fr", "hard": True,
              "note": "HARD(ambiguous_general): short, paraphrased: old bombs in a depot, fields no longer farmed, injured people waiting for prostheses, 'everything is urgent'; asks where to start: no main topic, ISU triage"},
    "from": ("Patrice Obiang", "p.obiang@defense.mabanda.example"),
    "subject": "Par où commencer ?",
    "date": "30 Mar 2026 20:14:22 +0000",
    "client": "android",
    "body": {"form": "plain", "charset": "utf-8", "cte": "8bit", "text": """Bonjour,

On nous a confié le dossier « Convention » sans moyens. Il y a des vieilles bombes au dépôt, des parcelles qu'on ne cultive plus à cause des engins, des blessés qui attendent des prothèses depuis des années. Tout est urgent et nous ne savons pas par quoi commencer ni à qui demander de l'aide.

Pouvez-vous nous conseiller ?

P. Obiang

Envoyé depuis mon mobile Orange
"""},
},
{
    "key": "gen09-ilesorane-followup",
    "style": ["follow_up_no_ref", "no_article"],
    "label": {"topic": "general", "secondary": [], "language": "fr", "hard": False,
              "note": "follow-up without case reference to an unanswered message: can the sponsorship programme cover two delegates from the capital for the intersessional meeting, and what is the deadline"},
    "from": ("Odile Ranaivo", "o.ranaivo@mae.ilesorane.example"),
    "subject": "Relance – participation de notre délégation en juin",
    "date": "14 Apr 2026 08:57:11 +0300",
    "client": "thunderbird",
    "lf": True,
    "body": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable", "text": """Madame, Monsieur,

Je me permets de revenir vers vous au sujet de mon courriel du 3 mars, resté sans réponse, concernant la participation d'une délégation des Îles Orane à la réunion intersessionnelle de juin.

Nous souhaitions savoir si le programme de parrainage pouvait prendre en charge deux délégués venant de la capitale, et quelle est la date limite pour déposer la demande. Nos collègues doivent réserver leurs billets rapidement.

Avec mes remerciements anticipés,

Odile Ranaivo
Direction des affaires multilatérales
Ministère des Affaires étrangères – Îles Orane
"""},
},
{
    "key": "gen10-riosereno-offer",
    "style": ["no_article"],
    "label": {"topic": "general", "secondary": ["stockpile_destruction", "clearance", "victim_assistance"], "language": "es", "hard": False,
              "note": "State offers experts in several areas to other States Parties; asks how to register a cooperation offer and how requests and offers are matched"},
    "from": ("Ernesto Valdivieso", "evaldivieso@cnd.riosereno.example"),
    "subject": "Oferta de cooperación de Río Sereno",
    "date": "19 Nov 2026 13:34:50 -0300",
    "client": "outlook",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Estimados señores:

Tras concluir en 2025 la destrucción de nuestras existencias, y con el desminado del sur muy avanzado, Río Sereno dispone de personal con experiencia que podría apoyar a otros Estados Partes: técnicos en desmilitarización, supervisores de despeje y especialistas en rehabilitación del hospital militar.

Quisiéramos saber cómo ofrecer formalmente esta cooperación, si la Unidad mantiene algún registro de ofertas y cómo se ponen en contacto los Estados que necesitan apoyo con los que lo ofrecen.

Atentamente,

Gral. (r) Ernesto Valdivieso
Director, Centro Nacional de Desminado de Río Sereno
"""},
},
{
    "key": "gen11-nuevatolosa-html",
    "style": ["no_article"],
    "label": {"topic": "general", "secondary": [], "language": "es", "hard": True,
              "note": "HARD(html_only): HTML-only invitation to the launch of a national plan; asks the ISU Director for a short video message"},
    "from": ("Dirección de Comunicaciones – Cancillería de Nueva Tolosa", "comunicaciones@rree.nuevatolosa.example"),
    "subject": "Invitación: lanzamiento del Plan Nacional 2026-2030",
    "date": "15 Sep 2026 17:03:12 -0400",
    "client": "bot",
    "headers": [("X-Mailer", "Zoho Mail")],
    "body": {"form": "html", "charset": "utf-8", "cte": "quoted-printable", "html": """<!DOCTYPE html>
<html><head><meta content="text/html;charset=UTF-8" http-equiv="Content-Type"></head>
<body><div style="font-family: Verdana, Arial, Helvetica, sans-serif; font-size: 10pt;">
<div>Estimada Unidad de Apoyo a la Aplicación:</div><div><br></div>
<div>La Cancillería de Nueva Tolosa tiene el agrado de invitarles al acto de lanzamiento de nuestro <b>Plan Nacional de Acción 2026-2030</b> sobre la Convención, que tendrá lugar el 14 de octubre en el Palacio de San Telmo.</div><div><br></div>
<div>Sabemos que es difícil viajar en esas fechas. ¿Sería posible que la Directora de la Unidad grabara un breve mensaje en video (2 a 3 minutos) para proyectarlo durante el acto? Necesitaríamos recibir el archivo antes del 5 de octubre.</div><div><br></div>
<div>Quedamos atentos a su respuesta.</div><div><br></div>
<div>Cordialmente,</div>
<div><span style="color: #1f4e79;"><b>Dirección de Comunicaciones</b><br>Ministerio de Relaciones Exteriores de Nueva Tolosa<br>Tel. +999 21 400 7710</span></div>
</div></body></html>
"""},
},
{
    "key": "gen12-riosereno-docs",
    "style": ["very_short", "no_article"],
    "label": {"topic": "general", "secondary": [], "language": "es", "hard": False,
              "note": "short: where to find the Spanish versions of the final documents of the last Meeting of States Parties"},
    "from": ("Tomás Echeverry", "techeverry@mision.riosereno.example"),
    "subject": "Documentos de la última reunión",
    "date": "3 Dec 2026 09:12:40 +0100",
    "client": "iphone",
    "body": {"form": "plain", "charset": "utf-8", "cte": "quoted-printable", "text": """Buenos días, ¿dónde encuentro en español los documentos finales de la última Reunión de los Estados Partes? En la web solo veo la versión en inglés.

Gracias,
Tomás Echeverry
Misión de Río Sereno en Ginebra

Enviado desde mi iPhone
"""},
},
]

# ===========================================================================
# not_an_enquiry (10)
# ===========================================================================

MESSAGES += [
{
    "key": "nae01-ilvane-ooo",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": ["clearance"], "language": "en", "hard": False,
              "note": "Exchange out-of-office reply to an acknowledgement (Auto-Submitted, X-Auto-Response-Suppress); subject mentions risk education"},
    "from": ("Fatima Oyelowo", "f.oyelowo@mfa.ilvane.example"),
    "subject": "Automatic reply: [CCM-2026-0438] Received: Risk education for returnees",
    "date": "6 Aug 2026 10:02:13 +0100",
    "client": "outlook",
    "in_reply_to": "<ccm-2026-0438.ack@ccm-isu.example>",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
                ("X-MS-Exchange-Inbox-Rules-Loop", "f.oyelowo@mfa.ilvane.example")],
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Thank you for your email. I am out of the office until 24 August with limited access to email.

For urgent matters please contact the Disarmament Desk at disarmament@mfa.ilvane.example or +999 30 100 2200.

Fatima Oyelowo
"""},
},
{
    "key": "nae02-zelvania-dsn",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": ["reporting"], "language": "en", "hard": False,
              "note": "Postfix delivery status notification (multipart/report, 5.1.1 user unknown) returning an acknowledgement about a report correction"},
    "from": ("Mail Delivery System", "MAILER-DAEMON@mail.mfa.zelvania.example"),
    "to": "intake@ccm-isu.example",
    "subject": "Undelivered Mail Returned to Sender",
    "date": "2 Jun 2026 09:23:41 +0200",
    "client": "bot",
    "pre_headers": [("Return-Path", "<>")],
    "headers": [("Auto-Submitted", "auto-replied")],
    "special": {
        "type": "dsn",
        "boundary": "4D1B7A20C6.1780385021/mail.mfa.zelvania.example",
        "preamble": "This is a MIME-encapsulated message.",
        "human": """This is the mail system at host mail.mfa.zelvania.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<armscontrol.division@mfa.zelvania.example>: host
    mailstore2.mfa.zelvania.example[198.51.100.31] said: 550 5.1.1
    <armscontrol.division@mfa.zelvania.example>: Recipient address rejected:
    User unknown in local recipient table (in reply to RCPT TO command)
""",
        "per_message": [("Reporting-MTA", "dns; mail.mfa.zelvania.example"),
                        ("X-Postfix-Queue-ID", "4D1B7A20C6"),
                        ("X-Postfix-Sender", "rfc822; intake@ccm-isu.example"),
                        ("Arrival-Date", "Tue,  2 Jun 2026 09:23:39 +0200 (CEST)")],
        "per_recipient": [[("Final-Recipient", "rfc822; armscontrol.division@mfa.zelvania.example"),
                           ("Original-Recipient", "rfc822;armscontrol.division@mfa.zelvania.example"),
                           ("Action", "failed"),
                           ("Status", "5.1.1"),
                           ("Remote-MTA", "dns; mailstore2.mfa.zelvania.example"),
                           ("Diagnostic-Code", "smtp; 550 5.1.1 <armscontrol.division@mfa.zelvania.example>: Recipient address rejected: User unknown in local recipient table")]],
        "returned": {
            "key": "nae02-returned",
            "from": ("CCM Implementation Support Unit", "no-reply@ccm-isu.example"),
            "to": "armscontrol.division@mfa.zelvania.example",
            "reply_to": "intake@ccm-isu.example",
            "subject": "[CCM-2026-0445] Received: Wrong figures in our report",
            "date": "2 Jun 2026 09:23:38 +0200",
            "client": "bot",
            "message_id": "<ccm-2026-0445.ack@ccm-isu.example>",
            "headers": [("Auto-Submitted", "auto-replied"), ("X-Intake-Case", "CCM-2026-0445")],
            "body": {"form": "plain", "charset": "us-ascii", "cte": "7bit",
                     "text": ACK_EN.format(ref="CCM-2026-0445") + "\n"},
        },
    },
},
{
    "key": "nae03-kelmora-mdn",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": ["reporting"], "language": "en", "hard": False,
              "note": "read receipt (multipart/report; report-type=disposition-notification) for an acknowledgement about a draft transparency report"},
    "from": ("Rajiv Castellanos-Whitby", "r.castellanos@mfa.kelmora.example"),
    "subject": "Return Receipt (displayed) - [CCM-2026-0450] Received: Draft transparency report (calendar year 2025) – could you check Forms A–J before we submit?",
    "date": "9 Apr 2026 08:02:47 +0200",
    "client": "thunderbird",
    "headers": [("References", "<ccm-2026-0450.ack@ccm-isu.example>")],
    "special": {
        "type": "mdn",
        "human": """This is a Return Receipt for the mail that you sent to r.castellanos@mfa.kelmora.example.

Note: This Return Receipt only acknowledges that the message was displayed on the recipient's computer. There is no guarantee that the recipient has read or understood the message contents.
""",
        "fields": """Reporting-UA: mfa.kelmora.example; Mozilla Thunderbird
Final-Recipient: rfc822;r.castellanos@mfa.kelmora.example
Original-Message-ID: <ccm-2026-0450.ack@ccm-isu.example>
Disposition: manual-action/MDN-sent-manually; displayed
""",
    },
},
{
    "key": "nae04-fieldwork-newsletter",
    "style": ["robot", "looks_personal"],
    "label": {"topic": "not_an_enquiry", "secondary": ["clearance", "victim_assistance"], "language": "en", "hard": True,
              "note": "HARD(lookalike_noise): NGO fundraising bulk mail written to look personal ('Quick question for you'), about cleared fields and prostheses; List-Unsubscribe, Precedence: bulk, campaign headers"},
    "from": ("Hannah Whitcombe", "hannah@news.fieldworkalliance.example"),
    "to": "intake@ccm-isu.example",
    "subject": "Quick question for you",
    "date": "1 Dec 2026 15:00:02 +0000",
    "client": "bot",
    "headers": [
        ("List-Unsubscribe", "<mailto:unsubscribe@news.fieldworkalliance.example?subject=unsub-7731>,\n <https://news.fieldworkalliance.example/unsub/7731>"),
        ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
        ("Precedence", "bulk"),
        ("X-Campaign-ID", "FA-2026-YE-APPEAL-03"),
        ("Feedback-ID", "7731:yearend:fieldworkalliance"),
    ],
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Hi there,

I wanted to write to you personally before our year-end appeal goes out.

This spring our teams in the Ardo valley cleared the last fields around the village of Mekri, and for the first time in eleven years, families planted sorghum there. Over the same months our rehabilitation project fitted 140 survivors with new prostheses.

Would you consider supporting our work this year? Just $60 pays for one day of a survey team in the field, and $250 covers a prosthetic limb.

Donate now: https://news.fieldworkalliance.example/give?c=7731

Thank you for standing with us,
Hannah Whitcombe
Director of Partnerships, Fieldwork Alliance

You are receiving this email because you subscribed to updates from Fieldwork Alliance.
Unsubscribe: https://news.fieldworkalliance.example/unsub/7731 | Manage preferences
Fieldwork Alliance, 8 Canal Street, Riverton
""", "html": """<!DOCTYPE html><html><head><meta charset="utf-8"><title>Quick question for you</title></head>
<body style="margin:0;padding:0;background:#f4f4f4;">
<table role="presentation" width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table role="presentation" width="600" style="background:#ffffff;font-family:Georgia,serif;font-size:16px;line-height:1.5;color:#222;">
<tr><td style="padding:24px;">
<p>Hi there,</p>
<p>I wanted to write to you personally before our year-end appeal goes out.</p>
<p>This spring our teams in the Ardo valley cleared the last fields around the village of Mekri, and for the first time in eleven years, families planted sorghum there. Over the same months our rehabilitation project fitted 140 survivors with new prostheses.</p>
<p>Would you consider supporting our work this year? Just $60 pays for one day of a survey team in the field, and $250 covers a prosthetic limb.</p>
<p><a href="https://news.fieldworkalliance.example/give?c=7731" style="background:#c0392b;color:#fff;padding:10px 18px;text-decoration:none;">Donate now</a></p>
<p>Thank you for standing with us,<br>Hannah Whitcombe<br>Director of Partnerships, Fieldwork Alliance</p>
</td></tr>
<tr><td style="padding:12px 24px;font-size:11px;color:#888;">You are receiving this email because you subscribed to updates from Fieldwork Alliance.<br>
<a href="https://news.fieldworkalliance.example/unsub/7731">Unsubscribe</a> | <a href="https://news.fieldworkalliance.example/prefs/7731">Manage preferences</a><br>Fieldwork Alliance, 8 Canal Street, Riverton</td></tr>
</table><img src="https://news.fieldworkalliance.example/o/7731.gif" width="1" height="1" alt="">
</td></tr></table></body></html>
"""},
},
{
    "key": "nae05-phishing",
    "style": ["robot", "looks_personal"],
    "label": {"topic": "not_an_enquiry", "secondary": ["reporting"], "language": "en", "hard": True,
              "note": "HARD(lookalike_noise,html_only): HTML-only phishing from an ISU look-alike domain, imitating a reply on an intake case about the Article 7 report and asking for a credential sign-in"},
    "from": ("CCM ISU Document Centre", "documents@ccm-isu-docs.example"),
    "to": "intake@ccm-isu.example",
    "reply_to": "ccm.isu.documents@freemail.example",
    "subject": "Re: [CCM-2026-0422] Article 7 report - signature required",
    "date": "28 Apr 2026 03:17:55 +0000",
    "client": "bot",
    "body": {"form": "html", "charset": "utf-8", "cte": "quoted-printable", "html": """<html><body style="font-family:Segoe UI,Arial,sans-serif;font-size:14px;">
<p>Dear Focal Point,</p>
<p>Your <b>Article 7 transparency report for 2025</b> has been returned for electronic signature. To avoid your report being marked as <span style="color:#c00">late</span>, please sign in with your ministry e-mail credentials within <b>24 hours</b>.</p>
<p style="margin:24px 0;"><a href="https://ccm-isu-docs.example/secure/sign?case=CCM-2026-0422&amp;u=intake" style="background:#0b5cab;color:#fff;padding:12px 20px;text-decoration:none;border-radius:3px;">Review and sign document</a></p>
<p>Document: CCM_Art7_Report_2025_signature.pdf (214 KB)</p>
<p style="font-size:11px;color:#777;">Secure Document Services &ndash; Implementation Support Unit. This is an automated message, please do not reply.</p>
</body></html>
"""},
},
{
    "key": "nae06-belvaux-ooo-noheaders",
    "style": ["robot", "looks_personal"],
    "label": {"topic": "not_an_enquiry", "secondary": ["stockpile_destruction"], "language": "fr", "hard": True,
              "note": "HARD(no_auto_headers,lookalike_noise): out-of-office reply to acknowledgement CCM-2026-0401 without Auto-Submitted / X-Auto-Response-Suppress; looks like a thread reply and mentions stockpile destruction"},
    "from": ("Lcl Arnaud Béranger", "a.beranger@defense.belvaux.example"),
    "subject": "RE: [CCM-2026-0401] Accusé de réception : Demande d'expertise - conteneurs largables stockés à Sainte-Aure",
    "date": "4 May 2026 07:15:09 +0200",
    "client": "outlook",
    "reply_to_ack": "CCM-2026-0401",
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """Bonjour,

Je suis absent du bureau jusqu'au lundi 18 mai inclus, sans accès à ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente relative à la destruction des stocks, merci de contacter la permanence de la Direction du matériel au +999 12 40 55 10.

Cordialement,
Lcl A. Béranger
"""},
},
{
    "key": "nae07-lettre-bulletin",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": [], "language": "fr", "hard": False,
              "note": "monthly newsletter of a disarmament observatory (List-Id, List-Unsubscribe, Precedence: list): agenda and publications"},
    "from": ("La Lettre du désarmement humanitaire", "lettre@observatoire-desarmement.example"),
    "to": "intake@ccm-isu.example",
    "subject": "La Lettre n° 87 – agenda de juin et nouvelles publications",
    "date": "1 Jun 2026 06:30:00 +0200",
    "client": "bot",
    "headers": [
        ("List-Id", "La Lettre du desarmement humanitaire <lettre.observatoire-desarmement.example>"),
        ("List-Unsubscribe", "<https://observatoire-desarmement.example/lettre/desinscription?id=5521>"),
        ("Precedence", "list"),
        ("X-Mailer", "Sympa 6.2.72"),
    ],
    "body": {"form": "alt", "charset": "utf-8", "cte": "quoted-printable", "text": """LA LETTRE DU DÉSARMEMENT HUMANITAIRE – n° 87 – juin 2026

AGENDA
- 9 juin : séminaire « Le droit international humanitaire face aux nouvelles technologies », Paris et en ligne
- 16-19 juin : réunions intersessionnelles, Genève
- 25 juin : table ronde des jeunes chercheurs, Bruxelles

PUBLICATIONS
- Rapport annuel 2025 de l'Observatoire (84 pages)
- Note d'analyse : le financement de l'action humanitaire en 2026

OFFRES D'EMPLOI
- Chargé·e de plaidoyer (CDD 12 mois), Lyon

Vous recevez cette lettre car vous êtes inscrit·e à la liste de diffusion de l'Observatoire.
Se désinscrire : https://observatoire-desarmement.example/lettre/desinscription?id=5521
"""},
},
{
    "key": "nae08-tierracalida-plainbounce",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": ["reporting"], "language": "es", "hard": True,
              "note": "HARD(no_dsn_structure): plain-text Spanish bounce from a ministry gateway (no multipart/report) with the original headers inline; the returned acknowledgement concerns the annual report"},
    "from": ("Administrador del sistema de correo", "postmaster@rree.tierracalida.example"),
    "to": "intake@ccm-isu.example",
    "subject": "Mensaje no entregado: [CCM-2026-0441] Recibido: Consulta sobre el documento anual",
    "date": "17 Mar 2026 15:31:40 -0500",
    "client": "bot",
    "lf": True,
    "pre_headers": [("Return-Path", "<>")],
    "body": {"form": "plain", "charset": "utf-8", "cte": "8bit", "text": """Este es un mensaje generado automáticamente por el servidor de correo rree.tierracalida.example.

No fue posible entregar su mensaje a uno o más destinatarios.
Este es un error permanente; no se volverá a intentar la entrega.

<despacho.seguridad@rree.tierracalida.example>:
    el buzón no existe (550 5.1.1 usuario desconocido)

------ Encabezados del mensaje original ------

Return-Path: <intake@ccm-isu.example>
Received: from mx1.ccm-isu.example (mx1.ccm-isu.example [192.0.2.10])
    by correo.rree.tierracalida.example with ESMTP id 8c41b2e0
    for <despacho.seguridad@rree.tierracalida.example>; Tue, 17 Mar 2026 15:31:38 -0500
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
To: despacho.seguridad@rree.tierracalida.example
Subject: [CCM-2026-0441] Recibido: Consulta sobre el documento anual
Date: Tue, 17 Mar 2026 21:31:35 +0100
Message-ID: <ccm-2026-0441.ack@ccm-isu.example>
Auto-Submitted: auto-replied
"""},
},
{
    "key": "nae09-tierracalida-delay-dsn",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": ["clearance"], "language": "es", "hard": False,
              "note": "Exchange delay notification in Spanish (multipart/report, Action: delayed, text/rfc822-headers) for an acknowledgement about detection dogs"},
    "from": ("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@anam.tierracalida.example"),
    "to": "intake@ccm-isu.example",
    "subject": "Retrasado: [CCM-2026-0444] Recibido: Perros detectores para la zona selvática de Yaguarí",
    "date": "20 Feb 2026 01:05:12 -0500",
    "client": "bot",
    "headers": [("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    "special": {
        "type": "dsn",
        "boundary_style": "outlook",
        "human": """La entrega se ha retrasado para estos destinatarios o grupos:

operaciones.campo@anam.tierracalida.example

Asunto: [CCM-2026-0444] Recibido: Perros detectores para la zona selvática de Yaguarí

Este mensaje todavía no se ha entregado. Se seguirá intentando entregarlo.

El servidor intentará entregar el mensaje durante 1 días, 19 horas y 12 minutos más. Se le notificará si no se puede entregar el mensaje en ese momento.
""",
        "human_html": """<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head><body>
<p><b><font color="#000066" size="3" face="Arial">La entrega se ha retrasado para estos destinatarios o grupos:</font></b></p>
<p><a href="mailto:operaciones.campo@anam.tierracalida.example">operaciones.campo@anam.tierracalida.example</a></p>
<p>Asunto: [CCM-2026-0444] Recibido: Perros detectores para la zona selvática de Yaguarí</p>
<p>Este mensaje todavía no se ha entregado. Se seguirá intentando entregarlo.</p>
<p>El servidor intentará entregar el mensaje durante 1 días, 19 horas y 12 minutos más. Se le notificará si no se puede entregar el mensaje en ese momento.</p>
</body></html>
""",
        "per_message": [("Reporting-MTA", "dns;EXCH02.anam.tierracalida.example"),
                        ("Received-From-MTA", "dns;mx1.ccm-isu.example"),
                        ("Arrival-Date", "Thu, 19 Feb 2026 12:49:40 -0500")],
        "per_recipient": [[("Final-Recipient", "rfc822;operaciones.campo@anam.tierracalida.example"),
                           ("Action", "delayed"),
                           ("Status", "4.4.7"),
                           ("Diagnostic-Code", "smtp;400 4.4.7 Message delayed"),
                           ("Will-Retry-Until", "Sat, 21 Feb 2026 20:17:12 -0500"),
                           ("X-Display-Name", "Operaciones de campo")]],
        "returned_headers": """Received: from mx1.ccm-isu.example (192.0.2.10) by EXCH02.anam.tierracalida.example
 with Microsoft SMTP Server id 15.2.1544.4; Thu, 19 Feb 2026 12:49:40 -0500
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
To: <operaciones.campo@anam.tierracalida.example>
Subject: [CCM-2026-0444] Recibido: Perros detectores para la zona
 =?utf-8?q?selv=C3=A1tica_de_Yaguar=C3=AD?=
Date: Thu, 19 Feb 2026 18:49:37 +0100
Message-ID: <ccm-2026-0444.ack@ccm-isu.example>
Auto-Submitted: auto-replied
Content-Type: text/plain; charset="utf-8"
MIME-Version: 1.0
""",
    },
},
{
    "key": "nae10-ru-spam",
    "style": ["robot"],
    "label": {"topic": "not_an_enquiry", "secondary": [], "language": "ru", "hard": True,
              "note": "HARD(legacy_charset): windows-1251 spam (8bit plain part, base64 HTML part, windows-1251 encoded subject and sender) advertising paid training courses for civil servants"},
    "from": ("Учебный центр «Профстандарт»", "info@profstandart-ucheba.example"),
    "from_cs": ("windows-1251", "b"),
    "to": "intake@ccm-isu.example",
    "subject": "Повышение квалификации для госслужащих — скидка 30% до конца месяца",
    "subject_cs": ("windows-1251", "b"),
    "date": "18 Nov 2026 04:41:27 +0300",
    "client": "bot",
    "headers": [("Precedence", "bulk"), ("X-Mailer", "UniSender")],
    "body": {"form": "alt", "charset": "windows-1251", "cte": "8bit", "html_cte": "base64", "text": """Здравствуйте!

Учебный центр «Профстандарт» приглашает сотрудников государственных органов на дистанционные курсы повышения квалификации с выдачей удостоверения установленного образца.

Программы ноября:
• Управление проектами в государственном секторе — 72 часа
• Делопроизводство и электронный документооборот — 36 часов
• Противодействие коррупции — 40 часов

Только до 30 ноября — скидка 30% при оплате за группу от трёх человек!

Записаться: https://profstandart-ucheba.example/kursy
Телефон: +999 800 555 12 12

Чтобы отписаться от рассылки, ответьте на это письмо словом «Отписаться».
"""},
},
]
