## Scenario: you are stopped on the street, on the subway or in another public place.

street = On the street or subway

street--stopped =
    .title = Ask if you are free to go
    .body =
        Stay calm. Do not run.
        Ask: “Am I free to go?”
        You have rights whatever your immigration status.
        What do they say or do?
    .choice-free = They say I am free to go
    .choice-not-free = They say I am not free to go
    .choice-search = They want to search me
    .choice-papers = They ask for my ID or papers

street--free-to-go =
    .title = If you are free to go
    .body =
        Walk away calmly. Do not run.
        You do not have to answer their questions.
        Later, write down what happened.

street--not-free =
    .title = If you are not free to go
    .body =
        Stay calm. Do not run or resist.
        Say these words. Then stay silent.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.

street--what-next =
    .title = What happens next?
    .choice-search = They want to search me
    .choice-papers = They ask for my ID or papers
    .choice-arrest = They are arresting me
    .choice-let-go = They let me go

street--search =
    .title = If they want to search you
    .body =
        You can say no to a search of you or your bag.
        If they suspect a weapon, they may pat down the outside of your clothes.
        Do not resist, even if you do not agree.
        If you think your rights were broken, challenge it later with a lawyer.
    .line-no-consent = I do not consent to a search.
    .line-silent = I will remain silent.

street--papers =
    .title = If they ask for ID or papers
    .body =
        New York law does not make you carry ID.
        But a federal law covers some people with immigration papers.
        Never show false papers. Never lie.
        Lying to a federal agent is a crime. Staying silent is not.
    .choice-have-papers = I am 18 or older and have papers
    .choice-no-papers = I do not have immigration papers

street--have-papers =
    .title = Carry your papers
    .body =
        Are you 18 or older, with immigration registration papers?
        These include a green card, an I-94 arrival record and a work permit.
        Since April 2025, also the proof of registration from Form G-325R.
        Federal law says you must carry them. A visa stamp alone is not one.
        Lawyers advise: if an immigration agent asks for them, show them.
        You can still stay silent and ask for a lawyer.

street--no-papers =
    .title = You can stay silent
    .body =
        You do not have to answer questions about your status.
        Do not carry or show papers from another country.
        Never show false papers.
        Never say you are a U.S. citizen if you are not.
        Afraid to return to your country? Say so, and ask for a lawyer.
        Say these words. Then stay silent.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.
    .line-afraid = I am afraid to return to my country.

street--end =
    .title = What to remember
    .point-free = Ask: “Am I free to go?” If yes, walk away calmly.
    .point-silent = You can stay silent. Never lie.
    .point-search = You can refuse a search. Never resist one.
    .point-papers = 18 or older with registration papers? Carry them.
    .point-no-run = Never run, and never show false papers.

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        Ask the room: “What is the first thing to ask if an officer stops you?”
        Stress the words “Am I free to go?” If the answer is yes, walk away calmly.
        A common mistake: running, or answering every question out of fear.
        Stress that you can say no to a search. If they suspect a weapon, they may pat down your outer clothes. Never resist.
        Be clear about papers: New York law does not make you carry ID.
        But people 18 or older must carry the registration papers they were given: a green card, an I-94, a work permit, or the G-325R proof. That is federal law.
        Showing them to an immigration agent who asks is advice, not the law.
        Stress: never lie, and never show false papers or papers from another country.

quiz-street--stopped =
    .question = Two agents stop you on the sidewalk and start asking questions. What do you do first?
    .answer-run = Run before they can ask more.
    .why-run = Never run. Stay calm and ask: “Am I free to go?”
    .answer-ask-free = Stay calm and ask: “Am I free to go?”
    .why-ask-free = If they say yes, walk away calmly. If they say no, stay silent and ask for a lawyer.
    .answer-answer = Answer all their questions so they leave you alone.
    .why-answer = You do not have to answer their questions. Ask if you are free to go. Then stay silent.

quiz-street--bag =
    .question = On the subway, an officer says: “Mind if I look in your bag?” What do you do?
    .answer-let-look = Say “OK” so it is over faster.
    .why-let-look = Saying OK means you agree to the search. You can say: “I do not consent to a search.”
    .answer-pull-away = Pull your bag away and hold it tight.
    .why-pull-away = Never resist, even if you do not agree. Say you do not consent. Challenge it later with a lawyer.
    .answer-no-consent = Say calmly: “I do not consent to a search.”
    .why-no-consent = You can refuse a search of you or your bag. If they search anyway, do not resist.

quiz-street--born =
    .question = You have no immigration papers. An agent asks: “Where were you born?” What do you do?
    .answer-silent = Say “I will remain silent” and ask for a lawyer.
    .why-silent = You do not have to answer questions about your status. Staying silent is not a crime.
    .answer-lie = Say you were born in New York.
    .why-lie = Never lie, and never say you are a U.S. citizen if you are not. Lying to a federal agent is a crime.
    .answer-foreign-id = Show the ID card from your home country.
    .why-foreign-id = Do not show papers from another country. Stay silent and ask for a lawyer instead.

quiz-street--green-card =
    .question = You are 20 and have your green card with you. An immigration agent asks for your papers. What do you do?
    .answer-left-home = Say you left it at home.
    .why-left-home = Never lie to an agent. Lying to a federal agent is a crime.
    .answer-show = Show your green card. You can still stay silent after that.
    .why-show = Federal law says people 18 or older with a green card must carry it. Lawyers advise showing it when an immigration agent asks.
    .answer-keep = Keep it in your wallet and stay silent.
    .why-keep = You can stay silent about other things. But federal law says you must carry your green card, and lawyers advise showing it when an immigration agent asks.
