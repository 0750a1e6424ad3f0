## Scenario: documenting and recording what happens.

recording = Enregistrer ce qui se passe

recording--rights =
    .title = Votre droit de filmer
    .body =
        La loi de New York vous permet de filmer les forces de l’ordre si vous n’êtes pas en état d’arrestation.
        Vous pouvez aussi prendre des notes, et garder ce que vous avez enregistré.
        Cette loi (Civil Rights Law 79-p) ne vous permet pas de gêner leur travail.
        On ne sait pas encore avec certitude si elle s’applique aux agents fédéraux, comme l’ICE.
        Filmer en public est largement reconnu comme un droit lié à la liberté d’expression.
        Mais la cour d’appel fédérale pour New York ne s’est pas prononcée sur ce point.

recording--situation =
    .title = De quoi avez-vous besoin ?
    .body = Choisissez ce qui correspond à votre situation.
    .choice-film = Je veux filmer des agents
    .choice-sound = Puis-je enregistrer le son ?
    .choice-phone = Un agent veut mon téléphone
    .choice-after = C’est fini. Que faire maintenant ?

recording--film-safely =
    .title = Filmez ouvertement, à bonne distance
    .body =
        Tenez votre téléphone de façon à ce que les agents le voient.
        Restez à bonne distance. Ne vous mettez pas sur leur chemin.
        Si un agent vous dit de reculer, reculez. Continuez à filmer.
        Filmez les agents, pas le visage des personnes arrêtées.
        Ne diffusez aucun visage en direct.
        Vous n’avez pas de statut d’immigration ? Regarder ou filmer vous expose personnellement à un risque. Vous pouvez aider en notant ce que vous avez vu, de plus loin.

recording--sound =
    .title = Enregistrer le son
    .body =
        Vous pouvez enregistrer une conversation à laquelle vous participez.
        À New York, il suffit qu’une seule personne de la conversation soit d’accord.
        Enregistrer en secret les conversations privées des autres est puni par la loi.
        Alors filmez ouvertement, jamais en secret.

recording--phone =
    .title = Si un agent exige votre téléphone
    .body =
        Ne résistez pas. Ne vous enfuyez pas.
        Dites que vous ne consentez pas à la fouille.
        Ne le déverrouillez pas, et ne le remettez pas déverrouillé.
        Verrouillez votre téléphone avec un code. Le déverrouillage par le visage ou l’empreinte digitale est plus facile à forcer, et les tribunaux ne sont pas d’accord sur ce point.
        Ensuite, gardez le silence et demandez un avocat.
    .line-no-search = Je ne consens pas à la fouille de mon téléphone.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.

recording--backup =
    .title = Sauvegardez votre vidéo
    .body =
        Sauvegardez le fichier original dès que possible.
        Gardez une copie dans un deuxième endroit sûr.

recording--write-down =
    .title = Notez ce que vous avez vu
    .body =
        Notez-le dès que possible : la date, l’heure et le lieu.
        L’agence, les noms et les numéros de badge. L’agence peut être l’ICE, HSI (les enquêteurs de l’ICE), CBP (douanes et protection des frontières, Customs and Border Protection) ou le NYPD.
        Le nombre d’agents. Uniformes ou masques.
        Les véhicules et les numéros de plaque d’immatriculation.
        Les papiers montrés, et ce qui a été dit.
        Toute violence ou tout dégât. L’endroit où la personne a été emmenée.

recording--witnesses =
    .title = Demandez d’abord aux témoins
    .body =
        D’autres personnes ont peut-être vu la scène aussi.
        Demandez-leur la permission avant de noter leur nom ou leur numéro de téléphone.
        Notez-les seulement si elles sont d’accord.

recording--end =
    .title = À retenir
    .point-openly = Filmez ouvertement, à bonne distance.
    .point-step-back = Ne gênez jamais les agents. Reculez quand on vous le dit.
    .point-agents = Filmez les agents, pas le visage des personnes arrêtées.
    .point-phone = Verrouillez votre téléphone avec un code. Ne le déverrouillez pas pour une fouille.
    .point-backup = Sauvegardez le fichier et notez ce que vous avez vu.
    .point-secret = Enregistrer en secret les conversations privées des autres est puni par la loi.

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        Insistez : filmez ouvertement, à bonne distance. Ne gênez jamais les agents.
        Insistez : filmez les agents, pas le visage des personnes arrêtées. Ne diffusez aucun visage en direct.
        Erreur fréquente : discuter quand un agent demande de reculer. Il faut reculer et continuer à filmer.
        Demandez au groupe : où sauvegarderiez-vous une vidéo tout de suite ?
        Soyez honnête : la loi de New York protège le droit de filmer la police. On ne sait pas encore avec certitude si elle s’applique à l’ICE.
        Filmer en public est largement reconnu comme un droit lié à la liberté d’expression. Mais la cour d’appel fédérale pour New York ne s’est pas prononcée.
        Rappelez au groupe qu’enregistrer en secret les conversations privées des autres est puni par la loi.

quiz-recording--step-back =
    .question = Vous filmez des agents de l’ICE sur le trottoir. Un agent vous dit de reculer.
    .answer-stay = Rester où vous êtes, parce que vous avez le droit de filmer.
    .why-stay = Le droit de filmer ne vous permet pas de gêner leur travail. Reculez et continuez à filmer.
    .answer-step-back = Reculer et continuer à filmer.
    .why-step-back = Restez à bonne distance et ne vous mettez pas sur leur chemin. Vous pouvez continuer à filmer.
    .answer-stop = Arrêter de filmer et ranger votre téléphone.
    .why-stop = Reculer suffit. Continuez à filmer ouvertement, à bonne distance.

quiz-recording--faces =
    .question = Vous filmez des agents qui arrêtent votre voisin. Un ami dit : « Diffuse en direct, pour que tout le monde voie. »
    .answer-livestream = Diffuser en direct, avec le visage de votre voisin à l’écran.
    .why-livestream = Ne diffusez aucun visage en direct. Filmez les agents, et sauvegardez le fichier ensuite.
    .answer-close-up = S’approcher pour bien filmer le visage de votre voisin.
    .why-close-up = En vous approchant, vous risquez de gêner les agents. Restez à bonne distance et filmez plutôt les agents.
    .answer-agents = Filmer les agents à bonne distance, pas le visage de votre voisin.
    .why-agents = Filmez les agents et ce qu’ils font. Ne filmez pas le visage des personnes arrêtées.

quiz-recording--phone =
    .question = Un agent dit : « Donnez-moi votre téléphone », et tend la main pour le prendre.
    .answer-unlock = Le déverrouiller et le donner pour montrer que vous n’avez rien à cacher.
    .why-unlock = Le déverrouiller pour eux revient à accepter une fouille. Dites : « Je ne consens pas à la fouille de mon téléphone. »
    .answer-hold = Le tenir fermement et l’écarter de l’agent.
    .why-hold = Ne résistez jamais. Dites que vous ne consentez pas à la fouille, puis gardez le silence.
    .answer-run = S’enfuir pour qu’ils ne prennent pas votre vidéo.
    .why-run = Ne vous enfuyez jamais. Restez calme et dites que vous ne consentez pas à la fouille.
    .answer-no-consent = Ne pas résister. Dire : « Je ne consens pas à la fouille de mon téléphone. »
    .why-no-consent = Ne résistez pas, mais n’acceptez pas la fouille. Ensuite, gardez le silence et demandez un avocat.

quiz-recording--sound =
    .question = Deux agents s’écartent pour parler en privé. Vous voulez enregistrer ce qu’ils disent.
    .answer-openly = Filmer ouvertement, à bonne distance, avec votre téléphone bien visible.
    .why-openly = Filmez ouvertement, là où les agents voient votre téléphone. N’enregistrez jamais en secret.
    .answer-hide = Cacher votre téléphone près d’eux pour capter leur conversation privée.
    .why-hide = Enregistrer en secret les conversations privées des autres est puni par la loi. Filmez plutôt ouvertement.
    .answer-close = S’approcher tout près pour que votre téléphone capte leurs paroles.
    .why-close = En vous approchant, vous risquez de les gêner. Restez à bonne distance et filmez ouvertement.
