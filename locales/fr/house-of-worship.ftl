## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = Dans un lieu de culte

house-of-worship--role =
    .title = Un lieu de culte n’est pas interdit à l’ICE
    .body =
        Une église, une mosquée, une synagogue ou un temple n’est pas interdit à l’ICE.
        En janvier 2025, le DHS (le ministère dont dépend l’ICE) a mis fin à sa politique des « lieux sensibles ».
        Mais pour entrer dans les zones privées, il faut toujours un mandat signé par un juge, ou un consentement.
        Qui êtes-vous ?
    .choice-leader = J’aide à diriger un lieu de culte
    .choice-member = Je fais partie d’une communauté religieuse
    .choice-agents = Des agents sont là en ce moment

house-of-worship--plan =
    .title = Faites un plan avant toute visite
    .body =
        Décidez quelles zones sont privées, comme les bureaux et les pièces du fond.
        Vous pouvez signaler ces zones avec des panneaux.
        Pour y entrer, les agents ont besoin d’un mandat de juge ou d’un consentement.
        Désignez une personne responsable pour accueillir les agents.
        Cette personne demande le mandat et appelle votre avocat.

house-of-worship--guidance =
    .title = Informez-vous et parlez à un avocat
    .body =
        Le bureau du procureur général de l’État de New York a publié des consignes en février 2025.
        Elles concernent les lieux privés et les organismes à but non lucratif, comme les lieux de culte.
        Parlez de votre plan à un avocat.
        Ce guide n’est pas un avis juridique.

house-of-worship--member =
    .title = Si vous êtes membre
    .body =
        Votre lieu de culte n’est pas interdit aux agents.
        Demandez qui est la personne responsable dans votre communauté.
        Si des agents viennent, laissez cette personne leur parler.
        Vous gardez vos droits, quel que soit votre statut.

house-of-worship--agents-here =
    .title = Si des agents viennent
    .body =
        Restez calme. Ne vous enfuyez pas.
        Ne résistez pas et ne les bloquez pas, même si vous pensez qu’ils ont tort.
        Vous pourrez le contester plus tard avec un avocat.
        Pour entrer dans les zones privées, il faut un mandat de juge ou un consentement.
    .choice-point-person = Je suis la personne responsable
    .choice-asked = Des agents me posent des questions
    .choice-warrant = Ils montrent un mandat

house-of-worship--paper =
    .title = Personne responsable : vérifiez le papier
    .body =
        C’est la personne responsable qui lit le papier. Les autres la laissent faire.
        Un formulaire de l’ICE porte « Department of Homeland Security » (ministère de la Sécurité intérieure) en haut, et I-200 ou I-205 en bas. Il n’est pas signé par un juge.
        Répondez à chaque question. Si une réponse est non ou « je ne sais pas », ne le considérez pas comme un mandat de juge.
    .item-court = Le nom d’un tribunal est-il écrit en haut ? Par exemple « United States District Court » (tribunal fédéral de district).
    .item-judge = Est-il signé par un juge ? Pas par un agent de l’ICE, ni par un juge de l’immigration.
    .item-place = Indique-t-il ce lieu de culte et son adresse, et la liste des lieux à fouiller ? Un mandat d’arrêt signé par un juge peut ne nommer qu’une personne : dans ce cas, répondez « je ne sais pas ».
    .item-date = Est-il encore valable à la date d’aujourd’hui ?

house-of-worship--not-judicial =
    .title = Ne le considérez pas comme un mandat de juge
    .body =
        Pour les zones privées, il faut toujours un mandat de juge ou un consentement.
        C’est la personne responsable qui décide de consentir ou non, au nom de la communauté.
        Ne bloquez ni une porte ni un agent. Appelez votre avocat.

house-of-worship--judicial =
    .title = C’est peut-être un mandat de juge
    .body =
        S’il est valable, les agents peuvent fouiller les lieux qu’il indique, et seulement ceux-là.
        Ne résistez pas et ne les bloquez pas.
        Tout le monde peut quand même garder le silence et demander un avocat.
        Appelez votre avocat.

house-of-worship--say-point =
    .title = Personne responsable : dites ceci
    .body =
        Accueillez les agents calmement. Demandez à voir le mandat.
        Pour les zones privées, il faut un mandat signé par un juge, ou un consentement, sauf en cas d’urgence.
        Ensuite, appelez votre avocat.
    .line-no-entry = Je ne consens pas à ce que vous entriez dans les zones privées.
    .line-show-warrant = Veuillez me montrer le mandat.
    .line-lawyer = Je souhaite parler à un avocat.

house-of-worship--say-member =
    .title = Si des agents vous posent des questions
    .body =
        Vous pouvez garder le silence, quel que soit votre statut d’immigration.
        Ne mentez pas. Ne montrez jamais de faux papiers.
        Vous avez 18 ans ou plus, avec des papiers d’enregistrement comme une carte verte ? La loi vous oblige à les avoir sur vous. Si un agent de l’immigration les demande, les avocats conseillent de les montrer.
        S’ils disent que vous êtes libre de partir, partez calmement.
    .line-free-to-go = Suis-je libre de partir ?
    .line-silent = Je vais garder le silence.
    .line-no-search = Je ne consens pas à la fouille.
    .line-lawyer = Je souhaite parler à un avocat.

house-of-worship--end =
    .title = À retenir
    .point-not-off-limits = Un lieu de culte n’est pas interdit à l’ICE.
    .point-private = Pour les zones privées, il faut un mandat de juge ou un consentement.
    .point-point-person = Désignez une personne responsable pour accueillir les agents et appeler l’avocat.
    .point-silent = Tout le monde peut garder le silence. Ne mentez jamais.
    .point-lawyer = Parlez de votre plan à un avocat.

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        Insistez : un lieu de culte n’est pas interdit à l’ICE.
        Le DHS a mis fin à sa politique des « lieux sensibles » en janvier 2025. Ne dites pas le contraire.
        Insistez : pour les zones privées, il faut toujours un mandat de juge ou un consentement.
        Erreur fréquente : se regrouper autour des agents ou bloquer une porte. Ne bloquez jamais un agent.
        Demandez au groupe : qui est notre personne responsable, et quelles pièces sont privées ?
        Mentionnez les consignes du procureur général de l’État de New York pour les lieux de culte (février 2025).
        Soyez honnête : ceci n’est pas un avis juridique. Demandez à un avocat de vérifier votre plan.

quiz-house-of-worship--off-limits =
    .question = Un membre dit : « L’ICE ne peut jamais entrer dans une église. » Que lui répondez-vous ?
    .answer-agree = « C’est vrai. Une église est interdite à l’ICE. »
    .why-agree = C’était une ancienne politique. Le DHS y a mis fin en janvier 2025. Ne dites pas aux gens qu’une église est interdite à l’ICE.
    .answer-services = « Ils ne peuvent pas entrer pendant un office. »
    .why-services = Aucune politique n’empêche les agents d’entrer, pendant un office ou en dehors. Faites un plan, et signalez vos zones privées.
    .answer-not-off-limits = « Une église n’est pas interdite à l’ICE, mais pour les zones privées, il faut un mandat de juge ou un consentement. »
    .why-not-off-limits = Le DHS a mis fin à sa politique des « lieux sensibles » en janvier 2025. Pour les zones privées, il faut toujours un mandat de juge ou un consentement.

quiz-house-of-worship--who-speaks =
    .question = Des agents entrent dans le hall pendant un office. Plusieurs membres se précipitent vers eux.
    .answer-block = Des membres se mettent dans l’encadrement de la porte pour que les agents ne puissent pas aller plus loin.
    .why-block = Ne bloquez jamais un agent, même si vous pensez qu’il a tort. Laissez parler la personne responsable, et contestez-le plus tard avec un avocat.
    .answer-point-person = La personne responsable les accueille, demande le mandat et appelle l’avocat.
    .why-point-person = Une seule personne, calme, parle au nom de la communauté. Les autres personnes peuvent garder le silence.
    .answer-everyone = Tout le monde répond aux questions des agents pour montrer qu’il n’y a rien à cacher.
    .why-everyone = Personne n’est obligé de répondre aux questions. Laissez parler la personne responsable. Les autres peuvent garder le silence.

quiz-house-of-worship--office =
    .question = Vous êtes la personne responsable. Des agents veulent entrer dans le bureau du pasteur. Ils ne montrent aucun mandat.
    .answer-let-in = Les laisser entrer pour que tout reste calme.
    .why-let-in = Les laisser entrer, c’est donner votre consentement. Dites : « Je ne consens pas à ce que vous entriez dans les zones privées. »
    .answer-stand = Se placer devant la porte pour qu’ils ne puissent pas passer.
    .why-stand = Ne bloquez jamais un agent avec votre corps. Dites que vous ne consentez pas, puis appelez votre avocat.
    .answer-no-consent = Dire : « Je ne consens pas à ce que vous entriez dans les zones privées. » Puis appeler votre avocat.
    .why-no-consent = Pour les zones privées, il faut un mandat de juge ou un consentement. S’ils entrent quand même, ne les bloquez pas.

quiz-house-of-worship--parking-lot =
    .question = Vous quittez le lieu de culte. Sur le parking, un agent vous demande votre lieu de naissance.
    .answer-silent = Dire : « Je vais garder le silence. » Puis demander : « Suis-je libre de partir ? »
    .why-silent = Vous pouvez garder le silence, quel que soit votre statut. Si vous êtes libre de partir, partez calmement.
    .answer-citizen = Dire que vous avez la nationalité américaine, même si ce n’est pas vrai.
    .why-citizen = Ne dites jamais que vous avez la nationalité américaine si ce n’est pas vrai. Mentir à un agent fédéral est puni par la loi. Garder le silence ne l’est pas.
    .answer-run = Retourner en courant à l’intérieur du bâtiment.
    .why-run = Ne vous enfuyez jamais. Restez calme, gardez le silence et demandez si vous êtes libre de partir.
