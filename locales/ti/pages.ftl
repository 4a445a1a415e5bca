# Tigrinya translation of locales/sv/pages.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Fetched with the pages chunk, not with the first view (shell.ftl). Same conventions as shell.ftl.

## Questions: shared

back = ንድሕሪት
continue = ቀጽሉ
# $number (Number) - the question's position, from 1; $total (Number) - how many questions this visit has.
question-counter = ሕቶ { $number } ካብ { $total }
# $number (Number) - the question's position, from 1; $total (Number) - how many questions; $title (String) - the question itself (the page's heading).
question-page-title = ሕቶ { $number } ካብ { $total }፦ { $title }
# $number (Number) - the question's position, from 1. Shown instead of question-counter while an answer still to give can change how many questions there are.
question-counter-no-total = ሕቶ { $number }
# $number (Number) - the question's position, from 1; $title (String) - the question itself (the page's heading). Shown instead of question-page-title while an answer still to give can change how many questions there are.
question-page-title-no-total = ሕቶ { $number }፦ { $title }
# $title (String) - the page's own title; shown as the browser tab's title when the page has an error.
error-title-prefix = ጌጋ፦ { $title }
error-prefix = ጌጋ፦
error-summary-title = ጸገም ኣሎ
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] ዝሰማማዕ ኮሙን የለን። ኣጻሕሕፋ ኣረጋግጹ፣ ወይ ካብተን ኣብ ታሕቲ ዘለዋ ዝርዝራት ዞባን ኮሙንን ምረጹ።
        [one] ሓደ ኮሙን ይሰማማዕ።
       *[other] { $count } ኮሙናት ይሰማምዑ።
    }
municipality-choose = ኮሙን ምረጹ
municipality-loading = ዝርዝር ኮሙናት ይመጽእ ኣሎ …
municipality-non-latin = እቲ ዝርዝር ሽወደናዊ ኣስማት ናይ ኮሙናት ብላቲናዊ ፊደላት ኣለዎ፣ ንኣብነት Malmö ወይ Göteborg። ካብተን ኣብ ታሕቲ ዘለዋ ዝርዝራት ዞባን ኮሙንን ክትመርጹ እውን ትኽእሉ።
municipality-browse-heading = ወይ ካብ ዝርዝር ዞባን ኮሙንን ምረጹ
municipality-county-label = ዞባ (län)
municipality-county-none = ዞባ ምረጹ
municipality-list-label = ኮሙን (kommun)
municipality-list-none = ኮሙን ምረጹ

## Check your answers

check-title = መልስታትኩም ኣረጋግጹ
change = ቀይሩ
check-privacy = መልስታትኩም ኣብ ብራውዘርኩም ኣብ ኣድራሻ ናይዚ ገጽ ጥራይ እዮም ዘለዉ። ናብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ወይ ናብ ካልእ ኣይለኣኹን።
check-continue = ኣበይ ሓገዝ ከም እትረኽቡ ርኣዩ

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = ውጽኢትኩም፦ { $route }
result-recommended = እዚ ንዓኹም ዝበለጸ ይሰማማዕ
result-steps-heading = ከምዚ ግበሩ
result-why-heading = ስለምንታይ ከም እንመኽረኩም
result-alternatives-heading = ሓገዝ ንምርካብ ካልእ መንገድታት
result-contacts-heading = ቁጽሪ ተሌፎን
result-print = ሕተሙ
result-without-travel = እቲ ቦታ ርሑቕ እዩ። ከይተጓዓዝኩም እውን ሓገዝ ክትረኽቡ ትኽእሉ ኢኹም፦
claim-from-2021 = (ምንጪ: ጸብጻብ 2021)
claim-from-2021-note = እቲ «ምንጪ: ጸብጻብ 2021» ዝተመልከተ ካብ ጸብጻብ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ናይ ጥቅምቲ 2021 እዩ። ብዝኾነ ድሕሪኡ ዝመጸ ምንጪ ከነረጋግጾ ኣይከኣልናን። ርግጸኛታት እንተዘይኮንኩም ንArbetsförmedlingen ሕተቱ።
start-again = ከም ብሓድሽ ጀምሩ

## Local places

local-heading = ኣብ ጥቓኹም
# $municipality (String) - the official name of the person's municipality.
local-intro = ኣብ { $municipality } ኩነታት ከምዚ እዩ፦
local-no-municipality = ኣብ ኣየናይ ኮሙን ከም እትነብሩ ኣይመለስኩምን። ኣብያተ ጽሕፈት ኣገልግሎትን ሰዓታት ስራሖምን ኣብ statenssc.se/besokservicekontor ኣለዉ።
local-loading = ሓበሬታ ብዛዕባ ኣብያተ ጽሕፈት ይመጽእ ኣሎ …
local-network-changed = ካብ 2021 ንደሓር ብዙሓት ኣብያተ ጽሕፈት ኣገልግሎት ተዓጽዮም፣ ገለ ሓደሽቲ ድማ ተኸፊቶም። ኩሉ ለውጢ ዘይንፈልጥ ክንከውን ንኽእል ኢና። ቅድሚ ምኻድኩም ሰዓታት ስራሕ ኣብ statenssc.se/besokservicekontor ርኣዩ።
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = ኣብ { $municipality } ገና ዘሎ ቤት ጽሕፈት ኣገልግሎት ኣይንፈልጥን። ኣብዞም ኣብ ጥቓኹም ዘለዉ ኮሙናት ኣብያተ ጽሕፈት ኣገልግሎት ኣለዉ፦
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }፣ ብቐጥታ መስመር ብግምት { $km } ኪሎሜተር
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = ምስ { $municipality } ዶብ ዘለዎ
local-nearest-named = ጸብጻብ 2021 ናብዚ የመልክት
local-presence-source = ሓበሬታ ብዛዕባ ዝተቖጸሩ ርክባት ካብ ጸብጻብ Arbetsförmedlingen ናይ 2021 እዩ። ድሒሩ ዝመጸ ለውጢ ኣይንፈልጥን።
# $municipality (String) - the official name of the person's municipality.
local-no-presence = ብመሰረት ጸብጻብ 2021፣ Arbetsförmedlingen ኣብ { $municipality } ዝተቖጸሩ ርክባት ኣይነበሮን። ኣብዞም ኣብ ጥቓኹም ዘለዉ ኮሙናት ዝተቖጸሩ ርክባት ኣለዉ፦
local-pending-presence = ክሳብ ዝድሎ፣ ኣብዞም ኣብ ጥቓኹም ዘለዉ ኮሙናት ዝተቖጸሩ ርክባት ኣለዉ፦
local-distances = ርሕቀታት ኣብ መንጎ ቀንዲ ከተማታት ኮሙናት ብቐጥታ መስመር እዮም። ጉዕዞ ካብኡ ክነውሕ ይኽእል።
office-as-in-report = ኣብ ጸብጻብ Arbetsförmedlingen ናይ 2021 ተዘርዚሩ ኣሎ። ድሕሪኡ ዝኾነ ምንጪ ኣየረጋገጾን። ቅድሚ ምኻድኩም statenssc.se/besokservicekontor ርኣዩ።
## Dates (the local facts and their sources): always the Gregorian calendar, the month's name from this list, the day and the year in this language's digits (src/ui/places.rs).

# $day (String) - the day of the month, already in this language's digits; $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-day = { $day } { $month ->
        [jan] ጥሪ
        [feb] ለካቲት
        [mar] መጋቢት
        [apr] ሚያዝያ
        [may] ግንቦት
        [jun] ሰነ
        [jul] ሓምለ
        [aug] ነሓሰ
        [sep] መስከረም
        [oct] ጥቅምቲ
        [nov] ሕዳር
       *[dec] ታሕሳስ
    } { $year }
# $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-month = { $month ->
        [jan] ጥሪ
        [feb] ለካቲት
        [mar] መጋቢት
        [apr] ሚያዝያ
        [may] ግንቦት
        [jun] ሰነ
        [jul] ሓምለ
        [aug] ነሓሰ
        [sep] መስከረም
        [oct] ጥቅምቲ
        [nov] ሕዳር
       *[dec] ታሕሳስ
    } { $year }
## Local places: the offices and what is known of them

# $precision (String) - day, month or none; $date (String) - when it opened, a date or a month, already in the reader's language; $publisher (String) - who published the source, a name; $source_date (String) - the source's date, in the reader's language.
office-opened =
    { $precision ->
        [day] ብ{ $date } ተኸፊቱ።
        [month] ኣብ { $date } ተኸፊቱ።
       *[none] ድሕሪ 2021 ተኸፊቱ።
    } ምንጪ፦ { $publisher }፣ { $source_date }።
# $precision (String) - day, month or none; $date (String) - the last day open, or the month; $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closed =
    { $precision ->
        [day] ብ{ $date } ተዓጽዩ።
        [month] ኣብ { $date } ተዓጽዩ።
       *[none] ተዓጽዩ።
    } ምንጪ፦ { $publisher }፣ { $source_date }።
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closure-announced = { $publisher } እዚ ቤት ጽሕፈት ክዕጾ ምዃኑ ጽሒፉ ({ $source_date })። ድሮ ተዓጽዩ ክኸውን ይኽእል። ቅድሚ ምኻድኩም ኣረጋግጹ።
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = { $publisher } እዚ ቤት ጽሕፈት እንደገና ክኽፈት ምዃኑ ጽሒፉ ({ $source_date })። መዓስ ምዃኑ ኣይንፈልጥን። ቅድሚ ምኻድኩም ኣረጋግጹ።
office-unconfirmed = ኣብ 2021 ን2022–2023 ተመዲቡ ነይሩ። ተኸፊቱ እንተኾይኑ ኣይንፈልጥን።
# $precision (String) - day, month or none; $date (String) - when it moved; $place (String) - the new place, a proper name; $publisher (String) - the source; $source_date (String) - the source's date.
office-moved =
    { $precision ->
        [day] ብ{ $date } ናብ { $place } ግዒዙ።
        [month] ኣብ { $date } ናብ { $place } ግዒዙ።
       *[none] ናብ { $place } ግዒዙ።
    } ምንጪ፦ { $publisher }፣ { $source_date }።
# $precision (String) - day, month or none; $date (String) - since when; $publisher (String) - the source; $source_date (String) - the source's date.
office-fewer-days =
    { $precision ->
        [day] ካብ { $date } ጀሚሩ ኣብ ሰሙን ካብ ቀደም ዝወሓዱ መዓልታት ክፉት እዩ።
        [month] ካብ { $date } ጀሚሩ ኣብ ሰሙን ካብ ቀደም ዝወሓዱ መዓልታት ክፉት እዩ።
       *[none] ሕጂ ኣብ ሰሙን ካብ ቀደም ዝወሓዱ መዓልታት ክፉት እዩ።
    } ምንጪ፦ { $publisher }፣ { $source_date }።
presence-pending = እቲ ጸብጻብ ኣብ 2021 ድሒሩ ከም ዝድሎ ተዛሪቡ ነይሩ። ድሉው እንተኾይኑ ኣይንፈልጥን።
local-service-offices-heading = ኣብያተ ጽሕፈት ኣገልግሎት (servicekontor) – ብዘይ ቆጸራ ክትከዱ ትኽእሉ ኢኹም
local-presence-heading = ምስ Arbetsförmedlingen ዝተቖጸሩ ርክባት
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = ቤት ጽሕፈት ኣገልግሎት ኣብ { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = ቤት ጽሕፈት Arbetsförmedlingen ኣብ { $place }፣ ሰራሕተኛታት ኣብኡ ዘለዉዎ
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = ቤት ጽሕፈት Arbetsförmedlingen ኣብ { $place }። ሰራሕተኛታት ብስሩዕ ናብኡ ይመጹ።
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = ኣብ { $place } ዝግበሩ ዝተቖጸሩ ርክባት፣ ኣብ ቦታ ኮሙን ወይ ኣብ ቤት ጽሕፈት ኣገልግሎት (ናይ ምትሕብባር ኣገባብ፣ samarbetslösning)

## Data errors

data-error-heading = ሓበሬታ ብዛዕባ ኣብያተ ጽሕፈት ክመጽእ ኣይከኣለን
data-error-network = ናብቲ ሓበሬታ ምብጻሕ ኣይተኻእለን። ምትእስሳር ኢንተርነትኩም ኣረጋግጹ፣ ደጊምኩም ፈትኑ።
data-error-malformed = እቲ ሓበሬታ ተበላሽዩ ነይሩ። ድሕሪ ቁሩብ ግዜ ደጊምኩም ፈትኑ።
data-error-schema = ኣብቲ ሓበሬታ ጌጋ ኣጋጢሙ። ነቲ ገጽ ኣሐድስዎ።

## About

about-title = ብዛዕባ Vägvisaren
about-lead = Vägvisaren ምስ Arbetsförmedlingen (ቤት ጽሕፈት መራኸቢ ስራሕ ሽወደን) ንምርኻብ ቅኑዕ መንገዲ ክትመርጹ ይሕግዘኩም። ነቲ Arbetsförmedlingen ባዕሉ ዝነግረኩም ኣይትክኦን።
about-sources-heading = ምንጭታት
about-sources-report = እቲ ምኽርን ሓበሬታ ብዛዕባ ኣብያተ ጽሕፈትን ኣብቲ Arbetsförmedlingen ንመንግስቲ ዘቕረቦ ጸብጻብ Likvärdig service i hela landet («ማዕረ ኣገልግሎት ኣብ ምሉእ ሃገር») ዝተመርኮሰ እዩ። ድሕሪ እቲ ጸብጻብ ዝተገብሩ ለውጥታት ምስ ምንጮም ይርኣዩ። ርሕቀታት ባዕልና ኢና ዝሓሰብናዮም፣ ብቐጥታ መስመር ኣብ መንጎ ቀንዲ ከተማታት ኮሙናት።
about-data-source = ምንጪ
about-data-date = ዕለት
about-sources-age = እቲ ሓበሬታ ናይ ጥቅምቲ 2021 እዩ፣ ምስቶም ድሕሪኡ ዝመጸ ምንጪ ዘርእዮም ለውጥታት። ካብኡ ንደሓር ኣብያተ ጽሕፈት ተኸፊቶም ወይ ተዓጽዮም ክኾኑ ይኽእሉ። ናብ ቤት ጽሕፈት ኣገልግሎት ቅድሚ ምኻድኩም statenssc.se/besokservicekontor ርኣዩ።
about-translations = ሽወደንኛ እቲ ናይ መበቆል ቋንቋ እዩ። እቶም ትርጉማት ገና ብተዛረብቲ ቋንቋ ኣደ ኣይተመርመሩን። ኣብ 2026 ናብ እንግሊዝኛ ተመሊሶም ብምትርጓም ተመርሚሮም፣ እቶም መርመርቲ ግን ተዛረብቲ ቋንቋ ኣደ ኣይኮኑን። እቶም ዝተረኽቡ ዓበይቲ ጌጋታት ተኣሪሞም።
about-privacy-heading = ውልቃዊ ሓበሬታ
about-privacy = Vägvisaren ስምኩም ወይ ቁጽሪ መንነትኩም (personnummer) ኣይሓትትን። መልስታትኩም ኣብ ኣድራሻ ናይቲ ገጽ፣ ኣብቲ ድሕሪ ምልክት # ዘሎ ክፋል፣ ከምኡውን ኣብ ታሪኽ ብራውዘር ጥራይ እዮም ዘለዉ። ብራውዘር ነቲ ክፋል ኣድራሻ ናብ ዝኾነ ሰርቨር ፈጺሙ ኣይሰዶን፣ ነቲ ገጽ ዳግማይ ክትጽዕንዎ ከለኹም ወይ ዝተዓቀበ ሊንክ ወይ QR ኮድ ክትከፍቱ ከለኹም እውን። ኩኪታት ወይ ስታቲስቲክስ ኣይንጥቀምን። እቲ ብራውዘር ቋንቋኹምን ኣገባብ ሰራሕተኛታት ወይ ኣገባብ ኪዮስክ ክፉት ምዃኑን ጥራይ ይዕቅብ (ኣብዞም ክልተ ኣገባባት ቋንቋ ኣይዕቀብን)። ኣብ ብዙሓት ሰባት ዝጥቀሙሉ ኮምፒዩተር፣ መጠወቒ ሰራሕተኛታት «Ny besökare» («ሓድሽ በጻሒ») ነቶም መልስታት ካብ ታሪኽ ይድምስሶም።
a11y-heading = መግለጺ ተበጻሕነት
a11y-intro = ኩሉ ሰብ Vägvisaren ክጥቀመሉ ክኽእል ኣለዎ፣ ብኣንባቢ ስክሪን፣ ብኪቦርድ ጥራይ፣ ብምግዛፍ ወይ ብድምጺ ምቁጽጻር እውን። ሕጊ ሽወደን ብዛዕባ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት (2018:1937) ይምልከቶ።
a11y-status-heading = እቲ ኣገልግሎት ክሳብ ክንደይ ተበጻሒ እዩ?
a11y-limitations-heading = ዝፍለጡ ጉድለታት
a11y-limitation-external = መላግቦታት (links) ናብ ካልኦት መርበብ ሓበሬታ ይወስዱ። ንሳቶም ናይ ገዛእ ርእሶም መግለጺ ተበጻሕነት ኣለዎም።
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = { $operator } ነዚ መርበብ ሓበሬታ ሓላፍነት ይወስድ።
a11y-no-operator = ነዚ ቅዳሕ Vägvisaren ሓላፍነት ዝወስድ ትካል ኣይተወሰነን።
a11y-status = እዚ ኣገልግሎት ብከፊል ምስ ሕጊ ተበጻሕነት ዲጂታላዊ ህዝባዊ ኣገልግሎት ይሰማማዕ። ፈተናታትና ብመሰረት WCAG 2.2 ደረጃ AA ዝኾነ ጉድለት ኣይረኸቡን። ግን ፈተናታት ኩሉ ኣየርእዩን፦
a11y-unverified-screen-readers = ብሓቀኛታት ኣንበብቲ ስክሪን፣ ንኣብነት NVDA፣ JAWS፣ VoiceOver ወይ TalkBack፣ ወይ ብድምጺ ምቁጽጻር ኣይፈተንናን።
a11y-unverified-engines = ኩሎም ፈተናታት ኣብ ብራውዘር Chromium እዮም ዝካየዱ። እቶም ኣዝዮም ኣገደስቲ ክፋላት ኣብ Firefox ከምኡውን ኣብ WebKit፣ እቲ Safari ዝተሃንጸሉ ሞተር፣ እውን ይፍተኑ። Safari ኣብ iPhone ወይ Mac ኣይፈተንናን።
a11y-unverified-users = ምስ ስንክልና ዘለዎም ሰባት ፈተና ተጠቀምቲ ኣይገበርናን።
a11y-unverified-translations = እቶም ትርጉማት ብተዛረብቲ ኣደ-ቋንቋ ኣይተገምገሙን።
a11y-kiosk = ኣብ ናይ ኣብያተ ጽሕፈት ኣገልግሎት ኮምፒዩተራት (ኣገባብ ኪዮስክ)፣ እቲ ገጽ ድሕሪ ገለ ግዜ ብዘይ ንጥፈት፣ ካልእ እንተዘይተወሲኑ ሰለስተ ደቓይቕ፣ ተወሳኺ ግዜ ተድልዩ እንተኾይንኩም ይሓትት። ክንደይ ግዜ እንተ ደለኹም ተወሳኺ ግዜ ክትረኽቡ ትኽእሉ ኢኹም። ኣብ ውሽጢ ሓንቲ ደቒቕ ዝኾነ ሰብ እንተዘይመሊሱ፣ እቶም መልስታት ይድምሰሱ እቲ ገጽ ድማ ከም ብሓድሽ ይጅምር።
a11y-testing-heading = እዚ መግለጺ ከመይ ከም ዝተዳለወ
a11y-testing = እዚ መግለጺ ኣብ ናይ ባዕልና ግምገማን ኣውቶማቲክ ፈተናታትን ዝተመርኮሰ እዩ። ነፍሲ ወከፍ ገጽ ኣብ ሓቀኛ ብራውዘር ብ axe-core ከምኡውን IBM Equal Access ይፍተን። እቶም ፈተናታት ንብምሉኡ መስርሕ ብኪቦርድ ጥራይ ይሓልፉ፣ ከምኡውን ትኹረት፣ ኣርእስታት፣ ኣርእስቲ ገጻት፣ መልእኽቲ ጌጋ፣ ጸቢብ ስክሪን (320 ፒክሰል)፣ ክሳብ 400 ሚእታዊት ምግዛፍ፣ ግዱዳት ሕብርታት፣ ዝጎደለ ምንቅስቓስን ሕትመትን ይፈትሹ።
a11y-date = እዚ መግለጺ ብ2 ታሕሳስ 2026 ተጻሕፈ።
a11y-report-heading = ጉድለት ሓብሩ
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = ዘይሰርሓልኩም ነገር ኣሎ ድዩ፣ ወይ ጉድለት ረኺብኩም? ን{ $operator } ንገሩ፦
a11y-no-contact = ነዚ ቅዳሕ ዝኾነ መራኸቢ ኣይተወሰነን። ስለዚ ኣብዚ ጉድለት ክትሕብሩ ኣይትኽእሉን።
a11y-help = ኣብዚ እዋን ንጉዳይኩም ሓገዝ ተድልዩ ዶ? ናብ Arbetsförmedlingen ደውሉ ወይ ናብ ቤት ጽሕፈት ኣገልግሎት ኪዱ። እቲ ቁጽሪ እዚ እዩ፦
a11y-enforcement-heading = ቁጽጽር
a11y-enforcement = ትካል ዲጂታላዊ ምምሕዳር (Myndigheten för digital förvaltning፣ DIGG) ንሕጊ ይቆጻጸር። ርእይቶኹም ብዝተታሕዘሉ መንገዲ እንተዘይዓጊብኩም፣ ምስ DIGG ክትራኸቡ ትኽእሉ ኢኹም።
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = ብዛዕባ { $municipality } ጌጋ ሓበሬታ ሓብሩ
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = ኣብ Vägvisaren ጌጋ ሓበሬታ፦ { $municipality }
report-wrong-body-municipality = ኮሙን፦
report-wrong-body-ask = እንታይ እዩ ጌጋ? ኣብዚ ጽሓፉ፣ እንተተኻኢሉ ምስ ምንጪ፦
