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
    .title = Apprenez par cœur les numéros importants
    .body =
        En cas de détention, demandez à appeler un avocat et votre famille. Un appel n’est pas garanti.
        Apprenez donc leurs numéros par cœur.
        Avez-vous un numéro A ? C’est le numéro qui figure sur vos papiers d’immigration.
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
    .title = Un formulaire pour l’école et les médecins
    .body =
        New York a un formulaire appelé « Designation of Person in Parental Relation » (désignation d’une personne qui agit comme un parent).
        Avec ce formulaire, un parent désigne un adulte qui prendra les décisions scolaires et médicales pour un enfant.
        Pas besoin d’aller au tribunal. Il dure un temps limité, et vous pouvez l’annuler.
        Il ne donne pas la garde de l’enfant, et il ne vous retire pas vos droits de parent.
        Certaines parties doivent être signées devant un notaire public (notary public), qui sert seulement de témoin pour les signatures. Demandez à un avocat lesquelles.

family-plan--standby =
    .title = La désignation d’un tuteur (standby guardianship)
    .body =
        Un tuteur désigné (standby guardian) est un adulte qui peut prendre le relais auprès de vos enfants si vous ne le pouvez plus.
        À New York, vous pouvez le désigner par écrit, devant deux témoins.
        Depuis 2018, cela peut prendre effet en cas d’arrestation, de détention ou d’expulsion par les services de l’immigration.
        Une demande au tribunal doit suivre peu après, devant le Surrogate’s Court ou le tribunal de la famille (Family Court).
        Demandez à un avocat de vous aider à la mettre en place.

family-plan--school =
    .title = Mettez à jour la « blue card » de l’école
    .body =
        Les écoles publiques ont une fiche de contacts d’urgence, appelée « blue card ».
        Vous pouvez y inscrire jusqu’à trois contacts d’urgence.
        Ajoutez-y l’adulte de confiance.

family-plan--money =
    .title = Argent, passeports et santé
    .body =
        Pensez à qui pourrait payer le loyer et les factures si vous ne le pouvez pas.
        Une procuration financière (financial power of attorney) permet à une personne de confiance d’agir en votre nom.
        Décidez qui peut accéder à vos comptes bancaires.
        Rangez les passeports et les actes de naissance là où cette personne peut les trouver.
        Notez les médicaments, les allergies et les médecins de chaque membre de la famille.

family-plan--papers =
    .title = Gardez vos papiers en lieu sûr
    .body =
        Faites des copies de vos papiers importants, comme les actes de naissance et les papiers d’immigration.
        Gardez des preuves de la durée de votre présence ici : baux, fiches de paie, dossiers scolaires, médicaux ou fiscaux.
        Deux ans ou plus peuvent compter devant un tribunal. Demandez à un avocat s’il faut avoir ces preuves sur vous.
        Gardez le tout dans un endroit sûr, avec une copie chez une personne de confiance.

family-plan--lawyer =
    .title = Trouvez une vraie aide juridique
    .body =
        Parlez à un avocat avant de faire une demande, un renouvellement ou un voyage.
        Un représentant agréé par le ministère de la Justice des États-Unis (DOJ) peut aussi vous aider.
        Un « notario » qui vend des conseils en immigration, c’est une arnaque. Aux États-Unis, un « notario » (« notaire » en espagnol) n’est pas un avocat.
        Un notaire public (notary public) sert seulement de témoin pour des signatures. Ce n’est pas un avocat non plus.
        ActionNYC offre une aide juridique gratuite et confidentielle.

family-plan--end =
    .title = À retenir
    .point-numbers = Apprenez les numéros importants par cœur. Assurez-vous que votre famille connaît votre numéro A.
    .point-caregiver = Choisissez un adulte de confiance pour vos enfants, et parlez des formulaires à un avocat.
    .point-blue-card = Ajoutez cet adulte à la « blue card » de l’école.
    .point-papers = Gardez dans un endroit sûr des copies de vos papiers et des preuves de votre présence ici.
    .point-notario = Faites-vous aider par un avocat, jamais par un « notario ».

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Insistez : un plan se fait maintenant, pendant que tout est calme.
        Demandez au groupe : qui appelleriez-vous en premier ? Connaissez-vous son numéro par cœur ? Après une arrestation, un appel n’est pas garanti.
        Insistez sur l’adulte de confiance pour les enfants, sur la « blue card » de l’école, et sur qui peut payer les factures.
        Expliquez les deux formulaires de New York : la « Designation of Person in Parental Relation » (école et médecins) et la désignation d’un tuteur (standby guardianship).
        Erreur fréquente : aller voir un « notario ». Un « notario » (« notaire » en espagnol) n’est pas un avocat. Un notaire public (notary public), qui sert seulement de témoin pour des signatures, ne l’est pas non plus.
        Soyez honnête : quel outil de garde convient à une famille, c’est une question pour un avocat.
        Rappelez au groupe que ce guide n’est pas un avis juridique. ActionNYC offre une aide gratuite.

quiz-family-plan--numbers =
    .question = Les numéros de votre avocat et de votre famille sont enregistrés seulement dans votre téléphone.
    .answer-phone = Les garder dans le téléphone. Cela suffit.
    .why-phone = En cas de détention, vous n’aurez peut-être pas votre téléphone. Apprenez les numéros importants par cœur.
    .answer-later = Attendre, et s’en occuper s’il se passe quelque chose.
    .why-later = Un plan marche mieux quand on le fait pendant que tout est calme. Apprenez les numéros maintenant.
    .answer-memorize = Apprendre les numéros importants par cœur, et donner votre numéro A à votre famille.
    .why-memorize = En cas de détention, demandez à appeler un avocat et votre famille ; un appel n’est pas garanti. Grâce à votre numéro A, votre famille pourra vous retrouver.

quiz-family-plan--children =
    .question = Vous vous inquiétez : qui ira chercher vos enfants à l’école en cas de détention ?
    .answer-trusted = Choisir un adulte de confiance, en parler avec lui, et l’ajouter à la « blue card ».
    .why-trusted = La « blue card » de l’école permet d’indiquer jusqu’à trois contacts d’urgence. Donnez à cet adulte une copie des actes de naissance de vos enfants.
    .answer-school = Compter sur l’école pour trouver une solution.
    .why-school = Faites un plan maintenant, pour que l’école sache qui appeler. Choisissez un adulte de confiance et ajoutez-le à la « blue card ».
    .answer-notario = Payer un « notario » pour rédiger des papiers de garde.
    .why-notario = Aux États-Unis, un « notario » (« notaire » en espagnol) n’est pas un avocat. Demandez à un avocat quels outils de New York existent pour la garde des enfants.

quiz-family-plan--caregiver-tools =
    .question = L’adulte de confiance devra peut-être prendre des décisions pour l’école et la santé de votre enfant.
    .answer-nothing = Ne rien faire. N’importe quel adulte de confiance peut décider.
    .why-nothing = Préparez-vous à l’avance avec un outil juridique. Parlez à un avocat de la « Designation of Person in Parental Relation ».
    .answer-ask-lawyer = Parler à un avocat de la « Designation of Person in Parental Relation » ou de la désignation d’un tuteur (standby guardianship).
    .why-ask-lawyer = La « Designation » ne passe pas par le tribunal. La désignation d’un tuteur se fait par écrit, puis un tribunal la confirme : le Surrogate’s Court ou le tribunal de la famille (Family Court). Un avocat peut vous dire ce qui convient.
    .answer-your-id = Lui donner votre pièce d’identité pour qu’il signe à votre place, sous votre nom.
    .why-your-id = N’utilisez jamais les papiers de quelqu’un d’autre, et ne signez jamais sous le nom de quelqu’un d’autre. Utilisez un outil juridique, avec l’aide d’un avocat.

quiz-family-plan--notario =
    .question = Vous devez renouveler vos papiers. Un « notario » (« notaire » en espagnol) propose de déposer votre dossier rapidement, contre paiement.
    .answer-pay = Payer le « notario » pour qu’il dépose le dossier à votre place.
    .why-pay = Aux États-Unis, un « notario » n’est pas un avocat. Faites-vous aider par un avocat ou par un représentant agréé par le ministère de la Justice (DOJ).
    .answer-check = Remplir les formulaires vous-même, puis les faire vérifier par le « notario ».
    .why-check = Un « notario » n’est pas un avocat : sa vérification n’est pas une aide juridique. Parlez à un avocat avant de renouveler vos papiers.
    .answer-lawyer = Parler d’abord à un avocat ou à un représentant agréé par le ministère de la Justice (DOJ).
    .why-lawyer = Parlez-leur avant de faire une demande, un renouvellement ou un voyage. ActionNYC offre une aide juridique gratuite et confidentielle.
