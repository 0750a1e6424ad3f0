## Scenario: police or agents stop the car you are in.

car = In a car

car--pull-over =
    .title = Pull over safely
    .body =
        Stop in a safe place. Turn off the engine.
        Turn on the light inside the car.
        Open the window part of the way.
        Keep your hands where they can see them.

car--who =
    .title = Are you driving?
    .choice-driver = I am the driver
    .choice-passenger = I am a passenger

car--driver =
    .title = If you are the driver
    .body =
        Show your license, registration and insurance when they ask.
        Tell them before you reach for anything.
        Never show false papers. Never lie.
        You can stay silent about anything else.

car--passenger =
    .title = If you are a passenger
    .body =
        You can stay silent.
        Never show false papers. Never lie.
        18 or older, with registration papers such as a green card or I-94?
        Federal law says you must carry them.
        Lawyers advise: if an immigration agent asks for them, show them.

car--asks =
    .title = What are they doing now?
    .choice-search = They want to search the car
    .choice-get-out = They order me out of the car
    .choice-questions = They ask me questions
    .choice-arrest = They are arresting me

car--search =
    .title = If they want to search the car
    .body =
        You can say no to a search of the car or your things.
        Say it calmly and clearly.
        If they search anyway, do not resist. Do not block them.
        If you think your rights were broken, challenge it later with a lawyer.
    .line-no-consent = I do not consent to a search.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.

car--get-out =
    .title = If they order you out of the car
    .body =
        Officers can order you out of the car.
        Get out slowly and calmly. Do not resist.
        Tell them before you reach for anything, even your seat belt.
        You can still refuse a search.

car--stay-silent =
    .title = Say this, then stay silent
    .body = Say these words calmly. Then stay silent.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.
    .line-no-consent = I do not consent to a search.

car--end =
    .title = What to remember
    .point-pull-over = Pull over safely and keep your hands where they can see them.
    .point-driver = The driver shows license, registration and insurance.
    .point-passenger = Passengers can stay silent.
    .point-search = You can refuse a search. Never resist one.
    .point-never-lie = Never lie, and never show false papers.

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        Ask the room: “Who here drives for work, or rides with someone who does?”
        Stress the safe stop: engine off, inside light on, window part open, hands in view.
        Stress that the driver shows license, registration and insurance when asked.
        A common mistake: reaching for the glove box without saying so first.
        Stress that passengers can stay silent, and anyone can refuse a search.
        Remind the room: officers can order you out of the car. Never resist, never lie, never show false papers.

quiz-car--lights =
    .question = Police lights flash behind your car. What do you do?
    .answer-get-out = Stop and get out to talk to them.
    .why-get-out = Wait in the car with your hands where they can see them. They will tell you if they want you out.
    .answer-keep-driving = Keep driving until you get home.
    .why-keep-driving = Never try to get away. Pull over in a safe place and turn off the engine.
    .answer-stop-safe = Pull over safely, turn off the engine and keep your hands in view.
    .why-stop-safe = Also turn on the light inside and open the window part of the way.

quiz-car--license =
    .question = You are driving. The officer asks for your license and registration. What do you do?
    .answer-show = Say where the papers are, then hand them over slowly.
    .why-show = The driver shows license, registration and insurance when asked. Tell them before you reach for anything.
    .answer-other-license = Show a friend’s license instead of your own.
    .why-other-license = Never show false papers or someone else’s license. Never lie.
    .answer-refuse = Stay silent and show nothing.
    .why-refuse = You can stay silent about other things. But the driver shows license, registration and insurance when asked.

quiz-car--passenger =
    .question = You are a passenger. An agent asks you: “Where are you from?” What do you do?
    .answer-citizen = Say you are a U.S. citizen so they move on.
    .why-citizen = Never say you are a U.S. citizen if you are not. Lying to a federal agent is a crime.
    .answer-silent = Say “I will remain silent.”
    .why-silent = Passengers can stay silent. Staying silent is not a crime.
    .answer-false-name = Give them a different name.
    .why-false-name = Never lie or give a false name. You can stay silent instead.

quiz-car--search =
    .question = The officer says: “You don’t mind if I search the car, right?” What do you do?
    .answer-go-ahead = Say “Go ahead” to show you have nothing to hide.
    .why-go-ahead = That means you agree to a search. You can say: “I do not consent to a search.”
    .answer-lock = Lock the doors and refuse to get out.
    .why-lock = Never resist or block them. Officers can order you out of the car. Challenge it later with a lawyer.
    .answer-no-consent = Say calmly: “I do not consent to a search.”
    .why-no-consent = You can refuse a search of the car. If they search anyway, do not resist.
