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
q-eid-hint = مثلًا BankID أو Freja eID. بها تُثبت هويتك على الإنترنت.
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
reason-register-no-eid = تحتاج إلى هوية إلكترونية لتسجّل على الإنترنت. بدونها تسجّل حضوريًا وتُظهر وثيقة هويتك (legitimation).
reason-register-with-help = تريد مساعدة في استخدام الإنترنت. في مكتب الخدمة يساعدك الموظفون على التسجيل.
reason-activity-report-digital = لديك هوية إلكترونية وتستطيع استخدام الإنترنت وحدك. لذلك تقدّم تقرير النشاط في Mina sidor. يفعل ذلك الجميع تقريبًا.
reason-activity-report-no-eid = تحتاج إلى هوية إلكترونية لتسجيل الدخول إلى Mina sidor، صفحتك الشخصية على arbetsformedlingen.se. في مكتب الخدمة تحصل على مساعدة في تقديم تقرير النشاط.
reason-activity-report-with-help = تريد مساعدة في استخدام الإنترنت. في مكتب الخدمة يساعدك الموظفون على تقديم تقرير النشاط.
reason-find-jobs-digital = في Platsbanken ترى الإعلانات نفسها أينما تسكن في السويد. تستطيع استخدام الإنترنت وحدك، لذلك يمكنك أن تبدأ فورًا.
reason-find-jobs-with-help = في مكتب الخدمة يمكنك استخدام كمبيوتر والحصول على مساعدة في البحث عن عمل على الإنترنت.
reason-planning-remote = تجري Arbetsförmedlingen محادثات التخطيط بالهاتف. ويمكنها أن تتخذ كثيرًا من القرارات دون أن تلتقي بك.
reason-forms-service-office = في مكتب الخدمة يمكنك الحصول على الاستمارات والشهادات، وتعبئتها، وتسليمها. لا تحتاج إلى حجز موعد.
reason-guidance-digital = لدى Arbetsförmedlingen (مكتب العمل السويدي) إرشاد مهني على الإنترنت. ويجري الآن ترجمته إلى عدة لغات.
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
step-chat = يمكنك أيضًا التواصل مع Arbetsförmedlingen (مكتب العمل السويدي) عبر الدردشة.
step-learn-digital = هل تريد أن تصبح أكثر ثقة في استخدام الإنترنت؟ Digitala jag موقع على الإنترنت يمكنك أن تتعلم فيه المزيد.
step-needs-assessment = تقيّم Arbetsförmedlingen (مكتب العمل السويدي) معك إن كنت تحتاج إلى لقاء بموعد مسبق.
step-meeting-by-phone-or-video = يمكن أن يكون اللقاء بموعد مسبق أيضًا عبر الهاتف أو الفيديو.
step-register-online = سجّل نفسك كباحث عن عمل على arbetsformedlingen.se. استخدم هويتك الإلكترونية لتسجيل الدخول.
step-register-book-first-meeting = احجز أول لقاء لك مع Arbetsförmedlingen (مكتب العمل السويدي) عندما تسجّل نفسك.
step-register-identify-in-person = أحضر معك وثيقة هويتك (legitimation). يساعدك الموظفون على التسجيل.
step-register-send-form = يمكنك أيضًا أن ترسل استمارة التسجيل أولًا. ثم أحضر وثيقة هويتك عندما تزور Arbetsförmedlingen (مكتب العمل السويدي).
step-register-staff-help = يساعدك الموظفون على التسجيل على الإنترنت.
step-log-in-mina-sidor = سجّل الدخول إلى Mina sidor، صفحتك الشخصية على arbetsformedlingen.se. استخدم هويتك الإلكترونية.
step-activity-report-online = قدّم تقرير النشاط في Mina sidor.
step-activity-report-staff-help = يساعدك الموظفون على تقديم تقرير النشاط.
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
step-provider-remote = اسأل مقدّم الخدمة إن كان يمكن عقد اللقاءات عن بُعد.
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
alt-chat-tell-needs = هل تفضّل الكتابة على الاتصال؟ اكتب في الدردشة على arbetsformedlingen.se. هناك يمكنك أن تسأل وتعرف كيف تتابع.
alt-booked-meeting-ask = هل تحتاج إلى لقاء مع Arbetsförmedlingen؟ اسأل عن لقاء بموعد مسبق عندما تتصل. تقيّم Arbetsförmedlingen إن كنت تحتاج إليه.
alt-remote-etablering-language = يمكنك أيضًا الحصول على مساعدة عبر الهاتف بالعربية والإنجليزية والفارسية والصومالية والتغرينية.
alt-remote-decisions = هل لديك أسئلة عن قرار؟ اتصل بـ Arbetsförmedlingen.
alt-remote-right-way = لا تجد الجواب؟ اتصل بـ Arbetsförmedlingen، وسيخبرونك كيف تحصل على المساعدة.

## Keep in mind (shown with each result when it applies to you)

note-language-support = هل تحتاج إلى مساعدة بلغتك في مكتب الخدمة؟ أخبر الموظفين. لديهم خط هاتف خاص إلى Arbetsförmedlingen (مكتب العمل السويدي) لهذا الغرض.
note-adaptations-tell = أخبر Arbetsförmedlingen (مكتب العمل السويدي) بما تحتاج إليه عندما تتواصل معها.
note-adaptations-booked-meeting = إذا كنت تحتاج إلى لقاء مع Arbetsförmedlingen، يمكنك الحصول على لقاء بموعد مسبق. تقيّم Arbetsförmedlingen أولًا ما الذي تحتاج إليه.
note-adaptations-sign-language = بعض الندوات عبر الإنترنت على Arbetsförmedlingen Play متوفرة بلغة الإشارة.
note-protected-identity = هل بياناتك الشخصية سرّية لأسباب أمنية؟ يُسمّى ذلك بالسويدية skyddade personuppgifter، ويعني أن عنوانك ومعلومات أخرى عنك يجب أن تبقى سرًّا، مثلًا لأن أحدًا يهددك. في هذه الحالة لا يمكنك استخدام الخدمات الرقمية لـ Arbetsförmedlingen (مكتب العمل السويدي). اتصل بـ Arbetsförmedlingen بدلًا من ذلك.
