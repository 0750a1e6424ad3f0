## Scenario: someone knocks at your home.

at-home = Gen yon moun nan pòt mwen

at-home--door =
    .title = Pa louvri pòt la
    .body =
        Rete kalm. Kite pòt la fèmen.
        Pale ak yo atravè pòt la.
        Mande: “Kiyès nou ye? Pou ki ajans nou travay?”
        Pafwa ajan ICE (Imigrasyon ak Ladwàn Etazini) di se “lapolis” yo ye.
        Si ou louvri pòt la, sa pa vle di ou dakò.
        Men sa fè l pi fasil pou yo antre.
    .choice-warrant = Yo di yo gen yon manda
    .choice-no-warrant = Yo pa gen manda
    .choice-someone-else = Yo mande pou yon lòt moun
    .choice-forced = Y ap antre kanmenm

at-home--ask-warrant =
    .title = Mande wè manda a
    .body =
        Pa louvri pòt la pou w pran l.
        Mande yo glise l anba pòt la.
        Oswa mande yo kenbe l devan yon fenèt.
        Apre sa, verifye l, yon kesyon apre lòt.
    .choice-check = Verifye papye a avè m
    .choice-will-not-show = Yo refize montre l

at-home--no-warrant =
    .title = Kite pòt la fèmen epi di sa
    .body =
        Si yo pa gen yon manda yon jij siyen, ou pa oblije kite yo antre.
        Di mo sa yo atravè pòt la. Apre sa, rete an silans.
    .line-no-entry = Mwen pa ba w pèmisyon pou antre lakay mwen.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

at-home--someone-else =
    .title = Yo mande pou yon lòt moun
    .body =
        Ou pa oblije di kote okenn moun ye.
        Ou ka rete an silans.
        Pa bay manti. Bay yon ajan federal manti se yon krim.
        Rete an silans pa yon krim.

at-home--forced =
    .title = Si yo antre kanmenm
    .body =
        Pa reziste. Pa bloke yo. Pa kouri.
        Di mo sa yo byen fò, ak kalm.
        Pafwa lalwa pèmèt ajan yo antre san manda, pa egzanp nan yon ijans.
        Si ou panse yo pa t respekte dwa ou, goumen pou sa pita ak yon avoka.
    .line-no-consent = Mwen pa ba w pèmisyon pou antre ni pou fouye.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.

at-home--document =
    .title = Apre sa, ekri tout bagay
    .body =
        Ekri sa k te pase a pi vit ou kapab.
        Dat la, lè a ak kote a.
        Ajans lan, non ajan yo ak nimewo badj yo.
        Sa yo te di, ak ki papye yo te montre.
        Sa yo te pran. Si yo te mennen yon moun, ki kote yo mennen l.
        Kenbe foto ak videyo yo an sekirite. Apre sa, rele yon avoka.

at-home--end =
    .title = Sa pou w sonje
    .point-door = Pa louvri pòt la. Pale atravè pòt la.
    .point-judge = Se sèlman yon manda yon jij siyen ki pèmèt yo antre san pèmisyon ou.
    .point-silent = Ou ka rete an silans. Pa janm bay manti.
    .point-no-resist = Pa janm reziste ni bloke yon ajan.
    .point-no-sign = Pa siyen anyen san yon avoka.
