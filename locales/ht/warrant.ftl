## Scenario: check the paper they show you (the warrant checker).

warrant = Verifye yon manda

warrant--look =
    .title = Gade anlè papye a
    .body =
        Kite pòt la fèmen.
        Mande yo glise papye a anba pòt la, oswa kenbe l devan yon fenèt.
        Yon fòm ICE ekri “Department of Homeland Security” (Depatman Sekirite Enteryè) tou anlè.
        Tit li se “Warrant for Arrest of Alien” (manda arestasyon pou etranje, Fòm I-200) oswa “Warrant of Removal/Deportation” (manda depòtasyon, Fòm I-205).
        Nimewo fòm nan enprime anba papye a.
        Kisa ki ekri tou anlè papye pa w la?
    .choice-dhs = “Department of Homeland Security” (Depatman Sekirite Enteryè), oswa Fòm I-200 oswa I-205
    .choice-court = Non yon tribinal
    .choice-not-sure = M pa sèten

warrant--check =
    .title = Verifye papye a, yon kesyon apre lòt
    .body = Reponn chak kesyon. Si yon repons se non oswa ou pa sèten, kite pòt la fèmen.
    .item-court = Èske gen non yon tribinal anlè papye a? Pa egzanp “United States District Court” (Tribinal Federal Distri Etazini) oswa “Supreme Court of the State of New York” (Tribinal Siprèm Eta Nouyòk).
    .item-judge = Èske se yon jij ki siyen l? Pa yon ofisye ICE, epi pa yon jij imigrasyon.
    .item-name-address = Èske non an bon, epi èske se adrès egzak ou a? Yon manda arestasyon yon jij siyen ka pa gen okenn adrès: si se sa, reponn “M pa sèten”.
    .item-date = Èske li toujou valab? Èske dat limit li poko pase?

warrant--ice-form =
    .title = Se yon fòm ICE, pa manda yon jij
    .body =
        Fòm I-200 oswa I-205 se yon papye ICE.
        Se yon ofisye ICE ki siyen l, se pa yon jij.
        Dapre gid ki la depi lontan, papye sa a, pou kont li, pa pèmèt yo antre lakay ou.
        Kite pòt la fèmen.

warrant--disputed =
    .title = Gen yon pwen ki an diskisyon
    .body =
        Yon memo ICE ane 2025 di yon I-205 ak yon lòd depòtasyon final pèmèt yo antre nan yon kay.
        An janvye 2026, yon jij federal deside youn nan antre sa yo te kont Konstitisyon an.
        Jiska desanm 2026, tribinal yo toujou ap deside.
        Yon ijans ka pèmèt yo antre san manda tou.
        Sa pou w fè pa chanje: kite pòt la fèmen, pa bay pèmisyon, pa reziste, ekri sa k pase, epi rele yon avoka.

warrant--not-judicial =
    .title = Pa konsidere sa a kòm manda yon jij
    .body =
        Omwen youn nan repons yo te “non” oswa “m pa sèten”.
        Kidonk, pa konsidere papye sa a kòm yon manda yon jij siyen.
        Si non an pa bon, si adrès la pa bon oswa si dat la pase, ou pa oblije louvri tou.
        Kite pòt la fèmen. Rele yon avoka.
        Pa janm bloke yon ajan ak kò ou.

warrant--say-no =
    .title = Di sa atravè pòt la
    .line-no-entry = Mwen pa ban nou pèmisyon pou nou antre lakay mwen.
    .line-slide = Tanpri, glise manda a anba pòt la.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

warrant--judicial =
    .title = Li ka se yon manda jij
    .body =
        Si manda a valab, yo ka antre, men sèlman jan manda a di.
        Pa reziste, pa bloke yo.
        Ou toujou gen dwa pou rete an silans.
        Mande yon avoka. Gade sa y ap fouye, depi kote yo di w rete a.
        Pa dakò pou yo fouye okenn kote manda a pa nonmen.

warrant--say-yes =
    .title = Ou ka toujou di sa
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.

warrant--end =
    .title = Sa pou w sonje
    .point-judge = Yon manda yon jij siyen pèmèt yo antre san pèmisyon ou.
    .point-ice-form = Yon fòm ICE (I-200 oswa I-205) se yon ofisye ki siyen l, pa yon jij.
    .point-disputed = ICE pretann kèk nan pwòp fòm li yo pèmèt li antre nan yon kay. Tribinal yo ap deside. Kite pòt la fèmen, epi pa bay pèmisyon.
    .point-check = Verifye tribinal la, siyati jij la, non an, adrès la ak dat la.
    .point-no-resist = Pa janm bloke ni reziste yon ajan, menm si papye a pa bon.
    .point-lawyer = Rele yon avoka. Ekri sa k te pase.

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        Mande moun ki nan sal la: “Si yon papye ekri ‘Warrant’ (manda), èske sa vle di se yon jij ki siyen l?”
        Yon erè moun fè souvan: fè mo “Warrant” la konfyans. Fòm ICE I-200 ak I-205 sèvi ak mo sa a tou.
        Montre kijan yon fòm ICE ye: “Department of Homeland Security” tou anlè, mo “Alien” (etranje) nan tit la, nimewo fòm nan anba.
        Ensiste sou kat verifikasyon yo: tribinal la, siyati jij la, bon non ak bon adrès, dat la.
        Ensiste: yon jij imigrasyon pa konte kòm jij nan lis sa a.
        Di verite a: yon memo ICE ane 2025 pretann yon I-205 ak yon lòd depòtasyon pèmèt yo antre nan yon kay.
        Yon jij deside youn nan antre sa yo te kont Konstitisyon an; jiska desanm 2026, tribinal yo toujou ap deside. Etap yo pa chanje.
        Ensiste: menm si papye a pa bon, pa janm bloke ni reziste yon ajan.

quiz-warrant--dhs =
    .question = Ajan yo glise yon papye anba pòt la. Tou anlè l, li ekri “Department of Homeland Security”. Kisa sa di w?
    .answer-must-open = Se yon manda, kidonk ou oblije louvri pòt la.
    .why-must-open = Yon papye DHS se yon fòm ICE, se pa manda yon jij. Pou kont li, li pa ba yo dwa pou antre lakay ou.
    .answer-ice-form = Se yon fòm ICE, se pa yon manda yon jij siyen.
    .why-ice-form = Se yon ofisye ICE ki siyen fòm tankou I-200 ak I-205. Kite pòt la fèmen.
    .answer-hand-back = Louvri pòt la pou w renmèt yo l, epi eksplike yo.
    .why-hand-back = Si ou louvri pòt la, sa fè l pi fasil pou yo antre. Kite l fèmen, epi pale atravè l.

quiz-warrant--immigration-judge =
    .question = Se yon “Immigration Judge” (jij imigrasyon) ki siyen papye a. Kisa ou fè?
    .answer-yes = Se yon jij ki siyen l, kidonk louvri pòt la.
    .why-yes = Yon jij imigrasyon pa konte isit la. Papye a dwe gen non yon tribinal, epi se yon jij oswa yon majistra ki dwe siyen l.
    .answer-let-in = Kite yo antre pou yo ka eksplike sa l vle di.
    .why-let-in = Si ou kite yo antre, sa ka konte kòm pèmisyon ou. Kite pòt la fèmen, epi rele yon avoka.
    .answer-no = Kite pòt la fèmen. Di: “Mwen pa ban nou pèmisyon pou nou antre lakay mwen.”
    .why-no = Yon jij imigrasyon se pa kalite jij verifikasyon sa a bezwen. Kite pòt la fèmen.

quiz-warrant--wrong-address =
    .question = Papye a gen non yon tribinal, epi se yon jij ki siyen l. Men adrès la se pa pa w. Kisa ou fè?
    .answer-no-entry = Kite pòt la fèmen. Di: “Mwen pa ban nou pèmisyon pou nou antre lakay mwen.”
    .why-no-entry = Si non an pa bon, si adrès la pa bon oswa si dat la pase, ou pa oblije louvri. Rele yon avoka.
    .answer-open = Louvri pòt la, paske se yon jij ki siyen l.
    .why-open = Manda a dwe gen bon non an ak adrès egzak ou. Si se pa sa, ou pa oblije louvri.
    .answer-block = Kanpe nan pòt la pou yo pa ka antre.
    .why-block = Pa janm bloke yon ajan ak kò ou, menm si papye a pa bon. Di ou pa bay pèmisyon, epi rele yon avoka.

quiz-warrant--valid =
    .question = Papye a pase tout verifikasyon yo. Se yon manda jij, epi ajan yo antre. Kisa ou fè?
    .answer-explain = Reponn tout kesyon yo pou montre ou pa gen anyen pou kache.
    .why-explain = Menm ak yon manda ki valab, ou ka rete an silans. Di: “M ap rete an silans”, epi mande yon avoka.
    .answer-search-all = Di yo yo ka fouye tout kote yo vle.
    .why-search-all = Yo ka fouye sèlman sa manda a nonmen. Pa dakò pou yo fouye okenn lòt kote.
    .answer-silent = Pa reziste. Rete an silans, epi mande yon avoka.
    .why-silent = Yon manda ki valab pèmèt yo antre, men sèlman jan manda a di. Ou toujou gen dwa pou rete an silans.
