## Scenario: check the paper they show you (the warrant checker).

warrant = Check a warrant

warrant--look =
    .title = Look at the top of the paper
    .body =
        Keep the door closed.
        Ask them to slide the paper under the door or hold it to a window.
        An ICE form says “Department of Homeland Security” at the top.
        Its title is “Warrant for Arrest of Alien” (Form I-200) or “Warrant of Removal/Deportation” (Form I-205).
        The form number is printed at the bottom.
        What does your paper say at the very top?
    .choice-dhs = “Department of Homeland Security”, or Form I-200 or I-205
    .choice-court = The name of a court
    .choice-not-sure = I am not sure

warrant--check =
    .title = Check the paper, one question at a time
    .body = Answer each question. If any answer is no or not sure, keep the door closed.
    .item-court = Does it name a court at the top? For example “United States District Court” or “Supreme Court of the State of New York”.
    .item-judge = Is it signed by a judge? Not by an ICE officer, and not by an immigration judge.
    .item-name-address = Does it have the right name, and your exact address? A judge’s arrest warrant may list no address: if so, answer “not sure”.
    .item-date = Is it still within its date limit?

warrant--ice-form =
    .title = This is an ICE form, not a judge’s warrant
    .body =
        Form I-200 or I-205 is an ICE paper.
        An ICE officer signs it, not a judge.
        Long-standing guidance says it does not, by itself, let them enter your home.
        Keep the door closed.

warrant--disputed =
    .title = One point is disputed
    .body =
        A 2025 ICE memo says an I-205 with a final removal order allows entry into a home.
        In January 2026 a federal judge ruled one such entry unconstitutional.
        As of December 2026, courts are still deciding.
        Emergencies can also allow entry without a warrant.
        Your steps stay the same: keep the door closed, do not consent, do not resist, write down what happens, and call a lawyer.

warrant--not-judicial =
    .title = Do not treat this as a judge’s warrant
    .body =
        At least one answer was no or not sure.
        So do not treat this paper as a warrant signed by a judge.
        A wrong name, a wrong address or an old date also means you do not have to open.
        Keep the door closed. Call a lawyer.
        Never block an agent with your body.

warrant--say-no =
    .title = Say this through the door
    .line-no-entry = I do not consent to your entry.
    .line-slide = Please slide the warrant under the door.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.

warrant--judicial =
    .title = It may be a judge’s warrant
    .body =
        If it is valid, they can come in, but only as the warrant says.
        Do not resist or block them.
        You still have the right to stay silent.
        Ask for a lawyer. Watch what they search, from where they tell you to stay.
        Do not agree to any search the warrant does not list.

warrant--say-yes =
    .title = You can still say this
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.
    .line-no-sign = I will not sign anything without a lawyer.

warrant--end =
    .title = What to remember
    .point-judge = A warrant signed by a judge lets them in without your consent.
    .point-ice-form = An ICE form (I-200 or I-205) is signed by an officer, not a judge.
    .point-disputed = ICE claims some of its own forms let it enter a home. Courts are deciding. Keep the door closed and do not consent.
    .point-check = Check the court, the judge’s signature, the name, the address and the date.
    .point-no-resist = Never block or resist an agent, even if the paper is wrong.
    .point-lawyer = Call a lawyer. Write down what happened.

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        Ask the room: “If a paper says ‘Warrant’, does that mean a judge signed it?”
        A common mistake: trusting the word “Warrant”. ICE forms I-200 and I-205 use it too.
        Show what an ICE form looks like: “Department of Homeland Security” at the top, “Alien” in the title, the form number at the bottom.
        Stress the four checks: court, judge’s signature, right name and address, date.
        Stress that an immigration judge does not count as the judge on this list.
        Be honest: a 2025 ICE memo claims an I-205 with a removal order allows home entry.
        A judge ruled one such entry unconstitutional; as of December 2026, courts are deciding. The steps stay the same.
        Stress: even if the paper is wrong, never block or resist an agent.

quiz-warrant--dhs =
    .question = Agents slide a paper under the door. At the top it says “Department of Homeland Security”. What does that tell you?
    .answer-must-open = It is a warrant, so you must open the door.
    .why-must-open = A DHS paper is an ICE form, not a judge’s warrant. By itself, it does not give them the right to enter your home.
    .answer-ice-form = It is an ICE form, not a warrant signed by a judge.
    .why-ice-form = Forms like I-200 and I-205 are signed by an ICE officer. Keep the door closed.
    .answer-hand-back = Open the door to hand it back and explain.
    .why-hand-back = Opening the door makes it easier for them to come in. Keep it closed and talk through it.

quiz-warrant--immigration-judge =
    .question = The paper is signed by an “Immigration Judge”. What do you do?
    .answer-yes = A judge signed it, so open the door.
    .why-yes = An immigration judge does not count here. The paper must name a court and be signed by a judge or magistrate.
    .answer-let-in = Let them in so they can explain what it means.
    .why-let-in = If you let them in, that can count as your consent. Keep the door closed and call a lawyer.
    .answer-no = Keep the door closed. Say: “I do not consent to your entry.”
    .why-no = An immigration judge is not the kind of judge this check needs. Keep the door closed.

quiz-warrant--wrong-address =
    .question = The paper names a court and a judge signed it. But the address is not yours. What do you do?
    .answer-no-entry = Keep the door closed. Say: “I do not consent to your entry.”
    .why-no-entry = A wrong name, wrong address or old date means you do not have to open. Call a lawyer.
    .answer-open = Open the door, since a judge signed it.
    .why-open = The warrant must have the right name and your exact address. If it does not, you do not have to open.
    .answer-block = Stand in the doorway so they cannot come in.
    .why-block = Never block an agent with your body, even if the paper is wrong. Say you do not consent, and call a lawyer.

quiz-warrant--valid =
    .question = The paper passes every check. It is a judge’s warrant, and the agents come in. What do you do?
    .answer-explain = Answer all their questions to show you have nothing to hide.
    .why-explain = Even with a valid warrant, you can stay silent. Say “I will remain silent” and ask for a lawyer.
    .answer-search-all = Tell them they can search anywhere they want.
    .why-search-all = They may search only what the warrant lists. Do not agree to any other search.
    .answer-silent = Do not resist. Stay silent and ask for a lawyer.
    .why-silent = A valid warrant lets them in, but only as it says. You still have the right to stay silent.
