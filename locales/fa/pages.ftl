# Persian translation of locales/sv/pages.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Fetched with the pages chunk, not with the first view (shell.ftl). Same conventions as shell.ftl.

## Questions: shared

back = بازگشت
continue = ادامه
# $number (Number) - the question's position, from 1; $total (Number) - how many questions this visit has.
question-counter = پرسش { $number } از { $total }
# $number (Number) - the question's position, from 1; $total (Number) - how many questions; $title (String) - the question itself (the page's heading).
question-page-title = پرسش { $number } از { $total }: { $title }
# $number (Number) - the question's position, from 1. Shown instead of question-counter while an answer still to give can change how many questions there are.
question-counter-no-total = پرسش { $number }
# $number (Number) - the question's position, from 1; $title (String) - the question itself (the page's heading). Shown instead of question-page-title while an answer still to give can change how many questions there are.
question-page-title-no-total = پرسش { $number }: { $title }
# $title (String) - the page's own title; shown as the browser tab's title when the page has an error.
error-title-prefix = خطا: { $title }
error-prefix = خطا:
error-summary-title = مشکلی وجود دارد
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] هیچ کمونی پیدا نشد. املا را بررسی کنید، یا استان و کمون را از فهرست‌های زیر انتخاب کنید.
        [one] یک کمون پیدا شد.
       *[other] { $count } کمون پیدا شد.
    }
municipality-choose = کمون را انتخاب کنید
municipality-loading = در حال بارگیری فهرست کمون‌ها …
municipality-non-latin = در فهرست، نام سوئدی کمون‌ها با حروف لاتین آمده است، مثلاً Malmö یا Göteborg. می‌توانید استان و کمون را از فهرست‌های زیر هم انتخاب کنید.
municipality-browse-heading = یا استان و کمون را از فهرست انتخاب کنید
municipality-county-label = استان (län)
municipality-county-none = استان را انتخاب کنید
municipality-list-label = کمون (kommun)
municipality-list-none = کمون را انتخاب کنید

## Check your answers

check-title = پاسخ‌های خود را بررسی کنید
change = تغییر
check-privacy = پاسخ‌های شما فقط در نشانی همین صفحه در مرورگر شماست. به Arbetsförmedlingen (ادارهٔ کاریابی سوئد) یا هیچ جای دیگری فرستاده نمی‌شود.
check-continue = ببینید کجا کمک می‌گیرید

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = نتیجهٔ شما: { $route }
result-recommended = این برای شما بهترین است
result-steps-heading = این کارها را انجام دهید
result-why-heading = چرا این را پیشنهاد می‌کنیم
result-alternatives-heading = راه‌های دیگر برای گرفتن کمک
result-contacts-heading = شماره‌های تلفن
result-print = چاپ
result-without-travel = راه دور است. بدون سفر هم می‌توانید کمک بگیرید:
claim-from-2021 = (منبع: گزارش 2021)
claim-from-2021-note = آنچه با «منبع: گزارش 2021» علامت خورده، از گزارش اکتبر 2021 Arbetsförmedlingen (ادارهٔ کاریابی سوئد) است. نتوانسته‌ایم آن را با هیچ منبع بعدی تأیید کنیم. اگر مطمئن نیستید، از Arbetsförmedlingen بپرسید.
start-again = شروع دوباره

## Local places

local-heading = نزدیک شما
# $municipality (String) - the official name of the person's municipality.
local-intro = وضعیت در { $municipality }:
local-no-municipality = نگفته‌اید در کدام کمون زندگی می‌کنید. دفترهای خدمات و ساعت‌های کار آن‌ها در statenssc.se/besokservicekontor هست.
local-loading = در حال بارگیری اطلاعات دفترها …
local-network-changed = از سال ۲۰۲۱ چند دفتر خدمات بسته شده و چند دفتر تازه باز شده است. شاید از همهٔ تغییرها خبر نداشته باشیم. پیش از رفتن، ساعت‌های کار را در statenssc.se/besokservicekontor ببینید.
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = از هیچ دفتر خدماتی در { $municipality } خبر نداریم که هنوز وجود داشته باشد. در این کمون‌های نزدیک شما دفتر خدمات وجود دارد:
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }، حدود { $km } کیلومتر در خط مستقیم
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = هم‌مرز با { $municipality }
local-nearest-named = گزارش ۲۰۲۱ به این کمون ارجاع می‌دهد
local-presence-source = اطلاعات ملاقات با وقت قبلی از گزارش Arbetsförmedlingen در سال ۲۰۲۱ است. از تغییرهای بعدی خبر نداریم.
# $municipality (String) - the official name of the person's municipality.
local-no-presence = طبق گزارش ۲۰۲۱، Arbetsförmedlingen در { $municipality } ملاقات با وقت قبلی نداشت. در این کمون‌های نزدیک شما ملاقات با وقت قبلی وجود دارد:
local-pending-presence = تا وقتی آماده شود، در این کمون‌های نزدیک شما ملاقات با وقت قبلی وجود دارد:
local-distances = فاصله‌ها در خط مستقیم بین شهرهای مرکزی کمون‌ها هستند. سفر ممکن است طولانی‌تر باشد.
office-as-in-report = در گزارش سال ۲۰۲۱ Arbetsförmedlingen آمده است. هیچ منبع بعدی آن را تأیید نکرده است. پیش از رفتن statenssc.se/besokservicekontor را ببینید.
## Dates (the local facts and their sources): always the Gregorian calendar, the month's name from this list, the day and the year in this language's digits (src/ui/places.rs).

# $day (String) - the day of the month, already in this language's digits; $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-day = { $day } { $month ->
        [jan] ژانویه
        [feb] فوریه
        [mar] مارس
        [apr] آوریل
        [may] مهٔ
        [jun] ژوئن
        [jul] ژوئیه
        [aug] اوت
        [sep] سپتامبر
        [oct] اکتبر
        [nov] نوامبر
       *[dec] دسامبر
    } { $year }
# $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-month = { $month ->
        [jan] ژانویه
        [feb] فوریه
        [mar] مارس
        [apr] آوریل
        [may] مه
        [jun] ژوئن
        [jul] ژوئیه
        [aug] اوت
        [sep] سپتامبر
        [oct] اکتبر
        [nov] نوامبر
       *[dec] دسامبر
    } { $year }
## Local places: the offices and what is known of them

# $precision (String) - day, month or none; $date (String) - when it opened, a date or a month, already in the reader's language; $publisher (String) - who published the source, a name; $source_date (String) - the source's date, in the reader's language.
office-opened =
    { $precision ->
        [day] در { $date } باز شد.
        [month] در { $date } باز شد.
       *[none] پس از ۲۰۲۱ باز شده است.
    } منبع: { $publisher }، { $source_date }.
# $precision (String) - day, month or none; $date (String) - the last day open, or the month; $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closed =
    { $precision ->
        [day] در { $date } بسته شد.
        [month] در { $date } بسته شد.
       *[none] بسته شده است.
    } منبع: { $publisher }، { $source_date }.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closure-announced = { $publisher } نوشت که این دفتر بسته می‌شود ({ $source_date }). شاید تا حالا بسته شده باشد. پیش از رفتن بررسی کنید.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = { $publisher } نوشت که این دفتر دوباره باز می‌شود ({ $source_date }). نمی‌دانیم کی. پیش از رفتن بررسی کنید.
office-unconfirmed = در سال ۲۰۲۱ برای ۲۰۲۲–۲۰۲۳ برنامه‌ریزی شده بود. نمی‌دانیم باز شده است یا نه.
# $precision (String) - day, month or none; $date (String) - when it moved; $place (String) - the new place, a proper name; $publisher (String) - the source; $source_date (String) - the source's date.
office-moved =
    { $precision ->
        [day] در { $date } به { $place } منتقل شد.
        [month] در { $date } به { $place } منتقل شد.
       *[none] به { $place } منتقل شده است.
    } منبع: { $publisher }، { $source_date }.
# $precision (String) - day, month or none; $date (String) - since when; $publisher (String) - the source; $source_date (String) - the source's date.
office-fewer-days =
    { $precision ->
        [day] از { $date } روزهای کمتری در هفته باز است.
        [month] از { $date } روزهای کمتری در هفته باز است.
       *[none] اکنون روزهای کمتری در هفته باز است.
    } منبع: { $publisher }، { $source_date }.
presence-pending = طبق گزارش قرار بود بعداً در سال ۲۰۲۱ آماده شود. نمی‌دانیم آماده است یا نه.
local-service-offices-heading = دفترهای خدمات (servicekontor) – می‌توانید بدون وقت قبلی به آنجا بروید
local-presence-heading = ملاقات با Arbetsförmedlingen (با وقت قبلی)
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = دفتر خدمات در { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = دفتر Arbetsförmedlingen با کارکنان حاضر در محل، در { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = دفتر Arbetsförmedlingen در { $place }. کارکنان به‌طور منظم برای کار به آنجا می‌آیند.
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = ملاقات با وقت قبلی در { $place }، در محل‌های متعلق به کمون یا در یک دفتر خدمات (محلی مشترک با نهادهای دیگر، samarbetslösning)

## Data errors

data-error-heading = اطلاعات دفترها بارگیری نشد
data-error-network = دسترسی به اطلاعات ممکن نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.
data-error-malformed = اطلاعات خراب بود. کمی بعد دوباره امتحان کنید.
data-error-schema = در اطلاعات مشکلی پیش آمد. صفحه را دوباره بارگیری کنید.

## About

about-title = دربارهٔ Vägvisaren
about-lead = Vägvisaren به شما کمک می‌کند راه درست تماس با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) را انتخاب کنید. این ابزار جای پاسخ‌های خود Arbetsförmedlingen را نمی‌گیرد.
about-sources-heading = منابع
about-sources-report = توصیه‌ها و اطلاعات دفترها بر پایهٔ گزارش Arbetsförmedlingen به دولت با عنوان «Likvärdig service i hela landet» (خدمات برابر در سراسر کشور) است. تغییرات پس از گزارش همراه با منبعشان نشان داده می‌شوند. فاصله‌ها را خودمان حساب کرده‌ایم، در خط مستقیم میان شهرهای مرکزی کمون‌ها.
about-data-source = منبع
about-data-date = تاریخ
about-sources-age = این اطلاعات مربوط به اکتبر ۲۰۲۱ است، همراه با تغییراتی که یک منبع بعدی نشان می‌دهد. از آن زمان ممکن است دفترهایی باز یا بسته شده باشند. پیش از رفتن به دفتر خدمات، statenssc.se/besokservicekontor را ببینید.
about-translations = زبان اصلی سوئدی است. کسانی که فارسی زبان مادری‌شان است هنوز ترجمه‌ها را بررسی نکرده‌اند. در سال ۲۰۲۶ ترجمه‌ها با برگرداندن دوباره به انگلیسی بررسی شدند، توسط بررسی‌کنندگانی که زبان مادری‌شان این زبان‌ها نیست. خطاهای مهمی که این بررسی پیدا کرد اصلاح شده است.
about-privacy-heading = اطلاعات شخصی
about-privacy = Vägvisaren نام یا شمارهٔ شخصی (personnummer) شما را نمی‌پرسد. پاسخ‌های شما فقط در نشانی صفحه، در بخش بعد از علامت #، و در تاریخچهٔ مرورگر هستند. مرورگر این بخش از نشانی را هرگز به هیچ سروری نمی‌فرستد، حتی وقتی صفحه را دوباره بارگیری می‌کنید یا یک پیوند ذخیره‌شده یا کد QR را باز می‌کنید. ما از کوکی و آمار استفاده نمی‌کنیم. مرورگر فقط زبان شما و روشن بودن حالت کارکنان یا حالت کیوسک را ذخیره می‌کند (در این دو حالت زبان ذخیره نمی‌شود). روی کامپیوتری که افراد زیادی از آن استفاده می‌کنند، دکمهٔ «Ny besökare» (مراجعه‌کنندهٔ جدید) در حالت کارکنان پاسخ‌ها را از تاریخچه پاک می‌کند.
a11y-heading = بیانیهٔ دسترس‌پذیری
a11y-intro = همه باید بتوانند از Vägvisaren استفاده کنند، از جمله با صفحه‌خوان، فقط با صفحه‌کلید، با بزرگ‌نمایی یا با کنترل صوتی. این سرویس مشمول قانون دسترس‌پذیری خدمات عمومی دیجیتال (۲۰۱۸:۱۹۳۷) است.
a11y-status-heading = این سرویس چقدر دسترس‌پذیر است؟
a11y-limitations-heading = کاستی‌های شناخته‌شده
a11y-limitation-external = پیوندها به وب‌سایت‌های دیگری می‌روند که بیانیهٔ دسترس‌پذیری خودشان را دارند.
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = { $operator } مسئول این وب‌سایت است.
a11y-no-operator = برای این نسخهٔ Vägvisaren هیچ سازمان مسئولی تعیین نشده است.
a11y-status = این سرویس تا حدی با قانون دسترس‌پذیری خدمات عمومی دیجیتال سازگار است. آزمون‌های ما هیچ ایرادی نسبت به WCAG 2.2 سطح AA پیدا نمی‌کنند. اما آزمون‌ها همه چیز را نشان نمی‌دهند:
a11y-unverified-screen-readers = ما با صفحه‌خوان‌های واقعی، مثل NVDA، JAWS، VoiceOver یا TalkBack، و با کنترل صوتی آزمون نکرده‌ایم.
a11y-unverified-engines = همهٔ آزمون‌ها در مرورگر Chromium اجرا می‌شوند. مهم‌ترین بخش‌ها در Firefox و در WebKit، موتوری که Safari بر پایهٔ آن ساخته شده، هم آزمون می‌شوند. Safari را روی iPhone یا Mac آزمون نکرده‌ایم.
a11y-unverified-users = با افراد دارای معلولیت آزمون کاربری انجام نداده‌ایم.
a11y-unverified-translations = کسانی که زبان مادری‌شان فارسی است ترجمه‌ها را بررسی نکرده‌اند.
a11y-kiosk = روی کامپیوترهای خود دفترهای خدمات (حالت کیوسک)، صفحه پس از مدتی بی‌فعالیتی، سه دقیقه مگر آنکه چیز دیگری تنظیم شده باشد، می‌پرسد که آیا وقت بیشتری لازم دارید. هر چند بار که بخواهید می‌توانید وقت بیشتری بگیرید. اگر تا یک دقیقه کسی پاسخ ندهد، پاسخ‌ها پاک می‌شوند و صفحه از نو شروع می‌شود.
a11y-testing-heading = این بیانیه چگونه تهیه شد
a11y-testing = این بیانیه بر پایهٔ ارزیابی خود ما و آزمون‌های خودکار است. هر صفحه با axe-core و IBM Equal Access در یک مرورگر واقعی آزموده می‌شود. آزمون‌ها همچنین کل مسیر را فقط با صفحه‌کلید طی می‌کنند و فوکوس، سرتیترها، عنوان صفحه‌ها، پیام‌های خطا، صفحهٔ باریک (۳۲۰ پیکسل)، بزرگ‌نمایی تا ۴۰۰ درصد، رنگ‌های اجباری، حرکت کمتر و چاپ را بررسی می‌کنند.
a11y-date = این بیانیه در ۲ دسامبر ۲۰۲۶ نوشته شد.
a11y-report-heading = گزارش یک مشکل
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = چیزی برای شما کار نمی‌کند یا مشکلی پیدا کرده‌اید؟ به { $operator } بگویید:
a11y-no-contact = برای این نسخه هیچ راه تماسی تعیین نشده است. بنابراین اینجا نمی‌توانید مشکلی را گزارش کنید.
a11y-help = در این میان برای کارتان کمک لازم دارید؟ به Arbetsförmedlingen زنگ بزنید یا به یک دفتر خدمات بروید. شماره این است:
a11y-enforcement-heading = نظارت
a11y-enforcement = ادارهٔ دولت دیجیتال (DIGG)، به سوئدی Myndigheten för digital förvaltning، بر اجرای قانون نظارت می‌کند. اگر از نحوهٔ رسیدگی به نظرتان راضی نیستید، می‌توانید با DIGG تماس بگیرید.
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = گزارش اطلاعات نادرست دربارهٔ { $municipality }
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = اطلاعات نادرست در Vägvisaren: { $municipality }
report-wrong-body-municipality = کمون:
report-wrong-body-ask = چه چیزی نادرست است؟ اینجا بنویسید و اگر می‌توانید منبع را هم بنویسید:
