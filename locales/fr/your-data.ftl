## Scenario: your information and city services.

your-data = Données et services de la Ville

your-data--services =
    .title = Utiliser les services de la Ville
    .body =
        Les employés de la Ville ne demandent votre statut d’immigration que si un service l’exige.
        Par exemple, pour savoir si vous y avez droit.
        Ils ne le communiquent pas, sauf dans quelques cas précis.
        Cela vient du décret du maire n° 41 de 2003.
        La loi de 2017 sur les informations d’identification (Identifying Information Law) protège aussi vos informations.

your-data--new-order =
    .title = Le décret de 2026 sur vos données
    .body =
        En février 2026, le maire a signé le décret n° 13.
        Les services de la Ville ne peuvent pas transmettre vos données privées aux agents de l’immigration.
        La seule exception : quand la loi l’exige.
        Chaque service de la Ville désigne un responsable de la protection des données.

your-data--place =
    .title = Où allez-vous ?
    .body = Choisissez un lieu pour en savoir plus.
    .choice-dmv = Le DMV (permis de conduire)
    .choice-police = La police (NYPD)
    .choice-hospital = Un hôpital de la Ville
    .choice-other = Un autre bureau de la Ville

your-data--dmv =
    .title = Au DMV
    .body =
        La loi « Green Light » de New York protège votre dossier au DMV (le service des permis de conduire).
        Le DMV ne transmet pas vos données aux agents de l’immigration sans une ordonnance d’un tribunal.
        Ne donnez jamais de faux papiers.

your-data--police =
    .title = Si vous appelez la police
    .body =
        Le NYPD (la police de New York) ne demande pas leur statut d’immigration aux victimes ni aux témoins.
        Vous pouvez signaler un crime.
        En cas d’urgence, appelez le 911.

your-data--hospital =
    .title = À NYC Health + Hospitals
    .body =
        Vous pouvez recevoir des soins, quel que soit votre statut d’immigration.
        Votre dossier n’est transmis qu’avec votre consentement, ou quand la loi l’exige.
        La signature d’un agent de l’ICE ne suffit pas à obliger l’hôpital à le transmettre.
        Pour entrer dans les zones non publiques, les agents ont besoin d’un mandat de juge.
        Sauf en cas d’urgence, ou si le personnel de la Ville l’autorise.

your-data--limits =
    .title = Ce que la Ville ne peut pas promettre
    .body =
        Une loi fédérale de 1996 interdit aux villes de bloquer totalement le partage du statut d’immigration.
        Les agences fédérales peuvent aussi exiger des données par des voies légales, comme une ordonnance d’un tribunal.
        Ces règles de la Ville vous protègent donc, mais pas dans tous les cas.
        Si vous avez des inquiétudes, parlez à un avocat.

your-data--end =
    .title = À retenir
    .point-status = Les employés de la Ville ne demandent votre statut que si un service l’exige.
    .point-sharing = Les services de la Ville ne transmettent pas vos données privées, sauf si la loi l’exige.
    .point-dmv = Le DMV a besoin d’une ordonnance d’un tribunal pour transmettre des données aux agents de l’immigration.
    .point-police = Le NYPD ne demande pas leur statut aux victimes ni aux témoins.
    .point-limits = Les agences fédérales peuvent quand même exiger des données par des voies légales.
