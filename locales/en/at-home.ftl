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
    .choice-police = They say they are police or probation
    .choice-landlord = My landlord threatens me about my status

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

at-home--police =
    .title = Check who they are
    .body =
        Agents may say they are police or probation officers.
        Or that they are looking for someone else.
        Keep the door closed.
        Ask for their names and badge numbers through the window or peephole.
        Ask them to hold their ID up to the window.
        On probation or parole with a search condition? You may have agreed to searches. Ask your lawyer.

at-home--waiting =
    .title = If they wait outside
    .body =
        Agents may wait outside, or come back later.
        If you must go out, step out and close the door behind you.
        Do not let anyone in as you leave.
        Call a lawyer or a hotline for help.

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
        Sometimes agents may come in without a warrant, such as in an emergency.
        If you think your rights were broken, challenge it later with a lawyer.
    .line-no-consent = I do not consent to this entry or search.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.
    .line-no-sign = I will not sign anything without a lawyer.

at-home--landlord =
    .title = If your landlord threatens you
    .body =
        A landlord may not harass or threaten you because of your immigration status.
        The NYC Human Rights Law forbids it.
        Write down what was said, and when.
        To complain, call 311 and ask for the NYC Commission on Human Rights.

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
    .point-judge = A warrant signed by a judge lets them in without your consent.
    .point-disputed = ICE claims some of its own forms let it enter too. Courts are deciding. Either way: keep the door closed, do not consent, do not resist, call a lawyer.
    .point-silent = You can stay silent. Never lie.
    .point-no-resist = Never resist or block an agent.
    .point-no-sign = Do not sign anything without a lawyer.

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        Ask the room: “Who has had a knock at the door they did not expect?”
        Stress that you can talk through a closed door. You do not have to open it.
        A common mistake: opening the door “just a little” to see the paper.
        Agents may say they are police or probation. Ask for names and badge numbers through the window.
        Stress that a warrant signed by a judge lets them in without consent.
        Be honest: a 2025 ICE memo claims some ICE forms allow home entry too. As of December 2026, courts are deciding.
        The steps stay the same. Do not consent or resist. Write it down. Call a lawyer.

quiz-at-home--knock =
    .question = Early in the morning, someone knocks hard and shouts “Police!” What do you do first?
    .answer-open = Open the door a little to see who it is.
    .why-open = Opening the door makes it easier for them to come in. Keep it closed and talk through it.
    .answer-run = Run out the back door.
    .why-run = Never run. Stay calm, keep the door closed and talk through it.
    .answer-talk = Keep the door closed and ask who they are and which agency.
    .why-talk = You can talk through a closed door. ICE agents sometimes say “police”, so ask which agency.

quiz-at-home--someone-else =
    .question = Agents at your door ask: “Where is your brother?” What do you do?
    .answer-silent = Say “I will remain silent.”
    .why-silent = You do not have to say where anyone is. Staying silent is not a crime.
    .answer-lie = Say he moved back to his home country.
    .why-lie = Never lie to an agent. Lying to a federal agent is a crime. Stay silent instead.
    .answer-tell = Tell them where he works, so they go away.
    .why-tell = You do not have to say where anyone is. You can stay silent instead.

quiz-at-home--forced =
    .question = Agents push the door open and walk in. What do you do?
    .answer-block = Stand in the doorway to stop them.
    .why-block = Never block or resist an agent, even if you think it is wrong. Challenge it later with a lawyer.
    .answer-say = Do not resist. Say: “I do not consent to this entry or search.”
    .why-say = Do not resist, but say clearly that you do not agree. Then stay silent and ask for a lawyer.
    .answer-explain = Answer all their questions so they leave faster.
    .why-explain = You do not have to answer. Say you will remain silent and want a lawyer.

quiz-at-home--after =
    .question = The agents have left. What do you do now?
    .answer-forget = Try to forget it and tell no one.
    .why-forget = Details fade fast. Write down what happened, then call a lawyer.
    .answer-post = Post your video online right away, with everyone’s faces.
    .why-post = Do not post the faces of people who were taken. Keep the original video safe and call a lawyer.
    .answer-write = Write down the date, time, agency, names and what was said.
    .why-write = Write it down as soon as you can. Keep photos and videos safe, then call a lawyer.
