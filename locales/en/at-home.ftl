## Scenario: someone knocks at your home.

at-home = Someone is at my door

at-home--door =
    .title = Do not open the door
    .body =
        Stay calm. Keep the door closed.
        Talk through the door.
        Ask: “Who are you? Which agency are you from?”
        ICE agents sometimes say they are “police”.
        Opening the door does not mean you agree.
        But it makes it easier for them to come in.
    .choice-warrant = They say they have a warrant
    .choice-no-warrant = They have no warrant
    .choice-someone-else = They ask about someone else
    .choice-forced = They are coming in anyway

at-home--ask-warrant =
    .title = Ask to see the warrant
    .body =
        Do not open the door to get it.
        Ask them to slide it under the door.
        Or ask them to hold it up to a window.
        Then check it, one question at a time.
    .choice-check = Check the paper with me
    .choice-will-not-show = They will not show it

at-home--no-warrant =
    .title = Keep the door closed and say this
    .body =
        Without a warrant signed by a judge, you do not have to let them in.
        Say these words through the door. Then stay silent.
    .line-no-entry = I do not consent to your entry.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.

at-home--someone-else =
    .title = They ask about someone else
    .body =
        You do not have to say where anyone is.
        You can stay silent.
        Do not lie. Lying to a federal agent is a crime.
        Staying silent is not a crime.

at-home--forced =
    .title = If they come in anyway
    .body =
        Do not resist. Do not block them. Do not run.
        Say these words out loud, calmly.
        Sometimes the law lets agents in without a warrant, such as in an emergency.
        If you think your rights were broken, fight it later with a lawyer.
    .line-no-consent = I do not consent to this entry or search.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.
    .line-no-sign = I will not sign anything without a lawyer.

at-home--document =
    .title = Afterwards, write it all down
    .body =
        Write down what happened as soon as you can.
        The date, the time and the place.
        The agency, names and badge numbers.
        What they said, and what papers they showed.
        What they took, and where they took anyone.
        Keep photos and videos safe. Then call a lawyer.

at-home--end =
    .title = What to remember
    .point-door = Do not open the door. Talk through it.
    .point-judge = Only a warrant signed by a judge lets them in without your consent.
    .point-silent = You can stay silent. Never lie.
    .point-no-resist = Never resist or block an agent.
    .point-no-sign = Do not sign anything without a lawyer.
