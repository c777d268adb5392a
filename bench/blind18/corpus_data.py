# -*- coding: utf-8 -*-
"""Content and gold labels of the blind18 corpus (data only).

Every entry of MESSAGES is a dict read by generate.py.  Keys:
  key       stable internal id (not written to the output)
  topic, secondary, lang, hard, note      -> labels.json
  frm       (display name, address)
  subject   subject text (str); subj_cs/subj_enc force an RFC 2047 charset/encoding
  date      'YYYY-MM-DD HH:MM +ZZZZ'
  fmt       plain | alt | html | mixed | fwd_attach | dsn | mdn | calendar
  client    outlook | gmail | thunderbird | apple | webmail | iphone | system
  cs, cte   body charset and Content-Transfer-Encoding (7bit/8bit/qp/base64)
  eol       crlf | lf
  body      plain-text body (html is derived unless 'html' is given)
  atts      list of (filename, kind) with kind in pdf/docx/xlsx/jpg/zip
  headers   extra header (name, value) pairs
  reply_ack CCM reference replied to (adds In-Reply-To/References)
  inner     nested message dict for fwd_attach / dsn
All States, people, organisations and domains are invented.
"""

ISU = "intake@ccm-isu.example"

DISC_EN = ("CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the\n"
           "addressee(s) and may contain information that is privileged or confidential. If you\n"
           "have received it in error, please notify the sender and delete it. Any views expressed\n"
           "are those of the author and do not necessarily reflect official policy.")
DISC_FR = ("AVERTISSEMENT : Ce message et ses pièces jointes sont confidentiels et destinés\n"
           "exclusivement à leurs destinataires. Si vous l'avez reçu par erreur, merci d'en\n"
           "informer l'expéditeur et de le détruire. Pensez à l'environnement avant d'imprimer.")
DISC_ES = ("AVISO LEGAL: Este mensaje y sus anexos son confidenciales y están dirigidos\n"
           "exclusivamente a su destinatario. Si usted lo ha recibido por error, le rogamos\n"
           "lo comunique al remitente y proceda a su eliminación.")

ACK_EN = ("> Thank you for your message. It has been registered by the Implementation Support\n"
          "> Unit of the Convention on Cluster Munitions under the reference {ref} and\n"
          "> forwarded to the relevant coordinators. Please keep the reference in the\n"
          "> subject line of any further correspondence.\n"
          ">\n"
          "> This is an automatic acknowledgement - CCM ISU intake")

MESSAGES = []


def M(**kw):
    kw.setdefault("secondary", [])
    kw.setdefault("hard", False)
    kw.setdefault("fmt", "plain")
    kw.setdefault("client", "outlook")
    kw.setdefault("cs", "utf-8")
    kw.setdefault("cte", "7bit")
    kw.setdefault("eol", "crlf")
    kw.setdefault("atts", [])
    kw.setdefault("headers", [])
    MESSAGES.append(kw)


# ---------------------------------------------------------------- stockpile_destruction

M(key="S1", topic="stockpile_destruction", lang="en",
  note="technical assessment visit to choose between open detonation and industrial demilitarisation of rocket-delivered submunitions",
  frm=("Col. Henrik Dalvane", "h.dalvane@mod.norvessa.example"),
  subject="Request for technical assessment - destruction method for RK-90 rocket stocks",
  date="2026-02-03 08:47 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Dear Sir or Madam,

The Ministry of Defence of Norvessa holds 1,184 RK-90 rockets, each carrying
72 dual-purpose submunitions, which were declared in our initial report. A
destruction plan has to be approved by the Minister before the end of June.

Our engineers are divided between open detonation at the Skarvik range and
contracting an industrial demilitarisation facility abroad. Neither option has
been costed properly and we have no in-house experience with the rocket
motors, which contain ageing double-base propellant.

We would therefore like to request a short technical assessment visit (3-4
days) by an expert on cluster munition stockpile destruction, who could look
at the storage conditions, help us compare the two options and advise on a
realistic timeline within our Article 3 deadline.

We can cover local transport and accommodation. Please let me know whether
such a visit can be arranged and what information you would need beforehand.

Yours faithfully,

Col. Henrik Dalvane
Head, Ammunition Management Section
Ministry of Defence of Norvessa
Tel. +999 41 220 7781

""" + DISC_EN)

M(key="S2", topic="stockpile_destruction", lang="en",
  note="how many submunitions may be retained for training under Art. 3.6 and how to justify the number",
  frm=("Priya Ramcharan", "priya.ramcharan@defence.ambreth.example"),
  subject="Retention of submunitions for EOD training",
  date="2026-03-17 14:05 +0400", fmt="alt", client="gmail",
  body="""Good afternoon,

Our EOD school would like to keep a small number of live submunitions from the
stock we are about to destroy, so that instructors can train new technicians on
render-safe procedures.

Could the ISU advise us on the following:
- is there any guidance on what counts as the "minimum number absolutely
  necessary" under Article 3, paragraph 6?
- what numbers have other States Parties retained, and how did they justify
  them to the other States Parties?
- should the retained items be kept at the school or in the central depot?

We would prefer to settle this before the destruction contract is signed, so
that the items are not destroyed by mistake.

Many thanks,
Priya Ramcharan
Policy Officer, Arms Control Desk
Department of Defence, Ambreth
""")

M(key="S3", topic="stockpile_destruction", lang="en", hard=True,
  secondary=["clearance", "victim_assistance"],
  note="HARD(multi_topic): reports clearance progress and a survivors' programme in passing; the ask is donor matching for the funding gap to destroy the last 340 tonnes of stocks",
  frm=("Amara Nkosi-Lind", "a.nkosi-lind@mfa.tamerlo.example"),
  subject="Tamerlo - update and request for support",
  date="2026-04-09 11:30 +0200", fmt="alt", client="outlook", cte="qp",
  body="""Dear colleagues,

Let me start with some good news. Our national demining operator finished the
clearance of the Orvi valley in March, and the survivors' vocational programme
in Kessa, which several of you visited last year, now has 46 participants.

The reason for my message, however, is our stockpile. Of the 1,020 tonnes of
cluster munitions declared in 2022, about 340 tonnes remain, mostly artillery
projectiles with DPICM submunitions. The destruction contract ran out of money
in January and the line in next year's defence budget has been cut. Without new
funding we will not meet our Article 3 deadline.

Could the ISU help us identify donors or a Country Coalition partner willing
to fund the remaining destruction? We estimate the gap at USD 2.3 million and
can share the contractor's cost breakdown.

Kind regards,
Amara Nkosi-Lind
Counsellor, Disarmament and Non-Proliferation
Ministry of Foreign Affairs, Tamerlo
""")

M(key="S4", topic="stockpile_destruction", lang="en",
  note="help to separate and mark cluster munition stocks held in three mixed depots; inventory spreadsheet attached",
  frm=("Lt Cdr Ewan Moorcroft", "ewan.moorcroft@navy.sorvane.example"),
  subject="Separation of cluster munitions from other stocks - three depots",
  date="2026-01-22 16:12 +0000", fmt="mixed", client="outlook", eol="lf",
  atts=[("Sorvane_depot_inventory_CM_Jan2026.xlsx", "xlsx")],
  body="""Hello,

Following our accession last year we have started separating cluster
munitions from the rest of our conventional ammunition. In three of our depots
(Harnby, Cole Point and the naval magazine at Wester) the cluster munitions
are stored in the same bunkers as other artillery and aircraft munitions and
some of the lot records are incomplete.

We would welcome advice, and if possible a short training, on how other
States Parties separated and marked their cluster munitions for destruction,
and how to verify the lot numbers when the paperwork is missing.

Our current inventory is attached.

Regards,
Ewan Moorcroft
Lt Cdr, Joint Logistics Command
Sorvane Defence Force

This message has been scanned for viruses by the SDF mail gateway.
""")

M(key="S5", topic="stockpile_destruction", lang="en", hard=True,
  reply_ack="CCM-2026-0457",
  note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0457: supplies the tonnage and asks for help drafting the Article 3 extension request",
  frm=("Jonas Efferding", "jonas.efferding@mod.norvessa.example"),
  subject="Re: [CCM-2026-0457] Received: Article 3 deadline - Norvessa",
  date="2026-05-14 09:58 +0100", fmt="plain", client="outlook",
  body="""Dear ISU,

Further to my earlier message, here is the information you asked for:
remaining stock 212 t (RK-90 rockets and 155 mm carrier shells), destruction
rate achievable with the current contractor about 60 t per year.

We have concluded that we will need an extension of our Article 3 deadline.
Could someone from the ISU help us structure the extension request - in
particular the justification and the annual destruction plan - and tell us by
when it must reach the States Parties to be considered at the next Meeting?

Best regards,
Jonas Efferding
Ministry of Defence of Norvessa

-----Original Message-----
From: CCM ISU Intake <no-reply@ccm-isu.example>
Sent: 12 May 2026 17:03
To: Jonas Efferding <jonas.efferding@mod.norvessa.example>
Subject: [CCM-2026-0457] Received: Article 3 deadline - Norvessa

""" + ACK_EN.format(ref="CCM-2026-0457"))

M(key="S6", topic="stockpile_destruction", lang="fr",
  note="transfert de stocks vers un autre État partie aux fins de destruction (art. 3.7) : procédure et appui",
  frm=("Général Armand Koudossou", "a.koudossou@defense.lutarie.example"),
  subject="Transfert de stocks d'armes à sous-munitions aux fins de destruction",
  date="2026-02-26 10:20 +0100", fmt="plain", client="outlook", cs="utf-8", cte="qp",
  body="""Madame, Monsieur,

La République de Lutarie détient encore environ 9 000 bombes-conteneurs
largables de type BLK-250, dont la destruction sur notre territoire est
impossible faute d'installation adaptée. Un État partie voisin nous a fait
savoir qu'il pourrait accepter ces stocks dans son centre de démilitarisation.

Nous souhaiterions savoir :
1. quelles sont les conditions à respecter pour un transfert aux fins de
   destruction au titre de l'article 3, paragraphe 7 ;
2. quelles informations doivent être communiquées, et à qui ;
3. si l'Unité d'appui peut nous mettre en relation avec des experts ayant
   déjà organisé un tel transfert (transport, escorte, assurance).

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Général de brigade Armand Koudossou
Directeur du matériel
Ministère de la Défense nationale
République de Lutarie
""")

M(key="S7", topic="stockpile_destruction", lang="fr", hard=True, secondary=["reporting"],
  note="HARD(misleading_subject): subject repeats an old 'Formulaire B' thread, but the ask is for an expert to verify the destruction of the last lot before declaring Article 3 compliance",
  frm=("Claire Mbemba", "claire.mbemba@diplomatie.lutarie.example"),
  subject="RE: Formulaire B - rapport 2025",
  date="2026-06-02 15:44 +0200", fmt="alt", client="outlook", cte="qp",
  body="""Bonjour,

Je reprends ce fil faute de mieux, mais ma question ne concerne pas le
rapport.

Le dernier lot de nos stocks (1 150 bombes BLK-250) sera détruit à la
mi-septembre au polygone de Madiba. Notre Ministre souhaite annoncer
l'achèvement de la destruction des stocks lors de la prochaine Assemblée des
États parties. Pour que cette déclaration soit crédible, serait-il possible
que l'Unité d'appui nous aide à obtenir la présence d'un expert indépendant
qui vérifierait la destruction et les registres de lots ?

Nous aimerions aussi savoir sous quelle forme la déclaration de conformité à
l'article 3 est habituellement présentée.

Bien cordialement,

Claire Mbemba
Conseillère, Mission permanente de la République de Lutarie
Genève

-----Message d'origine-----
De : Claire Mbemba
Envoyé : jeudi 12 mars 2026 11:02
À : 'intake@ccm-isu.example'
Objet : Formulaire B - rapport 2025

Bonjour, pouvez-vous nous confirmer que le formulaire B doit indiquer le
nombre de sous-munitions et pas seulement le nombre de conteneurs ? Merci.
""")

M(key="S8", topic="stockpile_destruction", lang="es",
  note="financiación para un horno rotatorio y capacitación para destruir submuniciones de artillería",
  frm=("Tte. Cnel. Rodrigo Baeza Iturra", "rbaeza@mindef.castemar.example"),
  subject="Solicitud de asistencia: destrucción de submuniciones de artillería",
  date="2026-03-04 12:15 -0500", fmt="plain", client="thunderbird", cs="iso-8859-1", cte="8bit", eol="lf",
  body="""Estimados señores:

Me dirijo a ustedes en nombre del Ministerio de Defensa de la República de
Castemar. Nuestro país aún conserva 3.400 proyectiles de artillería de 155 mm
con submuniciones, almacenados en el depósito de Punta Brava.

El plan nacional prevé su destrucción en un horno rotatorio, pero el equipo
existente no está homologado para las espoletas de este tipo de munición.
Solicitamos asistencia financiera para adquirir o arrendar un horno adecuado,
así como capacitación para el personal de la Dirección de Logística que
operará la planta.

Quedamos atentos a su respuesta y a cualquier información adicional que
requieran.

Atentamente,

Tte. Cnel. Rodrigo Baeza Iturra
Jefe del Departamento de Municiones
Ministerio de Defensa - República de Castemar
Tel.: +999 2 418 5520
--
""" + DISC_ES)

M(key="S9", topic="stockpile_destruction", lang="es", hard=True, fmt="html", client="webmail",
  note="HARD(html_only): HTML-only: asks for technical help to move deteriorated cluster munitions safely to the destruction site",
  frm=("Estado Mayor Conjunto - Oficina de Desarme", "desarme@emc.veranza.example"),
  subject="Apoyo técnico para traslado de municiones deterioradas",
  date="2026-07-21 17:40 -0400", cte="qp",
  html="""<html><head><meta charset="utf-8"></head><body style="font-family:Verdana,sans-serif;font-size:10pt">
<p>Estimados colegas de la Unidad de Apoyo:</p>
<p>En la inspección de junio se comprobó que parte de las bombas de racimo almacenadas en el polvorín de <b>San Lázaro</b> presentan corrosión avanzada y pérdida de estanqueidad. El plan de destrucción prevé trasladarlas al campo de tiro de Cerro Alto, a 140 km, pero nuestros técnicos consideran que el transporte por carretera en su estado actual es arriesgado.</p>
<p>Solicitamos:</p>
<ul>
<li>asesoría de un experto sobre si es preferible destruirlas <i>in situ</i> o trasladarlas,</li>
<li>en caso de traslado, apoyo para el embalaje y el transporte seguros.</li>
</ul>
<p>Agradecemos de antemano su atención.</p>
<p>Cordialmente,<br>
<b>C.F. Inés Maldonado Ruiz</b><br>
Oficina de Desarme y Control de Armas<br>
Estado Mayor Conjunto &ndash; Rep&uacute;blica de Veranza</p>
<p style="color:#888;font-size:8pt">Este correo fue enviado desde el sistema de correo institucional. No imprima este mensaje si no es necesario.</p>
</body></html>""")

M(key="S10", topic="stockpile_destruction", lang="de",
  note="Umweltauflagen und Emissionsmessung bei der Vernichtung von Streumunition durch offene Sprengung",
  frm=("Dr. Katrin Wöllner", "k.woellner@bwtd.falkenau.example"),
  subject="Vernichtung von Streumunition - Emissionsauflagen bei offener Sprengung",
  date="2026-04-28 13:22 +0200", fmt="alt", client="outlook", cs="iso-8859-1", cte="qp",
  body="""Sehr geehrte Damen und Herren,

die Republik Falkenau plant, die verbliebenen rund 600 Streubomben der
Luftwaffe auf dem Truppenübungsplatz Grauental durch offene Sprengung zu
vernichten. Die Landesumweltbehörde verlangt vor der Genehmigung ein Konzept
zur Messung von Boden- und Luftemissionen.

Wir wären Ihnen dankbar, wenn Sie uns

- Beispiele für Umweltauflagen anderer Vertragsstaaten bei der Vernichtung
  von Streumunitionsbeständen und
- Kontakte zu Sachverständigen für Emissionsmessungen

vermitteln könnten. Falls die ISU technische Unterstützung vor Ort anbieten
kann, würden wir diese gern in Anspruch nehmen.

Mit freundlichen Grüßen

Dr. Katrin Wöllner
Referat Munitionsentsorgung
Bundesamt für Wehrtechnik und Beschaffung
Republik Falkenau
""")

M(key="S11", topic="stockpile_destruction", lang="ru", hard=True,
  note="HARD(legacy_charset): windows-1251 8bit (Russian): request for specialists and equipment to dismantle aviation cluster bombs",
  frm=("Олег Варнавин", "o.varnavin@mo.tavrodia.example"),
  subject="Запрос о технической помощи в уничтожении кассетных авиабомб",
  subj_cs="windows-1251", subj_enc="b",
  date="2026-03-30 10:05 +0300", fmt="plain", client="thunderbird", cs="windows-1251", cte="8bit",
  body="""Уважаемые коллеги!

Министерство обороны Республики Тавродия обращается к Группе имплементационной
поддержки с просьбой о технической помощи.

На складе № 14 хранятся 420 кассетных авиабомб, снаряжённых осколочными
суббоеприпасами. Срок хранения истёк в 2019 году. Собственных специалистов и
оборудования для безопасной разборки кассет у нас нет.

Просим:
- направить специалистов для оценки состояния боеприпасов;
- оказать содействие в приобретении оборудования для разборки и резки
  корпусов;
- сообщить, какие государства-участники уже имеют опыт уничтожения подобных
  авиабомб.

С уважением,
О. Варнавин
начальник отдела утилизации вооружения
Министерство обороны Республики Тавродия
""")

M(key="S12", topic="stockpile_destruction", lang="pt",
  note="pedido de apoio financeiro e técnico para destruir o stock remanescente antes do prazo do artigo 3.º",
  frm=("Cap. Tomás Ferreira Lobo", "tomas.lobo@defesa.ilvesta.example"),
  subject="Destruição do stock remanescente de munições de fragmentação",
  date="2026-05-06 09:35 +0000", fmt="alt", client="outlook", cte="qp",
  body="""Exmos. Senhores,

A República de Ilvesta declarou em 2023 um stock de 2 870 bombas de
fragmentação (munições de dispersão) de origem estrangeira, armazenadas no
paiol de Vale Fundo. Até à data foram destruídas 1 940 unidades com meios
próprios, mas o explosivo de demolição esgotou-se e o orçamento de 2026 não
prevê verbas para a sua aquisição.

Vimos por este meio solicitar apoio financeiro e técnico para concluir a
destruição do stock remanescente antes do fim do nosso prazo ao abrigo do
artigo 3.º. Podemos enviar o plano de destruição e a estimativa de custos.

Com os melhores cumprimentos,

Capitão Tomás Ferreira Lobo
Direção de Material e Infraestruturas
Ministério da Defesa Nacional - Ilvesta

Enviado do meu iPhone""")


# ---------------------------------------------------------------- clearance

M(key="C1", topic="clearance", lang="en",
  note="support for non-technical survey of three northern districts to establish the baseline of contamination",
  frm=("Daniel Oyelaran-Marsh", "d.oyelaran@nmaa.kelmara.example"),
  subject="Request for support - non-technical survey, northern districts",
  date="2026-01-13 10:02 +0300", fmt="alt", client="outlook", cte="qp",
  body="""Dear ISU team,

The National Mine Action Authority of Kelmara is preparing to survey the
districts of Ubari, Tessel and Mokwa, where air-dropped submunitions were
reported during the 2019-2020 conflict. We have reports from villagers and
police, but no reliable baseline: our current estimate of 38 km2 of suspected
hazardous area is almost certainly inflated.

We would like to request support for a non-technical survey campaign in these
three districts: two survey teams for about six months, vehicles, and training
for our staff in community liaison and data entry. A concept note and budget
can be provided.

Could you advise whether the ISU can help us present this request to
potential partners, and whether there is a standard format we should use?

With best regards,

Daniel Oyelaran-Marsh
Director of Operations
National Mine Action Authority, Kelmara
Plot 14, Independence Avenue | +999 77 300 1145
""")

M(key="C2", topic="clearance", lang="en",
  note="newly found submunitions during road works: asks for an EOD team and whether this affects Article 4 obligations",
  frm=("Sunita Hale", "sunita.hale@works.brennmark.example"),
  subject="Unexploded bomblets found on highway project - urgent",
  date="2026-06-18 07:31 +0100", fmt="plain", client="iphone", eol="lf",
  body="""Hi,

Our contractor building the new link road near Arrow Ford found 11
unexploded bomblets yesterday while grading the verge, in an area that was
never recorded as contaminated. Work has stopped and the police have put a
cordon up, but we have no EOD capacity of our own.

Two questions: can the ISU help us get an EOD team or experts at short
notice to survey the corridor, and does this find mean Brennmark now has
clearance obligations under Article 4 again? We had declared completion in
2021.

Sorry for the short mail, I am on site.

Sunita Hale
Deputy Permanent Secretary
Ministry of Public Works, Brennmark

Sent from my iPhone""")

M(key="C3", topic="clearance", lang="en",
  note="asks for comments on the attached draft Article 4 extension request before submission",
  frm=("Marcus Tiller", "marcus.tiller@mineaction.sorvane.example"),
  subject="Draft Article 4 extension request - comments welcome",
  date="2026-02-11 18:20 +0000", fmt="mixed", client="outlook",
  atts=[("Sorvane_Art4_extension_request_DRAFT_v3.pdf", "pdf"),
        ("Annex_B_SHA_list_2026.xlsx", "xlsx")],
  body="""Dear colleagues,

Please find attached the third draft of Sorvane's request for an extension of
our Article 4 clearance deadline, together with the list of remaining
suspected hazardous areas.

We would be grateful for the ISU's comments before we submit it formally,
in particular on whether the work plan for 2027-2030 is detailed enough and
whether the cost estimate should be broken down by region.

Our intention is to submit by 31 March.

Best wishes,
Marcus Tiller
Head of Planning, Sorvane Mine Action Centre
""")

M(key="C4", topic="clearance", lang="en",
  note="land release: asks for a quality-management expert to review cancellation of suspected areas after non-technical survey",
  frm=("Halima Yusufzai", "h.yusufzai@nmac.kelmara.example"),
  subject="Land release - cancellation criteria and quality management",
  date="2026-08-05 11:47 +0300", fmt="alt", client="gmail",
  body="""Dear ISU,

During the last year our survey teams cancelled about 60% of the suspected
hazardous areas in Ubari district through non-technical survey. Donors have
asked us to show that the cancellation decisions are sound before they fund
the next phase of technical survey and clearance.

Could you help us find a quality management expert who could review our
cancellation criteria and a sample of the land release files, ideally in
October? We would also welcome examples of national standards on land
release from other affected States Parties.

Thank you and kind regards,

Halima Yusufzai
Quality Management Officer
National Mine Action Centre, Kelmara

-- 
Please consider the environment before printing this e-mail.
""")

M(key="C5", topic="clearance", lang="en", hard=True, secondary=["victim_assistance"],
  note="HARD(forwarded_chain): outer note is a one-liner; the forwarded governor's letter asks for risk education in schools after children picked up bomblets",
  frm=("Tobias Renwick", "tobias.renwick@mfa.brennmark.example"),
  subject="Fwd: Children injured near Hallam - request for help",
  date="2026-09-08 13:10 +0100", fmt="alt", client="gmail",
  body="""Dear ISU - forwarding the below from our regional governor. Is this
something you can help with or point us to someone who can?

Tobias

---------- Forwarded message ---------
From: Office of the Governor, Western Region <governor@west.brennmark.example>
Date: Fri, 4 Sept 2026 at 16:52
Subject: Children injured near Hallam - request for help
To: Tobias Renwick <tobias.renwick@mfa.brennmark.example>

Dear Mr Renwick,

Last week two boys from Hallam primary school were injured when they picked
up a small metal object in a field near the old airstrip; the army confirmed
it was a cluster submunition. The boys are recovering in hospital.

The parents and teachers are very worried. Nobody in the area knows what
these objects look like. We urgently need a risk education programme for the
schools and villages around the airstrip - trained facilitators, posters and
materials adapted for children - and a survey to mark the dangerous fields.

I would be grateful if the Ministry could seek international help for this.

Yours sincerely,
Margaret Oduya
Governor, Western Region
""")

M(key="C6", topic="clearance", lang="fr",
  note="appui en gestion de l'information (base de données) sur les zones contaminées et formation des opérateurs",
  frm=("Ousmane Diarra-Kélé", "o.diarra@cnlam.senavie.example"),
  subject="Demande d'appui - gestion de l'information sur les zones contaminées",
  date="2026-03-23 09:14 +0000", fmt="alt", client="outlook", cte="qp",
  body="""Madame, Monsieur,

Le Centre national de lutte antimines de Sénavie gère actuellement les
données relatives aux zones contaminées par les restes d'armes à sous-munitions
au moyen de tableurs, ce qui entraîne des doublons et des écarts avec les
chiffres des opérateurs.

Nous sollicitons l'appui de l'Unité d'appui à la mise en œuvre pour :
- la mise en place d'une base de données nationale sur les zones suspectes
  et confirmées ;
- la formation de quatre agents à la saisie et à l'analyse des données ;
- la définition de procédures de mise à jour avec les opérateurs.

Nous restons à votre disposition pour tout complément d'information.

Cordialement,

Ousmane Diarra-Kélé
Chef de la cellule Gestion de l'information
Centre national de lutte antimines (CNLAM)
Sénavie
""")

M(key="C7", topic="clearance", lang="fr", hard=True,
  note="HARD(legacy_charset): windows-1252 8bit with typographic quotes, oe ligature and ellipsis: risk reduction education in displaced persons' camps",
  frm=("Béatrice N'Goran", "b.ngoran@humanitaire.tolonga.example"),
  subject="Éducation aux risques dans les camps de déplacés – demande d’appui",
  subj_cs="windows-1252", subj_enc="q",
  date="2026-05-19 16:03 +0000", fmt="plain", client="outlook", cs="windows-1252", cte="8bit",
  body="""Bonjour,

Suite aux combats de l’an dernier, près de 40 000 personnes vivent dans les
camps de Bakoumé et de Sanga-Nord, à quelques kilomètres de zones où des
sous-munitions n’ont pas explosé. Depuis janvier, six incidents ont été
signalés, dont trois impliquant des enfants.

Le Ministère de l’Action humanitaire souhaite mettre en œuvre un programme
d’« éducation aux risques » dans ces camps : formation d’animateurs
communautaires, supports visuels, messages radio… Nous ne disposons ni de
l’expertise ni du financement nécessaires.

Pourriez-vous nous aider à identifier des partenaires techniques et
financiers, et nous transmettre les normes ou bonnes pratiques applicables ?

Bien à vous,

Béatrice N’Goran
Directrice de la protection civile
Ministère de l’Action humanitaire – République du Tolonga
""")

M(key="C8", topic="clearance", lang="es",
  note="detectores y capacitación para equipos de estudio técnico en zonas contaminadas por submuniciones",
  frm=("Ing. Marcela Quispe Andrade", "mquispe@cnd.veranza.example"),
  subject="Solicitud de equipos y capacitación para estudio técnico",
  date="2026-04-15 08:50 -0400", fmt="alt", client="gmail", cte="qp",
  body="""Estimados colegas:

El Centro Nacional de Desminado de Veranza ha concluido el estudio no técnico
de la provincia de Alto Yaguarí y ha confirmado 14 zonas contaminadas por
submuniciones, con una superficie total de 6,2 km².

Para iniciar el estudio técnico necesitamos:
- 20 detectores de gran profundidad adecuados para submuniciones;
- capacitación de dos equipos (16 técnicos) en procedimientos de estudio
  técnico y despeje;
- apoyo para el seguro médico del personal de campo.

Les agradeceríamos que nos indicaran si la Unidad puede facilitar el contacto
con donantes u operadores interesados.

Saludos cordiales,

Ing. Marcela Quispe Andrade
Jefa de Operaciones
Centro Nacional de Desminado (CND) - Veranza
""")

M(key="C9", topic="clearance", lang="es", hard=True, reply_ack="CCM-2026-0391",
  note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0391: sends coordinates of new areas and asks for an expert visit to plan clearance",
  frm=("Julián Arrieta Solís", "jarrieta@cancilleria.altamar.example"),
  subject="RE: [CCM-2026-0391] Recibido: Contaminación en la cuenca del río Sagre",
  date="2026-06-30 18:22 -0500", fmt="alt", client="outlook", cte="qp",
  body="""Estimados:

Complementando nuestra solicitud, les informo que la brigada de ingenieros
localizó otras dos áreas con submuniciones sin estallar en la cuenca del río
Sagre (coordenadas aproximadas: 4°12'N 73°40'W y 4°09'N 73°44'W).

Les reiteramos nuestro interés en que un experto de la Unidad o de un Estado
parte visite la zona en agosto para ayudarnos a planificar el despeje y a
priorizar las áreas cercanas a las escuelas rurales.

Quedo atento.

Julián Arrieta Solís
Dirección de Asuntos Multilaterales
Cancillería de la República de Altamar

De: CCM ISU Intake <no-reply@ccm-isu.example>
Enviado: lunes, 22 de junio de 2026 10:15
Para: Julián Arrieta Solís <jarrieta@cancilleria.altamar.example>
Asunto: [CCM-2026-0391] Recibido: Contaminación en la cuenca del río Sagre

""" + ACK_EN.format(ref="CCM-2026-0391"))

M(key="C10", topic="clearance", lang="fr",
  note="financement du dépollution de terres agricoles frontalières contaminées par des sous-munitions",
  frm=("Idriss Ag Moussa", "idriss.agmoussa@agriculture.senavie.example"),
  subject="Terres agricoles contaminées - région de Tessalit-Est",
  date="2026-07-07 11:26 +0000", fmt="plain", client="thunderbird", cs="iso-8859-1", cte="8bit", eol="lf",
  body="""Madame, Monsieur,

Dans la région de Tessalit-Est, environ 1 200 hectares de terres agricoles
restent inexploités parce que les agriculteurs y trouvent régulièrement des
sous-munitions non explosées. Le Centre national de lutte antimines a
confirmé la contamination mais n'a pas de budget pour y déployer des équipes
de dépollution avant 2028.

Le Ministère de l'Agriculture sollicite votre aide pour trouver un
financement permettant de dépolluer en priorité les 300 hectares irrigables
autour des villages de Inabag et Tin-Aza, afin que les récoltes puissent
reprendre.

Avec nos remerciements anticipés,

Idriss Ag Moussa
Conseiller technique du Ministre
Ministère de l'Agriculture et de l'Élevage, Sénavie
""")

M(key="C11", topic="clearance", lang="ar", hard=True,
  note="HARD(legacy_charset): windows-1256 quoted-printable (Arabic): funding to clear submunitions around a school compound",
  frm=("م. سامر الحداد", "s.haddad@nmac.wadi.example"),
  subject="طلب دعم لتطهير محيط مدرسة من الذخائر الصغيرة",
  subj_cs="windows-1256", subj_enc="b",
  date="2026-04-02 09:40 +0300", fmt="plain", client="outlook", cs="windows-1256", cte="qp",
  body="""السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يسرّنا في المركز الوطني لمكافحة الألغام أن نعرض عليكم ما يلي: خلال شهر آذار
تم العثور على عدد من الذخائر الصغيرة غير المنفجرة في الأرض المحيطة بمدرسة
قرية العين الشرقية، وقد أُغلقت المدرسة مؤقتاً ويتلقى نحو 300 تلميذ دروسهم في
خيام.

نرجو مساعدتنا في الحصول على تمويل لإجراء مسح تقني وتطهير المنطقة المحيطة
بالمدرسة (نحو 45 ألف متر مربع) في أقرب وقت ممكن، وتزويدنا بأسماء الجهات
المانحة التي دعمت مشاريع مماثلة.

وتفضلوا بقبول فائق الاحترام،

المهندس سامر الحداد
مدير العمليات
المركز الوطني لمكافحة الألغام
""")

M(key="C12", topic="clearance", lang="es",
  note="culminación del despeje: cómo declarar el cumplimiento del artículo 4 y qué plan de contaminación residual se requiere",
  frm=("Lic. Paula Ocampo Rivas", "pocampo@desminado.castemar.example"),
  subject="Culminación del despeje - consulta sobre declaración de cumplimiento",
  date="2026-10-01 15:05 -0500", fmt="alt", client="outlook", cte="qp",
  body="""Estimados señores:

Nos complace informarles que en septiembre la Oficina Nacional de Desminado
de Castemar terminó el despeje de la última zona contaminada por restos de
municiones en racimo conocida en el país (sector Las Ánimas, 0,4 km²).

Antes de anunciarlo formalmente quisiéramos orientación sobre:
1. la forma y el momento de presentar la declaración de cumplimiento del
   artículo 4;
2. qué debe contener el plan nacional para hacer frente a la contaminación
   residual que pueda descubrirse en el futuro.

Agradeceríamos también ejemplos de declaraciones de otros Estados partes.

Atentamente,

Lic. Paula Ocampo Rivas
Coordinadora de Cooperación Internacional
Oficina Nacional de Desminado - Castemar

""" + DISC_ES)


# ---------------------------------------------------------------- victim_assistance

M(key="V1", topic="victim_assistance", lang="en",
  note="prosthetic components and training of orthotists for the national rehabilitation centre",
  frm=("Dr Nadia Kourouma", "n.kourouma@health.kelmara.example"),
  subject="Prosthetic workshop - request for materials and training",
  date="2026-02-17 09:05 +0300", fmt="alt", client="outlook", cte="qp",
  body="""Dear Sir/Madam,

The National Rehabilitation Centre in Mokwa fits prostheses for around 250
people a year, a large share of them cluster munition survivors from the
northern districts. Since last autumn we have had repeated stock-outs of
polypropylene sheets, prosthetic feet and knee joints, and two of our four
prosthetist-orthotists will retire next year.

On behalf of the Ministry of Health I would like to request assistance with:
(a) a one-year supply of components and materials, and
(b) scholarships or on-the-job training for two new prosthetist-orthotists.

We would appreciate your guidance on how to proceed and which partners might
be approached.

Yours sincerely,

Dr Nadia Kourouma
Director, Physical Rehabilitation Services
Ministry of Health, Kelmara
""")

M(key="V2", topic="victim_assistance", lang="en",
  note="psychosocial and peer support for survivors and families in remote villages",
  frm=("Grace Abernethy-Sow", "grace.abernethy@social.ambreth.example"),
  subject="Peer support for survivors and families",
  date="2026-03-26 12:48 +0400", fmt="plain", client="outlook", eol="lf",
  body="""Dear ISU colleagues,

Our Ministry of Social Welfare is looking for help to set up psychosocial
and peer support for cluster munition survivors and their families in the
eastern highlands. Most survivors there live more than a day's travel from
the nearest psychologist, and we have heard of several cases of depression
and alcohol abuse among young men injured in the last ten years.

We would like to learn how other States Parties have organised peer support
networks (training survivors as peer supporters, supervision, payment), and
we are looking for a partner that could help us pilot such a network in two
provinces in 2027.

Any advice or contacts would be most welcome.

Best regards,
Grace Abernethy-Sow
Assistant Director, Disability Inclusion Unit
Ministry of Social Welfare, Ambreth
""")

M(key="V3", topic="victim_assistance", lang="en", hard=True, fmt="html", client="webmail",
  note="HARD(html_only): HTML-only: help to build a casualty and survivor database linked to the disability registry",
  frm=("Samuel Arkwright", "s.arkwright@stats.brennmark.example"),
  subject="Survivor data - linking casualty records to the disability registry",
  date="2026-05-27 15:33 +0100", cte="qp",
  html="""<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title></title></head>
<body><div style="font-family:'Segoe UI',Arial;font-size:11pt;color:#222">
<p>Dear Implementation Support Unit,</p>
<p>The National Statistics Office has been asked by the Ministry of Health to consolidate the scattered records of people killed or injured by cluster munitions in Brennmark. At the moment hospital records, police incident reports and the NGO survivor lists all use different identifiers, and we cannot tell how many survivors are still alive or what services they receive.</p>
<p>We would like <strong>technical assistance</strong> to:</p>
<ol><li>design a survivor database that can be linked to the national disability registry;</li>
<li>agree on the minimum data set (sex, age, type of injury, needs) with the Ministry of Health;</li>
<li>train enumerators for a needs assessment visit to the affected villages.</li></ol>
<p>Could the ISU suggest experts or States Parties that have done this?</p>
<p>Kind regards,<br>Samuel Arkwright<br><span style="color:#666">Head of Social Statistics | National Statistics Office | Brennmark</span></p>
</div></body></html>""")

M(key="V4", topic="victim_assistance", lang="en", hard=True, fmt="fwd_attach",
  note="HARD(forwarded_as_attachment): outer note only says 'please advise'; the attached association letter asks for micro-grants and vocational training for survivors",
  frm=("Peter Lindqvist-Amoah", "p.lindqvist@mfa.sorvane.example"),
  subject="FW: letter from the Survivors' Association",
  date="2026-06-09 10:12 +0000", client="outlook",
  body="""Dear colleagues,

Forwarding the attached for your attention. Grateful if you could advise.

Regards,
Peter Lindqvist-Amoah
Desk Officer, Humanitarian Disarmament
Ministry of Foreign Affairs, Sorvane
""",
  inner=dict(frm=("Sorvane Association of Cluster Munition Survivors", "secretary@survivors-assoc.sorvane.example"),
             to=("Peter Lindqvist-Amoah", "p.lindqvist@mfa.sorvane.example"),
             subject="Economic inclusion of survivors - request for assistance",
             date="2026-06-05 14:40 +0000",
             body="""Dear Mr Lindqvist-Amoah,

Our association represents 312 survivors of cluster munitions, most of them
farmers who lost a limb and can no longer work their fields. Many families
have fallen into debt.

We ask the Government to seek international assistance for a programme of
small grants and vocational training (tailoring, phone repair, beekeeping,
small shops) for survivors and their carers, with accessible premises and
follow-up for at least two years. We have a list of 120 members who are
ready to start.

We would be grateful if you could transmit this request to the partners of
the Convention on Cluster Munitions.

Respectfully,
Joseph Mwale
Secretary, Sorvane Association of Cluster Munition Survivors
"""))

M(key="V5", topic="victim_assistance", lang="en",
  note="newly designated victim assistance focal point asks for terms of reference and a model coordination mechanism",
  frm=("Farida Osei-Brandt", "f.oseibrandt@mogender.tamerlo.example"),
  subject="New victim assistance focal point - ToR and coordination mechanism",
  date="2026-01-29 11:55 +0200", fmt="mixed", client="outlook", cte="qp",
  atts=[("Ministerial_decision_VA_focal_point_2026-014.pdf", "pdf")],
  body="""Dear ISU,

I have just been appointed national focal point for victim assistance under
the Convention (the ministerial decision is attached). As this is a new
function in Tamerlo, I would be grateful for:

- model terms of reference for a victim assistance focal point;
- examples of national coordination mechanisms bringing together the
  Ministries of Health, Social Affairs and Labour and survivors'
  organisations;
- any introductory training or mentoring you can offer.

Thank you in advance.

Farida Osei-Brandt
Ministry of Gender, Children and Social Protection
Tamerlo
Mob. +999 61 775 0392
""")

M(key="V6", topic="victim_assistance", lang="fr",
  note="formation du personnel hospitalier en chirurgie des blessures par explosion et en réadaptation précoce",
  frm=("Pr Jean-Baptiste Okemba", "jb.okemba@sante.tolonga.example"),
  subject="Formation en prise en charge des blessés par engins explosifs",
  date="2026-04-20 08:33 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Madame, Monsieur,

Le Ministère de la Santé publique du Tolonga souhaite renforcer la prise en
charge des victimes d'armes à sous-munitions dans les hôpitaux de district
des préfectures de Bakoumé et de la Sanga.

Nous sollicitons une assistance technique pour :
- la formation de chirurgiens et d'infirmiers à la prise en charge des
  blessures par explosion (amputations, brûlures, lésions oculaires) ;
- la formation de kinésithérapeutes à la réadaptation précoce ;
- l'équipement de deux salles de kinésithérapie.

Je vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.

Pr Jean-Baptiste Okemba
Directeur général de la Santé
Ministère de la Santé publique et de la Population
République du Tolonga

""" + DISC_FR)

M(key="V7", topic="victim_assistance", lang="fr", hard=True, cte="base64",
  note="HARD(base64_body): base64 utf-8 body: inclusive schooling for child survivors (accessible classrooms, teacher training)",
  frm=("Aminata Sissoko-Blanc", "a.sissoko@education.senavie.example"),
  subject="Scolarisation des enfants survivants",
  date="2026-09-15 10:41 +0000", fmt="plain", client="apple",
  body="""Bonjour,

Au Ministère de l'Éducation nationale de Sénavie, nous avons recensé 87 enfants
survivants d'accidents liés aux sous-munitions, dont une trentaine ne vont plus
à l'école depuis leur accident : classes inaccessibles aux fauteuils roulants,
enseignants non formés, absence de transport.

Nous aimerions bénéficier d'une aide pour :
- rendre accessibles une vingtaine d'écoles primaires (rampes, latrines) ;
- former les enseignants à l'éducation inclusive ;
- financer un transport scolaire adapté.

Pourriez-vous nous indiquer les démarches à suivre ?

Merci d'avance,
Aminata Sissoko-Blanc
Direction de l'éducation inclusive
Ministère de l'Éducation nationale, Sénavie

Envoyé de mon iPad""")

M(key="V8", topic="victim_assistance", lang="es",
  note="atención psicológica para sobrevivientes en zonas rurales mediante equipos móviles",
  frm=("Dra. Lucía Benavídez", "lbenavidez@minsalud.altamar.example"),
  subject="Solicitud de apoyo: atención psicológica a sobrevivientes",
  date="2026-02-24 13:00 -0500", fmt="plain", client="outlook", cs="utf-8", cte="qp",
  body="""Estimados miembros de la Unidad de Apoyo a la Implementación:

El Ministerio de Salud de Altamar ha identificado a 214 sobrevivientes de
municiones en racimo en los departamentos de Sagre y Monteoscuro. La mayoría
vive en veredas rurales sin acceso a servicios de salud mental.

Quisiéramos conformar dos equipos móviles de atención psicosocial (psicólogo,
trabajadora social y promotor comunitario sobreviviente) y solicitamos
asistencia técnica y financiera para su formación y funcionamiento durante
los dos primeros años.

Agradecemos de antemano cualquier orientación.

Cordialmente,

Dra. Lucía Benavídez
Directora de Salud Mental
Ministerio de Salud y Protección Social
República de Altamar
""")

M(key="V9", topic="victim_assistance", lang="es", hard=True, secondary=["clearance", "reporting"],
  note="HARD(multi_topic): mentions the finished clearance and the Article 7 report, but the ask is funding for wheelchairs and repairs at a rehabilitation centre",
  frm=("Esteban Guzmán Ortiz", "eguzman@misionginebra.veranza.example"),
  subject="Veranza - centro de rehabilitación de Puerto Olmos",
  date="2026-05-11 16:27 +0200", fmt="alt", client="gmail",
  body="""Estimados colegas:

Como saben, el despeje de la provincia de Alto Yaguarí avanza según lo
previsto y nuestro informe del artículo 7 se presentó a tiempo el 28 de
abril. Aprovecho para agradecerles su apoyo en ambos temas.

Les escribo por otro asunto: el Centro de Rehabilitación de Puerto Olmos,
que atiende a la mayoría de los sobrevivientes de la región, necesita con
urgencia 60 sillas de ruedas todo terreno y un taller de reparación. El
centro tiene lista de espera de ocho meses.

¿Podría la Unidad ayudarnos a encontrar un donante para este proyecto? El
costo estimado es de 95.000 USD; podemos enviar el presupuesto detallado.

Un saludo cordial,
Esteban Guzmán Ortiz
Primer Secretario
Misión Permanente de la República de Veranza en Ginebra
""")

M(key="V10", topic="victim_assistance", lang="es", hard=True, fmt="mixed", client="outlook",
  atts=[("Plan_Nacional_Atención_Integral_Víctimas_2026-2030_borrador.docx", "docx")],
  note="HARD(attachment_only_hint): bare cover note; only the RFC 2231 attachment name (draft national plan for comprehensive care of victims) reveals the topic",
  frm=("Secretaría Técnica - CONADIS", "secretaria@conadis.castemar.example"),
  subject="Documento para revisión",
  date="2026-08-19 09:12 -0500",
  body="""Buenos días,

Adjunto el documento para su revisión y comentarios.

Saludos,
Secretaría Técnica
""")

M(key="V11", topic="victim_assistance", lang="pt",
  note="reintegração socioeconómica dos sobreviventes: formação profissional e microcrédito",
  frm=("Dra. Helena Macuácua", "helena.macuacua@accaosocial.ilvesta.example"),
  subject="Pedido de assistência - inclusão económica de sobreviventes",
  date="2026-03-12 11:18 +0000", fmt="plain", client="thunderbird", cs="iso-8859-1", cte="8bit", eol="lf",
  body="""Exmos. Senhores,

O Ministério da Acção Social de Ilvesta tem registados 158 sobreviventes de
munições de dispersão nas províncias de Lunda Alta e Cuvelo. A maioria não
tem rendimento próprio e depende da família.

Gostaríamos de solicitar apoio técnico e financeiro para um programa de
reintegração socioeconómica: formação profissional adaptada, microcrédito e
acompanhamento dos beneficiários durante dois anos.

Agradecemos desde já a atenção dispensada e ficamos disponíveis para enviar
mais informações.

Com os melhores cumprimentos,
Helena Macuácua
Directora Nacional de Assistência às Pessoas com Deficiência
Ministério da Acção Social - Ilvesta
""")

M(key="V12", topic="victim_assistance", lang="fr",
  note="enquête nationale sur les besoins des survivants : méthodologie et financement",
  frm=("Marc-Olivier Tshibanda", "mo.tshibanda@affairessociales.lutarie.example"),
  subject="Enquête sur les besoins des victimes d'armes à sous-munitions",
  date="2026-07-14 14:50 +0100", fmt="alt", client="outlook", cs="iso-8859-1", cte="qp",
  body="""Bonjour,

Le Ministère des Affaires sociales de Lutarie prépare une enquête nationale
sur les besoins des victimes d'armes à sous-munitions (survivants, familles
et communautés), la dernière datant de 2015.

Nous aurions besoin :
- d'un appui méthodologique (questionnaire, échantillonnage, prise en compte
  du genre et de l'âge) ;
- d'un financement pour la collecte de données dans quatre provinces.

Pourriez-vous nous orienter vers des experts ou des partenaires ?

Cordialement,
Marc-Olivier Tshibanda
Chargé de programme, Direction des personnes handicapées
Ministère des Affaires sociales et de la Solidarité, Lutarie
""")


# ---------------------------------------------------------------- reporting

M(key="R1", topic="reporting", lang="en",
  note="new State Party: initial transparency report - template, deadline and what to include",
  frm=("Isabel Carrow", "isabel.carrow@foreign.marisco.example"),
  subject="Initial transparency report - first time",
  date="2026-01-08 10:30 -1000", fmt="alt", client="outlook", cte="qp",
  body="""Aloha and good morning,

The Marisco Islands deposited our instrument of accession last August, so I
understand we now have to submit an initial transparency report. We are a
very small foreign ministry (three officers) and nobody here has done this
before.

Could you please send me the current reporting template and tell me:
- the exact deadline for our initial report;
- whether we have to fill in every form even though we have never had cluster
  munitions or contamination on our territory;
- whether it can be submitted by e-mail.

Mahalo,
Isabel Carrow
Second Secretary (Treaties and Legal)
Department of Foreign Affairs, Marisco Islands
""")

M(key="R2", topic="reporting", lang="en",
  note="annual report will be late: whom to notify, and can a partial report be submitted by 30 April",
  frm=("Rohan Desai-Whitfield", "r.desai@mission-ny.ambreth.example"),
  subject="Annual report - delay",
  date="2026-04-22 19:14 -0400", fmt="plain", client="outlook", eol="lf",
  body="""Dear ISU,

Quick one - our capital has just told us that the Ministry of Defence has not
yet cleared the figures for the 2025 annual transparency report, so we will
not make the 30 April deadline. Probably mid-June.

Is there a formal way to notify the delay, and would it be acceptable to
submit the forms that are ready now (A, I and J) and the rest later?

Thanks,
Rohan

Rohan Desai-Whitfield
Counsellor | Permanent Mission of Ambreth
""")

M(key="R3", topic="reporting", lang="en", hard=True, fmt="alt", client="system",
  headers=[("X-Mailer", "DocuFlow DMS 7.4 notification service"), ("Auto-Submitted", "auto-generated")],
  note="HARD(enquiry_looks_like_noise): automatic document-sharing notification, but the sender typed a real question about whether the attached annual report format and unsigned cover page are acceptable",
  frm=("DocuFlow on behalf of Ana Petrescu-Vale", "noreply-docuflow@mfa.kelmara.example"),
  subject="[DocuFlow] Ana Petrescu-Vale shared \"Kelmara_Art7_Annual_Report_2025_final.pdf\" with you",
  date="2026-04-27 16:01 +0300", cte="qp",
  body="""DocuFlow - Ministry of Foreign Affairs of Kelmara

Ana Petrescu-Vale (ana.petrescu@mfa.kelmara.example) has shared a document
with you:

    Kelmara_Art7_Annual_Report_2025_final.pdf  (1.2 MB)
    Link expires: 27 May 2026

Message from Ana Petrescu-Vale:
  "Dear ISU, this is our annual transparency report for 2025. Before we
  submit it officially, could you confirm that this format is acceptable
  (we used last year's Word forms, not the online tool) and whether the
  cover page must be signed by the Minister or can go unsigned with the
  Mission's note verbale? Many thanks, Ana"

Open document: https://docuflow.mfa.kelmara.example/s/7Fq2kLx9

You are receiving this notification because a document was shared with
intake@ccm-isu.example. Do not reply to this automatic message.
""")

M(key="R4", topic="reporting", lang="en", hard=True, secondary=["stockpile_destruction"],
  note="HARD(misleading_subject): subject announces completion of stockpile destruction; the questions are how to show it in the annual report forms",
  frm=("Maj. Leona Fitzgarrick", "l.fitzgarrick@defence.brennmark.example"),
  subject="Stockpile destruction completed",
  date="2026-03-05 09:20 +0000", fmt="alt", client="outlook", cte="qp",
  body="""Dear colleagues,

As you may know, Brennmark destroyed the last of its stockpiled cluster
munitions in November 2025. No help is needed on the destruction itself.

I am now preparing the annual transparency report covering 2025 and I am not
sure how to present this:

1. Should the stockpile form show zero, or the quantities destroyed during
   the year with the dates?
2. Do we still need to fill in the form on the status of destruction
   programmes now that the programme is over?
3. Where do we report the 48 submunitions retained for training?

Thank you for your help.

Major Leona Fitzgarrick
Arms Control Verification Unit
Ministry of Defence, Brennmark
""")

M(key="R5", topic="reporting", lang="fr",
  note="correction de chiffres erronés dans un rapport annuel déjà soumis",
  frm=("Sylvie Ahounou", "sylvie.ahounou@mae.tolonga.example"),
  subject="Correction de notre rapport annuel 2025",
  date="2026-05-20 12:02 +0100", fmt="plain", client="outlook", cs="iso-8859-1", cte="qp",
  body="""Madame, Monsieur,

Le rapport annuel de transparence du Tolonga pour 2025, transmis le 29 avril,
contient une erreur : la superficie des zones contaminées indiquée dans le
formulaire F (12,4 km²) est celle de 2024. Le chiffre correct est 9,7 km².

Pourriez-vous nous indiquer la procédure pour transmettre une version
corrigée et nous confirmer que la version erronée sera remplacée sur le site
internet ?

Avec mes remerciements,

Sylvie Ahounou
Direction des Affaires juridiques et des Traités
Ministère des Affaires étrangères, Tolonga
""")

M(key="R6", topic="reporting", lang="fr", hard=True, reply_ack="CCM-2026-0502",
  fmt="mixed", client="outlook", cte="qp",
  atts=[("Page_de_couverture_signee_2025.pdf", "pdf")],
  note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0502: sends the signed cover page and asks when the annual report will be published",
  frm=("Mathieu Rakotobe", "m.rakotobe@mission-geneve.senavie.example"),
  subject="RE: [CCM-2026-0502] Accusé de réception : Rapport article 7 - Sénavie",
  date="2026-05-08 10:44 +0200",
  body="""Bonjour,

Comme convenu, veuillez trouver ci-joint la page de couverture signée de notre
rapport.

Pouvez-vous nous confirmer que le dossier est désormais complet et nous
indiquer à quelle date il sera publié ?

Cordialement,
Mathieu Rakotobe
Mission permanente de Sénavie, Genève

De : CCM ISU Intake <no-reply@ccm-isu.example>
Envoyé : mardi 5 mai 2026 09:12
À : Mathieu Rakotobe
Objet : [CCM-2026-0502] Accusé de réception : Rapport article 7 - Sénavie

> Nous accusons réception de votre message, enregistré sous la référence
> CCM-2026-0502. Merci de conserver cette référence dans l'objet de toute
> correspondance ultérieure.
> -- Message automatique, Unité d'appui à la mise en œuvre de la CCM
""")

M(key="R7", topic="reporting", lang="es",
  note="capacitación virtual para funcionarios sobre cómo completar los formularios del informe del artículo 7",
  frm=("Mariana Echeverri", "mecheverri@rree.altamar.example"),
  subject="Capacitación sobre formularios del informe de transparencia",
  date="2026-02-09 10:10 -0500", fmt="alt", client="gmail",
  body="""Estimados:

Este año el informe de transparencia de Altamar será preparado por un equipo
nuevo (Cancillería, Defensa y la Oficina de Desminado) que nunca ha trabajado
con los formularios del artículo 7.

¿Sería posible organizar una capacitación virtual de unas dos horas en marzo
para explicarnos cómo completar cada formulario, qué periodo abarca el
informe y cuáles son los errores más frecuentes?

Muchas gracias,

Mariana Echeverri
Dirección de Desarme y Seguridad Internacional
Ministerio de Relaciones Exteriores de Altamar
""")

M(key="R8", topic="reporting", lang="es", hard=True, cte="base64",
  note="HARD(base64_body): base64 body: can the annual report simply state that nothing changed since last year (all forms unchanged)?",
  frm=("Rafael Montalbán", "rmontalban@mre.castemar.example"),
  subject="Consulta informe anual",
  date="2026-03-31 17:45 -0500", fmt="alt", client="outlook",
  body="""Buenas tardes,

Una consulta breve: en 2025 no hubo ninguna novedad para Castemar en ninguno
de los ámbitos que cubre el informe anual (no tenemos existencias, ni
contaminación, ni cambios legislativos).

¿Es aceptable presentar el informe anual indicando "sin cambios respecto del
informe anterior" en todos los formularios, o debemos volver a completarlos
íntegramente?

Gracias de antemano.

Rafael Montalbán
Dirección General de Política Multilateral
Ministerio de Relaciones Exteriores - Castemar
""")

M(key="R9", topic="reporting", lang="ru", hard=True,
  note="HARD(encoded_subject,legacy_charset): koi8-r B-encoded subject carries the question (which form for retained submunitions in the annual report); koi8-r body just refers to the subject",
  frm=("Ирина Белозёрова", "i.belozerova@mid.tavrodia.example"),
  subject="Вопрос по годовому докладу: в какой форме указывать суббоеприпасы, сохранённые для подготовки",
  subj_cs="koi8-r", subj_enc="b",
  date="2026-04-14 11:20 +0300", fmt="plain", client="thunderbird", cs="koi8-r", cte="8bit",
  body="""Добрый день!

Просим дать разъяснение по вопросу, указанному в теме письма.

С уважением,
И. Белозерова
МИД Республики Тавродия
""")

M(key="R10", topic="reporting", lang="ru",
  note="сроки годового доклада, отчётный период и возможность представить доклад на русском языке",
  frm=("Андрей Кузьмич", "a.kuzmich@mid.tavrodia.example"),
  subject="Годовой доклад по статье 7 - сроки и язык",
  date="2026-02-18 09:55 +0300", fmt="alt", client="outlook", cte="qp",
  body="""Уважаемые коллеги,

В связи с подготовкой ежегодного доклада Республики Тавродия по статье 7
просим уточнить:

1. До какой даты должен быть представлен доклад и какой период он
   охватывает - календарный год или период с момента предыдущего доклада?
2. Можно ли представить доклад на русском языке или требуется перевод на
   английский?
3. Нужно ли сопроводительное письмо постоянного представительства?

Заранее благодарим.

С уважением,
Андрей Кузьмич
Департамент международной безопасности
Министерство иностранных дел Республики Тавродия
""")

M(key="R11", topic="reporting", lang="ar",
  note="طلب النسخة العربية من استمارات تقرير الشفافية وإرشادات ملئها",
  frm=("ليلى العمري", "l.alomari@mofa.wadi.example"),
  subject="طلب النسخة العربية من استمارات تقرير الشفافية",
  date="2026-03-10 12:30 +0300", fmt="plain", client="outlook", cs="utf-8", cte="8bit",
  body="""السادة في وحدة دعم التنفيذ،

تحية طيبة،

نعمل حالياً على إعداد التقرير السنوي للشفافية بموجب المادة 7 عن عام 2025.
نرجو التكرم بتزويدنا بالنسخة العربية من الاستمارات ومن دليل ملئها، إن وجدت،
وإفادتنا بما إذا كان يمكن تقديم التقرير باللغة العربية.

مع خالص الشكر والتقدير،

ليلى العمري
إدارة المنظمات الدولية
وزارة الخارجية
""")


# ---------------------------------------------------------------- legislation

M(key="L1", topic="legislation", lang="en",
  note="simplified model implementing law for a small State without stockpiles or contamination",
  frm=("Tevita Halaholo", "t.halaholo@justice.marisco.example"),
  subject="Model legislation for a small island State",
  date="2026-02-02 14:20 -1000", fmt="alt", client="outlook", cte="qp",
  body="""Dear ISU,

The Attorney General's Chambers of the Marisco Islands has been asked to
prepare the legislation implementing the Convention on Cluster Munitions.
We have no armed forces, no stockpiles and no contamination, so a long
statute would be out of proportion.

Is there a simplified model law for States in our situation? We would be
especially interested in:
- the minimum provisions needed to satisfy Article 9 (prohibitions and
  penalties);
- examples from other small island States, preferably common-law.

Kind regards,
Tevita Halaholo
Senior Legislative Drafter
Attorney General's Chambers, Marisco Islands
""")

M(key="L2", topic="legislation", lang="en",
  note="appropriate range of penal sanctions for offences in the implementing bill",
  frm=("Adaeze Comfort Ilori", "a.ilori@justice.kelmara.example"),
  subject="Penalties in the Cluster Munitions (Prohibition) Bill",
  date="2026-06-24 15:37 +0300", fmt="plain", client="outlook", eol="lf",
  body="""Dear Sir/Madam,

The Parliamentary Committee on Defence has asked the Ministry of Justice to
justify the penalties in our Cluster Munitions (Prohibition) Bill. The draft
provides for imprisonment of up to 10 years for individuals and a fine for
companies; some members think this is too low, others too high.

Could the ISU share information on the penalties adopted by other States
Parties for the use, production, transfer and stockpiling of cluster
munitions, and whether separate penalties are usual for assisting or
encouraging prohibited activities?

Yours faithfully,
Adaeze Comfort Ilori
Principal State Counsel, Legislative Drafting Department
Ministry of Justice, Kelmara
""")

M(key="L3", topic="legislation", lang="en", hard=True, secondary=["stockpile_destruction", "reporting"],
  note="HARD(multi_topic): mentions completed stockpile destruction and the annual report; the ask is legal review of a bill clause prohibiting investment in producers",
  frm=("Oliver Strand-Mbeki", "oliver.strand@treasury.ambreth.example"),
  subject="Ambreth: stockpile done, report filed - one more question",
  date="2026-07-02 10:05 +0400", fmt="alt", client="outlook", cte="qp",
  body="""Dear ISU colleagues,

Thank you again for your help over the last two years. Our stockpile
destruction was completed in March and the annual report went in on time,
so Ambreth is in good shape on both fronts.

My question is a legal one. Parliament is amending our implementing law to
add an explicit prohibition on investment in companies that produce cluster
munitions or key components. The Treasury has drafted the clause below and
we would welcome the ISU's view on whether it is consistent with the
Convention and with the approach taken by other States Parties, and in
particular whether "key components" needs a definition:

  "No person shall knowingly provide financial services or invest in an
  entity that develops, produces or transfers cluster munitions or key
  components thereof."

Is there anyone who could look at the full draft?

Best regards,
Oliver Strand-Mbeki
Legal Adviser, Financial Sector Policy
Treasury of Ambreth
""")

M(key="L4", topic="legislation", lang="en", hard=True,
  note="HARD(forwarded_chain): internal legal chain forwarded with 'can you answer this?': does the existing Weapons Act suffice as national implementation measure",
  frm=("Clara Vinterberg", "c.vinterberg@mfa.norvessa.example"),
  subject="FW: Weapons Act 1998 - sufficient for CCM?",
  date="2026-03-19 08:15 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Hello ISU,

Can you answer the question below? Grateful for any pointers.

Clara

________________________________
From: Erik Sandahl <erik.sandahl@justice.norvessa.example>
Sent: Wednesday, 18 March 2026 17:40
To: Clara Vinterberg <c.vinterberg@mfa.norvessa.example>
Cc: Legal Unit MoD <legal@mod.norvessa.example>
Subject: Weapons Act 1998 - sufficient for CCM?

Clara,

The Minister wants to know whether we need a new law at all. Our Weapons Act
of 1998 already bans "weapons of an indiscriminate nature" and the Defence
Regulations prohibit the use of cluster munitions by our forces.

Has the ISU or the States Parties taken a view on whether existing
legislation of this kind can count as the national implementation measures
required by Article 9, or do we need specific offences for development,
production, stockpiling, transfer and assistance? If other States have
relied on existing law, examples would help.

Erik

Erik Sandahl
Head of Criminal Law Policy
Ministry of Justice of Norvessa
""")

M(key="L5", topic="legislation", lang="fr",
  note="modèle d'instrument de ratification et procédure de dépôt auprès du Secrétaire général ; loi d'autorisation",
  frm=("Me Rosine Kamdem", "r.kamdem@sgg.tolonga.example"),
  subject="Ratification de la Convention - modèle d'instrument",
  date="2026-01-20 11:48 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Madame, Monsieur,

L'Assemblée nationale du Tolonga a adopté le 12 janvier la loi autorisant la
ratification de la Convention sur les armes à sous-munitions.

Le Secrétariat général du Gouvernement souhaiterait recevoir :
- un modèle d'instrument de ratification en français ;
- des précisions sur la procédure de dépôt auprès du Secrétaire général de
  l'Organisation des Nations Unies ;
- la trousse à outils sur la ratification et la loi type de mise en œuvre,
  afin de préparer sans tarder le texte d'application.

Veuillez agréer l'expression de nos salutations distinguées.

Me Rosine Kamdem
Conseillère juridique
Secrétariat général du Gouvernement, République du Tolonga
""")

M(key="L6", topic="legislation", lang="fr",
  note="demande de commentaires sur l'avant-projet de loi de mise en œuvre joint (RFC 2231 non-ASCII name)",
  frm=("Henri Moussavou", "h.moussavou@justice.lutarie.example"),
  subject="Avant-projet de loi relative aux armes à sous-munitions",
  date="2026-04-07 17:25 +0100", fmt="mixed", client="thunderbird", cs="iso-8859-1", cte="8bit", eol="lf",
  atts=[("Avant-projet_loi_armes_à_sous-munitions_v2.docx", "docx")],
  body="""Bonjour,

Veuillez trouver ci-joint l'avant-projet de loi relative à l'interdiction
des armes à sous-munitions préparé par notre Direction de la législation.

Nous vous serions reconnaissants de bien vouloir nous faire part de vos
observations, notamment sur :
- les définitions (articles 1 à 3) ;
- les sanctions pénales applicables aux personnes morales (article 11) ;
- la disposition relative aux opérations militaires conjointes (article 14).

L'avant-projet doit être transmis au Conseil d'État à la fin du mois de mai.

Bien cordialement,
Henri Moussavou
Directeur de la législation
Ministère de la Justice, Garde des Sceaux
République de Lutarie
""")

M(key="L7", topic="legislation", lang="es",
  note="cómo redactar en la ley la prohibición del tránsito y del almacenamiento de municiones en racimo de terceros Estados",
  frm=("Dr. Gonzalo Ferré Linares", "gferre@minjusticia.veranza.example"),
  subject="Consulta: tránsito y almacenamiento extranjero en la ley nacional",
  date="2026-06-16 12:40 -0400", fmt="alt", client="outlook", cte="qp",
  body="""Estimados señores:

La comisión redactora del proyecto de ley de aplicación de la Convención en
Veranza debate si la ley debe prohibir expresamente el tránsito de municiones
en racimo por el territorio nacional y su almacenamiento por fuerzas
extranjeras en bases ubicadas en Veranza.

Agradeceríamos que nos indicaran cómo han resuelto esta cuestión otros Estados
partes en su legislación y, si es posible, nos facilitaran textos de
referencia o una redacción modelo.

Atentamente,

Dr. Gonzalo Ferré Linares
Asesor Jurídico
Ministerio de Justicia y Derechos Humanos - Veranza
""")

M(key="L8", topic="legislation", lang="es",
  note="responsabilidad penal de personas jurídicas (empresas) en el proyecto de ley de implementación",
  frm=("Valentina Ruiz-Tagle", "vruiztagle@congreso.altamar.example"),
  subject="Proyecto de ley - responsabilidad de empresas",
  date="2026-08-27 09:31 -0500", fmt="plain", client="gmail", cte="qp",
  body="""Hola, buenos días:

Soy asesora de la Comisión de Relaciones Exteriores del Congreso de Altamar.
Estamos revisando el proyecto de ley de implementación de la Convención y
surgió una duda: nuestro Código Penal no contempla la responsabilidad penal
de las personas jurídicas.

¿Cómo han tipificado otros Estados partes las infracciones cometidas por
empresas (por ejemplo, fabricantes o intermediarios)? ¿Bastan las sanciones
administrativas o es necesario reformar el Código Penal?

Mil gracias por su ayuda,
Valentina Ruiz-Tagle
Asesora legislativa
Congreso de la República de Altamar

Enviado desde mi teléfono Android""")

M(key="L9", topic="legislation", lang="pt",
  note="pedido de revisão jurídica do projeto de lei de implementação e participação virtual numa audição parlamentar",
  frm=("Dr. Rui Carvalhal", "rui.carvalhal@justica.ilvesta.example"),
  subject="Projeto de lei de implementação da Convenção - pedido de apoio",
  date="2026-09-22 10:50 +0000", fmt="alt", client="outlook", cte="qp",
  body="""Exmos. Senhores,

O Ministério da Justiça de Ilvesta concluiu o projeto de lei de
implementação da Convenção sobre Munições de Dispersão, que será discutido na
Comissão de Assuntos Constitucionais da Assembleia Nacional em novembro.

Solicitamos:
1. uma revisão jurídica do projeto, em especial das disposições penais e das
   regras sobre a retenção de munições para formação;
2. a participação de um especialista, por videoconferência, na audição
   parlamentar, para explicar as obrigações do artigo 9.º.

Com os melhores cumprimentos,
Rui Carvalhal
Assessor Jurídico do Gabinete do Ministro
Ministério da Justiça - República de Ilvesta
""")

M(key="L10", topic="legislation", lang="de",
  note="Ausführungsgesetz: Straftatbestände oder Ordnungswidrigkeiten; Strafbarkeit der Unterstützung",
  frm=("Ministerialrat Dr. Jakob Reutlinger", "jakob.reutlinger@bmj.falkenau.example"),
  subject="Ausführungsgesetz zum Übereinkommen über Streumunition - Strafvorschriften",
  date="2026-05-04 08:42 +0200", fmt="plain", client="outlook", cs="iso-8859-1", cte="qp",
  body="""Sehr geehrte Damen und Herren,

das Bundesministerium der Justiz der Republik Falkenau bereitet derzeit ein
Ausführungsgesetz zum Übereinkommen über Streumunition vor.

Im Ressortkreis ist strittig, ob Verstöße gegen die Verbote des Artikels 1
durchgängig als Straftaten ausgestaltet werden müssen oder ob für bestimmte
Handlungen (z. B. Verstöße gegen Melde- und Aufbewahrungspflichten)
Ordnungswidrigkeiten genügen. Außerdem stellt sich die Frage, wie die
"Unterstützung" verbotener Tätigkeiten strafrechtlich zu fassen ist.

Für Hinweise auf die Gesetzgebungspraxis anderer Vertragsstaaten,
insbesondere aus dem deutschsprachigen Raum, wären wir sehr dankbar.

Mit freundlichen Grüßen
Im Auftrag
Dr. Jakob Reutlinger
Referat Völkerstrafrecht und Rüstungskontrollrecht
Bundesministerium der Justiz, Republik Falkenau
""")

M(key="L11", topic="legislation", lang="en",
  note="accession: model instrument of accession and whether the implementing law must be adopted before depositing it",
  frm=("Sheikha Noor Al-Mansour", "n.almansour@mofa.qirat.example"),
  subject="Accession - sequence of domestic steps",
  date="2026-10-06 13:15 +0300", fmt="alt", client="outlook", cte="qp",
  body="""Dear Sir or Madam,

The State of Qirat is considering accession to the Convention on Cluster
Munitions. Our Legal Department would be grateful for:

1. a model instrument of accession;
2. advice on whether our national implementing legislation must be adopted
   before the instrument is deposited, or may follow;
3. the ratification/accession toolkit, if available in English and Arabic.

With thanks and best regards,

Noor Al-Mansour
Legal Department
Ministry of Foreign Affairs, State of Qirat
""")


# ---------------------------------------------------------------- general

M(key="G1", topic="general", lang="en",
  note="sponsorship for a delegate from capital to attend the Meeting of States Parties",
  frm=("Mele Fonua-Sharp", "mele.fonua@foreign.marisco.example"),
  subject="Sponsorship - Meeting of States Parties",
  date="2026-07-28 09:02 -1000", fmt="plain", client="outlook",
  body="""Dear ISU,

The Marisco Islands would like to send one official from capital to the
Meeting of States Parties in September, but our travel budget does not allow
it this year.

Is the sponsorship programme still open, and what is the deadline and the
procedure to apply? Our candidate would be Ms Losaline Tupou, Assistant
Secretary for Multilateral Affairs.

Kind regards,
Mele Fonua-Sharp
Department of Foreign Affairs, Marisco Islands
""")

M(key="G2", topic="general", lang="en",
  note="interest in establishing a Country Coalition with a partner State; how it works and what the ISU can do",
  frm=("Ambassador Lars Øvergaard", "amb.overgaard@mission-geneva.norvessa.example"),
  subject="Country Coalition with Tamerlo - how to proceed",
  date="2026-02-20 17:10 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Dear colleagues,

Norvessa is considering entering into a Country Coalition with Tamerlo, with
whom we have a long-standing development partnership. Before we raise this
formally with Tamerlo's Mission, we would appreciate an informal exchange
with the ISU on how Country Coalitions work in practice: the role of the
ISU, how partners usually agree on priorities, and what a realistic
commitment looks like for a small donor.

Could we have a short call next week? My assistant, Ms Hege Brun, can
arrange a time.

Best regards,
Lars Øvergaard
Ambassador and Permanent Representative
Permanent Mission of Norvessa to the United Nations Office at Geneva
""")

M(key="G3", topic="general", lang="en", hard=True, secondary=["clearance", "victim_assistance", "stockpile_destruction"],
  note="HARD(ambiguous_general): donor agency offers funds open to clearance, victim assistance or stockpile destruction and asks which States need support; no single topic",
  frm=("Hannah Brückner-Lowe", "h.bruckner-lowe@devaid.sorvane.example"),
  subject="Funding available for 2027 - humanitarian disarmament",
  date="2026-09-03 11:20 +0000", fmt="alt", client="outlook", cte="qp",
  body="""Dear ISU,

The Sorvane Development Cooperation Agency has set aside EUR 2.5 million for
humanitarian disarmament in 2027. The allocation is not earmarked: we could
fund clearance and risk education, victim assistance programmes or the
destruction of remaining stockpiles, or a combination, depending on where
the needs are greatest.

Could the ISU give us an overview of which States Parties currently have
unfunded requests in these areas and how best to channel the funding? We
would be happy to meet in Geneva in October.

Kind regards,

Hannah Brückner-Lowe
Senior Programme Manager, Peace and Security
Sorvane Development Cooperation Agency (SDCA)
""")

M(key="G4", topic="general", lang="en", hard=True, fmt="mixed", client="iphone", eol="lf",
  atts=[("Scan_20260311_094217.pdf", "pdf")],
  note="HARD(attachment_only_hint): bare cover note with an opaquely named scanned PDF; no topic can be determined -> general",
  frm=("Kwame Asante-Holm", "k.asanteholm@mfa.tamerlo.example"),
  subject="As discussed",
  date="2026-03-11 09:44 +0200",
  body="""Please find attached as discussed.

Kwame

Sent from my iPhone""")

M(key="G5", topic="general", lang="en",
  note="hurried request for a phone call before a bilateral meeting in Geneva; no topic",
  frm=("Yusuf Demirkan-Ellis", "y.demirkan@mission-geneva.brennmark.example"),
  subject="call?",
  date="2026-05-25 07:58 +0200", fmt="plain", client="iphone", eol="lf",
  body="""Hi - could someone from the ISU give me a quick call today or tomorrow
morning before our bilateral with the Presidency on Thursday? Just want to
sound you out on a couple of points. +999 22 917 4410

Thx
Yusuf

Sent from my iPhone""")

M(key="G6", topic="general", lang="fr",
  note="demande de rendez-vous pour présenter le plan national de coopération et d'assistance",
  frm=("Ambassadeur Paul-Émile Nkoghe", "pe.nkoghe@mission-geneve.lutarie.example"),
  subject="Demande de rendez-vous avec la Directrice de l'Unité d'appui",
  date="2026-01-27 15:30 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Madame la Directrice,

La Mission permanente de la République de Lutarie présente ses compliments à
l'Unité d'appui à la mise en œuvre et a l'honneur de solliciter un
rendez-vous, au cours de la semaine du 9 février, entre l'Ambassadeur et la
Directrice de l'Unité.

L'Ambassadeur souhaiterait présenter le nouveau plan national de coopération
et d'assistance de la Lutarie et échanger sur les moyens de mobiliser les
partenaires autour de ce plan.

La Mission saisit cette occasion pour renouveler à l'Unité d'appui les
assurances de sa haute considération.

Secrétariat de l'Ambassadeur
Mission permanente de la République de Lutarie auprès de l'Office des
Nations Unies à Genève
""")

M(key="G7", topic="general", lang="fr",
  note="question générale sur la manière de formuler une demande d'assistance au titre de l'article 6 et les partenaires possibles",
  frm=("Fatou Diallo-Mercier", "f.diallo@cooperation.senavie.example"),
  subject="Comment présenter une demande d'assistance ?",
  date="2026-06-11 09:27 +0000", fmt="plain", client="outlook", cs="utf-8", cte="8bit",
  body="""Bonjour,

Je viens de prendre mes fonctions au Ministère de la Coopération de Sénavie
et je découvre la Convention.

Existe-t-il un guide ou un modèle pour présenter une demande de coopération
et d'assistance au titre de l'article 6 ? Comment les États parties
font-ils connaître leurs besoins aux donateurs, et l'Unité d'appui peut-elle
jouer un rôle d'intermédiaire ?

Merci par avance pour votre aide.

Fatou Diallo-Mercier
Chargée de mission, Direction de la coopération multilatérale
Ministère de la Coopération internationale, Sénavie
""")

M(key="G8", topic="general", lang="fr", fmt="fwd_attach", client="thunderbird",
  note="invitation (jointe en message/rfc822) à un atelier régional sur la coopération ; la note demande à l'ISU d'y intervenir",
  frm=("Nadège Ebossé", "n.ebosse@mae.tolonga.example"),
  subject="TR: Atelier régional sur la coopération et l'assistance - Bakoumé, 3-4 novembre",
  date="2026-08-31 16:08 +0100",
  body="""Bonjour,

Je vous transfère ci-dessous l'invitation de la Communauté économique
régionale. Le Tolonga co-organise cet atelier et souhaiterait vivement qu'un
représentant de l'Unité d'appui intervienne lors de la séance d'ouverture et
anime une session sur les coalitions de pays.

Pourriez-vous nous indiquer si cela est envisageable ?

Cordialement,
Nadège Ebossé
Sous-direction du désarmement, Ministère des Affaires étrangères du Tolonga
""",
  inner=dict(frm=("Secrétariat CER - Paix et Sécurité", "paix-securite@cer-afrique-centrale.example"),
             to=("Nadège Ebossé", "n.ebosse@mae.tolonga.example"),
             subject="Invitation : Atelier régional sur la coopération et l'assistance",
             date="2026-08-28 10:00 +0100", cs="iso-8859-1", cte="qp",
             body="""Madame,

Le Secrétariat de la Communauté économique régionale a le plaisir de vous
inviter à l'atelier régional sur la coopération et l'assistance dans le
cadre de la Convention sur les armes à sous-munitions, qui se tiendra à
Bakoumé les 3 et 4 novembre 2026.

L'atelier réunira les points focaux nationaux des huit États membres ainsi
que des partenaires techniques et financiers.

Le programme provisoire vous sera communiqué prochainement.

Le Secrétariat
"""))

M(key="G9", topic="general", lang="es",
  note="patrocinio para dos delegados a las reuniones intersesionales",
  frm=("Carolina Mejía Soto", "cmejia@mision.altamar.example"),
  subject="Patrocinio reuniones intersesionales",
  date="2026-04-03 10:18 +0200", fmt="alt", client="outlook", cte="qp",
  body="""Estimados amigos de la Unidad:

La Misión Permanente de Altamar quisiera saber si todavía es posible
solicitar patrocinio para que dos funcionarios de la capital (uno de la
Oficina de Desminado y otro del Ministerio de Salud) participen en las
reuniones intersesionales de junio.

Les agradecería que nos enviaran el formulario y nos indicaran el plazo.

Un cordial saludo,
Carolina Mejía Soto
Consejera
Misión Permanente de la República de Altamar ante la ONU en Ginebra
""")

M(key="G10", topic="general", lang="es",
  note="oferta de cooperación Sur-Sur: compartir experiencia nacional con otros Estados partes; pide cómo canalizarla",
  frm=("Cnel. (R) Aurelio Pizarro", "apizarro@cooperacion.castemar.example"),
  subject="Oferta de cooperación Sur-Sur",
  date="2026-10-13 11:00 -0500", fmt="plain", client="outlook", cs="iso-8859-1", cte="qp",
  body="""Estimados señores:

Habiendo concluido sus obligaciones en virtud de la Convención, Castemar
desea poner su experiencia a disposición de otros Estados partes, en
particular de América Latina y África: pasantías en nuestras instituciones,
envío de expertos por períodos cortos e intercambio de documentación.

¿Cuál sería la mejor manera de dar a conocer esta oferta y de vincularla con
las necesidades de los Estados interesados? ¿Existe algún mecanismo de la
Convención previsto para ello?

Reciban un atento saludo,

Cnel. (R) Aurelio Pizarro
Agencia de Cooperación Internacional de Castemar
""")

M(key="G11", topic="general", lang="es", fmt="calendar", client="outlook",
  note="invitación de calendario a una reunión bilateral sobre la coalición de país; pide confirmar la participación de la Unidad",
  frm=("Mónica Arenales", "marenales@misionginebra.veranza.example"),
  subject="Reunión: Veranza - ISU, coalición de país",
  date="2026-05-29 12:00 +0200", cte="qp",
  body="""Estimados colegas:

Les envío la invitación para la reunión que comentamos por teléfono, sobre
la posible coalición de país entre Veranza y dos Estados donantes. ¿Podrían
confirmarnos la asistencia de la Unidad y quién participará?

Gracias,
Mónica Arenales
Misión Permanente de Veranza en Ginebra
""",
  ics=dict(start="20260609T100000", end="20260609T110000", tz="Europe/Zurich",
           summary="Reunión: Veranza - ISU, coalición de país",
           location="Misión Permanente de Veranza, Sala 2")) 

M(key="G12", topic="general", lang="en",
  note="update of national contact point details and request to be added to ISU distribution lists",
  frm=("Nomvula Tshabalala-Reid", "n.tshabalala@dirco.ambreth.example"),
  subject="Change of national contact point",
  date="2026-08-10 08:45 +0400", fmt="alt", client="gmail",
  body="""Dear ISU,

Please note that as of 1 August I have taken over from Mr David Ferreira as
Ambreth's national contact point for the Convention on Cluster Munitions.

Could you update your records and add me to the relevant distribution
lists? My details are below. Mr Ferreira's address will be deactivated at
the end of the month.

With thanks,
Nomvula Tshabalala-Reid
Director, Conventional Arms
Department of International Relations, Ambreth
+999 12 351 0044
""")


# ---------------------------------------------------------------- not_an_enquiry

M(key="N1", topic="not_an_enquiry", lang="fr",
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  note="réponse automatique d'absence (Auto-Submitted)",
  frm=("Sylvie Ahounou", "sylvie.ahounou@mae.tolonga.example"),
  subject="Réponse automatique : Absence du bureau",
  date="2026-07-20 08:00 +0100", fmt="alt", client="outlook", cte="qp",
  body="""Bonjour,

Je suis absente du bureau du 20 juillet au 14 août inclus, avec un accès
limité à ma messagerie. Pour toute question urgente, veuillez contacter le
secrétariat de la Direction des Affaires juridiques au +999 30 22 41 00.

Cordialement,
Sylvie Ahounou
""")

M(key="N2", topic="not_an_enquiry", lang="es", hard=True,
  note="HARD(no_auto_headers): out-of-office reply without Auto-Submitted / X-Auto-Response-Suppress headers, subject looks like a normal reply",
  frm=("Mariana Echeverri", "mecheverri@rree.altamar.example"),
  subject="RE: Capacitación sobre formularios del informe de transparencia",
  date="2026-02-12 09:02 -0500", fmt="plain", client="webmail", cte="qp",
  body="""Gracias por su mensaje.

Me encuentro fuera de la oficina en comisión de servicios hasta el lunes 23
de febrero, sin acceso regular al correo electrónico. Su mensaje será
atendido a mi regreso. Para asuntos urgentes, favor comunicarse con
desarme@rree.altamar.example.

Mariana Echeverri
Dirección de Desarme y Seguridad Internacional
""")

M(key="N3", topic="not_an_enquiry", lang="en", fmt="dsn", client="system",
  note="delivery status notification (multipart/report, 550 user unknown) for a message the intake sent",
  frm=("Mail Delivery System", "MAILER-DAEMON@mx2.foreign.marisco.example"),
  subject="Undelivered Mail Returned to Sender",
  date="2026-08-11 22:14 -1000",
  headers=[("Auto-Submitted", "auto-replied")],
  body="""This is the mail system at host mx2.foreign.marisco.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.ferreira@foreign.marisco.example>: host
    mailstore.foreign.marisco.example[192.0.2.41] said: 550 5.1.1
    <d.ferreira@foreign.marisco.example>: Recipient address rejected: User
    unknown in virtual mailbox table (in reply to RCPT TO command)
""",
  dsn=dict(mta="mx2.foreign.marisco.example", rcpt="d.ferreira@foreign.marisco.example",
           status="5.1.1", diag="smtp; 550 5.1.1 <d.ferreira@foreign.marisco.example>: Recipient address rejected: User unknown in virtual mailbox table",
           remote="mailstore.foreign.marisco.example", part="rfc822"),
  inner=dict(frm=("CCM ISU Intake", "intake@ccm-isu.example"),
             to=("David Ferreira", "d.ferreira@foreign.marisco.example"),
             subject="Intersessional Meetings - provisional programme",
             date="2026-08-11 10:02 +0200",
             body="""Dear colleague,

Please find the provisional programme of the Intersessional Meetings on the
website. Registration closes on 1 September.

CCM Implementation Support Unit
"""))

M(key="N4", topic="not_an_enquiry", lang="en", hard=True, fmt="plain", client="system", eol="lf",
  note="HARD(no_dsn_structure): qmail-style plain-text bounce (no multipart/report); the returned message talks about clearance",
  secondary=["clearance"],
  frm=("", "MAILER-DAEMON@relay.nmac.kelmara.example"),
  subject="failure notice",
  date="2026-08-06 04:12 +0300",
  body="""Hi. This is the qmail-send program at relay.nmac.kelmara.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<h.yusufzai@nmac.kelmara.example>:
Sorry, no mailbox here by that name. (#5.1.1)

--- Below this line is a copy of the message.

Return-Path: <intake@ccm-isu.example>
Received: from mx1.ccm-isu.example (mx1.ccm-isu.example [203.0.113.10])
  by relay.nmac.kelmara.example with ESMTP; 6 Aug 2026 01:12:07 -0000
From: CCM ISU Intake <intake@ccm-isu.example>
To: Halima Yusufzai <h.yusufzai@nmac.kelmara.example>
Subject: Land release - cancellation criteria and quality management
Date: Thu, 06 Aug 2026 03:11:58 +0200
MIME-Version: 1.0
Content-Type: text/plain; charset=utf-8

Dear Ms Yusufzai,

Thank you for your request concerning the review of land release files and
the quality management of cancelled suspected hazardous areas. Our clearance
coordinators would like to schedule a call. Could you propose some dates?

CCM Implementation Support Unit
""")

M(key="N5", topic="not_an_enquiry", lang="de", fmt="mdn", client="outlook",
  secondary=["legislation"],
  note="Lesebestätigung (multipart/report, disposition-notification) zu einer ISU-Nachricht über das Ausführungsgesetz",
  frm=("Ministerialrat Dr. Jakob Reutlinger", "jakob.reutlinger@bmj.falkenau.example"),
  subject="Gelesen: AW: Ausführungsgesetz zum Übereinkommen über Streumunition - Strafvorschriften",
  date="2026-05-12 10:31 +0200",
  body="""Ihre Nachricht

  An: Reutlinger, Jakob
  Betreff: AW: Ausführungsgesetz zum Übereinkommen über Streumunition - Strafvorschriften
  Gesendet: Dienstag, 12. Mai 2026 09:58:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien

wurde am Dienstag, 12. Mai 2026 10:31:02 (UTC+01:00) Amsterdam, Berlin, Bern, Rom, Stockholm, Wien gelesen.
""",
  mdn=dict(final_rcpt="jakob.reutlinger@bmj.falkenau.example",
           orig_msgid="<ccm-isu-out-20260512-0958.3341@ccm-isu.example>"))

M(key="N6", topic="not_an_enquiry", lang="en", hard=True, fmt="alt", client="system",
  secondary=["stockpile_destruction"],
  headers=[("List-Id", "Demil Monitor <demil-monitor.lists.demilassoc.example>"),
           ("List-Unsubscribe", "<https://lists.demilassoc.example/unsubscribe?u=8812cc>, <mailto:leave-demil-monitor@lists.demilassoc.example>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")],
  note="HARD(lookalike_noise): industry newsletter (List-Id, List-Unsubscribe) about stockpile destruction tenders and capacity; bulk mail, no ask",
  frm=("Demil Monitor", "newsletter@demilassoc.example"),
  subject="Demil Monitor Q3/2026: new cluster munition destruction tenders, capacity outlook",
  date="2026-09-30 06:00 +0000", cte="qp",
  body="""DEMIL MONITOR - Quarterly bulletin of the International Demilitarisation
Industry Association
Issue 3/2026

IN THIS ISSUE
- Three new tenders for the destruction of stockpiled cluster munitions
  (artillery DPICM, air-dropped bomblets); deadlines October-December
- Capacity outlook: rotary kiln availability in 2027 is tight - book early
- Case study: closed detonation chamber for submunitions, emission data
- Interview: "Why Article 3 deadlines drive the market"
- Events: Demil Conference & Expo, 17-19 November

Members can download the full tender documents from the member area.

You are receiving this bulletin because you subscribed at an industry
event. Update your preferences or unsubscribe:
https://lists.demilassoc.example/unsubscribe?u=8812cc

International Demilitarisation Industry Association, Rue du Port 12,
Ville-Franche, postal code 0000
""")

M(key="N7", topic="not_an_enquiry", lang="en", hard=True, fmt="alt", client="system",
  secondary=["reporting"],
  note="HARD(lookalike_noise): phishing from a look-alike domain imitating an ISU Article 7 reporting portal 'account verification'",
  frm=("CCM ISU Reporting Portal", "portal-support@ccm-isu-reporting.example.net"),
  subject="ACTION REQUIRED: Verify your Article 7 reporting account before 30 April",
  date="2026-04-16 03:27 +0000", cte="qp",
  headers=[("Reply-To", "verify-team@ccm-isu-reporting.example.net")],
  body="""Dear State Party Representative,

Our records show that your Article 7 Transparency Reporting account has not
been verified for the 2026 reporting cycle. To avoid suspension of your
submission rights before the 30 April deadline, please confirm your
credentials within 48 hours:

    Verify account now: https://ccm-isu-reporting.example.net/secure/login

If you do not verify, any report submitted from your account may be
rejected and your State will be listed as non-compliant.

Thank you for your cooperation.

CCM Implementation Support Unit - Reporting Portal Team
(c) 2026 All rights reserved
""",
  html="""<html><body style="font-family:Arial;font-size:13px">
<table width="600" style="border:1px solid #ccc"><tr><td style="background:#1b4f8a;color:#fff;padding:12px"><b>CCM ISU &middot; Reporting Portal</b></td></tr>
<tr><td style="padding:16px">
<p>Dear State Party Representative,</p>
<p>Our records show that your <b>Article 7 Transparency Reporting account</b> has not been verified for the 2026 reporting cycle. To avoid suspension of your submission rights before the <b>30 April</b> deadline, please confirm your credentials within 48 hours.</p>
<p style="text-align:center"><a href="https://ccm-isu-reporting.example.net/secure/login" style="background:#d9342b;color:#fff;padding:10px 18px;text-decoration:none">VERIFY ACCOUNT NOW</a></p>
<p>If you do not verify, any report submitted from your account may be rejected and your State will be listed as non-compliant.</p>
<p>CCM Implementation Support Unit - Reporting Portal Team</p>
</td></tr></table></body></html>""")

M(key="N8", topic="not_an_enquiry", lang="en", hard=True, fmt="plain", client="outlook",
  reply_ack="CCM-2026-0521", secondary=["victim_assistance"],
  headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
  note="HARD(lookalike_noise): out-of-office answering an intake acknowledgement (Re: [CCM-2026-0521], In-Reply-To) and describing the prosthetics project; auto-reply, no ask",
  frm=("Dr Nadia Kourouma", "n.kourouma@health.kelmara.example"),
  subject="Automatic reply: [CCM-2026-0521] Received: Prosthetic workshop - request for materials and training",
  date="2026-02-18 09:06 +0300",
  body="""Thank you for your e-mail.

I am on mission to the northern districts until 6 March to assess the
prosthetic and orthotic services for survivors, with very limited
connectivity. Your message will not be forwarded.

For matters concerning the rehabilitation centre project, please contact
Mr Isaac Mensah-Otieno (i.mensah@health.kelmara.example). For all other
matters, please contact the Directorate secretariat on +999 77 300 2010.

Dr Nadia Kourouma
Director, Physical Rehabilitation Services
""")

M(key="N9", topic="not_an_enquiry", lang="en", fmt="alt", client="system",
  headers=[("List-Unsubscribe", "<https://mail.summit-events.example/u/3f9a0c71>"),
           ("Precedence", "bulk"), ("X-Campaign-ID", "GDPS26-EU-wave4")],
  note="marketing spam for a defence procurement summit (List-Unsubscribe)",
  frm=("Global Defence Procurement Summit", "events@summit-events.example"),
  subject="Last chance: 40% off delegate passes - Global Defence Procurement Summit 2026",
  date="2026-06-03 13:45 +0000", cte="qp",
  body="""Dear Procurement Leader,

Only 72 hours left to secure your delegate pass for the Global Defence
Procurement Summit 2026 at 40% off!

* 120+ speakers from ministries and industry
* 1:1 meetings with suppliers
* Exclusive networking dinner

Register now: https://summit-events.example/gdps26/register?code=EARLY40

Group discounts available for teams of 3+.

Not interested? Unsubscribe: https://mail.summit-events.example/u/3f9a0c71
Summit Events Ltd, 4th floor, 10 Market Row, Portmouth
""")

M(key="N10", topic="not_an_enquiry", lang="ar",
  headers=[("Auto-Submitted", "auto-replied")],
  note="رد آلي بالغياب (Auto-Submitted)",
  frm=("ليلى العمري", "l.alomari@mofa.wadi.example"),
  subject="رد تلقائي: خارج المكتب",
  date="2026-03-15 08:00 +0300", fmt="plain", client="outlook", cte="base64",
  body="""شكراً لرسالتكم.

أنا خارج المكتب حتى 25 آذار/مارس 2026 ولن أتمكن من الاطلاع على البريد
الإلكتروني بانتظام. للأمور العاجلة يرجى التواصل مع إدارة المنظمات الدولية
على الرقم +999 11 450 3300.

ليلى العمري
""")
