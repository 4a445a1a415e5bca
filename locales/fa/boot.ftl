# Persian translation of locales/sv/boot.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Texts that index.html shows before the app has started. Build time only:
# `make prerender` writes them into index.html; the app never downloads this file.
# Phone numbers are variables, rendered as left-to-right tel: links.

## When the app cannot start

# $phone (String) - the jobseekers' line 0771-416 416, rendered as a left-to-right link.
boot-error = Vägvisaren باز نشد. با Arbetsförmedlingen (ادارهٔ کاریابی سوئد) تماس بگیرید: { $phone }.

## Without JavaScript

noscript-heading = چگونه از Arbetsförmedlingen (ادارهٔ کاریابی سوئد) کمک بگیرید
noscript-digital = در اینترنت: به arbetsformedlingen.se بروید. آنجا اغلب به شناسهٔ الکترونیکی (e‑legitimation) مانند BankID یا Freja eID نیاز دارید.
# $phone (String) - the jobseekers' line 0771-416 416; $etablering_phone (String) - the introduction programme's line 0771-860 100. Both are rendered as left-to-right links.
noscript-remote = با تلفن: با { $phone } تماس بگیرید. آیا در برنامهٔ استقرار (etableringsprogrammet) ثبت‌نام کرده‌اید؟ آن‌وقت می‌توانید به عربی، انگلیسی، فارسی، سومالیایی و تیگرینیا از شمارهٔ { $etablering_phone } کمک بگیرید.
noscript-service-office = در دفتر خدمات (servicekontor) متعلق به Statens servicecenter (مراکز خدمات دولتی): بدون وقت قبلی بروید. کارکنان به شما کمک می‌کنند.
noscript-booked-meeting = در ملاقات با وقت قبلی: تماس بگیرید و بپرسید. Arbetsförmedlingen بررسی می‌کند که آیا به ملاقات نیاز دارید.
