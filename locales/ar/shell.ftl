# Arabic translation of locales/sv/shell.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Everything else is in pages.ftl, flow.ftl and staff.ftl, fetched with the pages chunk (src/i18n/catalog.rs).
# Plain Modern Standard Arabic: short sentences, everyday words.
# Proper names stay in Swedish (Latin script). Never write a phone number in a message: the app shows numbers beside the text as left-to-right links.

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = أجب عن بعض الأسئلة القصيرة واعرف كيف تحصل على المساعدة من Arbetsförmedlingen (مكتب العمل السويدي): على الإنترنت أو بالهاتف أو في مكتب الخدمة أو في لقاء بموعد مسبق.
skip-to-content = انتقل إلى المحتوى
header-tagline = اعثر على الطريق الصحيح إلى Arbetsförmedlingen
language-picker-label = اختيار اللغة
language-failed = تعذّر تحميل النصوص بهذه اللغة. لذلك تظهر الصفحة باللغة السويدية.
footer-help-heading = هل تحتاج إلى مساعدة الآن؟
footer-phone-intro = اتصل بخدمة العملاء في Arbetsförmedlingen (مكتب العمل السويدي) للباحثين عن عمل:
footer-official-source = يعتمد Vägvisaren على تقرير Arbetsförmedlingen «Likvärdig service i hela landet» (خدمة متساوية في كل البلاد) الصادر في 1 تشرين الأول/أكتوبر 2021. تجد المعلومات المحدَّثة دائمًا لدى Arbetsförmedlingen.
footer-about = عن Vägvisaren والمصادر وإمكانية الوصول
footer-official-site = موقع Arbetsförmedlingen
footer-staff-intro = هل تعمل في مكتب خدمة (servicekontor)؟
footer-privacy = إجاباتك لا تُرسَل إلى أي مكان. هي موجودة فقط في عنوان الصفحة في هذا المتصفح. لا يستخدم Vägvisaren ملفات تعريف الارتباط (كوكيز).

## Start page

start-title = اعثر على الطريق الصحيح إلى Arbetsförmedlingen
start-lead = أجب عن بعض الأسئلة القصيرة. بعدها تعرف أسهل طريقة للحصول على المساعدة وماذا تفعل.
start-routes-intro = يمكنك الحصول على المساعدة من Arbetsförmedlingen (مكتب العمل السويدي) بأربع طرق:
start-route-digital = على الإنترنت، غالبًا بالهوية الإلكترونية (e‑legitimation)
start-route-remote = عن بُعد، عبر الهاتف أو الدردشة أو الفيديو
start-route-service-office = في أحد مكاتب الخدمة (servicekontor) التابعة لـ Statens servicecenter (مراكز الخدمة الحكومية)، بدون حجز موعد
start-route-booked-meeting = في لقاء بموعد مسبق، إذا كنت تحتاج إلى دعم كبير
start-who = Vägvisaren مخصّص لك إذا كنت مسجَّلًا كباحث عن عمل أو تريد التسجيل. يمكن لموظفي مكاتب الخدمة أيضًا استخدامه مع زائر.
start-button = ابدأ
start-privacy-heading = إجاباتك
start-privacy = إجاباتك لا تُرسَل إلى Arbetsförmedlingen ولا إلى أي جهة أخرى. هي موجودة فقط في رابط الصفحة (URL) في هذا المتصفح وفي سجلّ المتصفح. لحذفها، امسح السجلّ.
start-phone-heading = هل تفضّل الاتصال بالهاتف؟
start-phone = اتصل بخدمة العملاء في Arbetsförmedlingen:

## Data errors

data-error-phone = يمكنك دائمًا الاتصال بالهاتف:
data-error-retry = حاول مرة أخرى

## While the pages are fetched, and if they cannot be

page-loading = جارٍ تحميل الصفحة …
page-error-heading = تعذّر تحميل الصفحة
page-error-text = تعذّر تحميل الصفحة. تحقّق من اتصالك بالإنترنت وحاول مرة أخرى.

## Notices

offline-notice = أنت غير متصل بالإنترنت. يعمل Vägvisaren مع ذلك، لكن معلومات المكاتب قد تكون قديمة.
data-cached-notice = معلومات المكاتب مأخوذة من نسخة محفوظة، وقد تكون قديمة.

## Staff mode (for service-office staff at the desk)

staff-toggle = وضع الموظفين
staff-banner-title = وضع الموظفين
staff-banner-text = لموظفي مكاتب الخدمة. تظهر النصوص بلغة الزائر، وبجانبها السويدية. اضغط على «زائر جديد» عند انتهاء الزيارة.
staff-new-visitor = زائر جديد
staff-overview-link = كل البلديات
staff-line-intro = هاتف للموظفين المسؤولين عن الملفات في الجهات الحكومية والبلديات وصناديق البطالة (a‑kassor)، لأسئلة عن ملفات أفراد:
