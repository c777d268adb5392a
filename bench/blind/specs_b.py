"""Blind corpus specs, part B: victim_assistance and reporting.

Same keys as specs_a.SPECS.  All names and domains are fictional.
"""

SPECS = [
    # ------------------------------------------------------------------
    # victim_assistance
    # ------------------------------------------------------------------
    {
        "id": "va-en-1",
        "topic": "victim_assistance",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Young man who lost both legs needs new sockets; asks for a specialised prosthetic centre and travel costs.",
        "sender": ("Grace Oduya", "g.oduya@moh.tamberra.example"),
        "subject": "Referral for a young patient from Kelu district",
        "date": "2026-02-12 11:48 +0000",
        "body": (
            "Dear colleagues,\n\n"
            "We have a young man of 19 from Kelu district who lost both legs above the knee in 2022 and needs "
            "a new socket; he has lost weight, the old ones cause sores and he has stopped walking. "
            "Our orthopaedic workshop in the capital has no technician trained for bilateral above-knee fitting. "
            "Is there an organisation or a centre in the region you could put us in touch with, "
            "and could his travel be covered?\n\n"
            "With thanks,\n"
            "Grace Oduya\n"
            "Rehabilitation Services, Ministry of Health, Tamberra\n"
        ),
    },
    {
        "id": "va-en-2",
        "topic": "victim_assistance",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Formal ambassador: wants survivors' needs included in the new national disability strategy.",
        "sender": ("Amb. Nadira Selvakumar", "pr.geneva@mfa.kessaria.example"),
        "subject": "National Disability Strategy 2027-2031",
        "date": "2026-08-25 10:03 +0200",
        "html": True,
        "body": (
            "Dear Director,\n\n"
            "Kessaria's Cabinet will adopt a new National Disability Strategy for 2027-2031 this autumn. "
            "My Government wishes to ensure that people injured by cluster munitions, and the families of "
            "those who were killed, are covered by that strategy rather than by a separate, short-lived programme. "
            "I would be grateful if the Unit could share examples of how other States Parties have done this, "
            "and perhaps arrange for an expert to meet our Ministry of Social Affairs during the drafting.\n\n"
            "Please accept the assurances of my highest consideration.\n\n"
            "Nadira Selvakumar\n"
            "Ambassador, Permanent Representative of Kessaria to the United Nations Office at Geneva\n"
        ),
    },
    {
        "id": "va-en-3",
        "topic": "victim_assistance",
        "language": "en",
        "secondary": [],
        "hard": True,
        "note": "HARD(attachment_only_hint): bare cover note; only the attachment name (survivor needs assessment) gives the topic.",
        "sender": ("Peter Oyelaran", "p.oyelaran@socialaffairs.dunmore.example"),
        "subject": "As discussed",
        "date": "2026-06-30 16:55 -0400",
        "attachments": ["Survivor_needs_assessment_Eastern_Districts_draft_v3.pdf"],
        "body": (
            "Hello,\n\n"
            "Please find the attached, as discussed on the call.\n\n"
            "Peter\n"
        ),
    },
    {
        "id": "va-fr-1",
        "topic": "victim_assistance",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Bereaved mothers and injured youths; asks for partners to train community workers in psychological support.",
        "sender": ("Dr Mireille Kantoro", "m.kantoro@sante.kivane.example"),
        "subject": "Accompagnement des familles à Dounzéla",
        "date": "2026-03-05 09:30 +0000",
        "body": (
            "Bonjour,\n\n"
            "À Dounzéla, beaucoup de mères qui ont perdu un enfant à cause de ces engins ne sortent plus "
            "de chez elles, et les jeunes blessés ne retournent pas à l'école. "
            "Nous n'avons qu'un seul psychologue pour tout le district. "
            "Pourriez-vous nous orienter vers des partenaires capables de former des agents communautaires "
            "à l'écoute et au soutien psychologique ?\n\n"
            "Merci d'avance,\n"
            "Dr Mireille Kantoro\n"
            "Direction régionale de la santé, Kivané\n"
        ),
    },
    {
        "id": "va-fr-2",
        "topic": "victim_assistance",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Short: who to designate as victim assistance focal point and how to notify.",
        "sender": ("Olivier Haddou", "o.haddou@mae.lanvaux.example"),
        "subject": "Point focal",
        "date": "2026-01-27 15:14 +0100",
        "body": (
            "Bonjour, quelle personne devons-nous désigner comme point focal pour l'assistance aux victimes, "
            "et faut-il vous communiquer son nom par note verbale ? Merci.\n\n"
            "O. Haddou\n"
        ),
    },
    {
        "id": "va-es-1",
        "topic": "victim_assistance",
        "language": "es",
        "secondary": ["reporting"],
        "hard": True,
        "note": "HARD(multi_topic): starts from the annual report, but the ask is help to build a single survivors' registry / needs survey.",
        "sender": ("Lic. Carmen Ibarra Solís", "cibarra@cancilleria.montesol.example"),
        "subject": "Datos de sobrevivientes",
        "date": "2026-04-14 13:26 -0300",
        "body": (
            "Estimados:\n\n"
            "Cada año, al llenar el informe que enviamos en abril, nos damos cuenta de que no sabemos cuántas "
            "personas heridas por submuniciones viven en el país ni qué atención reciben: las cifras vienen de "
            "tres ministerios y no coinciden. "
            "Queremos crear un registro único, junto con los Ministerios de Salud y de Desarrollo Social, "
            "que nos diga dónde están y qué necesitan. "
            "¿Podrían recomendarnos a alguien con experiencia en este tipo de registro o encuesta y, "
            "si es posible, ayudarnos a buscar financiación?\n\n"
            "Saludos cordiales,\n"
            "Carmen Ibarra Solís\n"
            "Dirección de Desarme, Cancillería de Montesol\n"
        ),
    },
    {
        "id": "va-es-2",
        "topic": "victim_assistance",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "NGO with labour ministry: livelihoods, vocational training and microcredit for survivors.",
        "sender": ("Andrés Villalobos", "avillalobos@pasofirme.example.org"),
        "subject": "Proyectos productivos en Los Robles",
        "date": "2026-07-20 10:10 -0500",
        "body": (
            "Hola:\n\n"
            "Somos la Fundación Paso Firme y trabajamos con el Ministerio de Trabajo de Santa Irene en el "
            "departamento de Los Robles. "
            "Acompañamos a 35 sobrevivientes, la mayoría agricultores que ya no pueden trabajar la tierra, "
            "que quieren aprender un oficio o montar un pequeño negocio. "
            "¿Conocen experiencias de microcrédito o de formación profesional para personas en su situación "
            "en otros países que podamos tomar como modelo?\n\n"
            "Gracias,\n"
            "Andrés Villalobos\n"
            "Fundación Paso Firme\n"
        ),
    },
    # ------------------------------------------------------------------
    # reporting
    # ------------------------------------------------------------------
    {
        "id": "rp-en-1",
        "topic": "reporting",
        "language": "en",
        "secondary": ["stockpile_destruction"],
        "hard": True,
        "note": "HARD(multi_topic): about retained munitions, but the ask is how to submit a corrected report (wrong figures in May submission).",
        "sender": ("Hannah Brevik", "h.brevik@mofa.valdoria.example"),
        "subject": "Correction to what we sent in May",
        "date": "2026-09-15 09:02 +0200",
        "body": (
            "Dear ISU,\n\n"
            "The spreadsheet we sent in May had wrong figures for retained munitions: we listed 420 items "
            "still held by the Army engineering school, but 150 of them had already been used in exercises last year. "
            "What is the right way to send a corrected version, and will the old one be replaced on the "
            "website or shown next to the new one?\n\n"
            "Best,\n"
            "Hannah Brevik\n"
            "MFA Valdoria\n"
        ),
    },
    {
        "id": "rp-en-2",
        "topic": "reporting",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "One-liner: is Form J voluntary?",
        "sender": ("Tunde Okafor-Lund", "t.okaforlund@mfa.dunmore.example"),
        "subject": "Form J",
        "date": "2026-04-02 17:44 -0400",
        "body": (
            "Quick one: is Form J still voluntary, or do we have to fill it in this year? Thanks, Tunde\n"
        ),
    },
    {
        "id": "rp-en-3",
        "topic": "reporting",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Annual report will miss 30 April after a change of government; asks about partial/late submission.",
        "sender": ("Samira Kovač", "s.kovac@mofa.norvenia.example"),
        "subject": "Timing of our submission this year",
        "date": "2026-04-10 12:19 +0200",
        "body": (
            "Dear colleagues,\n\n"
            "A new government took office in March and the inter-ministerial group that compiles our figures "
            "has not been reconvened, so we will not be ready by 30 April. "
            "Is it acceptable to send a partial report by the deadline and complete it later, or is it better "
            "to send everything at once in June? "
            "We would also like to know whether a short letter explaining the delay is expected.\n\n"
            "Regards,\n"
            "Samira Kovač\n"
            "Department for Disarmament, MFA Norvenia\n"
        ),
    },
    {
        "id": "rp-fr-1",
        "topic": "reporting",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Formal: new State Party asks for the initial report template and guidance on the cover page.",
        "sender": ("Béatrice Onanga-Ferrand", "b.onangaferrand@mission.berande.example"),
        "subject": "Premier rapport du Royaume de Bérande",
        "date": "2026-02-17 10:45 +0100",
        "body": (
            "Madame, Monsieur,\n\n"
            "Le Royaume de Bérande, devenu État partie le 1er février dernier, doit remettre son premier rapport "
            "au Secrétaire général au plus tard 180 jours après l'entrée en vigueur de la Convention à son égard. "
            "Nos services n'ayant jamais établi ce type de document, je vous saurais gré de bien vouloir nous "
            "transmettre le modèle à utiliser, en français si possible, ainsi que toute note explicative sur la "
            "page de couverture et sur les rubriques qui ne nous concernent pas.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'assurance de ma considération distinguée.\n\n"
            "Béatrice Onanga-Ferrand\n"
            "Première Conseillère, Mission permanente du Royaume de Bérande à Genève\n"
        ),
    },
    {
        "id": "rp-fr-2",
        "topic": "reporting",
        "language": "fr",
        "secondary": ["clearance"],
        "hard": False,
        "note": "NGO helping a commission fill the annual report: where to put cancelled/reduced/cleared areas in the forms.",
        "sender": ("Amadou Sy", "a.sy@zoneslibres.example.org"),
        "subject": "Question pratique sur les tableaux",
        "date": "2026-03-23 14:33 +0000",
        "body": (
            "Bonjour,\n\n"
            "Nous aidons la Commission nationale du Kivané, à sa demande, à préparer son rapport annuel. "
            "Les équipes de terrain nous ont remis les surfaces dépolluées et les zones réduites par enquête "
            "en 2025, mais nous ne savons pas s'il faut tout mettre dans le même tableau ou séparer les zones "
            "annulées, réduites et dépolluées, ni où indiquer les sous-munitions détruites pendant ces opérations. "
            "Pourriez-vous nous dire comment remplir correctement ces rubriques ?\n\n"
            "Bien à vous,\n"
            "Amadou Sy\n"
            "Collectif Zones Libres\n"
        ),
    },
    {
        "id": "rp-es-1",
        "topic": "reporting",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "Short: the PDF forms are not editable; asks for Word/Excel version in Spanish.",
        "sender": ("Gabriela Torrico", "gtorrico@minrel.costaalmena.example"),
        "subject": "Formularios en Word",
        "date": "2026-03-31 16:20 -0500",
        "body": (
            "Buenas tardes, el PDF de los formularios no nos deja escribir en las tablas. "
            "¿Tienen una versión en Word o Excel en español? Gracias.\n\n"
            "Gabriela Torrico\n"
            "Cancillería de Costa Almena\n"
        ),
    },
    {
        "id": "rp-es-2",
        "topic": "reporting",
        "language": "es",
        "secondary": ["stockpile_destruction"],
        "hard": False,
        "note": "Defence officer: which period the 30 April report covers (destruction done in Jan-Mar 2026).",
        "sender": ("Cap. Fernando Ruiz Aldana", "fruiz@defensa.montesol.example"),
        "subject": "Periodo que cubre el informe",
        "date": "2026-04-06 08:05 -0300",
        "body": (
            "Estimados señores:\n\n"
            "Estoy preparando la parte del Ministerio de Defensa para el informe de transparencia de este año. "
            "Entre enero y marzo de 2026 destruimos otro lote, y no tengo claro si esas cifras deben incluirse "
            "ahora o en el informe del año que viene. "
            "¿Qué periodo debe cubrir exactamente el informe que entregamos el 30 de abril?\n\n"
            "Atentamente,\n"
            "Cap. Fernando Ruiz Aldana\n"
            "Ministerio de Defensa de Montesol\n"
        ),
    },
    {
        "id": "rp-pt-1",
        "topic": "reporting",
        "language": "pt",
        "secondary": [],
        "hard": False,
        "note": "Portuguese: draft Article 7 report attached, asks for review before 30 April.",
        "sender": ("Joana Figueiredo Mendes", "joana.mendes@mne.lusitara.example"),
        "subject": "Projeto de relatório – Artigo 7",
        "date": "2026-04-01 11:37 +0100",
        "attachments": ["Relatorio_Artigo7_Lusitara_2025_projeto.docx"],
        "body": (
            "Prezados colegas,\n\n"
            "Segue em anexo o projeto do relatório anual de Lusitara nos termos do Artigo 7, referente a 2025. "
            "Como é a primeira vez que a nossa equipa o prepara, gostaríamos que a Unidade verificasse se os "
            "formulários estão bem preenchidos antes do envio oficial, que deve ocorrer até 30 de abril. "
            "Agradecemos desde já a vossa ajuda.\n\n"
            "Com os melhores cumprimentos,\n"
            "Joana Figueiredo Mendes\n"
            "Direção-Geral de Política Externa\n"
            "Ministério dos Negócios Estrangeiros de Lusitara\n"
        ),
    },
]
