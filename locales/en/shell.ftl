# English translation of locales/sv/shell.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Everything else is in pages.ftl, flow.ftl and staff.ftl, fetched with the pages chunk (src/i18n/catalog.rs).
# Plain English: short sentences, "you", everyday words.
# Never write a phone number in a message: the app shows each number beside the text as a left-to-right link (a literal like { "0771-416 416" } is NOT bidi-isolated and shows out of order in Arabic and Persian).

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = Answer a few short questions and find out how to get help from Arbetsförmedlingen (the Swedish Public Employment Service): on the web, by phone, at a service office or at a booked meeting.
skip-to-content = Skip to main content
header-tagline = Find the right way to Arbetsförmedlingen
language-picker-label = Choose language
language-failed = We could not load the texts in this language. So the page is shown in Swedish.
footer-help-heading = Do you need help now?
footer-phone-intro = Call the customer service of Arbetsförmedlingen (the Swedish Public Employment Service) for jobseekers:
footer-official-source = Vägvisaren is based on Arbetsförmedlingen’s report Likvärdig service i hela landet (“Equal service throughout the country”) from 1 October 2021. Arbetsförmedlingen always has the latest information.
footer-about = About Vägvisaren, sources and accessibility
footer-official-site = Arbetsförmedlingen’s website
footer-staff-intro = Do you work at a service office?
footer-privacy = Your answers are not sent anywhere. They are only in the page’s address in this browser. Vägvisaren uses no cookies.

## Start page

start-title = Find the right way to Arbetsförmedlingen
start-lead = Answer a few short questions. Then you will find out the easiest way to get help and what to do.
start-routes-intro = You can get help from Arbetsförmedlingen (the Swedish Public Employment Service) in four ways:
start-route-digital = on the web, often with e-legitimation (an electronic ID)
start-route-remote = remotely, by phone, chat or video
start-route-service-office = at a service office (servicekontor) of Statens servicecenter (the government’s service centres), without an appointment
start-route-booked-meeting = at a booked meeting, if you need a lot of support
start-who = Vägvisaren is for you if you are registered as a jobseeker, or want to register. Staff at service offices can also use it together with a visitor.
start-button = Start
start-privacy-heading = Your answers
start-privacy = Your answers are not sent to Arbetsförmedlingen or anyone else. They are only in the page’s address in this browser and in the browser’s history. To remove them, clear the history.
start-phone-heading = Would you rather call?
start-phone = Call Arbetsförmedlingen’s customer service:

## Data errors

data-error-phone = You can always call:
data-error-retry = Try again

## While the pages are fetched, and if they cannot be

page-loading = Loading the page …
page-error-heading = The page could not be loaded
page-error-text = We could not load the page. Check your internet connection and try again.

## Notices

offline-notice = You are not connected to the internet. Vägvisaren still works, but the information about offices may be old.
data-cached-notice = The information about offices comes from a saved copy and may be old.

## Staff mode (for service-office staff at the desk)

staff-toggle = Staff mode
staff-banner-title = Staff mode
staff-banner-text = For staff at service offices. The texts are shown in the visitor’s language with Swedish next to them. Press New visitor when the visitor is done.
staff-new-visitor = New visitor
staff-overview-link = All municipalities
staff-line-intro = Phone line for case officers at government agencies, municipalities and unemployment insurance funds (questions about individual cases):
