## Scenario: you are stopped on the street, on the subway or in another public place.

street = Nan lari oswa nan metwo

street--stopped =
    .title = Mande si ou lib pou w ale
    .body =
        Rete kalm. Pa kouri.
        Mande: “Èske m lib pou m ale?”
        Ou gen dwa, kèlkeswa estati imigrasyon ou.
        Kisa yo di oswa kisa y ap fè?
    .choice-free = Yo di m lib pou m ale
    .choice-not-free = Yo di m pa lib pou m ale
    .choice-search = Yo vle fouye m
    .choice-papers = Yo mande m pyès idantite oswa papye m

street--free-to-go =
    .title = Si ou lib pou w ale
    .body =
        Ale ak kalm. Pa kouri.
        Ou pa oblije reponn kesyon yo.
        Pita, ekri sa k te pase.

street--not-free =
    .title = Si ou pa lib pou w ale
    .body =
        Rete kalm. Pa kouri, pa reziste.
        Di mo sa yo. Apre sa, rete an silans.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

street--what-next =
    .title = Kisa k ap pase apre sa?
    .choice-search = Yo vle fouye m
    .choice-papers = Yo mande m pyès idantite oswa papye m
    .choice-arrest = Y ap arete m
    .choice-let-go = Yo kite m ale

street--search =
    .title = Si yo vle fouye w
    .body =
        Ou gen dwa refize pou yo fouye w oswa fouye sak ou.
        Yo ka manyen rad ou sou deyò pou wè si ou gen zam.
        Pa reziste, menm si ou pa dakò.
        Si ou panse yo pa t respekte dwa ou, goumen pou sa pita ak yon avoka.
    .line-no-consent = Mwen pa ba w pèmisyon pou fouye.
    .line-silent = Mwen ap rete an silans.

street--papers =
    .title = Si yo mande pyès idantite oswa papye
    .body =
        Lwa Nouyòk pa oblije w pote pyès idantite sou ou.
        Men gen yon lwa federal pou kèk moun ki gen papye imigrasyon.
        Pa janm montre fo papye. Pa janm bay manti.
        Bay yon ajan federal manti se yon krim. Rete an silans pa yon krim.
    .choice-have-papers = Mwen gen 18 an oswa plis, epi m gen papye
    .choice-no-papers = Mwen pa gen papye imigrasyon

street--have-papers =
    .title = Pote papye ou sou ou
    .body =
        Èske ou gen 18 an oswa plis, ak yon kat vèt (kat rezidan pèmanan) oswa yon viza?
        Lwa federal la di ou dwe pote papye sa yo sou ou.
        Si yon ajan imigrasyon mande w yo, montre yo.
        Ou ka toujou rete an silans epi mande yon avoka.

street--no-papers =
    .title = Ou ka rete an silans
    .body =
        Ou pa oblije reponn kesyon sou estati imigrasyon ou.
        Pa pote ni montre papye ki soti nan yon lòt peyi.
        Pa janm montre fo papye.
        Pa janm di ou se sitwayen ameriken si se pa vre.
        Di mo sa yo. Apre sa, rete an silans.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

street--end =
    .title = Sa pou w sonje
    .point-free = Mande: “Èske m lib pou m ale?” Si yo di wi, ale ak kalm.
    .point-silent = Ou ka rete an silans. Pa janm bay manti.
    .point-search = Ou ka refize pou yo fouye w. Men pa janm reziste.
    .point-papers = Si ou gen 18 an oswa plis epi ou gen papye imigrasyon, pote yo sou ou.
    .point-no-run = Pa janm kouri, epi pa janm montre fo papye.
