# Vägvisaren på lättläst svenska — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Not reviewed by a lättläst editor and not tested with readers. Same conventions as shell.ftl.

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
error-summary-title = Något är fel
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] Ingen kommun passar. Kolla att du har stavat rätt. Du kan också välja län och kommun i listorna längre ner.
        [one] 1 kommun passar.
       *[other] { $count } kommuner passar.
    }
municipality-choose = Välj kommun
municipality-loading = Vi hämtar listan med kommuner …
municipality-non-latin = Listan har kommunernas svenska namn. De har latinska bokstäver, till exempel Malmö eller Göteborg. Du kan också välja län och kommun i listorna längre ner.
municipality-browse-heading = Eller välj län och kommun i en lista
municipality-county-label = Län
municipality-county-none = Välj län
municipality-list-label = Kommun
municipality-list-none = Välj kommun

## Check your answers

check-title = Kolla dina svar
change = Ändra
check-privacy = Dina svar finns bara i den här sidans adress i din webbläsare. Vi skickar dem inte till Arbetsförmedlingen eller till någon annan.
check-continue = Visa var du får hjälp

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = Ditt resultat: { $route }
result-recommended = Det här passar dig bäst
result-steps-heading = Gör så här
result-why-heading = Därför tror vi att det passar dig
result-alternatives-heading = Andra sätt att få hjälp
result-contacts-heading = Telefonnummer
result-print = Skriv ut
result-without-travel = Det är långt att åka. Du kan också få hjälp utan att resa:
claim-from-2021 = (källa: rapporten 2021)
claim-from-2021-note = Ibland står det ”källa: rapporten 2021” vid en uppgift. Då kommer uppgiften från Arbetsförmedlingens rapport från oktober 2021. Vi har inte hittat någon ny källa som säger samma sak. Fråga Arbetsförmedlingen om du är osäker.
start-again = Börja om

## Local places

local-heading = Nära dig
# $municipality (String) - the official name of the person's municipality.
local-intro = Så här ser det ut i { $municipality }:
local-no-municipality = Du har inte svarat på vilken kommun du bor i. På statenssc.se/besokservicekontor ser du alla servicekontor. Där ser du också när de har öppet.
local-loading = Vi hämtar det vi vet om kontor …
local-network-changed = Sedan 2021 har flera servicekontor stängt. Några nya har öppnat. Vi kanske inte känner till alla ändringar. Se när det är öppet på statenssc.se/besokservicekontor. Gör det innan du åker dit.
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = Vi känner inte till något servicekontor som finns kvar i { $municipality }. Det finns servicekontor i de här kommunerna nära dig:
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }, ungefär { $km } kilometer fågelvägen
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = ligger bredvid { $municipality }
local-nearest-named = rapporten från 2021 visar hit
local-presence-source = Det vi vet om bokade möten står i en rapport från Arbetsförmedlingen från 2021. Vi vet inte om något har blivit nytt sedan dess.
# $municipality (String) - the official name of the person's municipality.
local-no-presence = Rapporten från 2021 säger att Arbetsförmedlingen inte hade bokade möten i { $municipality }. Det finns bokade möten i de här kommunerna nära dig:
local-pending-presence = Det finns bokade möten i de här kommunerna nära dig. Du kan gå dit tills mötena i din kommun har börjat:
local-distances = Vi har räknat avstånden fågelvägen. Fågelvägen är en rak linje. Vi räknar från den största orten i varje kommun. Den kallar vi centralort. Resan kan bli längre.
office-as-in-report = Arbetsförmedlingens rapport från 2021 har med kontoret. Ingen ny källa säger samma sak. Se statenssc.se/besokservicekontor innan du åker.
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
office-closure-announced = { $publisher } skrev att kontoret ska stänga. Det skrev de { $source_date }. Det kan redan vara stängt. Kolla innan du åker dit.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = { $publisher } skrev att kontoret ska öppna igen. Det skrev de { $source_date }. Vi vet inte när det öppnar. Kolla innan du åker dit.
office-unconfirmed = År 2021 fanns en plan att öppna kontoret under 2022 eller 2023. Vi vet inte om det har öppnat.
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
        [day] Har öppet färre dagar i veckan sedan den { $date }.
        [month] Har öppet färre dagar i veckan sedan { $date }.
       *[none] Har nu öppet färre dagar i veckan.
    } Källa: { $publisher }, { $source_date }.
presence-pending = Rapporten sa att det skulle bli klart senare under 2021. Vi vet inte om det är klart.
local-service-offices-heading = Servicekontor (du kan gå dit utan att boka tid)
local-presence-heading = Bokade möten med Arbetsförmedlingen
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = Servicekontor i { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = Arbetsförmedlingens kontor i { $place }, med personal på plats
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = Arbetsförmedlingens kontor i { $place }. Personalen kommer dit med jämna mellanrum.
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = Bokade möten i { $place }. Mötena är hos kommunen eller på ett servicekontor. Arbetsförmedlingen kallar det en samarbetslösning.

## Data errors

data-error-heading = Vi kunde inte hämta det vi vet om kontor
data-error-network = Vi kunde inte hämta det vi vet om kontor. Kolla att du har internet. Försök sedan igen.
data-error-malformed = Det vi hämtade var trasigt. Försök igen om en stund.
data-error-schema = Något blev fel när vi hämtade det. Ladda sidan igen.

## About

about-title = Om Vägvisaren
about-lead = Sidan hjälper dig att välja rätt sätt att nå Arbetsförmedlingen. Det är de som ger dig de riktiga svaren.
about-sources-heading = Källor
about-sources-report = Råden och det vi vet om kontor kommer från en rapport. Arbetsförmedlingen skrev den till regeringen. Rapporten heter Likvärdig service i hela landet. Vi visar ändringar efter rapporten med sin källa. Avstånden har vi räknat fram själva. Vi räknar fågelvägen mellan kommunernas centralorter. En centralort är den största orten i en kommun.
about-data-source = Källa
about-data-date = Datum
about-sources-age = Det vi vet är från oktober 2021. Vi har lagt till det som en ny källa visar. Kontor kan ha öppnat eller stängt sedan dess. Se statenssc.se/besokservicekontor innan du åker till ett servicekontor.
about-translations = Svenska är originalspråket. Ingen som har språken som modersmål har läst översättningarna. Under 2026 har andra läst dem. De översatte texterna tillbaka till engelska. Vi har rättat de större fel som de hittade. Ingen expert på lättläst har läst den här lättlästa texten. Vi har inte heller testat den med läsare.
about-privacy-heading = Personuppgifter
about-privacy = Vägvisaren frågar inte efter ditt namn eller personnummer. Dina svar finns bara i sidans adress. De står efter tecknet #. De finns också i webbläsarens historik. Webbläsaren skickar aldrig den delen av adressen till någon server. Det gäller också när du laddar sidan igen. Det gäller också när du öppnar en sparad länk eller en QR-kod. Vi använder inga kakor och ingen statistik. Webbläsaren sparar bara 2 saker. Den sparar ditt språk. Den sparar också om personalläget eller kioskläget är på. I de lägena sparar den inte språket. Många kan använda samma dator. Då tar personalens knapp Ny besökare bort svaren ur historiken.
a11y-heading = Tillgänglighetsredogörelse
a11y-intro = Alla ska kunna ta hjälp av sidan. Det gäller också dig som har skärmläsare, bara tangentbord, förstoring eller talstyrning. En lag gäller för sidan. Det är lagen om tillgänglighet till digital offentlig service (2018:1937).
a11y-status-heading = Hur lätt är tjänsten att använda?
a11y-limitations-heading = Fel som vi känner till
a11y-limitation-external = Några länkar går till andra webbplatser. De har egna redogörelser om tillgänglighet.
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = { $operator } ansvarar för den här webbplatsen.
a11y-no-operator = Det står inte vilken organisation som ansvarar för den här Vägvisaren.
a11y-status = Tjänsten följer delvis lagen om tillgänglighet till digital offentlig service. Våra tester hittar inga fel mot WCAG 2.2 nivå AA. WCAG är regler för tillgänglighet på webben. Men testerna visar inte allt:
a11y-unverified-screen-readers = Vi har inte testat med riktiga skärmläsare. Exempel på skärmläsare är NVDA, JAWS, VoiceOver och TalkBack. Vi har inte heller testat med talstyrning.
a11y-unverified-engines = Vi kör alla tester i webbläsaren Chromium. Vi testar de viktigaste delarna i Firefox också. Vi testar dem också i WebKit. Safari bygger på WebKit. Vi har inte testat Safari på en iPhone eller Mac.
a11y-unverified-users = Vi har inte gjort tester med personer som har en funktionsnedsättning.
a11y-unverified-translations = Ingen som har språken som modersmål har läst översättningarna.
a11y-kiosk = Servicekontoren har egna datorer. Där kan sidan vara i kioskläge. Gör ingen något på sidan en stund? Då frågar sidan om du behöver mer tid. Det sker efter 3 minuter, om ingen har ställt in en annan tid. Du kan få mer tid så många gånger du vill. Svarar ingen inom 1 minut? Då tar sidan bort svaren och börjar om.
a11y-testing-heading = Så skrev vi redogörelsen
a11y-testing = Vi skrev redogörelsen efter våra egna tester. Vi har också tester som går av sig själva. Vi testar varje sida med axe-core och IBM Equal Access. Det är program som letar efter fel. Vi gör det i en riktig webbläsare. Testerna går igenom alla sidor med bara tangentbord. De kollar fokus, rubriker, sidtitlar och felmeddelanden. De kollar en smal skärm på 320 pixlar. De kollar förstoring till 400 procent. De kollar tvingade färger, mindre rörelse och utskrift.
a11y-date = Vi skrev redogörelsen den 2 december 2026.
a11y-report-heading = Berätta om ett fel
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = Fungerar något inte för dig? Har du hittat ett fel? Berätta det för { $operator }:
a11y-no-contact = Det finns ingen kontakt för den här Vägvisaren. Därför kan du inte berätta om fel här.
a11y-help = Behöver du hjälp med ditt ärende under tiden? Ring Arbetsförmedlingen eller gå till ett servicekontor. Telefonnumret är:
a11y-enforcement-heading = Tillsyn
a11y-enforcement = Myndigheten för digital förvaltning (DIGG) kontrollerar att alla följer lagen. Är du inte nöjd med vårt svar? Då kan du kontakta DIGG.
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = Berätta om en uppgift om { $municipality } som är fel
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = Fel uppgift i Vägvisaren: { $municipality }
report-wrong-body-municipality = Kommun:
report-wrong-body-ask = Vad är fel? Skriv här. Skriv gärna var du hittade rätt uppgift:
