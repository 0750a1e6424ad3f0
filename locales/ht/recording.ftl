## Scenario: documenting and recording what happens.

recording = Anrejistre sa k ap pase

recording--rights =
    .title = Dwa ou pou anrejistre
    .body =
        Lwa Nouyòk pèmèt ou anrejistre fòs lòd yo si yo pa arete w.
        Ou ka pran nòt tou, epi kenbe sa ou anrejistre.
        Lwa sa a (Civil Rights Law 79-p) pa ba w dwa pou w mele nan travay yo.
        Li poko klè si lwa a kouvri ajan federal, tankou ICE.
        Anpil moun konsidere filme an piblik se yon dwa libète lapawòl.
        Men tribinal apèl federal pou Nouyòk poko deside sou sa.

recording--situation =
    .title = Kisa ou bezwen?
    .body = Chwazi sa ki koresponn ak sitiyasyon ou kounye a.
    .choice-film = Mwen vle filme ajan yo
    .choice-sound = Èske m ka anrejistre son?
    .choice-phone = Yon ajan vle telefòn mwen
    .choice-after = Sa fini. Kisa pou m fè?

recording--film-safely =
    .title = Filme ouvètman, a bon distans
    .body =
        Kenbe telefòn ou kote ajan yo ka wè l.
        Rete a yon bon distans. Pa bare chemen yo.
        Si yon ajan di w fè bak, fè bak. Kontinye filme.
        Filme ajan yo, pa figi moun y ap arete yo.
        Pa fè dirèk (livestream) ak figi okenn moun.
        Ou pa gen papye imigrasyon? Si ou gade oswa filme, ou menm ou pran yon risk. Ou ka ede lè ou ekri sa ou te wè, depi pi lwen.

recording--sound =
    .title = Anrejistre son
    .body =
        Ou ka anrejistre yon konvèsasyon ou ladan.
        Nan Nouyòk, se yon sèl moun nan konvèsasyon an ki bezwen dakò.
        Anrejistre konvèsasyon prive lòt moun an kachèt se yon krim.
        Kidonk filme ouvètman, pa janm an kachèt.

recording--phone =
    .title = Si yon ajan egzije telefòn ou
    .body =
        Pa reziste. Pa kouri.
        Di ou pa bay pèmisyon pou yo fouye.
        Pa debloke l, epi pa ba yo l debloke.
        Fèmen telefòn ou ak yon modpas. Li pi fasil pou yo fòse louvri l ak figi ou oswa anprent dwèt ou, epi tribinal yo pa tout dakò sou sa.
        Apre sa, rete an silans epi mande yon avoka.
    .line-no-search = Mwen pa ban nou pèmisyon pou nou fouye telefòn mwen.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

recording--backup =
    .title = Fè yon kopi videyo a
    .body =
        Fè yon kopi fichye orijinal la pi vit ou kapab.
        Kenbe yon kopi nan yon dezyèm kote ki an sekirite.

recording--write-down =
    .title = Ekri sa ou te wè
    .body =
        Ekri l pi vit ou kapab: dat la, lè a ak kote a.
        Ajans lan, non ajan yo ak nimewo badj yo. Ajans lan ka se ICE, HSI (envestigatè ICE yo), CBP (Ladwàn ak Pwoteksyon Fwontyè) oswa NYPD.
        Konbyen ajan te genyen. Inifòm oswa mas.
        Machin yo ak nimewo plak yo.
        Papye yo te montre, ak sa yo te di.
        Nenpòt fòs oswa dega. Ki kote yo te mennen moun nan.

recording--witnesses =
    .title = Mande temwen yo anvan
    .body =
        Lòt moun ka te wè sa tou.
        Mande yo pèmisyon anvan ou ekri non yo oswa nimewo telefòn yo.
        Ekri l sèlman si yo dakò.

recording--end =
    .title = Sa pou w sonje
    .point-openly = Filme ouvètman, a yon bon distans.
    .point-step-back = Pa janm mele nan travay yo. Fè bak lè yo di w fè bak.
    .point-agents = Filme ajan yo, pa figi moun y ap arete yo.
    .point-phone = Fèmen telefòn ou ak yon modpas. Pa debloke l pou yo fouye l.
    .point-backup = Fè yon kopi fichye a, epi ekri sa ou te wè.
    .point-secret = Anrejistre konvèsasyon prive lòt moun an kachèt se yon krim.

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        Ensiste: filme ouvètman, a yon bon distans. Pa janm mele nan travay yo.
        Ensiste: filme ajan yo, pa figi moun y ap arete yo. Pa fè dirèk (livestream) ak figi okenn moun.
        Yon erè moun fè souvan, se diskite lè yo di yo fè bak. Fè bak, epi kontinye filme.
        Mande moun ki nan sal la: ki kote nou ta fè yon kopi videyo a touswit?
        Di verite a: lwa Nouyòk pwoteje moun ki anrejistre lapolis. Li poko klè si l kouvri ICE.
        Anpil moun konsidere filme an piblik se yon dwa libète lapawòl. Tribinal apèl federal pou Nouyòk poko deside.
        Raple moun yo: anrejistre konvèsasyon prive lòt moun an kachèt se yon krim.

quiz-recording--step-back =
    .question = W ap filme ajan ICE sou twotwa a. Yon ajan di w fè bak.
    .answer-stay = Rete kote ou ye a, paske ou gen dwa filme.
    .why-stay = Dwa pou anrejistre a pa ba w dwa pou w mele nan travay yo. Fè bak, epi kontinye filme.
    .answer-step-back = Fè bak, epi kontinye filme.
    .why-step-back = Rete a yon bon distans, epi pa bare chemen yo. Ou ka kontinye filme.
    .answer-stop = Sispann filme, epi sere telefòn ou.
    .why-stop = Fè bak la ase. Kontinye filme ouvètman, a yon bon distans.

quiz-recording--faces =
    .question = W ap filme ajan yo pandan y ap arete vwazen ou. Yon zanmi di: “Fè dirèk pou tout moun wè.”
    .answer-livestream = Fè dirèk, ak figi vwazen ou sou ekran an.
    .why-livestream = Pa fè dirèk ak figi okenn moun. Filme ajan yo, epi fè yon kopi fichye a pita.
    .answer-close-up = Pwoche tou pre pou w pran figi vwazen ou byen klè.
    .why-close-up = Si ou pwoche twò pre, ou ka bare chemen ajan yo. Rete a yon bon distans, epi filme ajan yo pito.
    .answer-agents = Filme ajan yo a yon bon distans, pa figi vwazen ou.
    .why-agents = Filme ajan yo ak sa y ap fè. Pa filme figi moun y ap arete yo.

quiz-recording--phone =
    .question = Yon ajan di: “Ban m telefòn ou”, epi li lonje men pou pran l.
    .answer-unlock = Debloke telefòn nan, epi lonje l bay ajan an, pou montre ou pa gen anyen pou kache.
    .why-unlock = Si ou debloke l pou yo, se tankou ou dakò pou yo fouye l. Di: “Mwen pa ban nou pèmisyon pou nou fouye telefòn mwen.”
    .answer-hold = Kenbe l byen sere, epi rale l.
    .why-hold = Pa janm reziste. Di ou pa bay pèmisyon pou yo fouye, apre sa rete an silans.
    .answer-run = Kouri pou yo pa ka pran videyo ou.
    .why-run = Pa janm kouri. Rete kalm, epi di ou pa bay pèmisyon pou yo fouye.
    .answer-no-consent = Pa reziste. Di: “Mwen pa ban nou pèmisyon pou nou fouye telefòn mwen.”
    .why-no-consent = Pa reziste, men pa dakò pou yo fouye. Apre sa, rete an silans epi mande yon avoka.

quiz-recording--sound =
    .question = De ajan mete yo apa pou yo pale an prive. Ou vle anrejistre sa y ap di.
    .answer-openly = Filme ouvètman a yon bon distans, ak telefòn ou kote yo ka wè l.
    .why-openly = Filme ouvètman, kote ajan yo ka wè telefòn ou. Pa janm anrejistre an kachèt.
    .answer-hide = Kache telefòn ou tou pre pou w pran konvèsasyon prive yo.
    .why-hide = Anrejistre konvèsasyon prive lòt moun an kachèt se yon krim. Filme ouvètman pito.
    .answer-close = Pwoche tou pre pou telefòn ou ka pran pawòl yo.
    .why-close = Si ou pwoche twò pre, ou ka bare chemen yo. Rete a yon bon distans, epi filme ouvètman.
