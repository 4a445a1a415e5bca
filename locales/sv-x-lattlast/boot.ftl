# Vägvisaren på lättläst svenska — texts that index.html shows before the app has started.
# Not reviewed by a lättläst editor and not tested with readers.
# Build time only: `make prerender` writes them into index.html; the app never downloads this file.
# Phone numbers are variables: the build renders each one as a left-to-right tel: link. Never type a number in the text.

## When the app cannot start (not even the Swedish texts could be loaded)

# $phone (String) - the jobseekers' line 0771-416 416, rendered as a left-to-right link.
boot-error = Vägvisaren kunde inte starta. Ring Arbetsförmedlingen: { $phone }.

## Without JavaScript: the four ways in one sentence each

noscript-heading = Så får du hjälp av Arbetsförmedlingen
noscript-digital = På webben: gå till arbetsformedlingen.se. Där behöver du ofta e-legitimation. Det kan vara BankID eller Freja eID. Med e-legitimation visar du vem du är.
# $phone (String) - the jobseekers' line 0771-416 416; $etablering_phone (String) - the introduction programme's line 0771-860 100. Both are rendered as left-to-right links.
noscript-remote = I telefon: ring { $phone }. Är du inskriven i etableringsprogrammet? Då kan du få hjälp på arabiska, engelska, persiska, somaliska och tigrinja. Ring då { $etablering_phone }.
noscript-service-office = På ett servicekontor hos Statens servicecenter: gå dit när du vill. Du behöver inte boka tid. De som jobbar där hjälper dig.
noscript-booked-meeting = På ett bokat möte: ring och fråga. Arbetsförmedlingen bestämmer om du behöver ett möte.
