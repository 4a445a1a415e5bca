# Vägvisaren — pages for staff at service offices. Staff read Swedish.
# Klarspråk: short sentences, plain words. Ids start with "overview-" (the
# overview of all municipalities), "staff-" (staff mode) or "qr-" (QR handout).
# The table also uses ids from pages.ftl: the office-…, presence-… and
# local-… messages of a municipality's places.

## Overview of all municipalities

overview-title = Alla kommuner: servicekontor och bokade möten
overview-lead = Sök på kommunen där besökaren bor. Då ser du om det finns ett servicekontor och var besökaren kan ha bokade möten med Arbetsförmedlingen. Om kommunen saknar något visas det närmaste alternativet.
overview-search-label = Sök kommun, ort eller kommunkod
overview-search-hint = Till exempel Dorotea, Sveg eller 2425. Du kan skriva utan å, ä och ö.
overview-county-label = Län
overview-county-all = Alla län
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] Ingen kommun visas. Prova att skriva färre bokstäver eller välj Alla län.
        [one] En kommun visas.
       *[other] { $count } kommuner visas.
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    Sorterat på { $column ->
        [county] län
       *[name] kommun
    }, { $direction ->
        [descending] fallande
       *[ascending] stigande
    }.
overview-caption = Servicekontor och bokade möten i Sveriges 290 kommuner
overview-col-municipality = Kommun
overview-col-county = Län
overview-col-service-office = Servicekontor
overview-col-booked-meetings = Bokade möten
overview-no-presence = Inga bokade möten i kommunen. Närmast:
overview-no-office = Inget servicekontor som vi vet finns kvar. Närmast:
overview-col-changed = Senast ändrat
overview-unchanged = Ingen känd ändring sedan 2021
overview-changed-only = Visa bara kommuner där något har ändrats sedan 2021
overview-unchanged-note = Kontor utan egen rad om ändring finns i rapporten 2021, och vi känner inte till någon senare ändring.
overview-pending-nearest = Tills det är klart finns närmast:
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = Källa: { $source }. Uppgifterna gäller { $date }.

## Staff mode (for service-office staff at the desk)

staff-language-title = Vilket språk läser besökaren?
staff-language-lead = Välj språk tillsammans med besökaren. Sedan visas frågorna på det språket med svenska bredvid.
qr-heading = Fortsätt i din egen mobil
qr-intro = Skanna koden med mobilens kamera. Då öppnas samma resultat i din mobil. Adressen innehåller bara svaren, inte vem du är.
qr-show = Visa QR-kod
qr-hide = Dölj QR-kod
qr-label = QR-kod med adressen till det här resultatet

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = Börja om
kiosk-dialog-title = Behöver du mer tid?
kiosk-dialog-text = Ingen har använt sidan på en stund. Om ingen svarar inom en minut börjar sidan om och svaren tas bort.
kiosk-extend = Ja, jag behöver mer tid
kiosk-end-now = Nej, börja om nu
