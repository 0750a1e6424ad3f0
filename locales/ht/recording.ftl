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
        Apre sa, rete an silans epi mande yon avoka.
    .line-no-search = Mwen pa ba w pèmisyon pou fouye telefòn mwen.
    .line-silent = Mwen ap rete an silans.
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
        Ajans lan (ICE, HSI, CBP oswa NYPD), non ajan yo ak nimewo badj yo.
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
    .point-backup = Fè yon kopi fichye a, epi ekri sa ou te wè.
    .point-secret = Anrejistre konvèsasyon prive lòt moun an kachèt se yon krim.
