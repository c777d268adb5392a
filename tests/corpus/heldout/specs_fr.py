"""French enquiries (12): 2 per enquiry topic."""

SPECS = [
    # ---------------------------------------------------------- stockpile
    {
        "file": "h-0053.eml",
        "topic": "stockpile_destruction",
        "language": "fr",
        "hard": False,
        "note": "lettre formelle : assistance technique pour détruire les stocks",
        "sender": "Colonel Hervé Lestrade <herve.lestrade@defense.montclaire.example>",
        "date": "2026-01-27 10:12 +0100",
        "subject": "Demande d'assistance technique - destruction des stocks d'armes à sous-munitions",
        "body": """Madame, Monsieur,

Le ministère de la Défense de la République de Montclaire détient encore environ 900 obus-cargos d'artillerie contenant des sous-munitions, entreposés dans deux dépôts.
Nos capacités nationales ne permettent qu'une destruction par détonation à l'air libre, qui n'est pas adaptée à ce type de munitions.

Nous sollicitons l'appui de l'Unité pour identifier des partenaires capables de réaliser le démantèlement et la démilitarisation industrielle de ces stocks avant l'échéance fixée à l'article 3.
Un soutien pour le transport sécurisé vers un site de destruction à l'étranger serait également envisageable.

Veuillez agréer, Madame, Monsieur, l'expression de notre haute considération.

Colonel Hervé Lestrade
Direction des munitions, Ministère de la Défense
""",
    },
    {
        "file": "h-0017.eml",
        "topic": "stockpile_destruction",
        "language": "fr",
        "hard": True,
        "note": "HARD(reply_to_ack): réponse à l'accusé de réception ; complète une demande de prolongation du délai de destruction (article 3)",
        "sender": "Claire Dumontet <claire.dumontet@diplomatie.sanviere.example>",
        "date": "2026-04-09 14:33 +0200",
        "subject": "Re: [CCM-2026-0417] Prolongation du délai de destruction des stocks",
        "reply": "CCM-2026-0417",
        "body": """Bonjour,

Comme demandé, voici les précisions : il nous reste 312 conteneurs de sous-munitions à détruire, et le nouveau marché de démilitarisation ne sera attribué qu'en septembre.
Nous envisageons donc de demander une prolongation de deux ans.
Serait-il possible que l'Unité relise notre projet de demande avant sa soumission officielle ?

Bien cordialement,
Claire Dumontet
Ministère des Affaires étrangères de Sanvière

Le 7 avr. 2026 à 09:02, no-reply@ccm-isu.example a écrit :
> Thank you for your enquiry. It has been registered under reference CCM-2026-0417. Please quote this reference in any further correspondence.
""",
    },
    # ---------------------------------------------------------- clearance
    {
        "file": "h-0028.eml",
        "topic": "clearance",
        "language": "fr",
        "hard": False,
        "note": "question courte sur la dépollution de zone de combat en milieu urbain",
        "sender": "Idrissa Koné-Baptiste <i.kone@cnlm.lavandre.example>",
        "date": "2026-05-05 08:21 +0000",
        "subject": "Profondeur de recherche en zone urbaine",
        "body": """Bonjour,

Pour la dépollution de zone de combat en milieu urbain, quelle profondeur de recherche les autres États parties retiennent-ils pour les sous-munitions non explosées ?

Merci,
Idrissa Koné-Baptiste
Centre national de lutte antimines
""",
    },
    {
        "file": "h-0014.eml",
        "topic": "clearance",
        "language": "fr",
        "hard": True,
        "note": "HARD(enquiry_looks_like_noise): bulletin transféré, mais question réelle en tête sur la prolongation du délai de l'article 4",
        "sender": "Mathilde Oyono <m.oyono@diplomatie.lavandre.example>",
        "date": "2026-06-16 16:48 +0000",
        "subject": "TR: Lettre d'information du CNLM - n° 14",
        "body": """Bonjour,

Je vous transmets notre dernière lettre d'information pour contexte.
Au vu de ces chiffres, nous ne pourrons pas achever le déminage des zones contaminées avant l'échéance de l'article 4.
Pouvez-vous nous indiquer à quel moment la demande de prolongation doit être déposée et quelles informations elle doit contenir (superficie restante, plan de travail, financement) ?

Cordialement,
Mathilde Oyono
""",
        "forwarded": {
            "from": "CNLM Lavandre <lettre@cnlm.lavandre.example>",
            "date": "mar. 9 juin 2026 à 10:00",
            "subject": "Lettre d'information du CNLM - n° 14",
            "to": "liste-partenaires@cnlm.lavandre.example",
            "body": """LETTRE D'INFORMATION - JUIN 2026

Au premier semestre, les équipes ont remis à disposition 3,2 km² de terres et détruit 1 480 sous-munitions.
Il reste 11 km² de zones dangereuses confirmées, principalement dans la province de Sorel.

Pour vous désabonner, répondez STOP.
""",
        },
    },
    # ---------------------------------------------------- victim assistance
    {
        "file": "h-0042.eml",
        "topic": "victim_assistance",
        "language": "fr",
        "hard": False,
        "note": "lettre formelle : soutien psychosocial et inclusion économique des survivants",
        "sender": "Dr Awa Thiébaut <awa.thiebaut@sante.lavandre.example>",
        "date": "2026-02-24 11:05 +0000",
        "subject": "Appui au soutien psychosocial et à l'inclusion des survivants",
        "body": """Madame, Monsieur,

Le ministère de la Santé et de l'Action sociale du Royaume de Lavandre recense plus de 600 survivants d'accidents liés aux armes à sous-munitions, dont un tiers n'ont jamais bénéficié d'un suivi psychologique.

Nous souhaitons mettre en place un réseau de soutien psychosocial par les pairs et des programmes de formation professionnelle pour favoriser l'inclusion économique des victimes.
Nous serions reconnaissants à l'Unité de nous mettre en relation avec des États parties ou des organisations ayant l'expérience de tels programmes.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

Dr Awa Thiébaut
Direction de la réadaptation et du handicap
""",
    },
    {
        "file": "h-0045.eml",
        "topic": "victim_assistance",
        "language": "fr",
        "hard": True,
        "note": "HARD(base64_body): corps encodé en base64 ; demande de méthodologie pour la collecte de données sur les victimes",
        "sender": "Jean-Baptiste Ngoma <jb.ngoma@handicap.montclaire.example>",
        "date": "2026-07-14 09:40 +0100",
        "subject": "Registre national des victimes",
        "base64": True,
        "body": """Bonjour,

Nous préparons un registre national des victimes des armes à sous-munitions et des restes explosifs de guerre.
Existe-t-il une méthodologie de référence pour la collecte de données, ventilées par sexe, âge et handicap, ainsi qu'un modèle de questionnaire d'évaluation des besoins ?
Nous aimerions aussi savoir comment d'autres pays protègent la confidentialité de ces données.

Merci d'avance,
Jean-Baptiste Ngoma
Secrétariat d'État aux personnes handicapées
""",
    },
    # ---------------------------------------------------------- reporting
    {
        "file": "h-0031.eml",
        "topic": "reporting",
        "language": "fr",
        "hard": False,
        "note": "question sur les formulaires du rapport annuel pour un État sans stocks",
        "sender": "Sophie Ravelonanahary <s.ravelo@mae.sanviere.example>",
        "date": "2026-03-18 15:22 +0300",
        "subject": "Formulaires du rapport annuel au titre de l'article 7",
        "body": """Madame, Monsieur,

La République de Sanvière n'a jamais possédé d'armes à sous-munitions et n'est pas affectée par des restes.
Pour notre rapport annuel de transparence, devons-nous tout de même remplir chacun des formulaires, en indiquant « néant », ou seulement la page de couverture et le formulaire sur les mesures d'application nationales ?
Le rapport doit-il toujours être remis au plus tard le 30 avril ?

Avec nos remerciements,
Sophie Ravelonanahary
Direction des affaires juridiques et des traités
""",
    },
    {
        "file": "h-0006.eml",
        "topic": "reporting",
        "secondary": ["stockpile_destruction"],
        "language": "fr",
        "hard": True,
        "note": "HARD(multi_topic): évoque l'achèvement de la destruction des stocks, mais demande comment le consigner dans le rapport de transparence",
        "sender": "Lucien Abessolo <l.abessolo@defense.montclaire.example>",
        "date": "2026-05-12 10:55 +0100",
        "subject": "Fin de la destruction des stocks",
        "body": """Bonjour,

Nous avons le plaisir de vous informer que la destruction de nos stocks d'armes à sous-munitions s'est achevée le 20 mars 2026.

Notre question porte sur la transparence : faut-il attendre le rapport annuel dû le 30 avril 2027 pour déclarer ces quantités, ou pouvons-nous soumettre dès maintenant une mise à jour de notre rapport ?
Et dans quel formulaire indiquer les munitions conservées à des fins de formation ?

Cordialement,
Lucien Abessolo
""",
    },
    # -------------------------------------------------------- legislation
    {
        "file": "h-0009.eml",
        "topic": "legislation",
        "language": "fr",
        "hard": False,
        "note": "lettre formelle : projet de loi de mise en œuvre et sanctions pénales (article 9)",
        "sender": "Maître Aurore Delcambre <a.delcambre@justice.sanviere.example>",
        "date": "2026-02-10 16:30 +0300",
        "subject": "Projet de loi portant mise en œuvre de la Convention",
        "attachments": ["Avant-projet_loi_CCM_Sanviere.docx"],
        "body": """Madame, Monsieur,

Le ministère de la Justice de Sanvière a élaboré l'avant-projet de loi ci-joint, destiné à mettre en œuvre la Convention conformément à son article 9.

Nous souhaiterions recueillir l'avis de l'Unité sur la définition des infractions et l'échelle des sanctions pénales, ainsi que sur l'opportunité d'ériger en infraction le financement de la production d'armes à sous-munitions.
Toute loi type ou législation comparable d'autres États parties de tradition civiliste nous serait utile.

Veuillez agréer, Madame, Monsieur, l'expression de nos sentiments distingués.

Aurore Delcambre
Conseillère juridique
""",
    },
    {
        "file": "h-0029.eml",
        "topic": "legislation",
        "language": "fr",
        "hard": True,
        "note": "HARD(forwarded_chain): message de couverture neutre ; la demande (loi spécifique ou loi sur les armes existante ?) est dans le message transféré",
        "sender": "Paul-Henri Mabiala <ph.mabiala@diplomatie.montclaire.example>",
        "date": "2026-09-08 12:14 +0100",
        "subject": "TR: Question du ministère de la Justice",
        "body": """Chers collègues,

Pour suite à donner, avec mes remerciements.

Paul-Henri
""",
        "forwarded": {
            "from": "Nadia Mouélé <n.mouele@justice.montclaire.example>",
            "date": "ven. 4 sept. 2026 à 18:03",
            "subject": "Transposition de la Convention",
            "to": "Paul-Henri Mabiala <ph.mabiala@diplomatie.montclaire.example>",
            "body": """Cher Paul-Henri,

Pourriez-vous poser la question suivante à l'Unité d'appui ?
Notre loi de 2011 sur les armes et munitions interdit déjà l'importation de certaines armes ; suffirait-il de la modifier pour couvrir les armes à sous-munitions, ou faut-il une loi spécifique prévoyant des sanctions pénales pour toutes les activités interdites par la Convention ?

Bien à toi,
Nadia
""",
        },
    },
    # ------------------------------------------------------------ general
    {
        "file": "h-0039.eml",
        "topic": "general",
        "language": "fr",
        "hard": False,
        "note": "questions logistiques : inscription de la délégation et interprétation à l'Assemblée",
        "sender": "Estelle Rakoto <e.rakoto@mission-lavandre.example>",
        "date": "2026-08-04 09:18 +0200",
        "subject": "Inscription de notre délégation - Assemblée des États parties",
        "body": """Bonjour,

Notre délégation comptera quatre personnes, dont deux venues de la capitale.
Pourriez-vous nous indiquer la procédure d'inscription et la date limite, et nous confirmer si l'interprétation en français sera assurée pendant toutes les séances ?

Merci par avance,
Estelle Rakoto
Mission permanente du Royaume de Lavandre
""",
    },
    {
        "file": "h-0034.eml",
        "topic": "general",
        "language": "fr",
        "hard": True,
        "note": "HARD(attachment_only_hint): simple message de couverture, pièce jointe au nom opaque : aucun thème identifiable",
        "sender": "Secrétariat DAJ <secretariat.daj@mae.sanviere.example>",
        "date": "2026-03-12 09:31 +0300",
        "subject": "Transmission de courrier",
        "attachments": ["Scan_20260312_0931.pdf"],
        "body": """Bonjour,

Veuillez trouver ci-joint un courrier à l'attention de l'Unité d'appui à l'application.

Cordialement,
Le secrétariat
""",
    },
]
