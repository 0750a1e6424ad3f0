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
        Are you 18 or older, with a green card or a visa?
        Federal law says you must carry it.
        If an immigration agent asks for it, show it.

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
        If you think your rights were broken, fight it later with a lawyer.
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
