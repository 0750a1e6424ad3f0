## Scenario: immigration agents come to your workplace.

work = At work

work--arrive =
    .title = Agents come to your work
    .body =
        Stay calm. Do not run.
        Agents may enter public areas of a business without a warrant.
        Private areas need a warrant signed by a judge, or the employer’s consent.
        What is happening?
    .choice-public = They are in a public area
    .choice-private = They want to go into a private area
    .choice-questioned = They are asking me questions
    .choice-paper = They show a paper

work--public =
    .title = Public areas of a business
    .body =
        A public area is a place where customers can go.
        For example, a lobby or a store’s customer area.
        Agents can be there without a warrant.
        You still have your rights there.

work--private =
    .title = Private areas of a business
    .body =
        Private areas include break rooms, storage rooms and staff-only spaces.
        To enter them, agents need a warrant signed by a judge.
        Or they need the employer’s consent.
        Do not block or push an agent, even if you think they are wrong.

work--employer =
    .title = Employers can mark private areas
    .body =
        An employer can put signs on private areas.
        For example: “Private. Staff only.”
        Signs show where agents need a judge’s warrant or consent.

work--rights =
    .title = What you can do as a worker
    .body =
        You can stay silent.
        You can ask if you are free to leave.
        You can say no to a search of your things.
        You can ask for an interpreter and a lawyer.
        Tell them if you have medical needs or children to care for.

work--say =
    .title = Say this, then stay silent
    .body =
        Say these words calmly.
        If they say you are free to go, leave calmly. Do not run.
    .line-silent = I will remain silent.
    .line-free = Am I free to go?
    .line-no-consent = I do not consent to a search.
    .line-interpreter = I want an interpreter.
    .line-lawyer = I want to speak with a lawyer.

work--end =
    .title = What to remember
    .point-public = Agents can enter public areas without a warrant.
    .point-private = Private areas need a judge’s warrant or the employer’s consent.
    .point-silent = You can stay silent and refuse a search of your things.
    .point-interpreter = Ask for an interpreter and a lawyer.
    .point-no-run = Never run, resist or lie.
