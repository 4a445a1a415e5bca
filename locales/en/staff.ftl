# English translation of locales/sv/staff.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — pages for staff at service offices. Staff read Swedish.
# Plain English: short sentences, everyday words. Ids start with "overview-" (the overview), "staff-" (staff mode), "qr-" (QR handout) or "kiosk-" (kiosk mode).
# The table also uses ids from pages.ftl: the office-…, presence-… and
# local-… messages of a municipality's places.

## Overview of all municipalities

overview-title = All municipalities: service offices and booked meetings
overview-lead = Search for the municipality where the visitor lives. Then you see if there is a service office and where the visitor can have booked meetings with Arbetsförmedlingen (the Swedish Public Employment Service). If the municipality lacks something, the nearest alternative is shown.
overview-search-label = Search municipality, place or municipality code
overview-search-hint = For example Dorotea, Sveg or 2425. You can type without å, ä and ö.
overview-county-label = County (län)
overview-county-all = All counties
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] No municipality is shown. Try typing fewer letters or choose All counties.
        [one] One municipality is shown.
       *[other] { $count } municipalities are shown.
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    Sorted by { $column ->
        [county] county
       *[name] municipality
    }, { $direction ->
        [descending] descending
       *[ascending] ascending
    }.
overview-caption = Service offices and booked meetings in Sweden’s 290 municipalities
overview-col-municipality = Municipality
overview-col-county = County
overview-col-service-office = Service office
overview-col-booked-meetings = Booked meetings
overview-no-presence = No booked meetings in the municipality. Nearest:
overview-no-office = No service office that we know is still there. Nearest:
overview-col-changed = Last changed
overview-unchanged = No known change since 2021
overview-changed-only = Show only municipalities where something has changed since 2021
overview-unchanged-note = Offices without a line about a change are in the 2021 report, and we know of no later change.
overview-pending-nearest = Until it is ready, the nearest is:
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = Source: { $source }. The information applies to { $date }.

## Staff mode (for service-office staff at the desk)

staff-language-title = Which language does the visitor read?
staff-language-lead = Choose the language together with the visitor. Then the questions are shown in that language with Swedish next to them.
qr-heading = Continue on your own phone
qr-intro = Scan the code with your phone’s camera. Then the same result opens on your phone. The address only contains the answers, not who you are.
qr-show = Show QR code
qr-hide = Hide QR code
qr-label = QR code with the address of this result

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = Start again
kiosk-dialog-title = Do you need more time?
kiosk-dialog-text = No one has used the page for a while. If no one answers within a minute, the page starts again and the answers are removed.
kiosk-extend = Yes, I need more time
kiosk-end-now = No, start again now
