# Arabic translation of locales/sv/staff.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — pages for staff at service offices. Staff read Swedish.
# Plain Modern Standard Arabic: short sentences, everyday words.
# Overview ids start with "overview-"; staff-mode ids start with "staff-" and "qr-".
# The table also uses ids from pages.ftl: the office-…, presence-… and
# local-… messages of a municipality's places.

## Overview of all municipalities

overview-title = كل البلديات: مكاتب الخدمة واللقاءات بموعد مسبق
overview-lead = ابحث عن البلدية التي يسكن فيها الزائر. سترى هل يوجد مكتب خدمة، وأين يمكن للزائر أن يحصل على لقاءات بموعد مسبق مع Arbetsförmedlingen (مكتب العمل السويدي). إذا كان أحدهما غير موجود في البلدية، يظهر أقرب بديل.
overview-search-label = ابحث عن بلدية أو اسم مكان أو رمز البلدية (kommunkod)
overview-search-hint = مثلًا Dorotea أو Sveg أو 2425. يمكنك الكتابة بدون å وä وö.
overview-county-label = المحافظة (län)
overview-county-all = كل المحافظات
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] لا تظهر أي بلدية. جرّب أن تكتب حروفًا أقل أو اختر «كل المحافظات».
        [zero] لا تظهر أي بلدية. جرّب أن تكتب حروفًا أقل أو اختر «كل المحافظات».
        [one] تظهر بلدية واحدة.
        [two] تظهر بلديتان.
        [few] تظهر { $count } بلديات.
        [many] تظهر { $count } بلدية.
       *[other] تظهر { $count } بلدية.
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    مرتَّب حسب { $column ->
        [county] المحافظة
       *[name] البلدية
    }، { $direction ->
        [descending] تنازليًا
       *[ascending] تصاعديًا
    }.
overview-caption = مكاتب الخدمة واللقاءات بموعد مسبق في كل بلديات السويد، وعددها 290
overview-col-municipality = البلدية
overview-col-county = المحافظة
overview-col-service-office = مكتب الخدمة
overview-col-booked-meetings = اللقاءات بموعد مسبق
overview-no-presence = لا توجد لقاءات بموعد مسبق في البلدية. الأقرب:
overview-no-office = لا يوجد مكتب خدمة نعرف أنه لا يزال موجودًا. الأقرب:
overview-col-changed = آخر تغيير
overview-unchanged = لا تغيير معروف منذ 2021
overview-changed-only = اعرض فقط البلديات التي تغيّر فيها شيء منذ 2021
overview-unchanged-note = المكاتب التي ليس بجانبها سطر عن تغيير موجودة في تقرير عام 2021، ولا نعرف أي تغيير لاحق.
overview-pending-nearest = إلى أن يصبح جاهزًا، الأقرب هو:
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = المصدر: { $source }. المعلومات بحسب الوضع في { $date }.

## Staff mode (for service-office staff at the desk)

staff-language-title = بأي لغة يقرأ الزائر؟
staff-language-lead = اختر اللغة مع الزائر. بعد ذلك تظهر الأسئلة بهذه اللغة، وبجانبها السويدية.
qr-heading = تابِع على هاتفك المحمول
qr-intro = امسح الرمز بكاميرا هاتفك. ستُفتح النتيجة نفسها على هاتفك. الرابط يحتوي على الإجابات فقط، ولا يحتوي على أي معلومات عن هويتك.
qr-show = عرض رمز QR
qr-hide = إخفاء رمز QR
qr-label = رمز QR فيه رابط هذه النتيجة

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = البدء من جديد
kiosk-dialog-title = هل تحتاج إلى وقت أطول؟
kiosk-dialog-text = لم يستخدم أحد الصفحة منذ مدة. إذا لم يُجب أحد خلال دقيقة، تبدأ الصفحة من جديد وتُحذف الإجابات.
kiosk-extend = نعم، أحتاج إلى وقت أطول
kiosk-end-now = لا، ابدأ من جديد الآن
