# Arabic translation of locales/sv/flow.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren: the questions, answers and results.
# Plain Modern Standard Arabic: short sentences, everyday words, one idea per message.
# Phone numbers and links are shown by the app next to the text; do not write them here.
# Facts come from Arbetsförmedlingen's report "Likvärdig service i hela landet" (2021-10-01).
# Promise nothing that the report does not say.

## Question: errand

q-errand-title = ما الذي تحتاج المساعدة فيه؟
q-errand-hint = اختر ما يناسبك أكثر.
q-errand-error = اختر ما الذي تحتاج المساعدة فيه
q-errand-check = المعاملة

errand-register = التسجيل كباحث عن عمل
errand-activity-report = تقديم تقرير النشاط (aktivitetsrapport)
errand-find-jobs = البحث عن عمل أو إنشاء ملف شخصي
errand-find-jobs-hint = مثلًا في Platsbanken (إعلانات الوظائف) أو Mina profiler (ملف شخصي يراه أصحاب العمل).
errand-planning = أسئلة عن خطتي أو عن قرار
errand-planning-hint = مثلًا قرار عن nystartsjobb أو عن Rusta och matcha. وظيفة nystartsjobb عمل يحصل فيه صاحب العمل على دعم مقابل توظيفك. أما Rusta och matcha فهي دعم من مقدّم خدمة لمساعدتك على الحصول على عمل أو بدء الدراسة.
errand-forms = الحصول على استمارات أو شهادات أو تسليمها
errand-guidance = إرشاد حول العمل أو الدراسة
errand-disability = الحصول على دعم لأن لديّ إعاقة أو أحتاج إلى إعادة تأهيل
errand-etablering = أسئلة عن برنامج التأسيس (etableringsprogrammet)
errand-provider = أتلقى الدعم من مقدّم خدمة (leverantör) تتعاقد معه Arbetsförmedlingen (مكتب العمل السويدي)
errand-provider-hint = مثلًا Rusta och matcha، أو خدمة أخرى تشتريها Arbetsförmedlingen من مقدّم خدمة.
errand-other = شيء آخر، أو لا أعرف

## Question: e-legitimation

q-eid-title = هل لديك هوية إلكترونية (e‑legitimation)؟
q-eid-hint = مثلًا BankID أو Freja eID Plus. بها تُثبت هويتك على الإنترنت. الهوية الإلكترونية على بطاقة الهوية من مصلحة الضرائب (Skatteverket) لا تعمل لدى Arbetsförmedlingen (مكتب العمل السويدي).
q-eid-error = اختر إن كانت لديك هوية إلكترونية أم لا
q-eid-check = الهوية الإلكترونية

eid-yes = نعم
eid-no = لا
eid-dont-know = لا أعرف

## Question: the web

q-digital-title = هل تستطيع استخدام الخدمات على الإنترنت؟
q-digital-hint = مثلًا تسجيل الدخول، وكتابة المعلومات، وإرسالها.
q-digital-error = اختر إن كنت تستطيع استخدام الخدمات على الإنترنت أم لا
q-digital-check = الخدمات على الإنترنت

digital-alone = نعم، أستطيع ذلك وحدي
digital-with-help = نعم، لكني أحتاج إلى بعض المساعدة
digital-not-at-all = لا

## Question: language support

q-language-support-title = هل تحتاج إلى مساعدة بلغة غير السويدية؟
q-language-support-hint = أجب بنعم إذا كان صعبًا عليك أن تتكلم السويدية أو تقرأها.
q-language-support-error = اختر إن كنت تحتاج إلى مساعدة بلغة أخرى أم لا
q-language-support-check = المساعدة بلغة أخرى

## Question: adaptations

q-adaptations-title = هل تحتاج إلى تسهيلات بسبب إعاقة؟
q-adaptations-hint = قد يتعلق ذلك مثلًا بالبصر، أو السمع، أو الحركة، أو القراءة والفهم.
q-adaptations-error = اختر إن كنت تحتاج إلى تسهيلات أم لا
q-adaptations-check = التسهيلات

## Yes and no answers (language support and adaptations)

answer-yes = نعم
answer-no = لا

## Question: municipality

q-municipality-title = في أي بلدية (kommun) تسكن؟
q-municipality-hint = أجب، وسنعرض لك أماكن قريبة منك. يمكنك أيضًا تخطّي هذا السؤال.
q-municipality-error = اختر بلدية من القائمة أو تخطَّ السؤال
q-municipality-check = البلدية
municipality-skip = تخطّي السؤال
municipality-skipped = بدون إجابة

## The routes

route-digital-title = استخدم موقع Arbetsförmedlingen
route-digital-summary = تقوم بذلك بنفسك على الإنترنت، في الوقت الذي يناسبك.
route-remote-title = اتصل بـ Arbetsförmedlingen أو راسلها في الدردشة
route-remote-summary = تتصل بالهاتف أو تكتب في الدردشة. لا تحتاج إلى الذهاب إلى أي مكان.
route-service-office-title = اذهب إلى مكتب الخدمة (servicekontor)
route-service-office-summary = يساعدك موظفو Statens servicecenter (مراكز الخدمة الحكومية) هناك. لا تحتاج إلى حجز موعد.
route-booked-meeting-title = اطلب لقاءً بموعد مسبق مع Arbetsförmedlingen
route-booked-meeting-summary = اتصل واسأل عن لقاء. لا يمكنك حجز اللقاء هنا في Vägvisaren.
route-provider-meeting-title = تواصل مع مقدّم الخدمة الخاص بك
route-provider-meeting-summary = مقدّم الخدمة هو جهة الاتصال الرئيسية لك خلال الخدمة.

## Phone and links (the app shows the number or address next to the text)

contact-jobseeker-line = هاتف Arbetsförmedlingen للباحثين عن عمل
contact-etablering-line = هاتف Arbetsförmedlingen لبرنامج التأسيس
contact-employer-line = هاتف Arbetsförmedlingen لأصحاب العمل
contact-staff-line = هاتف لموظفي الجهات الحكومية والبلديات وصناديق البطالة (a‑kassa)

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Why this route

reason-register-digital = لديك هوية إلكترونية وتستطيع استخدام الإنترنت وحدك. لذلك أسهل طريقة هي التسجيل على الإنترنت. معظم الناس يفعلون ذلك.
reason-register-no-eid = تحتاج إلى هوية إلكترونية لتسجّل نفسك بالكامل على الإنترنت. بدونها تُكمل تسجيلك في مكتب خدمة (servicekontor).
reason-register-with-help = تريد مساعدة في استخدام الإنترنت. في مكتب الخدمة يساعدك الموظفون على التسجيل.
reason-activity-report-digital = لديك هوية إلكترونية وتستطيع استخدام الإنترنت وحدك. لذلك تقدّم تقرير النشاط في Mina sidor. يفعل ذلك الجميع تقريبًا.
reason-activity-report-no-eid = تحتاج إلى هوية إلكترونية لتقديم تقرير النشاط على الإنترنت. بدونها تملأ استمارة تقرير النشاط (Aktivitetsrapport). ترسلها بالبريد أو تسلّمها في مكتب خدمة. يجب أن تصل قبل اليوم الرابع عشر أو فيه.
reason-activity-report-with-help = تريد مساعدة في استخدام الإنترنت. في مكتب الخدمة يساعدك الموظفون على تقديم تقرير النشاط.
reason-find-jobs-digital = في Platsbanken ترى الإعلانات نفسها أينما تسكن في السويد. تستطيع استخدام الإنترنت وحدك، لذلك يمكنك أن تبدأ فورًا.
reason-find-jobs-with-help = في مكتب الخدمة يمكنك استخدام كمبيوتر والحصول على مساعدة في البحث عن عمل على الإنترنت.
reason-planning-remote = تجري Arbetsförmedlingen محادثات التخطيط بالهاتف. ويمكنها أن تتخذ كثيرًا من القرارات دون أن تلتقي بك.
reason-forms-service-office = في مكتب الخدمة يمكنك الحصول على الاستمارات والشهادات، وتعبئتها، وتسليمها. لا تحتاج إلى حجز موعد.
reason-guidance-digital = على arbetsformedlingen.se توجد معلومات عن المهن والتعليم. إذا احتجت إلى دعم أكبر، يمكنك أن تسأل Arbetsförmedlingen عن الإرشاد المهني (karriärvägledning). عندها يساعدك مرشد لدى مقدّم خدمة.
reason-guidance-remote = أجبت بأنك لا تستطيع استخدام الخدمات على الإنترنت. اتصل بـ Arbetsförmedlingen وتحدّث عن العمل والدراسة.
reason-disability-booked-meeting = إذا كنت تحتاج إلى دعم كبير، يمكنك الحصول على لقاء بموعد مسبق. تقيّم Arbetsförmedlingen معك أولًا ما تحتاج إليه.
reason-etablering-remote-language = إذا كنت مسجَّلًا في برنامج التأسيس، يمكنك الحصول على مساعدة عبر الهاتف بالعربية والإنجليزية والفارسية والصومالية والتغرينية.
reason-etablering-remote = يمكنك طرح أسئلتك عن برنامج التأسيس بالهاتف أو في الدردشة.
reason-etablering-booked-meeting = أجبت بأنك لا تستطيع استخدام الإنترنت أو بأنك تحتاج إلى تسهيلات خاصة. لذلك قد يناسبك لقاء بموعد مسبق أكثر. تقيّم Arbetsförmedlingen معك إن كنت تحتاج إليه.
reason-provider-meeting = عندما تشارك في خدمة لدى مقدّم خدمة، يكون مقدّم الخدمة جهة الاتصال الرئيسية لك. يقدّم لك مقدّم الخدمة لقاءات وأنشطة. خدمة Stöd och matchning لم تعد موجودة. في كانون الأول/ديسمبر 2021 حلّت محلها Rusta och matcha، وهي دعم من مقدّم خدمة لمساعدتك على الحصول على عمل أو بدء الدراسة (Arbetsförmedlingen، 1 تشرين الأول/أكتوبر 2021).
reason-other-digital = تستطيع استخدام الإنترنت وحدك. على arbetsformedlingen.se توجد معلومات كثيرة وخدمات كثيرة.
reason-other-remote = يمكنك طرح أسئلتك على هاتف Arbetsförmedlingen، وسيخبرونك كيف تحصل على المساعدة في معاملتك.

## Steps: what you do now

step-visit-service-office = اذهب إلى مكتب الخدمة في الوقت الذي يناسبك.
step-call-jobseeker-line = اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي).
step-chat = يمكنك أيضًا الكتابة في الدردشة على arbetsformedlingen.se. يرد أولًا روبوت دردشة. غالبًا ما يصعب الوصول إلى موظف من Arbetsförmedlingen في الدردشة.
step-learn-digital = هل تريد أن تصبح أكثر ثقة في استخدام الإنترنت؟ Digitala jag موقع على الإنترنت يمكنك أن تتعلم فيه المزيد.
step-needs-assessment = تقيّم Arbetsförmedlingen (مكتب العمل السويدي) معك إن كنت تحتاج إلى لقاء بموعد مسبق.
step-meeting-by-phone-or-video = يمكن أن يكون اللقاء بموعد مسبق أيضًا عبر الهاتف أو الفيديو.
step-register-online = سجّل نفسك كباحث عن عمل على arbetsformedlingen.se. استخدم هويتك الإلكترونية لتسجيل الدخول.
step-register-book-first-meeting = عندما تسجّل نفسك، تحجز غالبًا موعدًا لمحادثة تخطيط. وقد تتصل بك Arbetsförmedlingen مباشرة. إذا كنت ستبدأ العمل أو الدراسة خلال ثلاثة أشهر، فلا تحتاج إلى حجز محادثة.
step-register-identify-in-person = يساعدك الموظفون على إكمال تسجيلك. تُحسب مسجّلًا من اليوم الذي تكون فيه في مكتب الخدمة.
step-register-send-form = يمكنك أن تبدأ التسجيل على arbetsformedlingen.se أولًا. سجّل الدخول باسم مستخدم وكلمة مرور. ثم تُكمل في مكتب الخدمة.
step-register-staff-help = يساعدك الموظفون على التسجيل على الإنترنت.
step-log-in-mina-sidor = سجّل الدخول إلى Mina sidor، صفحتك الشخصية على arbetsformedlingen.se. استخدم هويتك الإلكترونية.
step-activity-report-online = قدّم تقرير النشاط في Mina sidor بين اليوم الأول واليوم الرابع عشر من كل شهر.
step-activity-report-staff-help = يساعدك الموظفون على طباعة الاستمارة وملئها. يمكنك أن تسلّمها هناك.
step-platsbanken = ابحث عن عمل في Platsbanken، وهي إعلانات الوظائف على arbetsformedlingen.se.
step-mina-profiler = أنشئ ملفًا شخصيًا في Mina profiler. يرى أصحاب العمل الملف ويمكنهم أن يجدوك.
step-job-alerts = يمكنك أن تحصل على بريد إلكتروني عن الإعلانات الجديدة التي تناسب ملفك الشخصي.
step-service-office-computers = هناك يمكنك استخدام كمبيوتر والحصول على مساعدة في خدمات Arbetsförmedlingen (مكتب العمل السويدي) على الإنترنت.
step-have-decision-ready = ضع خطتك أو القرار أمامك عندما تتصل.
step-forms-get-fill-in = هناك يمكنك الحصول على استمارة وتعبئتها.
step-forms-hand-in = يمكنك أيضًا تسليم الاستمارات والشهادات هناك.
step-guidance-online = استخدم الإرشاد المهني على arbetsformedlingen.se.
step-guidance-book-remote-meeting = هل تريد أن تتحدث مع أحد عن النتيجة؟ يمكنك حجز لقاء بالهاتف أو بالفيديو.
step-guidance-ask = قل إنك تريد إرشادًا حول العمل أو الدراسة.
step-call-tell-needs = اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي) وأخبرهم بما تحتاج إليه.
step-play-webinars = على Arbetsförmedlingen Play توجد ندوات عبر الإنترنت (ويبينار) عن إعادة التأهيل المهني.
step-play-sign-language = بعض الندوات عبر الإنترنت على Arbetsförmedlingen Play متوفرة بلغة الإشارة.
step-call-etablering-line = اتصل بهاتف Arbetsförmedlingen (مكتب العمل السويدي) لبرنامج التأسيس.
step-etablering-line-who = هذا الرقم لك إذا كنت مسجَّلًا في برنامج التأسيس.
step-call-ask-meeting-etablering = اتصل بهاتف برنامج التأسيس واسأل عن لقاء بموعد مسبق.
step-call-ask-meeting = اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي) واسأل عن لقاء بموعد مسبق.
step-contact-provider = تواصل مع مقدّم الخدمة الخاص بك بخصوص اللقاءات والأنشطة.
step-provider-remote = هل تشارك في Rusta och matcha، وهي خدمة أخرى تشتريها Arbetsförmedlingen من مقدّم خدمة؟ عندها تلتقي بمشرفك كل أسبوعين. وتلتقيان حضوريًا لدى مقدّم الخدمة مرة كل أربعة أسابيع على الأقل. اسأل مقدّم الخدمة كيف تجري اللقاءات الأخرى.
step-decisions-arbetsformedlingen = Arbetsförmedlingen (مكتب العمل السويدي) هي التي تتخذ القرارات، وليس مقدّم الخدمة. هل لديك أسئلة عن قرار؟ اسأل Arbetsförmedlingen.
step-read-online = اقرأ عن معاملتك على arbetsformedlingen.se.
step-describe-errand = قل ما الذي تحتاج المساعدة فيه، وستعرف ماذا تفعل.

## Other routes that also work

alt-remote-questions = هل لديك أسئلة؟ اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي).
alt-service-office-contact = اذهب إلى مكتب الخدمة. إذا احتجت إلى ذلك، يمكن للموظفين أن يساعدوك على التواصل مع موظف من Arbetsförmedlingen (arbetsförmedlare).
alt-service-office-web-help = اذهب إلى مكتب الخدمة إذا كنت تريد مساعدة في استخدام الإنترنت. لا تحتاج إلى حجز موعد.
alt-service-office-register = هل تريد مساعدة في التسجيل؟ اذهب إلى مكتب الخدمة. لا تحتاج إلى حجز موعد.
alt-digital-mina-sidor = يمكنك متابعة معاملتك في Mina sidor، صفحتك الشخصية على arbetsformedlingen.se. تحتاج إلى هوية إلكترونية.
alt-remote-which-form = لا تعرف أي استمارة تحتاج؟ اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي) واسأل.
alt-remote-informative = اتصل بخدمة العملاء إذا أردت معلومات أو أردت أن تعرف كيف تتابع.
alt-chat-tell-needs = هل تفضّل الكتابة على الاتصال؟ اكتب في الدردشة على arbetsformedlingen.se. يرد أولًا روبوت دردشة. قد يصعب الوصول هناك إلى موظف من Arbetsförmedlingen (مكتب العمل السويدي).
alt-booked-meeting-ask = هل تحتاج إلى لقاء مع Arbetsförmedlingen؟ اسأل عن لقاء بموعد مسبق عندما تتصل. تقيّم Arbetsförmedlingen إن كنت تحتاج إليه.
alt-remote-etablering-language = يمكنك أيضًا الحصول على مساعدة عبر الهاتف بالعربية والإنجليزية والفارسية والصومالية والتغرينية.
alt-remote-decisions = هل لديك أسئلة عن قرار؟ اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي).
alt-remote-right-way = لا تجد الجواب؟ اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي)، وسيخبرونك كيف تحصل على المساعدة.

## Keep in mind (shown with each result when it applies to you)

note-language-support = هل تحتاج إلى مساعدة بلغتك في مكتب الخدمة؟ أخبر الموظفين. لديهم خط هاتف خاص إلى Arbetsförmedlingen (مكتب العمل السويدي) لهذا الغرض.
note-adaptations-tell = أخبر Arbetsförmedlingen (مكتب العمل السويدي) بما تحتاج إليه عندما تتواصل معها.
note-adaptations-booked-meeting = إذا كنت تحتاج إلى لقاء مع Arbetsförmedlingen، يمكنك الحصول على لقاء بموعد مسبق. تقيّم Arbetsförmedlingen أولًا ما الذي تحتاج إليه.
note-adaptations-sign-language = بعض الندوات عبر الإنترنت على Arbetsförmedlingen Play متوفرة بلغة الإشارة.
note-protected-identity = هل بياناتك الشخصية سرّية لأسباب أمنية؟ يُسمّى ذلك بالسويدية skyddade personuppgifter، ويعني أن عنوانك ومعلومات أخرى عنك يجب أن تبقى سرًّا، مثلًا لأن أحدًا يهددك. في هذه الحالة لا تستخدم استمارات Arbetsförmedlingen (مكتب العمل السويدي) على الإنترنت. في بعض المعاملات يجب أن ترسل الأوراق بالبريد. اسأل Arbetsförmedlingen ماذا تفعل في معاملتك.
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = قد يكون من الصعب الوصول إلى Arbetsförmedlingen. قالت Arbetsförmedlingen نفسها لأمين المظالم البرلماني (Justitieombudsmannen، JO) إن نحو نصف المكالمات وتسعًا من كل عشر محاولات للدردشة لم يُرَدّ عليها بين نوفمبر 2023 ونوفمبر 2024. لا تستطيع الوصول إليهم؟ اذهب إلى مكتب الخدمة (servicekontor). يمكن للموظفين هناك أن يساعدوك على التواصل مع موظف من Arbetsförmedlingen.

## Platsen i rekommendationen (domain/src/place.rs): var personen ska gå, sagt direkt under vägen

place-no-municipality = هل تريد أن تعرف أين يوجد أقرب مكان؟ ارجع واختر بلديتك.
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = يوجد مكتب خدمة في { $place }.
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = توجد مكاتب خدمة في { $municipality }، وعددها { $count }. تجدها في الأسفل، تحت «بالقرب منك».
place-office-confirmed = يقول مصدر من بعد عام 2021 إن المكتب قد فُتح.
place-office-listed-2021 = هذه المعلومة من تقرير Arbetsförmedlingen (مكتب العمل السويدي) لعام 2021. لم يؤكدها أي مصدر لاحق. اطّلع على أوقات العمل في statenssc.se/besokservicekontor قبل أن تذهب.
place-office-fewer-days = أصبح المكتب الآن يفتح أيامًا أقل في الأسبوع من قبل.
# $municipality (String) - the person's municipality; $precision (String) - day, month or none: how exact the date is; $date (String) - the last day open, or the month, in the reader's language.
place-office-closed =
    { $precision ->
        [day] أُغلق مكتب الخدمة في { $municipality } في { $date }.
        [month] أُغلق مكتب الخدمة في { $municipality } في { $date }.
       *[none] أُغلق مكتب الخدمة في { $municipality }.
    }
# $municipality (String) - the person's municipality; $precision (String) - day, month or none; $date (String) - when it is to close, in the reader's language.
place-office-closing =
    { $precision ->
        [day] سيُغلق مكتب الخدمة في { $municipality } في { $date }. قد يكون مغلقًا بالفعل.
        [month] سيُغلق مكتب الخدمة في { $municipality } في { $date }. قد يكون مغلقًا بالفعل.
       *[none] سيُغلق مكتب الخدمة في { $municipality }. قد يكون مغلقًا بالفعل.
    }
# $municipality (String) - the person's municipality.
place-office-reopening = أُغلق مكتب الخدمة في { $municipality }. سيُفتح مرة أخرى، لكننا لا نعرف متى.
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = كان مكتب خدمة في { $municipality } مخطَّطًا له في عام 2021. لم نجد أي مصدر يقول إنه فُتح. اطّلع على statenssc.se/besokservicekontor.
# $municipality (String) - the person's municipality.
place-no-office = لا نعرف أي مكتب خدمة في { $municipality }.
place-check-finder = اطّلع على أوقات العمل في statenssc.se/besokservicekontor قبل أن تذهب.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] أقرب مكاتب الخدمة في { $first } و{ $second }، على بُعد { $km } كم تقريبًا بخط مستقيم.
       *[single] أقرب مكتب خدمة في { $first }، على بُعد { $km } كم تقريبًا بخط مستقيم.
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = لدى Arbetsförmedlingen (مكتب العمل السويدي) مكتب فيه موظفون في { $place }. يمكنك الحصول على لقاء بموعد مسبق هناك.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = يسافر موظفو Arbetsförmedlingen (مكتب العمل السويدي) إلى { $place } من أجل اللقاءات بموعد مسبق.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = تعقد Arbetsförmedlingen (مكتب العمل السويدي) لقاءات بموعد مسبق في { $place }، في أماكن تستخدمها البلدية أو Statens servicecenter (مراكز الخدمة الحكومية) أيضًا.
place-presence-2021 = المعلومات عن اللقاءات بموعد مسبق من تقرير Arbetsförmedlingen (مكتب العمل السويدي) لعام 2021. لم يؤكدها أي مصدر لاحق.
# $municipality (String) - the person's municipality.
place-no-presence = حسب تقرير عام 2021، لا تعقد Arbetsförmedlingen (مكتب العمل السويدي) لقاءات بموعد مسبق في { $municipality }.
# $municipality (String) - the person's municipality.
place-presence-pending = حسب تقرير عام 2021، كانت Arbetsförmedlingen (مكتب العمل السويدي) ستبدأ لقاءات بموعد مسبق في { $municipality }. لا نعرف إن حدث ذلك.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] أقرب لقاءات بموعد مسبق في { $first } و{ $second }، على بُعد { $km } كم تقريبًا بخط مستقيم.
       *[single] أقرب لقاءات بموعد مسبق في { $first }، على بُعد { $km } كم تقريبًا بخط مستقيم.
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = اذهب إلى مكتب الخدمة في { $place } في الوقت الذي يناسبك.
# $municipality (String) - the person's municipality.
step-visit-offices-here = اذهب إلى أحد مكاتب الخدمة في { $municipality } في الوقت الذي يناسبك.
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = اذهب إلى أقرب مكتب خدمة، في { $place }، في الوقت الذي يناسبك.
