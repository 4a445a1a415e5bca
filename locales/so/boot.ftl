# Somali translation of locales/sv/boot.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Texts that index.html shows before the app has started. Build time only:
# `make prerender` writes them into index.html; the app never downloads this file.
# Phone numbers are variables, rendered as left-to-right tel: links.

## When the app cannot start

# $phone (String) - the jobseekers' line 0771-416 416, rendered as a left-to-right link.
boot-error = Vägvisaren ma bilaabmin. Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan): { $phone }.

## Without JavaScript

noscript-heading = Sida aad caawimaad uga heli karto Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan)
noscript-digital = Internetka: tag arbetsformedlingen.se. Halkaas badanaa waxaad u baahan tahay aqoonsi elektaroonig ah (e-legitimation) sida BankID ama Freja eID.
# $phone (String) - the jobseekers' line 0771-416 416; $etablering_phone (String) - the introduction programme's line 0771-860 100. Both are rendered as left-to-right links.
noscript-remote = Fogaan, taleefan: wac { $phone }. Ma ku diiwaangashan tahay barnaamijka dejinta (etableringsprogrammet)? Markaas waxaad caawimaad af Carabi, Ingiriisi, Faarsi, Soomaali iyo Tigrinya ah ka heli kartaa { $etablering_phone }.
noscript-service-office = Xafiiska adeegga (servicekontor) ee Statens servicecenter (xarumaha adeegga dowladda): tag adigoon ballan qabsan. Shaqaaluhu way ku caawinayaan.
noscript-booked-meeting = Kulan la ballansaday: wac oo weydii. Arbetsförmedlingen ayaa qiimaysa haddii aad u baahan tahay kulan.
