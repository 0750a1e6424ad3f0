## Scenario: your information and city services.

your-data = Vos données et la Ville

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
        Chaque service de la Ville désigne un responsable de la protection des données, qui veille à ce que le service protège vos données.
        Le NYPD, l’administration pénitentiaire (Correction) et la probation doivent aussi revoir leurs règles sur l’immigration sous 90 jours.

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

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        Insistez : les employés de la Ville ne demandent le statut que si un service l’exige.
        Insistez : on peut continuer à utiliser les services de la Ville dont on a besoin.
        Erreur fréquente : ne pas aller chez le médecin, ou ne pas signaler un crime, par peur.
        Demandez au groupe : quels services de la Ville votre famille utilise-t-elle ?
        Soyez honnête sur les limites. Une loi fédérale de 1996 et les voies légales, comme une ordonnance d’un tribunal, s’appliquent toujours.
        Ne dites pas que la Ville ne peut jamais transmettre de données. C’est promettre trop.

quiz-your-data--hospital =
    .question = Votre enfant est malade. Vous n’avez pas de papiers et vous avez peur qu’un hôpital de la Ville vous signale.
    .answer-stay-home = Rester à la maison et ne pas aller chez le médecin.
    .why-stay-home = NYC Health + Hospitals soigne tout le monde, quel que soit le statut. Le dossier n’est transmis qu’avec votre consentement, ou quand la loi l’exige.
    .answer-false-name = Y aller, mais donner un faux nom.
    .why-false-name = Donnez des informations vraies. Les soins à NYC Health + Hospitals ne dépendent pas de votre statut.
    .answer-go = Emmener votre enfant se faire soigner à NYC Health + Hospitals.
    .why-go = Les soins ne dépendent pas du statut. La signature d’un agent de l’ICE ne suffit pas à obliger l’hôpital à transmettre le dossier.

quiz-your-data--witness =
    .question = Vous avez vu un vol avec violence dans votre rue. Vous avez peur que la police vous pose des questions sur votre statut.
    .answer-report = Le signaler. Le NYPD ne demande pas leur statut aux témoins.
    .why-report = Le NYPD ne demande pas leur statut d’immigration aux victimes ni aux témoins. En cas d’urgence, appelez le 911.
    .answer-no-report = Ne rien dire, pour être en sécurité.
    .why-no-report = Le NYPD ne demande pas leur statut aux victimes ni aux témoins. Vous pouvez signaler un crime.
    .answer-citizen = Le signaler, mais dire que vous avez la nationalité américaine, au cas où on vous le demanderait.
    .why-citizen = Ne dites jamais que vous avez la nationalité américaine si ce n’est pas vrai. Le NYPD ne demande pas leur statut aux témoins.

quiz-your-data--dmv =
    .question = Vous voulez un permis de conduire. Un ami dit que le DMV donne tout à l’ICE.
    .answer-avoid = Ne pas aller au DMV.
    .why-avoid = La loi « Green Light » de New York protège votre dossier au DMV. Le DMV a besoin d’une ordonnance d’un tribunal pour le transmettre aux agents de l’immigration.
    .answer-apply = Faire la demande avec vos vrais papiers, à votre nom.
    .why-apply = La loi « Green Light » protège votre dossier au DMV. Le DMV ne le transmet pas aux agents de l’immigration sans une ordonnance d’un tribunal.
    .answer-false-papers = Faire la demande avec les papiers de quelqu’un d’autre, par prudence.
    .why-false-papers = N’utilisez jamais de faux papiers ni les papiers de quelqu’un d’autre. Faites la demande avec les vôtres.

quiz-your-data--promise =
    .question = Un ami dit : « Avec le nouveau décret, la Ville ne pourra jamais donner mes données à l’ICE. »
    .answer-agree = « Oui, la Ville ne pourra jamais les transmettre. »
    .why-agree = C’est promettre trop. Les agences fédérales peuvent exiger des données par des voies légales, comme une ordonnance d’un tribunal.
    .answer-stop-services = « Alors, par prudence, mieux vaut ne plus utiliser les services de la Ville. »
    .why-stop-services = Les règles de la Ville limitent ce que les employés demandent et transmettent. Continuez à utiliser les services dont vous avez besoin.
    .answer-limits = « La Ville limite le partage, mais elle ne peut pas le promettre dans tous les cas. »
    .why-limits = Le décret du maire n° 13 interdit le partage, sauf quand la loi l’exige. Les agences fédérales peuvent quand même exiger des données par des voies légales.
