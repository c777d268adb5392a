"""Message specs: reporting, legislation, general, not_an_enquiry.

All States, people, organisations and numbers are invented; only reserved
example domains are used.
"""

SPECS = []


def M(**kw):
    SPECS.append(kw)


# ---------------------------------------------------------------------------
# reporting (Article 7)
# ---------------------------------------------------------------------------

M(key="R01", topic="reporting", secondary=[], lang="en", hard=False,
  note="new State Party asks for a walkthrough of the initial Article 7 report forms and how to handle 'not applicable' sections",
  **{"from": ("Rashid Ellery-Nkemelu", "r.ellery@mission.kestrelislands.example")},
  subject="Initial transparency report - guidance needed",
  date="2026-01-13 14:02:18 +0100",
  body="""Dear ISU colleagues,

The Kestrel Islands deposited its instrument of accession last year and our
initial transparency report under Article 7 is therefore due shortly. We are
a small administration, and the officer who followed the Convention has
since retired.

Could someone walk us through the reporting forms by video call? In
particular we are unsure which forms apply to a State that has never
possessed cluster munitions and has no contaminated areas, and whether we
should still submit those forms marked "not applicable" or simply leave
them out.

Kind regards,

Rashid Ellery-Nkemelu
Second Secretary
Permanent Mission of the Kestrel Islands, Geneva
+999 22 555 0193
""")

M(key="R02", topic="reporting", secondary=["stockpile_destruction"], lang="en", hard=True,
  note="HARD(multi_topic): full of stockpile destruction and retention figures, but every question is how to present them in the Article 7 annual report",
  **{"from": ("Cdr. Ingrid Maalouf-Hayes", "i.maaloufhayes@mod.varenna.example")},
  subject="Stockpile figures for the 2025 annual report",
  date="2026-03-23 09:49:02 +0100",
  body="""Dear colleagues,

We are finalising our annual Article 7 report for calendar year 2025, and I
have some questions on how to present the stockpile information.

During 2025 we destroyed 1,120 artillery shells, but another 380 were
destroyed in January 2026, i.e. after the reporting period. A further 150
submunitions were retained for training under Article 3(6), and some of
them were consumed in EOD courses in the autumn.

1. Should the January destructions appear in this year's report at all,
   e.g. as a comment, or only next year?
2. Where do we report the retained submunitions and their use during the
   year - in the stockpile form or in a separate one?
3. Is there a standard way of explaining the difference between the figure
   declared in our initial report and today's figures? Our initial
   inventory turned out to be inaccurate.

Thank you in advance.

Cdr. Ingrid Maalouf-Hayes
Arms Control Verification Unit
Ministry of Defence, Republic of Varenna
Tel +999 39 018 2276
""")

M(key="R03", topic="reporting", secondary=[], lang="en", hard=True,
  note="HARD(attachment_only_hint): bare cover note; only the attachment names show it is the draft Article 7 annual report for review",
  **{"from": ("Ellen Ravensworth", "e.ravensworth@foreign.brayland.example")},
  subject="For your review",
  date="2026-04-02 17:31:40 +0200",
  attachments=["CCM_Art7_Transparency_Report_CY2025_Brayland_DRAFT.docx",
               "Art7_Forms_annex_CY2025.xlsx"],
  body="""Dear all,

As agreed with your colleague, please find attached our draft for comments
before we submit it officially.

Kind regards,
Ellen Ravensworth
Policy Officer, Disarmament and Non-Proliferation
Foreign Ministry of Brayland
""")

M(key="R04", topic="reporting", secondary=[], lang="en", hard=False,
  note="missed the 30 April deadline; how to submit the annual report late and with which form",
  **{"from": ("Daniel Ferreira-Holt", "d.ferreiraholt@mfa.halvik.example")},
  subject="Late annual report",
  date="2026-05-12 11:20:05 +0200",
  body="""Hello,

I'm afraid we missed the 30 April deadline for our Article 7 report this
year - the new focal point only took up her post in May. What is the
procedure for submitting late? Can we still use last year's form, or has it
changed?

Best,
Daniel Ferreira-Holt
Multilateral Affairs Directorate, MFA Halvik
+999 44 300 2000 ext. 417
""")

M(key="R05", topic="reporting", secondary=[], lang="fr", hard=False,
  note="new national focal point asks for an online session on filling in the annual transparency report forms",
  **{"from": ("Mariam Bamba-Courtois", "m.bamba@mae.benarie.example")},
  subject="Demande d'assistance – rapport annuel",
  date="2026-03-06 10:33:27 +0100",
  body="""Bonjour,

Je viens d'être désignée point focal national pour la Convention au sein du
ministère des Affaires étrangères de Bénarie. Notre rapport annuel de
transparence est attendu pour le 30 avril et je n'ai trouvé dans nos
archives que le rapport de 2022.

Serait-il possible d'organiser une courte séance de travail en ligne pour
m'expliquer comment remplir les différents formulaires et quelles
administrations je dois consulter pour recueillir les informations ?

Je vous remercie par avance de votre aide.

Mariam Bamba-Courtois
Direction des Affaires juridiques et des Traités
Ministère des Affaires étrangères – Bénarie
+999 54 22 60 71
""")

M(key="R06", topic="reporting", secondary=["legislation", "stockpile_destruction"], lang="fr", hard=True,
  note="HARD(legacy_charset,multi_topic): windows-1252 body; mentions the new law and stock figures, but the ask is how to submit a corrected Article 7 report",
  **{"from": ("Laurent Kaboré-Dufresne", "l.kabore@missiongeneve.kassonga.example")},
  subject="Rectificatif – rapport article 7",
  date="2026-05-06 15:14:58 +0200",
  charset="windows-1252", cte="8bit",
  body="""Madame, Monsieur,

Notre rapport annuel, transmis le 28 avril, comporte une erreur : le
formulaire relatif aux mesures d’application nationales indique que le
projet de loi est « en cours d’examen », alors que la loi portant
interdiction des armes à sous-munitions a été promulguée le 2 mars 2026.
Par ailleurs, un tableau du formulaire sur les stocks a été rempli en
milliers au lieu d’unités.

Comment devons-nous procéder pour transmettre une version corrigée ?
Faut-il renvoyer l’ensemble du rapport ou seulement les formulaires
modifiés, et la version publiée en ligne sera-t-elle remplacée ?

Nous vous prions d’agréer, Madame, Monsieur, l’expression de notre
considération distinguée.

Laurent Kaboré-Dufresne
Premier Conseiller
Mission permanente de la République de Kassonga auprès de l’Office des
Nations Unies à Genève
Tél. : +999 22 731 08 52
""")

M(key="R07", topic="reporting", secondary=[], lang="fr", hard=False,
  note="short request for the Article 7 report forms in an editable (Word/Excel) format",
  **{"from": ("H. Lacombe-Ntamack", "h.lacombe@defense.menandie.example")},
  subject="Formulaires en format Word ?",
  date="2026-02-02 09:15:00 +0000",
  lf=True,
  body="""Bonjour,

Pourriez-vous nous faire parvenir les formulaires du rapport au titre de
l'article 7 en format modifiable (Word ou Excel) ? La version PDF disponible
en ligne ne permet pas de saisir les tableaux, et plusieurs services doivent
y contribuer.

Cordialement,
H. Lacombe-Ntamack
Cellule Maîtrise des armements
Ministère de la Défense – Ménandie
""")

M(key="R08", topic="reporting", secondary=[], lang="es", hard=False,
  note="expert for a national inter-agency workshop on preparing the Article 7 report",
  **{"from": ("Lic. Daniela Urquiza", "durquiza@cancilleria.mirasol.example")},
  subject="Taller nacional sobre el informe de transparencia",
  date="2026-01-20 13:47:33 -0500",
  body="""Estimados:

La Dirección General de Asuntos Multilaterales de la Cancillería de la
República de Mirasol quisiera organizar, en el mes de marzo, un taller
nacional de un día para las instituciones que aportan información al
informe anual previsto en el artículo 7 (Defensa, Salud, Justicia, la
Autoridad de Desminado y la Oficina de Estadística).

Cada año recibimos los datos tarde, en formatos distintos y con vacíos, lo
que retrasa la presentación del informe. Por ello quisiéramos solicitar que
un experto de la Unidad o de algún Estado Parte participe (en persona o en
línea) para explicar los formularios, los plazos y las buenas prácticas de
coordinación interinstitucional.

Atentamente,

Lic. Daniela Urquiza
Directora de Desarme y No Proliferación
Ministerio de Relaciones Exteriores – República de Mirasol
Tel.: +999 9 4412 0087
""")

M(key="R09", topic="reporting", secondary=["stockpile_destruction"], lang="es", hard=True,
  note="HARD(misleading_subject): subject says stockpile destruction, but the ask is how to report its completion in the Article 7 annual report and afterwards",
  **{"from": ("Verónica Salcedo", "vsalcedo@cancilleria.lagunaria.example")},
  subject="Destrucción de existencias",
  date="2026-03-30 12:26:41 -0300",
  body="""Estimados colegas:

Con satisfacción les informamos que en diciembre pasado concluyó la
destrucción de la última bomba de racimo en poder de nuestras Fuerzas
Armadas.

Nuestra consulta es sobre el informe anual que debemos presentar antes del
30 de abril: ¿cómo debemos reflejar la finalización de la destrucción en el
formulario correspondiente? ¿Debe adjuntarse algún certificado o acta? Y,
una vez declarado el cumplimiento, ¿debemos seguir informando cada año
sobre este punto, o basta con indicar que no hay cambios?

Muchas gracias de antemano.

Verónica Salcedo
Dirección de Seguridad Internacional
Cancillería de la República de Lagunaria
""")

M(key="R10", topic="reporting", secondary=[], lang="ru", hard=False,
  note="questions on filling in the Article 7 transparency report: unchanged forms, language, where to submit",
  **{"from": ("Алексей Белозёров", "belozerov@mid.priozerye.example")},
  subject="Вопросы по заполнению доклада по статье 7",
  date="2026-03-16 11:42:10 +0300",
  body="""Уважаемые коллеги,

В Министерстве иностранных дел Республики Приозерье идёт подготовка
ежегодного доклада о мерах транспарентности в соответствии со статьёй 7
Конвенции за 2025 год. У нас возникли следующие вопросы:

1. Обязательно ли заполнять все формы, если по некоторым разделам
   изменений по сравнению с прошлым годом нет?
2. Можно ли представить доклад на русском языке, или требуется перевод на
   английский?
3. Куда направлять доклад – в Управление ООН по вопросам разоружения или в
   Группу имплементационной поддержки?

Заранее благодарим за ответ.

С уважением,
А. Д. Белозёров
советник Департамента по вопросам безопасности и разоружения
МИД Республики Приозерье
тел. +999 495 244 71 03
""")

M(key="R11", topic="reporting", secondary=[], lang="de", hard=False,
  note="asks whether a simplified Article 7 report is possible and whether it may be submitted in German",
  **{"from": ("Dr. Katharina Ehrenfeld", "k.ehrenfeld@genf.thalland.example")},
  subject="Jahresbericht Artikel 7 – Rückfrage",
  date="2026-02-26 14:10:52 +0100",
  cte="quoted-printable",
  body="""Sehr geehrte Damen und Herren,

wir bereiten derzeit den Transparenzbericht der Republik Thalland nach
Artikel 7 für das Kalenderjahr 2025 vor. Da Thalland seine Bestände bereits
2021 vernichtet hat und keine kontaminierten Gebiete aufweist, fragen wir
uns, ob ein vereinfachter Bericht möglich ist bzw. ob es eine Kurzfassung
der Formulare gibt.

Außerdem wüssten wir gern, ob der Bericht in deutscher Sprache eingereicht
werden kann oder ob eine Übersetzung in eine der Amtssprachen erforderlich
ist.

Für eine kurze Rückmeldung wären wir dankbar.

Mit freundlichen Grüßen
Dr. Katharina Ehrenfeld
Botschaftsrätin
Ständige Vertretung der Republik Thalland bei den Vereinten Nationen, Genf
Tel. +999 22 918 77 40
""")

# ---------------------------------------------------------------------------
# legislation (Article 9)
# ---------------------------------------------------------------------------

M(key="L01", topic="legislation", secondary=[], lang="en", hard=False,
  note="Attorney General's Chambers asks for model law, advice on offences and penalties, and review of a draft bill",
  **{"from": ("Chiamaka Wetherell-Osei", "c.wetherell@agc.mirehaven.example")},
  subject="Technical assistance - national implementing legislation",
  date="2026-01-26 12:00:41 -0400",
  body="""Dear Sir/Madam,

The Attorney General's Chambers of Mirehaven has been instructed by Cabinet
to prepare legislation giving effect to the Convention on Cluster
Munitions, which Mirehaven ratified in 2024. Our current Explosives and
Firearms Act predates the Convention and does not address cluster munitions
at all.

We would be grateful for:

(i)   any model law, or examples of implementing legislation adopted by
      States with a common law system;
(ii)  advice on the offences and penalties that should be created,
      including the treatment of assisting, encouraging or inducing
      prohibited activities, and the position of our nationals abroad;
(iii) if possible, a review of our draft bill by an expert before it goes
      to Parliament, which we expect in September.

Please let me know whom I should liaise with.

Yours faithfully,

Chiamaka Wetherell-Osei
Senior State Counsel (Legislative Drafting)
Attorney General's Chambers, Mirehaven
Tel: +999 26 440 9132

CONFIDENTIALITY: This email and any attachment may contain legally
privileged information. If you are not the intended recipient, you must not
read, copy or use it, and should notify the sender immediately.
""")

M(key="L02", topic="legislation", secondary=["stockpile_destruction"], lang="en", hard=True,
  note="HARD(multi_topic): about stockpiling and seized stocks, but asks about penal sanctions and exemptions in the draft implementing law",
  **{"from": ("Rupert Adeyemi-Caine", "r.adeyemi@justice.estrany.example")},
  subject="Penalties for possession and stockpiling",
  date="2026-02-17 10:54:19 +0100",
  body="""Dear colleagues,

The Ministry of Justice of Estrany is reviewing the penal provisions of our
draft implementing law, and the drafting committee is divided on one point.

Our armed forces destroyed their stockpile of cluster munitions in 2022,
but some items seized from private collectors and from a former militia
depot are still in police custody, awaiting destruction. The committee
would like to know:

- whether the prohibition on stockpiling and retention must be backed by
  criminal penalties, or whether administrative sanctions are enough;
- what range of penalties other States have adopted for the possession or
  stockpiling of cluster munitions;
- how the law should exempt the retention of a limited number of
  submunitions for training, and the holding of seized items pending
  destruction, without creating a loophole.

Any comparative material would be very welcome.

Kind regards,
Rupert Adeyemi-Caine
Legal Adviser, Criminal Law Policy Unit
Ministry of Justice, Republic of Estrany
+999 90 200 6634
""")

M(key="L03", topic="legislation", secondary=[], lang="en", hard=True,
  note="HARD(forwarded_chain): the ask is in a forwarded parliamentary query: whether the existing arms act suffices under Art. 9, an assessment of it and a model bill",
  **{"from": ("Grace Nyambura-Holm", "g.nyamburaholm@mission.nyandu.example")},
  subject="Fwd: Query from the Parliamentary Committee on Defence",
  date="2026-03-26 08:05:33 +0100",
  body="""Good morning,

Forwarding a query we received from our Parliament. Grateful if you could
advise, or pass it to the right colleagues; the Committee meets again on
14 April.

Grace

---------- Forwarded message ---------
From: Clerk, Committee on Defence and Foreign Affairs <clerk.defence@parliament.nyandu.example>
Date: Wed, 25 Mar 2026 at 09:17
Subject: Query from the Parliamentary Committee on Defence
To: Grace Nyambura-Holm <g.nyamburaholm@mission.nyandu.example>


Dear Ms Nyambura-Holm,

The Committee is examining the Government's position, stated at the time of
ratification, that our existing Arms and Ammunition Act is sufficient to
implement the Convention on Cluster Munitions and that no new legislation
is needed.

Members have asked whether this position is common among States Parties,
whether the ISU or another expert body could assess our Act against the
Convention's obligations (in particular the prohibitions on use,
development, production, acquisition, transfer and assistance), and whether
there is a model bill that the Committee could consider.

Yours sincerely,
Joseph Mwangangi-Reyes
Clerk to the Committee
""")

M(key="L04", topic="legislation", secondary=[], lang="en", hard=False,
  note="short: checklist to review existing legislation; stand-alone law or Penal Code amendments",
  **{"from": ("Sophie Lindqvist-Adjei", "s.lindqvist@treaties.sovenia.example")},
  subject="Question",
  date="2026-04-14 15:36:08 +0200",
  lf=True,
  body="""Dear ISU,

Does the ISU have a checklist or questionnaire we could use to review our
existing legislation against the Convention? We are trying to decide
whether we need a stand-alone law or just amendments to the Penal Code.

Thanks and regards,
Sophie Lindqvist-Adjei
Legal Officer, Treaties Division, MFA Sovenia
""")

M(key="L05", topic="legislation", secondary=[], lang="fr", hard=False,
  note="expert review of a preliminary draft law prohibiting cluster munitions with penal sanctions (attached .docx)",
  **{"from": ("Bernadette Ngo-Lissouck", "b.ngolissouck@justice.montlazare.example")},
  subject="Avant-projet de loi – demande de relecture",
  date="2026-02-11 16:28:14 +0100",
  attachments=["Avant-projet_loi_interdiction_armes_sous-munitions_MontLazare.docx"],
  body="""Madame, Monsieur,

Le ministère de la Justice de la République du Mont-Lazare a élaboré un
avant-projet de loi portant interdiction des armes à sous-munitions et
fixant les sanctions pénales applicables. Avant sa transmission au Conseil
des ministres, nous souhaiterions qu'il soit examiné par un expert, afin de
vérifier sa conformité avec la Convention et de bénéficier des bonnes
pratiques d'autres pays de tradition juridique civiliste.

Vous trouverez le texte en pièce jointe. Nos interrogations portent en
particulier sur la définition des armes à sous-munitions, sur l'échelle des
peines et sur la compétence extraterritoriale.

Nous vous remercions de l'attention que vous porterez à cette demande.

Bernadette Ngo-Lissouck
Magistrate, Direction des Affaires pénales et des Grâces
Ministère de la Justice – République du Mont-Lazare
Tél. : +999 47 22 08 61
""")

M(key="L06", topic="legislation", secondary=["victim_assistance"], lang="fr", hard=True,
  note="HARD(multi_topic): asks whether a chapter on victims' rights and a financing ban can go into the implementing law: an Art. 9 drafting question",
  **{"from": ("Yacouba Diarra-Morel", "y.diarra@sgg.tamare.example")},
  subject="Re: Loi nationale",
  date="2026-03-05 09:44:02 +0000",
  in_reply_to="<5e1b77a2-91c4@ccm-isu.example>",
  references="<5e1b77a2-91c4@ccm-isu.example>",
  body="""Bonjour Madame Keller,

Merci pour votre réponse et pour les exemples de lois nationales.

Une dernière question avant la réunion du comité de rédaction : le
ministère de l'Action sociale souhaiterait insérer dans le projet de loi un
chapitre sur les droits des victimes (prise en charge médicale gratuite,
pension). Est-ce compatible avec l'économie de la Convention, et d'autres
États l'ont-ils fait dans leur loi de mise en œuvre plutôt que dans un
texte séparé ? Par ailleurs, faut-il prévoir une disposition interdisant le
financement des fabricants d'armes à sous-munitions par les institutions
financières ?

Cordialement,
Yacouba Diarra-Morel
Chargé de mission, Secrétariat général du Gouvernement – Tamaré
+999 70 200 31 14

Le 4 mars 2026 à 16:22, Annika Keller <a.keller@ccm-isu.example> a écrit :
> Monsieur,
>
> Vous trouverez ci-joint trois exemples de lois de mise en œuvre adoptées
> par des États de tradition civiliste. N'hésitez pas à revenir vers nous
> pour toute question.
>
> Bien cordialement,
> Annika Keller
""")

M(key="L07", topic="legislation", secondary=[], lang="es", hard=False,
  note="expert comments on a draft bill with penal sanctions and a workshop for legislators",
  **{"from": ("Dr. Esteban Villalobos Reyna", "evillalobos@minjusticia.puertoescondido.example")},
  subject="Solicitud de asistencia técnica – proyecto de ley",
  date="2026-02-24 11:03:56 -0500",
  body="""Estimados señores:

El Ministerio de Justicia y Derechos Humanos de la República de Puerto
Escondido está elaborando, junto con la Cancillería, un proyecto de ley
para incorporar al derecho interno las prohibiciones de la Convención sobre
Municiones en Racimo, incluidas las sanciones penales correspondientes.

Solicitamos asistencia técnica en dos aspectos: (1) comentarios de expertos
sobre el anteproyecto, que podríamos remitir en las próximas semanas, y
(2) la realización de un taller para legisladores y asesores de la Comisión
de Defensa del Congreso, ya que el proyecto debería presentarse en el
segundo semestre.

Atentamente,

Dr. Esteban Villalobos Reyna
Director de Asuntos Normativos
Ministerio de Justicia y Derechos Humanos
República de Puerto Escondido
Tel. +999 8 2233 9014
""")

M(key="L08", topic="legislation", secondary=["reporting"], lang="es", hard=True,
  note="HARD(misleading_subject,multi_topic): subject names the Article 7 report, but the writer says the report is fine and asks for help drafting implementing regulations",
  **{"from": ("Ana Belén Quiroga", "abquiroga@mindefensa.vallealto.example")},
  subject="Informe artículo 7",
  date="2026-04-08 14:51:27 -0300",
  body="""Buenas tardes:

Al preparar nuestro informe del artículo 7 nos dimos cuenta de que en la
sección de medidas nacionales de aplicación seguimos sin tener mucho que
decir: la ley fue aprobada en 2024, pero aún no existe el reglamento que
designa a la autoridad de control, establece el procedimiento para las
incautaciones y regula las sanciones administrativas.

El informe lo podemos presentar como está; lo que realmente necesitamos es
ayuda para redactar ese reglamento. ¿Conocen algún Estado Parte que haya
adoptado un decreto reglamentario similar y que estaría dispuesto a
compartir su experiencia, o algún experto que pudiera asesorarnos?

Saludos,
Ana Belén Quiroga
Asesora Jurídica
Ministerio de Defensa Nacional – Valle Alto
+999 5 880 1034
""")

M(key="L09", topic="legislation", secondary=[], lang="pt", hard=False,
  note="after ratification, asks for model law, Portuguese-language examples and a legal adviser for drafting",
  **{"from": ("Rui Almeida Sacramento", "rsacramento@mnec.ilhasdonorte.example")},
  subject="Ratificação e legislação de aplicação",
  date="2026-01-29 10:17:45 -0100",
  body="""Exmos. Senhores,

A República das Ilhas do Norte depositou recentemente o seu instrumento de
ratificação da Convenção sobre Munições de Dispersão e pretende agora
adotar a legislação nacional de aplicação prevista no artigo 9.º.

Agradecíamos que nos fizessem chegar o modelo de lei elaborado para
pequenos Estados sem arsenais e quaisquer exemplos de legislação em língua
portuguesa. Gostaríamos também de saber se seria possível contar com o
apoio de um jurista para acompanhar os nossos serviços durante a redação.

Com os melhores cumprimentos,

Rui Almeida Sacramento
Diretor dos Assuntos Jurídicos e Consulares
Ministério dos Negócios Estrangeiros e Cooperação
República das Ilhas do Norte
Tel.: +999 239 221 450
""")

M(key="L10", topic="legislation", secondary=[], lang="pt", hard=False,
  note="short: examples of penal provisions adopted by other States for the Penal Code revision",
  **{"from": ("Beatriz Lobo Fontes", "blfontes@mj.serraazul.example")},
  subject="Disposições penais",
  date="2026-03-13 09:22:31 +0000",
  lf=True,
  body="""Bom dia,

Estamos a rever o Código Penal para incluir as proibições da Convenção.
Poderiam partilhar exemplos de disposições penais adotadas por outros
Estados Partes, sobretudo quanto às penas previstas para o uso, a produção
e a transferência de munições de dispersão?

Obrigada,
Beatriz Lobo Fontes
Gabinete de Política Legislativa
Ministério da Justiça – Serra Azul
+999 21 380 7720
""")

M(key="L11", topic="legislation", secondary=[], lang="ar", hard=False,
  note="review of a draft implementing law with penal sanctions, and examples of legislation in Arabic",
  **{"from": ("المستشار عمر الشامي", "o.alshami@moj.alwaha.example")},
  subject="طلب مراجعة مشروع قانون تنفيذ اتفاقية الذخائر العنقودية",
  date="2026-02-05 11:36:18 +0300",
  body="""السادة وحدة دعم تنفيذ اتفاقية الذخائر العنقودية المحترمين،

تحية طيبة وبعد،

أعدّت وزارة العدل في جمهورية الواحة مشروع قانون لتنفيذ أحكام الاتفاقية على
المستوى الوطني، يتضمن حظر استعمال الذخائر العنقودية وإنتاجها ونقلها
وتخزينها، والعقوبات الجزائية المترتبة على مخالفة هذه الأحكام.

ونرغب في الحصول على مساعدتكم الفنية لمراجعة مشروع القانون قبل عرضه على
مجلس النواب، والتأكد من توافقه مع التزامات المادة التاسعة من الاتفاقية،
وكذلك الاطلاع على نماذج من تشريعات دول أطراف أخرى، ويفضل أن تكون باللغة
العربية.

وتفضلوا بقبول فائق الاحترام،

المستشار عمر الشامي
مدير إدارة التشريع
وزارة العدل – جمهورية الواحة
هاتف: +999 6 410 7788
""")

# ---------------------------------------------------------------------------
# general
# ---------------------------------------------------------------------------

M(key="G01", topic="general", secondary=[], lang="en", hard=False,
  note="sponsorship programme application for a delegate to attend the Meeting of States Parties",
  **{"from": ("Fatou Brennan-Sallah", "f.brennan@mfaic.caldera.example")},
  subject="Sponsorship - Meeting of States Parties",
  date="2026-04-20 10:05:12 +0000",
  body="""Dear ISU,

The Government of Caldera wishes to apply for the sponsorship programme so
that a representative of our National Demining Office can attend the
Meeting of States Parties in September. Could you tell us the deadline for
applications and which form we should use? Our delegate would need support
for travel and accommodation.

With thanks,
Fatou Brennan-Sallah
Counsellor, Multilateral Affairs
Ministry of Foreign Affairs and International Cooperation, Caldera
+999 38 210 6600
""")

M(key="G02", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], lang="en", hard=True,
  note="HARD(ambiguous_general): vague subject; stockpile, survey and survivors given equal weight, asks for overall advice (individualised approach) and a meeting",
  **{"from": ("Ambassador Oluwaseun Marchetti", "pr@mission.zembara.example")},
  subject="Request",
  date="2026-02-13 17:12:49 +0100",
  body="""Excellency, dear colleagues,

Following the change of government in January, the new Minister of Foreign
Affairs of Zembara has asked for a complete picture of where we stand under
the Convention and where we need support. Our preliminary assessment is
that we need help in three areas of roughly equal urgency: the last lot of
air-dropped cluster bombs held by the Air Force still has to be destroyed;
large parts of the north have not yet been surveyed; and the services
available to survivors and their families remain very limited.

Rather than sending three separate requests, we would welcome the ISU's
advice on how best to present our needs as a whole, possibly through the
individualised approach or a country coalition, and a meeting with the ISU
Director in Geneva in the coming weeks.

Please accept, Excellency, the assurances of my highest consideration.

Oluwaseun Marchetti
Ambassador and Permanent Representative
Permanent Mission of the Republic of Zembara, Geneva
Tel. +999 22 734 5520
""")

M(key="G03", topic="general", secondary=[], lang="en", hard=False,
  note="meeting request with the ISU Director about a Presidency candidacy",
  **{"from": ("Camille Osterhagen", "c.osterhagen@mission.sovenia.example")},
  subject="Meeting request",
  date="2026-02-27 11:58:30 +0100",
  body="""Dear Sir/Madam,

Ambassador Petrova-Lund would like to meet the Director of the ISU to
discuss Sovenia's interest in the Presidency of the Fourteenth Meeting of
States Parties. Would 10 or 12 March, at the Mission, be convenient?

Kind regards,
Camille Osterhagen
Assistant to the Ambassador
Permanent Mission of Sovenia
+999 22 550 1200
""")

M(key="G04", topic="general", secondary=[], lang="en", hard=False,
  note="change of national focal point; asks to update the contact list",
  **{"from": ("Thabo Wijnberg", "t.wijnberg@mfa.coravia.example")},
  subject="Change of focal point",
  date="2026-02-02 08:44:06 +0200",
  lf=True,
  body="""Dear colleagues,

Please note that as of 1 February I have replaced Mr. Daniel Osei as the
national focal point for the Convention at the Ministry of Foreign Affairs
of Coravia. Could you kindly update your contact list and include me in
future correspondence?

Best regards,
Thabo Wijnberg
Deputy Director, Arms Control and Disarmament
Ministry of Foreign Affairs, Republic of Coravia
+999 29 415 0066
""")

M(key="G05", topic="general", secondary=[], lang="fr", hard=False,
  note="bilateral meeting in the margins of the intersessional meetings and preparation of an ISU country visit",
  **{"from": ("Nathalie Ekwalla-Vidal", "n.ekwalla@mission.benarie.example")},
  subject="Demande d'entretien en marge des réunions intersessionnelles",
  date="2026-04-09 10:10:10 +0200",
  body="""Madame, Monsieur,

La Mission permanente de la République de Bénarie souhaiterait organiser un
entretien avec l'Unité d'appui à l'application en marge des réunions
intersessionnelles de mai, afin de faire le point sur la coopération et
l'assistance dont notre pays pourrait bénéficier et de préparer une
éventuelle visite de l'Unité à Port-Sainte-Anne au second semestre.

Pourriez-vous nous indiquer vos disponibilités ?

Veuillez agréer, Madame, Monsieur, l'assurance de notre considération
distinguée.

Nathalie Ekwalla-Vidal
Deuxième Conseillère
Mission permanente de la République de Bénarie à Genève
+999 22 740 33 18
""")

M(key="G06", topic="general", secondary=["stockpile_destruction", "clearance", "victim_assistance"], lang="fr", hard=True,
  note="HARD(ambiguous_general): offer of expertise spanning demilitarisation, clearance and victim rehabilitation with no single topic: Article 6 cooperation in general",
  **{"from": ("CF Olivier Bellanger", "o.bellanger@armees.valdemeri.example")},
  subject="Offre de coopération",
  date="2026-03-20 14:40:21 +0100",
  body="""Bonjour,

La République de Val-de-Méri a achevé l'an dernier la destruction de ses
stocks et le déblaiement des dernières zones contaminées sur son
territoire. Nous disposons donc aujourd'hui d'une expertise nationale
(démilitarisation, dépollution, réadaptation des blessés au sein de notre
hôpital militaire) que nous souhaiterions mettre à la disposition d'autres
États parties, sous forme de formations ou de missions d'experts.

Pourriez-vous nous indiquer quels États ont exprimé des besoins pouvant
correspondre à cette offre, et comment la faire connaître ? Nous sommes
ouverts à toute suggestion.

Cordialement,

Capitaine de frégate Olivier Bellanger
Chef du bureau Coopération internationale
Ministère des Armées – République de Val-de-Méri
+999 35 18 62 04
""")

M(key="G07", topic="general", secondary=[], lang="es", hard=False,
  note="information on the individualised approach and country coalitions (Art. 6 cooperation in general)",
  **{"from": ("Joaquín Benavente", "jbenavente@misionginebra.vallealto.example")},
  subject="Consulta sobre el enfoque individualizado",
  date="2026-01-16 15:19:54 +0100",
  body="""Estimados:

Desde la Misión Permanente de Valle Alto quisiéramos obtener más
información sobre el enfoque individualizado y las coaliciones de países:
¿qué requisitos deben cumplirse para solicitarlo, qué compromisos implica
para el Estado y cuánto tiempo suele transcurrir hasta la primera reunión
con posibles donantes?

Les agradeceríamos también cualquier documento de presentación que podamos
remitir a la capital.

Saludos cordiales,
Joaquín Benavente
Consejero
Misión Permanente de la República de Valle Alto ante las Naciones Unidas en
Ginebra
""")

M(key="G08", topic="general", secondary=[], lang="de", hard=False,
  note="registration of delegates for the intersessional meetings and a room for a bilateral meeting",
  **{"from": ("Lukas Brandstätter", "l.brandstaetter@genf.bergmark.example")},
  subject="Anmeldung Zwischentagung",
  date="2026-04-15 09:31:07 +0200",
  body="""Sehr geehrte Damen und Herren,

für die Zwischentagungen im Mai möchten wir drei Personen aus der
Hauptstadt anmelden (Außenministerium, Verteidigungsministerium,
Sozialministerium). Könnten Sie uns mitteilen, bis wann die Anmeldung
erfolgen muss und ob Sie dafür eine Verbalnote benötigen? Gibt es außerdem
die Möglichkeit, während der Tagung einen Besprechungsraum für ein
bilaterales Treffen zu reservieren?

Mit besten Grüßen
Lukas Brandstätter
Attaché
Ständige Vertretung der Republik Bergmark bei den Vereinten Nationen, Genf
Tel. +999 22 730 11 85
""")

# ---------------------------------------------------------------------------
# not_an_enquiry
# ---------------------------------------------------------------------------

NEWSLETTER_TEXT = """LANDMINE & CLUSTER WATCH - FIELD NOTES
February 2026 | Issue 71

View this e-mail in your browser: https://lcwatch.example.org/field-notes/71

IN THIS ISSUE
- Northern provinces: survey teams map 12 km2 of suspected hazardous area
- "I want my son to go to school safely": a survivor's story
- Risk education by radio reaches 40,000 listeners
- Calendar: webinars in March

SURVEY RESULTS FROM THE NORTH
Our partner teams completed the first phase of non-technical survey in the
northern provinces this winter, confirming submunition contamination in 31
of the 48 villages visited. Clearance is due to begin after the rains.

A SURVIVOR'S STORY
Eight years after the accident that cost him his leg, Joseph now runs a
small repair workshop and trains two apprentices. Read how a microgrant
and a new prosthesis changed his family's prospects.

WEBINARS
12 March - Gender and diversity in mine action
26 March - Data protection in victim registries

--
You are receiving this bulletin because you subscribed at lcwatch.example.org.
Unsubscribe: https://lcwatch.example.org/unsubscribe?u=8f31c2
Landmine & Cluster Watch, 14 Rue des Alpes, 1201 Example City
"""

NEWSLETTER_HTML = """<html><head><meta charset="utf-8"><title>Field Notes 71</title></head>
<body style="margin:0;background:#f2f2f2">
<table width="100%" cellpadding="0" cellspacing="0"><tr><td align="center">
<table width="600" style="background:#ffffff;font-family:Georgia,serif">
<tr><td style="padding:20px;background:#1d3b53;color:#fff"><h1 style="margin:0">Field Notes</h1>
<p style="margin:0">February 2026 &middot; Issue 71</p></td></tr>
<tr><td style="padding:20px">
<h2>Survey results from the North</h2>
<p>Our partner teams completed the first phase of non-technical survey in the northern provinces
this winter, confirming submunition contamination in 31 of the 48 villages visited. Clearance is
due to begin after the rains.</p>
<h2>A survivor's story</h2>
<p>Eight years after the accident that cost him his leg, Joseph now runs a small repair workshop and
trains two apprentices. <a href="https://lcwatch.example.org/stories/joseph">Read more</a></p>
<h2>Webinars</h2>
<p>12 March &ndash; Gender and diversity in mine action<br>
26 March &ndash; Data protection in victim registries</p>
</td></tr>
<tr><td style="padding:20px;font-size:11px;color:#777">You are receiving this bulletin because you
subscribed at lcwatch.example.org. <a href="https://lcwatch.example.org/unsubscribe?u=8f31c2">Unsubscribe</a>
<img src="https://lcwatch.example.org/o/8f31c2.gif" width="1" height="1" alt=""></td></tr>
</table></td></tr></table></body></html>
"""

M(key="N01", topic="not_an_enquiry", secondary=["clearance", "victim_assistance"], lang="en", hard=False,
  note="NGO newsletter with List-Id/List-Unsubscribe/Precedence: bulk; talks about survey, clearance and survivors",
  **{"from": ("Landmine & Cluster Watch", "bulletin@lcwatch.example.org")},
  subject="Field Notes #71: survey results from the North, a survivor's story, March webinars",
  date="2026-02-24 07:00:00 +0000",
  mailer=("X-Mailer", "MailBlast 5.2"),
  headers=[("List-Id", "Field Notes <fieldnotes.lcwatch.example.org>"),
           ("List-Unsubscribe", "<https://lcwatch.example.org/unsubscribe?u=8f31c2>, <mailto:unsubscribe@lcwatch.example.org?subject=unsubscribe>"),
           ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"),
           ("Precedence", "bulk")],
  body=NEWSLETTER_TEXT, html=NEWSLETTER_HTML)

M(key="N02", topic="not_an_enquiry", secondary=[], lang="fr", hard=False,
  note="out-of-office auto-reply in French with Auto-Submitted and X-Auto-Response-Suppress",
  **{"from": ("Véronique Thibault-Sow", "v.thibault@mae.valdemeri.example")},
  subject="Réponse automatique : [CCM-2026-0088] Accusé de réception : Demande de visite",
  date="2026-03-02 08:00:14 +0100",
  in_reply_to="<ack.CCM-2026-0088@ccm-isu.example>",
  mailer=("X-Mailer", "Microsoft Exchange Server 15.2"),
  headers=[("Auto-Submitted", "auto-replied"),
           ("X-Auto-Response-Suppress", "All")],
  body="""Bonjour,

Je suis absente du bureau jusqu'au lundi 9 mars inclus, sans accès régulier
à ma messagerie. Votre message ne sera pas transféré.

Pour toute question urgente, vous pouvez contacter le secrétariat de la
Direction des Nations Unies au +999 35 18 60 00.

Cordialement,
Véronique Thibault-Sow
""")

M(key="N03", topic="not_an_enquiry", secondary=["reporting", "clearance"], lang="es", hard=True,
  note="HARD(no_auto_headers,lookalike_noise): Spanish out-of-office without auto headers that names the Article 7 report and clearance operations",
  **{"from": ("Rodrigo Mendívil", "rmendivil@andh.costanieve.example")},
  subject="Fuera de la oficina",
  date="2026-03-27 19:02:44 -0600",
  mailer=None,
  body="""Gracias por su mensaje.

Me encuentro de vacaciones hasta el lunes 6 de abril, sin acceso al correo.
Para asuntos relacionados con el informe del artículo 7 o con las
operaciones de despeje en Las Quebradas, por favor escriba a
operaciones@andh.costanieve.example o llame al (+999) 3 220 4700.

Su mensaje no será reenviado.

Rodrigo Mendívil
ANDH – Costa Nieve
""")

M(key="N04", topic="not_an_enquiry", secondary=["victim_assistance"], lang="en", hard=False,
  note="multipart/report delivery status notification from MAILER-DAEMON for a bounced acknowledgement",
  kind="dsn",
  **{"from": ("Mail Delivery System", "MAILER-DAEMON@mx1.ccm-isu.example")},
  return_path="<>",
  to="intake@ccm-isu.example",
  subject="Undelivered Mail Returned to Sender",
  date="2026-01-27 06:31:02 +0000",
  msgid="<20260127063102.4F1A2C0B91@mx1.ccm-isu.example>",
  mailer=None,
  headers=[("Auto-Submitted", "auto-replied")],
  received=False,
  body="""This is the mail system at host mx1.ccm-isu.example.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients. It's attached below.

For further assistance, please send mail to postmaster.

If you do so, please include this problem report. You can
delete your own text from the attached returned message.

                   The mail system

<n.verhoeven@health.tallmark.example>: host mail.health.tallmark.example[192.0.2.77]
    said: 550 5.1.1 <n.verhoeven@health.tallmark.example>: Recipient address
    rejected: User unknown in virtual mailbox table (in reply to RCPT TO command)
""",
  dsn_blocks=[
      [("Reporting-MTA", "dns; mx1.ccm-isu.example"),
       ("X-Postfix-Queue-ID", "4F1A2C0B91"),
       ("X-Postfix-Sender", "rfc822; no-reply@ccm-isu.example"),
       ("Arrival-Date", "Tue, 27 Jan 2026 06:30:58 +0000")],
      [("Final-Recipient", "rfc822; n.verhoeven@health.tallmark.example"),
       ("Original-Recipient", "rfc822;n.verhoeven@health.tallmark.example"),
       ("Action", "failed"),
       ("Status", "5.1.1"),
       ("Remote-MTA", "dns; mail.health.tallmark.example"),
       ("Diagnostic-Code", "smtp; 550 5.1.1 <n.verhoeven@health.tallmark.example>: Recipient address rejected: User unknown in virtual mailbox table")],
  ],
  orig_headers="""Return-Path: <>
From: CCM Intake <no-reply@ccm-isu.example>
To: n.verhoeven@health.tallmark.example
Subject: [CCM-2026-0057] Acknowledgement: Support for prosthetic and orthotic
 services
Date: Tue, 27 Jan 2026 06:30:58 +0000
Message-ID: <ack.CCM-2026-0057@ccm-isu.example>
Auto-Submitted: auto-replied
Content-Language: en
X-Intake-Case: CCM-2026-0057
MIME-Version: 1.0
Content-Type: text/plain; charset="utf-8"
""")

SPAM_TEXT = """DEMILTECH EXPO 2026 - Global Demilitarisation & EOD Summit
9-11 June 2026 | Example City Convention Centre

LAST CHANCE: 30% OFF DELEGATE PASSES UNTIL FRIDAY

Meet 120+ exhibitors of ammunition demilitarisation lines, contained
detonation chambers, robotic EOD systems and humanitarian demining
equipment. Hear keynote speakers on stockpile reduction and land release.

Government delegations: ask about our VIP package (hotel + gala dinner).

Register now: https://demiltech-expo.example.com/register?promo=GOV30

You received this e-mail because your address is listed in a public
directory. To stop receiving our offers, click here:
https://demiltech-expo.example.com/optout
"""

SPAM_HTML = """<html><body style="font-family:Arial,sans-serif">
<div style="background:#c0392b;color:#fff;padding:16px;text-align:center">
<h1 style="margin:0">DEMILTECH EXPO 2026</h1><p style="margin:0">Global Demilitarisation &amp; EOD Summit</p></div>
<div style="padding:16px">
<p style="font-size:20px"><b>LAST CHANCE: 30% OFF delegate passes until Friday!</b></p>
<p>9&ndash;11 June 2026 &middot; Example City Convention Centre</p>
<p>Meet 120+ exhibitors of ammunition demilitarisation lines, contained detonation chambers, robotic
EOD systems and humanitarian demining equipment. Hear keynote speakers on stockpile reduction and
land release.</p>
<p><i>Government delegations: ask about our VIP package (hotel + gala dinner).</i></p>
<p style="text-align:center"><a href="https://demiltech-expo.example.com/register?promo=GOV30"
style="background:#27ae60;color:#fff;padding:12px 24px;text-decoration:none">REGISTER NOW</a></p>
<p style="font-size:10px;color:#888">You received this e-mail because your address is listed in a
public directory. <a href="https://demiltech-expo.example.com/optout">Opt out</a></p>
</div></body></html>
"""

M(key="N05", topic="not_an_enquiry", secondary=["stockpile_destruction", "clearance"], lang="en", hard=False,
  note="conference marketing spam (multipart/alternative) advertising demilitarisation and demining equipment",
  **{"from": ("DemilTech Expo 2026", "offers@demiltech-expo.example.com")},
  subject="LAST CHANCE: 30% off - Global Demilitarisation & EOD Summit 2026",
  date="2026-03-31 05:12:00 +0000",
  mailer=("X-Mailer", "SendWave Pro 3.1"),
  headers=[("X-Campaign-ID", "DT26-GOV-0331")],
  body=SPAM_TEXT, html=SPAM_HTML)

ICS = """BEGIN:VCALENDAR
PRODID:-//Example Corp//Calendar Server 8.4//EN
VERSION:2.0
CALSCALE:GREGORIAN
METHOD:REQUEST
BEGIN:VEVENT
DTSTART:20260319T130000Z
DTEND:20260319T143000Z
DTSTAMP:20260305T091500Z
ORGANIZER;CN=Maria Schenk:mailto:m.schenk@mfa.thalland.example
UID:7c1e0b4a-3f2d-4d7e-9a61-thalland-20260319@mfa.thalland.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=TRUE;CN=intake@ccm-isu.example:mailto:intake@ccm-isu.example
ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;CN=Maria Schenk:mailto:m.schenk@mfa.thalland.example
CREATED:20260305T091500Z
DESCRIPTION:Online donor roundtable on clearance needs. Join link: https://meet.thalland.example/j/48213
LAST-MODIFIED:20260305T091500Z
LOCATION:Online
SEQUENCE:0
STATUS:CONFIRMED
SUMMARY:Donor roundtable - clearance needs (online)
TRANSP:OPAQUE
END:VEVENT
END:VCALENDAR
"""

M(key="N06", topic="not_an_enquiry", secondary=["clearance"], lang="en", hard=False,
  note="calendar invitation (text/calendar METHOD:REQUEST) generated by a calendar server; no question asked",
  kind="calendar", ics=ICS,
  **{"from": ("Maria Schenk", "m.schenk@mfa.thalland.example")},
  subject="Invitation: Donor roundtable - clearance needs @ Thu 19 Mar 2026 14:00 - 15:30 (CET)",
  date="2026-03-05 10:15:00 +0100",
  to="intake@ccm-isu.example",
  mailer=("X-Mailer", "Example Calendar Server 8.4"),
  body="""You have been invited to the following event.

Donor roundtable - clearance needs (online)
When: Thu 19 Mar 2026 14:00 - 15:30 (CET)
Where: Online
Organizer: Maria Schenk <m.schenk@mfa.thalland.example>

Join: https://meet.thalland.example/j/48213

Going (intake@ccm-isu.example)?   Yes - Maybe - No
more options: https://calendar.thalland.example/event?eid=7c1e0b4a

Invitation from Example Calendar. You are receiving this e-mail at the
account intake@ccm-isu.example because you are an attendee of this event.
""")

M(key="N07", topic="not_an_enquiry", secondary=["reporting"], lang="en", hard=True,
  note="HARD(lookalike_noise): credential phishing from a look-alike ISU domain, pretending an Article 7 report was shared",
  **{"from": ("CCM ISU Document Share", "share@ccm-isu-secure.example.net")},
  subject="Action required: \"Art7_Report_Final_2025.pdf\" shared with you expires in 24 hours",
  date="2026-04-21 03:47:19 +0000",
  mailer=None,
  body="""A document has been shared with you by the Implementation Support Unit.

    Art7_Report_Final_2025.pdf (1.2 MB)

Because of a security update, your mailbox password must be re-validated
before you can open it.

Open document: http://ccm-isu-secure.example.net/login?u=intake%40ccm-isu.example

This link will expire in 24 hours.
(c) 2026 CCM ISU IT Services
""")
