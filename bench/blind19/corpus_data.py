# -*- coding: utf-8 -*-
"""Content and gold labels for blind19 (data only; generate.py builds the .eml files).

Every State, person, organisation and domain is invented.  Written without
reading the classifier, its rules, templates or tests.
"""

SIG_DISCLAIMER_EN = (
    "\n\n--\nThis e-mail and any attachments are confidential and intended solely for the "
    "addressee. If you have received it in error, please notify the sender and delete it. "
    "Views expressed are not necessarily those of the Government.")
MOBILE_EN = "\n\nSent from my phone. Please excuse brevity and typos."

MESSAGES = [
# ======================= stockpile_destruction =======================
dict(key="S1", topic="stockpile_destruction", secondary=[], lang="en", hard=False,
 note="plain words: old air-dropped bombs that scatter bomblets still kept by the air force; wants experts and a cost estimate to get rid of them",
 frm=("Maj. Owen Tarrant", "o.tarrant@defence.corvania.example"),
 subject="Help needed with old bombs in our air force depot", fmt="plain", charset="us-ascii", cte="7bit",
 body="""Dear colleagues,

I was given your address by our Foreign Ministry. I am not a specialist in the
Convention, so please forgive me if I use the wrong words.

Our air force still keeps a number of old bombs from the 1980s at the depot near
Harwick Field. When they are dropped they open in the air and throw out many
small bomblets. We have roughly 340 of the large casings and the government has
decided we should get rid of all of them, but nobody here has done this before.

Could you put us in touch with people who have done this work elsewhere, and
tell us roughly what it would cost and how long it would take? We have no
equipment of our own for this.

Regards,
Maj. Owen Tarrant
Logistics Directorate, Ministry of Defence of Corvania
Tel. +999 41 220 7781"""),

dict(key="S2", topic="stockpile_destruction", secondary=[], lang="fr", hard=False,
 note="plain words: shells that open in the air still stored in barracks; village nearby so no open burning; asks technical advice on a destruction method",
 frm=("Lt-Col. Bertrand Okafor-Ruel", "b.okafor@defense.marivelle.example"),
 subject="Conseil technique - munitions entreposées à la caserne de Sainte-Oda", fmt="alt", charset="utf-8", cte="qp",
 body="""Madame, Monsieur,

Notre armée conserve encore, dans la caserne de Sainte-Oda, plusieurs centaines
d'obus d'artillerie anciens qui s'ouvrent en l'air et libèrent de petites
charges. Le gouvernement souhaite s'en débarrasser définitivement.

La difficulté : un village se trouve à moins de deux kilomètres et les
habitants refusent que nous fassions brûler ou exploser ces obus à l'air libre
comme nous le faisions autrefois pour d'autres munitions. Existe-t-il d'autres
méthodes, et l'Unité pourrait-elle nous mettre en relation avec un expert qui
viendrait évaluer la situation sur place ?

Avec mes remerciements,

Lieutenant-colonel Bertrand Okafor-Ruel
Direction du matériel, Forces armées de Marivelle"""),

dict(key="S3", topic="stockpile_destruction", secondary=[], lang="es", hard=False,
 note="names only 'artículo 3': deadline in 2027 will not be met, asks how to request an extension",
 frm=("Ing. Paula Echeverri", "pechev@mindefensa.sanmartel.example"),
 subject="Consulta sobre el artículo 3 y nuestro plazo", fmt="plain", charset="utf-8", cte="8bit",
 body="""Buenos días:

Les escribo por lo del artículo 3. Nuestro plazo vence en agosto de 2027 y,
con el presupuesto actual, no vamos a terminar a tiempo: nos quedan unas
1.200 unidades por destruir.

¿Qué pasos hay que seguir para pedir la prórroga, con cuánta antelación hay
que presentarla y qué información debe contener? Si tienen un ejemplo de
solicitud de otro país que podamos consultar, nos sería muy útil.

Saludos cordiales,
Ing. Paula Echeverri
Ministerio de Defensa - República de San Martel"""),

dict(key="S4", topic="stockpile_destruction", secondary=["clearance"], lang="en", hard=True,
 note="HARD(multi_topic): crates of bomblets found in a disused army warehouse during base closure (stored, not field remnants); asks help to destroy them; mentions a separate clearance programme",
 frm=("Gemma Holloway", "g.holloway@mod.dunmarch.example"),
 subject="Crates found at the old Redcliff barracks", fmt="alt", charset="utf-8", cte="7bit",
 body="""Hello,

While closing down the old Redcliff barracks last month, our engineers opened a
sealed storeroom and found 26 wooden crates of bomblets, still packed as they
were delivered decades ago, together with the dispensers they were meant to be
loaded into. They were never declared because nobody knew they existed.

We already have a clearance programme running in the border districts, funded
by another partner, and that is going fine - this is a different matter. What
we need now is help to get these crates destroyed safely and quickly: advice on
the method, and ideally a team or equipment we could borrow. I assume we also
have to tell the other States Parties about them, but first things first.

Best,
Gemma Holloway
Arms Control Section, Ministry of Defence, Dunmarch""" + SIG_DISCLAIMER_EN),

dict(key="S5", topic="stockpile_destruction", secondary=[], lang="de", hard=False,
 note="plain words: munitions the armed forces still keep; asks to borrow mobile destruction equipment",
 frm=("Oberstleutnant Jörg Kellermann", "j.kellermann@bw.nordheide.example"),
 subject="Anfrage: mobile Anlage zur Vernichtung von Altbeständen", fmt="plain", charset="iso-8859-1", cte="qp",
 body="""Sehr geehrte Damen und Herren,

unsere Streitkräfte lagern noch rund 90 Tonnen alter Artilleriegeschosse, die
beim Verschuss viele kleine Sprengkörper freisetzen. Das Parlament hat
beschlossen, dass diese Bestände bis Ende 2027 vollständig beseitigt werden.

Eine eigene Zerlegeanlage besitzen wir nicht. Gibt es Vertragsstaaten oder
Organisationen, die eine mobile Anlage verleihen oder Personal für einige
Monate entsenden könnten? Für Hinweise auf mögliche Partner wären wir sehr
dankbar.

Mit freundlichen Grüßen
Jörg Kellermann
Oberstleutnant, Logistikkommando Nordheide"""),

dict(key="S6", topic="stockpile_destruction", secondary=["reporting"], lang="en", hard=False,
 note="boundary stockpile vs reporting: how many bomblets may the army keep to train bomb-disposal students and how to justify the number (Art. 3.6); mentions it will later be reported",
 frm=("Capt. Ruth Amankwah", "r.amankwah@eod-school.tessaly.example"),
 subject="How many can we keep for training?", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear Sir/Madam,

I run the bomb-disposal school of the Tessaly Defence Force. Our stocks are
being destroyed this year, but my instructors want to keep some of the bomblets
so that students can learn to recognise and handle them.

Is there a maximum number we are allowed to keep? How have other countries
decided on their number, and what reasons did they give? I know the number will
have to appear in the annual report afterwards, but my question is really about
what is reasonable to keep and how to justify it to the commission overseeing
the destruction.

Thank you,
Capt. Ruth Amankwah
Commandant, EOD School, Tessaly Defence Force"""),

dict(key="S7", topic="stockpile_destruction", secondary=[], lang="es", hard=False,
 note="sends the requested cost breakdown for a stockpile destruction funding request; attachment named accordingly",
 frm=("Cnel. Tomás Ibargüen", "tibarguen@ejercito.sanmartel.example"),
 subject="Presupuesto para la destrucción de existencias - documentos", fmt="mixed", charset="utf-8", cte="qp",
 attachments=[("Presupuesto_destruccion_existencias_2027.xlsx", "xlsx"), ("Inventario_polvorin_Los_Alamos.pdf", "pdf")],
 body="""Estimados colegas de la Unidad:

Como nos sugirieron en la reunión de mayo, adjunto el desglose de costos para
destruir las existencias que todavía guarda el ejército en el polvorín de Los
Álamos, junto con el inventario actualizado.

Buscamos apoyo financiero para aproximadamente el 60 % del total y asistencia
técnica para la primera fase (desmontaje de las espoletas). ¿Podrían circular
el documento entre posibles donantes?

Atentamente,
Cnel. Tomás Ibargüen
Jefe de Logística, Ejército de San Martel

Enviado desde mi iPad"""),

dict(key="S8", topic="stockpile_destruction", secondary=[], lang="ru", hard=True,
 note="HARD(legacy_charset,base64_body): windows-1251 base64 body; munitions still kept in army depots, asks experts on environmentally safe destruction (no open detonation)",
 frm=("Аркадий Беляев", "a.belyaev@mil.zelovia.example"),
 subject="Запрос экспертной помощи", subject_charset="windows-1251", fmt="plain", charset="windows-1251", cte="b64",
 body="""Уважаемые коллеги!

На складах нашей армии до сих пор хранятся старые авиабомбы и снаряды,
которые раскрываются в воздухе и разбрасывают множество мелких зарядов.
Правительство Республики Зеловия приняло решение уничтожить их полностью.

Экологическая служба запрещает подрыв под открытым небом. Просим помочь
найти экспертов, которые могли бы оценить наши склады и предложить
безопасный для окружающей среды способ уничтожения, а также сообщить,
какие страны уже имеют подобный опыт.

С уважением,
Аркадий Беляев
Управление вооружения, Министерство обороны Республики Зеловия"""),

dict(key="S9", topic="stockpile_destruction", secondary=["reporting"], lang="fr", hard=True,
 note="HARD(misleading_subject): subject mentions the annual report, body asks how to send stocks to a neighbouring State to be destroyed there (transfer for destruction)",
 frm=("Hélène Mbarga", "h.mbarga@diplomatie.belmora.example"),
 subject="Rapport annuel - question", fmt="plain", charset="utf-8", cte="8bit",
 body="""Bonjour,

Nous préparons notre rapport annuel, mais ma question porte sur autre chose.

Nous n'avons pas d'installation pour détruire les munitions que notre armée
conserve encore. Notre voisin, la République d'Ostralie, dispose d'une usine de
démilitarisation et s'est dit prêt à les détruire pour nous. Est-il permis de
leur envoyer nos stocks pour destruction ? Quelles formalités faut-il prévoir
et qui, des deux États, doit certifier la destruction ? Un appui pour
organiser le transport en toute sécurité nous serait également précieux.

Cordialement,
Hélène Mbarga
Direction des affaires juridiques et du désarmement
Ministère des Affaires étrangères de Belmora"""),

dict(key="S10", topic="stockpile_destruction", secondary=[], lang="fr", hard=False,
 note="plain words: old bombs kept in the military depot; asks financial help to destroy them",
 frm=("Aïssatou Ndiaye-Corre", "a.ndiaye@mission.palestra.example"),
 subject="Demande d'appui financier", fmt="alt", charset="utf-8", cte="qp",
 body="""Madame, Monsieur,

La Mission permanente de la République de Palestra vous écrit au nom de son
ministère de la Défense. Il reste dans le dépôt militaire de Kouri environ 4 000
vieilles bombes à sous-munitions que l'armée garde depuis les années 1970.

Nous voulons les détruire mais le budget national ne suffit pas. Pourriez-vous
nous indiquer quels pays ou fonds ont déjà financé ce genre d'opération et
comment présenter notre demande ?

Veuillez agréer l'expression de nos salutations distinguées.

Aïssatou Ndiaye-Corre
Première conseillère
Mission permanente de Palestra, Genève"""),

dict(key="S11", topic="stockpile_destruction", secondary=[], lang="en", hard=True,
 note="HARD(attachment_only_hint): bare cover note; only the attachment name (stockpile destruction plan and budget) gives the topic",
 frm=("Registry Desk", "registry@mfa.arkenland.example"),
 subject="Documents for your attention", fmt="mixed", charset="us-ascii", cte="7bit",
 attachments=[("Arkenland_stockpile_destruction_plan_and_budget_2027.xlsx", "xlsx")],
 body="""Good afternoon,

Please find the attached for your review and advice. Grateful for any comments
by the end of the month.

Kind regards,
Registry Desk
Ministry of Foreign Affairs, Arkenland"""),

dict(key="S12", topic="stockpile_destruction", secondary=[], lang="ar", hard=False,
 note="plain words: old bombs the army keeps in its stores; asks training for technicians to dismantle them",
 frm=("العقيد سامر الحداد", "s.haddad@defence.qastara.example"),
 subject="طلب تدريب فني لتفكيك الذخائر المخزنة", fmt="plain", charset="utf-8", cte="qp",
 body="""السادة في وحدة دعم التنفيذ المحترمين،

تحية طيبة وبعد،

ما زال جيشنا يحتفظ في مخازنه بعدد من القنابل القديمة التي تنفتح في الجو
وتنثر قنيبلات صغيرة. قررت الحكومة التخلص منها نهائياً، لكن فنيّينا لم
يتلقوا تدريباً على تفكيكها بأمان.

نرجو مساعدتنا في تنظيم دورة تدريبية لفريق من عشرة فنيين، أو إرشادنا إلى
دولة أو منظمة يمكنها تقديم هذا التدريب.

مع خالص التقدير،
العقيد سامر الحداد
مديرية الذخيرة، وزارة الدفاع - قسطارة"""),

# ======================= clearance =======================
dict(key="C1", topic="clearance", secondary=[], lang="en", hard=False,
 note="plain words: fields farmers are afraid to plough after bomblets were found; asks for a survey team",
 frm=("Daniel Mwale", "d.mwale@district.kesmaria.example"),
 subject="Farmers afraid to plough near Tembe", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear Sir or Madam,

I am the district commissioner for Tembe. Since two bomblets were found in a
maize field last season, farmers in five villages refuse to plough the land
along the old front line. About 300 families depend on it.

Nobody knows exactly where the dangerous land starts and ends. Our Ministry
told me to write to you: can you help us find a team that can check the fields
and tell people which ones are safe, and clean the ones that are not?

Yours faithfully,
Daniel Mwale
District Commissioner, Tembe District, Kesmaria""" + MOBILE_EN),

dict(key="C2", topic="clearance", secondary=[], lang="fr", hard=False,
 note="plain words: land peasants dare not cultivate, children picking up objects; asks help mapping the land and teaching children about the danger",
 frm=("Odile Sanou", "o.sanou@cnlm.marivelle.example"),
 subject="Terres abandonnées dans la région des Collines", fmt="alt", charset="utf-8", cte="qp",
 body="""Bonjour,

Dans la région des Collines, les paysans n'osent plus cultiver plusieurs
vallées depuis que des petites bombes y ont été retrouvées. Des enfants en
ramassent parfois en gardant les chèvres.

Nous aurions besoin d'aide pour deux choses liées : savoir précisément quelles
parcelles sont touchées (une carte fiable), et expliquer aux enfants et aux
bergers comment reconnaître ces objets et ne pas y toucher. Avez-vous des
partenaires ou du matériel pédagogique à nous recommander ?

Merci d'avance,
Odile Sanou
Commission nationale de lutte antimines, Marivelle"""),

dict(key="C3", topic="clearance", secondary=[], lang="es", hard=False,
 note="names only 'artículo 4': how to request an extension of the article 4 deadline",
 frm=("Lic. Marcela Pizarro", "mpizarro@cancilleria.valderia.example"),
 subject="Prórroga - artículo 4", fmt="plain", charset="iso-8859-1", cte="qp",
 body="""Estimados señores:

Nuestro plazo del artículo 4 termina en 2028 y todavía nos quedan unas 1.800
hectáreas por liberar en la provincia de Quebrada Honda. ¿Cuál es el
procedimiento para solicitar la prórroga y cuándo habría que enviarla para
que se examine en la próxima Reunión de los Estados Partes?

Quedo atenta a su respuesta.

Marcela Pizarro
Dirección de Desarme, Cancillería de Valderia"""),

dict(key="C4", topic="clearance", secondary=["victim_assistance"], lang="en", hard=True,
 note="HARD(multi_topic): a child was hurt by a bomblet (already treated in hospital); the ask is to clear the field urgently and warn the other children",
 frm=("Sister Agnes Mutale", "agnes.mutale@stmary-clinic.kesmaria.example"),
 subject="Boy injured near Lusaba school - please help", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear friends,

Last Tuesday a ten-year-old boy from Lusaba lost two fingers when he picked up a
small metal ball behind the school. He was treated at our clinic and has been
transferred to the provincial hospital, where he is doing well and his care is
covered.

What frightens us is that the children play in that same field every day and
the villagers say there are more of these things there. We need someone to
come and make the field safe as soon as possible, and to explain to the
children and teachers what to do if they see one.

The district office gave us your address. Please tell us who can help.

Sister Agnes Mutale
St Mary's Clinic, Lusaba"""),

dict(key="C5", topic="clearance", secondary=[], lang="en", hard=False,
 note="unexploded bomblets from an old air attack lying in a forest reserve; rangers want equipment and training to destroy them where they lie",
 frm=("Tomasz Lindqvist", "t.lindqvist@forestry.nordvale.example"),
 subject="Unexploded bomblets in the Kessel forest reserve", fmt="alt", charset="utf-8", cte="7bit",
 body="""Hello,

Our forest rangers keep finding unexploded bomblets from an air attack in 1994
in the Kessel reserve, usually after storms bring trees down. So far the army
has sent a team each time, which takes weeks.

Would it be possible to get help to survey the reserve properly and to train
and equip a small local team that could destroy the items where they are
found? Any advice on how other countries organised this would be welcome.

Best regards,
Tomasz Lindqvist
Head of Field Operations, National Forestry Service of Nordvale"""),

dict(key="C6", topic="clearance", secondary=[], lang="es", hard=False,
 note="after non-technical survey, asks how to officially release (cancel) areas where nothing was found",
 frm=("Ing. Rodrigo Santacruz", "rsantacruz@desminado.valderia.example"),
 subject="Consulta sobre cancelación de áreas", fmt="alt", charset="utf-8", cte="qp",
 body="""Buenas tardes:

Terminamos el estudio no técnico en 14 comunidades de Quebrada Honda. En nueve
de ellas los vecinos confirman que nunca hubo ataques y no encontramos
ninguna evidencia.

¿Qué criterios usan otros países para dar por liberadas esas zonas sin
despejarlas, y cómo documentarlo para que la población y el gobierno confíen
en la decisión? Agradecería ejemplos de normas nacionales.

Saludos,
Rodrigo Santacruz
Centro Nacional de Desminado Humanitario, Valderia"""),

dict(key="C7", topic="clearance", secondary=[], lang="fr", hard=True,
 note="HARD(forwarded_chain): the ministry forwards a governor's report of small yellow bombs found in rice paddies and asks the ISU for survey/clearance support",
 frm=("Jean-Marc Diallo-Verne", "jm.diallo@interieur.belmora.example"),
 subject="TR: Découverte dans les rizières de Niamou", fmt="plain", charset="utf-8", cte="8bit",
 body="""Bonjour,

Je vous transmets ci-dessous le message du gouverneur. Pouvez-vous nous aider à
trouver une équipe pour évaluer la zone et l'assainir ? Nous n'avons aucune
capacité nationale pour ce type d'engins.

Cordialement,
J.-M. Diallo-Verne
Ministère de l'Intérieur, Belmora

-------- Message transféré --------
De : Gouvernorat de Niamou <cabinet@gouv-niamou.belmora.example>
Date : lun. 7 sept. 2026 à 09:12
Objet : Découverte dans les rizières de Niamou
À : jm.diallo@interieur.belmora.example

Monsieur le Directeur,

Des riziculteurs de Niamou ont découvert la semaine dernière une dizaine de
petites bombes jaunes dans les rizières, apparemment tombées lors des combats
de 2011. Les habitants ont cessé de travailler dans ce secteur (environ 40
hectares). Je vous prie de bien vouloir solliciter l'aide nécessaire.

Le Gouverneur"""),

dict(key="C8", topic="clearance", secondary=[], lang="en", hard=False,
 note="plain words: land people are afraid to use near a former airfield; asks how to prioritise which areas to check first",
 frm=("Priya Ramdin", "p.ramdin@planning.tessaly.example"),
 subject="Which land should we check first?", fmt="plain", charset="utf-8", cte="qp",
 body="""Dear ISU,

Around the former military airfield at Cape Morrow people have stopped using a
large area of grazing land because they are afraid of what was dropped there
during the conflict. We have a small budget this year and cannot look at
everything at once.

How do other countries decide which suspicious land to look at first? Is there
a simple method, or an adviser who could spend a week with our team?

Thank you,
Priya Ramdin
Ministry of Planning, Tessaly Islands"""),

dict(key="C9", topic="clearance", secondary=[], lang="ar", hard=True,
 note="HARD(legacy_charset): windows-1256 body; orchards farmers fear to enter; asks survey and clearance support",
 frm=("م. خالد النعيمي", "k.nuaimi@mine-action.qastara.example"),
 subject="طلب مساعدة في مسح البساتين الملوثة", fmt="plain", charset="windows-1256", cte="8bit",
 body="""السادة الكرام في وحدة دعم التنفيذ،

السلام عليكم ورحمة الله،

يخشى المزارعون في وادي السدر دخول بساتين الزيتون منذ أن عُثر فيها على
قنيبلات غير منفجرة. المساحة المشتبه بها تقارب 120 هكتاراً ولا نعرف
حدودها بدقة.

نطلب مساعدتكم في إيجاد فريق لإجراء المسح وتطهير الأراضي، أو ترشيح جهة
مانحة يمكنها تمويل هذا العمل.

وتفضلوا بقبول فائق الاحترام،
م. خالد النعيمي
الهيئة الوطنية للأعمال المتعلقة بالألغام - قسطارة"""),

dict(key="C10", topic="clearance", secondary=[], lang="de", hard=False,
 note="floods moved bomblets into areas previously declared safe; asks advice on re-survey of newly contaminated land",
 frm=("Dr. Anneliese Brandauer", "a.brandauer@katastrophenschutz.nordheide.example"),
 subject="Nach dem Hochwasser: Sprengkörper in freigegebenen Flächen", fmt="alt", charset="utf-8", cte="qp",
 body="""Sehr geehrte Damen und Herren,

nach dem Hochwasser im Frühjahr wurden an der Unteren Erle mehrere
Submunitionen auf Wiesen gefunden, die vor Jahren als sicher freigegeben
worden waren. Offenbar hat das Wasser sie aus dem Flussbett verlagert.

Wie sind andere Staaten mit solchen neu verseuchten Flächen umgegangen? Wir
suchen Beratung für eine erneute Untersuchung des Gebiets und wüssten gern, ob
dies unsere bisherige Meldung zum Abschluss der Räumung berührt.

Mit freundlichen Grüßen
Dr. Anneliese Brandauer
Amt für Katastrophenschutz, Nordheide"""),

dict(key="C11", topic="clearance", secondary=[], lang="en", hard=True,
 note="HARD(reply_to_ack): reply to the acknowledgement of a survey request, adding the hectare figures the ISU asked for",
 frm=("Lwazi Dube", "l.dube@mineaction.kesmaria.example"),
 subject="Re: [CCM-2026-0431] Received: Survey support for Tembe and Lusaba districts",
 reply_ack="CCM-2026-0431", fmt="plain", charset="utf-8", cte="7bit",
 body="""Hi,

Following your acknowledgement, here are the figures you may need for the
survey request:

- Tembe district: 11 suspected areas, approx. 410 ha
- Lusaba district: 4 suspected areas, approx. 95 ha
- 2 confirmed areas near Lusaba school (see Sister Agnes' report)

We can host a survey team from November. Please let me know if you need the
coordinates in a specific format.

Lwazi

On Thu, 1 Oct 2026 at 10:02, CCM Implementation Support Unit <no-reply@ccm-isu.example> wrote:
> Your message has been received and registered as CCM-2026-0431.
> Please keep this reference in the subject of any reply.
>
> CCM Implementation Support Unit"""),

dict(key="C12", topic="clearance", secondary=[], lang="ru", hard=True,
 note="HARD(legacy_charset): koi8-r body and subject; thinks the last contaminated area is cleared and asks how to declare completion",
 frm=("Ирина Гордеева", "i.gordeeva@mchs.zelovia.example"),
 subject="Как заявить о завершении очистки", subject_charset="koi8-r", fmt="plain", charset="koi8-r", cte="8bit",
 body="""Добрый день!

В сентябре наши саперы закончили работы на последнем загрязненном участке
в Кременском районе. Больше известных нам опасных территорий не осталось.

Подскажите, пожалуйста, как правильно заявить о завершении очистки:
нужна ли какая-то декларация, есть ли образец, и что делать, если позднее
будут найдены новые неразорвавшиеся суббоеприпасы?

С уважением,
Ирина Гордеева
Министерство по чрезвычайным ситуациям Республики Зеловия"""),

# ======================= victim_assistance =======================
dict(key="V1", topic="victim_assistance", secondary=[], lang="en", hard=False,
 note="plain words: people hurt years ago now need new artificial legs; the only workshop closed",
 frm=("Grace Oyelaran", "g.oyelaran@health.arkenland.example"),
 subject="Artificial legs for people hurt during the war", fmt="alt", charset="utf-8", cte="7bit",
 body="""Dear colleagues,

Many of the people who were hurt by bomblets in the north of Arkenland twenty
years ago are now getting older. Their artificial legs are worn out and the
only workshop that made them, in Karro, closed last year when the charity
running it left.

We would like to reopen a small workshop and train two or three local
technicians. Is there a partner who could help with equipment and training?

With thanks,
Grace Oyelaran
Department of Rehabilitation Services, Ministry of Health, Arkenland"""),

dict(key="V2", topic="victim_assistance", secondary=[], lang="fr", hard=False,
 note="plain words: people injured years ago still have nightmares and cannot work; asks psychological support programme",
 frm=("Dr Pascaline Ekwalla", "p.ekwalla@sante.palestra.example"),
 subject="Soutien psychologique pour les blessés de Kouri", fmt="plain", charset="utf-8", cte="qp",
 body="""Madame, Monsieur,

À Kouri, de nombreuses personnes blessées il y a une quinzaine d'années par
ces petites bombes font encore des cauchemars, ne sortent plus de chez elles
ou n'arrivent pas à reprendre le travail. Leurs familles aussi en souffrent.

Nous n'avons qu'un seul psychologue pour toute la province. Pourriez-vous nous
aider à trouver un partenaire pour former des agents de santé communautaires
à l'écoute et au soutien psychologique ?

Bien cordialement,
Dr Pascaline Ekwalla
Direction de la santé mentale, Ministère de la Santé de Palestra"""),

dict(key="V3", topic="victim_assistance", secondary=[], lang="es", hard=False,
 note="plain words: people injured years ago cannot find work; asks vocational training and micro-credit partners",
 frm=("Soc. Andrea Villalba", "avillalba@inclusion.sanmartel.example"),
 subject="Trabajo para los heridos de hace años", fmt="alt", charset="utf-8", cte="qp",
 body="""Estimados:

En el departamento de Río Seco viven unas 150 personas que quedaron heridas
hace años por las bombas que cayeron en la zona. Muchas tienen amputaciones y
no consiguen empleo; algunas piden dinero en el mercado.

Queremos organizar cursos de oficios y pequeños créditos para que puedan
trabajar por su cuenta. ¿Conocen organizaciones o países que hayan apoyado
programas similares y que podrían ayudarnos?

Un saludo,
Andrea Villalba
Secretaría de Inclusión Social, San Martel"""),

dict(key="V4", topic="victim_assistance", secondary=["reporting"], lang="en", hard=True,
 note="HARD(multi_topic): no list of people hurt; asks help designing a survivor survey and needs assessment; mentions figures would later go into the annual report",
 frm=("Kofi Antwi-Brandt", "k.antwi@socialwelfare.dunmarch.example"),
 subject="We don't know how many survivors we have", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear ISU team,

Honest question: we do not actually know how many people in Dunmarch were
killed or injured by cluster munitions, or what the survivors need today. The
numbers we put in the annual report come from a hospital list from 2009.

We want to do this properly - go village by village, register people, and ask
them what help they need (medical, work, school for their children). Can you
connect us with someone who has designed this kind of survey before, and help
us find funding for it?

Thanks,
Kofi Antwi-Brandt
Department of Social Welfare, Dunmarch""" + SIG_DISCLAIMER_EN),

dict(key="V5", topic="victim_assistance", secondary=[], lang="en", hard=False,
 note="help writing survivors into the Ministry of Social Affairs' national disability action plan",
 frm=("Leonie Farrugia", "l.farrugia@socialaffairs.tessaly.example"),
 subject="Including survivors in our disability action plan", fmt="alt", charset="utf-8", cte="qp",
 body="""Dear colleagues,

The Ministry of Social Affairs is writing the next national disability action
plan (2027-2031). People injured by bomblets are currently not mentioned at
all, and their associations have asked to be included.

Could you share examples of how other countries have built survivors' needs
into their disability plans, and perhaps suggest an expert who could comment
on our draft chapters on health, employment and accessibility?

Kind regards,
Leonie Farrugia
Policy Unit, Ministry of Social Affairs, Tessaly Islands"""),

dict(key="V6", topic="victim_assistance", secondary=[], lang="pt", hard=False,
 note="plain words: people hurt long ago in rural areas cannot reach physiotherapy; asks for a mobile rehabilitation team",
 frm=("Dra. Luísa Carvalhal", "l.carvalhal@saude.lusvara.example"),
 subject="Reabilitação para feridos nas aldeias do interior", fmt="plain", charset="utf-8", cte="8bit",
 body="""Prezados senhores,

Nas aldeias do interior da província de Montemor vivem dezenas de pessoas que
ficaram feridas há muitos anos pelas pequenas bombas lançadas na guerra. Para
fazer fisioterapia precisam de viajar dois dias até à capital, e a maioria
desiste.

Gostaríamos de criar uma equipa móvel de reabilitação que visite as aldeias.
Poderiam indicar-nos parceiros que apoiem este tipo de projeto, com
formação ou equipamento?

Com os melhores cumprimentos,
Dra. Luísa Carvalhal
Direção Nacional de Saúde, República de Lusvara"""),

dict(key="V7", topic="victim_assistance", secondary=[], lang="ar", hard=False,
 note="plain words: people injured years ago, children who lost a parent; asks support to include them in schools and social protection",
 frm=("د. ليلى الفارس", "l.alfares@social.qastara.example"),
 subject="دعم المصابين وأسرهم في محافظة الجنوب", fmt="alt", charset="utf-8", cte="b64",
 body="""السادة المحترمون،

في محافظة الجنوب مئات الأشخاص الذين أصيبوا قبل سنوات بالقنيبلات، وأطفال
فقدوا أحد والديهم بسببها. كثير منهم لا يحصلون على أي دعم اجتماعي، وبعض
الأطفال المصابين انقطعوا عن الدراسة.

نرغب في الحصول على مساعدة لوضع برنامج يضمن إدماجهم في المدارس وفي
برامج الحماية الاجتماعية، ونرحب بأي خبرة من دول أخرى.

مع التحية،
د. ليلى الفارس
وزارة الشؤون الاجتماعية - قسطارة"""),

dict(key="V8", topic="victim_assistance", secondary=[], lang="fr", hard=True,
 note="HARD(attachment_only_hint): bare cover note; only the RFC 2231 attachment name (survivors' needs assessment) gives the topic",
 frm=("Secrétariat du Directeur", "secretariat.dg@sante.marivelle.example"),
 subject="Transmission", fmt="mixed", charset="utf-8", cte="8bit",
 attachments=[("Évaluation_des_besoins_des_survivants_région_des_Collines.pdf", "pdf")],
 body="""Bonjour,

Ci-joint pour suite à donner.

Le secrétariat du Directeur général
Ministère de la Santé, Marivelle"""),

dict(key="V9", topic="victim_assistance", secondary=["clearance"], lang="es", hard=True,
 note="HARD(misleading_subject): subject says demining request, body asks for a prosthetics workshop for people injured",
 frm=("Dr. Hernán Quiroga", "hquiroga@hospital-rioseco.sanmartel.example"),
 subject="Solicitud - desminado Río Seco", fmt="plain", charset="windows-1252", cte="qp",
 body="""Estimados señores:

Les escribe el director del hospital regional de Río Seco. Sé que el
desminado de la zona lo lleva el ejército y avanza bien; no es por eso que
escribo, aunque así lo indique el asunto que me pidieron usar.

Lo que necesitamos es un taller de prótesis y órtesis en el hospital. Hoy las
personas que perdieron una pierna por las bombas tienen que viajar a la
capital y esperar meses. ¿Podrían ayudarnos a encontrar apoyo técnico y
financiero para montarlo y formar a dos técnicos?

Atentamente,
Dr. Hernán Quiroga
Director, Hospital Regional de Río Seco"""),

dict(key="V10", topic="victim_assistance", secondary=[], lang="en", hard=False,
 note="asks who should be the victim assistance focal point and what the role involves",
 frm=("Ahmed Karimov-Lane", "a.karimov@mfa.nordvale.example"),
 subject="Who should be our focal point for survivors?", fmt="plain", charset="us-ascii", cte="7bit",
 body="""Dear colleagues,

We were asked at the last meeting to name a national focal point for the
people affected by cluster munitions. Nobody in government is sure which
ministry should take this: health, social affairs or veterans.

What does the role actually involve, and where do other States usually place
it? A short description or terms of reference would help us convince the
ministries.

Regards,
Ahmed Karimov-Lane
Disarmament Desk, Ministry of Foreign Affairs, Nordvale"""),

dict(key="V11", topic="victim_assistance", secondary=[], lang="de", hard=False,
 note="plain words: people injured long ago; asks for examples of peer support groups led by survivors",
 frm=("Miriam Oberhauser", "m.oberhauser@sozial.nordheide.example"),
 subject="Selbsthilfegruppen für Verletzte", fmt="alt", charset="utf-8", cte="8bit",
 body="""Guten Tag,

in zwei Dörfern im Osten Nordheides leben Menschen, die vor vielen Jahren
durch Streumunition verletzt wurden. Sie möchten sich gegenseitig
unterstützen und eine Selbsthilfegruppe gründen, wissen aber nicht, wie.

Kennen Sie Beispiele aus anderen Ländern, in denen Überlebende solche Gruppen
selbst leiten, und gibt es Organisationen, die dabei beraten oder eine kleine
Anschubfinanzierung geben?

Viele Grüße
Miriam Oberhauser
Sozialministerium Nordheide, Referat Teilhabe"""),

dict(key="V12", topic="victim_assistance", secondary=[], lang="en", hard=True,
 note="HARD(forwarded_as_attachment): cover note only says 'see attached'; the attached message from the Health Minister asks for training of physiotherapists for survivors",
 frm=("Samuel Achterfeld", "s.achterfeld@mission.arkenland.example"),
 subject="Fw: request from our Minister of Health", fmt="fwd822", charset="utf-8", cte="7bit",
 body="""Dear ISU,

Please see the attached message from our Minister of Health. Grateful if you
could advise how best to take it forward.

Best,
Samuel Achterfeld
Counsellor, Permanent Mission of Arkenland, Geneva""",
 inner=dict(frm=("Hon. Dr. Miriam Osei-Tull", "minister@health.arkenland.example"), to=("Samuel Achterfeld", "s.achterfeld@mission.arkenland.example"),
  subject="Physiotherapy training for survivors", date="Mon, 14 Sep 2026 08:31:00 +0000",
  body="""Samuel,

Please pass this to the Convention people in Geneva. Our two rehabilitation
centres have equipment but not enough trained physiotherapists to treat the
people injured by bomblets in the north. We would like a partner to run a
one-year training course for fifteen physiotherapy assistants, and we can
provide the premises.

Miriam Osei-Tull
Minister of Health""")),

# ======================= reporting =======================
dict(key="R1", topic="reporting", secondary=[], lang="en", hard=False,
 note="plain words: the yearly paper for the UN about the bombs; never done it, asks what it is, when due and where to send it",
 frm=("Jonah Petrakis", "j.petrakis@mfa.tessaly.example"),
 subject="The yearly paper for the UN", fmt="plain", charset="utf-8", cte="7bit",
 body="""Hello,

I have just taken over the disarmament file and my predecessor left a note
saying "don't forget the yearly paper for the UN on the cluster bombs". There
is nothing else in the file.

Could you explain what this document is, when it has to be sent, to whom, and
whether there is a form I should use? I'd rather not miss the deadline in my
first year.

Many thanks,
Jonah Petrakis
Third Secretary, Ministry of Foreign Affairs, Tessaly Islands""" + MOBILE_EN),

dict(key="R2", topic="reporting", secondary=[], lang="fr", hard=False,
 note="plain words: the annual document sent to New York; asks which parts must be filled when nothing changed since last year",
 frm=("Constance Abena-Roux", "c.abena@mae.belmora.example"),
 subject="Le document annuel pour New York", fmt="alt", charset="utf-8", cte="qp",
 body="""Bonjour,

Chaque année nous envoyons à New York un document sur la mise en œuvre de la
Convention. Cette année rien n'a changé depuis l'an dernier : pas de stocks,
pas de zones touchées, pas de nouvelle loi.

Faut-il quand même remplir toutes les parties, ou peut-on simplement indiquer
« pas de changement » ? Et le délai est-il toujours fin avril ?

Merci beaucoup,
Constance Abena-Roux
Sous-direction du désarmement, Ministère des Affaires étrangères de Belmora"""),

dict(key="R3", topic="reporting", secondary=[], lang="es", hard=False,
 note="names only 'artículo 7': what goes in the article 7 form when the State has nothing to declare",
 frm=("Lic. Javier Montiel", "jmontiel@rree.valderia.example"),
 subject="Duda - artículo 7", fmt="plain", charset="utf-8", cte="qp",
 body="""Hola:

Una duda rápida sobre el artículo 7: nunca tuvimos existencias ni zonas
contaminadas. ¿Qué se pone en esas secciones del formulario? ¿Se dejan en
blanco o se escribe "no aplica"?

Gracias,
Javier Montiel
Cancillería de Valderia"""),

dict(key="R4", topic="reporting", secondary=["stockpile_destruction"], lang="en", hard=True,
 note="HARD(multi_topic): stock destruction finished in March; asks which form/section to use to show it in this year's report",
 frm=("Col. Matthias Ebbesen", "m.ebbesen@mod.arkenland.example"),
 subject="Stocks gone - how to show it?", fmt="alt", charset="utf-8", cte="7bit",
 body="""Dear ISU,

Good news: the last of our stockpiled cluster munitions was destroyed on 18
March at the Karro range. The destruction itself is done and needs no further
help.

My question is about paperwork: in the report we submit next April, where do we
show this? Which form, do we attach the destruction certificates, and do we
still report the few items kept for training in the same place?

Regards,
Col. Matthias Ebbesen
Ministry of Defence, Arkenland"""),

dict(key="R5", topic="reporting", secondary=[], lang="en", hard=True,
 note="HARD(reply_to_ack): reply to the acknowledgement of a submitted report: cover page had the wrong year, corrected version attached",
 frm=("Nadia Fernhill", "n.fernhill@mfa.dunmarch.example"),
 subject="Re: [CCM-2026-0447] Received: Dunmarch transparency report", reply_ack="CCM-2026-0447",
 fmt="mixed", charset="utf-8", cte="qp",
 attachments=[("Dunmarch_Art7_report_2025_corrected.pdf", "pdf")],
 body="""Dear colleagues,

Apologies - the report we sent last week has 2024 on the cover page instead of
2025. A corrected version is attached. Could you replace the earlier file
rather than publish both?

Best regards,
Nadia Fernhill
Arms Control Unit, Ministry of Foreign Affairs, Dunmarch

-----Original Message-----
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
Sent: 05 May 2026 14:20
Subject: [CCM-2026-0447] Received: Dunmarch transparency report

Your message has been received and registered as CCM-2026-0447."""),

dict(key="R6", topic="reporting", secondary=[], lang="es", hard=True,
 note="HARD(encoded_subject): windows-1252 Q-encoded subject carries the ask (extension of the 30 April deadline for the transparency report); body says 'see subject'",
 frm=("Misión de Valderia", "mision.ginebra@rree.valderia.example"),
 subject="Informe de transparencia – ¿es posible enviarlo después del 30 de abril?", subject_charset="windows-1252",
 fmt="plain", charset="iso-8859-1", cte="8bit",
 body="""Buenos días, ver asunto.
Muchas gracias.

Misión Permanente de Valderia"""),

dict(key="R7", topic="reporting", secondary=[], lang="fr", hard=False,
 note="report two years late; asks how to submit both missing years and whether a template exists",
 frm=("Issa Koné-Latour", "i.kone@mae.palestra.example"),
 subject="Retard dans nos rapports", fmt="plain", charset="windows-1252", cte="8bit",
 body="""Madame, Monsieur,

Je dois reconnaître que la République de Palestra n'a pas envoyé ses rapports
de transparence pour les deux dernières années, à la suite d'un changement
d'équipe.

Pouvons-nous envoyer un seul rapport couvrant les deux années, ou faut-il deux
rapports distincts ? Auriez-vous un modèle à jour et, si possible, quelqu'un
qui pourrait relire notre projet avant l'envoi ?

Bien à vous,
Issa Koné-Latour
Direction des Nations unies, Ministère des Affaires étrangères"""),

dict(key="R8", topic="reporting", secondary=[], lang="pt", hard=False,
 note="plain words: the annual report to the UN; asks for training for the officials who fill it in",
 frm=("Rui Tavares Nhaca", "r.nhaca@mne.lusvara.example"),
 subject="Formação sobre o relatório anual", fmt="alt", charset="iso-8859-1", cte="qp",
 body="""Exmos. Senhores,

Todos os anos temos dificuldade em preparar o relatório que enviamos às Nações
Unidas sobre a Convenção: cada ministério manda os dados num formato
diferente e nunca sabemos o que vai em cada quadro.

Seria possível organizar uma pequena formação, mesmo à distância, para os
cinco funcionários que preparam o relatório?

Atenciosamente,
Rui Tavares Nhaca
Ministério dos Negócios Estrangeiros, Lusvara"""),

dict(key="R9", topic="reporting", secondary=[], lang="ru", hard=False,
 note="asks whether the annual transparency report can be submitted in Russian and where the current forms are",
 frm=("Олег Ситников", "o.sitnikov@mid.zelovia.example"),
 subject="Ежегодный доклад: язык и формы", fmt="plain", charset="utf-8", cte="b64",
 body="""Уважаемые коллеги,

готовим ежегодный доклад о мерах транспарентности за прошлый год. Можно ли
представить его на русском языке, или обязательно на английском? И где
найти актуальные формы — в прошлом году мы пользовались старой версией,
и нам указали на ошибки.

С уважением,
Олег Ситников
Департамент международной безопасности, МИД Республики Зеловия"""),

dict(key="R10", topic="reporting", secondary=[], lang="en", hard=True,
 note="HARD(attachment_only_hint): bare cover note; only the attachment name (draft Article 7 report, Forms A-J) gives the topic",
 frm=("Front Office", "frontoffice@mission.nordvale.example"),
 subject="For review", fmt="mixed", charset="us-ascii", cte="7bit",
 attachments=[("Nordvale_draft_Article7_report_2026_FormsA-J.docx", "docx")],
 body="""Dear colleagues,

Attached for your review, as discussed.

Front Office
Permanent Mission of Nordvale"""),

dict(key="R11", topic="reporting", secondary=["clearance"], lang="fr", hard=False,
 note="boundary reporting vs clearance: clearance figures differ between operator and ministry; asks which figures to put in the report form",
 frm=("Sylvain Mboumba", "s.mboumba@cnlm.marivelle.example"),
 subject="Quels chiffres mettre dans le formulaire ?", fmt="plain", charset="utf-8", cte="8bit",
 body="""Bonjour,

Pour le rapport de transparence de cette année, les chiffres de dépollution
de l'opérateur (312 hectares) ne correspondent pas à ceux du ministère (287
hectares), car ils ne comptent pas les zones annulées de la même façon.

Les travaux sur le terrain, eux, se passent bien. Ma question : quel chiffre
devons-nous inscrire dans le formulaire, et faut-il expliquer l'écart dans une
note ?

Merci,
Sylvain Mboumba
Commission nationale de lutte antimines, Marivelle"""),

# ======================= legislation =======================
dict(key="L1", topic="legislation", secondary=[], lang="en", hard=False,
 note="plain words: a law for parliament so that anyone making, selling or keeping these bombs can be punished; asks drafting help",
 frm=("Hon. Patrice Oduya", "p.oduya@parliament.kesmaria.example"),
 subject="A law for parliament on cluster bombs", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear Sir/Madam,

I chair the Defence and Foreign Affairs Committee of the National Assembly of
Kesmaria. Several members want to put forward a law so that anyone who makes,
sells, moves or keeps these bombs in our country can be punished.

None of us is a lawyer specialised in this. Could you send us examples of laws
from other countries and perhaps arrange for an expert to look at our text
before it goes to the floor?

Yours sincerely,
Hon. Patrice Oduya, MP"""),

dict(key="L2", topic="legislation", secondary=[], lang="fr", hard=False,
 note="plain words: bill for parliament; asks review of penalties section",
 frm=("Maître Colette Dembélé", "c.dembele@justice.belmora.example"),
 subject="Relecture d'un projet de loi", fmt="alt", charset="utf-8", cte="qp",
 body="""Madame, Monsieur,

Le ministère de la Justice prépare un projet de loi qui sera soumis au
Parlement à la session d'automne pour interdire ces armes sur notre
territoire.

Nous hésitons sur les peines à prévoir (prison, amendes, confiscation) et sur
la manière de couvrir les actes commis à l'étranger par nos ressortissants.
Pourriez-vous nous proposer un juriste qui accepterait de relire le chapitre
sur les sanctions ?

Avec mes salutations distinguées,
Me Colette Dembélé
Conseillère juridique, Ministère de la Justice de Belmora"""),

dict(key="L3", topic="legislation", secondary=[], lang="es", hard=False,
 note="names only 'artículo 9': are existing arms laws enough or is a specific law needed",
 frm=("Dra. Camila Arrieta", "carrieta@justicia.sanmartel.example"),
 subject="Pregunta sobre el artículo 9", fmt="plain", charset="utf-8", cte="8bit",
 body="""Estimados:

En relación con el artículo 9: nuestra ley general de armas ya prohíbe las
armas "de efectos indiscriminados", pero no menciona expresamente este tipo de
municiones. ¿Basta con eso o los demás Estados han aprobado una ley
específica? Nos ayudaría un análisis breve o una lista de verificación.

Saludos,
Dra. Camila Arrieta
Asesoría Jurídica, Ministerio de Justicia de San Martel"""),

dict(key="L4", topic="legislation", secondary=[], lang="en", hard=False,
 note="boundary legislation vs general: not yet a State Party; asks which documents the President signs to join and what must be passed at home",
 frm=("Eleni Vassou", "e.vassou@presidency.orlanda.example"),
 subject="What do we need to sign to join?", fmt="alt", charset="utf-8", cte="7bit",
 body="""Dear colleagues,

Orlanda has not yet joined the Convention, but the President has asked us to
prepare everything so that we can do so next year.

What document exactly does the President have to sign, where is it sent, and
what do we need to pass in our own parliament beforehand or afterwards? A
model instrument and any guidance you have would be very welcome.

With best wishes,
Eleni Vassou
Legal Adviser, Office of the President, Orlanda"""),

dict(key="L5", topic="legislation", secondary=["stockpile_destruction"], lang="en", hard=True,
 note="HARD(multi_topic): drafting the implementing law; asks wording of the clause allowing the army to keep items for training; stockpile itself already handled",
 frm=("Rashida Collymore", "r.collymore@ag.tessaly.example"),
 subject="Training exception - wording for our bill", fmt="plain", charset="utf-8", cte="qp",
 body="""Dear ISU,

The Attorney General's Chambers is drafting Tessaly's implementing bill. The
army has already destroyed its stocks and decided how many items the EOD
school will keep - that part is settled.

What we need is the legal wording: how have other States written the exception
that allows a limited number to be kept for training without creating a
loophole in the offences section? Sample clauses and any commentary would be
very useful.

Kind regards,
Rashida Collymore
Senior Parliamentary Counsel, Attorney General's Chambers, Tessaly Islands""" + SIG_DISCLAIMER_EN),

dict(key="L6", topic="legislation", secondary=[], lang="fr", hard=True,
 note="HARD(forwarded_chain): legal adviser forwards a parliamentary committee question whether the existing arms law suffices and asks the ISU for model legislation",
 frm=("Laurent Tchibinda", "l.tchibinda@mae.marivelle.example"),
 subject="TR: Question de la commission des lois", fmt="plain", charset="iso-8859-1", cte="qp",
 body="""Bonjour,

Pour information et suite à donner : la commission des lois nous interroge
(voir ci-dessous). Pourriez-vous nous transmettre une loi type et nous dire si
d'autres États ont simplement modifié leur loi sur les armes ?

Laurent Tchibinda
Conseiller juridique, Ministère des Affaires étrangères de Marivelle

---------- Message d'origine ----------
De : Secrétariat de la commission des lois <commission.lois@assemblee.marivelle.example>
Envoyé : mardi 15 septembre 2026 16:40
À : Laurent Tchibinda
Objet : Question de la commission des lois

Monsieur le Conseiller,

Les membres de la commission souhaitent savoir si notre loi de 1998 sur les
armes et munitions suffit pour appliquer la Convention, ou s'il faut un texte
spécifique prévoyant des sanctions pénales. Une réponse écrite est attendue
avant le 30 octobre.

Le Secrétariat de la commission"""),

dict(key="L7", topic="legislation", secondary=[], lang="es", hard=True,
 note="HARD(html_only): HTML-only message asking for the model law and help with penal provisions",
 frm=("Mtro. Ernesto Galeano", "egaleano@congreso.valderia.example"),
 subject="Ley modelo y disposiciones penales", fmt="html", charset="utf-8", cte="qp",
 body="""<html><head><meta charset="utf-8"></head><body style="font-family:Calibri,sans-serif;font-size:11pt">
<p>Estimados señores:</p>
<p>La Comisión de Relaciones Exteriores del Congreso de Valderia prepara un proyecto de ley para aplicar la Convención en nuestro país.</p>
<p>Les agradecería que nos enviaran la <b>ley modelo</b> y ejemplos de <b>disposiciones penales</b> adoptadas por otros Estados, en particular sobre la ayuda o el financiamiento de actividades prohibidas.</p>
<p>Atentamente,<br>
<b>Mtro. Ernesto Galeano</b><br>
Asesor Legislativo<br>
Congreso de la República de Valderia</p>
</body></html>"""),

dict(key="L8", topic="legislation", secondary=[], lang="en", hard=False,
 note="plain words: police cannot charge someone caught selling such bombs because no law; asks help to fill the gap in the criminal code",
 frm=("Insp. Carlos Rebelo-Finn", "c.rebelo@police.orlanda.example"),
 subject="No law to charge arms dealer", fmt="plain", charset="utf-8", cte="7bit",
 body="""Good morning,

Last month our police stopped a broker offering to sell bomblet dispensers
across the border. The prosecutor says our criminal code has no offence that
clearly covers this, so he could only be charged with a customs violation.

We want to fix that gap. Could you help the Ministry of Justice with examples
of offences and penalties used in other countries' laws?

Regards,
Insp. Carlos Rebelo-Finn
Organised Crime Unit, National Police of Orlanda"""),

dict(key="L9", topic="legislation", secondary=["victim_assistance"], lang="en", hard=True,
 note="HARD(misleading_subject): subject mentions victim assistance, body asks whether the penal code must criminalise investing in producers",
 frm=("Thandiwe Roux", "t.roux@justice.dunmarch.example"),
 subject="Victim assistance - legal question", fmt="alt", charset="utf-8", cte="qp",
 body="""Dear colleagues,

I reused an old e-mail thread, hence the subject - my question is not about
survivors.

Our draft implementing act makes it an offence to assist anyone in prohibited
activities. The finance ministry asks whether this means pension funds
investing in companies that make these weapons would commit an offence, and
whether we should write a specific provision. How have other States handled
this in their legislation?

Best,
Thandiwe Roux
Legal Drafting Office, Ministry of Justice, Dunmarch"""),

dict(key="L10", topic="legislation", secondary=[], lang="es", hard=False,
 note="sends the preliminary draft law and asks comments before it goes to cabinet",
 frm=("Lic. Beatriz Olmedo", "bolmedo@cancilleria.valderia.example"),
 subject="Anteproyecto de ley - comentarios", fmt="mixed", charset="utf-8", cte="8bit",
 attachments=[("Anteproyecto_Ley_Municiones_en_Racimo_v3.docx", "docx")],
 body="""Estimados colegas:

Adjunto la tercera versión del anteproyecto de ley para aplicar la
Convención. Antes de enviarlo al Consejo de Ministros nos gustaría recibir sus
comentarios, sobre todo en los artículos sobre delitos y sanciones y sobre la
autoridad nacional responsable.

¿Sería posible tenerlos antes del 20 de noviembre?

Cordialmente,
Beatriz Olmedo
Dirección de Asuntos Jurídicos Internacionales, Cancillería de Valderia

Este mensaje y sus anexos son confidenciales. Si lo recibió por error,
por favor notifique al remitente y elimínelo."""),

dict(key="L11", topic="legislation", secondary=[], lang="es", hard=False,
 note="plain words: joining the treaty; which ratification documents and what the Congress must approve",
 frm=("Embajador Rafael Sotomayor", "rsotomayor@mrree.costaluna.example"),
 subject="Pasos para adherirnos", fmt="alt", charset="utf-8", cte="qp",
 body="""Estimados:

La República de Costa Luna quiere sumarse al tratado que prohíbe las bombas
de racimo. El Congreso nos pide un informe sobre qué debe aprobar y qué
documento firmaría el Presidente.

¿Podrían enviarnos el modelo de instrumento de adhesión y una guía sobre la
legislación nacional que habría que adoptar?

Atentamente,
Rafael Sotomayor
Embajador, Director General de Asuntos Multilaterales, Costa Luna"""),

# ======================= general =======================
dict(key="G1", topic="general", secondary=[], lang="en", hard=False,
 note="newly appointed official asks for an introductory meeting on what assistance exists overall",
 frm=("Amara Quist", "a.quist@mfa.orlanda.example"),
 subject="Introductory meeting", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear ISU,

I was appointed last week as Orlanda's new contact point for the Convention.
Before I start on anything specific, could we have a short call so that you
can explain what kinds of support the Unit and other States Parties can offer
and how requests usually work?

I am free most afternoons next week (Geneva time).

Best regards,
Amara Quist
Ministry of Foreign Affairs, Orlanda"""),

dict(key="G2", topic="general", secondary=["reporting", "legislation", "clearance"], lang="en", hard=True,
 note="HARD(ambiguous_general): asks equally for help with the report, the implementing law and a survey; no main ask",
 frm=("Victor Alderane", "v.alderane@mfa.sorrenta.example"),
 subject="Several things we need help with", fmt="alt", charset="utf-8", cte="7bit",
 body="""Dear colleagues,

Sorrenta is a small administration and we are behind on three things at the
same time, all equally urgent for us:

1. our report for this year is not done and we are unsure about the forms;
2. parliament wants a law but we have no draft;
3. we still have not surveyed the area near the northern border where bombs
   fell.

We would like to discuss all three with you together and see what support is
possible. Could we schedule a meeting?

Kind regards,
Victor Alderane
Ministry of Foreign Affairs, Sorrenta"""),

dict(key="G3", topic="general", secondary=[], lang="fr", hard=False,
 note="asks for sponsorship for a delegate to attend the Meeting of States Parties",
 frm=("Fatoumata Béavogui", "f.beavogui@mae.palestra.example"),
 subject="Parrainage pour l'Assemblée des États parties", fmt="plain", charset="utf-8", cte="qp",
 body="""Bonjour,

La République de Palestra souhaite envoyer un expert de la capitale à la
prochaine Assemblée des États parties, mais notre budget ne couvre pas le
voyage.

Existe-t-il un programme de parrainage et, si oui, quelle est la date limite
pour la demande ?

Cordialement,
Fatoumata Béavogui
Ministère des Affaires étrangères de Palestra"""),

dict(key="G4", topic="general", secondary=[], lang="es", hard=False,
 note="interested in the Country Coalition concept; asks how it works",
 frm=("Dra. Verónica Lanza", "vlanza@rree.valderia.example"),
 subject="Coalición de país", fmt="alt", charset="utf-8", cte="qp",
 body="""Estimados:

Escuchamos hablar del enfoque de "coalición de país" en la última reunión
entre períodos de sesiones. ¿Cómo funciona en la práctica, qué se espera del
Estado afectado y cómo se elige al Estado socio?

Valderia estaría interesada en explorarlo.

Saludos cordiales,
Verónica Lanza
Cancillería de Valderia"""),

dict(key="G5", topic="general", secondary=[], lang="en", hard=False,
 note="donor State offers unearmarked funding and asks which requests are open; no single topic",
 frm=("Henrik Vasstrand", "h.vasstrand@mfa.nordvale.example"),
 subject="Funding available for 2027", fmt="plain", charset="utf-8", cte="7bit",
 body="""Dear colleagues,

Nordvale will have some funds available in 2027 for cooperation under the
Convention and has not decided where to put them. Could the Unit share an
overview of open requests for assistance from affected States, whatever the
area, so that we can discuss priorities internally?

Best regards,
Henrik Vasstrand
Section for Humanitarian Disarmament, Ministry of Foreign Affairs, Nordvale"""),

dict(key="G6", topic="general", secondary=[], lang="en", hard=True,
 note="HARD(attachment_only_hint): bare cover note with an opaquely named scan; topic cannot be determined",
 frm=("Office of the Director", "director.office@mfa.corvania.example"),
 subject="Document", fmt="mixed", charset="us-ascii", cte="7bit",
 attachments=[("Scan_20260914_0012.pdf", "pdf")],
 body="""Please find attached.

Office of the Director
Ministry of Foreign Affairs, Corvania

Sent from my iPhone"""),

dict(key="G7", topic="general", secondary=[], lang="fr", hard=False,
 note="forwards an invitation (message/rfc822) and asks whether the ISU could present at the national workshop on the Convention in general",
 frm=("Didier Nzamba", "d.nzamba@mae.belmora.example"),
 subject="Invitation - atelier national sur la Convention", fmt="fwd822", charset="utf-8", cte="qp",
 body="""Bonjour,

Vous trouverez en pièce jointe l'invitation à l'atelier national que nous
organisons à Belmora du 2 au 4 décembre. L'Unité pourrait-elle y présenter la
Convention dans son ensemble et les possibilités de coopération ? Nous
pouvons prendre en charge l'hébergement.

Cordialement,
Didier Nzamba
Ministère des Affaires étrangères de Belmora""",
 inner=dict(frm=("Cabinet du Ministre", "cabinet@mae.belmora.example"), to=("Didier Nzamba", "d.nzamba@mae.belmora.example"),
  subject="Invitation : atelier national, 2-4 décembre", date="Thu, 10 Sep 2026 11:00:00 +0100",
  body="""Le Ministre des Affaires étrangères a l'honneur d'inviter les ministères
concernés à un atelier national sur la Convention sur les armes à sous-
munitions, du 2 au 4 décembre 2026, à l'hôtel du Fleuve.""")),

dict(key="G8", topic="general", secondary=[], lang="es", hard=False,
 note="asks for the calendar of upcoming meetings and intersessional dates",
 frm=("Martín Ugarte", "mugarte@mision.costaluna.example"),
 subject="Calendario de reuniones 2027", fmt="plain", charset="utf-8", cte="8bit",
 body="""Hola:

¿Podrían enviarnos las fechas confirmadas de las reuniones de 2027 (entre
períodos de sesiones y Reunión de los Estados Partes)? Necesitamos planificar
los viajes de la delegación.

Gracias,
Martín Ugarte
Misión Permanente de Costa Luna"""),

dict(key="G9", topic="general", secondary=[], lang="en", hard=True,
 note="HARD(reply_to_ack): reply to the acknowledgement of an introductory-meeting request, asking who is handling it and proposing a call time",
 frm=("Amara Quist", "a.quist@mfa.orlanda.example"),
 subject="Re: [CCM-2026-0452] Received: Introductory meeting", reply_ack="CCM-2026-0452",
 fmt="plain", charset="utf-8", cte="7bit",
 body="""Hello again,

Thanks for the acknowledgement. Could you let me know who in the Unit will be
my contact? I could do Tuesday 13 October at 15:00 Geneva time for the
introductory call.

Amara

> Your message has been received and registered as CCM-2026-0452.
> Please keep this reference in the subject of any reply."""),

dict(key="G10", topic="general", secondary=[], lang="de", hard=False,
 note="asks in general what services the ISU offers to a new State Party",
 frm=("Dr. Konstantin Reichl", "k.reichl@aussenamt.nordheide.example"),
 subject="Unterstützungsangebote für neue Vertragsstaaten", fmt="plain", charset="utf-8", cte="qp",
 body="""Sehr geehrte Damen und Herren,

Nordheide ist dem Übereinkommen im vergangenen Jahr beigetreten. Welche Arten
von Unterstützung bietet die Implementierungsunterstützungseinheit neuen
Vertragsstaaten allgemein an, und gibt es eine Übersicht oder ein
Einführungspaket?

Mit freundlichen Grüßen
Dr. Konstantin Reichl
Auswärtiges Amt Nordheide, Referat Abrüstung"""),

dict(key="G11", topic="general", secondary=["clearance", "victim_assistance", "reporting", "legislation"], lang="pt", hard=False,
 note="boundary general vs topic: asks help preparing a whole national strategy covering all obligations, weighted equally",
 frm=("Eng. Amílcar Sequeira", "a.sequeira@cnd.lusvara.example"),
 subject="Estratégia nacional", fmt="alt", charset="utf-8", cte="qp",
 body="""Caros colegas,

O Governo de Lusvara decidiu preparar uma estratégia nacional única para todas
as obrigações da Convenção (limpeza, assistência às vítimas, relatórios,
legislação) até 2030.

Gostaríamos de saber se a Unidade nos pode apoiar na elaboração do documento
como um todo e partilhar estratégias de outros países.

Cumprimentos,
Amílcar Sequeira
Comissão Nacional de Desminagem, Lusvara"""),

dict(key="G12", topic="general", secondary=["clearance"], lang="en", hard=True,
 note="HARD(enquiry_looks_like_noise): a forwarded newsletter with a real question on top: how can we join a Country Coalition like the one featured",
 frm=("Beatrix Hollis", "b.hollis@mfa.sorrenta.example"),
 subject="Fwd: Humanitarian Disarmament Weekly - Issue 212", fmt="plain", charset="utf-8", cte="qp",
 body="""Hi ISU team,

The item below on a Country Coalition caught our Minister's eye. Could
Sorrenta set up something similar? What would be the first steps and whom
should we talk to?

Thanks,
Beatrix

---------- Forwarded message ---------
From: Humanitarian Disarmament Weekly <news@hdweekly.example.net>
Date: Fri, 2 Oct 2026 at 07:00
Subject: Humanitarian Disarmament Weekly - Issue 212
To: <b.hollis@mfa.sorrenta.example>

HUMANITARIAN DISARMAMENT WEEKLY - Issue 212

* Country Coalition brings partners together for clearance in a border
  region - read more: http://hdweekly.example.net/212/1
* New guide on risk education in schools
* Job vacancies

You are receiving this because you subscribed at hdweekly.example.net.
Unsubscribe: http://hdweekly.example.net/unsub"""),

# ======================= not_an_enquiry =======================
dict(key="N1", topic="not_an_enquiry", secondary=[], lang="en", hard=False,
 note="out-of-office with Auto-Submitted",
 frm=("Jonah Petrakis", "j.petrakis@mfa.tessaly.example"),
 subject="Automatic reply: Meeting documents", fmt="plain", charset="utf-8", cte="7bit",
 headers={"Auto-Submitted": "auto-replied", "X-Auto-Response-Suppress": "All"},
 body="""Thank you for your message. I am out of the office until 19 October with
limited access to e-mail. For urgent matters please contact
disarmament@mfa.tessaly.example.

Jonah Petrakis"""),

dict(key="N2", topic="not_an_enquiry", secondary=[], lang="fr", hard=True,
 note="HARD(no_auto_headers): absence message without Auto-Submitted / X-Auto-Response-Suppress headers",
 frm=("Constance Abena-Roux", "c.abena@mae.belmora.example"),
 subject="Absente du bureau", fmt="plain", charset="iso-8859-1", cte="qp",
 body="""Bonjour,

Je suis absente jusqu'au 26 octobre inclus, en mission à l'étranger. Votre
message ne sera pas transféré. En cas d'urgence, merci de contacter le
secrétariat de la sous-direction au +999 22 410 0098.

Constance Abena-Roux"""),

dict(key="N3", topic="not_an_enquiry", secondary=[], lang="es", hard=False,
 note="DSN bounce as multipart/report (unknown user)",
 frm=("Mail Delivery Subsystem", "mailer-daemon@mx.rree.valderia.example"),
 subject="Notificación de estado de entrega (error)", fmt="dsn", charset="utf-8", cte="8bit",
 headers={"Auto-Submitted": "auto-replied"}, return_path="<>",
 dsn=dict(rcpt="jpalacios@rree.valderia.example", status="5.1.1", diag="smtp; 550 5.1.1 <jpalacios@rree.valderia.example>: Recipient address rejected: User unknown in local recipient table",
          orig_subject="[CCM-2026-0433] Received: Duda - artículo 7", mta="mx.rree.valderia.example"),
 body="""Este es el sistema de entrega de correo.

No se pudo entregar su mensaje a uno o más destinatarios:

  <jpalacios@rree.valderia.example>: la dirección no existe.

Se adjuntan los detalles técnicos."""),

dict(key="N4", topic="not_an_enquiry", secondary=["stockpile_destruction"], lang="en", hard=True,
 note="HARD(no_dsn_structure): plain-text bounce (no multipart/report) quoting an acknowledgement about stockpile destruction",
 frm=("MAILER-DAEMON", "MAILER-DAEMON@relay.defence.corvania.example"),
 subject="Returned mail: see transcript for details", fmt="plain", charset="us-ascii", cte="7bit",
 headers={"Auto-Submitted": "auto-replied"}, return_path="<>",
 body="""The original message was received at Mon, 12 Oct 2026 09:14:02 +0000
from mx1.ccm-isu.example [192.0.2.25]

   ----- The following addresses had permanent fatal errors -----
<o.tarrant@defence.corvania.example>
    (reason: 552 5.2.2 Mailbox full)

   ----- Transcript of session follows -----
... while talking to mail.defence.corvania.example.:
>>> DATA
<<< 552 5.2.2 <o.tarrant@defence.corvania.example>... Mailbox full
554 5.0.0 Service unavailable

   ----- Original message headers -----
From: CCM Implementation Support Unit <no-reply@ccm-isu.example>
To: o.tarrant@defence.corvania.example
Subject: [CCM-2026-0428] Received: Help needed with old bombs in our air force depot
Date: Mon, 12 Oct 2026 09:13:58 +0000"""),

dict(key="N5", topic="not_an_enquiry", secondary=["victim_assistance"], lang="en", hard=False,
 note="NGO newsletter with List-Unsubscribe about rehabilitation for survivors",
 frm=("Limbs for Tomorrow Newsletter", "newsletter@limbsfortomorrow.example.org"),
 subject="October update: 1,200 prosthetic fittings this year", fmt="alt", charset="utf-8", cte="qp",
 headers={"List-Id": "Limbs for Tomorrow updates <updates.limbsfortomorrow.example.org>",
          "List-Unsubscribe": "<https://limbsfortomorrow.example.org/unsub?u=8812>, <mailto:unsubscribe@limbsfortomorrow.example.org>",
          "List-Unsubscribe-Post": "List-Unsubscribe=One-Click", "Precedence": "bulk"},
 body="""LIMBS FOR TOMORROW - OCTOBER UPDATE

This year our workshops have fitted 1,200 prosthetic limbs, many of them for
people injured by explosive remnants decades ago.

- New mobile clinic launched in the eastern provinces
- Survivor story: "I can walk my daughter to school again"
- Donate: https://limbsfortomorrow.example.org/give

You receive this newsletter because you signed up at an event.
Unsubscribe: https://limbsfortomorrow.example.org/unsub?u=8812"""),

dict(key="N6", topic="not_an_enquiry", secondary=["reporting"], lang="en", hard=True,
 note="HARD(lookalike_noise): phishing imitating an Article 7 reporting portal password expiry",
 frm=("CCM Reporting Portal", "security@ccm-reporting-portal.example.com"),
 subject="Action required: your Article 7 reporting account expires in 24 hours", fmt="html", charset="utf-8", cte="qp",
 headers={"Authentication-Results": "mx1.ccm-isu.example; spf=fail smtp.mailfrom=ccm-reporting-portal.example.com; dkim=none"},
 body="""<html><body style="font-family:Arial,sans-serif">
<p>Dear State Party user,</p>
<p>Your access to the <b>Article 7 Transparency Reporting Portal</b> will expire in <b>24 hours</b>. To keep submitting your annual report before the 30 April deadline, please verify your credentials now.</p>
<p><a href="http://ccm-reporting-portal.example.com/verify?id=77120" style="background:#c00;color:#fff;padding:8px 16px;text-decoration:none">Verify account</a></p>
<p style="font-size:10px;color:#888">This is an automated security message. Do not reply.</p>
</body></html>"""),

dict(key="N7", topic="not_an_enquiry", secondary=[], lang="es", hard=False,
 note="read receipt (multipart/report disposition-notification)",
 frm=("Javier Montiel", "jmontiel@rree.valderia.example"),
 subject="Leído: [CCM-2026-0433] Received: Duda - artículo 7", fmt="mdn", charset="utf-8", cte="8bit",
 mdn=dict(orig_rcpt="jmontiel@rree.valderia.example", orig_mid="<ccm-2026-0433.ack@ccm-isu.example>"),
 body="""Su mensaje

  Para: jmontiel@rree.valderia.example
  Asunto: [CCM-2026-0433] Received: Duda - artículo 7

fue leído el martes, 6 de octubre de 2026 11:02."""),

dict(key="N8", topic="not_an_enquiry", secondary=["clearance"], lang="en", hard=True,
 note="HARD(lookalike_noise): automatic helpdesk ticket acknowledgement that replies to an intake reference about survey support",
 frm=("Kesmaria MAC Helpdesk", "helpdesk@mineaction.kesmaria.example"),
 subject="Re: [CCM-2026-0431] Received: Survey support for Tembe and Lusaba districts [Ticket #58213]",
 reply_ack="CCM-2026-0431", fmt="plain", charset="utf-8", cte="7bit",
 headers={"Auto-Submitted": "auto-generated", "X-Auto-Response-Suppress": "All", "Precedence": "auto_reply"},
 body="""This is an automated response. Do not reply to this message.

Your request has been logged with the Kesmaria Mine Action Centre helpdesk
as ticket #58213 (category: Survey / Clearance). A member of staff will
contact you within 5 working days.

Track your ticket: http://helpdesk.mineaction.kesmaria.example/t/58213"""),

dict(key="N9", topic="not_an_enquiry", secondary=["clearance"], lang="fr", hard=False,
 note="French mailing-list bulletin on demining news, List-Unsubscribe",
 frm=("Bulletin Terres Sûres", "bulletin@terres-sures.example.org"),
 subject="Terres Sûres n°48 – la dépollution avance dans la vallée de l'Oumé", fmt="alt", charset="utf-8", cte="qp",
 headers={"List-Id": "<bulletin.terres-sures.example.org>",
          "List-Unsubscribe": "<mailto:desinscription@terres-sures.example.org?subject=unsubscribe>",
          "Precedence": "list"},
 body="""TERRES SÛRES – Bulletin n°48

À la une : 140 hectares rendus aux agriculteurs dans la vallée de l'Oumé.

Aussi dans ce numéro :
– Portrait d'une équipe de démineuses
– Agenda des formations du trimestre

Pour vous désinscrire, répondez avec « désinscription » en objet."""),

dict(key="N10", topic="not_an_enquiry", secondary=[], lang="en", hard=False,
 note="commercial spam for a conference/event package",
 frm=("Global Summit Events", "offers@globalsummit-events.example.com"),
 subject="Exclusive: 40% off delegate packages - Defence & Security Expo 2027", fmt="alt", charset="utf-8", cte="qp",
 headers={"List-Unsubscribe": "<http://globalsummit-events.example.com/u?id=ccm>", "Precedence": "bulk"},
 body="""Dear Decision Maker,

Secure your place at Defence & Security Expo 2027 with our early-bird delegate
package: 40% off until Friday! Includes VIP lounge, gala dinner and
networking app.

Book now: http://globalsummit-events.example.com/book

Unsubscribe: http://globalsummit-events.example.com/u?id=ccm"""),
]
