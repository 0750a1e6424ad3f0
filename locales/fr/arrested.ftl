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

arrested--afraid =
    .title = Si vous avez peur de retourner dans votre pays
    .body =
        En 2025, le gouvernement a étendu le renvoi accéléré (« expedited removal ») : un renvoi rapide, sans audience devant un tribunal.
        Il vise les personnes qui ne peuvent pas prouver deux ans de présence aux États-Unis. La justice n’a pas encore tranché sur sa légalité.
        Si vous avez peur de retourner dans votre pays, dites-le clairement. Ensuite, demandez un avocat.
        Vous vivez ici depuis deux ans ou plus ? Dites-le à votre avocat, et gardez les preuves en lieu sûr.
    .line-afraid = J’ai peur de retourner dans mon pays.
    .line-lawyer = Je souhaite parler à un avocat.

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
        Demandez à appeler un avocat et votre famille. Un appel n’est pas garanti.
        Apprenez donc leurs numéros par cœur à l’avance.
        Assurez-vous que votre famille connaît votre numéro A (le numéro qui figure sur vos papiers d’immigration), si vous en avez un.
        Notez ou retenez le nom et le numéro de badge de l’agent.

arrested--help =
    .title = De quoi avez-vous besoin maintenant ?
    .body = La famille et les amis peuvent aussi utiliser cette partie.
    .choice-find = Retrouver une personne détenue
    .choice-lawyer = Obtenir un avocat gratuit
    .choice-court = J’ai une audience au tribunal de l’immigration
    .choice-nypd = Arrestation par la police (NYPD) pour une infraction

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
        C’était au 26 Federal Plaza, au 201 Varick et au 290 Broadway. Vérifiez auprès d’un avocat ce qu’il en est aujourd’hui.
        La loi de New York « Protect Our Courts Act » s’applique aux tribunaux de l’État, pas à ces tribunaux fédéraux.
        Ne manquez pas votre audience. Cela peut entraîner une ordonnance de renvoi (un ordre de quitter les États-Unis).
        Parlez à un avocat avant votre audience.

arrested--nypd =
    .title = Arrestation par la police pour une infraction
    .body =
        Dans une affaire pénale, vous aurez un avocat de la défense, même si vous ne pouvez pas payer.
        Dites à cet avocat votre statut d’immigration avant d’accepter tout plaidoyer (plea).
        Plaider coupable peut entraîner un renvoi (expulsion).
        La loi de la Ville limite les cas où le NYPD et les prisons de la Ville retiennent des personnes pour l’ICE. Demandez à votre avocat ce que cela change pour vous.

arrested--end =
    .title = À retenir
    .point-silent = Gardez le silence. Ne mentez jamais.
    .point-lawyer = Demandez un avocat et un interprète.
    .point-afraid = Vous avez peur de retourner dans votre pays ? Dites-le.
    .point-no-sign = Ne signez rien sans avocat.
    .point-numbers = Connaissez par cœur les numéros de votre avocat et de votre famille.
    .point-hearing = Ne manquez jamais une audience au tribunal de l’immigration.

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        Insistez sur trois étapes : garder le silence, demander un avocat, ne rien signer sans avocat.
        Insistez : garder le silence est légal, mais mentir à un agent fédéral est puni par la loi.
        Erreur fréquente : signer un papier pour sortir plus vite.
        Expliquez que certains papiers font perdre le droit à une audience devant un juge.
        Apprenez au groupe la phrase « J’ai peur de retourner dans mon pays. » Le renvoi rapide sans audience est actuellement contesté en justice.
        Un appel téléphonique n’est pas garanti. Demandez au groupe : quels numéros de téléphone connaissez-vous par cœur ?
        En cas d’arrestation par le NYPD pour une infraction : il faut dire son statut à l’avocat de la défense avant tout plaidoyer (plea).
        Soyez honnête : en 2025, l’ICE a arrêté des personnes dans les tribunaux de l’immigration de NYC. Pourtant, personne ne doit manquer une audience. Il faut d’abord parler à un avocat.

quiz-arrested--paper =
    .question = Vous êtes en détention. Un agent vous tend un papier et dit que si vous le signez, vous sortirez plus vite.
    .answer-sign = Le signer pour que ça se termine plus vite.
    .why-sign = Certains papiers vous font perdre votre droit à une audience devant un juge. Dites que vous ne signerez rien sans avocat.
    .answer-read = Le lire attentivement, et le signer s’il semble correct.
    .why-read = Des papiers comme le « départ volontaire » (voluntary departure) peuvent vous faire perdre votre audience et vous empêcher de revenir. Attendez d’avoir un avocat, même si le papier semble correct.
    .answer-refuse = Dire : « Je ne signerai rien sans avocat. »
    .why-refuse = Certains papiers vous font perdre votre droit à une audience. Un avocat peut vous expliquer ce que veut dire un papier.

quiz-arrested--questions =
    .question = On vous arrête. Un agent vous demande votre lieu de naissance et comment vous avez fait pour venir ici.
    .answer-lie = Dire que vous êtes né(e) aux États-Unis.
    .why-lie = Ne mentez jamais, et ne dites jamais que vous avez la nationalité américaine. Mentir à un agent fédéral est puni par la loi. Gardez plutôt le silence.
    .answer-silent = Dire : « Je vais garder le silence. Je souhaite parler à un avocat. »
    .why-silent = Vous pouvez garder le silence, quel que soit votre statut d’immigration. Garder le silence est légal ; mentir ne l’est pas.
    .answer-explain = Raconter toute votre histoire pour qu’ils comprennent.
    .why-explain = Vous n’avez pas à répondre. Dites « Je vais garder le silence » et demandez d’abord un avocat.

quiz-arrested--grab =
    .question = Des agents vous prennent par le bras pour vous arrêter. Pour vous, c’est sûr : ils se trompent de personne.
    .answer-pull-away = Retirer votre bras et leur dire qu’ils se trompent.
    .why-pull-away = Ne résistez jamais, même si vous pensez que l’arrestation n’est pas justifiée. Un avocat pourra la contester plus tard.
    .answer-run = S’enfuir dès qu’ils regardent ailleurs.
    .why-run = Ne vous enfuyez jamais. Restez calme, gardez le silence et demandez un avocat.
    .answer-argue = Discuter avec eux jusqu’à ce qu’ils vous écoutent.
    .why-argue = Discuter ne servira à rien pour l’instant. Dites « Je vais garder le silence » et demandez un avocat.
    .answer-calm = Rester calme, ne pas résister et demander un avocat.
    .why-calm = Ne résistez pas, même si vous pensez que l’arrestation n’est pas justifiée. Vous pourrez la contester plus tard avec un avocat.

quiz-arrested--court =
    .question = Votre cousin a une audience au tribunal de l’immigration du 26 Federal Plaza. Il a peur que l’ICE soit sur place.
    .answer-skip = Rester à la maison et ne pas aller à l’audience.
    .why-skip = Manquer une audience peut entraîner une ordonnance de renvoi (un ordre de quitter les États-Unis). Parlez plutôt à un avocat avant l’audience.
    .answer-lawyer = Parler à un avocat avant l’audience, et ne pas la manquer.
    .why-lawyer = Ne manquez jamais une audience. Un avocat peut aider votre cousin à se préparer avant d’y aller.
    .answer-notario = Payer un « notario » pour s’occuper de l’audience.
    .why-notario = Aux États-Unis, un « notario » (« notaire » en espagnol) n’est pas un avocat. Appelez une ligne d’aide juridique, comme ActionNYC.
