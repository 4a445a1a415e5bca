# English translation of locales/sv/pages.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Fetched with the pages chunk, not with the first view (shell.ftl). Same conventions as shell.ftl.

## Questions: shared

back = Back
continue = Continue
# $number (Number) - the question's position, from 1; $total (Number) - how many questions this visit has.
question-counter = Question { $number } of { $total }
# $number (Number) - the question's position, from 1; $total (Number) - how many questions; $title (String) - the question itself (the page's heading).
question-page-title = Question { $number } of { $total }: { $title }
# $number (Number) - the question's position, from 1. Shown instead of question-counter while an answer still to give can change how many questions there are.
question-counter-no-total = Question { $number }
# $number (Number) - the question's position, from 1; $title (String) - the question itself (the page's heading). Shown instead of question-page-title while an answer still to give can change how many questions there are.
question-page-title-no-total = Question { $number }: { $title }
# $title (String) - the page's own title; shown as the browser tab's title when the page has an error.
error-title-prefix = Error: { $title }
error-prefix = Error:
error-summary-title = There is a problem
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] No municipality matches. Check the spelling, or choose the county and municipality in the lists below.
        [one] One municipality matches.
       *[other] { $count } municipalities match.
    }
municipality-choose = Choose municipality
municipality-loading = Loading the list of municipalities …
municipality-non-latin = The list has the Swedish names of the municipalities in Latin letters, for example Malmö or Göteborg. You can also choose the county and municipality in the lists below.
municipality-browse-heading = Or choose the county and municipality from a list
municipality-county-label = County (län)
municipality-county-none = Choose a county
municipality-list-label = Municipality (kommun)
municipality-list-none = Choose a municipality

## Check your answers

check-title = Check your answers
change = Change
check-privacy = Your answers are only in this page’s address in your browser. They are not sent to Arbetsförmedlingen (the Swedish Public Employment Service) or anyone else.
check-continue = Show where you can get help

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = Your result: { $route }
result-recommended = This suits you best
result-steps-heading = What to do
result-why-heading = Why we recommend this
result-alternatives-heading = Other ways to get help
result-contacts-heading = Phone numbers
result-print = Print
result-without-travel = It is a long way to go. You can also get help without travelling:
claim-from-2021 = (source: the 2021 report)
claim-from-2021-note = What is marked “source: the 2021 report” comes from the report of Arbetsförmedlingen (the Swedish Public Employment Service) of October 2021. We have not been able to confirm it with any later source. Ask Arbetsförmedlingen if you are unsure.
start-again = Start again

## Local places

local-heading = Near you
# $municipality (String) - the official name of the person's municipality.
local-intro = What there is in { $municipality }:
local-no-municipality = You have not said which municipality you live in. Service offices and their opening hours are on statenssc.se/besokservicekontor.
local-loading = Loading information about offices …
local-network-changed = Since 2021, several service offices have closed and some new ones have opened. We may not know about every change. See the opening hours on statenssc.se/besokservicekontor before you go.
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = We know of no service office in { $municipality } that is still there. There are service offices in these municipalities near you:
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }, about { $km } km in a straight line
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = borders { $municipality }
local-nearest-named = the 2021 report refers here
local-presence-source = The information about booked meetings is from Arbetsförmedlingen’s report of 2021. We know of no later changes.
# $municipality (String) - the official name of the person's municipality.
local-no-presence = According to the 2021 report, Arbetsförmedlingen had no booked meetings in { $municipality }. There are booked meetings in these municipalities near you:
local-pending-presence = Until it is ready, there are booked meetings in these municipalities near you:
local-distances = Distances are in a straight line between the municipalities’ main towns. The journey can be longer.
office-as-in-report = Listed in Arbetsförmedlingen’s report of 2021. No later source has confirmed it. See statenssc.se/besokservicekontor before you go.
## Dates (the local facts and their sources): always the Gregorian calendar, the month's name from this list, the day and the year in this language's digits (src/ui/places.rs).

# $day (String) - the day of the month, already in this language's digits; $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-day = { $day } { $month ->
        [jan] January
        [feb] February
        [mar] March
        [apr] April
        [may] May
        [jun] June
        [jul] July
        [aug] August
        [sep] September
        [oct] October
        [nov] November
       *[dec] December
    } { $year }
# $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-month = { $month ->
        [jan] January
        [feb] February
        [mar] March
        [apr] April
        [may] May
        [jun] June
        [jul] July
        [aug] August
        [sep] September
        [oct] October
        [nov] November
       *[dec] December
    } { $year }
## Local places: the offices and what is known of them

# $precision (String) - day, month or none; $date (String) - when it opened, a date or a month, already in the reader's language; $publisher (String) - who published the source, a name; $source_date (String) - the source's date, in the reader's language.
office-opened =
    { $precision ->
        [day] Opened on { $date }.
        [month] Opened in { $date }.
       *[none] Has opened since 2021.
    } Source: { $publisher }, { $source_date }.
# $precision (String) - day, month or none; $date (String) - the last day open, or the month; $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closed =
    { $precision ->
        [day] Closed on { $date }.
        [month] Closed in { $date }.
       *[none] Has closed.
    } Source: { $publisher }, { $source_date }.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closure-announced = { $publisher } wrote that this office is to close ({ $source_date }). It may already be closed. Check before you go.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = { $publisher } wrote that this office is to open again ({ $source_date }). We do not know when. Check before you go.
office-unconfirmed = Planned in 2021 for 2022–2023. We do not know if it has opened.
# $precision (String) - day, month or none; $date (String) - when it moved; $place (String) - the new place, a proper name; $publisher (String) - the source; $source_date (String) - the source's date.
office-moved =
    { $precision ->
        [day] Moved on { $date } to { $place }.
        [month] Moved in { $date } to { $place }.
       *[none] Has moved to { $place }.
    } Source: { $publisher }, { $source_date }.
# $precision (String) - day, month or none; $date (String) - since when; $publisher (String) - the source; $source_date (String) - the source's date.
office-fewer-days =
    { $precision ->
        [day] Since { $date }, open fewer days a week.
        [month] Since { $date }, open fewer days a week.
       *[none] Now open fewer days a week.
    } Source: { $publisher }, { $source_date }.
presence-pending = The report said it would be ready later in 2021. We do not know if it is ready.
local-service-offices-heading = Service offices (servicekontor) – you can go there without an appointment
local-presence-heading = Booked meetings with Arbetsförmedlingen
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = Service office in { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = Arbetsförmedlingen office with staff on site in { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = Arbetsförmedlingen’s office in { $place }. The staff come there regularly.
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = Booked meetings in { $place }, in rooms at the municipality or a service office (samarbetslösning)

## Data errors

data-error-heading = The information about offices could not be loaded
data-error-network = We could not reach the information. Check your internet connection and try again.
data-error-malformed = The information was damaged. Try again in a little while.
data-error-schema = Something went wrong with the information. Reload the page.

## About

about-title = About Vägvisaren
about-lead = Vägvisaren helps you choose the right way to contact Arbetsförmedlingen (the Swedish Public Employment Service). It does not replace what Arbetsförmedlingen itself tells you.
about-sources-heading = Sources
about-sources-report = The advice and the information about offices are based on Arbetsförmedlingen’s report to the Government, Likvärdig service i hela landet (“Equal service throughout the country”). Changes after the report are shown with their source. We calculated the distances ourselves, in a straight line between the municipalities’ main towns.
about-data-source = Source
about-data-date = Date
about-sources-age = The information is from October 2021, with the changes a later source shows. Offices may have opened or closed since then. See statenssc.se/besokservicekontor before you go to a service office.
about-translations = Swedish is the original language. The translations have not yet been checked by native speakers. In 2026, reviewers who are not native speakers of these languages checked them by translating them back into English. We have corrected the larger errors that they found.
about-privacy-heading = Personal data
about-privacy = Vägvisaren does not ask for your name or personal identity number (personnummer). Your answers are only in the page’s address, in the part after the # sign, and in the browser’s history. The browser never sends that part of the address to any server, not even when you reload the page or open a saved link or a QR code. We use no cookies and no statistics. The browser saves only your language and whether staff mode or kiosk mode is on (in those modes the language is not saved). On a computer that many people use, the staff button “Ny besökare” (New visitor) removes the answers from the history.
a11y-heading = Accessibility statement
a11y-intro = Everyone should be able to use Vägvisaren, including with a screen reader, only a keyboard, magnification or voice control. The Swedish Act on accessibility to digital public services (2018:1937) applies.
a11y-status-heading = How accessible is the service?
a11y-limitations-heading = Known problems
a11y-limitation-external = Links lead to other websites. They have their own accessibility statements.
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = { $operator } is responsible for this website.
a11y-no-operator = No responsible organisation has been configured for this installation of Vägvisaren.
a11y-status = The service is partly compliant with the Act on accessibility to digital public services. Our tests find no failures against WCAG 2.2 level AA. But the tests do not show everything:
a11y-unverified-screen-readers = We have not tested with real screen readers, such as NVDA, JAWS, VoiceOver or TalkBack, or with voice control.
a11y-unverified-engines = All tests run in the Chromium browser. The most important parts are also tested in Firefox and in WebKit, which Safari is built on. We have not tested Safari on an iPhone or a Mac.
a11y-unverified-users = We have not done user tests with people with disabilities.
a11y-unverified-translations = The translations have not been checked by native speakers.
a11y-kiosk = On the service offices’ own computers (kiosk mode), after a while without activity, three minutes unless set otherwise, the page asks whether you need more time. You can get more time as often as you like. If no one answers within a minute, the answers are removed and the page starts again.
a11y-testing-heading = How this statement was made
a11y-testing = This statement is based on our own assessment and on automated tests. Every page is tested with axe-core and IBM Equal Access in a real browser. The tests also go through the whole flow with only a keyboard and check focus, headings, page titles, error messages, a narrow screen (320 pixels), magnification to 400 percent, forced colours, reduced motion and printing.
a11y-date = This statement was written on 2 December 2026.
a11y-report-heading = Report a problem
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = Does something not work for you, or have you found a problem? Tell { $operator }:
a11y-no-contact = No contact has been configured for this installation. So you cannot report a problem here.
a11y-help = Do you need help with your errand in the meantime? Call Arbetsförmedlingen or go to a service office. The number is:
a11y-enforcement-heading = Supervision
a11y-enforcement = The Agency for Digital Government (Myndigheten för digital förvaltning, DIGG) supervises the law. If you are not satisfied with how your feedback is handled, you can contact DIGG.
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = Report wrong information about { $municipality }
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = Wrong information in Vägvisaren: { $municipality }
report-wrong-body-municipality = Municipality:
report-wrong-body-ask = What is wrong? Write here, with a source if you can:
