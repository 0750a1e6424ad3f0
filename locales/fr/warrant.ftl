## Scenario: check the paper they show you (the warrant checker).

warrant = Vérifier un mandat

warrant--look =
    .title = Regardez le haut du papier
    .body =
        Gardez la porte fermée.
        Demandez-leur de glisser le papier sous la porte ou de le montrer contre une fenêtre.
        Un formulaire de l’ICE porte en haut « Department of Homeland Security » (ministère de la Sécurité intérieure).
        Son titre est « Warrant for Arrest of Alien » (mandat d’arrêt d’un étranger, formulaire I-200) ou « Warrant of Removal/Deportation » (mandat de renvoi, formulaire I-205).
        Le numéro du formulaire est imprimé en bas.
        Qu’est-ce qui est écrit tout en haut de votre papier ?
    .choice-dhs = « Department of Homeland Security » (ministère de la Sécurité intérieure), ou formulaire I-200 ou I-205
    .choice-court = Le nom d’un tribunal
    .choice-not-sure = Je ne sais pas

warrant--check =
    .title = Vérifiez le papier, une question à la fois
    .body = Répondez à chaque question. Si une réponse est non ou « je ne sais pas », gardez la porte fermée.
    .item-court = Le nom d’un tribunal est-il écrit en haut ? Par exemple « United States District Court » (tribunal fédéral de district) ou « Supreme Court of the State of New York » (tribunal de l’État de New York).
    .item-judge = Est-il signé par un juge ? Pas par un agent de l’ICE, ni par un juge de l’immigration.
    .item-name-address = Porte-t-il le bon nom et votre adresse exacte ? Un mandat d’arrêt signé par un juge peut n’indiquer aucune adresse : dans ce cas, répondez « je ne sais pas ».
    .item-date = Est-il encore valable à la date d’aujourd’hui ?

warrant--ice-form =
    .title = C’est un formulaire de l’ICE, pas un mandat de juge
    .body =
        Le formulaire I-200 ou I-205 est un papier de l’ICE (Service de l’immigration et des douanes).
        Il est signé par un agent de l’ICE, pas par un juge.
        Selon des consignes appliquées depuis longtemps, il ne leur permet pas, à lui seul, d’entrer chez vous.
        Gardez la porte fermée.

warrant--disputed =
    .title = Un point est contesté
    .body =
        Une note interne de l’ICE de 2025 dit qu’un I-205 avec une ordonnance de renvoi définitive permet d’entrer dans un domicile.
        En janvier 2026, un juge fédéral a déclaré une de ces entrées contraire à la Constitution.
        En décembre 2026, la justice n’a toujours pas tranché.
        Une urgence peut aussi permettre d’entrer sans mandat.
        Ce que vous devez faire ne change pas : gardez la porte fermée, ne donnez pas votre consentement, ne résistez pas, notez ce qui se passe et appelez un avocat.

warrant--not-judicial =
    .title = Ne le considérez pas comme un mandat de juge
    .body =
        Au moins une réponse était non ou « je ne sais pas ».
        Ne considérez donc pas ce papier comme un mandat signé par un juge.
        Un mauvais nom, une mauvaise adresse ou une date passée : dans ces cas aussi, vous n’avez pas à ouvrir.
        Gardez la porte fermée. Appelez un avocat.
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
    .point-judge = Un mandat signé par un juge leur permet d’entrer sans votre consentement.
    .point-ice-form = Un formulaire de l’ICE (I-200 ou I-205) est signé par un agent, pas par un juge.
    .point-disputed = L’ICE affirme que certains de ses propres formulaires lui permettent d’entrer dans un domicile. La question est devant les tribunaux. Gardez la porte fermée et ne donnez pas votre consentement.
    .point-check = Vérifiez le tribunal, la signature du juge, le nom, l’adresse et la date.
    .point-no-resist = Ne bloquez jamais un agent et ne lui résistez jamais, même si le papier n’est pas valable.
    .point-lawyer = Appelez un avocat. Notez ce qui s’est passé.

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        Demandez au groupe : « Si un papier porte le mot “Warrant” (mandat), est-ce qu’un juge l’a forcément signé ? »
        Erreur fréquente : faire confiance au mot « Warrant ». Les formulaires I-200 et I-205 de l’ICE l’utilisent aussi.
        Montrez à quoi ressemble un formulaire de l’ICE : « Department of Homeland Security » en haut, le mot « Alien » (étranger) dans le titre, le numéro du formulaire en bas.
        Insistez sur les quatre vérifications : le tribunal, la signature du juge, le bon nom et la bonne adresse, la date.
        Insistez : un juge de l’immigration ne compte pas comme le juge de cette liste.
        Soyez honnête : une note interne de l’ICE de 2025 affirme qu’un I-205 avec une ordonnance de renvoi permet d’entrer dans un domicile.
        Un juge a déclaré une de ces entrées contraire à la Constitution ; en décembre 2026, la justice n’a toujours pas tranché. Les étapes restent les mêmes.
        Insistez : même si le papier n’est pas valable, il ne faut jamais bloquer un agent ni lui résister.

quiz-warrant--dhs =
    .question = Des agents glissent un papier sous la porte. En haut, il est écrit « Department of Homeland Security ». Qu’est-ce que cela vous apprend ?
    .answer-must-open = C’est un mandat, donc vous devez ouvrir la porte.
    .why-must-open = Un papier du DHS est un formulaire de l’ICE, pas un mandat de juge. À lui seul, il ne leur donne pas le droit d’entrer chez vous.
    .answer-ice-form = C’est un formulaire de l’ICE, pas un mandat signé par un juge.
    .why-ice-form = Les formulaires comme le I-200 et le I-205 sont signés par un agent de l’ICE. Gardez la porte fermée.
    .answer-hand-back = Ouvrir la porte pour rendre le papier et s’expliquer.
    .why-hand-back = Ouvrir la porte leur permet d’entrer plus facilement. Gardez-la fermée et parlez à travers la porte.

quiz-warrant--immigration-judge =
    .question = Le papier est signé par un « Immigration Judge » (juge de l’immigration). Que faites-vous ?
    .answer-yes = Un juge l’a signé, donc il faut ouvrir la porte.
    .why-yes = Un juge de l’immigration ne compte pas ici. Le papier doit porter le nom d’un tribunal et être signé par un juge (judge ou magistrate).
    .answer-let-in = Les laisser entrer pour qu’ils expliquent ce que cela veut dire.
    .why-let-in = Si vous les laissez entrer, cela peut compter comme votre consentement. Gardez la porte fermée et appelez un avocat.
    .answer-no = Garder la porte fermée. Dire : « Je ne consens pas à ce que vous entriez chez moi. »
    .why-no = Un juge de l’immigration n’est pas le juge qu’il faut pour cette vérification. Gardez la porte fermée.

quiz-warrant--wrong-address =
    .question = Le papier porte le nom d’un tribunal et un juge l’a signé. Mais l’adresse n’est pas la vôtre. Que faites-vous ?
    .answer-no-entry = Garder la porte fermée. Dire : « Je ne consens pas à ce que vous entriez chez moi. »
    .why-no-entry = Un mauvais nom, une mauvaise adresse ou une date passée : vous n’avez pas à ouvrir. Appelez un avocat.
    .answer-open = Ouvrir la porte, puisqu’un juge l’a signé.
    .why-open = Le mandat doit porter le bon nom et votre adresse exacte. Sinon, vous n’avez pas à ouvrir.
    .answer-block = Se mettre dans l’encadrement de la porte pour les empêcher d’entrer.
    .why-block = Ne bloquez jamais un agent avec votre corps, même si le papier n’est pas valable. Dites que vous ne consentez pas, et appelez un avocat.

quiz-warrant--valid =
    .question = Le papier passe toutes les vérifications. C’est un mandat de juge, et les agents entrent. Que faites-vous ?
    .answer-explain = Répondre à toutes leurs questions pour montrer que vous n’avez rien à cacher.
    .why-explain = Même avec un mandat valable, vous pouvez garder le silence. Dites « Je vais garder le silence » et demandez un avocat.
    .answer-search-all = Leur dire qu’ils peuvent fouiller partout où ils veulent.
    .why-search-all = Ils ne peuvent fouiller que ce que le mandat prévoit. N’acceptez aucune autre fouille.
    .answer-silent = Ne pas résister. Garder le silence et demander un avocat.
    .why-silent = Un mandat valable leur permet d’entrer, mais seulement comme il le prévoit. Vous avez toujours le droit de garder le silence.
