## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = Dans un bâtiment de la Ville

city-property--rule =
    .title = La règle pour les bâtiments de la Ville
    .body =
        Une loi de la Ville protège les zones privées des bâtiments de la Ville.
        Par exemple, les hôpitaux de la Ville, les écoles publiques, les centres d’hébergement et les bureaux de la Ville.
        Elle s’applique aux agents qui ne dépendent pas de la Ville, comme ceux de l’ICE.
        Pour entrer dans ces zones, ils ont besoin d’un mandat signé par un juge.
        Sans mandat, il faut que le personnel de la Ville l’autorise, ou qu’il y ait une urgence.
        Cette loi est le § 4-210 du Code administratif de NYC (Admin Code 4-210). Le décret du maire n° 13 de 2026 la rappelle.

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
        Les directeurs d’école ne peuvent pas non plus y consentir. Les avocats du Département vérifient tout mandat.
        Les écoles ne posent pas de questions sur le statut d’immigration.
        Les parents peuvent inscrire jusqu’à trois contacts d’urgence sur la « blue card » de l’école (la fiche de contacts d’urgence).

city-property--services =
    .title = Utiliser les services de la Ville
    .body =
        Les employés de la Ville ne demandent votre statut que s’ils en ont besoin pour savoir si vous avez droit à un service.
        Ils ne le communiquent pas, sauf dans quelques cas précis.
        Le décret du maire n° 13 interdit de transmettre vos données privées aux agents de l’immigration.
        La seule exception : quand la loi l’exige.
        Chaque service de la Ville a un responsable de la protection des données.

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
