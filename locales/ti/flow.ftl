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
q-eid-hint = ንኣብነት BankID ወይ Freja eID Plus። ብእኡ ኣብ ኢንተርነት መን ምዃንኩም ተረጋግጹ። እቲ ኣብ መንነት ካርድ ናይ ቤት ጽሕፈት ግብሪ (Skatteverket) ዘሎ ኤሌክትሮኒካዊ መንነት ኣብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣይሰርሕን።
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
reason-register-no-eid = ብምሉኡ ኣብ ኢንተርነት ንምምዝጋብ ኤሌክትሮኒካዊ መንነት የድልየኩም። ብዘይ ኤሌክትሮኒካዊ መንነት፣ ምዝገባኹም ኣብ ቤት ጽሕፈት ኣገልግሎት (servicekontor) ተወድኡ።
reason-register-with-help = ኣብ ምጥቃም ኢንተርነት ሓገዝ ትደልዩ። ኣብ ቤት ጽሕፈት ኣገልግሎት ሰራሕተኛታት ንምምዝጋብ ይሕግዙኹም።
reason-activity-report-digital = ኤሌክትሮኒካዊ መንነት ኣለኩም፣ ኢንተርነት ድማ ባዕልኹም ክትጥቀሙ ትኽእሉ ኢኹም። ስለዚ ጸብጻብ ንጥፈታትኩም ኣብ Mina sidor ተቕርቡ። ዳርጋ ኩሎም ከምኡ እዮም ዝገብሩ።
reason-activity-report-no-eid = ጸብጻብ ንጥፈታት ብኢንተርነት ንምቕራብ ኤሌክትሮኒካዊ መንነት የድልየኩም። ብዘይ ኤሌክትሮኒካዊ መንነት፣ ቅጥዒ Aktivitetsrapport ትመልኡ። ብፖስታ ትሰድዎ ወይ ኣብ ቤት ጽሕፈት ኣገልግሎት ተረክብዎ። ክሳብ 14ይ መዓልቲ ክበጽሕ ኣለዎ።
reason-activity-report-with-help = ኣብ ምጥቃም ኢንተርነት ሓገዝ ትደልዩ። ኣብ ቤት ጽሕፈት ኣገልግሎት ሰራሕተኛታት ጸብጻብ ንጥፈታትኩም ንምቕራብ ይሕግዙኹም።
reason-find-jobs-digital = ኣብ Platsbanken ኣብ ዝኾነ ክፋል ሃገር እንተ ነበርኩም ተመሳሳሊ መወዓውዒ ስራሕ ትርእዩ። ኢንተርነት ባዕልኹም ክትጥቀሙ ትኽእሉ ኢኹም፣ ስለዚ ብቐጥታ ክትጅምሩ ትኽእሉ ኢኹም።
reason-find-jobs-with-help = ኣብ ቤት ጽሕፈት ኣገልግሎት ኮምፒዩተር ክትጥቀሙን ኣብ ኢንተርነት ስራሕ ንምድላይ ሓገዝ ክትረኽቡን ትኽእሉ ኢኹም።
reason-planning-remote = Arbetsförmedlingen ዝርርባት ትልሚ ብተሌፎን የካይድ። ብዙሓት ውሳነታት እውን ከይተራኸብኩም ክወስድ ይኽእል።
reason-forms-service-office = ኣብ ቤት ጽሕፈት ኣገልግሎት ቅጥዕታትን ምስክር ወረቓቕትን ክትወስዱ፣ ክትመልኡን ከተረክቡን ትኽእሉ ኢኹም። ቆጸራ ምሓዝ ኣየድልየኩምን።
reason-guidance-digital = ኣብ arbetsformedlingen.se ብዛዕባ ሞያታትን ትምህርትታትን ሓበሬታ ኣሎ። ተወሳኺ ደገፍ እንተ ኣድልዩኩም፣ ንArbetsförmedlingen ብዛዕባ ምኽሪ ሞያ (karriärvägledning) ክትሓቱ ትኽእሉ ኢኹም። ሽዑ ኣብ ኣቕራቢ ዘሎ መራሒ ይሕግዘኩም።
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
step-chat = ኣብ arbetsformedlingen.se ኣብቲ ቻት እውን ክትጽሕፉ ትኽእሉ ኢኹም። ቀዳማይ ሮቦት ቻት ይምልስ። ብቻት ምስ ሰራሕተኛ Arbetsförmedlingen ምርኻብ መብዛሕትኡ ግዜ ከቢድ እዩ።
step-learn-digital = ኣብ ምጥቃም ኢንተርነት ዝያዳ ክእለት ክትረኽቡ ትደልዩ ዲኹም? Digitala jag ዝያዳ ክትመሃሩሉ ትኽእሉ መርበብ ሓበሬታ እዩ።
step-needs-assessment = Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ምሳኹም ብሓባር ዝተቖጸረ ርክብ የድልየኩም እንተ ኾይኑ ይግምግም።
step-meeting-by-phone-or-video = ዝተቖጸረ ርክብ ብተሌፎን ወይ ብቪድዮ እውን ክኸውን ይኽእል።
step-register-online = ኣብ arbetsformedlingen.se ተመዝገቡ። ብኤሌክትሮኒካዊ መንነትኩም እተዉ (log in)።
step-register-book-first-meeting = ክትምዝገቡ ከለኹም፣ መብዛሕትኡ ግዜ ንዝርርብ መደብ ቆጸራ ትሕዙ። Arbetsförmedlingen እውን ብቐጥታ ክድውለልኩም ይኽእል። ኣብ ውሽጢ ሰለስተ ኣዋርሕ ስራሕ ወይ ትምህርቲ ክትጅምሩ እንተኾይንኩም፣ ዝርርብ ቆጸራ ምሓዝ ኣየድልየኩምን።
step-register-identify-in-person = ሰራሕተኛታት ምዝገባኹም ንምውዳእ ይሕግዙኹም። ካብታ ኣብ ቤት ጽሕፈት ኣገልግሎት ዝጸናሕኩማ መዓልቲ ጀሚሩ ከም ዝተመዝገብኩም ትቑጸሩ።
step-register-send-form = ቅድም ኣብ arbetsformedlingen.se ምምዝጋብ ክትጅምሩ ትኽእሉ ኢኹም። ብስም ተጠቃሚን ቃል ምስጢርን እቶ። ድሕሪኡ ኣብ ቤት ጽሕፈት ኣገልግሎት ተወድኡ።
step-register-staff-help = ሰራሕተኛታት ኣብ ኢንተርነት ንምምዝጋብ ይሕግዙኹም።
step-log-in-mina-sidor = ናብ Mina sidor፣ ኣብ arbetsformedlingen.se ዘሎ ናይ ውልቂ ገጽኩም፣ እተዉ። ኤሌክትሮኒካዊ መንነትኩም ተጠቐሙ።
step-activity-report-online = ጸብጻብ ንጥፈታትኩም ኣብ Mina sidor ኣብ መንጎ 1ይን 14ይን መዓልቲ ናይ ነፍሲ ወከፍ ወርሒ ኣቕርቡ።
step-activity-report-staff-help = ሰራሕተኛታት ነቲ ቅጥዒ ንምሕታምን ንምምላእን ይሕግዙኹም። ኣብኡ ክትርክብዎ ትኽእሉ ኢኹም።
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
step-provider-remote = ኣብ Rusta och matcha፣ Arbetsförmedlingen ካብ ኣቕራቢ ዝገዝኦ ካልእ ኣገልግሎት፣ ትሳተፉ ዶ? እንተኾይኑ ኣብ ክልተ ሰሙን ሓደ ግዜ ምስ ተቖጻጻሪኹም ትራኸቡ። እንተወሓደ ኣብ ኣርባዕተ ሰሙን ሓደ ግዜ ኣብ ኣቕራቢ ብኣካል ትራኸቡ። እቶም ካልኦት ርክባት ከመይ ከም ዝካየዱ ንኣቕራቢኹም ሕተቱ።
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
alt-chat-tell-needs = ካብ ምድዋል ምጽሓፍ ትመርጹ ዶ? ኣብ arbetsformedlingen.se ኣብቲ ቻት ጽሓፉ። ቀዳማይ ሮቦት ቻት ይምልስ። ኣብኡ ምስ ሰራሕተኛ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ምርኻብ ከቢድ ክኸውን ይኽእል።
alt-booked-meeting-ask = ምስ Arbetsförmedlingen ክትራኸቡ የድልየኩም ድዩ? ክትድውሉ ከለኹም ብዛዕባ ዝተቖጸረ ርክብ ሕተቱ። Arbetsförmedlingen የድልየኩም እንተ ኾይኑ ይግምግም።
alt-remote-etablering-language = ብተሌፎን ብዓረብኛ፣ እንግሊዝኛ፣ ፋርስኛ፣ ሶማልኛን ትግርኛን ሓገዝ ክትረኽቡ እውን ትኽእሉ ኢኹም።
alt-remote-decisions = ብዛዕባ ውሳነ ሕቶታት ኣለኩም ድዩ? ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደውሉ።
alt-remote-right-way = መልሲ ኣይረኸብኩምን ዲኹም? ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ደውሉ። ኣብኡ ብኸመይ ሓገዝ ከም እትረኽቡ ክትፈልጡ ኢኹም።

## Good to know (shown with each result when it applies to you)

note-language-support = ኣብ ቤት ጽሕፈት ኣገልግሎት ብቋንቋኹም ሓገዝ የድልየኩም ድዩ? ንሰራሕተኛታት ንገርዎም። ንዕኡ ዝኸውን ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ዝራኸብ ፍሉይ መስመር ተሌፎን ኣለዎም።
note-adaptations-tell = ምስ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ክትራኸቡ ከለኹም እንታይ ከም ዘድልየኩም ንገሩ።
note-adaptations-booked-meeting = ምስ Arbetsförmedlingen ክትራኸቡ እንተ ኣድልዩኩም፣ ዝተቖጸረ ርክብ ክትረኽቡ ትኽእሉ ኢኹም። ቅድሚኡ Arbetsförmedlingen እንታይ ከም ዘድልየኩም ይግምግም።
note-adaptations-sign-language = ገለ ዌቢናራት ኣብ Arbetsförmedlingen Play ብቋንቋ ምልክት (teckenspråk) እዮም።
note-protected-identity = ዝተሓለወ ውልቃዊ ሓበሬታ (skyddade personuppgifter) ኣለኩም ዶ? እዚ ማለት ኣድራሻኹምን ካልእ ሓበሬታ ብዛዕባኹምን ምስጢር ክኸውን ኣለዎ፣ ንኣብነት ሓደ ሰብ ስለ ዘፈራርሃኩም። እንተኾይኑ ቅጥዕታት Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ ኢንተርነት ኣይትጠቐሙ። ኣብ ገለ ጉዳያት ወረቓቕቲ ብፖስታ ክትሰዱ ኣለኩም። ኣብ ጉዳይኩም እንታይ ክትገብሩ ከም ዘለኩም ንArbetsförmedlingen ሕተቱ።
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = ምስ Arbetsförmedlingen ምርኻብ ከቢድ ክኸውን ይኽእል እዩ። Arbetsförmedlingen ባዕሉ ንሓላዊ መሰል ባይቶ (Justitieombudsmannen፣ JO) ከም ዝሓበሮ፣ ኣብ መንጎ ሕዳር 2023 ክሳብ ሕዳር 2024 ዳርጋ ፍርቂ ካብ ደወላት ከምኡውን ካብ ዓሰርተ ፈተነታት ቻት ትሽዓተ መልሲ ኣይረኸቡን። ክትበጽሕዎም ኣይከኣልኩምን? ናብ ቤት ጽሕፈት ኣገልግሎት (servicekontor) ኪዱ። ኣብኡ ዘለዉ ሰራሕተኛታት ምስ ሰራሕተኛ Arbetsförmedlingen ንክትራኸቡ ክሕግዙኹም ይኽእሉ።

## Platsen i rekommendationen (domain/src/place.rs): var personen ska gå, sagt direkt under vägen

place-no-municipality = እቲ ዝቐረበ ቦታ ኣበይ ከም ዘሎ ክትፈልጡ ትደልዩ ዶ? ተመለሱ እሞ ኮሙንኩም ምረጹ።
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = ኣብ { $place } ቤት ጽሕፈት ኣገልግሎት ኣሎ።
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = ኣብ { $municipality } { $count } ቤት ጽሕፈት ኣገልግሎት ኣለዉ። ኣብ ታሕቲ፣ ኣብ «ኣብ ጥቓኹም» ክትርእይዎም ኢኹም።
place-office-confirmed = ድሕሪ 2021 ዝተጻሕፈ ምንጪ እቲ ቤት ጽሕፈት ከም ዝተኸፍተ ይገልጽ።
place-office-listed-2021 = እዚ ሓበሬታ ካብ ጸብጻብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ናይ 2021 እዩ። ድሕሪኡ ዝኾነ ምንጪ ኣየረጋገጾን። ቅድሚ ምኻድኩም ሰዓታት ስራሕ ኣብ statenssc.se/besokservicekontor ርኣዩ።
place-office-fewer-days = እቲ ቤት ጽሕፈት ሕጂ ካብ ቀደም ዝወሓደ መዓልታት ኣብ ሰሙን ክፉት እዩ።
# $municipality (String) - the person's municipality; $precision (String) - day, month or none: how exact the date is; $date (String) - the last day open, or the month, in the reader's language.
place-office-closed =
    { $precision ->
        [day] ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ብ{ $date } ተዓጽዩ።
        [month] ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ኣብ { $date } ተዓጽዩ።
       *[none] ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ተዓጽዩ እዩ።
    }
# $municipality (String) - the person's municipality; $precision (String) - day, month or none; $date (String) - when it is to close, in the reader's language.
place-office-closing =
    { $precision ->
        [day] ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ብ{ $date } ክዕጾ እዩ። ድሮ ተዓጽዩ ክኸውን ይኽእል።
        [month] ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ኣብ { $date } ክዕጾ እዩ። ድሮ ተዓጽዩ ክኸውን ይኽእል።
       *[none] ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ክዕጾ እዩ። ድሮ ተዓጽዩ ክኸውን ይኽእል።
    }
# $municipality (String) - the person's municipality.
place-office-reopening = ቤት ጽሕፈት ኣገልግሎት ናይ { $municipality } ተዓጽዩ እዩ። እንደገና ክኽፈት እዩ፡ ግን መዓስ ምዃኑ ኣይንፈልጥን።
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = ኣብ 2021 ን{ $municipality } ቤት ጽሕፈት ኣገልግሎት ተመዲቡ ነይሩ። ከም ዝተኸፍተ ዝገልጽ ምንጪ ኣይረኸብናን። statenssc.se/besokservicekontor ርኣዩ።
# $municipality (String) - the person's municipality.
place-no-office = ኣብ { $municipality } ዝኾነ ቤት ጽሕፈት ኣገልግሎት ኣይንፈልጥን።
place-check-finder = ቅድሚ ምኻድኩም ሰዓታት ስራሕ ኣብ statenssc.se/besokservicekontor ርኣዩ።
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] እቶም ዝቐረቡ ኣብያተ ጽሕፈት ኣገልግሎት ኣብ { $first } ከምኡውን { $second } እዮም፣ ብቐጥታ መስመር ብግምት { $km } ኪሎሜተር።
       *[single] እቲ ዝቐረበ ቤት ጽሕፈት ኣገልግሎት ኣብ { $first } እዩ፣ ብቐጥታ መስመር ብግምት { $km } ኪሎሜተር።
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ { $place } ሰራሕተኛታት ዘለውዎ ቤት ጽሕፈት ኣለዎ። ኣብኡ ዝተቖጸረ ርክብ ክትረኽቡ ትኽእሉ ኢኹም።
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = ሰራሕተኛታት Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ንዝተቖጸረ ርክብ ናብ { $place } ይጓዓዙ።
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ { $place } ዝተቖጸረ ርክብ ይገብር፣ ኮሙን ወይ Statens servicecenter (ናይ መንግስቲ ማእከላት ኣገልግሎት) እውን ኣብ ዝጥቀምሉ ቦታታት።
place-presence-2021 = ብዛዕባ ዝተቖጸረ ርክብ ዘሎ ሓበሬታ ካብ ጸብጻብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ናይ 2021 እዩ። ድሕሪኡ ዝኾነ ምንጪ ኣየረጋገጾን።
# $municipality (String) - the person's municipality.
place-no-presence = ከም ጸብጻብ 2021፣ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ { $municipality } ዝተቖጸረ ርክብ ኣይገብርን።
# $municipality (String) - the person's municipality.
place-presence-pending = ከም ጸብጻብ 2021፣ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ኣብ { $municipality } ዝተቖጸረ ርክብ ክጅምር ነይሩዎ። እዚ ከም ዝተፈጸመ ኣይንፈልጥን።
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] እቲ ዝቐረበ ዝተቖጸረ ርክብ ኣብ { $first } ከምኡውን { $second } እዩ፣ ብቐጥታ መስመር ብግምት { $km } ኪሎሜተር።
       *[single] እቲ ዝቐረበ ዝተቖጸረ ርክብ ኣብ { $first } እዩ፣ ብቐጥታ መስመር ብግምት { $km } ኪሎሜተር።
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = ኣብ ዝተሰማማዓኩም ግዜ ናብ ቤት ጽሕፈት ኣገልግሎት ናይ { $place } ኪዱ።
# $municipality (String) - the person's municipality.
step-visit-offices-here = ኣብ ዝተሰማማዓኩም ግዜ ናብ ሓደ ካብ ኣብያተ ጽሕፈት ኣገልግሎት ናይ { $municipality } ኪዱ።
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = ኣብ ዝተሰማማዓኩም ግዜ ናብቲ ዝቐረበ ቤት ጽሕፈት ኣገልግሎት፣ ኣብ { $place }፣ ኪዱ።
