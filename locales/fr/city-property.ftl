## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = Dans un bâtiment de la Ville

city-property--rule =
    .title = La règle pour les bâtiments de la Ville
    .body =
        Une loi de la Ville protège les zones privées des bâtiments de la Ville.
        Par exemple, les hôpitaux de la Ville, les écoles publiques, les centres d’hébergement et les bureaux de la Ville.
        Elle s’applique aux agents qui ne dépendent pas de la Ville, comme ceux de l’ICE.
        Pour entrer dans ces zones, ils ont besoin d’un mandat signé par un juge.
        Les seules autres façons d’entrer : le personnel de la Ville donne son autorisation, ou il y a une urgence.
        Cette loi est le Code administratif de NYC (NYC Administrative Code), section 4-210. Le décret du maire n° 13 de 2026 la rappelle.

city-property--public-areas =
    .title = Les zones publiques ne sont pas couvertes
    .body =
        Cette règle ne couvre pas les zones publiques.
        Par exemple, les halls d’entrée, les salles d’attente, les trottoirs, les arrêts de bus et les aires de jeux.
        Les agents peuvent se trouver à ces endroits.
        L’ICE peut donc quand même venir dans un bâtiment de la Ville.
        Vous y gardez vos droits.

city-property--where =
    .title = Où êtes-vous ?
    .choice-hospital = Dans un hôpital de la Ville
    .choice-school = Dans une école publique
    .choice-other = Dans un centre d’hébergement ou un bureau de la Ville
    .choice-stopped = Des agents m’interpellent sur place

city-property--hospital =
    .title = À NYC Health + Hospitals
    .body =
        Vous pouvez recevoir des soins, quel que soit votre statut d’immigration.
        Votre dossier n’est transmis qu’avec votre consentement, ou quand la loi l’exige.
        Un papier signé seulement par un agent de l’ICE n’oblige pas l’hôpital à le transmettre.

city-property--school =
    .title = Dans les écoles publiques de NYC
    .body =
        Le Département de l’Éducation ne consent pas à l’entrée de ces agents.
        La direction de l’école ne peut pas non plus y consentir. Les avocats du Département vérifient tout mandat.
        Les écoles ne posent pas de questions sur le statut d’immigration.
        Les parents peuvent inscrire jusqu’à trois contacts d’urgence sur la « blue card » de l’école (la fiche de contacts d’urgence).

city-property--shelter =
    .title = Dans un centre d’hébergement ou un bureau de la Ville
    .body =
        Les chambres, les bureaux et les espaces réservés au personnel sont des zones privées.
        Pour y entrer, les agents ont besoin d’un mandat de juge, sauf si le personnel l’autorise ou s’il y a une urgence.
        Les halls et les salles d’attente sont publics : les agents peuvent s’y trouver.
        Le personnel des centres ne demande votre statut que si un service l’exige.

city-property--services =
    .title = Utiliser les services de la Ville
    .body =
        Les employés de la Ville ne demandent votre statut que s’ils en ont besoin pour savoir si vous avez droit à un service.
        Ils ne le communiquent pas, sauf dans quelques cas précis.
        Le décret du maire n° 13 interdit de transmettre vos données privées aux agents de l’immigration.
        La seule exception : quand la loi l’exige.
        Chaque service de la Ville désigne un responsable de la protection des données, qui veille à ce que le service protège vos données.
        Le décret a aussi créé une équipe de la Ville pour répondre aux crises. Il a ordonné au NYPD, à l’administration pénitentiaire (Correction) et à la probation de revoir leurs règles sous 90 jours.

city-property--limit =
    .title = Ce que les règles de la Ville ne peuvent pas faire
    .body =
        Ces règles de la Ville ont des limites.
        Une loi fédérale de 1996 empêche la Ville d’interdire tout partage du statut d’immigration.
        Les agences fédérales peuvent aussi exiger des données par des voies légales, comme une ordonnance d’un tribunal.
        Ce guide n’est pas un avis juridique. Demandez conseil à un avocat pour votre cas.

city-property--say =
    .title = Si des agents vous interpellent sur place
    .body =
        Vous avez les mêmes droits que partout ailleurs.
        Ne vous enfuyez pas, ne résistez pas et ne les bloquez pas.
        Dites ces phrases calmement. Ensuite, gardez le silence.
    .line-silent = Je vais garder le silence.
    .line-no-consent = Je ne consens pas à la fouille.
    .line-lawyer = Je souhaite parler à un avocat.

city-property--end =
    .title = À retenir
    .point-private = Pour les zones privées des bâtiments de la Ville, il faut en général un mandat de juge.
    .point-public = Les zones publiques, comme les halls et les salles d’attente, ne sont pas couvertes.
    .point-hospital = Les hôpitaux de la Ville soignent tout le monde, quel que soit le statut.
    .point-school = Les écoles publiques ne posent pas de questions sur le statut d’immigration.
    .point-rights = Vous pouvez garder le silence et refuser une fouille.

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        Demandez au groupe : « Est-ce que l’ICE peut entrer dans un hôpital de la Ville ? » Écoutez les réponses avant de répondre.
        Insistez sur la règle : pour les zones privées, il faut un mandat de juge, l’autorisation du personnel ou une urgence.
        Erreur fréquente : dire que l’ICE « ne peut pas entrer » dans les hôpitaux, les écoles ou les centres d’hébergement. Les zones publiques ne sont pas couvertes.
        Insistez : les hôpitaux de la Ville soignent tout le monde, quel que soit le statut, et les écoles ne posent pas de questions sur le statut.
        Soyez honnête sur les limites : une loi fédérale empêche la Ville d’interdire tout partage du statut d’immigration.
        Les agences fédérales peuvent aussi exiger des données par des voies légales, comme une ordonnance d’un tribunal.

quiz-city-property--friend-says =
    .question = Un ami dit : « L’ICE ne peut pas entrer dans les hôpitaux de la Ville. » Que lui répondez-vous ?
    .answer-agree = « C’est vrai. Les hôpitaux de la Ville sont interdits à l’ICE. »
    .why-agree = C’est aller trop loin. Des agents peuvent se trouver dans les zones publiques, comme les halls d’entrée et les salles d’attente.
    .answer-stay-away = « Mieux vaut quand même éviter les hôpitaux, même en cas de maladie. »
    .why-stay-away = Les hôpitaux de la Ville soignent tout le monde, quel que soit le statut d’immigration. Ne renoncez pas aux soins dont vous avez besoin.
    .answer-private = « Pour les zones privées, il faut en général un mandat de juge. Les halls d’entrée ne sont pas couverts. »
    .why-private = La règle de la Ville protège les zones privées. Les zones publiques, comme les salles d’attente, ne sont pas couvertes.

quiz-city-property--school =
    .question = Votre enfant va dans une école publique de NYC. Vous vous inquiétez : qui ira le chercher en cas de détention ? Que faites-vous ?
    .answer-blue-card = Inscrire jusqu’à trois adultes de confiance sur la « blue card » de l’école.
    .why-blue-card = La « blue card » permet d’indiquer jusqu’à trois contacts d’urgence. Parlez à un avocat pour faire un plan familial complet.
    .answer-keep-home = Garder votre enfant à la maison au lieu de l’envoyer à l’école.
    .why-keep-home = Les écoles ne posent pas de questions sur le statut, et la direction de l’école ne peut pas consentir à l’entrée de ces agents. Faites plutôt un plan.
    .answer-tell-status = Dire votre statut d’immigration à l’école, pour qu’elle puisse vous aider.
    .why-tell-status = Les écoles ne posent pas de questions sur le statut d’immigration, et vous n’avez pas à le dire. Utilisez plutôt la « blue card ».

quiz-city-property--doctor =
    .question = Vous êtes malade, mais vous avez peur qu’un hôpital de la Ville signale votre statut. Que faites-vous ?
    .answer-skip = Rester à la maison en espérant que ça passe.
    .why-skip = Les hôpitaux de la Ville soignent tout le monde, quel que soit le statut. Ne renoncez pas aux soins dont vous avez besoin.
    .answer-go = Aller à NYC Health + Hospitals pour vous faire soigner.
    .why-go = Les soins n’y dépendent pas de votre statut. Votre dossier n’est transmis qu’avec votre consentement, ou quand la loi l’exige.
    .answer-false-name = Donner un faux nom à l’accueil.
    .why-false-name = Ne donnez pas de faux nom. Vos soins ne dépendent pas de votre statut.

quiz-city-property--bag =
    .question = Des agents vous interpellent dans le hall d’un bureau de la Ville. Ils veulent regarder dans votre sac. Que faites-vous ?
    .answer-hand-over = Donner votre sac pour que ça finisse plus vite.
    .why-hand-over = Cela veut dire que vous acceptez la fouille. Vous avez les mêmes droits ici. Dites : « Je ne consens pas à la fouille. »
    .answer-run = Sortir du bâtiment en courant.
    .why-run = Ne vous enfuyez jamais, ne résistez jamais et ne les bloquez jamais. Restez calme et dites que vous ne consentez pas à la fouille.
    .answer-no-consent = Rester calme et dire : « Je ne consens pas à la fouille. »
    .why-no-consent = Vous gardez vos droits dans les bâtiments de la Ville. S’ils fouillent quand même, ne résistez pas.
