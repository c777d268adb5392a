# -*- coding: utf-8 -*-
"""blind16: content and gold labels of every message (data only).

Each entry of MESSAGES is one e-mail.  Label fields: topic, secondary, lang,
hard (list of hard-case kinds; empty = not hard), note (without the HARD
prefix, which generate.py adds).  Everything else describes the message as a
mail client would have produced it; generate.py turns it into RFC 5322.

All States, people, organisations, phone numbers (+999 ...) and domains are
invented.  Written without reading the classifier, its rules, templates or
tests.
"""

ACK_TEXT = {
    "en": (
        "Dear sender,\n\n"
        "Your message has been received and registered under reference {ref}.\n"
        "It will be passed to the coordinator responsible, who will contact you.\n\n"
        "Please quote {ref} in the subject line of any follow-up. Replies to this\n"
        "message reach the Implementation Support Unit.\n\n"
        "Implementation Support Unit\n"
        "Convention on Cluster Munitions\n"
    ),
    "es": (
        "Estimado/a remitente:\n\n"
        "Su mensaje ha sido recibido y registrado con la referencia {ref}. Se\n"
        "transmitirá a la coordinación competente, que se pondrá en contacto con usted.\n\n"
        "Le rogamos que indique la referencia {ref} en el asunto de cualquier\n"
        "mensaje posterior.\n\n"
        "Unidad de Apoyo a la Aplicación\n"
        "Convención sobre Municiones en Racimo\n"
    ),
    "fr": (
        "Madame, Monsieur,\n\n"
        "Votre message a bien été reçu et enregistré sous la référence {ref}. Il\n"
        "sera transmis au coordinateur compétent, qui prendra contact avec vous.\n\n"
        "Merci de rappeler la référence {ref} dans l'objet de toute correspondance\n"
        "ultérieure.\n\n"
        "Unité d'appui à l'application\n"
        "Convention sur les armes à sous-munitions\n"
    ),
}

MESSAGES = []

# =====================================================================
# stockpile_destruction (Article 3)
# =====================================================================
MESSAGES += [
dict(
    key="S01", topic="stockpile_destruction", secondary=[], lang="en", hard=[],
    note="army museum collection turned out to hold live submunitions; asks for inspection, whether inerted items can stay, and a facility to destroy a small quantity",
    frm=("Maj. Tobias Wren-Hallett", "t.wrenhallett@defence.harrowmere.example"),
    cc=[("SO1 Logistics", "so1.logistics@defence.harrowmere.example")],
    subject="Cluster munitions held in the Army Museum collection",
    date="2026-04-08T11:42:10+01:00", client="outlook", body_kind="plain", cte="quoted-printable",
    body="""Dear colleagues,

I have been asked by our Chief of Logistics to seek your advice on a matter
that came up during this year's ammunition inventory.

The National Army Museum in Fenwick holds a small collection of air-dropped
dispensers and artillery carrier shells, some of them on public display since
the 1980s. The museum's records describe them all as "inert". When our EOD
team checked three of the items last month, one 155 mm carrier shell still
contained 49 live submunitions with intact fuzes. The remaining items (about
20 dispensers and shells, plus two trays of loose bomblets in the reserve
store) have not been examined.

We would be grateful for:

- technical assistance to inspect and certify the remaining items, ideally
  from someone who has done this for a museum before;
- advice on whether items that have been fully demilitarised can stay in the
  collection, or whether the whole collection has to be treated as part of
  our stockpile and destroyed;
- if destruction is needed, help identifying a facility that would accept a
  small quantity - we have no demilitarisation capacity of our own.

The museum director is understandably worried about losing part of the
collection, so a clear view on when a demilitarised item stops being a
cluster munition would help us a great deal.

Kind regards,

Major Tobias Wren-Hallett
Ammunition Technical Officer
Joint Logistics Command | Ministry of Defence of Harrowmere
Tel. +999 20 4471 3302
""",
),
dict(
    key="S02", topic="stockpile_destruction", secondary=[], lang="en", hard=[],
    note="police bomb-disposal school wants to retain live submunitions under Art. 3(6): how many, army-to-police hand-over, contacts with a training school",
    frm=("Supt Amara Liddell", "a.liddell@police.tavelland.example"),
    cc=[("Disarmament Desk", "disarmament@mfa.tavelland.example")],
    subject="Retaining submunitions for our police bomb disposal courses",
    date="2026-04-02T08:57:31+00:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Good morning,

Our Ministry of Foreign Affairs suggested I contact you directly (they are
copied).

The Police Bomb Disposal Unit runs a basic and an advanced course every year.
Our instructors would like to keep a small number of live submunitions from
the army's stocks for detection and render-safe training before the army
destroys the rest. I understand Article 3(6) allows this, but we are unsure
about a few things:

1. How have other States justified the number they keep? The army has
proposed 250; our instructors think 60 to 80 would cover five years of
courses. Is there any guidance on what "the minimum number absolutely
necessary" means in practice?

2. The munitions belong to the army. Does handing some of them to the police
count as a transfer under the Convention, or is it an internal matter?

3. Could you put us in touch with a police or military training school in
another State Party that already retains submunitions, so we can learn how
they store, track and use them up?

We would like to settle this before the army signs its destruction contract
in June.

Many thanks,

Superintendent Amara Liddell
Head of Training, Police Bomb Disposal Unit
Tavelland National Police
""",
),
dict(
    key="S03", topic="stockpile_destruction", secondary=[], lang="fr", hard=[],
    note="naval stocks on a remote archipelago: help with maritime transport certification and a transfer for destruction to a neighbouring State (Art. 3.7)",
    frm=("CF Loïc Marchetti-Ndiaye", "l.marchetti@marine.talmonde.example"),
    subject="Transfert de stocks d'armes à sous-munitions depuis l'archipel des Brisants",
    date="2026-04-14T15:20:44+02:00", client="outlook", body_kind="alt", cte="quoted-printable",
    inline_images=[{"name": "image001.png", "kind": "png", "cid": "image001.png@01DCCB12.5A3E41B0"}],
    body="""Madame, Monsieur,

La Marine nationale de Talmonde conserve encore un lot d'armes à sous-munitions
dans la soute à munitions de la base navale de l'archipel des Brisants, à
environ 900 km du continent : 46 conteneurs de roquettes et 112 obus à
sous-munitions, hérités d'un ancien accord de défense.

Nous n'avons aucune capacité de destruction sur place, et le transport vers le
continent n'est possible que par navire de commerce ; les armateurs refusent ce
type de chargement sans certification. Un État voisin, partie à la Convention,
a indiqué qu'il pourrait accueillir ces stocks dans son centre de
démilitarisation, dans le cadre d'un transfert aux fins de destruction
(article 3, paragraphe 7).

Nous sollicitons l'appui de l'Unité d'appui à l'application pour :
– identifier des experts en transport maritime de munitions, capables
d'évaluer l'état des conteneurs et d'établir les documents de sécurité
nécessaires ;
– savoir si d'autres États ont déjà procédé à un transfert de ce type et
quelles démarches ils ont suivies ;
– nous orienter vers des donateurs susceptibles de financer l'affrètement d'un
navire adapté.

Je reste à votre disposition pour un entretien téléphonique.

Veuillez agréer, Madame, Monsieur, l'expression de ma considération distinguée.

CF Loïc Marchetti-Ndiaye
Bureau des munitions – État-major de la Marine
Ministère des Armées de Talmonde
+999 31 22 80 41
""",
),
dict(
    key="S04", topic="stockpile_destruction", secondary=[], lang="es", hard=[],
    note="last stocks are rockets with submunition warheads; needs technical help to dispose of the old rocket motors/propellant",
    frm=("Cap. Ing. Renzo Altamirano", "raltamirano@ejercito.montalbra.example"),
    subject="Motores cohete de los lanzadores múltiples: ¿cómo eliminarlos junto con las cabezas de guerra?",
    date="2026-04-21T10:05:12-04:00", client="thunderbird", body_kind="plain", cte="8bit", eol="lf",
    body="""Estimados señores:

Les escribo desde la Dirección de Material de Guerra del Ejército de
Montalbra. Estamos preparando el plan de destrucción de nuestras últimas
existencias de municiones en racimo: 380 cohetes de 127 mm para lanzadores
múltiples, cada uno con una cabeza de guerra que contiene submuniciones de
doble propósito.

Las cabezas de guerra pueden separarse y destruirse en nuestro polígono por
detonación controlada, pero no tenemos experiencia con los motores cohete. El
propulsor sólido tiene más de 30 años, el fabricante ya no existe y el
Ministerio de Ambiente no autoriza la quema abierta de grandes cantidades de
propulsor.

Quisiéramos solicitar asistencia técnica para:

1. Evaluar el estado del propulsor y los riesgos de su manipulación.
2. Conocer qué métodos han usado otros Estados para eliminar motores de este
   tipo (combustión estática, extracción del propulsor, etc.).
3. Si fuera posible, recibir la visita de un especialista durante el segundo
   semestre.

Quedo atento a sus comentarios.

Atentamente,

Cap. Ing. Renzo Altamirano
Dirección de Material de Guerra
Ejército de Montalbra
Tel.: +999 44 610 2285
""",
),
dict(
    key="S05", topic="stockpile_destruction", secondary=[], lang="de", hard=[],
    note="stocks found in the warehouse of an insolvent former manufacturer: how others handled privately held stocks, expert to inspect filled dispensers before transport",
    frm=("Dr. Annika Vogelsang", "a.vogelsang@verteidigung.ebersland.example"),
    subject="Streumunitionsbestände aus der Insolvenzmasse eines früheren Herstellers",
    date="2026-04-16T09:31:05+02:00", client="notes", body_kind="plain",
    charset="iso-8859-1", cte="quoted-printable",
    attachments=[{"name": "Bestandsliste_Lager_Dürrbach_Insolvenzverwalter.pdf", "name_style": "rfc2047"}],
    body="""Sehr geehrte Damen und Herren,

im Zuge eines Insolvenzverfahrens gegen ein früheres Rüstungsunternehmen hat
uns der Insolvenzverwalter mitgeteilt, dass sich in einem Lager der Firma noch
rund 1.400 Submunitionen sowie 60 leere und 12 gefüllte Dispenser befinden.
Die Bestände stammen aus einem Exportauftrag, der nie ausgeliefert wurde, und
waren uns bislang nicht bekannt. Die Bestandsliste des Insolvenzverwalters
liegt bei.

Unser Haus geht davon aus, dass diese Bestände unter die Verpflichtungen nach
Artikel 3 fallen, auch wenn sie sich nicht im Besitz der Streitkräfte
befinden. Ungeklärt ist jedoch, wer die Vernichtung durchführt und bezahlt,
solange das Insolvenzverfahren läuft.

Wir wären Ihnen dankbar, wenn Sie uns

- mitteilen könnten, wie andere Vertragsstaaten mit Beständen in privatem
  Besitz umgegangen sind, und
- einen Experten vermitteln könnten, der den Zustand der gefüllten Dispenser
  vor Ort begutachtet, bevor sie abtransportiert werden.

Mit freundlichen Grüßen

Dr. Annika Vogelsang
Referat Rüstungskontrolle und Munitionsentsorgung
Verteidigungsministerium Ebersland
Tel. +999 61 3370 1124
""",
),
dict(
    key="S06", topic="stockpile_destruction", secondary=[], lang="ru", hard=["legacy_charset"],
    note="KOI8-R body and subject (Russian): will miss the Art. 3 destruction deadline; asks how and when to submit an extension request, a model structure, and a video consultation",
    frm=("Ирина Пахомова", "i.pakhomova@mod.severomar.example"),
    header_charset="koi8-r",
    subject="Запрос о продлении срока уничтожения запасов (статья 3)",
    date="2026-04-09T12:14:00+03:00", client="thunderbird_linux", body_kind="plain",
    charset="koi8-r", cte="8bit", eol="lf",
    body="""Уважаемые коллеги,

Министерство обороны Северомарской Республики сообщает, что, несмотря на все
усилия, мы не успеем завершить уничтожение запасов кассетных боеприпасов до
истечения восьмилетнего срока, установленного статьей 3 Конвенции (август
2027 г.). На сегодняшний день уничтожено около 70 % запасов; оставшиеся
2300 авиационных кассет требуют специального оборудования, которого у нас нет.

Мы планируем подать запрос на продление срока и просим Группу
имплементационной поддержки:

- разъяснить, в какие сроки запрос должен быть представлен до Совещания
  государств-участников;
- предоставить образец или рекомендации по структуре запроса (план работ,
  бюджет, обоснование);
- по возможности провести консультацию по видеосвязи с нашей рабочей группой
  в мае.

С уважением,
Ирина Пахомова
начальник отдела международного сотрудничества
Управление вооружения Министерства обороны
тел. +999 72 415 08 63
""",
),
dict(
    key="S07", topic="stockpile_destruction", secondary=[], lang="en", hard=["reply_to_ack"],
    note="reply to acknowledgement CCM-2026-0412: corrected depot inventory and asks whether the expert mission on the destruction option can still happen in May",
    frm=("Okafor-Reyes, Desmond Lt Col", "d.okafor@mod.brinmoor.example"),
    subject="RE: [CCM-2026-0412] Received: Technical support for destruction of remaining cluster munition stocks",
    in_reply_to="<ccm-2026-0412.ack@ccm-isu.example>",
    date="2026-04-07T09:12:33+00:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear ISU team,

Further to my request of 30 March (your ref. CCM-2026-0412), our logistics
branch has now finished the recount at the Kelso depot. The correct figures
are:

- 1,180 artillery projectiles with submunitions (we gave you 1,260 - 80 were
  destroyed in 2019 but never taken off the ledger);
- 35 aircraft dispensers;
- 4 crates of loose submunitions recovered during depot consolidation.

This does not change our request for a technical adviser to help us choose
between a commercial contract and destruction in-house, but the budget will be
somewhat lower. Could you tell us whether the expert visit could still take
place in the week of 18 May? Our depot commander is away in early June.

Best regards,
Desmond

Lt Col Desmond Okafor-Reyes
Director, Ammunition Management
Ministry of Defence, Brinmoor

-----Original Message-----
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Monday, March 30, 2026 4:02 PM
To: Okafor-Reyes, Desmond Lt Col <d.okafor@mod.brinmoor.example>
Subject: [CCM-2026-0412] Received: Technical support for destruction of remaining cluster munition stocks

Dear sender,

Your message has been received and registered under reference CCM-2026-0412.
It will be passed to the coordinator responsible, who will contact you.

Please quote CCM-2026-0412 in the subject line of any follow-up. Replies to this
message reach the Implementation Support Unit.

Implementation Support Unit
Convention on Cluster Munitions
""",
),
dict(
    key="S08", topic="stockpile_destruction", secondary=[], lang="pt", hard=[],
    note="air force found old bombs with sensor-fuzed submunitions; needs an expert to establish whether they fall under the Art. 2(2)(c) exclusion or must be destroyed",
    frm=("Ten.-Cel. Marcos Vilaça Pimentel", "m.pimentel@fa.serranova.example"),
    subject="Identificação de bombas de aviação – enquadramento no artigo 2.º",
    date="2026-04-23T14:48:19-03:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Prezados senhores,

Durante o inventário anual da Base Aérea de Campo Verde, a Força Aérea de
Serranova encontrou 64 bombas de aviação de um modelo antigo. Segundo a
documentação original, que está incompleta, cada bomba contém nove
submunições de cerca de 5 kg, com sensor de alvo e mecanismo de autodestruição.

Não temos certeza se estas bombas se enquadram na exceção da alínea c) do n.º 2
do artigo 2.º da Convenção ou se devem ser consideradas munições de
fragmentação e, portanto, destruídas. A documentação técnica disponível não
permite confirmar todos os critérios (peso de cada submunição, capacidade de
detetar e atacar um alvo único, mecanismos eletrónicos de autodestruição e de
autodesativação).

Solicitamos apoio técnico para a identificação destas munições, de preferência
com a visita de um perito, e, caso se confirme que são munições de
fragmentação, orientações sobre os passos seguintes para a sua destruição.

Com os melhores cumprimentos,

Ten.-Cel. Marcos Vilaça Pimentel
Divisão de Armamento – Estado-Maior da Força Aérea
República de Serranova
Tel.: +999 55 3218 4470
""",
),
dict(
    key="S09", topic="stockpile_destruction", secondary=[], lang="en", hard=["attachment_only_hint"],
    note="bare mission registry cover note 'as discussed with the Ambassador'; only the PDF name (Art. 3 declaration of compliance, stockpile destruction) gives the topic",
    frm=("Registry - Permanent Mission of Corrand", "registry@mission.corrand.example"),
    subject="Documents",
    date="2026-04-28T17:03:55+02:00", client="outlook", body_kind="plain", cte="quoted-printable",
    attachments=[{"name": "Corrand_Declaration_of_Compliance_Art3_Stockpile_Destruction_2026.pdf"}],
    body="""Dear colleagues,

Please find attached, as discussed with the Ambassador last week.

Best regards,

Registry
Permanent Mission of Corrand to the United Nations Office at Geneva

________________________________
This e-mail and any attachments are confidential and intended solely for the
addressee. If you have received it in error, please notify the sender and
delete it. The Permanent Mission accepts no liability for any damage caused by
viruses transmitted by this e-mail.
""",
),
dict(
    key="S10", topic="stockpile_destruction", secondary=[], lang="fr", hard=[],
    note="destruction programme halted by a broken flue-gas filter on the incinerator: spare parts from other users, fallback options, emergency funding",
    frm=("Colonel Bertrand Aké-Fontaine", "b.akefontaine@defense.verance.example"),
    subject="Panne du système de traitement des fumées – centre de démilitarisation de Sainte-Aure",
    date="2026-04-10T10:26:40+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Madame, Monsieur,

Le programme de destruction des stocks d'armes à sous-munitions de la
République de Vérance, engagé en janvier, est à l'arrêt depuis le 3 avril : le
système de filtration des fumées du four rotatif du centre de démilitarisation
de Sainte-Aure est tombé en panne, et l'autorité environnementale a suspendu
l'autorisation d'exploitation jusqu'à sa réparation.

Il reste environ 9 000 sous-munitions à détruire. Le fournisseur du four
annonce un délai de huit mois pour les pièces de rechange, ce qui
compromettrait notre calendrier et le respect de notre échéance au titre de
l'article 3.

Nous souhaiterions savoir si l'Unité d'appui peut :
– nous mettre en relation avec d'autres États parties ou opérateurs qui
utilisent le même type d'installation et pourraient nous prêter ou nous céder
des pièces ;
– nous indiquer des solutions de repli (destruction par une unité mobile, par
exemple) ;
– relayer auprès des donateurs notre besoin de financement d'urgence, estimé à
140 000 euros.

Je vous remercie par avance de votre aide.

Colonel Bertrand Aké-Fontaine
Directeur du programme national de destruction des stocks
Ministère de la Défense – République de Vérance
""",
),
dict(
    key="S11", topic="stockpile_destruction", secondary=[], lang="ar", hard=[],
    note="Arabic: ammunition technicians need training in safe disassembly of 155 mm carrier shells before stock destruction; study visit and Arabic guides",
    frm=("العقيد سامر الحداد", "s.haddad@mod.rimal.example"),
    subject="طلب تدريب فنيي الذخيرة على تفكيك قذائف المدفعية العنقودية",
    date="2026-04-20T09:02:17+03:00", client="thunderbird", body_kind="plain", cte="8bit", eol="lf",
    body="""السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تعتزم وزارة الدفاع البدء في تدمير ما تبقى من مخزون الذخائر العنقودية لدينا،
ومعظمه قذائف مدفعية عيار 155 ملم تحتوي كل منها على ذخائر صغيرة. وقد تبين لنا
أن فنيي الذخيرة في وحداتنا لم يتلقوا تدريباً متخصصاً على تفكيك هذا النوع من
القذائف بأمان، إذ اقتصر عملهم حتى الآن على التدمير بالتفجير.

لذلك نرجو منكم التكرم بمساعدتنا في ما يلي:
1. تنظيم دورة تدريبية لنحو خمسة عشر فنياً حول التفكيك الآمن للقذائف وفصل
   الذخائر الصغيرة منها؛
2. ترشيح دولة طرف أو جهة لديها خبرة في هذا المجال يمكن أن تستضيف فريقنا في
   زيارة ميدانية؛
3. تزويدنا بما يتوفر من أدلة أو معايير فنية باللغة العربية.

وتفضلوا بقبول فائق الاحترام والتقدير،

العقيد سامر الحداد
مديرية التسليح والذخيرة
وزارة الدفاع
هاتف: +999 81 442 7719
""",
),
]

# =====================================================================
# clearance (Article 4)
# =====================================================================
MESSAGES += [
dict(
    key="C01", topic="clearance", secondary=[], lang="en", hard=[],
    note="solar park planned on a suspected hazardous area: examples of land release certificates for construction, external QA expert for the technical survey plan",
    frm=("Eleanor Quist", "e.quist@mineaction.tavelland.example"),
    subject="Land release standard for a solar park site - request for QA support",
    date="2026-04-13T16:40:02+00:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

I head the Quality Management section of the Tavelland Mine Action Centre. We
have an unusual situation and would appreciate the ISU's help in finding
expertise.

A private energy company has leased 340 hectares near Orrin Flats for a solar
park. The area lies inside a polygon recorded as a suspected hazardous area
after the 1990s conflict (cluster strikes along the old airfield). The
company's insurers will only proceed if the land is formally released under a
recognised standard, and they want a certificate our national standards do
not provide for: our land release procedures were written for farmland handed
back to communities, not for construction with foundations down to 2.5 m.

Could you help us with:

1. examples from other States Parties of land release or clearance
certificates issued for infrastructure projects, including the clearance
depth they required;
2. an external quality assurance expert who could review our technical survey
plan for the site before work starts in July;
3. advice on whether the developer paying for the survey raises any issue for
how we record the area in the national database and in our Article 4
progress.

Thank you in advance,

Eleanor Quist
Head, Quality Management
Tavelland Mine Action Centre
Mobile +999 19 662 0153
""",
),
dict(
    key="C02", topic="clearance", secondary=[], lang="en", hard=[],
    note="risk reduction education aimed at scrap-metal collectors and dealers: other States' experience and whether donors fund it",
    frm=("Isaac Tembo-Greaves", "i.tembo@nma.lanthorne.example"),
    subject="Risk education for scrap metal collectors",
    date="2026-04-06T19:22:45+02:00", client="iphone", body_kind="plain",
    charset="us-ascii", cte="7bit",
    body="""Hello,

Over the past year most of our cluster munition accidents have involved young
men collecting scrap metal to sell to roadside buyers - 9 of the 13 incidents
recorded in 2025. Scrap prices have gone up and they go deliberately into
marked areas looking for casings and submunitions. Our usual risk education
sessions (schools, village meetings) are not reaching them.

We would like to try something different: working through the scrap dealers
and the weighing stations, perhaps with a small incentive for dealers who
refuse to buy munitions and report them instead. Before we design anything,
could you:

- tell us whether any other State Party has run risk reduction work aimed at
scrap collectors or dealers, and share contacts or materials;
- advise whether donors would fund this as part of clearance and risk
reduction - we have no budget line for it this year.

Thanks,
Isaac Tembo-Greaves
Risk Education Coordinator
National Mine Action Authority, Lanthorne

Sent from my iPhone
""",
),
dict(
    key="C03", topic="clearance", secondary=[], lang="en", hard=[],
    note="expects to finish clearance of the last contaminated area early: how to declare Art. 4 completion, residual contamination capacity, review of a draft declaration",
    frm=("Fraser Lindqvist", "f.lindqvist@mfa.kerrowan.example"),
    subject="Kerrowan - completing our Article 4 obligations this year",
    date="2026-04-17T13:11:27+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

Our national mine action centre expects to finish clearing the last recorded
cluster munition contaminated area (the Harl valley, 41 hectares) in
September, well ahead of our Article 4 deadline in 2028. Ministers would like
to announce completion at the Meeting of States Parties.

We would be grateful for advice on:

- the process and format for declaring completion - is there a standard
declaration, and to whom and when should it be submitted?
- what other States have put in place for residual contamination found after
completion (national capacity, funding, for how long);
- whether the ISU could look at our draft declaration in August.

We would rather do this properly than quickly, so please tell us if you think
September is too tight.

With best wishes,

Fraser Lindqvist
Desk Officer, Arms Control and Disarmament
Ministry of Foreign Affairs of Kerrowan
T: +999 23 808 1170
""",
),
dict(
    key="C04", topic="clearance", secondary=[], lang="fr", hard=[],
    note="forest fire exposed suspected submunitions in a national park with no recorded contamination; urgent survey before the rains",
    frm=("Ahmed Bensalem-Rivière", "a.bensalem@cnlam.kasselie.example"),
    subject="Découverte de sous-munitions après l'incendie du parc national de la Haute-Sorne",
    date="2026-04-03T07:58:03+00:00", client="roundcube", body_kind="plain", cte="8bit", eol="lf",
    attachments=[{"name": "Coordonnées_GPS_objets_signalés_Haute-Sorne.xlsx", "name_style": "rfc2231"}],
    body="""Bonjour,

L'incendie qui a ravagé une partie du parc national de la Haute-Sorne en mars
a mis le sol à nu sur près de 2 000 hectares. Depuis, les gardes forestiers et
les pompiers ont signalé une trentaine d'objets qui, d'après les photos,
ressemblent à des sous-munitions, dans un secteur où aucune contamination
n'avait été enregistrée.

La végétation repoussera très vite avec la saison des pluies (à partir de fin
mai), ce qui rendra toute enquête beaucoup plus difficile. Notre Commission
nationale ne dispose que d'une équipe d'enquête non technique, actuellement
déployée dans le nord du pays.

Nous sollicitons votre aide pour :
- mobiliser rapidement une équipe d'enquête non technique et technique
  (organisation partenaire ou État partie) pendant les six prochaines
  semaines ;
- savoir comment intégrer cette zone nouvellement découverte dans notre
  planification au titre de l'article 4.

Vous trouverez ci-joint les coordonnées GPS des objets signalés ; les photos
peuvent vous être envoyées sur demande.

Cordialement,

Ahmed Bensalem-Rivière
Chef des opérations
Commission nationale de lutte antimines – Kassélie
""",
),
dict(
    key="C05", topic="clearance", secondary=[], lang="fr", hard=["forwarded_chain"],
    note="inline forward of a regional governor's letter: submunitions found in a school yard, school closed; the ministry asks for an operator to survey, mark and clear",
    frm=("Aurélie Fofana-Garnier", "a.fofana@diplomatie.talmonde.example"),
    subject="TR: Cour de l'école de Bel-Air – objets suspects",
    date="2026-04-15T11:36:50+00:00", client="thunderbird", body_kind="plain", cte="8bit",
    body="""Bonjour,

Je vous transfère ci-dessous le message du gouverneur de la région des
Collines, reçu ce matin. Nous n'avons pas de capacité nationale dans cette
région. L'Unité d'appui pourrait-elle nous indiquer rapidement un opérateur
ou un État partie en mesure d'intervenir ?

Bien à vous,

Aurélie Fofana-Garnier
Direction des Nations Unies et des organisations internationales
Ministère des Affaires étrangères de Talmonde


-------- Message transféré --------
Sujet : 	Cour de l'école de Bel-Air – objets suspects
Date : 	Tue, 14 Apr 2026 08:12:37 +0000
De : 	Cabinet du Gouverneur – Région des Collines <cabinet@gouv-collines.talmonde.example>
Pour : 	Direction ONU <dnuoi@diplomatie.talmonde.example>


Monsieur le Directeur,

Lors des travaux d'agrandissement de l'école primaire de Bel-Air, les
ouvriers ont mis au jour jeudi dernier plusieurs petits objets métalliques
cylindriques que la gendarmerie a identifiés comme des sous-munitions. Le
terrain se trouve à 300 mètres de l'ancienne ligne de front.

L'école (420 élèves) a été fermée par précaution. Les parents demandent quand
elle rouvrira et si les terrains voisins, où jouent les enfants, sont eux
aussi contaminés.

Je vous serais reconnaissant de saisir nos partenaires internationaux afin
qu'une équipe spécialisée vienne vérifier, baliser et dépolluer la cour et
ses abords dans les meilleurs délais.

Pour le Gouverneur de la région des Collines,
Jean-Baptiste Kouadio
Secrétaire général
""",
),
dict(
    key="C06", topic="clearance", secondary=[], lang="es", hard=[],
    note="drones for technical survey of high-mountain strike areas: experience of others, acceptance in land release, pilot funding",
    frm=("Ing. Lucía Bermejo Saldívar", "lbermejo@cnam.riocalma.example"),
    subject="Uso de drones en el estudio técnico de zonas de impacto en alta montaña",
    date="2026-04-22T12:09:41-05:00", client="zimbra", body_kind="alt", cte="quoted-printable",
    body="""Estimados colegas:

El Centro Nacional de Acción contra Minas de Riocalma tiene pendientes de
estudio técnico 14 zonas de impacto de municiones en racimo en la cordillera
de Los Halcones, entre 3.200 y 4.100 metros de altura. Por la pendiente y la
nieve, los equipos solo pueden trabajar unos cuatro meses al año y el
rendimiento de la inspección a pie es muy bajo.

Estamos valorando el uso de drones con cámaras multiespectrales y,
eventualmente, magnetómetros, para localizar huellas de impacto y
submuniciones en superficie y reducir así el área que habría que inspeccionar
manualmente. Antes de invertir quisiéramos:

- saber qué Estados parte u operadores han usado drones en el estudio técnico
y con qué resultados;
- recibir asesoría sobre cómo documentar estos hallazgos para que sean
aceptados en la liberación de tierras conforme a nuestras normas nacionales;
- explorar si hay donantes interesados en financiar un proyecto piloto en la
temporada de diciembre a marzo.

Agradezco de antemano su apoyo.

Saludos cordiales,

Ing. Lucía Bermejo Saldívar
Jefa del Departamento de Estudios Técnicos
Centro Nacional de Acción contra Minas (CNAM) - Riocalma
Tel. +999 47 2290 118
""",
),
dict(
    key="C07", topic="clearance", secondary=["reporting"], lang="es", hard=["misleading_subject"],
    note="subject names the Article 7 report form, but the body asks how to prepare an Art. 4 clearance deadline extension request",
    frm=("Gonzalo Ferreyra Ochoa", "gferreyra@cancilleria.sierralumbre.example"),
    subject="Informe artículo 7 - formulario F",
    date="2026-04-09T17:45:18-03:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Buenas tardes:

Al revisar los datos del formulario F con la Autoridad Nacional de Desminado
nos dimos cuenta de que, al ritmo actual, no podremos terminar el despeje de
las zonas contaminadas del departamento de Chaparral antes del plazo del
artículo 4 (1 de marzo de 2028). Quedan 612 hectáreas, y la mitad está en
zonas a las que solo se accede en temporada seca.

Tendremos que presentar una solicitud de prórroga y quisiéramos saber:

1. ¿Con cuánta antelación a la Reunión de Estados Parte debe presentarse la
solicitud?
2. ¿Qué contenido mínimo debe incluir (plan de trabajo, presupuesto,
situación de la contaminación, capacidad nacional)?
3. ¿Podría la Unidad de Apoyo revisar un borrador antes de la presentación
oficial?

Quedamos atentos.

Gonzalo Ferreyra Ochoa
Dirección de Seguridad Internacional y Desarme
Ministerio de Relaciones Exteriores de Sierra Lumbre
""",
),
dict(
    key="C08", topic="clearance", secondary=[], lang="pt", hard=[],
    note="submunitions carried by floods onto river banks already declared clear: survey methods for floodplains, recording moving contamination, riverine expert",
    frm=("Eng.ª Rosa Mendonça Lobo", "rosa.lobo@cnd.costaanil.example"),
    subject="Levantamento em zonas inundáveis – pedido de orientação técnica",
    date="2026-04-27T10:17:36+01:00", client="sogo", body_kind="plain", cte="8bit", eol="lf",
    body="""Caros colegas,

A Comissão Nacional de Desminagem de Costa Anil tem recebido relatos de
submunições encontradas em bancos de areia e nas margens do rio Caiari depois
de cada época de cheias, em locais que já tinham sido considerados livres.
Tudo indica que as cheias arrastam os resíduos a partir das áreas
contaminadas a montante.

Gostaríamos de receber orientação técnica sobre:
- metodologias de levantamento não técnico e técnico em zonas inundáveis e
  margens de rios;
- a forma de delimitar e registar áreas onde a contaminação se desloca de
  ano para ano;
- a possibilidade de uma missão de um perito em desminagem ribeirinha e
  subaquática durante a estação seca (agosto a outubro).

Agradecemos desde já a vossa atenção.

Com os melhores cumprimentos,
Rosa Mendonça Lobo
Diretora de Operações
Comissão Nacional de Desminagem – Costa Anil
""",
),
dict(
    key="C09", topic="clearance", secondary=[], lang="fr", hard=[],
    note="agriculture ministry wants olive groves abandoned since strikes surveyed plot by plot and cleared before the harvest, with risk education for farmers",
    frm=("Karim Haddou-Lenoir", "k.haddou@agriculture.ouaridou.example"),
    cc=[("Autorité nationale de l'action contre les mines", "direction@anam.ouaridou.example")],
    subject="Oliveraies de la plaine de Tessira – enquête et dépollution",
    date="2026-04-24T09:44:52+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Madame, Monsieur,

Le ministère de l'Agriculture de la République d'Ouaridou souhaite relancer la
production d'huile d'olive dans la plaine de Tessira, abandonnée depuis les
frappes de 2014. Environ 650 familles d'agriculteurs attendent de pouvoir
retourner sur leurs parcelles, mais l'Autorité nationale de l'action contre
les mines estime qu'une partie des 1 200 hectares d'oliveraies est encore
contaminée par des restes d'armes à sous-munitions, sans pouvoir dire
laquelle.

Avec l'accord de l'Autorité nationale (en copie), nous demandons un appui
pour :
– une enquête non technique parcelle par parcelle, afin de remettre
rapidement en production les terres non contaminées ;
– la dépollution des zones confirmées, en priorité avant la récolte de
novembre ;
– des séances d'éducation aux risques pour les agriculteurs et leurs
familles.

Un programme agricole financé par un bailleur est prêt à démarrer dès que les
terres seront remises à disposition.

Avec nos remerciements,

Karim Haddou-Lenoir
Directeur de la production végétale
Ministère de l'Agriculture – Ouaridou
""",
),
dict(
    key="C10", topic="clearance", secondary=[], lang="ru", hard=["base64_body", "legacy_charset"],
    note="base64 windows-1251 body (Russian): deminers trained only on anti-personnel mines need battle area clearance training for submunitions, detector advice and a donor",
    frm=("Олег Стрельников", "o.strelnikov@demining.zarechye.example"),
    header_charset="windows-1251",
    subject="Подготовка саперов к очистке территорий от кассетных суббоеприпасов",
    date="2026-04-15T08:03:29+05:00", client="robot",
    headers=[("X-Mailer", "The Bat! (v10.5.3) Professional")],
    body_kind="plain", charset="windows-1251", cte="base64",
    body="""Добрый день!

Национальный центр по разминированию Республики Заречье просит содействия в
подготовке личного состава. В 2026 году мы планируем начать очистку трех
участков в Приозерном районе, загрязненных неразорвавшимися кассетными
суббоеприпасами, однако наши саперы до сих пор работали только с
противопехотными минами.

Нам необходимы:
1. курс по очистке районов боевых действий и обращению с суббоеприпасами
   для 24 саперов;
2. консультация по выбору металлоискателей, пригодных для поиска мелких
   суббоеприпасов в каменистом грунте;
3. помощь в поиске донора для закупки оборудования.

Будем благодарны за ответ и за контакты организаций, которые проводят такие
курсы на русском языке.

С уважением,
Олег Стрельников
заместитель директора
Национальный центр по разминированию
тел. +999 73 210 44 58
""",
),
dict(
    key="C11", topic="clearance", secondary=[], lang="en", hard=["html_only"],
    note="HTML-only with a cost table: interim marking and fencing of strike areas beside a new border crossing until clearance; asks for a donor",
    frm=("Border Districts Mine Action Office", "bdmao@nmac.harrowmere.example"),
    subject="Funding request: marking and fencing at the Selby Gap crossing",
    date="2026-04-29T13:55:08+01:00", client="robot",
    headers=[("X-Mailer", "Microsoft CDO for Windows 2000")],
    body_kind="html", charset="utf-8", cte="quoted-printable",
    body="(html only)",
    html="""<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Dear ISU,</p>
<p>The new border crossing at Selby Gap opened in February and traffic has tripled since. The access
roads pass within 200&nbsp;m of two confirmed cluster munition strike areas that our workplan will not
reach for clearance before 2027. The existing markers (painted stones) have been moved or stolen, and
truck drivers park on the verges overnight.</p>
<p>As an interim measure until clearance we need permanent marking and perimeter fencing for about
4.6&nbsp;km, with warning signs in three languages. Could the ISU help us find a donor or a State Party
able to fund or supply the materials? Our estimate:</p>
<table border="1" cellpadding="4" cellspacing="0" style="border-collapse:collapse;font-size:10pt">
<tr style="background:#dde4ee"><th>Item</th><th>Quantity</th><th>Cost (USD)</th></tr>
<tr><td>Fence posts and wire</td><td>4.6 km</td><td>38,000</td></tr>
<tr><td>Warning signs (trilingual)</td><td>180</td><td>9,500</td></tr>
<tr><td>Installation (local contractor)</td><td>-</td><td>11,000</td></tr>
<tr><td>Risk education sessions at truck stops</td><td>12</td><td>3,500</td></tr>
<tr><td colspan="2"><b>Total</b></td><td><b>62,000</b></td></tr>
</table>
<p>Photos and the map of both areas are available on request.</p>
<p>Regards,<br>
<b>Priya Castellane-Boyd</b><br>
Operations Officer, Border Districts Mine Action Office<br>
National Mine Action Centre, Harrowmere</p>
</body></html>
""",
),
dict(
    key="C12", topic="clearance", secondary=[], lang="de", hard=[],
    note="former military training area becoming a nature reserve: contacts and survey/clearance methods compatible with protected habitats",
    frm=("Dipl.-Ing. Jörg Hallbrunner", "j.hallbrunner@umwelt.hallstern.example"),
    subject="Ehemaliger Truppenübungsplatz Grauwald – Erfahrungsaustausch zur Räumung von Streumunitionsresten",
    date="2026-04-20T15:25:33+02:00", client="thunderbird", body_kind="alt", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

der ehemalige Truppenübungsplatz Grauwald (rund 3.800 ha) soll bis 2030 in
ein Naturschutzgebiet umgewandelt und teilweise für Besucher geöffnet werden.
Aus Archivunterlagen geht hervor, dass dort bis in die 1980er-Jahre auch
Streumunition verschossen wurde. Bei einer ersten Begehung wurden bereits
Submunitionen an der Oberfläche gefunden.

Die Schwierigkeit besteht darin, die Räumung mit dem Naturschutz zu
vereinbaren: Eine großflächige maschinelle Räumung scheidet wegen geschützter
Biotope aus, und auf Teilflächen gilt ein Befahrungsverbot.

Wir würden uns über Unterstützung bei folgenden Punkten freuen:
- Kontakte zu Vertragsstaaten, die Streumunitionsreste auf Naturschutzflächen
oder in Wäldern geräumt haben;
- Hinweise auf Methoden der nichttechnischen und technischen Untersuchung,
die mit dem Biotopschutz vereinbar sind;
- gegebenenfalls einen fachlichen Austausch mit einem Experten im Herbst.

Mit freundlichen Grüßen

Dipl.-Ing. Jörg Hallbrunner
Referat Altlasten und Kampfmittelräumung
Umweltministerium der Republik Hallstern
""",
),
]

# =====================================================================
# victim_assistance (Article 5)
# =====================================================================
MESSAGES += [
dict(
    key="V01", topic="victim_assistance", secondary=[], lang="en", hard=[],
    note="survivor survey found widespread hearing loss: screening, hearing aids and technician training, contacts with programmes that include audiology",
    frm=("Dr Mirela Ashdown-Kofi", "m.ashdown@health.lanthorne.example"),
    cc=[("Audiology Unit", "audiology.unit@health.lanthorne.example")],
    subject="Hearing loss among cluster munition survivors - request for audiology support",
    date="2026-04-20T10:30:11+02:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

Our Ministry of Health has just completed the first round of home visits under
the national survivor survey. One finding surprised us: 58% of the 412
survivors we interviewed report hearing problems since their accident, and
almost none of them has ever seen an audiologist. Most of the attention so
far has gone to amputations and prosthetics.

We have only two audiologists in the public system, both in the capital. We
would like to request assistance with:

- hearing screening in the three most affected provinces, possibly through a
mobile unit;
- hearing aids and batteries for at least 200 people, and training for local
technicians to fit and maintain them;
- contact with any State Party or organisation that has built audiology into
its victim assistance programme.

I would be happy to share the (anonymised) survey data.

With thanks and best regards,

Dr Mirela Ashdown-Kofi
Director, Rehabilitation Services
Ministry of Health, Lanthorne
""",
),
dict(
    key="V02", topic="victim_assistance", secondary=[], lang="en", hard=[],
    note="survivor register cannot be shared with other ministries without consent under a new data protection law: consent forms, data-sharing agreements, referral system",
    frm=("Ruth Baptiste-Ellery", "r.baptiste@socialprotection.corrand.example"),
    subject="Sharing survivor data with other ministries - data protection question",
    date="2026-04-02T14:02:59+00:00", client="thunderbird", body_kind="plain",
    charset="us-ascii", cte="7bit", quote_charset=False,
    body="""Dear ISU,

I am the victim assistance focal point in Corrand's Ministry of Social
Protection. We hold a register of 1,036 cluster munition survivors and family
members, built from the mine action database and our own needs assessments.
The Ministries of Labour and Education now want access to it so that
survivors can be prioritised for vocational training and school grants, which
is good news.

The difficulty is our new Data Protection Act. The register includes medical
information, and our legal unit says we cannot share it without the explicit
consent of each person, which we did not collect at the time.

Could the ISU help us with:

- examples of consent forms or data-sharing agreements that other States
  Parties use for survivor data;
- advice, or an expert, on setting up a referral system between ministries
  that protects survivors' privacy but still gets them to the services.

Happy to have a call any day next week.

Regards,
Ruth Baptiste-Ellery
Victim Assistance Focal Point
Ministry of Social Protection, Corrand
+999 27 551 9038
""",
),
dict(
    key="V03", topic="victim_assistance", secondary=[], lang="en", hard=["forwarded_as_attachment"],
    note="mission forwards as attachment a hospital letter: prosthetic liners fail in extreme cold, asks for components and cold-climate fitting training; outer note is generic",
    frm=("Nicholas Farrow-Amadi", "n.farrow@mission.kerrowan.example"),
    subject="FW: Letter from the Northern Regional Hospital",
    date="2026-04-10T16:18:27+02:00", client="outlook", body_kind="plain", cte="quoted-printable",
    attachments=[{"kind": "rfc822", "msg": dict(
        key="V03-inner", frm=("Dr Halvard Osei-Brennan", "h.oseibrennan@nrh.health.kerrowan.example"),
        to=[("International Cooperation Unit", "intcoop@health.kerrowan.example")],
        subject="Shortage of prosthetic liners and cold-weather components",
        date="2026-04-06T08:44:10+01:00", client="outlook", body_kind="plain", cte="quoted-printable",
        body="""Dear colleagues,

The orthopaedic workshop at the Northern Regional Hospital in Varn fits and
maintains prostheses for 231 people who lost limbs to cluster munitions,
most of them from the Harl and Sennet valleys.

This winter, with temperatures down to -25 C for several weeks, the silicone
liners and several socket components we receive cracked or lost their grip
within a few months. Our stock of liners ran out in February and at least 40
patients are walking on damaged liners or not using their prosthesis at all.

We would be grateful if the Ministry could seek international assistance
for:
- a supply of liners and components suitable for extreme cold (about 300
  liners over two years);
- training for our four technicians in cold-climate fitting and materials;
- if possible, a visit by an experienced prosthetist to review our cases.

Yours sincerely,

Dr Halvard Osei-Brennan
Medical Director
Northern Regional Hospital, Varn
""")}],
    body="""Dear colleagues,

Please see the attached message, which our Ministry of Health asked us to pass
on to you. Grateful for anything you can do.

Best,
Nick

Nicholas Farrow-Amadi | Second Secretary
Permanent Mission of Kerrowan to the United Nations Office at Geneva
""",
),
dict(
    key="V04", topic="victim_assistance", secondary=[], lang="fr", hard=[],
    note="survivors' beekeeping cooperative needs hives, adapted protective gear for amputees, management training and microcredit (economic inclusion)",
    frm=("Clarisse Mbemba-Rochette", "c.mbemba@affairessociales.kasselie.example"),
    subject="Coopérative apicole de survivants – recherche de partenaires et de financement",
    date="2026-04-13T11:07:04+00:00", client="zimbra", body_kind="alt", cte="quoted-printable",
    body="""Madame, Monsieur,

Dans le district de Noumbé, 35 personnes – survivants d'accidents d'armes à
sous-munitions et membres de leurs familles – ont créé l'an dernier une
coopérative apicole avec l'appui d'une association locale. Les premières
récoltes sont encourageantes, mais la coopérative ne peut pas se développer
faute de moyens.

Le ministère des Affaires sociales souhaiterait l'aider à passer à une échelle
supérieure, dans le cadre de notre plan d'inclusion socio-économique des
victimes. Les besoins identifiés sont :
- 150 ruches modernes et du petit matériel d'extraction ;
- des équipements de protection adaptés aux personnes amputées (gants,
combinaisons, voiles) ;
- une formation en gestion et en commercialisation ;
- l'accès à un microcrédit pour le fonds de roulement.

L'Unité d'appui pourrait-elle nous signaler des partenaires ou des donateurs
ayant l'expérience de projets d'inclusion économique de ce type ?

Je vous remercie de votre attention.

Clarisse Mbemba-Rochette
Point focal pour l'assistance aux victimes
Ministère des Affaires sociales et de la Solidarité – Kassélie
""",
),
dict(
    key="V05", topic="victim_assistance", secondary=[], lang="fr", hard=["legacy_charset"],
    note="windows-1252 (curly apostrophes, oe ligature, euro sign): psychological support groups for bereaved families of people killed; counsellor training and funding",
    frm=("Dr Élodie Chassagne-Bamba", "e.chassagne@sante.verance.example"),
    header_charset="windows-1252", header_enc="q",
    subject="Soutien psychologique aux familles endeuillées",
    date="2026-04-22T09:50:38+01:00", client="notes", body_kind="plain",
    charset="windows-1252", cte="quoted-printable",
    body="""Madame, Monsieur,

La Convention reconnaît comme victimes non seulement les personnes blessées,
mais aussi les familles des personnes tuées. Or, dans notre pays, aucune
structure ne prend en charge ces familles : veuves, orphelins, parents qui ont
perdu un enfant… Beaucoup d’entre eux souffrent encore, des années après, de
troubles que nos centres de santé ne savent pas traiter.

Le ministère de la Santé souhaite mettre en œuvre des groupes de soutien
psychologique pour les familles endeuillées dans les quatre provinces les plus
touchées. Nous aurions besoin :
– d’une formation pour une vingtaine de conseillers communautaires ;
– de méthodes adaptées au deuil traumatique et au contexte rural ;
– d’un financement d’environ 25 000 € pour la première année.

Pourriez-vous nous indiquer des organisations ou des États parties ayant mené
ce type de programme, et nous aider à mobiliser un partenaire ?

Avec mes remerciements et mes salutations distinguées,

Dr Élodie Chassagne-Bamba
Cheffe du service de santé mentale
Ministère de la Santé – République de Vérance
« Ensemble pour une santé accessible à tous »
""",
),
dict(
    key="V06", topic="victim_assistance", secondary=[], lang="es", hard=[],
    note="rural survivors miss rehabilitation because of travel costs: transport vouchers and companions' lodging pilot, others' experience and funding",
    frm=("Marisol Quintana Ybarra", "mquintana@discapacidad.montalbra.example"),
    cc=[("Unidad de Rehabilitación", "rehabilitacion@salud-ant.montalbra.example")],
    subject="Transporte de sobrevivientes al centro de rehabilitación de San Telmo",
    date="2026-04-22T15:34:26-04:00", client="thunderbird", body_kind="plain", cte="8bit", eol="lf",
    body="""Estimadas y estimados colegas:

Soy trabajadora social en el Consejo Nacional de la Discapacidad de
Montalbra. El centro de rehabilitación de San Telmo es el único del país que
ofrece fisioterapia especializada y adaptación de prótesis, y muchos
sobrevivientes de municiones en racimo viven a seis u ocho horas de distancia.

En 2025, el 40 % de las citas de seguimiento se perdieron. Los pacientes nos
dicen que el pasaje de autobús les cuesta el equivalente a dos días de
trabajo y que no pueden pagar el alojamiento de un acompañante.

Estamos preparando un piloto de 18 meses con vales de transporte y una casa
de acogida cerca del centro, con un costo estimado de 45.000 dólares. Les
agradeceríamos:

- ejemplos de otros Estados parte que hayan resuelto el problema del
  transporte a los servicios de rehabilitación;
- ayuda para identificar un donante para el piloto.

Muchas gracias.

Marisol Quintana Ybarra
Trabajadora social - Consejo Nacional de la Discapacidad
República de Montalbra
""",
),
dict(
    key="V07", topic="victim_assistance", secondary=[], lang="es", hard=["reply_to_ack"],
    note="reply to acknowledgement CCM-2026-0398 on mobile wheelchair repair workshops: sends municipalities and user numbers, asks about the budget and the May donor meeting",
    frm=("Julián Echeverría Paz", "jecheverria@salud.sierralumbre.example"),
    subject="RE: [CCM-2026-0398] Recibido: Talleres móviles de reparación de sillas de ruedas",
    in_reply_to="<ccm-2026-0398.ack@ccm-isu.example>",
    date="2026-04-06T18:21:09-03:00", client="outlook", body_kind="alt", cte="quoted-printable",
    attachments=[{"name": "Presupuesto_talleres_móviles_sillas_de_ruedas_2026.xlsx", "name_style": "rfc2231"}],
    body="""Buenas tardes:

Complemento nuestra solicitud con la información que nos pidieron por
teléfono:

- Municipios: Chaparral, Las Vegas de Oro, San Isidro del Monte, Tres Cruces
  y El Carrizal.
- Usuarios de silla de ruedas registrados: 187 sobrevivientes, de los cuales
  64 tienen la silla dañada o inutilizable.
- Los talleres móviles funcionarían una semana al mes en cada municipio, con
  dos técnicos formados por el centro nacional de rehabilitación.

Adjunto de nuevo el presupuesto detallado, por si no llegó con el mensaje del
27 de marzo. Quisiéramos saber también si podemos presentar el proyecto en la
reunión con donantes de mayo.

Saludos cordiales,

Julián Echeverría Paz
Dirección de Discapacidad y Rehabilitación
Ministerio de Salud de Sierra Lumbre

________________________________
De: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Enviado: viernes, 27 de marzo de 2026 10:15
Para: Echeverría Paz, Julián <jecheverria@salud.sierralumbre.example>
Asunto: [CCM-2026-0398] Recibido: Talleres móviles de reparación de sillas de ruedas

Estimado/a remitente:

Su mensaje ha sido recibido y registrado con la referencia CCM-2026-0398. Se
transmitirá a la coordinación competente, que se pondrá en contacto con usted.

Le rogamos que indique la referencia CCM-2026-0398 en el asunto de cualquier
mensaje posterior.

Unidad de Apoyo a la Aplicación
Convención sobre Municiones en Racimo
""",
),
dict(
    key="V08", topic="victim_assistance", secondary=[], lang="pt", hard=[],
    note="newly appointed victim assistance focal point: role of the focal point, integrating survivors in the national disability plan, peer exchange",
    frm=("Dra. Inês Carvalhal Mbala", "ines.carvalhal@inclusao.serranova.example"),
    subject="Ponto focal para a assistência às vítimas e plano nacional para a deficiência",
    date="2026-04-16T11:55:47-03:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Exmos. Senhores,

Fui nomeada na semana passada ponto focal nacional para a assistência às
vítimas de munições de fragmentação, no Ministério da Inclusão Social de
Serranova. Trata-se de uma função nova: até agora, nenhuma entidade
coordenava o apoio aos sobreviventes.

Ao mesmo tempo, o Governo está a elaborar o Plano Nacional para a Deficiência
2026–2030, que deverá ser aprovado em setembro. Gostaria de aproveitar esta
oportunidade para garantir que as necessidades dos sobreviventes e das suas
famílias ficam refletidas no plano.

Agradecia o vosso apoio para:
- compreender o papel e as atribuições de um ponto focal (existe algum guia ou
termos de referência de outros Estados Partes?);
- integrar a assistência às vítimas no plano nacional, com indicadores e
orçamento;
- estabelecer contacto com um ponto focal de outro Estado Parte, de
preferência de língua portuguesa, para troca de experiências.

Com os melhores cumprimentos,

Dra. Inês Carvalhal Mbala
Ponto Focal para a Assistência às Vítimas
Ministério da Inclusão Social – Serranova
""",
),
dict(
    key="V09", topic="victim_assistance", secondary=[], lang="ar", hard=["encoded_subject", "legacy_charset"],
    note="windows-1256 B-encoded subject carries the request (prostheses and wheelchairs for cluster munition survivors in the southern governorates); body only says see subject",
    frm=("مديرية التأهيل الطبي", "rehab@moh.rimal.example"),
    header_charset="windows-1256",
    subject="طلب دعم عاجل لتوفير أطراف صناعية وكراسي متحركة للناجين من الذخائر العنقودية في المحافظات الجنوبية",
    date="2026-04-26T10:12:00+03:00", client="outlook", body_kind="plain",
    charset="windows-1256", cte="quoted-printable",
    body="""السلام عليكم ورحمة الله،

نرجو التكرم بالاطلاع على الموضوع المبين أعلاه. سيصلكم الكتاب الرسمي مع
التفاصيل لاحقاً عن طريق البعثة.

مع الشكر والتقدير،
مديرية التأهيل الطبي
وزارة الصحة
""",
),
dict(
    key="V10", topic="victim_assistance", secondary=["clearance"], lang="en", hard=[],
    note="villages far from hospitals while clearance continues: trauma first-aid training for village volunteers and kits",
    frm=("Grace Olawale-Finch", "g.olawale@nmaa.brinmoor.example"),
    subject="First-responder training for villages near contaminated areas",
    date="2026-04-17T08:46:02+00:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

In the Dorran and Ashby districts our clearance teams will need until at least
2031 to finish. In the meantime people are still being hurt: of the 11
cluster munition casualties recorded there last year, four died before
reaching hospital, which is five hours away by road in the dry season.

We would like to train village health volunteers, teachers and community
leaders in emergency first aid for blast injuries (bleeding control,
tourniquets, safe transport) and to give each trained village a basic trauma
kit. The Ministry of Health supports the idea but has no budget for it.

Could the ISU help us find:
- trainers, or a State Party or organisation that has run similar
community first-responder programmes;
- funding for training about 300 people and for 60 kits (our estimate is
USD 48,000).

Kind regards,

Grace Olawale-Finch
Victim Assistance Officer
National Mine Action Authority, Brinmoor
""",
),
dict(
    key="V11", topic="victim_assistance", secondary=[], lang="de", hard=[],
    note="child survivors outgrow prostheses every 6-12 months: partner workshops, paediatric fitting training, funding",
    frm=("Dr. med. Sabine Oberhollenzer", "s.oberhollenzer@gesundheit.hallstern.example"),
    subject="Prothesenversorgung für heranwachsende Überlebende",
    date="2026-04-28T14:27:13+02:00", client="apple", body_kind="plain", cte="quoted-printable",
    body="""Sehr geehrte Damen und Herren,

in der Republik Hallstern leben derzeit 27 Kinder und Jugendliche, die durch
Streumunitionsreste eine Gliedmaße verloren haben. Da sie noch wachsen,
brauchen sie alle sechs bis zwölf Monate eine neue oder angepasste Prothese.
Unsere einzige orthopädietechnische Werkstatt in Lehrbach ist damit
überlastet, und die Kosten übersteigen das Budget des Gesundheitsministeriums
bei Weitem.

Wir suchen deshalb Unterstützung bei:
- der Vermittlung von Partnerwerkstätten oder Organisationen mit Erfahrung in
  der Kinderprothetik,
- der Fortbildung unserer drei Orthopädietechniker in der Versorgung von
  Kindern,
- der Finanzierung der Folgeversorgungen bis zum Ende des Wachstums.

Für Rückfragen stehe ich gerne zur Verfügung.

Mit freundlichen Grüßen

Dr. med. Sabine Oberhollenzer
Abteilung Rehabilitation
Gesundheitsministerium der Republik Hallstern

Von meinem iPad gesendet
""",
),
dict(
    key="V12", topic="victim_assistance", secondary=[], lang="en", hard=["enquiry_looks_like_noise"],
    note="fax-to-e-mail robot notification; the OCR text of the fax is a district hospital's request for rough-terrain wheelchairs, physiotherapy equipment and training",
    frm=("eFaxLine", "noreply@efaxline.example"),
    subject="New fax from +999 20 5518 0042 - 2 page(s)",
    date="2026-04-09T10:41:55+01:00", client="robot", body_kind="plain", cte="quoted-printable",
    headers=[("X-Fax-CSID", "ASHBY DIST HOSP"), ("X-Fax-Pages", "2")],
    attachments=[{"name": "fax_20260409_104112_999205518004.pdf"}],
    body="""You have received a 2 page fax at 09/04/2026 10:41.

  Sender number : +999 20 5518 0042
  Sender CSID   : ASHBY DIST HOSP
  Your number   : +999 22 700 1400 (CCM ISU)
  Duration      : 1 min 12 s

The fax is attached as a PDF file. Text recognition (OCR) of page 1 is shown
below for convenience and may contain errors.

---------------------------- OCR page 1 ----------------------------
ASHBY DISTRICT HOSPITAL - Ministry of Health, Harrowmere
To: Implementation Support Unit, Convention on Cluster Munltions
Re: Request for wheelchairs and physiotherapy equ1pment

We are the only hospital serving the eastern highlands, where most of
the cluster munition survivors in our country live. Our physiotherapy
unit has 2 wheelchairs for loan and no parallel bars. 37 survivors are
on our waiting list for a wheelchair.

We request assistance with wheelchairs (rough terrain type), basic
physiotherapy equipment and training for our two physiotherapy
assistants. The Ministry's Victim Assistance Focal Point (Ms J.
Okonkwo-Hale) is informed of this request.

Dr Samuel Rennick-Obi, Medical Superintendent
---------------------------------------------------------------------

To manage your fax number, log in at https://portal.efaxline.example
This message was sent automatically. Please do not reply.
""",
),
]

# =====================================================================
# reporting (Article 7)
# =====================================================================
MESSAGES += [
dict(
    key="R01", topic="reporting", secondary=["stockpile_destruction"], lang="en", hard=[],
    note="published transparency report double-counted submunitions; how to submit a correction, whole report or only the amended form, what happens online",
    frm=("Helena Marchbanks", "h.marchbanks@mfa.lanthorne.example"),
    subject="Correcting figures in our 2025 transparency report",
    date="2026-04-01T09:18:44+02:00", client="thunderbird", body_kind="plain", cte="8bit",
    body="""Dear colleagues,

While preparing this year's Article 7 report we noticed an error in the one we
submitted last April (covering 2024): 340 submunitions handed to the army
engineering school for training were counted both as retained and as
destroyed. The total destroyed is therefore overstated.

What is the correct way to fix this?

- Do we resubmit the whole 2024 report with a new cover page, or only the
  amended form with a short explanation?
- Will the corrected version replace the published one on the website, or
  will both be shown?
- Or would it be enough to explain the correction in the 2025 report, which
  we will send before 30 April?

We would like to get this right before our report goes to the Minister for
signature next week.

Kind regards,

Helena Marchbanks
Arms Control Section
Ministry of Foreign Affairs, Lanthorne
""",
),
dict(
    key="R02", topic="reporting", secondary=[], lang="en", hard=[],
    note="new State Party (accession Nov 2025): when the initial report is due, how it relates to the first annual report, and a briefing for the inter-agency group",
    frm=("Adaeze Whitcombe", "a.whitcombe@foreign.marrowby.example"),
    subject="New State Party - when is our initial report due?",
    date="2026-04-14T13:06:21+00:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear ISU colleagues,

Marrowby deposited its instrument of accession on 12 November 2025, so we
understand the Convention enters into force for us on 1 May 2026. I have been
asked to coordinate our first transparency report and would be grateful if you
could confirm a few points:

1. Is the initial report due 180 days after entry into force, i.e. by the end
of October 2026?
2. Do we then also have to submit an annual report by 30 April 2027 covering
calendar year 2026, even though the two would be only six months apart? Could
the initial report cover both?
3. What date should the information in the initial report be valid for - the
entry into force date or the date of submission?

If the ISU offers short online briefings for new States Parties on the report
forms, our inter-agency group (defence, health, justice, customs) would be
very interested.

With thanks,

Adaeze Whitcombe
Treaties and Disarmament Unit
Ministry of Foreign Affairs of Marrowby
""",
),
dict(
    key="R03", topic="reporting", secondary=[], lang="en", hard=[],
    note="donor State asks how to report contributions made through pooled funds in the cooperation and assistance form without double counting; calendar vs fiscal year",
    frm=("Katrin Aldous", "k.aldous@devcoop.aldersey.example"),
    subject="Reporting our contributions made through pooled funds",
    date="2026-04-24T16:52:07+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    attachments=[{"name": "Aldersey_Art7_cooperation_table_2025_draft.xlsx"}],
    body="""Dear colleagues,

We are finalising Aldersey's Article 7 report and have a question on the form
for international cooperation and assistance provided.

Most of our 2025 support went through two pooled mechanisms: a UN trust fund
and a multi-donor fund managed by an NGO consortium. Neither gives us a
breakdown by recipient State until their annual reports come out in the
autumn, and both funds (and some recipient States) also report the same
money.

- Should we report the amounts by recipient State, even if we have to
estimate the split, or as one line per fund?
- Is there a recommended way to flag that the funds are pooled, so that
totals are not counted twice?
- Our fiscal year runs April to March. Should we convert to the calendar year
or report by fiscal year with a note?

Our draft table is attached.

Many thanks,

Katrin Aldous
Policy Officer
Humanitarian Demining and Victim Assistance Section
Development Cooperation Directorate, Aldersey
""",
),
dict(
    key="R04", topic="reporting", secondary=[], lang="fr", hard=[],
    note="State with no stocks, contamination or victims asks whether a simplified 'no change' annual report is acceptable, and whether French only is fine",
    frm=("Thierry Mabiala-Rousseau", "t.mabiala@mae.berivane.example"),
    cc=[("Archives Désarmement", "archives.desarmement@mae.berivane.example")],
    subject="Rapport annuel 2025 – pouvons-nous soumettre un rapport simplifié ?",
    date="2026-04-08T10:03:37+00:00", client="sogo", body_kind="plain", cte="8bit",
    body="""Bonjour,

La République de Bérivane n'a jamais possédé d'armes à sous-munitions, n'a
pas de zones contaminées et ne compte aucune victime. Nos trois derniers
rapports annuels au titre de l'article 7 sont donc pratiquement identiques,
formulaire par formulaire.

Avant de lancer la procédure de validation interne (qui prend plusieurs
semaines), je voudrais savoir :
- s'il est possible de soumettre un rapport simplifié indiquant simplement
  « aucun changement par rapport au rapport précédent », et sous quelle forme ;
- si le rapport peut être transmis uniquement en français, ou si une
  traduction anglaise est attendue.

Je vous remercie par avance.

Thierry Mabiala-Rousseau
Conseiller – Direction des affaires juridiques et des traités
Ministère des Affaires étrangères de Bérivane
""",
),
dict(
    key="R05", topic="reporting", secondary=[], lang="fr", hard=["base64_body"],
    note="base64 plain and HTML bodies: IT security blocks the Word report forms (fields/macros); asks for an Excel or fillable PDF version and whether e-mail submission is accepted",
    frm=("Nathalie Dossou-Kervella", "n.dossou@defense.verance.example"),
    subject="Formulaires du rapport au titre de l'article 7 – autre format ?",
    date="2026-04-21T08:39:15+01:00", client="outlook", body_kind="alt", cte="base64", html_cte="base64",
    body="""Bonjour,

Je suis chargée de compiler le rapport annuel de la République de Vérance au
titre de l'article 7, à remettre d'ici le 30 avril.

Notre service informatique bloque depuis janvier tous les documents Word
contenant des champs de formulaire ou des macros : le modèle des formulaires
que nous utilisons s'ouvre en lecture seule et il est impossible de remplir
les tableaux.

Existe-t-il une version Excel ou un PDF à remplir des formulaires ? À défaut,
pouvons-nous vous envoyer les informations dans un simple document, en
respectant l'ordre des formulaires, et le transmettre par courriel plutôt que
par la plateforme en ligne ?

Merci d'avance pour votre retour rapide, l'échéance approche.

Nathalie Dossou-Kervella
Cellule de maîtrise des armements
Ministère de la Défense – République de Vérance
""",
),
dict(
    key="R06", topic="reporting", secondary=[], lang="es", hard=[],
    note="new inter-institutional committee keeps producing conflicting data: workshop on completing the forms and consolidating data for the transparency report",
    frm=("Mtro. Esteban Larrañaga Ruiz", "elarranaga@sre.riocalma.example"),
    subject="Solicitud de taller sobre la elaboración del informe de transparencia",
    date="2026-04-15T12:33:48-05:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Estimados colegas:

Riocalma creó el año pasado un comité interinstitucional (Defensa, Salud,
Justicia, Hacienda y el Centro Nacional de Acción contra Minas) encargado de
preparar el informe anual del artículo 7. La experiencia de este año ha sido
difícil: cada institución entrega sus datos en formatos distintos, las cifras
no coinciden entre sí y nadie sabe con certeza qué debe ir en cada
formulario.

El informe de 2025 se presentará a tiempo, aunque con algunas lagunas. Para el
próximo ciclo quisiéramos solicitar a la Unidad de Apoyo un taller, virtual o
presencial, para los integrantes del comité sobre:
- el contenido esperado de cada formulario;
- cómo consolidar y validar la información entre instituciones;
- buenas prácticas de otros Estados parte.

Idealmente podría realizarse antes de finales de junio.

Atentamente,

Mtro. Esteban Larrañaga Ruiz
Dirección General de Organismos Multilaterales
Secretaría de Relaciones Exteriores de Riocalma
""",
),
dict(
    key="R07", topic="reporting", secondary=[], lang="es", hard=["attachment_only_hint"],
    note="two-line cover note; only the attachment name (signed cover page of the Art. 7 transparency report 2025) gives the topic",
    frm=("Secretaría - Dirección de Asuntos Multilaterales", "multilaterales@cancilleria.valdecruz.example"),
    subject="Envío",
    date="2026-04-27T18:10:22-06:00", client="outlook", body_kind="alt", cte="quoted-printable",
    inline_images=[{"name": "image001.png", "kind": "png", "cid": "image001.png@01DCD6A4.9E0B7C20"}],
    attachments=[{"name": "Portada_Informe_Transparencia_Art7_2025_firmada.pdf"}],
    body="""Buenas tardes:

Adjunto lo indicado.

Saludos cordiales,

Secretaría
Dirección General de Asuntos Multilaterales
Ministerio de Relaciones Exteriores de Valdecruz

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos son para uso exclusivo de
su destinatario y pueden contener información reservada. Si lo ha recibido
por error, le rogamos que lo comunique al remitente y lo elimine.
""",
),
dict(
    key="R08", topic="reporting", secondary=[], lang="ru", hard=[],
    note="elections and a new minister may delay the annual report by weeks: consequences, sending an unsigned version by 30 April, whether it is shown as late",
    frm=("Алексей Воронцов", "a.vorontsov@mid.severomar.example"),
    subject="Возможная задержка ежегодного доклада по статье 7",
    date="2026-04-23T11:20:05+03:00", client="thunderbird", body_kind="plain", cte="8bit", eol="lf",
    body="""Уважаемые коллеги!

26 апреля в нашей стране пройдут парламентские выборы, после которых ожидается
формирование нового правительства. Министр, который должен подписать
ежегодный доклад по статье 7 за 2025 год, скорее всего, сменится, и подписание
может задержаться на три-четыре недели.

В связи с этим просим разъяснить:
1. Какие последствия имеет представление доклада после 30 апреля?
2. Можно ли направить текст доклада без подписи до 30 апреля, а подписанную
титульную страницу прислать позже?
3. Будет ли доклад в этом случае отмечен на сайте как представленный с
опозданием?

Заранее благодарим за ответ.

С уважением,
Алексей Воронцов
советник Департамента международной безопасности
Министерство иностранных дел
""",
),
dict(
    key="R09", topic="reporting", secondary=["stockpile_destruction"], lang="en", hard=["misleading_subject"],
    note="subject reads like a stockpile destruction matter, but the destruction is finished and the questions are how to enter destroyed, retained and separated items in the annual report forms",
    frm=("Sandoval-Hume, Garrick WO1", "g.sandoval@army.fenmarch.example"),
    cc=[("MOD Enquiries", "enquiries@mod.fenmarch.example")],
    subject="Stockpile destruction - final figures",
    message_id="<FNM4PR07MB5530D61A7E04C9B2F83A11C5E72B@FNM4PR07MB5530.army.fenmarch.example>",
    date="2026-04-13T14:05:39+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Hello,

Our last batch of cluster munitions was destroyed on 27 March, so the
programme itself is finished - thank you to everyone at the ISU who helped
along the way.

I have now been given the job of entering the figures into our annual
Article 7 report for 2025 and I am stuck on the forms:

- In 2024 we separated 2,400 submunitions from their carrier shells before
destroying them. Do we report those as munitions or as submunitions, and in
which year?
- The 120 submunitions kept for EOD training: do they go in the same table
as the destroyed stock, or in a separate one?
- The form asks for lot numbers, but half of our records only give the
production year. Is that acceptable?

The report is due on 30 April and I would rather ask now than submit it
wrong.

Regards,

WO1 Garrick Sandoval-Hume
Ammunition Accounting Cell
Army Headquarters, Fenmarch
""",
),
dict(
    key="R10", topic="reporting", secondary=[], lang="es", hard=[],
    note="can the cover page of the annual report carry the minister's advanced electronic signature instead of a handwritten one, and who may sign",
    frm=("Lcda. Carmen Ibarguren Solís", "cibarguren@cancilleria.valdecruz.example"),
    subject="Firma electrónica de la portada del informe anual",
    date="2026-04-03T09:47:30-06:00", client="thunderbird", body_kind="plain",
    charset="iso-8859-1", cte="8bit", eol="lf",
    body="""Estimados señores:

Desde este año la Cancillería de Valdecruz firma toda su documentación oficial
con firma electrónica avanzada y ya no se estampan firmas manuscritas ni
sellos.

Para el informe anual del artículo 7 que presentaremos este mes quisiera
saber:

¿Acepta la Unidad de Apoyo una portada en PDF firmada electrónicamente por el
Ministro, sin firma manuscrita?
¿Es obligatorio que firme el Ministro, o puede hacerlo el Director General de
Asuntos Multilaterales por delegación?

Les agradezco de antemano su respuesta.

Atentamente,

Lcda. Carmen Ibarguren Solís
Dirección General de Asuntos Multilaterales
Ministerio de Relaciones Exteriores de Valdecruz
""",
),
dict(
    key="R11", topic="reporting", secondary=[], lang="en", hard=["reply_to_ack"],
    note="reply to acknowledgement CCM-2026-0503: the Art. 7 report sent was the wrong draft, final version attached; asks whether it still counts as submitted on time",
    frm=("Siobhan Atterbury", "s.atterbury@mfa.fenmarch.example"),
    subject="Re: [CCM-2026-0503] Received: Fenmarch Article 7 report 2025 - submission",
    in_reply_to="<ccm-2026-0503.ack@ccm-isu.example>",
    date="2026-04-30T08:15:02+00:00", client="thunderbird", body_kind="plain", cte="8bit",
    attachments=[{"name": "Fenmarch_Art7_Report_2025_FINAL_cleared.docx"}],
    body="""Dear colleagues,

Apologies - the file I sent yesterday was the March draft, not the version
cleared by our legal team. Please disregard it and use the attached one
instead (the changes are in the tables on destroyed and retained stocks and in
the contact details).

Could you confirm that the report will still be treated as submitted on time,
since the original e-mail went out on 29 April?

Many thanks and sorry for the extra work,

Siobhan Atterbury
Counter-Proliferation and Arms Control Department
Ministry of Foreign Affairs, Fenmarch

On 29/04/2026 17:48, CCM Implementation Support Unit wrote:
> Dear sender,
>
> Your message has been received and registered under reference CCM-2026-0503.
> It will be passed to the coordinator responsible, who will contact you.
>
> Please quote CCM-2026-0503 in the subject line of any follow-up. Replies to this
> message reach the Implementation Support Unit.
>
> Implementation Support Unit
> Convention on Cluster Munitions
""",
),
]

# =====================================================================
# legislation (Article 9)
# =====================================================================
MESSAGES += [
dict(
    key="L01", topic="legislation", secondary=[], lang="en", hard=[],
    note="parliamentary committee considering a ban on investment in producers in the implementing bill: comparative examples, definition of producer, expert briefing",
    frm=("Owen Castellan", "o.castellan@parliament.aldersey.example"),
    subject="Prohibition on investment in cluster munition producers - examples from other States",
    date="2026-04-07T15:48:53+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear Sir or Madam,

I am the clerk of the Foreign Affairs and Defence Select Committee of the
Parliament of Aldersey. The Committee is examining the Cluster Munitions
(Prohibitions) Bill and several members have tabled an amendment that would
prohibit public and private financial institutions from investing in
companies that produce cluster munitions or their key components.

The Committee has asked me to obtain:

- examples of States Parties that have included an investment prohibition in
their implementing legislation, and the wording used;
- how those laws define a "producer" (parent companies, subsidiaries,
components), and how compliance is supervised;
- whether any States rely instead on an interpretive statement that
investment is covered by the prohibition on assistance.

If the ISU could provide a short comparative note, or suggest an expert who
could brief the Committee at its hearing on 12 May (remote participation is
possible), that would be extremely helpful.

Yours faithfully,

Owen Castellan
Clerk, Foreign Affairs and Defence Select Committee
Parliament of Aldersey
""",
),
dict(
    key="L02", topic="legislation", secondary=[], lang="en", hard=[],
    note="drafting the implementing bill while hosting forces of a State not party: how other laws deal with foreign stockpiles and transit on national territory",
    frm=("Laila Moreton-Asante", "l.moreton@legal.mod.marrowby.example"),
    subject="Foreign forces on our territory - drafting question for the implementing bill",
    date="2026-04-21T11:29:40+00:00", client="outlook", body_kind="plain", cte="quoted-printable",
    body="""Dear colleagues,

I am a legal adviser in the Ministry of Defence of Marrowby, working with the
Attorney General's chambers on the bill that will implement the Convention in
our law.

We host a small contingent of a State that is not party to the Convention
under a status of forces agreement, including a logistics facility at
Carrow airfield. We do not know whether cluster munitions are stored there,
and there are occasional transit flights.

We would appreciate advice on how other States Parties have dealt with this in
their legislation:

- Does the prohibition on stockpiling apply to foreign stocks on national
  territory, and how has that been written into law?
- How have States handled transit (overflight, refuelling, port calls)?
- Have any States addressed the issue in the implementing act itself rather
  than in the status of forces agreement?

Examples of legislative wording would be most useful, and we would welcome
comments on our draft clauses once they are ready in June.

Kind regards,

Laila Moreton-Asante
Legal Adviser (International Law)
Ministry of Defence, Marrowby

-----
OFFICIAL. This e-mail may contain information that is legally privileged. It
is intended only for the addressee. If you are not the intended recipient,
please inform the sender and delete it; any other use is prohibited.
""",
),
dict(
    key="L03", topic="legislation",
    secondary=["stockpile_destruction", "victim_assistance", "reporting"], lang="en", hard=["multi_topic"],
    note="bill also covers stockpile retention, a victim assistance fund and reporting to Parliament, but those parts are settled; the ask is a review of the offences and penalties part",
    frm=("Benedict Olowe-Strand", "b.olowe@pco.corrand.example"),
    subject="Cluster Munitions Bill 2026 - review of Part 4 (offences)",
    date="2026-04-16T16:02:14+12:00", client="outlook", body_kind="alt", cte="quoted-printable",
    attachments=[{"name": "Cluster_Munitions_Bill_2026_Part4_Offences_draft_v6.docx"}],
    body="""Dear ISU,

The Parliamentary Counsel Office is preparing the Cluster Munitions Bill 2026
for introduction in July. The Bill has five Parts:

Part 1 - preliminary and definitions
Part 2 - stockpile destruction and retention for training (clauses 8 to 12)
Part 3 - a survivors' support fund and a victim assistance advisory committee
Part 4 - offences and penalties
Part 5 - annual reporting to Parliament and to the Secretary-General

Cabinet has already approved the policy for Parts 2, 3 and 5, and we do not
need input on them. Part 4 is where we would value assistance. In particular:

- Are our penalties (up to 10 years' imprisonment, and fines for bodies
corporate) in line with those of other States Parties?
- Should the offences expressly cover attempt, conspiracy and aiding and
abetting, or is the general criminal law enough?
- How have other States drafted extraterritorial jurisdiction over their
nationals and companies?

Part 4 is attached. We would be grateful if someone at the ISU, or a legal
expert you could suggest, could review it before 15 May.

With thanks,

Benedict Olowe-Strand
Senior Parliamentary Counsel
Parliamentary Counsel Office, Corrand
""",
),
dict(
    key="L04", topic="legislation", secondary=[], lang="fr", hard=[],
    note="government thinks a decree suffices, Council of State says penal sanctions need a law: examples and a simplified model law for States without stocks",
    frm=("Me Adèle Ngoran-Faucher", "a.ngoran@sgg.berivane.example"),
    subject="Décret ou loi ? Mesures nationales de mise en œuvre",
    date="2026-04-02T10:41:09+00:00", client="roundcube", body_kind="plain", cte="8bit", eol="lf",
    body="""Madame, Monsieur,

Le Secrétariat général du Gouvernement de Bérivane prépare les mesures
nationales d'application de la Convention sur les armes à sous-munitions.

Le ministère de la Défense estime qu'un décret présidentiel suffirait, notre
pays n'ayant jamais détenu de telles armes. Le Conseil d'État, consulté, fait
valoir que les sanctions pénales exigées par l'article 9 relèvent
obligatoirement de la loi, en vertu du principe de légalité des délits et des
peines.

Pourriez-vous nous communiquer :
- des exemples d'États parties sans stocks ni contamination et la forme
  qu'ils ont retenue (loi spécifique, modification du code pénal, décret) ;
- la loi type simplifiée pour les États qui ne sont pas concernés par les
  armes à sous-munitions, si elle existe en français ?

Nous serions également reconnaissants à l'Unité d'appui de bien vouloir
commenter notre avant-projet, que nous pourrions vous adresser d'ici juin.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations
distinguées.

Me Adèle Ngoran-Faucher
Chargée de mission – Secrétariat général du Gouvernement
République de Bérivane
""",
),
dict(
    key="L05", topic="legislation", secondary=[], lang="fr", hard=[],
    note="adding cluster munitions to the customs code's list of prohibited goods and to the export control decree: wording used by other States",
    frm=("Didier Mvoula-Castaing", "d.mvoula@douanes.ouaridou.example"),
    subject="Inscription des armes à sous-munitions dans le code des douanes",
    date="2026-04-23T09:16:51+01:00", client="zimbra", body_kind="alt", cte="quoted-printable",
    body="""Bonjour,

La Direction générale des douanes d'Ouaridou est chargée, avec le ministère de
la Justice, de traduire dans notre réglementation l'interdiction de
transfert prévue par la Convention.

Notre code des douanes comporte une liste de marchandises prohibées à
l'importation, à l'exportation et en transit, et le décret sur le contrôle des
exportations de matériels de guerre renvoie à des catégories qui ne
mentionnent pas les armes à sous-munitions.

Nous aimerions savoir :
– comment d'autres États parties ont rédigé l'interdiction dans leur code des
douanes ou leur réglementation sur les exportations (définition, renvoi à la
Convention, sanctions douanières) ;
– s'il existe une disposition type que nous pourrions adapter.

Merci d'avance pour votre aide.

Didier Mvoula-Castaing
Bureau de la réglementation et des prohibitions
Direction générale des douanes – Ouaridou
""",
),
dict(
    key="L06", topic="legislation", secondary=[], lang="es", hard=[],
    note="federal State: provinces hold competence over explosives permits; how other federal States split competences in implementing law, adapting the model law",
    frm=("Dra. Paloma Urquiza Benítez", "purquiza@cancilleria.valmoral.example"),
    subject="Competencias federales y provinciales en la ley de aplicación",
    date="2026-04-10T13:27:36-03:00", client="thunderbird", body_kind="plain", cte="8bit", eol="lf",
    body="""Estimados colegas:

La República Federal de Valmoral está preparando su ley de aplicación de la
Convención. Nuestra Constitución atribuye a las provincias la competencia
sobre la policía y los permisos de explosivos, mientras que la defensa, el
comercio exterior y el derecho penal son federales.

Los asesores jurídicos del Congreso dudan de si una ley federal puede regular
por sí sola la tenencia de municiones en racimo en depósitos provinciales y
las inspecciones correspondientes, o si se necesitan leyes provinciales
complementarias.

Les agradeceríamos:
- ejemplos de Estados parte con sistema federal y cómo distribuyeron las
  competencias en su legislación de aplicación;
- orientación sobre cómo adaptar la ley modelo a un Estado federal;
- si es posible, una reunión virtual con un experto jurídico en mayo.

Cordialmente,

Dra. Paloma Urquiza Benítez
Consejera Legal – Dirección de Tratados
Ministerio de Relaciones Exteriores de Valmoral
""",
),
dict(
    key="L07", topic="legislation", secondary=["stockpile_destruction"], lang="es", hard=["legacy_charset"],
    note="windows-1252 (curly quotes, en dashes): law adopted, implementing regulation due in 180 days (register, inspections, administrative sanctions); asks for examples and a review",
    frm=("Ab. Fernando Cuadrado Leiva", "fcuadrado@defensa.sierralumbre.example"),
    header_charset="windows-1252", header_enc="q",
    subject="Reglamento de la “Ley de prohibición de municiones en racimo”",
    date="2026-04-14T10:58:02-05:00", client="robot",
    headers=[("X-Mailer", "GroupWise Internet Agent 18.4.1")],
    body_kind="plain", charset="windows-1252", cte="8bit",
    body="""Estimados señores:

El 20 de noviembre de 2025 se promulgó la Ley 1187 “de prohibición de
municiones en racimo”, cuyo artículo 14 ordena al Poder Ejecutivo dictar el
reglamento en un plazo de 180 días. La Asesoría Jurídica del Ministerio de
Defensa está encargada de redactarlo.

El reglamento debe regular, entre otros aspectos:
– el registro de las municiones conservadas para adiestramiento y su control;
– las inspecciones a depósitos militares y a empresas de explosivos;
– el procedimiento de las sanciones administrativas (las penales ya están en
  la ley).

Les agradeceríamos que nos facilitaran ejemplos de reglamentos de aplicación
de otros Estados parte y, si fuera posible, que un experto revisara nuestro
borrador antes de enviarlo a consulta en junio.

Atentamente,

Ab. Fernando Cuadrado Leiva
Asesoría Jurídica – Ministerio de Defensa
República de Sierra Lumbre
‘Al servicio de la Nación’
""",
),
dict(
    key="L08", topic="legislation", secondary=[], lang="en", hard=[],
    note="whether the implementing bill should make brokering of cluster munitions by nationals and registered companies an offence; drafting examples",
    frm=("Tamsin Ellory", "t.ellory@justice.kerrowan.example"),
    subject="Brokering of cluster munitions - should our bill cover it?",
    date="2026-04-28T10:36:45+01:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

The Ministry of Justice of Kerrowan is revising the draft Cluster Munitions
(Implementation) Bill following public consultation. One submission pointed
out that the bill prohibits transfers to and from Kerrowan but says nothing
about a Kerrowan national or company arranging a sale between two other
countries, without the munitions ever touching our territory.

Our questions:

- Do other States Parties treat brokering as a form of transfer or of
assistance under Article 1, and have any of them created a specific
brokering offence?
- If so, how is brokering defined (arranging, financing, transport,
insurance)?
- Is there recommended wording in the model legislation?

We are aiming to finalise the revised bill by the end of June.

Best regards,

Tamsin Ellory
Senior Legal Officer, Criminal Law Policy
Ministry of Justice, Kerrowan
""",
),
dict(
    key="L09", topic="legislation", secondary=[], lang="es", hard=["forwarded_chain"],
    note="inline forward: parliamentary defence committee adviser asks for the model law in Spanish, regional examples and an explanatory meeting; the ministry only adds 'please reply to her'",
    frm=("Lic. Tomás Aguirre Villena", "taguirre@rree.puertoondo.example"),
    subject="RV: Solicitud de ley modelo - Comisión de Defensa",
    date="2026-04-17T12:44:30-05:00", client="outlook", body_kind="plain", cte="quoted-printable",
    body="""Estimados:

Les reenvío la solicitud de la asesora de la Comisión de Defensa de la
Asamblea Nacional. Les agradecería que le respondieran directamente, con copia
a esta Dirección.

Saludos,

Lic. Tomás Aguirre Villena
Dirección de Desarme y Seguridad Internacional
Ministerio de Relaciones Exteriores de Puerto Ondo

De: Daniela Cisneros Rojo <dcisneros@asamblea.puertoondo.example>
Enviado el: jueves, 16 de abril de 2026 17:20
Para: Aguirre Villena, Tomás <taguirre@rree.puertoondo.example>
Asunto: Solicitud de ley modelo - Comisión de Defensa

Estimado Lic. Aguirre:

La Comisión de Defensa y Seguridad acordó ayer iniciar el estudio de un
proyecto de ley para aplicar la Convención sobre Municiones en Racimo, que
nuestro país ratificó el año pasado. Los diputados no tienen experiencia en
la materia y me han pedido reunir documentación antes de la primera sesión de
trabajo.

¿Podría solicitar a la Unidad de Apoyo de la Convención:
1. la ley modelo o guía legislativa en español;
2. ejemplos de leyes de aplicación de países de la región;
3. una reunión informativa, virtual o presencial, con la Comisión a finales
   de mayo?

Muchas gracias.

Mtra. Daniela Cisneros Rojo
Asesora Legislativa - Comisión de Defensa y Seguridad
Asamblea Nacional de Puerto Ondo
""",
),
dict(
    key="L10", topic="legislation", secondary=[], lang="ar", hard=[],
    note="Arabic: parliament approved ratification; asks for the instrument template, who signs, deposit procedure, declarations, and the ratification toolkit/model law in Arabic",
    frm=("ليلى منصور", "l.mansour@mofa.sahilia.example"),
    subject="استفسار بشأن صك التصديق على اتفاقية الذخائر العنقودية وإيداعه",
    date="2026-04-19T11:05:23+03:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""السادة وحدة دعم التنفيذ لاتفاقية الذخائر العنقودية،

تحية طيبة وبعد،

يسرنا إعلامكم بأن مجلس النواب وافق الأسبوع الماضي على مشروع القانون الخاص
بالتصديق على اتفاقية الذخائر العنقودية، ومن المنتظر نشره في الجريدة الرسمية
خلال الأيام القادمة.

وتتولى إدارة المعاهدات حالياً إعداد صك التصديق، ونود الاستفسار عما يلي:
- هل يوجد نموذج لصك التصديق، ومن هي الجهة المخولة بالتوقيع عليه (رئيس الدولة
أم وزير الخارجية)؟
- ما هي إجراءات إيداع الصك لدى الأمين العام للأمم المتحدة، وهل يمكن أن تتولى
بعثتنا الدائمة في نيويورك ذلك؟
- هل يجوز إرفاق إعلانات تفسيرية بالصك؟
- هل تتوفر لديكم مجموعة الأدوات الخاصة بالتصديق والانضمام باللغة العربية، بما
في ذلك نموذج قانون التنفيذ الوطني؟

شاكرين لكم حسن تعاونكم.

مع خالص التحيات،
ليلى منصور
مستشارة قانونية - إدارة المعاهدات والاتفاقيات الدولية
وزارة الخارجية
هاتف: +999 84 300 2217
""",
),
dict(
    key="L11", topic="legislation", secondary=[], lang="en", hard=["html_only"],
    note="HTML-only (webmail): nationals working for foreign private military companies; should the implementing law make it an offence to assist prohibited activities abroad",
    frm=("Office of the Legal Adviser", "legal.adviser@mfa.fenmarch.example"),
    subject="Private military contractors and 'assist, encourage or induce'",
    date="2026-04-09T15:33:12+00:00", client="notes", body_kind="html", charset="utf-8", cte="quoted-printable",
    body="(html only)",
    html="""<html><body>
<font size="2" face="sans-serif">Dear colleagues,</font><br><br>
<font size="2" face="sans-serif">In preparing amendments to our Cluster Munitions Act, the Office of the
Legal Adviser has been asked about Fenmarch nationals employed by foreign private military and security
companies operating in armed conflicts where cluster munitions are used by a State not party. Some of
these contractors load, maintain or transport munitions.</font><br><br>
<font size="2" face="sans-serif">Our current Act covers acts committed on our territory and by members
of our armed forces. We would be grateful for advice on:</font><br>
<ul>
<li><font size="2" face="sans-serif">whether States Parties have extended the offence of assisting,
encouraging or inducing a prohibited activity to their nationals acting abroad for private
companies;</font></li>
<li><font size="2" face="sans-serif">how such provisions were drafted, and whether they include a
defence for persons acting under duress or without knowledge;</font></li>
<li><font size="2" face="sans-serif">any commentary in the model legislation on this point.</font></li>
</ul>
<font size="2" face="sans-serif">A short note before our drafting meeting on 6 May would be most
helpful.</font><br><br>
<font size="2" face="sans-serif">Kind regards,<br>
Marguerite Holloway-Nkemdirim<br>
Assistant Legal Adviser<br>
Office of the Legal Adviser, Ministry of Foreign Affairs, Fenmarch</font>
</body></html>
""",
),
]

# =====================================================================
# general (cooperation and assistance in general, meetings, ISU triage)
# =====================================================================
MESSAGES += [
dict(
    key="G01", topic="general", secondary=[], lang="en", hard=[],
    note="sponsorship for two delegates (incl. a survivor representative) to attend the Meeting of States Parties: deadline, number, visa costs",
    frm=("Tariq Bellamy-Osei", "t.bellamy@mission.lanthorne.example"),
    subject="Sponsorship for the Meeting of States Parties - Lanthorne",
    date="2026-04-06T10:12:48+02:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

Lanthorne would like to be represented at this year's Meeting of States
Parties by the Director of our National Mine Action Authority and by a
representative of our national survivors' association. Neither trip is in our
capital's budget.

Could you let me know:
- the deadline and the procedure for applying to the sponsorship programme;
- whether two people from the same delegation can be sponsored;
- whether sponsorship covers visa fees and travel from the airport in the
capital, as our survivor representative lives in the north.

Thank you, and best regards,

Tariq Bellamy-Osei
First Secretary
Permanent Mission of Lanthorne, Geneva
""",
),
dict(
    key="G02", topic="general", secondary=[], lang="en", hard=[],
    note="donor and affected State want to set up a Country Coalition: process, ISU role, terms of reference, examples",
    frm=("Mei Lin Fairbrother", "m.fairbrother@mfa.aldersey.example"),
    subject="Country Coalition with Kerrowan - how does it work?",
    date="2026-04-09T09:25:16+01:00", client="apple", body_kind="plain",
    charset="us-ascii", cte="7bit", quote_charset=False,
    body="""Dear ISU colleagues,

At a bilateral meeting last week, Aldersey and Kerrowan agreed in principle to
explore a Country Coalition to support Kerrowan's implementation of the
Convention over the next three years.

Neither of us has done this before. Could you explain:

- what the process is for launching a Country Coalition, and what role the ISU
  plays;
- whether a formal agreement or terms of reference is needed, and whether
  there is a template;
- how existing coalitions organise themselves (meetings, other donors joining,
  reporting back to States Parties).

A short call in the coming weeks would be very welcome.

Best wishes,

Mei Lin Fairbrother
Deputy Head, Conventional Arms Section
Ministry of Foreign Affairs, Aldersey
""",
),
dict(
    key="G03", topic="general", secondary=["clearance", "victim_assistance", "stockpile_destruction"], lang="en",
    hard=["ambiguous_general"],
    note="donor has EUR 750,000 unallocated and is equally open to clearance, victim assistance or stockpile destruction; asks the ISU where needs are unmet - no single topic",
    frm=("Sebastian Warrender", "s.warrender@foreign.westerlin.example"),
    subject="Unallocated 2026 contribution - where is it most needed?",
    date="2026-04-27T11:44:05+02:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Dear colleagues,

Following a mid-year review, the Ministry for Foreign Affairs of Westerlin has
EUR 750,000 that is not yet allocated and must be committed to Convention
implementation by September.

We have no preference between areas. We could fund clearance and risk
reduction, victim assistance or the destruction of remaining stocks, or split
the amount between two or three countries or areas. What matters to us is
that the money goes where requests are currently not being met.

Could the ISU share its view of which States Parties' requests for assistance
remain unfunded, in any area, and suggest how we might best use this amount?
A short overview would be enough for us to start discussions with the
countries concerned.

Kind regards,

Sebastian Warrender
Humanitarian Arms Control Unit
Ministry for Foreign Affairs, Westerlin
""",
),
dict(
    key="G04", topic="general", secondary=[], lang="fr", hard=[],
    note="proposal to host a regional workshop for francophone States on Article 6 cooperation: co-organisation, speakers, participant travel funding, dates",
    frm=("Serge Abessolo-Renaud", "s.abessolo@mae.kasselie.example"),
    subject="Atelier regional francophone sur la cooperation et l'assistance",
    date="2026-04-14T08:31:57+00:00", client="outlook", body_kind="plain",
    charset="iso-8859-1", cte="quoted-printable",
    body="""Madame, Monsieur,

La République de Kassélie propose d'accueillir en octobre prochain, à
Noumbé, un atelier régional de deux jours destiné aux États parties et
signataires francophones sur la coopération et l'assistance internationales
(article 6) : comment formuler une demande, comment mobiliser les partenaires,
quels mécanismes existent.

Nous souhaiterions savoir si l'Unité d'appui serait disposée à :
- co-organiser l'atelier et contribuer à l'élaboration du programme ;
- proposer des intervenants (ISU, États donateurs, opérateurs) ;
- nous aider à trouver un financement pour le voyage d'une quinzaine de
  délégués.

Nous sommes ouverts à toute date compatible avec le calendrier de la
Convention.

Veuillez agréer, Madame, Monsieur, l'expression de ma haute considération.

Serge Abessolo-Renaud
Directeur des organisations internationales
Ministère des Affaires étrangères de Kassélie
""",
),
dict(
    key="G05", topic="general", secondary=["stockpile_destruction"], lang="fr", hard=["misleading_subject"],
    note="reuses an old stockpile destruction thread subject, but asks for bank details and a pledge letter template for a voluntary contribution to the ISU budget",
    frm=("Odile Tchibinda-Lefort", "o.tchibinda@mae.verance.example"),
    subject="RE: Destruction des stocks – suivi",
    in_reply_to="<ISU2PR05MB7719B3E0F6A1C5D2E48B90AF3C21@ISU2PR05MB7719.ccm-isu.example>",
    date="2026-04-20T14:06:41+01:00", client="outlook", body_kind="plain", cte="quoted-printable",
    body="""Bonjour Madame Mertens,

Je reprends ce fil par commodité, mais ma question n'a pas de lien avec la
destruction des stocks.

Le ministère des Affaires étrangères de Vérance a décidé de verser pour 2026
une contribution volontaire de 15 000 euros au budget de fonctionnement de
l'Unité d'appui à l'application. Pourriez-vous nous transmettre les
coordonnées bancaires à utiliser, le modèle de lettre d'engagement éventuel
ainsi que la procédure pour obtenir un accusé de réception du versement ?

Bien cordialement,

Odile Tchibinda-Lefort
Service des contributions internationales
Ministère des Affaires étrangères – République de Vérance

________________________________
De : Julia Mertens <j.mertens@ccm-isu.example>
Envoyé : mardi 18 novembre 2025 10:02
À : Aké-Fontaine Bertrand <b.akefontaine@defense.verance.example>
Cc : Tchibinda-Lefort Odile <o.tchibinda@mae.verance.example>
Objet : RE: Destruction des stocks – suivi

Mon Colonel,

Merci pour le point d'étape sur le programme de destruction. Nous avons bien
noté le calendrier révisé et le transmettrons aux coordinateurs.

Bien à vous,
Julia Mertens
Unité d'appui à l'application
""",
),
dict(
    key="G06", topic="general", secondary=[], lang="es", hard=[],
    note="vice-minister visiting Geneva asks for a meeting with the ISU Director on the overall state of implementation",
    frm=("Embajadora Rocío Villaseñor Paredes", "rvillasenor@misionginebra.riocalma.example"),
    subject="Solicitud de reunión con la Dirección de la Unidad de Apoyo",
    date="2026-04-29T09:59:20+02:00", client="outlook", body_kind="alt", cte="quoted-printable",
    body="""Estimados colegas:

El Viceministro de Relaciones Exteriores de Riocalma, Sr. Andrés Quiroga
Salas, visitará Ginebra del 18 al 20 de mayo. Entre sus prioridades está
conocer de primera mano el estado general de aplicación de la Convención y
las posibilidades de cooperación para nuestro país.

Le agradeceríamos que la Dirección de la Unidad de Apoyo pudiera recibirle
durante unos 45 minutos, preferiblemente el 19 de mayo por la mañana.
Acompañarían al Viceministro la suscrita y el Consejero encargado de desarme.

Quedo a su disposición para coordinar los detalles.

Atentamente,

Rocío Villaseñor Paredes
Embajadora, Representante Permanente
Misión Permanente de Riocalma ante la Oficina de las Naciones Unidas en Ginebra
""",
),
dict(
    key="G07", topic="general", secondary=[], lang="es", hard=["attachment_only_hint", "enquiry_looks_like_noise"],
    note="scan-to-e-mail notice from a ministry copier with an opaquely named PDF: a genuine transmission whose topic cannot be determined - ISU triage",
    frm=("Escáner MFP-P3-DAM", "escaner3@cancilleria.sierralumbre.example"),
    subject="Documento escaneado desde MFP-P3-DAM",
    date="2026-04-16T11:35:02-03:00", client="robot", body_kind="plain", cte="8bit",
    attachments=[{"name": "SCAN_20260416_113502.pdf"}],
    body="""Documento escaneado enviado desde el dispositivo MFP-P3-DAM.

Ubicación del dispositivo: Piso 3 - Dirección de Asuntos Multilaterales
Número de páginas: 3
Resolución: 300 x 300 ppp
Formato del archivo: PDF

Este mensaje fue generado por el dispositivo multifunción.
""",
),
dict(
    key="G08", topic="general", secondary=[], lang="en", hard=[],
    note="Outlook meeting invitation (text/calendar) asking the ISU to brief the incoming Presidency team on preparations and ISU support",
    frm=("Ines Kallstrom-Adjei", "i.kallstrom@mission.westerlin.example"),
    subject="Informal consultation: Westerlin Presidency - ISU briefing",
    date="2026-04-08T16:27:00+02:00", client="outlook", body_kind="calendar", cte="quoted-printable",
    body="""Dear colleagues,

As discussed with the Director, we would be grateful if the ISU could brief
our team on the preparation of the Presidency year: the calendar of meetings,
the documents the Presidency is expected to produce, and the support the ISU
can provide. We would also like to hear your views on priorities for
universalization.

If the proposed time does not suit, please propose another slot that week.

Kind regards,
Ines Kallstrom-Adjei
Counsellor, Permanent Mission of Westerlin

________________________________________________________________________________
Microsoft Teams meeting
Join on your computer, mobile app or room device
Meeting ID: 382 441 907 215
Passcode: Wq7bX2
________________________________________________________________________________
""",
    ics="""BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2016
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Ines Kallstrom-Adjei:mailto:i.kallstrom@mission.westerlin.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CCM Implem
 entation Support Unit:mailto:intake@ccm-isu.example
DESCRIPTION;LANGUAGE=en-GB:Dear colleagues\\, as discussed with the Director
 \\, we would be grateful if the ISU could brief our team on the preparatio
 n of the Presidency year.
UID:040000008200E00074C5B7101A82E00800000000B0E1A27C5ECADC01000000000000000
 0100000004F1B2D8E5A6C3F4B9E0D7C1A2B3F4E5D
SUMMARY;LANGUAGE=en-GB:Informal consultation: Westerlin Presidency - ISU br
 iefing
DTSTART;TZID=W. Europe Standard Time:20260505T100000
DTEND;TZID=W. Europe Standard Time:20260505T113000
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20260408T142700Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=en-GB:Permanent Mission of Westerlin\\, Room 3 / Microsoft
  Teams
BEGIN:VALARM
DESCRIPTION:REMINDER
TRIGGER;RELATED=START:-PT15M
ACTION:DISPLAY
END:VALARM
END:VEVENT
END:VCALENDAR
""",
),
dict(
    key="G09", topic="general", secondary=[], lang="en", hard=[],
    note="asks (in the outer note) for a briefing note/factsheet on universalization in the region for the Minister; the attached message from the Minister's office only repeats the request",
    frm=("Rafael Okoro-Lindgren", "r.okoro@mfa.fenmarch.example"),
    subject="FW: Briefing note for the Minister - regional summit",
    date="2026-04-23T17:41:36+01:00", client="outlook", body_kind="plain", cte="quoted-printable",
    attachments=[{"kind": "rfc822", "msg": dict(
        key="G09-inner", frm=("Private Office of the Minister", "private.office@mfa.fenmarch.example"),
        to=[("Rafael Okoro-Lindgren", "r.okoro@mfa.fenmarch.example")],
        subject="Briefing note for the Minister - regional summit",
        date="2026-04-23T12:05:00+01:00", client="outlook", body_kind="plain", cte="quoted-printable",
        body="""Rafael,

The Minister will raise the Convention on Cluster Munitions at the regional
summit on 5 May. Please provide by 30 April a one-page briefing on where our
neighbours stand (signature, ratification), the main obstacles to their
joining, and three key messages. Please check the figures with the
Convention's support unit.

Thanks,
Private Office
""")}],
    body="""Dear ISU colleagues,

The Minister's office has asked for a short briefing note on the status of
universalization of the Convention in our region before the regional summit
on 5 May (their message is attached).

Could the ISU provide the latest figures on signature and ratification for
the countries of our region, and any factsheet or key messages you use to
encourage States to join? I need to submit the note by 30 April.

Many thanks,

Rafael Okoro-Lindgren
Policy Officer, Multilateral Disarmament
Ministry of Foreign Affairs, Fenmarch
""",
),
dict(
    key="G10", topic="general", secondary=[], lang="es", hard=[],
    note="first contact from a new State Party: what kinds of cooperation and assistance exist, how to request it, whether there is a form, directory of focal points",
    frm=("Lic. Andrea Solórzano Mejía", "asolorzano@cancilleria.puertoondo.example"),
    subject="Primer contacto – ¿cómo solicitar cooperación y asistencia?",
    date="2026-04-02T11:18:09-05:00", client="zimbra", body_kind="alt", cte="quoted-printable",
    body="""Estimados señores:

Me presento: he asumido recientemente el puesto de punto de contacto de Puerto
Ondo para la Convención sobre Municiones en Racimo, de la que somos Estado
parte desde el año pasado. Nuestro equipo interinstitucional empieza a
preparar su planificación y tiene dudas muy básicas:

- ¿Qué tipos de cooperación y asistencia existen en el marco de la
Convención (técnica, material, financiera) y quién puede prestarlas?
- ¿Cómo se presenta una solicitud de asistencia? ¿Existe un formulario o un
formato recomendado?
- ¿Hay un directorio de puntos de contacto nacionales de otros Estados parte
y de donantes?

Les agradecería también cualquier material introductorio que puedan
compartir.

Saludos cordiales,

Lic. Andrea Solórzano Mejía
Punto de contacto nacional - Convención sobre Municiones en Racimo
Ministerio de Relaciones Exteriores de Puerto Ondo
""",
),
dict(
    key="G11", topic="general", secondary=[], lang="en", hard=["enquiry_looks_like_noise"],
    note="website contact-form robot notification; the submitted message is a diplomatic academy asking for printed copies of the Convention and an online introductory session",
    frm=("CCM ISU Website", "wordpress@www.ccm-isu.example"),
    reply_to=("Abigail Soyinka-Marsh", "a.soyinka@academy.mfa.marrowby.example"),
    subject="[CCM ISU] New submission from Contact form",
    date="2026-04-21T13:03:50+02:00", client="php", body_kind="plain", cte="8bit",
    relay_host="web02.ccm-isu.example",
    body="""Name: Abigail Soyinka-Marsh
Email: a.soyinka@academy.mfa.marrowby.example
Organisation: Diplomatic Academy, Ministry of Foreign Affairs of Marrowby
Country: Marrowby
Subject: Printed copies of the Convention for our training course

Message:
Good afternoon,

Our Diplomatic Academy starts its induction course for 38 new diplomats on
1 June, with a half-day module on humanitarian disarmament. Could you send us
40 printed copies of the Convention text and of any introductory guide, in
English (a few in French would also be useful)? We are happy to pay postage.

Would someone from the ISU be available for a one-hour online introduction
to the Convention during the course? Any day in the week of 8 June would suit
us.

Thank you very much,
Abigail Soyinka-Marsh
Course Director

--
This e-mail was sent from a contact form on CCM Implementation Support Unit
(https://www.ccm-isu.example)
""",
),
dict(
    key="G12", topic="general", secondary=[], lang="en", hard=[],
    note="note verbale: mission changes its e-mail domain and asks the ISU to update its distribution lists and send the current list of national contact points",
    frm=("Permanent Mission of Harrowmere", "registry@mission-geneva.harrowmere.example"),
    subject="Note verbale HMG/GVA/2026/117 - change of e-mail addresses",
    date="2026-04-30T10:02:15+02:00", client="outlook", body_kind="plain", cte="7bit",
    charset="us-ascii", eol="lf",
    body="""HMG/GVA/2026/117

The Permanent Mission of Harrowmere to the United Nations Office and other
international organizations in Geneva presents its compliments to the
Implementation Support Unit of the Convention on Cluster Munitions and has the
honour to inform the Unit that, with effect from 15 May 2026, all e-mail
addresses of the Mission will change from the domain
mission-geneva.harrowmere.example to the domain gva.mfa.harrowmere.example.

The Permanent Mission would be grateful if the Implementation Support Unit
could update its distribution lists accordingly, and would further appreciate
receiving the current list of national contact points of States Parties for
the purpose of updating its own records.

The Permanent Mission of Harrowmere avails itself of this opportunity to renew
to the Implementation Support Unit the assurances of its highest
consideration.

Geneva, 30 April 2026
""",
),
]

# =====================================================================
# not_an_enquiry (robots, bulk, spam)
# =====================================================================
MESSAGES += [
dict(
    key="N01", topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="en", hard=[],
    note="out-of-office (Auto-Submitted) from a copied staff officer, replying to acknowledgement CCM-2026-0439",
    frm=("Lt Col Hamish Greer-Obaseki", "so1.logistics@defence.harrowmere.example"),
    subject="Automatic reply: [CCM-2026-0439] Received: Cluster munitions held in the Army Museum collection",
    in_reply_to="<ccm-2026-0439.ack@ccm-isu.example>",
    date="2026-04-08T11:43:02+01:00", client="outlook", body_kind="plain", cte="7bit", charset="us-ascii",
    thread_index=False,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
             ("X-MS-Exchange-Inbox-Rules-Loop", "so1.logistics@defence.harrowmere.example")],
    body="""Thank you for your email.

I am away on an ammunition inspection course until 20 April with no access to
e-mail. For urgent logistics matters please contact the Duty Staff Officer on
duty.logs@defence.harrowmere.example or +999 20 4471 3000.

Lt Col Hamish Greer-Obaseki
SO1 Logistics, Joint Logistics Command
""",
),
dict(
    key="N02", topic="not_an_enquiry", secondary=["victim_assistance"], lang="en", hard=["no_dsn_structure"],
    note="qmail-style plain-text bounce (no multipart/report) of acknowledgement CCM-2026-0476 to a non-existent copied address; returned message inline",
    frm=("", "MAILER-DAEMON@mx.post.lanthorne.example"),
    return_path="<>", relay_host="mx.post.lanthorne.example",
    to="intake@ccm-isu.example",
    subject="failure notice",
    date="2026-04-20T08:31:20+00:00", client="robot", body_kind="plain", cte="7bit",
    charset="us-ascii", eol="lf",
    body="""Hi. This is the qmail-send program at mx.post.lanthorne.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<audiology.unit@health.lanthorne.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <intake@ccm-isu.example>
Received: (qmail 28817 invoked from network); 20 Apr 2026 08:31:14 -0000
Received: from mx1.ccm-isu.example (203.0.113.25)
  by mx.post.lanthorne.example with SMTP; 20 Apr 2026 08:31:14 -0000
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
To: m.ashdown@health.lanthorne.example
Cc: audiology.unit@health.lanthorne.example
Subject: [CCM-2026-0476] Received: Hearing loss among cluster munition
 survivors - request for audiology support
Date: Mon, 20 Apr 2026 08:31:12 +0000
Message-ID: <ccm-2026-0476.ack@ccm-isu.example>
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 7bit

Dear sender,

Your message has been received and registered under reference CCM-2026-0476.
It will be passed to the coordinator responsible, who will contact you.

Please quote CCM-2026-0476 in the subject line of any follow-up. Replies to this
message reach the Implementation Support Unit.

Implementation Support Unit
Convention on Cluster Munitions
""",
),
dict(
    key="N03", topic="not_an_enquiry", secondary=[], lang="en", hard=[],
    note="commercial newsletter of a Geneva meeting venue (List-Unsubscribe, Precedence: bulk)",
    frm=("Maison des Délégations - Events", "news@maison-delegations.example.net"),
    subject="Spring offers: meeting rooms, catering and hybrid set-ups near the Palais",
    date="2026-04-14T06:00:00+02:00", client="robot", body_kind="alt", cte="quoted-printable",
    headers=[("List-Id", "Maison des Delegations news <news.maison-delegations.example.net>"),
             ("List-Unsubscribe", "<mailto:unsubscribe-7f3a91@maison-delegations.example.net>, "
                                  "<https://maison-delegations.example.net/u/7f3a91c2>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"), ("X-Campaign", "spring-2026-offers")],
    body="""MAISON DES DÉLÉGATIONS - NEWS, APRIL 2026

Planning a side event, a regional consultation or a donor briefing this
autumn? Book before 31 May and save 15% on all meeting rooms.

* The Lake Room (120 seats) - now with full hybrid equipment and
  interpretation booths for three languages.
* Working lunches from CHF 38 per person, vegetarian and halal options.
* Free coffee break for events of more than 40 participants booked in June.

Ten minutes' walk from the Palais des Nations and from the main permanent
missions.

Book now: https://maison-delegations.example.net/book

You receive this newsletter because you attended an event at the Maison des
Délégations. Unsubscribe: https://maison-delegations.example.net/u/7f3a91c2
""",
    html="""<!DOCTYPE html><html><head><meta charset="utf-8"><title>Spring offers</title></head>
<body style="margin:0;background:#f3f1ec;font-family:Georgia,serif">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" cellpadding="20" cellspacing="0" style="background:#ffffff">
<tr><td style="background:#2d4a5a;color:#fff;font-size:22px">Maison des Délégations &middot; News</td></tr>
<tr><td><h2 style="margin:0 0 10px">Spring offers</h2>
<p>Planning a side event, a regional consultation or a donor briefing this autumn? Book before
<b>31 May</b> and save 15% on all meeting rooms.</p>
<ul><li>The Lake Room (120 seats) - now with full hybrid equipment and interpretation booths for three languages.</li>
<li>Working lunches from CHF 38 per person, vegetarian and halal options.</li>
<li>Free coffee break for events of more than 40 participants booked in June.</li></ul>
<p style="text-align:center"><a href="https://maison-delegations.example.net/book"
 style="background:#c0553a;color:#fff;padding:10px 24px;text-decoration:none">Book now</a></p></td></tr>
<tr><td style="font-size:11px;color:#777">You receive this newsletter because you attended an event at the
Maison des Délégations. <a href="https://maison-delegations.example.net/u/7f3a91c2">Unsubscribe</a></td></tr>
</table></td></tr></table>
<img src="https://maison-delegations.example.net/o/7f3a91c2.gif" width="1" height="1" alt="">
</body></html>
""",
),
dict(
    key="N04", topic="not_an_enquiry", secondary=["general"], lang="en", hard=["lookalike_noise"],
    note="phishing from an ISU look-alike domain, fake 'Re: [CCM-2026-0417]' subject, asks to verify bank details for a sponsorship reimbursement",
    frm=("CCM ISU - Finance Office", "finance-office@ccm-isu-payments.example"),
    reply_to=("Finance Office", "ccm.reimburse@securemailbox.example"),
    subject="Re: [CCM-2026-0417] Sponsorship reimbursement – action required",
    date="2026-04-18T03:17:44+00:00", client="robot", body_kind="alt", cte="quoted-printable",
    headers=[("X-Priority", "1 (Highest)"), ("Importance", "High")],
    body="""Dear Delegate,

Our records show that the reimbursement of your travel sponsorship for the
April Intersessional Meetings is still pending, because your banking details
could not be verified.

To avoid cancellation of the payment (CHF 2,480.00), please confirm your
details within 48 hours using the secure form:

http://ccm-isu-payments.example/secure/verify?ref=CCM-2026-0417&id=88213

If you have already done so, please ignore this message.

Kind regards,
Finance Office
Implementation Support Unit – Convention on Cluster Munitions
""",
    html="""<html><body style="font-family:Arial,sans-serif;font-size:14px">
<p>Dear Delegate,</p>
<p>Our records show that the reimbursement of your travel sponsorship for the April Intersessional
Meetings is still <b>pending</b>, because your banking details could not be verified.</p>
<p>To avoid cancellation of the payment (<b>CHF 2,480.00</b>), please confirm your details within
<span style="color:#c00">48 hours</span> using the secure form:</p>
<p><a href="http://ccm-isu-payments.example/secure/verify?ref=CCM-2026-0417&amp;id=88213"
style="background:#1a5fb4;color:#fff;padding:9px 18px;border-radius:3px;text-decoration:none">Verify banking details</a></p>
<p>If you have already done so, please ignore this message.</p>
<p>Kind regards,<br>Finance Office<br>Implementation Support Unit &ndash; Convention on Cluster Munitions</p>
</body></html>
""",
),
dict(
    key="N05", topic="not_an_enquiry", secondary=[], lang="en", hard=[],
    note="read receipt (multipart/report, disposition-notification) for a message the ISU sent on thread CCM-2026-0412",
    frm=("Okafor-Reyes, Desmond Lt Col", "d.okafor@mod.brinmoor.example"),
    subject="Read: [CCM-2026-0412] Expert mission dates",
    date="2026-04-09T08:22:10+00:00", client="outlook", structure="mdn", cte="7bit", charset="us-ascii",
    thread_index=False,
    body="""Your message

  To: Okafor-Reyes, Desmond Lt Col
  Subject: [CCM-2026-0412] Expert mission dates
  Sent: Wednesday, April 8, 2026 5:40:12 PM (UTC+00:00) Monrovia, Reykjavik

was read on Thursday, April 9, 2026 8:22:05 AM (UTC+00:00) Monrovia, Reykjavik.
""",
    mdn=[("Reporting-UA", "mod.brinmoor.example; Microsoft Outlook 16.0"),
         ("Final-Recipient", "rfc822;d.okafor@mod.brinmoor.example"),
         ("Original-Message-ID", "<ccm-2026-0412.c3@ccm-isu.example>"),
         ("Disposition", "manual-action/MDN-sent-manually; displayed")],
),
dict(
    key="N06", topic="not_an_enquiry", secondary=["stockpile_destruction", "reporting"], lang="en",
    hard=["no_auto_headers", "lookalike_noise"],
    note="unmonitored-mailbox auto-reply from a copied ministry address, replying to all and quoting the full original enquiry; no Auto-Submitted headers",
    frm=("MOD Enquiries", "enquiries@mod.fenmarch.example"),
    to=[("Sandoval-Hume, Garrick WO1", "g.sandoval@army.fenmarch.example"),
        ("CCM Implementation Support Unit", "intake@ccm-isu.example")],
    subject="RE: Stockpile destruction - final figures",
    in_reply_to="<FNM4PR07MB5530D61A7E04C9B2F83A11C5E72B@FNM4PR07MB5530.army.fenmarch.example>",
    date="2026-04-13T14:05:58+01:00", client="outlook", body_kind="plain", cte="quoted-printable",
    thread_index=False,
    body="""Thank you for contacting the Ministry of Defence of Fenmarch.

This mailbox is not monitored. Your e-mail has been logged and will be
forwarded to the appropriate department, which aims to reply within 20
working days. For press enquiries please contact the Press Office. For
Freedom of Information requests please use the online form on our website.

Please do not reply to this message.

-----Original Message-----
From: Sandoval-Hume, Garrick WO1 <g.sandoval@army.fenmarch.example>
Sent: 13 April 2026 14:05
To: CCM Implementation Support Unit <intake@ccm-isu.example>
Cc: MOD Enquiries <enquiries@mod.fenmarch.example>
Subject: Stockpile destruction - final figures

Hello,

Our last batch of cluster munitions was destroyed on 27 March, so the
programme itself is finished - thank you to everyone at the ISU who helped
along the way.

I have now been given the job of entering the figures into our annual
Article 7 report for 2025 and I am stuck on the forms:

- In 2024 we separated 2,400 submunitions from their carrier shells before
destroying them. Do we report those as munitions or as submunitions, and in
which year?
- The 120 submunitions kept for EOD training: do they go in the same table
as the destroyed stock, or in a separate one?
- The form asks for lot numbers, but half of our records only give the
production year. Is that acceptable?

The report is due on 30 April and I would rather ask now than submit it
wrong.

Regards,

WO1 Garrick Sandoval-Hume
Ammunition Accounting Cell
Army Headquarters, Fenmarch
""",
),
dict(
    key="N07", topic="not_an_enquiry", secondary=["clearance"], lang="fr", hard=[],
    note="French out-of-office (Auto-Submitted) replying to acknowledgement CCM-2026-0461",
    frm=("Aurélie Fofana-Garnier", "a.fofana@diplomatie.talmonde.example"),
    subject="Réponse automatique : [CCM-2026-0461] Accusé de réception : TR: Cour de l'école de Bel-Air – objets suspects",
    in_reply_to="<ccm-2026-0461.ack@ccm-isu.example>",
    date="2026-04-15T11:37:29+00:00", client="thunderbird", body_kind="plain", cte="8bit",
    headers=[("Auto-Submitted", "auto-replied (vacation)")],
    body="""Bonjour,

Je suis en mission à New York jusqu'au 4 mai, avec un accès limité à ma
messagerie. Pour toute question urgente, merci de contacter le secrétariat de
la Direction des Nations Unies : dnuoi@diplomatie.talmonde.example ou
+999 31 20 00 15.

Cordialement,
Aurélie Fofana-Garnier
""",
),
dict(
    key="N08", topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="fr", hard=["lookalike_noise"],
    note="unsolicited commercial offer from a demilitarisation company about destroying cluster munition stocks (bulk, List-Unsubscribe); not a State's request",
    frm=("DemilTech Solutions", "info@demiltech-solutions.example"),
    subject="Destruction de vos stocks d'armes à sous-munitions : offre clé en main 2026",
    date="2026-04-11T07:45:00+02:00", client="robot", body_kind="alt", cte="quoted-printable",
    headers=[("List-Unsubscribe", "<https://demiltech-solutions.example/desabonnement?u=ccm-isu>"),
             ("Precedence", "bulk"), ("X-Mailer", "Sendinblue")],
    body="""Madame, Monsieur,

Votre pays doit respecter l'échéance de l'article 3 de la Convention sur les
armes à sous-munitions ? DemilTech Solutions vous propose une solution clé en
main :

- unités mobiles de destruction déployables en 6 semaines ;
- démantèlement, incinération et recyclage des métaux ;
- rapports de destruction conformes aux exigences internationales ;
- tarif dégressif à partir de 5 000 sous-munitions.

Plus de 40 programmes réalisés sur trois continents.

Demandez votre devis gratuit : https://demiltech-solutions.example/devis

DemilTech Solutions – Zone industrielle des Forges
Pour ne plus recevoir nos messages : https://demiltech-solutions.example/desabonnement
""",
),
dict(
    key="N09", topic="not_an_enquiry", secondary=["reporting"], lang="fr", hard=[],
    note="Exchange non-delivery report in French (multipart/report) for acknowledgement CCM-2026-0438 sent to a copied address that does not exist; original returned as message/rfc822",
    frm=("Microsoft Outlook", "MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@mae.berivane.example"),
    return_path="<>",
    to="intake@ccm-isu.example",
    subject="Non remis : [CCM-2026-0438] Accusé de réception : Rapport annuel 2025 – pouvons-nous soumettre un rapport simplifié ?",
    date="2026-04-08T10:04:12+00:00", client="exchange", structure="dsn", body_kind="alt", cte="quoted-printable",
    thread_index=False,
    headers=[("Auto-Submitted", "auto-replied"), ("X-MS-Exchange-Message-Is-Ndr", "")],
    body="""Impossible de remettre le message à ces destinataires ou groupes :

archives.desarmement@mae.berivane.example
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez
l'adresse de messagerie du destinataire et essayez de renvoyer le message. Si
le problème persiste, contactez votre support technique.

Informations de diagnostic pour les administrateurs :

Serveur de génération : EXCH02.mae.berivane.example

archives.desarmement@mae.berivane.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
""",
    dsn={
        "per_message": [("Reporting-MTA", "dns;EXCH02.mae.berivane.example"),
                        ("Received-From-MTA", "dns;mx1.ccm-isu.example"),
                        ("Arrival-Date", "Wed, 8 Apr 2026 10:04:09 +0000")],
        "recipients": [[("Final-Recipient", "rfc822;archives.desarmement@mae.berivane.example"),
                        ("Action", "failed"),
                        ("Status", "5.1.10"),
                        ("Diagnostic-Code", "smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; "
                                            "Recipient not found by SMTP address lookup")]],
        "returned": {"ack": {"ref": "CCM-2026-0438",
                             "subject": "Rapport annuel 2025 – pouvons-nous soumettre un rapport simplifié ?",
                             "to": "t.mabiala@mae.berivane.example, archives.desarmement@mae.berivane.example",
                             "date": "2026-04-08T10:04:05+00:00", "lang": "fr"}},
    },
),
dict(
    key="N10", topic="not_an_enquiry", secondary=["victim_assistance"], lang="es", hard=[],
    note="automatic address-change notice (Auto-Submitted) from a ministry's old domain, triggered by acknowledgement CCM-2026-0482",
    frm=("Ministerio de Salud - Aviso automático", "no-responder@salud-ant.montalbra.example"),
    subject="Aviso automático: cambio de dirección de correo electrónico",
    in_reply_to="<ccm-2026-0482.ack@ccm-isu.example>",
    date="2026-04-22T15:35:01-04:00", client="robot", body_kind="plain", cte="quoted-printable",
    headers=[("Auto-Submitted", "auto-replied"), ("Precedence", "auto_reply")],
    body="""ESTE ES UN MENSAJE AUTOMÁTICO. NO RESPONDA A ESTA DIRECCIÓN.

El Ministerio de Salud de Montalbra migró su correo electrónico al dominio
minsalud.montalbra.example. La dirección rehabilitacion@salud-ant.montalbra.example
dejó de estar en servicio el 31 de marzo de 2026.

Su mensaje con asunto «[CCM-2026-0482] Recibido: Transporte de sobrevivientes
al centro de rehabilitación de San Telmo» NO ha sido reenviado.

Por favor, envíelo nuevamente a la nueva dirección:
rehabilitacion@minsalud.montalbra.example

Mesa de Servicios TIC - Ministerio de Salud
""",
),
dict(
    key="N11", topic="not_an_enquiry", secondary=["general"], lang="es", hard=[],
    note="bulk promotional mail for a paid webinar on writing proposals for international cooperation funds (List-Unsubscribe)",
    frm=("Aula Cooperación", "boletin@aulacooperacion.example.org"),
    subject="Webinar: cómo formular proyectos para fondos de cooperación internacional",
    date="2026-04-25T12:00:00-05:00", client="robot", body_kind="alt", cte="quoted-printable", eol="lf",
    headers=[("List-Unsubscribe", "<mailto:baja@aulacooperacion.example.org?subject=baja>"),
             ("Precedence", "bulk"), ("X-Mailer", "Mailchimp Mailer - **CID2b81e4f0a3c9**")],
    body="""AULA COOPERACIÓN

Webinar en vivo: «Cómo formular proyectos exitosos para fondos de cooperación
internacional»

Jueves 14 de mayo, 10:00 (hora de Ciudad de Panamá) - 3 horas

- Marco lógico y teoría del cambio paso a paso
- Presupuestos que convencen a los donantes
- Errores frecuentes en las convocatorias

Precio de lanzamiento: 49 USD (antes 89 USD). Certificado incluido.

Inscríbase aquí: https://aulacooperacion.example.org/webinar-proyectos

Recibe este correo porque se suscribió a nuestro boletín.
Darse de baja: https://aulacooperacion.example.org/baja
""",
),
]

README_TEMPLATE = """# blind16: independent held-out test set for CCM intake classification

{n} hand-written e-mails to `intake@ccm-isu.example`, with gold labels in
`labels.json` (same format and label scheme as `/work/shared/corpus/dev`).
**This set was written without reading the classifier, its routing rules,
templates, tests or any other benchmark set**, and without running any
classifier.  Only the dev corpus README (label scheme and labelling rules),
a few dev messages (for the file format) and the dev subject/sender list (to
avoid reusing its States, people and situations) were consulted; no dev
message was copied or paraphrased.  All senders, States, situations and
wordings are new.

Regenerate with:

    /work/main/.venv/bin/python -B /work/main/bench/blind16/generate.py

`corpus_data.py` holds the content and labels (data only); `generate.py`
builds the `.eml` files with Python's `email` package (seeded Message-IDs,
boundaries and SMTP ids; file order shuffled with a fixed seed), writes
`labels.json` and this README, then parses every file back with
`email.policy.default` and checks it (no parser defects, every text part
decodes, subject round-trips, attachment names recovered, each hard kind
structurally present, label present for every file).

## What this set stresses

Ordinary intake traffic over one month (April 2026, the month in which
annual Article 7 reports fall due), from busy officials in ministries, missions,
national authorities, parliaments and hospitals.  Most messages are clear
requests written naturally; the hard ones are the kind that turn up on their
own in a real inbox:

* **Situations off the beaten track**: live submunitions in an army museum,
  stocks in an insolvent manufacturer's warehouse, rocket-motor propellant,
  a broken incinerator filter, submunitions exposed by a forest fire or moved
  by floods, a solar park on a suspected hazardous area, scrap-metal
  collectors, hearing loss among survivors, data-protection limits on a
  survivor register, prosthetic liners cracking in extreme cold, growing
  children's prostheses, bereaved families, investment bans, brokering,
  foreign forces on national territory, federal competences, customs codes,
  electronic signatures on report cover pages, pooled-fund double counting.
* **Odd channels**: a fax-to-e-mail gateway with OCR text, a copier's
  scan-to-mail notice, the ISU website contact form, an Outlook meeting
  invitation, a note verbale as the body, a forward as `message/rfc822`.
* **Threads**: replies to acknowledgements (`Re: [CCM-2026-NNNN] ...` with
  `In-Reply-To`), a reused old subject for an unrelated ask, inline forwards
  in Thunderbird and Outlook style, a corrected attachment sent as a reply.
* **Robots that look like people and vice versa**: an unmonitored-mailbox
  auto-reply that replies to all and quotes a full enquiry (no auto headers),
  out-of-office replies to acknowledgements, a qmail plain-text bounce, an
  Exchange NDR in French returning an acknowledgement, a read receipt, an
  address-change notice, phishing from an ISU look-alike domain, a
  demilitarisation company's sales mail, venue and webinar newsletters.
* **Misleading words**: subjects naming another topic than the body
  (Article 7 form F vs. an Article 4 extension; "stockpile destruction -
  final figures" vs. how to fill in the report), signatures and quoted
  threads containing other topics' vocabulary, a bill that covers four
  topics where only the offences part is asked about.

## Counts

{n} messages, {n_hard} marked hard ({pct_hard}%).

| topic | en | fr | es | ar | pt | ru | de | total | hard |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |
{table}

Hard-case kinds (a message can have several): {kinds}

## Format statistics

* Top-level structure: {top}
* Text-part transfer encodings: {cte}
* Text-part charsets: {charset}
* Attachments and embedded parts: {attach}
* Line endings: {eol}
* RFC 2047-encoded subjects: {rfc2047}; RFC 2231 parameter names: {rfc2231};
  `Auto-Submitted` present: {autosub}; `List-Unsubscribe` present: {listunsub};
  `In-Reply-To` present: {irt}

Attachments are placeholders (a minimal PDF, a tiny OOXML zip, a 1x1 PNG);
only their names matter.

## Fictional data

All States (Harrowmere, Tavelland, Talmonde, Montalbra, Ebersland,
Hallstern, Serranova, Corrand, Vérance, Kerrowan, Lanthorne, Marrowby,
Aldersey, Fenmarch, Westerlin, Riocalma, Sierra Lumbre, Valdecruz, Puerto
Ondo, Valmoral, Kassélie, Ouaridou, Bérivane, Costa Anil, ...), people,
organisations, phone numbers (+999 ...) and addresses are invented; only
`.example` domains are used.  The intake address is `intake@ccm-isu.example`
and acknowledgements come from `no-reply@ccm-isu.example`.
"""
