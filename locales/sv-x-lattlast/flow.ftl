# Vägvisaren: frågorna, svaren och resultaten (lättläst svenska).
# Inte granskad av en lättläst-redaktör och inte testad med läsare.
#
# Samma id och variabler som locales/sv/flow.ftl. Lättläst: en tanke i
# varje mening, vanliga ord, ingen passiv form, inga förkortningar, svåra
# ord förklarade i meningen, siffror i stället för räkneord.
# Skriv aldrig ett telefonnummer i texten: appen visar numret bredvid.
# Fakta kommer från den svenska texten. Lägg aldrig till fakta.

## Fråga: ärende

q-errand-title = Vad vill du ha hjälp med?
q-errand-hint = Välj det som passar bäst.
q-errand-error = Välj vad du vill ha hjälp med
q-errand-check = Ärende

errand-register = Skriva in mig som arbetssökande
errand-activity-report = Lämna min aktivitetsrapport
errand-find-jobs = Söka jobb eller göra en profil
errand-find-jobs-hint = Det kan vara i Platsbanken, där du hittar jobbannonser. Det kan vara i Mina profiler, där arbetsgivare kan se din profil.
errand-planning = Frågor om min planering eller ett beslut
errand-planning-hint = Till exempel ett beslut om nystartsjobb eller Rusta och matcha. Ett nystartsjobb är ett jobb där arbetsgivaren får stöd för att anställa dig. Rusta och matcha är stöd från en leverantör. Stödet hjälper dig att få ett jobb eller börja studera.
errand-forms = Hämta eller lämna blanketter eller intyg
errand-guidance = Råd om jobb eller studier
errand-disability = Få stöd för att jag har en funktionsnedsättning eller behöver rehabilitering
errand-etablering = Frågor om etableringsprogrammet
errand-provider = Jag får stöd av en leverantör som Arbetsförmedlingen anlitar
errand-provider-hint = Till exempel Rusta och matcha. Eller en annan tjänst som Arbetsförmedlingen köper av en leverantör.
errand-other = Något annat, eller jag vet inte

## Fråga: e-legitimation

q-eid-title = Har du e-legitimation?
q-eid-hint = Till exempel BankID eller Freja eID Plus. Med e-legitimation visar du vem du är på webben. Skatteverkets id-kort har en e-legitimation. Den fungerar inte hos Arbetsförmedlingen.
q-eid-error = Välj om du har e-legitimation
q-eid-check = E-legitimation

eid-yes = Ja
eid-no = Nej
eid-dont-know = Jag vet inte

## Fråga: webben

q-digital-title = Kan du använda tjänster på webben?
q-digital-hint = Det kan vara att logga in, skriva vad som gäller dig och skicka det.
q-digital-error = Välj om du kan använda tjänster på webben
q-digital-check = Tjänster på webben

digital-alone = Ja, jag klarar det själv
digital-with-help = Ja, men jag behöver lite hjälp
digital-not-at-all = Nej

## Fråga: språkstöd

q-language-support-title = Behöver du hjälp på ett annat språk än svenska?
q-language-support-hint = Svara ja om det är svårt för dig att prata eller läsa svenska.
q-language-support-error = Välj om du behöver hjälp på ett annat språk
q-language-support-check = Hjälp på ett annat språk

## Fråga: anpassningar

q-adaptations-title = Behöver du anpassningar för att du har en funktionsnedsättning?
q-adaptations-hint = Anpassningar är hjälp som gör det lättare för dig. Det kan gälla att se, höra, röra dig, läsa eller förstå.
q-adaptations-error = Välj om du behöver anpassningar
q-adaptations-check = Anpassningar

## Svar ja och nej (språkstöd och anpassningar)

answer-yes = Ja
answer-no = Nej

## Fråga: kommun

q-municipality-title = Vilken kommun bor du i?
q-municipality-hint = Svara, så visar vi platser nära dig. Du kan också hoppa över frågan.
q-municipality-error = Välj en kommun i listan eller hoppa över frågan
q-municipality-check = Kommun
municipality-skip = Hoppa över frågan
municipality-skipped = Inget svar

## Vägarna

route-digital-title = Använd Arbetsförmedlingens webbplats
route-digital-summary = Du gör det själv på webben. Du gör det när du vill.
route-remote-title = Ring eller chatta med Arbetsförmedlingen
route-remote-summary = Du ringer eller chattar. Du behöver inte åka någonstans.
route-service-office-title = Gå till ett servicekontor
route-service-office-summary = De som jobbar där hjälper dig på plats. De jobbar hos Statens servicecenter. Du behöver inte boka tid.
route-booked-meeting-title = Be om ett bokat möte med Arbetsförmedlingen
route-booked-meeting-summary = Ring och fråga om ett möte. Du kan inte boka mötet här i Vägvisaren.
route-provider-meeting-title = Kontakta din leverantör
route-provider-meeting-summary = Leverantören är den du ska kontakta först under tjänsten.

## Telefon och länkar (appen visar numret eller adressen bredvid)

contact-jobseeker-line = Arbetsförmedlingens telefon för dig som söker jobb
contact-etablering-line = Arbetsförmedlingens telefon för etableringsprogrammet
contact-employer-line = Arbetsförmedlingens telefon för arbetsgivare
contact-staff-line = Telefon för handläggare på myndigheter, kommuner och a-kassor

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Varför just den här vägen

reason-register-digital = Du har e-legitimation. Du kan göra det på webben själv. Då är det enklast att skriva in dig på webben. De flesta gör så.
reason-register-no-eid = Du behöver e-legitimation för att skriva in dig helt på webben. Har du inte e-legitimation? Då gör du klart inskrivningen på ett servicekontor.
reason-register-with-help = Du vill ha hjälp med webben. På ett servicekontor får du hjälp att skriva in dig.
reason-activity-report-digital = Du har e-legitimation. Du kan göra det på webben själv. Då lämnar du aktivitetsrapporten i Mina sidor, ditt eget konto på webben. Nästan alla gör så.
reason-activity-report-no-eid = Du behöver e-legitimation för att lämna aktivitetsrapporten på webben. Har du inte e-legitimation? Då fyller du i en blankett. Blanketten heter Aktivitetsrapport. Du skickar den med post. Eller så lämnar du den på ett servicekontor. Den ska komma fram senast den 14 i månaden.
reason-activity-report-with-help = Du vill ha hjälp med webben. På ett servicekontor får du hjälp att lämna aktivitetsrapporten.
reason-find-jobs-digital = Platsbanken har jobbannonser. Där ser du samma annonser var du än bor. Du kan göra det på webben själv. Så du kan börja nu.
reason-find-jobs-with-help = På ett servicekontor kan du använda en dator. Där kan du få hjälp att söka jobb på webben.
reason-planning-remote = Arbetsförmedlingen har samtal om din planering i telefon. De kan ta många beslut utan att ni ses.
reason-forms-service-office = På ett servicekontor kan du hämta blanketter och intyg. Du kan fylla i dem där. Du kan också lämna dem där. Du behöver inte boka tid.
reason-guidance-digital = På arbetsformedlingen.se kan du läsa om olika jobb och om att studera. Behöver du mer stöd? Fråga Arbetsförmedlingen om karriärvägledning. Det är råd om jobb och studier. Då får du hjälp av en vägledare hos en leverantör.
reason-guidance-remote = Du har svarat att du inte kan använda tjänster på webben. Ring Arbetsförmedlingen och prata om jobb och om att studera.
reason-disability-booked-meeting = Behöver du mycket stöd? Då kan du få ett bokat möte. Först pratar ni med varandra. Ni tar reda på vad du behöver.
reason-etablering-remote-language = Är du inskriven i etableringsprogrammet? Då kan du få hjälp i telefon på arabiska, engelska, persiska, somaliska och tigrinja.
reason-etablering-remote = Du kan ställa frågor om etableringsprogrammet i telefon. Du kan också fråga i chatten.
reason-etablering-booked-meeting = Du har svarat att du inte kan använda webben. Eller så har du svarat att du behöver anpassningar. Då kan ett bokat möte passa dig bättre. Ni tar reda på om du behöver det, du och Arbetsförmedlingen.
reason-provider-meeting = Är du med i en tjänst hos en leverantör? Då är leverantören den du ska kontakta först. Leverantören har möten och aktiviteter för dig. Tjänsten Stöd och matchning finns inte längre. Rusta och matcha kom i stället i december 2021. Det är stöd från en leverantör. Du får stöd för att få ett jobb eller börja studera. Källan är Arbetsförmedlingen, 1 oktober 2021.
reason-other-digital = Du kan göra det på webben själv. På arbetsformedlingen.se finns mycket att läsa och göra.
reason-other-remote = Du kan ringa Arbetsförmedlingen och fråga. Då får du veta hur du får hjälp med det du vill.

## Steg: vad du gör nu

step-visit-service-office = Gå till ett servicekontor när det passar dig.
step-call-jobseeker-line = Ring Arbetsförmedlingen.
step-chat = Du kan också skriva i chatten på arbetsformedlingen.se. Först svarar en chattrobot. En chattrobot är ett program som svarar. Det är ofta svårt att få prata med en arbetsförmedlare i chatten.
step-learn-digital = Vill du bli säkrare på webben? Digitala jag är en webbplats där du kan lära dig mer.
step-needs-assessment = Arbetsförmedlingen och du tar reda på om du behöver ett bokat möte.
step-meeting-by-phone-or-video = Ett bokat möte kan också vara i telefon eller med video.
step-register-online = Skriv in dig på arbetsformedlingen.se. Logga in med din e-legitimation.
step-register-book-first-meeting = När du skriver in dig bokar du oftast en tid för ett samtal. I samtalet pratar ni om din planering. Arbetsförmedlingen kan också ringa dig direkt. Ska du börja jobba eller studera inom 3 månader? Då behöver du inte boka något samtal.
step-register-identify-in-person = Där får du hjälp att bli klar med att skriva in dig. Du är inskriven från den dag du är på servicekontoret.
step-register-send-form = Du kan börja skriva in dig på arbetsformedlingen.se först. Logga in med användarnamn och lösenord. Sedan gör du klart på servicekontoret.
step-register-staff-help = Där får du hjälp att skriva in dig på webben.
step-log-in-mina-sidor = Logga in på Mina sidor, ditt eget konto på arbetsformedlingen.se. Använd din e-legitimation.
step-activity-report-online = Lämna din aktivitetsrapport i Mina sidor. Gör det mellan den 1 och den 14 varje månad.
step-activity-report-staff-help = Där får du hjälp att skriva ut blanketten. Du får också hjälp att fylla i den. Du kan lämna den där.
step-platsbanken = Sök jobb i Platsbanken. Platsbanken är Arbetsförmedlingens jobbannonser på arbetsformedlingen.se.
step-mina-profiler = Gör en profil i Mina profiler. Arbetsgivare kan se din profil och hitta dig.
step-job-alerts = Du kan få mejl om nya annonser som passar din profil.
step-service-office-computers = Där kan du använda en dator. Där kan du få hjälp med Arbetsförmedlingens tjänster på webben.
step-have-decision-ready = Ha din planering eller ditt beslut framför dig när du ringer.
step-forms-get-fill-in = Där kan du hämta en blankett och fylla i den.
step-forms-hand-in = Du kan också lämna blanketter och intyg där.
step-guidance-online = Använd karriärvägledningen på arbetsformedlingen.se. Karriärvägledning är råd om jobb och studier.
step-guidance-book-remote-meeting = Vill du prata med någon om svaren? Då kan du boka ett möte i telefon eller med video.
step-guidance-ask = Säg att du vill ha råd om jobb eller studier.
step-call-tell-needs = Ring Arbetsförmedlingen och berätta vad du behöver.
step-play-webinars = Arbetsförmedlingen Play har webbinarier om rehabilitering för att kunna arbeta. Webbinarier är filmer och möten på webben.
step-play-sign-language = Arbetsförmedlingen Play har några webbinarier på teckenspråk. Webbinarier är filmer och möten på webben.
step-call-etablering-line = Ring Arbetsförmedlingens telefon för etableringsprogrammet.
step-etablering-line-who = Telefonen är för dig som är inskriven i etableringsprogrammet.
step-call-ask-meeting-etablering = Ring telefonen för etableringsprogrammet. Fråga om ett bokat möte.
step-call-ask-meeting = Ring Arbetsförmedlingen. Fråga om ett bokat möte.
step-contact-provider = Kontakta din leverantör om möten och aktiviteter.
step-provider-remote = Är du med i Rusta och matcha? Det är en tjänst som Arbetsförmedlingen köper av en leverantör. Då har du möte med din handledare var 14:e dag. Minst var 4:e vecka träffas ni på plats hos leverantören. Fråga din leverantör hur de andra mötena går till.
step-decisions-arbetsformedlingen = Arbetsförmedlingen tar besluten, inte leverantören. Har du frågor om ett beslut? Fråga Arbetsförmedlingen.
step-read-online = Läs om ditt ärende på arbetsformedlingen.se.
step-describe-errand = Berätta vad du behöver hjälp med. Då får du veta vad du ska göra.

## Andra vägar som också fungerar

alt-remote-questions = Har du frågor? Ring Arbetsförmedlingen.
alt-service-office-contact = Gå till ett servicekontor. Där kan du få hjälp att prata med en arbetsförmedlare, om du vill.
alt-service-office-web-help = Vill du ha hjälp med webben? Gå till ett servicekontor. Du behöver inte boka tid.
alt-service-office-register = Vill du ha hjälp att skriva in dig? Gå till ett servicekontor. Du behöver inte boka tid.
alt-digital-mina-sidor = Du kan följa ditt ärende på Mina sidor. Mina sidor är ditt konto på arbetsformedlingen.se. Du behöver e-legitimation.
alt-remote-which-form = Vet du inte vilken blankett du behöver? Ring Arbetsförmedlingen och fråga.
alt-remote-informative = Vill du veta mer? Vill du veta vad du ska göra sedan? Ring kundtjänsten.
alt-chat-tell-needs = Vill du hellre skriva än ringa? Skriv i chatten på arbetsformedlingen.se. Först svarar en chattrobot. En chattrobot är ett program som svarar. Det kan vara svårt att få prata med en arbetsförmedlare där.
alt-booked-meeting-ask = Behöver du träffa Arbetsförmedlingen? Fråga om ett bokat möte när du ringer. De tar beslut om du behöver det.
alt-remote-etablering-language = Du kan också få hjälp i telefon på arabiska, engelska, persiska, somaliska och tigrinja.
alt-remote-decisions = Har du frågor om ett beslut? Ring Arbetsförmedlingen.
alt-remote-right-way = Hittar du inte svaret? Ring Arbetsförmedlingen. Där får du veta hur du får hjälp.

## Att tänka på (visas med varje resultat när det gäller dig)

note-language-support = Behöver du hjälp på ditt språk på ett servicekontor? Säg det till dem som jobbar där. De har en egen telefon till Arbetsförmedlingen för det.
note-adaptations-tell = Berätta vad du behöver när du kontaktar Arbetsförmedlingen.
note-adaptations-booked-meeting = Behöver du träffa Arbetsförmedlingen? Då kan du få ett bokat möte. Först tar de reda på vad du behöver.
note-adaptations-sign-language = Arbetsförmedlingen Play har några webbinarier på teckenspråk. Webbinarier är filmer och möten på webben.
note-protected-identity = Har du skyddade personuppgifter? Det betyder att din adress ska vara hemlig. Andra uppgifter om dig ska också vara hemliga. Det kan vara för att någon hotar dig. Använd då inte Arbetsförmedlingens formulär på webben. Ibland ska du skicka papper med post. Fråga Arbetsförmedlingen hur du ska göra.
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = Det kan vara svårt att nå Arbetsförmedlingen. Från november 2023 till november 2024 fick nästan 1 av 2 samtal inget svar. Av 10 försök att chatta fick 9 inget svar. Det har de själva sagt till Justitieombudsmannen. Justitieombudsmannen kontrollerar myndigheter. Får du inget svar? Gå till ett servicekontor. Där kan du få hjälp att prata med en arbetsförmedlare.

## Platsen i rekommendationen (domain/src/place.rs): var personen ska gå, sagt direkt under vägen

place-no-municipality = Vill du veta var närmaste ställe finns? Gå tillbaka och välj din kommun.
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = Det finns ett servicekontor i { $place }.
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = Det finns { $count } servicekontor i { $municipality }. Du ser dem längre ner, under Nära dig.
place-office-confirmed = En källa från efter 2021 säger att kontoret har öppnat.
place-office-listed-2021 = Det här står i en rapport från Arbetsförmedlingen från 2021. Ingen ny källa säger samma sak. Se när det är öppet på statenssc.se/besokservicekontor. Gör det innan du åker.
place-office-fewer-days = Nu är det öppet färre dagar i veckan än förut.
# $municipality (String) - the person's municipality; $precision (String) - day, month or none: how exact the date is; $date (String) - the last day open, or the month, in the reader's language.
place-office-closed =
    { $precision ->
        [day] Servicekontoret i { $municipality } stängde den { $date }.
        [month] Servicekontoret i { $municipality } stängde i { $date }.
       *[none] Servicekontoret i { $municipality } har stängt.
    }
# $municipality (String) - the person's municipality; $precision (String) - day, month or none; $date (String) - when it is to close, in the reader's language.
place-office-closing =
    { $precision ->
        [day] Servicekontoret i { $municipality } ska stänga den { $date }. Det kan redan vara stängt.
        [month] Servicekontoret i { $municipality } ska stänga i { $date }. Det kan redan vara stängt.
       *[none] Servicekontoret i { $municipality } ska stänga. Det kan redan vara stängt.
    }
# $municipality (String) - the person's municipality.
place-office-reopening = Servicekontoret i { $municipality } har stängt. Det ska öppna igen. Vi vet inte när.
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = År 2021 fanns en plan på ett servicekontor i { $municipality }. Vi har inte hittat någon källa som säger att det har öppnat. Se statenssc.se/besokservicekontor.
# $municipality (String) - the person's municipality.
place-no-office = Vi känner inte till något servicekontor i { $municipality }.
place-check-finder = Se när det är öppet på statenssc.se/besokservicekontor. Gör det innan du åker.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] De närmaste servicekontoren finns i { $first } och { $second }. Det är ungefär { $km } kilometer dit, räknat fågelvägen.
       *[single] Det närmaste servicekontoret finns i { $first }. Det är ungefär { $km } kilometer dit, räknat fågelvägen.
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = Arbetsförmedlingen har ett kontor i { $place }. Där finns det folk som jobbar. Där kan du få ett bokat möte.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = Arbetsförmedlingens personal reser till { $place } för bokade möten.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = Arbetsförmedlingen har bokade möten i { $place }. Mötena är i rum som kommunen eller Statens servicecenter också har.
place-presence-2021 = Det vi vet om bokade möten står i en rapport från Arbetsförmedlingen från 2021. Ingen ny källa säger samma sak.
# $municipality (String) - the person's municipality.
place-no-presence = Rapporten från 2021 säger att Arbetsförmedlingen inte har bokade möten i { $municipality }.
# $municipality (String) - the person's municipality.
place-presence-pending = Rapporten från 2021 säger att Arbetsförmedlingen skulle börja med bokade möten i { $municipality }. Vi vet inte om det har blivit så.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] De närmaste bokade mötena finns i { $first } och { $second }. Det är ungefär { $km } kilometer dit, räknat fågelvägen.
       *[single] De närmaste bokade mötena finns i { $first }. Det är ungefär { $km } kilometer dit, räknat fågelvägen.
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = Gå till servicekontoret i { $place } när det passar dig.
# $municipality (String) - the person's municipality.
step-visit-offices-here = Gå till något av servicekontoren i { $municipality } när det passar dig.
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = Gå till det närmaste servicekontoret när det passar dig. Det finns i { $place }.
