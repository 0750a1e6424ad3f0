## Scenario: immigration agents come to your workplace.

work = Au travail

work--arrive =
    .title = Des agents viennent à votre travail
    .body =
        Restez calme. Ne vous enfuyez pas.
        Les agents peuvent entrer sans mandat dans les zones publiques d’une entreprise.
        Pour les zones privées, il faut un mandat signé par un juge, ou le consentement de l’employeur.
        Que se passe-t-il ?
    .choice-public = Ils sont dans une zone publique
    .choice-private = Ils veulent entrer dans une zone privée
    .choice-questioned = Ils me posent des questions
    .choice-paper = Ils montrent un papier

work--public =
    .title = Les zones publiques d’une entreprise
    .body =
        Une zone publique est un endroit où les clients peuvent aller.
        Par exemple, l’entrée ou la partie d’un magasin ouverte aux clients.
        Les agents peuvent y être sans mandat.
        Vous y gardez quand même vos droits.

work--private =
    .title = Les zones privées d’une entreprise
    .body =
        Les zones privées sont par exemple la salle de pause, la réserve et les espaces réservés au personnel.
        Pour y entrer, les agents ont besoin d’un mandat signé par un juge.
        Ou bien du consentement de l’employeur.
        Ne bloquez pas un agent et ne le poussez pas, même si vous pensez qu’il a tort.

work--employer =
    .title = L’employeur peut signaler les zones privées
    .body =
        Un employeur peut mettre des panneaux sur les zones privées.
        Par exemple : « Privé. Réservé au personnel. »
        Les panneaux montrent où les agents ont besoin d’un mandat de juge ou d’un consentement.

work--rights =
    .title = Ce que vous pouvez faire au travail
    .body =
        Vous pouvez garder le silence.
        Vous pouvez demander si vous êtes libre de partir.
        Vous pouvez refuser la fouille de vos affaires.
        Vous pouvez demander un interprète et un avocat.
        Dites-leur si vous avez des besoins médicaux ou des enfants à garder.

work--say =
    .title = Dites ceci, puis gardez le silence
    .body =
        Dites ces phrases calmement.
        S’ils disent que vous êtes libre de partir, partez calmement. Ne courez pas.
    .line-silent = Je vais garder le silence.
    .line-free = Suis-je libre de partir ?
    .line-no-consent = Je ne consens pas à la fouille.
    .line-interpreter = Je souhaite un interprète.
    .line-lawyer = Je souhaite parler à un avocat.

work--end =
    .title = À retenir
    .point-public = Les agents peuvent entrer sans mandat dans les zones publiques.
    .point-private = Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur.
    .point-silent = Vous pouvez garder le silence et refuser la fouille de vos affaires.
    .point-interpreter = Demandez un interprète et un avocat.
    .point-no-run = Ne vous enfuyez jamais, ne résistez jamais et ne mentez jamais.
