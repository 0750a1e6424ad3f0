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
        The agency (ICE, HSI, CBP or NYPD), names and badge numbers.
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
    .point-backup = Back up the file and write down what you saw.
    .point-secret = Secretly recording other people’s private talks is a crime.
