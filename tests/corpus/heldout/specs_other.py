"""Enquiries in German, Arabic, Portuguese and Russian (6), one per topic.

Each carries an Article number or a telling attachment name.
"""

SPECS = [
    {
        "file": "h-0012.eml",
        "topic": "stockpile_destruction",
        "language": "de",
        "hard": False,
        "note": "Vernichtung der Bestände nach Artikel 3; fragt nach Verfahren und Kosten",
        "sender": "Oberstleutnant Jakob Brandauer <j.brandauer@bmvg.lindmark.example>",
        "date": "2026-03-05 14:10 +0100",
        "subject": "Vernichtung unserer Streumunitionsbestände (Artikel 3)",
        "charset": "iso-8859-1",
        "cte": "quoted-printable",
        "body": """Sehr geehrte Damen und Herren,

die Streitkräfte des Freistaats Lindmark lagern noch rund 600 Tonnen Streumunition, deren Vernichtung nach Artikel 3 bis Ende 2029 abgeschlossen sein muss.
Wir prüfen derzeit, ob die Delaborierung im Inland oder bei einem Industriepartner im Ausland wirtschaftlicher ist.

Könnten Sie uns Erfahrungswerte anderer Vertragsstaaten zu Verfahren, Kosten pro Tonne und Dauer vermitteln?
Zudem bitten wir um Hinweise, wie viele Submunitionen andere Staaten für Ausbildungszwecke zurückbehalten haben.

Mit freundlichen Grüßen
Jakob Brandauer
Referat Rüstungskontrolle, Verteidigungsministerium
""",
    },
    {
        "file": "h-0035.eml",
        "topic": "clearance",
        "language": "ar",
        "hard": False,
        "note": "طلب دعم للمسح والتطهير والتوعية بالمخاطر بموجب المادة 4",
        "sender": "Khalil Al-Nouri <k.alnouri@mfa.qalmara.example>",
        "date": "2026-04-20 10:30 +0300",
        "subject": "طلب دعم فني لتطهير مخلفات الذخائر العنقودية - المادة 4",
        "cte": "8bit",
        "body": """السادة في وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

اكتشفت فرق المسح غير التقني مناطق جديدة ملوثة بمخلفات الذخائر العنقودية في محافظة الشمال، قرب أراضٍ زراعية ومدرستين.
نطلب دعماً فنياً لإجراء المسح التقني وعمليات التطهير، إضافة إلى برامج التوعية بالمخاطر للسكان المحليين، وفقاً لالتزاماتنا بموجب المادة 4 من الاتفاقية.

وتفضلوا بقبول فائق الاحترام،
خليل النوري
وزارة الخارجية، جمهورية قلمارا
""",
    },
    {
        "file": "h-0010.eml",
        "topic": "victim_assistance",
        "language": "pt",
        "hard": False,
        "note": "assistência às vítimas (Artigo 5): reabilitação, próteses e apoio psicossocial",
        "sender": "Dra. Helena Magalhães <h.magalhaes@saude.serra-alta.example>",
        "date": "2026-06-30 09:45 -0300",
        "subject": "Assistência às vítimas - Artigo 5",
        "body": """Prezados senhores,

O Ministério da Saúde da República de Serra Alta acompanha cerca de 280 sobreviventes de acidentes com submunições, a maioria em zonas rurais.
Pretendemos criar um serviço de reabilitação física com oficina de próteses e ampliar o apoio psicossocial aos sobreviventes e às suas famílias, em cumprimento do Artigo 5 da Convenção.

Agradeceríamos indicações de parceiros e de boas práticas de outros Estados Partes.

Com os melhores cumprimentos,
Helena Magalhães
Coordenadora Nacional de Reabilitação
""",
    },
    {
        "file": "h-0032.eml",
        "topic": "reporting",
        "language": "ru",
        "hard": True,
        "note": "HARD(legacy_charset): текст в windows-1251; вопрос о сроках и формах ежегодного доклада по статье 7",
        "sender": "Ирина Соколовская <i.sokolovskaya@mid.verkhoslavia.example>",
        "date": "2026-04-16 11:15 +0300",
        "subject": "Ежегодный доклад по статье 7",
        "charset": "windows-1251",
        "cte": "8bit",
        "body": """Уважаемые коллеги!

Министерство иностранных дел Республики Верхославия готовит ежегодный доклад о мерах транспарентности по статье 7 за 2025 год.
Из-за смены ответственного ведомства мы не успеваем представить его до 30 апреля.

Просим сообщить, можно ли направить доклад позднее, и допускается ли заполнение форм на русском языке.

С уважением,
Ирина Соколовская
Департамент международной безопасности
""",
    },
    {
        "file": "h-0060.eml",
        "topic": "legislation",
        "language": "pt",
        "hard": False,
        "note": "projeto de lei de implementação (artigo 9.º) em anexo; pede comentários sobre sanções penais",
        "sender": "Dr. Rui Tavares Cabral <rtcabral@mj.cabo-sereno.example>",
        "date": "2026-09-22 15:50 -0100",
        "subject": "Projeto de lei de implementação da Convenção",
        "attachments": ["Projeto_lei_implementacao_CCM_art9.docx"],
        "body": """Exmos. Senhores,

Junto enviamos o projeto de lei que visa dar cumprimento ao artigo 9.º da Convenção nas Ilhas do Cabo Sereno.
Gostaríamos de receber os vossos comentários, sobretudo quanto às sanções penais previstas e à responsabilidade das pessoas coletivas.

Com os melhores cumprimentos,
Rui Tavares Cabral
Gabinete de Assuntos Jurídicos, Ministério da Justiça
""",
    },
    {
        "file": "h-0047.eml",
        "topic": "general",
        "language": "de",
        "hard": True,
        "note": "HARD(base64_body): Text in base64; Anfrage zum Sponsoring für das Treffen der Vertragsstaaten",
        "sender": "Dr. Miriam Oberholzer <m.oberholzer@eda.talberg.example>",
        "date": "2026-07-28 08:35 +0200",
        "subject": "Sponsoring für das Treffen der Vertragsstaaten",
        "base64": True,
        "body": """Guten Tag,

die Republik Talberg möchte in diesem Jahr erstmals eine Vertreterin aus der Hauptstadt zum Treffen der Vertragsstaaten entsenden.
Können wir dafür Mittel aus dem Sponsoringprogramm beantragen, und bis wann muss der Antrag eingehen?

Freundliche Grüße
Miriam Oberholzer
Abteilung Abrüstung, Außenministerium
""",
    },
]
