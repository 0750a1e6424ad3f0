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
        If you are detained, you may call a lawyer and your family.
        So learn their numbers by heart.
        Do you have an A-number? It is on your immigration papers.
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
    .title = Two New York tools for caregivers
    .body =
        A Designation of Person in Parental Relation is a form.
        It lets your caregiver make school and medical choices. No court is needed.
        Standby guardianship is another tool. It goes through Family Court.
        Ask a lawyer which one fits your family.

family-plan--school =
    .title = Update the school blue card
    .body =
        Public schools keep an emergency contact card, called the “blue card”.
        You can list up to three emergency contacts on it.
        Add the adult you trust.

family-plan--papers =
    .title = Keep your papers safe
    .body =
        Make copies of important papers, such as birth certificates and immigration papers.
        Keep them in a safe place.
        Make sure someone you trust can reach them.

family-plan--lawyer =
    .title = Get real legal help
    .body =
        Talk to a lawyer before you apply, renew or travel.
        A DOJ-accredited representative can also help. The Justice Department approves them.
        Never go to a “notario”. In the U.S., a notario is not a lawyer.
        ActionNYC gives free, confidential legal help.

family-plan--end =
    .title = What to remember
    .point-numbers = Memorize key numbers. Make sure your family knows your A-number.
    .point-caregiver = Choose a trusted adult for your children.
    .point-blue-card = Add that adult to the school blue card.
    .point-papers = Keep copies of papers in a safe place someone trusted can reach.
    .point-notario = Get help from a lawyer, never a “notario”.
