# Somali translation of locales/sv/flow.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren: the questions, the answers and the results.
#
# Every id here is used by the code in domain/ (answers.rs, flow.rs, routing.rs).
# Plain Somali: short sentences, "adiga" (you), everyday words. One message, one idea.
# The app shows phone numbers and links next to the text. So do not write
# the number in the text (tests/locales.rs fails on a bare number: a literal
# is not bidi-isolated, and in Arabic or Persian its digit groups swap).
# Facts come from Arbetsförmedlingen's report "Likvärdig service i hela
# landet" (2021-10-01). Promise nothing that the report does not say.

## Question: errand

q-errand-title = Maxaad u baahan tahay in lagaa caawiyo?
q-errand-hint = Dooro midka sida ugu fiican kuugu habboon.
q-errand-error = Dooro waxa aad caawimaadda u baahan tahay
q-errand-check = Arrintaada

errand-register = Inaan is-diiwaangeliyo shaqo-doon ahaan
errand-activity-report = Inaan gudbiyo warbixinta waxqabadkayga (aktivitetsrapport)
errand-find-jobs = Inaan shaqo raadsado ama sameeyo bog shakhsi ah (profile)
errand-find-jobs-hint = Tusaale ahaan Platsbanken (xayeysiisyada shaqada) ama Mina profiler (bog shakhsi ah oo loo-shaqeeyayaashu arki karaan).
errand-planning = Su'aalo ku saabsan qorshahayga ama go'aan
errand-planning-hint = Tusaale ahaan go'aan ku saabsan nystartsjobb ama Rusta och matcha. Nystartsjobb waa shaqo uu loo-shaqeeyuhu taageero lacageed ka helo si uu kuu shaqaaleysiiyo. Rusta och matcha waa taageero aad ka hesho bixiye si aad shaqo u hesho ama waxbarasho u bilowdo.
errand-forms = Inaan helo ama dhiibo foomam ama warqado caddayn ah
errand-guidance = Hagid ku saabsan shaqo ama waxbarasho
errand-disability = Inaan helo taageero sababtoo ah waxaan leeyahay naafonimo ama waxaan u baahanahay baxnaanin (rehabilitering)
errand-etablering = Su'aalo ku saabsan barnaamijka dejinta (etableringsprogrammet)
errand-provider = Waxaan taageero ka helaa bixiye (leverantör), shirkad ama urur ay Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) u adeegsato
errand-provider-hint = Tusaale ahaan Rusta och matcha, ama adeeg kale oo Arbetsförmedlingen ka iibsato bixiye.
errand-other = Wax kale, ama ma garanayo

## Question: e-legitimation

q-eid-title = Ma haysaa aqoonsi elektaroonig ah (e-legitimation)?
q-eid-hint = Tusaale ahaan BankID ama Freja eID Plus. Waxaad ku caddaysaa cidda aad tahay markaad internetka isticmaalayso. Aqoonsiga elektaroonigga ah ee ku jira kaarka aqoonsiga ee Hay'adda Canshuuraha (Skatteverket) kuma shaqeeyo Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan).
q-eid-error = Dooro haddii aad haysato aqoonsi elektaroonig ah
q-eid-check = Aqoonsi elektaroonig ah (e-legitimation)

eid-yes = Haa
eid-no = Maya
eid-dont-know = Ma garanayo

## Question: the web

q-digital-title = Ma isticmaali kartaa adeegyada internetka?
q-digital-hint = Tusaale ahaan inaad gasho (log in), buuxiso macluumaad oo aad dirto.
q-digital-error = Dooro haddii aad isticmaali karto adeegyada internetka
q-digital-check = Adeegyada internetka

digital-alone = Haa, keligay ayaan samayn karaa
digital-with-help = Haa, laakiin waxaan u baahanahay caawimaad yar
digital-not-at-all = Maya

## Question: language support

q-language-support-title = Ma u baahan tahay in lagugu caawiyo luqad aan ahayn af Iswiidhish?
q-language-support-hint = Ku jawaab haa haddii ay kugu adag tahay inaad ku hadasho ama akhrido af Iswiidhish.
q-language-support-error = Dooro haddii aad u baahan tahay in lagugu caawiyo luqad kale
q-language-support-check = Caawimaad luqad kale ah

## Question: adaptations

q-adaptations-title = Ma u baahan tahay habayn gaar ah naafonimo awgeed?
q-adaptations-hint = Tusaale ahaan waxay khusayn kartaa aragga, maqalka, dhaqdhaqaaqa, ama akhriska iyo fahamka.
q-adaptations-error = Dooro haddii aad u baahan tahay habayn gaar ah
q-adaptations-check = Habayn gaar ah

## Answers yes and no (language support and adaptations)

answer-yes = Haa
answer-no = Maya

## Question: municipality

q-municipality-title = Degmadee (kommun) ayaad ku nooshahay?
q-municipality-hint = Ka jawaab, waxaanu ku tusaynaa meelo kuu dhow. Su'aashan sidoo kale waad ka boodi kartaa.
q-municipality-error = Ka dooro degmo liiska ama ka bood su'aasha
q-municipality-check = Degmada (kommun)
municipality-skip = Ka bood su'aasha
municipality-skipped = Jawaab ma jirto

## The routes

route-digital-title = Isticmaal websaydhka Arbetsförmedlingen
route-digital-summary = Adigu ayaa internetka ku samaynaya, waqtiga kugu habboon.
route-remote-title = Wac ama kula sheekayso Arbetsförmedlingen chat-ka
route-remote-summary = Waad wacaysaa ama chat ayaad isticmaalaysaa. Uma baahnid inaad meelna u safarto.
route-service-office-title = Tag xafiis adeeg (servicekontor)
route-service-office-summary = Shaqaalaha Statens servicecenter (xarumaha adeegga dowladda) ayaa halkaas kugu caawinaya. Uma baahnid inaad ballan qabsato.
route-booked-meeting-title = Codso kulan la ballansaday oo lala yeesho Arbetsförmedlingen
route-booked-meeting-summary = Wac oo weydii kulan. Halkan Vägvisaren kuma ballansan kartid kulanka.
route-provider-meeting-title = La xiriir bixiyahaaga (leverantör)
route-provider-meeting-summary = Bixiyuhu waa xiriirkaaga ugu muhiimsan inta adeeggu socdo.

## Phone and links (the app shows the number or address next to the text)

contact-jobseeker-line = Taleefanka Arbetsförmedlingen ee loogu talagalay shaqo-doonka
contact-etablering-line = Taleefanka Arbetsförmedlingen ee barnaamijka dejinta (etableringsprogrammet)
contact-employer-line = Taleefanka Arbetsförmedlingen ee loo-shaqeeyayaasha
contact-staff-line = Taleefanka loogu talagalay shaqaalaha hay'adaha dowladda, degmooyinka iyo sanduuqyada caymiska shaqo la'aanta (a-kassor)

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Why this route

reason-register-digital = Waxaad haysataa aqoonsi elektaroonig ah, internetkana keligaa ayaad isticmaali kartaa. Markaas waxa ugu fudud waa inaad internetka iskaga diiwaangeliso. Dadka intooda badan sidaas ayay sameeyaan.
reason-register-no-eid = Si aad gebi ahaanba internetka iskaga diiwaangeliso, waxaad u baahan tahay aqoonsi elektaroonig ah. Haddii aadan haysan, diiwaangelintaada waxaad ku dhammaystiraysaa xafiis adeeg (servicekontor).
reason-register-with-help = Waxaad rabtaa caawimaad xagga internetka ah. Shaqaalaha xafiiska adeegga ayaa kaa caawinaya inaad is-diiwaangeliso.
reason-activity-report-digital = Waxaad haysataa aqoonsi elektaroonig ah, internetkana keligaa ayaad isticmaali kartaa. Markaas warbixinta waxqabadka waxaad ku gudbinaysaa Mina sidor. Ku dhowaad qof kasta sidaas ayuu sameeyaa.
reason-activity-report-no-eid = Si aad warbixinta waxqabadka internetka ugu gudbiso, waxaad u baahan tahay aqoonsi elektaroonig ah. Haddii aadan haysan, waxaad buuxinaysaa foomka Aktivitetsrapport. Waxaad ku diraysaa boosto ama waxaad ku dhiibaysaa xafiis adeeg. Waa inuu gaaraa ugu dambeyn maalinta 14aad.
reason-activity-report-with-help = Waxaad rabtaa caawimaad xagga internetka ah. Shaqaalaha xafiiska adeegga ayaa kaa caawinaya inaad gudbiso warbixinta waxqabadka.
reason-find-jobs-digital = Platsbanken waxaad ku arkaysaa isla xayeysiisyada shaqada, meel kasta oo dalka aad ku nooshahay. Internetka keligaa ayaad isticmaali kartaa, markaa hadda ayaad bilaabi kartaa.
reason-find-jobs-with-help = Xafiiska adeegga waxaad ku isticmaali kartaa kombiyuutar, waxaana lagaa caawin karaa inaad internetka shaqo ka raadiso.
reason-planning-remote = Arbetsförmedlingen waxay wada-hadallada qorshaynta ku qabataa taleefan. Go'aanno badan waxay gaari kartaa iyadoon aad kulmin.
reason-forms-service-office = Xafiiska adeegga waxaad ka heli kartaa, ku buuxin kartaa oo ku dhiibi kartaa foomam iyo warqado caddayn ah. Uma baahnid inaad ballan qabsato.
reason-guidance-digital = arbetsformedlingen.se waxaa ku yaal macluumaad ku saabsan xirfadaha iyo waxbarashada. Haddii aad u baahan tahay taageero dheeraad ah, waxaad Arbetsförmedlingen weydiin kartaa hagid xirfadeed (karriärvägledning). Markaas waxaa ku caawinaya hage ka tirsan bixiye.
reason-guidance-remote = Waxaad ku jawaabtay inaadan isticmaali karin adeegyada internetka. Wac Arbetsförmedlingen oo kala hadal shaqo iyo waxbarasho.
reason-disability-booked-meeting = Haddii aad u baahan tahay taageero badan, waxaad heli kartaa kulan la ballansaday. Marka hore, Arbetsförmedlingen iyo adiga ayaa wada qiimaynaya waxa aad u baahan tahay.
reason-etablering-remote-language = Haddii aad ku jirto barnaamijka dejinta, waxaad caawimaad taleefan ku heli kartaa af Carabi, Ingiriisi, Faarsi, Soomaali iyo Tigrinya.
reason-etablering-remote = Su'aalaha ku saabsan barnaamijka dejinta waxaad ku weydiin kartaa taleefanka ama chat-ka.
reason-etablering-booked-meeting = Waxaad ku jawaabtay inaadan isticmaali karin internetka ama inaad u baahan tahay habayn gaar ah. Markaas kulan la ballansaday ayaa laga yaabaa inuu kuu habboonaado. Arbetsförmedlingen ayaa adiga kula qiimaysa haddii aad u baahan tahay.
reason-provider-meeting = Markaad ka qayb qaadanayso adeeg ay bixiso shirkad bixiye ah (leverantör), bixiyuhu waa xiriirkaaga ugu muhiimsan. Bixiyuhu wuxuu bixiyaa kulamo iyo hawlo. Adeegga Stöd och matchning hadda ma jiro. Diseembar 2021 waxaa beddelay Rusta och matcha, taageero aad ka hesho bixiye si aad shaqo u hesho ama waxbarasho u bilowdo (Arbetsförmedlingen, 1 Oktoobar 2021).
reason-other-digital = Internetka keligaa ayaad isticmaali kartaa. Bogga arbetsformedlingen.se waxaa ku yaal macluumaad badan iyo adeegyo badan.
reason-other-remote = Taleefanka Arbetsförmedlingen waxaad ku weydiin kartaa su'aalo. Halkaas waxaad ku ogaanaysaa sida aad caawimaad ugu heli karto arrintaada.

## Steps: what you do now

step-visit-service-office = Tag xafiis adeeg markii ay kuu habboon tahay.
step-call-jobseeker-line = Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan).
step-chat = Sidoo kale waxaad wax ku qori kartaa chat-ka arbetsformedlingen.se. Marka hore waxaa ku jawaaba robot chat ah. Inta badan way adag tahay in chat-ka lagula xiriiro shaqaale Arbetsförmedlingen ah.
step-learn-digital = Ma rabtaa inaad si fiican u barato isticmaalka internetka? Digitala jag waa website aad wax badan ka baran karto.
step-needs-assessment = Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) iyo adiga ayaa wada qiimaynaya haddii aad u baahan tahay kulan la ballansaday.
step-meeting-by-phone-or-video = Kulan la ballansaday wuxuu sidoo kale ku dhici karaa taleefan ama fiidiyow.
step-register-online = Iska diiwaangeli arbetsformedlingen.se. Ku gal (log in) aqoonsigaaga elektaroonigga ah.
step-register-book-first-meeting = Markaad is-diiwaangelinayso, inta badan waxaad ballansataa waqti wada-hadal qorsheyn ah. Arbetsförmedlingen sidoo kale way ku soo wici kartaa isla markiiba. Haddii aad shaqo ama waxbarasho bilaabayso saddex bilood gudahood, uma baahnid inaad ballansato wada-hadal.
step-register-identify-in-person = Shaqaaluhu waxay kaa caawinayaan inaad dhammaystirto diiwaangelintaada. Waxaa laguu tirinayaa inaad diiwaangashan tahay laga bilaabo maalinta aad joogto xafiiska adeegga.
step-register-send-form = Marka hore waxaad diiwaangelinta ka bilaabi kartaa arbetsformedlingen.se. Ku gal magac isticmaale iyo furaha sirta ah. Kadib waxaad ku dhammaystiraysaa xafiiska adeegga.
step-register-staff-help = Shaqaaluhu waxay kaa caawinayaan inaad internetka iskaga diiwaangeliso.
step-log-in-mina-sidor = Gal Mina sidor, boggaaga gaarka ah ee arbetsformedlingen.se. Isticmaal aqoonsigaaga elektaroonigga ah.
step-activity-report-online = Ku gudbi warbixinta waxqabadkaaga Mina sidor inta u dhexeysa maalinta 1aad iyo maalinta 14aad ee bil kasta.
step-activity-report-staff-help = Shaqaaluhu waxay kaa caawinayaan inaad daabacdo oo buuxiso foomka. Halkaas ayaad ku dhiibi kartaa.
step-platsbanken = Shaqo ka raadso Platsbanken, xayeysiisyada shaqada ee arbetsformedlingen.se.
step-mina-profiler = Mina profiler ku samee bog shakhsi ah (profile). Loo-shaqeeyayaashu way arki karaan oo way ku heli karaan.
step-job-alerts = Waxaad heli kartaa iimayl ku saabsan xayeysiisyo shaqo oo cusub oo ku habboon bogaaga shakhsiga ah.
step-service-office-computers = Halkaas waxaad ku isticmaali kartaa kombiyuutar, waxaana lagaa caawin karaa adeegyada internetka ee Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan).
step-have-decision-ready = Markaad wacayso, hor dhig qorshahaaga ama go'aankaaga.
step-forms-get-fill-in = Halkaas waxaad ka heli kartaa foom oo aad buuxin kartaa.
step-forms-hand-in = Sidoo kale halkaas waxaad ku dhiibi kartaa foomam iyo warqado caddayn ah.
step-guidance-online = Isticmaal hagidda xirfadeed ee arbetsformedlingen.se.
step-guidance-book-remote-meeting = Ma rabtaa inaad qof kala hadasho natiijada? Markaas waxaad ballansan kartaa kulan taleefan ama fiidiyow ah.
step-guidance-ask = Sheeg inaad rabto hagid ku saabsan shaqo ama waxbarasho.
step-call-tell-needs = Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) oo u sheeg waxa aad u baahan tahay.
step-play-webinars = Arbetsförmedlingen Play waxaa ku yaal webinaarro ku saabsan baxnaaninta loogu talagalay shaqada.
step-play-sign-language = Qaar ka mid ah webinaarrada Arbetsförmedlingen Play waxay ku jiraan luqadda calaamadaha (teckenspråk).
step-call-etablering-line = Wac taleefanka Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ee barnaamijka dejinta.
step-etablering-line-who = Taleefankan waxaa loogu talagalay haddii aad ku jirto barnaamijka dejinta.
step-call-ask-meeting-etablering = Wac taleefanka barnaamijka dejinta oo weydii kulan la ballansaday.
step-call-ask-meeting = Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) oo weydii kulan la ballansaday.
step-contact-provider = La xiriir bixiyahaaga wixii ku saabsan kulamada iyo hawlaha.
step-provider-remote = Ma ka qayb qaadataa Rusta och matcha, adeeg kale oo Arbetsförmedlingen ka iibsato bixiye? Markaas waxaad kulan la yeelanaysaa kormeerahaaga labadii toddobaadba mar. Ugu yaraan afartii toddobaadba mar waxaad ku kulmaysaan bixiyaha adigoo joogta. Weydii bixiyahaaga sida kulamada kale u dhacaan.
step-decisions-arbetsformedlingen = Go'aannada waxaa gaarta Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan), ma aha bixiyaha. Su'aalo ma ka qabtaa go'aan? Weydii Arbetsförmedlingen.
step-read-online = Wax ka akhri arrintaada bogga arbetsformedlingen.se.
step-describe-errand = Sheeg waxa aad caawimaadda u baahan tahay. Markaas waxaad ogaanaysaa waxa aad samayso.

## Other routes that also work

alt-remote-questions = Su'aalo ma qabtaa? Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan).
alt-service-office-contact = Tag xafiis adeeg. Haddii aad u baahato, shaqaaluhu waxay kaa caawin karaan inaad la xiriirto shaqaale Arbetsförmedlingen ah (arbetsförmedlare).
alt-service-office-web-help = Tag xafiis adeeg haddii aad rabto caawimaad xagga internetka ah. Uma baahnid inaad ballan qabsato.
alt-service-office-register = Ma rabtaa caawimaad si aad is-diiwaangeliso? Tag xafiis adeeg. Uma baahnid inaad ballan qabsato.
alt-digital-mina-sidor = Arrintaada waxaad kula socon kartaa Mina sidor, boggaaga gaarka ah ee arbetsformedlingen.se. Waxaad u baahan tahay aqoonsi elektaroonig ah.
alt-remote-which-form = Ma garanaysid foomka aad u baahan tahay? Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) oo weydii.
alt-remote-informative = Wac adeegga macaamiisha haddii aad rabto macluumaad ama aad rabto inaad ogaato sida aad u sii socon lahayd.
alt-chat-tell-needs = Ma doorbidaysaa inaad qorto halkii aad wici lahayd? Ku qor chat-ka arbetsformedlingen.se. Marka hore waxaa ku jawaaba robot chat ah. Way adkaan kartaa in halkaas lagula xiriiro shaqaale Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ah.
alt-booked-meeting-ask = Ma u baahan tahay inaad la kulanto Arbetsförmedlingen? Markaad wacdo weydii kulan la ballansaday. Arbetsförmedlingen ayaa qiimaysa haddii aad u baahan tahay.
alt-remote-etablering-language = Sidoo kale waxaad caawimaad taleefan ku heli kartaa af Carabi, Ingiriisi, Faarsi, Soomaali iyo Tigrinya.
alt-remote-decisions = Su'aalo ma ka qabtaa go'aan? Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan).
alt-remote-right-way = Jawaabta ma heli waayday? Wac Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan). Halkaas waxaad ku ogaanaysaa sida aad caawimaad u heli karto.

## Good to know (shown with each result when it applies to you)

note-language-support = Ma u baahan tahay caawimaad luqaddaada ah xafiiska adeegga? U sheeg shaqaalaha. Waxay leeyihiin khad taleefan oo gaar ah oo ku xiran Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) arrintaas.
note-adaptations-tell = U sheeg Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) waxa aad u baahan tahay markaad la xiriirto.
note-adaptations-booked-meeting = Haddii aad u baahan tahay inaad la kulanto Arbetsförmedlingen, waxaad heli kartaa kulan la ballansaday. Marka hore Arbetsförmedlingen ayaa qiimaysa waxa aad u baahan tahay.
note-adaptations-sign-language = Qaar ka mid ah webinaarrada Arbetsförmedlingen Play waxay ku jiraan luqadda calaamadaha (teckenspråk).
note-protected-identity = Ma leedahay macluumaad shakhsi ah oo la ilaaliyo (skyddade personuppgifter)? Taas macnaheedu waa in cinwaankaaga iyo macluumaad kale oo adiga kugu saabsan sir laga dhigo, tusaale ahaan sababtoo ah qof ayaa ku hanjabaya. Markaas ha isticmaalin foomamka Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ee internetka. Arrimaha qaarkood waa inaad waraaqaha ku dirtaa boosto. Weydii Arbetsförmedlingen waxa aad ka yeelayso arrintaada.
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = Way adkaan kartaa inaad la xiriirto Arbetsförmedlingen. Arbetsförmedlingen lafteedu waxay u sheegtay Hanti-dhowraha Baarlamaanka (Justitieombudsmannen, JO) in ku dhowaad kala badh wicitaannada iyo sagaal ka mid ah toban isku day oo chat ah aan laga jawaabin intii u dhexeysay November 2023 iyo November 2024. Ma gaari kartid? Tag xafiis adeeg (servicekontor). Shaqaalaha halkaas ayaa kaa caawin kara inaad la xiriirto shaqaale Arbetsförmedlingen ah.

## Platsen i rekommendationen (domain/src/place.rs): var personen ska gå, sagt direkt under vägen

place-no-municipality = Ma rabtaa inaad ogaato meesha ugu dhow? Dib u noqo oo dooro degmadaada.
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = Xafiis adeeg ayaa ku yaal { $place }.
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = { $municipality } waxaa ku yaal { $count } xafiis adeeg. Waxaad ku arki doontaa hoos, qaybta «Meel kuu dhow».
place-office-confirmed = Il ka dambeysa 2021 ayaa sheegaysa in xafiisku furmay.
place-office-listed-2021 = Xogtan waxay ka timid warbixinta Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ee 2021. Ma jirto il ka dambeysa oo xaqiijisay. Fiiri saacadaha furitaanka statenssc.se/besokservicekontor ka hor intaadan tegin.
place-office-fewer-days = Xafiisku hadda wuxuu furan yahay maalmo ka yar toddobaadkii sidii hore.
# $municipality (String) - the person's municipality; $precision (String) - day, month or none: how exact the date is; $date (String) - the last day open, or the month, in the reader's language.
place-office-closed =
    { $precision ->
        [day] Xafiiska adeegga ee { $municipality } wuxuu xirmay { $date }.
        [month] Xafiiska adeegga ee { $municipality } wuxuu xirmay { $date }.
       *[none] Xafiiska adeegga ee { $municipality } waa la xiray.
    }
# $municipality (String) - the person's municipality; $precision (String) - day, month or none; $date (String) - when it is to close, in the reader's language.
place-office-closing =
    { $precision ->
        [day] Xafiiska adeegga ee { $municipality } waa in la xiro { $date }. Waxaa laga yaabaa inuu horeba u xirmay.
        [month] Xafiiska adeegga ee { $municipality } waa in la xiro { $date }. Waxaa laga yaabaa inuu horeba u xirmay.
       *[none] Xafiiska adeegga ee { $municipality } waa in la xiro. Waxaa laga yaabaa inuu horeba u xirmay.
    }
# $municipality (String) - the person's municipality.
place-office-reopening = Xafiiska adeegga ee { $municipality } waa la xiray. Mar kale ayaa la furi doonaa, laakiin ma naqaanno goorta.
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = Sannadkii 2021 waxaa la qorsheeyay xafiis adeeg oo { $municipality } ah. Ma helin il sheegaysa inuu furmay. Fiiri statenssc.se/besokservicekontor.
# $municipality (String) - the person's municipality.
place-no-office = Ma naqaanno xafiis adeeg oo ku yaal { $municipality }.
place-check-finder = Fiiri saacadaha furitaanka statenssc.se/besokservicekontor ka hor intaadan tegin.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] Xafiisyada adeegga ee ugu dhow waxay ku yaallaan { $first } iyo { $second }, qiyaastii { $km } km oo khad toos ah.
       *[single] Xafiiska adeegga ee ugu dhow wuxuu ku yaal { $first }, qiyaastii { $km } km oo khad toos ah.
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) waxay xafiis shaqaale leh ku leedahay { $place }. Halkaas waxaad ku heli kartaa kulan la ballansaday.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = Shaqaalaha Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) waxay u safraan { $place } si ay u qabtaan kulamo la ballansaday.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) waxay kulamo la ballansaday ku qabataa { $place }, meelo ay degmada ama Statens servicecenter (xarumaha adeegga dowladda) sidoo kale isticmaalaan.
place-presence-2021 = Xogta kulamada la ballansaday waxay ka timid warbixinta Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) ee 2021. Ma jirto il ka dambeysa oo xaqiijisay.
# $municipality (String) - the person's municipality.
place-no-presence = Sida ay sheegtay warbixinta 2021, Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) kuma qabato kulamo la ballansaday { $municipality }.
# $municipality (String) - the person's municipality.
place-presence-pending = Sida ay sheegtay warbixinta 2021, Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan) waxay bilaabi lahayd kulamo la ballansaday { $municipality }. Ma ogin inay taasi dhacday.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] Kulamada la ballansaday ee ugu dhow waxay ka dhacaan { $first } iyo { $second }, qiyaastii { $km } km oo khad toos ah.
       *[single] Kulamada la ballansaday ee ugu dhow waxay ka dhacaan { $first }, qiyaastii { $km } km oo khad toos ah.
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = Tag xafiiska adeegga ee { $place } markii ay kuu habboon tahay.
# $municipality (String) - the person's municipality.
step-visit-offices-here = Tag mid ka mid ah xafiisyada adeegga ee { $municipality } markii ay kuu habboon tahay.
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = Tag xafiiska adeegga ee ugu dhow, ee { $place }, markii ay kuu habboon tahay.
