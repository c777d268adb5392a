"""Message specs: stockpile destruction, clearance, victim assistance.

All States, people, organisations and numbers are invented; only reserved
example domains are used.
"""

SPECS = []


def M(**kw):
    SPECS.append(kw)


# ---------------------------------------------------------------------------
# stockpile_destruction (Article 3)
# ---------------------------------------------------------------------------

M(key="S01", topic="stockpile_destruction", secondary=[], lang="en", hard=False,
  note="asks for an assessment mission, destruction equipment or a destination abroad to destroy DPICM shells and dispensers before the Art. 3 deadline",
  **{"from": ("Brig. Gen. Tomas Rehn-Akoto", "t.rehnakoto@mod.norvania.example")},
  subject="Request for technical assistance - destruction of remaining cluster munition stocks",
  date="2026-01-14 09:12:44 +0100",
  attachments=["Inventory_summary_CM_stocks_Norvania_Nov2025.pdf"],
  body="""Dear Sir or Madam,

I write on behalf of the Ministry of Defence of the Republic of Norvania
regarding our obligations under Article 3 of the Convention.

Following the completion of our national inventory in November 2025, the
Armed Forces hold 1,846 155mm artillery projectiles of the DPICM type and
212 air-dropped dispensers, stored at two depots (Harrowfield and Kestel
Ridge). Our deadline for destroying these stocks is 1 August 2028. Our
Ammunition Technical Unit has experience with open detonation of
conventional ammunition, but the quantities involved, the condition of some
of the fuzes and the environmental restrictions near Kestel Ridge mean that
we would prefer an industrial or semi-industrial solution.

We would therefore be grateful for assistance in the following areas:

 1. a technical assessment mission to both depots to advise on the most
    suitable destruction method;
 2. identification of States Parties or operators able to provide mobile
    demilitarisation equipment, or to receive the munitions for
    destruction abroad;
 3. a realistic cost estimate, so that we can approach donors.

A summary of the inventory by type, lot and storage location is attached.

Yours faithfully,

Brig. Gen. Tomas Rehn-Akoto
Director, Logistics and Ammunition Management
Ministry of Defence, Republic of Norvania
Tel. +999 21 440 1170 | Mobile +999 77 301 2288

------------------------------------------------------------------------
This e-mail and any attachments are confidential and intended solely for
the addressee. If you have received it in error, please notify the sender
and delete it. The Ministry of Defence accepts no liability for any loss
arising from the use of this e-mail.
""")

M(key="S02", topic="stockpile_destruction", secondary=["reporting"], lang="en", hard=True,
  note="HARD(multi_topic): vague subject; refers to Form B of the Article 7 report, but the ask is donor funding for a destruction facility (detonation chamber) for the stockpile",
  **{"from": ("Priya Vanterpool", "p.vanterpool@mission.coravia.example")},
  subject="Follow up",
  date="2026-02-03 16:47:09 +0100",
  body="""Dear colleagues,

Following up on our brief conversation in the margins of the meeting in
Geneva last week: as you know, Coravia declared a stockpile of 4,310 cluster
munitions in its initial transparency report, and the figures in Form B of
our 2025 report will show that roughly 60 per cent of them remain.

The bottleneck is not expertise but infrastructure. The demilitarisation
plant at Velm Valley was built in the 1980s for conventional ammunition and
its incinerator cannot safely process the submunition fill. Our Ministry of
Defence has prepared a project to refurbish the plant and install a
contained detonation chamber, estimated at EUR 2.4 million, of which the
national budget can cover about one third.

We would be very grateful if the ISU could help us present this project to
potential donors, and tell us whether any State Party has financed a
similar facility elsewhere. I can share the engineering study on request.

With best regards,

Priya Vanterpool
Counsellor / Deputy Permanent Representative
Permanent Mission of the Republic of Coravia to the United Nations Office
at Geneva
+999 22 918 40 05
""")

M(key="S03", topic="stockpile_destruction", secondary=["clearance"], lang="en", hard=True,
  note="HARD(forwarded_chain): the questions are in the forwarded army e-mail: how many submunitions may be retained under Art. 3(6) and help destroying them later; clearance appears only as the training purpose",
  **{"from": ("Kline-Osei, Adebayo", "a.klineosei@mfa.tamsara.example")},
  subject="FW: retained submunitions - training requirement",
  date="2026-02-10 10:03:51 +0000",
  lf=True,
  body="""Dear ISU team,

Please see below a query from our Army Engineer School, which I am
forwarding with the approval of the capital. We would appreciate your
guidance and, if possible, contacts in States Parties that have gone
through the same exercise.

Best,
Adebayo Kline-Osei
First Secretary (Disarmament)
Embassy and Permanent Mission of the Republic of Tamsara, Geneva
T +999 31 700 6620

-----Original Message-----
From: Lt Col Marguerite Dassah <m.dassah@army.tamsara.example>
Sent: Monday, 9 February 2026 14:02
To: Kline-Osei, Adebayo <a.klineosei@mfa.tamsara.example>
Subject: retained submunitions - training requirement

Adebayo,

As discussed on the phone. The School currently keeps 640 M42/M46 grenades
from the old stocks for the training of EOD and clearance personnel. The
destruction programme for everything else ends in June. HQ wants to know:

- whether 640 is defensible as "the minimum number absolutely necessary",
  or whether we will be asked to justify it item by item;
- what other States have kept and how quickly they use them up;
- whether anyone could help us destroy the retained items when they are no
  longer needed, since the contractor leaves in June.

We need an answer before the Chief of Staff signs off the destruction plan.

Regards
MD
""")

M(key="S04", topic="stockpile_destruction", secondary=[], lang="en", hard=False,
  note="two-line request for contact with a State that has destroyed CBU-87 / BLU-97 stocks",
  **{"from": ("Maj. K. Asamoah-Brandt", "k.asamoahbrandt@hdf.halvik.example")},
  subject="BLU-97 stocks",
  date="2026-03-02 13:25:10 +0200",
  body="""Hello,

Could the ISU put us in touch with a State Party that has already destroyed
CBU-87 bombs (BLU-97/B bomblets)? We still hold 318 of them and would like
practical advice on disassembly before we commit to a method.

Thanks,
Maj. K. Asamoah-Brandt
EOD & Ammunition Branch, Halvik Defence Force
+999 44 120 7781
""")

M(key="S05", topic="stockpile_destruction", secondary=[], lang="en", hard=False,
  note="help preparing an Article 3 extension request for stockpile destruction (multipart/alternative)",
  **{"from": ("Dr. Elena Marsh-Obuya", "e.marshobuya@mfa.sovenia.example")},
  subject="Article 3 extension request - assistance with preparation",
  date="2026-02-19 11:30:00 +0100",
  html="",
  body="""Dear ISU,

Sovenia will not be able to complete the destruction of its cluster munition
stockpile by its deadline of 1 March 2027, mainly because of delays in
procuring a new demilitarisation line after the fire at the Brenna arsenal
last year. We therefore intend to submit a request for an extension under
Article 3, paragraph 3, for consideration at the next Meeting of States
Parties.

As this is our first such request, we would welcome:
- guidance on the content and structure expected (revised timeline,
  quantities remaining, reasons for the delay, financial and technical
  means available);
- examples of previous extension requests by other States Parties;
- if possible, an informal review of our draft before formal submission.

Would an online meeting in the first week of March suit you?

Kind regards,

Dr. Elena Marsh-Obuya
Head, Arms Control and Disarmament Division
Ministry of Foreign Affairs, Republic of Sovenia
+999 19 202 7730
""")

M(key="S06", topic="stockpile_destruction", secondary=[], lang="fr", hard=False,
  note="expert mission and training to identify, separate and mark cluster munition stocks before destruction",
  **{"from": ("Colonel Jean-Baptiste Moukala", "jb.moukala@defense.kassonga.example")},
  subject="Demande d'appui – inventaire et marquage des stocks",
  date="2026-01-22 08:51:37 +0100",
  cte="quoted-printable",
  body="""Madame, Monsieur,

Dans le cadre de la mise en œuvre de l'article 3 de la Convention, le
ministère de la Défense nationale de la République de Kassonga a entrepris
le recensement des armes à sous-munitions détenues par les forces armées.
Les premiers résultats montrent que ces munitions sont stockées avec
d'autres munitions conventionnelles, dans plusieurs dépôts, sans registre
fiable.

Avant de pouvoir planifier leur destruction, nous devons les séparer
physiquement des munitions destinées à l'emploi opérationnel, les identifier
et les marquer. Or nos personnels n'ont pas l'expérience de l'identification
des différents modèles (roquettes, obus, bombes d'aviation) ni des normes de
stockage applicables.

Nous sollicitons donc un appui technique sous la forme d'une mission
d'experts de deux semaines et, si possible, d'une formation de nos
sous-officiers chargés de la gestion des munitions.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Colonel Jean-Baptiste Moukala
Directeur du Matériel et des Munitions
Ministère de la Défense nationale – République de Kassonga
Tél. : +999 62 31 05 47
""")

M(key="S07", topic="stockpile_destruction", secondary=[], lang="fr", hard=True,
  note="HARD(reply_to_ack): reply to the intake acknowledgement that completes a stockpile destruction request (quantities, depot) and asks about transfer to a neighbour for destruction",
  **{"from": ("Awa Sangaré-Lemaire", "a.sangare@mae.tamare.example")},
  subject="RE: [CCM-2026-0041] Accusé de réception : Destruction des stocks – demande d'appui",
  date="2026-02-04 12:18:22 +0000",
  in_reply_to="<ack.CCM-2026-0041@ccm-isu.example>",
  references="<E7A10B22C4F1@mae.tamare.example> <ack.CCM-2026-0041@ccm-isu.example>",
  mailer=("X-Mailer", "Microsoft Outlook 16.0"),
  body="""Bonjour,

Merci pour votre accusé de réception. Pour compléter notre demande, voici
les précisions demandées :

- quantités : 96 roquettes de 122 mm à sous-munitions et 14 conteneurs de
  bombes d'aviation ;
- localisation : dépôt central de Birni, à 40 km de la capitale ;
- état : une partie des roquettes présente des traces de corrosion ;
- capacités nationales : une équipe de neutralisation de huit personnes,
  sans équipement de démantèlement.

Par ailleurs, un État voisin nous a proposé de transférer ces munitions sur
son territoire pour qu'elles y soient détruites. Pouvez-vous nous indiquer
les conditions à respecter au titre de la Convention pour un tel transfert ?

Cordialement,

Awa Sangaré-Lemaire
Conseillère technique, Direction des Affaires juridiques et du Désarmement
Ministère des Affaires étrangères – République de Tamaré

-----Message d'origine-----
De : CCM Intake <no-reply@ccm-isu.example>
Envoyé : mardi 3 février 2026 10:12
À : Sangaré-Lemaire Awa <a.sangare@mae.tamare.example>
Objet : [CCM-2026-0041] Accusé de réception : Destruction des stocks – demande d'appui

Votre demande a été enregistrée sous la référence CCM-2026-0041.
Thème : destruction des stocks (article 3).
Pour permettre aux coordonnateurs d'agir rapidement, merci de préciser les
quantités, le lieu de stockage et les capacités nationales disponibles.
""")

M(key="S08", topic="stockpile_destruction", secondary=[], lang="es", hard=False,
  note="financial or technical assistance to destroy 42 air-dropped cluster bombs",
  **{"from": ("Cnel. Ramiro Etchegaray", "r.etchegaray@mindef.sierraventosa.example")},
  subject="Solicitud de cooperación – destrucción de bombas de racimo de aviación",
  date="2026-03-09 10:40:02 -0500",
  body="""Estimados señores:

Me dirijo a ustedes en nombre del Ministerio de Defensa de la República de
Sierra Ventosa. En cumplimiento del artículo 3 de la Convención, la Fuerza
Aérea mantiene aún 42 bombas de racimo de aviación de fabricación
extranjera, almacenadas en la Base Aérea El Cóndor, cuya destrucción no ha
sido posible por falta de presupuesto y de personal capacitado.

Quisiéramos saber si existe la posibilidad de obtener asistencia financiera
o técnica de otros Estados Partes para su destrucción, preferiblemente en el
país, y cuál sería el procedimiento para presentar una solicitud formal.

Quedo a su disposición para cualquier información adicional.

Atentamente,

Cnel. Ramiro Etchegaray
Jefe de la División de Material Bélico
Ministerio de Defensa – República de Sierra Ventosa
Tel.: +999 11 4820 3366

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son confidenciales y
están dirigidos exclusivamente a su destinatario. Si lo ha recibido por
error, le rogamos que lo comunique al remitente y lo elimine.
""")

M(key="S09", topic="stockpile_destruction", secondary=["legislation"], lang="es", hard=True,
  note="HARD(misleading_subject): subject is about the implementation law, but the ask is expert help to assess, move and destroy newly found submunition stocks held by the police",
  **{"from": ("Mariana Zubizarreta", "mzubizarreta@mininterior.tierraroja.example")},
  subject="Consulta sobre la ley de aplicación",
  date="2026-03-17 15:05:48 -0400",
  body="""Buenos días:

Les escribo en relación con nuestra ley de aplicación de la Convención,
aprobada en octubre pasado, porque fue a raíz de ella que la Policía
Nacional revisó sus depósitos. En uno de ellos, en la provincia de San
Telmo, se encontraron 27 contenedores con submuniciones que habían sido
incautados hace años y nunca fueron registrados.

El problema es práctico: la Policía no tiene técnicos formados para
manipular este material y el Ejército nos indica que su propio plan de
destrucción ya concluyó. ¿Podrían ayudarnos a conseguir apoyo de expertos
para evaluar el estado de estas municiones, trasladarlas de forma segura y
destruirlas?

Saludos cordiales,

Mariana Zubizarreta
Directora de Control de Armas y Explosivos
Ministerio del Interior y Seguridad – República de Tierra Roja
(+999) 2 714 5590
""")

M(key="S10", topic="stockpile_destruction", secondary=[], lang="ru", hard=True,
  note="HARD(legacy_charset): windows-1251 body; asks for equipment and a needs assessment to destroy RBK-250 bomb clusters and rockets with submunition warheads (Art. 3)",
  **{"from": ("И. В. Ракитин", "rakitin@mil.priozerye.example")},
  subject="Просьба о содействии в уничтожении запасов кассетных боеприпасов",
  date="2026-01-28 14:20:31 +0300",
  charset="windows-1251", cte="8bit",
  body="""Уважаемые коллеги!

Министерство обороны Республики Приозерье обращается к Группе
имплементационной поддержки с просьбой о содействии в выполнении
обязательств по статье 3 Конвенции.

На складах вооружения остаются 86 разовых бомбовых кассет РБК-250 и около
1200 реактивных снарядов с кассетными головными частями. Предприятие,
которое ранее проводило утилизацию, закрыто, а подрыв на полигоне
ограничен из-за близости населённых пунктов.

Просим оказать содействие в поиске государств-участников или организаций,
способных предоставить оборудование для разборки и утилизации, а также
провести оценку потребностей на месте. Готовы предоставить подробную
информацию о техническом состоянии боеприпасов.

С уважением,
полковник И. В. Ракитин
начальник управления ракетно-артиллерийского вооружения
Министерство обороны Республики Приозерье
тел. +999 495 220 18 70
""")

M(key="S11", topic="stockpile_destruction", secondary=[], lang="de", hard=False,
  note="advice on environmentally sound industrial destruction of remaining cluster munition stocks, costs and tender",
  **{"from": ("Matthias Kerschbaum", "m.kerschbaum@bmlv.bergmark.example")},
  subject="Anfrage: umweltgerechte Vernichtung von Streumunition",
  date="2026-02-25 09:02:15 +0100",
  lf=True,
  body="""Sehr geehrte Damen und Herren,

das Verteidigungsministerium der Republik Bergmark bereitet derzeit die
Vernichtung der letzten Bestände an Streumunition vor (rund 2.700
Artilleriegeschosse mit Submunition sowie 90 Raketen). Nach unserem
nationalen Umweltrecht ist eine offene Sprengung in dieser Größenordnung
nicht genehmigungsfähig.

Wir wären Ihnen dankbar für Hinweise auf Vertragsstaaten oder Unternehmen
mit Erfahrung in der industriellen Delaborierung und der Verbrennung unter
kontrollierten Bedingungen sowie für Angaben zu den zu erwartenden Kosten.
Auch Unterstützung bei der Erstellung einer Ausschreibung wäre hilfreich.

Mit freundlichen Grüßen

Matthias Kerschbaum
Oberstleutnant
Referat Munitionswesen
Bundesministerium für Landesverteidigung der Republik Bergmark
Tel.: +999 1 52 000 4417
""")

# ---------------------------------------------------------------------------
# clearance (Article 4)
# ---------------------------------------------------------------------------

M(key="C01", topic="clearance", secondary=[], lang="en", hard=False,
  note="funding and partners for non-technical survey of areas suspected to contain cluster munition remnants",
  **{"from": ("Ruth Nakamanya-Pell", "director@nmaa.zembara.example")},
  subject="Assistance request - non-technical survey, Northern and Lake provinces",
  date="2026-01-19 10:15:00 +0300",
  body="""Dear Implementation Support Unit,

The National Mine Action Authority of the Republic of Zembara requests
assistance to carry out a non-technical survey of areas suspected to be
contaminated by cluster munition remnants in Northern and Lake provinces.

Aerial bombardment during the 2019 conflict affected at least 34 villages
in these provinces. Community reports and police records point to
unexploded submunitions in farmland, around schools and along the Lake
road, but no systematic survey has ever been done. Without a reliable
baseline we cannot define the extent of the problem, set priorities or plan
clearance realistically.

We estimate that three survey teams of four people each, deployed for nine
months, would be needed, together with vehicles, GPS equipment and training
in information management. The Authority can provide the team leaders,
office space and liaison with the local authorities.

We would welcome the ISU's support in identifying States Parties or
operators that could finance or carry out this work, and would be happy to
provide a detailed budget.

Yours sincerely,

Ruth Nakamanya-Pell
Director
National Mine Action Authority, Republic of Zembara
Plot 12, Independence Avenue, Kalo
Tel: +999 41 233 0901
""")

M(key="C02", topic="clearance", secondary=["victim_assistance"], lang="en", hard=True,
  note="HARD(multi_topic): survivors are mentioned as community volunteers, but the ask is technical survey and clearance of a newly found contaminated riverbank",
  **{"from": ("Samuel Oduya-Thorne", "s.oduyathorne@bmac.brayland.example")},
  subject="Riverbank contamination near Tsebo - request for support",
  date="2026-03-05 07:58:40 +0200",
  body="""Dear colleagues,

I am writing about a situation in Tsebo district that our Centre cannot
handle with its current capacity.

Over the past two months fishermen and herders have reported at least
fifteen BLU-type bomblets along a 3 km stretch of the Mava riverbank,
exposed by the seasonal floods. Two of the men who reported them are
themselves survivors of an accident in 2021 and now help us as community
liaison volunteers. The area was never recorded as hazardous in our
database.

We need a technical survey to establish the boundaries of the contaminated
area, and then clearance for an estimated four months before the next
rainy season. Concretely, we are asking for help with funding for one
battle area clearance team and a short visit by a technical adviser to
help us plan the task.

Best regards,

Samuel Oduya-Thorne
Operations Manager, Brayland Mine Action Centre
Ministry of the Interior
+999 56 302 4410 (office) / +999 56 770 1199 (field)
""")

M(key="C03", topic="clearance", secondary=[], lang="en", hard=True,
  note="HARD(html_only): text/html only; NGO with the Ministry of Education asks for support for school-based explosive ordnance risk education",
  **{"from": ("Hannah Whitcombe", "hannah.w@safeground.example.org")},
  subject="Risk education materials for schools in Eastern Caldera",
  date="2026-02-12 14:33:05 +0000",
  html_only=True,
  html="""<html><head><meta charset="utf-8"></head><body>
<div style="font-family:Helvetica,Arial,sans-serif;font-size:14px;color:#222">
<p>Dear ISU team,</p>
<p>Safe Ground Partnership works with the Ministry of Education and the National Demining Office of
Caldera on explosive ordnance risk education in the eastern districts, where children still pick up
submunitions they mistake for toys or scrap metal.</p>
<p>Our current materials date from 2014 and no longer match what teachers and children tell us.
Together with the Ministry we would like to:</p>
<ul>
<li>develop new, age-appropriate posters, leaflets and a short radio drama in two local languages;</li>
<li>train 120 teachers as risk education focal points in their schools;</li>
<li>test the messages with children before anything is printed.</li>
</ul>
<p>Could you put us in touch with States Parties or organisations that have funded similar
school-based programmes, or share good examples of materials? A letter of support from the Ministry
is available.</p>
<p>Warm regards,<br>
<b>Hannah Whitcombe</b><br>
Programme Coordinator, Safe Ground Partnership &ndash; Caldera<br>
+999 38 550 2109 | <a href="https://safeground.example.org">safeground.example.org</a></p>
</div></body></html>
""")

M(key="C04", topic="clearance", secondary=[], lang="en", hard=False,
  note="vague subject; previously unknown submunition contamination found on land released after Art. 4 completion, asks for survey team and detectors",
  **{"from": ("Lt. Col. Anouk Brouwer-Mensah", "ops@ndo.estrany.example")},
  subject="URGENT",
  date="2026-04-07 18:41:12 +0100",
  body="""Dear Sir/Madam,

Last week heavy rains in the Upper Doln valley uncovered unexploded
submunitions on land that we released in 2023. Our EOD team has destroyed
23 items in situ so far, but villagers keep finding more and we believe a
wider area is affected.

As we declared completion of our Article 4 obligations two years ago, we
need to know what is expected of us now that we have found previously
unknown contamination, and we urgently need help with a survey team and
detectors for deeper search.

Please call me at your earliest convenience.

Lt. Col. Anouk Brouwer-Mensah
Head of Operations, National Demining Office of Estrany
Mob: +999 90 511 3847
""")

M(key="C05", topic="clearance", secondary=[], lang="fr", hard=False,
  note="information management expert to clean the database of hazardous areas and set up a land release procedure",
  **{"from": ("Ousmane Kane-Dembélé", "o.kanedembele@cnam.tamare.example")},
  subject="Remise à disposition des terres – appui en gestion de l'information",
  date="2026-02-23 11:07:19 +0000",
  body="""Bonjour,

Le Centre national d'action antimines (CNAM) de la République de Tamaré
souhaite bénéficier d'un appui pour améliorer la gestion de l'information
relative aux zones polluées par les restes d'armes à sous-munitions.

Depuis 2022, nos équipes ont annulé ou réduit plusieurs zones dangereuses
grâce à l'enquête non technique, mais ces résultats sont mal enregistrés :
des zones déjà remises à disposition figurent encore dans la base de
données, et les autorités locales ne reçoivent pas les certificats de
remise. Cela fausse notre estimation des superficies restantes.

Nous aurions besoin d'un expert en gestion de l'information (IMSMA ou
équivalent) pendant trois à quatre mois, pour assainir la base de données,
former deux agents et mettre en place une procédure de remise à disposition
des terres conforme aux normes.

Dans l'attente de votre retour, veuillez recevoir nos salutations
distinguées.

Ousmane Kane-Dembélé
Chef de la Division des Opérations
Centre national d'action antimines – Tamaré
+999 70 228 41 19
""")

M(key="C06", topic="clearance", secondary=["reporting"], lang="fr", hard=True,
  note="HARD(forwarded_chain,multi_topic): cover note plus forwarded prefect's report ask for a team to delimit and clear a newly found submunition area; the annual report is mentioned only in passing",
  **{"from": ("Sylvie Ndour-Marchand", "s.ndour@mae.menandie.example")},
  subject="TR: Signalement de sous-munitions – commune de Kéba",
  date="2026-03-17 09:26:53 +0000",
  mailer=("User-Agent", "Mozilla Thunderbird"),
  body="""Madame, Monsieur,

Je vous transmets ci-dessous le message du préfet de Kéba, reçu hier par
notre ministère. Nous souhaiterions savoir si l'Unité peut nous aider à
mobiliser rapidement une équipe spécialisée pour délimiter et dépolluer la
zone. Nous devrons bien entendu en rendre compte dans notre prochain
rapport annuel.

Bien à vous,

Sylvie Ndour-Marchand
Cheffe du Bureau du désarmement
Ministère des Affaires étrangères et de la Coopération
République de Ménandie
Tél. : +999 33 860 12 45


-------- Message transféré --------
Sujet : Signalement de sous-munitions – commune de Kéba
Date : Mon, 16 Mar 2026 17:40:11 +0000
De : Préfecture de Kéba <cabinet@prefecture-keba.menandie.example>
Pour : cabinet@mae.menandie.example

Monsieur le Ministre,

J'ai l'honneur de porter à votre connaissance que des cultivateurs de la
commune de Kéba ont découvert la semaine dernière plusieurs engins
explosifs de petite taille, semblables à des sous-munitions, en défrichant
une parcelle à proximité de l'école primaire. La gendarmerie a balisé
provisoirement le secteur, mais nous ne disposons d'aucun moyen pour
évaluer l'étendue de la zone ni pour procéder à la dépollution.

Je sollicite l'intervention des services compétents dans les meilleurs
délais.

Le Préfet de Kéba
""")

M(key="C07", topic="clearance", secondary=[], lang="fr", hard=False,
  note="Ministry of Education wants to introduce risk education in primary schools (materials, teacher training)",
  **{"from": ("Claire Bonnefoy-Mbemba", "c.bonnefoy@education.kassonga.example")},
  subject="Sensibilisation des élèves",
  date="2026-03-24 16:12:44 +0100",
  lf=True,
  body="""Bonjour,

Dans notre province, plusieurs enfants ont été blessés l'an dernier en
manipulant des engins non explosés. Le ministère de l'Éducation voudrait
intégrer l'éducation aux risques dans le programme des écoles primaires dès
la rentrée prochaine. Existe-t-il des programmes ou des partenaires qui
pourraient nous accompagner (supports pédagogiques, formation des
enseignants) ?

Merci d'avance,

Claire Bonnefoy-Mbemba
Inspectrice pédagogique, province du Lac
Ministère de l'Éducation nationale – Kassonga
+999 62 45 77 10
""")

M(key="C08", topic="clearance", secondary=[], lang="es", hard=False,
  note="detectors, protective equipment and a vehicle for teams clearing cluster munition remnants",
  **{"from": ("Ing. Patricio Leal Ordóñez", "pleal@andh.costanieve.example")},
  subject="Solicitud de equipamiento para despeje",
  date="2026-02-06 12:44:31 -0600",
  body="""Estimados:

La Autoridad Nacional de Desminado Humanitario (ANDH) de la República de
Costa Nieve tiene previsto iniciar en mayo el despeje de las áreas
contaminadas con restos de municiones en racimo en el departamento de Las
Quebradas, identificadas durante el estudio técnico de 2025
(aproximadamente 3,2 km²).

Contamos con dos equipos de desminado humanitario formados, pero el equipo
de detección con el que trabajan tiene más de diez años y varios detectores
ya no funcionan. Necesitaríamos:

  • 20 detectores de metales adecuados para submuniciones,
  • equipos de protección personal (chalecos y visores),
  • un vehículo todoterreno para el traslado de los equipos.

Agradeceríamos que nos indicaran cómo podemos presentar esta necesidad a
los Estados en condiciones de prestar asistencia.

Cordialmente,

Ing. Patricio Leal Ordóñez
Jefe de Operaciones – ANDH
Costa Nieve
Tel. (+999) 3 220 4781
""")

M(key="C09", topic="clearance", secondary=["stockpile_destruction", "victim_assistance"], lang="es", hard=True,
  note="HARD(multi_topic): recalls completed stockpile destruction and progress on victims, but asks for help preparing the Article 4 clearance extension request",
  **{"from": ("Lucía Ferrer Almada", "lferrer@misionginebra.serrania.example")},
  subject="Prórroga – artículo 4",
  date="2026-03-11 17:02:26 +0100",
  body="""Estimado equipo de la Unidad:

Como es de su conocimiento, la República de la Serranía concluyó la
destrucción de sus existencias en 2019 y ha avanzado considerablemente en
la atención a las víctimas gracias a la nueva ley de discapacidad. Sin
embargo, no podremos cumplir con el plazo del 1 de agosto de 2027 para el
despeje de todas las zonas contaminadas con restos de municiones en racimo:
quedan 14 zonas, casi todas en terreno montañoso de difícil acceso.

Nuestra Autoridad Nacional está preparando la solicitud de prórroga del
artículo 4 y quisiera contar con el apoyo de la Unidad para revisar el
borrador, en particular el plan de trabajo, la estimación de costos y la
metodología de liberación de tierras. También agradeceríamos ejemplos de
solicitudes anteriores que hayan sido bien recibidas por los Estados
Partes.

Reciba un cordial saludo,

Lucía Ferrer Almada
Ministra Consejera
Misión Permanente de la República de la Serranía ante la Oficina de las
Naciones Unidas en Ginebra
+999 22 747 81 30
""")

M(key="C10", topic="clearance", secondary=[], lang="ar", hard=False,
  note="survey and clearance support for farmland contaminated by unexploded submunitions",
  **{"from": ("م. خالد الدباغ", "k.aldabbagh@nmac.alwaha.example")},
  subject="طلب مساعدة في مسح وتطهير أراضٍ زراعية ملوثة بالذخائر العنقودية",
  date="2026-02-16 10:22:09 +0300",
  body="""السادة وحدة دعم التنفيذ المحترمون،

تحية طيبة وبعد،

يتشرف المركز الوطني لنزع الألغام في جمهورية الواحة بإحاطتكم علماً بأن
مساحات واسعة من الأراضي الزراعية في محافظة السهل الشرقي ما زالت ملوثة
بمخلفات الذخائر العنقودية، ولا سيما القنابل الصغيرة غير المنفجرة التي
تمنع المزارعين من استغلال أراضيهم منذ سنوات.

وقد أجرت فرقنا مسحاً غير تقني أولياً حدد نحو 40 منطقة خطرة مشتبه بها، إلا
أن إمكاناتنا الحالية لا تسمح بإجراء المسح التقني وأعمال التطهير قبل موسم
الزراعة القادم.

لذا نرجو مساعدتنا في التواصل مع الدول الأطراف أو المنظمات القادرة على
تقديم الدعم الفني والمالي لفرق المسح والتطهير، إضافة إلى تدريب كوادرنا.

وتفضلوا بقبول فائق الاحترام والتقدير،

المهندس خالد الدباغ
مدير العمليات
المركز الوطني لنزع الألغام – جمهورية الواحة
هاتف: +999 6 455 2031
""")

M(key="C11", topic="clearance", secondary=[], lang="pt", hard=True,
  note="HARD(attachment_only_hint): bare cover note; only the attachment name says it is a request for technical survey and clearance of submunition-contaminated areas",
  **{"from": ("Joana Mascarenhas", "jmascarenhas@ind.serraazul.example")},
  subject="Documento",
  date="2026-03-26 10:48:57 +0000",
  attachments=["Pedido_de_apoio_levantamento_técnico_e_desminagem_áreas_contaminadas_submunições.pdf"],
  body="""Bom dia,

Conforme combinado na nossa conversa telefónica, segue em anexo o
documento. Ficamos a aguardar os vossos comentários.

Com os melhores cumprimentos,

Joana Mascarenhas
Assessora da Direção
Instituto Nacional de Desminagem – República de Serra Azul
Tel.: +999 21 390 4452
""")

# ---------------------------------------------------------------------------
# victim_assistance (Article 5)
# ---------------------------------------------------------------------------

M(key="V01", topic="victim_assistance", secondary=[], lang="en", hard=False,
  note="training prosthetist-orthotists, a satellite workshop and travel support for survivors",
  **{"from": ("Dr. Nomvula Verhoeven-Dube", "n.verhoevendube@health.tallmark.example")},
  subject="Support for prosthetic and orthotic services",
  date="2026-01-27 08:30:11 +0200",
  body="""Dear colleagues,

The Ministry of Health and Social Protection of the Republic of Tallmark is
seeking assistance to strengthen prosthetic and orthotic services for
survivors of cluster munitions and other persons with limb loss.

The only physical rehabilitation centre in the country, in the capital,
produces around 150 prostheses a year, while our registry lists more than
600 people waiting for a first fitting or a replacement. Most survivors
live in the southern districts, a two-day journey from the centre, and many
cannot afford the transport and accommodation for the repeated visits that
fitting requires.

We would like to (a) train four additional prosthetist-orthotists to an
internationally recognised standard, (b) set up a satellite workshop in the
southern regional hospital, and (c) create a small fund to cover travel
costs for patients. We would be grateful if the ISU could advise on States
Parties or organisations active in this field and on how best to present a
proposal.

Yours sincerely,

Dr. Nomvula Verhoeven-Dube
Director, Disability and Rehabilitation Services
Ministry of Health and Social Protection, Republic of Tallmark
Tel. +999 87 661 2204

DISCLAIMER: This message is intended only for the named recipient and may
contain confidential or privileged information. Any unauthorised use,
disclosure or distribution is prohibited.
""")

M(key="V02", topic="victim_assistance", secondary=[], lang="en", hard=True,
  note="HARD(misleading_subject): the subject says 'survey', usually land survey, but it is a needs-assessment survey of cluster munition victims (Art. 5)",
  **{"from": ("James Okafor-Lindqvist", "j.okafor@ncpd.nyandu.example")},
  subject="Survey support request",
  date="2026-02-09 13:14:50 +0100",
  body="""Dear ISU,

We are planning a national survey of cluster munition victims in Nyandu -
survivors, but also the families of people killed or injured - to find out
what their needs actually are today: health care, rehabilitation, income,
schooling for their children, access to disability benefits. The last
assessment was done in 2016 and is badly out of date.

We would need technical advice on the questionnaire and the sampling (many
victims are not in any registry), training for enumerators, and funding for
data collection in about 200 communities. We would also like the results to
feed into the revision of our national disability action plan.

Could you help us find partners for this?

Many thanks,
James Okafor-Lindqvist
Head of Research and Data
National Council for Persons with Disabilities, Nyandu
+999 73 409 8812
""")

M(key="V03", topic="victim_assistance", secondary=[], lang="en", hard=False,
  note="survivor-led NGO with the Ministry of Social Affairs asks for support to a psychosocial peer support network (multipart/alternative)",
  **{"from": ("Leila Farrant-Obi", "leila@peerbridges.example.org")},
  subject="Psychosocial support for survivors and families - partnership proposal",
  date="2026-03-03 15:55:00 +0000",
  html="",
  body="""Dear Implementation Support Unit,

I am writing on behalf of Peer Bridges, a survivor-led organisation that
works with the Ministry of Social Affairs of Marrowdale under a memorandum
of understanding signed in 2024.

Many survivors and family members we meet have never received any
psychological support after their accident. Public mental health services
are concentrated in two cities, and there are only a handful of trained
psychologists in the whole country. Together with the Ministry we would
like to build a peer support network: training 40 survivors as peer
supporters, setting up referral pathways to mental health professionals,
and running support groups in the most affected districts.

The Ministry has asked us to contact you to ask whether any State Party
could support this initiative, and whether there are good practices we
could learn from.

With thanks and best regards,
Leila Farrant-Obi
Executive Director, Peer Bridges (Marrowdale)
+999 58 122 7045 | www.peerbridges.example.org
""")

M(key="V04", topic="victim_assistance", secondary=["reporting"], lang="en", hard=True,
  note="HARD(multi_topic,misleading_subject): subject and quoted thread are about the Article 7 report, but the new ask is help integrating survivors into the national disability action plan",
  **{"from": ("Agnes Halloran", "a.halloran@mfa.fenmoor.example")},
  subject="Re: Article 7 - victim assistance section",
  date="2026-02-18 10:27:36 +0000",
  in_reply_to="<7f2c91d0.5531@ccm-isu.example>",
  references="<AM9P190MB1187.1@mfa.fenmoor.example> <7f2c91d0.5531@ccm-isu.example>",
  mailer=("X-Mailer", "Apple Mail (2.3774)"),
  lf=True,
  body="""Dear Marta,

Thank you, that clarifies how to present the figures, and we will send the
report by the end of April.

In the meantime a different question has come up in the capital, and I am
told it is the more pressing one. Our Ministry of Social Welfare has been
designated as focal point for victim assistance, but it has no dedicated
staff and no plan. They would like help to integrate cluster munition
survivors into the new national disability action plan that is being
drafted this year, rather than creating a separate programme. Could the
coordinators advise them, or put them in touch with a State that has done
this? A short online meeting would be ideal.

Best regards,
Agnes Halloran
Desk Officer, Conventional Arms
Ministry of Foreign Affairs, Republic of Fenmoor
+999 65 300 1188

> On 17 Feb 2026, at 11:05, Marta Oyelaran <m.oyelaran@ccm-isu.example> wrote:
>
> Dear Agnes,
>
> On your question about the victim assistance part of the annual report:
> please report the measures taken during calendar year 2025 only, and
> indicate in the comments where figures are estimates rather than
> registry data.
>
> Kind regards,
> Marta
>
>> On 16 Feb 2026, at 09:40, Agnes Halloran <a.halloran@mfa.fenmoor.example> wrote:
>>
>> Dear ISU,
>> When we complete the victim assistance section of our Article 7 report,
>> should we include services funded by NGOs, or only those of the State?
""")

M(key="V05", topic="victim_assistance", secondary=[], lang="fr", hard=False,
  note="mobile physical rehabilitation units and training of physiotherapists for victims in rural provinces",
  **{"from": ("Dr Hélène Mabika-Roussel", "h.mabika@sante.benarie.example")},
  subject="Appui à la réadaptation physique dans les zones rurales",
  date="2026-01-30 11:45:20 +0100",
  cte="quoted-printable",
  body="""Madame, Monsieur,

Le ministère de la Santé publique de la République de Bénarie sollicite
l'appui de l'Unité pour identifier des partenaires techniques et financiers
dans le domaine de la réadaptation physique.

Les victimes des armes à sous-munitions, pour la plupart des agriculteurs
vivant dans les provinces du Nord, n'ont pratiquement pas accès à la
kinésithérapie ni aux aides techniques (fauteuils roulants, béquilles,
orthèses). Nous envisageons la création d'unités mobiles de réadaptation
rattachées aux hôpitaux de district, ainsi que la formation de
kinésithérapeutes et d'agents de santé communautaires.

Un document de projet est en cours de finalisation ; nous pourrions vous le
transmettre dans les prochaines semaines.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

Dr Hélène Mabika-Roussel
Directrice de la Réadaptation et de l'Appui aux personnes handicapées
Ministère de la Santé publique – Bénarie
Tél. : +999 54 20 18 33
""")

M(key="V06", topic="victim_assistance", secondary=["clearance"], lang="fr", hard=True,
  note="HARD(misleading_subject,multi_topic): subject says demining, body says demining goes well and asks for socio-economic inclusion of survivors",
  **{"from": ("Paul-Henri Essomba", "ph.essomba@affsoc.montlazare.example")},
  subject="Demande urgente – déminage province de l'Ouest",
  date="2026-03-19 08:09:44 +0100",
  body="""Bonjour,

Je me permets de vous écrire au sujet de la province de l'Ouest, où le
déminage se poursuit depuis deux ans avec l'appui d'un opérateur
international. Les opérations avancent bien ; ce n'est pas là que se situe
notre difficulté.

Notre préoccupation concerne les personnes blessées par des sous-munitions
dans cette province, une soixantaine selon nos registres. La plupart ont
perdu leur moyen de subsistance (agriculture, élevage) et vivent
aujourd'hui de la solidarité familiale. Le ministère des Affaires sociales
voudrait lancer un programme d'insertion économique : formation
professionnelle, petits crédits pour des activités génératrices de revenus,
accompagnement pour accéder aux pensions d'invalidité.

Pourriez-vous nous aider à trouver un appui financier et technique pour ce
programme ?

Bien cordialement,

Paul-Henri Essomba
Directeur de la Protection sociale
Ministère des Affaires sociales et de la Solidarité
République du Mont-Lazare
+999 47 61 30 09
""")

M(key="V07", topic="victim_assistance", secondary=[], lang="es", hard=False,
  note="vocational training and employment inclusion of survivors and persons with disabilities",
  **{"from": ("Dra. Inés Carvajal Montoya", "icarvajal@mintrabajo.vallealto.example")},
  subject="Inclusión laboral de sobrevivientes",
  date="2026-02-27 09:38:03 -0300",
  body="""Estimados colegas:

El Ministerio de Trabajo y Previsión Social de la República de Valle Alto,
en coordinación con el Consejo Nacional para las Personas con
Discapacidad, está diseñando un programa de formación profesional e
inserción laboral dirigido a sobrevivientes de municiones en racimo y otras
personas con discapacidad en las zonas rurales del sur.

Nos interesa conocer experiencias de otros Estados Partes en materia de
cuotas de empleo, incentivos para empleadores y apoyo al autoempleo, y
saber si sería posible obtener asistencia técnica para adaptar tres centros
de formación (accesibilidad física y materiales adaptados).

Quedamos atentos a su respuesta.

Saludos cordiales,

Dra. Inés Carvajal Montoya
Directora de Inclusión Laboral
Ministerio de Trabajo y Previsión Social – Valle Alto
Tel.: +999 5 881 2270
""")

M(key="V08", topic="victim_assistance", secondary=[], lang="es", hard=False,
  note="short question: guidance or template for recording data on victims, data protection",
  **{"from": ("Tomás Arriaga", "tarriaga@salud.costanieve.example")},
  subject="Pregunta",
  date="2026-04-01 16:20:00 -0600",
  lf=True,
  body="""Hola,

¿Tienen alguna guía o ejemplo de formulario para registrar a las víctimas
de municiones en racimo? Estamos montando una base de datos en el
Ministerio de Salud y no sabemos qué datos mínimos recoger ni cómo proteger
la información personal.

Gracias,
Tomás Arriaga
Unidad de Información en Salud
Ministerio de Salud – Costa Nieve
""")

M(key="V09", topic="victim_assistance", secondary=[], lang="pt", hard=False,
  note="regular replacement of prostheses for child survivors; anonymised needs list attached",
  **{"from": ("Dra. Filomena Cabral Tavares", "ftavares@saude.portoverde.example")},
  subject="Próteses para crianças sobreviventes",
  date="2026-02-20 11:11:11 -0100",
  attachments=["Necessidades_proteses_criancas_2026.xlsx"],
  body="""Exmos. Senhores,

O Ministério da Saúde da República de Porto Verde vem solicitar o apoio da
Unidade para identificar parceiros que possam ajudar a garantir a
substituição regular de próteses para crianças sobreviventes de acidentes
com submunições.

Atualmente acompanhamos 37 crianças amputadas. Como estão em fase de
crescimento, precisam de uma nova prótese a cada 12 a 18 meses, o que o
nosso centro ortopédico não consegue assegurar por falta de componentes e
de técnicos. Muitas famílias acabam por desistir do acompanhamento.

Em anexo enviamos a lista (anonimizada) das necessidades por faixa etária e
por província.

Com os melhores cumprimentos,

Dra. Filomena Cabral Tavares
Diretora Nacional de Reabilitação
Ministério da Saúde – Porto Verde
Tel.: +999 238 260 1144
""")

M(key="V10", topic="victim_assistance", secondary=[], lang="ar", hard=False,
  note="psychosocial support, vocational training and small grants for survivors and families",
  **{"from": ("د. ليلى الحسيني", "l.alhusseini@mosa.wadiakhdar.example")},
  subject="دعم نفسي واقتصادي للناجين من الذخائر العنقودية",
  date="2026-03-12 12:05:37 +0300",
  body="""السادة في وحدة دعم التنفيذ،

تحية طيبة،

تسعى وزارة الشؤون الاجتماعية في جمهورية الوادي الأخضر إلى إطلاق برنامج
لدعم الناجين من الذخائر العنقودية وأسرهم، يشمل الدعم النفسي والاجتماعي،
والتدريب المهني، ومنحاً صغيرة لإقامة مشاريع مدرّة للدخل.

ويبلغ عدد الناجين المسجلين لدينا نحو 420 شخصاً، كثير منهم من ذوي الإعاقة
ويعيشون في مناطق ريفية نائية. ونود الاستفادة من خبرات الدول الأطراف الأخرى
في هذا المجال، والحصول على دعم فني ومالي لتصميم البرنامج وتنفيذه.

نكون شاكرين لو تفضلتم بإرشادنا إلى الجهات المانحة أو الشركاء المحتملين.

مع خالص التقدير،

د. ليلى الحسيني
مديرة إدارة شؤون الأشخاص ذوي الإعاقة
وزارة الشؤون الاجتماعية – جمهورية الوادي الأخضر
هاتف: +999 4 770 3312
""")

M(key="V11", topic="victim_assistance", secondary=[], lang="ru", hard=False,
  note="methodological help for a national register of cluster munition victims (data, personal data protection, staff training)",
  **{"from": ("Наталья Ковалёва", "kovaleva@mintrud.zarechye.example")},
  subject="Создание регистра пострадавших от кассетных боеприпасов",
  date="2026-03-04 10:00:29 +0300",
  body="""Добрый день!

Министерство труда и социальной защиты населения Республики Заречье
планирует создать единый регистр лиц, пострадавших от кассетных
боеприпасов, чтобы лучше планировать медицинскую реабилитацию, выплату
пособий и социальное сопровождение. Сейчас сведения о пострадавших
разбросаны по разным ведомствам и часто не совпадают.

Просим сообщить, может ли Группа имплементационной поддержки или кто-либо
из государств-участников оказать методическую помощь (какие данные
собирать, как обеспечить защиту персональных данных) и, возможно,
поддержать обучение сотрудников.

С уважением,
Н. С. Ковалёва
заместитель директора департамента по делам инвалидов
Министерство труда и социальной защиты населения Республики Заречье
+999 17 309 44 60
""")
