# Somali translation of locales/sv/pages.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — the pages after the start page: questions, check answers, result, local facts, About and the accessibility statement.
# Fetched with the pages chunk, not with the first view (shell.ftl). Same conventions as shell.ftl.

## Questions: shared

back = Dib u noqo
continue = Sii wad
# $number (Number) - the question's position, from 1; $total (Number) - how many questions this visit has.
question-counter = Su'aal { $number } oo ka mid ah { $total }
# $number (Number) - the question's position, from 1; $total (Number) - how many questions; $title (String) - the question itself (the page's heading).
question-page-title = Su'aal { $number } oo ka mid ah { $total }: { $title }
# $number (Number) - the question's position, from 1. Shown instead of question-counter while an answer still to give can change how many questions there are.
question-counter-no-total = Su'aal { $number }
# $number (Number) - the question's position, from 1; $title (String) - the question itself (the page's heading). Shown instead of question-page-title while an answer still to give can change how many questions there are.
question-page-title-no-total = Su'aal { $number }: { $title }
# $title (String) - the page's own title; shown as the browser tab's title when the page has an error.
error-title-prefix = Khalad: { $title }
error-prefix = Khalad:
error-summary-title = Dhibaato ayaa jirta
# $count (Number) - how many municipalities match what the person has typed.
municipality-matches =
    { $count ->
        [0] Ma jirto degmo ku habboon. Hubi higaadda, ama ka dooro gobolka iyo degmada liisaska hoose.
        [one] Hal degmo ayaa ku habboon.
       *[other] { $count } degmo ayaa ku habboon.
    }
municipality-choose = Dooro degmada
municipality-loading = Waxaa la soo rarayaa liiska degmooyinka …
municipality-non-latin = Liisku wuxuu leeyahay magacyada Iswiidhishka ah ee degmooyinka oo xarfo Laatiin ah ku qoran, tusaale ahaan Malmö ama Göteborg. Waxaad sidoo kale ka dooran kartaa gobolka iyo degmada liisaska hoose.
municipality-browse-heading = Ama ka dooro gobolka iyo degmada liis
municipality-county-label = Gobolka (län)
municipality-county-none = Dooro gobolka
municipality-list-label = Degmada (kommun)
municipality-list-none = Dooro degmada

## Check your answers

check-title = Hubi jawaabahaaga
change = Beddel
check-privacy = Jawaabahaagu waxay ku jiraan oo keliya cinwaanka internetka ee boggan (URL), oo ku jira browser-kaaga. Looma diro Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ama cid kale.
check-continue = Tus halka aad caawimaad ka heli karto

## Result

# $route (String) - the recommended route's title (one of the route-…-title messages).
result-page-title = Natiijadaada: { $route }
result-recommended = Kan ayaa sida ugu fiican kuugu habboon
result-steps-heading = Sidan samee
result-why-heading = Sababta aan tan kuugu talinayno
result-alternatives-heading = Siyaabo kale oo caawimaad lagu helo
result-contacts-heading = Lambarrada taleefanka
result-print = Daabac
result-without-travel = Meeshu waa fog tahay. Sidoo kale waxaad caawimaad heli kartaa adigoon safrin:
claim-from-2021 = (ilaha: warbixinta 2021)
claim-from-2021-note = Waxa lagu calaamadeeyay «ilaha: warbixinta 2021» waxay ka yimaadeen warbixinta Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ee Oktoobar 2021. Ma aanan awoodin inaan ku xaqiijino il ka dambeysa. Weydii Arbetsförmedlingen haddii aadan hubin.
start-again = Dib u bilow

## Local places

local-heading = Meelaha kuu dhow
# $municipality (String) - the official name of the person's municipality.
local-intro = Sidan ayay xaaladdu uga tahay { $municipality }:
local-no-municipality = Ma aadan sheegin degmada aad ku nooshahay. Xafiisyada adeegga iyo saacadaha ay furan yihiin waxaa laga helaa statenssc.se/besokservicekontor.
local-loading = Waxaa la soo rarayaa macluumaadka xafiisyada …
local-network-changed = Tan iyo 2021, xafiisyo adeeg oo dhowr ah ayaa xirmay, qaar cusubna waa furmeen. Waxaa laga yaabaa inaanan ogayn isbeddel kasta. Fiiri saacadaha furitaanka statenssc.se/besokservicekontor ka hor intaadan tegin.
local-ssc-site = statenssc.se/besokservicekontor
# $municipality (String) - the official name of the person's municipality.
local-no-service-office = Ma naqaanno xafiis adeeg oo weli ku yaal { $municipality }. Xafiisyo adeeg ayaa ku yaal degmooyinkan kuu dhow:
# $municipality (String) - a nearby municipality; $km (Number) - straight-line distance, a multiple of 5.
local-nearest = { $municipality }, qiyaastii { $km } km oo khad toos ah
# $municipality (String) - the person's own municipality, which the listed one borders.
local-nearest-border = xuduud la leh { $municipality }
local-nearest-named = warbixinta 2021 ayaa halkan tilmaanta
local-presence-source = Macluumaadka kulamada la ballansaday waxay ka yimaadeen warbixinta Arbetsförmedlingen ee 2021. Ma naqaanno isbeddel dambe.
# $municipality (String) - the official name of the person's municipality.
local-no-presence = Sida ay warbixinta 2021 sheegtay, Arbetsförmedlingen kulamo la ballansaday kuma lahayn { $municipality }. Kulamo la ballansaday ayaa ka dhaca degmooyinkan kuu dhow:
local-pending-presence = Inta ay diyaar ka noqonayso, kulamo la ballansaday ayaa ka dhaca degmooyinkan kuu dhow:
local-distances = Masaafadu waa khad toos ah oo u dhexeeya magaalooyinka xarunta u ah degmooyinka. Safarku wuu ka dheeraan karaa.
office-as-in-report = Waxaa lagu qoray warbixinta Arbetsförmedlingen ee 2021. Ma jirto il ka dambeysa oo xaqiijisay. Fiiri statenssc.se/besokservicekontor ka hor intaadan tegin.
## Dates (the local facts and their sources): always the Gregorian calendar, the month's name from this list, the day and the year in this language's digits (src/ui/places.rs).

# $day (String) - the day of the month, already in this language's digits; $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-day = { $day } { $month ->
        [jan] Janaayo
        [feb] Febraayo
        [mar] Maarso
        [apr] Abriil
        [may] Maajo
        [jun] Juun
        [jul] Luulyo
        [aug] Agoosto
        [sep] Sebtembar
        [oct] Oktoobar
        [nov] Nofembar
       *[dec] Diseembar
    } { $year }
# $month (String) - which month: jan, feb, mar, apr, may, jun, jul, aug, sep, oct, nov or dec; $year (String) - the year, in this language's digits.
date-month = { $month ->
        [jan] Janaayo
        [feb] Febraayo
        [mar] Maarso
        [apr] Abriil
        [may] Maajo
        [jun] Juun
        [jul] Luulyo
        [aug] Agoosto
        [sep] Sebtembar
        [oct] Oktoobar
        [nov] Nofembar
       *[dec] Diseembar
    } { $year }
## Local places: the offices and what is known of them

# $precision (String) - day, month or none; $date (String) - when it opened, a date or a month, already in the reader's language; $publisher (String) - who published the source, a name; $source_date (String) - the source's date, in the reader's language.
office-opened =
    { $precision ->
        [day] Wuxuu furmay { $date }.
        [month] Wuxuu furmay { $date }.
       *[none] Wuxuu furmay 2021 kadib.
    } Isha: { $publisher }, { $source_date }.
# $precision (String) - day, month or none; $date (String) - the last day open, or the month; $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closed =
    { $precision ->
        [day] Wuxuu xirmay { $date }.
        [month] Wuxuu xirmay { $date }.
       *[none] Wuu xirmay.
    } Isha: { $publisher }, { $source_date }.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-closure-announced = { $publisher } waxay qortay in xafiiskan la xiri doono ({ $source_date }). Waxaa laga yaabaa inuu horeba u xirmay. Hubi ka hor intaadan tagin.
# $publisher (String) - who published the source; $source_date (String) - the source's date.
office-reopening-announced = { $publisher } waxay qortay in xafiiskan mar kale la furi doono ({ $source_date }). Ma naqaanno goorta. Hubi ka hor intaadan tagin.
office-unconfirmed = Sannadkii 2021 waxaa loo qorsheeyay 2022–2023. Ma ogin inuu furmay iyo in kale.
# $precision (String) - day, month or none; $date (String) - when it moved; $place (String) - the new place, a proper name; $publisher (String) - the source; $source_date (String) - the source's date.
office-moved =
    { $precision ->
        [day] Wuxuu u guuray { $place } { $date }.
        [month] Wuxuu u guuray { $place } { $date }.
       *[none] Wuxuu u guuray { $place }.
    } Isha: { $publisher }, { $source_date }.
# $precision (String) - day, month or none; $date (String) - since when; $publisher (String) - the source; $source_date (String) - the source's date.
office-fewer-days =
    { $precision ->
        [day] Laga bilaabo { $date } wuxuu furan yahay maalmo ka yar usbuucii.
        [month] Laga bilaabo { $date } wuxuu furan yahay maalmo ka yar usbuucii.
       *[none] Hadda wuxuu furan yahay maalmo ka yar usbuucii.
    } Isha: { $publisher }, { $source_date }.
presence-pending = Warbixintu waxay sheegtay inay diyaar noqon doonto goor dambe sannadka 2021. Ma ogin inay diyaar tahay.
local-service-offices-heading = Xafiisyada adeegga (servicekontor) – waad tagi kartaa adigoon ballan qabsan
local-presence-heading = Kulamada la ballansaday ee Arbetsförmedlingen
local-official-finder = arbetsformedlingen.se
# $place (String) - where the service office is: a town or municipality, a proper name.
office-in = Xafiis adeeg oo ku yaal { $place }
# $place (String) - where the office is: a town or municipality, a proper name.
presence-fixed = Xafiis Arbetsförmedlingen oo ku yaal { $place }, shaqaaluhuna halkaas ayay joogaan
# $place (String) - where the office is: a town or municipality, a proper name.
presence-travelled = Xafiiska Arbetsförmedlingen ee { $place }. Shaqaaluhu si joogto ah ayay halkaas u yimaadaan.
# $place (String) - where the meetings are held: a town or municipality, a proper name.
presence-collaboration = Kulamo la ballansaday oo ka dhaca { $place }, meel ay degmadu leedahay ama xafiis adeeg (hab wada-shaqeyn, samarbetslösning)

## Data errors

data-error-heading = Macluumaadka xafiisyada lama soo heli karin
data-error-network = Macluumaadka lama gaari karin. Hubi xiriirka internetkaaga oo isku day mar kale.
data-error-malformed = Macluumaadka wax baa ka khaldanaa. Isku day mar kale wax yar kadib.
data-error-schema = Wax ayaa ka khaldamay macluumaadka. Cusboonaysii bogga.

## About

about-title = Ku saabsan Vägvisaren
about-lead = Vägvisaren waxay kaa caawisaa inaad doorato habka saxda ah ee aad kula xiriirto Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan). Ma aha beddelka waxa ay Arbetsförmedlingen laftigeedu kuu sheegto.
about-sources-heading = Ilaha
about-sources-report = Talooyinka iyo macluumaadka xafiisyada waxay ku salaysan yihiin warbixinta Arbetsförmedlingen u dirtay dowladda: Likvärdig service i hela landet (“Adeeg siman oo dalka oo dhan ah”). Isbeddellada warbixinta ka dambeeyay waxaa lagu muujiyaa ilahooda. Masaafooyinka annaga ayaa xisaabinay, khad toos ah oo u dhexeeya magaalooyinka xarunta u ah degmooyinka.
about-data-source = Isha
about-data-date = Taariikhda
about-sources-age = Macluumaadka waxaa laga soo qaatay Oktoobar 2021, iyo isbeddellada il ka dambeysa ay muujiso. Xafiisyo ayaa laga yaabaa in la furay ama la xiray tan iyo markaas. Fiiri statenssc.se/besokservicekontor ka hor intaadan tegin xafiis adeeg.
about-translations = Iswiidhishku waa luqadda asalka ah. Dad afkan ku dhashay weli ma aysan hubin turjumaadaha. Sannadka 2026 turjumaadaha waxaa lagu hubiyay in dib loogu turjumo Ingiriisi, waxaana sameeyay dad aan luqadahan ku dhalan. Khaladaadka waaweyn ee hubintaasi heshay waa la saxay.
about-privacy-heading = Xogta shakhsiga ah
about-privacy = Vägvisaren kuma weydiiso magacaaga ama lambarka aqoonsiga shakhsiga (personnummer). Jawaabahaagu waxay ku jiraan oo keliya cinwaanka bogga, qaybta ka dambaysa calaamadda #, iyo taariikhda browser-ka. Browser-ku qaybtaas cinwaanka uma diro server kasta weligiis, xitaa markaad bogga dib u furto ama aad furto link la kaydiyay ama QR code. Ma isticmaalno cookies iyo tirakoob midna. Browser-ku wuxuu kaydiyaa oo keliya luqaddaada iyo in qaabka shaqaalaha ama qaabka kiosk-ka uu shidan yahay (labadaas qaab luqadda lama kaydiyo). Kombiyuutarka ay dad badan isticmaalaan, badhanka shaqaalaha ee «Ny besökare» (Booqde cusub) ayaa jawaabaha ka tirtira taariikhda.
a11y-heading = Bayaanka helitaanka (tillgänglighetsredogörelse)
a11y-intro = Helitaan (tillgänglighet) waxay ka dhigan tahay in qof kasta, oo ay ku jiraan dadka naafada ah, isticmaali karo adeegga. Qof kasta waa inuu isticmaali karo Vägvisaren, xitaa isagoo isticmaalaya akhriyaha shaashadda, kiiboodhka oo keliya, weynaynta ama ku xakamaynta codka. Waxaa khuseeya sharciga Iswiidhan ee helitaanka adeegyada dadweynaha ee dijitaalka ah (2018:1937).
a11y-status-heading = Intee in le'eg ayuu adeeggu u yahay mid qof kasta isticmaali karo?
a11y-limitations-heading = Cilladaha la og yahay
a11y-limitation-external = Xiriiriyeyaashu (links) waxay kuu geynayaan websaydhyo kale. Iyagu waxay leeyihiin bayaanno helitaan oo u gaar ah.
a11y-digg-link = digg.se
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-responsible = { $operator } ayaa mas'uul ka ah websaydhkan.
a11y-no-operator = Lama cayimin hay'ad mas'uul ka ah nuqulkan Vägvisaren.
a11y-status = Adeeggu qayb ahaan wuu waafaqsan yahay sharciga helitaanka adeegyada dadweynaha ee dijitaalka ah. Tijaabooyinkeennu ma helaan cillad marka loo eego WCAG 2.2 heerka AA. Laakiin tijaabooyinku ma muujiyaan wax walba:
a11y-unverified-screen-readers = Kuma tijaabin akhriyeyaasha shaashadda ee dhabta ah, sida NVDA, JAWS, VoiceOver ama TalkBack, iyo xakamaynta codka midna.
a11y-unverified-engines = Dhammaan tijaabooyinku waxay ku shaqeeyaan browser-ka Chromium. Qaybaha ugu muhiimsan waxaa sidoo kale lagu tijaabiyaa Firefox iyo WebKit, oo ah matoorka Safari lagu dhisay. Ma tijaabin Safari ku jira iPhone ama Mac.
a11y-unverified-users = Ma samayn tijaabooyin isticmaale oo lala sameeyo dad naafo ah.
a11y-unverified-translations = Dad luqadda ku dhashay ma eegin turjumaadaha.
a11y-kiosk = Marka aad isticmaalayso kombiyuutarrada xafiisyada adeegga (qaabka kiosk-ka), boggu wuxuu ku weydiiyaa haddii aad u baahan tahay waqti dheeraad ah, marka muddo aan waxba la samayn. Muddadaasi waa saddex daqiiqo, haddii aan si kale loo dejin. Waqti dheeraad ah waxaad heli kartaa inta jeer ee aad rabto. Haddii qofna uusan jawaabin daqiiqad gudaheed, jawaabaha waa la tirtirayaa, boggana dib ayuu u bilaabmayaa.
a11y-testing-heading = Sida bayaankan loo sameeyay
a11y-testing = Bayaankan wuxuu ku salaysan yahay qiimayntayada iyo tijaabooyin otomaatig ah. Bog kasta si otomaatig ah ayaa loogu tijaabiyaa axe-core iyo IBM Equal Access, browser dhab ah dhexdiisa. Tijaabooyinku waxay sidoo kale maraan socodka oo dhan iyagoo isticmaalaya kiiboodhka oo keliya, waxayna hubiyaan diiradda, cinwaannada, magacyada bogagga, fariimaha khaladka, shaashad cidhiidhi ah (320 pixel), weyneyn ilaa 400 boqolkiiba, midabbada qasabka ah, dhaqdhaqaaq yar iyo daabacaad.
a11y-date = Bayaankan waxaa la qoray 2 Diseembar 2026.
a11y-report-heading = Soo sheeg dhibaato
# $operator (String) - the organisation running this installation, from config/site.toml.
a11y-report = Ma jiraa wax kuu shaqayn waayay, mise dhibaato ayaad heshay? U sheeg { $operator }:
a11y-no-contact = Lama cayimin xiriir nuqulkan. Sidaas darteed halkan kama soo sheegi kartid dhibaato.
a11y-help = Inta lagu jiro ma u baahan tahay caawimo arrintaada? Wac Arbetsförmedlingen ama tag xafiis adeeg. Lambarku waa:
a11y-enforcement-heading = Kormeer
a11y-enforcement = Hay'adda Maamulka Dijitaalka (Myndigheten för digital förvaltning, DIGG) ayaa kormeerta sharciga. Haddii aadan ku qanacsanayn sida fikradaada loo maareeyay, waxaad cabasho u gudbin kartaa DIGG.
# $municipality (String) - the official name of the person's municipality.
report-wrong-link = Soo sheeg macluumaad khaldan oo ku saabsan { $municipality }
# $municipality (String) - the official name of the person's municipality.
report-wrong-subject = Macluumaad khaldan oo ku jira Vägvisaren: { $municipality }
report-wrong-body-municipality = Degmada:
report-wrong-body-ask = Maxaa khaldan? Halkan ku qor, haddii aad awooddo isha ku dar:
