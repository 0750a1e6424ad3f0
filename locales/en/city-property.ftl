## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = At a city building

city-property--rule =
    .title = The rule for city buildings
    .body =
        A city law protects the private areas of city buildings.
        These include city hospitals, public schools, city shelters and city offices.
        It applies to agents from outside city government, such as ICE.
        They need a warrant signed by a judge to enter those areas.
        Without one, city staff must allow it, or there must be an emergency.
        This law is Admin Code 4-210. Executive Order 13 of 2026 repeats it.

city-property--public-areas =
    .title = Public areas are not covered
    .body =
        The rule does not cover public areas.
        For example, lobbies, waiting rooms, sidewalks, bus stops and playgrounds.
        Agents may be in these places.
        So ICE may still come to a city building.
        Your rights stay with you there.

city-property--where =
    .title = Where are you?
    .choice-hospital = At a city hospital
    .choice-school = At a public school
    .choice-other = At a shelter or a city office
    .choice-stopped = Agents stop me there

city-property--hospital =
    .title = At NYC Health + Hospitals
    .body =
        You can get care whatever your immigration status.
        Your records are shared only with your consent, or when the law requires it.
        A paper signed only by an ICE officer does not force them to share.

city-property--school =
    .title = At NYC public schools
    .body =
        The Department of Education does not consent to these agents coming in.
        Principals may not consent either. School lawyers check any warrant.
        Schools do not ask about immigration status.
        Parents can list up to three emergency contacts on the school “blue card”.

city-property--services =
    .title = Using city services
    .body =
        City workers ask about status only when needed to see if you qualify.
        They do not share it, except in a few narrow cases.
        Executive Order 13 bars sharing your private data with immigration agents.
        The only exception is when the law requires it.
        Each city agency has a privacy officer.

city-property--limit =
    .title = What city rules cannot do
    .body =
        These city rules have limits.
        A 1996 federal law stops the city from banning all sharing of status.
        Federal agencies can also demand data through legal steps, such as a court order.
        This guide is not legal advice. Ask a lawyer about your case.

city-property--say =
    .title = If agents stop you there
    .body =
        You have the same rights as anywhere else.
        Do not run, resist or block them.
        Say these words calmly. Then stay silent.
    .line-silent = I will remain silent.
    .line-no-consent = I do not consent to a search.
    .line-lawyer = I want to speak with a lawyer.

city-property--end =
    .title = What to remember
    .point-private = Private areas of city buildings usually need a judge’s warrant.
    .point-public = Public areas, like lobbies and waiting rooms, are not covered.
    .point-hospital = City hospitals give care whatever your status.
    .point-school = Public schools do not ask about immigration status.
    .point-rights = You can stay silent and refuse a search.
