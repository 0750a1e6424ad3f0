## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = Nan yon bilding Vil la

city-property--rule =
    .title = Règ pou bilding Vil la
    .body =
        Yon lwa Vil la pwoteje zòn prive nan bilding Vil la.
        Sa gen ladan lopital Vil la, lekòl piblik, abri Vil la ak biwo Vil la.
        Li aplike pou ajan ki pa travay pou Vil la, tankou ICE.
        Yo bezwen yon manda yon jij siyen pou antre nan zòn sa yo.
        Sèl lòt fason pou yo antre: anplwaye Vil la ba yo pèmisyon, oswa gen yon ijans.
        Lwa sa a se Kòd Administratif NYC (NYC Administrative Code), seksyon 4-210. Lòd Egzekitif 13 ane 2026 la repete l.

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

city-property--shelter =
    .title = Nan yon abri oswa yon biwo Vil la
    .body =
        Chanm, biwo ak kote se anplwaye sèlman ki ka antre, se zòn prive.
        Ajan yo bezwen manda yon jij pou antre ladan yo, sof si anplwaye yo ba yo pèmisyon, oswa si gen yon ijans.
        Lobi ak sal datant se zòn piblik: ajan yo ka la.
        Anplwaye abri yo mande estati ou sèlman lè yon sèvis bezwen l.

city-property--services =
    .title = Sèvi ak sèvis Vil la
    .body =
        Anplwaye Vil la mande estati ou sèlman lè yo bezwen l pou wè si ou kalifye.
        Yo pa pataje l, sof nan kèk ka ki byen limite.
        Lòd Egzekitif 13 entèdi pataje done prive ou ak ajan imigrasyon.
        Sèl eksepsyon an, se lè lalwa mande sa.
        Chak ajans Vil la nonmen yon responsab vi prive (privacy officer), ki veye pou ajans lan pwoteje done ou.
        Lòd la te kreye tou yon ekip Vil la pou reponn lè gen kriz. Li bay NYPD, Depatman Koreksyon (prizon) ak Pwobasyon lòd pou yo revize règ yo nan 90 jou.

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
    .line-silent = M ap rete an silans.
    .line-no-consent = Mwen pa ban nou pèmisyon pou nou fouye.
    .line-lawyer = Mwen vle pale ak yon avoka.

city-property--end =
    .title = Sa pou w sonje
    .point-private = Pi souvan, zòn prive nan bilding Vil la bezwen manda yon jij.
    .point-public = Règ la pa kouvri zòn piblik, tankou lobi ak sal datant.
    .point-hospital = Lopital Vil la bay swen kèlkeswa estati ou.
    .point-school = Lekòl piblik yo pa poze kesyon sou estati imigrasyon.
    .point-rights = Ou ka rete an silans epi refize pou yo fouye w.

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        Mande moun ki nan sal la: “Èske ICE ka antre nan yon lopital Vil la?” Koute yo anvan ou reponn.
        Ensiste sou règ la: zòn prive yo bezwen manda yon jij, pèmisyon anplwaye yo, oswa yon ijans.
        Yon erè moun fè souvan: di ICE “pa ka antre” nan lopital, lekòl oswa abri. Règ la pa kouvri zòn piblik yo.
        Ensiste: lopital Vil la bay swen kèlkeswa estati moun, epi lekòl yo pa poze kesyon sou estati.
        Di verite a sou limit yo: yon lwa federal pa kite Vil la entèdi tout pataj estati imigrasyon.
        Ajans federal yo ka egzije done tou pa pwosedi legal, tankou yon lòd tribinal.

quiz-city-property--friend-says =
    .question = Yon zanmi di: “ICE pa ka antre nan lopital Vil la.” Kisa ou di l?
    .answer-agree = “Se vre. Lopital Vil la entèdi nèt pou ICE.”
    .why-agree = Sa depase verite a. Ajan yo ka nan zòn piblik, tankou lobi ak sal datant.
    .answer-stay-away = “Kanmenm, pa pwoche lopital, menm lè ou malad.”
    .why-stay-away = Lopital Vil la bay swen kèlkeswa estati imigrasyon ou. Pa rete san swen ou bezwen.
    .answer-private = “Pi souvan, zòn prive yo bezwen manda yon jij. Règ la pa kouvri lobi yo.”
    .why-private = Règ Vil la pwoteje zòn prive yo. Li pa kouvri zòn piblik, tankou sal datant.

quiz-city-property--school =
    .question = Pitit ou ale nan yon lekòl piblik NYC. Ou enkyete: kiyès k ap vin chèche l si yo mete w nan detansyon? Kisa ou fè?
    .answer-blue-card = Mete jiska twa granmoun ou fè konfyans sou “blue card” lekòl la.
    .why-blue-card = “Blue card” la pèmèt ou nonmen jiska twa kontak pou ijans. Pale ak yon avoka pou yon plan fanmi konplè.
    .answer-keep-home = Kenbe pitit ou lakay, pa voye l lekòl.
    .why-keep-home = Lekòl yo pa poze kesyon sou estati, epi direktè yo pa ka bay ajan sa yo pèmisyon pou antre. Fè yon plan pito.
    .answer-tell-status = Di lekòl la estati imigrasyon ou, pou yo ka ede w.
    .why-tell-status = Lekòl yo pa poze kesyon sou estati imigrasyon, epi ou pa bezwen di l. Sèvi ak “blue card” la pito.

quiz-city-property--doctor =
    .question = Ou malad, men ou pè yon lopital Vil la ap rapòte estati ou. Kisa ou fè?
    .answer-skip = Rete lakay, epi espere sa ap pase.
    .why-skip = Lopital Vil la bay swen kèlkeswa estati ou. Pa rete san swen ou bezwen.
    .answer-go = Ale nan NYC Health + Hospitals pou w jwenn swen.
    .why-go = Swen ou jwenn la pa depann de estati ou. Yo pataje dosye ou sèlman si ou dakò, oswa si lalwa mande sa.
    .answer-false-name = Bay yon fo non nan resepsyon an.
    .why-false-name = Pa bay yon fo non. Swen ou pa depann de estati ou.

quiz-city-property--bag =
    .question = Ajan yo kanpe w nan lobi yon biwo Vil la. Yo mande pou yo gade nan sak ou. Kisa ou fè?
    .answer-hand-over = Ba yo sak ou pou sa fini pi vit.
    .why-hand-over = Sa vle di ou dakò pou yo fouye. Ou gen menm dwa yo isit la. Di: “Mwen pa ban nou pèmisyon pou nou fouye.”
    .answer-run = Kouri soti nan bilding lan.
    .why-run = Pa janm kouri, reziste ni bloke yo. Rete kalm, epi di ou pa bay pèmisyon pou yo fouye.
    .answer-no-consent = Rete kalm, epi di: “Mwen pa ban nou pèmisyon pou nou fouye.”
    .why-no-consent = Dwa ou yo rete avè w nan bilding Vil la. Si yo fouye kanmenm, pa reziste.
