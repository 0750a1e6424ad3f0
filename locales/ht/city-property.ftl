## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = Nan yon bilding Vil la

city-property--rule =
    .title = Règ pou bilding Vil la
    .body =
        Yon lwa Vil la pwoteje zòn prive nan bilding Vil la.
        Sa gen ladan lopital Vil la, lekòl piblik, abri Vil la ak biwo Vil la.
        Li aplike pou ajan ki pa travay pou Vil la, tankou ICE.
        Yo bezwen yon manda yon jij siyen pou antre nan zòn sa yo.
        San manda, fòk anplwaye Vil la pèmèt sa, oswa fòk gen yon ijans.
        Lwa sa a se Kòd Administratif (Admin Code) 4-210. Lòd Egzekitif 13 ane 2026 la repete l.

city-property--public-areas =
    .title = Règ la pa kouvri zòn piblik
    .body =
        Règ la pa kouvri zòn piblik yo.
        Pa egzanp, lobi, sal datant, twotwa, arè bis ak teren jwèt.
        Ajan yo ka nan kote sa yo.
        Kidonk ICE ka toujou vini nan yon bilding Vil la.
        La a tou, ou toujou gen dwa ou yo.

city-property--where =
    .title = Ki kote ou ye?
    .choice-hospital = Nan yon lopital Vil la
    .choice-school = Nan yon lekòl piblik
    .choice-other = Nan yon abri oswa yon biwo Vil la
    .choice-stopped = Ajan yo kanpe m la

city-property--hospital =
    .title = Nan NYC Health + Hospitals
    .body =
        Ou ka jwenn swen kèlkeswa estati imigrasyon ou.
        Yo pataje dosye ou sèlman si ou dakò, oswa si lalwa mande sa.
        Yon papye se yon ofisye ICE sèlman ki siyen l pa oblije yo pataje dosye ou.

city-property--school =
    .title = Nan lekòl piblik NYC yo
    .body =
        Depatman Edikasyon an pa bay ajan sa yo pèmisyon pou antre.
        Direktè lekòl yo pa ka bay pèmisyon nonplis. Avoka lekòl yo verifye tout manda.
        Lekòl yo pa poze kesyon sou estati imigrasyon.
        Paran yo ka mete jiska twa kontak pou ijans sou “blue card” (kat ble) lekòl la.

city-property--services =
    .title = Sèvi ak sèvis Vil la
    .body =
        Anplwaye Vil la mande estati ou sèlman lè yo bezwen l pou wè si ou kalifye.
        Yo pa pataje l, sof nan kèk ka ki byen limite.
        Lòd Egzekitif 13 entèdi pataje done prive ou ak ajan imigrasyon.
        Sèl eksepsyon an, se lè lalwa mande sa.
        Chak ajans Vil la gen yon responsab pou pwoteje enfòmasyon prive.

city-property--limit =
    .title = Sa règ Vil la pa ka fè
    .body =
        Règ Vil sa yo gen limit.
        Yon lwa federal ane 1996 pa kite Vil la entèdi tout pataj estati imigrasyon.
        Ajans federal yo ka egzije done tou pa pwosedi legal, tankou yon lòd tribinal.
        Gid sa a se pa konsèy legal. Mande yon avoka pou ka pa w.

city-property--say =
    .title = Si ajan yo kanpe w la
    .body =
        Ou gen menm dwa ou genyen nenpòt lòt kote.
        Pa kouri, pa reziste, pa bloke yo.
        Di mo sa yo ak kalm. Apre sa, rete an silans.
    .line-silent = Mwen ap rete an silans.
    .line-no-consent = Mwen pa ba w pèmisyon pou fouye.
    .line-lawyer = Mwen vle pale ak yon avoka.

city-property--end =
    .title = Sa pou w sonje
    .point-private = Pi souvan, zòn prive nan bilding Vil la bezwen manda yon jij.
    .point-public = Règ la pa kouvri zòn piblik, tankou lobi ak sal datant.
    .point-hospital = Lopital Vil la bay swen kèlkeswa estati ou.
    .point-school = Lekòl piblik yo pa poze kesyon sou estati imigrasyon.
    .point-rights = Ou ka rete an silans epi refize pou yo fouye w.
