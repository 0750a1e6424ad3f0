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

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Insistez : un plan se fait maintenant, pendant que tout est calme.
        Demandez au groupe : qui appelleriez-vous en premier ? Connaissez-vous son numéro par cœur ?
        Insistez sur l’adulte de confiance pour les enfants, et sur la « blue card » de l’école.
        Erreur fréquente : aller voir un « notario ». Aux États-Unis, un « notario » n’est pas un avocat.
        Soyez honnête : quel outil de garde convient à une famille, c’est une question pour un avocat.
        Rappelez au groupe que ce guide n’est pas un avis juridique. ActionNYC offre une aide gratuite.

quiz-family-plan--numbers =
    .question = Les numéros de votre avocat et de votre famille sont enregistrés seulement dans votre téléphone.
    .answer-phone = Les garder dans le téléphone. Cela suffit.
    .why-phone = En cas de détention, vous n’aurez peut-être pas votre téléphone. Apprenez les numéros importants par cœur.
    .answer-later = Attendre, et s’en occuper s’il se passe quelque chose.
    .why-later = Un plan marche mieux quand on le fait pendant que tout est calme. Apprenez les numéros maintenant.
    .answer-memorize = Apprendre les numéros importants par cœur, et donner votre numéro A à votre famille.
    .why-memorize = Exact. En cas de détention, vous pouvez appeler un avocat et votre famille. Grâce à votre numéro A, votre famille pourra vous retrouver.

quiz-family-plan--children =
    .question = Vous vous inquiétez : qui ira chercher vos enfants à l’école en cas de détention ?
    .answer-trusted = Choisir un adulte de confiance, en parler avec lui, et l’ajouter à la « blue card ».
    .why-trusted = Exact. La « blue card » de l’école permet d’indiquer jusqu’à trois contacts d’urgence. Donnez à cet adulte une copie des actes de naissance de vos enfants.
    .answer-school = Compter sur l’école pour trouver une solution.
    .why-school = Faites un plan maintenant, pour que l’école sache qui appeler. Choisissez un adulte de confiance et ajoutez-le à la « blue card ».
    .answer-notario = Payer un « notario » pour rédiger des papiers de garde.
    .why-notario = Un « notario » n’est pas un avocat. Demandez à un avocat quels outils de New York existent pour la garde des enfants.

quiz-family-plan--caregiver-tools =
    .question = L’adulte de confiance devra peut-être prendre des décisions pour l’école et la santé de votre enfant.
    .answer-nothing = Ne rien faire. N’importe quel adulte de confiance peut décider.
    .why-nothing = Préparez-vous à l’avance avec un outil juridique. Parlez à un avocat de la « Designation of Person in Parental Relation ».
    .answer-ask-lawyer = Parler à un avocat de la « Designation of Person in Parental Relation » ou de la désignation d’un tuteur (standby guardianship).
    .why-ask-lawyer = Exact. La « Designation » ne passe pas par le tribunal. La désignation d’un tuteur passe par le tribunal de la famille (Family Court). Un avocat peut vous dire ce qui convient.
    .answer-your-id = Lui donner votre pièce d’identité pour qu’il signe à votre place, sous votre nom.
    .why-your-id = N’utilisez jamais les papiers de quelqu’un d’autre, et ne signez jamais sous le nom de quelqu’un d’autre. Utilisez un outil juridique, avec l’aide d’un avocat.

quiz-family-plan--notario =
    .question = Vous devez renouveler vos papiers. Un « notario » propose de déposer votre dossier rapidement, contre paiement.
    .answer-pay = Payer le « notario » pour qu’il dépose le dossier à votre place.
    .why-pay = Aux États-Unis, un « notario » n’est pas un avocat. Faites-vous aider par un avocat ou par un représentant agréé par le ministère de la Justice (DOJ).
    .answer-check = Remplir les formulaires vous-même, puis les faire vérifier par le « notario ».
    .why-check = Un « notario » n’est pas un avocat : sa vérification n’est pas une aide juridique. Parlez à un avocat avant de renouveler vos papiers.
    .answer-lawyer = Parler d’abord à un avocat ou à un représentant agréé par le ministère de la Justice (DOJ).
    .why-lawyer = Exact. Parlez-leur avant de faire une demande, un renouvellement ou un voyage. ActionNYC offre une aide juridique gratuite et confidentielle.
