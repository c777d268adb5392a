"""Blind corpus specs, part C: legislation and general.

Same keys as specs_a.SPECS.  All names and domains are fictional.
"""

SPECS = [
    # ------------------------------------------------------------------
    # legislation
    # ------------------------------------------------------------------
    {
        "id": "lg-en-1",
        "topic": "legislation",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Parliamentary committee asks what penalties other countries impose (penal sanctions).",
        "sender": ("David Achterberg", "d.achterberg@mfa.kessaria.example"),
        "subject": "Question from the parliamentary committee",
        "date": "2026-04-28 09:50 +0300",
        "body": (
            "Dear ISU,\n\n"
            "The bill giving effect to the Convention is now before our Defence and Foreign Affairs Committee. "
            "Members have asked what penalties other countries impose on anyone who makes, sells or keeps "
            "these weapons: prison terms, fines, and whether companies can be held liable. "
            "A short comparative overview, even an informal one, would help us a great deal before the "
            "hearing on 12 May.\n\n"
            "Best regards,\n"
            "David Achterberg\n"
            "Legal Adviser, MFA Kessaria\n"
        ),
    },
    {
        "id": "lg-en-2",
        "topic": "legislation",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Government lawyer: is existing arms legislation enough; minimum elements of an implementing statute; review of a draft amendment.",
        "sender": ("Rosalind Etherington", "r.etherington@ag.dunmore.example"),
        "subject": "Adequacy of the Firearms and Munitions Act 1998",
        "date": "2026-05-19 14:22 -0400",
        "body": (
            "Dear Sir or Madam,\n\n"
            "I have been asked to advise whether the Dunmore Islands need a dedicated statute, or whether the "
            "Firearms and Munitions Act 1998, read with the Export Control (Strategic Goods) Order, already "
            "satisfies our obligations. "
            "My concern is that the existing offences require proof of an intention to supply, so they may not "
            "capture mere retention, or assistance given to another State's forces during joint operations. "
            "I would be grateful for guidance on the minimum elements such legislation should contain and, "
            "if possible, for a review of a draft amendment once it is ready.\n\n"
            "Yours faithfully,\n"
            "Rosalind Etherington\n"
            "Senior State Counsel, Attorney General's Chambers, Dunmore Islands\n"
        ),
    },
    {
        "id": "lg-en-3",
        "topic": "legislation",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "One-liner: model law for a small island State without armed forces.",
        "sender": ("Pita Lomani", "p.lomani@mfa.ravalu.example"),
        "subject": "short law for a small State?",
        "date": "2026-07-08 08:12 +1200",
        "body": (
            "Do you have a short model law suitable for a small island State with no armed forces?\n\n"
            "Pita Lomani, MFA Ravalu\n"
        ),
    },
    {
        "id": "lg-fr-1",
        "topic": "legislation",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Formal: accession approved by Cabinet; asks for model instrument of accession and deposit procedure.",
        "sender": ("Idrissa Bakayoko", "dajc@mae.tsalme.example"),
        "subject": "Adhésion de la République de Tsalmé",
        "date": "2026-05-04 10:30 +0000",
        "body": (
            "Madame, Monsieur,\n\n"
            "Le Conseil des ministres de la République de Tsalmé a approuvé le principe de l'adhésion à la "
            "Convention, et le projet de loi autorisant l'adhésion sera examiné par l'Assemblée nationale "
            "lors de la session de juin. "
            "Afin de préparer la suite, nous vous serions reconnaissants de nous communiquer un modèle "
            "d'instrument d'adhésion ainsi que les modalités de dépôt auprès du Secrétaire général de "
            "l'Organisation des Nations Unies.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.\n\n"
            "Idrissa Bakayoko\n"
            "Directeur des affaires juridiques et consulaires\n"
            "Ministère des Affaires étrangères de Tsalmé\n"
        ),
    },
    {
        "id": "lg-fr-2",
        "topic": "legislation",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Justice ministry drafting criminal provisions: assistance/inducement, legal persons, extraterritoriality.",
        "sender": ("Nathalie Vergès-Amrani", "n.verges@justice.lanvaux.example"),
        "subject": "Avant-projet de loi – dispositions pénales",
        "date": "2026-06-11 15:05 +0200",
        "body": (
            "Bonjour,\n\n"
            "Le ministère de la Justice rédige les dispositions qui seront insérées dans notre code pénal. "
            "Nous hésitons sur deux points : faut-il viser expressément le fait d'assister, d'encourager ou "
            "d'inciter quiconque à commettre un acte interdit, et comment traiter les personnes morales et les "
            "actes commis à l'étranger par nos ressortissants ? "
            "Des exemples de textes adoptés par des pays de tradition civiliste nous seraient très utiles.\n\n"
            "Cordialement,\n"
            "Nathalie Vergès-Amrani\n"
            "Magistrate, Direction des affaires criminelles\n"
            "Ministère de la Justice, Lanvaux\n"
        ),
    },
    {
        "id": "lg-es-1",
        "topic": "legislation",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "After ratification, asks for examples of civil-law implementing laws.",
        "sender": ("Mariana Quiroga", "mquiroga@cancilleria.santairene.example"),
        "subject": "Proyecto de ley interna",
        "date": "2026-01-13 11:11 -0500",
        "body": (
            "Estimados:\n\n"
            "El Congreso de Santa Irene aprobó la ratificación en noviembre y ahora la Cancillería debe "
            "presentar un proyecto de ley interna. "
            "¿Tienen ejemplos de leyes de aplicación de países de América Latina o, en general, de derecho "
            "civil, que podamos usar como punto de partida?\n\n"
            "Muchas gracias,\n"
            "Mariana Quiroga\n"
            "Dirección de Asuntos Jurídicos Internacionales\n"
        ),
    },
    {
        "id": "lg-es-2",
        "topic": "legislation",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "NGO for a Senate committee: should the law prohibit transit/storage by foreign forces; asks for legal texts.",
        "sender": ("Tomás Elizalde", "telizalde@desarmesur.example.org"),
        "subject": "Consulta sobre tránsito y fuerzas extranjeras",
        "date": "2026-08-04 18:47 -0300",
        "body": (
            "Hola:\n\n"
            "A pedido de la Comisión de Defensa del Senado de Costa Almena, que está revisando el proyecto "
            "de ley, les hago la siguiente consulta. "
            "Nuestro país alberga temporalmente tropas de un Estado que no es parte, y los senadores quieren "
            "saber si la ley debe prohibir expresamente que esas fuerzas transiten o almacenen estas armas en "
            "nuestro territorio, y cómo lo resolvieron otros países. "
            "Cualquier referencia a textos legales concretos nos sería de gran ayuda.\n\n"
            "Saludos,\n"
            "Tomás Elizalde\n"
            "Observatorio Desarme Sur\n"
        ),
    },
    # ------------------------------------------------------------------
    # general
    # ------------------------------------------------------------------
    {
        "id": "gn-en-1",
        "topic": "general",
        "language": "en",
        "secondary": ["stockpile_destruction", "clearance", "victim_assistance"],
        "hard": True,
        "note": "HARD(ambiguous_general): stock, contaminated villages and injured people weighted equally; asks for a whole-picture needs visit.",
        "sender": ("Nasrin Qaderi", "n.qaderi@mofa.maravet.example"),
        "subject": "Where do we start?",
        "date": "2026-03-02 10:40 +0400",
        "body": (
            "Dear ISU,\n\n"
            "Maravet joined the Convention last year and we are still working out what we need. "
            "We have an old stock of aircraft bombs at Dorn air base, two villages near the former front line "
            "where farmers keep finding unexploded items, and some forty people injured over the years who "
            "have had little or no help. "
            "All three matter equally to us and we do not know which to tackle first. "
            "Could the Unit send someone to look at the whole picture with us and help identify partners?\n\n"
            "Kind regards,\n"
            "Nasrin Qaderi\n"
            "Ministry of Foreign Affairs, Maravet\n"
        ),
    },
    {
        "id": "gn-en-2",
        "topic": "general",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Donor and affected State want to launch a Country Coalition; asks how the ISU supports it.",
        "sender": ("Mikael Strand", "m.strand@mfa.norvenia.example"),
        "subject": "Norvenia - Tamberra partnership",
        "date": "2026-05-27 13:55 +0200",
        "body": (
            "Dear colleagues,\n\n"
            "Norvenia has supported Tamberra bilaterally since 2023, and both governments would now like to "
            "turn this into a Country Coalition so that other donors and operators can join around one plan. "
            "How does the ISU support the launch of a coalition, and is there a template for the first "
            "round-table? We were thinking of a meeting in Geneva in the margins of the intersessional meetings.\n\n"
            "Best regards,\n"
            "Mikael Strand\n"
            "MFA Norvenia\n"
        ),
    },
    {
        "id": "gn-en-3",
        "topic": "general",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Terse: sponsorship of a delegate to the Meeting of States Parties.",
        "sender": ("Kofi Asante-Blake", "k.asanteblake@mfa.ravalu.example"),
        "subject": "MSP travel",
        "date": "2026-06-19 07:30 +1200",
        "body": (
            "Hi - is there still money to sponsor one delegate from Ravalu to the Meeting of States Parties "
            "in September? Who do I send the nomination to?\n\n"
            "Kofi\n"
        ),
    },
    {
        "id": "gn-fr-1",
        "topic": "general",
        "language": "fr",
        "secondary": ["legislation", "reporting"],
        "hard": True,
        "note": "HARD(ambiguous_general): implementing law and overdue annual reports presented as equally urgent; asks for one support mission covering both.",
        "sender": ("Nadège Fontanel", "n.fontanel@diplomatie.selanor.example"),
        "subject": "Demande d'appui",
        "date": "2026-07-15 11:08 +0100",
        "body": (
            "Bonjour,\n\n"
            "Notre ministère doit mener de front deux chantiers qui n'avancent pas faute de personnel : "
            "la loi nationale d'application, en projet depuis 2021, et nos rapports annuels, dont les deux "
            "derniers n'ont pas été remis. "
            "Les deux nous paraissent aussi urgents l'un que l'autre. "
            "Serait-il possible d'organiser une mission d'appui ou un atelier couvrant ces deux questions, "
            "et avec quels partenaires ?\n\n"
            "Cordialement,\n"
            "Nadège Fontanel\n"
            "Sous-direction du désarmement\n"
            "Ministère des Affaires étrangères du Sélanor\n"
        ),
    },
    {
        "id": "gn-fr-2",
        "topic": "general",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Donor offer with no single topic: where would 1.5 million EUR be most useful.",
        "sender": ("Laurent Aubertin", "l.aubertin@mae.belmarche.example"),
        "subject": "Contribution volontaire 2027",
        "date": "2026-10-06 16:16 +0200",
        "body": (
            "Madame, Monsieur,\n\n"
            "Le Grand-Duché de Belmarche prévoit de consacrer environ 1,5 million d'euros en 2027 à la mise "
            "en œuvre de la Convention, sans avoir encore arrêté de répartition entre les différents volets. "
            "Nous aimerions savoir quels États ont fait part de besoins non couverts et s'il serait possible "
            "d'échanger avec l'Unité pour orienter ces fonds là où ils seront le plus utiles.\n\n"
            "Cordialement,\n"
            "Laurent Aubertin\n"
            "Direction de la coopération au développement, Belmarche\n"
        ),
    },
    {
        "id": "gn-es-1",
        "topic": "general",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "Side event during the intersessional meetings: room booking procedure.",
        "sender": ("Verónica Salcedo", "vsalcedo@cancilleria.montesol.example"),
        "subject": "Evento paralelo en Ginebra",
        "date": "2026-02-26 09:48 +0100",
        "body": (
            "Estimados colegas:\n\n"
            "Montesol y Santa Irene quisieran organizar un evento paralelo durante las reuniones entre "
            "períodos de sesiones para presentar su cooperación regional. "
            "¿Cuál es el procedimiento para reservar una sala y hasta qué fecha se pueden presentar las solicitudes?\n\n"
            "Saludos cordiales,\n"
            "Verónica Salcedo\n"
            "Misión Permanente de Montesol en Ginebra\n"
        ),
    },
    {
        "id": "gn-es-2",
        "topic": "general",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "New ambassador requests a courtesy meeting on cooperation and assistance in general.",
        "sender": ("Embajador Rafael Montalvo Iriarte", "rmontalvo@minrel.costaalmena.example"),
        "subject": "Saludo y solicitud de reunión",
        "date": "2026-09-22 12:00 +0200",
        "body": (
            "Estimada Directora:\n\n"
            "Tengo el agrado de informarle que he asumido recientemente como Representante Permanente de "
            "Costa Almena ante la Oficina de las Naciones Unidas en Ginebra. "
            "Me gustaría conocer de primera mano el trabajo de la Unidad y las formas de cooperación y "
            "asistencia que podrían ofrecerse a mi país, por lo que le agradecería que me concediera una "
            "breve reunión en las próximas semanas.\n\n"
            "Hago propicia la ocasión para saludarla con mi más alta consideración.\n\n"
            "Rafael Montalvo Iriarte\n"
            "Embajador, Representante Permanente\n"
        ),
    },
]

# ----------------------------------------------------------------------
# not_an_enquiry (automated / bulk mail).  "kind" selects the builder in
# make_corpus.py; extra keys are kind-specific.
# ----------------------------------------------------------------------
SPECS += [
    {
        "id": "na-fr-ooo",
        "kind": "ooo",
        "topic": "not_an_enquiry",
        "language": "fr",
        "secondary": ["reporting"],
        "hard": True,
        "note": "HARD(lookalike_noise): French out-of-office (Auto-Submitted) that mentions the annual report.",
        "sender": ("Élodie Garnier", "e.garnier@mae.belmarche.example"),
        "subject": "Réponse automatique : Rappel – rapports annuels dus le 30 avril",
        "date": "2026-04-20 08:01 +0200",
        "in_reply_to": "circular-2026-04@ccm-isu.example",
        "headers": {
            "Auto-Submitted": "auto-replied",
            "X-Auto-Response-Suppress": "All",
        },
        "body": (
            "Bonjour,\n\n"
            "Je suis absente du bureau jusqu'au 4 mai inclus, avec un accès limité à ma messagerie. "
            "Pour toute question urgente concernant le rapport annuel, merci de contacter "
            "M. Julien Perrault (j.perrault@mae.belmarche.example).\n\n"
            "Cordialement,\n"
            "Élodie Garnier\n"
        ),
    },
    {
        "id": "na-es-ooo",
        "kind": "ooo",
        "topic": "not_an_enquiry",
        "language": "es",
        "secondary": [],
        "hard": True,
        "note": "HARD(no_auto_headers): Spanish vacation auto-reply with only a non-standard X-Autoreply header.",
        "sender": ("Rodrigo Benavente", "rbenavente@defensa.montesol.example"),
        "subject": "Fuera de la oficina: Re: Visita técnica de julio",
        "date": "2026-07-06 00:14 -0300",
        "in_reply_to": "visit-july-2026@ccm-isu.example",
        "headers": {"X-Autoreply": "yes"},
        "body": (
            "Gracias por su mensaje. Me encuentro de vacaciones hasta el 20 de julio y no tendré acceso al correo. "
            "Para asuntos urgentes, comuníquese con la Secretaría de la Dirección al +999 2 555 0134.\n\n"
            "Rodrigo Benavente\n"
        ),
    },
    {
        "id": "na-en-newsletter",
        "kind": "newsletter",
        "topic": "not_an_enquiry",
        "language": "en",
        "secondary": ["clearance", "victim_assistance"],
        "hard": True,
        "note": "HARD(lookalike_noise): mailing-list newsletter (List-Id, Precedence: bulk) reporting clearance and survivor news.",
        "sender": ("ClearPath Field Update", "field-update@lists.clearpath.example.org"),
        "subject": "Field Update No. 42 – 1,200 hectares released in the Selu valley",
        "date": "2026-08-01 06:00 +0000",
        "html": True,
        "headers": {
            "List-Id": "ClearPath Field Update <field-update.lists.clearpath.example.org>",
            "List-Unsubscribe": "<mailto:leave-field-update@lists.clearpath.example.org>, "
                                "<https://lists.clearpath.example.org/unsubscribe/field-update>",
            "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
            "Precedence": "bulk",
        },
        "body": (
            "CLEARPATH FIELD UPDATE - No. 42 - August 2026\n\n"
            "In this issue:\n"
            "* Tamberra: 1,200 hectares of farmland along the Selu river returned to communities this quarter.\n"
            "* Kivane: new survey teams deployed in Tarnea province after the ceasefire.\n"
            "* Voices: Amos, 23, on getting back to work as a tailor after his injury.\n\n"
            "Read the full stories on our website. You are receiving this bulletin because you subscribed "
            "to ClearPath news. To stop receiving it, use the unsubscribe link below.\n\n"
            "ClearPath - Making land safe\n"
            "https://lists.clearpath.example.org/unsubscribe/field-update\n"
        ),
    },
    {
        "id": "na-en-dsn",
        "kind": "dsn",
        "topic": "not_an_enquiry",
        "language": "en",
        "secondary": ["legislation"],
        "hard": False,
        "note": "Delivery status notification (multipart/report) for an ISU reply about a model law.",
        "sender": ("Mail Delivery System", "MAILER-DAEMON@mx1.ccm-isu.example"),
        "subject": "Undelivered Mail Returned to Sender",
        "date": "2026-07-08 21:03 +0200",
        "failed_recipient": "p.lomani@mfa.ravalu.example",
        "remote_mta": "mx.mfa.ravalu.example",
        "diagnostic": "smtp; 552 5.2.2 <p.lomani@mfa.ravalu.example>: Mailbox full",
        "original": {
            "from": "intake@ccm-isu.example",
            "to": "p.lomani@mfa.ravalu.example",
            "subject": "Re: short law for a small State?",
            "date": "2026-07-08 21:02 +0200",
            "message_id": "<reply-20260708-1@ccm-isu.example>",
        },
        "body": (
            "This is the mail system at host mx1.ccm-isu.example.\n\n"
            "I'm sorry to have to inform you that your message could not be delivered to one or more "
            "recipients. It's attached below.\n\n"
            "<p.lomani@mfa.ravalu.example>: host mx.mfa.ravalu.example[192.0.2.41] said: "
            "552 5.2.2 Mailbox full (in reply to RCPT TO command)\n"
        ),
    },
    {
        "id": "na-en-spam",
        "kind": "spam",
        "topic": "not_an_enquiry",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Marketing spam: hotel deals for delegates attending Geneva meetings.",
        "sender": ("GenevaStay Corporate", "offers@genevastay-deals.example.com"),
        "subject": "Delegates save 30% - book your Geneva rooms for the autumn meetings now!",
        "date": "2026-08-18 03:27 +0000",
        "html": True,
        "headers": {
            "List-Unsubscribe": "<https://genevastay-deals.example.com/u?id=88213>",
            "X-Mailer": "BulkBlast 7.2",
        },
        "body": (
            "Dear Delegate,\n\n"
            "Conference season is coming! Secure your room near the Palais des Nations today and SAVE 30% "
            "with our exclusive delegate rate. Free airport shuttle, late check-out and breakfast included.\n\n"
            "BOOK NOW: https://genevastay-deals.example.com/delegates\n\n"
            "Offer valid until 31 August. To unsubscribe click here: "
            "https://genevastay-deals.example.com/u?id=88213\n"
        ),
    },
    {
        "id": "na-en-mdn",
        "kind": "mdn",
        "topic": "not_an_enquiry",
        "language": "en",
        "secondary": ["stockpile_destruction"],
        "hard": False,
        "note": "Read receipt (message/disposition-notification) for an ISU mail about a stockpile destruction workshop.",
        "sender": ("Tomas Lindqvar", "t.lindqvar@defence.kelmora.example"),
        "subject": "Read: Stockpile destruction workshop - draft agenda",
        "date": "2026-09-03 10:12 +0200",
        "original": {
            "subject": "Stockpile destruction workshop - draft agenda",
            "date": "2026-09-02 17:40 +0200",
            "message_id": "<workshop-agenda-0902@ccm-isu.example>",
        },
        "body": (
            "Your message\n\n"
            "  To: Tomas Lindqvar\n"
            "  Subject: Stockpile destruction workshop - draft agenda\n"
            "  Sent: Wednesday, 2 September 2026 17:40\n\n"
            "was read on Thursday, 3 September 2026 10:12.\n"
        ),
    },
]
