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
        You may call a lawyer and your family.
        Learn their phone numbers by heart ahead of time.
        Make sure your family knows your A-number, if you have one.
        Write down or remember the officer’s name and badge number.

arrested--help =
    .title = What do you need now?
    .body = Family and friends can use this part too.
    .choice-find = Find someone who was detained
    .choice-lawyer = Get a free lawyer
    .choice-court = I have an immigration court date

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
        ICE arrested people at NYC immigration courts in 2025.
        This was at 26 Federal Plaza, 201 Varick and 290 Broadway.
        New York’s Protect Our Courts Act covers state courts, not these federal ones.
        Do not skip your hearing. That can lead to a removal order (an order to leave the U.S.).
        Talk to a lawyer before your hearing.

arrested--end =
    .title = What to remember
    .point-silent = Stay silent. Never lie.
    .point-lawyer = Ask for a lawyer and an interpreter.
    .point-no-sign = Do not sign anything without a lawyer.
    .point-numbers = Know your lawyer’s and family’s numbers by heart.
    .point-hearing = Never skip an immigration court hearing.
