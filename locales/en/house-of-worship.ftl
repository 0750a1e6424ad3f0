## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = At a house of worship

house-of-worship--role =
    .title = A house of worship is not off limits
    .body =
        A church, mosque, synagogue or temple is not off limits to ICE.
        In January 2025, DHS (the department over ICE) ended its “sensitive locations” policy.
        But private areas still need a warrant signed by a judge, or consent.
        Who are you?
    .choice-leader = I help run a house of worship
    .choice-member = I am a member of a congregation
    .choice-agents = Agents are here now

house-of-worship--plan =
    .title = Make a plan before anyone comes
    .body =
        Decide which areas are private, such as offices and back rooms.
        You can mark these areas with signs.
        Agents need a judge’s warrant or consent to enter them.
        Name a point person to meet any agents.
        That person asks for the warrant and calls your lawyer.

house-of-worship--guidance =
    .title = Get guidance and talk to a lawyer
    .body =
        The New York Attorney General published guidance in February 2025.
        It is for private and nonprofit sites, such as houses of worship.
        Talk to a lawyer about your plan.
        This guide is not legal advice.

house-of-worship--member =
    .title = If you are a member
    .body =
        Your place of worship is not off limits to agents.
        Ask who your community’s point person is.
        If agents come, let the point person speak with them.
        You still have your rights, whatever your status.

house-of-worship--agents-here =
    .title = If agents come
    .body =
        Stay calm. Do not run.
        Do not resist or block them, even if you think they are wrong.
        You can challenge it later with a lawyer.
        Private areas need a judge’s warrant or consent to enter.
    .choice-point-person = I am the point person
    .choice-asked = Agents ask me questions
    .choice-warrant = They show a warrant

house-of-worship--paper =
    .title = Point person: check the paper
    .body =
        The point person reads the paper. Others let them do it.
        An ICE form says “Department of Homeland Security” at the top, and I-200 or I-205 at the bottom. A judge does not sign it.
        Answer each question. If any answer is no or not sure, do not treat it as a judge’s warrant.
    .item-court = Does it name a court at the top? For example “United States District Court”.
    .item-judge = Is it signed by a judge? Not by an ICE officer, and not by an immigration judge.
    .item-place = Does it name this house of worship and its address, and list the areas to search? A judge’s arrest warrant may name only a person: if so, answer “not sure”.
    .item-date = Is it still within its date limit?

house-of-worship--not-judicial =
    .title = Do not treat this as a judge’s warrant
    .body =
        Private areas still need a judge’s warrant or consent.
        The point person decides about consent for the community.
        Do not block a door or an agent. Call your lawyer.

house-of-worship--judicial =
    .title = It may be a judge’s warrant
    .body =
        If it is valid, agents may search the places it lists, and only those.
        Do not resist or block them.
        Everyone can still stay silent and ask for a lawyer.
        Call your lawyer.

house-of-worship--say-point =
    .title = Point person: say this
    .body =
        Meet the agents calmly. Ask to see the warrant.
        Private areas need a warrant signed by a judge, or consent, except in an emergency.
        Then call your lawyer.
    .line-no-entry = I do not consent to your entry into the private areas.
    .line-show-warrant = Please show me the warrant.
    .line-lawyer = I want to speak with a lawyer.

house-of-worship--say-member =
    .title = If agents ask you questions
    .body =
        You can stay silent, whatever your immigration status.
        Do not lie. Never show false papers.
        18 or older, with registration papers such as a green card? The law says carry them. If an immigration agent asks, lawyers advise showing them.
        If they say you are free to go, leave calmly.
    .line-free-to-go = Am I free to go?
    .line-silent = I will remain silent.
    .line-no-search = I do not consent to a search.
    .line-lawyer = I want to speak with a lawyer.

house-of-worship--end =
    .title = What to remember
    .point-not-off-limits = A house of worship is not off limits to ICE.
    .point-private = Private areas need a judge’s warrant or consent.
    .point-point-person = Name a point person to meet agents and call the lawyer.
    .point-silent = Everyone can stay silent. Never lie.
    .point-lawyer = Talk to a lawyer about your plan.

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        Stress that a house of worship is not off limits to ICE.
        DHS ended its “sensitive locations” policy in January 2025. Do not say otherwise.
        Stress that private areas still need a judge’s warrant or consent.
        A common mistake is crowding around agents or blocking a door. Never block an agent.
        Ask the room: who is our point person, and which rooms are private?
        Mention the Attorney General’s guidance of February 2025 for houses of worship.
        Be honest: this is not legal advice. Ask a lawyer to review your plan.

quiz-house-of-worship--off-limits =
    .question = A member says, “ICE can never come into a church.” What do you tell them?
    .answer-agree = “That’s right. A church is off limits to ICE.”
    .why-agree = That was an old policy. DHS ended it in January 2025. Do not tell people a church is off limits.
    .answer-services = “They cannot come in during a service.”
    .why-services = No policy keeps agents out, during a service or not. Plan for it, and mark your private areas.
    .answer-not-off-limits = “It is not off limits, but private areas need a judge’s warrant or consent.”
    .why-not-off-limits = DHS ended its “sensitive locations” policy in January 2025. Private areas still need a judge’s warrant or consent.

quiz-house-of-worship--who-speaks =
    .question = Agents walk into the lobby during a service. Several members rush over to them.
    .answer-block = Members stand in the doorway so the agents cannot go further.
    .why-block = Never block an agent, even if you think they are wrong. Let the point person speak, and challenge it later with a lawyer.
    .answer-point-person = The point person meets them, asks for the warrant and calls the lawyer.
    .why-point-person = One calm person speaks for the congregation. Everyone else can stay silent.
    .answer-everyone = Everyone answers the agents’ questions to show there is nothing to hide.
    .why-everyone = No one has to answer questions. Let the point person speak. Others can stay silent.

quiz-house-of-worship--office =
    .question = You are the point person. Agents want to go into the pastor’s office. They show no warrant.
    .answer-let-in = Let them in so things stay calm.
    .why-let-in = Letting them in is consent. Say “I do not consent to your entry into the private areas.”
    .answer-stand = Stand in front of the door so they cannot pass.
    .why-stand = Never block an agent with your body. Say you do not consent, then call your lawyer.
    .answer-no-consent = Say “I do not consent to your entry into the private areas.” Then call your lawyer.
    .why-no-consent = Private areas need a judge’s warrant or consent. If they go in anyway, do not block them.

quiz-house-of-worship--parking-lot =
    .question = You are leaving worship. In the parking lot, an agent asks where you were born.
    .answer-silent = Say “I will remain silent,” then ask “Am I free to go?”
    .why-silent = You can stay silent, whatever your status. If you are free to go, leave calmly.
    .answer-citizen = Say you are a U.S. citizen, even though you are not.
    .why-citizen = Never claim to be a citizen if you are not. Lying to a federal agent is a crime. Staying silent is not.
    .answer-run = Run back inside the building.
    .why-run = Never run. Stay calm, stay silent and ask if you are free to go.
