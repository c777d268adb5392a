"""Blind corpus specs, part A: stockpile_destruction and clearance.

Each dict describes one message.  Keys:
  id, topic, language, secondary, hard, note, sender, subject, date, body
  optional: attachments (list of file names), headers (extra headers),
            html (True -> multipart/alternative with an HTML copy), kind.
All States, people and domains are fictional; domains are reserved (*.example).
"""

SPECS = [
    # ------------------------------------------------------------------
    # stockpile_destruction
    # ------------------------------------------------------------------
    {
        "id": "sd-en-1",
        "topic": "stockpile_destruction",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Terse desk officer: destruction will miss the Article 3 deadline, asks how to file an extension request.",
        "sender": ("Karel Voss", "k.voss@mofa.valdoria.example"),
        "subject": "Extension - which meeting?",
        "date": "2026-02-03 08:47 +0100",
        "body": (
            "Hi,\n\n"
            "We won't be finished by 1 August 2027, roughly 30% of the stock is still in the bunkers. "
            "Does our extension request go to this year's Meeting of States Parties or next year's, "
            "and what is the cut-off date for sending it?\n\n"
            "Karel Voss\n"
            "Arms Control Desk, MFA Valdoria\n"
        ),
    },
    {
        "id": "sd-en-2",
        "topic": "stockpile_destruction",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Engineer: needs mobile kiln / cryofracture capacity to destroy 122 mm cargo rockets in stock.",
        "sender": ("Tomas Lindqvar", "t.lindqvar@defence.kelmora.example"),
        "subject": "Demilitarisation of 122 mm cargo rockets - kiln question",
        "date": "2026-03-11 14:05 +0200",
        "body": (
            "Dear ISU,\n\n"
            "I head the demilitarisation section of the Kelmora Defence Logistics Command. "
            "We still hold 1,186 122 mm cargo rockets, each carrying 39 dual-purpose bomblets, "
            "and our static rotary kiln is only rated for items up to 40 mm. "
            "Open detonation is no longer permitted at our range because of new noise and environmental limits. "
            "Motor removal and the warhead cutting line are already in place, so what we lack is the final step. "
            "We would like to talk to a State or an operator that has put this type of rocket through a mobile kiln "
            "or cryofracture, and ideally to borrow or hire such equipment for about nine months.\n\n"
            "Best regards,\n"
            "Tomas Lindqvar\n"
            "Chief Engineer, Demilitarisation Section\n"
            "Defence Logistics Command, Kelmora\n"
        ),
    },
    {
        "id": "sd-en-3",
        "topic": "stockpile_destruction",
        "language": "en",
        "secondary": ["clearance"],
        "hard": True,
        "note": "HARD(multi_topic): mentions the teams that clear remnants, but the ask is how many submunitions may be retained for training (Art. 3.6).",
        "sender": ("Col. Adaeze Morrow", "a.morrow@mod.dunmore.example"),
        "subject": "Keeping some items for the EOD school",
        "date": "2026-04-22 10:31 -0400",
        "body": (
            "Dear colleagues,\n\n"
            "Our EOD school trains the teams that deal with unexploded remnants along the northern border, "
            "and the Army would like to set aside a small number of submunitions from the stock we are about "
            "to destroy so that trainees can work on real items. "
            "Before we put a figure to the Minister, could you tell us what quantities other States Parties "
            "have kept for this purpose and how they justified them? "
            "We want to stay well within what is absolutely necessary.\n\n"
            "Kind regards,\n"
            "Colonel Adaeze Morrow\n"
            "Directorate of Ordnance, Ministry of Defence, Dunmore Islands\n"
        ),
    },
    {
        "id": "sd-fr-1",
        "topic": "stockpile_destruction",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Formal ambassador: asks for partners to fund/help destroy residual stocks of 155 mm cargo shells before the deadline.",
        "sender": ("Étienne Rouvray", "ambassade.geneve@diplomatie.selanor.example"),
        "subject": "Demande d'appui – stocks résiduels d'obus-cargos",
        "date": "2026-01-19 11:20 +0100",
        "html": True,
        "body": (
            "Madame, Monsieur,\n\n"
            "J'ai l'honneur de porter à votre attention la situation de la République du Sélanor, "
            "qui détient encore environ 2 300 obus-cargos de 155 mm hérités d'anciens contrats d'approvisionnement. "
            "Nos forces armées ont achevé l'inventaire et le reconditionnement de ces munitions, "
            "mais le budget national ne permet pas de financer leur élimination avant l'échéance qui nous est fixée. "
            "Mon Gouvernement vous serait reconnaissant de bien vouloir l'aider à identifier des partenaires "
            "disposés à contribuer, financièrement ou techniquement, à cette opération.\n\n"
            "Je vous prie d'agréer, Madame, Monsieur, l'assurance de ma haute considération.\n\n"
            "Étienne Rouvray\n"
            "Ambassadeur, Représentant permanent de la République du Sélanor à Genève\n"
        ),
    },
    {
        "id": "sd-fr-2",
        "topic": "stockpile_destruction",
        "language": "fr",
        "secondary": ["reporting"],
        "hard": True,
        "note": "HARD(misleading_subject): subject names the transparency report, but the body asks how to destroy containers of submunitions newly found in a depot.",
        "sender": ("Claire Ndiaye-Morel", "c.ndiayemorel@defense.lanvaux.example"),
        "subject": "Rapport de transparence 2025",
        "date": "2026-03-27 16:42 +0100",
        "body": (
            "Bonjour,\n\n"
            "En rassemblant les chiffres pour notre rapport, l'armée de l'air a signalé 46 conteneurs de "
            "sous-munitions dans un dépôt secondaire de Saint-Aubrac qui ne figuraient dans aucun inventaire. "
            "Nous pensions pourtant avoir tout éliminé en 2023. "
            "Pourriez-vous nous mettre en relation avec un État qui a connu une découverte semblable, "
            "pour savoir comment il a organisé la destruction de ces lots et s'il a fallu revenir sur "
            "sa déclaration d'achèvement ?\n\n"
            "Cordialement,\n"
            "Claire Ndiaye-Morel\n"
            "Direction des affaires juridiques et de la maîtrise des armements\n"
            "Ministère de la Défense, Lanvaux\n"
        ),
    },
    {
        "id": "sd-es-1",
        "topic": "stockpile_destruction",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "NGO writing for a defence ministry: how to separate and mark stocks before destruction.",
        "sender": ("Lucía Barrenechea", "lbarrenechea@desarmesur.example.org"),
        "subject": "Consulta en nombre del Ministerio de Defensa de Montesol",
        "date": "2026-05-06 09:15 -0300",
        "headers": {"Cc": "Dirección de Logística <logistica@defensa.montesol.example>"},
        "body": (
            "Estimados amigos de la ISU:\n\n"
            "Les escribo a pedido de la Dirección de Logística del Ministerio de Defensa de Montesol, "
            "con la que colaboramos desde hace dos años. "
            "Antes de empezar a eliminar sus existencias, quieren apartar físicamente las bombas en racimo "
            "del resto del arsenal y marcar cada lote para que nadie las vuelva a distribuir por error. "
            "¿Podrían contarnos cómo lo hicieron otros Estados o ponernos en contacto con algún experto? "
            "El ministerio está en copia.\n\n"
            "Un cordial saludo,\n"
            "Lucía Barrenechea\n"
            "Observatorio Desarme Sur\n"
        ),
    },
    {
        "id": "sd-es-2",
        "topic": "stockpile_destruction",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "Last rocket warheads destroyed; asks about the declaration of compliance (Art. 3).",
        "sender": ("Martín Ocampo", "mocampo@minrel.costaalmena.example"),
        "subject": "Terminamos",
        "date": "2026-03-18 12:02 -0500",
        "body": (
            "Buenos días:\n\n"
            "El 14 de marzo el Ejército voló las últimas cabezas de cohete con submuniciones que nos quedaban, "
            "así que ya no tenemos nada en depósito. "
            "¿Qué forma debe tener la declaración de cumplimiento y a quién se la enviamos?\n\n"
            "Saludos,\n"
            "Martín Ocampo\n"
            "Cancillería de Costa Almena\n"
        ),
    },
    # ------------------------------------------------------------------
    # clearance
    # ------------------------------------------------------------------
    {
        "id": "cl-en-1",
        "topic": "clearance",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Bomblets found again in a strip released two years ago after floods; asks how to handle re-contamination.",
        "sender": ("Joseph Amankwa-Reid", "j.amankwareid@nmaa.tamberra.example"),
        "subject": "Items found after the floods",
        "date": "2026-05-14 07:58 +0000",
        "body": (
            "Dear ISU team,\n\n"
            "After the April floods the bank of the Selu river moved by almost forty metres, and our demining "
            "teams found more bomblets near the river, 17 so far, in a strip we handed back to the community "
            "two years ago. "
            "We will have to go back in, but the Minister wants to know whether this puts our completion "
            "declaration in question and what other States did when old areas turned out to be dangerous again. "
            "A contact with a programme that went through this would be very welcome.\n\n"
            "Regards,\n"
            "Joseph Amankwa-Reid\n"
            "Operations, National Mine Action Authority, Tamberra\n"
        ),
    },
    {
        "id": "cl-en-2",
        "topic": "clearance",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "Engineer: technical survey sampling design for strike footprints; asks for peer review.",
        "sender": ("Dr Ines Harrowgate", "i.harrowgate@nmac.kessaria.example"),
        "subject": "Sampling design for strike footprints - peer review?",
        "date": "2026-06-02 15:37 +0300",
        "body": (
            "Hello,\n\n"
            "We are revising our national standard for technical survey in strike areas. "
            "At present teams cut 1 m lanes every 25 m across the suspected footprint and stop 50 m beyond "
            "the last evidence; our QA section thinks this is too coarse for the small items we are finding "
            "(about 60 mm long, often 10-15 cm down in ploughed soil). "
            "Could you connect us with another national programme or an operator that has validated a "
            "sampling design for footprints of this kind? We are happy to share our draft standard and field data.\n\n"
            "Thanks,\n"
            "Ines Harrowgate\n"
            "Technical Advisor, National Mine Action Centre, Kessaria\n"
        ),
    },
    {
        "id": "cl-en-3",
        "topic": "clearance",
        "language": "en",
        "secondary": [],
        "hard": False,
        "note": "One-liner: risk education lessons for schoolchildren in border villages.",
        "sender": ("Bo Sandahl", "bo.sandahl@moe.norvenia.example"),
        "subject": "school lessons",
        "date": "2026-02-24 13:10 +0100",
        "body": (
            "Who could help us adapt safety lessons about unexploded bomblets for the primary schools "
            "in our border villages?\n\n"
            "Bo Sandahl, Ministry of Education, Norvenia\n"
        ),
    },
    {
        "id": "cl-fr-1",
        "topic": "clearance",
        "language": "fr",
        "secondary": [],
        "hard": False,
        "note": "Formal: contaminated areas cannot be finished by the Article 4 deadline; asks for help preparing an extension request.",
        "sender": ("Aminata Kourouma", "a.kourouma@mae.kivane.example"),
        "subject": "Échéance de 2027 – province du Haut-Mékadi",
        "date": "2026-04-08 10:00 +0000",
        "body": (
            "Madame, Monsieur,\n\n"
            "La date à laquelle le Kivané doit avoir traité l'ensemble des zones contaminées tombe en août 2027. "
            "Compte tenu de la saison des pluies et des secteurs encore inaccessibles dans la province du "
            "Haut-Mékadi, nos services estiment qu'environ 9 km² ne pourront pas être dépollués à temps. "
            "Nous souhaiterions bénéficier de l'appui de l'Unité pour préparer une demande de prolongation "
            "conforme aux attentes des États parties, notamment pour le plan de travail et l'estimation des coûts.\n\n"
            "Veuillez agréer, Madame, Monsieur, l'expression de notre considération distinguée.\n\n"
            "Aminata Kourouma\n"
            "Directrice des affaires multilatérales\n"
            "Ministère des Affaires étrangères du Kivané\n"
        ),
    },
    {
        "id": "cl-fr-2",
        "topic": "clearance",
        "language": "fr",
        "secondary": ["victim_assistance"],
        "hard": True,
        "note": "HARD(multi_topic): mentions injured people never cared for, but the main ask is funding a non-technical survey of newly accessible villages.",
        "sender": ("Julien Masquelier", "j.masquelier@terressures.example.org"),
        "subject": "Villages de nouveau accessibles – province de Tarnéa",
        "date": "2026-05-21 18:24 +0000",
        "body": (
            "Bonjour,\n\n"
            "Je vous écris au nom de Terres Sûres, à la demande du Centre national d'action antimines du Kivané. "
            "Depuis le cessez-le-feu, nous pouvons de nouveau nous rendre dans une trentaine de villages de la "
            "province de Tarnéa, où les habitants nous signalent des « petites bombes » dans les champs et "
            "plusieurs blessés qui n'ont jamais été pris en charge. "
            "La priorité du Centre est de financer une enquête non technique dans ces villages avant les semis, "
            "afin de savoir quelles terres doivent rester fermées et lesquelles peuvent être rendues. "
            "Connaissez-vous des bailleurs capables de soutenir rapidement ce travail ?\n\n"
            "Cordialement,\n"
            "Julien Masquelier\n"
            "Responsable de programme, Terres Sûres\n"
        ),
    },
    {
        "id": "cl-es-1",
        "topic": "clearance",
        "language": "es",
        "secondary": [],
        "hard": False,
        "note": "Farmers bring in submunitions after harvest; municipality asks how to get the area surveyed.",
        "sender": ("Ing. Rodrigo Saavedra", "rsaavedra@gobernacion.santairene.example"),
        "subject": "Hallazgos en parcelas de cultivo",
        "date": "2026-06-15 08:40 -0500",
        "body": (
            "Estimados:\n\n"
            "Desde la cosecha de maíz, los agricultores de tres comunidades de San Telmo traen a la alcaldía "
            "unos objetos metálicos del tamaño de una lata de refresco, con una cinta blanca; el Ejército "
            "confirmó que son submuniciones. "
            "Nadie sabe hasta dónde llegan ni qué parcelas son seguras. "
            "¿Cómo podemos pedir un estudio de la zona y quién podría hacerlo, si la autoridad nacional "
            "no tiene equipos disponibles este año?\n\n"
            "Atentamente,\n"
            "Rodrigo Saavedra\n"
            "Coordinación Regional, Gobernación de Santa Irene\n"
        ),
    },
    {
        "id": "cl-es-2",
        "topic": "clearance",
        "language": "es",
        "secondary": ["victim_assistance"],
        "hard": True,
        "note": "HARD(misleading_subject): subject mentions survivors; the body explicitly is not about the injured children but asks for marking, fencing and clearing a contaminated field.",
        "sender": ("Hernán Quispe", "hquispe@altocipres.vallehondo.example"),
        "subject": "Sobrevivientes de Alto Ciprés",
        "date": "2026-07-02 17:12 -0400",
        "body": (
            "Señores de la Unidad:\n\n"
            "La semana pasada dos niños resultaron heridos al recoger un artefacto en el potrero de la escuela; "
            "ya los atienden en el hospital regional y no les escribo por eso. "
            "Lo que necesitamos con urgencia es que alguien señalice y cerque el potrero y los terrenos vecinos "
            "y que después los limpien, porque la comunidad sigue usando ese camino. "
            "¿A quién debemos dirigirnos, y pueden ustedes apoyar a la autoridad nacional para que venga "
            "antes de fin de mes?\n\n"
            "Atentamente,\n"
            "Hernán Quispe\n"
            "Alcalde de Alto Ciprés, Valle Hondo\n"
        ),
    },
    {
        "id": "cl-de-1",
        "topic": "clearance",
        "language": "de",
        "secondary": [],
        "hard": False,
        "note": "German, mentions Article 4: land release in steep forested terrain on a former training area.",
        "sender": ("DI Katharina Brandauer", "k.brandauer@aussenamt.alpenau.example"),
        "subject": "Flächenfreigabe im Bergwald – Erfahrungsaustausch (Artikel 4)",
        "date": "2026-09-09 09:25 +0200",
        "body": (
            "Sehr geehrte Damen und Herren,\n\n"
            "auf dem ehemaligen Truppenübungsplatz Hohenstein räumen wir seit 2024 Reste von Streumunition; "
            "die verbleibenden rund 80 Hektar liegen in steilem, dicht bewaldetem Gelände, in dem unsere "
            "Detektorteams kaum vorankommen. "
            "Unsere Frist nach Artikel 4 endet 2028. "
            "Wir würden uns gerne mit einem Vertragsstaat austauschen, der in ähnlichem Gelände Flächen "
            "freigegeben hat, insbesondere zu Vegetationsentfernung und Qualitätskontrolle. "
            "Könnten Sie einen Kontakt herstellen?\n\n"
            "Mit freundlichen Grüßen\n"
            "Katharina Brandauer\n"
            "Abteilung Abrüstung und Rüstungskontrolle\n"
            "Außenministerium der Republik Alpenau\n"
        ),
    },
]
