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
        Vous avez 18 ans ou plus, avec des papiers d’enregistrement comme une carte verte ou un I-94 ?
        La loi fédérale vous oblige à les avoir sur vous.
        Les avocats conseillent : si un agent de l’immigration vous les demande, montrez-les.

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
        Si vous pensez que vos droits n’ont pas été respectés, contestez-le plus tard avec un avocat.
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
    .point-passenger = Les passagers et passagères peuvent garder le silence.
    .point-search = Vous pouvez refuser une fouille. Mais ne résistez jamais à une fouille.
    .point-never-lie = Ne mentez jamais, et ne montrez jamais de faux papiers.

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        Demandez au groupe : « Qui conduit pour son travail, ou monte en voiture avec quelqu’un qui le fait ? »
        Insistez sur l’arrêt en lieu sûr : moteur coupé, lumière intérieure allumée, vitre un peu baissée, mains bien visibles.
        Insistez : la personne qui conduit montre son permis, les papiers du véhicule et l’assurance quand on les lui demande.
        Erreur fréquente : ouvrir la boîte à gants sans prévenir d’abord.
        Insistez : les passagers et passagères peuvent garder le silence, et tout le monde peut refuser une fouille.
        Rappelez au groupe : les agents peuvent vous ordonner de sortir de la voiture. Ne résistez jamais, ne mentez jamais, ne montrez jamais de faux papiers.

quiz-car--lights =
    .question = Des gyrophares de police s’allument derrière votre voiture. Que faites-vous ?
    .answer-get-out = S’arrêter et sortir pour leur parler.
    .why-get-out = Attendez dans la voiture, les mains bien visibles. Ils vous diront s’ils veulent que vous sortiez.
    .answer-keep-driving = Continuer à rouler jusqu’à chez vous.
    .why-keep-driving = N’essayez jamais de leur échapper. Arrêtez-vous dans un endroit sûr et coupez le moteur.
    .answer-stop-safe = S’arrêter dans un endroit sûr, couper le moteur et garder les mains bien visibles.
    .why-stop-safe = Allumez aussi la lumière à l’intérieur de la voiture et baissez un peu la vitre.

quiz-car--license =
    .question = Vous conduisez. L’agent demande votre permis et les papiers du véhicule. Que faites-vous ?
    .answer-show = Dire où sont les papiers, puis les donner lentement.
    .why-show = La personne qui conduit montre son permis, les papiers du véhicule et l’assurance quand on les lui demande. Prévenez avant de prendre quoi que ce soit.
    .answer-other-license = Montrer le permis d’un ami au lieu du vôtre.
    .why-other-license = Ne montrez jamais de faux papiers ni le permis de quelqu’un d’autre. Ne mentez jamais.
    .answer-refuse = Garder le silence et ne rien montrer.
    .why-refuse = Pour le reste, vous pouvez garder le silence. Mais la personne qui conduit montre son permis, les papiers du véhicule et l’assurance quand on les lui demande.

quiz-car--passenger =
    .question = Vous êtes passager ou passagère. Un agent vous demande : « D’où venez-vous ? » Que faites-vous ?
    .answer-citizen = Dire que vous avez la nationalité américaine, pour qu’il passe à autre chose.
    .why-citizen = Ne dites jamais que vous avez la nationalité américaine si ce n’est pas vrai. Mentir à un agent fédéral est puni par la loi.
    .answer-silent = Dire : « Je vais garder le silence. »
    .why-silent = Les passagers et passagères peuvent garder le silence. Garder le silence n’est pas puni par la loi.
    .answer-false-name = Lui donner un autre nom.
    .why-false-name = Ne mentez jamais et ne donnez jamais de faux nom. Vous pouvez plutôt garder le silence.

quiz-car--search =
    .question = L’agent dit : « Ça ne vous dérange pas que je fouille la voiture, n’est-ce pas ? » Que faites-vous ?
    .answer-go-ahead = Dire « Allez-y » pour montrer que vous n’avez rien à cacher.
    .why-go-ahead = Cela veut dire que vous acceptez la fouille. Vous pouvez dire : « Je ne consens pas à la fouille. »
    .answer-lock = Verrouiller les portières et refuser de sortir.
    .why-lock = Ne résistez jamais et ne les bloquez jamais. Les agents peuvent vous ordonner de sortir de la voiture. Contestez-le plus tard avec un avocat.
    .answer-no-consent = Dire calmement : « Je ne consens pas à la fouille. »
    .why-no-consent = Vous pouvez refuser la fouille de la voiture. S’ils fouillent quand même, ne résistez pas.
