# Somali translation of locales/sv/shell.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the first view: the frame, the start page, the notices and the errors that can show before the pages arrive, and the staff toggle and banner.
# Everything else is in pages.ftl, flow.ftl and staff.ftl, fetched with the pages chunk (src/i18n/catalog.rs).
# Plain Somali: short sentences, "adiga" (you), everyday words.
# Never write a phone number in a message: the app shows each number beside the text as a left-to-right link (a literal like { "0771-416 416" } is NOT bidi-isolated and shows out of order in Arabic and Persian).

## Frame

product-name = Vägvisaren
# The page's description for search engines and link previews (<meta name="description">); keep it to about 160 characters.
meta-description = Ka jawaab su'aalo gaagaaban, oo ogow sida Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) kuu caawin karto: internetka, taleefanka, xafiis adeeg ama kulan la ballansaday.
skip-to-content = U gudub nuxurka bogga
header-tagline = Hel jidka saxda ah ee lagu gaaro Arbetsförmedlingen
language-picker-label = Dooro luqadda
language-failed = Qoraallada luqaddan lama soo heli karin. Sidaas darteed bogga waxaa lagu muujinayaa af Iswiidhish.
footer-help-heading = Ma u baahan tahay caawimaad hadda?
footer-phone-intro = Wac adeegga macaamiisha ee Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ee loogu talagalay shaqo-doonka:
footer-official-source = Vägvisaren waxay ku salaysan tahay warbixinta Arbetsförmedlingen ee Likvärdig service i hela landet (“Adeeg siman oo dalka oo dhan ah”) ee 1da Oktoobar 2021. Macluumaadka ugu dambeeyay had iyo jeer waxaa laga helaa Arbetsförmedlingen.
footer-about = Ku saabsan Vägvisaren, ilaha iyo helitaanka (tillgänglighet)
footer-official-site = Websaydhka Arbetsförmedlingen
footer-staff-intro = Ma ka shaqaysaa xafiis adeeg?
footer-privacy = Jawaabahaaga meelna looma diro. Waxay ku jiraan oo keliya cinwaanka internetka ee bogga (URL) ee browser-kan. Vägvisaren ma isticmaasho cookies.

## Start page

start-title = Hel jidka saxda ah ee lagu gaaro Arbetsförmedlingen
start-lead = Ka jawaab dhowr su'aalood oo gaagaaban. Kadib waxaad ogaan doontaa sida ugu fudud ee aad caawimaad u heli karto iyo waxa ay tahay inaad samayso.
start-routes-intro = Waxaad caawimaad ka heli kartaa Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) afar siyaabood:
start-route-digital = internetka, inta badan adigoo isticmaalaya aqoonsi elektaroonig ah (e-legitimation)
start-route-remote = fogaan, adigoo isticmaalaya taleefan, chat ama fiidiyow
start-route-service-office = xafiis adeeg (servicekontor) oo ka tirsan Statens servicecenter (xarumaha adeegga dowladda), adigoon ballan qabsan
start-route-booked-meeting = kulan la ballansaday, haddii aad u baahan tahay taageero badan
start-who = Vägvisaren waxay kuu tahay haddii aad tahay shaqo-doon diiwaangashan, ama aad rabto inaad is-diiwaangeliso. Shaqaalaha xafiisyada adeegga ayaa sidoo kale isticmaali kara iyagoo la jooga booqde.
start-button = Bilow
start-privacy-heading = Jawaabahaaga
start-privacy = Jawaabahaaga looma diro Arbetsförmedlingen ama cid kale. Waxay ku jiraan oo keliya cinwaanka internetka ee bogga (URL) ee browser-kan iyo taariikhda browser-ka. Haddii aad rabto inaad tirtirto, tirtir taariikhda.
start-phone-heading = Ma doorbidaysaa inaad wacdo?
start-phone = Wac adeegga macaamiisha ee Arbetsförmedlingen:

## Data errors

data-error-phone = Had iyo jeer waad wici kartaa:
data-error-retry = Isku day mar kale

## While the pages are fetched, and if they cannot be

page-loading = Waxaa la soo rarayaa bogga …
page-error-heading = Bogga lama soo heli karin
page-error-text = Bogga lama soo rari karin. Hubi xiriirka internetkaaga oo isku day mar kale.

## Notices

offline-notice = Kuma xirnid internetka. Vägvisaren weli way shaqaynaysaa, laakiin macluumaadka xafiisyada waxaa laga yaabaa inay duugoobeen.
data-cached-notice = Macluumaadka xafiisyada waxaa laga soo qaatay nuqul la kaydiyay, waxaana laga yaabaa inay duugoobeen.

## Staff mode (for service-office staff at the desk)

staff-toggle = Qaabka shaqaalaha
staff-banner-title = Qaabka shaqaalaha
staff-banner-text = Waxaa loogu talagalay shaqaalaha xafiisyada adeegga. Qoraallada waxaa lagu muujinayaa luqadda booqdaha, af Iswiidhishna waa ku ag yaal. Riix Booqde cusub marka booqduhu dhammeeyo.
staff-new-visitor = Booqde cusub
staff-overview-link = Dhammaan degmooyinka
staff-line-intro = Taleefanka loogu talagalay shaqaalaha kiisaska ka shaqeeya ee hay'adaha dowladda, degmooyinka iyo sanduuqyada caymiska shaqo la'aanta (a-kassor), su'aalaha kiisaska shakhsiyeed:
