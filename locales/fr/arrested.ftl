## Scenario: you are arrested or detained, and what your family can do.

arrested = En cas d’arrestation

arrested--calm =
    .title = Restez calme. Ne résistez pas.
    .body =
        Ne vous enfuyez pas. Ne vous battez pas, ne poussez pas.
        Faites-le même si vous pensez que l’arrestation n’est pas justifiée.
        Vous pourrez la contester plus tard avec un avocat.
        Vous avez des droits, quel que soit votre statut d’immigration.

arrested--say =
    .title = Dites ceci, puis gardez le silence
    .body =
        Dites ces phrases calmement. Ensuite, gardez le silence.
        Ne mentez jamais. Ne montrez jamais de faux papiers.
        Mentir à un agent fédéral est puni par la loi. Garder le silence ne l’est pas.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-interpreter = Je souhaite un interprète.
    .line-no-sign = Je ne signerai rien sans avocat.

arrested--no-sign =
    .title = Ne signez rien
    .body =
        Ne signez aucun papier sans avocat.
        Certains papiers vous font perdre votre droit à une audience devant un juge.
        Par exemple, le « départ volontaire » (voluntary departure) et l’« ordonnance de renvoi consentie » (stipulated removal).
        Ils peuvent aussi vous empêcher de revenir aux États-Unis.

arrested--numbers =
    .title = Numéros de téléphone et noms
    .body =
        Vous pouvez appeler un avocat et votre famille.
        Apprenez leurs numéros par cœur à l’avance.
        Votre famille doit connaître votre numéro A (numéro d’enregistrement d’étranger), si vous en avez un.
        Notez ou retenez le nom et le numéro de badge de l’agent.

arrested--help =
    .title = De quoi avez-vous besoin maintenant ?
    .body = La famille et les amis peuvent aussi utiliser cette partie.
    .choice-find = Retrouver une personne détenue
    .choice-lawyer = Obtenir un avocat gratuit
    .choice-court = J’ai une audience au tribunal de l’immigration

arrested--find =
    .title = Retrouver une personne détenue par l’ICE
    .body =
        Utilisez l’outil en ligne de l’ICE (ICE Online Detainee Locator) : locator.ice.gov.
        Il permet de trouver les adultes détenus par l’ICE.
        Cherchez avec le numéro A de la personne et son pays de naissance.
        Ou avec son nom exact et son pays de naissance.

arrested--lawyer =
    .title = Vous pouvez peut-être avoir un avocat gratuit
    .body =
        Êtes-vous en détention, avec un dossier au tribunal de l’immigration de NYC ?
        Vous pouvez peut-être obtenir un avocat gratuit.
        C’est le programme New York Immigrant Family Unity Project.
        Appelez une ligne d’aide juridique pour vous renseigner.

arrested--court =
    .title = Si vous avez une audience
    .body =
        En 2025, l’ICE a arrêté des personnes dans les tribunaux de l’immigration de NYC.
        C’était au 26 Federal Plaza, au 201 Varick et au 290 Broadway.
        La loi de New York « Protect Our Courts Act » s’applique aux tribunaux de l’État, pas à ces tribunaux fédéraux.
        Ne manquez pas votre audience. Cela peut entraîner une ordonnance de renvoi (un ordre de quitter les États-Unis).
        Parlez à un avocat avant votre audience.

arrested--end =
    .title = À retenir
    .point-silent = Gardez le silence. Ne mentez jamais.
    .point-lawyer = Demandez un avocat et un interprète.
    .point-no-sign = Ne signez rien sans avocat.
    .point-numbers = Connaissez par cœur les numéros de votre avocat et de votre famille.
    .point-hearing = Ne manquez jamais une audience au tribunal de l’immigration.
