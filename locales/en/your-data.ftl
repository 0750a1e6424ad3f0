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
        Each city agency names a privacy officer.

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
