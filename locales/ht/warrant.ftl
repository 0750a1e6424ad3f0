## Scenario: check the paper they show you (the warrant checker).

warrant = Verifye yon manda

warrant--look =
    .title = Gade anlè papye a
    .body =
        Kite pòt la fèmen.
        Mande yo glise papye a anba pòt la, oswa kenbe l devan yon fenèt.
        Kisa ki ekri tou anlè papye a?
    .choice-dhs = “Department of Homeland Security” (Depatman Sekirite Enteryè), oswa Fòm I-200 oswa I-205
    .choice-court = Non yon tribinal
    .choice-not-sure = M pa sèten

warrant--check =
    .title = Verifye papye a, yon kesyon apre lòt
    .body = Reponn chak kesyon. Si yon repons se non oswa ou pa sèten, kite pòt la fèmen.
    .item-court = Èske gen non yon tribinal anlè papye a? Pa egzanp “United States District Court” (Tribinal Federal Distri Etazini) oswa “Supreme Court of the State of New York” (Tribinal Siprèm Eta Nouyòk).
    .item-judge = Èske se yon jij ki siyen l? Pa yon ofisye ICE, epi pa yon jij imigrasyon.
    .item-name-address = Èske non an bon, epi èske se adrès egzak ou a?
    .item-date = Èske li toujou valab? Èske dat limit li poko pase?

warrant--ice-form =
    .title = Se yon fòm ICE, pa manda yon jij
    .body =
        Fòm I-200 oswa I-205 se yon papye ICE.
        Se yon ofisye ICE ki siyen l, se pa yon jij.
        Pou kont li, papye sa a pa ba yo dwa pou antre lakay ou.
        Kite pòt la fèmen.

warrant--disputed =
    .title = Gen yon pwen ki an diskisyon
    .body =
        Yon memo ICE ane 2025 di yon I-205 ak yon lòd depòtasyon final pèmèt yo antre nan yon kay.
        An janvye 2026, yon jij federal deside youn nan antre sa yo te kont Konstitisyon an.
        Gen yon pwosè ki poko fini.
        Sa pou w fè pa chanje: pa bay pèmisyon, pa reziste, ekri sa k pase, epi rele yon avoka.

warrant--not-judicial =
    .title = Sa a pa yon manda jij ki valab
    .body =
        Papye a pa pase omwen youn nan tès yo.
        Si non an pa bon, si adrès la pa bon oswa si dat la pase, ou pa oblije louvri tou.
        Kite pòt la fèmen.
        Pa janm bloke yon ajan ak kò ou.

warrant--say-no =
    .title = Di sa atravè pòt la
    .line-no-entry = Mwen pa ba w pèmisyon pou antre lakay mwen.
    .line-slide = Tanpri, glise manda a anba pòt la.
    .line-silent = Mwen ap rete an silans.
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
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.

warrant--end =
    .title = Sa pou w sonje
    .point-judge = Se sèlman yon manda yon jij siyen ki pèmèt yo antre san pèmisyon ou.
    .point-ice-form = Yon fòm ICE (I-200 oswa I-205) se yon ofisye ki siyen l, pa yon jij.
    .point-check = Verifye tribinal la, siyati jij la, non an, adrès la ak dat la.
    .point-no-resist = Pa janm bloke ni reziste yon ajan, menm si papye a pa bon.
    .point-lawyer = Rele yon avoka. Ekri sa k te pase.
