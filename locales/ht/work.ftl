## Scenario: immigration agents come to your workplace.

work = Nan travay

work--arrive =
    .title = Ajan yo vini nan travay ou
    .body =
        Rete kalm. Pa kouri.
        Ajan yo ka antre nan zòn piblik yon biznis san manda.
        Pou zòn prive yo, yo bezwen yon manda yon jij siyen, oswa pèmisyon patwon an.
        Kisa k ap pase?
    .choice-public = Yo nan yon zòn piblik
    .choice-private = Yo vle antre nan yon zòn prive
    .choice-questioned = Y ap poze m kesyon
    .choice-paper = Yo montre yon papye

work--public =
    .title = Zòn piblik yon biznis
    .body =
        Yon zòn piblik se yon kote kliyan yo ka ale.
        Pa egzanp, antre a, oswa kote kliyan yo ye nan yon magazen.
        Ajan yo ka la san manda.
        La a tou, ou toujou gen dwa ou yo.

work--private =
    .title = Zòn prive yon biznis
    .body =
        Zòn prive yo se tankou sal repo, depo ak kote se anplwaye sèlman ki ka antre.
        Pou antre ladan yo, ajan yo bezwen yon manda yon jij siyen.
        Oswa yo bezwen pèmisyon patwon an.
        Pa bloke ni pouse yon ajan, menm si ou panse yo an tò.

work--employer =
    .title = Patwon an ka make zòn prive yo
    .body =
        Yon patwon ka mete afich sou zòn prive yo.
        Pa egzanp: “Prive. Pou anplwaye sèlman.”
        Afich yo montre kote ajan yo bezwen manda yon jij oswa pèmisyon.

work--rights =
    .title = Sa ou ka fè kòm travayè
    .body =
        Ou ka rete an silans.
        Ou ka mande si ou lib pou w ale.
        Ou gen dwa refize pou yo fouye afè ou.
        Ou ka mande yon entèprèt ak yon avoka.
        Di yo si ou gen bezwen medikal, oswa timoun pou w okipe.

work--say =
    .title = Di sa, epi rete an silans
    .body =
        Di mo sa yo ak kalm.
        Si yo di ou lib pou w ale, ale ak kalm. Pa kouri.
    .line-silent = Mwen ap rete an silans.
    .line-free = Èske m lib pou m ale?
    .line-no-consent = Mwen pa ba w pèmisyon pou fouye.
    .line-interpreter = Mwen vle yon entèprèt.
    .line-lawyer = Mwen vle pale ak yon avoka.

work--end =
    .title = Sa pou w sonje
    .point-public = Ajan yo ka antre nan zòn piblik san manda.
    .point-private = Zòn prive yo bezwen manda yon jij oswa pèmisyon patwon an.
    .point-silent = Ou ka rete an silans, epi refize pou yo fouye afè ou.
    .point-interpreter = Mande yon entèprèt ak yon avoka.
    .point-no-run = Pa janm kouri, pa janm reziste, pa janm bay manti.
