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
        Ils peuvent palper vos vêtements pour chercher des armes.
        Ne résistez pas, même si vous n’êtes pas d’accord.
        Si vous pensez que vos droits n’ont pas été respectés, vous pourrez agir plus tard avec l’aide d’un avocat.
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
        Avez-vous 18 ans ou plus, avec une carte verte (carte de résident permanent) ou un visa ?
        La loi fédérale vous oblige à avoir ces papiers sur vous.
        Si un agent de l’immigration vous les demande, montrez-les.
        Vous pouvez quand même garder le silence et demander un avocat.

street--no-papers =
    .title = Vous pouvez garder le silence
    .body =
        Vous n’avez pas à répondre aux questions sur votre statut.
        N’ayez pas sur vous de papiers d’un autre pays, et ne les montrez pas.
        Ne montrez jamais de faux papiers.
        Ne dites jamais que vous avez la nationalité américaine si ce n’est pas vrai.
        Dites ces phrases. Ensuite, gardez le silence.
    .line-silent = Je vais garder le silence.
    .line-lawyer = Je souhaite parler à un avocat.

street--end =
    .title = À retenir
    .point-free = Demandez : « Suis-je libre de partir ? » Si oui, partez calmement.
    .point-silent = Vous pouvez garder le silence. Ne mentez jamais.
    .point-search = Vous pouvez refuser une fouille. Mais ne résistez jamais à une fouille.
    .point-papers = Si vous avez 18 ans ou plus et des papiers d’immigration, gardez-les sur vous.
    .point-no-run = Ne vous enfuyez jamais, et ne montrez jamais de faux papiers.
