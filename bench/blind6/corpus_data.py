# -*- coding: utf-8 -*-
"""Message content for the blind6 corpus.  All people, States and domains are invented."""

MSGS = []


def M(lang, topic, hard, note, frm, subject, body, sec=(), kind=None, **kw):
    d = dict(lang=lang, topic=topic, hard=hard, note=note, frm=frm, subject=subject,
             body=body, sec=list(sec))
    if kind:
        d["kind"] = kind
    d.update(kw)
    MSGS.append(d)


# ====================================================================== ENGLISH
M("en", "stockpile_destruction", False,
  "MoD asks for contractor options and cost estimate to destroy 155mm DPICM projectiles",
  "Col. Andrei Maslenko <a.maslenko@mod.valdoria.example>",
  "Request for technical advice - destruction of 155mm DPICM stocks",
  """Dear colleagues,

Further to our declaration under Article 7, the Ministry of Defence of the Republic of Valdoria
still holds 3,412 x 155mm extended-range projectiles of the DPICM type (each carrying 49
submunitions) in the central ammunition depot at Kresnik. Our Article 3 deadline falls in
August 2027.

Our own demilitarisation plant can handle the propellant charges but not the carrier shells,
and open burning/open detonation is no longer acceptable to the environment agency. We would
be grateful if the ISU could:

1. share the names of industrial demilitarisation contractors that other States Parties have
   used for this type of projectile;
2. indicate typical cost ranges per tonne (or per round) for disassembly and incineration;
3. advise whether any State Party has offered cooperation on transport to a facility abroad.

Thank you in advance for your support.

Kind regards,

Col. Andrei Maslenko
Head, Ammunition Management Directorate
Ministry of Defence, Republic of Valdoria
Tel. +999 21 448 310""",
  tz=2)

M("en", "stockpile_destruction", True,
  "long letter mostly on the survivor assistance programme; the actual ask (last paragraph) is expert help to draft an Article 3 destruction deadline extension request",
  "Ms Priya Ranganathan <p.ranganathan@mfa.tarsana.example>",
  "Tarsana - update and request",
  """Excellency, dear Ms Director,

Allow me first to thank the Implementation Support Unit for the constructive exchanges held
during the Intersessional Meetings in May.

As you will recall, Tarsana has made considerable progress in the field of victim assistance
over the past year. The National Rehabilitation Centre in Porto Lira opened its new prosthetic
and orthotic workshop in March, with support from two donor States, and has since fitted 146
persons, 58 of them survivors of cluster munition incidents. The Ministry of Social Welfare has
also launched a pilot cash-transfer programme for families of survivors in Lower Amari
province, and the national disability registry now records the cause of impairment, which for
the first time gives us reliable figures on survivors. A psychosocial peer-support network,
run by the survivors' association, is active in four districts.

We remain concerned about access to services in remote areas and intend to present a short
update on these efforts at the next Meeting of States Parties.

However, the main purpose of this letter is different. Despite our best efforts, the
destruction of the remaining stockpile of air-dropped cluster bombs held by the Air Force
(approximately 610 RBK-type containers) will not be completed before our Article 3 deadline of
1 March 2026, mainly because the contract with the demilitarisation company had to be
re-tendered. The Government has therefore decided to submit a request for an extension of the
deadline. We would be very grateful if the ISU could put us in touch with an expert who could
help our team draft the request, including the destruction plan, the timeline and the budget.

Please accept, Excellency, the assurances of my highest consideration.

Priya Ranganathan
Minister-Counsellor, Disarmament Affairs
Permanent Mission of the Republic of Tarsana, Geneva""",
  sec=["victim_assistance"], kind="ask_at_end")

M("en", "stockpile_destruction", False,
  "asks whether keeping 420 submunitions for EOD training under Art. 3.6 is justifiable and what other States retain",
  "Maj. Lindiwe Khumalo <l.khumalo@defence.mirovia.example>",
  "Retention of submunitions for EOD training (Art. 3.6)",
  """Good afternoon,

Our EOD school at Fort Narra would like to retain 420 submunitions (mixed BLU-type and M77)
after the stockpile is destroyed, for detection and render-safe training and to test new
disposal techniques.

Before the Minister signs off, could you tell us whether that number is in line with what
other States Parties have kept under Article 3(6), and whether there is any guidance on what
counts as "the minimum number absolutely necessary"? We want to avoid criticism at the next
MSP.

Regards,
Maj. Lindiwe Khumalo
SO2 Explosive Ordnance Disposal
Mirovian Defence Force""",
  tz=2)

M("en", "stockpile_destruction", False,
  "HTML-only: transfer of stockpile to a neighbouring State's plant for destruction (Art. 3.7) and what paperwork is needed",
  "Mr Teodor Vasquez-Lind <t.vasquezlind@defensa.kestria.example>",
  "Transfer of cluster munitions to a neighbouring State for destruction",
  """Dear ISU team,

Kestria does not have a suitable demilitarisation facility. Our neighbour Ostravia has offered
to destroy our remaining 96 tonnes of cluster munitions at its plant in Vel'ka Rudna.

We understand Article 3(7) allows a transfer for the purpose of destruction. Could you advise
on the practical steps: what should the bilateral agreement cover, who certifies the
destruction, and how have other States handled the transport and custody chain?

With best regards,

Teodor Vasquez-Lind
Deputy Director, Logistics and Demilitarisation
Ministry of Defence of Kestria""",
  fmt="html", tz=1)

M("en", "clearance", False,
  "mine action centre asks for support for non-technical survey and risk education in two provinces",
  "Mr Sokha Vanna <vanna.sokha@nmac.lunaria.example>",
  "Support request: non-technical survey in Oudom and Prey Sar provinces",
  """Dear Sir/Madam,

The National Mine Action Centre (NMAC) of Lunaria is planning a non-technical survey of 43
villages in Oudom and Prey Sar provinces, where farmers keep reporting BLU-26 bomblets in rice
paddies. We estimate around 18 km2 of suspected hazardous area that has never been surveyed.

We are looking for (a) two experienced NTS team leaders for three months to mentor our teams,
and (b) funding or materials for explosive ordnance risk education sessions in schools and
pagodas during the survey.

Could the ISU circulate this need to States in a position to assist, or suggest operators
already working in the region?

Thank you and best regards,
Sokha Vanna
Deputy Director, Operations
National Mine Action Centre, Lunaria""",
  tz=7)

M("en", "clearance", True,
  "reply quotes an older thread about a missing Article 7 form; the new question is land release methodology for the Art. 4 extension request",
  "Dr Hamid Osei-Tutu <h.oseitutu@mineaction.belmora.example>",
  "RE: Article 7 report 2023 - missing Form F",
  """Dear Anja,

Thank you, the corrected report went through last week.

While I have you: we are now finalising our Article 4 extension request and the Donor Group
asked us to explain how we will release the remaining 11.4 km2. Our teams currently clear
everything to 20 cm, which is slow. Could you share examples of land release policies from
other States (cancellation through NTS, reduction through TS, evidence-based release of
grazing land), and ideally a contact in a State that has moved to this approach? We need
something solid for the request by end of next month.

Best,
Hamid

Dr Hamid Osei-Tutu
Director, Belmora Mine Action Authority

-----Original Message-----
From: ISU Reporting <intake@ccm-isu.example>
Sent: Tuesday, 14 January 2025 10:02
To: Hamid Osei-Tutu <h.oseitutu@mineaction.belmora.example>
Subject: RE: Article 7 report 2023 - missing Form F

Dear Dr Osei-Tutu,

Thank you for your report. We noticed that Form F (contaminated areas) was left blank
although Belmora reported contamination in previous years. Could you please complete it and
resend the whole report? Please also check that the figures in Form G match.

Kind regards,
Anja""",
  sec=["reporting"], kind="quoted_thread",
  hdr=[("In-Reply-To", "<a7f1c2.belmora.2025@ccm-isu.example>"),
       ("References", "<a7f1c2.belmora.2025@ccm-isu.example>"),
       ("Thread-Topic", "Article 7 report 2023 - missing Form F"),
       ("X-Mailer", "Microsoft Outlook 16.0")],
  tz=0)

M("en", "clearance", True,
  "body says only 'see attached'; the attachment names show an Art. 4 extension request draft and contamination map",
  "Ms Elif Karaca <e.karaca@demining.ostravia.example>",
  "Documents",
  """Dear colleagues,

Please see the attached documents. We would be grateful for your comments before 15 March.

Kind regards,
Elif Karaca
Ostravian Demining Agency""",
  att=["Art4_extension_request_draft_v3.docx", "Contaminated_areas_Northern_District_2025.pdf"],
  kind="attachment_only", tz=3)

M("en", "clearance", False,
  "multipart/alternative: information management - training for IMSMA Core operators and data migration",
  "Mr Jonas Abernethy <j.abernethy@ima.sanveria.example>",
  "IMSMA Core migration - training for database operators",
  """Hello,

The Sanverian Mine Action Authority is migrating its clearance records from IMSMA NG to IMSMA
Core. Around 2,300 hazardous-area polygons and completion reports from cluster munition
remnant clearance have to be moved, and we have found many duplicates and areas recorded
twice after re-survey.

We would like to request a short training (one week) for our four information management
officers on data cleaning, polygon validation and producing the contamination figures we use
for planning and reporting. Do you know if GICHD or another partner could provide this
remotely?

Many thanks,
Jonas Abernethy
Information Management Adviser
Sanverian Mine Action Authority""",
  fmt="alt", tz=-5)

M("en", "victim_assistance", False,
  "rehabilitation doctor asks for prosthetic components and training for orthopaedic technicians",
  "Dr Miriam Achterberg <m.achterberg@rehab-northgate.example>",
  "Prosthetic components and technician training - Northgate Rehabilitation Centre",
  """Dear Sir or Madam,

I am the medical director of the Northgate Regional Rehabilitation Centre in the Republic of
Esmeraldine. We serve about 900 persons with limb loss, of whom roughly a third were injured
by cluster munition remnants in the northern districts.

Our problems are twofold. First, we have run out of polypropylene and knee components and
have a waiting list of 74 patients. Second, only two of our five orthopaedic technicians hold
an ISPO-recognised qualification. We would welcome help in identifying partners who could
supply components and offer a training placement for three technicians.

Yours faithfully,

Dr Miriam Achterberg, MD, PM&R
Medical Director
Northgate Regional Rehabilitation Centre""",
  tz=-3)

M("en", "victim_assistance", True,
  "diplomat's one-line forward; the forwarded NGO mail asks for psychosocial support for survivors' families",
  "Mr Rafael Okonkwo-Berg <r.okonkwoberg@mfa.lisandria.example>",
  "Fwd: help for families in Kaso district",
  """FYI - could the ISU help with this? Happy to discuss.

Rafael

---------- Forwarded message ---------
From: Amani Wekesa <coordinator@kasofamilies.example>
Date: Mon, 3 Feb 2025 at 09:41
Subject: help for families in Kaso district
To: Rafael Okonkwo-Berg <r.okonkwoberg@mfa.lisandria.example>

Dear Mr Okonkwo-Berg,

Thank you for meeting us last week. As we explained, many of the 212 families we work with in
Kaso district lost a parent or child to submunitions in the last two years, and mothers in
particular show signs of depression and trauma. There is no psychologist in the district
hospital. We would like to start group counselling and train community volunteers in
psychological first aid, but we need a partner and a small budget.

Could your Ministry help us find support through the Convention?

With gratitude,
Amani Wekesa
Coordinator, Kaso Families Support Network""",
  kind="forwarded_only", tz=3)

M("en", "victim_assistance", False,
  "ministry asks how to integrate survivor data into the national disability registry (data protection, indicators)",
  "Ms Oksana Trelawny <o.trelawny@disability.gov.valmora.example>",
  "Survivor data in the national disability information system",
  """Dear ISU,

The Department for Persons with Disabilities of Valmora is redesigning its disability
management information system. We would like to include cluster munition survivors as a
category so that they are not counted separately in a "mine action" database that nobody in
the social sector uses.

Is there guidance on (i) which indicators to collect (sex, age, disability type, services
received), (ii) how to handle consent and data protection for survivors and indirect victims,
and (iii) examples from States that already integrated survivor data into a general
disability system in line with the CRPD?

Kind regards,
Oksana Trelawny
Senior Policy Officer
Department for Persons with Disabilities, Valmora""",
  tz=1)

M("en", "victim_assistance", True,
  "provincial health director writes mostly about clearance and casualties near cleared land; the ask is livelihood/economic inclusion for survivors",
  "Dr Fatuma Njoroge <f.njoroge@health.kiswara-province.example>",
  "Kiswara province - situation and request",
  """Dear Madam, dear Sir,

I write on behalf of the Provincial Health Office of Kiswara. Clearance of cluster munition
remnants has progressed well: the national operator released some 6 km2 of farmland around
Mbeya-Juu last year and technical survey continues along the river. Nevertheless, the
district hospital still received nine casualties in 2024, mostly children handling bomblets in
areas that had not yet been surveyed, and the clearance teams tell us the last polygons will
not be finished before 2027.

Our hospital now follows some 140 survivors. Medical care is broadly available, but once
discharged most of them cannot return to farming and have no income. What we need is help to
set up a vocational training and micro-grant scheme for survivors and their caregivers, and
advice on how to link them with the national social protection programme.

Could the ISU advise on partners or examples from other States?

Sincerely,
Dr Fatuma Njoroge
Provincial Director of Health, Kiswara""",
  sec=["clearance"], kind="other_topic_context", tz=3)

M("en", "reporting", False,
  "asks for this year's Art. 7 deadline and whether the report can be submitted online",
  "Mr Kwame Adjei-Baptiste <k.adjeibaptiste@mfa.sanveria.example>",
  "Article 7 report - deadline and submission",
  """Dear colleagues,

I have recently taken over the CCM file at our Ministry. Could you please confirm the
deadline for the annual transparency report covering calendar year 2024, and whether it can be
submitted through an online platform or must be sent as a signed PDF by email?

Thank you,
Kwame Adjei-Baptiste
Desk Officer, Arms Control and Disarmament
Ministry of Foreign Affairs of Sanveria""",
  tz=-5)

M("en", "reporting", True,
  "Outlook reply on a stockpile destruction thread; new question is how to declare completed destruction and retained munitions in Forms B/C",
  "Lt Col. Henrik Solbakken <h.solbakken@forsvar.norreland.example>",
  "RE: RE: Completion of stockpile destruction - Norreland",
  """Dear Mr Ferraz,

Many thanks for your congratulations. Destruction was indeed completed on 28 November.

Our remaining question is about the transparency report. How exactly should we show this in
the Article 7 report due on 30 April? Should the completed destruction be entered in Form B
with the total numbers per type since entry into force, or only those destroyed in 2024? And
do the 250 submunitions we retain for training go under Form C even though they are now held
by the Police EOD unit rather than the Armed Forces?

Best regards
Henrik Solbakken
Lt Col., Norrelandic Armed Forces Logistics Command

________________________________
From: ISU CCM <intake@ccm-isu.example>
Sent: 2 December 2024 16:20
To: Solbakken Henrik <h.solbakken@forsvar.norreland.example>
Subject: RE: Completion of stockpile destruction - Norreland

Dear Lt Col. Solbakken,

Congratulations on completing destruction of the stockpile ahead of your deadline. We will
mention it in the President's update.

________________________________
From: Solbakken Henrik
Sent: 29 November 2024 08:11
Subject: Completion of stockpile destruction - Norreland

Dear ISU, I am pleased to inform you that the last batch of 1,120 artillery shells with
submunitions was destroyed yesterday at the Hjerkinn demilitarisation plant. A formal
declaration of completion will follow.""",
  sec=["stockpile_destruction"], kind="quoted_thread",
  hdr=[("In-Reply-To", "<ISU-9912-reply@ccm-isu.example>"),
       ("References", "<NRL-4410@forsvar.norreland.example> <ISU-9912-reply@ccm-isu.example>"),
       ("X-MS-Has-Attach", ""), ("Thread-Index", "AdtEd2K1nZf0Qx7pS6u9mQ0Jd1jw7g==")],
  tz=1)

M("en", "reporting", False,
  "wrong figure in a submitted Form; asks how to submit a corrected version (Form attached)",
  "Ms Nadia Brennan <n.brennan@mfa.kestria.example>",
  "Correction to our 2024 transparency report (Form F)",
  """Dear ISU team,

We submitted Kestria's Article 7 report on 22 April. I have since noticed that in Form F the
area of confirmed hazardous area for Dzhelo district reads 1,240,000 m2 instead of 124,000 m2
(an extra zero). The corrected form is attached.

Could you tell me whether you can replace the published version, or whether we must resubmit
the whole report with a new cover letter signed by the Director?

Many thanks,
Nadia Brennan
Second Secretary, Multilateral Affairs
Ministry of Foreign Affairs of Kestria""",
  att=["Kestria_Art7_2024_Form_F_corrected.xlsx"], tz=1)

M("en", "reporting", False,
  "newly acceded State asks what to include in its initial transparency report and when it is due",
  "Mr Ilias Petrakis-Moreau <i.petrakismoreau@foreign.aurelia-islands.example>",
  "Initial transparency report for Aurelia Islands",
  """Dear Sir/Madam,

The Aurelia Islands deposited their instrument of accession on 3 October 2024. We have no
stockpiles, no contaminated areas and no known survivors. Do we still have to submit an
initial report under Article 7, by which date, and can we simply answer "nil" in each form?

Regards,
Ilias Petrakis-Moreau
Legal Officer, Ministry of Foreign Affairs and Trade
Aurelia Islands""",
  tz=11)

M("en", "legislation", False,
  "asks for the model law for small States without stockpiles",
  "Ms Tamsin Oyelaran <t.oyelaran@ag.coral-reach.example>",
  "Model legislation for implementing the CCM",
  """Dear Implementation Support Unit,

The Attorney General's Chambers of Coral Reach has been asked to prepare implementing
legislation for the Convention. We have never possessed cluster munitions and have no
contamination. I understand there is a model law for small States in our situation. Could
you send it to us, together with any examples of short implementing Acts adopted by other
Commonwealth States?

Yours sincerely,
Tamsin Oyelaran
Principal Legislative Drafter
Attorney General's Chambers, Coral Reach""",
  tz=-4)

M("en", "legislation", False,
  "parliamentary counsel asks for review of the penal sanctions clauses in a draft CCM bill (mentions survivor rights only in passing)",
  "Mr Desmond Achebe-Larsen <d.achebelarsen@parliament.valdoria.example>",
  "Draft Cluster Munitions (Prohibition) Bill - penal provisions",
  """Dear colleagues,

The Parliamentary Committee on Defence is examining the Cluster Munitions (Prohibition) Bill.
Part 5 of the Bill, on assistance to survivors, is largely agreed. Members are divided over
Part 3: whether the offences of developing, producing, acquiring, stockpiling, retaining or
transferring cluster munitions should carry a maximum of 10 or 15 years' imprisonment, and
whether assisting or inducing should be a separate offence or covered by the general Penal
Code provisions on complicity.

Could the ISU review Part 3 (copy below) and tell us how other States have framed these
offences and penalties?

  3.1 A person who uses, develops, produces, otherwise acquires, stockpiles, retains or
      transfers a cluster munition commits an offence.
  3.2 A person who assists, encourages or induces anyone to engage in conduct referred to in
      3.1 commits an offence.
  3.3 A person convicted under this Part is liable to imprisonment not exceeding [10/15]
      years and a fine not exceeding [...].

Sincerely,
Desmond Achebe-Larsen
Parliamentary Counsel, National Assembly of Valdoria""",
  tz=2)

M("en", "legislation", False,
  "asks whether existing arms law and penal code suffice as Art. 9 measures; requests legal review",
  "Ms Ingrid Halvorsen-Diaz <i.halvorsendiaz@justice.mirovia.example>",
  "Do we need a specific CCM law?",
  """Hello,

Our Ministry of Justice takes the view that Mirovia's Weapons and Explosives Act 2011 (which
bans "weapons of indiscriminate effect") together with the Penal Code already cover the
prohibitions of the Convention, so no new law is needed. The Foreign Ministry disagrees.

Would the ISU be able to carry out a short legal review of the two texts (I can send English
translations) and tell us whether they would be considered adequate national implementation
measures under Article 9?

Best wishes,
Ingrid Halvorsen-Diaz
Legal Adviser, Ministry of Justice of Mirovia""",
  tz=2)

M("en", "legislation", True,
  "subject says Article 7 Form A but the ask is help drafting an implementing decree (investment prohibition)",
  "Mr Samuel Thibodeaux <s.thibodeaux@mfa.esmeraldine.example>",
  "Article 7 report - Form A",
  """Dear colleagues,

When we fill Form A of our transparency report we will need to list our national
implementation measures, and at the moment we honestly have nothing to list.

This is the real problem I would like your help with. The Cabinet has agreed that the
Convention will be implemented by a presidential decree rather than a full Act, and I have
been asked to produce a first draft by June. In particular, the Finance Ministry wants the
decree to prohibit investment by banks and pension funds in companies producing cluster
munitions, and we are unsure whether a decree can create criminal offences under our
Constitution or only administrative penalties. Could you share examples of decrees or
regulations used by other States, and any advice on how to cover penal sanctions if the
decree cannot?

Kind regards,
Samuel Thibodeaux
Head, Treaty Section
Ministry of Foreign Affairs of Esmeraldine""",
  sec=["reporting"], kind="misleading_subject", tz=-3)

M("en", "general", False,
  "sponsorship request for a delegate to attend the Meeting of States Parties",
  "Ms Leilani Kahananui <l.kahananui@mfa.pacifica-atoll.example>",
  "Sponsorship for the Meeting of States Parties",
  """Dear ISU,

The Pacifica Atoll would like to be represented at the forthcoming Meeting of States Parties
in Geneva. Due to budget constraints, we would like to apply for sponsorship for one delegate
(economy flight, accommodation and DSA). Could you let us know the application procedure and
the deadline?

Warm regards,
Leilani Kahananui
Foreign Service Officer
Ministry of Foreign Affairs, Pacifica Atoll""",
  tz=12)

M("en", "general", True,
  "new focal point with several needs (portal access, VA guidelines, reporting tips, meeting calendar) and no main one",
  "Mr Tomasz Wierzbicki-Ando <t.wierzbicki@mfa.ostravia.example>",
  "Introduction - new CCM focal point for Ostravia",
  """Dear colleagues,

I have just been appointed CCM focal point at the Ostravian Ministry of Foreign Affairs,
replacing Ms Dragana Pekar, who retired in December. I would be grateful for help on a few
things:

- access to the restricted part of the website / document portal;
- the guidance on victim assistance that my predecessor mentioned, as our Ministry of Health
  is preparing a new rehabilitation strategy;
- any tips for the Article 7 report, which I will coordinate for the first time;
- the calendar of meetings for 2025, including the intersessionals.

I look forward to working with you.

Best regards,
Tomasz Wierzbicki-Ando
Counsellor, Department of Security Policy
Ministry of Foreign Affairs of Ostravia""",
  sec=["victim_assistance", "reporting"], kind="several_needs", tz=1)

M("en", "general", False,
  "practical question: visa support letter and badge for MSP delegation",
  "Ms Chen Yufei <chen.yufei@embassy-lunaria.example>",
  "Visa support letter for MSP delegation",
  """Dear Sir/Madam,

Our delegation of three to the Meeting of States Parties needs Schengen visas. Could the
ISU issue a letter of invitation / support letter? Please also let me know where the
delegates should collect their badges on the first morning.

Thank you,
Chen Yufei
Attaché, Embassy of Lunaria""",
  tz=1)

M("en", "general", False,
  "non-State party embassy asks about the accession procedure (universalization); stockpile mentioned in passing",
  "Mr Aurelio Benedetti-Kasozi <a.benedettikasozi@embassy-monteverde.example>",
  "Accession to the Convention on Cluster Munitions - procedure",
  """Dear colleagues,

The Government of Monteverde is considering accession to the Convention. Could you explain
the procedure (instrument of accession, depositary, entry into force) and whether the ISU
could brief our inter-ministerial committee in a virtual meeting? The committee will
obviously also want to know what obligations would follow, as the Army still holds some old
stocks, but at this stage we mainly need to understand the process.

Kind regards,
Aurelio Benedetti-Kasozi
First Secretary, Embassy of Monteverde""",
  tz=1)

M("en", "not_an_enquiry", False,
  "out-of-office auto-reply with Auto-Submitted header",
  "Eleanor Whitcombe <e.whitcombe@mfa.coral-reach.example>",
  "Automatic reply: Article 7 report - deadline",
  """I am out of the office until 6 January with limited access to email.

For urgent matters please contact the Disarmament Desk at disarmament@mfa.coral-reach.example.

Eleanor Whitcombe
Coral Reach Ministry of Foreign Affairs""",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
       ("In-Reply-To", "<CRA-554@ccm-isu.example>")],
  tz=-4)

M("en", "not_an_enquiry", True,
  "mine action newsletter (bulk, List-Unsubscribe) packed with clearance, VA and stockpile words",
  "Landmine Action Monitor Digest <digest@news.mineaction-digest.example>",
  "Monthly Digest: record clearance year, new prosthetics centre, stockpile destruction completed",
  """MINE ACTION DIGEST - issue 112

IN THIS ISSUE
* Record year for cluster munition remnant clearance: 93 km2 released across 12 countries
* New prosthetics and rehabilitation centre opens for survivors in the Sahel
* Two States Parties complete stockpile destruction ahead of their Article 3 deadlines
* How to fill in your Article 7 transparency report: our webinar recording
* Model law: three more States adopt national implementing legislation

CLEARANCE
Operators report that land release through non-technical survey cancelled more than 40% of
suspected hazardous areas this year...

VICTIM ASSISTANCE
The new centre will offer physiotherapy, prosthetics and peer support...

You are receiving this email because you subscribed to the Mine Action Digest.
Unsubscribe: https://news.mineaction-digest.example/u/8812
Mine Action Digest, 14 Rue Invented, 1200 Geneva""",
  fmt="alt",
  hdr=[("List-Unsubscribe", "<https://news.mineaction-digest.example/u/8812>, <mailto:unsubscribe@news.mineaction-digest.example>"),
       ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
       ("Precedence", "bulk"), ("List-Id", "Mine Action Digest <digest.news.mineaction-digest.example>"),
       ("X-Mailer", "MailBlast 7.2")],
  kind="topic_words_bulk", tz=0)


def _dsn(m, date, mid):
    return ("""From: Mail Delivery System <MAILER-DAEMON@mx2.mfa.sanveria.example>
To: intake@ccm-isu.example
Subject: Undelivered Mail Returned to Sender
Date: %s
Message-ID: %s
Auto-Submitted: auto-replied
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
 boundary="9A7C31E5C2.1738331122/mx2.mfa.sanveria.example"

This is a MIME-encapsulated message.

--9A7C31E5C2.1738331122/mx2.mfa.sanveria.example
Content-Description: Notification
Content-Type: text/plain; charset=us-ascii

This is the mail system at host mx2.mfa.sanveria.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

                   The mail system

<j.okafor@mfa.sanveria.example>: host mbox.mfa.sanveria.example[10.2.4.9] said:
    550 5.1.1 <j.okafor@mfa.sanveria.example>: Recipient address rejected:
    User unknown in virtual mailbox table (in reply to RCPT TO command)

--9A7C31E5C2.1738331122/mx2.mfa.sanveria.example
Content-Description: Delivery report
Content-Type: message/delivery-status

Reporting-MTA: dns; mx2.mfa.sanveria.example
X-Postfix-Queue-ID: 9A7C31E5C2
X-Postfix-Sender: rfc822; intake@ccm-isu.example
Arrival-Date: %s

Final-Recipient: rfc822; j.okafor@mfa.sanveria.example
Original-Recipient: rfc822;j.okafor@mfa.sanveria.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mbox.mfa.sanveria.example
Diagnostic-Code: smtp; 550 5.1.1 <j.okafor@mfa.sanveria.example>: Recipient
    address rejected: User unknown in virtual mailbox table

--9A7C31E5C2.1738331122/mx2.mfa.sanveria.example
Content-Description: Undelivered Message Headers
Content-Type: text/rfc822-headers

From: intake@ccm-isu.example
To: j.okafor@mfa.sanveria.example
Subject: [CCM-2025-0142] Acknowledgement: Article 7 report - deadline and submission
Date: Thu, 30 Jan 2025 14:25:19 +0000
Message-ID: <ack-2025-0142@ccm-isu.example>

--9A7C31E5C2.1738331122/mx2.mfa.sanveria.example--
""" % (date, mid, date)).encode("ascii")


M("en", "not_an_enquiry", False,
  "Postfix DSN (multipart/report, 5.1.1 user unknown) for an acknowledgement sent by the intake",
  "Mail Delivery System <MAILER-DAEMON@mx2.mfa.sanveria.example>",
  "Undelivered Mail Returned to Sender", "", raw=_dsn, tz=0)

M("en", "not_an_enquiry", True,
  "vendor marketing with no bulk headers, full of demilitarisation/clearance vocabulary",
  "Brent Kowalczyk <brent.k@sales.demilbotics.example>",
  "Cut your stockpile destruction costs by 40% - and clear contaminated land faster",
  """Hi there,

Are you a State Party facing an Article 3 or Article 4 deadline? DemilBotics has helped
ministries of defence destroy cluster munition stockpiles and clear contaminated land faster
and at a lower cost.

Our RoboDisassembler X5 safely removes submunitions from carrier shells without human
exposure, and our new SurveyDrone mapping suite cuts non-technical survey time in half.

Book a 20-minute demo this week and receive our free white paper "Meeting your Convention
deadlines with automation".

Best,
Brent Kowalczyk
Senior Account Executive, Government Sales
DemilBotics Inc. | www.demilbotics.example""",
  fmt="html",
  html="""<html><body style="font-family:Helvetica,Arial,sans-serif">
<table width="600" align="center"><tr><td>
<h2 style="color:#0a4f8a">Cut your stockpile destruction costs by 40%</h2>
<p>Hi there,</p>
<p>Are you a State Party facing an <b>Article 3</b> or <b>Article 4</b> deadline? DemilBotics has helped
ministries of defence destroy cluster munition stockpiles and clear contaminated land faster and at a lower cost.</p>
<p>Our <b>RoboDisassembler X5</b> safely removes submunitions from carrier shells without human exposure,
and our new <b>SurveyDrone</b> mapping suite cuts non-technical survey time in half.</p>
<p style="text-align:center"><a href="https://demilbotics.example/demo?utm_source=isu" style="background:#0a4f8a;color:#fff;padding:10px 18px;text-decoration:none">Book a 20-minute demo</a></p>
<p>Receive our free white paper &quot;Meeting your Convention deadlines with automation&quot;.</p>
<p>Best,<br>Brent Kowalczyk<br>Senior Account Executive, Government Sales<br>DemilBotics Inc.</p>
</td></tr></table></body></html>
""",
  kind="topic_words_marketing", tz=-6)


# ====================================================================== FRENCH
M("fr", "stockpile_destruction", False,
  "latin-1: direction du matériel demande appui technique et chiffrage pour détruire des roquettes à sous-munitions",
  "Lieutenant-colonel Bertrand Ngoma <b.ngoma@defense.kanembe.example>",
  "Demande d'appui - destruction des stocks de roquettes à sous-munitions",
  """Madame, Monsieur,

La Direction du matériel des Forces armées de la République du Kanembé détient encore 1 870
roquettes de 122 mm à sous-munitions, entreposées au dépôt central de Sangha. Conformément à
l'article 3 de la Convention, ces stocks doivent être détruits avant le 1er février 2028.

Nos capacités nationales se limitent au brûlage et à la destruction à l'air libre, que les
autorités environnementales jugent désormais inacceptables. Nous souhaiterions donc :

 - obtenir des informations sur les solutions de démantèlement industriel (four rotatif,
   cisaillage, incinération en four statique) retenues par d'autres États parties ;
 - disposer d'une estimation des coûts unitaires ;
 - savoir si des États ou des organisations seraient disposés à apporter un appui technique
   ou financier.

Nous vous remercions par avance de l'attention portée à la présente demande.

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

Lieutenant-colonel Bertrand Ngoma
Chef du Bureau munitions
Direction du matériel - Forces armées du Kanembé""",
  charset="iso-8859-1", tz=1)

M("fr", "stockpile_destruction", True,
  "long letter about the clearance campaign; at the end asks help to prepare an Art. 3 stockpile destruction deadline extension request",
  "M. Jean-Baptiste Mavoungou <jb.mavoungou@cnd.mavoungou.example>",
  "Point de situation - Commission nationale",
  """Monsieur le Directeur,

J'ai l'honneur de vous faire parvenir un point de situation sur la mise en oeuvre de la
Convention sur les armes à sous-munitions en République du Mavoungou.

S'agissant de la dépollution, les équipes de la Commission nationale, appuyées par deux
opérateurs internationaux, ont achevé l'enquête non technique dans les départements de la
Likouala et des Plateaux. Sur les 27 zones dangereuses confirmées, 19 ont été dépolluées et
remises aux communautés, soit 4,2 km2. Les séances d'éducation aux risques ont touché près de
9 000 personnes, principalement des enfants et des agriculteurs. Le plan de travail pour les
zones restantes a été validé en comité de pilotage le 12 février.

La base de données nationale a par ailleurs été mise à jour et les chiffres seront repris
dans notre prochain rapport.

Enfin, et c'est l'objet principal de mon courrier, le Ministère de la Défense m'informe que
la destruction du stock résiduel de bombes à sous-munitions (environ 240 conteneurs BL-755)
ne pourra pas être achevée avant l'échéance fixée par l'article 3, faute de financement pour
le transport vers une installation agréée. Le Gouvernement envisage donc de présenter une
demande de prolongation du délai de destruction des stocks. Je vous saurais gré de bien
vouloir nous indiquer la marche à suivre et, si possible, de mettre à notre disposition un
expert pour aider à la rédaction de cette demande.

Je vous prie d'agréer, Monsieur le Directeur, l'expression de ma haute considération.

Jean-Baptiste Mavoungou
Secrétaire permanent
Commission nationale de lutte contre les armes à sous-munitions""",
  sec=["clearance"], kind="ask_at_end", tz=1)

M("fr", "clearance", False,
  "demining centre asks for technical survey training and land release standards",
  "Mme Aïssata Coulibaly-Diarra <a.coulibaly@cndh.sabeline.example>",
  "Formation en enquête technique et remise à disposition des terres",
  """Bonjour,

Le Centre national de déminage humanitaire (CNDH) de Sabeline souhaite renforcer les
compétences de ses équipes en matière d'enquête technique et de remise à disposition des
terres. Nos normes nationales datent de 2014 et ne prévoient pas la réduction des zones par
enquête technique, ce qui nous oblige à dépolluer intégralement des parcelles où aucune
sous-munition n'est finalement trouvée.

Serait-il possible d'obtenir un appui pour (1) réviser nos normes nationales de l'action
contre les mines sur la remise à disposition des terres, et (2) organiser une formation de
deux semaines pour une vingtaine de chefs d'équipe ?

Avec mes remerciements,

Aïssata Coulibaly-Diarra
Directrice des opérations
Centre national de déminage humanitaire (CNDH) - Sabeline""",
  tz=0)

M("fr", "clearance", True,
  "TR: forward of a mission report; only the forwarded text asks for risk education support for returnees",
  "M. Étienne Rakotobe <e.rakotobe@mae.lisandre.example>",
  "TR: Compte rendu de mission - région de Vohéna",
  """Pour suite à donner, merci.

Étienne Rakotobe
Conseiller, Mission permanente du Royaume de Lisandre à Genève

-------- Message transféré --------
Sujet : Compte rendu de mission - région de Vohéna
Date : Wed, 5 Mar 2025 17:22:04 +0300
De : Service de la lutte antimines <antimines@defense.lisandre.example>
Pour : Étienne Rakotobe <e.rakotobe@mae.lisandre.example>

Monsieur le Conseiller,

La mission effectuée du 24 au 28 février dans la région de Vohéna a permis de constater le
retour d'environ 3 500 personnes déplacées dans des villages où des restes d'armes à
sous-munitions ont été signalés. Trois accidents ont été recensés depuis janvier.

Aucune campagne d'éducation aux risques n'a encore été menée dans ces villages et le marquage
des zones suspectes est incomplet. Nous sollicitons, par l'intermédiaire de la Mission, un
appui de l'Unité d'appui à l'application pour mobiliser des partenaires capables de conduire
rapidement des sessions d'éducation aux risques auprès des rapatriés et de former des
relais communautaires.

Le chef du Service de la lutte antimines,
Commandant Hery Andriamanana""",
  kind="forwarded_only", tz=3)

M("fr", "victim_assistance", False,
  "social affairs ministry asks support for psychosocial care and socio-economic reintegration of victims",
  "Mme Clémentine Bouanga <c.bouanga@affaires-sociales.kanembe.example>",
  "Appui à la prise en charge psychosociale et à la réinsertion des victimes",
  """Madame, Monsieur,

Le Ministère des Affaires sociales et de la Solidarité du Kanembé a recensé 312 victimes
d'armes à sous-munitions, dont une majorité vit dans les zones rurales de l'Est. Si la prise
en charge médicale d'urgence s'est améliorée, le soutien psychosocial et la réinsertion
socio-économique restent très insuffisants.

Nous souhaiterions bénéficier d'un appui pour :
 - former des agents sociaux au soutien psychosocial et à l'accompagnement par les pairs ;
 - mettre en place des activités génératrices de revenus pour les survivants et leurs
   familles ;
 - mieux intégrer les victimes dans le plan national en faveur des personnes handicapées.

Dans l'attente de votre retour, veuillez recevoir nos salutations distinguées.

Clémentine Bouanga
Directrice de la protection des personnes handicapées""",
  tz=1)

M("fr", "victim_assistance", False,
  "Outlook-style reply asking for a physiotherapy expert for the regional orthopaedic centre",
  "Dr Youssouf Haïdara <y.haidara@chu-tessit.example>",
  "RE: Centre d'appareillage orthopédique de Tessit",
  """Bonjour Madame,

Merci pour votre réponse rapide. Pour préciser notre demande : le centre d'appareillage
orthopédique de Tessit a besoin d'un kinésithérapeute expérimenté pendant six mois pour former
notre personnel à la rééducation des amputés des membres inférieurs. Nous recevons en moyenne
quinze survivants par mois, dont beaucoup d'enfants, et nos deux kinés sont débordés.

Pouvez-vous relayer ce besoin auprès des États et organisations partenaires ?

Cordialement,

Dr Youssouf Haïdara
Médecin-chef, Centre d'appareillage orthopédique de Tessit
CHU régional de Tessit

De : Unité d'appui à l'application <intake@ccm-isu.example>
Envoyé : lundi 10 février 2025 11:14
À : Youssouf Haïdara <y.haidara@chu-tessit.example>
Objet : RE: Centre d'appareillage orthopédique de Tessit

Docteur,

Nous accusons réception de votre message et vous remercions. Pourriez-vous préciser le type
d'appui souhaité (équipement, formation, personnel) ?

Bien cordialement,
L'ISU""",
  hdr=[("In-Reply-To", "<isu-ack-8811@ccm-isu.example>"), ("References", "<isu-ack-8811@ccm-isu.example>")],
  fmt="alt", tz=0)

M("fr", "reporting", False,
  "windows-1252: focal point asks for Word versions of the Art. 7 forms and explanations on filling them",
  "M. Olivier Desrosiers <o.desrosiers@mae.sabeline.example>",
  "Formulaires du rapport article 7 - version Word",
  """Madame, Monsieur,

En tant que point focal pour la Convention, je suis chargé de préparer le rapport annuel de
transparence de la Sabeline qui doit être remis avant le 30 avril. Pourriez-vous me faire
parvenir les formulaires en version Word (et non PDF) ainsi que le guide de remplissage ?

J'aurais également une question : lorsqu'aucun changement n'est intervenu depuis l'an
dernier, suffit-il de cocher « sans changement » dans chaque formulaire ?

Avec mes remerciements anticipés,

Olivier Desrosiers
Chargé de mission désarmement
Ministère des Affaires étrangères - Sabeline""",
  charset="windows-1252", tz=0)

M("fr", "reporting", True,
  "reply quoting an older thread about a draft law; the new question is how to declare the pending law in Form A of the report",
  "Mme Nathalie Ebosse-Kamga <n.ebosse@justice.mavoungou.example>",
  "Re: Projet de loi portant interdiction des armes à sous-munitions",
  """Bonjour Monsieur Laurent,

Je reviens vers vous concernant notre rapport de transparence dont l'échéance approche.
Comme vous le savez, notre projet de loi n'a toujours pas été adopté par l'Assemblée.
Comment devons-nous le présenter dans le formulaire A ? Faut-il le déclarer comme mesure
« en cours », joindre le texte du projet, ou laisser le formulaire vide jusqu'à
l'adoption ?

Merci d'avance,
Nathalie Ebosse-Kamga
Conseillère juridique, Ministère de la Justice

Le 12/11/2024 à 09:31, Unité d'appui à l'application a écrit :
> Madame,
>
> Merci de nous avoir transmis l'avant-projet de loi. Nos observations portent
> principalement sur l'article 8 (sanctions pénales) : la peine maximale prévue
> paraît faible au regard des législations comparables, et l'infraction
> d'assistance ou d'incitation n'est pas couverte.
>
> Nous restons à votre disposition.
>
> Le 28/10/2024 à 15:02, Nathalie Ebosse-Kamga a écrit :
>> Veuillez trouver ci-joint l'avant-projet de loi pour examen.""",
  sec=["legislation"], kind="quoted_thread",
  hdr=[("In-Reply-To", "<5c1e0f7a-legis@ccm-isu.example>"), ("References", "<5c1e0f7a-legis@ccm-isu.example>"),
       ("User-Agent", "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:115.0) Gecko/20100101 Thunderbird/115.6.0")],
  tz=1)

M("fr", "legislation", False,
  "legal affairs directorate asks for the model law and advice on penal sanctions in transposition",
  "M. Hervé Lamontagne-Diop <h.lamontagne@sgg.kanembe.example>",
  "Loi d'application de la Convention - loi type et sanctions pénales",
  """Madame, Monsieur,

Le Secrétariat général du Gouvernement du Kanembé a été saisi de l'élaboration d'une loi
d'application de la Convention sur les armes à sous-munitions. Afin de faciliter ce travail,
nous souhaiterions recevoir la loi type élaborée à l'intention des États, en version
française, ainsi que des exemples de dispositions pénales adoptées par des États de tradition
juridique civiliste (échelle des peines, responsabilité des personnes morales, compétence
extraterritoriale).

Veuillez agréer l'expression de ma considération distinguée.

Hervé Lamontagne-Diop
Directeur de la législation
Secrétariat général du Gouvernement""",
  tz=1)

M("fr", "legislation", True,
  "vague body; only the attachment names show a draft implementing law and explanatory memorandum for review",
  "Mme Sandrine Mbeki-Rousseau <s.mbeki@assemblee.sabeline.example>",
  "Documents pour examen",
  """Bonjour,

Veuillez trouver ci-joint les documents évoqués lors de notre entretien téléphonique. Vos
observations nous seraient précieuses avant la réunion de la commission le 20 mai.

Bien à vous,

Sandrine Mbeki-Rousseau
Administratrice, Commission des lois
Assemblée nationale de Sabeline""",
  att=["Avant-projet_loi_interdiction_armes_sous-munitions.docx", "Exposé_des_motifs.pdf"],
  kind="attachment_only", tz=0)

M("fr", "general", False,
  "asks for an ISU bilateral meeting in Geneva during the intersessionals",
  "S.E. M. Rodrigue Assogba <r.assogba@mission-lisandre.example>",
  "Demande de rencontre bilatérale avec l'Unité d'appui",
  """Madame la Directrice,

La Mission permanente du Royaume de Lisandre auprès de l'Office des Nations Unies à Genève
présente ses compliments à l'Unité d'appui à l'application et a l'honneur de solliciter une
rencontre bilatérale en marge des réunions intersessions, de préférence le mardi après-midi,
afin d'échanger sur les priorités de la présidence et les possibilités de contribution
volontaire au budget de l'Unité.

La Mission saisit cette occasion pour renouveler à l'Unité les assurances de sa haute
considération.

Rodrigue Assogba
Ambassadeur, Représentant permanent""",
  tz=1)

M("fr", "general", True,
  "Art. 6 cooperation: wants a country coalition / platform covering clearance and victim assistance equally, no single main need",
  "M. Abdoulaye Sissoko-Ferrand <a.sissoko@plan.tessit.example>",
  "Coopération et assistance - mise en place d'une coalition de pays",
  """Bonjour,

Dans le cadre de l'article 6, la République de Tessit souhaite mettre en place une « coalition
de pays » réunissant les partenaires techniques et financiers autour de notre programme
national. Nos besoins concernent à la fois la dépollution des 14 zones restantes dans le
Nord, l'appui aux survivants (appareillage, soutien psychosocial) et le renforcement de notre
autorité nationale.

Pourriez-vous nous indiquer comment d'autres États ont procédé, quel rôle l'ISU peut jouer
pour réunir les partenaires, et s'il est possible de présenter notre programme lors des
prochaines réunions intersessions ?

Cordialement,
Abdoulaye Sissoko-Ferrand
Coordonnateur national, Ministère du Plan et de la Coopération""",
  sec=["clearance", "victim_assistance"], kind="several_needs", tz=0)

M("fr", "not_an_enquiry", False,
  "absence notice with Auto-Submitted",
  "Pauline Verhaegen <p.verhaegen@mae.lisandre.example>",
  "Réponse automatique : Formulaires du rapport article 7",
  """Bonjour,

Je suis absente du bureau jusqu'au 3 mars inclus, sans accès à ma messagerie. Pour toute
question urgente, merci de contacter M. Rakotobe (e.rakotobe@mae.lisandre.example).

Cordialement,
Pauline Verhaegen""",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All"),
       ("Precedence", "auto_reply")], tz=1)

M("fr", "not_an_enquiry", True,
  "calendar invitation (text/calendar) whose description is all about stockpile destruction; no question to the ISU",
  "Agenda Défense Kanembé <agenda-noreply@defense.kanembe.example>",
  "Invitation : Réunion de coordination - destruction des stocks @ jeu. 13 mars 2025 10:00 - 11:30",
  """Vous avez été invité à la réunion suivante.

Réunion de coordination - destruction des stocks
Quand : jeudi 13 mars 2025, 10:00 - 11:30 (heure de Kanembé)
Où : Salle B, Direction du matériel / visioconférence
Organisateur : Lt-col. Bertrand Ngoma

Ordre du jour : calendrier de démantèlement des roquettes à sous-munitions, appel d'offres
pour le transport, munitions conservées pour la formation, préparation du rapport article 7.

Accepter - Peut-être - Refuser""",
  fmt="cal",
  ics="""BEGIN:VCALENDAR
PRODID:-//Kanembe Defense//Agenda 3.1//FR
VERSION:2.0
METHOD:REQUEST
BEGIN:VEVENT
UID:20250313T090000Z-7781@defense.kanembe.example
DTSTAMP:20250303T081500Z
DTSTART:20250313T090000Z
DTEND:20250313T103000Z
SUMMARY:Réunion de coordination - destruction des stocks
LOCATION:Salle B\\, Direction du matériel
ORGANIZER;CN=Lt-col. Bertrand Ngoma:mailto:agenda-noreply@defense.kanembe.example
ATTENDEE;ROLE=OPT-PARTICIPANT;RSVP=TRUE:mailto:intake@ccm-isu.example
DESCRIPTION:Calendrier de démantèlement des roquettes à sous-munitions\\, transport\\, munitions conservées
END:VEVENT
END:VCALENDAR
""",
  att=["invite.ics"], kind="topic_words_calendar", tz=1)


# ====================================================================== SPANISH
M("es", "stockpile_destruction", False,
  "army logistics asks technical assistance to destroy stocks of cluster bombs (horno, costos)",
  "Cnel. Ricardo Almonte Paz <ralmonte@ejercito.santelmo.example>",
  "Solicitud de asistencia técnica para la destrucción de existencias de municiones en racimo",
  """Estimados señores:

Por medio de la presente, la Dirección de Logística del Ejército de la República de San Telmo
se dirige a la Unidad de Apoyo a la Implementación para solicitar asistencia técnica en
relación con la destrucción de las existencias de municiones en racimo que aún conserva el
país: 214 bombas de aviación tipo CBU y 1.060 granadas de artillería con submuniciones,
almacenadas en el polvorín de Cerro Colorado.

Nuestro plazo conforme al artículo 3 vence en 2027. Quisiéramos conocer experiencias de otros
Estados Partes en el uso de hornos de incineración transportables, los costos aproximados y
la posibilidad de contar con un asesor técnico durante la fase de planificación.

Sin otro particular, saludo a ustedes muy atentamente.

Cnel. Ricardo Almonte Paz
Director de Logística
Ejército de la República de San Telmo""",
  charset="iso-8859-15", tz=-4)

M("es", "stockpile_destruction", False,
  "asks about the procedure and form of an extension request for the Art. 3 destruction deadline",
  "Lic. Mariana Quispe Valdivia <mquispe@cancilleria.altamira.example>",
  "Prórroga del plazo de destrucción de existencias (artículo 3)",
  """Buenos días:

Le escribo desde la Dirección de Seguridad Internacional de la Cancillería de Altamira. Debido
a retrasos en la licitación del servicio de desmilitarización, nuestro Ministerio de Defensa
estima que no podrá concluir la destrucción de las existencias de municiones en racimo antes
del vencimiento del plazo del artículo 3.

¿Podrían indicarnos con qué antelación debe presentarse la solicitud de prórroga, qué
información debe contener (plan de destrucción, cronograma, presupuesto) y si existe un
modelo o ejemplos de solicitudes presentadas por otros Estados?

Atentamente,

Lic. Mariana Quispe Valdivia
Jefa del Departamento de Desarme
Ministerio de Relaciones Exteriores de Altamira""",
  tz=-5)

M("es", "clearance", False,
  "demining centre asks support for non-technical survey and land release to meet the Art. 4 deadline",
  "Ing. Fernando Castañeda Ruiz <fcastaneda@cnd.marivela.example>",
  "Apoyo para estudio no técnico y liberación de tierras",
  """Estimados colegas:

El Centro Nacional de Desminado de Marivela debe concluir el despeje de las áreas contaminadas
por restos de municiones en racimo antes de agosto de 2026. Quedan 37 áreas sospechosas en
los departamentos de Lomas Altas y Río Seco, muchas de ellas registradas a partir de
información antigua y poco fiable.

Solicitamos apoyo para realizar un estudio no técnico que permita cancelar las áreas sin
evidencia y concentrar los equipos de despeje en las zonas confirmadas, así como asesoría para
actualizar nuestra norma nacional de liberación de tierras.

Quedo atento a sus comentarios.

Ing. Fernando Castañeda Ruiz
Jefe de Operaciones, Centro Nacional de Desminado""",
  tz=-6)

M("es", "clearance", True,
  "HTML-only long letter mostly on victim assistance; final ask is risk education in rural schools",
  "Mtra. Gabriela Ordóñez Lira <gordonez@educacion.sanbernardo.example>",
  "Informe y solicitud - Secretaría de Educación",
  """Estimada Directora:

Me permito compartir con usted algunos avances de nuestra Secretaría. En coordinación con el
Ministerio de Salud, durante 2024 se identificaron 64 niñas y niños sobrevivientes de
accidentes con submuniciones en edad escolar. Se han hecho ajustes razonables en sus escuelas,
se entregaron sillas de ruedas y se capacitó a los docentes en educación inclusiva. La
asociación de sobrevivientes ha impartido charlas sobre derechos de las personas con
discapacidad y varias familias reciben ya el bono de apoyo.

A pesar de ello, seguimos registrando accidentes. Lo que hoy le solicitamos concretamente es
apoyo para diseñar e implementar un programa de educación sobre el riesgo de artefactos
explosivos en las 120 escuelas rurales del departamento de Sierra Morena, con materiales
adaptados a la edad de los alumnos y formación para los maestros.

Reciba un cordial saludo.

Mtra. Gabriela Ordóñez Lira
Subsecretaria de Educación Básica
República de San Bernardo""",
  fmt="html", sec=["victim_assistance"], kind="ask_at_end", tz=-6)

M("es", "victim_assistance", False,
  "hospital asks for prosthetic and rehabilitation support for survivors",
  "Dra. Lucía Benavides Otero <lbenavides@hospitalnorte.altamira.example>",
  "Solicitud de apoyo en prótesis y rehabilitación",
  """Estimados señores:

Soy jefa del servicio de medicina física y rehabilitación del Hospital Regional del Norte, en
Altamira. Atendemos actualmente a 93 sobrevivientes de municiones en racimo, muchos de ellos
con amputaciones de miembros inferiores, y no contamos con taller de prótesis: los pacientes
deben viajar doce horas hasta la capital.

Quisiéramos saber si es posible obtener apoyo para equipar un pequeño taller de prótesis y
órtesis y capacitar a dos técnicos, así como para financiar el traslado de los pacientes más
vulnerables.

Atentamente,
Dra. Lucía Benavides Otero
Jefa del Servicio de Medicina Física y Rehabilitación
Hospital Regional del Norte""",
  tz=-5)

M("es", "victim_assistance", True,
  "Outlook 'RV:' forward with a one-line cover; the survivors' association asks for job inclusion support",
  "Sr. Joaquín Ibarra Méndez <jibarra@mrecic.marivela.example>",
  "RV: Solicitud de la asociación",
  """Para su consideración.

Saludos,
Joaquín

De: Asociación de Sobrevivientes de Río Seco <asorioseco@asociacion-rioseco.example>
Enviado el: jueves, 16 de enero de 2025 18:03
Para: Joaquín Ibarra Méndez <jibarra@mrecic.marivela.example>
Asunto: Solicitud de la asociación

Señor Ibarra:

Como conversamos en la reunión de la mesa técnica, nuestros asociados, casi todos
sobrevivientes de submuniciones, tienen enormes dificultades para conseguir empleo. Las
empresas no cumplen la cuota de contratación de personas con discapacidad y los programas de
microcrédito exigen garantías que no tenemos.

Le pedimos que, por medio de la Convención, se busque apoyo para un programa de inclusión
laboral: formación profesional, capital semilla para emprendimientos y acompañamiento a las
empresas.

Atentamente,
Rosa Elvira Tapia
Presidenta, Asociación de Sobrevivientes de Río Seco""",
  kind="forwarded_only", hdr=[("X-Mailer", "Microsoft Outlook 16.0")], tz=-6)

M("es", "reporting", False,
  "asks for the Art. 7 report deadline and whether it can be sent in Spanish",
  "Sra. Verónica Salcedo Arias <vsalcedo@rree.santelmo.example>",
  "Informe de transparencia artículo 7 - plazo e idioma",
  """Buenas tardes:

Estamos preparando el informe anual de transparencia de San Telmo correspondiente a 2024.
¿Podrían confirmarnos la fecha límite de presentación y si el informe puede remitirse en
español o debe acompañarse de una traducción al inglés? Asimismo, ¿a qué dirección debe
enviarse la versión firmada?

Muchas gracias,
Verónica Salcedo Arias
Segunda Secretaria, Dirección de Desarme y No Proliferación""",
  tz=-4)

M("es", "reporting", True,
  "vague subject and one-line body; the attachment is a draft Art. 7 report sent for review before submission",
  "Tte. Cnel. Aurelio Zambrano <azambrano@defensa.sanbernardo.example>",
  "Envío",
  """Buen día,

Adjunto para su revisión antes del envío oficial. Agradeceré cualquier observación.

Saludos cordiales,
Tte. Cnel. Aurelio Zambrano
Ministerio de Defensa Nacional""",
  att=["Informe_Art7_2024_borrador_SanBernardo.xlsx"], kind="attachment_only", tz=-6)

M("es", "legislation", False,
  "draft implementing law: asks for comments on penal sanctions and liability of legal persons",
  "Dr. Esteban Villarreal Soto <evillarreal@minjusticia.altamira.example>",
  "Anteproyecto de ley de implementación - sanciones penales",
  """Estimados:

El Ministerio de Justicia de Altamira ha elaborado un anteproyecto de ley para implementar la
Convención sobre Municiones en Racimo. Quisiéramos solicitar a la Unidad de Apoyo sus
comentarios sobre el capítulo de sanciones penales: penas aplicables, tipificación de la
asistencia o inducción, responsabilidad de las personas jurídicas y aplicación
extraterritorial a nacionales.

Adjuntamos el texto en cuanto lo tengamos en formato definitivo. Mientras tanto, ¿podrían
compartir la ley modelo y ejemplos de legislación de países latinoamericanos?

Cordialmente,
Dr. Esteban Villarreal Soto
Director de Asuntos Jurídicos Internacionales""",
  tz=-5)

M("es", "legislation", False,
  "stockpile already destroyed; asks whether an executive decree can prohibit financing and impose sanctions",
  "Abog. Patricia Montalvo Reyes <pmontalvo@presidencia.marivela.example>",
  "Consulta jurídica sobre medidas nacionales de aplicación",
  """Estimados señores:

Marivela concluyó la destrucción de sus existencias en 2023, por lo que la Presidencia
considera que basta con un decreto ejecutivo para cumplir el artículo 9. Mi consulta es si un
decreto puede prohibir la financiación de la producción de municiones en racimo por parte de
entidades financieras nacionales y establecer sanciones, o si se requiere una ley aprobada por
la Asamblea para las sanciones penales.

Les agradecería ejemplos de otros Estados con sistemas presidenciales.

Atentamente,
Abog. Patricia Montalvo Reyes
Asesora Jurídica, Secretaría General de la Presidencia""",
  sec=["stockpile_destruction"], tz=-6)

M("es", "general", False,
  "sponsorship for the Meeting of States Parties",
  "Sr. Diego Fuenzalida Arce <dfuenzalida@mision-sanbernardo.example>",
  "Programa de patrocinio - Reunión de los Estados Partes",
  """Estimados colegas:

La Misión Permanente de San Bernardo desea saber si todavía es posible solicitar el
patrocinio para que un funcionario de la capital asista a la próxima Reunión de los Estados
Partes. ¿Cuál es el plazo y qué formulario debemos completar?

Saludos cordiales,
Diego Fuenzalida Arce
Consejero, Misión Permanente de San Bernardo en Ginebra""",
  fmt="alt", tz=1)


def _mdn(m, date, mid):
    return ("""From: =?utf-8?q?Ver=C3=B3nica_Salcedo_Arias?= <vsalcedo.secretaria@rree.santelmo.example>
To: intake@ccm-isu.example
Subject: =?utf-8?q?Le=C3=ADdo=3A_Informe_de_transparencia_art=C3=ADculo_7_-_acuse_?=
 =?utf-8?q?de_recibo?=
Date: %s
Message-ID: %s
MIME-Version: 1.0
Content-Type: multipart/report; report-type=disposition-notification;
 boundary="----=_NextPart_000_0019_01DB6A2C.5B3E8F10"
X-Mailer: Microsoft Outlook 16.0

This is a multi-part message in MIME format.

------=_NextPart_000_0019_01DB6A2C.5B3E8F10
Content-Type: text/plain; charset="utf-8"
Content-Transfer-Encoding: 8bit

Su mensaje

  Para: vsalcedo.secretaria@rree.santelmo.example
  Asunto: Informe de transparencia artículo 7 - acuse de recibo
  Enviado: 3 de febrero de 2025 10:12

fue leído el 3 de febrero de 2025 11:47.

------=_NextPart_000_0019_01DB6A2C.5B3E8F10
Content-Type: message/disposition-notification

Reporting-UA: rree.santelmo.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;vsalcedo.secretaria@rree.santelmo.example
Original-Message-ID: <ack-2025-0098@ccm-isu.example>
Disposition: manual-action/MDN-sent-manually; displayed

------=_NextPart_000_0019_01DB6A2C.5B3E8F10--
""" % (date, mid)).encode("utf-8")


M("es", "not_an_enquiry", True,
  "Outlook read receipt (disposition-notification) whose subject names the Art. 7 report",
  "Verónica Salcedo Arias <vsalcedo.secretaria@rree.santelmo.example>",
  "Leído: Informe de transparencia artículo 7 - acuse de recibo", "",
  raw=_mdn, kind="read_receipt", tz=-4)


# ==================================================================== PORTUGUESE
M("pt", "clearance", False,
  "demining institute asks support for survey, clearance and information management",
  "Eng. Domingos Chissano Neto <d.chissano@ind.quilumba.example>",
  "Pedido de apoio - levantamento e desminagem de áreas contaminadas",
  """Exmos. Senhores,

O Instituto Nacional de Desminagem (IND) da República de Quilumba tem ainda 22 áreas
confirmadas como contaminadas por restos de munições de fragmentação nas províncias de Cuando
e Lunguè, numa extensão estimada de 9,8 km2. O nosso prazo ao abrigo do artigo 4.º termina em
2028.

Solicitamos apoio para: (i) um levantamento não técnico actualizado, (ii) reforço das equipas
de limpeza com equipamento de detecção, e (iii) formação em gestão de informação, uma vez que
a base de dados nacional não está actualizada desde 2019.

Com os melhores cumprimentos,

Eng. Domingos Chissano Neto
Director-Geral Adjunto
Instituto Nacional de Desminagem""",
  tz=1)

M("pt", "victim_assistance", True,
  "reply quoting an older clearance thread; the new request is physical rehabilitation for survivors",
  "Dra. Helena Vasconcelos Ribeiro <h.ribeiro@saude.quilumba.example>",
  "Re: Levantamento técnico na província de Cuando",
  """Caros colegas,

Agradeço as informações sobre o levantamento técnico, que transmiti ao IND.

Escrevo agora sobre outro assunto, da competência do Ministério da Saúde: o centro
ortopédico de Menongue recebe cada vez mais sobreviventes das áreas contaminadas e não tem
fisioterapeutas suficientes nem material para próteses. Gostaríamos de saber se a Unidade de
Apoio pode ajudar a identificar parceiros para reabilitação física e formação de técnicos
ortoprotésicos.

Com os meus cumprimentos,
Dra. Helena Vasconcelos Ribeiro
Directora Nacional de Reabilitação, Ministério da Saúde

Em seg., 20 de jan. de 2025 às 14:05, ISU CCM <intake@ccm-isu.example> escreveu:
> Cara Dra. Ribeiro,
>
> Quanto ao levantamento técnico na província de Cuando, sugerimos contactar o
> operador que trabalha em Lunguè; a redução de áreas por levantamento técnico
> pode diminuir consideravelmente a superfície a desminar.
>
> Com os melhores cumprimentos,
> ISU""",
  sec=["clearance"], kind="quoted_thread",
  hdr=[("In-Reply-To", "<CAisu-pt-551@mail.ccm-isu.example>"), ("References", "<CAisu-pt-551@mail.ccm-isu.example>")],
  tz=1)

M("pt", "general", False,
  "update of national focal point contact details",
  "Sr. Rui Albuquerque Mota <r.mota@mirex.quilumba.example>",
  "Actualização do ponto focal nacional",
  """Exmos. Senhores,

Informo que, a partir de 1 de Março, o novo ponto focal da República de Quilumba para a
Convenção sobre Munições de Fragmentação será o Dr. Agostinho Kambala
(a.kambala@mirex.quilumba.example, tel. +999 222 310 455). Agradeço que actualizem a vossa
lista de contactos e a lista de distribuição.

Atenciosamente,
Rui Albuquerque Mota
Chefe de Departamento, Ministério das Relações Exteriores""",
  tz=1)

M("pt", "not_an_enquiry", False,
  "Portuguese out-of-office auto-reply with headers",
  "Marta Figueiredo Lobo <m.lobo@mirex.quilumba.example>",
  "Resposta automática: Actualização do ponto focal nacional",
  """Obrigada pela sua mensagem. Encontro-me em missão até 14 de Fevereiro, com acesso limitado
ao correio electrónico. Para assuntos urgentes contacte o secretariado (+999 222 310 400).

Marta Figueiredo Lobo""",
  hdr=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")], tz=1)


# ======================================================================= ARABIC
M("ar", "stockpile_destruction", False,
  "windows-1256: MoD requests technical expertise and funding to destroy cluster munition stockpiles",
  "العقيد سامر الحداد <s.haddad@mod.wadi-akhdar.example>",
  "طلب مساعدة فنية لتدمير مخزون الذخائر العنقودية",
  """السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تود وزارة الدفاع في جمهورية الوادي الأخضر إعلامكم بأنها لا تزال تحتفظ بمخزون من الذخائر
العنقودية يبلغ نحو 780 قذيفة مدفعية و95 قنبلة جوية، ويجب تدميرها وفقاً للمادة 3 من الاتفاقية
قبل عام 2027.

نرجو التكرم بمساعدتنا في الحصول على خبرة فنية بشأن أساليب التدمير الآمنة والصديقة للبيئة،
وتقدير التكاليف، والتعرف على الدول التي يمكنها تقديم الدعم الفني أو المالي.

وتفضلوا بقبول فائق الاحترام والتقدير،

العقيد سامر الحداد
مدير إدارة الذخيرة
وزارة الدفاع""",
  charset="windows-1256", tz=3)

M("ar", "reporting", True,
  "vague subject 'inquiry'; the question is how to fill in the Article 7 transparency report forms",
  "السيدة ليلى المنصوري <l.mansouri@mofa.wadi-akhdar.example>",
  "استفسار",
  """السلام عليكم ورحمة الله،

أعمل حديثاً في إدارة المنظمات الدولية بوزارة الخارجية، وقد كُلّفت بإعداد تقرير الشفافية
السنوي. لدي بعض الأسئلة: هل يجب ملء جميع الاستمارات حتى إذا لم تتغير المعلومات منذ العام
الماضي؟ وفي أي استمارة نذكر الذخائر المحتفظ بها لأغراض التدريب؟ وما هو الموعد النهائي
لتقديم التقرير عن عام 2024؟

مع خالص الشكر،
ليلى المنصوري
سكرتير ثانٍ، إدارة المنظمات الدولية""",
  kind="vague_subject", fmt="alt", tz=3)

M("ar", "general", False,
  "request for a meeting with the ISU Director during a visit to Geneva",
  "خالد بن ناصر العتيبي <k.otaibi@mission-wadi-akhdar.example>",
  "طلب عقد اجتماع مع مديرة وحدة دعم التنفيذ",
  """تهدي البعثة الدائمة لجمهورية الوادي الأخضر أطيب تحياتها إلى وحدة دعم التنفيذ، وتتشرف بطلب
عقد اجتماع بين سعادة نائب وزير الخارجية ومديرة الوحدة خلال زيارته إلى جنيف في الفترة من
10 إلى 12 نيسان/أبريل، لبحث سبل التعاون وتبادل الآراء حول التحضير لاجتماع الدول الأطراف.

وتغتنم البعثة هذه الفرصة لتعرب مجدداً عن فائق احترامها وتقديرها.

خالد بن ناصر العتيبي
المندوب الدائم""",
  tz=1)

M("ar", "not_an_enquiry", True,
  "Arabic out-of-office sent without any auto-reply headers; only the wording shows it",
  "م. يوسف القاسمي <y.qasimi@nmac.wadi-akhdar.example>",
  "رد: تقرير المادة 7",
  """شكراً لرسالتكم.

أنا خارج المكتب حالياً في إجازة حتى 20 شباط/فبراير ولن أتمكن من الاطلاع على البريد
الإلكتروني. للمسائل العاجلة المتعلقة بالمسح والتطهير يرجى التواصل مع م. رنا العلي
على العنوان r.ali@nmac.wadi-akhdar.example

م. يوسف القاسمي
المركز الوطني لمكافحة الألغام""",
  kind="ooo_no_headers", tz=3)


# ====================================================================== RUSSIAN
M("ru", "stockpile_destruction", False,
  "koi8-r: MoD asks for help with industrial destruction of cluster munition stocks",
  "Игорь Сергеевич Белов <i.belov@mil.zarechye.example>",
  "Запрос о содействии в уничтожении запасов кассетных боеприпасов",
  """Уважаемые коллеги!

Министерство обороны Республики Заречье сообщает, что на арсенале в г. Каменск по-прежнему
хранятся 2 150 реактивных снарядов 9М27К и 340 разовых бомбовых кассет РБК-250. В
соответствии со статьёй 3 Конвенции эти запасы должны быть уничтожены до 2028 года.

Имеющиеся мощности позволяют лишь подрыв на полигоне, что вызывает возражения
природоохранных органов. Просим оказать содействие в получении информации о технологиях
промышленной утилизации, ориентировочной стоимости работ и возможных донорах.

С уважением,
полковник И. С. Белов
начальник управления ракетно-артиллерийского вооружения""",
  charset="koi8-r", tz=3)

M("ru", "clearance", True,
  "long letter mostly on victim assistance; the ask at the end is expert help for the Art. 4 clearance deadline extension",
  "Анна Викторовна Громова <a.gromova@mchs.zarechye.example>",
  "О ходе выполнения Конвенции",
  """Уважаемая госпожа Директор!

Позвольте кратко проинформировать Вас о ходе выполнения Конвенции в Республике Заречье.

В 2024 году при поддержке партнёров в областной больнице г. Светлогорска открыто отделение
реабилитации, где получили помощь 87 пострадавших от кассетных боеприпасов. Министерство
труда и социальной защиты приняло программу трудоустройства лиц с инвалидностью, в том
числе пострадавших и членов их семей. Продолжается сбор данных о пострадавших.

Вместе с тем основная причина моего обращения иная. Из-за нового обнаружения загрязнённых
участков в Приречном районе (около 6 кв. км) мы не успеваем завершить очистку территорий до
истечения срока по статье 4. Правительство намерено подать запрос на продление срока. Просим
направить эксперта, который помог бы подготовить запрос, включая план обследования и
очистки, а также методологию высвобождения земель.

С уважением,
А. В. Громова
заместитель директора Национального центра по разминированию""",
  sec=["victim_assistance"], kind="ask_at_end", tz=3)

M("ru", "legislation", False,
  "asks for the model law and advice on criminal liability in national implementation measures",
  "Дмитрий Олегович Кравец <d.kravets@minjust.zarechye.example>",
  "Национальные меры по осуществлению Конвенции (статья 9)",
  """Добрый день!

Министерство юстиции Республики Заречье готовит проект закона о мерах по осуществлению
Конвенции о кассетных боеприпасах. Просим направить типовой закон (на русском языке, если
имеется) и примеры норм об уголовной ответственности за производство, накопление и передачу
кассетных боеприпасов, а также за содействие таким действиям.

С уважением,
Д. О. Кравец
начальник отдела международно-правового сотрудничества""",
  tz=3)

M("ru", "not_an_enquiry", False,
  "credential-phishing look-alike of the ISU domain asking to re-validate Art. 7 portal password",
  "Служба поддержки ISU <support@ccm-isu-portal.example>",
  "Срочно: подтвердите учётную запись для отчёта по статье 7",
  """Уважаемый пользователь!

Ваша учётная запись на портале отчётности по статье 7 будет заблокирована через 24 часа.
Для сохранения доступа к формам отчёта и данным о запасах и загрязнённых районах
подтвердите пароль по ссылке:

https://ccm-isu-portal.example/verify?id=88213

Служба поддержки ISU""",
  fmt="html",
  html="""<html><body><p>Уважаемый пользователь!</p>
<p>Ваша учётная запись на портале отчётности по статье 7 будет <b>заблокирована через 24 часа</b>.
Для сохранения доступа к формам отчёта и данным о запасах и загрязнённых районах подтвердите пароль:</p>
<p><a href="https://ccm-isu-portal.example/verify?id=88213">https://intake.ccm-isu.example/login</a></p>
<p>Служба поддержки ISU</p></body></html>
""", tz=0)


# ======================================================================= GERMAN
M("de", "victim_assistance", False,
  "rehabilitation clinic asks for prosthetics partners and training for survivors' care",
  "Dr. med. Katharina Vogelsang <k.vogelsang@reha-almsee.example>",
  "Anfrage: Unterstützung Prothesenversorgung und Rehabilitation",
  """Sehr geehrte Damen und Herren,

unsere Rehabilitationsklinik in Almsee betreut derzeit 58 Überlebende von
Streumunitionsunfällen, überwiegend mit Amputationen der unteren Extremitäten. Die
Versorgung mit Prothesen ist durch lange Lieferzeiten für Passteile stark verzögert, und
psychologische Begleitung können wir nur eingeschränkt anbieten.

Wir wären dankbar für Hinweise auf Partnerorganisationen, die Passteile liefern oder
Orthopädietechniker schulen könnten, sowie auf Programme zur beruflichen Wiedereingliederung.

Mit freundlichen Grüßen

Dr. med. Katharina Vogelsang
Chefärztin, Rehabilitationsklinik Almsee""",
  tz=1)

M("de", "reporting", False,
  "asks how to submit the Art. 7 report and whether a German-language report is accepted",
  "Herr Matthias Oberländer <m.oberlaender@aa.almsee.example>",
  "Transparenzbericht nach Artikel 7 - Frist und Einreichung",
  """Sehr geehrte Damen und Herren,

wir bereiten den Transparenzbericht der Republik Almsee nach Artikel 7 für das Jahr 2024
vor. Könnten Sie uns bitte mitteilen, bis wann der Bericht einzureichen ist, ob er auch auf
Deutsch eingereicht werden kann oder zwingend in einer VN-Amtssprache vorliegen muss, und
an welche Adresse die unterzeichnete Fassung zu senden ist?

Mit freundlichen Grüßen
Matthias Oberländer
Referat Konventionelle Rüstungskontrolle
Außenministerium der Republik Almsee""",
  charset="iso-8859-1", tz=1)

M("de", "legislation", True,
  "only the attached forwarded message (message/rfc822) carries the ask: review of penal provisions in the draft implementing act",
  "Frau Dr. Sabine Hollerbach <s.hollerbach@aa.almsee.example>",
  "WG: Entwurf Ausführungsgesetz",
  """Liebe Kolleginnen und Kollegen,

anbei die Nachricht des Justizministeriums zur Kenntnis und mit der Bitte um Unterstützung.

Beste Grüße
Sabine Hollerbach
Völkerrechtsreferat, Außenministerium der Republik Almsee""",
  attach_msg={"headers": [("From", "Referat Strafrecht <strafrecht@bmj.almsee.example>"),
                          ("To", "Sabine Hollerbach <s.hollerbach@aa.almsee.example>"),
                          ("Subject", "Entwurf Ausführungsgesetz zum Übereinkommen über Streumunition"),
                          ("Date", "Tue, 11 Feb 2025 09:12:44 +0100"),
                          ("Message-ID", "<bmj-strafrecht-2025-77@bmj.almsee.example>")],
              "body": """Sehr geehrte Frau Dr. Hollerbach,

der Referentenentwurf des Ausführungsgesetzes zum Übereinkommen über Streumunition sieht in
§ 4 eine Freiheitsstrafe von einem bis zu zehn Jahren für Herstellung, Lagerung und
Weitergabe vor. Strittig ist, ob das Fördern oder Verleiten zu diesen Handlungen eigens
unter Strafe gestellt werden muss und ob die Strafbarkeit auch für Auslandstaten eigener
Staatsangehöriger gelten soll.

Wir bitten, über die Implementierungsunterstützungseinheit in Erfahrung zu bringen, wie andere
Vertragsstaaten diese Fragen geregelt haben.

Mit freundlichen Grüßen
Im Auftrag
Dr. Jens Karlowitz"""},
  kind="forwarded_only", tz=1)

M("de", "general", False,
  "request for an ISU visit to the capital for a national workshop",
  "Herr Botschafter Friedrich Lanzinger <f.lanzinger@vertretung-almsee.example>",
  "Besuch der ISU in Almsee - nationaler Workshop",
  """Sehr geehrte Frau Direktorin,

die Ständige Vertretung der Republik Almsee würde sich freuen, wenn ein Mitglied der ISU im
Juni an einem nationalen Workshop in unserer Hauptstadt teilnehmen könnte, um Vertreterinnen
und Vertreter der beteiligten Ressorts über die Arbeitsweise des Übereinkommens und die
Möglichkeiten der Zusammenarbeit nach Artikel 6 zu informieren. Reise- und Aufenthaltskosten
würden von uns übernommen.

Mit vorzüglicher Hochachtung
Friedrich Lanzinger
Botschafter, Ständiger Vertreter""",
  fmt="alt", tz=1)
