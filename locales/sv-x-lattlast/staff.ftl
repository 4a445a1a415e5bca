# Vägvisaren på lättläst svenska — pages for staff at service offices.
# Not reviewed by a lättläst editor and not tested with readers. Staff read ordinary Swedish; these are here so the variant is complete.

## Overview of all municipalities

overview-title = Alla kommuner: servicekontor och bokade möten
overview-lead = Sök på kommunen där besökaren bor. Då ser du om det finns ett servicekontor där. Du ser också var det finns bokade möten med Arbetsförmedlingen. Saknar kommunen något? Då ser du det som finns närmast.
overview-search-label = Sök kommun, ort eller kommunkod
overview-search-hint = Till exempel Dorotea, Sveg eller 2425. Du kan skriva utan å, ä och ö.
overview-county-label = Län
overview-county-all = Alla län
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] Vi visar ingen kommun. Skriv färre bokstäver, eller välj Alla län.
        [one] Vi visar 1 kommun.
       *[other] Vi visar { $count } kommuner.
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    Ordnat efter { $column ->
        [county] län
       *[name] kommun
    }, { $direction ->
        [descending] från Ö till A
       *[ascending] från A till Ö
    }.
overview-caption = Servicekontor och bokade möten i Sveriges 290 kommuner
overview-col-municipality = Kommun
overview-col-county = Län
overview-col-service-office = Servicekontor
overview-col-booked-meetings = Bokade möten
overview-no-presence = Inga bokade möten i kommunen. Närmast:
overview-no-office = Vi vet inte om något servicekontor som finns kvar. Närmast:
overview-col-changed = Senaste ändring
overview-unchanged = Ingen ändring som vi vet om sedan 2021
overview-changed-only = Visa bara kommuner med en ändring sedan 2021
overview-unchanged-note = Har ett kontor ingen rad om ändring? Då finns kontoret i rapporten från 2021. Vi känner inte till någon senare ändring.
overview-pending-nearest = Tills det är klart finns det närmaste här:
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = Källa: { $source }. Uppgifterna gäller { $date }.

## Staff mode (for service-office staff at the desk)

staff-language-title = Vilket språk läser besökaren?
staff-language-lead = Välj språk tillsammans med besökaren. Sedan ser ni frågorna på det språket. Svenska står bredvid.
qr-heading = Fortsätt i din egen mobil
qr-intro = Läs av koden med mobilens kamera. Då ser du samma svar i din mobil. Adressen har bara svaren. Den säger inte vem du är.
qr-show = Visa QR-kod
qr-hide = Göm QR-kod
qr-label = QR-kod med adressen till det här resultatet

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = Börja om
kiosk-dialog-title = Behöver du mer tid?
kiosk-dialog-text = Ingen har använt sidan på en stund. Svarar ingen inom 1 minut? Då börjar sidan om och tar bort svaren.
kiosk-extend = Ja, jag behöver mer tid
kiosk-end-now = Nej, börja om nu
