## Scenario: police or agents stop the car you are in.

car = En voiture

car--pull-over =
    .title = Arrêtez-vous dans un endroit sûr
    .body =
        Arrêtez-vous dans un endroit sûr. Coupez le moteur.
        Allumez la lumière à l’intérieur de la voiture.
        Baissez un peu la vitre.
        Gardez les mains bien visibles.

car--who =
    .title = Êtes-vous au volant ?
    .choice-driver = Je conduis
    .choice-passenger = Je suis passager ou passagère

car--driver =
    .title = Si vous conduisez
    .body =
        Montrez votre permis de conduire, les papiers du véhicule (registration) et l’assurance quand ils les demandent.
        Prévenez-les avant de prendre quoi que ce soit.
        Ne montrez jamais de faux papiers. Ne mentez jamais.
        Pour tout le reste, vous pouvez garder le silence.

car--passenger =
    .title = Si vous êtes passager ou passagère
    .body =
        Vous pouvez garder le silence.
        Ne montrez jamais de faux papiers. Ne mentez jamais.
        Avez-vous 18 ans ou plus, avec une carte verte ou un visa ?
        La loi fédérale vous oblige à avoir ce papier sur vous.
        Si un agent de l’immigration le demande, montrez-le.

car--asks =
    .title = Que font-ils maintenant ?
    .choice-search = Ils veulent fouiller la voiture
    .choice-get-out = Ils m’ordonnent de sortir de la voiture
    .choice-questions = Ils me posent des questions
    .choice-arrest = Ils m’arrêtent

car--search =
    .title = S’ils veulent fouiller la voiture
    .body =
        Vous pouvez refuser la fouille de la voiture ou de vos affaires.
        Dites-le calmement et clairement.
        S’ils fouillent quand même, ne résistez pas. Ne les bloquez pas.
        Si vous pensez que vos droits n’ont pas été respectés, vous pourrez agir plus tard avec l’aide d’un avocat.
    .line-no-consent = Je ne consens pas à la fouille.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.

car--get-out =
    .title = S’ils vous ordonnent de sortir
    .body =
        Les agents peuvent vous ordonner de sortir de la voiture.
        Sortez lentement et calmement. Ne résistez pas.
        Prévenez-les avant de toucher quoi que ce soit, même votre ceinture.
        Vous pouvez toujours refuser une fouille.

car--stay-silent =
    .title = Dites ceci, puis gardez le silence
    .body = Dites ces phrases calmement. Ensuite, gardez le silence.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-no-consent = Je ne consens pas à la fouille.

car--end =
    .title = À retenir
    .point-pull-over = Arrêtez-vous dans un endroit sûr et gardez les mains bien visibles.
    .point-driver = La personne qui conduit montre son permis, les papiers du véhicule et l’assurance.
    .point-passenger = Les passagers peuvent garder le silence.
    .point-search = Vous pouvez refuser une fouille. Mais ne résistez jamais à une fouille.
    .point-never-lie = Ne mentez jamais, et ne montrez jamais de faux papiers.
