## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = At a city building

city-property--rule =
    .title = The rule for city buildings
    .body =
        A city law protects the private areas of city buildings.
        These include city hospitals, public schools, city shelters and city offices.
        It applies to agents from outside city government, such as ICE.
        They need a warrant signed by a judge to enter those areas.
        The only other ways in: city staff give permission, or there is an emergency.
        This law is the NYC Administrative Code, section 4-210. Executive Order 13 of 2026 repeats it.

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

city-property--shelter =
    .title = At a city shelter or office
    .body =
        Rooms, offices and staff-only areas are private areas.
        Agents need a judge’s warrant to enter them, unless staff give permission or there is an emergency.
        Lobbies and waiting rooms are public: agents may be there.
        Shelter staff ask about status only when a service needs it.

city-property--services =
    .title = Using city services
    .body =
        City workers ask about status only when needed to see if you qualify.
        They do not share it, except in a few narrow cases.
        Executive Order 13 bars sharing your private data with immigration agents.
        The only exception is when the law requires it.
        Each city agency names a privacy officer, who makes sure it protects your data.
        The order also set up a city team to respond to crises, and ordered NYPD, Correction and Probation to review their rules within 90 days.

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

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        Ask the room: “Can ICE go into a city hospital?” Listen before you answer.
        Stress the rule: private areas need a judge’s warrant, staff permission or an emergency.
        A common mistake: saying ICE “cannot enter” hospitals, schools or shelters. Public areas are not covered.
        Stress that city hospitals give care whatever your status, and schools do not ask about status.
        Be honest about limits: federal law stops the city from banning all sharing of status.
        Federal agencies can also demand data through legal steps, such as a court order.

quiz-city-property--friend-says =
    .question = A friend says: “ICE can’t come into city hospitals.” What do you tell them?
    .answer-agree = “That’s right. City hospitals are off limits to ICE.”
    .why-agree = That goes too far. Agents may be in public areas, like lobbies and waiting rooms.
    .answer-stay-away = “Still, stay away from hospitals, even when you are sick.”
    .why-stay-away = City hospitals give care whatever your immigration status. Do not skip care you need.
    .answer-private = “Private areas usually need a judge’s warrant. Lobbies are not covered.”
    .why-private = The city rule protects private areas. Public areas, like waiting rooms, are not covered.

quiz-city-property--school =
    .question = Your child goes to a NYC public school. You worry about who picks them up if you are detained. What do you do?
    .answer-blue-card = List up to three trusted adults on the school “blue card”.
    .why-blue-card = The blue card lets you name up to three emergency contacts. Talk to a lawyer about a full family plan.
    .answer-keep-home = Keep your child home from school.
    .why-keep-home = Schools do not ask about status, and principals may not consent to these agents coming in. Make a plan instead.
    .answer-tell-status = Tell the school your immigration status, so they can help.
    .why-tell-status = Schools do not ask about immigration status, and you do not need to share it. Use the blue card instead.

quiz-city-property--doctor =
    .question = You are sick, but you fear a city hospital will report your status. What do you do?
    .answer-skip = Stay home and hope it gets better.
    .why-skip = City hospitals give care whatever your status. Do not skip care you need.
    .answer-go = Go to NYC Health + Hospitals and get care.
    .why-go = Care there does not depend on your status. Records are shared only with your consent, or when the law requires it.
    .answer-false-name = Give a false name at the front desk.
    .why-false-name = Do not give a false name. Your care does not depend on your status.

quiz-city-property--bag =
    .question = Agents stop you in a city office lobby. They ask to look in your bag. What do you do?
    .answer-hand-over = Hand over your bag so it is over faster.
    .why-hand-over = That means you agree to a search. You have the same rights here. Say: “I do not consent to a search.”
    .answer-run = Run out of the building.
    .why-run = Never run, resist or block them. Stay calm and say you do not consent to a search.
    .answer-no-consent = Stay calm and say: “I do not consent to a search.”
    .why-no-consent = Your rights stay with you in city buildings. If they search anyway, do not resist.
