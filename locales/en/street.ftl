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
        They may pat down your clothes to check for weapons.
        Do not resist, even if you do not agree.
        If you think your rights were broken, fight it later with a lawyer.
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
        Are you 18 or older, with a green card or a visa?
        Federal law says you must carry these papers with you.
        If an immigration agent asks for them, show them.
        You can still stay silent and ask for a lawyer.

street--no-papers =
    .title = You can stay silent
    .body =
        You do not have to answer questions about your status.
        Do not carry or show papers from another country.
        Never show false papers.
        Never say you are a U.S. citizen if you are not.
        Say these words. Then stay silent.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.

street--end =
    .title = What to remember
    .point-free = Ask: “Am I free to go?” If yes, walk away calmly.
    .point-silent = You can stay silent. Never lie.
    .point-search = You can refuse a search. Never resist one.
    .point-papers = If you are 18 or older and hold immigration papers, carry them.
    .point-no-run = Never run, and never show false papers.
