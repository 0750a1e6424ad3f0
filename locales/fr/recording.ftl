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
        L’agence (ICE, HSI, CBP ou NYPD), les noms et les numéros de badge.
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
    .point-backup = Sauvegardez le fichier et notez ce que vous avez vu.
    .point-secret = Enregistrer en secret les conversations privées des autres est puni par la loi.
