# Tigrinya translation of locales/sv/shell.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Everything else is in pages.ftl, flow.ftl and staff.ftl, fetched with the pages chunk (src/i18n/catalog.rs).
# Plain Tigrinya: short sentences, polite plural "ንስኹም" (you), everyday words.
# Never write a phone number in a message: the app shows each number beside the text as a left-to-right link (a literal like { "0771-416 416" } is NOT bidi-isolated and shows out of order in Arabic and Persian).

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = ንሒደት ሓጸርቲ ሕቶታት መልሱ፣ ካብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ብኸመይ ሓገዝ ከም እትረኽቡ ፍለጡ፦ ብኢንተርነት፣ ብተሌፎን፣ ኣብ ቤት ጽሕፈት ኣገልግሎት ወይ ብዝተቖጸረ ርክብ።
skip-to-content = ናብ ቀንዲ ትሕዝቶ ሕለፉ
header-tagline = ናብ Arbetsförmedlingen ዝወስድ ቅኑዕ መንገዲ ርኸቡ
language-picker-label = ቋንቋ ምረጹ
language-failed = ጽሑፋት ብዚ ቋንቋ ክመጽኡ ኣይከኣሉን። ስለዚ እቲ ገጽ ብሽወደንኛ ይርአ ኣሎ።
footer-help-heading = ሕጂ ሓገዝ የድልየኩም ድዩ?
footer-phone-intro = ናብ ኣገልግሎት ዓማዊል Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ንስራሕ ደለይቲ ደውሉ፦
footer-official-source = Vägvisaren ኣብ ጸብጻብ Arbetsförmedlingen Likvärdig service i hela landet («ማዕረ ኣገልግሎት ኣብ ምሉእ ሃገር») ናይ 1 ጥቅምቲ 2021 ዝተመርኮሰ እዩ። ዝተሓደሰ ሓበሬታ ኩሉ ግዜ ኣብ Arbetsförmedlingen ይርከብ።
footer-about = ብዛዕባ Vägvisaren፣ ምንጭታትን ተበጻሕነትን
footer-official-site = መርበብ ሓበሬታ Arbetsförmedlingen
footer-staff-intro = ኣብ ቤት ጽሕፈት ኣገልግሎት ትሰርሑ ዲኹም?
footer-privacy = መልስታትኩም ናብ ዝኾነ ቦታ ኣይለኣኹን። ኣብዚ ብራውዘር ኣብ ኣድራሻ ናይቲ ገጽ ጥራይ እዮም ዘለዉ። Vägvisaren ኩኪታት (cookies) ኣይጥቀምን።

## Start page

start-title = ናብ Arbetsförmedlingen ዝወስድ ቅኑዕ መንገዲ ርኸቡ
start-lead = ንሒደት ሓጸርቲ ሕቶታት መልሱ። ሽዑ ብዝቐለለ መንገዲ ብኸመይ ሓገዝ ከም እትረኽቡን እንታይ ክትገብሩ ከም ዘለኩምን ክትፈልጡ ኢኹም።
start-routes-intro = ካብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ብኣርባዕተ መንገድታት ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም፦
start-route-digital = ብኢንተርነት፣ መብዛሕትኡ ግዜ ብኤሌክትሮኒካዊ መንነት (e-legitimation)
start-route-remote = ካብ ርሑቕ፣ ብተሌፎን፣ ብቻት ወይ ብቪድዮ
start-route-service-office = ኣብ ቤት ጽሕፈት ኣገልግሎት (servicekontor) ናይ Statens servicecenter (ናይ መንግስቲ ማእከላት ኣገልግሎት)፣ ቆጸራ ከይሓዝኩም
start-route-booked-meeting = ብዝተቖጸረ ርክብ፣ ብዙሕ ደገፍ እንተ ኣድልዩኩም
start-who = Vägvisaren ከም ስራሕ ደላዪ ንዝተመዝገብኩም ወይ ክትምዝገቡ ንእትደልዩ እዩ። ሰራሕተኛታት ቤት ጽሕፈት ኣገልግሎት እውን ምስ በጻሒ ብሓባር ክጥቀሙሉ ይኽእሉ።
start-button = ጀምሩ
start-privacy-heading = መልስታትኩም
start-privacy = መልስታትኩም ናብ Arbetsförmedlingen ወይ ናብ ካልእ ኣይለኣኹን። ኣብዚ ብራውዘር ኣብ ኣድራሻ ናይቲ ገጽን ኣብ ታሪኽ ብራውዘርን ጥራይ እዮም ዘለዉ። ክትድምስስዎም እንተደሊኹም፣ ነቲ ታሪኽ ደምስስዎ።
start-phone-heading = ምድዋል ትመርጹ ዲኹም?
start-phone = ናብ ኣገልግሎት ዓማዊል Arbetsförmedlingen ደውሉ፦

## Data errors

data-error-phone = ኩሉ ግዜ ክትድውሉ ትኽእሉ ኢኹም፦
data-error-retry = ደጊምኩም ፈትኑ

## While the pages are fetched, and if they cannot be

page-loading = እቲ ገጽ ይመጽእ ኣሎ …
page-error-heading = እቲ ገጽ ክመጽእ ኣይከኣለን
page-error-text = እቲ ገጽ ክመጽእ ኣይከኣለን። ምትእስሳር ኢንተርነትኩም ኣረጋግጹ፣ ደጊምኩም ፈትኑ።

## Notices

offline-notice = ምስ ኢንተርነት ኣይተኣሳሰርኩምን። ዋላ እኳ ከምኡ Vägvisaren ይሰርሕ እዩ፣ ሓበሬታ ብዛዕባ ኣብያተ ጽሕፈት ኣረጊት ክኸውን ይኽእል።
data-cached-notice = ሓበሬታ ብዛዕባ ኣብያተ ጽሕፈት ካብ ዝተዐቀበ ቅዳሕ እዩ ዝመጽእ፣ ኣረጊት ክኸውን ይኽእል።

## Staff mode (for service-office staff at the desk)

staff-toggle = ኣገባብ ሰራሕተኛታት
staff-banner-title = ኣገባብ ሰራሕተኛታት
staff-banner-text = ንሰራሕተኛታት ኣብያተ ጽሕፈት ኣገልግሎት። እቶም ጽሑፋት ብቋንቋ እቲ በጻሒ ምስ ሽወደንኛ ኣብ ጎኖም ይርኣዩ። እቲ በጻሒ ምስ ወድአ፣ «ሓድሽ በጻሒ» ጠውቑ።
staff-new-visitor = ሓድሽ በጻሒ
staff-overview-link = ኩሎም ኮሙናት
staff-line-intro = ተሌፎን ንሰራሕተኛታት ጉዳያት ኣብ ትካላት መንግስቲ፣ ኮሙናትን ሳንዱቕ መድሕን ስራሕ ኣልቦነትን (a-kassor)፣ ንሕቶታት ብዛዕባ ጉዳያት ውልቀሰባት፦
