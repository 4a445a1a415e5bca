# Arabic translation of locales/sv/boot.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Texts that index.html shows before the app has started. Build time only:
# `make prerender` writes them into index.html; the app never downloads this file.
# Phone numbers are variables, rendered as left-to-right tel: links.

## When the app cannot start

# $phone (String) - the jobseekers' line 0771-416 416, rendered as a left-to-right link.
boot-error = تعذّر تشغيل Vägvisaren. اتصل بـ Arbetsförmedlingen (مكتب العمل السويدي): { $phone }.

## Without JavaScript

noscript-heading = كيف تحصل على المساعدة من Arbetsförmedlingen (مكتب العمل السويدي)
noscript-digital = على الإنترنت: ادخل إلى arbetsformedlingen.se. هناك تحتاج غالبًا إلى هوية إلكترونية (e‑legitimation) مثل BankID أو Freja eID.
# $phone (String) - the jobseekers' line 0771-416 416; $etablering_phone (String) - the introduction programme's line 0771-860 100. Both are rendered as left-to-right links.
noscript-remote = بالهاتف: اتصل بالرقم { $phone }. هل أنت مسجَّل في برنامج التأسيس (etableringsprogrammet)؟ يمكنك الحصول على المساعدة بالعربية والإنجليزية والفارسية والصومالية والتغرينية على الرقم { $etablering_phone }.
noscript-service-office = في مكتب الخدمة (servicekontor) التابع لـ Statens servicecenter (مراكز الخدمة الحكومية): اذهب دون حجز موعد. يساعدك الموظفون هناك.
noscript-booked-meeting = في لقاء بموعد مسبق: اتصل واسأل. تقيّم Arbetsförmedlingen إن كنت تحتاج إلى لقاء.
