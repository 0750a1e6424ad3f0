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

house-of-worship--say-point =
    .title = Point person: say this
    .body =
        Meet the agents calmly. Ask to see the warrant.
        Only a warrant signed by a judge lets them into private areas without consent.
        Then call your lawyer.
    .line-no-entry = I do not consent to your entry into the private areas.
    .line-show-warrant = Please show me the warrant.
    .line-lawyer = I want to speak with a lawyer.

house-of-worship--say-member =
    .title = If agents ask you questions
    .body =
        You can stay silent, whatever your immigration status.
        Do not lie. Never show false papers.
        Are you 18 or older with immigration papers? Show them if an agent asks.
        If you are free to go, leave calmly.
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
