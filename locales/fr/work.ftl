## Scenario: immigration agents come to your workplace.

work = Au travail

work--arrive =
    .title = Des agents viennent à votre travail
    .body =
        Restez calme. Ne vous enfuyez pas.
        Les agents peuvent entrer sans mandat dans les zones publiques d’une entreprise.
        Pour les zones privées, il faut un mandat signé par un juge, ou le consentement de l’employeur.
        Que se passe-t-il ?
    .choice-public = Ils sont dans une zone publique
    .choice-private = Ils veulent entrer dans une zone privée
    .choice-questioned = Ils me posent des questions
    .choice-paper = Ils montrent un papier

work--public =
    .title = Les zones publiques d’une entreprise
    .body =
        Une zone publique est un endroit où les clients peuvent aller.
        Par exemple, l’entrée ou la partie d’un magasin ouverte aux clients.
        Les agents peuvent y être sans mandat.
        Vous y gardez quand même vos droits.

work--private =
    .title = Les zones privées d’une entreprise
    .body =
        Les zones privées sont par exemple la salle de pause, la réserve et les espaces réservés au personnel.
        Pour y entrer, les agents ont besoin d’un mandat signé par un juge.
        Ou bien du consentement de l’employeur.
        Ne bloquez pas un agent et ne le poussez pas, même si vous pensez qu’il a tort.

work--employer =
    .title = L’employeur peut signaler les zones privées
    .body =
        Un employeur peut mettre des panneaux sur les zones privées.
        Par exemple : « Privé. Réservé au personnel. »
        Les panneaux montrent où les agents ont besoin d’un mandat de juge ou d’un consentement.

work--rights =
    .title = Ce que vous pouvez faire au travail
    .body =
        Vous pouvez garder le silence.
        Vous pouvez demander si vous êtes libre de partir.
        Vous pouvez refuser la fouille de vos affaires.
        Vous pouvez demander un interprète et un avocat.
        Dites-leur si vous avez des besoins médicaux ou des enfants à garder.

work--say =
    .title = Dites ceci, puis gardez le silence
    .body =
        Dites ces phrases calmement.
        S’ils disent que vous êtes libre de partir, partez calmement. Ne courez pas.
    .line-silent = Je vais garder le silence.
    .line-free = Suis-je libre de partir ?
    .line-no-consent = Je ne consens pas à la fouille.
    .line-interpreter = Je souhaite un interprète.
    .line-lawyer = Je souhaite parler à un avocat.

work--end =
    .title = À retenir
    .point-public = Les agents peuvent entrer sans mandat dans les zones publiques.
    .point-private = Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur.
    .point-silent = Vous pouvez garder le silence et refuser la fouille de vos affaires.
    .point-interpreter = Demandez un interprète et un avocat.
    .point-no-run = Ne vous enfuyez jamais, ne résistez jamais et ne mentez jamais.

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        Demandez au groupe : « Dans quelles parties de votre lieu de travail les clients peuvent-ils entrer ? »
        Insistez : les agents peuvent entrer sans mandat dans les zones publiques d’une entreprise.
        Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur.
        Erreur fréquente : s’enfuir par la porte de derrière quand les agents arrivent.
        Insistez : les travailleurs peuvent garder le silence, demander s’ils sont libres de partir et refuser la fouille de leurs affaires.
        Rappelez aux travailleurs de signaler leurs besoins médicaux ou les enfants dont ils s’occupent.
        Les employeurs peuvent signaler les zones privées avec des panneaux. Ils devraient parler à un avocat pour préparer un plan.

quiz-work--customer-area =
    .question = Des agents entrent dans la salle du restaurant où vous travaillez, là où sont les clients. Que faites-vous ?
    .answer-run = S’enfuir par la porte de derrière.
    .why-run = Ne vous enfuyez jamais. Restez calme. Vous gardez vos droits.
    .answer-calm = Rester calme. Vous pouvez garder le silence et demander si vous êtes libre de partir.
    .why-calm = Exact. Les agents peuvent entrer sans mandat dans les zones publiques. Vous y gardez quand même vos droits.
    .answer-block = Se mettre à la porte et leur dire qu’ils ne peuvent pas entrer.
    .why-block = Les agents peuvent entrer sans mandat dans les zones publiques. Ne bloquez jamais un agent et ne le poussez jamais.

quiz-work--break-room =
    .question = Un agent veut entrer dans la salle de pause réservée au personnel. La direction n’est pas là. Que faites-vous ?
    .answer-open-door = Lui ouvrir la porte de la salle de pause.
    .why-open-door = Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur. Demandez un mandat et prévenez votre employeur.
    .answer-block = Se placer devant la porte pour l’empêcher d’entrer.
    .why-block = Ne bloquez jamais un agent et ne le poussez jamais, même si vous pensez qu’il a tort. Vous pourrez agir plus tard avec l’aide d’un avocat.
    .answer-ask = Ne pas ouvrir. Demander un mandat signé par un juge, et prévenir votre employeur.
    .why-ask = Exact. Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur. S’il entre quand même, ne le bloquez pas.

quiz-work--status =
    .question = À votre poste de travail, un agent demande : « Êtes-vous en situation régulière ? » Que faites-vous ?
    .answer-silent = Dire : « Je vais garder le silence. » Puis demander : « Suis-je libre de partir ? »
    .why-silent = Exact. Vous pouvez garder le silence. S’ils disent que vous êtes libre de partir, partez calmement.
    .answer-lie = Dire oui, même si ce n’est pas vrai.
    .why-lie = Ne mentez jamais. Mentir à un agent fédéral est puni par la loi. Garder le silence ne l’est pas.
    .answer-false-papers = Montrer un permis de travail qui n’est pas vraiment le vôtre.
    .why-false-papers = Ne montrez jamais de faux papiers. Gardez le silence et demandez un avocat.

quiz-work--child =
    .question = Les agents disent que vous ne pouvez pas partir. Votre enfant vous attend à l’école. Que faites-vous ?
    .answer-sign = Signer le papier qu’ils vous donnent, pour partir plus vite.
    .why-sign = Ne signez rien sans avocat. Certains papiers peuvent vous faire perdre votre droit à une audience.
    .answer-tell = Leur dire que vous devez aller chercher votre enfant, et demander un avocat.
    .why-tell = Exact. Dites-leur si vous avez des enfants à garder ou des besoins médicaux. Ensuite, gardez le silence et demandez un avocat.
    .answer-run = Sortir discrètement par une porte de côté pour aller chercher votre enfant.
    .why-run = Ne vous enfuyez jamais. Parlez-leur de votre enfant. Un plan familial peut désigner un adulte de confiance pour aller le chercher.
