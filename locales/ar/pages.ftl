# Arabic translation of locales/sv/pages.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Fetched with the pages chunk, not with the first view (shell.ftl). Same conventions as shell.ftl.

## Questions: shared

back = رجوع
continue = متابعة
# $number (Number) - the question's position, from 1; $total (Number) - how many questions this visit has.
question-counter = السؤال { $number } من { $total }
# $number (Number) - the question's position, from 1; $total (Number) - how many questions; $title (String) - the question itself (the page's heading).
question-page-title = السؤال { $number } من { $total }: { $title }
# $number (Number) - the question's position, from 1. Shown instead of question-counter while an answer still to give can change how many questions there are.
question-counter-no-total = السؤال { $number }
# $number (Number) - the question's position, from 1; $title (String) - the question itself (the page's heading). Shown instead of question-page-title while an answer still to give can change how many questions there are.
question-page-title-no-total = السؤال { $number }: { $title }
# $title (String) - the page's own title; shown as the browser tab's title when the page has an error.
error-title-prefix = خطأ: { $title }
error-prefix = خطأ:
error-summary-title = توجد مشكلة
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] لا توجد بلدية مطابقة. تحقّق من الإملاء، أو اختر المحافظة والبلدية من القائمتين أدناه.
        [zero] لا توجد بلدية مطابقة. تحقّق من الإملاء، أو اختر المحافظة والبلدية من القائمتين أدناه.
        [one] توجد بلدية واحدة مطابقة.
        [two] توجد بلديتان مطابقتان.
        [few] توجد { $count } بلديات مطابقة.
        [many] توجد { $count } بلدية مطابقة.
       *[other] توجد { $count } بلدية مطابقة.
    }
municipality-choose = اختر البلدية
municipality-loading = جارٍ تحميل قائمة البلديات …
municipality-non-latin = في القائمة أسماء البلديات السويدية بالحروف اللاتينية، مثل Malmö أو Göteborg. يمكنك أيضًا أن تختار المحافظة والبلدية من القائمتين أدناه.
municipality-browse-heading = أو اختر المحافظة والبلدية من قائمة
municipality-county-label = المحافظة (län)
municipality-county-none = اختر المحافظة
municipality-list-label = البلدية (kommun)
municipality-list-none = اختر البلدية

## Check your answers

check-title = راجع إجاباتك
change = تغيير
check-privacy = إجاباتك موجودة فقط في رابط هذه الصفحة في متصفحك. لا تُرسَل إلى Arbetsförmedlingen (مكتب العمل السويدي) ولا إلى أي جهة أخرى.
check-continue = اعرض لي أين أحصل على المساعدة

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = نتيجتك: { $route }
result-recommended = هذا هو الأنسب لك
result-steps-heading = ماذا تفعل
result-why-heading = لماذا ننصحك بهذا
result-alternatives-heading = طرق أخرى للحصول على المساعدة
result-contacts-heading = أرقام الهاتف
result-print = طباعة
result-without-travel = المكان بعيد. يمكنك أيضًا الحصول على المساعدة دون أن تسافر:
claim-from-2021 = (المصدر: تقرير 2021)
claim-from-2021-note = ما هو مُعلَّم بـ «المصدر: تقرير 2021» مأخوذ من تقرير Arbetsförmedlingen (مكتب العمل السويدي) الصادر في تشرين الأول/أكتوبر 2021. لم نستطع تأكيده بأي مصدر لاحق. اسأل Arbetsförmedlingen إن لم تكن متأكدًا.
start-again = البدء من جديد

## Local places

local-heading = بالقرب منك
# $municipality (String) - the official name of the person's municipality.
local-intro = هذا هو الوضع في { $municipality }:
local-no-municipality = لم تقل في أي بلدية تسكن. مكاتب الخدمة وأوقات عملها موجودة على statenssc.se/besokservicekontor.
local-loading = جارٍ تحميل معلومات المكاتب …
local-network-changed = منذ عام 2021 أُغلقت عدة مكاتب خدمة وفُتحت بعض المكاتب الجديدة. قد لا نعرف كل التغييرات. اطّلع على أوقات العمل في statenssc.se/besokservicekontor قبل أن تذهب.
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = لا نعرف أي مكتب خدمة لا يزال موجودًا في { $municipality }. توجد مكاتب خدمة في هذه البلديات القريبة منك:
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }، على بُعد { $km } كم تقريبًا بخط مستقيم
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = لها حدود مع { $municipality }
local-nearest-named = تقرير عام 2021 يوجّه الناس إلى هنا
local-presence-source = المعلومات عن اللقاءات بموعد مسبق من تقرير Arbetsförmedlingen لعام 2021. لا نعرف أي تغييرات لاحقة.
# $municipality (String) - the official name of the person's municipality.
local-no-presence = حسب تقرير عام 2021 لم تكن لدى Arbetsförmedlingen لقاءات بموعد مسبق في { $municipality }. توجد لقاءات بموعد مسبق في هذه البلديات القريبة منك:
local-pending-presence = إلى أن يصبح جاهزًا، توجد لقاءات بموعد مسبق في هذه البلديات القريبة منك:
local-distances = المسافات بخط مستقيم بين المدن الرئيسية في البلديات. قد تكون الرحلة أطول.
office-as-in-report = مذكور في تقرير Arbetsförmedlingen لعام 2021. لم يؤكده أي مصدر لاحق. اطّلع على statenssc.se/besokservicekontor قبل أن تذهب.
## Dates (the local facts and their sources): always the Gregorian calendar, the month's name from this list, the day and the year in this language's digits (src/ui/places.rs).

# $day (String) - the day of the month, already in this language's digits; $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-day = { $day } { $month ->
        [jan] كانون الثاني/يناير
        [feb] شباط/فبراير
        [mar] آذار/مارس
        [apr] نيسان/أبريل
        [may] أيار/مايو
        [jun] حزيران/يونيو
        [jul] تموز/يوليو
        [aug] آب/أغسطس
        [sep] أيلول/سبتمبر
        [oct] تشرين الأول/أكتوبر
        [nov] تشرين الثاني/نوفمبر
       *[dec] كانون الأول/ديسمبر
    } { $year }
# $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-month = { $month ->
        [jan] كانون الثاني/يناير
        [feb] شباط/فبراير
        [mar] آذار/مارس
        [apr] نيسان/أبريل
        [may] أيار/مايو
        [jun] حزيران/يونيو
        [jul] تموز/يوليو
        [aug] آب/أغسطس
        [sep] أيلول/سبتمبر
        [oct] تشرين الأول/أكتوبر
        [nov] تشرين الثاني/نوفمبر
       *[dec] كانون الأول/ديسمبر
    } { $year }
## Local places: the offices and what is known of them

# $precision (String) - day, month or none; $date (String) - when it opened, a date or a month, already in the reader's language; $publisher (String) - who published the source, a name; $source_date (String) - the source's date, in the reader's language.
office-opened =
    { $precision ->
        [day] فُتح في { $date }.
        [month] فُتح في { $date }.
       *[none] فُتح بعد عام 2021.
    } المصدر: { $publisher }، { $source_date }.
# $precision (String) - day, month or none; $date (String) - the last day open, or the month; $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closed =
    { $precision ->
        [day] أُغلق في { $date }.
        [month] أُغلق في { $date }.
       *[none] أُغلق.
    } المصدر: { $publisher }، { $source_date }.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closure-announced = كتب { $publisher } أن هذا المكتب سيُغلق ({ $source_date }). ربما أُغلق بالفعل. تحقّق قبل أن تذهب.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = كتب { $publisher } أن هذا المكتب سيُفتح مرة أخرى ({ $source_date }). لا نعرف متى. تحقّق قبل أن تذهب.
office-unconfirmed = كان مخطَّطًا له في عام 2021 لفترة 2022–2023. لا نعرف إن كان قد فُتح.
# $precision (String) - day, month or none; $date (String) - when it moved; $place (String) - the new place, a proper name; $publisher (String) - the source; $source_date (String) - the source's date.
office-moved =
    { $precision ->
        [day] انتقل في { $date } إلى { $place }.
        [month] انتقل في { $date } إلى { $place }.
       *[none] انتقل إلى { $place }.
    } المصدر: { $publisher }، { $source_date }.
# $precision (String) - day, month or none; $date (String) - since when; $publisher (String) - the source; $source_date (String) - the source's date.
office-fewer-days =
    { $precision ->
        [day] منذ { $date } يفتح أيامًا أقل في الأسبوع.
        [month] منذ { $date } يفتح أيامًا أقل في الأسبوع.
       *[none] يفتح الآن أيامًا أقل في الأسبوع.
    } المصدر: { $publisher }، { $source_date }.
presence-pending = قال التقرير إن هذا الحل سيصبح جاهزًا لاحقًا في عام 2021. لا نعرف إن كان قد أصبح جاهزًا.
local-service-offices-heading = مكاتب الخدمة (servicekontor) – يمكنك الذهاب إليها بدون حجز موعد
local-presence-heading = اللقاءات بموعد مسبق مع Arbetsförmedlingen
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = مكتب الخدمة في { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = مكتب Arbetsförmedlingen يعمل فيه موظفون، في { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = مكتب Arbetsförmedlingen في { $place }. يأتي إليه الموظفون بانتظام.
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = لقاءات بموعد مسبق في { $place }، في مكان لدى البلدية أو في مكتب خدمة (مكان مشترك مع جهات أخرى، samarbetslösning)

## Data errors

data-error-heading = تعذّر تحميل معلومات المكاتب
data-error-network = تعذّر الوصول إلى المعلومات. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.
data-error-malformed = المعلومات تالفة. حاول مرة أخرى بعد قليل.
data-error-schema = حدث خطأ في المعلومات. أعد تحميل الصفحة.

## About

about-title = عن Vägvisaren
about-lead = يساعدك Vägvisaren على اختيار الطريقة الصحيحة للتواصل مع Arbetsförmedlingen (مكتب العمل السويدي). وهو لا يحلّ محلّ ما تقوله لك Arbetsförmedlingen نفسها.
about-sources-heading = المصادر
about-sources-report = تعتمد النصائح ومعلومات المكاتب على تقرير Arbetsförmedlingen إلى الحكومة «Likvärdig service i hela landet» (خدمة متساوية في كل البلاد). تظهر التغييرات التي حدثت بعد التقرير مع مصدرها. حسبنا المسافات بأنفسنا، بخط مستقيم بين المدن الرئيسية في البلديات.
about-data-source = المصدر
about-data-date = التاريخ
about-sources-age = المعلومات من تشرين الأول/أكتوبر 2021، مع التغييرات التي يُظهرها مصدر لاحق. ربما فُتحت مكاتب أو أُغلقت منذ ذلك الوقت. اطّلع على statenssc.se/besokservicekontor قبل أن تذهب إلى مكتب خدمة.
about-translations = اللغة السويدية هي اللغة الأصلية. لم يراجع متحدثون أصليون الترجمات بعد. في عام 2026 رُوجعت الترجمات بترجمتها مرة أخرى إلى الإنجليزية، على يد مراجعين ليست هذه اللغات لغتهم الأم. صُحّحت الأخطاء الكبيرة التي وجدتها هذه المراجعة.
about-privacy-heading = البيانات الشخصية
about-privacy = لا يسألك Vägvisaren عن اسمك أو رقمك الشخصي (personnummer). إجاباتك موجودة فقط في عنوان الصفحة، في الجزء الذي بعد العلامة #، وفي سجلّ المتصفح. لا يرسل المتصفح هذا الجزء من العنوان إلى أي خادم أبدًا، ولا حتى عندما تعيد تحميل الصفحة أو تفتح رابطًا محفوظًا أو رمز QR. لا نستخدم ملفات تعريف الارتباط (كوكيز) ولا إحصاءات. لا يحفظ المتصفح إلا لغتك، وهل وضع الموظفين أو وضع الكشك مُفعَّل (في هذين الوضعين لا تُحفظ اللغة). على جهاز كمبيوتر يستخدمه كثيرون، يحذف زر الموظفين «Ny besökare» (زائر جديد) الإجابات من السجلّ.
a11y-heading = بيان إمكانية الوصول
a11y-intro = يجب أن يستطيع الجميع استخدام Vägvisaren، بما في ذلك مع قارئ الشاشة، أو لوحة المفاتيح فقط، أو التكبير، أو التحكم بالصوت. قانون إمكانية الوصول إلى الخدمات العامة الرقمية (2018:1937) ينطبق على هذه الخدمة.
a11y-status-heading = ما مدى إمكانية الوصول إلى الخدمة؟
a11y-limitations-heading = نواقص معروفة
a11y-limitation-external = الروابط تقود إلى مواقع أخرى لها بيانات إمكانية الوصول الخاصة بها.
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = الجهة المسؤولة عن هذا الموقع هي { $operator }.
a11y-no-operator = لم تُحدَّد أي جهة مسؤولة عن هذه النسخة من Vägvisaren.
a11y-status = الخدمة متوافقة جزئيًا مع قانون إمكانية الوصول إلى الخدمات العامة الرقمية. لا تجد اختباراتنا أي إخفاق في معايير WCAG 2.2 المستوى AA. لكن الاختبارات لا تُظهر كل شيء:
a11y-unverified-screen-readers = لم نختبر الخدمة بقارئات شاشة حقيقية، مثل NVDA أو JAWS أو VoiceOver أو TalkBack، ولا بالتحكم بالصوت.
a11y-unverified-engines = تعمل كل الاختبارات في متصفح Chromium. نختبر الأجزاء الأهم أيضًا في Firefox وفي WebKit، وهو المحرك الذي بُني عليه Safari. لم نختبر Safari على جهاز iPhone أو Mac.
a11y-unverified-users = لم نُجرِ اختبارات مع مستخدمين من ذوي الإعاقة.
a11y-unverified-translations = لم يراجع متحدثون أصليون الترجمات.
a11y-kiosk = على أجهزة الكمبيوتر الخاصة بمكاتب الخدمة (وضع الكشك)، تسأل الصفحة بعد مدة بلا نشاط، ثلاث دقائق ما لم يُضبط غير ذلك، هل تحتاج إلى وقت أطول. يمكنك أن تحصل على وقت أطول كلما أردت. إذا لم يُجب أحد خلال دقيقة، تُحذف الإجابات وتبدأ الصفحة من جديد.
a11y-testing-heading = كيف كُتب هذا البيان
a11y-testing = يستند هذا البيان إلى تقييمنا الخاص وإلى اختبارات آلية. تُختبر كل صفحة بـ axe-core و IBM Equal Access في متصفح حقيقي. وتمرّ الاختبارات أيضًا على المسار كله بلوحة المفاتيح فقط، وتتحقق من التركيز والعناوين وعناوين الصفحات ورسائل الخطأ والشاشة الضيقة (320 بكسل) والتكبير إلى 400 بالمئة والألوان القسرية وتقليل الحركة والطباعة.
a11y-date = كُتب هذا البيان في 2 كانون الأول/ديسمبر 2026.
a11y-report-heading = الإبلاغ عن مشكلة
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = إذا لم يعمل معك شيء ما، أو وجدت مشكلة، فأخبر { $operator }:
a11y-no-contact = لم تُحدَّد أي جهة اتصال لهذه النسخة. لذلك لا يمكنك الإبلاغ عن مشكلة هنا.
a11y-help = هل تحتاج إلى مساعدة في معاملتك في هذه الأثناء؟ اتصل بـ Arbetsförmedlingen أو اذهب إلى مكتب خدمة. الرقم هو:
a11y-enforcement-heading = الرقابة
a11y-enforcement = هيئة الإدارة الرقمية (DIGG)، واسمها بالسويدية Myndigheten för digital förvaltning، تراقب تطبيق القانون. إذا لم تكن راضيًا عن طريقة التعامل مع ملاحظتك، يمكنك التواصل مع DIGG.
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = أبلغ عن معلومة خاطئة عن { $municipality }
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = معلومة خاطئة في Vägvisaren: { $municipality }
report-wrong-body-municipality = البلدية:
report-wrong-body-ask = ما الخطأ؟ اكتب هنا، وأضف مصدرًا إن أمكن:
