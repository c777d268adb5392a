"""English enquiries (18): 3 per enquiry topic."""

SPECS = [
    # ---------------------------------------------------------- stockpile
    {
        "file": "h-0041.eml",
        "topic": "stockpile_destruction",
        "language": "en",
        "hard": False,
        "note": "one-line question on keeping munitions for training (Art. 3.6)",
        "sender": "Maj. Tomas Reval <t.reval@mod.kestria.example>",
        "date": "2026-02-03 08:47 +0100",
        "subject": "Quick question - units kept for EOD training",
        "body": """Hello,

Once the last stocks are gone, may our EOD school keep a few dozen submunitions for training, and what quantities have other States Parties kept?

Tomas Reval
""",
    },
    {
        "file": "h-0044.eml",
        "topic": "stockpile_destruction",
        "language": "en",
        "hard": False,
        "note": "formal request for technical and financial help to destroy stocks",
        "sender": "Brig. Gen. Alaric Wendt <a.wendt@mod.ruritania.example>",
        "date": "2026-03-10 11:20 +0100",
        "subject": "Request for assistance - destruction of remaining cluster munition stocks",
        "headers": {"Organization": "Ministry of Defence of Ruritania"},
        "body": """Dear Sir or Madam,

The Ministry of Defence of Ruritania holds 1,240 air-dropped dispensers and approximately 38,000 submunitions that are still awaiting destruction.
Our national facility can only handle open burning and open detonation, which the environmental authority has restricted since last year.

We would be grateful for advice on industrial demilitarisation options, including contractors in the region and indicative costs per tonne.
We would also welcome contact with States Parties that have completed destruction of similar types and could share technical expertise or funding.

Yours faithfully,

Brigadier General Alaric Wendt
Director, Ammunition Management
Ministry of Defence of Ruritania
""",
    },
    {
        "file": "h-0005.eml",
        "topic": "stockpile_destruction",
        "secondary": ["reporting"],
        "language": "en",
        "hard": True,
        "note": "HARD(misleading_subject): subject is about an Article 7 form, body asks how to request an extension of the Article 3 destruction deadline",
        "sender": "Ilse Marrow <ilse.marrow@mfa.norvenia.example>",
        "date": "2026-04-14 16:05 +0200",
        "subject": "Article 7 report - Form B query",
        "body": """Dear colleagues,

Apologies, I am reusing an old thread. My question is no longer about the report.

The plant that was demilitarising our artillery-delivered cluster munitions closed in January, and about a third of our stock is still waiting.
We now expect to miss our eight-year destruction deadline of July 2027.
Could you tell us how and when an extension request under Article 3 should be submitted, what it needs to contain, and how it is considered by the Meeting of States Parties?

With thanks,
Ilse Marrow
Arms Control Section, Ministry of Foreign Affairs of Norvenia
""",
    },
    # ---------------------------------------------------------- clearance
    {
        "file": "h-0024.eml",
        "topic": "clearance",
        "language": "en",
        "hard": False,
        "note": "newly found contamination; asks for survey and clearance support",
        "sender": "Dr. Petra Okonjo <p.okonjo@nmaa.valdoria.example>",
        "date": "2026-05-19 09:32 +0200",
        "subject": "Newly identified contamination in Hollen district",
        "body": """Dear ISU team,

Spring floods in Hollen district have exposed submunitions along a river bank and in two grazing areas that were never recorded as hazardous.
Local police have marked the spots, but we have no picture yet of the extent of the suspected hazardous area.

The National Mine Action Authority would welcome support to carry out non-technical and technical survey, and advice on which clearance operators could deploy a battle area clearance team at short notice.
We intend to report this as previously unknown contamination under Article 4.

Kind regards,
Dr. Petra Okonjo
Head of Operations, National Mine Action Authority of Valdoria
""",
    },
    {
        "file": "h-0057.eml",
        "topic": "clearance",
        "language": "en",
        "hard": True,
        "note": "HARD(forwarded_chain): cover line is neutral; the forwarded message from the mine action centre asks about land release through survey",
        "sender": "Samuel Achterberg <s.achterberg@mfa.pelagia.example>",
        "date": "2026-06-02 13:41 +0000",
        "subject": "Fwd: question from PMAC",
        "body": """Dear colleagues,

Forwarding the message below, grateful for any guidance you can give.

Best,
Samuel
""",
        "forwarded": {
            "from": "Lena Vasquez-Hart <director@pmac.pelagia.example>",
            "date": "Fri, 29 May 2026 at 17:12",
            "subject": "Cancelling polygons without clearance",
            "to": "Samuel Achterberg <s.achterberg@mfa.pelagia.example>",
            "body": """Samuel,

Could you ask the ISU a question for us? About 40 per cent of our remaining polygons show no evidence of strikes after non-technical survey.
We would like to know whether other States Parties have cancelled such areas through survey alone, what evidence was considered sufficient, and whether this is acceptable when we declare completion of our Article 4 obligations.

Thanks,
Lena
""",
        },
    },
    {
        "file": "h-0007.eml",
        "topic": "clearance",
        "secondary": ["reporting", "victim_assistance"],
        "language": "en",
        "hard": True,
        "note": "HARD(multi_topic): mentions the annual report and survivor data, but the ask is for risk education materials",
        "sender": "Aurelio Banks <a.banks@mfa.tarsania.example>",
        "date": "2026-07-08 10:15 -0300",
        "subject": "Returning families in the northern provinces",
        "body": """Dear ISU colleagues,

Our annual Article 7 report went in on time this year, and our health ministry is still updating the survivor database, so no questions on either for now.

What we urgently need is help with risk reduction education for families returning to villages in the northern provinces, where children keep picking up bomblets.
Could you share examples of risk education materials for children that other affected States have used, and suggest organisations that could train our community volunteers?

Regards,
Aurelio Banks
Ministry of Foreign Affairs of Tarsania
""",
    },
    # ---------------------------------------------------- victim assistance
    {
        "file": "h-0036.eml",
        "topic": "victim_assistance",
        "language": "en",
        "hard": True,
        "note": "HARD(attachment_only_hint): bare cover note; attachment name indicates a survivors' needs assessment",
        "sender": "Hanna Lindqvist <h.lindqvist@social.aldovia.example>",
        "date": "2026-03-25 15:02 +0100",
        "subject": "Document as discussed",
        "attachments": ["needs_assessment_survivors.pdf"],
        "body": """Dear colleagues,

Please find attached the document we discussed in Geneva. We look forward to your comments.

Kind regards,
Hanna Lindqvist
""",
    },
    {
        "file": "h-0037.eml",
        "topic": "victim_assistance",
        "language": "en",
        "hard": False,
        "note": "formal request for rehabilitation, prosthetics and psychosocial support",
        "sender": "Dr. Miriam Castellane <m.castellane@health.zembla.example>",
        "date": "2026-04-02 09:10 +0300",
        "subject": "Support for physical rehabilitation services for survivors",
        "body": """Dear Sir or Madam,

The Ministry of Health of Zembla runs a single physical rehabilitation centre, which cannot meet demand from survivors living in the rural south.
Waiting times for prosthetic limbs now exceed eighteen months, and we have only two qualified prosthetist-orthotist technicians.

We are seeking partners to train additional technicians, to fund mobile outreach clinics, and to set up peer-to-peer psychosocial support for survivors and their families.
We would be grateful if the ISU could put us in contact with States Parties and organisations active in this field.

Respectfully,
Dr. Miriam Castellane
Director of Rehabilitation Services, Ministry of Health of Zembla
""",
    },
    {
        "file": "h-0040.eml",
        "topic": "victim_assistance",
        "language": "en",
        "hard": False,
        "note": "short question on disability plans including survivors",
        "sender": "Kofi Halvorsen <k.halvorsen@mfa.merovia.example>",
        "date": "2026-08-11 12:30 +0000",
        "subject": "Disability plans and survivors",
        "body": """Hi,

Do you have examples of national disability action plans that explicitly include cluster munition survivors? Any pointers appreciated.

Kofi
""",
    },
    # ---------------------------------------------------------- reporting
    {
        "file": "h-0003.eml",
        "topic": "reporting",
        "language": "en",
        "hard": False,
        "note": "short question about missing the 30 April deadline",
        "sender": "Rosa Feldt <r.feldt@mfa.lusmar.example>",
        "date": "2026-04-22 17:44 +0100",
        "subject": "Annual report timing",
        "body": """Dear ISU,

We will miss the 30 April deadline for our annual transparency report by about three weeks. Do we need to notify anyone, or simply submit when it is ready?

Rosa Feldt
""",
    },
    {
        "file": "h-0025.eml",
        "topic": "reporting",
        "secondary": ["stockpile_destruction"],
        "language": "en",
        "hard": True,
        "note": "HARD(html_only): HTML-only body; asks how to correct figures in an already submitted Article 7 report",
        "sender": "Jonas Abara <jonas.abara@mfa.corvalia.example>",
        "date": "2026-05-27 14:18 +0200",
        "subject": "Correction to our 2025 report",
        "html_only": True,
        "body": """Dear colleagues,

We have noticed an error in the transparency report we submitted earlier this month: the number of submunitions retained for training was entered in the wrong table and the total is off by 120.

How should we submit a corrected version, and will the published copy on the website be replaced or shown alongside the original?

Many thanks,
Jonas Abara
Disarmament Desk, Ministry of Foreign Affairs of Corvalia
""",
    },
    {
        "file": "h-0056.eml",
        "topic": "reporting",
        "language": "en",
        "hard": False,
        "note": "new State Party asks for guidance on its initial transparency report",
        "sender": "Amb. Beatrix Solano <b.solano@mfa.galvania.example>",
        "date": "2026-09-01 10:05 +0100",
        "subject": "Initial transparency report of Galvania",
        "headers": {"Organization": "Permanent Mission of Galvania, Geneva"},
        "body": """Dear Sir or Madam,

Following the entry into force of the Convention for Galvania on 1 June 2026, our initial report under Article 7 is due within 180 days.
This will be the first report of its kind prepared by our administration.

We would be grateful to receive the current forms and cover page, any guidance on how to complete them, and examples of initial reports from States in a similar situation.
A short briefing call with the Unit would also be most welcome.

Please accept the assurances of my highest consideration.

Beatrix Solano
Ambassador, Permanent Representative
""",
    },
    # -------------------------------------------------------- legislation
    {
        "file": "h-0038.eml",
        "topic": "legislation",
        "language": "en",
        "hard": False,
        "note": "draft bill attached; asks for legal review of penal sanctions",
        "sender": "Eamon Threlkeld <e.threlkeld@agc.sarvonia.example>",
        "date": "2026-02-17 11:52 +0000",
        "subject": "Review of draft Cluster Munitions (Prohibition) Bill",
        "attachments": ["Draft_CM_Prohibition_Bill_v3.docx"],
        "body": """Dear colleagues,

The Attorney General's Chambers of Sarvonia has prepared the attached draft bill to give effect to the Convention in our domestic law.

We would appreciate a legal review of the offences and penal sanctions in Part 3, in particular whether the proposed maximum penalty of ten years is in line with other States Parties.
We are also undecided whether the bill should expressly prohibit investment in producers of cluster munitions.

Yours sincerely,
Eamon Threlkeld
Senior Legislative Counsel
""",
    },
    {
        "file": "h-0011.eml",
        "topic": "legislation",
        "language": "en",
        "hard": False,
        "note": "short question about model legislation for small States",
        "sender": "Lili Taufa <l.taufa@foreign.marisol-islands.example>",
        "date": "2026-06-23 08:03 +1200",
        "subject": "Model law?",
        "body": """Hello,

Is there a model implementation law for a small island State with no armed forces and no stockpiles? Thanks in advance.

Lili Taufa
""",
    },
    {
        "file": "h-0026.eml",
        "topic": "legislation",
        "secondary": ["general"],
        "language": "en",
        "hard": True,
        "note": "HARD(misleading_subject): subject refers to meeting sponsorship, body asks how to deposit the instrument of ratification",
        "sender": "Nikolai Brenner <n.brenner@mfa.dravia.example>",
        "date": "2026-07-21 15:27 +0200",
        "subject": "RE: Sponsorship for the Meeting of States Parties",
        "body": """Dear colleagues,

I am replying on this thread only because it is the one I had at hand; the question is a different one.

Our Parliament approved ratification of the Convention last Thursday. What exactly must the instrument of ratification contain, who has to sign it, and how do we deposit it with the UN Secretary-General in New York?
We would also like to know when the Convention will then enter into force for Dravia.

Best regards,
Nikolai Brenner
Treaty Department, Ministry of Foreign Affairs of Dravia
""",
    },
    # ------------------------------------------------------------ general
    {
        "file": "h-0054.eml",
        "topic": "general",
        "language": "en",
        "hard": False,
        "note": "request for sponsorship to attend the intersessional meetings",
        "sender": "Adaeze Morland <a.morland@mfa.ostrelia.example>",
        "date": "2026-03-03 09:58 +0100",
        "subject": "Sponsorship request - Intersessional Meetings",
        "body": """Dear ISU,

Ostrelia would like to send one expert from the capital to the Intersessional Meetings in Geneva, but we have no budget for travel this year.
Is the sponsorship programme still open for applications, and what is the deadline?
We would also need a letter of invitation for the visa application.

Kind regards,
Adaeze Morland
""",
    },
    {
        "file": "h-0027.eml",
        "topic": "general",
        "secondary": ["stockpile_destruction", "clearance", "victim_assistance"],
        "language": "en",
        "hard": True,
        "note": "HARD(ambiguous_general): asks for help with funding across stockpile destruction, clearance and victim assistance, none prioritised",
        "sender": "Tereza Kowal <t.kowal@mfa.belvadia.example>",
        "date": "2026-08-25 13:36 +0200",
        "subject": "Resource mobilisation for our national programme",
        "body": """Dear colleagues,

Belvadia's national programme under the Convention has three strands of equal priority: destroying our remaining stockpile, clearing contaminated land in the east, and expanding services for survivors.
Each strand is roughly one third funded.

We would like the ISU's help in identifying donors and partners for the programme as a whole, and would welcome a meeting to discuss how best to present our needs.

With best regards,
Tereza Kowal
Ministry of Foreign Affairs of Belvadia
""",
    },
    {
        "file": "h-0043.eml",
        "topic": "general",
        "language": "en",
        "hard": False,
        "note": "asks how to set up a Country Coalition",
        "sender": "Oskar Pell <o.pell@mfa.hesperia.example>",
        "date": "2026-10-06 10:40 +0200",
        "subject": "Country Coalition with a partner State",
        "body": """Dear ISU team,

Hesperia and one of its long-standing donors are interested in setting up a Country Coalition.
Could you explain how the concept works in practice, what role the ISU plays, and whether there is a template for the first coalition meeting?

Many thanks,
Oskar Pell
""",
    },
]
