## Scenario: your information and city services.

your-data = Done ou ak sèvis Vil la

your-data--services =
    .title = Sèvi ak sèvis Vil la
    .body =
        Anplwaye Vil la mande estati imigrasyon ou sèlman lè yon sèvis bezwen l.
        Pa egzanp, pou wè si ou kalifye.
        Yo pa pataje l, sof nan kèk ka ki byen limite.
        Sa soti nan Lòd Egzekitif 41 ane 2003.
        Lwa sou Enfòmasyon Idantifikasyon ane 2017 la pwoteje enfòmasyon ou tou.

your-data--new-order =
    .title = Lòd 2026 la sou done ou
    .body =
        An fevriye 2026, majistra a te siyen Lòd Egzekitif 13.
        Ajans Vil la pa gen dwa pataje done prive ou ak ajan imigrasyon.
        Sèl eksepsyon an, se lè lalwa mande sa.
        Chak ajans Vil la nonmen yon responsab pou pwoteje enfòmasyon prive.

your-data--place =
    .title = Ki kote ou prale?
    .body = Chwazi yon kote pou w aprann plis.
    .choice-dmv = DMV a (biwo lisans)
    .choice-police = Lapolis (NYPD)
    .choice-hospital = Yon lopital Vil la
    .choice-other = Yon lòt biwo Vil la

your-data--dmv =
    .title = Nan DMV a
    .body =
        Lwa Green Light Law Nouyòk la pwoteje dosye DMV ou.
        DMV a pa pataje done ou ak ajan imigrasyon san yon lòd tribinal.
        Pa janm bay fo papye.

your-data--police =
    .title = Si ou rele lapolis
    .body =
        NYPD pa mande viktim oswa temwen estati imigrasyon yo.
        Ou ka rapòte yon krim.
        Nan yon ijans, rele 911.

your-data--hospital =
    .title = Nan NYC Health + Hospitals
    .body =
        Ou ka jwenn swen kèlkeswa estati imigrasyon ou.
        Yo bay dosye ou sèlman si ou dakò, oswa si lalwa mande sa.
        Siyati yon ofisye ICE pou kont li pa oblije lopital la bay dosye yo.
        Ajan yo bezwen manda yon jij pou antre nan zòn ki pa piblik.
        Eksepsyon yo se yon ijans, oswa lè anplwaye Vil la pèmèt sa.

your-data--limits =
    .title = Sa Vil la pa ka pwomèt
    .body =
        Yon lwa federal ane 1996 di vil yo pa ka entèdi nèt pataj estati imigrasyon.
        Ajans federal yo ka egzije done tou pa pwosedi legal, tankou yon lòd tribinal.
        Kidonk règ Vil sa yo pwoteje w, men pa nan tout ka.
        Pale ak yon avoka si ou enkyete.

your-data--end =
    .title = Sa pou w sonje
    .point-status = Anplwaye Vil la mande estati ou sèlman lè yon sèvis bezwen l.
    .point-sharing = Ajans Vil la pa pataje done prive, sof si lalwa mande sa.
    .point-dmv = DMV a bezwen yon lòd tribinal pou pataje done ak ajan imigrasyon.
    .point-police = NYPD pa mande viktim oswa temwen estati yo.
    .point-limits = Ajans federal yo ka toujou egzije done pa pwosedi legal.
