## Scenario: documenting and recording what happens.

recording = Recording what happens

recording--rights =
    .title = Your right to record
    .body =
        New York law lets you record law enforcement if you are not under arrest.
        You can also take notes, and keep what you record.
        This law (Civil Rights Law 79-p) does not let you interfere.
        It is not settled if it covers federal agents, such as ICE.
        Filming in public is widely seen as a free speech right.
        But the federal appeals court for New York has not ruled on it.

recording--situation =
    .title = What do you need?
    .body = Pick the one that fits you now.
    .choice-film = I want to film agents
    .choice-sound = Can I record sound?
    .choice-phone = An agent wants my phone
    .choice-after = It is over. What now?

recording--film-safely =
    .title = Film openly, from a safe distance
    .body =
        Hold your phone where agents can see it.
        Keep a safe distance. Do not get in their way.
        If an agent tells you to step back, step back. Keep filming.
        Film the agents, not the faces of people being detained.
        Do not livestream anyone’s face.
        No immigration status? Watching or filming puts you at personal risk. You can help by writing down what you saw, from further away.

recording--sound =
    .title = Recording sound
    .body =
        You may record a talk that you are part of.
        In New York, only one person in the talk needs to agree.
        Secretly recording other people’s private talks is a crime.
        So film openly, never in secret.

recording--phone =
    .title = If an agent demands your phone
    .body =
        Do not resist. Do not run.
        Say that you do not consent to a search.
        Do not unlock it, and do not hand it over unlocked.
        Lock your phone with a passcode. Face or fingerprint unlock is easier to force open, and courts differ on it.
        Then stay silent and ask for a lawyer.
    .line-no-search = I do not consent to a search of my phone.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.

recording--backup =
    .title = Back up your video
    .body =
        Back up the original file as soon as you can.
        Keep a copy in a second safe place.

recording--write-down =
    .title = Write down what you saw
    .body =
        Write it down as soon as you can: the date, the time and the place.
        The agency, names and badge numbers. The agency may be ICE, HSI (ICE’s investigators), CBP (Customs and Border Protection) or NYPD.
        How many agents. Uniforms or masks.
        Vehicles and plate numbers.
        Papers they showed, and what was said.
        Any force or damage. Where they took the person.

recording--witnesses =
    .title = Ask witnesses first
    .body =
        Other people may have seen it too.
        Ask them before you write down their name or phone number.
        Only write it down if they agree.

recording--end =
    .title = What to remember
    .point-openly = Film openly, from a safe distance.
    .point-step-back = Never interfere. Step back when you are told.
    .point-agents = Film the agents, not the faces of people detained.
    .point-phone = Lock your phone with a passcode. Do not unlock it for a search.
    .point-backup = Back up the file and write down what you saw.
    .point-secret = Secretly recording other people’s private talks is a crime.

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        Stress: film openly, from a safe distance. Never interfere.
        Stress: film the agents, not the faces of people being detained. Do not livestream faces.
        A common mistake is arguing when told to step back. Step back and keep filming.
        Ask the room: where would you back up a video right away?
        Be honest: New York law protects recording police. It is not settled if it covers ICE.
        Filming in public is widely seen as a free speech right. The appeals court for New York has not ruled.
        Remind the room that secretly recording other people’s private talks is a crime.

quiz-recording--step-back =
    .question = You are filming ICE agents on the sidewalk. An agent tells you to step back.
    .answer-stay = Stay where you are, because you have a right to film.
    .why-stay = The right to record does not let you interfere. Step back and keep filming.
    .answer-step-back = Step back and keep filming.
    .why-step-back = Keep a safe distance and stay out of their way. You can keep filming.
    .answer-stop = Stop filming and put your phone away.
    .why-stop = Stepping back is enough. Keep filming openly from a safe distance.

quiz-recording--faces =
    .question = You are filming agents as they detain your neighbor. A friend says, “Livestream it so everyone sees.”
    .answer-livestream = Go live, with your neighbor’s face on screen.
    .why-livestream = Do not livestream anyone’s face. Film the agents, and back up the file later.
    .answer-close-up = Move in close to get your neighbor’s face clearly.
    .why-close-up = Moving close can get in the agents’ way. Keep a safe distance and film the agents instead.
    .answer-agents = Film the agents from a safe distance, not your neighbor’s face.
    .why-agents = Film the agents and what they do. Do not film the faces of people being detained.

quiz-recording--phone =
    .question = An agent says, “Give me your phone,” and reaches for it.
    .answer-unlock = Unlock it and hand it over to show you have nothing to hide.
    .why-unlock = Unlocking it for them is like agreeing to a search. Say “I do not consent to a search of my phone.”
    .answer-hold = Hold on tight and pull it away.
    .why-hold = Never resist. Say you do not consent to a search, then stay silent.
    .answer-run = Run so they cannot take your video.
    .why-run = Never run. Stay calm and say you do not consent to a search.
    .answer-no-consent = Do not resist. Say “I do not consent to a search of my phone.”
    .why-no-consent = Do not resist, but do not agree to a search. Then stay silent and ask for a lawyer.

quiz-recording--sound =
    .question = Two agents step aside to talk in private. You want to record what they say.
    .answer-openly = Film openly from a safe distance, with your phone in view.
    .why-openly = Film openly, where agents can see your phone. Never record in secret.
    .answer-hide = Hide your phone nearby to catch their private talk.
    .why-hide = Secretly recording other people’s private talks is a crime. Film openly instead.
    .answer-close = Walk up close so your phone picks up their words.
    .why-close = Getting close can get in their way. Keep a safe distance and film openly.
