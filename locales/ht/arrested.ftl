## Scenario: you are arrested or detained, and what your family can do.

arrested = Si yo arete w

arrested--calm =
    .title = Rete kalm. Pa reziste.
    .body =
        Pa kouri. Pa goumen, pa pouse.
        Fè sa menm si ou panse arestasyon an pa jis.
        Ou ka konteste l pita ak yon avoka.
        Ou gen dwa, kèlkeswa estati imigrasyon ou.

arrested--say =
    .title = Di sa, epi rete an silans
    .body =
        Di mo sa yo ak kalm. Apre sa, rete an silans.
        Pa janm bay manti. Pa janm montre fo papye.
        Bay yon ajan federal manti se yon krim. Rete an silans pa yon krim.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-interpreter = Mwen vle yon entèprèt.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.

arrested--afraid =
    .title = Si ou pè retounen
    .body =
        An 2025, gouvènman an te elaji depòtasyon rapid san odyans nan tribinal (“expedited removal”).
        Li vize moun ki pa ka montre yo gen dezan Ozetazini. Tribinal yo toujou ap deside si sa legal.
        Si ou pè retounen nan peyi ou, di sa byen klè. Apre sa, mande yon avoka.
        Ou rete isit la depi dezan oswa plis? Di avoka ou sa, epi kenbe prèv yo yon kote ki an sekirite.
    .line-afraid = Mwen pè retounen nan peyi mwen.
    .line-lawyer = Mwen vle pale ak yon avoka.

arrested--no-sign =
    .title = Pa siyen anyen
    .body =
        Pa siyen okenn papye san yon avoka.
        Gen kèk papye ki fè w pèdi dwa ou pou pase devan yon jij nan yon odyans.
        De ladan yo se “depa volontè” (voluntary departure) ak “lòd depòtasyon ou dakò siyen” (stipulated removal).
        Papye sa yo ka anpeche w tounen Ozetazini tou.

arrested--numbers =
    .title = Nimewo telefòn ak non
    .body =
        Mande pou rele yon avoka ak fanmi ou. Pa gen garanti y ap kite w rele.
        Se pou sa, aprann nimewo telefòn yo pa kè davans.
        Asire w fanmi ou konnen nimewo A ou (nimewo ki sou papye imigrasyon ou), si ou genyen youn.
        Ekri oswa sonje non ofisye a ak nimewo badj li.

arrested--help =
    .title = Kisa ou bezwen kounye a?
    .body = Fanmi ak zanmi ka sèvi ak pati sa a tou.
    .choice-find = Jwenn yon moun ki nan detansyon
    .choice-lawyer = Jwenn yon avoka gratis
    .choice-court = Mwen gen yon dat nan tribinal imigrasyon
    .choice-nypd = Lapolis (NYPD) arete m pou yon krim

arrested--find =
    .title = Jwenn yon moun ICE ap kenbe
    .body =
        Sèvi ak sit ICE Online Detainee Locator: locator.ice.gov.
        Li jwenn granmoun ICE ap kenbe.
        Chèche ak nimewo A moun nan ak peyi kote l fèt.
        Oswa chèche ak non egzak li ak peyi kote l fèt.

arrested--lawyer =
    .title = Ou ka jwenn yon avoka gratis
    .body =
        Èske ou nan detansyon, epi ou gen yon ka nan tribinal imigrasyon NYC?
        Ou ka jwenn yon avoka gratis.
        Se pwogram New York Immigrant Family Unity Project la.
        Rele yon liy èd legal pou w mande.

arrested--court =
    .title = Si ou gen yon dat tribinal
    .body =
        An 2025, ICE te arete moun nan tribinal imigrasyon NYC yo.
        Sa te rive nan 26 Federal Plaza, 201 Varick ak 290 Broadway. Mande yon avoka ki sitiyasyon an kounye a.
        Lwa Nouyòk ki rele Protect Our Courts Act kouvri tribinal Eta a, pa tribinal federal sa yo.
        Pa manke odyans ou. Sa ka fè yo ba w yon lòd depòtasyon (yon lòd pou kite Etazini).
        Pale ak yon avoka anvan odyans ou.

arrested--nypd =
    .title = Lapolis arete w pou yon krim
    .body =
        Nan yon ka kriminèl, ou jwenn yon avoka defans, menm si ou pa ka peye.
        Di avoka sa a estati imigrasyon ou anvan ou aksepte okenn plede (plea).
        Si ou plede koupab, sa ka mennen depòtasyon.
        Lwa Vil la limite ka kote NYPD ak prizon Vil la kenbe moun pou ICE. Mande avoka ou kijan sa aplike pou ou.

arrested--end =
    .title = Sa pou w sonje
    .point-silent = Rete an silans. Pa janm bay manti.
    .point-lawyer = Mande yon avoka ak yon entèprèt.
    .point-afraid = Ou pè retounen nan peyi ou? Di sa.
    .point-no-sign = Pa siyen anyen san yon avoka.
    .point-numbers = Konnen nimewo avoka ou ak nimewo fanmi ou pa kè.
    .point-hearing = Pa janm manke yon odyans nan tribinal imigrasyon.

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        Ensiste sou twa etap: rete an silans, mande yon avoka, pa siyen anyen san avoka.
        Ensiste: rete an silans se legal, men bay yon ajan federal manti se yon krim.
        Yon erè moun fè souvan, se siyen yon papye pou yo soti pi vit.
        Eksplike: gen kèk papye ki fè moun pèdi dwa pou pase devan yon jij nan yon odyans.
        Aprann moun yo fraz sa a: “Mwen pè retounen nan peyi mwen.” Depòtasyon rapid san odyans lan devan tribinal kounye a.
        Pa gen garanti y ap kite moun rele. Mande moun ki nan sal la: ki nimewo telefòn nou konnen pa kè?
        Lapolis (NYPD) arete yon moun pou yon krim? Li dwe di avoka defans li estati li anvan nenpòt plede (plea).
        Di verite a: an 2025, ICE te arete moun nan tribinal imigrasyon NYC yo. Kanmenm, pesonn pa ta dwe manke yon odyans. Pale ak yon avoka anvan.

quiz-arrested--paper =
    .question = Ou nan detansyon. Yon ajan ba w yon papye, epi l di si ou siyen l, w ap soti pi vit.
    .answer-sign = Siyen l pou sa fini pi vit.
    .why-sign = Gen kèk papye ki fè w pèdi dwa ou pou pase devan yon jij nan yon odyans. Di ou p ap siyen san yon avoka.
    .answer-read = Li l byen, epi siyen l si l sanble bon.
    .why-read = Papye tankou “depa volontè” (voluntary departure) ka fè w pèdi odyans ou, epi anpeche w tounen Ozetazini. Tann yon avoka, menm si l sanble bon.
    .answer-refuse = Di: “Mwen p ap siyen anyen san yon avoka.”
    .why-refuse = Gen kèk papye ki fè w pèdi dwa ou pou yon odyans. Yon avoka ka di w sa yon papye vle di.

quiz-arrested--questions =
    .question = Yo arete w. Yon ajan mande w ki kote ou fèt, ak kijan ou te rive isit la.
    .answer-lie = Di ou fèt Ozetazini.
    .why-lie = Pa janm bay manti, ni di ou se sitwayen ameriken. Bay yon ajan federal manti se yon krim. Rete an silans pito.
    .answer-silent = Di: “M ap rete an silans. Mwen vle pale ak yon avoka.”
    .why-silent = Ou ka rete an silans, kèlkeswa estati imigrasyon ou. Rete an silans se legal; bay manti pa legal.
    .answer-explain = Rakonte yo tout istwa ou pou yo konprann.
    .why-explain = Ou pa oblije reponn. Di: “M ap rete an silans”, epi mande yon avoka anvan.

quiz-arrested--grab =
    .question = Ajan yo kenbe bra ou pou arete w. Ou sèten yo konfonn ou ak yon lòt moun.
    .answer-pull-away = Rale bra ou, epi di yo yo fè erè.
    .why-pull-away = Pa janm reziste, menm si ou panse arestasyon an pa jis. Yon avoka ka konteste l pita.
    .answer-run = Kouri lè yo vire tèt yo.
    .why-run = Pa janm kouri. Rete kalm, rete an silans, epi mande yon avoka.
    .answer-argue = Diskite ak yo jiskaske yo koute w.
    .why-argue = Diskite p ap ede w kounye a. Di: “M ap rete an silans”, epi mande yon avoka.
    .answer-calm = Rete kalm, pa reziste, epi mande yon avoka.
    .why-calm = Pa reziste, menm si ou panse arestasyon an pa jis. Ou ka konteste l pita ak yon avoka.

quiz-arrested--court =
    .question = Kouzen ou gen yon odyans nan tribinal imigrasyon ki nan 26 Federal Plaza. Li pè ICE ap la.
    .answer-skip = Rete lakay, epi manke odyans lan.
    .why-skip = Si yon moun manke odyans li, sa ka fè yo ba l yon lòd depòtasyon (yon lòd pou kite Etazini). Pale ak yon avoka anvan odyans lan pito.
    .answer-lawyer = Pale ak yon avoka anvan odyans lan, epi pa manke l.
    .why-lawyer = Pa janm manke yon odyans. Yon avoka ka ede kouzen ou fè yon plan anvan l ale.
    .answer-notario = Peye yon “notario” pou l okipe odyans lan.
    .why-notario = Ozetazini, yon “notario” pa yon avoka. Rele yon liy èd legal, tankou ActionNYC.
