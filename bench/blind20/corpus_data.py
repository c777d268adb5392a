# -*- coding: utf-8 -*-
"""Content and gold labels of the blind20 corpus (data only).

Each entry describes one e-mail; generate.py turns it into an .eml file.
Keys: key, topic, secondary, language, hard, note, frm (display name, address),
subject, date, body, plus optional format keys (fmt, charset, cte, html,
html_cte, attachments, headers, in_reply_to, subject_enc, eol, kind, mailer,
to, cc, dsn, mdn).
"""

MESSAGES = []

# ---------------------------------------------------------------- stockpile
MESSAGES += [
dict(key="S01", topic="stockpile_destruction", secondary=[], language="en", hard=False,
     note="undeclared submunition containers found in a naval armoury; asks about Article 3 implications and technical help to destroy them",
     frm=("Cdr. Ilias Varga", "i.varga@navy.mod.tavoria.example"),
     subject="Additional cluster munition holdings found at Port Helm naval armoury",
     date="Mon, 04 May 2026 09:12:40 +0200", fmt="plain", charset="us-ascii", cte="7bit",
     mailer="Microsoft Outlook 16.0",
     body="""Dear colleagues,

During the stock-take ordered after the merger of our naval and coastal
logistics commands, an inventory team found 212 containers of air-delivered
submunitions in a bunker at Port Helm that had been recorded as "practice
stores" since the early 1990s. They were never part of the stockpile we
declared as destroyed in 2023.

We have two questions and one request:

1. Does this discovery reopen our Article 3 obligations, and what is the
   expected procedure (deadline, information to States Parties)?
2. Is there precedent from other States Parties that found stocks after
   declaring completion?
3. We would welcome a short technical visit by an ammunition technical
   officer to advise on whether the items are safe to move to the
   demolition range at Ostrel, or must be destroyed in situ.

The containers have been separated, sealed and placed under guard.

Respectfully,

Commander Ilias Varga
Directorate of Naval Logistics
Ministry of Defence, Tavoria
Tel. +999 31 440 2291
"""),

dict(key="S02", topic="stockpile_destruction", secondary=[], language="en", hard=False,
     note="asks to borrow or co-finance a contained detonation chamber because open detonation is banned near the depot",
     frm=("Ruth Okonkwo-Lind", "rokonkwo@defence.kestria.example"),
     subject="Contained detonation chamber - loan or co-financing?",
     date="Wed, 06 May 2026 14:03:11 +0100", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Good afternoon,

Our remaining stock (roughly 9 tonnes of 155 mm carrier shells with DPICM
submunitions) sits at the Harrowgate depot, which is now 2 km from a new
housing estate. The environmental agency has refused our permit for open
burning and open detonation at the adjacent range.

The engineers have proposed a mobile contained detonation chamber. We do not
have the budget to buy one outright this year. Could the ISU tell us:

- whether any State Party or operator has a chamber that could be lent or
  leased for 8-10 months, and
- whether donors have co-financed such equipment for other States Parties?

A short call with whoever coordinates stockpile destruction would be very
helpful.

Kind regards,
Ruth Okonkwo-Lind
Head, Conventional Arms Control Section
Ministry of Defence – Kestria

This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it.
"""),

dict(key="S03", topic="stockpile_destruction", secondary=[], language="en", hard=False,
     note="inventory spreadsheet attached; asks for help costing the destruction and finding a donor",
     frm=("Maj. Pemba Sherap", "psherap@army.lusenne.example"),
     subject="Costing support for destruction of remaining DPICM - inventory attached",
     date="Thu, 07 May 2026 08:47:02 +0545", fmt="plain", charset="us-ascii", cte="7bit",
     attachments=[dict(name="Lusenne_CM_inventory_by_lot_May2026.xlsx", type="xlsx")],
     body="""Dear Sir/Madam,

Please find attached our inventory of remaining cluster munitions, broken
down by lot number, type and storage location (4 depots).

Our destruction unit has never prepared a full cost estimate for a programme
of this size and the Ministry of Finance will not release funds without one.
We request assistance from an expert who can help us cost the different
destruction options (disassembly vs. detonation) and, if possible, advice on
which donors have funded stockpile destruction in our region.

Best regards,
Maj. Pemba Sherap
Ammunition Management Cell, Army HQ
"""),

dict(key="S04", topic="stockpile_destruction", secondary=["reporting"], language="en", hard=True,
     note="HARD(misleading_subject): subject names the annual report's Form B, but the ask is help finding a new destruction contractor after the current one went insolvent",
     frm=("Aurelio Mbeki", "a.mbeki@mfa.nordholm.example"),
     subject="Annual transparency report - Form B",
     date="Fri, 08 May 2026 16:22:55 +0000", fmt="alt", charset="utf-8", cte="7bit",
     mailer="Apple Mail (2.3774)",
     body="""Dear ISU team,

A quick word about Form B before the real issue: the figures will stay as
submitted in April, we will correct them next year if needed.

The real problem is that the company contracted to destroy our last 1,140
rounds at the Kettle Hill depot has entered insolvency proceedings and its
staff have left the site. The rounds are stable and guarded, but we have no
one to finish the job and our Article 3 deadline is in 2027.

Could you help us with:
(a) names of companies or state enterprises that have carried out cluster
    munition destruction for other States Parties;
(b) advice on whether a regional arrangement (transfer for destruction to a
    neighbouring State Party) would be quicker.

Many thanks,
Aurelio Mbeki
Disarmament Desk
Ministry of Foreign Affairs, Nordholm

Sent from my iPad
"""),

dict(key="S05", topic="stockpile_destruction", secondary=["reporting"], language="en", hard=True,
     note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0457; adds that the receiving State agreed and asks about the procedure for transferring retained stocks abroad for destruction",
     frm=("Helle Vasquez-Dahl", "hvd@mission-geneva.ostravia.example"),
     subject="Re: [CCM-2026-0457] Received: Transfer of munitions abroad for destruction",
     date="Tue, 12 May 2026 11:05:19 +0200", fmt="plain", charset="utf-8", cte="8bit",
     in_reply_to="<ccm-2026-0457.ack@ccm-isu.example>",
     mailer="Mozilla Thunderbird",
     body="""Dear colleagues,

Thank you for registering our request. An update and a narrower question:

The Ministry of Defence of the receiving State Party has now confirmed in
writing that its demilitarisation plant can accept our 38 remaining
containers in Q4. What we still need is guidance on the practical steps of a
transfer for the purpose of destruction under Article 3: what has to be
notified, to whom and when, and what end-use documentation other States have
used. We will of course reflect the transfer in our next Article 7 report.

With best regards,
Helle Vasquez-Dahl
First Secretary
Permanent Mission of Ostravia, Geneva

On 11.05.2026 16:40, no-reply@ccm-isu.example wrote:
> Thank you for your message. It has been registered under reference
> CCM-2026-0457 and forwarded to the relevant coordinator(s).
> Please keep the reference in the subject line of any follow-up.
>
> CCM Implementation Support Unit
"""),

dict(key="S06", topic="stockpile_destruction", secondary=[], language="fr", hard=False,
     note="wants help drafting the declaration of completion of stockpile destruction",
     frm=("Colonel Jean-Baptiste Ouédraogo-Mercier", "jb.ouedraogo@defense.mossane.example"),
     subject="Déclaration d'achèvement de la destruction des stocks",
     date="Wed, 13 May 2026 10:31:00 +0000", fmt="plain", charset="utf-8", cte="8bit",
     body="""Madame, Monsieur,

Les dernières sous-munitions détenues par les Forces armées de la République
de Mossane ont été détruites le 28 avril dernier au polygone de Kéra, en
présence d'observateurs de la société civile.

Nous souhaiterions déclarer formellement l'achèvement de nos obligations au
titre de l'article 3 lors de la prochaine Assemblée des États parties. Pourriez-
vous nous transmettre un modèle de déclaration de conformité et nous indiquer
quelles pièces justificatives (procès-verbaux, photos, certificats) les autres
États ont jointes ? Un échange avec le coordonnateur compétent serait le
bienvenu.

Veuillez agréer l'expression de ma haute considération.

Colonel J.-B. Ouédraogo-Mercier
Direction du Matériel, État-major général des Armées
"""),

dict(key="S07", topic="stockpile_destruction", secondary=[], language="fr", hard=False,
     note="asks the ISU to circulate a funding request for destroying 12 tonnes of submunitions",
     frm=("Mme Solène Garnier-Diallo", "s.garnier@mae.kandore.example"),
     subject="Recherche de financement : destruction de 12 tonnes de sous-munitions",
     date="Thu, 14 May 2026 15:12:48 +0000", fmt="alt", charset="iso-8859-1", cte="quoted-printable",
     body="""Bonjour,

Le Kandoré dispose encore d'environ 12 tonnes d'armes à sous-munitions
(roquettes de 122 mm) stockées à Sidi-Barra. Notre plan de destruction est
prêt et validé par le ministère de la Défense, mais le financement extérieur
prévu n'a pas été confirmé.

Est-il possible que l'Unité d'appui relaie notre besoin auprès des États
donateurs, par exemple lors de la réunion intersessions ? Le montant
recherché est de 480 000 euros sur 18 mois. Nous pouvons fournir le plan
détaillé et le calendrier.

Bien cordialement,

Solène Garnier-Diallo
Chargée de mission désarmement
Ministère des Affaires étrangères
"""),

dict(key="S08", topic="stockpile_destruction", secondary=[], language="fr", hard=False,
     note="question on Article 3.6 retention: how many submunitions the engineer school may keep for training",
     frm=("Cne Marc-Antoine Lefèvre", "ma.lefevre@genie.armee.velmora.example"),
     subject="Conservation de sous-munitions pour la formation (art. 3.6)",
     date="Mon, 18 May 2026 07:58:30 +0200", fmt="plain", charset="iso-8859-1", cte="8bit",
     body="""Bonjour,

L'École du génie de Velmora souhaite conserver un petit lot de
sous-munitions (environ 150) pour la formation de ses démineurs et pour
tester du matériel de détection.

Avant de soumettre la demande au ministre, nous voudrions savoir :
- s'il existe un plafond ou une pratique établie sur le nombre
  « minimum absolument nécessaire » ;
- si les sous-munitions doivent rester actives ou peuvent être inertées ;
- comment d'autres États parties ont justifié ce nombre.

Merci d'avance pour votre appui.

Capitaine Marc-Antoine Lefèvre
Bureau instruction - École du génie
"""),

dict(key="S09", topic="stockpile_destruction", secondary=[], language="es", hard=False,
     note="air force asks for an expert to assess propellant/fuze condition of old air-dropped cluster bombs before dismantling",
     frm=("Tte. Cnel. Maximiliano Rey Ocampo", "mrey@fuerzaaerea.costaambarina.example"),
     subject="Evaluación técnica de bombas de racimo antes de su desmontaje",
     date="Tue, 19 May 2026 12:20:05 -0500", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Estimados señores:

La Fuerza Aérea de Costa Ambarina conserva 64 bombas de racimo lanzadas desde
aeronaves, adquiridas en 1987, cuyo desmontaje está previsto para el segundo
semestre. Nuestros técnicos tienen dudas sobre el estado de las espoletas y
de los mecanismos de apertura, ya que los registros de mantenimiento se
perdieron parcialmente.

Solicitamos el apoyo de un experto que pueda evaluar in situ si el
desmontaje manual es seguro o si conviene la destrucción por detonación
controlada. Podemos cubrir los gastos locales de la visita.

Atentamente,

Tte. Cnel. Maximiliano Rey Ocampo
Jefatura de Armamento
Fuerza Aérea de Costa Ambarina
"""),

dict(key="S10", topic="stockpile_destruction", secondary=[], language="es", hard=False,
     note="asks about the procedure and timeline for an Article 3 extension request; draft plan attached",
     frm=("Lic. Paloma Ibarguren", "pibarguren@cancilleria.valdemora.example"),
     subject="Consulta sobre solicitud de prórroga del plazo del artículo 3",
     date="Wed, 20 May 2026 17:40:31 -0400", fmt="plain", charset="iso-8859-1", cte="quoted-printable",
     attachments=[dict(name="Plan_destrucción_existencias_2026-2028_borrador.pdf", type="pdf")],
     body="""Buenas tardes:

Por problemas presupuestarios, el Ministerio de Defensa no podrá terminar la
destrucción de las existencias de municiones en racimo antes del vencimiento
de nuestro plazo (agosto de 2027). Estamos evaluando presentar una solicitud
de prórroga.

¿Podrían indicarnos con cuánta antelación debe presentarse, qué contenido
mínimo se espera y si la Unidad puede revisar un borrador? Adjunto el plan de
destrucción revisado, todavía en versión preliminar.

Saludos cordiales,
Paloma Ibarguren
Dirección de Desarme y No Proliferación
"""),

dict(key="S11", topic="stockpile_destruction", secondary=[], language="ru", hard=True,
     note="HARD(legacy_charset): koi8-r body and subject (Russian): request for cutting/dismantling equipment and contacts with States that used it",
     frm=("Полковник Аркадий Лаптев", "a.laptev@mil.zarechye.example"),
     subject="Запрос: оборудование для разборки кассетных боеприпасов",
     date="Thu, 21 May 2026 10:15:44 +0300", fmt="plain", charset="koi8-r", cte="8bit",
     subject_enc=dict(charset="koi8-r"), name_charset="koi8-r",
     body="""Уважаемые коллеги!

Министерство обороны Республики Заречье планирует до конца 2027 года
уничтожить оставшиеся запасы кассетных боеприпасов (около 3 400 изделий).
Наш арсенал не располагает оборудованием для гидроабразивной резки корпусов
и извлечения суббоеприпасов.

Просим помочь:
- установить контакт с государствами-участниками, которые применяли такое
  оборудование;
- сообщить, возможна ли техническая или финансовая помощь для его
  приобретения или аренды.

С уважением,
полковник А. Лаптев
Управление ракетно-артиллерийского вооружения
"""),

dict(key="S12", topic="stockpile_destruction", secondary=[], language="de", hard=False,
     note="own destruction facility closed; asks for a partner to destroy the last 60 containers (forwarded depot report attached)",
     frm=("Oberstleutnant Friederike Brandauer", "f.brandauer@streitkraefte.altmarken.example"),
     subject="Suche nach Partner für die Vernichtung der letzten Bestände",
     date="Fri, 22 May 2026 13:30:12 +0200", fmt="plain", charset="iso-8859-1", cte="quoted-printable",
     attachments=[dict(type="rfc822", msg=dict(
         frm=("Depotkommandant Hauptmann Lorenz Eichholz", "l.eichholz@depot-nord.altmarken.example"),
         to=("Oberstleutnant Friederike Brandauer", "f.brandauer@streitkraefte.altmarken.example"),
         subject="Zustand Restbestand Streumunition Depot Nord",
         date="Mon, 18 May 2026 08:02:00 +0200", charset="iso-8859-1", cte="quoted-printable",
         body="""Frau Oberstleutnant,

im Depot Nord lagern weiterhin 60 Behälter mit Submunition. Die Behälter
sind getrennt gelagert, gekennzeichnet und bewacht. Nach Schließung der
Zerlegeanlage in Brenndorf besteht keine eigene Vernichtungsmöglichkeit mehr.

Mit kameradschaftlichem Gruß
Eichholz"""))],
     body="""Sehr geehrte Damen und Herren,

seit der Schließung unserer Zerlegeanlage in Brenndorf können wir die
letzten 60 Behälter mit Streumunition nicht mehr selbst vernichten (Bericht
des Depotkommandanten anbei).

Wir bitten die ISU um Unterstützung bei der Suche nach einem Vertragsstaat
oder einem Unternehmen, das die Vernichtung übernehmen könnte, sowie um
Hinweise, wie eine Verbringung zur Vernichtung in einen anderen Staat
abgewickelt wurde.

Mit freundlichen Grüßen
Friederike Brandauer
Oberstleutnant, Referat Rüstungskontrolle
Streitkräfteamt der Republik Altmarken
"""),
]

# ---------------------------------------------------------------- clearance
MESSAGES += [
dict(key="C01", topic="clearance", secondary=[], language="en", hard=False,
     note="flash floods moved submunitions downstream; asks for rapid technical survey support and riverbed clearance expertise",
     frm=("Dr. Farida Al-Masri", "f.almasri@nmaa.qaradin.example"),
     subject="Urgent: submunitions displaced by flash floods in Wadi Siraj",
     date="Mon, 25 May 2026 06:44:18 +0300", fmt="alt", charset="utf-8", cte="quoted-printable",
     body="""Dear ISU,

The flash floods of 19-20 May have moved cluster munition remnants from the
previously surveyed hillsides of Wadi Siraj into the riverbed and onto
farmland up to 14 km downstream. Farmers have already reported 23 items.
The area had been released in 2024, so this is effectively new
contamination.

Our teams have no experience in riverbed and silt clearance. We request:
- support for a rapid technical survey of the new footprint;
- advice or an expert on clearance methods in wet sediment;
- if possible, contacts of operators who have dealt with flood displacement.

Best regards,
Dr. Farida Al-Masri
Director of Operations
National Mine Action Authority, Qaradin
+999 6 771 0034
"""),

dict(key="C02", topic="clearance", secondary=[], language="en", hard=False,
     note="wants expert help to draft a national land release standard for terraced farmland",
     frm=("Tomasz Wierzbicki-Hale", "twh@mac.ostravia.example"),
     subject="Request for expertise: national land release standard",
     date="Tue, 26 May 2026 09:09:09 +0200", fmt="plain", charset="us-ascii", cte="7bit",
     body="""Hello,

The Ostravia Mine Action Centre is revising its national standard on land
release. The current text was written for minefields and does not fit the
scattered pattern of submunitions on the terraced vineyards in the south,
where we keep finding items on terrace walls after areas were cancelled.

We would like to have an external technical adviser who could review our
draft chapters on non-technical survey, cancellation criteria and
technical survey in terraced terrain, ideally in June-July.

Thanks in advance,
Tomasz Wierzbicki-Hale
Quality Management, OMAC
"""),

dict(key="C03", topic="clearance", secondary=["victim_assistance", "reporting"], language="en", hard=True,
     note="HARD(multi_topic): mentions a recent casualty and the annual report, but the ask is risk education material in a minority language for herders",
     frm=("Grace Ntumba", "gntumba@mineaction.karsh.example"),
     subject="Risk education for herders in the highlands",
     date="Wed, 27 May 2026 15:55:20 +0200", fmt="alt", charset="utf-8", cte="7bit",
     mailer="Microsoft Outlook 16.0",
     body="""Dear colleagues,

On 9 May a 14-year-old herder lost his hand when he picked up a submunition
near the Orrun seasonal pastures. The Ministry of Health is looking after
him and his family, and the accident will of course appear in our next
Article 7 report.

What we need from you is help on prevention. The herding families speak
Orrun, which has no written materials on explosive ordnance at all, and the
pastures move every season. We are looking for:
- examples of risk education materials designed for nomadic/pastoral groups
  (audio, pictorial);
- an organisation that could help us adapt and pre-test them in Orrun.

Regards,
Grace Ntumba
Risk Education Coordinator
Karsh Mine Action Programme
"""),

dict(key="C04", topic="clearance", secondary=[], language="en", hard=True,
     note="HARD(forwarded_chain): outer note only says 'see below'; the forwarded message from the capital asks how to prepare an Article 4 extension request and whether the ISU can review a draft",
     frm=("Piotr Navarre", "p.navarre@mission.ambrosia.example"),
     subject="Fwd: Art 4 deadline - next steps",
     date="Thu, 28 May 2026 18:12:02 +0200", fmt="plain", charset="utf-8", cte="8bit",
     mailer="Mozilla Thunderbird",
     body="""Dear ISU colleagues,

Please see below from our capital. Grateful if you could advise.

Best,
Piotr

-------- Forwarded Message --------
Subject: Art 4 deadline - next steps
Date: Thu, 28 May 2026 09:31:44 +0100
From: Hannah Oyelaran-Price <h.oyelaran@nmac.ambrosia.example>
To: Piotr Navarre <p.navarre@mission.ambrosia.example>

Piotr,

As discussed on the phone: the survey of the eastern ridge shows we will not
finish clearance of the remaining 6.3 km2 before our Article 4 deadline of
1 August 2027. Cabinet has agreed we should request an extension.

Could you ask the ISU
- by when the request must be submitted to be considered at the next
  Meeting of States Parties,
- what the request must contain (work plan, costs, annual milestones?), and
- whether they can comment on a first draft before it goes to the
  Analysis Group?

Thanks,
Hannah

Hannah Oyelaran-Price
Director, National Mine Action Centre
"""),

dict(key="C05", topic="clearance", secondary=[], language="en", hard=True,
     note="HARD(html_only): HTML-only message asking for partners on drone-based remote sensing for non-technical survey in forests",
     frm=("Sione Latu-Bergström", "s.latu@landrelease.solvera.example"),
     subject="Drones for non-technical survey in forested areas?",
     date="Fri, 29 May 2026 10:02:37 +1200", fmt="html_only", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><style>p{margin:0}</style></head>
<body lang="EN-NZ" style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Kia ora ISU team,</p><p>&nbsp;</p>
<p>Most of our remaining suspected hazardous areas are under dense secondary forest, where our survey teams cover only a few hectares a week and struggle to find the strike footprints.</p><p>&nbsp;</p>
<p>We would like to pilot <b>drone-based remote sensing</b> (LiDAR and multispectral imagery) to support non-technical survey and to reduce the areas we send to technical survey. Could you put us in touch with:</p>
<ul><li>States Parties or operators that have tested this for cluster munition remnants;</li>
<li>any donor interested in funding a 6-month pilot?</li></ul>
<p>&nbsp;</p><p>Ngā mihi,</p>
<p><b>Sione Latu-Bergstr&ouml;m</b><br>Survey &amp; Land Release Unit<br>Solvera Mine Action Office</p>
</body></html>"""),

dict(key="C06", topic="clearance", secondary=[], language="fr", hard=False,
     note="how to declare completion of Article 4 clearance and manage residual contamination afterwards",
     frm=("Aminata Kaboré-Lenoir", "a.kabore@cnd.kandore.example"),
     subject="Achèvement des obligations au titre de l'article 4",
     date="Mon, 01 Jun 2026 11:14:29 +0000", fmt="alt", charset="utf-8", cte="8bit",
     body="""Madame, Monsieur,

Le Centre national de déminage du Kandoré prévoit de terminer la dépollution
des dernières zones contaminées par des restes d'armes à sous-munitions
(province de Tamsa) d'ici octobre.

Nous souhaiterions être accompagnés pour :
1. la rédaction de la déclaration d'achèvement au titre de l'article 4 ;
2. la mise en place d'une capacité nationale pour gérer la contamination
   résiduelle découverte après cette déclaration.

Existe-t-il un modèle de déclaration et des exemples de plans de gestion de
la contamination résiduelle ?

Avec nos remerciements,
Aminata Kaboré-Lenoir
Directrice des opérations, CND
"""),

dict(key="C07", topic="clearance", secondary=[], language="fr", hard=False,
     note="asks for non-technical survey training for a new survey team on the northern border",
     frm=("Lt-col. Hervé Mbala", "h.mbala@defense.mossane.example"),
     subject="Formation en enquête non technique - équipe frontière nord",
     date="Tue, 02 Jun 2026 08:20:00 +0100", fmt="plain", charset="iso-8859-1", cte="8bit",
     body="""Bonjour,

Suite aux combats de 2025 près de la frontière nord, plusieurs villages
signalent des sous-munitions non explosées dans les champs de mil. Nous avons
constitué une nouvelle équipe de 12 personnes chargée de l'enquête non
technique, mais aucun de ses membres n'a été formé.

Nous sollicitons un appui pour une formation (deux à trois semaines) sur
l'enquête non technique et la collecte des données, ainsi que du matériel de
base (GPS, tablettes).

Cordialement,
Lt-col. Hervé Mbala
Génie militaire - Cellule dépollution

Envoyé de mon iPhone
"""),

dict(key="C08", topic="clearance", secondary=[], language="es", hard=False,
     note="request for detectors and training for clearance teams working in mountain terrain",
     frm=("Ing. Rodrigo Salvatierra", "rsalvatierra@anam.valdemora.example"),
     subject="Solicitud de detectores y capacitación para despeje en zona de montaña",
     date="Wed, 03 Jun 2026 10:45:51 -0400", fmt="plain", charset="utf-8", cte="quoted-printable",
     body="""Estimados:

La Autoridad Nacional de Acción contra Minas de Valdemora ha identificado
cuatro áreas contaminadas con restos de municiones en racimo en la cordillera
de San Telmo, a más de 3.000 m de altitud. Nuestros equipos de despeje usan
detectores que fallan con frecuencia por el frío y la mineralización del
suelo.

Quisiéramos saber si algún Estado Parte u organización podría apoyarnos con
20 detectores adecuados para suelos mineralizados y con un curso de manejo
para los operadores.

Saludos cordiales,
Ing. Rodrigo Salvatierra
Jefe de Operaciones, ANAM
"""),

dict(key="C09", topic="clearance", secondary=[], language="es", hard=False,
     note="asks for help adapting risk education materials for primary schools",
     frm=("Mtra. Lucía Ferreyra Quispe", "lferreyra@educacion.altiplania.example"),
     subject="Materiales de educación sobre el riesgo para escuelas primarias",
     date="Thu, 04 Jun 2026 13:02:17 -0400", fmt="alt", charset="utf-8", cte="8bit",
     mailer="Microsoft Outlook 16.0",
     body="""Buenas tardes:

Desde el Ministerio de Educación de Altiplania estamos incorporando la
educación sobre el riesgo de municiones en racimo en el currículo de 3.º a
6.º grado en los 40 municipios afectados.

Necesitamos apoyo técnico para adaptar materiales ya probados en otros países
(fichas, cuentos, juegos) a nuestro contexto, y para formar a unos 300
docentes. ¿Pueden ponernos en contacto con especialistas o con Estados Partes
que hayan hecho algo similar?

Muchas gracias,
Lucía Ferreyra Quispe
Dirección de Educación Rural
"""),

dict(key="C10", topic="clearance", secondary=[], language="es", hard=True,
     note="HARD(base64_body): base64 body: submunitions found during road construction; municipality needs urgent EOD response and survey",
     frm=("Alcaldía de Río Verde", "despacho@alcaldia-rioverde.costaambarina.example"),
     subject="Hallazgo de submuniciones en obra vial",
     date="Fri, 05 Jun 2026 16:27:03 -0500", fmt="plain", charset="utf-8", cte="base64",
     body="""Señores Unidad de Apoyo:

Durante las obras de ampliación de la carretera Río Verde – Las Palmas, una
excavadora desenterró el martes tres submuniciones y la obra está detenida.
Los técnicos de la policía retiraron los artefactos, pero nadie ha
determinado la extensión de la zona contaminada y la empresa quiere reanudar
los trabajos.

Solicitamos con urgencia que se nos indique a quién acudir para un estudio
técnico del tramo de 6 km y, si corresponde, su despeje. El Gobierno central
nos remitió a esta dirección.

Atentamente,
Despacho del Alcalde
Municipalidad de Río Verde

Enviado desde mi Galaxy
"""),

dict(key="C11", topic="clearance", secondary=[], language="ar", hard=False,
     note="Arabic: request for a technical survey team for cluster munition remnants in olive groves",
     frm=("م. سامر الحداد", "s.haddad@mine-action.qaradin.example"),
     subject="طلب دعم لمسح تقني في بساتين الزيتون",
     date="Mon, 08 Jun 2026 09:40:26 +0300", fmt="alt", charset="utf-8", cte="base64",
     body="""السادة في وحدة دعم التنفيذ،

تحية طيبة وبعد،

أبلغ المزارعون في منطقة تل الورد عن وجود ذخائر صغيرة غير منفجرة بين أشجار
الزيتون، وذلك قبل موسم القطاف بأشهر قليلة. لا تملك الهيئة الوطنية فريقاً
متخصصاً في المسح التقني يمكن إرساله إلى المنطقة في الوقت الحالي.

نرجو مساعدتنا في الحصول على فريق مسح تقني أو تدريب فريق محلي، وتزويدنا
بمعدات الكشف اللازمة لتطهير البساتين قبل شهر تشرين الأول.

مع خالص الشكر والتقدير،
م. سامر الحداد
الهيئة الوطنية للأعمال المتعلقة بالألغام
"""),

dict(key="C12", topic="clearance", secondary=[], language="pt", hard=False,
     note="Portuguese: cross-border contaminated area; asks for help setting up joint survey/clearance coordination with the neighbouring State",
     frm=("Eng.ª Mariana Tavares Cossa", "mtavares@cnd.vilaserra.example"),
     subject="Coordenação transfronteiriça da desminagem no vale do Rio Lunde",
     date="Tue, 09 Jun 2026 14:18:40 +0200", fmt="plain", charset="iso-8859-1", cte="quoted-printable",
     attachments=[dict(name="Mapa_área_contaminada_Rio_Lunde.pdf", type="pdf")],
     body="""Exmos. Senhores,

A área contaminada com restos de munições de fragmentação no vale do Rio
Lunde estende-se dos dois lados da fronteira com o país vizinho, que também
é Estado Parte. Até agora cada país faz o levantamento do seu lado, com
métodos e bases de dados diferentes, e já houve zonas limpas de um lado e
não do outro.

Gostaríamos de receber apoio para organizar um mecanismo conjunto de
levantamento e limpeza (partilha de dados, normas comuns). A Unidade poderia
facilitar uma primeira reunião técnica entre as duas autoridades? Segue em
anexo o mapa da área.

Com os melhores cumprimentos,
Mariana Tavares Cossa
Comissão Nacional de Desminagem
"""),
]

# ---------------------------------------------------------------- victim assistance
MESSAGES += [
dict(key="V01", topic="victim_assistance", secondary=[], language="en", hard=False,
     note="prosthetic workshop needs materials and technician training for growing child amputees",
     frm=("Dr. Yusuf Hallorann", "y.hallorann@health.kestria.example"),
     subject="Prosthetics for children - materials and technician training",
     date="Wed, 10 Jun 2026 08:05:55 +0100", fmt="plain", charset="us-ascii", cte="7bit",
     mailer="Microsoft Outlook 16.0",
     body="""Dear Sir or Madam,

The national orthopaedic workshop in Dunmere fits prostheses for 41 children
injured by cluster munition remnants. Children need a new socket every 6-9
months as they grow, and we are running out of polypropylene sheet and
components. We also have only one certified prosthetist-orthotist left.

We would be grateful for help in identifying:
- a partner able to supply materials for 12-18 months;
- a training programme (or scholarships) for two additional technicians.

Yours faithfully,
Dr. Yusuf Hallorann
Head of Rehabilitation Services
Ministry of Health, Kestria
"""),

dict(key="V02", topic="victim_assistance", secondary=[], language="en", hard=False,
     note="asks for review of draft national disability plan to make sure cluster munition survivors are covered",
     frm=("Naledi Achterberg", "n.achterberg@social.nordholm.example"),
     subject="Review of our draft National Disability Action Plan 2027-2031",
     date="Thu, 11 Jun 2026 12:31:12 +0000", fmt="alt", charset="utf-8", cte="quoted-printable",
     body="""Dear colleagues,

The Ministry of Social Affairs is finalising the National Disability Action
Plan 2027-2031. Our victim assistance focal point has insisted that cluster
munition survivors and affected families must not disappear into the general
disability framework, and we agree.

Would the ISU, or an expert you can recommend, be able to review the draft
(about 60 pages) and suggest how to reflect survivors' needs - data,
referral, peer support - in the plan? Our consultation closes on 15 July.

With thanks and best wishes,
Naledi Achterberg
Deputy Director, Disability Inclusion
"""),

dict(key="V03", topic="victim_assistance", secondary=[], language="en", hard=True,
     note="HARD(attachment_only_hint): body is a bare cover note; only the attachment name (concept note on a peer support network for survivors) reveals the topic",
     frm=("Amira Castellanos", "amira.c@mosa.tavoria.example"),
     subject="For your consideration",
     date="Fri, 12 Jun 2026 10:10:10 +0200", fmt="plain", charset="us-ascii", cte="7bit",
     attachments=[dict(name="Concept_note_peer_support_network_for_cluster_munition_survivors.pdf", type="pdf")],
     body="""Dear colleagues,

Attached for your consideration. Happy to discuss.

Amira
"""),

dict(key="V04", topic="victim_assistance", secondary=[], language="en", hard=True,
     note="HARD(enquiry_looks_like_noise): sent as a bulk 'circular' through a mass-mailing tool with list headers, but it genuinely asks partners incl. the ISU for psychosocial support trainers",
     frm=("National Victim Assistance Programme", "circulars@nvap.lusenne.example"),
     subject="Circular 14/2026 - Call for offers: psychosocial support trainers",
     date="Mon, 15 Jun 2026 07:00:03 +0545", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="MailBurst Campaigns 5.2",
     headers={"Precedence": "bulk",
              "List-Unsubscribe": "<mailto:unsubscribe@nvap.lusenne.example?subject=circulars>",
              "X-Campaign-ID": "nvap-circ-2026-14"},
     body="""NATIONAL VICTIM ASSISTANCE PROGRAMME - CIRCULAR 14/2026

To: all partners of the Programme, including the CCM Implementation Support
Unit

Subject: Call for offers - psychosocial support trainers

1. The Programme will open community-based psychosocial support groups for
   survivors of cluster munitions and their families in the districts of
   Gorkha Ridge and Tamsang from September 2026.
2. We are seeking two or three experienced trainers (trauma-informed peer
   counselling) for a 10-day training of 30 community facilitators.
3. Partners, and the ISU in particular, are kindly requested to send names
   of experts or organisations, or examples of curricula used by other
   States Parties, to circulars@nvap.lusenne.example by 10 July 2026.

Bishnu Adhikari-Rowe
Programme Manager

You are receiving this circular as a registered partner. To stop receiving
circulars, reply with "unsubscribe".
"""),

dict(key="V05", topic="victim_assistance", secondary=[], language="en", hard=False,
     note="help designing a survivor data system linked to the health information system",
     frm=("Kofi Brandt-Asante", "k.brandt@moh.solvera.example"),
     subject="Survivor database: linking to the national health information system",
     date="Tue, 16 Jun 2026 15:44:00 +1200", fmt="plain", charset="utf-8", cte="7bit",
     body="""Dear ISU,

Our casualty records for cluster munition incidents are kept by the mine
action office and contain almost nothing about survivors' needs after
discharge from hospital. The Ministry of Health wants to build a survivor
registry that links with the national health information system, so that
rehabilitation, psychological and social needs can be followed over time.

We are looking for technical advice on the data fields, consent and data
protection, and the experience of other States Parties that have done this.

Kind regards,
Kofi Brandt-Asante
Health Information Systems, Ministry of Health
"""),

dict(key="V06", topic="victim_assistance", secondary=[], language="fr", hard=False,
     note="training of physiotherapists in regional hospitals for amputee rehabilitation",
     frm=("Dr Clémence Abessolo", "c.abessolo@sante.mossane.example"),
     subject="Formation de kinésithérapeutes pour la rééducation des amputés",
     date="Wed, 17 Jun 2026 09:26:48 +0100", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Madame, Monsieur,

Le ministère de la Santé de Mossane ne dispose que de sept kinésithérapeutes
dans les trois régions les plus touchées par les restes d'armes à
sous-munitions. Beaucoup de survivants amputés reçoivent une prothèse sans
aucune rééducation et l'abandonnent au bout de quelques mois.

Nous recherchons un partenaire pour former une vingtaine de kinésithérapeutes
et d'aides-soignants à la rééducation des personnes amputées, idéalement dans
les hôpitaux régionaux eux-mêmes.

Je vous prie d'agréer mes salutations distinguées.

Dr Clémence Abessolo
Direction de la réadaptation, ministère de la Santé
"""),

dict(key="V07", topic="victim_assistance", secondary=[], language="fr", hard=True,
     note="HARD(forwarded_as_attachment): outer note only 'transmis pour suite à donner'; the attached message from a regional hospital asks for a wheelchair repair workshop and orthopaedic technicians",
     frm=("Secrétariat – Direction de la coopération", "secretariat.coop@mae.velmora.example"),
     subject="TR: Demande de l'hôpital régional de Ndara",
     date="Thu, 18 Jun 2026 11:48:33 +0000", fmt="plain", charset="utf-8", cte="8bit",
     mailer="Microsoft Outlook 16.0",
     attachments=[dict(type="rfc822", msg=dict(
         frm=("Dr Paul-Henri Nkemba", "direction@chr-ndara.velmora.example"),
         to=("Direction de la coopération", "coop@mae.velmora.example"),
         subject="Demande d'appui : atelier de réparation de fauteuils roulants",
         date="Mon, 15 Jun 2026 14:03:10 +0000", charset="iso-8859-1", cte="quoted-printable",
         body="""Monsieur le Directeur,

Le Centre hospitalier régional de Ndara suit plus de 90 survivants d'armes à
sous-munitions. La plupart de leurs fauteuils roulants et orthèses sont hors
d'usage faute de pièces et de technicien : le plus proche atelier est à 400 km.

Nous sollicitons, par votre intermédiaire, un appui pour équiper un petit
atelier de réparation de fauteuils roulants et d'orthèses au sein de
l'hôpital et pour former deux techniciens orthopédistes.

Veuillez agréer, Monsieur le Directeur, l'expression de mes salutations
respectueuses.

Dr P.-H. Nkemba
Directeur du CHR de Ndara"""))],
     body="""Bonjour,

Transmis pour suite à donner.

Cordialement,

Secrétariat
Direction de la coopération internationale
Ministère des Affaires étrangères – Velmora
"""),

dict(key="V08", topic="victim_assistance", secondary=[], language="es", hard=False,
     note="economic inclusion: employment and micro-credit programme for survivors, asks for good practices",
     frm=("Mg. Inés Caraballo Durán", "icaraballo@inclusion.altiplania.example"),
     subject="Programa de empleo y microcréditos para sobrevivientes",
     date="Fri, 19 Jun 2026 10:00:44 -0400", fmt="plain", charset="iso-8859-1", cte="8bit",
     body="""Estimados señores:

La Secretaría de Inclusión Social de Altiplania diseña un programa de empleo
y microcréditos para sobrevivientes de municiones en racimo y sus familias
en las provincias del sur, donde la mayoría vive de la agricultura.

Agradeceríamos que nos compartan buenas prácticas de otros Estados Partes
sobre inclusión económica de sobrevivientes y, si es posible, nos pongan en
contacto con organizaciones con experiencia en microfinanzas inclusivas.

Saludos cordiales,
Inés Caraballo Durán
Coordinadora de Programas, Secretaría de Inclusión Social
"""),

dict(key="V09", topic="victim_assistance", secondary=[], language="es", hard=False,
     note="psychological support for families of people killed (indirect victims)",
     frm=("Psic. Andrés Molina Teruel", "amolina@salud.valdemora.example"),
     subject="Apoyo psicológico para familias de víctimas fallecidas",
     date="Mon, 22 Jun 2026 09:33:21 -0400", fmt="alt", charset="utf-8", cte="8bit",
     mailer="Microsoft Outlook 16.0",
     body="""Buenos días:

En Valdemora la atención a víctimas se ha concentrado en los sobrevivientes
heridos. Sin embargo, en las comunidades de San Telmo hay decenas de familias
que perdieron a un hijo o al sostén del hogar por accidentes con
submuniciones y que nunca recibieron apoyo psicológico.

El Ministerio de Salud quiere ofrecer acompañamiento psicosocial a estas
familias. ¿Podrían orientarnos sobre modelos de atención a víctimas
indirectas y facilitarnos contactos de especialistas?

Un saludo,
Andrés Molina Teruel
Unidad de Salud Mental
"""),

dict(key="V10", topic="victim_assistance", secondary=[], language="es", hard=False,
     note="audiology equipment and hearing aids for blast-injury survivors",
     frm=("Dra. Verónica Quintanar", "vquintanar@hospital-central.costaambarina.example"),
     subject="Equipos de audiología para sobrevivientes con pérdida auditiva",
     date="Tue, 23 Jun 2026 14:50:09 -0500", fmt="plain", charset="utf-8", cte="quoted-printable",
     body="""Estimados:

El Hospital Central de Costa Ambarina atiende a 57 sobrevivientes de
explosiones de submuniciones con pérdida auditiva severa. No contamos con un
audiómetro en funcionamiento y los audífonos cuestan unos 900 € por persona,
un monto que las familias no pueden pagar.

¿Existe algún mecanismo de cooperación de la Convención o algún Estado Parte
que pueda ayudarnos a equipar la unidad de audiología y a proveer audífonos?

Cordialmente,
Dra. Verónica Quintanar
Servicio de Otorrinolaringología
"""),

dict(key="V11", topic="victim_assistance", secondary=[], language="pt", hard=True,
     note="HARD(base64_body): base64 body (Portuguese): accessible transport for rural survivors to reach rehabilitation centres",
     frm=("Dra. Helena Mucavele", "hmucavele@saude.vilaserra.example"),
     subject="Transporte acessível para sobreviventes em zonas rurais",
     date="Wed, 24 Jun 2026 08:37:45 +0200", fmt="alt", charset="utf-8", cte="base64",
     body="""Caros colegas,

Muitos sobreviventes de munições de fragmentação nas províncias do norte
faltam às consultas de reabilitação porque o centro mais próximo fica a mais
de 150 km e não há transporte adaptado para cadeiras de rodas.

O Ministério da Saúde gostaria de criar um serviço de transporte acessível
(duas viaturas adaptadas e um subsídio de deslocação). Podem indicar-nos
parceiros ou doadores que tenham apoiado iniciativas semelhantes?

Com os melhores cumprimentos,
Helena Mucavele
Direção Nacional de Reabilitação
Ministério da Saúde
"""),

dict(key="V12", topic="victim_assistance", secondary=[], language="ar", hard=True,
     note="HARD(legacy_charset): windows-1256 Arabic body and subject: psychosocial support for child survivors in schools",
     frm=("د. ليلى العمري", "l.omari@moh.qaradin.example"),
     subject="دعم نفسي للأطفال الناجين في المدارس",
     date="Thu, 25 Jun 2026 11:11:50 +0300", fmt="plain", charset="windows-1256", cte="8bit",
     subject_enc=dict(charset="windows-1256"), name_charset="windows-1256",
     body="""السادة الكرام،

تحية طيبة،

تتابع وزارة الصحة حالة 35 طفلاً من الناجين من حوادث الذخائر العنقودية في
محافظة الجنوب، ويعاني كثير منهم من صدمات نفسية تؤثر على عودتهم إلى
المدرسة.

نرغب في الحصول على دعم فني لتدريب المرشدين النفسيين في المدارس على
التعامل مع هؤلاء الأطفال، وعلى برامج دمجهم مع زملائهم.

وتفضلوا بقبول فائق الاحترام،
د. ليلى العمري
مديرة الصحة النفسية
"""),
]

# ---------------------------------------------------------------- reporting
MESSAGES += [
dict(key="R01", topic="reporting", secondary=[], language="en", hard=False,
     note="new reporting officer: asks for the report template and whether 'nil' entries are fine for forms that do not apply",
     frm=("Jonah Teitelbaum", "jteitelbaum@mfa.ambrosia.example"),
     subject="Article 7 template and nil entries",
     date="Mon, 04 May 2026 11:27:33 -0400", fmt="plain", charset="us-ascii", cte="7bit",
     body="""Hi,

I have just taken over the CCM file at the Ministry and I'm told our
transparency report is overdue. Two basic questions:

1. Where can I get the current Word/Excel version of the reporting forms?
2. Ambrosia never possessed or produced cluster munitions. Is it acceptable
   to write "nil" or "not applicable" in the stockpile and production forms,
   or should those forms be left out altogether?

Thanks very much,
Jonah Teitelbaum
Arms Control and Disarmament Division
Ministry of Foreign Affairs, Ambrosia
"""),

dict(key="R02", topic="reporting", secondary=[], language="en", hard=False,
     note="annual report will be late because of elections; asks how to notify and whether a partial report is acceptable",
     frm=("Marisol Adeyemi-Kraft", "m.adeyemi@presidency.karsh.example"),
     subject="Our 2025 annual report will be late",
     date="Tue, 05 May 2026 09:54:12 +0200", fmt="alt", charset="utf-8", cte="7bit",
     mailer="Microsoft Outlook 16.0",
     body="""Dear ISU,

Because of the general elections and the change of government, our
inter-ministerial committee could not approve the annual transparency report
covering 2025 before the 30 April deadline. It is now unlikely to be cleared
before July.

Should we formally inform the States Parties or the UN of the delay? And
would it be acceptable to submit the forms that are ready (clearance and
victim assistance data) now and the rest later, or is a single complete
report expected?

Best regards,
Marisol Adeyemi-Kraft
Office of the National Security Adviser, Karsh
"""),

dict(key="R03", topic="reporting", secondary=["clearance"], language="en", hard=False,
     note="how to present a revised contamination baseline (after re-survey) in the annual report forms",
     frm=("Oskar Lindqvist-Obi", "o.lindqvist@mac.ostravia.example"),
     subject="Presenting a revised baseline in the annual report",
     date="Wed, 06 May 2026 13:13:13 +0200", fmt="plain", charset="utf-8", cte="8bit",
     body="""Dear colleagues,

Our re-survey has reduced the contaminated area from 41 km² to 17 km²,
mostly through cancellation. We are preparing the corrected annual report
and are unsure how to present this in the forms on contaminated areas and
clearance: should the previous figures be overwritten, or shown alongside
the new ones with an explanation? We do not want it to look like 24 km²
were cleared in one year.

Any guidance or examples of how other States Parties reported such a change
would help.

Regards,
Oskar Lindqvist-Obi
Information Management, OMAC
"""),

dict(key="R04", topic="reporting", secondary=[], language="en", hard=True,
     note="HARD(attachment_only_hint): one-line body; only the attachment name (signed Article 7 cover page and forms) shows it is the transparency report",
     frm=("Office of the Permanent Representative", "prgeneva@mission.tavoria.example"),
     subject="Transmission",
     date="Thu, 07 May 2026 17:02:40 +0200", fmt="plain", charset="us-ascii", cte="7bit",
     attachments=[dict(name="Tavoria_Art7_cover_page_and_forms_A-J_CY2025_signed.pdf", type="pdf")],
     body="""Sent on behalf of the Permanent Representative. Kindly acknowledge receipt.
"""),

dict(key="R05", topic="reporting", secondary=["stockpile_destruction"], language="en", hard=True,
     note="HARD(html_only): HTML-only: two figures in the stockpile form of the published report were swapped; asks how to get the published report corrected",
     frm=("Beatriz Nakamura-Sousa", "b.nakamura@mfa.solvera.example"),
     subject="Correction needed in our published report",
     date="Fri, 08 May 2026 12:06:59 +1200", fmt="html_only", charset="utf-8", cte="7bit",
     html="""<!DOCTYPE html><html><head><meta charset="utf-8"></head>
<body><div style="font-family:Arial;font-size:10pt">
<div>Dear ISU,</div><div><br></div>
<div>We have noticed that in the annual report published last week, the numbers of submunitions destroyed and retained in the stockpile form were swapped (destroyed should read 4,820 and retained 60, not the other way round).</div><div><br></div>
<div>Could you tell us the procedure to submit a corrected version and have the online copy replaced? Do we need a new signed cover page?</div><div><br></div>
<div>Many thanks,</div>
<div>Beatriz Nakamura-Sousa<br><i>Treaty Compliance Officer, Ministry of Foreign Affairs, Solvera</i></div>
</div></body></html>"""),

dict(key="R06", topic="reporting", secondary=[], language="fr", hard=False,
     note="asks for a webinar/training for new mission staff on filling in the transparency report forms",
     frm=("Fatou Sarr-Delaunay", "f.sarr@mission-geneve.kandore.example"),
     subject="Formation au remplissage des rapports de transparence",
     date="Mon, 11 May 2026 10:40:21 +0200", fmt="alt", charset="utf-8", cte="quoted-printable",
     body="""Bonjour,

Trois nouveaux agents ont rejoint la Mission permanente et la cellule CCM du
ministère à Kandoré-Ville. Aucun d'entre eux n'a jamais préparé de rapport au
titre de l'article 7.

Serait-il possible d'organiser une courte session en ligne (en français) sur
le remplissage des formulaires, en particulier la page de couverture et les
formulaires relatifs aux zones contaminées et à l'assistance aux victimes ?

Merci d'avance,
Fatou Sarr-Delaunay
Conseillère, Mission permanente du Kandoré
"""),

dict(key="R07", topic="reporting", secondary=[], language="fr", hard=True,
     note="HARD(encoded_subject): windows-1252 B-encoded subject split over two encoded-words carries the ask (extension for the Article 7 report); body only says 'see subject'",
     frm=("Serigne Ndiaye-Kombo", "s.ndiaye@mae.mossane.example"),
     subject="Rapport annuel – article 7 : demande de délai supplémentaire jusqu’au 31 mai",
     date="Tue, 12 May 2026 08:15:00 +0000", fmt="plain", charset="utf-8", cte="7bit",
     subject_enc=dict(charset="windows-1252", split=True),
     body="""Bonjour,

Voir objet. Pouvez-vous nous confirmer la marche a suivre ?

Cordialement,
S. Ndiaye-Kombo
"""),

dict(key="R08", topic="reporting", secondary=[], language="es", hard=False,
     note="who must sign the report cover page and whether a scanned signature is accepted",
     frm=("Embajador Julián Otxoa", "jotxoa@cancilleria.costaambarina.example"),
     subject="Firma de la portada del informe de transparencia",
     date="Wed, 13 May 2026 15:22:09 -0500", fmt="plain", charset="iso-8859-1", cte="quoted-printable",
     body="""Estimados colegas:

Nuestro informe anual está listo, pero hay un desacuerdo interno sobre quién
debe firmar la portada: el Ministerio de Defensa sostiene que debe ser el
Canciller y la Cancillería cree que basta con el Director de Desarme.

¿Hay alguna regla sobre el rango de quien firma? ¿Se acepta una firma
escaneada o electrónica?

Quedo atento.
Julián Otxoa
Embajador, Director General de Asuntos Multilaterales
"""),

dict(key="R09", topic="reporting", secondary=[], language="es", hard=True,
     note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0502 sending a corrected spreadsheet for the annual report and asking to replace the earlier version",
     frm=("Carla Benítez Arrúa", "cbenitez@anam.valdemora.example"),
     subject="RE: [CCM-2026-0502] Acuse de recibo: Informe anual 2025",
     date="Thu, 14 May 2026 09:48:27 -0400", fmt="alt", charset="utf-8", cte="quoted-printable",
     in_reply_to="<ccm-2026-0502.ack@ccm-isu.example>", mailer="Microsoft Outlook 16.0",
     attachments=[dict(name="Informe_Art7_2025_Formulario_F_corregido.xlsx", type="xlsx")],
     body="""Estimados:

Gracias por el acuse. Detectamos un error en las coordenadas de dos áreas
del Formulario F. Adjunto la hoja corregida; les rogamos sustituir la
versión enviada el 28 de abril y confirmarnos si hace falta reenviar todo el
informe.

Saludos,
Carla Benítez Arrúa
Gestión de Información – ANAM

-----Mensaje original-----
De: CCM ISU <no-reply@ccm-isu.example>
Enviado el: miércoles, 13 de mayo de 2026 11:02
Para: Carla Benítez Arrúa <cbenitez@anam.valdemora.example>
Asunto: [CCM-2026-0502] Acuse de recibo: Informe anual 2025

Su mensaje ha sido registrado con la referencia CCM-2026-0502.
Conserve esta referencia en el asunto de cualquier seguimiento.
"""),

dict(key="R10", topic="reporting", secondary=["clearance"], language="ru", hard=False,
     note="Russian: whether to include clearance of other explosive ordnance in the voluntary form of the annual report",
     frm=("Марина Кольцова", "m.koltsova@mid.zarechye.example"),
     subject="Вопрос о добровольной форме ежегодного доклада",
     date="Fri, 15 May 2026 14:30:00 +0300", fmt="alt", charset="utf-8", cte="quoted-printable",
     body="""Добрый день!

Готовим ежегодный доклад по статье 7 за 2025 год. Наши саперы в прошлом году
вместе с остатками кассетных боеприпасов обезвредили много других
взрывоопасных предметов.

Подскажите, пожалуйста: следует ли отражать эти данные в добровольной форме
доклада, или форма предназначена только для информации, прямо связанной с
Конвенцией? Есть ли примеры того, как это делали другие государства?

С уважением,
Марина Кольцова
Департамент международной безопасности МИД
"""),

dict(key="R11", topic="reporting", secondary=[], language="de", hard=False,
     note="German: newly acceded State asks when its initial transparency report is due and what it must cover",
     frm=("Dr. Konstantin Weyrauch", "k.weyrauch@aussenamt.altmarken.example"),
     subject="Frist für den ersten Transparenzbericht nach Beitritt",
     date="Mon, 18 May 2026 10:02:19 +0200", fmt="plain", charset="utf-8", cte="8bit",
     body="""Sehr geehrte Damen und Herren,

das Übereinkommen ist für die Republik Altmarken am 1. März 2026 in Kraft
getreten. Wir bereiten nun den ersten Bericht nach Artikel 7 Absatz 1 vor.

Könnten Sie uns bestätigen, bis wann dieser Erstbericht einzureichen ist,
welcher Stichtag für die Angaben gilt und ob dafür dieselben Formulare wie
für die Jahresberichte verwendet werden?

Mit freundlichen Grüßen
Dr. Konstantin Weyrauch
Referat Abrüstung und Rüstungskontrolle
Auswärtiges Amt der Republik Altmarken
"""),
]

# ---------------------------------------------------------------- legislation
MESSAGES += [
dict(key="L01", topic="legislation", secondary=[], language="en", hard=False,
     note="drafting penal provisions: whether to prohibit investment/financing; asks for model legislation and examples",
     frm=("Adaeze Whitcombe", "a.whitcombe@ag.lusenne.example"),
     subject="Implementing bill: financing and investment offences",
     date="Tue, 19 May 2026 10:45:07 +0545", fmt="plain", charset="us-ascii", cte="7bit",
     body="""Dear ISU,

The Attorney General's Chambers are drafting the Cluster Munitions
(Prohibition) Bill. The drafting team disagrees on whether the offence of
"assisting" under the Convention should be spelled out to cover investment
in, and financing of, companies producing cluster munitions, and what
penalties would be proportionate.

Could you share model legislation and examples of national laws that deal
expressly with financing, and, if available, a contact for a legal expert who
could comment on our draft clauses?

Regards,
Adaeze Whitcombe
Senior Parliamentary Counsel
Attorney General's Chambers, Lusenne
"""),

dict(key="L02", topic="legislation", secondary=[], language="en", hard=False,
     note="parliamentary committee asks for a legal expert to brief members during the hearing on the implementing bill",
     frm=("Clerk to the Committee on Defence and Foreign Affairs", "committees@parliament.nordholm.example"),
     subject="Invitation to brief the Committee on the Cluster Munitions Bill",
     date="Wed, 20 May 2026 16:01:38 +0000", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Dear Sir/Madam,

The Committee on Defence and Foreign Affairs of the Parliament of Nordholm
will hold public hearings on the Cluster Munitions (Implementation) Bill on
23-24 September 2026. Members have asked for an independent briefing on what
national implementation measures the Convention requires, in particular
penal sanctions and the treatment of joint military operations.

The Committee would be grateful if the ISU could provide, or suggest, a
legal expert to brief members (in person or by video link).

Yours faithfully,
Eamon Castellaro
Clerk to the Committee
Parliament of Nordholm
"""),

dict(key="L03", topic="legislation", secondary=["stockpile_destruction"], language="en", hard=True,
     note="HARD(misleading_subject): subject 'Stockpile destruction - follow-up' but the question is whether the implementing law must prohibit transit and foreign stockpiling of cluster munitions",
     frm=("Imogen Ferreira-Tan", "i.ferreira@legal.mfa.kestria.example"),
     subject="Stockpile destruction - follow-up",
     date="Thu, 21 May 2026 11:19:26 +0100", fmt="plain", charset="utf-8", cte="7bit",
     mailer="Apple Mail (2.3774)",
     body="""Dear colleagues,

Now that our own stockpile destruction is behind us, a different question has
come up in the legal department.

Aircraft of a non-party ally regularly transit our airports and a foreign
logistics base operates on our territory. Our 2019 implementing act is
silent on transit and on stockpiling by foreign forces. Do we need to
amend the act to prohibit these expressly, and how have other States Parties
worded such provisions? Examples of legislative texts would be most useful.

Best,
Imogen Ferreira-Tan
Legal Adviser, Ministry of Foreign Affairs
"""),

dict(key="L04", topic="legislation", secondary=[], language="en", hard=True,
     note="HARD(forwarded_chain): outer note is generic; the inline forwarded message from the Ministry of Justice asks whether amendments to the existing weapons act suffice as national implementation measures",
     frm=("Dmitri Oyelowo", "d.oyelowo@mission.karsh.example"),
     subject="FW: Weapons and Explosives Act amendments",
     date="Fri, 22 May 2026 09:37:50 +0200", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Dear ISU colleagues,

Forwarding the note below from our Ministry of Justice. Grateful for any
guidance you can give.

Kind regards,
Dmitri Oyelowo
Counsellor, Permanent Mission of Karsh

From: Leontine Abara <l.abara@justice.karsh.example>
Sent: Thursday, May 21, 2026 4:12 PM
To: Dmitri Oyelowo <d.oyelowo@mission.karsh.example>
Subject: Weapons and Explosives Act amendments

Dear Dmitri,

Rather than a stand-alone law, the Minister would prefer to add a chapter on
cluster munitions to the Weapons and Explosives Act (Cap. 211). Could you
ask the Geneva people whether such amendments would be considered adequate
national implementation measures under Article 9, and whether they can look
at our draft chapter (six sections, penalties up to 15 years)?

Many thanks,
Leontine Abara
Principal State Counsel, Legislative Drafting Department
"""),

dict(key="L05", topic="legislation", secondary=[], language="fr", hard=False,
     note="asks for a model accession instrument and the steps for depositing it (accession toolkit)",
     frm=("Henriette Mavoungou", "h.mavoungou@mae.sarnelle.example"),
     subject="Modèle d'instrument d'adhésion",
     date="Mon, 25 May 2026 12:12:12 +0100", fmt="plain", charset="iso-8859-1", cte="quoted-printable",
     body="""Madame, Monsieur,

Le Conseil des ministres de la République de Sarnelle a approuvé le
principe de l'adhésion à la Convention sur les armes à sous-munitions.

Le service des traités souhaiterait disposer d'un modèle d'instrument
d'adhésion, connaître les étapes du dépôt auprès du Secrétaire général des
Nations Unies, ainsi que la déclaration éventuelle relative à l'application
provisoire de l'article 1. Toute documentation en français serait précieuse.

Veuillez agréer, Madame, Monsieur, l'assurance de notre considération
distinguée.

Henriette Mavoungou
Service des traités et accords
"""),

dict(key="L06", topic="legislation", secondary=[], language="fr", hard=False,
     note="Senate committee asks for a review of the draft bill's penal sanctions (draft attached)",
     frm=("Olivier Rakotomalala", "o.rakoto@senat.velmora.example"),
     subject="Relecture de l'avant-projet de loi – sanctions pénales",
     date="Tue, 26 May 2026 15:30:03 +0300", fmt="alt", charset="utf-8", cte="8bit",
     attachments=[dict(name="Avant-projet_loi_armes_à_sous-munitions_v4.docx", type="docx")],
     body="""Bonjour,

La commission des lois du Sénat de Velmora examine l'avant-projet de loi
portant interdiction des armes à sous-munitions (version jointe).

Les sénateurs s'interrogent sur l'échelle des peines prévue à l'article 12
(emprisonnement de 2 à 10 ans) et sur l'absence de responsabilité pénale des
personnes morales. Pourriez-vous nous faire part de vos observations, ou nous
orienter vers un juriste qui pourrait le faire ?

Bien à vous,
Olivier Rakotomalala
Administrateur, Commission des lois
"""),

dict(key="L07", topic="legislation", secondary=[], language="fr", hard=False,
     note="how to reflect interoperability (Article 21, joint operations) in the implementing law",
     frm=("Cdt Yannick Brossard", "y.brossard@defense.kandore.example"),
     subject="Opérations conjointes et article 21 dans notre loi nationale",
     date="Wed, 27 May 2026 09:00:41 +0000", fmt="plain", charset="utf-8", cte="quoted-printable",
     body="""Bonjour,

Nos forces participent à des opérations multinationales avec des États non
parties. Le projet de loi de mise en œuvre ne dit rien des situations visées
à l'article 21 (interopérabilité).

Nous cherchons des exemples de dispositions législatives nationales qui
précisent ce qui reste interdit à nos militaires dans ces opérations, et
éventuellement un appui juridique pour rédiger l'article correspondant.

Cordialement,
Commandant Yannick Brossard
Direction des affaires juridiques, ministère de la Défense
"""),

dict(key="L08", topic="legislation", secondary=[], language="es", hard=False,
     note="asks for the model implementing law in Spanish and help adapting it",
     frm=("Dra. Ximena Larrazábal", "xlarrazabal@minjusticia.altiplania.example"),
     subject="Ley modelo de aplicación en español",
     date="Thu, 28 May 2026 11:55:02 -0400", fmt="plain", charset="utf-8", cte="8bit",
     body="""Estimados señores:

El Ministerio de Justicia de Altiplania tiene el encargo de preparar el
anteproyecto de ley nacional de aplicación de la Convención sobre Municiones
en Racimo. Nos han indicado que existe una ley modelo.

¿Podrían enviarnos la versión en español y, si es posible, ofrecernos
asistencia para adaptarla a nuestro sistema penal, que distingue entre
delitos y faltas?

Atentamente,
Ximena Larrazábal
Dirección de Técnica Legislativa
"""),

dict(key="L09", topic="legislation", secondary=["stockpile_destruction", "victim_assistance"], language="es", hard=True,
     note="HARD(multi_topic): recounts completed stockpile destruction and survivor programmes, but the ask is legislative help to criminalise financing of cluster munition producers",
     frm=("Fiscal Adjunto Benjamín Urquiza", "burquiza@fiscalia.valdemora.example"),
     subject="Asistencia para tipificar la financiación como delito",
     date="Fri, 29 May 2026 13:20:17 -0400", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Estimados:

Valdemora terminó la destrucción de sus existencias en 2024 y mantiene un
programa de atención a sobrevivientes que funciona razonablemente bien; en
esos ámbitos no necesitamos apoyo por ahora.

Nuestra dificultad es otra: la Fiscalía investigó a un fondo de inversión
nacional que financiaba a un fabricante extranjero de municiones en racimo y
el caso se archivó porque nuestra ley no tipifica esa conducta. Solicitamos
asistencia técnica para redactar una reforma que la tipifique como delito,
con ejemplos de otras legislaciones.

Saludos cordiales,
Benjamín Urquiza
Fiscal Adjunto, Unidad de Delitos Económicos
"""),

dict(key="L10", topic="legislation", secondary=[], language="es", hard=False,
     note="requests a workshop for parliamentarians on the implementing law",
     frm=("Dip. Rosalía Montenegro", "rmontenegro@congreso.costaambarina.example"),
     subject="Taller para legisladores sobre la ley de aplicación",
     date="Mon, 01 Jun 2026 08:44:30 -0500", fmt="alt", charset="utf-8", cte="8bit",
     body="""Estimados amigos:

En la Comisión de Relaciones Exteriores del Congreso hay poco conocimiento
sobre la Convención, y el proyecto de ley de aplicación lleva dos años sin
avanzar.

Quisiera saber si la Unidad de Apoyo podría organizar, o ayudarnos a
organizar, un taller de medio día para diputados y asesores sobre las
medidas nacionales de aplicación y las sanciones penales que exige el
artículo 9.

Un saludo afectuoso,
Dip. Rosalía Montenegro
Presidenta de la Comisión de Relaciones Exteriores

Enviado desde mi iPhone
"""),

dict(key="L11", topic="legislation", secondary=[], language="pt", hard=True,
     note="HARD(legacy_charset): windows-1252 quoted-printable body (Portuguese with curly quotes and dashes): asks for review of the draft implementing law",
     frm=("Dr. Álvaro Nhantumbo", "anhantumbo@mj.vilaserra.example"),
     subject="Revisão do anteprojeto de lei de implementação",
     date="Tue, 02 Jun 2026 10:06:58 +0200", fmt="plain", charset="windows-1252", cte="quoted-printable",
     body="""Exmos. Senhores,

O Ministério da Justiça concluiu o anteprojeto da “Lei de Proibição das
Munições de Fragmentação” – 18 artigos, incluindo disposições penais e
regras sobre as munições retidas para formação.

Gostaríamos que a Unidade, ou um jurista indicado por ela, revisse o texto
antes de o enviarmos ao Conselho de Ministros, em especial o capítulo das
sanções (multas até 250 000 € e prisão até 12 anos) e a definição de
“assistência”.

Com os melhores cumprimentos,
Álvaro Nhantumbo
Assessor Jurídico – Gabinete do Ministro da Justiça
"""),
]

# ---------------------------------------------------------------- general
MESSAGES += [
dict(key="G01", topic="general", secondary=[], language="en", hard=False,
     note="wants to set up a Country Coalition with a partner State and asks how the concept works",
     frm=("Rashid Kowalczyk-Amin", "r.kowalczyk@mfa.qaradin.example"),
     subject="Country Coalition - how do we start?",
     date="Wed, 03 Jun 2026 10:22:35 +0300", fmt="plain", charset="us-ascii", cte="7bit",
     body="""Dear ISU,

At the last intersessional meeting we heard about the Country Coalition
concept. One of our long-standing partners has told us informally that it
would be willing to act as "friend" for Qaradin.

Could you explain the practical steps: who initiates, what the first
meeting looks like, whether there are terms of reference, and what role the
ISU plays? A short call would be welcome.

Best regards,
Rashid Kowalczyk-Amin
Director, International Organisations Department
Ministry of Foreign Affairs, Qaradin
"""),

dict(key="G02", topic="general", secondary=[], language="en", hard=False,
     note="asks about sponsorship for a capital-based expert to attend the Meeting of States Parties",
     frm=("Lydia Mwangi-Sørensen", "lydia.ms@mission.solvera.example"),
     subject="Sponsorship for the Meeting of States Parties",
     date="Thu, 04 Jun 2026 14:40:00 +0200", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     body="""Dear colleagues,

Solvera would like to bring the head of our national mine action office to
the Meeting of States Parties in September, but our budget only covers the
Geneva-based delegates.

Is the sponsorship programme open for this year, what are the criteria and
the deadline for applications? Do sponsored delegates have to make a
statement in a specific session?

With thanks,
Lydia Mwangi-Sørensen
Second Secretary, Permanent Mission of Solvera
"""),

dict(key="G03", topic="general", secondary=["clearance", "victim_assistance", "stockpile_destruction"], language="en", hard=True,
     note="HARD(ambiguous_general): asks for ISU support to build a national CCM strategy giving equal weight to clearance, victim assistance and stockpile destruction; no single main ask",
     frm=("Hon. Desmond Arkwright-Bello", "minister.office@interior.karsh.example"),
     subject="Support for a national CCM implementation strategy",
     date="Fri, 05 Jun 2026 09:15:27 +0200", fmt="plain", charset="utf-8", cte="7bit",
     body="""Dear Director,

The Government of Karsh has decided to replace our fragmented plans with a
single national strategy for implementing the Convention for 2027-2032.

The strategy must cover, on an equal footing, the clearance of our
remaining contaminated areas, a long-term plan for survivors and their
communities, and the destruction of the stocks still held by the police
special units. We would like the ISU to help us design the overall
structure, the governance and the costing, and to advise on how to present
it to partners.

Yours sincerely,
Desmond Arkwright-Bello
Minister of Interior and National Security
Republic of Karsh
"""),

dict(key="G04", topic="general", secondary=[], language="en", hard=True,
     note="HARD(attachment_only_hint): bare cover note with an opaquely named scan; nothing indicates the topic, so ISU triage",
     frm=("Registry - Ministry of Foreign Affairs", "registry@mfa.nordholm.example"),
     subject="Letter from H.E. the Minister",
     date="Mon, 08 Jun 2026 08:31:02 +0000", fmt="plain", charset="us-ascii", cte="7bit",
     attachments=[dict(name="Scan_20260608_0831_0001.pdf", type="pdf")],
     body="""Good morning,

Please see the attached letter from H.E. the Minister.

Kind regards,
Registry
Ministry of Foreign Affairs
"""),

dict(key="G05", topic="general", secondary=[], language="en", hard=False,
     note="donor offer of unearmarked funds for CCM implementation; asks how to match it with needs",
     frm=("Henrik Obuya-Larsen", "h.obuya@devcoop.ostravia.example"),
     subject="Ostravia: unearmarked funds available for CCM implementation",
     date="Tue, 09 Jun 2026 13:07:44 +0200", fmt="alt", charset="utf-8", cte="7bit",
     mailer="Microsoft Outlook 16.0",
     body="""Dear ISU colleagues,

The Development Cooperation Agency of Ostravia has 1.5 million euros
available in 2026-2027 to support States Parties in implementing the
Convention. Ministers have not earmarked the money for any particular
obligation.

Could the ISU help us identify where the funds would make most difference,
and tell us whether there is a mechanism to match donor offers with
requests from affected States Parties?

Best regards,
Henrik Obuya-Larsen
Senior Adviser, Humanitarian Disarmament
"""),

dict(key="G06", topic="general", secondary=[], language="fr", hard=False,
     note="practical question on registration and badges for the intersessional meetings",
     frm=("Nadège Fontaine-Bakary", "n.fontaine@mission-geneve.sarnelle.example"),
     subject="Inscription aux réunions intersessions",
     date="Wed, 10 Jun 2026 17:55:12 +0200", fmt="plain", charset="utf-8", cte="8bit",
     body="""Bonjour,

Notre délégation aux réunions intersessions comptera quatre personnes, dont
deux venant de la capitale qui n'ont pas de badge du Palais des Nations.

Comment les inscrire, et jusqu'à quelle date ? Faut-il une note verbale ?

Merci et bonne soirée,
Nadège Fontaine-Bakary
Attachée, Mission permanente de Sarnelle

Envoyé depuis mon smartphone
"""),

dict(key="G07", topic="general", secondary=[], language="fr", hard=False,
     note="asks whether a ministry official can be seconded to the ISU for a few months",
     frm=("Abdoulaye Chevalier", "a.chevalier@mae.kandore.example"),
     subject="Détachement d'un fonctionnaire auprès de l'Unité d'appui",
     date="Thu, 11 Jun 2026 10:35:00 +0000", fmt="alt", charset="iso-8859-1", cte="quoted-printable",
     body="""Madame, Monsieur,

Dans le cadre du renforcement de nos capacités, le ministère des Affaires
étrangères du Kandoré envisage de détacher une jeune diplomate auprès de
l'Unité d'appui à l'application pendant trois à six mois, à nos frais.

Une telle formule est-elle possible ? Le cas échéant, quelles seraient les
conditions et la procédure ?

Avec mes salutations distinguées,
Abdoulaye Chevalier
Directeur des ressources humaines
"""),

dict(key="G08", topic="general", secondary=[], language="es", hard=False,
     note="updating the national focal point contact list",
     frm=("Sofía Arismendi", "sarismendi@cancilleria.altiplania.example"),
     subject="Actualización de puntos focales nacionales",
     date="Fri, 12 Jun 2026 12:00:26 -0400", fmt="plain", charset="iso-8859-1", cte="8bit",
     body="""Buenos días:

Por cambios en el Gobierno, les comunico los nuevos puntos focales de
Altiplania para la Convención: la suscrita en Cancillería y el Lic. Tobías
Ancasi en el Ministerio de Defensa (tancasi@defensa.altiplania.example).

¿Podrían actualizar la lista de contactos y confirmarme si reciben
también la información de las reuniones? Además, ¿quién es la persona de
contacto de la Unidad para nuestra región?

Gracias,
Sofía Arismendi
Dirección de Seguridad Internacional
"""),

dict(key="G09", topic="general", secondary=["clearance", "victim_assistance"], language="en", hard=False,
     note="help preparing a consolidated resource mobilisation plan spanning clearance, risk education and victim assistance",
     frm=("Thandiwe Ruiz-Moreau", "t.ruiz@nmaa.tavoria.example"),
     subject="Resource mobilisation plan 2027-2029",
     date="Mon, 15 Jun 2026 09:49:40 +0200", fmt="plain", charset="utf-8", cte="quoted-printable",
     body="""Dear ISU,

Tavoria wants to approach donors with one consolidated resource mobilisation
plan for 2027-2029 instead of separate appeals. The plan would cover
clearance and risk education (about 60% of the budget) and victim assistance
(40%).

Could the ISU help us structure the plan and review the costing, and
advise on which forum to present it in (a Country Coalition meeting, the
intersessionals)?

Thanks and regards,
Thandiwe Ruiz-Moreau
Resource Mobilisation Officer
"""),

dict(key="G10", topic="general", secondary=[], language="de", hard=False,
     note="German: proposes a joint side event at the Meeting of States Parties (calendar invitation attached)",
     frm=("Miriam Haberland", "m.haberland@aussenamt.altmarken.example"),
     subject="Vorschlag: gemeinsame Nebenveranstaltung beim Vertragsstaatentreffen",
     date="Tue, 16 Jun 2026 15:15:15 +0200", fmt="alt", charset="utf-8", cte="quoted-printable",
     mailer="Microsoft Outlook 16.0",
     attachments=[dict(type="ics", name="Abstimmung_Nebenveranstaltung.ics",
                       summary="Abstimmung Nebenveranstaltung Altmarken/ISU",
                       start="20260630T090000Z", end="20260630T093000Z",
                       location="Videokonferenz")],
     body="""Liebe Kolleginnen und Kollegen,

die Republik Altmarken würde beim diesjährigen Vertragsstaatentreffen gern
gemeinsam mit der ISU eine Nebenveranstaltung zum Thema „Zusammenarbeit
zwischen Vertragsstaaten in kleinen Formaten" ausrichten.

Wären Sie grundsätzlich offen dafür? Für eine erste Abstimmung schlage ich
einen kurzen Videotermin am 30. Juni vor (Einladung anbei).

Viele Grüße
Miriam Haberland
Ständige Vertretung der Republik Altmarken, Genf
"""),

dict(key="G11", topic="general", secondary=[], language="ru", hard=True,
     note="HARD(legacy_charset): windows-1251 body and subject (Russian): asks for Russian translations of ISU guidance documents and interpretation at meetings",
     frm=("Виктор Сабуров", "v.saburov@mid.zarechye.example"),
     subject="Просьба о переводе документов на русский язык",
     date="Wed, 17 Jun 2026 11:40:02 +0300", fmt="plain", charset="windows-1251", cte="quoted-printable",
     subject_enc=dict(charset="windows-1251"), name_charset="windows-1251",
     body="""Уважаемые коллеги!

Многие наши специалисты в министерствах не владеют английским языком, что
затрудняет использование руководств и методических материалов Группы
имплементационной поддержки.

Просим сообщить, существуют ли переводы основных документов на русский язык
и можно ли рассчитывать на русский синхронный перевод на межсессионных
совещаниях. Мы готовы частично покрыть расходы.

С уважением,
В. Сабуров
Второй секретарь
Департамент международных организаций МИД
"""),

dict(key="G12", topic="general", secondary=[], language="ar", hard=False,
     note="Arabic: requests an introductory meeting with the ISU Director during a visit to Geneva",
     frm=("السفير خالد بن نصار", "k.nassar@mission.qaradin.example"),
     subject="طلب لقاء مع مدير وحدة دعم التنفيذ",
     date="Thu, 18 Jun 2026 10:05:33 +0200", fmt="plain", charset="utf-8", cte="8bit",
     body="""السيد المدير المحترم،

تحية طيبة وبعد،

يسرني إبلاغكم بأن وفداً من وزارة الخارجية في قرادين سيزور جنيف خلال الأسبوع
الأول من شهر تموز، ويود الوفد عقد لقاء تعارفي معكم لمناقشة سبل التعاون
بين بلادنا ووحدة دعم التنفيذ.

نرجو إفادتنا بالمواعيد المناسبة لكم.

وتفضلوا بقبول فائق الاحترام،
السفير خالد بن نصار
الممثل الدائم لجمهورية قرادين في جنيف
"""),
]

# ---------------------------------------------------------------- not an enquiry
MESSAGES += [
dict(key="N01", topic="not_an_enquiry", secondary=[], language="en", hard=False,
     note="Exchange out-of-office with Auto-Submitted and X-Auto-Response-Suppress",
     frm=("Jonah Teitelbaum", "jteitelbaum@mfa.ambrosia.example"),
     subject="Automatic reply: [CCM-2026-0433] Received: Article 7 template and nil entries",
     date="Mon, 04 May 2026 11:31:02 -0400", fmt="alt", charset="utf-8", cte="7bit",
     in_reply_to="<ccm-2026-0433.ack@ccm-isu.example>",
     headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All",
              "X-MS-Exchange-Inbox-Rules-Loop": "jteitelbaum@mfa.ambrosia.example"},
     mailer="Microsoft Exchange Server",
     body="""I am travelling on mission until 18 May with limited access to e-mail.
For urgent matters please contact the Arms Control Division at
acd@mfa.ambrosia.example.
"""),

dict(key="N02", topic="not_an_enquiry", secondary=["clearance"], language="fr", hard=True,
     note="HARD(no_auto_headers): absence message replying to an acknowledgement without Auto-Submitted or X-Auto-Response-Suppress headers",
     frm=("Aminata Kaboré-Lenoir", "a.kabore@cnd.kandore.example"),
     subject="Absente du bureau - Re: [CCM-2026-0471] Received: Achèvement des obligations au titre de l'article 4",
     date="Mon, 01 Jun 2026 11:20:03 +0000", fmt="plain", charset="utf-8", cte="8bit",
     in_reply_to="<ccm-2026-0471.ack@ccm-isu.example>",
     body="""Bonjour,

Je suis en mission de terrain dans la province de Tamsa jusqu'au 12 juin,
sans accès régulier à ma messagerie. Votre message sera traité à mon retour.

Pour toute urgence concernant les opérations, merci de contacter
M. Issa Koné : i.kone@cnd.kandore.example

Cordialement,
Aminata Kaboré-Lenoir
"""),

dict(key="N03", topic="not_an_enquiry", secondary=[], language="en", hard=False,
     note="Postfix DSN (multipart/report, delivery-status, text/rfc822-headers): ISU reply to a departed diplomat bounced",
     frm=("Mail Delivery System", "MAILER-DAEMON@mx1.ccm-isu.example"),
     subject="Undelivered Mail Returned to Sender",
     date="Tue, 09 Jun 2026 07:14:55 +0200", kind="dsn", charset="us-ascii", cte="7bit",
     headers={"Auto-Submitted": "auto-replied"},
     dsn=dict(reporting_mta="mx1.ccm-isu.example", recipient="h.vasquez@mission-geneva.ostravia.example",
              status="5.1.1", remote_mta="mail.mission-geneva.ostravia.example",
              diagnostic="smtp; 550 5.1.1 <h.vasquez@mission-geneva.ostravia.example>: Recipient address rejected: User unknown in virtual mailbox table",
              orig_subject="Re: [CCM-2026-0398] Sponsorship application", orig_from="intake@ccm-isu.example",
              orig_date="Tue, 09 Jun 2026 07:14:50 +0200", orig_msgid="<20260609051450.4B2C1@ccm-isu.example>",
              headers_only=True),
     body="""This is the mail system at host mx1.ccm-isu.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<h.vasquez@mission-geneva.ostravia.example>: host
    mail.mission-geneva.ostravia.example[198.51.100.17] said: 550 5.1.1
    <h.vasquez@mission-geneva.ostravia.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)
"""),

dict(key="N04", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="es", hard=True,
     note="HARD(no_dsn_structure): localised plain-text bounce (no multipart/report) with the returned message, about stockpile destruction, quoted inline",
     frm=("Sistema de correo", "postmaster@mail.cancilleria.valdemora.example"),
     subject="Notificación de estado de entrega (error)",
     date="Thu, 21 May 2026 09:02:11 -0400", fmt="plain", charset="iso-8859-1", cte="8bit",
     body="""Este es el sistema de correo de mail.cancilleria.valdemora.example.

No se pudo entregar su mensaje a los siguientes destinatarios:

    pibarguren@cancilleria.valdemora.example
    Motivo: el buzón del destinatario está lleno (552 5.2.2 Mailbox full)

El sistema volverá a intentarlo. No responda a este mensaje.

------ Mensaje devuelto ------

From: intake@ccm-isu.example
To: pibarguren@cancilleria.valdemora.example
Subject: Re: [CCM-2026-0461] Consulta sobre solicitud de prórroga del plazo del artículo 3
Date: Thu, 21 May 2026 14:58:40 +0200

Estimada Sra. Ibarguren:

En relación con su consulta sobre la prórroga del plazo para la destrucción
de existencias, el coordinador le escribirá en los próximos días.
"""),

dict(key="N05", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], language="en", hard=True,
     note="HARD(lookalike_noise): bulletin with list headers reporting clearance progress and survivor stories; no request",
     frm=("South Basin Mine Action Bulletin", "bulletin@news.southbasin-mineaction.example"),
     subject="South Basin Bulletin #37: 2.1 km2 released, new survey teams, survivor voices",
     date="Fri, 26 Jun 2026 06:00:00 +0000", fmt="alt", charset="utf-8", cte="quoted-printable",
     headers={"List-Id": "South Basin Mine Action Bulletin <bulletin.news.southbasin-mineaction.example>",
              "List-Unsubscribe": "<https://news.southbasin-mineaction.example/u?id=8812ab>, <mailto:unsubscribe@news.southbasin-mineaction.example>",
              "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
              "Precedence": "list", "X-Mailer": "Newsroom Mailer 3.1"},
     body="""SOUTH BASIN MINE ACTION BULLETIN - Issue 37, June 2026

IN THIS ISSUE
* 2.1 km2 of cluster munition-contaminated land released in May
* Two new technical survey teams deployed along the Lunde valley
* Survivor voices: "I went back to my fields" - Amos, 34
* Risk education reaches 11,000 schoolchildren

CLEARANCE PROGRESS
Operators in the basin released 2.1 km2 in May, including 0.6 km2 through
technical survey. 1,284 submunitions were destroyed.

SURVIVOR VOICES
Amos lost a leg in 2019. After a vocational grant he now runs a seed shop.

Read the full bulletin online: https://news.southbasin-mineaction.example/37

You receive this bulletin because you subscribed at a regional workshop.
Unsubscribe: https://news.southbasin-mineaction.example/u?id=8812ab
"""),

dict(key="N06", topic="not_an_enquiry", secondary=["general"], language="en", hard=True,
     note="HARD(lookalike_noise): phishing from an ISU look-alike domain asking to 'confirm bank details' for sponsorship reimbursement",
     frm=("CCM ISU Sponsorship Programme", "sponsorship@ccm-isu-secure.example"),
     subject="Action required: confirm bank details for your sponsorship reimbursement",
     date="Sat, 27 Jun 2026 03:14:22 +0000", fmt="alt", charset="utf-8", cte="7bit",
     html="""<html><body style="font-family:Segoe UI,Arial">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#1b3f73;color:#fff;padding:12px"><b>CCM Implementation Support Unit</b></td></tr>
<tr><td style="padding:16px">
<p>Dear Delegate,</p>
<p>Your reimbursement for travel under the <b>Sponsorship Programme</b> is ready for payment. Due to a change in our banking provider, all beneficiaries must re-confirm their bank details within <b>48 hours</b>, otherwise the payment will be cancelled.</p>
<p style="text-align:center"><a href="http://ccm-isu-secure.example/reimburse/verify?id=77120" style="background:#1b3f73;color:#fff;padding:10px 20px;text-decoration:none">CONFIRM BANK DETAILS</a></p>
<p>Sponsorship Team<br>CCM ISU</p>
</td></tr></table></body></html>""",
     body="""Dear Delegate,

Your reimbursement for travel under the Sponsorship Programme is ready for
payment. Due to a change in our banking provider, all beneficiaries must
re-confirm their bank details within 48 hours, otherwise the payment will be
cancelled.

CONFIRM BANK DETAILS: http://ccm-isu-secure.example/reimburse/verify?id=77120

Sponsorship Team
CCM ISU
"""),

dict(key="N07", topic="not_an_enquiry", secondary=[], language="fr", hard=False,
     note="French-language network newsletter (List-Id, Precedence: bulk)",
     frm=("Réseau francophone d'action humanitaire", "lettre@rfah.example.org"),
     subject="La Lettre du Réseau – juin 2026",
     date="Tue, 30 Jun 2026 08:00:00 +0200", fmt="alt", charset="utf-8", cte="quoted-printable",
     headers={"List-Id": "La Lettre du Reseau <lettre.rfah.example.org>",
              "List-Unsubscribe": "<https://rfah.example.org/desinscription?u=5521>",
              "Precedence": "bulk"},
     body="""LA LETTRE DU RÉSEAU – juin 2026

Au sommaire
– Bienvenue à nos trois nouveaux membres
– Offre d'emploi : chargé(e) de communication (Dakar-sur-Mer)
– Retour en images sur notre assemblée générale
– Agenda de l'été

Assemblée générale : plus de 80 participants se sont réunis les 4 et 5 juin.
Les actes seront publiés en septembre.

Vous recevez cette lettre en tant que membre du Réseau.
Se désinscrire : https://rfah.example.org/desinscription?u=5521
"""),

dict(key="N08", topic="not_an_enquiry", secondary=[], language="es", hard=False,
     note="read receipt (multipart/report, disposition-notification) for an acknowledgement",
     frm=("Rodrigo Salvatierra", "rsalvatierra@anam.valdemora.example"),
     subject="Leído: [CCM-2026-0479] Acuse de recibo: Solicitud de detectores y capacitación",
     date="Wed, 03 Jun 2026 17:02:44 -0400", kind="mdn", charset="utf-8", cte="8bit",
     mdn=dict(recipient="rsalvatierra@anam.valdemora.example", orig_msgid="<ccm-2026-0479.ack@ccm-isu.example>"),
     body="""Su mensaje

  Para: rsalvatierra@anam.valdemora.example
  Asunto: [CCM-2026-0479] Acuse de recibo: Solicitud de detectores y capacitación
  Enviado: miércoles, 3 de junio de 2026 16:51:10 (UTC+01:00)

fue leído el miércoles, 3 de junio de 2026 17:02:44 (UTC-04:00).
"""),

dict(key="N09", topic="not_an_enquiry", secondary=[], language="en", hard=False,
     note="automatic change-of-address notice (Auto-Submitted)",
     frm=("Directorate of Humanitarian Affairs", "dha@mfa-old.lusenne.example"),
     subject="Automatic reply: our e-mail addresses have changed",
     date="Thu, 02 Jul 2026 10:00:12 +0545", fmt="plain", charset="us-ascii", cte="7bit",
     headers={"Auto-Submitted": "auto-replied", "Precedence": "auto_reply"},
     body="""This is an automatic message.

The Directorate of Humanitarian Affairs has moved to the new government
e-mail domain. Messages sent to @mfa-old.lusenne.example are no longer read.
Please resend your message to the same user name at @mfa.lusenne.example.

This mailbox will be closed on 31 December 2026.
"""),

dict(key="N10", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="en", hard=True,
     note="HARD(lookalike_noise): commercial spam from a demilitarisation equipment vendor that talks about stockpile destruction",
     frm=("Kestrel Demil Solutions", "sales@kestrel-demil.example.com"),
     subject="Meet your Article 3 deadline: turnkey cluster munition demilitarisation",
     date="Fri, 03 Jul 2026 05:41:09 +0000", fmt="alt", charset="utf-8", cte="quoted-printable",
     headers={"List-Unsubscribe": "<https://kestrel-demil.example.com/optout?e=intake%40ccm-isu.example>",
              "Precedence": "bulk", "X-Mailer": "PostBlaster Pro"},
     body="""Dear Decision Maker,

Is your Article 3 stockpile destruction deadline approaching?

Kestrel Demil Solutions offers TURNKEY demilitarisation of cluster munitions:
- mobile cryofracture and water-jet cutting units
- contained detonation chambers from 4 kg NEQ
- full documentation for your transparency reports

SPECIAL OFFER: 15% off all lease contracts signed before 31 August 2026!

Book a free online demo: https://kestrel-demil.example.com/demo

Kestrel Demil Solutions | Unit 4, Harbour Park | +999 20 555 0199
To stop receiving our offers, click here: https://kestrel-demil.example.com/optout
"""),
]
