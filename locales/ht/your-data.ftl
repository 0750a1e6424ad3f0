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
        Chak ajans Vil la nonmen yon responsab vi prive (privacy officer), ki veye pou ajans lan pwoteje done ou.
        NYPD, Depatman Koreksyon (prizon) ak Pwobasyon dwe revize règ imigrasyon yo tou nan 90 jou.

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

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        Ensiste: anplwaye Vil la mande estati moun sèlman lè yon sèvis bezwen l.
        Ensiste: moun ka kontinye sèvi ak sèvis Vil la yo bezwen.
        Yon erè moun fè souvan, se pa al kay doktè, oswa pa rapòte yon krim, paske yo pè.
        Mande moun ki nan sal la: ki sèvis Vil la fanmi nou sèvi?
        Di verite a sou limit yo. Yon lwa federal ane 1996 ak pwosedi legal, tankou yon lòd tribinal, toujou aplike.
        Pa di Vil la pa janm ka pataje done. Sa se pwomèt twòp.

quiz-your-data--hospital =
    .question = Pitit ou malad. Ou pa gen papye, epi ou pè yon lopital Vil la ap denonse w.
    .answer-stay-home = Rete lakay, pa al kay doktè.
    .why-stay-home = NYC Health + Hospitals bay swen kèlkeswa estati ou. Yo bay dosye ou sèlman si ou dakò, oswa si lalwa mande sa.
    .answer-false-name = Ale, men bay yon fo non.
    .why-false-name = Bay vrè enfòmasyon. Swen nan NYC Health + Hospitals pa depann de estati ou.
    .answer-go = Mennen pitit ou nan NYC Health + Hospitals pou l jwenn swen.
    .why-go = Swen an pa depann de estati. Siyati yon ofisye ICE pou kont li pa oblije lopital la bay dosye yo.

quiz-your-data--witness =
    .question = Ou te wè yon vòl nan lari kote w rete a. Ou pè lapolis ap mande w estati ou.
    .answer-report = Rapòte l. NYPD pa mande temwen estati yo.
    .why-report = NYPD pa mande viktim oswa temwen estati imigrasyon yo. Nan yon ijans, rele 911.
    .answer-no-report = Pa di anyen, pou w pa an danje.
    .why-no-report = NYPD pa mande viktim oswa temwen estati yo. Ou ka rapòte yon krim.
    .answer-citizen = Rapòte l, men di ou se sitwayen, si yo ta mande.
    .why-citizen = Pa janm di ou se sitwayen si se pa vre. NYPD pa mande temwen estati yo.

quiz-your-data--dmv =
    .question = Ou vle yon lisans pou kondui. Yon zanmi di DMV a bay ICE tout bagay.
    .answer-avoid = Pa pwoche DMV a.
    .why-avoid = Lwa Green Light Law Nouyòk la pwoteje dosye DMV yo. DMV a bezwen yon lòd tribinal pou pataje yo ak ajan imigrasyon.
    .answer-apply = Fè demann lan ak vrè papye pa w.
    .why-apply = Green Light Law la pwoteje dosye DMV ou. DMV a pa pataje yo ak ajan imigrasyon san yon lòd tribinal.
    .answer-false-papers = Fè demann lan ak papye yon lòt moun, pou w an sekirite.
    .why-false-papers = Pa janm sèvi ak fo papye, ni papye yon lòt moun. Fè demann lan ak pwòp papye pa w.

quiz-your-data--promise =
    .question = Yon zanmi di: “Nouvo lòd la vle di Vil la pa janm ka bay ICE done m.”
    .answer-agree = “Wi, Vil la pa janm ka pataje yo.”
    .why-agree = Sa se pwomèt twòp. Ajans federal yo ka egzije done pa pwosedi legal, tankou yon lòd tribinal.
    .answer-stop-services = “Kidonk, sispann sèvi ak sèvis Vil la, pou w an sekirite.”
    .why-stop-services = Règ Vil la limite sa anplwaye yo mande ak sa yo pataje. Kontinye sèvi ak sèvis ou bezwen yo.
    .answer-limits = “Vil la limite pataj done, men li pa ka pwomèt sa nan tout ka.”
    .why-limits = Lòd Egzekitif 13 entèdi pataj done, sof lè lalwa mande sa. Ajans federal yo ka toujou egzije done pa pwosedi legal.
