# Vägvisaren på lättläst svenska — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Not reviewed by a lättläst editor and not tested with readers. Written by the developer from locales/sv/ to the criteria in locales/README.md (Lättläst svenska).
# The same ids and variables as Swedish. Lättläst: one thought a sentence, common words, no passive, no abbreviations, difficult words explained in the sentence, numbers as digits.
# Never write a phone number in a message: the app shows each number beside the text as a left-to-right link.

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = Svara på några frågor. Då får du veta hur du får hjälp av Arbetsförmedlingen. Det kan vara på webben, i telefon, på ett servicekontor eller på ett bokat möte.
skip-to-content = Gå direkt till texten
header-tagline = Hitta rätt väg till Arbetsförmedlingen
language-picker-label = Välj språk
language-failed = Vi kunde inte hämta texterna på lättläst svenska. Därför ser du sidan på vanlig svenska.
footer-help-heading = Behöver du hjälp nu?
footer-phone-intro = Ring till Arbetsförmedlingen. Här är numret för dig som söker jobb:
footer-official-source = Vägvisaren bygger på en rapport från Arbetsförmedlingen. Rapporten heter Likvärdig service i hela landet. Den kom den 1 oktober 2021. Arbetsförmedlingen vet alltid det som är nytt.
footer-about = Om Vägvisaren, källor och tillgänglighet
footer-official-site = Arbetsförmedlingens webbplats
footer-staff-intro = Arbetar du på ett servicekontor?
footer-privacy = Vi skickar inte dina svar någon annanstans. Svaren finns bara i sidans adress i den här webbläsaren. Vi sparar inga kakor. Kakor är små filer som en webbplats kan spara hos dig.

## Start page

start-title = Hitta rätt väg till Arbetsförmedlingen
start-lead = Svara på några korta frågor. Sedan får du veta det enklaste sättet att få hjälp. Du får också veta vad du ska göra.
start-routes-intro = Du kan få hjälp på 4 sätt:
start-route-digital = på webben, ofta med e-legitimation
start-route-remote = i telefon, i en chatt eller med video
start-route-service-office = på ett servicekontor hos Statens servicecenter, och du behöver inte boka tid
start-route-booked-meeting = på ett bokat möte, om du behöver mycket stöd
start-who = Sidan är för dig som söker jobb. Du är inskriven hos Arbetsförmedlingen, eller så vill du bli det. Inskriven betyder att du har anmält dig där som en som söker jobb. Personal på servicekontor kan också ta hjälp av sidan. Då gör de det med en besökare.
start-button = Börja
start-privacy-heading = Dina svar
start-privacy = Vi skickar inte dina svar till Arbetsförmedlingen. Vi skickar dem inte till någon annan heller. Svaren finns bara i sidans adress i den här webbläsaren. De finns också i webbläsarens historik. Historiken är en lista över sidor du har besökt. Vill du ta bort svaren? Rensa då historiken.
start-phone-heading = Vill du hellre ringa?
start-phone = Ring Arbetsförmedlingens kundtjänst:

## Data errors

data-error-phone = Du kan alltid ringa:
data-error-retry = Försök igen

## While the pages are fetched, and if they cannot be

page-loading = Vi hämtar sidan …
page-error-heading = Vi kunde inte hämta sidan
page-error-text = Vi kunde inte hämta sidan. Kolla att du har internet. Försök sedan igen.

## Notices

offline-notice = Du har inte internet just nu. Du kan använda sidan ändå. Men det vi vet om kontor kan vara gammalt.
data-cached-notice = Det vi vet om kontor kommer från en sparad kopia. Det kan vara gammalt.

## Staff mode (for service-office staff at the desk)

staff-toggle = Personalläge
staff-banner-title = Personalläge
staff-banner-text = Det här läget är för personal på servicekontor. Du ser texterna på besökarens språk. Svenska står bredvid. Tryck på Ny besökare när besökaren är klar.
staff-new-visitor = Ny besökare
staff-overview-link = Alla kommuner
staff-line-intro = Telefon för handläggare på myndigheter, kommuner och a-kassor. Numret är för frågor om en viss persons ärende:
