## Scenario: you are stopped on the street, on the subway or in another public place.

street = Dans la rue ou le métro

street--stopped =
    .title = Demandez si vous êtes libre de partir
    .body =
        Restez calme. Ne vous enfuyez pas.
        Demandez : « Suis-je libre de partir ? »
        Vous avez des droits, quel que soit votre statut d’immigration.
        Que disent-ils ou que font-ils ?
    .choice-free = Ils disent que je suis libre de partir
    .choice-not-free = Ils disent que je ne suis pas libre de partir
    .choice-search = Ils veulent me fouiller
    .choice-papers = Ils demandent ma pièce d’identité ou mes papiers

street--free-to-go =
    .title = Si vous êtes libre de partir
    .body =
        Partez calmement. Ne courez pas.
        Vous n’avez pas à répondre à leurs questions.
        Plus tard, notez ce qui s’est passé.

street--not-free =
    .title = Si vous n’êtes pas libre de partir
    .body =
        Restez calme. Ne vous enfuyez pas et ne résistez pas.
        Dites ces phrases. Ensuite, gardez le silence.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.

street--what-next =
    .title = Que se passe-t-il ensuite ?
    .choice-search = Ils veulent me fouiller
    .choice-papers = Ils demandent ma pièce d’identité ou mes papiers
    .choice-arrest = Ils m’arrêtent
    .choice-let-go = Ils me laissent partir

street--search =
    .title = S’ils veulent vous fouiller
    .body =
        Vous pouvez refuser qu’on vous fouille, vous ou votre sac.
        S’ils soupçonnent une arme, ils peuvent palper vos vêtements par-dessus.
        Ne résistez pas, même si vous n’êtes pas d’accord.
        Si vous pensez que vos droits n’ont pas été respectés, contestez-le plus tard avec un avocat.
    .line-no-consent = Je ne consens pas à la fouille.
    .line-silent = Je vais garder le silence.

street--papers =
    .title = S’ils demandent vos papiers
    .body =
        La loi de New York ne vous oblige pas à avoir une pièce d’identité sur vous.
        Mais une loi fédérale s’applique à certaines personnes qui ont des papiers d’immigration.
        Ne montrez jamais de faux papiers. Ne mentez jamais.
        Mentir à un agent fédéral est puni par la loi. Garder le silence ne l’est pas.
    .choice-have-papers = J’ai 18 ans ou plus et j’ai des papiers
    .choice-no-papers = Je n’ai pas de papiers d’immigration

street--have-papers =
    .title = Gardez vos papiers sur vous
    .body =
        Avez-vous 18 ans ou plus, avec des papiers d’enregistrement d’immigration ?
        Par exemple une carte verte (carte de résident permanent), un relevé d’arrivée I-94 ou un permis de travail.
        Depuis avril 2025, aussi la preuve d’enregistrement (formulaire G-325R).
        La loi fédérale vous oblige à les avoir sur vous. Un simple tampon de visa n’en fait pas partie.
        Les avocats conseillent : si un agent de l’immigration vous les demande, montrez-les.
        Vous pouvez quand même garder le silence et demander un avocat.

street--no-papers =
    .title = Vous pouvez garder le silence
    .body =
        Vous n’avez pas à répondre aux questions sur votre statut.
        N’ayez pas sur vous de papiers d’un autre pays, et ne les montrez pas.
        Ne montrez jamais de faux papiers.
        Ne dites jamais que vous avez la nationalité américaine si ce n’est pas vrai.
        Vous avez peur de retourner dans votre pays ? Dites-le, et demandez un avocat.
        Dites ces phrases. Ensuite, gardez le silence.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-afraid = J’ai peur de retourner dans mon pays.

street--end =
    .title = À retenir
    .point-free = Demandez : « Suis-je libre de partir ? » Si oui, partez calmement.
    .point-silent = Vous pouvez garder le silence. Ne mentez jamais.
    .point-search = Vous pouvez refuser une fouille. Mais ne résistez jamais à une fouille.
    .point-papers = 18 ans ou plus, avec des papiers d’enregistrement ? Gardez-les sur vous.
    .point-no-run = Ne vous enfuyez jamais, et ne montrez jamais de faux papiers.

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        Demandez au groupe : « Quelle est la première chose à demander si un agent vous interpelle ? »
        Insistez sur la phrase « Suis-je libre de partir ? ». Si la réponse est oui, on part calmement.
        Erreur fréquente : s’enfuir, ou répondre à toutes les questions par peur.
        Insistez : on peut refuser une fouille. S’ils soupçonnent une arme, les agents peuvent palper les vêtements par-dessus. Ne jamais résister.
        Expliquez clairement la règle sur les papiers : la loi de New York n’oblige pas à avoir une pièce d’identité sur soi.
        Mais les personnes de 18 ans ou plus doivent avoir sur elles les papiers d’enregistrement qu’elles ont reçus : carte verte, I-94, permis de travail ou preuve G-325R. C’est la loi fédérale.
        Les montrer à un agent de l’immigration qui les demande est un conseil, pas une obligation légale.
        Insistez : ne jamais mentir, et ne jamais montrer de faux papiers ni de papiers d’un autre pays.

quiz-street--stopped =
    .question = Deux agents vous interpellent sur le trottoir et commencent à vous poser des questions. Que faites-vous d’abord ?
    .answer-run = S’enfuir avant qu’ils posent d’autres questions.
    .why-run = Ne vous enfuyez jamais. Restez calme et demandez : « Suis-je libre de partir ? »
    .answer-ask-free = Rester calme et demander : « Suis-je libre de partir ? »
    .why-ask-free = S’ils disent oui, partez calmement. S’ils disent non, gardez le silence et demandez un avocat.
    .answer-answer = Répondre à toutes leurs questions pour qu’ils vous laissent tranquille.
    .why-answer = Vous n’avez pas à répondre à leurs questions. Demandez si vous êtes libre de partir. Ensuite, gardez le silence.

quiz-street--bag =
    .question = Dans le métro, un agent dit : « Je peux regarder dans votre sac ? » Que faites-vous ?
    .answer-let-look = Dire « D’accord » pour que ça finisse plus vite.
    .why-let-look = Dire « D’accord », c’est accepter la fouille. Vous pouvez dire : « Je ne consens pas à la fouille. »
    .answer-pull-away = Écarter votre sac et le serrer contre vous.
    .why-pull-away = Ne résistez jamais, même si vous n’êtes pas d’accord. Dites que vous ne consentez pas. Contestez-le plus tard avec un avocat.
    .answer-no-consent = Dire calmement : « Je ne consens pas à la fouille. »
    .why-no-consent = Vous pouvez refuser qu’on vous fouille, vous ou votre sac. S’ils fouillent quand même, ne résistez pas.

quiz-street--born =
    .question = Vous n’avez pas de papiers d’immigration. Un agent demande : « Quel est votre lieu de naissance ? » Que faites-vous ?
    .answer-silent = Dire « Je vais garder le silence » et demander un avocat.
    .why-silent = Vous n’avez pas à répondre aux questions sur votre statut. Garder le silence n’est pas puni par la loi.
    .answer-lie = Dire que vous êtes né(e) à New York.
    .why-lie = Ne mentez jamais, et ne dites jamais que vous avez la nationalité américaine si ce n’est pas vrai. Mentir à un agent fédéral est puni par la loi.
    .answer-foreign-id = Montrer la carte d’identité de votre pays d’origine.
    .why-foreign-id = Ne montrez pas de papiers d’un autre pays. Gardez plutôt le silence et demandez un avocat.

quiz-street--green-card =
    .question = Vous avez 20 ans et vous avez votre carte verte sur vous. Un agent de l’immigration demande vos papiers. Que faites-vous ?
    .answer-left-home = Dire que vous l’avez laissée à la maison.
    .why-left-home = Ne mentez jamais à un agent. Mentir à un agent fédéral est puni par la loi.
    .answer-show = Montrer votre carte verte. Vous pouvez ensuite garder le silence.
    .why-show = Selon la loi fédérale, les personnes de 18 ans ou plus qui ont une carte verte doivent l’avoir sur elles. Les avocats conseillent de la montrer quand un agent de l’immigration la demande.
    .answer-keep = La garder dans votre portefeuille et garder le silence.
    .why-keep = Pour le reste, vous pouvez garder le silence. Mais la loi fédérale vous oblige à avoir votre carte verte sur vous, et les avocats conseillent de la montrer quand un agent de l’immigration la demande.
