"""Spanish enquiries (12): 2 per enquiry topic."""

SPECS = [
    # ---------------------------------------------------------- stockpile
    {
        "file": "h-0052.eml",
        "topic": "stockpile_destruction",
        "language": "es",
        "hard": False,
        "note": "pregunta breve sobre la transferencia de municiones para su destrucción",
        "sender": "Tte. Cnel. Rodrigo Alvear <ralvear@mindef.almendral.example>",
        "date": "2026-02-12 10:03 -0500",
        "subject": "Transferencia para destrucción",
        "body": """Buenos días:

¿Qué procedimiento debemos seguir para transferir nuestras municiones en racimo a otro Estado Parte para que allí sean destruidas?

Saludos,
Rodrigo Alvear
""",
    },
    {
        "file": "h-0048.eml",
        "topic": "stockpile_destruction",
        "language": "es",
        "hard": True,
        "note": "HARD(html_only): cuerpo solo en HTML; solicita apoyo técnico y financiero para destruir las existencias",
        "sender": "Gral. Beatriz Olmedo <bolmedo@defensa.riobajo.example>",
        "date": "2026-06-09 12:47 -0400",
        "subject": "Solicitud de cooperación - destrucción de existencias",
        "html_only": True,
        "body": """Estimados señores:

El Ministerio de Defensa de la República de Riobajo conserva 2.150 bombas de dispersión y unas 64.000 submuniciones pendientes de destrucción.
Carecemos de una planta de desmilitarización y el plazo del artículo 3 vence en 2028.

Solicitamos apoyo técnico para elaborar un plan de destrucción de arsenales y, de ser posible, financiación para contratar a un operador especializado.
Quedamos a la espera de su orientación sobre posibles donantes.

Atentamente,
Gral. Beatriz Olmedo
Dirección General de Material Bélico
""",
    },
    # ---------------------------------------------------------- clearance
    {
        "file": "h-0022.eml",
        "topic": "clearance",
        "language": "es",
        "hard": True,
        "note": "HARD(legacy_charset): cuerpo en windows-1252 (comillas tipográficas, raya); pide apoyo para estudio técnico y liberación de tierras",
        "sender": "Ing. Marcelo Ibarra <mibarra@cnad.almendral.example>",
        "date": "2026-03-31 09:26 -0500",
        "subject": "Apoyo para estudio técnico en zonas peligrosas confirmadas",
        "charset": "windows-1252",
        "cte": "8bit",
        "body": """Estimados colegas:

El Centro Nacional de Acción contra las Minas de Almendral ha identificado 27 zonas peligrosas confirmadas en el departamento de San Isidro – unos 14 km² en total.
Nuestros equipos de estudio no técnico no bastan para reducir esas áreas antes de que lleguen los equipos de despeje.

Solicitamos apoyo para un “estudio técnico” con detección de objetivos y asesoría sobre la liberación de tierras conforme al artículo 4.
Agradeceríamos datos de operadores con experiencia en la región.

Cordialmente,
Ing. Marcelo Ibarra
""",
    },
    {
        "file": "h-0020.eml",
        "topic": "clearance",
        "language": "es",
        "hard": False,
        "note": "pregunta breve sobre educación sobre el riesgo para trabajadores agrícolas",
        "sender": "Lucía Paredes <lparedes@cancilleria.riobajo.example>",
        "date": "2026-09-15 15:11 -0400",
        "subject": "Educación sobre el riesgo en época de cosecha",
        "body": """Hola:

¿Tienen materiales de educación sobre el riesgo de restos de municiones en racimo dirigidos a jornaleros agrícolas durante la cosecha?

Gracias,
Lucía Paredes
""",
    },
    # ---------------------------------------------------- victim assistance
    {
        "file": "h-0023.eml",
        "topic": "victim_assistance",
        "language": "es",
        "hard": False,
        "note": "carta formal: rehabilitación, prótesis e inclusión socioeconómica de sobrevivientes",
        "sender": "Dra. Ximena Portales <xportales@salud.riobajo.example>",
        "date": "2026-01-20 11:38 -0400",
        "subject": "Cooperación en rehabilitación y prótesis para sobrevivientes",
        "body": """Estimados señores:

El Ministerio de Salud de Riobajo atiende a 430 sobrevivientes de accidentes con submuniciones, muchos de ellos con amputaciones de miembros inferiores.
Nuestro único taller de órtesis y prótesis funciona con equipos de hace veinte años.

Buscamos cooperación para modernizar el taller, formar técnicos ortoprotesistas y apoyar proyectos de inclusión socioeconómica de las víctimas y sus familias.
Les agradeceríamos que nos pusieran en contacto con Estados Partes u organizaciones con experiencia en este ámbito.

Atentamente,
Dra. Ximena Portales
Directora de Rehabilitación
""",
    },
    {
        "file": "h-0018.eml",
        "topic": "victim_assistance",
        "language": "es",
        "hard": True,
        "note": "HARD(reply_to_ack): respuesta al acuse de recibo; sigue con la designación del punto focal de asistencia a víctimas",
        "sender": "Andrés Quiroga <aquiroga@cancilleria.almendral.example>",
        "date": "2026-05-21 17:02 -0500",
        "subject": "RE: [CCM-2026-0452] Punto focal de asistencia a víctimas",
        "reply": "CCM-2026-0452",
        "body": """Estimados:

Gracias por el acuse. Les confirmo que el Consejo Nacional de Discapacidad ha designado a la Lic. Carmen Ruiz como punto focal de asistencia a víctimas.
¿Podrían indicarnos cómo vincular su trabajo con el plan nacional de discapacidad y si existe una guía para puntos focales recién nombrados?

Saludos cordiales,
Andrés Quiroga

-----Mensaje original-----
De: no-reply@ccm-isu.example
Enviado el: lunes, 18 de mayo de 2026 10:15
Asunto: [CCM-2026-0452] Punto focal de asistencia a víctimas

> Thank you for your enquiry. It has been registered under reference CCM-2026-0452.
""",
    },
    # ---------------------------------------------------------- reporting
    {
        "file": "h-0013.eml",
        "topic": "reporting",
        "language": "es",
        "hard": True,
        "note": "HARD(attachment_only_hint): nota de envío sin contenido; el nombre del adjunto indica el informe del artículo 7",
        "sender": "Mesa de Partes DGAM <mesadepartes@cancilleria.almendral.example>",
        "date": "2026-04-28 18:40 -0500",
        "subject": "Envío de documento",
        "attachments": ["Informe_articulo7_2025.xlsx"],
        "body": """Buenas tardes:

Adjunto remitimos el documento de referencia.

Saludos cordiales,
Mesa de Partes
""",
    },
    {
        "file": "h-0016.eml",
        "topic": "reporting",
        "language": "es",
        "hard": False,
        "note": "pregunta breve sobre los formularios del informe anual",
        "sender": "Gabriel Sotomayor <gsotomayor@cancilleria.riobajo.example>",
        "date": "2026-02-26 08:55 -0400",
        "subject": "Formularios del informe anual",
        "body": """Buenos días:

¿Dónde podemos descargar los formularios vigentes del informe anual de transparencia? ¿Están disponibles en Word?

Gracias de antemano,
Gabriel Sotomayor
""",
    },
    # -------------------------------------------------------- legislation
    {
        "file": "h-0049.eml",
        "topic": "legislation",
        "language": "es",
        "hard": False,
        "note": "carta formal: proyecto de ley y sanciones penales",
        "sender": "Dr. Fernando Lanza <flanza@minjusticia.almendral.example>",
        "date": "2026-07-02 10:20 -0500",
        "subject": "Asesoría sobre proyecto de ley de implementación",
        "body": """Estimados señores:

El Ministerio de Justicia de Almendral prepara un proyecto de ley para incorporar la Convención al ordenamiento interno, como exige su artículo 9.
Tenemos dudas sobre la tipificación de los delitos, las penas aplicables a personas jurídicas y la jurisdicción sobre nacionales que cometan estas conductas en el extranjero.

Les agradeceríamos ejemplos de legislación de otros Estados Partes de tradición jurídica continental y, si es posible, una revisión de nuestro borrador antes de enviarlo al Congreso.

Atentamente,
Dr. Fernando Lanza
Asesor de la Dirección de Asuntos Legislativos
""",
    },
    {
        "file": "h-0033.eml",
        "topic": "legislation",
        "language": "es",
        "hard": True,
        "note": "HARD(base64_body): cuerpo en base64; pregunta por el instrumento de adhesión",
        "sender": "Valentina Cruz <vcruz@rree.puntaclara.example>",
        "date": "2026-10-13 13:04 -0300",
        "subject": "Consulta sobre adhesión",
        "base64": True,
        "body": """Estimados:

Punta Clara no firmó la Convención en su momento y el Gobierno desea ahora adherirse.
¿Podrían enviarnos un modelo de instrumento de adhesión y explicarnos los pasos para depositarlo ante el Secretario General de las Naciones Unidas?
También nos interesa saber si necesitamos aprobación previa del Congreso.

Saludos,
Valentina Cruz
Dirección de Tratados
""",
    },
    # ------------------------------------------------------------ general
    {
        "file": "h-0030.eml",
        "topic": "general",
        "language": "es",
        "hard": False,
        "note": "oferta de donante sin tema concreto",
        "sender": "Ignacio Beltrán <ibeltran@cooperacion.puntaclara.example>",
        "date": "2026-08-18 11:45 -0300",
        "subject": "Fondos de cooperación disponibles para 2027",
        "body": """Estimados colegas:

La Agencia de Cooperación Internacional de Punta Clara dispondrá en 2027 de una partida para apoyar la aplicación de la Convención.
Todavía no hemos decidido a qué áreas ni a qué países destinarla.
¿Podrían orientarnos sobre las necesidades pendientes de los Estados Partes y sobre cómo coordinar con otros donantes?

Un saludo,
Ignacio Beltrán
""",
    },
    {
        "file": "h-0002.eml",
        "topic": "general",
        "language": "es",
        "hard": False,
        "note": "solicitud de reunión sin tema definido",
        "sender": "Emb. Julio Carrasco <jcarrasco@cancilleria.riobajo.example>",
        "date": "2026-09-29 16:22 +0200",
        "subject": "Reunión en Ginebra",
        "body": """Estimados:

Estaré en Ginebra la semana del 12 de octubre con una pequeña delegación y nos gustaría reunirnos con la Unidad para conversar sobre la Convención.
¿Tendrían disponibilidad algún día de esa semana?

Atentamente,
Julio Carrasco
""",
    },
]
