# Vägvisaren — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Fetched with the pages chunk, not with the first view (shell.ftl). Same conventions as shell.ftl.

## Questions: shared

back = Tillbaka
continue = Fortsätt
# $number (Number) - the question's position, from 1; $total (Number) - how many questions this visit has.
question-counter = Fråga { $number } av { $total }
# $number (Number) - the question's position, from 1; $total (Number) - how many questions; $title (String) - the question itself (the page's heading).
question-page-title = Fråga { $number } av { $total }: { $title }
# $number (Number) - the question's position, from 1. Shown instead of question-counter while an answer still to give can change how many questions there are.
question-counter-no-total = Fråga { $number }
# $number (Number) - the question's position, from 1; $title (String) - the question itself (the page's heading). Shown instead of question-page-title while an answer still to give can change how many questions there are.
question-page-title-no-total = Fråga { $number }: { $title }
# $title (String) - the page's own title; shown as the browser tab's title when the page has an error.
error-title-prefix = Fel: { $title }
error-prefix = Fel:
error-summary-title = Det finns ett problem
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] Ingen kommun matchar. Kontrollera stavningen, eller välj län och kommun i listorna nedan.
        [one] En kommun matchar.
       *[other] { $count } kommuner matchar.
    }
municipality-choose = Välj kommun
municipality-loading = Hämtar listan över kommuner …
municipality-non-latin = Listan har kommunernas svenska namn med latinska bokstäver, till exempel Malmö eller Göteborg. Du kan också välja län och kommun i listorna nedan.
municipality-browse-heading = Eller välj län och kommun i en lista
municipality-county-label = Län
municipality-county-none = Välj län
municipality-list-label = Kommun
municipality-list-none = Välj kommun

## Check your answers

check-title = Kontrollera dina svar
change = Ändra
check-privacy = Dina svar finns bara i den här sidans adress i din webbläsare. De skickas inte till Arbetsförmedlingen eller någon annan.
check-continue = Visa var du får hjälp

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = Ditt resultat: { $route }
result-recommended = Det här passar dig bäst
result-steps-heading = Gör så här
result-why-heading = Därför rekommenderar vi det
result-alternatives-heading = Andra sätt att få hjälp
result-contacts-heading = Telefonnummer
result-print = Skriv ut
result-without-travel = Det är långt att åka. Du kan också få hjälp utan att resa:
claim-from-2021 = (källa: rapporten 2021)
claim-from-2021-note = Det som är märkt ”källa: rapporten 2021” kommer från Arbetsförmedlingens rapport från oktober 2021. Vi har inte kunnat bekräfta det med någon senare källa. Fråga Arbetsförmedlingen om du är osäker.
start-again = Börja om

## Local places

local-heading = Nära dig
# $municipality (String) - the official name of the person's municipality.
local-intro = Så här ser det ut i { $municipality }:
local-no-municipality = Du har inte svarat på vilken kommun du bor i. Servicekontor och öppettider finns på statenssc.se/besokservicekontor.
local-loading = Hämtar uppgifter om kontor …
local-network-changed = Sedan 2021 har flera servicekontor stängt och några nya har öppnat. Vi kanske inte känner till alla ändringar. Se öppettiderna på statenssc.se/besokservicekontor innan du åker dit.
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = Vi känner inte till något servicekontor i { $municipality } som finns kvar. Det finns servicekontor i de här kommunerna nära dig:
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }, ungefär { $km } km fågelvägen
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = gränsar till { $municipality }
local-nearest-named = rapporten från 2021 hänvisar hit
local-presence-source = Uppgifterna om bokade möten kommer från Arbetsförmedlingens rapport 2021. Vi känner inte till några senare ändringar.
# $municipality (String) - the official name of the person's municipality.
local-no-presence = Enligt rapporten 2021 hade Arbetsförmedlingen inga bokade möten i { $municipality }. Det finns bokade möten i de här kommunerna nära dig:
local-pending-presence = Tills den är klar finns bokade möten i de här kommunerna nära dig:
local-distances = Avstånden är fågelvägen mellan kommunernas centralorter. Resan kan bli längre.
office-as-in-report = Listat i Arbetsförmedlingens rapport 2021. Ingen senare källa har bekräftat det. Se statenssc.se/besokservicekontor innan du åker.
## Dates (the local facts and their sources): always the Gregorian calendar, the month's name from this list, the day and the year in this language's digits (src/ui/places.rs).

# $day (String) - the day of the month, already in this language's digits; $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-day = { $day } { $month ->
        [jan] januari
        [feb] februari
        [mar] mars
        [apr] april
        [may] maj
        [jun] juni
        [jul] juli
        [aug] augusti
        [sep] september
        [oct] oktober
        [nov] november
       *[dec] december
    } { $year }
# $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-month = { $month ->
        [jan] januari
        [feb] februari
        [mar] mars
        [apr] april
        [may] maj
        [jun] juni
        [jul] juli
        [aug] augusti
        [sep] september
        [oct] oktober
        [nov] november
       *[dec] december
    } { $year }
## Local places: the offices and what is known of them

# $precision (String) - day, month or none; $date (String) - when it opened, a date or a month, already in the reader's language; $publisher (String) - who published the source, a name; $source_date (String) - the source's date, in the reader's language.
office-opened =
    { $precision ->
        [day] Öppnade den { $date }.
        [month] Öppnade i { $date }.
       *[none] Har öppnat efter 2021.
    } Källa: { $publisher }, { $source_date }.
# $precision (String) - day, month or none; $date (String) - the last day open, or the month; $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closed =
    { $precision ->
        [day] Stängde den { $date }.
        [month] Stängde i { $date }.
       *[none] Har stängt.
    } Källa: { $publisher }, { $source_date }.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closure-announced = { $publisher } skrev att kontoret ska stänga ({ $source_date }). Det kan redan vara stängt. Kontrollera innan du åker dit.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = { $publisher } skrev att kontoret ska öppna igen ({ $source_date }). Vi vet inte när. Kontrollera innan du åker dit.
office-unconfirmed = Planerades 2021 för 2022–2023. Vi vet inte om det har öppnat.
# $precision (String) - day, month or none; $date (String) - when it moved; $place (String) - the new place, a proper name; $publisher (String) - the source; $source_date (String) - the source's date.
office-moved =
    { $precision ->
        [day] Flyttade den { $date } till { $place }.
        [month] Flyttade i { $date } till { $place }.
       *[none] Har flyttat till { $place }.
    } Källa: { $publisher }, { $source_date }.
# $precision (String) - day, month or none; $date (String) - since when; $publisher (String) - the source; $source_date (String) - the source's date.
office-fewer-days =
    { $precision ->
        [day] Har sedan den { $date } öppet färre dagar i veckan.
        [month] Har sedan { $date } öppet färre dagar i veckan.
       *[none] Har nu öppet färre dagar i veckan.
    } Källa: { $publisher }, { $source_date }.
presence-pending = Skulle enligt rapporten bli klar senare under 2021. Vi vet inte om den är klar.
local-service-offices-heading = Servicekontor (du kan gå dit utan att boka tid)
local-presence-heading = Bokade möten med Arbetsförmedlingen
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = Servicekontor i { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = Arbetsförmedlingskontor med personal på plats i { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = Arbetsförmedlingens kontor i { $place }. Personalen kommer dit regelbundet.
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = Bokade möten i { $place }, i lokaler hos kommunen eller ett servicekontor (samarbetslösning)

## Data errors

data-error-heading = Uppgifterna om kontor kunde inte hämtas
data-error-network = Det gick inte att nå uppgifterna. Kontrollera din internetanslutning och försök igen.
data-error-malformed = Uppgifterna var skadade. Försök igen om en stund.
data-error-schema = Något gick fel med uppgifterna. Ladda om sidan.

## About

about-title = Om Vägvisaren
about-lead = Vägvisaren hjälper dig att välja rätt sätt att kontakta Arbetsförmedlingen. Den ersätter inte Arbetsförmedlingens egna besked.
about-sources-heading = Källor
about-sources-report = Råden och uppgifterna om kontor bygger på Arbetsförmedlingens rapport till regeringen Likvärdig service i hela landet. Ändringar efter rapporten visas med sin källa. Avstånden har vi räknat fram själva, fågelvägen mellan kommunernas centralorter.
about-data-source = Källa
about-data-date = Datum
about-sources-age = Uppgifterna är från oktober 2021, med de ändringar som en senare källa visar. Kontor kan ha öppnat eller stängt sedan dess. Se statenssc.se/besokservicekontor innan du åker till ett servicekontor.
about-translations = Svenska är originalspråket. Översättningarna har ännu inte granskats av modersmålstalare. Under 2026 har granskare som inte har språken som modersmål kontrollerat dem genom att översätta dem tillbaka till engelska. Vi har rättat de större fel som de hittade.
about-privacy-heading = Personuppgifter
about-privacy = Vägvisaren frågar inte efter ditt namn eller personnummer. Dina svar finns bara i sidans adress, i delen efter tecknet #, och i webbläsarens historik. Den delen av adressen skickar webbläsaren aldrig till någon server, inte heller när du laddar om sidan eller öppnar en sparad länk eller en QR-kod. Vi använder inga kakor och ingen statistik. Webbläsaren sparar bara ditt språk och om personalläget eller kioskläget är på (i de lägena sparas inte språket). På en dator som många använder tar personalens knapp Ny besökare bort svaren ur historiken.
a11y-heading = Tillgänglighetsredogörelse
a11y-intro = Vägvisaren ska kunna användas av alla, också med skärmläsare, bara tangentbord, förstoring eller talstyrning. Lagen om tillgänglighet till digital offentlig service (2018:1937) gäller.
a11y-status-heading = Hur tillgänglig är tjänsten?
a11y-limitations-heading = Kända brister
a11y-limitation-external = Länkar leder till andra webbplatser som har egna tillgänglighetsredogörelser.
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = { $operator } ansvarar för den här webbplatsen.
a11y-no-operator = Ingen ansvarig organisation har angetts för den här installationen av Vägvisaren.
a11y-status = Tjänsten är delvis förenlig med lagen om tillgänglighet till digital offentlig service. Våra tester hittar inga brister mot WCAG 2.2 nivå AA. Men testerna visar inte allt:
a11y-unverified-screen-readers = Vi har inte testat med riktiga skärmläsare, till exempel NVDA, JAWS, VoiceOver eller TalkBack, och inte med talstyrning.
a11y-unverified-engines = Alla tester körs i webbläsaren Chromium. De viktigaste delarna testas också i Firefox och i WebKit, som Safari bygger på. Safari på en iPhone eller Mac har vi inte testat.
a11y-unverified-users = Vi har inte gjort användartester med personer med funktionsnedsättning.
a11y-unverified-translations = Översättningarna har inte granskats av modersmålstalare.
a11y-kiosk = På servicekontorens egna datorer (kioskläge) frågar sidan efter en stund utan aktivitet, tre minuter om inget annat har ställts in, om du behöver mer tid. Du kan få mer tid så många gånger du vill. Svarar ingen inom en minut tas svaren bort och sidan börjar om.
a11y-testing-heading = Hur redogörelsen togs fram
a11y-testing = Redogörelsen bygger på vår egen bedömning och på automatiska tester. Varje sida testas med axe-core och IBM Equal Access i en riktig webbläsare. Testerna går också igenom hela flödet med bara tangentbord och kontrollerar fokus, rubriker, sidtitlar, felmeddelanden, smal skärm (320 pixlar), förstoring till 400 procent, tvingade färger, minskad rörelse och utskrift.
a11y-date = Redogörelsen skrevs den 2 december 2026.
a11y-report-heading = Rapportera en brist
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = Fungerar något inte för dig, eller har du hittat en brist? Berätta det för { $operator }:
a11y-no-contact = Ingen kontakt har angetts för den här installationen. Därför går det inte att rapportera en brist här.
a11y-help = Behöver du hjälp med ditt ärende under tiden? Ring Arbetsförmedlingen eller gå till ett servicekontor. Telefonnumret är:
a11y-enforcement-heading = Tillsyn
a11y-enforcement = Myndigheten för digital förvaltning (DIGG) har tillsyn över lagen. Är du inte nöjd med hur din synpunkt hanteras, kan du kontakta DIGG.
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = Rapportera en felaktig uppgift om { $municipality }
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = Felaktig uppgift i Vägvisaren: { $municipality }
report-wrong-body-municipality = Kommun:
report-wrong-body-ask = Vad är fel? Skriv här, gärna med en källa:
