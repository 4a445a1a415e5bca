# Persian translation of locales/sv/flow.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren: the questions, answers and results.
# Plain Persian: short sentences, "شما", everyday words, one idea per message.
# Phone numbers and links are shown by the app next to the text; do not write them here.
# Facts come from Arbetsförmedlingen's report "Likvärdig service i hela landet" (2021-10-01).
# Promise nothing that the report does not say.

## Question: errand

q-errand-title = در چه کاری به کمک نیاز دارید؟
q-errand-hint = گزینه‌ای را انتخاب کنید که بیشتر از همه مناسب است.
q-errand-error = انتخاب کنید در چه کاری کمک می‌خواهید
q-errand-check = موضوع

errand-register = ثبت‌نام به عنوان جویای کار
errand-activity-report = فرستادن گزارش فعالیت (aktivitetsrapport)
errand-find-jobs = جستجوی کار یا ساختن پروفایل
errand-find-jobs-hint = مثلاً در Platsbanken (آگهی‌های شغلی) یا Mina profiler (پروفایلی که کارفرمایان می‌بینند).
errand-planning = پرسش دربارهٔ برنامه‌ام یا یک تصمیم
errand-planning-hint = مثلاً تصمیمی دربارهٔ nystartsjobb یا Rusta och matcha. منظور از nystartsjobb کاری است که کارفرما برای استخدام شما کمک مالی می‌گیرد. Rusta och matcha کمکی است از طرف یک ارائه‌دهنده برای پیدا کردن کار یا شروع تحصیل.
errand-forms = گرفتن یا تحویل دادن فرم یا گواهی
errand-guidance = راهنمایی دربارهٔ کار یا تحصیل
errand-disability = گرفتن حمایت چون معلولیت دارم یا به توانبخشی نیاز دارم
errand-etablering = پرسش‌هایی دربارهٔ برنامهٔ استقرار (etableringsprogrammet)
errand-provider = از یک ارائه‌دهندهٔ خدمات (leverantör) که Arbetsförmedlingen (ادارهٔ کاریابی سوئد) با آن قرارداد دارد، کمک می‌گیرم
errand-provider-hint = مثلاً Rusta och matcha، یا خدمت دیگری که Arbetsförmedlingen از یک ارائه‌دهنده می‌خرد.
errand-other = چیز دیگری، یا نمی‌دانم

## Question: e-legitimation

q-eid-title = آیا شناسهٔ الکترونیکی (e‑legitimation) دارید؟
q-eid-hint = مثلاً BankID یا Freja eID Plus. با آن در اینترنت هویت خود را ثابت می‌کنید. شناسهٔ الکترونیکی روی کارت شناسایی ادارهٔ مالیات (Skatteverket) در Arbetsförmedlingen (ادارهٔ کاریابی سوئد) کار نمی‌کند.
q-eid-error = انتخاب کنید که آیا شناسهٔ الکترونیکی دارید
q-eid-check = شناسهٔ الکترونیکی

eid-yes = بله
eid-no = نه
eid-dont-know = نمی‌دانم

## Question: the web

q-digital-title = آیا می‌توانید از خدمات آنلاین (در وب‌سایت‌ها) استفاده کنید؟
q-digital-hint = مثلاً وارد حساب شدن، پر کردن اطلاعات و فرستادن آن‌ها.
q-digital-error = انتخاب کنید که آیا می‌توانید از خدمات آنلاین استفاده کنید
q-digital-check = خدمات آنلاین

digital-alone = بله، خودم می‌توانم
digital-with-help = بله، ولی کمی کمک لازم دارم
digital-not-at-all = نه

## Question: language support

q-language-support-title = آیا به کمک به زبانی غیر از سوئدی نیاز دارید؟
q-language-support-hint = اگر صحبت کردن یا خواندن به سوئدی برایتان سخت است، «بله» را انتخاب کنید.
q-language-support-error = انتخاب کنید که آیا به کمک به زبان دیگری نیاز دارید
q-language-support-check = کمک به زبان دیگر

## Question: adaptations

q-adaptations-title = آیا به دلیل معلولیت به تغییرات یا امکانات ویژه نیاز دارید؟
q-adaptations-hint = مثلاً دربارهٔ بینایی، شنوایی، حرکت، یا خواندن و فهمیدن.
q-adaptations-error = انتخاب کنید که آیا به تغییرات یا امکانات ویژه نیاز دارید
q-adaptations-check = تغییرات یا امکانات ویژه

## Yes and no answers (language support and adaptations)

answer-yes = بله
answer-no = نه

## Question: municipality

q-municipality-title = در کدام کمون (kommun) زندگی می‌کنید؟
q-municipality-hint = پاسخ دهید تا جاهای نزدیک شما را نشان دهیم. می‌توانید از این پرسش هم بگذرید.
q-municipality-error = یک کمون را از فهرست انتخاب کنید یا از این پرسش بگذرید
q-municipality-check = کمون
municipality-skip = رد شدن از این پرسش
municipality-skipped = بدون پاسخ

## The routes

route-digital-title = از وب‌سایت Arbetsförmedlingen استفاده کنید
route-digital-summary = خودتان در اینترنت این کار را انجام می‌دهید، هر وقت که برایتان مناسب است.
route-remote-title = با Arbetsförmedlingen تلفنی یا در چت تماس بگیرید
route-remote-summary = تلفن می‌زنید یا چت می‌کنید. لازم نیست جایی بروید.
route-service-office-title = به یک دفتر خدمات (servicekontor) بروید
route-service-office-summary = کارکنان Statens servicecenter (مراکز خدمات دولتی) همان‌جا به شما کمک می‌کنند. لازم نیست وقت بگیرید.
route-booked-meeting-title = از Arbetsförmedlingen ملاقات با وقت قبلی بخواهید
route-booked-meeting-summary = تماس بگیرید و دربارهٔ ملاقات بپرسید. اینجا در Vägvisaren نمی‌توانید ملاقات را رزرو کنید.
route-provider-meeting-title = با ارائه‌دهندهٔ خود تماس بگیرید
route-provider-meeting-summary = در طول این خدمت، ارائه‌دهنده طرف تماس اصلی شماست.

## Phone and links (the app shows the number or address next to the text)

contact-jobseeker-line = تلفن Arbetsförmedlingen برای جویندگان کار
contact-etablering-line = تلفن Arbetsförmedlingen برای برنامهٔ استقرار
contact-employer-line = تلفن Arbetsförmedlingen برای کارفرمایان
contact-staff-line = تلفن برای کارمندان ادارات دولتی، کمون‌ها و صندوق‌های بیمهٔ بیکاری (a‑kassa)

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Why this route

reason-register-digital = شما شناسهٔ الکترونیکی دارید و خودتان می‌توانید از اینترنت استفاده کنید. پس ساده‌ترین راه، ثبت‌نام در اینترنت است. بیشتر مردم همین کار را می‌کنند.
reason-register-no-eid = برای ثبت‌نام کامل در اینترنت به شناسهٔ الکترونیکی نیاز دارید. بدون آن، ثبت‌نام خود را در یک دفتر خدمات (servicekontor) کامل می‌کنید.
reason-register-with-help = شما برای استفاده از اینترنت کمک می‌خواهید. در دفتر خدمات، کارکنان در ثبت‌نام به شما کمک می‌کنند.
reason-activity-report-digital = شما شناسهٔ الکترونیکی دارید و خودتان می‌توانید از اینترنت استفاده کنید. پس گزارش فعالیت را در Mina sidor می‌فرستید. تقریباً همه همین کار را می‌کنند.
reason-activity-report-no-eid = برای فرستادن گزارش فعالیت در اینترنت به شناسهٔ الکترونیکی نیاز دارید. بدون آن، فرم گزارش فعالیت (Aktivitetsrapport) را پر می‌کنید. آن را با پست می‌فرستید یا در یک دفتر خدمات تحویل می‌دهید. باید تا روز چهاردهم برسد.
reason-activity-report-with-help = شما برای استفاده از اینترنت کمک می‌خواهید. در دفتر خدمات، کارکنان در فرستادن گزارش فعالیت به شما کمک می‌کنند.
reason-find-jobs-digital = در Platsbanken همان آگهی‌ها را می‌بینید، در هر جای سوئد که زندگی کنید. خودتان می‌توانید از اینترنت استفاده کنید، پس می‌توانید همین حالا شروع کنید.
reason-find-jobs-with-help = در دفتر خدمات می‌توانید از کامپیوتر استفاده کنید و برای جستجوی کار در اینترنت کمک بگیرید.
reason-planning-remote = Arbetsförmedlingen گفتگوهای برنامه‌ریزی را تلفنی انجام می‌دهد. بسیاری از تصمیم‌ها را هم بدون ملاقات با شما می‌گیرد.
reason-forms-service-office = در دفتر خدمات می‌توانید فرم‌ها و گواهی‌ها را بگیرید، پر کنید و تحویل دهید. لازم نیست وقت بگیرید.
reason-guidance-digital = در arbetsformedlingen.se اطلاعاتی دربارهٔ شغل‌ها و آموزش‌ها هست. اگر به پشتیبانی بیشتری نیاز دارید، می‌توانید از Arbetsförmedlingen دربارهٔ راهنمایی شغلی (karriärvägledning) بپرسید. آن‌وقت یک راهنما نزد یک ارائه‌دهنده به شما کمک می‌کند.
reason-guidance-remote = پاسخ داده‌اید که نمی‌توانید از خدمات آنلاین استفاده کنید. با Arbetsförmedlingen تماس بگیرید و دربارهٔ کار و تحصیل صحبت کنید.
reason-disability-booked-meeting = اگر به حمایت زیادی نیاز دارید، می‌توانید ملاقات با وقت قبلی بگیرید. Arbetsförmedlingen اول همراه با شما بررسی می‌کند که به چه چیزی نیاز دارید.
reason-etablering-remote-language = اگر در برنامهٔ استقرار ثبت‌نام شده‌اید، می‌توانید از طریق تلفن به زبان‌های عربی، انگلیسی، فارسی، سومالیایی و تیگرینیا کمک بگیرید.
reason-etablering-remote = پرسش‌های خود دربارهٔ برنامهٔ استقرار را می‌توانید تلفنی یا در چت بپرسید.
reason-etablering-booked-meeting = پاسخ داده‌اید که نمی‌توانید از اینترنت استفاده کنید یا به تغییرات یا امکانات ویژه نیاز دارید. پس ملاقات با وقت قبلی ممکن است برای شما مناسب‌تر باشد. Arbetsförmedlingen همراه با شما بررسی می‌کند که آیا به آن نیاز دارید.
reason-provider-meeting = وقتی در خدمات یک ارائه‌دهنده شرکت می‌کنید، ارائه‌دهنده طرف تماس اصلی شماست. ارائه‌دهنده ملاقات‌ها و فعالیت‌هایی برای شما دارد. خدمت Stöd och matchning دیگر وجود ندارد. در دسامبر ۲۰۲۱ Rusta och matcha جای آن را گرفت، یعنی کمکی از طرف یک ارائه‌دهنده برای پیدا کردن کار یا شروع تحصیل (Arbetsförmedlingen، ۱ اکتبر ۲۰۲۱).
reason-other-digital = خودتان می‌توانید از اینترنت استفاده کنید. در arbetsformedlingen.se اطلاعات و خدمات زیادی وجود دارد.
reason-other-remote = می‌توانید پرسش‌های خود را از طریق تلفن Arbetsförmedlingen بپرسید. آنجا می‌فهمید چگونه برای موضوع خود کمک بگیرید.

## Steps: what you do now

step-visit-service-office = هر وقت برایتان مناسب است به یک دفتر خدمات بروید.
step-call-jobseeker-line = با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید.
step-chat = همچنین می‌توانید در چت در arbetsformedlingen.se بنویسید. اول یک ربات چت جواب می‌دهد. اغلب سخت است که در چت با یک کارمند Arbetsförmedlingen تماس بگیرید.
step-learn-digital = می‌خواهید در استفاده از اینترنت مطمئن‌تر شوید؟ Digitala jag وب‌سایتی است که در آن می‌توانید بیشتر یاد بگیرید.
step-needs-assessment = Arbetsförmedlingen (ادارهٔ کاریابی سوئد) همراه با شما بررسی می‌کند که آیا به ملاقات با وقت قبلی نیاز دارید.
step-meeting-by-phone-or-video = ملاقات با وقت قبلی می‌تواند تلفنی یا ویدیویی هم باشد.
step-register-online = در arbetsformedlingen.se ثبت‌نام کنید. با شناسهٔ الکترونیکی خود وارد شوید.
step-register-book-first-meeting = وقتی ثبت‌نام می‌کنید، معمولاً برای یک گفتگوی برنامه‌ریزی وقت رزرو می‌کنید. ممکن است Arbetsförmedlingen هم مستقیم به شما زنگ بزند. اگر ظرف سه ماه کار یا تحصیل را شروع می‌کنید، لازم نیست گفتگویی رزرو کنید.
step-register-identify-in-person = کارکنان به شما کمک می‌کنند ثبت‌نام را کامل کنید. از روزی که در دفتر خدمات هستید، ثبت‌نام‌شده به حساب می‌آیید.
step-register-send-form = می‌توانید ثبت‌نام را اول در arbetsformedlingen.se شروع کنید. با نام کاربری و رمز عبور وارد شوید. بعد آن را در دفتر خدمات کامل می‌کنید.
step-register-staff-help = کارکنان کمک می‌کنند در اینترنت ثبت‌نام کنید.
step-log-in-mina-sidor = وارد Mina sidor شوید، صفحهٔ شخصی شما در arbetsformedlingen.se. از شناسهٔ الکترونیکی خود استفاده کنید.
step-activity-report-online = گزارش فعالیت خود را بین روز اول و روز چهاردهم هر ماه در Mina sidor بفرستید.
step-activity-report-staff-help = کارکنان به شما کمک می‌کنند فرم را چاپ کنید و پر کنید. می‌توانید آن را همان‌جا تحویل دهید.
step-platsbanken = در وب‌سایت arbetsformedlingen.se، در Platsbanken (آگهی‌های شغلی) دنبال کار بگردید.
step-mina-profiler = در Mina profiler یک پروفایل بسازید. کارفرمایان پروفایل را می‌بینند و می‌توانند شما را پیدا کنند.
step-job-alerts = می‌توانید دربارهٔ آگهی‌های تازه‌ای که با پروفایل شما جور است، ایمیل بگیرید.
step-service-office-computers = آنجا می‌توانید از کامپیوتر استفاده کنید و برای خدمات اینترنتی Arbetsförmedlingen (ادارهٔ کاریابی سوئد) کمک بگیرید.
step-have-decision-ready = وقتی تلفن می‌زنید، برنامه یا تصمیم خود را جلوی خود داشته باشید.
step-forms-get-fill-in = آنجا می‌توانید فرم بگیرید و آن را پر کنید.
step-forms-hand-in = آنجا می‌توانید فرم‌ها و گواهی‌ها را هم تحویل دهید.
step-guidance-online = از راهنمایی شغلی در arbetsformedlingen.se استفاده کنید.
step-guidance-book-remote-meeting = می‌خواهید با کسی دربارهٔ نتیجه صحبت کنید؟ می‌توانید یک ملاقات تلفنی یا تصویری رزرو کنید.
step-guidance-ask = بگویید که راهنمایی دربارهٔ کار یا تحصیل می‌خواهید.
step-call-tell-needs = با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید و بگویید به چه چیزی نیاز دارید.
step-play-webinars = در Arbetsförmedlingen Play وبینارهایی دربارهٔ توانبخشی شغلی وجود دارد.
step-play-sign-language = برخی از وبینارهای Arbetsförmedlingen Play به زبان اشاره هستند.
step-call-etablering-line = با تلفن برنامهٔ استقرار Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید.
step-etablering-line-who = این تلفن برای شماست، اگر در برنامهٔ استقرار ثبت‌نام شده‌اید.
step-call-ask-meeting-etablering = با تلفن برنامهٔ استقرار تماس بگیرید و دربارهٔ ملاقات با وقت قبلی بپرسید.
step-call-ask-meeting = با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید و دربارهٔ ملاقات با وقت قبلی بپرسید.
step-contact-provider = برای ملاقات‌ها و فعالیت‌ها با ارائه‌دهندهٔ خود تماس بگیرید.
step-provider-remote = در Rusta och matcha شرکت می‌کنید، خدمت دیگری که Arbetsförmedlingen از یک ارائه‌دهنده می‌خرد؟ در این صورت هر دو هفته یک بار با راهنمای خود ملاقات دارید. دست‌کم هر چهار هفته یک بار حضوری نزد ارائه‌دهنده همدیگر را می‌بینید. از ارائه‌دهندهٔ خود بپرسید ملاقات‌های دیگر چطور انجام می‌شوند.
step-decisions-arbetsformedlingen = تصمیم‌ها را Arbetsförmedlingen (ادارهٔ کاریابی سوئد) می‌گیرد، نه ارائه‌دهنده. دربارهٔ یک تصمیم پرسشی دارید؟ از Arbetsförmedlingen بپرسید.
step-read-online = دربارهٔ موضوع خود در arbetsformedlingen.se بخوانید.
step-describe-errand = بگویید در چه کاری کمک می‌خواهید. آن‌وقت می‌فهمید چه کار باید بکنید.

## Other routes that also work

alt-remote-questions = پرسشی دارید؟ با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید.
alt-service-office-contact = به یک دفتر خدمات بروید. اگر لازم باشد، کارکنان می‌توانند کمک کنند که با یک کارمند Arbetsförmedlingen (arbetsförmedlare) تماس بگیرید.
alt-service-office-web-help = اگر برای استفاده از اینترنت کمک می‌خواهید، به یک دفتر خدمات بروید. لازم نیست وقت بگیرید.
alt-service-office-register = برای ثبت‌نام کمک می‌خواهید؟ به یک دفتر خدمات بروید. لازم نیست وقت بگیرید.
alt-digital-mina-sidor = می‌توانید موضوع خود را در Mina sidor، صفحهٔ شخصی شما در arbetsformedlingen.se، دنبال کنید. به شناسهٔ الکترونیکی نیاز دارید.
alt-remote-which-form = نمی‌دانید به کدام فرم نیاز دارید؟ با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید و بپرسید.
alt-remote-informative = اگر اطلاعات می‌خواهید یا می‌خواهید بدانید چطور ادامه دهید، با خدمات مشتریان تماس بگیرید.
alt-chat-tell-needs = ترجیح می‌دهید به‌جای تلفن بنویسید؟ در چت در arbetsformedlingen.se بنویسید. اول یک ربات چت جواب می‌دهد. ممکن است آنجا تماس با یک کارمند Arbetsförmedlingen (ادارهٔ کاریابی سوئد) سخت باشد.
alt-booked-meeting-ask = لازم است Arbetsförmedlingen را ببینید؟ وقتی تماس می‌گیرید، دربارهٔ ملاقات با وقت قبلی بپرسید. Arbetsförmedlingen بررسی می‌کند که آیا به آن نیاز دارید.
alt-remote-etablering-language = همچنین می‌توانید از طریق تلفن به زبان‌های عربی، انگلیسی، فارسی، سومالیایی و تیگرینیا کمک بگیرید.
alt-remote-decisions = دربارهٔ یک تصمیم پرسش دارید؟ با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید.
alt-remote-right-way = پاسخ را پیدا نمی‌کنید؟ با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید. آنجا می‌فهمید چگونه کمک بگیرید.

## Keep in mind (shown with each result when it applies to you)

note-language-support = در دفتر خدمات به کمک به زبان خودتان نیاز دارید؟ به کارکنان بگویید. آن‌ها برای این کار یک خط تلفن ویژه به Arbetsförmedlingen (ادارهٔ کاریابی سوئد) دارند.
note-adaptations-tell = وقتی با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس می‌گیرید، بگویید به چه چیزی نیاز دارید.
note-adaptations-booked-meeting = اگر لازم است Arbetsförmedlingen را ببینید، می‌توانید ملاقات با وقت قبلی بگیرید. Arbetsförmedlingen اول بررسی می‌کند که به چه چیزی نیاز دارید.
note-adaptations-sign-language = برخی از وبینارهای Arbetsförmedlingen Play به زبان اشاره هستند.
note-protected-identity = آیا اطلاعات شخصی شما به دلایل امنیتی محرمانه است؟ به این وضعیت به سوئدی skyddade personuppgifter می‌گویند، یعنی نشانی شما و اطلاعات دیگر دربارهٔ شما باید مخفی بماند، مثلاً چون کسی شما را تهدید می‌کند. در این صورت از فرم‌های Arbetsförmedlingen (ادارهٔ کاریابی سوئد) در اینترنت استفاده نکنید. در بعضی کارها باید مدارک را با پست بفرستید. از Arbetsförmedlingen بپرسید در کار خود چه کنید.
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = ممکن است تماس گرفتن با Arbetsförmedlingen سخت باشد. خود Arbetsförmedlingen به بازرس پارلمان (Justitieombudsmannen، JO) گفته است که بین نوامبر 2023 و نوامبر 2024 به نزدیک نیمی از تماس‌های تلفنی و نُه مورد از هر ده تلاش برای چت پاسخ داده نشده است. نمی‌توانید تماس بگیرید؟ به یک دفتر خدمات (servicekontor) بروید. کارکنان آنجا می‌توانند کمک کنند که با یک کارمند Arbetsförmedlingen تماس بگیرید.

## Platsen i rekommendationen (domain/src/place.rs): var personen ska gå, sagt direkt under vägen

place-no-municipality = می‌خواهید بدانید نزدیک‌ترین مکان کجاست؟ برگردید و کمون خود را انتخاب کنید.
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = در { $place } یک دفتر خدمات هست.
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = در { $municipality } تعداد { $count } دفتر خدمات هست. آن‌ها را پایین‌تر، زیر «نزدیک شما»، می‌بینید.
place-office-confirmed = یک منبع از بعد از سال 2021 می‌گوید که این دفتر باز شده است.
place-office-listed-2021 = این اطلاعات از گزارش سال 2021 Arbetsförmedlingen (ادارهٔ کاریابی سوئد) است. هیچ منبع بعدی آن را تأیید نکرده است. پیش از رفتن، ساعت‌های کار را در statenssc.se/besokservicekontor ببینید.
place-office-fewer-days = این دفتر اکنون روزهای کمتری در هفته باز است.
# $municipality (String) - the person's municipality; $precision (String) - day, month or none: how exact the date is; $date (String) - the last day open, or the month, in the reader's language.
place-office-closed =
    { $precision ->
        [day] دفتر خدمات در { $municipality } در تاریخ { $date } بسته شد.
        [month] دفتر خدمات در { $municipality } در { $date } بسته شد.
       *[none] دفتر خدمات در { $municipality } بسته شده است.
    }
# $municipality (String) - the person's municipality; $precision (String) - day, month or none; $date (String) - when it is to close, in the reader's language.
place-office-closing =
    { $precision ->
        [day] دفتر خدمات در { $municipality } قرار است در تاریخ { $date } بسته شود. ممکن است همین حالا بسته باشد.
        [month] دفتر خدمات در { $municipality } قرار است در { $date } بسته شود. ممکن است همین حالا بسته باشد.
       *[none] دفتر خدمات در { $municipality } قرار است بسته شود. ممکن است همین حالا بسته باشد.
    }
# $municipality (String) - the person's municipality.
place-office-reopening = دفتر خدمات در { $municipality } بسته شده است. دوباره باز می‌شود، اما نمی‌دانیم کی.
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = در سال 2021 برای { $municipality } یک دفتر خدمات برنامه‌ریزی شده بود. هیچ منبعی پیدا نکرده‌ایم که بگوید باز شده است. statenssc.se/besokservicekontor را ببینید.
# $municipality (String) - the person's municipality.
place-no-office = ما هیچ دفتر خدماتی در { $municipality } نمی‌شناسیم.
place-check-finder = پیش از رفتن، ساعت‌های کار را در statenssc.se/besokservicekontor ببینید.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] نزدیک‌ترین دفترهای خدمات در { $first } و { $second } هستند، حدود { $km } کیلومتر در خط مستقیم.
       *[single] نزدیک‌ترین دفتر خدمات در { $first } است، حدود { $km } کیلومتر در خط مستقیم.
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = Arbetsförmedlingen (ادارهٔ کاریابی سوئد) در { $place } دفتری با کارکنان دارد. آنجا می‌توانید ملاقات با وقت قبلی داشته باشید.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = کارکنان Arbetsförmedlingen (ادارهٔ کاریابی سوئد) برای ملاقات‌های با وقت قبلی به { $place } می‌روند.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = Arbetsförmedlingen (ادارهٔ کاریابی سوئد) در { $place } ملاقات با وقت قبلی دارد، در جایی که کمون یا Statens servicecenter (مراکز خدمات دولتی) هم از آن استفاده می‌کنند.
place-presence-2021 = اطلاعات ملاقات‌های با وقت قبلی از گزارش سال 2021 Arbetsförmedlingen (ادارهٔ کاریابی سوئد) است. هیچ منبع بعدی آن را تأیید نکرده است.
# $municipality (String) - the person's municipality.
place-no-presence = طبق گزارش سال 2021، Arbetsförmedlingen (ادارهٔ کاریابی سوئد) در { $municipality } ملاقات با وقت قبلی ندارد.
# $municipality (String) - the person's municipality.
place-presence-pending = طبق گزارش سال 2021، Arbetsförmedlingen (ادارهٔ کاریابی سوئد) قرار بود در { $municipality } ملاقات با وقت قبلی را شروع کند. نمی‌دانیم این کار انجام شده است یا نه.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] نزدیک‌ترین ملاقات‌های با وقت قبلی در { $first } و { $second } هستند، حدود { $km } کیلومتر در خط مستقیم.
       *[single] نزدیک‌ترین ملاقات‌های با وقت قبلی در { $first } هستند، حدود { $km } کیلومتر در خط مستقیم.
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = هر وقت برایتان مناسب است به دفتر خدمات در { $place } بروید.
# $municipality (String) - the person's municipality.
step-visit-offices-here = هر وقت برایتان مناسب است به یکی از دفترهای خدمات در { $municipality } بروید.
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = هر وقت برایتان مناسب است به نزدیک‌ترین دفتر خدمات، در { $place }، بروید.
