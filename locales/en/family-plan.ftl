## Scenario: make a family safety plan before anything happens.

family-plan = Make a family plan

family-plan--why =
    .title = Make a plan now
    .body =
        A plan helps your family if someone is detained.
        Make it now, while things are calm.
        This guide is not legal advice.
    .choice-start = Start my family plan
    .choice-detained = Someone was just detained

family-plan--numbers =
    .title = Memorize key phone numbers
    .body =
        If you are detained, ask to call a lawyer and your family. A call is not promised.
        So learn their numbers by heart.
        Do you have an A-number? It is the number on your immigration papers.
        Make sure your family knows it.
        It helps them find you and your court date.

family-plan--children =
    .title = Do you have children?
    .body = Plan who will care for them if you cannot.
    .choice-yes = Yes, I have children
    .choice-no = No

family-plan--caregiver =
    .title = Pick a trusted adult
    .body =
        Choose an adult you trust to care for your children if you cannot.
        Talk with that adult about your plan.
        Give them copies of your children’s birth certificates.
        Give them each parent’s name and contact details.

family-plan--legal-tools =
    .title = A form for school and doctors
    .body =
        New York has a form called a Designation of Person in Parental Relation.
        With it, a parent names an adult to make school and medical choices for a child.
        No court is needed. It lasts a limited time, and you can cancel it.
        It does not give custody, and it does not take away your rights as a parent.
        Some parts must be signed before a notary public. Ask a lawyer which.

family-plan--standby =
    .title = Standby guardianship
    .body =
        A standby guardian is an adult who can take over care if you cannot.
        In New York you can name one in writing, before two witnesses.
        Since 2018 it can start if you are arrested, detained or deported by immigration.
        A court petition must follow soon after, in Surrogate’s or Family Court.
        Ask a lawyer to help you set it up.

family-plan--school =
    .title = Update the school blue card
    .body =
        Public schools keep an emergency contact card, called the “blue card”.
        You can list up to three emergency contacts on it.
        Add the adult you trust.

family-plan--money =
    .title = Money, passports and health
    .body =
        Think about who could pay rent and bills if you cannot.
        A financial power of attorney lets a person you trust act for you.
        Decide who can reach your bank accounts.
        Keep passports and birth certificates where that person can find them.
        Write down each family member’s medicines, allergies and doctors.

family-plan--papers =
    .title = Keep your papers safe
    .body =
        Make copies of important papers, such as birth certificates and immigration papers.
        Keep proof of how long you have lived here: leases, pay stubs, school, medical or tax records.
        Two years or more may matter in court. Ask a lawyer whether to carry proof.
        Keep everything in a safe place, with a copy at a trusted person’s home.

family-plan--lawyer =
    .title = Get real legal help
    .body =
        Talk to a lawyer before you apply, renew or travel.
        A DOJ-accredited representative can also help. The Justice Department approves them.
        A “notario” who sells immigration advice is a scam. In the U.S., a “notario” is not a lawyer.
        A notary public only witnesses signatures. A notary is not a lawyer either.
        ActionNYC gives free, confidential legal help.

family-plan--end =
    .title = What to remember
    .point-numbers = Memorize key numbers. Make sure your family knows your A-number.
    .point-caregiver = Choose a trusted adult for your children, and ask a lawyer about the forms.
    .point-blue-card = Add that adult to the school blue card.
    .point-papers = Keep copies of papers and proof of your time here in a safe place.
    .point-notario = Get help from a lawyer, never a “notario”.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Stress that a plan is made now, while things are calm.
        Ask the room: whose number would you call first? Do you know it by heart? A call after an arrest is not promised.
        Stress the trusted adult for children, the school blue card, and who can pay bills.
        Explain the two New York forms: the parental designation (school and doctors) and standby guardianship.
        A common mistake is going to a “notario”. A “notario” is not a lawyer, and neither is a notary public.
        Be honest: which caregiver tool fits a family is a question for a lawyer.
        Remind the room that this guide is not legal advice. ActionNYC gives free help.

quiz-family-plan--numbers =
    .question = Your lawyer’s and family’s numbers are saved only in your phone.
    .answer-phone = Keep them in the phone. That is enough.
    .why-phone = If you are detained, you may not have your phone. Learn key numbers by heart.
    .answer-later = Wait and deal with it if something happens.
    .why-later = A plan works best when it is made in calm times. Learn the numbers now.
    .answer-memorize = Learn key numbers by heart, and tell your family your A-number.
    .why-memorize = If you are detained, ask to call a lawyer and your family; a call is not promised. Your A-number helps them find you.

quiz-family-plan--children =
    .question = You worry about who will pick up your children from school if you are detained.
    .answer-trusted = Choose a trusted adult, talk with them, and add them to the blue card.
    .why-trusted = The school blue card lists up to three emergency contacts. Give that adult copies of your children’s birth certificates.
    .answer-school = Trust the school to sort it out.
    .why-school = Plan now, so the school knows who to call. Choose a trusted adult and add them to the blue card.
    .answer-notario = Pay a “notario” to write custody papers.
    .why-notario = A “notario” is not a lawyer. Ask a lawyer about New York tools for caregivers.

quiz-family-plan--caregiver-tools =
    .question = The adult you trust may need to make school and medical choices for your child.
    .answer-nothing = Do nothing. Any adult you trust can decide.
    .why-nothing = Plan ahead with a legal tool. Ask a lawyer about a Designation of Person in Parental Relation.
    .answer-ask-lawyer = Ask a lawyer about a Designation of Person in Parental Relation or standby guardianship.
    .why-ask-lawyer = The Designation needs no court. Standby guardianship is named in writing, then a court (Surrogate’s or Family Court) confirms it. A lawyer can say which fits.
    .answer-your-id = Give them your ID so they can sign as you.
    .why-your-id = Never use someone else’s papers or sign as someone else. Use a legal tool, with a lawyer’s help.

quiz-family-plan--notario =
    .question = You need to renew your papers. A “notario” offers to file them fast, for a fee.
    .answer-pay = Pay the “notario” to file for you.
    .why-pay = In the U.S., a “notario” is not a lawyer. Get help from a lawyer or a DOJ-accredited representative.
    .answer-check = Fill in the forms yourself, then have the “notario” check them.
    .why-check = A “notario” is not a lawyer, so their check is not legal help. Talk to a lawyer before you renew.
    .answer-lawyer = Talk to a lawyer or a DOJ-accredited representative first.
    .why-lawyer = Talk to one before you apply, renew or travel. ActionNYC gives free, confidential legal help.
