## Scenario: someone knocks at your home.

at-home = Quelqu’un frappe à ma porte

at-home--door =
    .title = N’ouvrez pas la porte
    .body =
        Restez calme. Gardez la porte fermée.
        Parlez à travers la porte.
        Demandez : « Qui êtes-vous ? Pour quelle agence travaillez-vous ? »
        Les agents de l’ICE (Service de l’immigration et des douanes) disent parfois qu’ils sont « la police ».
        Ouvrir la porte ne veut pas dire que vous acceptez qu’ils entrent.
        Mais cela leur permet d’entrer plus facilement.
    .choice-warrant = Ils disent qu’ils ont un mandat
    .choice-no-warrant = Ils n’ont pas de mandat
    .choice-police = Ils disent être de la police ou de la probation
    .choice-someone-else = Ils posent des questions sur une autre personne
    .choice-forced = Ils entrent quand même
    .choice-landlord = Mon propriétaire me menace à cause de mon statut

at-home--ask-warrant =
    .title = Demandez à voir le mandat
    .body =
        N’ouvrez pas la porte pour le prendre.
        Demandez-leur de le glisser sous la porte.
        Ou de le montrer contre une fenêtre.
        Ensuite, vérifiez-le, une question à la fois.
    .choice-check = Vérifier le papier ensemble
    .choice-will-not-show = Ils refusent de le montrer

at-home--no-warrant =
    .title = Gardez la porte fermée et dites ceci
    .body =
        Sans mandat signé par un juge, vous n’avez pas à les laisser entrer.
        Dites ces phrases à travers la porte. Ensuite, gardez le silence.
    .line-no-entry = Je ne consens pas à ce que vous entriez chez moi.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.

at-home--police =
    .title = Vérifiez qui ils sont
    .body =
        Des agents peuvent dire qu’ils sont de la police ou des agents de probation.
        Ou qu’ils cherchent une autre personne.
        Gardez la porte fermée.
        Demandez leurs noms et leurs numéros de badge à travers la fenêtre ou le judas.
        Demandez-leur de montrer leur carte professionnelle contre la fenêtre.
        En probation ou en libération conditionnelle (parole), avec une condition de fouille ? Vous avez peut-être accepté les fouilles. Demandez à votre avocat.

at-home--waiting =
    .title = S’ils attendent dehors
    .body =
        Les agents peuvent attendre dehors, ou revenir plus tard.
        Si vous devez sortir, sortez et fermez la porte derrière vous.
        Ne laissez entrer personne quand vous sortez.
        Appelez un avocat ou une ligne d’assistance pour obtenir de l’aide.

at-home--someone-else =
    .title = Ils posent des questions sur une autre personne
    .body =
        Vous n’avez pas à dire où se trouve une autre personne.
        Vous pouvez garder le silence.
        Ne mentez pas. Mentir à un agent fédéral est puni par la loi.
        Garder le silence ne l’est pas.

at-home--forced =
    .title = S’ils entrent quand même
    .body =
        Ne résistez pas. Ne les bloquez pas. Ne vous enfuyez pas.
        Dites ces phrases à voix haute, calmement.
        Parfois, des agents peuvent entrer sans mandat, par exemple en cas d’urgence.
        Si vous pensez que vos droits n’ont pas été respectés, contestez-le plus tard avec un avocat.
    .line-no-consent = Je ne consens ni à cette entrée ni à une fouille.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-no-sign = Je ne signerai rien sans avocat.

at-home--landlord =
    .title = Si votre propriétaire vous menace
    .body =
        Un propriétaire n’a pas le droit de vous harceler ou de vous menacer à cause de votre statut d’immigration.
        La loi de NYC sur les droits humains (NYC Human Rights Law) l’interdit.
        Notez ce qui a été dit, et quand.
        Pour porter plainte, appelez le 311 et demandez la Commission des droits humains de NYC (NYC Commission on Human Rights).

at-home--document =
    .title = Ensuite, notez tout par écrit
    .body =
        Notez ce qui s’est passé dès que possible.
        La date, l’heure et le lieu.
        L’agence, les noms et les numéros de badge.
        Ce qu’ils ont dit, et les papiers qu’ils ont montrés.
        Ce qu’ils ont pris, et où ils ont emmené les personnes.
        Gardez les photos et les vidéos en lieu sûr. Puis appelez un avocat.

at-home--end =
    .title = À retenir
    .point-door = N’ouvrez pas la porte. Parlez à travers la porte.
    .point-judge = Un mandat signé par un juge leur permet d’entrer sans votre consentement.
    .point-disputed = L’ICE affirme que certains de ses propres formulaires lui permettent aussi d’entrer. La question est devant les tribunaux. Dans tous les cas : gardez la porte fermée, ne donnez pas votre consentement, ne résistez pas, appelez un avocat.
    .point-silent = Vous pouvez garder le silence. Ne mentez jamais.
    .point-no-resist = Ne résistez jamais à un agent et ne le bloquez jamais.
    .point-no-sign = Ne signez rien sans avocat.

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        Demandez au groupe : « Qui a déjà entendu frapper à sa porte sans s’y attendre ? »
        Insistez : on peut parler à travers une porte fermée. On n’a pas à l’ouvrir.
        Erreur fréquente : ouvrir la porte « juste un peu » pour voir le papier.
        Des agents peuvent dire qu’ils sont de la police ou de la probation. Il faut demander leurs noms et numéros de badge à travers la fenêtre.
        Insistez : un mandat signé par un juge leur permet d’entrer sans consentement.
        Soyez honnête : une note interne de l’ICE de 2025 affirme que certains formulaires de l’ICE permettent aussi d’entrer dans un domicile. En décembre 2026, la question est toujours devant les tribunaux.
        Les étapes restent les mêmes : ne pas donner son consentement, ne pas résister, tout noter, appeler un avocat.

quiz-at-home--knock =
    .question = Tôt le matin, quelqu’un frappe fort et crie : « Police ! » Que faites-vous d’abord ?
    .answer-open = Ouvrir un peu la porte pour voir qui c’est.
    .why-open = Ouvrir la porte leur permet d’entrer plus facilement. Gardez-la fermée et parlez à travers la porte.
    .answer-run = S’enfuir par la porte de derrière.
    .why-run = Ne vous enfuyez jamais. Restez calme, gardez la porte fermée et parlez à travers la porte.
    .answer-talk = Garder la porte fermée et demander qui ils sont et pour quelle agence ils travaillent.
    .why-talk = Vous pouvez parler à travers une porte fermée. Les agents de l’ICE disent parfois qu’ils sont « la police » : demandez pour quelle agence ils travaillent.

quiz-at-home--someone-else =
    .question = Des agents à votre porte demandent : « Où est votre frère ? » Que faites-vous ?
    .answer-silent = Dire : « Je vais garder le silence. »
    .why-silent = Vous n’avez pas à dire où se trouve une autre personne. Garder le silence n’est pas puni par la loi.
    .answer-lie = Dire qu’il est reparti dans son pays d’origine.
    .why-lie = Ne mentez jamais à un agent. Mentir à un agent fédéral est puni par la loi. Gardez plutôt le silence.
    .answer-tell = Leur dire où il travaille, pour qu’ils s’en aillent.
    .why-tell = Vous n’avez pas à dire où se trouve une autre personne. Vous pouvez plutôt garder le silence.

quiz-at-home--forced =
    .question = Des agents poussent la porte et entrent. Que faites-vous ?
    .answer-block = Se mettre dans l’encadrement de la porte pour les arrêter.
    .why-block = Ne bloquez jamais un agent et ne lui résistez jamais, même si vous pensez qu’il n’en a pas le droit. Contestez-le plus tard avec un avocat.
    .answer-say = Ne pas résister. Dire : « Je ne consens ni à cette entrée ni à une fouille. »
    .why-say = Ne résistez pas, mais dites clairement que vous n’êtes pas d’accord. Ensuite, gardez le silence et demandez un avocat.
    .answer-explain = Répondre à toutes leurs questions pour qu’ils partent plus vite.
    .why-explain = Vous n’avez pas à répondre. Dites que vous allez garder le silence et que vous souhaitez parler à un avocat.

quiz-at-home--after =
    .question = Les agents sont partis. Que faites-vous maintenant ?
    .answer-forget = Essayer d’oublier et n’en parler à personne.
    .why-forget = Les détails s’oublient vite. Notez ce qui s’est passé, puis appelez un avocat.
    .answer-post = Publier tout de suite votre vidéo en ligne, avec le visage de tout le monde.
    .why-post = Ne publiez pas le visage des personnes emmenées. Gardez la vidéo originale en lieu sûr et appelez un avocat.
    .answer-write = Noter la date, l’heure, l’agence, les noms et ce qui a été dit.
    .why-write = Notez-le dès que possible. Gardez les photos et les vidéos en lieu sûr, puis appelez un avocat.
