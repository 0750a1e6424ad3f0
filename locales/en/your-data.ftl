## Scenario: your information and city services.

your-data = Your data and city services

your-data--services =
    .title = Using city services
    .body =
        City workers ask about immigration status only when a service needs it.
        For example, to check if you qualify.
        They do not share it, except in a few narrow cases.
        This comes from Executive Order 41 of 2003.
        The Identifying Information Law of 2017 also protects your information.

your-data--new-order =
    .title = The 2026 order on your data
    .body =
        In February 2026, the mayor signed Executive Order 13.
        City agencies may not share your private data with immigration agents.
        The only exception is where the law requires it.
        Each city agency names a privacy officer, who makes sure it protects your data.
        NYPD, Correction and Probation must also review their immigration rules within 90 days.

your-data--place =
    .title = Where are you going?
    .body = Pick a place to learn more.
    .choice-dmv = The DMV
    .choice-police = The police (NYPD)
    .choice-hospital = A city hospital
    .choice-other = Another city office

your-data--dmv =
    .title = At the DMV
    .body =
        New York’s Green Light Law protects your DMV records.
        The DMV does not share your data with immigration agents without a court order.
        Never give false papers.

your-data--police =
    .title = If you call the police
    .body =
        NYPD does not ask victims or witnesses about immigration status.
        You can report a crime.
        In an emergency, call 911.

your-data--hospital =
    .title = At NYC Health + Hospitals
    .body =
        You can get care whatever your immigration status.
        Your records are released only with your consent, or when the law requires it.
        An ICE officer’s signature alone does not force the hospital to release them.
        Agents need a judge’s warrant to enter non-public areas.
        The exceptions are an emergency, or when city staff allow it.

your-data--limits =
    .title = What the city cannot promise
    .body =
        A 1996 federal law says cities may not fully ban sharing immigration status.
        Federal agencies can also demand data through legal process, such as a court order.
        So these city rules protect you, but not in every case.
        Talk to a lawyer if you are worried.

your-data--end =
    .title = What to remember
    .point-status = City workers ask about status only when a service needs it.
    .point-sharing = City agencies do not share private data unless the law requires it.
    .point-dmv = The DMV needs a court order to share data with immigration agents.
    .point-police = NYPD does not ask victims or witnesses about status.
    .point-limits = Federal agencies can still demand data through legal process.

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        Stress that city workers ask about status only when a service needs it.
        Stress that people can keep using the city services they need.
        A common mistake is skipping a doctor or not reporting a crime out of fear.
        Ask the room: which city services does your family use?
        Be honest about the limits. A 1996 federal law and legal process, like a court order, still apply.
        Do not say the city can never share data. That promises too much.

quiz-your-data--hospital =
    .question = Your child is sick. You have no papers and fear a city hospital will report you.
    .answer-stay-home = Stay home and skip the doctor.
    .why-stay-home = NYC Health + Hospitals gives care whatever your status. Records go out only with your consent or when the law requires it.
    .answer-false-name = Go, but give a false name.
    .why-false-name = Give true information. Care at NYC Health + Hospitals does not depend on your status.
    .answer-go = Take your child to NYC Health + Hospitals for care.
    .why-go = Care does not depend on status. An ICE officer’s signature alone does not force the hospital to release records.

quiz-your-data--witness =
    .question = You saw a robbery on your street. You are afraid the police will ask about your status.
    .answer-report = Report it. NYPD does not ask witnesses about status.
    .why-report = NYPD does not ask victims or witnesses about immigration status. In an emergency, call 911.
    .answer-no-report = Say nothing, to stay safe.
    .why-no-report = NYPD does not ask victims or witnesses about status. You can report a crime.
    .answer-citizen = Report it, but say you are a citizen in case they ask.
    .why-citizen = Never claim to be a citizen if you are not. NYPD does not ask witnesses about status.

quiz-your-data--dmv =
    .question = You want a driver’s license. A friend says the DMV gives everything to ICE.
    .answer-avoid = Stay away from the DMV.
    .why-avoid = New York’s Green Light Law protects DMV records. The DMV needs a court order to share them with immigration agents.
    .answer-apply = Apply with your own true papers.
    .why-apply = The Green Light Law protects your DMV records. The DMV does not share them with immigration agents without a court order.
    .answer-false-papers = Apply with someone else’s papers, to be safe.
    .why-false-papers = Never use false papers or someone else’s papers. Apply with your own.

quiz-your-data--promise =
    .question = A friend says, “The new order means the city can never give my data to ICE.”
    .answer-agree = “Yes, the city can never share it.”
    .why-agree = That promises too much. Federal agencies can demand data through legal process, such as a court order.
    .answer-stop-services = “Then stop using city services, to be safe.”
    .why-stop-services = City rules limit what workers ask and share. Keep using the services you need.
    .answer-limits = “The city limits sharing, but it cannot promise it in every case.”
    .why-limits = Executive Order 13 bars sharing except where the law requires it. Federal agencies can still demand data through legal process.
