"""Short enquiries in English, French and Spanish with the topic a coordinator would give them,
written apart from the rules' vocabulary: background mentions of other topics, needs set aside,
negations, misleading subjects and one-liners. `test_classify` scores the shipped rules on them.
"""

from __future__ import annotations

from typing import NamedTuple


class Enquiry(NamedTuple):
    name: str
    subject: str
    body: str
    topic: str


ENQUIRIES = (
    # Article 3: stockpile destruction and retention.
    Enquiry("s1-en-background", "Question from Nortavia",
            "Our armed forces still hold about 1,200 artillery projectiles containing "
            "submunitions, kept at two depots. We have no contaminated land and our transparency "
            "report is up to date. Could you put us in touch with States that have used a mobile "
            "destruction facility, and advise whether our Article 3 deadline can be met without "
            "one?", "stockpile_destruction"),
    Enquiry("s2-fr-done-clearance", "Demande d'appui",
            "Notre pays a achevé la dépollution de toutes les zones touchées l'an dernier. Il nous "
            "reste cependant 340 bombes d'aviation à sous-munitions dans un dépôt militaire. "
            "Pourriez-vous nous indiquer quels partenaires pourraient financer leur "
            "démantèlement ?", "stockpile_destruction"),
    Enquiry("s3-es-extension", "Plazo",
            "No podremos terminar la destrucción de las municiones en racimo almacenadas antes de "
            "la fecha límite. ¿Cómo se prepara una solicitud de prórroga y qué información debe "
            "incluir?", "stockpile_destruction"),
    Enquiry("s4-en-one-liner", "Retention",
            "How many submunitions may we keep for training our EOD technicians without breaching "
            "the Convention?", "stockpile_destruction"),
    Enquiry("s5-en-misleading-subject", "Annual report 2025 - follow-up",
            "Thank you for your comments on our report. Separately, our ministry of defence asks "
            "whether the ISU can recommend experts in the safe disassembly of 155mm cargo rounds; "
            "we would need a two-week advisory mission in the autumn.", "stockpile_destruction"),
    Enquiry("s6-fr-negations", "Appui technique",
            "Nous n'avons pas de victimes connues sur notre territoire et aucune zone contaminée. "
            "Notre seule obligation restante concerne les stocks : nous cherchons un appui "
            "technique pour détruire environ 90 tonnes d'armes à sous-munitions.",
            "stockpile_destruction"),
    Enquiry("s7-es-transfer", "Consulta del Ministerio de Defensa",
            "Nuestro Ministerio de Defensa estudia enviar sus existencias de municiones en racimo "
            "a un Estado vecino que dispone de una planta de desmilitarización. ¿Qué "
            "notificaciones exige la Convención para ese traslado?", "stockpile_destruction"),
    # Article 4: clearance and risk education.
    Enquiry("c1-en-misleading-subject", "Stockpile destruction completed - next steps",
            "We finished destroying our last stockpiled cluster munitions in March. Our remaining "
            "challenge is in the south, where farmers keep finding submunitions in orchards. We "
            "would be grateful for help to organise a non-technical survey of about 40 villages.",
            "clearance"),
    Enquiry("c2-en-one-liner", "Materials for schools",
            "Do you have child-friendly risk education posters we could adapt?", "clearance"),
    Enquiry("c3-fr-report-done", "Rapport annuel et question",
            "Notre rapport annuel a déjà été soumis et ne pose pas de difficulté. En revanche, des "
            "pluies ont mis au jour des sous-munitions non explosées près d'une école. "
            "Pourriez-vous nous mettre en relation avec un opérateur capable d'intervenir "
            "rapidement ?", "clearance"),
    Enquiry("c4-es-va-covered", "Apoyo",
            "Necesitamos apoyo para el estudio técnico de tres zonas sospechosas en la frontera "
            "norte; la asistencia a las víctimas ya está cubierta por el Ministerio de Salud.",
            "clearance"),
    Enquiry("c5-en-extension", "Extension request",
            "Our Article 4 deadline falls next year and about 12 km² remain to be released. "
            "Could the coordinators review a draft of our extension request before we submit "
            "it?", "clearance"),
    Enquiry("c6-fr-one-liner", "Éducation aux risques",
            "Existe-t-il des modules d'EORE adaptés aux populations nomades ?", "clearance"),
    Enquiry("c7-es-set-aside", "Consulta",
            "No tenemos preguntas sobre el informe de transparencia. Lo que necesitamos es "
            "capacitación en liberación de tierras para nuestros equipos de desminado "
            "humanitario.", "clearance"),
    # Article 5: victim assistance.
    Enquiry("v1-en-misleading-subject", "Clearance completed in Zarvia",
            "With clearance of our last contaminated area now finished, our priority has shifted "
            "to the 230 survivors in the former conflict zone. Could the ISU help us find a "
            "partner to set up a prosthetic and orthotic workshop at the provincial hospital?",
            "victim_assistance"),
    Enquiry("v2-fr-background", "Demande",
            "Nous n'avons plus de stocks et la loi d'application a été adoptée en 2019. Notre "
            "demande porte sur l'accompagnement psychosocial des familles des victimes : avez-vous "
            "des exemples de programmes communautaires ?", "victim_assistance"),
    Enquiry("v3-es-report-sent", "Informe anual",
            "El informe anual ya fue enviado. Escribo por otro asunto: queremos crear un registro "
            "nacional de sobrevivientes y personas con discapacidad. ¿Hay alguna metodología "
            "recomendada para la evaluación de necesidades?", "victim_assistance"),
    Enquiry("v4-en-one-liner", "Focal point",
            "Who should our victim assistance focal point contact among the coordinators?",
            "victim_assistance"),
    Enquiry("v5-en-livelihoods", "Livelihoods",
            "Many of the amputees in our northern districts cannot return to farming. We are "
            "looking for support for vocational training and small grants so they can earn a "
            "living.", "victim_assistance"),
    Enquiry("v6-fr-rehabilitation", "Programme de réadaptation",
            "Le centre national d'appareillage manque de techniciens orthoprothésistes. "
            "Pourriez-vous nous aider à trouver une formation ?", "victim_assistance"),
    Enquiry("v7-es-disability-plan", "Plan nacional de discapacidad",
            "Estamos revisando nuestro plan nacional de discapacidad para integrar a las víctimas "
            "de municiones en racimo. ¿Podrían compartir ejemplos de otros Estados?",
            "victim_assistance"),
    # Article 7: transparency reports.
    Enquiry("r1-en-stock-figures", "Stockpile figures",
            "We destroyed 4,300 submunitions last year. In which form of our annual report should "
            "these figures go, and should we also report the ones retained for training?",
            "reporting"),
    Enquiry("r2-en-one-liner", "Deadline",
            "Is the annual transparency report still due on 30 April, or has the date changed?",
            "reporting"),
    Enquiry("r3-fr-form-f", "Formulaire F",
            "Nous ne savons pas comment remplir le formulaire F pour les zones déjà dépolluées. "
            "Faut-il y indiquer aussi les zones simplement suspectes ?", "reporting"),
    Enquiry("r4-es-misleading-subject", "Víctimas",
            "¿En qué formulario del informe del artículo 7 debemos incluir los datos sobre "
            "asistencia a las víctimas? Es nuestro primer informe.", "reporting"),
    Enquiry("r5-en-late", "Late",
            "We missed the deadline for our initial report because of elections. Can we still "
            "submit it, and will it be marked as late?", "reporting"),
    Enquiry("r6-fr-correction", "Erreur",
            "Notre rapport de transparence pour 2025 contient une erreur dans le tableau des "
            "stocks. Comment soumettre une version corrigée ?", "reporting"),
    Enquiry("r7-es-template", "Informe nacional",
            "Queremos presentar el informe anual en español. ¿Existe una plantilla en español y "
            "dónde se envía?", "reporting"),
    # Article 9: national implementation measures.
    Enquiry("l1-en-no-stocks", "Question",
            "We are a small State with no military and no stocks of cluster munitions. Do we "
            "still need a specific national law, or is our penal code enough?", "legislation"),
    Enquiry("l2-en-one-liner", "Examples",
            "Could you send us examples of implementing legislation from other francophone "
            "States?", "legislation"),
    Enquiry("l3-fr-misleading-subject", "Destruction des stocks",
            "Nos stocks ont été entièrement détruits en 2021. Nous préparons maintenant le projet "
            "de loi d'application et souhaiterions savoir quelles sanctions pénales d'autres "
            "États ont prévues.", "legislation"),
    Enquiry("l4-es-review", "Consulta jurídica",
            "Nuestro Congreso debate la ley que tipifica como delito el empleo de municiones en "
            "racimo. ¿Pueden revisar el texto antes de la segunda lectura?", "legislation"),
    Enquiry("l5-en-accession", "Accession",
            "Our parliament approved accession last month. What are the next steps to deposit "
            "the instrument with the Secretary-General?", "legislation"),
    Enquiry("l6-fr-report-mentions", "Transparence",
            "Notre rapport annuel mentionne l'absence de législation nationale. Nous voudrions y "
            "remédier : la Convention exige-t-elle une loi spécifique, ou une ordonnance "
            "suffit-elle ?", "legislation"),
    Enquiry("l7-es-joint-operations", "Operaciones conjuntas",
            "Nuestras fuerzas armadas participan en operaciones militares conjuntas con Estados "
            "no partes. ¿Cómo han regulado otros Estados esta cuestión en su legislación "
            "nacional?", "legislation"),
    # General: meetings, coalitions, funding across topics, nothing clear.
    Enquiry("g1-en-sponsorship", "Sponsorship for the Meeting of States Parties",
            "Is sponsorship still available for one delegate to attend the Meeting of States "
            "Parties in Geneva?", "general"),
    Enquiry("g-es-sponsored-survivor", "Patrocinio para la reunión",
            "Quisiéramos que una sobreviviente de submuniciones, responsable de nuestra red de "
            "asistencia a víctimas, forme parte de la delegación. ¿Puede el programa de "
            "patrocinio cubrir su viaje?", "general"),
    Enquiry("g-en-visa-letters", "Extension request: our experts' travel",
            "Our demining experts will present the Article 4 extension request in Geneva. Could "
            "the ISU send invitation letters for their Schengen visas?", "general"),
    Enquiry("c-es-thanks-then-request", "Nota verbal",
            "La Misión expresa su agradecimiento por el apoyo del programa de patrocinio en "
            "2025 y tiene el honor de solicitar equipos de detección para el despeje de las "
            "zonas contaminadas del sur.", "clearance"),
    Enquiry("r-en-yearly-report", "New in post",
            "I have just taken over the file. What is the yearly report we must send by the end "
            "of April, and how do we send it?", "reporting"),
    Enquiry("g-en-coalition-call", "Country coalition call",
            "Is next week's call the first one of our country coalition? May a colleague from "
            "the Ministry of Health join it?", "general"),
    Enquiry("c-en-plain-afraid-to-farm", "Grazing land near the old airfield",
            "People are afraid to farm the land around the old airfield. Which suspicious areas "
            "should we look at first?", "clearance"),
    Enquiry("c-fr-plain-recognise", "Terres abandonnées",
            "Les paysans n'osent plus cultiver ces vallées. Comment apprendre aux enfants à "
            "reconnaître ces objets et à ne pas y toucher ?", "clearance"),
    Enquiry("g2-fr-coalition", "Coalition de pays",
            "Nous aimerions mettre en place une coalition de pays pour l'ensemble de nos "
            "obligations restantes. Comment procéder ?", "general"),
    Enquiry("g3-es-meeting", "Reunión",
            "¿Podríamos organizar una reunión con la Dependencia de Apoyo a la Aplicación durante "
            "la semana de las reuniones entre períodos de sesiones?", "general"),
    Enquiry("g4-en-three-needs", "Presenting our needs",
            "Our programme has three equal needs: destroying 200 remaining cluster bombs, "
            "surveying the eastern districts and rehabilitation for survivors. We would like "
            "advice on presenting all three to donors.", "general"),
    Enquiry("g5-en-contact", "Contact update",
            "Please note that our new focal point for the Convention is Ms. Ayla Grant, Director "
            "of Multilateral Affairs.", "general"),
    Enquiry("g6-fr-visit", "Visite de l'ISU",
            "Nous souhaiterions inviter l'Unité d'appui à l'application à venir présenter la "
            "Convention à nos parlementaires et aux organisations de la société civile.",
            "general"),
    Enquiry("g7-es-donation", "Donación",
            "Nuestro gobierno desea ofrecer una contribución voluntaria de 200.000 euros para "
            "apoyar la aplicación de la Convención. ¿A quién debemos dirigirnos?", "general"),
    Enquiry("g8-en-universalisation", "Universalisation",
            "Could the ISU share talking points to encourage our neighbours to join the "
            "Convention?", "general"),
    # Indirect, everyday wording: no Convention terms, the field told by what happens in it.
    Enquiry("i1-en-farmland", "Help needed in the east",
            "Since the floods, farmers keep turning up bomblets in their orchards and rice "
            "fields. Can anyone send a demining team before the planting season?", "clearance"),
    Enquiry("i2-es-fields", "Consulta urgente",
            "Los campesinos encuentran bombetas en las parcelas junto al río. ¿Quién podría "
            "señalizar y limpiar esas tierras de cultivo?", "clearance"),
    Enquiry("i3-fr-socket", "Demande d'un centre",
            "Un jeune amputé de notre district a besoin d'une nouvelle emboîture et de béquilles. "
            "Connaissez-vous un partenaire qui prend en charge ces frais médicaux ?",
            "victim_assistance"),
    Enquiry("i4-en-penalties", "Comparative question",
            "Our lawmakers want to know what fines and prison terms other countries set for "
            "anyone who makes or sells these weapons. Could you send examples?", "legislation"),
    Enquiry("i5-es-spreadsheet", "Datos enviados",
            "Nos dimos cuenta de que la hoja de cálculo que enviamos tenía cifras equivocadas. "
            "¿Podemos volver a presentar el documento con la corrección?", "reporting"),
    Enquiry("i6-en-bunkers", "Before the deadline",
            "About a third of our cluster bombs are still in the bunkers. We need to be rid of "
            "them before the destruction deadline; who could help us dismantle them?",
            "stockpile_destruction"),
    # Needs set aside in so many words.
    Enquiry("x1-en-not-asking", "Our next request",
            "We are not asking about clearance this time. Our question is about psychological "
            "support for the children of victims.", "victim_assistance"),
    Enquiry("x2-es-no-need", "Asesoría",
            "Sin necesidad de apoyo para la destrucción de existencias, que ya concluyó, "
            "solicitamos asesoría para redactar el reglamento de la ley nacional.",
            "legislation"),
)  # fmt: skip
