## Scenario: agents at a city parking lot or garage (Executive Order 13).

city-lot = Parking ou garage de la Ville

city-lot--rule =
    .title = La règle pour les parkings et garages de la Ville
    .body =
        Le décret du maire n° 13 (février 2026) couvre les terrains, parkings et garages que la Ville possède ou gère.
        Les agents qui ne dépendent pas de la Ville, comme ceux de l’ICE, ne peuvent pas s’en servir comme base.
        C’est-à-dire : pour se rassembler, pour traiter des personnes arrêtées, ou pour mener des opérations.
        La seule exception : un mandat signé par un juge.

city-lot--not-covered =
    .title = Ce que le décret ne fait pas
    .body =
        Il n’écarte pas les agents fédéraux de tous les lieux.
        Les rues, les trottoirs et les autres zones publiques leur restent ouverts.
        Il ne vous donne pas le droit de les empêcher vous-même d’agir.
        Ne bloquez jamais un agent, ne le touchez jamais et ne discutez jamais avec lui.

city-lot--see =
    .title = Que se passe-t-il ?
    .choice-lot = Je vois des agents utiliser un parking ou un garage de la Ville
    .choice-stopped = Des agents m’interpellent à pied
    .choice-car = Des agents arrêtent ma voiture

city-lot--what-to-do =
    .title = Si vous voyez cela
    .body =
        Ne gênez pas les agents. Restez à bonne distance.
        Notez ce que vous voyez : le lieu, l’heure, le nombre d’agents, les véhicules et les plaques.
        Vous pouvez filmer ouvertement, depuis un endroit où vous êtes en sécurité. Filmez les agents, pas le visage des personnes arrêtées.
        Vous n’avez pas de statut d’immigration ? Regarder ou filmer vous expose personnellement à un risque. Notez ce que vous voyez de plus loin.

city-lot--report =
    .title = Signalez-le
    .body =
        Appelez une ligne d’intervention rapide : l’écran suivant en donne la liste.
        Dites où, quand et ce que vous avez vu.
        Ne publiez pas le visage des personnes arrêtées.

city-lot--end =
    .title = À retenir
    .point-rule = Les parkings et garages de la Ville ne peuvent pas servir de base à l’ICE sans mandat de juge.
    .point-public = Les rues, les trottoirs et les zones publiques restent ouverts aux agents.
    .point-no-interfere = Ne bloquez et ne touchez jamais un agent. Restez à bonne distance.
    .point-record = Notez ou filmez ouvertement ce que vous voyez.
    .point-report = Signalez-le à une ligne d’intervention rapide.

## Workshop: presenter notes and practice quiz.

presenter-city-lot =
    .body =
        Expliquez la nouvelle règle du décret : pas de base de l’ICE dans les parkings et garages de la Ville sans mandat de juge.
        Insistez sur ce qu’il ne fait pas : les rues et les zones publiques restent ouvertes, et personne n’a le droit d’empêcher les agents d’agir par la force.
        Demandez au groupe : quels parkings ou garages de la Ville se trouvent près d’ici ?
        Erreur fréquente : aller voir les agents pour leur parler du décret. Gardez vos distances.
        Insistez : noter, filmer ouvertement depuis un endroit sûr, et signaler.
        Les personnes sans statut peuvent aider de plus loin, en notant ce qu’elles ont vu.

quiz-city-lot--lot =
    .question = Vous voyez des fourgons de l’ICE se rassembler dans un garage de la Ville. Que faites-vous ?
    .answer-block = Se mettre devant les fourgons pour qu’ils ne puissent pas partir.
    .why-block = Ne bloquez et ne touchez jamais un agent. Le décret ne vous donne pas le droit de les empêcher d’agir.
    .answer-watch = Rester à bonne distance, noter ce que vous voyez et le signaler.
    .why-watch = Restez en retrait, notez le lieu, l’heure et les plaques, et appelez une ligne d’intervention rapide.
    .answer-ignore = Rien : d’après le décret, ce ne peut pas être l’ICE.
    .why-ignore = Le décret dit ce que les agents n’ont pas le droit de faire ; il n’empêche pas tout le monde d’agir. Notez ce que vous voyez et signalez-le.

quiz-city-lot--sidewalk =
    .question = Des agents sont sur le trottoir, à côté d’un garage de la Ville. Le décret les concerne-t-il ?
    .answer-covered = Oui : tout endroit proche d’un garage de la Ville est couvert.
    .why-covered = Non. Les trottoirs et les rues sont des zones publiques. Le décret couvre les parkings et garages de la Ville.
    .answer-public = Non : les trottoirs et les rues restent ouverts aux agents.
    .why-public = Le décret couvre les parkings et garages de la Ville, pas les zones publiques.
    .answer-never = Les agents n’ont jamais le droit d’être près d’une propriété de la Ville.
    .why-never = C’est exagérer la portée du décret. Les zones publiques restent ouvertes aux agents.

quiz-city-lot--report =
    .question = Vous avez filmé des agents qui utilisaient un parking de la Ville. Que faites-vous de la vidéo ?
    .answer-post = La publier tout de suite en ligne, avec tous les visages.
    .why-post = Ne publiez pas le visage des personnes arrêtées. Gardez l’original en lieu sûr.
    .answer-report = Garder l’original en lieu sûr et dire à une ligne d’intervention rapide ce que vous avez vu.
    .why-report = Sauvegardez le fichier, et signalez où, quand et ce que vous avez vu.
    .answer-confront = La montrer aux agents pour qu’ils partent.
    .why-confront = N’affrontez jamais les agents. Gardez vos distances, et signalez ce que vous avez vu.
