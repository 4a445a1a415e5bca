# Vägvisaren — the frame, start page, shared controls, errors and About.
# Swedish is the source language. Klarspråk: short sentences, "du", plain words.
# Phone numbers are string-literal placeables so they are isolated left-to-right.

## Frame

product-name = Vägvisaren
skip-to-content = Hoppa till innehållet
header-tagline = Hitta rätt väg till Arbetsförmedlingen
language-picker-label = Välj språk
language-failed = Det gick inte att hämta texterna på det här språket. Därför visas sidan på svenska.
footer-help-heading = Behöver du hjälp nu?
footer-phone-intro = Ring Arbetsförmedlingens kundtjänst för arbetssökande:
footer-official-source = Vägvisaren bygger på Arbetsförmedlingens rapport Likvärdig service i hela landet från den 1 oktober 2021. Aktuella uppgifter finns alltid hos Arbetsförmedlingen.
footer-about = Om Vägvisaren, källor och tillgänglighet
footer-official-site = Arbetsförmedlingens webbplats
footer-staff-intro = Arbetar du på ett servicekontor?
footer-privacy = Dina svar stannar på din enhet. Vägvisaren använder inga kakor och skickar inget om dig vidare.

## Start page

start-title = Hitta rätt väg till Arbetsförmedlingen
start-lead = Svara på några korta frågor. Då får du veta hur du enklast får hjälp med ditt ärende, varför, och vad du ska göra nu.
start-routes-intro = Du kan få hjälp på fyra sätt:
start-route-digital = på webben, ofta med e-legitimation
start-route-remote = på distans, per telefon, chatt eller video
start-route-service-office = på ett servicekontor, utan att boka tid
start-route-booked-meeting = på ett bokat möte, om du behöver mycket stöd
start-who = Vägvisaren är till för dig som är eller vill bli inskriven som arbetssökande. Personal på servicekontor kan också använda den tillsammans med en besökare.
start-button = Börja
start-privacy-heading = Dina svar
start-privacy = Dina svar finns bara i adressen till sidan, på din enhet. Inget skickas till Arbetsförmedlingen eller någon annan. Adressen kan finnas kvar i webbläsarens historik.
start-phone-heading = Vill du hellre ringa?
start-phone = Ring Arbetsförmedlingens kundtjänst:

## Questions: shared

back = Tillbaka
continue = Fortsätt
question-counter = Fråga { $number } av { $total }
question-page-title = Fråga { $number } av { $total }: { $title }
error-title-prefix = Fel: { $title }
error-prefix = Fel:
error-summary-title = Det finns ett problem
municipality-matches =
    { $count ->
        [0] Ingen kommun matchar. Prova att skriva färre bokstäver.
        [one] En kommun matchar.
       *[other] { $count } kommuner matchar.
    }
municipality-choose = Välj kommun
municipality-loading = Hämtar listan över kommuner …

## Check your answers

check-title = Kontrollera dina svar
change = Ändra
check-privacy = Dina svar finns bara i adressen till den här sidan. Inget skickas till Arbetsförmedlingen.
check-continue = Visa var du får hjälp

## Result

result-page-title = Ditt resultat: { $route }
result-recommended = Det här passar dig bäst
result-steps-heading = Gör så här
result-why-heading = Därför rekommenderar vi det
result-alternatives-heading = Andra sätt att få hjälp
result-contacts-heading = Telefonnummer
result-print = Skriv ut
start-again = Börja om

## Local places

local-heading = Nära dig
local-intro = Så här ser det ut i { $municipality }:
local-no-municipality = Du har inte angett någon kommun. På Arbetsförmedlingens webbplats kan du söka efter kontor nära dig.
local-loading = Hämtar uppgifter om kontor …
local-service-offices-heading = Servicekontor (du kan gå dit utan att boka tid)
local-no-service-office = Det finns inget öppet servicekontor i kommunen.
local-nearest-service-office = Närmaste servicekontor finns i { $municipality }, ungefär { $km } km fågelvägen.
local-presence-heading = Bokade möten med Arbetsförmedlingen
local-no-presence = Arbetsförmedlingen har inga bokade möten i kommunen.
local-nearest-presence = Närmaste plats för bokade möten finns i { $municipality }, ungefär { $km } km fågelvägen.
local-nearest-named = Arbetsförmedlingens rapport hänvisar till { $municipality } för bokade möten, ungefär { $km } km fågelvägen.
local-data-age = Uppgifterna kommer från Arbetsförmedlingens rapport från oktober 2021 och kan ha ändrats. Avstånden är räknade fågelvägen och är inte restider. Kontrollera adresser och öppettider innan du går dit:
local-official-finder = arbetsformedlingen.se
office-in = Servicekontor i { $place }
office-existing = Öppet
office-planned = Planerat 2022–2023
office-opening = Nytt kontor som öppnar 2021–2022
presence-fixed = Arbetsförmedlingskontor med personal på plats i { $place }
presence-travelled = Arbetsförmedlingskontor i { $place } dit personal reser
presence-collaboration = Möten i en samarbetslösning med andra i { $place }
presence-pending = Enligt rapporten klar senare under 2021

## Data errors

data-error-heading = Uppgifterna om kontor kunde inte hämtas
data-error-network = Det gick inte att nå uppgifterna. Kontrollera din internetanslutning och försök igen.
data-error-malformed = Uppgifterna var skadade. Försök igen om en stund.
data-error-schema = Uppgifterna har ett format som den här versionen inte känner igen. Ladda om sidan.
data-error-phone = Du kan alltid ringa:
data-error-retry = Försök igen

## Pages after the start page, fetched as a separate file

page-loading = Sidan hämtas …
page-error-heading = Sidan kunde inte hämtas
page-error-text = Det gick inte att hämta sidan. Kontrollera din internetanslutning och försök igen.

## About

about-title = Om Vägvisaren
about-lead = Vägvisaren hjälper dig att välja rätt sätt att kontakta Arbetsförmedlingen. Den ersätter inte Arbetsförmedlingens egna besked.
about-sources-heading = Källor
about-sources-report = Råden och alla uppgifter om kontor bygger på Arbetsförmedlingens rapport till regeringen Likvärdig service i hela landet.
about-data-source = Källa
about-data-date = Datum
about-sources-age = Uppgifterna är från oktober 2021. Kontor kan ha öppnat eller stängt sedan dess. Kontrollera alltid hos Arbetsförmedlingen.
about-translations = Svenska är originalspråket. Översättningarna har ännu inte granskats av modersmålstalare.
about-privacy-heading = Personuppgifter
about-privacy = Vägvisaren frågar inte efter ditt namn eller personnummer. Dina svar stannar på din enhet. Vi använder inga kakor och ingen statistik. Språk och personalläge sparas i webbläsaren, inget annat.
a11y-heading = Tillgänglighetsredogörelse
a11y-intro = Vägvisaren ska kunna användas av alla, också med skärmläsare, bara tangentbord, förstoring eller talstyrning. Lagen om tillgänglighet till digital offentlig service (2018:1937) gäller.
a11y-status-heading = Hur tillgänglig är tjänsten?
a11y-status = Vi bedömer att tjänsten uppfyller WCAG 2.2 nivå AA, med några delar på nivå AAA, som kontrast och storlek på knappar.
a11y-testing-heading = Hur vi har testat
a11y-testing = Varje sida testas automatiskt med axe-core i en riktig webbläsare. Vi testar också hela flödet med bara tangentbord, fokus, sidtitlar, smal skärm och förstoring.
a11y-limitations-heading = Kända brister
a11y-limitation-translations = Översättningarna har inte granskats av modersmålstalare ännu.
a11y-limitation-data = Uppgifterna om kontor är från 2021 och kan vara inaktuella.
a11y-limitation-external = Länkar leder till andra webbplatser som har egna tillgänglighetsredogörelser.
a11y-report-heading = Rapportera ett problem
a11y-report = Om något inte fungerar för dig kan du få samma hjälp per telefon:
a11y-enforcement = Myndigheten för digital förvaltning (DIGG) granskar att lagen följs. Dit kan du anmäla om du inte är nöjd.
a11y-digg-link = digg.se
offline-notice = Du är inte ansluten till internet. Vägvisaren fungerar ändå, men uppgifterna om kontor kan vara gamla.
data-cached-notice = Uppgifterna om kontor kommer från en sparad kopia och kan vara gamla.
