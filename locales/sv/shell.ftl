# Vägvisaren — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Everything else is in pages.ftl, flow.ftl and staff.ftl, fetched with the pages chunk (src/i18n/catalog.rs).
# Swedish is the source language. Klarspråk: short sentences, "du", plain words.
# Never write a phone number in a message: the app shows each number beside the text as a left-to-right link (a literal like { "0771-416 416" } is NOT bidi-isolated and shows out of order in Arabic and Persian).

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = Svara på några korta frågor. Då får du veta hur du får hjälp av Arbetsförmedlingen: på webben, per telefon, på ett servicekontor eller på ett bokat möte.
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
footer-privacy = Dina svar skickas inte någonstans. De finns bara i sidans adress i den här webbläsaren. Vägvisaren använder inga kakor.

## Start page

start-title = Hitta rätt väg till Arbetsförmedlingen
start-lead = Svara på några korta frågor. Sedan får du veta hur du enklast får hjälp och vad du ska göra.
start-routes-intro = Du kan få hjälp på fyra sätt:
start-route-digital = på webben, ofta med e-legitimation
start-route-remote = på distans, per telefon, chatt eller video
start-route-service-office = på ett servicekontor hos Statens servicecenter, utan att boka tid
start-route-booked-meeting = på ett bokat möte, om du behöver mycket stöd
start-who = Vägvisaren är till för dig som är eller vill bli inskriven som arbetssökande. Personal på servicekontor kan också använda den tillsammans med en besökare.
start-button = Börja
start-privacy-heading = Dina svar
start-privacy = Dina svar skickas inte till Arbetsförmedlingen eller någon annan. De finns bara i sidans adress i den här webbläsaren och i webbläsarens historik. Vill du ta bort dem, rensa historiken.
start-phone-heading = Vill du hellre ringa?
start-phone = Ring Arbetsförmedlingens kundtjänst:

## Data errors

data-error-phone = Du kan alltid ringa:
data-error-retry = Försök igen

## While the pages are fetched, and if they cannot be

page-loading = Sidan hämtas …
page-error-heading = Sidan kunde inte hämtas
page-error-text = Det gick inte att hämta sidan. Kontrollera din internetanslutning och försök igen.

## Notices

offline-notice = Du är inte ansluten till internet. Vägvisaren fungerar ändå, men uppgifterna om kontor kan vara gamla.
data-cached-notice = Uppgifterna om kontor kommer från en sparad kopia och kan vara gamla.

## Staff mode (for service-office staff at the desk)

staff-toggle = Personalläge
staff-banner-title = Personalläge
staff-banner-text = För personal på servicekontor. Texterna visas på besökarens språk med svenska bredvid. Tryck på Ny besökare när besökaren är klar.
staff-new-visitor = Ny besökare
staff-overview-link = Alla kommuner
staff-line-intro = Telefon för handläggare på myndigheter, kommuner och a-kassor (frågor om enskilda ärenden):
