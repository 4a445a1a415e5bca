# Persian translation of locales/sv/staff.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — pages for staff at service offices. Staff read Swedish.
# Plain Persian: short sentences, "شما", everyday words.
# Overview ids start with "overview-"; staff-mode ids start with "staff-" and "qr-".
# The table also uses ids from pages.ftl: the office-…, presence-… and
# local-… messages of a municipality's places.

## Overview of all municipalities

overview-title = همهٔ کمون‌ها: دفترهای خدمات و ملاقات با وقت قبلی
overview-lead = کمونی را جستجو کنید که مراجعه‌کننده در آن زندگی می‌کند. آن‌وقت می‌بینید که آیا دفتر خدمات وجود دارد و مراجعه‌کننده کجا می‌تواند با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) ملاقات با وقت قبلی داشته باشد. اگر کمون یکی از این‌ها را نداشته باشد، نزدیک‌ترین جایگزین نشان داده می‌شود.
overview-search-label = جستجوی کمون، نام محل یا کد کمون (kommunkod)
overview-search-hint = مثلاً Dorotea، Sveg یا 2425. می‌توانید بدون å، ä و ö بنویسید.
overview-county-label = استان (län)
overview-county-all = همهٔ استان‌ها
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] هیچ کمونی نشان داده نمی‌شود. حروف کمتری بنویسید یا «همهٔ استان‌ها» را انتخاب کنید.
        [one] یک کمون نشان داده می‌شود.
       *[other] { $count } کمون نشان داده می‌شود.
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    مرتب‌شده بر اساس { $column ->
        [county] استان
       *[name] کمون
    }، { $direction ->
        [descending] نزولی
       *[ascending] صعودی
    }.
overview-caption = دفترهای خدمات و ملاقات با وقت قبلی در ۲۹۰ کمون سوئد
overview-col-municipality = کمون
overview-col-county = استان
overview-col-service-office = دفتر خدمات
overview-col-booked-meetings = ملاقات با وقت قبلی
overview-no-presence = در این کمون ملاقات با وقت قبلی نیست. نزدیک‌ترین:
overview-no-office = دفتر خدماتی که بدانیم هنوز وجود دارد نیست. نزدیک‌ترین:
overview-col-changed = آخرین تغییر
overview-unchanged = از ۲۰۲۱ تغییری شناخته نشده
overview-changed-only = فقط کمون‌هایی را نشان بده که از ۲۰۲۱ در آن‌ها چیزی تغییر کرده است
overview-unchanged-note = دفترهایی که خطی دربارهٔ تغییر ندارند در گزارش ۲۰۲۱ هستند و از تغییر بعدی خبر نداریم.
overview-pending-nearest = تا وقتی آماده شود، نزدیک‌ترین:
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = منبع: { $source }. این اطلاعات مربوط به { $date } است.

## Staff mode (for service-office staff at the desk)

staff-language-title = مراجعه‌کننده به چه زبانی می‌خواند؟
staff-language-lead = زبان را همراه با مراجعه‌کننده انتخاب کنید. بعد پرسش‌ها به آن زبان و با سوئدی در کنارشان نشان داده می‌شوند.
qr-heading = در گوشی خودتان ادامه دهید
qr-intro = کد را با دوربین گوشی اسکن کنید. آن‌وقت همین نتیجه در گوشی شما باز می‌شود. این نشانی فقط پاسخ‌ها را دارد، نه اینکه شما چه کسی هستید.
qr-show = نشان دادن کد QR
qr-hide = پنهان کردن کد QR
qr-label = کد QR با نشانی این نتیجه

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = شروع دوباره
kiosk-dialog-title = وقت بیشتری لازم دارید؟
kiosk-dialog-text = مدتی است کسی از این صفحه استفاده نکرده است. اگر تا یک دقیقه کسی پاسخ ندهد، صفحه از نو شروع می‌شود و پاسخ‌ها پاک می‌شوند.
kiosk-extend = بله، وقت بیشتری لازم دارم
kiosk-end-now = نه، همین حالا از نو شروع کن
