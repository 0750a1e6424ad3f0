## Scenario: police or agents stop the car you are in.

car = Nan yon machin

car--pull-over =
    .title = Rale sou kote san danje
    .body =
        Kanpe nan yon kote ki san danje. Etenn motè a.
        Limen limyè anndan machin nan.
        Bese vit la yon ti kras.
        Kite men ou kote yo ka wè yo.

car--who =
    .title = Èske se ou k ap kondui?
    .choice-driver = Se mwen ki chofè a
    .choice-passenger = Mwen se pasaje

car--driver =
    .title = Si se ou ki chofè a
    .body =
        Montre lisans ou, rejistrasyon an ak asirans lan lè yo mande w.
        Di yo anvan ou lonje men pou pran nenpòt bagay.
        Pa janm montre fo papye. Pa janm bay manti.
        Pou tout lòt bagay, ou ka rete an silans.

car--passenger =
    .title = Si ou se pasaje
    .body =
        Ou ka rete an silans.
        Pa janm montre fo papye. Pa janm bay manti.
        Èske ou gen 18 an oswa plis, ak yon kat vèt (kat rezidan pèmanan) oswa yon viza?
        Lwa federal la di ou dwe pote l sou ou.
        Si yon ajan imigrasyon mande w li, montre l.

car--asks =
    .title = Kisa y ap fè kounye a?
    .choice-search = Yo vle fouye machin nan
    .choice-get-out = Yo di m soti nan machin nan
    .choice-questions = Y ap poze m kesyon
    .choice-arrest = Y ap arete m

car--search =
    .title = Si yo vle fouye machin nan
    .body =
        Ou gen dwa refize pou yo fouye machin nan oswa afè ou.
        Di sa ak kalm, epi byen klè.
        Si yo fouye kanmenm, pa reziste. Pa bloke yo.
        Si ou panse yo pa t respekte dwa ou, goumen pou sa pita ak yon avoka.
    .line-no-consent = Mwen pa ba w pèmisyon pou fouye.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

car--get-out =
    .title = Si yo di w soti nan machin nan
    .body =
        Ofisye yo ka ba w lòd pou w soti nan machin nan.
        Soti dousman, ak kalm. Pa reziste.
        Di yo anvan ou lonje men pou nenpòt bagay, menm senti sekirite a.
        Ou toujou gen dwa refize pou yo fouye w.

car--stay-silent =
    .title = Di sa, epi rete an silans
    .body = Di mo sa yo ak kalm. Apre sa, rete an silans.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-consent = Mwen pa ba w pèmisyon pou fouye.

car--end =
    .title = Sa pou w sonje
    .point-pull-over = Rale sou kote san danje, epi kite men ou kote yo ka wè yo.
    .point-driver = Chofè a montre lisans, rejistrasyon ak asirans.
    .point-passenger = Pasaje yo ka rete an silans.
    .point-search = Ou ka refize pou yo fouye. Men pa janm reziste.
    .point-never-lie = Pa janm bay manti, epi pa janm montre fo papye.
