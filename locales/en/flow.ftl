# English translation of locales/sv/flow.ftl. Machine-drafted; NOT yet reviewed by a native speaker.
# Vägvisaren: the questions, the answers and the results.
#
# Every id here is used by the code in domain/ (answers.rs, flow.rs, routing.rs).
# Plain English: short sentences, "you", everyday words. One message, one idea.
# The app shows phone numbers and links next to the text. So do not write
# the number in the text (tests/locales.rs fails on a bare number: a literal
# is not bidi-isolated, and in Arabic or Persian its digit groups swap).
# Facts come from Arbetsförmedlingen's report "Likvärdig service i hela
# landet" (2021-10-01). Promise nothing that the report does not say.

## Question: errand

q-errand-title = What do you need help with?
q-errand-hint = Choose what fits best.
q-errand-error = Choose what you need help with
q-errand-check = What you need help with

errand-register = Register as a jobseeker
errand-activity-report = Send my activity report (aktivitetsrapport)
errand-find-jobs = Look for jobs or create a profile
errand-find-jobs-hint = For example in Platsbanken (job ads) or Mina profiler (a profile that employers can see).
errand-planning = Questions about my plan or a decision
errand-planning-hint = For example a decision about nystartsjobb or Rusta och matcha. A nystartsjobb is a job where the employer gets support for employing you. Rusta och matcha is support from a provider to get a job or start studying.
errand-forms = Get or hand in forms or certificates
errand-guidance = Guidance about jobs or studies
errand-disability = Get support because I have a disability or need rehabilitation
errand-etablering = Questions about the introduction programme (etableringsprogrammet)
errand-provider = I get support from a provider (leverantör) that Arbetsförmedlingen (the Swedish Public Employment Service) uses
errand-provider-hint = For example Rusta och matcha, or another service that Arbetsförmedlingen buys from a provider.
errand-other = Something else, or I don’t know

## Question: e-legitimation

q-eid-title = Do you have e-legitimation (an electronic ID)?
q-eid-hint = For example BankID or Freja eID Plus. You use it to show who you are on the web. The e-ID on the Swedish Tax Agency’s ID card does not work at Arbetsförmedlingen (the Swedish Public Employment Service).
q-eid-error = Choose whether you have e-legitimation
q-eid-check = E-legitimation (electronic ID)

eid-yes = Yes
eid-no = No
eid-dont-know = I don’t know

## Question: the web

q-digital-title = Can you use services on the web?
q-digital-hint = For example log in, fill in information and send it.
q-digital-error = Choose whether you can use services on the web
q-digital-check = Services on the web

digital-alone = Yes, I can do it on my own
digital-with-help = Yes, but I need some help
digital-not-at-all = No

## Question: language support

q-language-support-title = Do you need help in a language other than Swedish?
q-language-support-hint = Answer yes if it is hard for you to speak or read Swedish.
q-language-support-error = Choose whether you need help in another language
q-language-support-check = Help in another language

## Question: adaptations

q-adaptations-title = Do you need adaptations because of a disability?
q-adaptations-hint = It can be about, for example, seeing, hearing, moving, or reading and understanding.
q-adaptations-error = Choose whether you need adaptations
q-adaptations-check = Adaptations

## Answers yes and no (language support and adaptations)

answer-yes = Yes
answer-no = No

## Question: municipality

q-municipality-title = Which municipality (kommun) do you live in?
q-municipality-hint = Answer, and we show places near you. You can also skip this question.
q-municipality-error = Choose a municipality from the list or skip the question
q-municipality-check = Municipality
municipality-skip = Skip this question
municipality-skipped = No answer

## The routes

route-digital-title = Use Arbetsförmedlingen’s website
route-digital-summary = You do it yourself on the web, when it suits you.
route-remote-title = Call or chat with Arbetsförmedlingen
route-remote-summary = You call or chat. You do not need to travel anywhere.
route-service-office-title = Go to a service office (servicekontor)
route-service-office-summary = The staff of Statens servicecenter (the government’s service centres) help you there. You do not need an appointment.
route-booked-meeting-title = Ask for a booked meeting with Arbetsförmedlingen
route-booked-meeting-summary = Call and ask about a meeting. You cannot book the meeting here in Vägvisaren.
route-provider-meeting-title = Contact your provider
route-provider-meeting-summary = The provider is your main contact during the service.

## Phone and links (the app shows the number or address next to the text)

contact-jobseeker-line = Arbetsförmedlingen’s phone line for jobseekers
contact-etablering-line = Arbetsförmedlingen’s phone line for the introduction programme (etableringsprogrammet)
contact-employer-line = Arbetsförmedlingen’s phone line for employers
contact-staff-line = Phone line for case officers at government agencies, municipalities and unemployment insurance funds (a-kassor)

link-arbetsformedlingen-se = arbetsformedlingen.se
link-arbetsformedlingen-play = Arbetsförmedlingen Play
link-digitala-jag = Digitala jag

## Why this route

reason-register-digital = You have e-legitimation and can use the web on your own. Then it is easiest to register on the web. Most people do it this way.
reason-register-no-eid = You need e-legitimation to register fully on the web. Without it, you finish your registration at a service office.
reason-register-with-help = You want help with the web. At a service office, the staff help you register.
reason-activity-report-digital = You have e-legitimation and can use the web on your own. Then you send your activity report in Mina sidor. Almost everyone does it this way.
reason-activity-report-no-eid = You need e-legitimation to send the activity report on the web. Without it, you fill in the form Aktivitetsrapport. You send it by post or hand it in at a service office. It must arrive by the 14th.
reason-activity-report-with-help = You want help with the web. At a service office, the staff help you send your activity report.
reason-find-jobs-digital = In Platsbanken you see the same job ads wherever you live in Sweden. You can use the web on your own, so you can start right away.
reason-find-jobs-with-help = At a service office you can use a computer and get help to look for jobs on the web.
reason-planning-remote = Arbetsförmedlingen holds planning meetings by phone. Arbetsförmedlingen can make many decisions without meeting you.
reason-forms-service-office = At a service office you can get, fill in and hand in forms and certificates. You do not need an appointment.
reason-guidance-digital = On arbetsformedlingen.se there is information about jobs and education. If you need more support, you can ask Arbetsförmedlingen about career guidance (karriärvägledning). Then a counsellor at a provider helps you.
reason-guidance-remote = You answered that you cannot use services on the web. Call Arbetsförmedlingen and talk about jobs and studies.
reason-disability-booked-meeting = If you need a lot of support, you can get a booked meeting. First, you and Arbetsförmedlingen talk about what you need.
reason-etablering-remote-language = If you are registered in the introduction programme, you can get help by phone in Arabic, English, Persian, Somali and Tigrinya.
reason-etablering-remote = You can ask questions about the introduction programme by phone or in the chat.
reason-etablering-booked-meeting = You answered that you cannot use the web or that you need adaptations. Then a booked meeting may suit you better. Arbetsförmedlingen assesses together with you whether you need one.
reason-provider-meeting = When you take part in a service from a provider, the provider is your main contact. The provider offers meetings and activities. The service Stöd och matchning no longer exists. In December 2021 it was replaced by Rusta och matcha, support from a provider to get a job or start studying (Arbetsförmedlingen, 1 October 2021).
reason-other-digital = You can use the web on your own. On arbetsformedlingen.se there is a lot of information and many services.
reason-other-remote = You can ask questions on Arbetsförmedlingen’s phone line. There you find out how to get help with what you need.

## Steps: what you do now

step-visit-service-office = Go to a service office when it suits you.
step-call-jobseeker-line = Call Arbetsförmedlingen (the Swedish Public Employment Service).
step-chat = You can also write in the chat on arbetsformedlingen.se. A chatbot answers first. It is often hard to reach an employment officer in the chat.
step-learn-digital = Would you like to be more confident online? Digitala jag is a website where you can learn more.
step-needs-assessment = Arbetsförmedlingen (the Swedish Public Employment Service) assesses together with you whether you need a booked meeting.
step-meeting-by-phone-or-video = A booked meeting can also be by phone or video.
step-register-online = Register on arbetsformedlingen.se. Log in with your e-legitimation.
step-register-book-first-meeting = When you register, you usually book a time for a planning talk. Arbetsförmedlingen may also call you straight away. If you will start working or studying within three months, you do not need to book a talk.
step-register-identify-in-person = The staff help you finish your registration. You count as registered from the day you are at the service office.
step-register-send-form = You can start your registration on arbetsformedlingen.se first. Log in with a user name and password. Then you finish at the service office.
step-register-staff-help = The staff help you register on the web.
step-log-in-mina-sidor = Log in to Mina sidor, your own account on arbetsformedlingen.se. Use your e-legitimation.
step-activity-report-online = Send your activity report in Mina sidor between the 1st and the 14th of every month.
step-activity-report-staff-help = The staff help you print and fill in the form. You can hand it in there.
step-platsbanken = Look for jobs in Platsbanken, the job ads of Arbetsförmedlingen (the Swedish Public Employment Service) on arbetsformedlingen.se.
step-mina-profiler = Create a profile in Mina profiler. Employers can see the profile and find you.
step-job-alerts = You can get emails about new job ads that match your profile.
step-service-office-computers = There you can use a computer and get help with the web services of Arbetsförmedlingen (the Swedish Public Employment Service).
step-have-decision-ready = Have your plan or your decision in front of you when you call.
step-forms-get-fill-in = There you can get a form and fill it in.
step-forms-hand-in = You can also hand in forms and certificates there.
step-guidance-online = Use the career guidance on arbetsformedlingen.se.
step-guidance-book-remote-meeting = Would you like to talk to someone about the result? Then you can book a meeting by phone or video.
step-guidance-ask = Say that you want guidance about jobs or studies.
step-call-tell-needs = Call Arbetsförmedlingen (the Swedish Public Employment Service) and tell them what you need.
step-play-webinars = On Arbetsförmedlingen Play there are webinars about work-oriented rehabilitation.
step-play-sign-language = Some webinars on Arbetsförmedlingen Play are in sign language.
step-call-etablering-line = Call the phone line of Arbetsförmedlingen (the Swedish Public Employment Service) for the introduction programme.
step-etablering-line-who = The phone line is for you if you are registered in the introduction programme.
step-call-ask-meeting-etablering = Call the phone line for the introduction programme and ask about a booked meeting.
step-call-ask-meeting = Call Arbetsförmedlingen (the Swedish Public Employment Service) and ask about a booked meeting.
step-contact-provider = Contact your provider about meetings and activities.
step-provider-remote = Do you take part in Rusta och matcha, a service that Arbetsförmedlingen buys from a provider? Then you meet your supervisor every two weeks. At least every four weeks you meet in person at the provider. Ask your provider how the other meetings work.
step-decisions-arbetsformedlingen = Arbetsförmedlingen (the Swedish Public Employment Service) makes the decisions, not the provider. Do you have questions about a decision? Ask Arbetsförmedlingen.
step-read-online = Read about your case on arbetsformedlingen.se.
step-describe-errand = Tell them what you need help with. Then you find out what to do.

## Other routes that also work

alt-remote-questions = Do you have questions? Call Arbetsförmedlingen (the Swedish Public Employment Service).
alt-service-office-contact = Go to a service office. If you need it, the staff can help you get in touch with an employment officer (arbetsförmedlare).
alt-service-office-web-help = Go to a service office if you want help with the web. You do not need an appointment.
alt-service-office-register = Do you want help to register? Go to a service office. You do not need an appointment.
alt-digital-mina-sidor = You can follow your case in Mina sidor, your account on arbetsformedlingen.se. You need e-legitimation.
alt-remote-which-form = Don’t know which form you need? Call Arbetsförmedlingen (the Swedish Public Employment Service) and ask.
alt-remote-informative = Call customer service if you want information or want to know how to go on.
alt-chat-tell-needs = Would you rather write than call? Write in the chat on arbetsformedlingen.se. A chatbot answers first. It can be hard to reach an employment officer there.
alt-booked-meeting-ask = Do you need to meet Arbetsförmedlingen? Ask about a booked meeting when you call. Arbetsförmedlingen assesses whether you need it.
alt-remote-etablering-language = You can also get help by phone in Arabic, English, Persian, Somali and Tigrinya.
alt-remote-decisions = Do you have questions about a decision? Call Arbetsförmedlingen (the Swedish Public Employment Service).
alt-remote-right-way = Can’t find the answer? Call Arbetsförmedlingen (the Swedish Public Employment Service). There you find out how to get help.

## Good to know (shown with each result when it applies to you)

note-language-support = Do you need help in your language at a service office? Tell the staff. They have a special phone line to Arbetsförmedlingen (the Swedish Public Employment Service) for this.
note-adaptations-tell = Tell Arbetsförmedlingen (the Swedish Public Employment Service) what you need when you contact them.
note-adaptations-booked-meeting = If you need to meet Arbetsförmedlingen, you can get a booked meeting. First, Arbetsförmedlingen assesses what you need.
note-adaptations-sign-language = Some webinars on Arbetsförmedlingen Play are in sign language.
note-protected-identity = Do you have protected personal data (skyddade personuppgifter)? This means that your address and other information about you must be kept secret, for example because someone threatens you. Then do not use the forms of Arbetsförmedlingen (the Swedish Public Employment Service) on the web. In some errands you must send papers by post. Ask Arbetsförmedlingen what to do in your errand.
# Shown when the steps depend on reaching Arbetsförmedlingen by phone or chat. The figures are Arbetsförmedlingen's own, given to the Parliamentary Ombudsmen (Justitieombudsmannen, JO) for November 2023 to November 2024.
note-hard-to-reach = It can be hard to get through to Arbetsförmedlingen. Arbetsförmedlingen itself told the Parliamentary Ombudsmen (Justitieombudsmannen, JO) that almost half of the calls and nine in ten attempts to chat were not answered between November 2023 and November 2024. Can you not get through? Go to a service office. The staff there can help you get in touch with an employment officer.

## The place in the recommendation (domain/src/place.rs)

place-no-municipality = Do you want to know where the nearest place is? Go back and choose your municipality.
# $place (String) - where the service office is: the municipality, or a part of it; a proper name.
place-office-here = There is a service office in { $place }.
# $municipality (String) - the person's municipality; $count (Number) - how many service offices it has, 2 or more.
place-offices-here = There are { $count } service offices in { $municipality }. You see them further down, under Near you.
place-office-confirmed = A source from after 2021 says the office has opened.
place-office-listed-2021 = This comes from the report of Arbetsförmedlingen (the Swedish Public Employment Service) of 2021. No later source has confirmed it. See the opening hours on statenssc.se/besokservicekontor before you go.
place-office-fewer-days = The office is now open fewer days a week than before.
# $municipality (String) - the person's municipality; $precision (String) - day, month or none: how exact the date is; $date (String) - the last day open, or the month, in the reader's language.
place-office-closed =
    { $precision ->
        [day] The service office in { $municipality } closed on { $date }.
        [month] The service office in { $municipality } closed in { $date }.
       *[none] The service office in { $municipality } has closed.
    }
# $municipality (String) - the person's municipality; $precision (String) - day, month or none; $date (String) - when it is to close, in the reader's language.
place-office-closing =
    { $precision ->
        [day] The service office in { $municipality } is to close on { $date }. It may already be closed.
        [month] The service office in { $municipality } is to close in { $date }. It may already be closed.
       *[none] The service office in { $municipality } is to close. It may already be closed.
    }
# $municipality (String) - the person's municipality.
place-office-reopening = The service office in { $municipality } has closed. It is to open again, but we do not know when.
# $municipality (String) - the person's municipality.
place-office-planned-unconfirmed = A service office in { $municipality } was planned in 2021. We have found no source saying that it has opened. See statenssc.se/besokservicekontor.
# $municipality (String) - the person's municipality.
place-no-office = We know of no service office in { $municipality }.
place-check-finder = See the opening hours on statenssc.se/besokservicekontor before you go.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-office =
    { $names ->
        [both] The nearest service offices are in { $first } and { $second }, about { $km } km in a straight line.
       *[single] The nearest service office is in { $first }, about { $km } km in a straight line.
    }
# $place (String) - a place in the person's municipality, a proper name.
place-presence-fixed = Arbetsförmedlingen (the Swedish Public Employment Service) has an office with staff in { $place }. You can get a booked meeting there.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-travelled = Staff of Arbetsförmedlingen (the Swedish Public Employment Service) travel to { $place } for booked meetings.
# $place (String) - a place in the person's municipality, a proper name.
place-presence-collaboration = Arbetsförmedlingen (the Swedish Public Employment Service) holds booked meetings in { $place }, in premises the municipality or Statens servicecenter (the government’s service centres) also use.
place-presence-2021 = The facts about booked meetings come from the report of Arbetsförmedlingen (the Swedish Public Employment Service) of 2021. No later source has confirmed them.
# $municipality (String) - the person's municipality.
place-no-presence = According to the 2021 report, Arbetsförmedlingen (the Swedish Public Employment Service) holds no booked meetings in { $municipality }.
# $municipality (String) - the person's municipality.
place-presence-pending = According to the 2021 report, Arbetsförmedlingen (the Swedish Public Employment Service) was to start booked meetings in { $municipality }. We do not know if that has happened.
# $names (String) - both or single: whether a second place is named; $first (String) - the nearest municipality; $second (String) - a second one about as near, or empty; $km (Number) - straight-line distance to the first, a multiple of 5.
place-nearest-presence =
    { $names ->
        [both] The nearest booked meetings are in { $first } and { $second }, about { $km } km in a straight line.
       *[single] The nearest booked meetings are in { $first }, about { $km } km in a straight line.
    }
# $place (String) - where the service office is, a proper name.
step-visit-office-here = Go to the service office in { $place } when it suits you.
# $municipality (String) - the person's municipality.
step-visit-offices-here = Go to one of the service offices in { $municipality } when it suits you.
# $place (String) - the municipality with the nearest service office.
step-visit-office-nearest = Go to the nearest service office, in { $place }, when it suits you.
