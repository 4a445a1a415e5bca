# Somali translation of locales/sv/staff.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren — pages for staff at service offices. Staff read Swedish.
# Plain Somali: short sentences, everyday words. Ids start with "overview-" (the overview), "staff-" (staff mode), "qr-" (QR handout) or "kiosk-" (kiosk mode).
# The table also uses ids from pages.ftl: the office-…, presence-… and
# local-… messages of a municipality's places.

## Overview of all municipalities

overview-title = Dhammaan degmooyinka: xafiisyada adeegga iyo kulamada la ballansaday
overview-lead = Raadi degmada uu booqduhu ku nool yahay. Markaas waxaad arkaysaa haddii uu jiro xafiis adeeg iyo meesha booqduhu ku yeelan karo kulamo la ballansaday oo lala yeesho Arbetsförmedlingen (Xafiiska Shaqada ee Iswiidhan). Haddii degmadu wax ka maqan yahay, waxaa la muujinayaa beddelka ugu dhow.
overview-search-label = Raadi degmo, meel ama koodhka degmada
overview-search-hint = Tusaale ahaan Dorotea, Sveg ama 2425. Waad qori kartaa adigoon isticmaalin å, ä iyo ö.
overview-county-label = Gobolka (län)
overview-county-all = Dhammaan gobollada
# $count (Number) - how many municipalities the table shows now.
overview-count =
    { $count ->
        [0] Degmo lama muujinayo. Isku day inaad qorto xarfo ka yar ama dooro Dhammaan gobollada.
        [one] Hal degmo ayaa la muujinayaa.
       *[other] { $count } degmo ayaa la muujinayaa.
    }
# $column (String) - county or name: the column the table is sorted by; $direction (String) - ascending or descending.
overview-sorted =
    Waxaa lagu kala soocay { $column ->
        [county] gobolka
       *[name] degmada
    }, { $direction ->
        [descending] hoos u dhacaya
       *[ascending] kor u kacaya
    }.
overview-caption = Xafiisyada adeegga iyo kulamada la ballansaday ee 290-ka degmo ee Iswiidhan
overview-col-municipality = Degmada
overview-col-county = Gobolka
overview-col-service-office = Xafiis adeeg
overview-col-booked-meetings = Kulamo la ballansaday
overview-no-presence = Kulamo la ballansaday kama jiraan degmada. Kan ugu dhow:
overview-no-office = Ma jiro xafiis adeeg oo aan ognahay inuu weli jiro. Kan ugu dhow:
overview-col-changed = Isbeddelkii ugu dambeeyay
overview-unchanged = Isbeddel la yaqaan ma jiro tan iyo 2021
overview-changed-only = Muuji oo keliya degmooyinka wax iska beddelay tan iyo 2021
overview-unchanged-note = Xafiisyada aan lahayn sadar isbeddel ah waxay ku jiraan warbixinta 2021, mana naqaanno isbeddel dambe.
overview-pending-nearest = Inta uu diyaar ka noqonayo, kan ugu dhow waa:
# $source (String) - the data's source, as data/services.json names it; $date (String) - the date of that source.
overview-source = Isha: { $source }. Macluumaadku wuxuu khuseeyaa { $date }.

## Staff mode (for service-office staff at the desk)

staff-language-title = Luqaddee ayuu booqduhu akhriyaa?
staff-language-lead = Adiga iyo booqduhu wada doorta luqadda. Kadib su'aalaha waxaa lagu muujinayaa luqaddaas, af Iswiidhishna waa ku ag yaal.
qr-heading = Ku sii wad mobilkaaga
qr-intro = Koodhka ku iskaan garee kamarada mobilkaaga. Markaas isla natiijadu waxay ka furmaysaa mobilkaaga. Cinwaanku wuxuu ka kooban yahay jawaabaha oo keliya, ma aha cidda aad tahay.
qr-show = Tus koodhka QR
qr-hide = Qari koodhka QR
qr-label = Koodhka QR oo leh cinwaanka natiijadan

## Kiosk mode (a service office's self-service computer)

kiosk-start-again = Dib u bilow
kiosk-dialog-title = Ma u baahan tahay waqti dheeraad ah?
kiosk-dialog-text = Muddo ayaan qofna isticmaalin bogga. Haddii qofna uusan jawaabin muddo daqiiqad ah gudaheed, boggu dib ayuu u bilaabmayaa, jawaabahana waa la tirtirayaa.
kiosk-extend = Haa, waxaan u baahanahay waqti dheeraad ah
kiosk-end-now = Maya, hadda dib u bilow
