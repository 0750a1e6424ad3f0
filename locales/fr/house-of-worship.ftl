## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = Dans un lieu de culte

house-of-worship--role =
    .title = Un lieu de culte n’est pas interdit à l’ICE
    .body =
        Une église, une mosquée, une synagogue ou un temple n’est pas interdit à l’ICE.
        En janvier 2025, le DHS (le ministère dont dépend l’ICE) a mis fin à sa politique des « lieux sensibles ».
        Mais pour entrer dans les zones privées, il faut toujours un mandat signé par un juge, ou un consentement.
        Qui êtes-vous ?
    .choice-leader = J’aide à diriger un lieu de culte
    .choice-member = Je fais partie d’une communauté religieuse
    .choice-agents = Des agents sont là en ce moment

house-of-worship--plan =
    .title = Faites un plan avant toute visite
    .body =
        Décidez quelles zones sont privées, comme les bureaux et les pièces du fond.
        Vous pouvez signaler ces zones avec des panneaux.
        Pour y entrer, les agents ont besoin d’un mandat de juge ou d’un consentement.
        Désignez une personne responsable pour accueillir les agents.
        Cette personne demande le mandat et appelle votre avocat.

house-of-worship--guidance =
    .title = Informez-vous et parlez à un avocat
    .body =
        Le bureau du procureur général de l’État de New York a publié des consignes en février 2025.
        Elles concernent les lieux privés et les organismes à but non lucratif, comme les lieux de culte.
        Parlez de votre plan à un avocat.
        Ce guide n’est pas un avis juridique.

house-of-worship--member =
    .title = Si vous êtes membre
    .body =
        Votre lieu de culte n’est pas interdit aux agents.
        Demandez qui est la personne responsable dans votre communauté.
        Si des agents viennent, laissez cette personne leur parler.
        Vous gardez vos droits, quel que soit votre statut.

house-of-worship--agents-here =
    .title = Si des agents viennent
    .body =
        Restez calme. Ne vous enfuyez pas.
        Ne résistez pas et ne les bloquez pas, même si vous pensez qu’ils ont tort.
        Vous pourrez agir plus tard avec l’aide d’un avocat.
        Pour entrer dans les zones privées, il faut un mandat de juge ou un consentement.
    .choice-point-person = Je suis la personne responsable
    .choice-asked = Des agents me posent des questions
    .choice-warrant = Ils montrent un mandat

house-of-worship--say-point =
    .title = Personne responsable : dites ceci
    .body =
        Accueillez les agents calmement. Demandez à voir le mandat.
        Seul un mandat signé par un juge leur permet d’entrer dans les zones privées sans consentement.
        Ensuite, appelez votre avocat.
    .line-no-entry = Je ne consens pas à ce que vous entriez dans les zones privées.
    .line-show-warrant = Veuillez me montrer le mandat.
    .line-lawyer = Je souhaite parler à un avocat.

house-of-worship--say-member =
    .title = Si des agents vous posent des questions
    .body =
        Vous pouvez garder le silence, quel que soit votre statut d’immigration.
        Ne mentez pas. Ne montrez jamais de faux papiers.
        Avez-vous 18 ans ou plus, avec des papiers d’immigration ? Montrez-les si un agent les demande.
        Si vous êtes libre de partir, partez calmement.
    .line-free-to-go = Suis-je libre de partir ?
    .line-silent = Je vais garder le silence.
    .line-no-search = Je ne consens pas à la fouille.
    .line-lawyer = Je souhaite parler à un avocat.

house-of-worship--end =
    .title = À retenir
    .point-not-off-limits = Un lieu de culte n’est pas interdit à l’ICE.
    .point-private = Pour les zones privées, il faut un mandat de juge ou un consentement.
    .point-point-person = Désignez une personne responsable pour accueillir les agents et appeler l’avocat.
    .point-silent = Tout le monde peut garder le silence. Ne mentez jamais.
    .point-lawyer = Parlez de votre plan à un avocat.
