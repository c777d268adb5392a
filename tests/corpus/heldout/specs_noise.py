"""Automated and bulk mail (12): all ``not_an_enquiry``."""

AUTO_REPLY = {"Auto-Submitted": "auto-replied",
              "X-Auto-Response-Suppress": "All"}

SPECS = [
    # ------------------------------------------------------ out of office
    {
        "file": "h-0019.eml",
        "topic": "not_an_enquiry",
        "secondary": ["clearance"],
        "language": "en",
        "hard": False,
        "note": "out-of-office auto-reply with Auto-Submitted header",
        "sender": "Petra Okonjo <p.okonjo@nmaa.valdoria.example>",
        "date": "2026-08-03 07:02 +0200",
        "subject": "Automatic reply: Intersessional Meetings - provisional programme",
        "headers": AUTO_REPLY,
        "body": """Thank you for your message. I am on annual leave until 24 August with no access to email.

For urgent matters concerning survey and clearance operations, please contact the duty officer at ops@nmaa.valdoria.example or +999 41 555 0192.
""",
    },
    {
        "file": "h-0046.eml",
        "topic": "not_an_enquiry",
        "secondary": ["reporting"],
        "language": "fr",
        "hard": False,
        "note": "réponse automatique d'absence avec en-tête Auto-Submitted",
        "sender": "Sophie Ravelonanahary <s.ravelo@mae.sanviere.example>",
        "date": "2026-07-20 12:15 +0300",
        "subject": "Réponse automatique : Rappel - rapports annuels en retard",
        "headers": AUTO_REPLY,
        "lf": True,
        "body": """Bonjour,

Je suis absente du bureau jusqu'au 10 août inclus. Pour toute question relative au rapport de transparence, merci de vous adresser à M. Hery Andria (h.andria@mae.sanviere.example).

Cordialement,
Sophie Ravelonanahary
""",
    },
    {
        "file": "h-0058.eml",
        "topic": "not_an_enquiry",
        "language": "es",
        "hard": True,
        "note": "HARD(no_auto_headers): respuesta de fuera de la oficina sin Auto-Submitted ni X-Auto-Response-Suppress",
        "sender": "Gabriel Sotomayor <gsotomayor@cancilleria.riobajo.example>",
        "date": "2026-07-27 06:40 -0400",
        "subject": "Fuera de la oficina: Convocatoria - Reunión de Estados Partes",
        "body": """Estaré fuera de la oficina hasta el lunes 3 de agosto, sin acceso regular al correo.

Para asuntos urgentes, comuníquese con la Dirección de Desarme al +999 22 555 0147.

Gabriel Sotomayor
""",
    },
    {
        "file": "h-0004.eml",
        "topic": "not_an_enquiry",
        "secondary": ["legislation"],
        "language": "fr",
        "hard": True,
        "note": "HARD(lookalike_noise): réponse automatique à un accusé de réception, reprend la référence [CCM-2026-0433] et évoque la loi nationale",
        "sender": "Aurore Delcambre <a.delcambre@justice.sanviere.example>",
        "date": "2026-02-16 09:01 +0300",
        "subject": "Réponse automatique : [CCM-2026-0433] Projet de loi portant mise en œuvre de la Convention",
        "reply": "CCM-2026-0433",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """Je suis en mission à l'étranger jusqu'au 27 février.
Votre message concernant le projet de loi de mise en œuvre sera traité à mon retour.
En cas d'urgence, veuillez contacter le secrétariat de la Direction des affaires juridiques.
""",
    },
    # ---------------------------------------------------------- bounces
    {
        "file": "h-0008.eml",
        "topic": "not_an_enquiry",
        "secondary": ["clearance"],
        "language": "en",
        "hard": False,
        "note": "multipart/report delivery status notification for an acknowledgement",
        "kind": "dsn",
        "sender": "Mail Delivery System <MAILER-DAEMON@mx1.ccm-isu.example>",
        "date": "2026-05-19 09:33 +0200",
        "subject": "Undelivered Mail Returned to Sender",
        "headers": {"Auto-Submitted": "auto-replied"},
        "body": """This is the mail system at host mx1.ccm-isu.example.

I'm sorry to have to inform you that your message could not be delivered to one or more recipients. It's attached below.

<p.okonjo@nmaa-valdoria.example>: host mx.nmaa-valdoria.example said: 550 5.1.1 User unknown
""",
        "dsn": {
            "mta": "mx1.ccm-isu.example",
            "recipient": "p.okonjo@nmaa-valdoria.example",
            "status": "5.1.1",
            "diagnostic": "550 5.1.1 <p.okonjo@nmaa-valdoria.example>: Recipient address rejected: User unknown",
            "original_from": "CCM ISU <no-reply@ccm-isu.example>",
            "original_subject": "[CCM-2026-0461] Newly identified contamination in Hollen district",
            "original_date": "2026-05-19 09:33 +0200",
            "original_id": "<ack-CCM-2026-0461@ccm-isu.example>",
            "original_body": """Thank you for your enquiry. It has been registered under reference CCM-2026-0461 and forwarded to the relevant coordinators.
""",
        },
    },
    {
        "file": "h-0001.eml",
        "topic": "not_an_enquiry",
        "secondary": ["victim_assistance"],
        "language": "en",
        "hard": True,
        "note": "HARD(no_dsn_structure): plain-text bounce from MAILER-DAEMON quoting a victim assistance message",
        "sender": "MAILER-DAEMON@mail.health.zembla.example",
        "date": "2026-04-02 09:12 +0300",
        "subject": "failure notice",
        "lf": True,
        "body": """Hi. This is the qmail-send program at mail.health.zembla.example.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

<rehab.director@health.zembla.example>:
Mailbox quota exceeded (#5.2.2)

--- Below this line is a copy of the message.

From: CCM ISU <no-reply@ccm-isu.example>
To: rehab.director@health.zembla.example
Subject: [CCM-2026-0398] Support for physical rehabilitation services for survivors

Thank you for your enquiry. It has been registered under reference CCM-2026-0398.
""",
    },
    {
        "file": "h-0059.eml",
        "topic": "not_an_enquiry",
        "secondary": ["victim_assistance"],
        "language": "es",
        "hard": False,
        "note": "confirmación de lectura (multipart/report disposition-notification)",
        "kind": "mdn",
        "sender": "Andrés Quiroga <aquiroga@cancilleria.almendral.example>",
        "date": "2026-05-22 08:10 -0500",
        "subject": "Leído: [CCM-2026-0452] Punto focal de asistencia a víctimas",
        "body": """Su mensaje

Para: aquiroga@cancilleria.almendral.example
Asunto: [CCM-2026-0452] Punto focal de asistencia a víctimas

fue leído el viernes, 22 de mayo de 2026 8:10.
""",
        "mdn": {
            "ua": "Microsoft Outlook 16.0",
            "recipient": "aquiroga@cancilleria.almendral.example",
            "original_id": "<ack-CCM-2026-0452-2@ccm-isu.example>",
        },
    },
    # ------------------------------------------------- bulk and phishing
    {
        "file": "h-0021.eml",
        "topic": "not_an_enquiry",
        "secondary": ["clearance"],
        "language": "en",
        "hard": True,
        "note": "HARD(lookalike_noise): mailing-list newsletter (List-Id) reporting clearance progress",
        "sender": "Landfree Monitor <newsletter@landfree-monitor.example.org>",
        "date": "2026-06-30 06:00 +0000",
        "subject": "Landfree Monitor | June 2026: land release figures and survey news",
        "alternative": True,
        "headers": {
            "List-Id": "Landfree Monitor <monitor.lists.landfree-monitor.example.org>",
            "List-Unsubscribe": "<https://landfree-monitor.example.org/unsubscribe?u=4471>",
            "Precedence": "bulk",
        },
        "body": """LANDFREE MONITOR - JUNE 2026

Across the States we follow, 41 km² of land was released in the first half of 2026, two thirds of it through non-technical survey and cancellation.
Battle area clearance teams destroyed more than 9,000 cluster munition remnants.
Two States Parties are expected to declare completion of their Article 4 obligations before the end of the year.

Read the full issue on our website.

You receive this newsletter because you subscribed at landfree-monitor.example.org. Unsubscribe: https://landfree-monitor.example.org/unsubscribe?u=4471
""",
    },
    {
        "file": "h-0015.eml",
        "topic": "not_an_enquiry",
        "secondary": ["victim_assistance"],
        "language": "fr",
        "hard": True,
        "note": "HARD(lookalike_noise): bulletin de liste de diffusion sur l'assistance aux victimes",
        "sender": "Réseau Survivants & Inclusion <bulletin@survivants-inclusion.example.net>",
        "date": "2026-09-01 07:30 +0200",
        "subject": "Bulletin n° 37 - Réadaptation et inclusion des survivants",
        "headers": {
            "List-Id": "Bulletin RSI <bulletin.survivants-inclusion.example.net>",
            "List-Unsubscribe": "<mailto:desabonnement@survivants-inclusion.example.net>",
            "Precedence": "list",
        },
        "body": """BULLETIN N° 37 - SEPTEMBRE 2026

Dans ce numéro : l'ouverture d'un atelier d'orthoprothèse mobile, un témoignage sur le soutien psychosocial par les pairs, et l'agenda des prochaines formations.
Les points focaux nationaux pour l'assistance aux victimes se réuniront en novembre.

Vous recevez ce bulletin en tant que membre du réseau. Pour vous désabonner, écrivez à desabonnement@survivants-inclusion.example.net.
""",
    },
    {
        "file": "h-0051.eml",
        "topic": "not_an_enquiry",
        "secondary": ["reporting"],
        "language": "en",
        "hard": True,
        "note": "HARD(lookalike_noise,html_only): phishing imitating a shared ISU document from look-alike domain ccm-isu-docs.example",
        "sender": "CCM ISU Documents <share@ccm-isu-docs.example>",
        "date": "2026-04-24 03:17 +0000",
        "subject": "ISU shared \"Article 7 Report Template 2026.xlsx\" with you",
        "html_only": True,
        "html": """<html><body style="font-family:Segoe UI,Arial,sans-serif">
<table width="520" style="border:1px solid #ddd;padding:16px"><tr><td>
<p><b>CCM Implementation Support Unit</b> has shared a document with you.</p>
<p style="font-size:16px">&#128196; Article 7 Report Template 2026.xlsx</p>
<p><a href="https://ccm-isu-docs.example/s/7f3a9c?login=intake"
 style="background:#0b5394;color:#fff;padding:8px 16px;text-decoration:none">Open document</a></p>
<p style="color:#666;font-size:12px">Reports are due 30 April. Please sign in with your
ministry e-mail and password within 24 hours or access will expire.</p>
</td></tr></table></body></html>
""",
        "body": """CCM Implementation Support Unit has shared a document with you.

Article 7 Report Template 2026.xlsx

Open document: https://ccm-isu-docs.example/s/7f3a9c?login=intake

Reports are due 30 April. Please sign in with your ministry e-mail and password within 24 hours or access will expire.
""",
    },
    {
        "file": "h-0050.eml",
        "topic": "not_an_enquiry",
        "secondary": ["stockpile_destruction"],
        "language": "en",
        "hard": True,
        "note": "HARD(lookalike_noise): helpdesk auto-ticket quoting an intake reference about stockpile destruction",
        "sender": "MFA Service Desk <servicedesk@mfa.sanviere.example>",
        "date": "2026-04-09 14:36 +0200",
        "subject": "[Ticket INC-0558213] Received: Re: [CCM-2026-0417] Prolongation du délai de destruction des stocks",
        "headers": {"Auto-Submitted": "auto-generated",
                    "X-Auto-Response-Suppress": "All"},
        "body": """This is an automated message. Your request has been logged by the MFA Service Desk.

Ticket: INC-0558213
Summary: Re: [CCM-2026-0417] Prolongation du délai de destruction des stocks
Status: New - awaiting assignment

Please do not reply to this e-mail. To add information, use the self-service portal.
""",
    },
    {
        "file": "h-0055.eml",
        "topic": "not_an_enquiry",
        "secondary": ["clearance"],
        "language": "es",
        "hard": False,
        "note": "spam comercial: curso en línea de desminado humanitario",
        "sender": "Formación Segura <ofertas@formacion-segura.example.com>",
        "date": "2026-03-16 05:45 +0100",
        "subject": "¡Última semana! Curso certificado de desminado humanitario con 40 % de descuento",
        "alternative": True,
        "headers": {
            "List-Unsubscribe": "<https://formacion-segura.example.com/baja>",
            "Precedence": "bulk",
        },
        "body": """¡Certifíquese en desminado humanitario y despeje de restos de municiones en racimo desde casa!

Curso en línea de 60 horas con diploma internacional. Plazas limitadas: inscríbase antes del domingo y obtenga un 40 % de descuento.

Para darse de baja de esta lista, haga clic aquí: https://formacion-segura.example.com/baja
""",
    },
]
