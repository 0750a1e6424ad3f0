## Scenario: you are arrested or detained, and what your family can do.

arrested = If you are arrested

arrested--calm =
    .title = Stay calm. Do not resist.
    .body =
        Do not run. Do not fight or push.
        Do this even if you think the arrest is wrong.
        You can challenge it later with a lawyer.
        You have rights whatever your immigration status.

arrested--say =
    .title = Say this, then stay silent
    .body =
        Say these words calmly. Then stay silent.
        Never lie. Never show false papers.
        Lying to a federal agent is a crime. Staying silent is not.
    .line-silent = I will remain silent.
    .line-lawyer = I want to speak with a lawyer.
    .line-interpreter = I want an interpreter.
    .line-no-sign = I will not sign anything without a lawyer.

arrested--afraid =
    .title = If you are afraid to go back
    .body =
        In 2025 the government widened fast deportation with no court hearing (“expedited removal”).
        It is aimed at people who cannot show two years in the U.S. Courts are still deciding whether it is lawful.
        If you are afraid to return to your country, say so clearly. Then ask for a lawyer.
        Have you lived here two years or more? Tell your lawyer, and keep proof safe.
    .line-afraid = I am afraid to return to my country.
    .line-lawyer = I want to speak with a lawyer.

arrested--no-sign =
    .title = Do not sign anything
    .body =
        Do not sign any paper without a lawyer.
        Some papers give up your right to a hearing before a judge.
        Two of them are “voluntary departure” and “stipulated removal”.
        They can also stop you from coming back to the U.S.

arrested--numbers =
    .title = Phone numbers and names
    .body =
        Ask to call a lawyer and your family. A call is not promised.
        So learn their phone numbers by heart ahead of time.
        Make sure your family knows your A-number (the number on your immigration papers), if you have one.
        Write down or remember the officer’s name and badge number.

arrested--help =
    .title = What do you need now?
    .body = Family and friends can use this part too.
    .choice-find = Find someone who was detained
    .choice-lawyer = Get a free lawyer
    .choice-court = I have an immigration court date
    .choice-nypd = The police (NYPD) arrested me for a crime

arrested--find =
    .title = Find someone held by ICE
    .body =
        Use the ICE Online Detainee Locator: locator.ice.gov.
        It finds adults held by ICE.
        Search with their A-number and country of birth.
        Or search with their exact name and country of birth.

arrested--lawyer =
    .title = You may get a free lawyer
    .body =
        Are you detained, with a case in NYC immigration court?
        You may get a free lawyer.
        This is the New York Immigrant Family Unity Project.
        Call a legal help line to ask.

arrested--court =
    .title = If you have a court date
    .body =
        In 2025, ICE arrested people at NYC immigration courts.
        This was at 26 Federal Plaza, 201 Varick and 290 Broadway. Check with a lawyer what is happening now.
        New York’s Protect Our Courts Act covers state courts, not these federal ones.
        Do not skip your hearing. That can lead to a removal order (an order to leave the U.S.).
        Talk to a lawyer before your hearing.

arrested--nypd =
    .title = Arrested by the police for a crime
    .body =
        In a criminal case you get a defense lawyer, even if you cannot pay.
        Tell that lawyer your immigration status before you agree to any plea.
        A guilty plea can lead to deportation.
        City law limits when NYPD and city jails hold people for ICE. Ask your lawyer how it applies.

arrested--end =
    .title = What to remember
    .point-silent = Stay silent. Never lie.
    .point-lawyer = Ask for a lawyer and an interpreter.
    .point-afraid = Afraid to return to your country? Say so.
    .point-no-sign = Do not sign anything without a lawyer.
    .point-numbers = Know your lawyer’s and family’s numbers by heart.
    .point-hearing = Never skip an immigration court hearing.

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        Stress three steps: stay silent, ask for a lawyer, sign nothing without one.
        Stress that silence is lawful, but lying to a federal agent is a crime.
        A common mistake is signing a paper to get out faster.
        Explain that some papers give up the right to a hearing before a judge.
        Teach the words “I am afraid to return to my country.” Fast deportation without a hearing is in court now.
        A phone call is not promised. Ask the room: whose phone numbers do you know by heart?
        Arrested by NYPD for a crime? Tell the defense lawyer your status before any plea.
        Be honest: ICE arrested people at NYC immigration courts in 2025. Still, no one should skip a hearing. Talk to a lawyer first.

quiz-arrested--paper =
    .question = You are detained. An agent hands you a paper and says signing it will get you out faster.
    .answer-sign = Sign it so this ends sooner.
    .why-sign = Some papers give up your right to a hearing before a judge. Say you will not sign without a lawyer.
    .answer-read = Read it carefully, and sign if it looks fine.
    .why-read = Papers like “voluntary departure” can give up your hearing and stop you from coming back. Wait for a lawyer, even if it looks fine.
    .answer-refuse = Say “I will not sign anything without a lawyer.”
    .why-refuse = Some papers give up your right to a hearing. A lawyer can tell you what a paper means.

quiz-arrested--questions =
    .question = You are arrested. An agent asks where you were born and how you came here.
    .answer-lie = Say you were born in the U.S.
    .why-lie = Never lie or claim to be a U.S. citizen. Lying to a federal agent is a crime. Stay silent instead.
    .answer-silent = Say “I will remain silent. I want to speak with a lawyer.”
    .why-silent = You may stay silent, whatever your immigration status. Silence is lawful; lying is not.
    .answer-explain = Tell your whole story so they understand.
    .why-explain = You do not have to answer. Say “I will remain silent” and ask for a lawyer first.

quiz-arrested--grab =
    .question = Agents grab your arm to arrest you. You are sure they have the wrong person.
    .answer-pull-away = Pull your arm away and tell them they are wrong.
    .why-pull-away = Never resist, even if you think the arrest is wrong. A lawyer can challenge it later.
    .answer-run = Run when they look away.
    .why-run = Never run. Stay calm, stay silent and ask for a lawyer.
    .answer-argue = Argue with them until they listen.
    .why-argue = Arguing will not help now. Say “I will remain silent” and ask for a lawyer.
    .answer-calm = Stay calm, do not resist, and ask for a lawyer.
    .why-calm = Do not resist, even if you think the arrest is wrong. You can challenge it later with a lawyer.

quiz-arrested--court =
    .question = Your cousin has a hearing at the immigration court at 26 Federal Plaza. They are afraid ICE will be there.
    .answer-skip = Stay home and skip the hearing.
    .why-skip = Skipping a hearing can lead to a removal order (an order to leave the U.S.). Talk to a lawyer before the hearing instead.
    .answer-lawyer = Talk to a lawyer before the hearing, and do not skip it.
    .why-lawyer = Never skip a hearing. A lawyer can help your cousin plan before going.
    .answer-notario = Pay a “notario” to handle the hearing.
    .why-notario = In the U.S., a “notario” is not a lawyer. Call a legal help line, such as ActionNYC.
