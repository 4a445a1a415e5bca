# Tigrinya translation of locales/sv/boot.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Texts that index.html shows before the app has started. Build time only:
# `make prerender` writes them into index.html; the app never downloads this file.
# Phone numbers are variables, rendered as left-to-right tel: links.

## When the app cannot start

# $phone (String) - the jobseekers' line 0771-416 416, rendered as a left-to-right link.
boot-error = Vägvisaren ክጅምር ኣይከኣለን። ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደውሉ፦ { $phone }።

## Without JavaScript

noscript-heading = ካብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ብኸመይ ሓገዝ ትረኽቡ
noscript-digital = ብኢንተርነት፦ ናብ arbetsformedlingen.se ኪዱ። ኣብኡ መብዛሕትኡ ግዜ ከም BankID ወይ Freja eID ዝኣመሰለ ኤሌክትሮኒካዊ መንነት (e-legitimation) የድልየኩም።
# $phone (String) - the jobseekers' line 0771-416 416; $etablering_phone (String) - the introduction programme's line 0771-860 100. Both are rendered as left-to-right links.
noscript-remote = ካብ ርሑቕ ብተሌፎን፦ ናብ { $phone } ደውሉ። ኣብ መደብ እግሪ ምትካል (etableringsprogrammet) እንተ ተመዝጊብኩም፣ ብዓረብኛ፣ እንግሊዝኛ፣ ፋርስኛ፣ ሶማልኛን ትግርኛን ኣብ { $etablering_phone } ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
noscript-service-office = ኣብ ቤት ጽሕፈት ኣገልግሎት (servicekontor) ናይ Statens servicecenter (ናይ መንግስቲ ማእከላት ኣገልግሎት)፦ ቆጸራ ከይሓዝኩም ኪዱ። ሰራሕተኛታት ይሕግዙኹም።
noscript-booked-meeting = ዝተቖጸረ ርክብ፦ ደዊልኩም ሕተቱ። Arbetsförmedlingen ርክብ የድልየኩም እንተ ኾይኑ ይግምግም።
