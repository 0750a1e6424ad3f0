## Scenario: make a family safety plan before anything happens.

family-plan = Faire un plan familial

family-plan--why =
    .title = Faites un plan maintenant
    .body =
        Un plan aide votre famille si quelqu’un est détenu.
        Faites-le maintenant, pendant que tout est calme.
        Ce guide n’est pas un avis juridique.
    .choice-start = Commencer mon plan familial
    .choice-detained = Quelqu’un vient d’être détenu

family-plan--numbers =
    .title = Apprenez les numéros importants
    .body =
        En cas de détention, vous pouvez appeler un avocat et votre famille.
        Apprenez donc leurs numéros par cœur.
        Avez-vous un numéro A (numéro d’enregistrement d’étranger) ? Il figure sur vos papiers d’immigration.
        Assurez-vous que votre famille le connaît.
        Grâce à lui, elle pourra vous retrouver et connaître votre date d’audience.

family-plan--children =
    .title = Avez-vous des enfants ?
    .body = Prévoyez qui s’occupera d’eux si vous ne pouvez pas le faire.
    .choice-yes = Oui, j’ai des enfants
    .choice-no = Non

family-plan--caregiver =
    .title = Choisissez un adulte de confiance
    .body =
        Choisissez un adulte de confiance qui s’occupera de vos enfants si vous ne pouvez pas le faire.
        Parlez de votre plan avec cette personne.
        Donnez-lui une copie des actes de naissance de vos enfants.
        Donnez-lui le nom et les coordonnées de chaque parent.

family-plan--legal-tools =
    .title = Deux outils de New York pour la garde
    .body =
        La « Designation of Person in Parental Relation » est un formulaire (désignation d’une personne qui agit comme un parent).
        Elle permet à la personne qui garde vos enfants de prendre des décisions pour l’école et la santé. Pas besoin d’aller au tribunal.
        La désignation d’un tuteur (standby guardianship) est un autre outil. Elle passe par le tribunal de la famille (Family Court).
        Demandez à un avocat quel outil convient à votre famille.

family-plan--school =
    .title = Mettez à jour la « blue card » de l’école
    .body =
        Les écoles publiques ont une fiche de contacts d’urgence, appelée « blue card ».
        Vous pouvez y inscrire jusqu’à trois contacts d’urgence.
        Ajoutez-y l’adulte de confiance.

family-plan--papers =
    .title = Gardez vos papiers en lieu sûr
    .body =
        Faites des copies de vos papiers importants, comme les actes de naissance et les papiers d’immigration.
        Gardez-les dans un endroit sûr.
        Assurez-vous qu’une personne de confiance peut y accéder.

family-plan--lawyer =
    .title = Trouvez une vraie aide juridique
    .body =
        Parlez à un avocat avant de faire une demande, un renouvellement ou un voyage.
        Un représentant agréé par le ministère de la Justice des États-Unis (DOJ) peut aussi vous aider.
        N’allez jamais voir un « notario ». Aux États-Unis, un « notario » n’est pas un avocat.
        ActionNYC offre une aide juridique gratuite et confidentielle.

family-plan--end =
    .title = À retenir
    .point-numbers = Apprenez les numéros importants par cœur. Votre famille doit connaître votre numéro A.
    .point-caregiver = Choisissez un adulte de confiance pour vos enfants.
    .point-blue-card = Ajoutez cet adulte à la « blue card » de l’école.
    .point-papers = Gardez des copies de vos papiers dans un endroit sûr, accessible à une personne de confiance.
    .point-notario = Faites-vous aider par un avocat, jamais par un « notario ».
