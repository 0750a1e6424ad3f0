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
    .choice-police = Yo di se lapolis oswa ofisye pwobasyon yo ye
    .choice-someone-else = Yo mande pou yon lòt moun
    .choice-forced = Y ap antre kanmenm
    .choice-landlord = Mèt kay mwen ap menase m sou estati mwen

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
    .line-no-entry = Mwen pa ban nou pèmisyon pou nou antre lakay mwen.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

at-home--police =
    .title = Verifye kiyès yo ye
    .body =
        Ajan yo ka di se lapolis oswa ofisye pwobasyon yo ye.
        Oswa yo ka di y ap chèche yon lòt moun.
        Kite pòt la fèmen.
        Mande non yo ak nimewo badj yo atravè fenèt la oswa ti twou pòt la.
        Mande yo kenbe kat idantite yo devan fenèt la.
        Ou sou pwobasyon oswa sou libète kondisyonèl (parole), ak yon kondisyon ki pèmèt yo fouye w? Ou ka te deja dakò pou yo fouye w. Mande avoka ou.

at-home--waiting =
    .title = Si yo tann deyò a
    .body =
        Ajan yo ka tann deyò a, oswa tounen pita.
        Si ou oblije soti, soti epi fèmen pòt la dèyè w.
        Pa kite pesonn antre pandan w ap soti.
        Rele yon avoka oswa yon liy telefòn dirèk pou jwenn èd.

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
        Pafwa ajan yo ka antre san manda, pa egzanp nan yon ijans.
        Si ou panse yo pa t respekte dwa ou, konteste sa pita ak yon avoka.
    .line-no-consent = Mwen pa ban nou pèmisyon pou nou antre ni pou nou fouye.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.

at-home--landlord =
    .title = Si mèt kay ou menase w
    .body =
        Yon mèt kay pa gen dwa fè asèlman sou ou, ni menase w, akoz estati imigrasyon ou.
        Lwa Dwa Moun NYC (NYC Human Rights Law) entèdi sa.
        Ekri sa yo te di ou, ak ki lè.
        Pou pote plent, rele 311, epi mande Komisyon Dwa Moun NYC (NYC Commission on Human Rights).

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
    .point-judge = Yon manda yon jij siyen pèmèt yo antre san pèmisyon ou.
    .point-disputed = ICE pretann kèk nan pwòp fòm li yo pèmèt li antre tou. Tribinal yo ap deside. Kèlkeswa sa: kite pòt la fèmen, pa bay pèmisyon, pa reziste, rele yon avoka.
    .point-silent = Ou ka rete an silans. Pa janm bay manti.
    .point-no-resist = Pa janm reziste ni bloke yon ajan.
    .point-no-sign = Pa siyen anyen san yon avoka.

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        Mande moun ki nan sal la: “Kiyès ki te janm tande yon moun frape nan pòt li, san l pa t ap tann sa?”
        Ensiste: ou ka pale atravè yon pòt ki fèmen. Ou pa oblije louvri l.
        Yon erè moun fè souvan: louvri pòt la “yon ti kras” pou wè papye a.
        Ajan yo ka di se lapolis oswa ofisye pwobasyon yo ye. Mande non yo ak nimewo badj yo atravè fenèt la.
        Ensiste: yon manda yon jij siyen pèmèt yo antre san pèmisyon.
        Di verite a: yon memo ICE ane 2025 pretann kèk fòm ICE pèmèt yo antre nan kay moun tou. Jiska desanm 2026, tribinal yo toujou ap deside.
        Etap yo pa chanje. Pa bay pèmisyon, epi pa reziste. Ekri sa k te pase. Rele yon avoka.

quiz-at-home--knock =
    .question = Bonè nan maten, yon moun frape fò epi l rele: “Lapolis!” Kisa ou fè an premye?
    .answer-open = Louvri pòt la yon ti kras pou wè kiyès li ye.
    .why-open = Si ou louvri pòt la, sa fè l pi fasil pou yo antre. Kite l fèmen, epi pale atravè l.
    .answer-run = Kouri soti pa pòt dèyè a.
    .why-run = Pa janm kouri. Rete kalm, kite pòt la fèmen, epi pale atravè l.
    .answer-talk = Kite pòt la fèmen, epi mande kiyès yo ye ak pou ki ajans yo travay.
    .why-talk = Ou ka pale atravè yon pòt ki fèmen. Pafwa ajan ICE di se “lapolis” yo ye, kidonk mande ki ajans.

quiz-at-home--someone-else =
    .question = Ajan ki nan pòt ou a mande: “Kote frè w la?” Kisa ou fè?
    .answer-silent = Di: “M ap rete an silans.”
    .why-silent = Ou pa oblije di kote okenn moun ye. Rete an silans pa yon krim.
    .answer-lie = Di yo li tounen nan peyi l.
    .why-lie = Pa janm bay yon ajan manti. Bay yon ajan federal manti se yon krim. Rete an silans pito.
    .answer-tell = Di yo kote l travay, pou yo ka ale.
    .why-tell = Ou pa oblije di kote okenn moun ye. Ou ka rete an silans pito.

quiz-at-home--forced =
    .question = Ajan yo pouse pòt la louvri epi yo antre. Kisa ou fè?
    .answer-block = Kanpe nan pòt la pou w anpeche yo antre.
    .why-block = Pa janm bloke ni reziste yon ajan, menm si ou panse sa pa jis. Konteste sa pita ak yon avoka.
    .answer-say = Pa reziste. Di: “Mwen pa ban nou pèmisyon pou nou antre ni pou nou fouye.”
    .why-say = Pa reziste, men di byen klè ou pa dakò. Apre sa, rete an silans epi mande yon avoka.
    .answer-explain = Reponn tout kesyon yo pou yo ale pi vit.
    .why-explain = Ou pa oblije reponn. Di ou ap rete an silans, epi ou vle yon avoka.

quiz-at-home--after =
    .question = Ajan yo ale. Kisa ou fè kounye a?
    .answer-forget = Eseye bliye sa, epi pa di pesonn anyen.
    .why-forget = Detay yo efase vit nan tèt ou. Ekri sa k te pase, apre sa rele yon avoka.
    .answer-post = Mete videyo ou sou entènèt touswit, ak figi tout moun.
    .why-post = Pa mete figi moun yo te mennen ale yo sou entènèt. Kenbe videyo orijinal la an sekirite, epi rele yon avoka.
    .answer-write = Ekri dat la, lè a, ajans lan, non yo ak sa yo te di.
    .why-write = Ekri l pi vit ou kapab. Kenbe foto ak videyo yo an sekirite, apre sa rele yon avoka.
