# Vägvisaren: frågorna, svaren och resultaten (svenska, källspråket).
#
# Varje id här används av koden i domain/ (answers.rs, flow.rs, routing.rs).
# Testet domain/tests/flow_messages.rs kontrollerar att inget id saknas
# och att inget id är oanvänt.
#
# Klarspråk: korta meningar, "du", vanliga ord. Ett meddelande, en tanke.
# Telefonnummer och länkar visar appen bredvid texten. Skriv aldrig ett
# nummer i texten (tests/locales.rs säger ifrån): en { "0771-416 416" }
# isoleras inte, och på arabiska och persiska byter sifferblocken plats.
# Fakta kommer från Arbetsförmedlingens rapport "Likvärdig service i hela
# landet" (2021-10-01). Lova inget som rapporten inte säger.

## Fråga: ärende

q-errand-title = Vad vill du ha hjälp med?
q-errand-hint = Välj det som passar bäst.
q-errand-error = Välj vad du vill ha hjälp med
q-errand-check = Ärende

errand-register = Skriva in mig som arbetssökande
errand-activity-report = Lämna min aktivitetsrapport
errand-find-jobs = Söka jobb eller skapa en profil
errand-find-jobs-hint = Till exempel i Platsbanken (jobbannonser) eller Mina profiler (en profil som arbetsgivare kan se).
errand-planning = Frågor om min planering eller ett beslut
errand-planning-hint = Till exempel ett beslut om nystartsjobb eller Rusta och matcha. Ett nystartsjobb är ett jobb där arbetsgivaren får stöd för att anställa dig. Rusta och matcha är stöd från en leverantör för att få ett jobb eller börja studera.
errand-forms = Hämta eller lämna in blanketter eller intyg
errand-guidance = Vägledning om jobb eller studier
errand-disability = Få stöd för att jag har en funktionsnedsättning eller behöver rehabilitering
errand-etablering = Frågor om etableringsprogrammet
errand-provider = Jag får stöd av en leverantör som Arbetsförmedlingen anlitar
errand-provider-hint = Till exempel Rusta och matcha, eller en annan tjänst som Arbetsförmedlingen köper av en leverantör.
errand-other = Något annat, eller jag vet inte

## Fråga: e-legitimation

q-eid-title = Har du e-legitimation?
q-eid-hint = Till exempel BankID eller Freja eID Plus. Med den visar du vem du är på webben. E-legitimationen på Skatteverkets id-kort fungerar inte hos Arbetsförmedlingen.
q-eid-error = Välj om du har e-legitimation
q-eid-check = E-legitimation

eid-yes = Ja
eid-no = Nej
eid-dont-know = Jag vet inte

## Fråga: webben

q-digital-title = Kan du använda tjänster på webben?
q-digital-hint = Till exempel logga in, fylla i uppgifter och skicka in dem.
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

q-adaptations-title = Behöver du anpassningar på grund av en funktionsnedsättning?
q-adaptations-hint = Det kan till exempel gälla syn, hörsel, rörelse eller att läsa och förstå.
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
route-digital-summary = Du gör det själv på webben, när det passar dig.
route-remote-title = Ring eller chatta med Arbetsförmedlingen
route-remote-summary = Du ringer eller chattar. Du behöver inte åka någonstans.
route-service-office-title = Gå till ett servicekontor
route-service-office-summary = Personalen hos Statens servicecenter hjälper dig på plats. Du behöver inte boka tid.
route-booked-meeting-title = Be om ett bokat möte med Arbetsförmedlingen
route-booked-meeting-summary = Ring och fråga om ett möte. Du kan inte boka mötet här i Vägvisaren.
route-provider-meeting-title = Kontakta din leverantör
route-provider-meeting-summary = Leverantören är din främsta kontakt under tjänsten.

## Telefon och länkar (appen visar numret eller adressen bredvid)

contact-jobseeker-line = Arbetsförmedlingens telefon för arbetssökande
contact-etablering-line = Arbetsförmedlingens telefon för etableringsprogrammet
contact-employer-line = Arbetsförmedlingens telefon för arbetsgivare
contact-staff-line = Telefon för handläggare på myndigheter, kommuner och a-kassor

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Varför just den här vägen

reason-register-digital = Du har e-legitimation och klarar webben själv. Då är det enklast att skriva in dig på webben. De flesta gör så.
reason-register-no-eid = Du behöver e-legitimation för att skriva in dig helt på webben. Utan e-legitimation gör du klart inskrivningen på ett servicekontor.
reason-register-with-help = Du vill ha hjälp med webben. På ett servicekontor hjälper personalen dig att skriva in dig.
reason-activity-report-digital = Du har e-legitimation och klarar webben själv. Då lämnar du aktivitetsrapporten i Mina sidor. Nästan alla gör så.
reason-activity-report-no-eid = Du behöver e-legitimation för att lämna aktivitetsrapporten på webben. Utan e-legitimation fyller du i blanketten Aktivitetsrapport. Du skickar den med post eller lämnar den på ett servicekontor. Den ska vara framme senast den 14:e.
reason-activity-report-with-help = Du vill ha hjälp med webben. På ett servicekontor hjälper personalen dig att lämna aktivitetsrapporten.
reason-find-jobs-digital = I Platsbanken ser du samma annonser var du än bor i landet. Du klarar webben själv, så du kan börja direkt.
reason-find-jobs-with-help = På ett servicekontor kan du använda en dator och få hjälp att söka jobb på webben.
reason-planning-remote = Arbetsförmedlingen har planeringssamtal per telefon. Många beslut kan Arbetsförmedlingen fatta utan att ni träffas.
reason-forms-service-office = På ett servicekontor kan du hämta, fylla i och lämna in blanketter och intyg. Du behöver inte boka tid.
reason-guidance-digital = På arbetsformedlingen.se finns information om yrken och utbildningar. Behöver du mer stöd kan du fråga Arbetsförmedlingen om karriärvägledning. Då får du hjälp av en vägledare hos en leverantör.
reason-guidance-remote = Du har svarat att du inte kan använda tjänster på webben. Ring Arbetsförmedlingen och prata om jobb och studier.
reason-disability-booked-meeting = Behöver du mycket stöd kan du få ett bokat möte. Arbetsförmedlingen bedömer först, tillsammans med dig, vad du behöver.
reason-etablering-remote-language = Är du inskriven i etableringsprogrammet kan du få hjälp per telefon på arabiska, engelska, persiska, somaliska och tigrinja.
reason-etablering-remote = Du kan ställa frågor om etableringsprogrammet per telefon eller i chatten.
reason-etablering-booked-meeting = Du har svarat att du inte kan använda webben eller att du behöver anpassningar. Då kan ett bokat möte passa dig bättre. Arbetsförmedlingen bedömer tillsammans med dig om du behöver det.
reason-provider-meeting = När du deltar i en tjänst hos en leverantör är leverantören din främsta kontakt. Leverantören erbjuder möten och aktiviteter. Tjänsten Stöd och matchning finns inte längre. I december 2021 ersattes den av Rusta och matcha, stöd från en leverantör för att få ett jobb eller börja studera (Arbetsförmedlingen, 1 oktober 2021).
reason-other-digital = Du klarar webben själv. På arbetsformedlingen.se finns mycket information och många tjänster.
reason-other-remote = På Arbetsförmedlingens telefon kan du ställa frågor. Där får du veta hur du får hjälp med ditt ärende.

## Steg: vad du gör nu

step-visit-service-office = Gå till ett servicekontor när det passar dig.
step-call-jobseeker-line = Ring Arbetsförmedlingen.
step-chat = Du kan också skriva i chatten på arbetsformedlingen.se. Först svarar en chattrobot. Det är ofta svårt att få kontakt med en arbetsförmedlare i chatten.
step-learn-digital = Vill du bli säkrare på webben? Digitala jag är en webbplats där du kan lära dig mer.
step-needs-assessment = Arbetsförmedlingen bedömer tillsammans med dig om du behöver ett bokat möte.
step-meeting-by-phone-or-video = Ett bokat möte kan också vara per telefon eller video.
step-register-online = Skriv in dig på arbetsformedlingen.se. Logga in med din e-legitimation.
step-register-book-first-meeting = När du skriver in dig bokar du oftast en tid för ett planeringssamtal. Arbetsförmedlingen kan också ringa dig direkt. Ska du börja jobba eller studera inom tre månader behöver du inte boka något samtal.
step-register-identify-in-person = Personalen hjälper dig att bli klar med inskrivningen. Du räknas som inskriven från den dag du är på servicekontoret.
step-register-send-form = Du kan börja skriva in dig på arbetsformedlingen.se först. Logga in med användarnamn och lösenord. Sedan gör du klart på servicekontoret.
step-register-staff-help = Personalen hjälper dig att skriva in dig på webben.
step-log-in-mina-sidor = Logga in på Mina sidor, ditt eget konto på arbetsformedlingen.se. Använd din e-legitimation.
step-activity-report-online = Lämna din aktivitetsrapport i Mina sidor mellan den 1:a och den 14:e varje månad.
step-activity-report-staff-help = Personalen hjälper dig att skriva ut och fylla i blanketten. Du kan lämna den där.
step-platsbanken = Sök jobb i Platsbanken, Arbetsförmedlingens jobbannonser på arbetsformedlingen.se.
step-mina-profiler = Skapa en profil i Mina profiler. Arbetsgivare kan se profilen och hitta dig.
step-job-alerts = Du kan få mejl om nya annonser som passar din profil.
step-service-office-computers = Där kan du använda en dator och få hjälp med Arbetsförmedlingens tjänster på webben.
step-have-decision-ready = Ha din planering eller ditt beslut framför dig när du ringer.
step-forms-get-fill-in = Där kan du hämta en blankett och fylla i den.
step-forms-hand-in = Du kan också lämna in blanketter och intyg där.
step-guidance-online = Använd karriärvägledningen på arbetsformedlingen.se.
step-guidance-book-remote-meeting = Vill du prata med någon om resultatet? Då kan du boka ett möte per telefon eller video.
step-guidance-ask = Säg att du vill ha vägledning om jobb eller studier.
step-call-tell-needs = Ring Arbetsförmedlingen och berätta vad du behöver.
step-play-webinars = På Arbetsförmedlingen Play finns webbinarier om arbetslivsinriktad rehabilitering.
step-play-sign-language = Några webbinarier på Arbetsförmedlingen Play finns på teckenspråk.
step-call-etablering-line = Ring Arbetsförmedlingens telefon för etableringsprogrammet.
step-etablering-line-who = Telefonen är till för dig som är inskriven i etableringsprogrammet.
step-call-ask-meeting-etablering = Ring telefonen för etableringsprogrammet och fråga om ett bokat möte.
step-call-ask-meeting = Ring Arbetsförmedlingen och fråga om ett bokat möte.
step-contact-provider = Kontakta din leverantör om möten och aktiviteter.
step-provider-remote = Deltar du i Rusta och matcha, en tjänst som Arbetsförmedlingen köper av en leverantör? Då har du möte med din handledare var fjortonde dag. Minst var fjärde vecka träffas ni på plats hos leverantören. Fråga din leverantör hur de andra mötena går till.
step-decisions-arbetsformedlingen = Det är Arbetsförmedlingen som beslutar, inte leverantören. Har du frågor om ett beslut? Fråga Arbetsförmedlingen.
step-read-online = Läs om ditt ärende på arbetsformedlingen.se.
step-describe-errand = Berätta vad du behöver hjälp med. Då får du veta vad du ska göra.

## Andra vägar som också fungerar

alt-remote-questions = Har du frågor? Ring Arbetsförmedlingen.
alt-service-office-contact = Gå till ett servicekontor. Om du behöver det kan personalen hjälpa dig att få kontakt med en arbetsförmedlare.
alt-service-office-web-help = Gå till ett servicekontor om du vill ha hjälp med webben. Du behöver inte boka tid.
alt-service-office-register = Vill du ha hjälp att skriva in dig? Gå till ett servicekontor. Du behöver inte boka tid.
alt-digital-mina-sidor = Du kan följa ditt ärende på Mina sidor, ditt konto på arbetsformedlingen.se. Du behöver e-legitimation.
alt-remote-which-form = Vet du inte vilken blankett du behöver? Ring Arbetsförmedlingen och fråga.
alt-remote-informative = Ring kundtjänsten om du vill ha information eller veta hur du går vidare.
alt-chat-tell-needs = Vill du hellre skriva än ringa? Skriv i chatten på arbetsformedlingen.se. Först svarar en chattrobot. Det kan vara svårt att få kontakt med en arbetsförmedlare där.
alt-booked-meeting-ask = Behöver du träffa Arbetsförmedlingen? Fråga om ett bokat möte när du ringer. Arbetsförmedlingen bedömer om du behöver det.
alt-remote-etablering-language = Du kan också få hjälp per telefon på arabiska, engelska, persiska, somaliska och tigrinja.
alt-remote-decisions = Har du frågor om ett beslut? Ring Arbetsförmedlingen.
alt-remote-right-way = Hittar du inte svaret? Ring Arbetsförmedlingen. Där får du veta hur du får hjälp.

## Att tänka på (visas med varje resultat när det gäller dig)

note-language-support = Behöver du hjälp på ditt språk på ett servicekontor? Säg det till personalen. De har en särskild telefonlinje till Arbetsförmedlingen för det.
note-adaptations-tell = Berätta vad du behöver när du kontaktar Arbetsförmedlingen.
note-adaptations-booked-meeting = Behöver du träffa Arbetsförmedlingen kan du få ett bokat möte. Arbetsförmedlingen bedömer först vad du behöver.
note-adaptations-sign-language = Några webbinarier på Arbetsförmedlingen Play finns på teckenspråk.
note-protected-identity = Har du skyddade personuppgifter? Det betyder att din adress och andra uppgifter om dig ska hållas hemliga, till exempel för att någon hotar dig. Använd då inte Arbetsförmedlingens formulär på webben. I vissa ärenden ska du skicka papper med post. Fråga Arbetsförmedlingen hur du ska göra i ditt ärende.
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = Det kan vara svårt att komma fram till Arbetsförmedlingen. Arbetsförmedlingen har själv berättat för Justitieombudsmannen (JO) att nästan hälften av samtalen och nio av tio försök att chatta inte blev besvarade mellan november 2023 och november 2024. Kommer du inte fram? Gå till ett servicekontor. Personalen där kan hjälpa dig att få kontakt med en arbetsförmedlare.

## Platsen i rekommendationen (domain/src/place.rs): var personen ska gå, sagt direkt under vägen

place-no-municipality = Vill du veta var närmaste ställe finns? Gå tillbaka och välj din kommun.
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = Det finns ett servicekontor i { $place }.
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = Det finns { $count } servicekontor i { $municipality }. Du ser dem längre ner, under Nära dig.
place-office-confirmed = En källa från efter 2021 säger att kontoret har öppnat.
place-office-listed-2021 = Uppgiften kommer från Arbetsförmedlingens rapport 2021. Ingen senare källa har bekräftat den. Se öppettiderna på statenssc.se/besokservicekontor innan du åker.
place-office-fewer-days = Kontoret har nu öppet färre dagar i veckan än förut.
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
place-office-reopening = Servicekontoret i { $municipality } har stängt. Det ska öppna igen, men vi vet inte när.
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = Ett servicekontor i { $municipality } planerades 2021. Vi har inte hittat någon källa som säger att det har öppnat. Se statenssc.se/besokservicekontor.
# $municipality (String) - the person's municipality.
place-no-office = Vi känner inte till något servicekontor i { $municipality }.
place-check-finder = Se öppettiderna på statenssc.se/besokservicekontor innan du åker.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] De närmaste servicekontoren finns i { $first } och { $second }, ungefär { $km } km fågelvägen.
       *[single] Det närmaste servicekontoret finns i { $first }, ungefär { $km } km fågelvägen.
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = Arbetsförmedlingen har ett kontor med personal i { $place }. Där kan du få ett bokat möte.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = Arbetsförmedlingens personal reser till { $place } för bokade möten.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = Arbetsförmedlingen har bokade möten i { $place }, i lokaler som kommunen eller Statens servicecenter också använder.
place-presence-2021 = Uppgifterna om bokade möten kommer från Arbetsförmedlingens rapport 2021. Ingen senare källa har bekräftat dem.
# $municipality (String) - the person's municipality.
place-no-presence = Enligt rapporten 2021 har Arbetsförmedlingen inga bokade möten i { $municipality }.
# $municipality (String) - the person's municipality.
place-presence-pending = Enligt rapporten 2021 skulle Arbetsförmedlingen börja med bokade möten i { $municipality }. Vi vet inte om det har blivit av.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] De närmaste bokade mötena finns i { $first } och { $second }, ungefär { $km } km fågelvägen.
       *[single] De närmaste bokade mötena finns i { $first }, ungefär { $km } km fågelvägen.
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = Gå till servicekontoret i { $place } när det passar dig.
# $municipality (String) - the person's municipality.
step-visit-offices-here = Gå till något av servicekontoren i { $municipality } när det passar dig.
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = Gå till det närmaste servicekontoret, i { $place }, när det passar dig.
