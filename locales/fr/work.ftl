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
    .choice-audit = L’employeur a reçu un avis d’inspection (Notice of Inspection)

work--paper =
    .title = Vérifiez le papier qu’ils montrent
    .body =
        C’est le propriétaire ou un responsable qui lit le papier, pas chaque membre du personnel.
        Un formulaire de l’ICE porte « Department of Homeland Security » (ministère de la Sécurité intérieure) en haut, et I-200 ou I-205 en bas. Il n’est pas signé par un juge.
        Répondez à chaque question. Si une réponse est non ou « je ne sais pas », ne le considérez pas comme un mandat de juge.
    .item-court = Le nom d’un tribunal est-il écrit en haut ? Par exemple « United States District Court » (tribunal fédéral de district).
    .item-judge = Est-il signé par un juge ? Pas par un agent de l’ICE, ni par un juge de l’immigration.
    .item-place = Indique-t-il cette entreprise et son adresse, et la liste des lieux à fouiller ? Un mandat d’arrêt signé par un juge peut ne nommer qu’une personne : dans ce cas, répondez « je ne sais pas ».
    .item-date = Est-il encore valable à la date d’aujourd’hui ?

work--not-judicial =
    .title = Ne le considérez pas comme un mandat de juge
    .body =
        Pour les zones privées, il faut toujours un mandat de juge ou le consentement de l’employeur.
        C’est le propriétaire ou la direction qui décide de consentir ou non. Le personnel n’a pas à donner son consentement.
        La direction peut dire : « Je ne consens pas à la fouille des zones privées. »
        Ne bloquez pas un agent et ne le poussez pas. Appelez l’avocat de l’entreprise.

work--judicial =
    .title = C’est peut-être un mandat de juge
    .body =
        S’il est valable, les agents peuvent fouiller les lieux qu’il indique, et seulement ceux-là.
        Ne résistez pas et ne les bloquez pas.
        Le personnel peut quand même garder le silence et demander un avocat.
        La direction devrait appeler l’avocat de l’entreprise.

work--audit =
    .title = Un avis d’inspection (contrôle des I-9)
    .body =
        Un contrôle des formulaires I-9 commence par un papier appelé avis d’inspection (Notice of Inspection).
        Il demande à l’employeur de présenter les formulaires I-9 du personnel, en général sous trois jours ouvrables.
        C’est un contrôle de papiers. Ce n’est ni une descente, ni un mandat pour entrer.
        Parlez à un avocat ou à un centre d’aide aux travailleurs (worker center) avant de signer ou de montrer quoi que ce soit.

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
        Demandez : « Suis-je libre de partir ? »
        Vous pouvez refuser la fouille de vos affaires.
        Demandez un interprète et un avocat.
        Dites-leur si vous avez des besoins médicaux ou des enfants à garder.

work--labor =
    .title = Vos droits au travail
    .body =
        Quel que soit votre statut d’immigration, vous avez des droits au travail.
        Vous avez droit à un salaire pour votre travail, et à un lieu de travail sûr.
        Vous pouvez vous unir avec vos collègues pour demander de meilleures conditions.
        Il est illégal de vous sanctionner parce que vous exercez ces droits.

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
    .point-labor = Quel que soit votre statut, vous avez droit à un salaire et à la sécurité au travail.
    .point-no-run = Ne vous enfuyez jamais, ne résistez jamais et ne mentez jamais.

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        Demandez au groupe : « Dans quelles parties de votre lieu de travail les clients peuvent-ils entrer ? »
        Insistez : les agents peuvent entrer sans mandat dans les zones publiques d’une entreprise.
        Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur.
        Erreur fréquente : s’enfuir par la porte de derrière quand les agents arrivent.
        Insistez : au travail, on peut garder le silence, demander si on est libre de partir et refuser la fouille de ses affaires.
        Rappelez au groupe qu’il faut signaler aux agents ses besoins médicaux ou les enfants dont on s’occupe.
        Les employeurs peuvent signaler les zones privées avec des panneaux. Ils devraient parler à un avocat pour préparer un plan.

quiz-work--customer-area =
    .question = Des agents entrent dans la salle du restaurant où vous travaillez, là où sont les clients. Que faites-vous ?
    .answer-run = S’enfuir par la porte de derrière.
    .why-run = Ne vous enfuyez jamais. Restez calme. Vous gardez vos droits.
    .answer-calm = Rester calme. Vous pouvez garder le silence et demander si vous êtes libre de partir.
    .why-calm = Les agents peuvent entrer sans mandat dans les zones publiques. Vous y gardez quand même vos droits.
    .answer-block = Se mettre à la porte et leur dire qu’ils ne peuvent pas entrer.
    .why-block = Les agents peuvent entrer sans mandat dans les zones publiques. Ne bloquez jamais un agent et ne le poussez jamais.

quiz-work--break-room =
    .question = Un agent veut entrer dans la salle de pause réservée au personnel. La direction n’est pas là. Que faites-vous ?
    .answer-open-door = Lui ouvrir la porte de la salle de pause.
    .why-open-door = Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur. Demandez un mandat et prévenez votre employeur.
    .answer-block = Se placer devant la porte pour l’empêcher d’entrer.
    .why-block = Ne bloquez jamais un agent et ne le poussez jamais, même si vous pensez qu’il a tort. Contestez-le plus tard avec un avocat.
    .answer-ask = Ne pas ouvrir. Demander un mandat signé par un juge, et prévenir votre employeur.
    .why-ask = Pour les zones privées, il faut un mandat de juge ou le consentement de l’employeur. S’il entre quand même, ne le bloquez pas.

quiz-work--status =
    .question = À votre poste de travail, un agent demande : « Êtes-vous en situation régulière ? » Que faites-vous ?
    .answer-silent = Dire : « Je vais garder le silence. » Puis demander : « Suis-je libre de partir ? »
    .why-silent = Vous pouvez garder le silence. S’ils disent que vous êtes libre de partir, partez calmement.
    .answer-lie = Dire oui, même si ce n’est pas vrai.
    .why-lie = Ne mentez jamais. Mentir à un agent fédéral est puni par la loi. Garder le silence ne l’est pas.
    .answer-false-papers = Montrer un permis de travail qui n’est pas vraiment le vôtre.
    .why-false-papers = Ne montrez jamais de faux papiers. Gardez le silence et demandez un avocat.

quiz-work--child =
    .question = Les agents disent que vous ne pouvez pas partir. Votre enfant vous attend à l’école. Que faites-vous ?
    .answer-sign = Signer le papier qu’ils vous donnent, pour partir plus vite.
    .why-sign = Ne signez rien sans avocat. Certains papiers peuvent vous faire perdre votre droit à une audience.
    .answer-tell = Leur dire que vous devez aller chercher votre enfant, et demander un avocat.
    .why-tell = Dites-leur si vous avez des enfants à garder ou des besoins médicaux. Ensuite, gardez le silence et demandez un avocat.
    .answer-run = Sortir discrètement par une porte de côté pour aller chercher votre enfant.
    .why-run = Ne vous enfuyez jamais. Parlez-leur de votre enfant. Un plan familial peut désigner un adulte de confiance pour aller le chercher.
