## Scenario: check the paper they show you (the warrant checker).

warrant = Vérifier un mandat

warrant--look =
    .title = Regardez le haut du papier
    .body =
        Gardez la porte fermée.
        Demandez-leur de glisser le papier sous la porte ou de le montrer contre une fenêtre.
        Qu’est-ce qui est écrit tout en haut ?
    .choice-dhs = « Department of Homeland Security » (ministère de la Sécurité intérieure), ou formulaire I-200 ou I-205
    .choice-court = Le nom d’un tribunal
    .choice-not-sure = Je ne sais pas

warrant--check =
    .title = Vérifiez le papier, une question à la fois
    .body = Répondez à chaque question. Si une réponse est non ou « je ne sais pas », gardez la porte fermée.
    .item-court = Le nom d’un tribunal est-il écrit en haut ? Par exemple « United States District Court » (tribunal fédéral de district) ou « Supreme Court of the State of New York » (tribunal de l’État de New York).
    .item-judge = Est-il signé par un juge ? Pas par un agent de l’ICE, ni par un juge de l’immigration.
    .item-name-address = Porte-t-il le bon nom et votre adresse exacte ?
    .item-date = Est-il encore valable à la date d’aujourd’hui ?

warrant--ice-form =
    .title = C’est un formulaire de l’ICE, pas un mandat de juge
    .body =
        Le formulaire I-200 ou I-205 est un papier de l’ICE (Service de l’immigration et des douanes).
        Il est signé par un agent de l’ICE, pas par un juge.
        À lui seul, il ne leur donne pas le droit d’entrer chez vous.
        Gardez la porte fermée.

warrant--disputed =
    .title = Un point est contesté
    .body =
        Une note interne de l’ICE de 2025 dit qu’un I-205 avec une ordonnance de renvoi définitive permet d’entrer dans un domicile.
        En janvier 2026, un juge fédéral a déclaré une de ces entrées contraire à la Constitution.
        Un procès est toujours en cours.
        Ce que vous devez faire ne change pas : ne donnez pas votre consentement, ne résistez pas, notez ce qui se passe et appelez un avocat.

warrant--not-judicial =
    .title = Ce n’est pas un mandat de juge valable
    .body =
        Le papier ne remplit pas toutes les conditions.
        Un mauvais nom, une mauvaise adresse ou une date passée : dans ces cas aussi, vous n’avez pas à ouvrir.
        Gardez la porte fermée.
        Ne bloquez jamais un agent avec votre corps.

warrant--say-no =
    .title = Dites ceci à travers la porte
    .line-no-entry = Je ne consens pas à ce que vous entriez chez moi.
    .line-slide = Veuillez glisser le mandat sous la porte.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.

warrant--judicial =
    .title = C’est peut-être un mandat de juge
    .body =
        S’il est valable, ils peuvent entrer, mais seulement comme le mandat le permet.
        Ne résistez pas et ne les bloquez pas.
        Vous avez toujours le droit de garder le silence.
        Demandez un avocat. Regardez ce qu’ils fouillent, depuis l’endroit où ils vous disent de rester.
        N’acceptez aucune fouille que le mandat ne prévoit pas.

warrant--say-yes =
    .title = Vous pouvez quand même dire ceci
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-no-sign = Je ne signerai rien sans avocat.

warrant--end =
    .title = À retenir
    .point-judge = Seul un mandat signé par un juge leur permet d’entrer sans votre consentement.
    .point-ice-form = Un formulaire de l’ICE (I-200 ou I-205) est signé par un agent, pas par un juge.
    .point-check = Vérifiez le tribunal, la signature du juge, le nom, l’adresse et la date.
    .point-no-resist = Ne bloquez jamais un agent et ne lui résistez jamais, même si le papier n’est pas valable.
    .point-lawyer = Appelez un avocat. Notez ce qui s’est passé.
