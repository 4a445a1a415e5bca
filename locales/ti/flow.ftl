# Tigrinya translation of locales/sv/flow.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren: the questions, the answers and the results.
#
# Every id here is used by the code in domain/ (answers.rs, flow.rs, routing.rs).
# Plain Tigrinya: short sentences, polite plural "ንስኹም" (you), everyday words. One message, one idea.
# The app shows phone numbers and links next to the text. So do not write
# the number in the text (tests/locales.rs fails on a bare number: a literal
# is not bidi-isolated, and in Arabic or Persian its digit groups swap).
# Facts come from Arbetsförmedlingen's report "Likvärdig service i hela
# landet" (2021-10-01). Promise nothing that the report does not say.

## Question: errand

q-errand-title = ብምንታይ ሓገዝ ትደልዩ?
q-errand-hint = እቲ ዝበለጸ ዝሰማማዓኩም ምረጹ።
q-errand-error = ብምንታይ ሓገዝ ከም እትደልዩ ምረጹ
q-errand-check = ጉዳይ

errand-register = ከም ስራሕ ደላዪ ክምዝገብ
errand-activity-report = ጸብጻብ ንጥፈታተይ (aktivitetsrapport) ከቕርብ
errand-find-jobs = ስራሕ ክደሊ ወይ ፕሮፋይል ክፈጥር
errand-find-jobs-hint = ንኣብነት ኣብ Platsbanken (መወዓውዒታት ስራሕ) ወይ Mina profiler (ኣስራሕቲ ዝርእይዎ ፕሮፋይል)።
errand-planning = ሕቶታት ብዛዕባ ትልመይ ወይ ውሳነ
errand-planning-hint = ንኣብነት ብዛዕባ nystartsjobb ወይ Rusta och matcha ዝተዋህበ ውሳነ። nystartsjobb ማለት ኣስራሒ ንዓኹም ንምቑጻር ደገፍ ዝረኽበሉ ስራሕ እዩ። Rusta och matcha ማለት ስራሕ ንምርካብ ወይ ትምህርቲ ንምጅማር ካብ ኣቕራቢ ትረኽብዎ ደገፍ እዩ።
errand-forms = ቅጥዕታት ወይ ምስክር ወረቓቕቲ ክወስድ ወይ ከረክብ
errand-guidance = ምኽሪ ብዛዕባ ስራሕ ወይ ትምህርቲ
errand-disability = ስንክልና ስለ ዘለኒ ወይ ተሃድሶ (rehabilitering) ስለ ዘድልየኒ ደገፍ ምርካብ
errand-etablering = ብዛዕባ መደብ እግሪ ምትካል (etableringsprogrammet) ሕቶታት
errand-provider = ካብ ኣቕራቢ (leverantör) ናይ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደገፍ እረክብ ኣለኹ
errand-provider-hint = ንኣብነት Rusta och matcha፣ ወይ Arbetsförmedlingen ካብ ኣቕራቢ ዝገዝኦ ካልእ ኣገልግሎት።
errand-other = ካልእ ነገር፣ ወይ ኣይፈልጥን

## Question: e-legitimation

q-eid-title = ኤሌክትሮኒካዊ መንነት (e-legitimation) ኣለኩም ድዩ?
q-eid-hint = ንኣብነት BankID ወይ Freja eID። ብእኡ ኣብ ኢንተርነት መን ምዃንኩም ተረጋግጹ።
q-eid-error = ኤሌክትሮኒካዊ መንነት ኣለኩም ድዩ የብልኩምን፣ ምረጹ
q-eid-check = ኤሌክትሮኒካዊ መንነት (e-legitimation)

eid-yes = እወ
eid-no = ኣይፋልን
eid-dont-know = ኣይፈልጥን

## Question: the web

q-digital-title = ኣብ ኢንተርነት ኣገልግሎታት ክትጥቀሙ ትኽእሉ ዲኹም?
q-digital-hint = ንኣብነት ምእታው (log in)፣ ሓበሬታ ምምላእን ምልኣኽን።
q-digital-error = ኣብ ኢንተርነት ኣገልግሎታት ክትጥቀሙ ትኽእሉ ዲኹም ኣይትኽእሉን፣ ምረጹ
q-digital-check = ኣገልግሎታት ኣብ ኢንተርነት

digital-alone = እወ፣ ባዕለይ ክገብሮ እኽእል
digital-with-help = እወ፣ ግን ቁሩብ ሓገዝ የድልየኒ
digital-not-at-all = ኣይፋልን

## Question: language support

q-language-support-title = ብዘይካ ሽወደንኛ ብካልእ ቋንቋ ሓገዝ የድልየኩም ድዩ?
q-language-support-hint = ሽወደንኛ ምዝራብ ወይ ምንባብ እንተ ኣጸጊሙኩም፣ እወ ኢልኩም መልሱ።
q-language-support-error = ሓገዝ ብካልእ ቋንቋ የድልየኩም ድዩ ኣየድልየኩምን፣ ምረጹ
q-language-support-check = ሓገዝ ብካልእ ቋንቋ

## Question: adaptations

q-adaptations-title = ብሰንኪ ስንክልና ፍሉይ ምትዕርራይ የድልየኩም ድዩ?
q-adaptations-hint = ንኣብነት ብዛዕባ ምርኣይ፣ ምስማዕ፣ ምንቅስቓስ፣ ወይ ምንባብን ምርዳእን ክኸውን ይኽእል።
q-adaptations-error = ፍሉይ ምትዕርራይ የድልየኩም ድዩ ኣየድልየኩምን፣ ምረጹ
q-adaptations-check = ፍሉይ ምትዕርራይ

## Answers yes and no (language support and adaptations)

answer-yes = እወ
answer-no = ኣይፋልን

## Question: municipality

q-municipality-title = ኣብ ኣየናይ ኮሙን (kommun) ትነብሩ?
q-municipality-hint = መልሱ፣ ሽዑ ኣብ ጥቓኹም ዘለዉ ቦታታት ነርእየኩም። ነዚ ሕቶ ክትሓልፍዎ እውን ትኽእሉ ኢኹም።
q-municipality-error = ካብቲ ዝርዝር ኮሙን ምረጹ ወይ ነቲ ሕቶ ሕለፍዎ
q-municipality-check = ኮሙን
municipality-skip = ነቲ ሕቶ ሕለፍዎ
municipality-skipped = መልሲ የለን

## The routes

route-digital-title = መርበብ ሓበሬታ Arbetsförmedlingen ተጠቐሙ
route-digital-summary = ባዕልኹም ኣብ ኢንተርነት ትገብርዎ፣ ኣብ ዝሰማማዓኩም ግዜ።
route-remote-title = ናብ Arbetsförmedlingen ደውሉ ወይ ብቻት ተራኸቡ
route-remote-summary = ትድውሉ ወይ ብቻት ትጽሕፉ። ናብ ዝኾነ ቦታ ክትጓዓዙ ኣየድልየኩምን።
route-service-office-title = ናብ ቤት ጽሕፈት ኣገልግሎት (servicekontor) ኪዱ
route-service-office-summary = ሰራሕተኛታት Statens servicecenter (ናይ መንግስቲ ማእከላት ኣገልግሎት) ኣብቲ ቦታ ይሕግዙኹም። ቆጸራ ምሓዝ ኣየድልየኩምን።
route-booked-meeting-title = ምስ Arbetsförmedlingen ዝተቖጸረ ርክብ ሕተቱ
route-booked-meeting-summary = ደዊልኩም ብዛዕባ ርክብ ሕተቱ። ኣብዚ ኣብ Vägvisaren ርክብ ክትቆጽሩ ኣይትኽእሉን።
route-provider-meeting-title = ምስ ኣቕራቢኹም ተራኸቡ
route-provider-meeting-summary = ኣብ ግዜ እቲ ኣገልግሎት፣ ኣቕራቢኹም ቀንዲ መራኸቢኹም እዩ።

## Phone and links (the app shows the number or address next to the text)

contact-jobseeker-line = ተሌፎን Arbetsförmedlingen ንስራሕ ደለይቲ
contact-etablering-line = ተሌፎን Arbetsförmedlingen ንመደብ እግሪ ምትካል (etableringsprogrammet)
contact-employer-line = ተሌፎን Arbetsförmedlingen ንኣስራሕቲ
contact-staff-line = ተሌፎን ንሰራሕተኛታት ኣብ ትካላት መንግስቲ፣ ኮሙናትን ሳንዱቕ መድሕን ስራሕ ኣልቦነትን (a-kassor)

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Why this route

reason-register-digital = ኤሌክትሮኒካዊ መንነት ኣለኩም፣ ኢንተርነት ድማ ባዕልኹም ክትጥቀሙ ትኽእሉ ኢኹም። ስለዚ ኣብ ኢንተርነት ምምዝጋብ እቲ ዝቐለለ እዩ። መብዛሕትኦም ሰባት ከምኡ እዮም ዝገብሩ።
reason-register-no-eid = ኣብ ኢንተርነት ንምምዝጋብ ኤሌክትሮኒካዊ መንነት የድልየኩም። ብዘይ ኤሌክትሮኒካዊ መንነት፣ ብኣካል ቀሪብኩም ትምዝገቡ፣ መንነት ወረቐትኩም (legitimation) ድማ ተርእዩ።
reason-register-with-help = ኣብ ምጥቃም ኢንተርነት ሓገዝ ትደልዩ። ኣብ ቤት ጽሕፈት ኣገልግሎት ሰራሕተኛታት ንምምዝጋብ ይሕግዙኹም።
reason-activity-report-digital = ኤሌክትሮኒካዊ መንነት ኣለኩም፣ ኢንተርነት ድማ ባዕልኹም ክትጥቀሙ ትኽእሉ ኢኹም። ስለዚ ጸብጻብ ንጥፈታትኩም ኣብ Mina sidor ተቕርቡ። ዳርጋ ኩሎም ከምኡ እዮም ዝገብሩ።
reason-activity-report-no-eid = ናብ Mina sidor (ኣብ arbetsformedlingen.se ዘሎ ናይ ውልቂ ገጽኩም) ንምእታው ኤሌክትሮኒካዊ መንነት የድልየኩም። ኣብ ቤት ጽሕፈት ኣገልግሎት ጸብጻብ ንጥፈታትኩም ንምቕራብ ሓገዝ ትረኽቡ።
reason-activity-report-with-help = ኣብ ምጥቃም ኢንተርነት ሓገዝ ትደልዩ። ኣብ ቤት ጽሕፈት ኣገልግሎት ሰራሕተኛታት ጸብጻብ ንጥፈታትኩም ንምቕራብ ይሕግዙኹም።
reason-find-jobs-digital = ኣብ Platsbanken ኣብ ዝኾነ ክፋል ሃገር እንተ ነበርኩም ተመሳሳሊ መወዓውዒ ስራሕ ትርእዩ። ኢንተርነት ባዕልኹም ክትጥቀሙ ትኽእሉ ኢኹም፣ ስለዚ ብቐጥታ ክትጅምሩ ትኽእሉ ኢኹም።
reason-find-jobs-with-help = ኣብ ቤት ጽሕፈት ኣገልግሎት ኮምፒዩተር ክትጥቀሙን ኣብ ኢንተርነት ስራሕ ንምድላይ ሓገዝ ክትረኽቡን ትኽእሉ ኢኹም።
reason-planning-remote = Arbetsförmedlingen ዝርርባት ትልሚ ብተሌፎን የካይድ። ብዙሓት ውሳነታት እውን ከይተራኸብኩም ክወስድ ይኽእል።
reason-forms-service-office = ኣብ ቤት ጽሕፈት ኣገልግሎት ቅጥዕታትን ምስክር ወረቓቕትን ክትወስዱ፣ ክትመልኡን ከተረክቡን ትኽእሉ ኢኹም። ቆጸራ ምሓዝ ኣየድልየኩምን።
reason-guidance-digital = Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ ኢንተርነት ምኽሪ ሞያ (karriärvägledning) ኣለዎ። ናብ ገለ ቋንቋታት ይትርጎም ኣሎ።
reason-guidance-remote = ኣብ ኢንተርነት ኣገልግሎታት ክትጥቀሙ ከም ዘይትኽእሉ መሊስኩም። ናብ Arbetsförmedlingen ደዊልኩም ብዛዕባ ስራሕን ትምህርትን ተዛረቡ።
reason-disability-booked-meeting = ብዙሕ ደገፍ እንተ ኣድልዩኩም፣ ዝተቖጸረ ርክብ ክትረኽቡ ትኽእሉ ኢኹም። ቅድሚኡ Arbetsförmedlingen ምሳኹም ብሓባር እንታይ ከም ዘድልየኩም ይግምግም።
reason-etablering-remote-language = ኣብ መደብ እግሪ ምትካል እንተ ተመዝጊብኩም፣ ብተሌፎን ብዓረብኛ፣ እንግሊዝኛ፣ ፋርስኛ፣ ሶማልኛን ትግርኛን ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም።
reason-etablering-remote = ብዛዕባ መደብ እግሪ ምትካል ሕቶታት ብተሌፎን ወይ ብቻት ክትሓቱ ትኽእሉ ኢኹም።
reason-etablering-booked-meeting = ኢንተርነት ክትጥቀሙ ከም ዘይትኽእሉ ወይ ፍሉይ ምትዕርራይ ከም ዘድልየኩም መሊስኩም። ሽዑ ዝተቖጸረ ርክብ ዝበለጸ ክሰማማዓኩም ይኽእል። Arbetsförmedlingen ምሳኹም ብሓባር የድልየኩም እንተ ኾይኑ ይግምግም።
reason-provider-meeting = ኣብ ኣገልግሎት ናይ ኣቕራቢ ክትሳተፉ ከለኹም፣ እቲ ኣቕራቢ ቀንዲ መራኸቢኹም እዩ። እቲ ኣቕራቢ ርክባትን ንጥፈታትን የቕርብ። ኣገልግሎት Stöd och matchning ሕጂ የለን። ኣብ ታሕሳስ 2021 Rusta och matcha ተኪኡዎ፣ ማለት ስራሕ ንምርካብ ወይ ትምህርቲ ንምጅማር ካብ ኣቕራቢ ትረኽብዎ ደገፍ (Arbetsförmedlingen፣ 1 ጥቅምቲ 2021)።
reason-other-digital = ኢንተርነት ባዕልኹም ክትጥቀሙ ትኽእሉ ኢኹም። ኣብ arbetsformedlingen.se ብዙሕ ሓበሬታን ብዙሓት ኣገልግሎታትን ኣሎ።
reason-other-remote = ኣብ ተሌፎን Arbetsförmedlingen ሕቶታት ክትሓቱ ትኽእሉ ኢኹም። ኣብኡ ንጉዳይኩም ብኸመይ ሓገዝ ከም እትረኽቡ ክትፈልጡ ኢኹም።

## Steps: what you do now

step-visit-service-office = ኣብ ዝሰማማዓኩም ግዜ ናብ ቤት ጽሕፈት ኣገልግሎት ኪዱ።
step-call-jobseeker-line = ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደውሉ።
step-chat = ምስ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ብቻት እውን ክትራኸቡ ትኽእሉ ኢኹም።
step-learn-digital = ኣብ ምጥቃም ኢንተርነት ዝያዳ ክእለት ክትረኽቡ ትደልዩ ዲኹም? Digitala jag ዝያዳ ክትመሃሩሉ ትኽእሉ መርበብ ሓበሬታ እዩ።
step-needs-assessment = Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ምሳኹም ብሓባር ዝተቖጸረ ርክብ የድልየኩም እንተ ኾይኑ ይግምግም።
step-meeting-by-phone-or-video = ዝተቖጸረ ርክብ ብተሌፎን ወይ ብቪድዮ እውን ክኸውን ይኽእል።
step-register-online = ኣብ arbetsformedlingen.se ተመዝገቡ። ብኤሌክትሮኒካዊ መንነትኩም እተዉ (log in)።
step-register-book-first-meeting = ክትምዝገቡ ከለኹም፣ ምስ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ንቀዳማይ ርክብኩም ቆጸራ ሓዙ።
step-register-identify-in-person = መንነት ወረቐትኩም (legitimation) ሒዝኩም ምጹ። ሰራሕተኛታት ንምምዝጋብ ይሕግዙኹም።
step-register-send-form = ቅድም ቅጥዒ ምዝገባ ክትሰዱ እውን ትኽእሉ ኢኹም። ድሕሪኡ ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ክትበጽሑ ከለኹም መንነት ወረቐትኩም ሒዝኩም ኪዱ።
step-register-staff-help = ሰራሕተኛታት ኣብ ኢንተርነት ንምምዝጋብ ይሕግዙኹም።
step-log-in-mina-sidor = ናብ Mina sidor፣ ኣብ arbetsformedlingen.se ዘሎ ናይ ውልቂ ገጽኩም፣ እተዉ። ኤሌክትሮኒካዊ መንነትኩም ተጠቐሙ።
step-activity-report-online = ጸብጻብ ንጥፈታትኩም ኣብ Mina sidor ኣቕርቡ።
step-activity-report-staff-help = ሰራሕተኛታት ጸብጻብ ንጥፈታትኩም ንምቕራብ ይሕግዙኹም።
step-platsbanken = ኣብ Platsbanken፣ ኣብ arbetsformedlingen.se ዘለዉ መወዓውዒታት ስራሕ፣ ስራሕ ድለዩ።
step-mina-profiler = ኣብ Mina profiler ፕሮፋይል ፍጠሩ። ኣስራሕቲ ነቲ ፕሮፋይል ርእዮም ክረኽቡኹም ይኽእሉ።
step-job-alerts = ብዛዕባ ምስ ፕሮፋይልኩም ዝሰማማዑ ሓደሽቲ መወዓውዒ ስራሕ ኢመይል ክትረኽቡ ትኽእሉ ኢኹም።
step-service-office-computers = ኣብኡ ኮምፒዩተር ክትጥቀሙን ኣብ ምጥቃም ኣገልግሎታት Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ ኢንተርነት ሓገዝ ክትረኽቡን ትኽእሉ ኢኹም።
step-have-decision-ready = ክትድውሉ ከለኹም ትልምኹም ወይ ውሳነኹም ኣብ ቅድሜኹም ይሃሉ።
step-forms-get-fill-in = ኣብኡ ቅጥዒ ወሲድኩም ክትመልእዎ ትኽእሉ ኢኹም።
step-forms-hand-in = ኣብኡ ቅጥዕታትን ምስክር ወረቓቕትን ከተረክቡ እውን ትኽእሉ ኢኹም።
step-guidance-online = ኣብ arbetsformedlingen.se ዘሎ ምኽሪ ሞያ ተጠቐሙ።
step-guidance-book-remote-meeting = ምስ ሓደ ሰብ ብዛዕባ እቲ ውጽኢት ክትዛረቡ ትደልዩ ዲኹም? ሽዑ ብተሌፎን ወይ ብቪድዮ ርክብ ቆጸራ ክትሕዙ ትኽእሉ ኢኹም።
step-guidance-ask = ብዛዕባ ስራሕ ወይ ትምህርቲ ምኽሪ ከም እትደልዩ ንገሩ።
step-call-tell-needs = ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደዊልኩም እንታይ ከም ዘድልየኩም ንገሩ።
step-play-webinars = ኣብ Arbetsförmedlingen Play ብዛዕባ ናብ ስራሕ ዘቕንዐ ተሃድሶ ዌቢናራት ኣለዉ።
step-play-sign-language = ገለ ዌቢናራት ኣብ Arbetsförmedlingen Play ብቋንቋ ምልክት (teckenspråk) እዮም።
step-call-etablering-line = ናብ ተሌፎን Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ንመደብ እግሪ ምትካል ደውሉ።
step-etablering-line-who = እዚ ተሌፎን ኣብ መደብ እግሪ ምትካል ንዝተመዝገብኩም እዩ።
step-call-ask-meeting-etablering = ናብ ተሌፎን መደብ እግሪ ምትካል ደዊልኩም ብዛዕባ ዝተቖጸረ ርክብ ሕተቱ።
step-call-ask-meeting = ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደዊልኩም ብዛዕባ ዝተቖጸረ ርክብ ሕተቱ።
step-contact-provider = ብዛዕባ ርክባትን ንጥፈታትን ምስ ኣቕራቢኹም ተራኸቡ።
step-provider-remote = ካብ ርሑቕ ርክባት ክትገብሩ ትኽእሉ እንተ ኾንኩም ንኣቕራቢኹም ሕተቱ።
step-decisions-arbetsformedlingen = ውሳነታት ዝወስድ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) እዩ፣ እቲ ኣቕራቢ ኣይኮነን። ብዛዕባ ውሳነ ሕቶ ኣለኩም ድዩ? ንArbetsförmedlingen ሕተቱ።
step-read-online = ብዛዕባ ጉዳይኩም ኣብ arbetsformedlingen.se ኣንብቡ።
step-describe-errand = ብምንታይ ሓገዝ ከም እትደልዩ ንገሩ። ሽዑ እንታይ ክትገብሩ ከም ዘለኩም ክትፈልጡ ኢኹም።

## Other routes that also work

alt-remote-questions = ሕቶታት ኣለኩም ድዩ? ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደውሉ።
alt-service-office-contact = ናብ ቤት ጽሕፈት ኣገልግሎት ኪዱ። እንተ ኣድልዩኩም፣ ሰራሕተኛታት ምስ ሰራሕተኛ Arbetsförmedlingen (arbetsförmedlare) ንክትራኸቡ ክሕግዙኹም ይኽእሉ።
alt-service-office-web-help = ኣብ ምጥቃም ኢንተርነት ሓገዝ እንተ ደሊኹም ናብ ቤት ጽሕፈት ኣገልግሎት ኪዱ። ቆጸራ ምሓዝ ኣየድልየኩምን።
alt-service-office-register = ንምምዝጋብ ሓገዝ ትደልዩ ዲኹም? ናብ ቤት ጽሕፈት ኣገልግሎት ኪዱ። ቆጸራ ምሓዝ ኣየድልየኩምን።
alt-digital-mina-sidor = ጉዳይኩም ኣብ Mina sidor (ኣብ arbetsformedlingen.se ዘሎ ናይ ውልቂ ገጽኩም) ክትከታተሉ ትኽእሉ ኢኹም። ኤሌክትሮኒካዊ መንነት የድልየኩም።
alt-remote-which-form = ኣየናይ ቅጥዒ ከም ዘድልየኩም ኣይትፈልጡን ዲኹም? ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደዊልኩም ሕተቱ።
alt-remote-informative = ሓበሬታ እንተደሊኹም ወይ ከመይ ከም እትቕጽሉ ክትፈልጡ እንተደሊኹም ናብ ኣገልግሎት ዓማዊል ደውሉ።
alt-chat-tell-needs = ካብ ምድዋል ምጽሓፍ ትመርጹ ዶ? ኣብ arbetsformedlingen.se ኣብቲ ቻት ጽሓፉ። ኣብኡ ሕቶታት ክትሓቱን ከመይ ከም እትቕጽሉ ክትፈልጡን ትኽእሉ።
alt-booked-meeting-ask = ምስ Arbetsförmedlingen ክትራኸቡ የድልየኩም ድዩ? ክትድውሉ ከለኹም ብዛዕባ ዝተቖጸረ ርክብ ሕተቱ። Arbetsförmedlingen የድልየኩም እንተ ኾይኑ ይግምግም።
alt-remote-etablering-language = ብተሌፎን ብዓረብኛ፣ እንግሊዝኛ፣ ፋርስኛ፣ ሶማልኛን ትግርኛን ሓገዝ ክትረኽቡ እውን ትኽእሉ ኢኹም።
alt-remote-decisions = ብዛዕባ ውሳነ ሕቶታት ኣለኩም ድዩ? ናብ Arbetsförmedlingen ደውሉ።
alt-remote-right-way = መልሲ ኣይረኸብኩምን ዲኹም? ናብ Arbetsförmedlingen ደውሉ። ኣብኡ ብኸመይ ሓገዝ ከም እትረኽቡ ክትፈልጡ ኢኹም።

## Good to know (shown with each result when it applies to you)

note-language-support = ኣብ ቤት ጽሕፈት ኣገልግሎት ብቋንቋኹም ሓገዝ የድልየኩም ድዩ? ንሰራሕተኛታት ንገርዎም። ንዕኡ ዝኸውን ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ዝራኸብ ፍሉይ መስመር ተሌፎን ኣለዎም።
note-adaptations-tell = ምስ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ክትራኸቡ ከለኹም እንታይ ከም ዘድልየኩም ንገሩ።
note-adaptations-booked-meeting = ምስ Arbetsförmedlingen ክትራኸቡ እንተ ኣድልዩኩም፣ ዝተቖጸረ ርክብ ክትረኽቡ ትኽእሉ ኢኹም። ቅድሚኡ Arbetsförmedlingen እንታይ ከም ዘድልየኩም ይግምግም።
note-adaptations-sign-language = ገለ ዌቢናራት ኣብ Arbetsförmedlingen Play ብቋንቋ ምልክት (teckenspråk) እዮም።
note-protected-identity = ዝተሓለወ ውልቃዊ ሓበሬታ (skyddade personuppgifter) ኣለኩም ዶ? እዚ ማለት ኣድራሻኹምን ካልእ ሓበሬታ ብዛዕባኹምን ምስጢር ክኸውን ኣለዎ፣ ንኣብነት ሓደ ሰብ ስለ ዘፈራርሃኩም። እንተኾይኑ ነቲ ዲጂታላዊ ኣገልግሎታት Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ክትጥቀሙ ኣይትኽእሉን። ኣብ ክንድኡ ናብ Arbetsförmedlingen ደውሉ።
