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
q-eid-hint = Till exempel BankID eller Freja eID. Med den visar du vem du är på webben.
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
reason-register-no-eid = Du behöver e-legitimation för att skriva in dig på webben. Utan e-legitimation skriver du in dig på plats och visar din legitimation.
reason-register-with-help = Du vill ha hjälp med webben. På ett servicekontor hjälper personalen dig att skriva in dig.
reason-activity-report-digital = Du har e-legitimation och klarar webben själv. Då lämnar du aktivitetsrapporten i Mina sidor. Nästan alla gör så.
reason-activity-report-no-eid = Du behöver e-legitimation för att logga in på Mina sidor, ditt konto på arbetsformedlingen.se. På ett servicekontor får du hjälp att lämna aktivitetsrapporten.
reason-activity-report-with-help = Du vill ha hjälp med webben. På ett servicekontor hjälper personalen dig att lämna aktivitetsrapporten.
reason-find-jobs-digital = I Platsbanken ser du samma annonser var du än bor i landet. Du klarar webben själv, så du kan börja direkt.
reason-find-jobs-with-help = På ett servicekontor kan du använda en dator och få hjälp att söka jobb på webben.
reason-planning-remote = Arbetsförmedlingen har planeringssamtal per telefon. Många beslut kan Arbetsförmedlingen fatta utan att ni träffas.
reason-forms-service-office = På ett servicekontor kan du hämta, fylla i och lämna in blanketter och intyg. Du behöver inte boka tid.
reason-guidance-digital = Arbetsförmedlingen har karriärvägledning på webben. Den håller på att översättas till flera språk.
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
step-chat = Du kan också chatta med Arbetsförmedlingen.
step-learn-digital = Vill du bli säkrare på webben? Digitala jag är en webbplats där du kan lära dig mer.
step-needs-assessment = Arbetsförmedlingen bedömer tillsammans med dig om du behöver ett bokat möte.
step-meeting-by-phone-or-video = Ett bokat möte kan också vara per telefon eller video.
step-register-online = Skriv in dig på arbetsformedlingen.se. Logga in med din e-legitimation.
step-register-book-first-meeting = Boka ditt första möte med Arbetsförmedlingen när du skriver in dig.
step-register-identify-in-person = Ta med din legitimation. Personalen hjälper dig att skriva in dig.
step-register-send-form = Du kan också skicka in en blankett för inskrivning först. Ta sedan med din legitimation när du besöker Arbetsförmedlingen.
step-register-staff-help = Personalen hjälper dig att skriva in dig på webben.
step-log-in-mina-sidor = Logga in på Mina sidor, ditt eget konto på arbetsformedlingen.se. Använd din e-legitimation.
step-activity-report-online = Lämna din aktivitetsrapport i Mina sidor.
step-activity-report-staff-help = Personalen hjälper dig att lämna din aktivitetsrapport.
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
step-provider-remote = Fråga din leverantör om ni kan ha möten på distans.
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
alt-chat-tell-needs = Vill du hellre skriva än ringa? Skriv i chatten på arbetsformedlingen.se. Där kan du ställa frågor och få veta hur du går vidare.
alt-booked-meeting-ask = Behöver du träffa Arbetsförmedlingen? Fråga om ett bokat möte när du ringer. Arbetsförmedlingen bedömer om du behöver det.
alt-remote-etablering-language = Du kan också få hjälp per telefon på arabiska, engelska, persiska, somaliska och tigrinja.
alt-remote-decisions = Har du frågor om ett beslut? Ring Arbetsförmedlingen.
alt-remote-right-way = Hittar du inte svaret? Ring Arbetsförmedlingen. Där får du veta hur du får hjälp.

## Att tänka på (visas med varje resultat när det gäller dig)

note-language-support = Behöver du hjälp på ditt språk på ett servicekontor? Säg det till personalen. De har en särskild telefonlinje till Arbetsförmedlingen för det.
note-adaptations-tell = Berätta vad du behöver när du kontaktar Arbetsförmedlingen.
note-adaptations-booked-meeting = Behöver du träffa Arbetsförmedlingen kan du få ett bokat möte. Arbetsförmedlingen bedömer först vad du behöver.
note-adaptations-sign-language = Några webbinarier på Arbetsförmedlingen Play finns på teckenspråk.
note-protected-identity = Har du skyddade personuppgifter? Det betyder att din adress och andra uppgifter om dig ska hållas hemliga, till exempel för att någon hotar dig. Då kan du inte använda Arbetsförmedlingens digitala tjänster. Ring Arbetsförmedlingen i stället.
