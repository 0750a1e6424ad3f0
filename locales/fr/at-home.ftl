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
    .choice-someone-else = Ils posent des questions sur une autre personne
    .choice-forced = Ils entrent quand même

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

at-home--someone-else =
    .title = Ils posent des questions sur quelqu’un
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
        Parfois, la loi permet aux agents d’entrer sans mandat, par exemple en cas d’urgence.
        Si vous pensez que vos droits n’ont pas été respectés, vous pourrez agir plus tard avec l’aide d’un avocat.
    .line-no-consent = Je ne consens ni à cette entrée ni à une fouille.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-no-sign = Je ne signerai rien sans avocat.

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
    .point-judge = Seul un mandat signé par un juge leur permet d’entrer sans votre consentement.
    .point-silent = Vous pouvez garder le silence. Ne mentez jamais.
    .point-no-resist = Ne résistez jamais à un agent et ne le bloquez jamais.
    .point-no-sign = Ne signez rien sans avocat.
