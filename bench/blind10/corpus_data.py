"""Content and gold labels of the blind10 test corpus (data only).

Each entry describes one e-mail; generate.py turns it into an .eml file.
Fields: key (stable id), gold label fields (topic, secondary, language, hard,
note), envelope (sender, to, cc, date, subject, mailer, headers, ack = the
intake reference being replied to), body text and format options (charset,
cte, html, attachments, forward_attached, parts/container for reports, eol).

All States, people, organisations, phone numbers and domains are invented.
Written without reading the classifier, its rules, templates or tests.
"""

MESSAGES = []

# ===========================================================================
# not_an_enquiry (11)
# ===========================================================================

MESSAGES += [
dict(
    key="n01", topic="not_an_enquiry", secondary=["victim_assistance"], language="en", hard=False,
    note="Exchange out-of-office reply (Auto-Submitted, X-Auto-Response-Suppress) to an intake acknowledgement about rehabilitation equipment",
    sender=("Ruth Calloway", "r.calloway@mfa.ostrevia.example"),
    date="2026-11-04 08:12:40 +0000",
    subject="Automatic reply: [CCM-2026-0433] Received: Equipment for the Northern Rehabilitation Centre",
    mailer="outlook", ack="CCM-2026-0433", html=True, cte="7bit", charset="us-ascii",
    headers=[("Auto-Submitted", "auto-generated"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Thank you for your email. I am out of the office on annual leave until
Monday 16 November with no access to email.

For matters relating to the Convention on Cluster Munitions please contact
Ms Ilse Danforth (i.danforth@mfa.ostrevia.example). For anything urgent,
please call the Disarmament Desk on +999 41 220 7788.

Best regards,
Ruth Calloway
"""),

dict(
    key="n02", topic="not_an_enquiry", secondary=["victim_assistance"], language="en", hard=False,
    note="Postfix multipart/report bounce (5.1.1 user unknown) of an ISU reply about a prosthetics workshop, original returned as message/rfc822",
    sender=("Mail Delivery System", "MAILER-DAEMON@mx2.mohsw.kelvanne.example"),
    return_path="<>", relay="mx2.mohsw.kelvanne.example",
    date="2026-11-05 13:47:09 +0200",
    subject="Undelivered Mail Returned to Sender",
    mailer="system", eol="lf",
    headers=[("Auto-Submitted", "auto-replied")],
    container=("report", " report-type=delivery-status;"),
    parts=[
        dict(type="text", text="""\
This is the mail system at host mx2.mohsw.kelvanne.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<d.osei-brandt@mohsw.kelvanne.example>: host
    mailstore.mohsw.kelvanne.example[10.12.0.7] said: 550 5.1.1
    <d.osei-brandt@mohsw.kelvanne.example>: Recipient address rejected: User
    unknown in local recipient table (in reply to RCPT TO command)
"""),
        dict(type="delivery-status", text="""\
Reporting-MTA: dns; mx2.mohsw.kelvanne.example
X-Postfix-Queue-ID: 4Rk2Lq0Zc1z9vT
X-Postfix-Sender: rfc822; intake@ccm-isu.example
Arrival-Date: Thu,  5 Nov 2026 13:47:05 +0200

Final-Recipient: rfc822; d.osei-brandt@mohsw.kelvanne.example
Original-Recipient: rfc822;d.osei-brandt@mohsw.kelvanne.example
Action: failed
Status: 5.1.1
Remote-MTA: dns; mailstore.mohsw.kelvanne.example
Diagnostic-Code: smtp; 550 5.1.1 <d.osei-brandt@mohsw.kelvanne.example>:
    Recipient address rejected: User unknown in local recipient table
"""),
        dict(type="rfc822", message=dict(
            key="n02-inner", language="en",
            sender=("CCM Implementation Support Unit", "intake@ccm-isu.example"),
            to="Daniel Osei-Brandt <d.osei-brandt@mohsw.kelvanne.example>",
            date="2026-11-05 12:46:51 +0100",
            subject="RE: [CCM-2026-0402] Prosthetic workshop - materials and technician",
            mailer="outlook", cte="7bit", charset="us-ascii",
            body="""\
Dear Mr Osei-Brandt,

Thank you for your request concerning the prosthetics workshop in
Lowden. So that the victim assistance coordinators can approach
possible partners, could you let us know how many users the workshop
serves, which components are most urgently needed and whether the
Ministry could host a prosthetist for a year?

Kind regards,
Implementation Support Unit
Convention on Cluster Munitions
""")),
    ]),

dict(
    key="n03", topic="not_an_enquiry", secondary=["general"], language="en", hard=True,
    note="HARD(lookalike_noise,html_only): phishing from a look-alike 'sponsorship' domain asking delegates to confirm bank details for travel reimbursement",
    sender=("CCM Sponsorship Programme", "sponsorship@ccmisu-sponsor.example"),
    reply_to="finance.desk@ccmisu-sponsor.example",
    to="Delegate <intake@ccm-isu.example>",
    date="2026-11-10 03:22:17 +0000",
    subject="Action required: confirm your banking details for travel reimbursement",
    mailer="system", html="only", cte="quoted-printable",
    html_text="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Arial,Helvetica,sans-serif;font-size:14px;color:#222">
<table width="600" cellpadding="0" cellspacing="0" style="border:1px solid #d0d7de">
<tr><td style="background:#1f4e79;color:#fff;padding:14px 20px;font-size:18px">
Convention on Cluster Munitions &ndash; Sponsorship Programme</td></tr>
<tr><td style="padding:20px">
<p>Dear Delegate,</p>
<p>Our records show that your travel reimbursement of <b>CHF 1,482.50</b> for the last
Meeting of States Parties is <b>on hold</b> because your banking details could not be verified.</p>
<p>To avoid cancellation of the payment, please confirm your details within <b>48 hours</b>
using the secure form below.</p>
<p style="text-align:center;margin:28px 0">
<a href="https://ccmisu-sponsor.example/verify?ref=SP-88213" style="background:#2e7d32;color:#fff;padding:12px 26px;text-decoration:none;border-radius:4px">
Confirm banking details</a></p>
<p>If you have already submitted your details, please ignore this message.</p>
<p>Finance Desk<br>Sponsorship Programme</p>
</td></tr>
<tr><td style="padding:10px 20px;font-size:11px;color:#888">This is an automated notification. Please do not reply.</td></tr>
</table></body></html>
"""),

dict(
    key="n04", topic="not_an_enquiry", secondary=["clearance"], language="en", hard=False,
    note="weekly newsletter of a policy institute (List-Id, List-Unsubscribe, Precedence: bulk); one item is a paper on financing clearance",
    sender=("Disarmament Policy Review", "news@dpr-institute.example.org"),
    to="intake@ccm-isu.example",
    date="2026-11-19 07:00:03 +0000",
    subject="The Weekly Brief - 19 November 2026: export controls, drones and the humanitarian disarmament agenda",
    mailer="system", html=True, cte="quoted-printable", html_cte="base64",
    headers=[("List-Id", "DPR Weekly Brief <weekly.dpr-institute.example.org>"),
             ("List-Unsubscribe", "<https://dpr-institute.example.org/u?e=intake%40ccm-isu.example&l=weekly>, <mailto:unsubscribe@dpr-institute.example.org?subject=weekly>"),
             ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
             ("Precedence", "bulk"),
             ("X-Campaign", "weekly-2026-47")],
    body="""\
THE WEEKLY BRIEF - 19 November 2026
Disarmament Policy Review

IN THIS ISSUE
- Export controls: what the new dual-use lists mean for drone components
- Commentary: ten years of humanitarian disarmament - what worked?
- New paper: "Paying for the last mile - financing landmine and cluster
  munition clearance after 2030" (read online)
- Podcast: arms transfer reporting and the transparency gap
- Jobs: Research Fellow, Conventional Arms Programme (closing 4 December)

EVENTS
- 26 November, online: Book launch "Borders of Restraint"
- 3 December, Geneva and online: Roundtable on autonomous weapons

You are receiving this e-mail because you subscribed to the Weekly Brief.
Manage your preferences or unsubscribe:
https://dpr-institute.example.org/u?e=intake%40ccm-isu.example&l=weekly

Disarmament Policy Review, 12 Quay Street, Harbourtown
"""),

dict(
    key="n05", topic="not_an_enquiry", secondary=["clearance"], language="en", hard=False,
    note="Outlook read receipt (multipart/report, disposition-notification) for an ISU message about technical survey standards",
    sender=("Hadley Okonjo", "h.okonjo@demining.tessarine.example"),
    to="CCM Implementation Support Unit <intake@ccm-isu.example>",
    date="2026-11-11 08:47:39 +0300",
    subject="Read: [CCM-2026-0421] Technical survey standards - expert input",
    mailer="outlook",
    container=("report", " report-type=disposition-notification;"),
    parts=[
        dict(type="text", charset="utf-8", cte="7bit", text="""\
Your message

  To: Hadley Okonjo
  Subject: [CCM-2026-0421] Technical survey standards - expert input
  Sent: Tuesday, 10 November 2026 14:02:11 (UTC+01:00) Amsterdam, Berlin, Bern, Rome, Stockholm, Vienna

 was read on Wednesday, 11 November 2026 08:47:39 (UTC+03:00) Nairobi.
"""),
        dict(type="disposition-notification", text="""\
Reporting-UA: demining.tessarine.example; Microsoft Outlook 16.0
Final-Recipient: rfc822;h.okonjo@demining.tessarine.example
Original-Message-ID: <ccm-2026-0421.reply1@ccm-isu.example>
Disposition: manual-action/MDN-sent-manually; displayed
"""),
    ]),

dict(
    key="n06", topic="not_an_enquiry", secondary=["stockpile_destruction"], language="en", hard=True,
    note="HARD(no_auto_headers,lookalike_noise): webmail vacation reply with a 'Re: [CCM-...]' subject and In-Reply-To but no Auto-Submitted; mentions the stockpile destruction programme",
    sender=("Col. Anselm Rhee", "a.rhee@eod.brennhaven.example"),
    date="2026-11-12 19:03:55 +0100",
    subject="Re: [CCM-2026-0440] Received: Dismantling line for artillery-delivered submunitions",
    mailer="webmail", ack="CCM-2026-0440", cte="7bit", charset="us-ascii", eol="lf",
    body="""\
Thank you for your message.

I am on duty at the Kestrel Flats demolition range until 27 November with
very limited connectivity and will reply on my return.

Matters concerning the stockpile destruction programme can be addressed in
the meantime to Maj. Petra Ulvsson (p.ulvsson@eod.brennhaven.example),
telephone +999 63 400 1122.

Col. A. Rhee
"""),

dict(
    key="n07", topic="not_an_enquiry", secondary=["legislation"], language="fr", hard=False,
    note="French out-of-office (Auto-Submitted) in iso-8859-1 replying to an acknowledgement about training customs officers on the national law",
    sender=("Claire Montravel", "claire.montravel@diplomatie.belaroux.example"),
    date="2026-11-17 10:31:02 +0100",
    subject="Réponse automatique : [CCM-2026-0438] Reçu : Formation des agents des douanes à la loi nationale",
    header_charset="iso-8859-1", subject_enc="q",
    mailer="outlook", ack="CCM-2026-0438", charset="iso-8859-1", cte="quoted-printable", html=True,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Bonjour,

Je suis absente du bureau jusqu'au lundi 23 novembre inclus, sans accès à ma messagerie.

Pendant mon absence, vous pouvez contacter M. Hugo Ferrand (hugo.ferrand@diplomatie.belaroux.example) pour toute question urgente.

Cordialement,
Claire Montravel
"""),

dict(
    key="n08", topic="not_an_enquiry", secondary=["legislation"], language="fr", hard=False,
    note="French Exchange non-delivery report (multipart/report with text/rfc822-headers) of an ISU reply about a draft law",
    sender=("Microsoft Outlook", "postmaster@justice.lomare.example"),
    return_path="<>",
    to="intake@ccm-isu.example",
    date="2026-11-18 16:20:44 +0000",
    subject="Non remis : RE: [CCM-2026-0409] Avant-projet de loi - demande de relecture",
    mailer="system",
    headers=[("X-MS-Exchange-Message-Is-Ndr", ""), ("Auto-Submitted", "auto-replied")],
    container=("report", " report-type=delivery-status;"),
    parts=[
        dict(type="text", charset="utf-8", cte="quoted-printable", text="""\
Impossible de remettre le message à ces destinataires ou groupes :

adrien.kossi@justice.lomare.example
L'adresse de messagerie que vous avez entrée est introuvable. Vérifiez l'adresse du destinataire et essayez de renvoyer le message. Si le problème persiste, contactez le support technique.

Informations de diagnostic pour les administrateurs :

Serveur de génération : MB2PR04MB7713.justice.lomare.example

adrien.kossi@justice.lomare.example
Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'
"""),
        dict(type="delivery-status", text="""\
Reporting-MTA: dns;MB2PR04MB7713.justice.lomare.example
Received-From-MTA: dns;mx1.ccm-isu.example
Arrival-Date: Wed, 18 Nov 2026 16:20:41 +0000

Final-Recipient: rfc822;adrien.kossi@justice.lomare.example
Action: failed
Status: 5.1.10
Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup
"""),
        dict(type="rfc822-headers", text="""\
From: CCM Implementation Support Unit <intake@ccm-isu.example>
To: Adrien Kossi <adrien.kossi@justice.lomare.example>
Subject: RE: [CCM-2026-0409] Avant-projet de loi - demande de relecture
Date: Wed, 18 Nov 2026 17:20:33 +0100
Message-ID: <ccm-2026-0409.reply2@ccm-isu.example>
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
"""),
    ]),

dict(
    key="n09", topic="not_an_enquiry", secondary=[], language="es", hard=False,
    note="commercial spam for conference interpreting and translation services",
    sender=("Lexia Global Traducciones", "ofertas@lexia-global.example.com"),
    to="intake@ccm-isu.example",
    date="2026-11-09 06:15:00 -0500",
    subject="Interpretación simultánea para sus conferencias: 30 % de descuento hasta el 31/12",
    mailer="system", charset="utf-8", cte="8bit", eol="lf",
    body="""\
Estimado/a cliente:

¿Prepara una conferencia internacional, una reunión de alto nivel o un
seminario en línea para 2027?

En LEXIA GLOBAL le ofrecemos:

  * Interpretación simultánea y consecutiva en 40 idiomas
  * Cabinas portátiles y plataforma de interpretación remota
  * Traducción jurada de documentos oficiales en 24 horas
  * Transcripción y actas de reuniones

SOLO ESTE MES: 30 % de descuento en todos los servicios contratados antes
del 31 de diciembre. Presupuesto sin compromiso en menos de 2 horas.

Escríbanos hoy mismo o llame al +999 91 555 0170.

Lexia Global Traducciones S.L.

Si no desea recibir más comunicaciones, responda con la palabra BAJA.
"""),

dict(
    key="n10", topic="not_an_enquiry", secondary=["reporting"], language="es", hard=True,
    note="HARD(lookalike_noise): post to a regional discussion list the intake is subscribed to (List-Id, Precedence: list); the question about Article 7 workshops is addressed to list members",
    sender=("Rodrigo Almazán", "ralmazan@observatorio-sur.example.org"),
    to="Red latinoamericana de desarme humanitario <red-desarme@lists.desarme-al.example.org>",
    reply_to="Red latinoamericana de desarme humanitario <red-desarme@lists.desarme-al.example.org>",
    date="2026-11-13 12:40:18 -0300",
    subject="Re: [red-desarme] Plazo del informe del artículo 7 y formularios",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    references=["<b41c2e7a-5d0f-4a8e-9c11-7f3e2a9d0b55@redsur.example.org>"],
    headers=[("List-Id", "Red latinoamericana de desarme humanitario <red-desarme.lists.desarme-al.example.org>"),
             ("List-Post", "<mailto:red-desarme@lists.desarme-al.example.org>"),
             ("List-Unsubscribe", "<https://lists.desarme-al.example.org/mailman/options/red-desarme>, <mailto:red-desarme-request@lists.desarme-al.example.org?subject=unsubscribe>"),
             ("List-Archive", "<https://lists.desarme-al.example.org/pipermail/red-desarme/>"),
             ("Precedence", "list"),
             ("Sender", "\"red-desarme\" <red-desarme-bounces@lists.desarme-al.example.org>"),
             ("Errors-To", "red-desarme-bounces@lists.desarme-al.example.org")],
    body="""\
Hola a todos:

Confirmo lo que dice Marta: el plazo para los informes anuales es el 30 de
abril y cubren el año calendario anterior, así que en abril de 2027 se
informa sobre 2026.

¿Alguien sabe si la ISU va a organizar otro taller virtual sobre los
formularios antes de abril? El del año pasado fue muy útil para las
organizaciones que apoyamos a los ministerios con la redacción.

Saludos,
Rodrigo

El 12/11/2026 a las 18:05, Marta Villegas escribió:
> Buenas tardes, colegas:
> Una consulta rápida: ¿el informe anual del artículo 7 se presenta el 30 de
> abril o el 30 de junio? En nuestra comisión hay dudas.
> Gracias,
> Marta

_______________________________________________
red-desarme mailing list
red-desarme@lists.desarme-al.example.org
https://lists.desarme-al.example.org/mailman/listinfo/red-desarme
"""),

dict(
    key="n11", topic="not_an_enquiry", secondary=[], language="de", hard=False,
    note="German out-of-office notice (Auto-Submitted) in iso-8859-1",
    sender=("Dr. Katrin Sölderer", "k.soelderer@verteidigung.alsterau.example"),
    date="2026-11-16 09:02:31 +0100",
    subject="Abwesenheitsnotiz: Ihre Nachricht",
    header_charset="iso-8859-1",
    mailer="outlook", charset="iso-8859-1", cte="quoted-printable", html=True,
    headers=[("Auto-Submitted", "auto-replied"), ("X-Auto-Response-Suppress", "All")],
    body="""\
Sehr geehrte Damen und Herren,

vielen Dank für Ihre Nachricht. Ich bin bis einschließlich 20. November 2026 nicht im Büro und habe keinen Zugriff auf meine E-Mails. Ihre Nachricht wird nicht weitergeleitet.

In dringenden Fällen wenden Sie sich bitte an das Referatspostfach referat-ii3@verteidigung.alsterau.example.

Mit freundlichen Grüßen
Katrin Sölderer
"""),
]

# ===========================================================================
# stockpile_destruction (11)
# ===========================================================================

MESSAGES += [
dict(
    key="s01", topic="stockpile_destruction", secondary=[], language="en", hard=False,
    note="MoD holds 2,340 cargo projectiles; asks for an expert assessment visit on the destruction method, cost estimates and contacts of States that destroyed similar items",
    sender=("Lt Col Dariusz Amberley", "d.amberley@mod.ostrevia.example"),
    date="2026-11-02 10:14:22 +0000",
    subject="Request for technical assistance - destruction of cargo artillery projectiles",
    mailer="thunderbird", charset="us-ascii", cte="7bit",
    body="""\
Dear colleagues,

I write on behalf of the Directorate of Ammunition Management of our
Ministry of Defence.

Following the final inventory completed in October, we hold 2,340 155 mm
cargo projectiles, each containing 49 dual-purpose submunitions, stored at
two depots. These are the last cluster munitions in our stockpile. Our own
demolition capacity is limited to open detonation of small quantities, and
both depots are close to populated areas.

We would be grateful for assistance in three areas:

1. a technical assessment visit by stockpile destruction experts to advise
   on the most suitable method (industrial disassembly abroad, mobile
   disassembly on site, or controlled open detonation);
2. an indicative cost estimate for each option; and
3. contacts of States Parties or operators that have destroyed similar
   projectiles.

Our Article 3 deadline is 1 February 2030, but we would like to finish
well before that.

Kind regards,

Lt Col Dariusz Amberley
Head, Ammunition Management Branch
Directorate of Logistics, Ministry of Defence
Tel. +999 21 550 3140
"""),

dict(
    key="s02", topic="stockpile_destruction", secondary=[], language="en", hard=False,
    note="Permanent Mission asks what an Article 3 extension request must contain, by when to submit it and whether a draft can be reviewed informally",
    sender=("Naledi Corrigan", "ncorrigan@kelvanne-mission.example"),
    date="2026-11-03 15:41:09 +0100",
    subject="Article 3 extension request - process and timeline",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Dear ISU colleagues,

Capital has asked me to find out what is involved in requesting an extension of our stockpile destruction deadline under Article 3, paragraph 3.

Briefly: destruction of our remaining air-dropped bombs was suspended for most of 2026 after the explosion at the Harrow Ridge storage site, and the Ministry of Defence now estimates that about 30 per cent of the stockpile will still be in store on our deadline of 1 August 2027.

Could you let us know:
- what information the request must contain, and whether there is a recommended template;
- by when it must be submitted to be considered at the next Meeting of States Parties; and
- whether the ISU could look at a draft informally before we submit it?

Many thanks in advance. I am happy to come by the ISU office if that is easier.

Best regards,
Naledi Corrigan
First Secretary (Disarmament)
Permanent Mission of Kelvanne to the United Nations Office at Geneva
+999 22 918 40 16

This e-mail and any attachments are intended solely for the addressee and may contain confidential information. If you have received it in error, please notify the sender and delete it. The Permanent Mission accepts no liability for any damage caused by this e-mail.
"""),

dict(
    key="s03", topic="stockpile_destruction", secondary=[], language="en", hard=True,
    note="HARD(reply_to_ack): reply to acknowledgement CCM-2026-0417: neighbour agreed to destroy the remaining bombs; asks what the Convention requires of both States for a transfer for destruction and for examples of such arrangements",
    sender=("Bartholomew Nkemelu", "b.nkemelu@defence.marrowgate.example"),
    date="2026-11-09 11:26:47 +0000",
    subject="RE: [CCM-2026-0417] Received: Transfer of remaining stocks for destruction abroad",
    mailer="outlook", ack="CCM-2026-0417", html=True, cte="quoted-printable",
    body="""\
Dear ISU,

Further to my message below: the Ministry of Defence of our neighbour has now confirmed in writing that its national demilitarisation facility can receive our remaining 410 bombs in the first quarter of 2027, subject to an agreed transport plan.

Before we sign the bilateral arrangement, could the stockpile destruction coordinators advise us on:
- what the Convention requires of both States for a transfer for the purpose of destruction (do we need to notify anyone in advance, and does the receiving State take on any obligations of its own?); and
- whether other States Parties have carried out a cross-border transfer for destruction and would be willing to share their arrangement or transport plan?

A call next week would be very welcome.

Regards,
Bartholomew Nkemelu
Arms Control Section, Ministry of Defence

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: 27 October 2026 10:41
To: Bartholomew Nkemelu <b.nkemelu@defence.marrowgate.example>
Subject: [CCM-2026-0417] Received: Transfer of remaining stocks for destruction abroad

Thank you for your message. It has been registered under reference
CCM-2026-0417 and passed to the relevant coordinator(s), who will be in touch
with you.

Please keep the reference in the subject line of any further
correspondence on this matter.

Implementation Support Unit
Convention on Cluster Munitions

From: Bartholomew Nkemelu
Sent: 27 October 2026 10:38
To: intake@ccm-isu.example
Subject: Transfer of remaining stocks for destruction abroad

Dear colleagues,

We are exploring whether our remaining stockpile of air-dropped cluster bombs could be transferred to a neighbouring State for destruction, as we have no suitable facility of our own. We would appreciate initial guidance on the obligations involved.

Regards,
B. Nkemelu
"""),

dict(
    key="s04", topic="stockpile_destruction", secondary=[], language="en", hard=False,
    note="Army engineer school asks how other States justified the number of submunitions retained for training under Article 3(6)",
    sender=("Maj. Ingrid Lavelle", "ilavelle@army-eng.norvalia.example"),
    date="2026-11-04 14:05:33 +0100",
    subject="Retention of submunitions for EOD training",
    mailer="thunderbird", charset="us-ascii", cte="7bit", flowed=True,
    body="""\
Hello,

I am the chief instructor at the Army Engineer School. As part of the
destruction plan for our remaining stocks, our command proposes to retain
a small number of live submunitions for training EOD operators and for
testing detection equipment, under Article 3(6). The current proposal is
to keep 60 items of three types.

Before this is finalised I have been asked to check three things: how
other States Parties have justified the numbers they retained; whether
there is any guidance on what counts as "the minimum number absolutely
necessary"; and whether most States keep complete munitions or only
individual submunitions.

Any examples or contacts would help.

Thanks,
Ingrid Lavelle
Major, Chief Instructor, EOD Wing
Army Engineer School
"""),

dict(
    key="s05", topic="stockpile_destruction", secondary=[], language="en", hard=True,
    note="HARD(forwarded_as_attachment): mission's outer note is generic; the attached MoD message asks for a partner to provide a mobile demilitarisation unit and train technicians to destroy 412 bombs on site",
    sender=("Vikram Halloran", "v.halloran@mission-dravonia.example"),
    date="2026-11-05 09:52:18 +0100",
    subject="Fw: from capital - for your advice",
    mailer="thunderbird", charset="utf-8", cte="7bit",
    forward_filename="Remaining stocks at Ostova and Lerin depots.eml",
    body="""\
Dear colleagues,

Please see the attached message from our capital, received this morning.
We would be grateful for your advice on how best to take this forward and
whom to approach; the Mission is happy to arrange a call with the
colleagues concerned.

Kind regards,
Vikram Halloran
Counsellor
Permanent Mission of Dravonia, Geneva
""",
    forward_attached=dict(
        key="s05-inner", language="en",
        sender=("Brig. Gen. Oleksa Varga", "o.varga@mod.dravonia.example"),
        to="Vikram Halloran <v.halloran@mission-dravonia.example>",
        date="2026-11-04 17:30:02 +0200",
        subject="Remaining stocks at Ostova and Lerin depots",
        mailer="outlook", cte="quoted-printable",
        body="""\
Dear Vikram,

As discussed, please approach the ISU on our behalf.

We still hold 412 air-dropped cluster bombs at the Ostova and Lerin depots. Moving them to the central demolition range is not permitted on safety grounds, so they will have to be destroyed where they are. For this we need a mobile demilitarisation unit that can work on site, and training for about 12 of our ammunition technicians to operate it.

We are looking for a partner State or organisation that could fund or provide such a unit in 2027. Please also ask whether the ISU knows of any State that has used a similar approach, so that our engineers can learn from their experience.

Regards,
O. Varga
Director, Ammunition Directorate
Ministry of Defence
""")),

dict(
    key="s06", topic="stockpile_destruction", secondary=[], language="fr", hard=False,
    note="French: MoD seeks co-financing (about EUR 1.4 million) and a donor meeting to finish destroying 38 tonnes of stocks",
    sender=("Colonel Serge Mbarga-Tessier", "s.mbarga@defense.lomare.example"),
    date="2026-11-06 11:18:40 +0100",
    subject="Demande d'appui financier – destruction des stocks restants",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Madame, Monsieur,

Le Ministère de la Défense de la République du Lomaré souhaite solliciter
l'appui de la communauté des États parties pour achever la destruction de
son stock d'armes à sous-munitions.

À ce jour, environ 38 tonnes de munitions restent entreposées au dépôt
central de Bokandé : des obus d'artillerie cargo et des conteneurs de
sous-munitions largables. Nos équipes ont été formées en 2024, mais nous ne
disposons ni du four de destruction ni des moyens de transport sécurisés
nécessaires. Le coût total est estimé à 1,4 million d'euros, dont l'État
peut prendre en charge environ 20 %.

Pourriez-vous nous indiquer comment présenter cette demande aux donateurs
potentiels et si l'Unité pourrait faciliter une réunion avec les États
intéressés, en marge de la prochaine Assemblée, consacrée à ce projet de
destruction ?

Veuillez agréer, Madame, Monsieur, l'expression de ma considération
distinguée.

Colonel Serge Mbarga-Tessier
Directeur du Génie et des Munitions
Ministère de la Défense
"""),

dict(
    key="s07", topic="stockpile_destruction", secondary=[], language="fr", hard=True,
    note="HARD(legacy_charset): windows-1252 note verbale (typographic apostrophes, oe ligature): after destroying the last lots, asks for expert advice on documenting completion of Article 3 and an observer at the final depot inventory",
    sender=("Mission permanente de la République de Vauclaire", "mission.geneve@vauclaire-diplomatie.example"),
    date="2026-11-05 16:02:11 +0100",
    subject="Note verbale n° 2026/0117 – Achèvement de la destruction des stocks (article 3)",
    header_charset="windows-1252", subject_enc="q",
    mailer="outlook", charset="windows-1252", cte="quoted-printable",
    attachments=[dict(name="NV_2026-0117_Unité_d'appui.pdf", enc="outlook")],
    body="""\
Note verbale n° 2026/0117

La Mission permanente de la République de Vauclaire auprès de l’Office des Nations Unies à Genève présente ses compliments à l’Unité d’appui à l’application de la Convention sur les armes à sous-munitions et a l’honneur de l’informer que les Forces armées vauclairiennes ont procédé, le 30 octobre 2026, à la destruction des derniers lots d’armes à sous-munitions du stock national, dans le cadre de la mise en œuvre de l’article 3 de la Convention.

Avant de présenter sa déclaration d’achèvement des obligations de l’article 3 à la prochaine Assemblée des États parties, le Gouvernement souhaiterait bénéficier d’un avis d’experts sur la documentation à réunir (procès-verbaux de destruction, certificats, registres des lots – « preuves » acceptées par d’autres États) et, si possible, de la présence d’un observateur indépendant lors de l’inventaire final des dépôts, prévu en janvier 2027.

La Mission saurait gré à l’Unité de bien vouloir transmettre cette demande aux coordonnateurs compétents.

La Mission permanente de la République de Vauclaire saisit cette occasion pour renouveler à l’Unité d’appui à l’application les assurances de sa haute considération.

Genève, le 5 novembre 2026
"""),

dict(
    key="s08", topic="stockpile_destruction", secondary=["reporting"], language="es", hard=False,
    note="Spanish: previously unknown submunition containers found at a former air base after completion was declared; asks what obligations apply, the deadline, and for an expert assessment",
    sender=("Cap. Julián Ortega Belmonte", "jortega@fuerzaaerea.valdemora.example"),
    date="2026-11-10 09:33:51 -0400",
    subject="Hallazgo de existencias no declaradas en la antigua base de Las Cumbres",
    mailer="outlook", cte="quoted-printable",
    body="""\
Estimados señores:

Me dirijo a ustedes en nombre del Estado Mayor de la Fuerza Aérea. En 2024 nuestro país informó de la finalización de la destrucción de sus existencias de municiones en racimo. Sin embargo, durante el inventario de cierre de la antigua base aérea de Las Cumbres, el pasado 21 de octubre, se localizaron 36 contenedores de submuniciones que no figuraban en ningún registro.

Quisiéramos saber cómo proceder: ¿qué obligaciones tenemos respecto a estas existencias descubiertas después de haber declarado el cumplimiento del artículo 3, en qué plazo deben destruirse y cómo se ha dado a conocer en casos similares? También agradeceríamos, si fuera posible, el apoyo de un experto para evaluar el estado de los contenedores antes de su traslado.

Atentamente,

Capitán Julián Ortega Belmonte
Sección de Armamento y Municiones
Estado Mayor de la Fuerza Aérea
"""),

dict(
    key="s09", topic="stockpile_destruction", secondary=["victim_assistance", "general"], language="es", hard=True,
    note="HARD(misleading_subject): reused thread 'Taller regional sobre asistencia a víctimas - alojamiento'; the new question is how to contract a commercial company to destroy 120 remaining bombs (tender examples, review of the draft tender)",
    sender=("Lucía Ferreyra Quintana", "lferreyra@cancilleria.montebravo.example"),
    date="2026-11-11 17:08:26 -0500",
    subject="RE: Taller regional sobre asistencia a víctimas - alojamiento y traslados",
    mailer="outlook", html=True, cte="quoted-printable",
    references=["<AM4PR09MB3320C6A1F0E94B7D2C55A1B8E0@AM4PR09MB3320.cancilleria.montebravo.example>",
                "<ccm-isu-staff.7741.asorensen@ccm-isu.example>"],
    body="""\
Estimado equipo de la ISU:

Aprovecho este hilo para plantearles una consulta distinta, que nos ha llegado hoy del Ministerio de Defensa.

Tras la licitación fallida de este año, el Ministerio está considerando contratar directamente a una empresa comercial de desmilitarización para destruir las 120 bombas de racimo que aún quedan en el arsenal de San Telmo. ¿Podrían indicarnos qué empresas o instalaciones han utilizado otros Estados Partes, cómo estructuraron los pliegos (precio por unidad, transporte, certificados de destrucción) y si alguno de los coordinadores sobre destrucción de existencias podría revisar nuestro borrador de pliego?

Muchas gracias,
Lucía Ferreyra Quintana
Dirección de Seguridad Internacional y Desarme
Ministerio de Relaciones Exteriores

De: Anneke Sorensen <a.sorensen@ccm-isu.example>
Enviado el: jueves, 15 de octubre de 2026 16:20
Para: Lucía Ferreyra Quintana <lferreyra@cancilleria.montebravo.example>
Asunto: RE: Taller regional sobre asistencia a víctimas - alojamiento y traslados

Estimada Lucía:

Le confirmo que las habitaciones de los tres participantes de su delegación están reservadas en el hotel del taller del 3 al 5 de noviembre y que el traslado desde el aeropuerto correrá a cargo de la organización.

Saludos cordiales,
Anneke Sorensen
Unidad de Apoyo a la Implementación

De: Lucía Ferreyra Quintana
Enviado el: martes, 13 de octubre de 2026 11:02
Para: Anneke Sorensen
Asunto: Taller regional sobre asistencia a víctimas - alojamiento y traslados

Estimada Anneke:

¿Podrían confirmarnos si el alojamiento de nuestros tres participantes en el taller regional sobre asistencia a víctimas está cubierto y si habrá traslado desde el aeropuerto?

Gracias,
Lucía
"""),

dict(
    key="s10", topic="stockpile_destruction", secondary=[], language="ru", hard=False,
    note="Russian: MoD asks for equipment (water-jet cutting, burning furnace) and training to dismantle remaining cluster bombs and rockets",
    sender=("Сергей Лаврентьев", "s.lavrentiev@mil.ozerny.example"),
    date="2026-11-16 10:44:05 +0300",
    subject="Запрос о технической помощи: оборудование для разделки кассетных боеприпасов",
    mailer="thunderbird", charset="utf-8", cte="quoted-printable", eol="lf",
    body="""\
Уважаемые коллеги!

Министерство обороны нашей страны обращается с просьбой о содействии в
получении оборудования для уничтожения оставшихся запасов кассетных
боеприпасов.

На складах хранится около 1 700 кассетных авиабомб и 900 реактивных
снарядов с кассетными головными частями. Подрыв на полигоне в необходимых
объёмах невозможен из-за близости населённых пунктов, поэтому мы
рассматриваем промышленную разделку. Нам требуются установка
гидроабразивной резки, печь для сжигания взрывчатых веществ и обучение
примерно 15 специалистов.

Просим сообщить, какие государства-участники или организации могли бы
оказать такую помощь и в каком виде следует оформить запрос.

С уважением,
полковник С. Лаврентьев
начальник отдела утилизации боеприпасов
Министерство обороны
"""),

dict(
    key="s11", topic="stockpile_destruction", secondary=[], language="de", hard=False,
    note="German: donor ministry offers up to EUR 750,000 in 2027 specifically for stockpile destruction; asks which States Parties need support",
    sender=("Jana Brettschneider", "jana.brettschneider@aussenamt.alsterau.example"),
    date="2026-11-18 14:21:37 +0100",
    subject="Finanzierungsangebot 2027: Vernichtung von Streumunitionsbeständen",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Sehr geehrte Damen und Herren,

das Ministerium für Auswärtige Angelegenheiten der Republik Alsterau wird im
Haushaltsjahr 2027 voraussichtlich bis zu 750.000 Euro für Vorhaben zur
Vernichtung von Streumunitionsbeständen in Vertragsstaaten bereitstellen
können. Wir möchten die Mittel dort einsetzen, wo der Bedarf am größten ist
und andernfalls eine Fristverlängerung nach Artikel 3 droht.

Könnten Sie uns mitteilen, welche Vertragsstaaten derzeit Unterstützung bei
der Bestandsvernichtung suchen, und uns gegebenenfalls mit den
Koordinatoren für Bestandsvernichtung in Verbindung bringen? Eine kurze
Übersicht über vorliegende Anfragen würde uns bei der Planung sehr helfen.

Mit freundlichen Grüßen

Jana Brettschneider
Referat Konventionelle Rüstungskontrolle
Ministerium für Auswärtige Angelegenheiten der Republik Alsterau
"""),
]

# ===========================================================================
# clearance (12)
# ===========================================================================

MESSAGES += [
dict(
    key="c01", topic="clearance", secondary=[], language="en", hard=False,
    note="floods moved submunitions onto released land; asks for a non-technical survey training course and field mentoring for district staff",
    sender=("Esther Holt", "e.holt@nmaa.tessarine.example"),
    date="2026-11-02 08:55:12 +0300",
    subject="NTS training request after flooding in the Amber River valley",
    mailer="thunderbird", charset="us-ascii", cte="7bit", eol="lf",
    body="""\
Dear ISU team,

The floods of late September in the Amber River valley have moved soil
along several riverbanks that were released in 2021, and farmers in four
villages have since reported 23 submunitions on the surface, some well
outside previously recorded hazardous areas.

Our non-technical survey capacity is one team of four, which is not enough
to re-survey the valley before the planting season in March. We would like
to ask whether a State Party or operator could provide a short training
course in non-technical survey for about 20 district staff and police,
ideally in January, followed by a few months of mentoring in the field.

I can provide maps of the reports and of the released areas if helpful.

With thanks,
Esther Holt
Operations Officer
National Mine Action Authority
"""),

dict(
    key="c02", topic="clearance", secondary=[], language="en", hard=False,
    note="first Article 4 extension request: asks for guidance on content, examples of good requests and an informal review of the draft",
    sender=("Dr Felix Aranthe", "f.aranthe@mineaction.pellinor.example"),
    date="2026-11-03 12:19:44 +0100",
    subject="Support to prepare an Article 4 extension request",
    mailer="outlook", html=True, cte="quoted-printable",
    attachments=[dict(name="Pellinor_remaining_contamination_summary_Oct2026.xlsx")],
    body="""\
Dear colleagues,

Our Article 4 deadline is 1 March 2028. Based on the survey results summarised in the attached table, about 11.6 km² of confirmed hazardous area will remain at that date, mainly in the forested north-east, and we have concluded that we will need to request an extension.

As this is our first extension request, we would welcome support from the ISU and the clearance coordinators in preparing it: in particular, guidance on the expected content (work plan, annual milestones, funding assumptions), examples of well-regarded requests from other States Parties, and an informal review of our draft before it is formally submitted. We expect to have a first draft by the end of January.

Would a short call in the week of 23 November be possible?

Best regards,
Felix Aranthe
Director, Mine Action Centre
"""),

dict(
    key="c03", topic="clearance", secondary=[], language="en", hard=True,
    note="HARD(reply_to_ack): deep reply in thread CCM-2026-0405 (ack, ISU follow-up questions, original request) giving survey figures and asking coordinators to share the technical survey gap with interested States",
    sender=("Sunniva Rask", "s.rask@mac.northmarch.example"),
    date="2026-11-05 10:07:58 +0100",
    subject="RE: [CCM-2026-0405] Received: Technical survey capacity for the Hollow Hills",
    mailer="outlook", html=True, cte="quoted-printable", ack="CCM-2026-0405",
    references=["<ccm-isu-staff.7702.twendt@ccm-isu.example>"],
    cc="Tobias Wendt <t.wendt@ccm-isu.example>",
    body="""\
Dear Tobias,

Thank you for your quick reply. Please find below the details you asked for:

- Suspected hazardous areas in the Hollow Hills: 14, about 4.2 km² in total, identified by non-technical survey between 2023 and 2025.
- Current capacity: two technical survey teams of 12 deminers each; one of them will be redeployed to the capital region in 2027.
- Gap: at least two additional technical survey teams for 18 months, with two vehicles and large-loop detectors.
- National contribution: salaries of national staff and the field camp at Greyfold.

Would the clearance coordinators be able to share this with States that have indicated interest in supporting survey in the region? We could present the plan at the intersessional meetings if that is useful.

Best regards,
Sunniva Rask
Head of Operations, Mine Action Centre

From: Tobias Wendt <t.wendt@ccm-isu.example>
Sent: Wednesday, 28 October 2026 15:12
To: Sunniva Rask <s.rask@mac.northmarch.example>
Cc: CCM Implementation Support Unit <intake@ccm-isu.example>
Subject: RE: [CCM-2026-0405] Received: Technical survey capacity for the Hollow Hills

Dear Ms Rask,

Thank you for your request, which the clearance coordinators have discussed. To help them identify possible partners, could you let us know the number and size of the suspected hazardous areas, your current survey capacity, the gap you need filled and what the national contribution would be?

Kind regards,
Tobias Wendt
Implementation Support Unit

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Tuesday, 20 October 2026 09:03
To: Sunniva Rask <s.rask@mac.northmarch.example>
Subject: [CCM-2026-0405] Received: Technical survey capacity for the Hollow Hills

Thank you for your message. It has been registered under reference
CCM-2026-0405 and passed to the relevant coordinator(s), who will be in touch
with you.

Please keep the reference in the subject line of any further
correspondence on this matter.

Implementation Support Unit
Convention on Cluster Munitions

From: Sunniva Rask
Sent: Tuesday, 20 October 2026 09:01
To: intake@ccm-isu.example
Subject: Technical survey capacity for the Hollow Hills

Dear colleagues,

We are seeking support to increase our technical survey capacity in the Hollow Hills, where non-technical survey has identified a number of areas suspected to contain cluster munition remnants. Could the clearance coordinators advise whether partners might be available?

Regards,
Sunniva Rask
"""),

dict(
    key="c04", topic="clearance", secondary=[], language="en", hard=True,
    note="HARD(forwarded_chain): mission forwards inline the mine action authority's request for school-based risk education materials and a training-of-trainers course",
    sender=("Thandiwe Pallister", "t.pallister@mission.quenmoor.example"),
    date="2026-11-06 15:30:20 +0100",
    subject="FW: Risk education materials for schools - request",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Dear colleagues,

Forwarding the request below from our National Mine Action Authority, with apologies for the delay – it reached the Mission only yesterday. Grateful for anything you can do to connect them with the right people.

Best,
Thandiwe Pallister
Second Secretary
Permanent Mission of Quenmoor, Geneva

From: Joseph Ekwueme-Barr <jbarr@nmaa.quenmoor.example>
Sent: Thursday, 29 October 2026 08:15
To: Thandiwe Pallister <t.pallister@mission.quenmoor.example>
Cc: Risk Education Desk <re.desk@nmaa.quenmoor.example>
Subject: Risk education materials for schools - request

Dear Thandiwe,

Could the Mission please pass the following to the Convention's Implementation Support Unit?

Since the start of the school year, children in Lower Kessel, Tarn and Odrin provinces have brought three submunitions into school compounds. The Authority wants to introduce explosive ordnance risk education in all 140 primary schools of the three provinces before the rainy season. We need (a) age-appropriate materials adapted to the local languages, (b) a training-of-trainers course for about 60 teachers, and (c) ideally examples of school-based programmes that other affected States have evaluated.

Many thanks,
Joseph Ekwueme-Barr
Risk Education Coordinator
National Mine Action Authority
"""),

dict(
    key="c05", topic="clearance", secondary=[], language="en", hard=True,
    note="HARD(html_only): operator NGO asks for an information management adviser and training to move land release records into a database",
    sender=("Maren Okoye", "maren.okoye@groundwork-trust.example.org"),
    date="2026-11-09 13:12:45 +0000",
    subject="Information management support for land release data",
    mailer="system", html="only", cte="quoted-printable",
    html_text="""\
<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body style="font-family:Verdana,Geneva,sans-serif;font-size:13px">
<div style="border-bottom:3px solid #8a6d3b;padding-bottom:6px;margin-bottom:14px">
<span style="font-size:16px;color:#8a6d3b;font-weight:bold">Groundwork Demining Trust</span><br>
<span style="color:#777">Survey &middot; Clearance &middot; Community liaison</span></div>
<p>Dear ISU,</p>
<p>Groundwork Demining Trust is the accredited survey and clearance operator in the southern
districts of Sorrendale. The national authority has asked us to help move its land release
records &ndash; some 1,900 polygons going back to 2012 &ndash; from spreadsheets into a proper
information management system, so that the remaining contamination is known accurately and
clearance can be planned district by district.</p>
<p>We are looking for:</p>
<ol>
<li>an information management adviser for about three months to design the database and clean the historical survey and clearance data; and</li>
<li>training for six national staff who will maintain it.</li>
</ol>
<p>Could you tell us whether any State Party or organisation provides this kind of support,
and how we should make a request together with the national authority?</p>
<p>Warm regards,<br>
<b>Maren Okoye</b><br>
Country Director, Sorrendale<br>
Groundwork Demining Trust</p>
<p style="font-size:10px;color:#999">Groundwork Demining Trust is a registered charity. This message is
confidential and intended for the addressee only.</p>
</body></html>
"""),

dict(
    key="c06", topic="clearance", secondary=[], language="fr", hard=False,
    note="French: training of about 50 staff on new national standards for technical survey and land release",
    sender=("Awa Sidibé-Laurent", "a.sidibe@cnaa.kandiala.example"),
    date="2026-11-10 10:41:29 +0000",
    subject="Formation aux normes nationales : enquête technique et remise à disposition des terres",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Bonjour,

Le Centre national d'action antimines du Kandiala vient d'adopter de
nouvelles normes nationales pour l'enquête technique et la remise à
disposition des terres. Une cinquantaine d'agents (superviseurs de terrain,
contrôleurs qualité, personnel de la base de données) doivent maintenant
être formés à leur application avant la reprise des opérations de
dépollution en février.

Nous souhaiterions savoir si un État partie ou un opérateur pourrait mettre
à disposition deux formateurs pour un atelier de deux semaines à Sakouma,
et si l'Unité d'appui pourrait relayer cette demande auprès des
coordonnateurs chargés de la dépollution.

En vous remerciant par avance,

Awa Sidibé-Laurent
Cheffe du service Opérations
Centre national d'action antimines
"""),

dict(
    key="c07", topic="clearance", secondary=[], language="fr", hard=True,
    note="HARD(attachment_only_hint): bare cover note from a director's office; only the RFC 2231 attachment name (draft national clearance plan 2027-2030 for comments) gives the topic",
    sender=("Secrétariat du Directeur général", "secretariat.dg@autorite-antimines.mirebois.example"),
    date="2026-11-12 16:48:03 +0100",
    subject="Transmission",
    mailer="apple", charset="utf-8", cte="quoted-printable",
    attachments=[dict(name="Plan_national_de_dépollution_2027-2030_projet_pour_observations.docx")],
    body="""\
Bonjour,

Veuillez trouver ci-joint le document, pour suite à donner.

Bien cordialement,

Le Secrétariat du Directeur général

Envoyé de mon iPhone
"""),

dict(
    key="c08", topic="clearance", secondary=[], language="es", hard=False,
    note="Spanish: risk education campaign adapted to two indigenous languages (radio, illustrated sheets) and training of community promoters",
    sender=("Mariela Cusicanqui Robles", "mcusicanqui@cnam.quilmarca.example"),
    date="2026-11-13 09:20:14 -0500",
    subject="Educación sobre el riesgo en lenguas originarias",
    mailer="webmail", charset="utf-8", cte="quoted-printable",
    body="""\
Buenos días:

La Comisión Nacional de Acción contra las Minas está preparando una campaña de educación sobre el riesgo de los restos de municiones en racimo para las comunidades de la cuenca alta del río Sasqui, donde buena parte de la población no habla español y se desplaza por zonas todavía no despejadas para la recolección de castaña.

Buscamos apoyo para adaptar los materiales a dos lenguas originarias (grabaciones de radio y láminas ilustradas, dado que muchos adultos no leen), así como para formar a promotores comunitarios. ¿Conocen Estados Partes u organizaciones con experiencia en este tipo de adaptación que pudieran asesorarnos o financiar la producción?

Quedo atenta a sus comentarios.

Mariela Cusicanqui Robles
Coordinadora de Educación sobre el Riesgo
Comisión Nacional de Acción contra las Minas
"""),

dict(
    key="c09", topic="clearance", secondary=[], language="es", hard=False,
    note="Spanish: last known contaminated area cleared; asks what a declaration of completion of Article 4 should contain and what residual capacity to keep",
    sender=("Ing. Hernán Valdivieso", "hvaldivieso@desminado.sierracalina.example"),
    date="2026-11-16 11:02:37 -0500",
    subject="Consulta sobre la declaración de cumplimiento del artículo 4",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Estimados colegas:

Nos complace informarles de que en octubre concluyó el despeje de la última
área contaminada conocida, en el departamento de Alto Tambo. Con ello,
nuestro país prevé declarar el cumplimiento de sus obligaciones del
artículo 4 en la próxima Reunión de los Estados Partes.

Antes de hacerlo quisiéramos asesoramiento sobre:
- qué debe contener la declaración de cumplimiento y si existe un modelo;
- qué capacidad residual se recomienda mantener para responder a hallazgos
  posteriores; y
- cómo han gestionado otros Estados los hallazgos aislados después de
  declarar el cumplimiento.

Les agradeceríamos también que nos indicaran con quién coordinar la
presentación.

Cordialmente,

Hernán Valdivieso
Director Técnico
Centro Nacional de Desminado Humanitario
"""),

dict(
    key="c10", topic="clearance", secondary=[], language="es", hard=False,
    note="Spanish: shepherds found submunitions on unrecorded slopes; asks for emergency survey, a rapid response team and advice on adding the area to the national plan",
    sender=("Teresa Ibarguren Solís", "tibarguren@defensa.tierraseca.example"),
    date="2026-11-17 13:55:02 +0100",
    subject="Nueva contaminación detectada en la sierra de Campoluz",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Estimados señores:

Pastores de la sierra de Campoluz, en la antigua línea del frente, han encontrado en las últimas semanas al menos nueve submuniciones en laderas que nunca habían sido registradas como peligrosas. Nuestra capacidad nacional de despeje está comprometida hasta marzo en la zona norte.

Solicitamos apoyo para:
1) un estudio no técnico y técnico de emergencia de la zona, estimada en unas 600 hectáreas;
2) un equipo de intervención rápida que pueda destruir los artefactos ya localizados, que están señalizados de forma provisional; y
3) asesoramiento sobre cómo incorporar esta nueva contaminación a nuestro plan nacional de despeje.

Atentamente,

Teresa Ibarguren Solís
Dirección General de Política de Defensa
Ministerio de Defensa
"""),

dict(
    key="c11", topic="clearance", secondary=[], language="ar", hard=True,
    note="HARD(legacy_charset): windows-1256 (Arabic, QP, encoded subject): detectors, PPE, technical survey and clearance training and a two-year plan for contaminated farmland",
    sender=("م. خالد الزبيدي", "k.alzubaidi@mineaction.wahra.example"),
    date="2026-11-18 10:12:48 +0300",
    subject="طلب دعم لتطهير الأراضي الزراعية في المنطقة الجنوبية",
    header_charset="windows-1256", subject_enc="b",
    mailer="outlook", charset="windows-1256", cte="quoted-printable",
    body="""\
السادة في وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

يتشرف المركز الوطني لمكافحة الألغام بإحاطتكم علماً بأن المسح غير التقني الذي أجري خلال هذا العام كشف عن تلوث بمخلفات الذخائر العنقودية في نحو 3,5 كيلومترات مربعة من الأراضي الزراعية في المنطقة الجنوبية، مما يمنع مئات الأسر من زراعة أراضيها.

ونرجو مساعدتنا في الحصول على ما يلي:
1. أجهزة كشف حديثة (40 جهازاً) ومعدات حماية شخصية للفرق؛
2. دورة تدريبية في المسح التقني والتطهير لنحو 30 من العاملين؛
3. دعم فني لإعداد خطة عمل لتطهير هذه المناطق خلال عامين.

وتفضلوا بقبول فائق الاحترام والتقدير،

م. خالد الزبيدي
مدير العمليات
المركز الوطني لمكافحة الألغام
"""),

dict(
    key="c12", topic="clearance", secondary=[], language="pt", hard=False,
    note="Portuguese: infrastructure ministry found submunitions during road works; asks for technical survey and clearance support and safety guidance for the contractor",
    sender=("Eng.ª Beatriz Figueiral", "b.figueiral@infraestruturas.costalirio.example"),
    date="2026-11-19 15:37:10 +0000",
    subject="Restos de munições encontrados nas obras da estrada EN-14",
    mailer="thunderbird", charset="utf-8", cte="8bit", eol="lf",
    body="""\
Exmos. Senhores,

Durante as obras de alargamento da estrada nacional EN-14, entre Vila Serena
e Porto Cabrau, a empresa construtora encontrou, no início de novembro,
quatro submunições não detonadas num troço de cerca de 2 km que atravessa
uma antiga zona de combate. As obras foram suspensas nesse troço e a
polícia isolou a área.

O Instituto Nacional de Desminagem informou-nos de que não tem equipas
disponíveis antes de abril. Gostaríamos de saber se é possível obter apoio
internacional para um levantamento técnico do traçado e a limpeza do troço,
e que orientações devem ser dadas à empresa construtora para retomar os
trabalhos com segurança nas restantes frentes de obra.

Com os melhores cumprimentos,

Beatriz Figueiral
Direção de Obras Rodoviárias
Ministério das Infraestruturas
"""),
]

# ===========================================================================
# victim_assistance (12)
# ===========================================================================

MESSAGES += [
dict(
    key="v01", topic="victim_assistance", secondary=[], language="en", hard=False,
    note="regional prosthetics and orthotics workshop lost its prosthetist; asks for a prosthetist-orthotist for 12-18 months and materials for 150 devices",
    sender=("Dr Aurelio Kamara", "a.kamara@moh.sorrendale.example"),
    date="2026-11-02 13:28:06 +0000",
    subject="Prosthetics and orthotics workshop - technician and materials",
    mailer="thunderbird", charset="us-ascii", cte="7bit",
    body="""\
Dear colleagues,

The Ministry of Health runs the only prosthetics and orthotics workshop in
the eastern region, at Kelby District Hospital. It serves about 310
registered users, of whom 74 are survivors of cluster munition accidents.
Since our only qualified prosthetist retired in August, the workshop can
repair devices but no longer fit new ones, and the waiting list has
reached nine months.

We are looking for:
- a qualified prosthetist-orthotist for 12 to 18 months, to fit devices
  and train two of our technicians; and
- polypropylene sheet, components and feet for approximately 150 devices.

Could the ISU let us know which States Parties or organisations support
this kind of service and how best to approach them?

Kind regards,
Dr Aurelio Kamara
Director of Rehabilitation Services
Ministry of Health
"""),

dict(
    key="v02", topic="victim_assistance", secondary=[], language="en", hard=False,
    note="survivors' association seeks funding to extend a peer support network to three more provinces",
    sender=("Grace Harland", "grace.harland@survivors-voice.example.org"),
    date="2026-11-03 19:44:51 +0200",
    subject="Funding for a survivor peer support network",
    mailer="gmail", html=True, cte="quoted-printable", eol="lf",
    body="""\
Hello,

I am the coordinator of the Survivors' Voice Association. Most of our 40 volunteers are themselves survivors of cluster munition or landmine accidents. Since 2023 we have been visiting newly injured people in hospital and at home in two provinces, offering peer counselling and helping families through the first months.

The small grant that paid for transport and training ends in December. We would like to extend the peer support network to three more provinces and train 25 new peer supporters with the help of the psychology faculty at the national university. The total need is about USD 85,000 over two years.

Could you advise us whether this can be supported through the Convention's cooperation and assistance, and whom we should contact? The Ministry of Social Affairs supports our application.

Thank you,
Grace Harland
Coordinator, Survivors' Voice Association
"""),

dict(
    key="v03", topic="victim_assistance", secondary=["reporting"], language="en", hard=True,
    note="HARD(misleading_subject): reuses an old 'Article 7 report - confirmation of receipt' thread; the new ask is expert advice on setting up a national registry of explosive ordnance survivors",
    sender=("Rafael Lund", "r.lund@mfa.averon.example"),
    date="2026-11-04 16:16:30 +0100",
    subject="RE: Article 7 report – confirmation of receipt",
    mailer="outlook", html=True, cte="quoted-printable",
    references=["<DB7PR02MB4471A9E2C0F33D1B7A8F0C2E41@DB7PR02MB4471.mfa.averon.example>",
                "<ccm-isu-staff.6120.ihaverkamp@ccm-isu.example>"],
    body="""\
Dear Ms Haverkamp,

I am using this old thread because I have your address handy – this is about something else entirely.

Our Ministry of Social Development is setting up a national registry of persons injured by explosive ordnance, including cluster munition survivors, to plan services and disability pensions. They have asked whether the ISU could put them in touch with experts who have designed such registries elsewhere, in particular on the survey questionnaire, on linking the registry with hospital records, and on protecting personal data. A short advisory visit in the first quarter of 2027 would be ideal.

Best regards,
Rafael Lund
Disarmament and Non-Proliferation Division
Ministry of Foreign Affairs

From: Ilka Haverkamp <i.haverkamp@ccm-isu.example>
Sent: Wednesday, 6 May 2026 11:20
To: Rafael Lund <r.lund@mfa.averon.example>
Subject: RE: Article 7 report – confirmation of receipt

Dear Mr Lund,

I can confirm that your annual transparency report covering calendar year 2025 was received on 29 April and has been posted on the Convention website.

Kind regards,
Ilka Haverkamp
Implementation Support Unit

From: Rafael Lund
Sent: Tuesday, 5 May 2026 16:47
To: intake@ccm-isu.example
Subject: Article 7 report – confirmation of receipt

Dear colleagues,

Could you please confirm that our Article 7 report was received? We submitted it by e-mail on 29 April.

Many thanks,
Rafael
"""),

dict(
    key="v04", topic="victim_assistance", secondary=[], language="en", hard=False,
    note="university offers funded places on a limb-loss rehabilitation course; asks VA coordinators to identify States and connect it with VA focal points",
    sender=("Prof. Helena Dunne", "h.dunne@med.univ-carrick.example"),
    date="2026-11-05 11:40:12 +0000",
    subject="Training course on limb-loss rehabilitation for clinicians from affected States",
    mailer="outlook", html=True, cte="quoted-printable",
    attachments=[dict(name="Course_outline_Rehabilitation_after_limb_loss_2027.pdf")],
    body="""\
Dear Implementation Support Unit,

The Faculty of Medicine at the University of Carrick has received a grant to run a six-week postgraduate course on rehabilitation after limb loss in 2027 (surgical follow-up, prosthetic prescription, physiotherapy and psychosocial care). The grant covers tuition, travel and accommodation for 16 clinicians from States affected by cluster munitions and other explosive ordnance. The course outline is attached.

We would like the places to go to health ministries and rehabilitation centres that actually serve survivors. Could the victim assistance coordinators help us identify interested States and put us in touch with their victim assistance focal points?

With best wishes,
Professor Helena Dunne
Department of Rehabilitation Medicine
University of Carrick
"""),

dict(
    key="v05", topic="victim_assistance", secondary=[], language="en", hard=True,
    note="HARD(enquiry_looks_like_noise): case-management system notification ('do not reply', case number, portal link) carrying an officer's genuine request for examples of economic inclusion grants for survivors",
    sender=("CaseLink Notifications", "caselink-noreply@socialprotection.hollin.example"),
    reply_to="Nomvula Strand <n.strand@socialprotection.hollin.example>",
    date="2026-11-06 07:58:14 +0200",
    subject="[CaseLink] Case SP-2026-11873: External referral - Implementation Support Unit",
    mailer="system", charset="utf-8", cte="quoted-printable",
    headers=[("X-Mailer", "CaseLink Notification Engine 4.2")],
    body="""\
*** This message was generated by CaseLink. Replies to this address are not monitored. ***

Case reference:   SP-2026-11873
Case type:        External referral
Assigned officer: Nomvula Strand, Disability Inclusion Directorate
Priority:         Normal

Officer's message:
------------------------------------------------------------
Dear colleagues at the Implementation Support Unit,

Our Directorate is designing a livelihood grant scheme for persons with disabilities in the three northern districts, where most of the country's 260 known cluster munition survivors live. We want to make sure survivors can benefit on equal terms (many lack identity documents and live far from district offices) and would welcome examples of economic inclusion or cash grant programmes for survivors that other States Parties have run, and any guidance on eligibility criteria. If an expert could review our draft scheme in January, that would be very helpful.

Please reply to n.strand@socialprotection.hollin.example.
------------------------------------------------------------

To view this case, log in to CaseLink:
https://caselink.socialprotection.hollin.example/case/SP-2026-11873

You are receiving this notification because your address was entered as an external recipient of a case.
© Ministry of Social Protection
"""),

dict(
    key="v06", topic="victim_assistance", secondary=[], language="fr", hard=False,
    note="French: rehabilitation centre needs all-terrain wheelchairs, training for physiotherapists and home follow-up for survivors",
    sender=("Dr Fatoumata Keïta-Renard", "f.keita@sante.kandiala.example"),
    date="2026-11-09 12:06:43 +0000",
    subject="Demande d'appui – centre de réadaptation de Sakouma",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Madame, Monsieur,

Le centre régional de réadaptation de Sakouma accueille chaque année plus de
400 personnes handicapées, dont une part importante de victimes d'armes à
sous-munitions et de mines. Le centre ne dispose que de deux
kinésithérapeutes et de fauteuils roulants inadaptés aux pistes rurales.

Le Ministère de la Santé souhaiterait obtenir un appui pour :
- l'acquisition d'environ 120 fauteuils roulants tout-terrain et de
  béquilles ;
- la formation continue de six kinésithérapeutes et aides-soignants ;
- la mise en place d'un suivi à domicile pour les victimes vivant dans les
  villages éloignés.

Pourriez-vous nous indiquer les partenaires susceptibles de soutenir ce
type de projet ?

Avec mes remerciements,

Dr Fatoumata Keïta-Renard
Directrice de la Réadaptation et de l'Appareillage
Ministère de la Santé publique
"""),

dict(
    key="v07", topic="victim_assistance", secondary=[], language="fr", hard=True,
    note="HARD(forwarded_chain): French mission note forwarding an English exchange with the health ministry: newly appointed victim assistance focal point asks about her role, a guide and training/peer exchange",
    sender=("Guillaume Okanga-Ferrer", "g.okanga@mission-sainteorlane.example"),
    date="2026-11-10 09:14:27 +0100",
    subject="TR: Victim assistance focal point – training?",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Bonjour,

Je vous transfère ci-dessous un échange avec notre Ministère de la Santé (en anglais, la collègue faisant partie de la cellule de coopération internationale). En résumé : le Ministère vient de désigner une point focal pour l'assistance aux victimes, qui souhaiterait savoir quelles sont les responsabilités attendues d'elle au titre de la Convention, s'il existe un guide à l'intention des points focaux et si une formation ou un échange avec des homologues d'autres États parties serait envisageable début 2027.

Merci d'avance de votre aide.

Bien cordialement,
Guillaume Okanga-Ferrer
Conseiller
Mission permanente de Sainte-Orlane à Genève

De : Marisol Dufresne-Abe <m.dufresne@sante.sainteorlane.example>
Envoyé : lundi 2 novembre 2026 14:37
À : Guillaume Okanga-Ferrer <g.okanga@mission-sainteorlane.example>
Objet : Victim assistance focal point – training?

Dear Guillaume,

As you know, the Minister appointed Dr Irène Batsielé as national focal point for victim assistance last month. She is new to the Convention and would like to know what is expected of the role, whether there is a guide for focal points, and whether she could join any training or peer exchange with focal points from other States Parties early next year.

Could you check with the ISU in Geneva?

Thanks a lot,
Marisol
"""),

dict(
    key="v08", topic="victim_assistance", secondary=[], language="fr", hard=True,
    note="HARD(encoded_subject): iso-8859-1 Q-encoded subject split over encoded-words carries the request (psychological care for child survivors and their families); body only refers to the subject",
    sender=("Direction de la Protection de l'Enfance", "dpe@solidarite.mirebois.example"),
    date="2026-11-11 15:27:35 +0100",
    subject="Demande d'appui : prise en charge psychologique des enfants victimes d'armes à sous-munitions et de leurs familles",
    header_charset="iso-8859-1", subject_enc="q",
    mailer="lotus", charset="iso-8859-1", cte="quoted-printable",
    body="""\
Madame, Monsieur,

Nous vous saurions gré de bien vouloir donner suite à la demande formulée en objet.

Nous restons à votre disposition pour tout renseignement complémentaire.

Cordialement,

La Direction de la Protection de l'Enfance
Ministère de la Solidarité
"""),

dict(
    key="v09", topic="victim_assistance", secondary=[], language="es", hard=False,
    note="Spanish: labour ministry designing job inclusion and microcredit programme for survivors; asks for other States' experience and an expert review",
    sender=("Lic. Patricia Oyarzún Deleón", "poyarzun@trabajo.puertoolvido.example"),
    date="2026-11-12 10:51:19 -0600",
    subject="Programa de inclusión laboral para sobrevivientes",
    mailer="outlook", html=True, cte="quoted-printable", eol="lf",
    body="""\
Estimados miembros de la Unidad de Apoyo:

El Ministerio de Trabajo está diseñando un programa de inclusión laboral y microcréditos dirigido a personas con discapacidad en zonas rurales, y queremos que incluya expresamente a los sobrevivientes de municiones en racimo y a sus familias.

Nos interesaría conocer experiencias de otros Estados Partes en este ámbito: cómo identificaron a los beneficiarios, qué tipo de formación profesional ofrecieron y qué resultados obtuvieron con los microcréditos. Si fuera posible, también agradeceríamos el contacto de algún experto que pudiera revisar el diseño del programa.

Saludos cordiales,

Patricia Oyarzún Deleón
Directora de Empleo Inclusivo
Ministerio de Trabajo y Previsión Social
"""),

dict(
    key="v10", topic="victim_assistance", secondary=[], language="es", hard=False,
    note="Spanish: national disability plan with a chapter on cluster munition victims attached; asks VA coordinators for review and comments",
    sender=("Dr. Ernesto Villalba Ruiz", "evillalba@conadis.valdemora.example"),
    date="2026-11-16 16:03:58 -0400",
    subject="Revisión del Plan Nacional de Discapacidad 2027-2031",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    attachments=[dict(name="Borrador_Plan_Nacional_Discapacidad_2027-2031_revisión.docx")],
    body="""\
Estimados señores:

El Consejo Nacional para la Discapacidad está finalizando el Plan Nacional
de Discapacidad 2027-2031, que por primera vez incorporará un capítulo
específico sobre las víctimas de municiones en racimo y otros artefactos
explosivos (atención médica, rehabilitación, apoyo psicológico e inclusión
socioeconómica).

Adjuntamos el borrador. Les agradeceríamos que los coordinadores de
asistencia a víctimas, o un experto que ellos recomienden, pudieran
revisarlo y hacernos llegar comentarios antes del 15 de diciembre, en
particular sobre la coherencia con las obligaciones del artículo 5 y sobre
los indicadores de seguimiento.

Atentamente,

Ernesto Villalba Ruiz
Secretario Técnico
Consejo Nacional para la Discapacidad
"""),

dict(
    key="v11", topic="victim_assistance", secondary=[], language="pt", hard=False,
    note="Portuguese: community-based psychosocial support for families of victims; asks for models from other States and support to train community workers",
    sender=("Dra. Luísa Mendonça Tavares", "luisa.tavares@saude.verdemar.example"),
    date="2026-11-17 11:45:22 -0100",
    subject="Apoio psicossocial às famílias das vítimas",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Exmos. Senhores,

O Ministério da Saúde das Ilhas Verdemar está a preparar um programa de apoio psicossocial de base comunitária para as famílias das vítimas de munições de fragmentação, incluindo as famílias enlutadas e os cuidadores de sobreviventes com deficiências graves. Atualmente, apenas o hospital central dispõe de psicólogos, e as famílias das ilhas do norte não têm qualquer acompanhamento.

Gostaríamos de receber orientações sobre modelos que tenham funcionado noutros Estados Partes (por exemplo, grupos de apoio mútuo ou agentes comunitários de saúde mental) e saber se seria possível obter apoio técnico para formar cerca de 30 agentes comunitários em 2027.

Com os melhores cumprimentos,

Luísa Mendonça Tavares
Coordenadora Nacional de Saúde Mental
Ministério da Saúde
"""),

dict(
    key="v12", topic="victim_assistance", secondary=[], language="ar", hard=False,
    note="Arabic: health ministry asks for support to equip two mobile rehabilitation units and train field teams for survivors in remote villages",
    sender=("د. سلمى الحداد", "s.alhaddad@moh.qasira.example"),
    date="2026-11-19 09:36:40 +0300",
    subject="طلب دعم لخدمات إعادة التأهيل المتنقلة للناجين",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
السادة وحدة دعم التنفيذ لاتفاقية الذخائر العنقودية،

تحية طيبة،

تعمل وزارة الصحة على توسيع خدمات إعادة التأهيل لتصل إلى الناجين من حوادث
الذخائر العنقودية في القرى النائية، حيث يصعب على كثير منهم الوصول إلى مركز
الأطراف الصناعية الوحيد في العاصمة.

ونود الاستفسار عن إمكانية الحصول على دعم لتجهيز وحدتين متنقلتين لإعادة
التأهيل (علاج طبيعي، صيانة الأطراف الصناعية، دعم نفسي)، وتدريب فريقين من
المختصين على العمل الميداني، إضافة إلى أمثلة من دول أطراف أخرى نفذت برامج
مماثلة.

مع خالص الشكر والتقدير،

د. سلمى الحداد
مديرة إدارة التأهيل الطبي
وزارة الصحة
"""),
]

# ===========================================================================
# reporting (11)
# ===========================================================================

MESSAGES += [
dict(
    key="r01", topic="reporting", secondary=[], language="en", hard=False,
    note="2025 annual report was never submitted; asks whether to submit it now or combine it with the 2026 report, and how to explain the delay",
    sender=("Owen Trevanion", "otrevanion@foreign.northmarch.example"),
    date="2026-11-02 16:22:09 +0000",
    subject="Our 2025 transparency report - late submission",
    mailer="thunderbird", charset="us-ascii", cte="7bit",
    body="""\
Dear colleagues,

I have recently taken over the Convention file and discovered that our
annual Article 7 report covering 2025, due on 30 April this year, was never
submitted - my predecessor left in March and the draft stayed in a folder.

Could you advise how we should proceed? Specifically: can we still submit
the 2025 report now, or would it be better to submit a combined report
covering 2025 and 2026 by 30 April 2027? And is there anything we need to
do formally to explain the delay?

Apologies for the oversight, and thanks for your help.

Owen Trevanion
Desk Officer, Conventional Arms
Ministry of Foreign Affairs
"""),

dict(
    key="r02", topic="reporting", secondary=["victim_assistance"], language="en", hard=True,
    note="HARD(multi_topic): signature and slogan are full of victim assistance terms ('Head, Victim Assistance Unit'), but the questions are who signs the Article 7 report cover page and how to mark unchanged forms",
    sender=("Dr Miriam Castellane", "m.castellane@health.amberly.example"),
    date="2026-11-04 10:03:44 +0000",
    subject="Questions on the cover page of the annual report",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Dear colleagues,

This year the Ministry of Foreign Affairs has asked our unit to compile the national Article 7 report, and I have two practical questions about the cover page before we start.

First, who should sign the report – is it acceptable for it to be signed by the head of the compiling department, or must it come from the Ministry of Foreign Affairs or the Permanent Mission? Second, for the forms where nothing has changed since last year, is it enough to tick "no change" on the cover page, or do we have to copy the previous information into each form again?

Many thanks,

Dr Miriam Castellane
Head, Victim Assistance Unit
Department of Disability and Rehabilitation Services
Ministry of Health and Social Care
Tel. +999 30 771 2045

"Leaving no survivor behind" – National Victim Assistance and Rehabilitation Strategy 2025-2030
"""),

dict(
    key="r03", topic="reporting", secondary=[], language="en", hard=True,
    note="HARD(attachment_only_hint): one-line note from a phone ('As discussed'); only the attachment name (revised Article 7 transparency report for calendar year 2025) gives the topic",
    sender=("Katarzyna Oduya", "k.oduya@mofa.teslova.example"),
    date="2026-11-05 18:11:27 +0100",
    subject="As discussed",
    mailer="apple", charset="us-ascii", cte="7bit",
    attachments=[dict(name="Art7_transparency_report_CY2025_revised.xlsx")],
    body="""\
Hi,

As discussed on the phone this morning - attached.

Best,
Kasia

Sent from my iPhone
"""),

dict(
    key="r04", topic="reporting", secondary=["stockpile_destruction"], language="en", hard=False,
    note="asks whether depot locations of retained submunitions can be withheld or given separately, since Article 7 reports are published",
    sender=("Sebastian Ilunga", "s.ilunga@mofa.pellinor.example"),
    date="2026-11-06 09:47:15 +0100",
    subject="Confidentiality of information in the Article 7 report",
    mailer="webmail", charset="us-ascii", cte="7bit", eol="lf",
    body="""\
Dear ISU,

Our Ministry of Defence is reluctant to include the exact locations of the
two depots holding retained submunitions in this year's transparency
report, as the reports are published on the Convention website.

Is it possible to submit parts of the report as restricted, or to provide
the locations separately, and how have other States Parties dealt with
this? If the information must be published, would it be acceptable to give
the region rather than the site?

Kind regards,
Sebastian Ilunga
Arms Control Unit
Ministry of Foreign Affairs
"""),

dict(
    key="r05", topic="reporting", secondary=["clearance", "victim_assistance"], language="en", hard=False,
    note="donor agency asks how to report the cooperation and assistance it provides (commitments vs disbursements, multi-year grants, in-kind, trust funds)",
    sender=("Liv Whitcombe", "liv.whitcombe@devcoop.brennhaven.example"),
    date="2026-11-10 14:30:02 +0100",
    subject="How to report our assistance to other States Parties",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Dear colleagues,

Our development agency funds clearance and victim assistance projects in several States Parties, and this year I have been asked to prepare the international cooperation and assistance section of our national transparency report.

A few questions:
1. Should we report commitments or actual disbursements in the calendar year?
2. How should multi-year grants be shown – the full amount in the year of signature, or year by year?
3. Should in-kind support (for example seconded experts) be given a monetary value?
4. If a contribution goes through a trust fund covering several countries, do we need to break it down by recipient State?

Thanks in advance,
Liv Whitcombe
Senior Adviser, Humanitarian Mine Action
Agency for Development Cooperation
"""),

dict(
    key="r06", topic="reporting", secondary=[], language="fr", hard=False,
    note="French note verbale from a new State Party: initial Article 7 report deadline, French forms and guide, and an information session for ministries",
    sender=("Mission permanente de la République de Bélaroux", "missionbelaroux.geneve@diplomatie.belaroux.example"),
    date="2026-11-10 11:55:48 +0100",
    subject="Note verbale N° 342/MPB/2026 – rapport initial au titre de l'article 7",
    mailer="outlook", cte="quoted-printable",
    attachments=[dict(name="NV_342_MPB_2026.pdf")],
    body="""\
Note verbale N° 342/MPB/2026

La Mission permanente de la République de Bélaroux auprès de l'Office des Nations Unies et des autres organisations internationales à Genève présente ses compliments à l'Unité d'appui à l'application de la Convention sur les armes à sous-munitions et, se référant à l'adhésion de la République de Bélaroux à la Convention, entrée en vigueur à son égard le 1er septembre 2026, a l'honneur de solliciter l'assistance de l'Unité pour l'établissement de son rapport initial au titre de l'article 7.

La Mission souhaiterait en particulier connaître la date limite de présentation du rapport initial, recevoir les formulaires en langue française ainsi que le guide d'établissement des rapports, et savoir s'il serait possible d'organiser une séance d'information à l'intention des ministères concernés, à Genève ou par visioconférence.

La Mission permanente de la République de Bélaroux saisit cette occasion pour renouveler à l'Unité d'appui à l'application l'assurance de sa haute considération.

Genève, le 10 novembre 2026
"""),

dict(
    key="r07", topic="reporting", secondary=["stockpile_destruction"], language="fr", hard=False,
    note="French: typo in the published annual report (retained submunitions 1,240 instead of 124); asks how to submit a correction",
    sender=("Yannick Lefèvre", "y.lefevre@defense.haute-ysere.example"),
    date="2026-11-12 14:18:31 +0100",
    subject="Rectificatif au rapport annuel 2025 – quantités déclarées",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Bonjour,

En préparant notre prochain rapport, nous avons constaté une erreur dans le rapport annuel présenté en avril dernier au titre de l'article 7 : le nombre de sous-munitions conservées à des fins de formation a été indiqué comme 1 240 au lieu de 124 (erreur de saisie).

Quelle est la procédure pour corriger un rapport déjà publié ? Faut-il soumettre un rapport complet révisé ou simplement une page rectificative, et faut-il l'accompagner d'une lettre officielle de la Mission ?

Merci par avance pour vos indications.

Cordialement,

Yannick Lefèvre
Bureau Maîtrise des armements
État-major des armées
"""),

dict(
    key="r08", topic="reporting", secondary=[], language="es", hard=False,
    note="Spanish: asks for the transparency report template in Word/Excel in Spanish, the guide, and who the transparency coordinator is",
    sender=("Sofía Alcántara Mejía", "salcantara@sre.costaserena.example"),
    date="2026-11-13 15:09:56 -0600",
    subject="Plantilla del informe de transparencia en español (Word)",
    mailer="webmail", charset="utf-8", cte="quoted-printable",
    body="""\
Buenas tardes:

Estamos empezando a preparar el informe anual de transparencia que debemos presentar antes del 30 de abril. En la página web solo encontramos los formularios en PDF, y varias instituciones (Defensa, Salud, la Comisión de Desminado) necesitan completarlos por separado.

¿Podrían enviarnos la plantilla en formato Word o Excel en español? Y, si existe, también la guía para completar los formularios. Por último, ¿quién es actualmente el coordinador sobre medidas de transparencia, por si tenemos más dudas?

Muchas gracias,

Sofía Alcántara Mejía
Dirección General de Asuntos Multilaterales
Secretaría de Relaciones Exteriores
"""),

dict(
    key="r09", topic="reporting", secondary=["stockpile_destruction"], language="es", hard=True,
    note="HARD(misleading_subject): old thread 'Solicitud de apoyo para la destrucción de existencias' reused; destruction is finished and the questions are how to show completion in the next annual report",
    sender=("Mayor Andrés Quiroga Lamas", "aquiroga@ejercito.quilmarca.example"),
    date="2026-11-16 08:40:12 -0500",
    subject="RE: Solicitud de apoyo para la destrucción de existencias",
    mailer="outlook", html=True, cte="quoted-printable",
    references=["<ccm-isu-staff.3318.proth@ccm-isu.example>"],
    body="""\
Estimados colegas:

Retomo este hilo del año pasado, aunque ya no se trata de apoyo para la destrucción: me complace informarles de que la destrucción de nuestras existencias concluyó el 18 de septiembre con medios nacionales.

Mi consulta es ahora sobre el informe anual que presentaremos en abril: ¿cómo debemos reflejar la finalización en los formularios? En concreto, si el formulario sobre existencias debe presentarse con ceros o marcarse como "sin cambios", dónde se indica la fecha de finalización y si debemos seguir informando en los próximos años sobre las submuniciones conservadas para formación.

Gracias de antemano.

Mayor Andrés Quiroga Lamas
Jefe de la Sección de Control de Armamento
Ejército de Quilmarca

De: Paul Kimani-Roth <p.roth@ccm-isu.example>
Enviado el: martes, 9 de septiembre de 2025 10:05
Para: Andrés Quiroga Lamas <aquiroga@ejercito.quilmarca.example>
Asunto: RE: Solicitud de apoyo para la destrucción de existencias

Estimado Mayor Quiroga:

Gracias por su mensaje. Los coordinadores sobre destrucción de existencias han tomado nota de su solicitud de apoyo para la destrucción de las 640 bombas restantes y le propondrán una reunión técnica en octubre.

Un saludo cordial,
Paul Kimani-Roth
Unidad de Apoyo a la Implementación
"""),

dict(
    key="r10", topic="reporting", secondary=["stockpile_destruction"], language="ru", hard=True,
    note="HARD(legacy_charset): koi8-r (Russian, QP, koi8-r encoded subject and sender): how to show munitions retained for training in the annual report, items used in exercises, unchanged information",
    sender=("Ирина Дорохова", "i.dorokhova@mid.zarechye.example"),
    date="2026-11-17 12:25:07 +0300",
    subject="Вопрос о заполнении национального доклада по статье 7",
    header_charset="koi8-r", subject_enc="b",
    mailer="lotus", charset="koi8-r", cte="quoted-printable",
    body="""\
Уважаемые коллеги,

Мы готовим ежегодный доклад о мерах транспарентности за 2026 год и хотели бы
уточнить порядок отражения кассетных боеприпасов, сохранённых для подготовки
специалистов по обезвреживанию (пункт 6 статьи 3).

1. В какой форме доклада указываются сохранённые боеприпасы и нужно ли
   приводить их разбивку по типам и номерам партий?
2. Если часть сохранённых суббоеприпасов была израсходована на учениях в
   течение года, как это отразить?
3. Следует ли повторно представлять сведения, которые не изменились с
   прошлого доклада?

Заранее благодарим за разъяснения.

С уважением,
Ирина Дорохова
советник Департамента по вопросам безопасности и разоружения
Министерство иностранных дел
"""),

dict(
    key="r11", topic="reporting", secondary=[], language="de", hard=False,
    note="German (iso-8859-1, 8bit): may the Article 7 report be submitted in German, and may long annexes stay in the original language",
    sender=("Matthias Rehberger", "matthias.rehberger@aussenministerium.lindmark.example"),
    date="2026-11-18 11:13:49 +0100",
    subject="Sprache des Transparenzberichts nach Artikel 7",
    header_charset="iso-8859-1",
    mailer="thunderbird", charset="iso-8859-1", cte="8bit",
    body="""\
Sehr geehrte Damen und Herren,

wir bereiten derzeit unseren jährlichen Bericht nach Artikel 7 vor. Die
Beiträge der beteiligten Ressorts liegen uns auf Deutsch vor.

Ist es zulässig, den Bericht auf Deutsch einzureichen, oder muss er in
einer der Amtssprachen der Vereinten Nationen vorgelegt werden? Falls eine
Übersetzung erforderlich ist: Genügt eine englische Fassung der Formulare,
und können längere Anlagen im Original beigefügt werden?

Für eine kurze Rückmeldung wären wir dankbar.

Mit freundlichen Grüßen

Matthias Rehberger
Referat Abrüstung und Rüstungskontrolle
Ministerium für Äußeres und Europa der Republik Lindmark
"""),
]

# ===========================================================================
# legislation (11)
# ===========================================================================

MESSAGES += [
dict(
    key="l01", topic="legislation", secondary=[], language="en", hard=False,
    note="parliamentary committee clerk asks for comparative implementing laws (common law), drafting of the 'assistance' offence and penalties, and a note or evidence session",
    sender=("Josephine Ashcombe", "j.ashcombe@parliament.teslova.example"),
    date="2026-11-03 10:26:40 +0100",
    subject="Cluster Munitions (Prohibition) Bill - request for comparative material",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Dear Sir or Madam,

I am the clerk to the Foreign Affairs and Defence Committee of the National Assembly. The Committee has begun its scrutiny of the Cluster Munitions (Prohibition) Bill, which is intended to give effect to the Convention in our law, and members have asked for comparative material before taking evidence in January.

In particular, the Committee would be grateful for:
- examples of implementing legislation from other States Parties with a common-law system;
- information on how other States have drafted the offence of "assisting" prohibited activities, especially in the context of joint military operations; and
- the penalties provided for in those laws.

If a member of the Implementation Support Unit could provide a short written note, or give evidence to the Committee by video link, that would be much appreciated.

Yours faithfully,
Josephine Ashcombe
Clerk, Foreign Affairs and Defence Committee
National Assembly
"""),

dict(
    key="l02", topic="legislation", secondary=[], language="en", hard=False,
    note="justice ministry's gap analysis attached: asks whether amending existing weapons law and penal code is sufficient under Article 9",
    sender=("Adaeze Fairbrother", "a.fairbrother@justice.hollin.example"),
    date="2026-11-04 15:51:03 +0200",
    subject="Review of our gap analysis - national implementation measures",
    mailer="outlook", html=True, cte="quoted-printable",
    attachments=[dict(name="Gap_analysis_CCM_implementation_Nov2026.docx")],
    body="""\
Dear colleagues,

Our Ministry of Justice has completed a gap analysis of existing national legislation against the Convention's requirements (attached). Our preliminary view is that the Weapons and Explosives Act 2011 already covers the use, production and transfer of cluster munitions through its general prohibition of "indiscriminate weapons", so that amendments to that Act and to the Penal Code would be enough and no dedicated law would be required.

Could a legal expert review the analysis and tell us whether this approach would be regarded as sufficient under Article 9, and in particular whether the prohibitions on stockpiling, assistance and encouragement are adequately covered?

Kind regards,
Adaeze Fairbrother
Senior Legal Counsel, Legislative Drafting Office
Ministry of Justice

CONFIDENTIALITY NOTICE: This e-mail, including any attachments, is intended only for the named recipient and may contain legally privileged information. If you are not the intended recipient, you must not read, copy or distribute it; please notify the sender and delete it from your system. Views expressed are those of the author and not necessarily those of the Ministry of Justice.
"""),

dict(
    key="l03", topic="legislation", secondary=[], language="en", hard=True,
    note="HARD(forwarded_chain): mission forwards inline the Attorney General's question on whether and how to include an investment prohibition in the implementing bill",
    sender=("Mikael Oduro-Berg", "m.oduroberg@mission.varrick.example"),
    date="2026-11-06 08:37:19 +0100",
    subject="Fwd: investment clause",
    mailer="gmail", charset="utf-8", cte="8bit",
    body="""\
Dear ISU colleagues,

See below a question from our Attorney General's Chambers on the draft
implementing bill. I'd be grateful if you could pass it to the right
coordinator - they are keen to have an answer before the bill goes to
Cabinet on 8 December.

Best,
Mikael

---------- Forwarded message ---------
From: Ruth Penhallow <r.penhallow@agc.varrick.example>
Date: Thu, 5 Nov 2026 at 16:22
Subject: investment clause
To: Mikael Oduro-Berg <m.oduroberg@mission.varrick.example>


Mikael,

Our drafting team is divided on whether the implementing bill should
include an express prohibition on investment in companies that produce
cluster munitions or their key components. Some argue that it is covered by
the prohibition on "assistance" in Article 1(1)(c) and need not be spelled
out; others want a separate clause covering public pension funds and banks.

Could you ask the Convention's support unit whether other States Parties
have legislated on investment, how they worded it (and defined
"investment" and "producer"), and what the main practical difficulties
were?

Regards,
Ruth Penhallow
Principal State Counsel, Legislative Drafting Division
Attorney General's Chambers
"""),

dict(
    key="l04", topic="legislation", secondary=["general"], language="en", hard=True,
    note="HARD(reply_to_ack,misleading_subject): reply to acknowledgement CCM-2026-0398 about workshop registration; registration is settled and the real ask is advice on penal provisions of the draft law",
    sender=("Farida Clarke", "f.clarke@mfa.dravonia.example"),
    date="2026-11-09 14:44:38 +0200",
    subject="RE: [CCM-2026-0398] Received: Registration – regional workshop on cooperation and assistance",
    mailer="outlook", html=True, cte="quoted-printable", ack="CCM-2026-0398",
    body="""\
Dear ISU,

Thank you – our two participants have now completed the online registration for the workshop, so nothing further is needed on that.

Separately, and more urgently: the Ministry of Justice has asked us to obtain advice on the penal provisions of our draft implementing law before it goes to Parliament in December. Their questions are (1) what range of penalties other States Parties have set for the prohibited acts, (2) whether legal persons should be criminally liable, and (3) whether the law should apply to our nationals acting abroad. Could this be passed to the coordinator on national implementation measures?

Best regards,
Farida Clarke
Legal Adviser, Ministry of Foreign Affairs

From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: Thursday, 22 October 2026 14:05
To: Farida Clarke <f.clarke@mfa.dravonia.example>
Subject: [CCM-2026-0398] Received: Registration – regional workshop on cooperation and assistance

Thank you for your message. It has been registered under reference
CCM-2026-0398 and passed to the relevant coordinator(s), who will be in touch
with you.

Please keep the reference in the subject line of any further
correspondence on this matter.

Implementation Support Unit
Convention on Cluster Munitions

From: Farida Clarke
Sent: Thursday, 22 October 2026 14:03
To: intake@ccm-isu.example
Subject: Registration – regional workshop on cooperation and assistance

Dear colleagues,

We would like to register two participants from capital for the regional workshop on cooperation and assistance in December. Could you confirm the registration procedure and whether there is a deadline?

Best regards,
Farida Clarke
"""),

dict(
    key="l05", topic="legislation", secondary=[], language="fr", hard=False,
    note="French: draft law (attached) prohibiting cluster munitions with penal sanctions; asks for a legal review before the Council of Ministers",
    sender=("Me Blaise Ntamack-Girard", "b.ntamack@sgg.kessounde.example"),
    date="2026-11-05 12:12:56 +0100",
    subject="Avant-projet de loi relative à l'interdiction des armes à sous-munitions – demande de relecture",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    attachments=[dict(name="Avant-projet_loi_ASM_version_2026-11.docx")],
    body="""\
Madame, Monsieur,

Le Secrétariat général du Gouvernement a finalisé, avec les ministères de
la Défense et de la Justice, un avant-projet de loi portant interdiction des
armes à sous-munitions et fixant les sanctions pénales applicables, en
application de l'article 9 de la Convention.

Avant sa transmission au Conseil des ministres, nous souhaiterions
bénéficier d'une relecture juridique de ce texte (ci-joint) par un expert,
notamment sur la définition des armes à sous-munitions, l'exception
relative à la conservation à des fins de formation et les dispositions
pénales. Une réponse avant la fin du mois de décembre serait idéale.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations
distinguées.

Me Blaise Ntamack-Girard
Conseiller juridique
Secrétariat général du Gouvernement
"""),

dict(
    key="l06", topic="legislation", secondary=[], language="fr", hard=True,
    note="HARD(forwarded_as_attachment): justice ministry's outer note says only 'pour suite à donner'; the attached message asks for examples of implementing decrees and a legal drafter",
    sender=("Cabinet du Ministre de la Justice", "cabinet@justice.vauclaire.example"),
    date="2026-11-10 17:26:44 +0100",
    subject="Pour suite à donner",
    mailer="outlook", cte="quoted-printable",
    forward_filename="Decret_application.eml",
    body="""\
Bonjour,

Pour suite à donner, voir le message ci-joint du Secrétariat général du Gouvernement.

Cordialement,

Le Cabinet du Ministre de la Justice
""",
    forward_attached=dict(
        key="l06-inner", language="fr",
        sender=("Direction de la législation", "legislation@sgg.vauclaire.example"),
        to="Cabinet du Ministre de la Justice <cabinet@justice.vauclaire.example>",
        date="2026-11-09 11:04:12 +0100",
        subject="Décret d'application de la loi n° 2025-31 – demande d'appui",
        mailer="outlook", cte="quoted-printable",
        body="""\
Monsieur le Directeur de cabinet,

La loi n° 2025-31 du 14 juillet 2025 interdisant les armes à sous-munitions prévoit qu'un décret précise l'autorité nationale compétente, les modalités de contrôle aux frontières et la procédure d'autorisation de la conservation de sous-munitions à des fins de formation.

Nos services n'ayant pas d'expérience de ce type de texte, je vous serais reconnaissant de bien vouloir solliciter, par l'intermédiaire de l'Unité d'appui à l'application de la Convention, des exemples de décrets d'application adoptés par d'autres États parties et, si possible, l'appui d'un juriste pour la rédaction du projet de décret.

Je vous prie d'agréer, Monsieur le Directeur de cabinet, l'expression de ma considération distinguée.

Le Directeur de la législation
Secrétariat général du Gouvernement
""")),

dict(
    key="l07", topic="legislation", secondary=[], language="fr", hard=False,
    note="French: criminal liability of legal persons in the implementing law; asks for examples and whether administrative sanctions suffice under Article 9",
    sender=("Nadège Fomba-Lacroix", "nadege.fomba@justice.tamaris.example"),
    date="2026-11-13 10:38:22 +0100",
    subject="Responsabilité pénale des personnes morales – loi de mise en œuvre",
    mailer="webmail", charset="utf-8", cte="8bit", eol="lf",
    body="""\
Bonjour,

Dans le cadre de la rédaction de notre loi de mise en œuvre de la
Convention, la Direction des affaires criminelles s'interroge sur le régime
applicable aux personnes morales. Notre code pénal ne prévoit la
responsabilité pénale des entreprises que pour certaines infractions
économiques.

Auriez-vous des exemples de législations nationales prévoyant des sanctions
contre les personnes morales (amendes, dissolution, exclusion des marchés
publics) pour la fabrication, le financement ou le transfert d'armes à
sous-munitions ? Et, à défaut de responsabilité pénale, des sanctions
administratives seraient-elles jugées suffisantes au regard de l'article 9 ?

Bien à vous,

Nadège Fomba-Lacroix
Magistrate, Direction des affaires criminelles et des grâces
Ministère de la Justice
"""),

dict(
    key="l08", topic="legislation", secondary=[], language="es", hard=False,
    note="Spanish: congressional committee asks how to word prohibitions on transit and on stockpiling by non-party States in the implementing bill",
    sender=("Dr. Gonzalo Terán Ibáñez", "gteran@cancilleria.puertoolvido.example"),
    date="2026-11-16 09:58:31 -0600",
    subject="Redacción de la prohibición de tránsito y almacenamiento por terceros Estados",
    mailer="outlook", cte="quoted-printable",
    body="""\
Estimados colegas:

La Comisión de Defensa del Congreso está revisando el proyecto de ley de aplicación de la Convención y nos ha pedido aclarar dos puntos antes del segundo debate:

1. Si la ley debe prohibir expresamente el tránsito de municiones en racimo por el territorio nacional, incluidos el espacio aéreo y los puertos, y cómo lo han regulado otros Estados Partes.
2. Cómo redactar la prohibición de que Estados no partes almacenen municiones en racimo en bases o instalaciones situadas en nuestro territorio.

Les agradeceríamos ejemplos de redacción o disposiciones de leyes nacionales que podamos compartir con la Comisión.

Atentamente,

Gonzalo Terán Ibáñez
Asesor Jurídico, Dirección de Derecho Internacional
Ministerio de Relaciones Exteriores
"""),

dict(
    key="l09", topic="legislation", secondary=[], language="es", hard=False,
    note="Spanish: presidency legal office drafting the implementing regulation of a new law (national authority, retention authorisations, customs controls); asks for a remote expert",
    sender=("Lic. Carmen Zubiría Ocampo", "czubiria@presidencia.tierraseca.example"),
    date="2026-11-18 13:20:17 +0100",
    subject="Asistencia técnica para el reglamento de la Ley 1187",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Estimados señores:

En julio se promulgó la Ley 1187 sobre prohibición de municiones en racimo, que encarga al Poder Ejecutivo dictar su reglamento en un plazo de 180 días. La Secretaría Jurídica de la Presidencia coordina la redacción y necesita apoyo técnico en tres aspectos: la designación de la autoridad nacional y sus funciones; el procedimiento para autorizar la conservación de submuniciones con fines de formación; y los controles aduaneros para impedir la importación y el tránsito.

¿Sería posible contar con el asesoramiento de un experto en legislación de aplicación, aunque sea a distancia, durante enero y febrero?

Saludos cordiales,

Carmen Zubiría Ocampo
Secretaría Jurídica de la Presidencia
"""),

dict(
    key="l10", topic="legislation", secondary=[], language="pt", hard=False,
    note="Portuguese: asks for a Portuguese version of the model law or laws of Portuguese-speaking States Parties, and legal support on offences and penalties",
    sender=("Dr. Tiago Albuquerque Neves", "tiago.neves@mne.serraalva.example"),
    date="2026-11-19 10:05:44 +0000",
    subject="Lei-modelo em português e apoio à redação da lei de aplicação",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Exmos. Senhores,

A República de Serra Alva ratificou a Convenção em 2025 e o Ministério da
Justiça vai iniciar a redação da lei nacional de aplicação prevista no
artigo 9.º.

Gostaríamos de saber se existe uma versão em português da lei-modelo ou de
outros instrumentos de apoio à legislação nacional e, caso não exista, se
poderiam indicar leis de outros Estados Partes de língua portuguesa que
possamos usar como referência. Teríamos também interesse em receber apoio
jurídico durante a redação, em especial na tipificação dos crimes e das
penas.

Com os melhores cumprimentos,

Tiago Albuquerque Neves
Assessor Jurídico
Ministério dos Negócios Estrangeiros
"""),

dict(
    key="l11", topic="legislation", secondary=[], language="ar", hard=True,
    note="HARD(base64_body): base64 body (Arabic): drafting the national implementing law with penal provisions; asks for an Arabic model law or examples and a legal expert to review the draft",
    sender=("مكتب المستشار القانوني", "legal.adviser@mofa.rimal.example"),
    date="2026-11-20 11:17:03 +0300",
    subject="طلب مساعدة قانونية لإعداد مشروع قانون التنفيذ الوطني",
    mailer="gmail", html=True, charset="utf-8", cte="base64",
    body="""\
السادة وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

تعكف وزارة العدل، بالتنسيق مع وزارة الخارجية، على إعداد مشروع قانون وطني لتنفيذ اتفاقية الذخائر العنقودية وفقاً للمادة 9، يتضمن حظر الاستخدام والإنتاج والتخزين والنقل، والعقوبات الجزائية المترتبة على المخالفات.

ونود أن نطلب ما يلي:
- نسخة عربية من القانون النموذجي أو أمثلة من تشريعات دول أطراف أخرى؛
- مساعدة خبير قانوني لمراجعة المسودة الأولى قبل إحالتها إلى مجلس الوزراء في شهر شباط/فبراير المقبل.

وتفضلوا بقبول فائق الاحترام،

المستشار القانوني
وزارة الخارجية
"""),
]

# ===========================================================================
# general (12)
# ===========================================================================

MESSAGES += [
dict(
    key="g01", topic="general", secondary=["stockpile_destruction", "clearance"], language="en", hard=False,
    note="MoD officer asks how to apply for sponsorship to attend the intersessional meetings (what it covers, deadline, via the Mission?)",
    sender=("Kwame Fenwick", "k.fenwick@mod.varrick.example"),
    date="2026-11-02 11:48:30 +0000",
    subject="Sponsorship request - intersessional meetings 2027",
    mailer="thunderbird", charset="us-ascii", cte="7bit",
    body="""\
Dear ISU,

I am the Ministry of Defence officer responsible for our stockpile and
clearance files and would very much like to attend the intersessional
meetings in Geneva in May 2027, but the Ministry has no travel budget for
it next year.

Is the sponsorship programme open for these meetings, and if so how do I
apply, what does it cover (flight, accommodation, daily allowance?) and
what is the deadline? Does the application have to come through our
Permanent Mission?

Thank you,
Kwame Fenwick
Major, Directorate of Operations
Ministry of Defence
"""),

dict(
    key="g02", topic="general", secondary=[], language="en", hard=False,
    note="meeting logistics: interpretation languages, badge collection and accreditation, booking a side-event room",
    sender=("Hannah Price", "h.price@mission.sorrendale.example"),
    date="2026-11-04 13:02:57 +0100",
    subject="Intersessional logistics - interpretation, badges and a side-event room",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Hi all,

We know it is early, but our capital is already planning next year's intersessional meetings and has a few practical questions:

1. Will there be interpretation into Arabic and Russian in all sessions, or only in the plenary? Two of our capital-based delegates would need Arabic.
2. Can badges be collected the day before, and do capital-based delegates need a note verbale from the Mission for accreditation?
3. We would like to hold a one-hour side event at lunchtime on the second day. Is there a room available, and whom should we contact to book it?

Thanks a lot,
Hannah Price
Attaché
Permanent Mission of Sorrendale
"""),

dict(
    key="g03", topic="general", secondary=["clearance", "stockpile_destruction", "victim_assistance"], language="en", hard=True,
    note="HARD(ambiguous_general): donor embassy note verbale offers EUR 600,000 for 2027-2028 to be used flexibly for clearance, stockpile destruction or victim assistance; asks for an overview of requests and donor coordination",
    sender=("Embassy of the Kingdom of Ambervale", "dev.section@ambervale-embassy.example"),
    date="2026-11-12 10:30:05 +0100",
    subject="Note No. 88/2026 - Support under Article 6 for 2027-2028",
    mailer="outlook", html=True, cte="quoted-printable",
    body="""\
Note No. 88/2026

The Embassy of the Kingdom of Ambervale presents its compliments to the Implementation Support Unit of the Convention on Cluster Munitions and has the honour to inform it that the Government of Ambervale has allocated EUR 600,000 for the years 2027-2028 for cooperation and assistance under Article 6 of the Convention.

The Government intends to use these funds flexibly – for clearance and risk reduction, for the destruction of stockpiles or for assistance to victims – depending on where needs are greatest and where other funding is lacking. In this regard, the Embassy would be grateful if the Unit could share an overview of the requests for assistance received from States Parties and advise on how best to coordinate with other donors, including through Country Coalitions.

The Embassy of the Kingdom of Ambervale avails itself of this opportunity to renew to the Implementation Support Unit the assurances of its highest consideration.

Geneva, 12 November 2026
"""),

dict(
    key="g04", topic="general", secondary=[], language="en", hard=True,
    note="HARD(attachment_only_hint): registry cover note with an opaquely named scan (SCAN_20261112_093114.pdf); nothing indicates the topic, so ISU triage",
    sender=("Registry Unit - Ministry of Foreign Affairs", "registry@mfa.norvalia.example"),
    date="2026-11-12 09:34:40 +0100",
    subject="Scanned document",
    mailer="outlook", charset="us-ascii", cte="7bit",
    attachments=[dict(name="SCAN_20261112_093114.pdf")],
    body="""\
Dear Sir/Madam,

Please find attached.

Regards,
Registry Unit
Ministry of Foreign Affairs
"""),

dict(
    key="g05", topic="general", secondary=[], language="en", hard=False,
    note="ministry interested in a Country Coalition: asks how the concept works, roles of ISU and coordinators, and what to prepare",
    sender=("Imogen Thorne", "i.thorne@mfa.quenmoor.example"),
    date="2026-11-13 11:20:49 +0100",
    subject="Interest in a Country Coalition",
    mailer="thunderbird", charset="us-ascii", cte="7bit",
    body="""\
Dear colleagues,

Our Minister has asked us to explore the possibility of a Country Coalition
for our country, bringing together the national authorities and interested
donors to support the implementation of our remaining obligations in a
coordinated way.

Could you explain how the Country Coalition concept works in practice: who
initiates it, what role the ISU and the coordinators play, what the
national authorities would be expected to prepare (for example a needs
overview), and how long it typically takes before a first coalition
meeting? If there is a short guidance note, that would be very useful.

With best regards,
Imogen Thorne
Director, Multilateral Affairs
Ministry of Foreign Affairs
"""),

dict(
    key="g06", topic="general", secondary=[], language="en", hard=False,
    note="doctoral researcher asks for an interview on how cooperation and assistance requests are handled and for public documents on Country Coalitions",
    sender=("Tomás Baptiste", "t.baptiste@polsci.univ-lowmere.example"),
    date="2026-11-17 17:55:13 +0000",
    subject="Research interview request - cooperation and assistance under the CCM",
    mailer="webmail", charset="utf-8", cte="8bit", eol="lf",
    body="""\
Dear Implementation Support Unit,

I am a doctoral researcher at the Department of Politics, University of
Lowmere, writing a thesis on how humanitarian disarmament treaties match
requests for assistance with offers of support. I am comparing the
Convention on Cluster Munitions with two other instruments.

Would a member of the ISU be willing to give a 45-minute interview (online)
in December or January on how requests for cooperation and assistance are
received and followed up? I would also be grateful for pointers to any
public documents on the Country Coalition concept. The research has ethics
approval and interviewees can remain anonymous.

Many thanks for considering this,

Tomás Baptiste
PhD candidate, Department of Politics
University of Lowmere
"""),

dict(
    key="g07", topic="general", secondary=[], language="fr", hard=True,
    note="HARD(enquiry_looks_like_noise): sent through the mission's mass-mailing tool (List-Unsubscribe, 'view in browser', unsubscribe footer) but asks the ISU Director personally to speak at the mission's event",
    sender=("Mission permanente du Kandiala", "communication@mission-kandiala.example"),
    date="2026-11-09 10:00:12 +0100",
    subject="Invitation – Journée nationale de sensibilisation aux restes explosifs de guerre – 3 décembre",
    mailer="system", html=True, cte="quoted-printable",
    headers=[("X-Mailer", "MailKite 3.1"),
             ("List-Unsubscribe", "<https://mailing.mission-kandiala.example/unsub?u=2231&c=77>"),
             ("X-Campaign-ID", "mk-2026-11-0077")],
    body="""\
Voir ce message dans votre navigateur : https://mailing.mission-kandiala.example/v/8fe21

Madame la Directrice,

La Mission permanente de la République du Kandiala a le plaisir de vous inviter à la réception organisée à l'occasion de la Journée nationale de sensibilisation aux restes explosifs de guerre, le jeudi 3 décembre 2026 à 18 h 30, à la résidence de l'Ambassadeur.

Nous nous permettons par ailleurs de vous adresser une demande particulière : l'Ambassadeur serait très honoré si vous acceptiez de prononcer une brève allocution (5 à 7 minutes) sur le rôle de la coopération internationale dans la mise en œuvre de la Convention, avant son discours de clôture. Nous vous serions reconnaissants de nous faire savoir d'ici le 20 novembre si cela vous serait possible, afin que nous puissions finaliser le programme.

R.S.V.P. : communication@mission-kandiala.example

Mission permanente de la République du Kandiala – Genève
Vous recevez ce message car vous figurez dans la liste des contacts de la Mission. Se désinscrire : https://mailing.mission-kandiala.example/unsub?u=2231&c=77
"""),

dict(
    key="g08", topic="general", secondary=[], language="fr", hard=False,
    note="French: mission staff rotation; asks the ISU to update its distribution lists and confirm it receives meeting invitations",
    sender=("Sophie Landrieu-Mbeki", "s.landrieu@mission-mirebois.example"),
    date="2026-11-19 14:47:26 +0100",
    subject="Mise à jour des contacts de la Mission",
    mailer="thunderbird", charset="utf-8", cte="8bit",
    body="""\
Bonjour,

Suite à la rotation du personnel de la Mission, je vous saurais gré de bien
vouloir mettre à jour vos listes de diffusion :

- M. Olivier Tchamba, Premier conseiller, remplace Mme Hélène Roussel
  (départ le 30 novembre) comme point de contact pour la Convention :
  o.tchamba@mission-mirebois.example ;
- l'adresse générique de la Mission reste inchangée :
  mission@mission-mirebois.example.

Pourriez-vous également nous confirmer que nous figurons bien sur la liste
de diffusion des invitations aux réunions intersessions ?

Merci d'avance et bonne journée,

Sophie Landrieu-Mbeki
Attachée
Mission permanente de Mirebois
"""),

dict(
    key="g09", topic="general", secondary=[], language="es", hard=False,
    note="Spanish: new Permanent Representative requests a courtesy meeting with the ISU Director; includes a text/calendar invitation",
    sender=("Verónica Paredes Lagos", "vparedes@misionginebra.sierracalina.example"),
    date="2026-11-10 16:25:41 +0100",
    subject="Solicitud de reunión con la Directora de la ISU – 24 de noviembre",
    mailer="outlook", html=True, cte="quoted-printable",
    calendar="""\
BEGIN:VCALENDAR
METHOD:REQUEST
PRODID:Microsoft Exchange Server 2019
VERSION:2.0
BEGIN:VTIMEZONE
TZID:W. Europe Standard Time
BEGIN:STANDARD
DTSTART:16010101T030000
TZOFFSETFROM:+0200
TZOFFSETTO:+0100
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10
END:STANDARD
BEGIN:DAYLIGHT
DTSTART:16010101T020000
TZOFFSETFROM:+0100
TZOFFSETTO:+0200
RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3
END:DAYLIGHT
END:VTIMEZONE
BEGIN:VEVENT
ORGANIZER;CN=Verónica Paredes Lagos:mailto:vparedes@misionginebra.sierracalina.example
ATTENDEE;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=CCM Implementation Support Unit:mailto:intake@ccm-isu.example
SUMMARY;LANGUAGE=es-ES:Reunión de cortesía – Embajador Aldana Fuentes / Directora ISU
DTSTART;TZID=W. Europe Standard Time:20261124T110000
DTEND;TZID=W. Europe Standard Time:20261124T114500
UID:040000008200E00074C5B7101A82E0080000000050D1C2A8F1B7DC01000000000000000010000000A3C41E
CLASS:PUBLIC
PRIORITY:5
DTSTAMP:20261110T152541Z
TRANSP:OPAQUE
STATUS:CONFIRMED
SEQUENCE:0
LOCATION;LANGUAGE=es-ES:Unidad de Apoyo a la Implementación\\, Ginebra
END:VEVENT
END:VCALENDAR
""",
    body="""\
Estimados colegas:

El Embajador Ricardo Aldana Fuentes, Representante Permanente, desearía mantener una reunión de cortesía con la Directora de la Unidad de Apoyo a la Implementación, tras su llegada a Ginebra el mes pasado. Les proponemos el martes 24 de noviembre a las 11:00, en la sede de la ISU; les envío una invitación de calendario provisional, pero quedamos abiertos a otra fecha u hora que les convenga.

Agradeceríamos que nos confirmaran su disponibilidad.

Saludos cordiales,

Verónica Paredes Lagos
Asistente del Representante Permanente
Misión Permanente de Sierra Calina en Ginebra
"""),

dict(
    key="g10", topic="general", secondary=["victim_assistance"], language="es", hard=False,
    note="Spanish: asks whether the sponsorship programme can fund a survivor representative (and a companion) in the delegation to the intersessional meetings",
    sender=("Daniela Robledo Arce", "drobledo@sre.valdemora.example"),
    date="2026-11-18 10:09:34 -0400",
    subject="Patrocinio para una representante de sobrevivientes en la delegación",
    mailer="outlook", cte="quoted-printable",
    body="""\
Estimados señores:

Nuestra delegación a las reuniones entre períodos de sesiones de 2027 desearía incluir a la Sra. Amparo Llinás, sobreviviente de un accidente con submuniciones y presidenta de la Asociación Nacional de Sobrevivientes, que desde hace años participa en el diseño de nuestras políticas de asistencia a víctimas.

La Cancillería no puede cubrir su viaje. ¿Es posible solicitar para ella una plaza del programa de patrocinio? Si es así, les agradeceríamos que nos indicaran el procedimiento y el plazo, y si el patrocinio puede cubrir también a una persona acompañante, ya que la Sra. Llinás utiliza silla de ruedas.

Atentamente,

Daniela Robledo Arce
Dirección de Desarme y Seguridad Internacional
Secretaría de Relaciones Exteriores

AVISO DE CONFIDENCIALIDAD: Este mensaje y sus anexos están dirigidos exclusivamente a su destinatario y pueden contener información reservada. Si usted no es el destinatario, le rogamos que lo comunique al remitente y lo elimine. Antes de imprimir este correo, piense en el medio ambiente.
"""),

dict(
    key="g11", topic="general", secondary=[], language="es", hard=False,
    note="Spanish with English phrases: mission intern asks for 2027 meeting dates (Coordination Committee, intersessionals, workshops) and a public calendar",
    sender=("Martina Sepúlveda (Intern)", "intern2@misionginebra.costaserena.example"),
    date="2026-11-20 09:27:50 +0100",
    subject="Calendario 2027 / Coordination Committee meetings",
    mailer="thunderbird", charset="utf-8", cte="8bit", eol="lf",
    body="""\
Hola, buenos días:

Soy la nueva pasante de la Misión Permanente de Costa Serena y estoy armando
el calendario de la Misión para el primer semestre de 2027. ¿Me podrían
compartir las fechas ya confirmadas? En particular:

- las reuniones del Coordination Committee (¿son abiertas a observers o
  solo para los coordinadores?),
- las intersessional meetings de mayo, y
- cualquier workshop o webinar ya programado.

My supervisor also asked me to check whether the ISU keeps a public
calendar online that we could subscribe to - we couldn't find it on the
website.

¡Muchas gracias!

Martina Sepúlveda
Pasante / Intern
Misión Permanente de Costa Serena
"""),

dict(
    key="g12", topic="general", secondary=[], language="ru", hard=True,
    note="HARD(legacy_charset): windows-1251 (Russian, QP, encoded subject): asks for an ISU speaker giving an overview of all obligations at an interagency seminar, and Russian-language materials",
    sender=("Глеб Артемьев", "g.artemiev@mfa.ozerny.example"),
    date="2026-11-20 15:42:18 +0300",
    subject="Межведомственный семинар по Конвенции: просьба о выступлении и материалах",
    header_charset="windows-1251", subject_enc="b",
    mailer="outlook", charset="windows-1251", cte="quoted-printable",
    body="""\
Уважаемые коллеги!

В феврале 2027 года Министерство иностранных дел проводит межведомственный семинар для представителей министерств обороны, юстиции, здравоохранения и таможенной службы, посвящённый выполнению Конвенции по кассетным боеприпасам в целом.

Просим рассмотреть возможность участия представителя Группы имплементационной поддержки (очно или по видеосвязи) с обзорным выступлением об обязательствах государств-участников и о механизмах сотрудничества и содействия. Также были бы признательны за информационные материалы о Конвенции на русском языке, если таковые имеются.

С уважением,
Глеб Артемьев
первый секретарь
Управление международной безопасности
Министерство иностранных дел
"""),
]
