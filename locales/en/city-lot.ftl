## Scenario: agents at a city parking lot or garage (Executive Order 13).

city-lot = At a city lot or garage

city-lot--rule =
    .title = The rule for city lots and garages
    .body =
        Executive Order 13 (February 2026) covers lots, parking lots and garages the city owns or runs.
        Agents from outside city government, such as ICE, may not use them as a base.
        That means: to gather, to process people, or to run operations.
        The only exception is a warrant signed by a judge.

city-lot--not-covered =
    .title = What the order does not do
    .body =
        It does not stop federal agents everywhere.
        Streets, sidewalks and other public areas stay open to them.
        It does not give you the right to stop them yourself.
        Never block, touch or argue with an agent.

city-lot--see =
    .title = What is happening?
    .choice-lot = I see agents using a city lot or garage
    .choice-stopped = Agents stop me on foot
    .choice-car = Agents stop my car

city-lot--what-to-do =
    .title = If you see it
    .body =
        Do not interfere. Keep a safe distance.
        Write down what you see: the place, the time, how many agents, vehicles and plates.
        You may film openly, from where you are safe. Film the agents, not the faces of people detained.
        No immigration status? Watching or filming puts you at personal risk. Write it down from further away.

city-lot--report =
    .title = Report it
    .body =
        Call a rapid-response hotline: the next screen lists them.
        Say where, when and what you saw.
        Do not post the faces of people who were detained.

city-lot--end =
    .title = What to remember
    .point-rule = City lots and garages may not be used as a base for ICE without a judge’s warrant.
    .point-public = Streets, sidewalks and public areas stay open to agents.
    .point-no-interfere = Never block or touch an agent. Keep a safe distance.
    .point-record = Write down or film openly what you see.
    .point-report = Report it to a rapid-response hotline.

## Workshop: presenter notes and practice quiz.

presenter-city-lot =
    .body =
        Explain the order’s new rule: no ICE base on city lots and garages without a judge’s warrant.
        Stress what it does not do: streets and public areas stay open, and no one may stop agents by force.
        Ask the room: which city lots or garages are near us?
        A common mistake is walking up to agents to tell them about the order. Keep your distance.
        Stress: write it down, film openly from a safe place, and report it.
        People without status can help from further away, by writing down what they saw.

quiz-city-lot--lot =
    .question = You see ICE vans gathering in a city parking garage. What do you do?
    .answer-block = Stand in front of the vans so they cannot leave.
    .why-block = Never block or touch an agent. The order does not give you the right to stop them.
    .answer-watch = Keep a safe distance, write down what you see, and report it.
    .why-watch = Stay back, write down the place, time and plates, and call a rapid-response hotline.
    .answer-ignore = Nothing: the order means it cannot be ICE.
    .why-ignore = The order says what agents may not do; it does not stop everyone. Write down what you see and report it.

quiz-city-lot--sidewalk =
    .question = Agents are on the sidewalk next to a city garage. Does the order cover them?
    .answer-covered = Yes: anywhere near a city garage is covered.
    .why-covered = No. Sidewalks and streets are public areas. The order covers city lots and garages.
    .answer-public = No: sidewalks and streets stay open to agents.
    .why-public = The order covers city lots and garages, not public areas.
    .answer-never = Agents may never be near city property.
    .why-never = That overstates the order. Public areas stay open to agents.

quiz-city-lot--report =
    .question = You filmed agents using a city lot. What do you do with the video?
    .answer-post = Post it online right away, with every face.
    .why-post = Do not post the faces of people who were detained. Keep the original safe.
    .answer-report = Keep the original safe and tell a rapid-response hotline what you saw.
    .why-report = Back up the file, and report where, when and what you saw.
    .answer-confront = Show it to the agents so they leave.
    .why-confront = Never confront agents. Keep your distance, and report what you saw.
