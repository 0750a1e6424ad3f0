## Scenario: check the paper they show you (the warrant checker).

warrant = Check a warrant

warrant--look =
    .title = Look at the top of the paper
    .body =
        Keep the door closed.
        Ask them to slide the paper under the door or hold it to a window.
        What does it say at the very top?
    .choice-dhs = “Department of Homeland Security”, or Form I-200 or I-205
    .choice-court = The name of a court
    .choice-not-sure = I am not sure

warrant--check =
    .title = Check the paper, one question at a time
    .body = Answer each question. If any answer is no or not sure, keep the door closed.
    .item-court = Does it name a court at the top? For example “United States District Court” or “Supreme Court of the State of New York”.
    .item-judge = Is it signed by a judge? Not by an ICE officer, and not by an immigration judge.
    .item-name-address = Does it have the right name and your exact address?
    .item-date = Is it still within its date limit?

warrant--ice-form =
    .title = This is an ICE form, not a judge’s warrant
    .body =
        Form I-200 or I-205 is an ICE paper.
        An ICE officer signs it, not a judge.
        By itself, it does not give them the right to enter your home.
        Keep the door closed.

warrant--disputed =
    .title = One point is disputed
    .body =
        A 2025 ICE memo says an I-205 with a final removal order allows entry into a home.
        In January 2026 a federal judge ruled one such entry unconstitutional.
        A lawsuit is still going on.
        Your steps stay the same: do not consent, do not resist, write down what happens, and call a lawyer.

warrant--not-judicial =
    .title = This is not a valid judge’s warrant
    .body =
        It failed at least one of the tests.
        A wrong name, a wrong address or an old date also means you do not have to open.
        Keep the door closed.
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
    .point-judge = Only a warrant signed by a judge lets them in without your consent.
    .point-ice-form = An ICE form (I-200 or I-205) is signed by an officer, not a judge.
    .point-check = Check the court, the judge’s signature, the name, the address and the date.
    .point-no-resist = Never block or resist an agent, even if the paper is wrong.
    .point-lawyer = Call a lawyer. Write down what happened.
