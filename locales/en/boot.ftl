# English translation of locales/sv/boot.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Texts that index.html shows before the app has started. Build time only:
# `make prerender` writes them into index.html; the app never downloads this file.
# Phone numbers are variables, rendered as left-to-right tel: links.

## When the app cannot start

# $phone (String) - the jobseekers' line 0771-416 416, rendered as a left-to-right link.
boot-error = Vägvisaren could not start. Call Arbetsförmedlingen (the Swedish Public Employment Service): { $phone }.

## Without JavaScript

noscript-heading = How to get help from Arbetsförmedlingen (the Swedish Public Employment Service)
noscript-digital = On the web: go to arbetsformedlingen.se. There you often need e-legitimation (an electronic ID such as BankID or Freja eID).
# $phone (String) - the jobseekers' line 0771-416 416; $etablering_phone (String) - the introduction programme's line 0771-860 100. Both are rendered as left-to-right links.
noscript-remote = By phone: call { $phone }. Are you registered in the introduction programme (etableringsprogrammet)? Then you can get help in Arabic, English, Persian, Somali and Tigrinya on { $etablering_phone }.
noscript-service-office = At a service office (servicekontor) run by Statens servicecenter, the government’s service centres: go there without an appointment. The staff help you.
noscript-booked-meeting = At a booked meeting: call and ask. Arbetsförmedlingen assesses whether you need a meeting.
