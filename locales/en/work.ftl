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
    .choice-audit = The employer got a Notice of Inspection

work--paper =
    .title = Check the paper they show
    .body =
        The owner or a manager reads the paper, not every worker.
        An ICE form says “Department of Homeland Security” at the top, and I-200 or I-205 at the bottom. A judge does not sign it.
        Answer each question. If any answer is no or not sure, do not treat it as a judge’s warrant.
    .item-court = Does it name a court at the top? For example “United States District Court”.
    .item-judge = Is it signed by a judge? Not by an ICE officer, and not by an immigration judge.
    .item-place = Does it name this business and its address, and list the areas to search? A judge’s arrest warrant may name only a person: if so, answer “not sure”.
    .item-date = Is it still within its date limit?

work--not-judicial =
    .title = Do not treat this as a judge’s warrant
    .body =
        Private areas still need a judge’s warrant or the employer’s consent.
        The owner or manager decides about consent. Workers do not have to give it.
        The manager can say: “I do not consent to a search of the private areas.”
        Do not block or push an agent. Call the business’s lawyer.

work--judicial =
    .title = It may be a judge’s warrant
    .body =
        If it is valid, agents may search the places it lists, and only those.
        Do not resist or block them.
        Workers can still stay silent and ask for a lawyer.
        The manager should call the business’s lawyer.

work--audit =
    .title = A Notice of Inspection (I-9 audit)
    .body =
        An I-9 audit starts with a paper called a Notice of Inspection.
        It tells the employer to show the workers’ I-9 forms, usually within three business days.
        It is a check of papers. It is not a raid and not a warrant to enter.
        Talk to a lawyer or a worker center before you sign or show anything.

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
    .title = What you can do at work
    .body =
        You can stay silent.
        Ask: “Am I free to go?”
        You can say no to a search of your things.
        Ask for an interpreter and a lawyer.
        Tell them if you have medical needs or children to care for.

work--labor =
    .title = Your rights as a worker
    .body =
        Whatever your immigration status, you have rights at work.
        You have the right to be paid for your work, and to a safe workplace.
        You can join with coworkers to ask for better conditions.
        Punishing you for using these rights is illegal.

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
    .point-labor = Whatever your status, you have rights to pay and safety at work.
    .point-no-run = Never run, resist or lie.

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        Ask the room: “Which parts of your workplace can customers walk into?”
        Stress that agents may enter public areas of a business without a warrant.
        Private areas need a judge’s warrant or the employer’s consent.
        A common mistake: running for the back door when agents arrive.
        Stress that workers can stay silent, ask to leave, and refuse a search of their things.
        Remind workers to mention medical needs or children they care for.
        Employers can mark private areas with signs, and should talk to a lawyer about a plan.

quiz-work--customer-area =
    .question = Agents walk into the customer area of the restaurant where you work. What do you do?
    .answer-run = Run out the back door.
    .why-run = Never run. Stay calm. You still have your rights.
    .answer-calm = Stay calm. You can stay silent and ask if you are free to go.
    .why-calm = Agents may enter public areas without a warrant. You still have your rights there.
    .answer-block = Stand at the door and tell them they cannot come in.
    .why-block = Agents may enter public areas without a warrant. Never block or push an agent.

quiz-work--break-room =
    .question = An agent wants to go into the staff-only break room. Your manager is not there. What do you do?
    .answer-open-door = Open the break room door for them.
    .why-open-door = Private areas need a judge’s warrant or the employer’s consent. Ask for a warrant, and tell your employer.
    .answer-block = Stand in front of the door to keep them out.
    .why-block = Never block or push an agent, even if you think they are wrong. Challenge it later with a lawyer.
    .answer-ask = Do not open it. Ask for a warrant signed by a judge, and tell your employer.
    .why-ask = Private areas need a judge’s warrant or the employer’s consent. If they go in anyway, do not block them.

quiz-work--status =
    .question = At your workstation, an agent asks: “Are you here legally?” What do you do?
    .answer-silent = Say “I will remain silent.” Then ask: “Am I free to go?”
    .why-silent = You can stay silent. If they say you are free to go, leave calmly.
    .answer-lie = Say yes, even if it is not true.
    .why-lie = Never lie. Lying to a federal agent is a crime. Staying silent is not.
    .answer-false-papers = Show a work card that is not really yours.
    .why-false-papers = Never show false papers. Stay silent and ask for a lawyer.

quiz-work--child =
    .question = Agents say you cannot leave. Your child is waiting for you at school. What do you do?
    .answer-sign = Sign the paper they hand you, so you can go faster.
    .why-sign = Do not sign anything without a lawyer. Some papers can give up your right to a hearing.
    .answer-tell = Tell them you have a child to pick up, and ask for a lawyer.
    .why-tell = Tell them about children you care for or medical needs. Then stay silent and ask for a lawyer.
    .answer-run = Slip out a side door to get your child.
    .why-run = Never run. Tell them about your child. A family plan can name a trusted adult for pickup.
