# Persian translation of locales/sv/shell.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Everything else is in pages.ftl, flow.ftl and staff.ftl, fetched with the pages chunk (src/i18n/catalog.rs).
# Plain Persian: short sentences, "شما", everyday words.
# Proper names stay in Swedish (Latin script). Never write a phone number in a message: the app shows numbers beside the text as left-to-right links.

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = به چند پرسش کوتاه پاسخ دهید و بفهمید چگونه از Arbetsförmedlingen (ادارهٔ کاریابی سوئد) کمک بگیرید: در اینترنت، با تلفن، در دفتر خدمات یا در ملاقات با وقت قبلی.
skip-to-content = رفتن به محتوای اصلی
header-tagline = راه درست به Arbetsförmedlingen را پیدا کنید
language-picker-label = انتخاب زبان
language-failed = متن‌ها به این زبان بارگیری نشد. برای همین، صفحه به زبان سوئدی نشان داده می‌شود.
footer-help-heading = همین حالا به کمک نیاز دارید؟
footer-phone-intro = با خدمات مشتریان Arbetsförmedlingen (ادارهٔ کاریابی سوئد) برای جویندگان کار تماس بگیرید:
footer-official-source = Vägvisaren بر پایهٔ گزارش Arbetsförmedlingen با عنوان «Likvärdig service i hela landet» (خدمات برابر در سراسر کشور) از ۱ اکتبر ۲۰۲۱ است. اطلاعات به‌روز همیشه نزد Arbetsförmedlingen است.
footer-about = دربارهٔ Vägvisaren، منابع و دسترس‌پذیری
footer-official-site = وب‌سایت Arbetsförmedlingen
footer-staff-intro = در یک دفتر خدمات (servicekontor) کار می‌کنید؟
footer-privacy = پاسخ‌های شما به هیچ جا فرستاده نمی‌شود. آن‌ها فقط در نشانی صفحه در همین مرورگر هستند. Vägvisaren از کوکی استفاده نمی‌کند.

## Start page

start-title = راه درست به Arbetsförmedlingen را پیدا کنید
start-lead = به چند پرسش کوتاه پاسخ دهید. آن‌وقت می‌فهمید ساده‌ترین راه برای گرفتن کمک چیست و چه کار باید بکنید.
start-routes-intro = شما می‌توانید به چهار روش از Arbetsförmedlingen (ادارهٔ کاریابی سوئد) کمک بگیرید:
start-route-digital = در اینترنت، اغلب با شناسهٔ الکترونیکی (e‑legitimation)
start-route-remote = از راه دور، با تلفن، چت یا ویدیو
start-route-service-office = در یکی از دفترهای خدمات (servicekontor) متعلق به Statens servicecenter (مراکز خدمات دولتی)، بدون گرفتن وقت قبلی
start-route-booked-meeting = در ملاقات با وقت قبلی، اگر به حمایت زیادی نیاز دارید
start-who = Vägvisaren برای شماست، اگر به عنوان جویای کار ثبت‌نام کرده‌اید یا می‌خواهید ثبت‌نام کنید. کارکنان دفترهای خدمات هم می‌توانند همراه با یک مراجعه‌کننده از آن استفاده کنند.
start-button = شروع
start-privacy-heading = پاسخ‌های شما
start-privacy = پاسخ‌های شما به Arbetsförmedlingen یا هیچ جای دیگری فرستاده نمی‌شود. آن‌ها فقط در نشانی صفحه در همین مرورگر و در تاریخچهٔ مرورگر هستند. برای پاک کردن آن‌ها، تاریخچه را پاک کنید.
start-phone-heading = ترجیح می‌دهید تلفن بزنید؟
start-phone = با خدمات مشتریان Arbetsförmedlingen تماس بگیرید:

## Data errors

data-error-phone = همیشه می‌توانید تماس بگیرید:
data-error-retry = دوباره امتحان کنید

## While the pages are fetched, and if they cannot be

page-loading = در حال بارگیری صفحه …
page-error-heading = صفحه بارگیری نشد
page-error-text = بارگیری صفحه ممکن نشد. اتصال اینترنت خود را بررسی کنید و دوباره امتحان کنید.

## Notices

offline-notice = شما به اینترنت وصل نیستید. Vägvisaren باز هم کار می‌کند، ولی اطلاعات دفترها ممکن است قدیمی باشد.
data-cached-notice = اطلاعات دفترها از یک نسخهٔ ذخیره‌شده است و ممکن است قدیمی باشد.

## Staff mode (for service-office staff at the desk)

staff-toggle = حالت کارکنان
staff-banner-title = حالت کارکنان
staff-banner-text = برای کارکنان دفترهای خدمات. متن‌ها به زبان مراجعه‌کننده و با سوئدی در کنارشان نشان داده می‌شوند. وقتی کار مراجعه‌کننده تمام شد، «مراجعه‌کنندهٔ جدید» را بزنید.
staff-new-visitor = مراجعه‌کنندهٔ جدید
staff-overview-link = همهٔ کمون‌ها
staff-line-intro = تلفن برای کارمندان ادارات دولتی، کمون‌ها و صندوق‌های بیمهٔ بیکاری (a‑kassor)، برای پرسش دربارهٔ پرونده‌های افراد:
