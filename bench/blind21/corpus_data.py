# -*- coding: utf-8 -*-
"""Content and gold labels of the blind21 held-out set (data only).

Every State, person, organisation and domain is invented.  Written without
reading the classifier or its rules; see README.md.
Field reference (interpreted by generate.py):
  fmt: plain | alt | html | mixed | fwd822 | dsn | mdn
  cte: 7bit | 8bit | quoted-printable | base64 (text parts)
  mailer: outlook | thunderbird | gmail | iphone | apple | webmail | lotus | robot
"""

ACK = "Thank you for contacting the CCM Implementation Support Unit. Your message has\nbeen registered under reference {ref} and will be passed to the relevant\ncolleagues. Please keep the reference in the subject line of any follow-up."

MESSAGES = [
# ---------------------------------------------------------------- stockpile
dict(key="S1", topic="stockpile_destruction", secondary=[], language="en", hard=False,
 note="asks for a technical adviser to assess destruction options for remaining artillery-delivered stocks",
 frm=("Col. Adrian Morrow", "a.morrow@mod.veltria.example"), tz="+0100", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Technical adviser for destruction of remaining DPICM stocks",
 body="""Dear colleagues,

The Ministry of Defence of Veltria still holds 1,180 155mm artillery projectiles
containing dual-purpose submunitions, stored at the Harlow Ridge depot. Our
engineers have drafted two options (open detonation at the Kessel range, or
disassembly followed by contained burning of the energetic fill) but we lack
in-house experience with this particular type.

Could the ISU help us identify a State Party or operator able to send a
technical adviser for a two-week assessment visit in June? We would cover
local costs; international travel would need outside support.

Best regards,

Col. Adrian Morrow
Head, Ammunition Management Branch
Ministry of Defence, Veltria
Tel. +999 41 220 1187
"""),
dict(key="S2", topic="stockpile_destruction", secondary=[], language="en", hard=False,
 note="seeks donor funding for a costed plan to destroy cluster bomb stocks",
 frm=("Nadia Okonkwo-Reyes", "n.okonkwo@mfa.tamsin.example"), tz="+0000", mailer="gmail", fmt="alt", cte="7bit",
 subject="Funding gap - destruction of air-dropped cluster bombs",
 body="""Dear ISU team,

Following our Article 3 planning workshop in February, the Tamsin Armed Forces
have costed the destruction of our remaining 2,300 air-dropped cluster bombs at
about USD 1.4 million. The national budget covers roughly a third of this.

We would be grateful if you could circulate our costed plan to potential
donors, or advise us on how best to present the gap at the intersessional
meetings. Our deadline under Article 3 is in 2029, so we hope to start
physical destruction next year.

With thanks,
Nadia Okonkwo-Reyes
Counsellor (Disarmament)
Ministry of Foreign Affairs, Republic of Tamsin
"""),
dict(key="S3", topic="stockpile_destruction", secondary=[], language="fr", hard=False,
 note="Article 3.6 retention: how to justify the number of submunitions kept for training",
 frm=("Cdt Étienne Barraud", "e.barraud@defense.loirenne.example"), tz="+0200", mailer="thunderbird", fmt="plain", cte="quoted-printable",
 subject="Conservation de sous-munitions pour la formation (art. 3.6)",
 body="""Madame, Monsieur,

Dans le cadre de notre plan de destruction, l'état-major souhaite conserver
un petit nombre de sous-munitions inertes et actives pour la formation des
démineurs et le développement de contre-mesures, comme le permet
l'article 3, paragraphe 6.

Nous ne savons pas comment fixer et justifier ce nombre. Pourriez-vous nous
indiquer quelles pratiques ont été suivies par d'autres États parties et
quels éléments d'explication sont attendus ? Un échange avec un expert
serait le bienvenu.

Veuillez agréer nos salutations distinguées.

Commandant Étienne Barraud
Direction des munitions
Ministère des Armées, République de Loirenne
"""),
dict(key="S4", topic="stockpile_destruction", secondary=[], language="es", hard=False,
 note="requests cutting equipment for the demilitarization plant destroying submunitions",
 frm=("Ing. Marcos Ibarguren", "mibarguren@fabricas.riotavares.example"), tz="-0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Solicitud de equipos para la planta de desmilitarización",
 body="""Estimados señores:

La planta de desmilitarización de Punta Colorada, encargada de destruir las
existencias de municiones en racimo de la República de Río Tavares, opera
con una sola sierra de corte por chorro de agua que presenta averías
frecuentes. Al ritmo actual no cumpliremos el calendario previsto.

Quisiéramos saber si algún Estado Parte o la Unidad de Apoyo podría
facilitar la adquisición de un segundo equipo de corte y la capacitación de
cuatro operarios. Adjuntaremos la especificación técnica si les resulta útil.

Saludos cordiales,

Ing. Marcos Ibarguren
Jefe de Planta
Dirección General de Fabricaciones Militares
"""),
dict(key="S5", topic="stockpile_destruction", secondary=[], language="de", hard=False,
 note="transfer of stocks to another State for destruction (Art. 3.7): procedure and partners",
 frm=("Oberstleutnant Jörg Wendlandt", "j.wendlandt@bmv.falkenmark.example"), tz="+0200", mailer="lotus", fmt="plain", cte="8bit", charset="iso-8859-1",
 subject="Verbringung von Streumunition zur Vernichtung ins Ausland",
 body="""Sehr geehrte Damen und Herren,

die Streitkräfte Falkenmarks verfügen über keine eigene Anlage zur
Vernichtung von Streumunition. Wir prüfen daher, unsere Restbestände
(ca. 640 Raketen mit Submunition) zur Vernichtung in einen anderen
Vertragsstaat zu verbringen.

Könnten Sie uns mitteilen, welche Staaten solche Dienstleistungen bisher
angeboten haben und welche Schritte nach Artikel 3 Absatz 7 zu beachten
sind? Für einen Kontakt zu einer geeigneten Fachstelle wären wir dankbar.

Mit freundlichen Grüßen

Jörg Wendlandt
Oberstleutnant
Bundesministerium für Verteidigung, Falkenmark
Referat Munitionswesen
"""),
dict(key="S6", topic="stockpile_destruction", secondary=[], language="en", hard=True,
 note="HARD(reply_to_ack): reply to acknowledgement sending stock inventory for the destruction plan",
 frm=("Hamid Sayeed", "h.sayeed@mod.qaranor.example"), tz="+0300", mailer="outlook", fmt="mixed", cte="7bit",
 subject="Re: [CCM-2026-0388] Support for destruction of remaining stocks",
 ack_ref="CCM-2026-0388",
 attachments=[("Inventory_by_depot_April2026.xlsx", "xlsx")],
 body="""Dear colleagues,

As requested during our call, please find attached the inventory broken
down by depot and lot number. The two lots marked in red show signs of
propellant deterioration and we would like them prioritised.

Regards,
Hamid Sayeed
Ministry of Defence of Qaranor

-----Original Message-----
From: CCM ISU <no-reply@ccm-isu.example>
Sent: Thursday, 2 April 2026 10:14
To: Hamid Sayeed <h.sayeed@mod.qaranor.example>
Subject: [CCM-2026-0388] Support for destruction of remaining stocks

""" + ACK.format(ref="CCM-2026-0388") + "\n"),
dict(key="S7", topic="stockpile_destruction", secondary=["reporting"], language="fr", hard=True,
 note="HARD(misleading_subject): subject names the annual report / Form B but the ask is help drafting an Article 3 deadline extension request",
 frm=("Aminata Cissoko", "a.cissoko@diplomatie.sahelia.example"), tz="+0000", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Rapport annuel 2025 - Formulaire B",
 body="""Chers collègues,

En préparant le formulaire B de notre rapport annuel, nous avons constaté
que nous ne pourrons pas achever la destruction de nos stocks avant
l'échéance de l'article 3 : il reste près de 40 % des bombes à détruire et
le site de Dialakoro est fermé depuis les inondations.

Le rapport lui-même ne pose pas de difficulté. Notre question porte sur la
demande de prolongation : pourriez-vous nous aider à la rédiger (contenu,
calendrier de présentation, plan de destruction révisé) et nous
transmettre un exemple de demande déjà soumise ?

Cordialement,

Aminata Cissoko
Conseillère, Direction des affaires juridiques et du désarmement
Ministère des Affaires étrangères, République du Sahélia
"""),
dict(key="S8", topic="stockpile_destruction", secondary=[], language="ru", hard=True,
 note="HARD(legacy_charset): windows-1251 body and subject; asks for experts to help dismantle stored cluster bombs",
 frm=("Игорь Савченко", "i.savchenko@mil.belozersk.example"), tz="+0300", mailer="thunderbird", fmt="plain", cte="8bit", charset="windows-1251", subj_charset="windows-1251",
 subject="Просьба о помощи в уничтожении запасов кассетных боеприпасов",
 body="""Уважаемые коллеги,

Министерство обороны Белозерской Республики приступает к уничтожению
хранящихся запасов кассетных авиабомб (около 900 единиц). Наши специалисты
не имеют опыта разборки таких боеприпасов и извлечения суббоеприпасов.

Просим сообщить, может ли Группа имплементационной поддержки помочь нам
найти экспертов или организацию, которые могли бы провести обучение
персонала и оценить состояние складов в Северном военном округе.

С уважением,
Игорь Савченко
Управление ракетно-артиллерийского вооружения
Министерство обороны
"""),
dict(key="S9", topic="stockpile_destruction", secondary=[], language="en", hard=True,
 note="HARD(attachment_only_hint): bare cover note; attachment is a draft Article 3 extension request on stockpile destruction",
 frm=("Priya Ramanathan", "p.ramanathan@pmgeneva.serendale.example"), tz="+0200", mailer="iphone", fmt="mixed", cte="7bit",
 subject="Draft for comments",
 attachments=[("Serendale_Art3_extension_request_stockpiles_DRAFT_v2.docx", "docx")],
 body="""Dear all,

Please find attached for your comments. Grateful for any feedback by 24 April.

Best,
Priya

Sent from my iPhone
"""),
dict(key="S10", topic="stockpile_destruction", secondary=[], language="es", hard=False,
 note="newly inventoried submunitions in a warehouse: asks for separation/marking guidance and destruction support",
 frm=("Tte. Cnel. Lucía Ferreyra", "lferreyra@ejercito.cordalia.example"), tz="-0400", mailer="gmail", fmt="plain", cte="8bit",
 subject="Submuniciones halladas en inventario del depósito de San Jacinto",
 body="""Buenas tardes:

Durante el inventario anual del depósito de San Jacinto aparecieron 212
cohetes con submuniciones que no figuraban en nuestra declaración. Ya los
separamos del resto de la munición y los estamos marcando.

Necesitamos orientación sobre cómo incorporarlos al plan de destrucción del
artículo 3 y si existe apoyo técnico para destruirlos de forma segura, ya
que el depósito está cerca de una zona poblada.

Quedo atenta,
Lucía Ferreyra
Teniente Coronel, Comando Logístico del Ejército de Cordalia
"""),
dict(key="S11", topic="stockpile_destruction", secondary=[], language="pt", hard=False,
 note="environmental safeguards (emissions, soil) during open detonation of stocks",
 frm=("Dra. Beatriz Sampaio", "beatriz.sampaio@ambiente.nova-arcadia.example"), tz="-0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Salvaguardas ambientais na destruição de estoques",
 body="""Prezados,

O Ministério do Meio Ambiente de Nova Arcádia foi chamado a emitir licença
para a destruição, por detonação a céu aberto, dos estoques de munições
cluster das Forças Armadas no campo de Serra Fria.

Gostaríamos de saber se existem normas ou guias internacionais sobre
controle de emissões, ruído e contaminação do solo nessas operações, e se
a ISU poderia nos colocar em contato com especialistas que já
acompanharam processos semelhantes.

Atenciosamente,
Beatriz Sampaio
Coordenadora de Licenciamento Ambiental
"""),
dict(key="S12", topic="stockpile_destruction", secondary=["reporting"], language="en", hard=False,
 note="how to make a declaration of compliance after completing stockpile destruction",
 frm=("Thomas Lindqvist-Achebe", "t.lindqvist@mfa.norhaven.example"), tz="+0100", mailer="outlook", fmt="alt", cte="7bit",
 subject="Completion of stockpile destruction - declaration of compliance",
 body="""Dear ISU,

I am pleased to inform you that the last lot of Norhaven's cluster munition
stockpile was destroyed on 27 March 2026 at the Brenn facility.

We would like to make a formal declaration of compliance with Article 3 at
the next Meeting of States Parties. Could you advise on the usual format of
such a declaration, whether it should be made in writing beforehand, and
what supporting information (e.g. on munitions retained under Article 3.6)
is expected? We will of course also reflect this in our next Article 7
report.

Kind regards,
Thomas Lindqvist-Achebe
Senior Adviser, Arms Control Section
Ministry of Foreign Affairs, Norhaven
"""),
# ---------------------------------------------------------------- clearance
dict(key="C1", topic="clearance", secondary=[], language="en", hard=False,
 note="requests non-technical survey training for provincial teams",
 frm=("Joseph Mwangaza", "j.mwangaza@nmaa.kivaro.example"), tz="+0200", mailer="gmail", fmt="plain", cte="7bit",
 subject="Request for non-technical survey training",
 body="""Dear Sir/Madam,

The National Mine Action Authority of Kivaro is expanding survey into the
three northern provinces, where community reports suggest cluster munition
strikes from the 2011 conflict were never recorded.

We have 18 newly recruited staff but no capacity to train them in
non-technical survey and the use of our information management system. We
would like to request assistance in the form of a trainer, or a place for
our staff on an existing regional course.

Thank you for your consideration.

Joseph Mwangaza
Operations Manager, NMAA Kivaro
+999 27 455 0193
"""),
dict(key="C2", topic="clearance", secondary=[], language="en", hard=False,
 note="new contamination exposed by floods; asks for EOD support and risk education materials",
 frm=("Lena Marković", "lena.markovic@civilprotection.dravia.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Urgent: submunitions exposed by flooding in the Sava-Lom valley",
 body="""Dear colleagues,

After last week's floods, farmers in the Sava-Lom valley have reported at
least 30 unexploded submunitions washed onto fields and river banks, in an
area that was considered cleared in 2019.

Our civil protection EOD teams are overstretched. We urgently need:
- an additional clearance team for about six weeks;
- printed risk education leaflets for schools and farmers.

Could the ISU alert States Parties and operators that may be able to help?
We will also report this as newly found contamination.

Lena Marković
Head of Demining Department
Directorate of Civil Protection, Dravia
"""),
dict(key="C3", topic="clearance", secondary=[], language="fr", hard=False,
 note="how to prepare an Article 4 clearance deadline extension request",
 frm=("Jean-Baptiste Mukendi", "jb.mukendi@cnld.ubanga.example"), tz="+0100", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Préparation d'une demande de prolongation au titre de l'article 4",
 body="""Madame, Monsieur,

Le Centre national de lutte antimines de l'Ubanga estime qu'il ne pourra
pas achever la dépollution des zones contaminées par les restes d'armes à
sous-munitions avant son échéance de 2027, notamment dans la province de
Haute-Kemo.

Nous souhaiterions être accompagnés dans la préparation de la demande de
prolongation : structure attendue, données d'enquête à fournir, calendrier
d'examen par les États parties. Une visite d'appui ou une séance de travail
à distance serait très utile.

Avec nos remerciements,
Jean-Baptiste Mukendi
Directeur des opérations, CNLA Ubanga
"""),
dict(key="C4", topic="clearance", secondary=[], language="es", hard=False,
 note="risk reduction education materials adapted for rural schools",
 frm=("Mtra. Gabriela Quispe", "gquispe@educacion.altiplania.example"), tz="-0500", mailer="gmail", fmt="plain", cte="quoted-printable",
 subject="Materiales de educación sobre el riesgo para escuelas rurales",
 body="""Estimados:

El Ministerio de Educación de Altiplania quiere incluir la educación sobre
el riesgo de restos de municiones en racimo en el currículo de las escuelas
rurales de los departamentos de Oruel y Tanca, donde todavía hay zonas sin
despejar.

¿Podrían compartirnos materiales ya probados en otros países (afiches,
guías para docentes, contenidos en idiomas indígenas) y ponernos en
contacto con organizaciones que apoyen la capacitación de maestros?

Muchas gracias,
Gabriela Quispe
Dirección de Educación Rural
"""),
dict(key="C5", topic="clearance", secondary=[], language="ar", hard=True,
 note="HARD(base64_body): utf-8 body base64-encoded; asks for technical survey and clearance of contaminated farmland",
 frm=("م. خالد الزعبي", "k.zoubi@nmac.wadi-safa.example"), tz="+0300", mailer="outlook", fmt="alt", cte="base64",
 subject="طلب مساعدة في المسح التقني وتطهير الأراضي الزراعية",
 body="""السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يود المركز الوطني لمكافحة الألغام في جمهورية وادي الصفا إبلاغكم بأن نحو
ثلاثة آلاف دونم من الأراضي الزراعية في محافظة الرملة ما زالت ملوثة
بالذخائر الصغيرة غير المنفجرة، مما يمنع المزارعين من العودة إلى أراضيهم.

نرجو مساعدتنا في الحصول على دعم فني لإجراء المسح التقني وفرق تطهير
إضافية، وكذلك إرشادنا إلى الجهات المانحة المهتمة بهذا النوع من المشاريع.

وتفضلوا بقبول فائق الاحترام،
م. خالد الزعبي
مدير العمليات - المركز الوطني لمكافحة الألغام
"""),
dict(key="C6", topic="clearance", secondary=[], language="es", hard=False,
 note="land release: asks for help adapting national standards for cancellation/reduction of suspected areas",
 frm=("Andrés Villanueva", "avillanueva@cnad.costaluna.example"), tz="-0600", mailer="thunderbird", fmt="plain", cte="8bit", charset="iso-8859-1",
 subject="Normas nacionales de liberación de tierras",
 body="""Estimado equipo de la ISU:

El Centro Nacional de Acción contra Minas de Costa Luna está revisando sus
normas nacionales. Hoy solo liberamos tierras mediante despeje completo, lo
que nos obliga a limpiar zonas donde la investigación no técnica no
encuentra indicios de contaminación.

Nos gustaría recibir asesoría para incorporar la cancelación y la
reducción de áreas en nuestras normas y procedimientos de control de
calidad. ¿Podrían recomendarnos un experto o un país que haya pasado por
este proceso?

Un saludo cordial,
Andrés Villanueva
Jefe de Gestión de Calidad, CNAM Costa Luna
"""),
dict(key="C7", topic="clearance", secondary=[], language="en", hard=False,
 note="asks for quality management support for cleared land before handover",
 frm=("Maj. Sione Tupou-Hale", "s.tupouhale@defence.palmarin.example"), tz="+1200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="QA/QC of released land before handover to communities",
 body="""Good morning,

Palmarin's clearance of cluster munition remnants on Atoll East is nearly
finished. Before handing the land back to the communities, the Government
wants an independent quality assurance check of the released areas.

Would the ISU be able to help us find an external QA/QC team or expert, and
share examples of how other States documented land handover? We hope to
complete this before the end of the year.

Many thanks,
Maj. Sione Tupou-Hale
Officer Commanding, Explosive Ordnance Disposal Unit
Palmarin Defence Force
"""),
dict(key="C8", topic="clearance", secondary=[], language="fr", hard=True,
 note="HARD(forwarded_as_attachment): short cover note; the attached message/rfc822 from a prefect asks for clearance around a school",
 frm=("Hélène Dufresne-Mbaye", "h.dufresne@interieur.kasamance.example"), tz="+0000", mailer="thunderbird", fmt="fwd822", cte="8bit",
 subject="Tr: Demande urgente du Préfet de Bondoukou",
 body="""Bonjour,

Je vous transmets ci-joint le message du Préfet de Bondoukou. Pouvez-vous
nous dire si une aide est envisageable ?

Merci d'avance,
Hélène Dufresne-Mbaye
Ministère de l'Intérieur, Kasamance
""",
 inner=dict(frm=("Préfet de Bondoukou", "prefet@bondoukou.interieur.kasamance.example"),
  to=("Hélène Dufresne-Mbaye", "h.dufresne@interieur.kasamance.example"),
  subject="Sous-munitions près de l'école de Tiéré", date="Mon, 6 Apr 2026 08:42:10 +0000", charset="utf-8",
  body="""Madame,

Des élèves ont découvert la semaine dernière trois sous-munitions non
explosées à moins de 200 mètres de l'école primaire de Tiéré. L'école a
été fermée par précaution.

Je sollicite l'intervention d'une équipe de dépollution pour fouiller et
dépolluer les abords de l'école et les champs voisins, ainsi qu'une
sensibilisation au risque pour les familles, afin de rouvrir l'école
au plus vite.

Le Préfet
""")),
dict(key="C9", topic="clearance", secondary=["reporting"], language="es", hard=True,
 note="HARD(misleading_subject): reused subject of an old Article 7 thread; new ask is technical support to clear a newly found strike area",
 frm=("Rodrigo Saldívar", "rsaldivar@cancilleria.valdemora.example"), tz="-0500", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="RE: Informe Artículo 7 - 2025",
 in_reply_to="<MW4PR18MB3312A0C1@cancilleria.valdemora.example>",
 body="""Estimada Claudia:

Aprovecho este hilo para otra consulta. Una patrulla de la Policía Rural
encontró la semana pasada un área de impacto de municiones en racimo en la
vereda Los Guayabos (municipio de San Telmo), con submuniciones visibles en
superficie en unas 15 hectáreas. No figuraba en nuestra base de datos.

Nuestro centro nacional no tiene equipos disponibles en esa región hasta
2027. ¿Podría la ISU ayudarnos a identificar un operador o un Estado que
apoye un estudio técnico y el despeje de la zona?

Saludos,
Rodrigo Saldívar
Dirección de Asuntos Políticos Multilaterales

De: Claudia Restrepo
Enviado: martes, 10 de febrero de 2026 16:20
Asunto: RE: Informe Artículo 7 - 2025

Rodrigo, gracias, recibimos el informe y el formulario F. Queda registrado.
"""),
dict(key="C10", topic="clearance", secondary=[], language="en", hard=True,
 note="HARD(enquiry_looks_like_noise): sent through the centre's bulletin tool with List-Unsubscribe/Precedence bulk, but the editor's note asks ISU for a technical survey team",
 frm=("NMAC Estrellan Bulletin", "bulletin@nmac.estrella-norte.example"), tz="-0300", mailer="robot", fmt="alt", cte="quoted-printable",
 subject="NMAC Bulletin - April 2026 (note for the ISU inside)",
 headers={"List-Id": "NMAC Bulletin <bulletin.nmac.estrella-norte.example>",
          "List-Unsubscribe": "<mailto:unsubscribe@nmac.estrella-norte.example?subject=bulletin>",
          "Precedence": "bulk", "Reply-To": "Carla Benítez <c.benitez@nmac.estrella-norte.example>"},
 body="""NOTE TO THE CCM ISU (please read) - from Carla Benitez, Director

Dear colleagues, we are sending you this issue directly because of item 2.
The Monte Vidal district survey found 11 new suspected hazardous areas and
we have no technical survey capacity free before 2027. We would be very
grateful if the ISU could help us find a partner to provide a technical
survey team for about four months. Please reply to c.benitez@ (Reply-To is
set).

----------------------------------------------------------------
NMAC BULLETIN - APRIL 2026

1. 4.2 km2 released in March across three provinces
2. Monte Vidal survey: 11 new suspected hazardous areas recorded
3. Risk education caravan reaches 40 villages
4. Staff news

You receive this bulletin because you subscribed at nmac.estrella-norte.example.
Unsubscribe: https://nmac.estrella-norte.example/unsubscribe
"""),
dict(key="C11", topic="clearance", secondary=["reporting"], language="de", hard=False,
 note="how to declare completion of Article 4 clearance obligations",
 frm=("Dr. Katrin Albrecht", "katrin.albrecht@auswaertiges.rhennau.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Erklärung über die Erfüllung der Räumungsverpflichtungen nach Artikel 4",
 body="""Sehr geehrte Damen und Herren,

das Fürstentum Rhennau hat im März die Räumung des letzten bekannten mit
Streumunitionsrückständen belasteten Gebiets am Truppenübungsplatz Hohe
Wacht abgeschlossen.

Wir möchten die Erfüllung unserer Verpflichtungen nach Artikel 4 förmlich
erklären. Gibt es hierfür ein Muster oder eine übliche Form, und welche
Angaben (z. B. zu Restrisiken und zum Umgang mit späteren Funden) werden
erwartet?

Mit freundlichen Grüßen
Dr. Katrin Albrecht
Referat Abrüstung und Rüstungskontrolle
Auswärtiges Amt, Fürstentum Rhennau
"""),
dict(key="C12", topic="clearance", secondary=[], language="en", hard=False,
 note="asks for mine detection dogs and detector support for clearance in sandy terrain",
 frm=("Faisal Bin-Harith", "f.binharith@mac.sandrine.example"), tz="+0400", mailer="iphone", fmt="plain", cte="7bit",
 subject="Detectors / MDD support for clearance in dunes",
 body="""Dear ISU,

Quick request while I am in the field: our clearance teams in the Eastern
dunes are losing a lot of time because our detectors do not cope well with
the mineralised sand and the submunitions are buried at variable depth.

Do you know any State or operator that could lend or donate suitable
detectors, or deploy mine detection dogs for a trial? Happy to discuss by
phone next week.

Faisal

Sent from my iPhone
"""),
# ---------------------------------------------------------------- victim assistance
dict(key="V1", topic="victim_assistance", secondary=[], language="en", hard=False,
 note="training for prosthetic and orthotic technicians at a rehabilitation centre",
 frm=("Dr. Grace Abara", "g.abara@health.kivaro.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Training of prosthetic and orthotic technicians - Lumbo Rehabilitation Centre",
 body="""Dear colleagues,

The Lumbo Rehabilitation Centre is the only facility serving cluster
munition survivors in southern Kivaro. Two of our three prosthetic
technicians retire this year, and waiting times are already over eight
months.

We would be grateful for help to train four new technicians to
internationally recognised standards (ISPO category II), possibly through
a scholarship or a twinning arrangement with a centre in another State
Party.

Yours sincerely,
Dr. Grace Abara
Director of Rehabilitation Services
Ministry of Health, Kivaro
"""),
dict(key="V2", topic="victim_assistance", secondary=[], language="en", hard=False,
 note="funding for peer-support and psychosocial programme for survivors",
 frm=("Samuel Teoh", "s.teoh@socialwelfare.lanmara.example"), tz="+0700", mailer="gmail", fmt="alt", cte="7bit",
 subject="Peer support programme for survivors - seeking partners",
 body="""Dear ISU,

Lanmara's Department of Social Welfare runs a small peer-support network for
cluster munition survivors and their families in four districts. An
evaluation last year showed good results, but our funding ends in
September.

We are looking for partners willing to fund or technically support the
psychosocial component (training of peer supporters, supervision by
psychologists) for another two years. Could you share contacts of States or
organisations active in this area?

Best regards,
Samuel Teoh
Deputy Director, Disability Services
"""),
dict(key="V3", topic="victim_assistance", secondary=[], language="fr", hard=False,
 note="methodology support for a national survey/database of cluster munition victims",
 frm=("Dr Marie-Claire Ndayishimiye", "mc.ndayishimiye@sante.lacs-bleus.example"), tz="+0200", mailer="thunderbird", fmt="plain", cte="8bit", charset="iso-8859-1",
 subject="Appui pour le recensement des victimes",
 body="""Madame, Monsieur,

Le Ministère de la Santé de la République des Lacs Bleus souhaite lancer un
recensement national des victimes d'armes à sous-munitions, y compris les
familles et les communautés touchées. Nos données actuelles proviennent de
registres hospitaliers incomplets.

Nous aurions besoin d'un appui méthodologique (questionnaire, protection des
données personnelles, formation des enquêteurs) et, si possible, d'un
financement pour la phase pilote dans deux provinces.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Dr Marie-Claire Ndayishimiye
Point focal assistance aux victimes
"""),
dict(key="V4", topic="victim_assistance", secondary=[], language="es", hard=False,
 note="economic inclusion: microcredit/vocational training for survivors",
 frm=("Lic. Fernando Aráoz", "faraoz@trabajo.cordalia.example"), tz="-0400", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Inclusión económica de sobrevivientes: capacitación y microcréditos",
 body="""Estimados colegas:

El Ministerio de Trabajo de Cordalia está diseñando un programa de
formación profesional y microcréditos para sobrevivientes de municiones en
racimo y personas con discapacidad en las provincias de Yaví y Molle.

Quisiéramos conocer experiencias de otros Estados Partes sobre la
inclusión económica de sobrevivientes y saber si hay donantes interesados
en cofinanciar un proyecto piloto de dos años.

Atentamente,
Fernando Aráoz
Coordinador de Programas de Empleo Inclusivo
"""),
dict(key="V5", topic="victim_assistance", secondary=[], language="pt", hard=False,
 note="newly appointed victim assistance focal point asks about role and training",
 frm=("Joana Tavares Mendes", "joana.mendes@saude.ilhas-verdes.example"), tz="-0100", mailer="gmail", fmt="plain", cte="8bit",
 subject="Nomeação do ponto focal para assistência às vítimas",
 body="""Bom dia,

Fui nomeada recentemente ponto focal para a assistência às vítimas no
Ministério da Saúde da República das Ilhas Verdes. Ainda não conheço bem as
obrigações do artigo 5.º nem o que se espera de um ponto focal.

Poderiam enviar-me material de orientação e informar se existem
formações ou redes de pontos focais nas quais eu possa participar?

Obrigada,
Joana Tavares Mendes
Direção-Geral de Saúde
"""),
dict(key="V6", topic="victim_assistance", secondary=[], language="ar", hard=True,
 note="HARD(legacy_charset): windows-1256 body and subject; asks for equipment and staff training for a rehabilitation centre",
 frm=("د. سلمى الحداد", "s.haddad@health.bahr-alnour.example"), tz="+0300", mailer="outlook", fmt="plain", cte="8bit", charset="windows-1256", subj_charset="windows-1256",
 subject="طلب دعم لمركز التأهيل الطبي في مدينة النور",
 body="""حضرات السادة في وحدة دعم التنفيذ،

تحية طيبة،

يقدم مركز التأهيل الطبي في مدينة النور خدمات الأطراف الصناعية والعلاج
الطبيعي لضحايا الذخائر العنقودية، لكن معظم الأجهزة قديمة ولا يتوفر لدينا
عدد كاف من الأخصائيين.

نرجو مساعدتنا في الحصول على معدات حديثة لورشة الأطراف الصناعية وتدريب
الكوادر الفنية، وإفادتنا بالدول أو المنظمات التي يمكنها تقديم هذا الدعم.

مع خالص التقدير،
د. سلمى الحداد
مديرة المركز - وزارة الصحة
"""),
dict(key="V7", topic="victim_assistance", secondary=[], language="en", hard=True,
 note="HARD(attachment_only_hint): bare cover note; attachment is a survivors' needs assessment",
 frm=("Ahmad Rashidi", "a.rashidi@mosa.zarafshan.example"), tz="+0430", mailer="outlook", fmt="mixed", cte="7bit",
 subject="Document for your attention",
 attachments=[("Survivors_needs_assessment_Eastern_Districts_2026.xlsx", "xlsx")],
 body="""Dear Sir/Madam,

Please see the attached document. We would welcome your advice on next steps.

Regards,
Ahmad Rashidi
Ministry of Social Affairs
"""),
dict(key="V8", topic="victim_assistance", secondary=[], language="es", hard=True,
 note="HARD(reply_to_ack): reply to acknowledgement adding wheelchair and prosthesis figures to the earlier request",
 frm=("Dra. Valentina Robles", "vrobles@salud.valdemora.example"), tz="-0500", mailer="gmail", fmt="alt", cte="quoted-printable",
 subject="Re: [CCM-2026-0405] Apoyo en rehabilitación para sobrevivientes",
 ack_ref="CCM-2026-0405",
 body="""Buenos días:

Como nos pidieron, completo la información: en los tres departamentos hay
146 sobrevivientes registrados; 61 necesitan una prótesis nueva o su
reposición y 23 una silla de ruedas adaptada para terreno rural.

Quedamos atentos a cualquier otra información que necesiten.

Valentina Robles
Ministerio de Salud de Valdemora

El jue, 9 abr 2026 a las 11:02, CCM ISU <no-reply@ccm-isu.example> escribió:
> """ + ACK.format(ref="CCM-2026-0405").replace("\n", "\n> ") + "\n"),
dict(key="V9", topic="victim_assistance", secondary=["clearance", "reporting"], language="en", hard=False,
 note="mentions clearance and Form H, but the ask is emergency medical care training for blast injuries",
 frm=("Dr. Owen Karimi", "o.karimi@moh.sendara.example"), tz="+0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Emergency care for blast injuries in Tessa province",
 body="""Dear ISU colleagues,

Clearance operations in Tessa province are progressing, but we still see
around two casualties a month, mostly children. Many die before reaching
the regional hospital, four hours away.

We would like support to train health workers and community first
responders in pre-hospital trauma care for blast injuries, and to equip
three rural health posts with basic trauma kits. We will describe the
results in Form H of our next report.

Kind regards,
Dr. Owen Karimi
Head of Emergency Medical Services, Ministry of Health, Sendara
"""),
dict(key="V10", topic="victim_assistance", secondary=[], language="fr", hard=False,
 note="integrating victim assistance into the national disability action plan",
 frm=("Sophie Ravelomanana", "s.ravelo@solidarite.mayotra.example"), tz="+0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Intégration de l'assistance aux victimes dans le plan national handicap",
 body="""Bonjour,

Le Ministère de la Solidarité de Mayotra révise son plan d'action national
en faveur des personnes handicapées pour 2027-2031. Nous souhaitons y
intégrer explicitement les besoins des victimes d'armes à sous-munitions
plutôt que de maintenir un plan séparé.

Pourriez-vous nous transmettre des exemples de plans ayant fait ce choix
et nous indiquer si un expert pourrait relire notre projet en juin ?

Bien cordialement,
Sophie Ravelomanana
Direction de la protection des personnes handicapées
"""),
dict(key="V11", topic="victim_assistance", secondary=[], language="en", hard=True,
 note="HARD(forwarded_chain): ministry official forwards inline a hospital director's request for amputation surgery training",
 frm=("Rebecca Anyango", "r.anyango@mfa.sendara.example"), tz="+0300", mailer="outlook", fmt="plain", cte="quoted-printable",
 subject="FW: Request for support - surgical training",
 body="""Dear ISU,

Forwarding the below from the Director of Tessa Regional Hospital, for your
consideration. Happy to follow up.

Rebecca Anyango
Desk Officer, Disarmament
Ministry of Foreign Affairs, Sendara

________________________________
From: Dr. Peter Wekesa <director@tessa-hospital.health.sendara.example>
Sent: Monday, April 13, 2026 9:17 AM
To: Rebecca Anyango <r.anyango@mfa.sendara.example>
Subject: Request for support - surgical training

Dear Ms Anyango,

As discussed, our hospital receives most of the cluster munition casualties
in the region, but we have no surgeon trained in war surgery and amputation
techniques that preserve limb length for prosthetic fitting.

Could you transmit to the Convention's support unit our request for a
short-term surgical mentor or training for two of our surgeons? We can host
the trainer on site.

Regards,
Dr. Peter Wekesa
Medical Director
"""),
dict(key="V12", topic="victim_assistance", secondary=[], language="ru", hard=False,
 note="psychological rehabilitation of child survivors: request for methodology and training",
 frm=("Ольга Журавлёва", "o.zhuravleva@minsoc.belozersk.example"), tz="+0300", mailer="thunderbird", fmt="plain", cte="8bit",
 subject="Психологическая реабилитация детей, пострадавших от кассетных боеприпасов",
 body="""Добрый день!

Министерство социальной защиты Белозерской Республики разрабатывает
программу психологической реабилитации детей, пострадавших от кассетных
боеприпасов, и членов их семей.

Просим поделиться методическими материалами, которые применялись в других
государствах-участниках, и сообщить, возможно ли организовать обучение
для наших психологов (около 15 человек).

С уважением,
Ольга Журавлёва
Начальник отдела реабилитации
"""),
# ---------------------------------------------------------------- reporting
dict(key="R1", topic="reporting", secondary=["stockpile_destruction"], language="en", hard=False,
 note="which Article 7 form to use for munitions retained for training",
 frm=("Maria Kallas", "maria.kallas@mfa.estmere.example"), tz="+0300", mailer="outlook", fmt="alt", cte="7bit",
 subject="Which form for retained submunitions?",
 body="""Dear ISU,

A quick question while I am finalising Estmere's annual report for 2025:
we retained 120 submunitions for training under Article 3.6. Should these
appear in Form C or Form D, and do we need to report the ones consumed in
training during the year separately?

Thank you,
Maria Kallas
Third Secretary, Arms Control Division
Ministry of Foreign Affairs, Estmere
"""),
dict(key="R2", topic="reporting", secondary=[], language="en", hard=False,
 note="annual report will be late; asks how to submit after 30 April and whether the template changed",
 frm=("Daniel Osei-Bonsu", "d.oseibonsu@pmny.akwamu.example"), tz="-0400", mailer="gmail", fmt="alt", cte="7bit",
 subject="Annual transparency report - late submission",
 body="""Dear colleagues,

Owing to a change of government, the Republic of Akwamu will not be able to
submit its Article 7 report by 30 April. We expect clearance of the text by
mid-June.

Could you let us know how a late report should be submitted, and whether the
reporting template has changed since our last report in 2024? We do not
want to use an outdated version.

Best regards,
Daniel Osei-Bonsu
First Secretary
Permanent Mission of the Republic of Akwamu, New York
"""),
dict(key="R3", topic="reporting", secondary=[], language="fr", hard=False,
 note="who must sign the cover page and whether the report can be sent electronically",
 frm=("Patrice Lemoine", "p.lemoine@mae.val-doree.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Page de couverture du rapport article 7",
 body="""Madame, Monsieur,

Nous finalisons le rapport annuel de transparence de la Principauté du
Val-Dorée. Deux questions pratiques :

1. La page de couverture doit-elle être signée par le ministre ou un
   directeur peut-il la signer ?
2. Le rapport peut-il être transmis uniquement par voie électronique, ou
   faut-il aussi un original papier ?

Avec mes remerciements,
Patrice Lemoine
Chargé de mission désarmement
"""),
dict(key="R4", topic="reporting", secondary=[], language="es", hard=False,
 note="correcting figures in an already submitted report",
 frm=("Verónica Lazcano", "vlazcano@rree.costaluna.example"), tz="-0600", mailer="outlook", fmt="plain", cte="quoted-printable",
 subject="Corrección de cifras en el informe presentado",
 body="""Estimados:

Hemos detectado un error en el informe anual que Costa Luna presentó en
2025: en el formulario F se indicó el área despejada en metros cuadrados
cuando en realidad eran hectáreas.

¿Cuál es el procedimiento para corregir un informe ya publicado? ¿Basta
con enviar el formulario corregido o hay que volver a presentar el informe
completo con una nueva portada?

Gracias de antemano,
Verónica Lazcano
Dirección de Desarme y Seguridad Internacional
"""),
dict(key="R5", topic="reporting", secondary=[], language="ru", hard=True,
 note="HARD(legacy_charset): koi8-r body and subject; asks for Russian-language Article 7 forms and how to fill Form A",
 frm=("Алексей Морозов", "a.morozov@mid.zaryansk.example"), tz="+0500", mailer="thunderbird", fmt="plain", cte="8bit", charset="koi8-r", subj_charset="koi8-r",
 subject="Формы отчёта по статье 7 на русском языке",
 body="""Уважаемые коллеги,

Заранская Республика готовит свой первый ежегодный доклад по статье 7.
Просим прислать формы доклада (A-J) на русском языке в редактируемом виде,
а также пояснить, как заполнять форму A, если национальный закон ещё
находится на рассмотрении парламента.

Заранее благодарим,
Алексей Морозов
Департамент международной безопасности
Министерство иностранных дел
"""),
dict(key="R6", topic="reporting", secondary=["clearance"], language="en", hard=True,
 note="HARD(reply_to_ack): reply to acknowledgement sending a corrected Form F of the annual report",
 frm=("Ingrid Solheim", "ingrid.solheim@mfa.norhaven.example"), tz="+0200", mailer="outlook", fmt="mixed", cte="quoted-printable",
 subject="Re: [CCM-2026-0417] Norhaven Article 7 report 2025",
 ack_ref="CCM-2026-0417",
 attachments=[("Norhaven_Art7_2025_FormF_corrected.pdf", "pdf")],
 body="""Dear ISU,

Further to our submission, please replace Form F with the attached corrected
version (the area figures for the Brenn range were transposed). Could you
confirm that the corrected version will be the one published?

Best regards,
Ingrid Solheim

From: CCM ISU <no-reply@ccm-isu.example>
Sent: 8 April 2026 09:31
To: Ingrid Solheim
Subject: [CCM-2026-0417] Norhaven Article 7 report 2025

""" + ACK.format(ref="CCM-2026-0417") + "\n"),
dict(key="R7", topic="reporting", secondary=[], language="es", hard=True,
 note="HARD(encoded_subject): iso-8859-1 Q-encoded subject split over several encoded-words carries the question about Form J; body only refers to it",
 frm=("Tomás Echeverría", "techeverria@minrel.altiplania.example"), tz="-0500", mailer="webmail", fmt="plain", cte="7bit", charset="us-ascii",
 subject="¿Es obligatorio completar el Formulario J del informe anual de transparencia?", subj_charset="iso-8859-1", subj_split=True,
 body="""Buenas tardes,

Consulta en el asunto. Gracias.

T. Echeverria
"""),
dict(key="R8", topic="reporting", secondary=[], language="en", hard=True,
 note="HARD(html_only): only a text/html part; asks how to fill in the reporting forms for a State with no stocks or contamination",
 frm=("Kofi Asante-Darko", "k.asante@foreign.gold-coastlands.example"), tz="+0000", mailer="webmail", fmt="html", cte="quoted-printable",
 subject="Reporting forms when we have nothing to declare",
 body="""Hello,

The Gold Coastlands has never possessed cluster munitions and has no
contaminated areas. For our annual Article 7 report, do we still need to
submit every form, or can we mark forms B to F as "not applicable"? Is
there a shorter format for States in our situation?

Thanks and regards,
Kofi Asante-Darko
Legal and Treaties Department
"""),
dict(key="R9", topic="reporting", secondary=[], language="de", hard=False,
 note="new State Party: deadline and content of the initial transparency report",
 frm=("Lukas Brandstätter", "lukas.brandstaetter@bmeia.ostalpen.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Erster Transparenzbericht nach Artikel 7",
 body="""Sehr geehrte Damen und Herren,

das Übereinkommen ist für die Republik Ostalpen am 1. Februar 2026 in Kraft
getreten. Wir bereiten nun unseren ersten Bericht nach Artikel 7 vor.

Könnten Sie bestätigen, bis wann der Erstbericht vorzulegen ist, und uns
die aktuellen Berichtsformulare sowie gegebenenfalls ein Beispiel eines
gut ausgefüllten Erstberichts zukommen lassen?

Mit freundlichen Grüßen
Lukas Brandstätter
Abteilung für Abrüstung, Rüstungskontrolle und Nichtverbreitung
"""),
dict(key="R10", topic="reporting", secondary=[], language="en", hard=False,
 note="sends the draft annual Article 7 report for informal review before submission",
 frm=("Leilani Fonoti", "l.fonoti@mfat.palmarin.example"), tz="+1200", mailer="outlook", fmt="mixed", cte="7bit",
 subject="Draft Article 7 report for informal review",
 attachments=[("Palmarin_Art7_Annual_Report_2025_DRAFT_v3.docx", "docx")],
 body="""Kia ora ISU team,

Attached is Palmarin's draft annual transparency report covering 2025. Before
we submit it formally by 30 April, could you have a quick look and tell us
whether anything is missing or inconsistent with last year's report?

Ngā mihi,
Leilani Fonoti
Policy Officer, International Security
"""),
dict(key="R11", topic="reporting", secondary=["stockpile_destruction"], language="fr", hard=False,
 note="how to report in Form B stocks destroyed after the reporting period",
 frm=("Nadège Kouassi", "n.kouassi@defense.kasamance.example"), tz="+0000", mailer="gmail", fmt="plain", cte="8bit",
 subject="Question sur le formulaire B du rapport de transparence",
 body="""Bonjour,

Notre rapport annuel couvre l'année 2025, mais une partie importante de nos
stocks a été détruite en janvier et février 2026. Faut-il attendre le
rapport de l'an prochain pour déclarer ces destructions dans le formulaire
B, ou peut-on les mentionner dès maintenant en précisant les dates ?

Merci pour votre aide,
Nadège Kouassi
Cellule de mise en œuvre des conventions, Ministère de la Défense
"""),
# ---------------------------------------------------------------- legislation
dict(key="L1", topic="legislation", secondary=[], language="en", hard=False,
 note="review of penal sanctions provisions in a draft implementing bill",
 frm=("Eleanor Whitcombe", "e.whitcombe@ag.saint-olwen.example"), tz="-0400", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Penal sanctions in the draft Cluster Munitions (Prohibition) Bill",
 body="""Dear ISU,

The Attorney General's Chambers of Saint Olwen is finalising a Cluster
Munitions (Prohibition) Bill. Our draft provides a maximum penalty of five
years' imprisonment for the use, production or transfer of cluster
munitions.

Cabinet has asked whether this is in line with other States' legislation
and whether corporate liability should be included. Could the ISU or a
legal expert review our penal provisions and share comparable examples?

Kind regards,
Eleanor Whitcombe
Senior Crown Counsel
"""),
dict(key="L2", topic="legislation", secondary=[], language="en", hard=False,
 note="asks for model legislation suitable for a small State without military forces",
 frm=("Ratu Josefa Naqara", "j.naqara@pmo.koro-lau.example"), tz="+1200", mailer="gmail", fmt="alt", cte="7bit",
 subject="Model law for a small island State",
 body="""Dear ISU,

Koro Lau has no armed forces and no stockpiles, but our Parliament wants
national legislation that gives effect to the Convention, including
offences. Is there a model law or a simplified implementation package for
small States in our position? Any examples from Pacific or Caribbean
countries would be most welcome.

Vinaka,
Josefa Naqara
Legal Officer, Prime Minister's Office
"""),
dict(key="L3", topic="legislation", secondary=[], language="fr", hard=False,
 note="accession: asks for model instrument of accession and steps before deposit",
 frm=("Abdoulaye Traoré-Diallo", "a.traore@mae.sahelia-orientale.example"), tz="+0000", mailer="thunderbird", fmt="plain", cte="quoted-printable",
 subject="Adhésion à la Convention : modèle d'instrument",
 body="""Madame, Monsieur,

Le Gouvernement de la République du Sahélia oriental a décidé d'engager la
procédure d'adhésion à la Convention sur les armes à sous-munitions. Nous
souhaiterions recevoir un modèle d'instrument d'adhésion ainsi que des
indications sur les étapes à suivre avant le dépôt auprès du Secrétaire
général de l'ONU (loi d'autorisation, pleins pouvoirs, etc.).

Veuillez agréer l'assurance de notre haute considération.

Abdoulaye Traoré-Diallo
Direction des Affaires juridiques et consulaires
"""),
dict(key="L4", topic="legislation", secondary=[], language="es", hard=False,
 note="whether to include a ban on investment in producers in the draft implementing law",
 frm=("Dip. Carolina Mendizábal", "cmendizabal@congreso.puertoalba.example"), tz="-0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Prohibición de inversiones en el proyecto de ley",
 body="""Estimados:

La Comisión de Defensa del Congreso de Puerto Alba estudia el proyecto de
ley de aplicación de la Convención. Algunos diputados proponen prohibir
expresamente la inversión de fondos públicos y privados en empresas que
producen municiones en racimo.

¿Podrían indicarnos qué Estados han incluido esta prohibición en su
legislación nacional, con qué redacción, y si la ISU puede ofrecer
asesoría a la comisión?

Atentamente,
Carolina Mendizábal
Diputada, Presidenta de la Comisión de Defensa
"""),
dict(key="L5", topic="legislation", secondary=[], language="pt", hard=False,
 note="legal drafting help for an implementing decree",
 frm=("Dr. Rui Carvalhal", "rui.carvalhal@justica.nova-arcadia.example"), tz="-0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Apoio na redação do decreto de implementação da Convenção",
 body="""Prezados senhores,

O Ministério da Justiça de Nova Arcádia está redigindo o decreto que
regulamenta a aplicação da Convenção sobre Munições Cluster no direito
interno, em especial as proibições, as sanções administrativas e a
competência de fiscalização.

Solicitamos apoio técnico-jurídico para revisar o projeto de decreto e
exemplos de normas adotadas por outros Estados de língua portuguesa.

Com os melhores cumprimentos,
Rui Carvalhal
Assessor Jurídico
"""),
dict(key="L6", topic="legislation", secondary=["reporting"], language="en", hard=True,
 note="HARD(misleading_subject,multi_topic): subject is about the transparency report (Form A) but the ask is a legal review of the draft implementing law",
 frm=("Hana Kobayashi-Reid", "h.kobayashi@mofa.isle-of-wren.example"), tz="+0100", mailer="outlook", fmt="alt", cte="7bit",
 subject="Transparency report - national implementation measures",
 body="""Dear colleagues,

In our upcoming transparency report we intend to describe, under Form A,
the draft Prohibition of Cluster Munitions Act that is now before our
legislative committee.

Before we do so, the committee would very much value an expert review of
the draft: in particular whether the offences cover assistance and
inducement as required by Article 1(1)(c), and whether the exception for
retention for training is drafted correctly. Could the ISU arrange such a
review? I can send the draft text on request.

Best regards,
Hana Kobayashi-Reid
Legal Adviser, Ministry of Foreign Affairs, Isle of Wren
"""),
dict(key="L7", topic="legislation", secondary=[], language="es", hard=True,
 note="HARD(forwarded_as_attachment): cover note; attached message/rfc822 from the Senate legal office asks for help drafting penal provisions",
 frm=("Embajador Julián Ocampo", "jocampo@misionginebra.valdemora.example"), tz="+0200", mailer="outlook", fmt="fwd822", cte="quoted-printable",
 subject="RV: Consulta de la Oficina Jurídica del Senado",
 body="""Estimados colegas de la ISU:

Les reenvío adjunto el mensaje de la Oficina Jurídica del Senado de
Valdemora. Agradeceré su amable atención.

Julián Ocampo
Embajador, Misión Permanente de Valdemora en Ginebra
""",
 inner=dict(frm=("Oficina Jurídica del Senado", "ojuridica@senado.valdemora.example"),
  to=("Julián Ocampo", "jocampo@misionginebra.valdemora.example"),
  subject="Tipificación penal en el proyecto de ley sobre municiones en racimo", date="Tue, 14 Apr 2026 17:05:33 -0500", charset="iso-8859-1",
  body="""Señor Embajador:

La Oficina Jurídica del Senado prepara el proyecto de ley que incorpora la
Convención al ordenamiento interno. Tenemos dudas sobre cómo tipificar
penalmente la "asistencia" y el "estímulo" a actividades prohibidas sin
afectar la cooperación militar con Estados no Partes.

Le rogamos transmitir a la Unidad de Apoyo nuestra solicitud de
asesoramiento legislativo y de ejemplos de códigos penales de otros países.

Atentamente,
Oficina Jurídica del Senado
""")),
dict(key="L8", topic="legislation", secondary=[], language="en", hard=True,
 note="HARD(base64_body): base64 text body; asks whether existing arms law suffices or a specific implementing law is needed",
 frm=("Viktor Halloran", "v.halloran@justice.dravia.example"), tz="+0200", mailer="outlook", fmt="plain", cte="base64",
 subject="Is our Weapons Act sufficient?",
 body="""Dear ISU,

Dravia's Weapons and Military Equipment Act of 2014 already prohibits
"inhumane weapons" by reference to international treaties to which Dravia
is a party. Our Ministry of Defence takes the view that no new law is
needed to implement the Convention on Cluster Munitions.

Could you give us your assessment, or refer us to someone who can, of
whether such a general clause satisfies Article 9, particularly regarding
penal sanctions for individuals? If a specific law is needed, we would
appreciate help with a first draft.

Regards,
Viktor Halloran
Director, International Law Department
Ministry of Justice, Dravia

This e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please notify the sender
and delete it.
"""),
dict(key="L9", topic="legislation", secondary=["victim_assistance", "stockpile_destruction"], language="fr", hard=False,
 note="mentions victims' rights and stockpiles, but asks for help drafting the implementing law",
 frm=("Me Odile Rakotomalala", "o.rakoto@justice.mayotra.example"), tz="+0300", mailer="outlook", fmt="mixed", cte="quoted-printable",
 attachments=[("Avant-projet_de_loi_mise_en_œuvre_CASM_v1.docx", "docx")],
 subject="Projet de loi portant mise en œuvre de la Convention",
 body="""Madame, Monsieur,

Le Ministère de la Justice de Mayotra a reçu mandat de préparer le projet
de loi de mise en œuvre de la Convention. Les ministères consultés
souhaitent y voir figurer les droits des victimes et l'interdiction de
constituer de nouveaux stocks.

Nous sollicitons un appui juridique pour la rédaction du texte : structure
de la loi, définitions, infractions et sanctions pénales. Une loi type
commentée nous serait très utile.

Maître Odile Rakotomalala
Conseillère juridique du Garde des Sceaux
"""),
dict(key="L10", topic="legislation", secondary=[], language="en", hard=False,
 note="note verbale: ratification — checking the instrument of ratification and deposit procedure",
 frm=("Permanent Mission of Tarvos", "mission.newyork@mfa.tarvos.example"), tz="-0400", mailer="outlook", fmt="alt", cte="7bit",
 subject="Note verbale No. 112/2026 - instrument of ratification",
 body="""Note No. 112/2026

The Permanent Mission of the Kingdom of Tarvos to the United Nations
presents its compliments to the Implementation Support Unit of the
Convention on Cluster Munitions and has the honour to inform it that the
Parliament of Tarvos approved ratification of the Convention on
12 March 2026.

The Mission would be grateful if the Unit could review the draft
instrument of ratification prepared by the Ministry of Foreign Affairs
before its deposit with the Secretary-General, and advise on the
documentation required by the Treaty Section.

The Permanent Mission of the Kingdom of Tarvos avails itself of this
opportunity to renew to the Implementation Support Unit the assurances of
its highest consideration.

New York, 15 April 2026
"""),
dict(key="L11", topic="legislation", secondary=[], language="en", hard=True,
 note="HARD(reply_to_ack): reply to acknowledgement providing the draft bill's status and the preferred dates for the legal review",
 frm=("Eleanor Whitcombe", "e.whitcombe@ag.saint-olwen.example"), tz="-0400", mailer="outlook", fmt="plain", cte="7bit",
 subject="Re: [CCM-2026-0423] Penal sanctions in the draft Cluster Munitions (Prohibition) Bill",
 ack_ref="CCM-2026-0423",
 body="""Thank you. For the reviewer's information: the Bill goes to Cabinet on
12 May, so comments by 5 May would be ideal. The latest version of the
penal clauses is in section 9; I will send the whole text once cleared.

Eleanor Whitcombe
Senior Crown Counsel

> From: CCM ISU <no-reply@ccm-isu.example>
> Subject: [CCM-2026-0423] Penal sanctions in the draft Cluster Munitions (Prohibition) Bill
>
> """ + ACK.format(ref="CCM-2026-0423").replace("\n", "\n> ") + "\n"),
# ---------------------------------------------------------------- general
dict(key="G1", topic="general", secondary=[], language="en", hard=False,
 note="sponsorship request for a delegate to attend the Meeting of States Parties",
 frm=("Mariam Tchoukou", "m.tchoukou@mfa.lake-chira.example"), tz="+0100", mailer="gmail", fmt="plain", cte="7bit",
 subject="Sponsorship for the Meeting of States Parties",
 body="""Dear Sir/Madam,

The Republic of Lake Chira would like to apply for sponsorship for one
delegate to attend the Meeting of States Parties in Geneva this September.
Our delegation will be led by the Director of Multilateral Affairs.

Could you send us the application form and the deadline?

Thank you,
Mariam Tchoukou
Ministry of Foreign Affairs
"""),
dict(key="G2", topic="general", secondary=[], language="en", hard=False,
 note="how to set up a Country Coalition with a partner State",
 frm=("Anders Kjellberg", "anders.kjellberg@mfa.norhaven.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Country Coalition with Kivaro - how to start?",
 body="""Dear ISU,

Norhaven and Kivaro have discussed forming a Country Coalition to support
Kivaro's implementation of the Convention. We understand the ISU has
experience with this concept.

Could we arrange a call to go through how a Country Coalition is usually
set up: who convenes it, which partners to invite, and what the first
meeting should deliver?

Kind regards,
Anders Kjellberg
Senior Adviser, Section for Humanitarian Disarmament
"""),
dict(key="G3", topic="general", secondary=[], language="fr", hard=False,
 note="donor agency offers funding without a specific topic",
 frm=("Claire Vasseur", "c.vasseur@agence-cooperation.loirenne.example"), tz="+0200", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Offre de financement de l'Agence loirennaise de coopération",
 body="""Madame, Monsieur,

L'Agence loirennaise de coopération dispose d'une enveloppe de 800 000 euros
pour 2026-2027 destinée à soutenir la mise en œuvre de la Convention sur
les armes à sous-munitions dans les pays francophones.

Nous n'avons pas encore arrêté de priorités thématiques et souhaiterions
échanger avec l'Unité d'appui sur les besoins exprimés par les États
parties afin d'orienter au mieux ces fonds.

Bien cordialement,
Claire Vasseur
Responsable du pôle paix et sécurité
"""),
dict(key="G4", topic="general", secondary=[], language="es", hard=False,
 note="asks for an ISU speaker at a regional workshop",
 frm=("Emb. Patricia Olaechea", "polaechea@rree.puertoalba.example"), tz="-0300", mailer="outlook", fmt="plain", cte="quoted-printable", charset="windows-1252",
 subject="Invitación: taller regional sobre la Convención",
 body="""Estimados colegas:

Puerto Alba organizará los días 23 y 24 de junio, en su capital, un taller
regional para los Estados de América del Sur sobre la universalización y
la aplicación de la Convención sobre Municiones en Racimo.

Nos honraría contar con un representante de la Unidad de Apoyo a la
Aplicación como ponente en la sesión inaugural. ¿Podrían confirmarnos su
disponibilidad? Los gastos de viaje serían cubiertos por el organizador.

Reciban un cordial saludo,
Patricia Olaechea
Directora General de Asuntos Multilaterales
"""),
dict(key="G5", topic="general", secondary=[], language="ar", hard=False,
 note="asks how the cooperation and assistance mechanisms work and how to request support",
 frm=("ريم العطار", "r.alattar@mofa.qaranor.example"), tz="+0300", mailer="gmail", fmt="alt", cte="quoted-printable",
 subject="استفسار عن آليات التعاون والمساعدة في إطار الاتفاقية",
 body="""السادة الأفاضل،

تحية طيبة وبعد،

بصفتي المسؤولة الجديدة عن ملف اتفاقية الذخائر العنقودية في وزارة
الخارجية، أرجو تزويدي بمعلومات عن آليات التعاون والمساعدة الدولية المتاحة
للدول الأطراف، وكيفية تقديم طلب مساعدة، وما إذا كانت هناك اجتماعات قادمة
يمكن لبلدنا المشاركة فيها.

مع الشكر والتقدير،
ريم العطار
إدارة نزع السلاح - وزارة الخارجية
"""),
dict(key="G6", topic="general", secondary=["clearance", "victim_assistance", "stockpile_destruction"], language="en", hard=True,
 ambiguous=True,
 note="HARD(ambiguous_general): asks equally for support across clearance, victim assistance and stockpile destruction for a national plan; no single main ask",
 frm=("Dr. Ibrahim Kamara", "i.kamara@planning.riverlands.example"), tz="+0000", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Support for our national implementation plan 2026-2030",
 body="""Dear ISU,

The Riverlands Government has adopted a national plan for implementing the
Convention for 2026-2030. It has three pillars of equal priority:
destroying the 300 remaining cluster bombs held by the air force,
clearing the 14 remaining contaminated areas in the east, and extending
rehabilitation services to survivors in those districts.

We are seeking partners for the plan as a whole and would appreciate the
ISU's help in presenting it to potential donors and in identifying where
technical support is available for each pillar.

Sincerely,
Dr. Ibrahim Kamara
Director of Planning, Ministry of Planning and Development
"""),
dict(key="G7", topic="general", secondary=[], language="fr", hard=True,
 note="HARD(attachment_only_hint): bare cover note with an opaquely named scanned letter; no topic can be determined",
 frm=("Secrétariat du Directeur de cabinet", "secretariat.dircab@mae.ubanga.example"), tz="+0100", mailer="outlook", fmt="mixed", cte="7bit",
 subject="Courrier du Ministère",
 attachments=[("Scan_20260414_0932.pdf", "pdf")],
 body="""Bonjour,

Veuillez trouver ci-joint un courrier à l'attention de l'Unité d'appui.

Cordialement,
Le Secrétariat
"""),
dict(key="G8", topic="general", secondary=["clearance", "victim_assistance", "reporting"], language="es", hard=True,
 ambiguous=True,
 note="HARD(ambiguous_general): note verbale requesting assistance in several areas with equal weight",
 frm=("Misión Permanente de Cordalia", "mision.ginebra@cancilleria.cordalia.example"), tz="+0200", mailer="outlook", fmt="mixed", cte="quoted-printable",
 subject="Nota Verbal N.º 045/2026",
 attachments=[("Nota_Verbal_N.º_045-2026.pdf", "pdf")],
 body="""NOTA VERBAL N.º 045/2026

La Misión Permanente de la República de Cordalia ante la Oficina de las
Naciones Unidas en Ginebra saluda atentamente a la Unidad de Apoyo a la
Aplicación de la Convención sobre Municiones en Racimo y tiene el honor de
solicitar su apoyo para identificar cooperación y asistencia internacional
en las siguientes áreas, que el Gobierno considera de igual prioridad:

a) estudio y despeje de restos de municiones en racimo;
b) rehabilitación e inclusión de sobrevivientes;
c) fortalecimiento de la capacidad nacional de presentación de informes.

La Misión Permanente de la República de Cordalia aprovecha la oportunidad
para reiterar a la Unidad de Apoyo las seguridades de su más alta y
distinguida consideración.

Ginebra, 16 de abril de 2026
"""),
dict(key="G9", topic="general", secondary=[], language="en", hard=False,
 note="practical question: reimbursement of a sponsored delegate's travel costs",
 frm=("Tevita Moala", "t.moala@mfa.koro-lau.example"), tz="+1200", mailer="iphone", fmt="plain", cte="7bit",
 subject="Reimbursement of DSA - intersessional meeting",
 body="""Hi,

Our delegate attended the intersessional meetings under the sponsorship
programme but has not yet received the DSA reimbursement. Who should we
contact, and which receipts are needed?

Thanks
Tevita

Sent from my iPhone
"""),
dict(key="G10", topic="general", secondary=[], language="en", hard=False,
 note="signature names the clearance and victim assistance department, but the ask is a meeting with the ISU Director",
 frm=("Amina Farouk", "a.farouk@nmaa.sendara.example"), tz="+0300", mailer="outlook", fmt="alt", cte="quoted-printable",
 subject="Request for a meeting during the Geneva visit",
 body="""Dear ISU,

Our Minister will be in Geneva from 18 to 20 May for the Human Rights
Council and would like to meet the Director of the ISU to discuss
Sendara's engagement in the Convention and the possibility of hosting a
regional meeting next year. Would a 30-minute slot on 19 May be possible?

Kind regards,
Amina Farouk
Director, Clearance and Victim Assistance Department
National Mine Action Authority, Sendara
+999 55 310 2210
"""),
dict(key="G11", topic="general", secondary=[], language="pt", hard=False,
 note="asks for a list of donors and cooperation opportunities for Portuguese-speaking States",
 frm=("Mateus Cunha Lobo", "mateus.lobo@mne.ilhas-verdes.example"), tz="-0100", mailer="gmail", fmt="alt", cte="quoted-printable",
 subject="Cooperação entre Estados de língua portuguesa",
 body="""Prezados,

A República das Ilhas Verdes gostaria de promover, com outros Estados de
língua portuguesa, uma iniciativa de cooperação sobre a implementação da
Convenção.

Poderiam partilhar informação sobre os doadores e programas de cooperação
existentes e sugerir como envolver a ISU numa primeira reunião virtual?

Cumprimentos,
Mateus Cunha Lobo
Ministério dos Negócios Estrangeiros
"""),
dict(key="G12", topic="general", secondary=[], language="fr", hard=False,
 note="asks for the dates and registration for the intersessional meetings and side-event rules",
 frm=("Yasmine Belhadj", "y.belhadj@mission-geneve.tamarine.example"), tz="+0200", mailer="thunderbird", fmt="plain", cte="8bit",
 subject="Réunions intersessions : inscription et événements parallèles",
 body="""Bonjour,

La Mission permanente de la République de Tamarine souhaiterait inscrire
trois délégués aux réunions intersessions et organiser un événement
parallèle sur la coopération régionale.

Pourriez-vous nous indiquer la procédure d'inscription, la date limite et
les modalités de réservation d'une salle ?

Merci d'avance,
Yasmine Belhadj
Première secrétaire
"""),
# ---------------------------------------------------------------- not an enquiry
dict(key="N1", topic="not_an_enquiry", secondary=[], language="en", hard=False,
 note="out-of-office auto-reply with Auto-Submitted",
 frm=("Daniel Osei-Bonsu", "d.oseibonsu@pmny.akwamu.example"), tz="-0400", mailer="outlook", fmt="plain", cte="7bit",
 subject="Automatic reply: Annual transparency report - late submission",
 headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
 body="""Thank you for your message. I am out of the office until 4 May 2026 with
limited access to e-mail. For urgent matters please contact
mission.akwamu@pmny.akwamu.example.
"""),
dict(key="N2", topic="not_an_enquiry", secondary=["reporting"], language="fr", hard=True,
 note="HARD(no_auto_headers,lookalike_noise): absence notice without Auto-Submitted headers, replying to an intake acknowledgement and mentioning the Article 7 report",
 frm=("Patrice Lemoine", "p.lemoine@mae.val-doree.example"), tz="+0200", mailer="outlook", fmt="plain", cte="quoted-printable",
 subject="Absent : [CCM-2026-0409] Page de couverture du rapport article 7",
 ack_ref="CCM-2026-0409",
 body="""Bonjour,

Je suis absent du bureau jusqu'au 27 avril inclus. Pendant mon absence,
pour toute question relative au rapport au titre de l'article 7, merci de
contacter Mme Anne Guérin (a.guerin@mae.val-doree.example).

Cordialement,
Patrice Lemoine
"""),
dict(key="N3", topic="not_an_enquiry", secondary=[], language="en", hard=False,
 note="DSN bounce (multipart/report) of an outgoing message to a defunct address",
 frm=("Mail Delivery System", "MAILER-DAEMON@mx1.ccm-isu.example"), tz="+0200", mailer="robot", fmt="dsn", cte="7bit",
 subject="Undelivered Mail Returned to Sender",
 dsn=dict(rcpt="s.novak@old-mission.lindmark.example", status="5.1.1",
  diag="smtp; 550 5.1.1 <s.novak@old-mission.lindmark.example>: Recipient address rejected: User unknown",
  orig_subject="[CCM-2026-0398] Your request for sponsorship", headers_only=True),
 body="""This is the mail system at host mx1.ccm-isu.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<s.novak@old-mission.lindmark.example>: host mail.old-mission.lindmark.example
    said: 550 5.1.1 User unknown (in reply to RCPT TO command)
"""),
dict(key="N4", topic="not_an_enquiry", secondary=["victim_assistance"], language="es", hard=True,
 note="HARD(no_dsn_structure): plain-text bounce in Spanish, no multipart/report, quoting a victim assistance message",
 frm=("Sistema de correo", "mailer-daemon@correo.salud.altiplania.example"), tz="-0500", mailer="robot", fmt="plain", cte="8bit",
 subject="Mensaje no entregado: Re: Programa de rehabilitación comunitaria",
 body="""Este es un mensaje generado automáticamente por el servidor de correo.

No se pudo entregar su mensaje a los siguientes destinatarios:

    jlimachi@salud.altiplania.example
    Motivo: el buzón del destinatario está lleno (552 5.2.2 Mailbox full)

---------- Encabezados del mensaje original ----------
From: intake@ccm-isu.example
To: jlimachi@salud.altiplania.example
Subject: Re: Programa de rehabilitación comunitaria
Date: Wed, 15 Apr 2026 10:02:11 +0200
"""),
dict(key="N5", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], language="en", hard=True,
 note="HARD(lookalike_noise): NGO newsletter (List-Unsubscribe) about clearance results and a survivor project, with 'support' wording but no ask",
 frm=("Open Fields Alliance", "news@openfields-alliance.example.org"), tz="+0000", mailer="robot", fmt="alt", cte="quoted-printable",
 subject="Open Fields Update: 2.1 km² cleared, new survivor project in Dravia",
 headers={"List-Id": "Open Fields Update <update.openfields-alliance.example.org>",
          "List-Unsubscribe": "<https://openfields-alliance.example.org/u?id=77ad01>, <mailto:leave@openfields-alliance.example.org>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
 body="""OPEN FIELDS UPDATE - APRIL 2026

Clearance: our teams released 2.1 km² of land contaminated by cluster
munition remnants in the Sava-Lom valley, returning it to 340 farming
families.

Survivors: with support from partners we launched a vocational training
project for 60 survivors in Dravia.

Support our work: a donation of 25 EUR clears 10 m² of land.

You are receiving this e-mail because you signed up at a conference.
Unsubscribe: https://openfields-alliance.example.org/u?id=77ad01
Open Fields Alliance, 12 Rue Imaginaire, 1200 Genève
"""),
dict(key="N6", topic="not_an_enquiry", secondary=["victim_assistance"], language="en", hard=True,
 note="HARD(lookalike_noise,html_only): phishing imitating an e-signature request for a victim assistance grant agreement",
 frm=("CCM ISU eSign", "esign@ccm-isu-secure.example"), tz="+0000", mailer="robot", fmt="html", cte="quoted-printable",
 subject="Action required: sign Victim Assistance Grant Agreement 2026",
 headers={"Authentication-Results": "mx1.ccm-isu.example; spf=fail smtp.mailfrom=ccm-isu-secure.example; dkim=none; dmarc=fail"},
 html="""<html><body style="font-family:Helvetica,Arial;font-size:14px">
<table width="560" align="center" style="border:1px solid #ddd"><tr><td style="padding:20px">
<p><b>Implementation Support Unit</b> sent you a document to review and sign.</p>
<p style="font-size:17px">Victim Assistance Grant Agreement 2026 (2 pages)</p>
<p><a href="http://ccm-isu-secure.example/esign/review?env=5521-a9" style="background:#f2b01e;color:#000;padding:10px 18px;text-decoration:none">REVIEW DOCUMENT</a></p>
<p style="color:#777;font-size:11px">This link expires in 24 hours. Do not share this e-mail.</p>
</td></tr></table></body></html>
""", body=""),
dict(key="N7", topic="not_an_enquiry", secondary=[], language="en", hard=False,
 note="read receipt (multipart/report disposition-notification)",
 frm=("Mariam Tchoukou", "m.tchoukou@mfa.lake-chira.example"), tz="+0100", mailer="outlook", fmt="mdn", cte="7bit",
 subject="Read: [CCM-2026-0414] Sponsorship for the Meeting of States Parties",
 ack_ref="CCM-2026-0414",
 mdn=dict(orig_rcpt="m.tchoukou@mfa.lake-chira.example", orig_msgid="<ccm-2026-0414.ack@ccm-isu.example>"),
 body="""Your message

  To: Mariam Tchoukou
  Subject: [CCM-2026-0414] Sponsorship for the Meeting of States Parties
  Sent: Tuesday, 14 April 2026 11:20:05 (UTC+01:00)

was read on Tuesday, 14 April 2026 15:47:31 (UTC+01:00).
"""),
dict(key="N8", topic="not_an_enquiry", secondary=["victim_assistance"], language="es", hard=True,
 note="HARD(lookalike_noise): helpdesk ticket auto-acknowledgement quoting an intake reference and a rehabilitation subject",
 frm=("Mesa de Ayuda - Ministerio de Salud", "mesadeayuda@salud.valdemora.example"), tz="-0500", mailer="robot", fmt="alt", cte="quoted-printable",
 subject="[Ticket #58214] Re: [CCM-2026-0405] Apoyo en rehabilitación para sobrevivientes",
 ack_ref="CCM-2026-0405",
 headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
 body="""Estimado/a usuario/a:

Hemos recibido su mensaje y se ha creado el ticket #58214 con el asunto
"Re: [CCM-2026-0405] Apoyo en rehabilitación para sobrevivientes".

Un agente de la Mesa de Ayuda lo atenderá en un plazo de 48 horas hábiles.
Por favor, no responda a este correo.

Mesa de Ayuda TIC - Ministerio de Salud de Valdemora
"""),
dict(key="N9", topic="not_an_enquiry", secondary=[], language="en", hard=False,
 note="spam: delegate packages for a defence expo",
 frm=("Global DefenceTech Expo", "offers@gdt-expo-events.example.net"), tz="+0000", mailer="robot", fmt="alt", cte="quoted-printable",
 subject="Last chance: 40% off VIP delegate packages - DefenceTech Expo 2026",
 headers={"List-Unsubscribe": "<https://gdt-expo-events.example.net/optout?u=intake>", "Precedence": "bulk"},
 body="""Dear Valued Partner,

Only 12 VIP delegate packages remain for DefenceTech Expo 2026!
Book before Friday and save 40% on exhibition space, networking dinners
and hotel transfers.

Reply YES to reserve your package today.

To opt out, click here: https://gdt-expo-events.example.net/optout?u=intake
"""),
dict(key="N10", topic="not_an_enquiry", secondary=[], language="fr", hard=False,
 note="French mailing-list digest announcing a conference",
 frm=("Réseau francophone de l'action contre les mines", "liste@rfam.example.org"), tz="+0200", mailer="robot", fmt="plain", cte="quoted-printable",
 subject="[rfam-info] Lettre d'information n° 37 - avril 2026",
 headers={"List-Id": "Informations du RFAM <rfam-info.rfam.example.org>",
          "List-Unsubscribe": "<mailto:rfam-info-leave@rfam.example.org>", "Precedence": "list"},
 body="""LETTRE D'INFORMATION DU RFAM - N° 37

- Colloque annuel du réseau : 8-9 octobre 2026, appel à communications
  ouvert jusqu'au 31 mai.
- Nouveaux membres : trois organisations ont rejoint le réseau.
- Publication : actes du colloque 2025 disponibles en ligne.

Pour vous désabonner : rfam-info-leave@rfam.example.org
"""),
]
