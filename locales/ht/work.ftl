## Scenario: immigration agents come to your workplace.

work = Nan travay

work--arrive =
    .title = Ajan yo vini nan travay ou
    .body =
        Rete kalm. Pa kouri.
        Ajan yo ka antre nan zòn piblik yon biznis san manda.
        Pou zòn prive yo, yo bezwen yon manda yon jij siyen, oswa pèmisyon patwon an.
        Kisa k ap pase?
    .choice-public = Yo nan yon zòn piblik
    .choice-private = Yo vle antre nan yon zòn prive
    .choice-questioned = Y ap poze m kesyon
    .choice-paper = Yo montre yon papye
    .choice-audit = Patwon an resevwa yon avi enspeksyon (Notice of Inspection)

work--paper =
    .title = Verifye papye yo montre a
    .body =
        Se pwopriyetè a oswa yon manadjè ki li papye a, pa chak travayè.
        Yon fòm ICE ekri “Department of Homeland Security” (Depatman Sekirite Enteryè) tou anlè, ak I-200 oswa I-205 anba. Se pa yon jij ki siyen l.
        Reponn chak kesyon. Si yon repons se non oswa ou pa sèten, pa konsidere papye a kòm manda yon jij.
    .item-court = Èske gen non yon tribinal anlè papye a? Pa egzanp “United States District Court” (Tribinal Federal Distri Etazini).
    .item-judge = Èske se yon jij ki siyen l? Pa yon ofisye ICE, epi pa yon jij imigrasyon.
    .item-place = Èske li nonmen biznis sa a ak adrès li, epi èske li bay lis kote yo ka fouye? Yon manda arestasyon yon jij siyen ka nonmen yon moun sèlman: si se sa, reponn “M pa sèten”.
    .item-date = Èske li toujou valab? Èske dat limit li poko pase?

work--not-judicial =
    .title = Pa konsidere sa a kòm manda yon jij
    .body =
        Zòn prive yo toujou bezwen manda yon jij oswa pèmisyon patwon an.
        Se pwopriyetè a oswa manadjè a ki deside si l bay pèmisyon. Travayè yo pa oblije bay pèmisyon.
        Manadjè a ka di: “Mwen pa ban nou pèmisyon pou nou fouye zòn prive yo.”
        Pa bloke ni pouse yon ajan. Rele avoka biznis la.

work--judicial =
    .title = Li ka se yon manda jij
    .body =
        Si manda a valab, ajan yo ka fouye kote li nonmen yo, epi sèlman kote sa yo.
        Pa reziste, pa bloke yo.
        Travayè yo ka toujou rete an silans epi mande yon avoka.
        Manadjè a ta dwe rele avoka biznis la.

work--audit =
    .title = Yon avi enspeksyon (kontwòl I-9)
    .body =
        Yon kontwòl I-9 kòmanse ak yon papye ki rele avi enspeksyon (Notice of Inspection).
        Li mande patwon an montre fòm I-9 travayè yo, anjeneral nan twa jou travay.
        Se yon verifikasyon papye. Se pa yon rafle, epi se pa yon manda pou antre.
        Pale ak yon avoka oswa yon sant travayè anvan ou siyen oswa montre anyen.

work--public =
    .title = Zòn piblik yon biznis
    .body =
        Yon zòn piblik se yon kote kliyan yo ka ale.
        Pa egzanp, antre a, oswa kote kliyan yo ye nan yon magazen.
        Ajan yo ka la san manda.
        La a tou, ou toujou gen dwa ou yo.

work--private =
    .title = Zòn prive yon biznis
    .body =
        Zòn prive yo se tankou sal repo, depo ak kote se anplwaye sèlman ki ka antre.
        Pou antre ladan yo, ajan yo bezwen yon manda yon jij siyen.
        Oswa yo bezwen pèmisyon patwon an.
        Pa bloke ni pouse yon ajan, menm si ou panse yo an tò.

work--employer =
    .title = Patwon an ka make zòn prive yo
    .body =
        Yon patwon ka mete afich sou zòn prive yo.
        Pa egzanp: “Prive. Pou anplwaye sèlman.”
        Afich yo montre kote ajan yo bezwen manda yon jij oswa pèmisyon.

work--rights =
    .title = Sa ou ka fè nan travay
    .body =
        Ou ka rete an silans.
        Mande: “Èske m lib pou m ale?”
        Ou gen dwa refize pou yo fouye afè ou.
        Mande yon entèprèt ak yon avoka.
        Di yo si ou gen bezwen medikal, oswa timoun pou w okipe.

work--labor =
    .title = Dwa ou kòm travayè
    .body =
        Kèlkeswa estati imigrasyon ou, ou gen dwa nan travay.
        Ou gen dwa pou yo peye w pou travay ou fè, ak dwa pou travay yon kote ki san danje.
        Ou ka mete tèt ansanm ak lòt travayè pou mande pi bon kondisyon.
        Pini w paske ou sèvi ak dwa sa yo, se ilegal.

work--say =
    .title = Di sa, epi rete an silans
    .body =
        Di mo sa yo ak kalm.
        Si yo di ou lib pou w ale, ale ak kalm. Pa kouri.
    .line-silent = M ap rete an silans.
    .line-free = Èske m lib pou m ale?
    .line-no-consent = Mwen pa ban nou pèmisyon pou nou fouye.
    .line-interpreter = Mwen vle yon entèprèt.
    .line-lawyer = Mwen vle pale ak yon avoka.

work--end =
    .title = Sa pou w sonje
    .point-public = Ajan yo ka antre nan zòn piblik san manda.
    .point-private = Zòn prive yo bezwen manda yon jij oswa pèmisyon patwon an.
    .point-silent = Ou ka rete an silans, epi refize pou yo fouye afè ou.
    .point-interpreter = Mande yon entèprèt ak yon avoka.
    .point-labor = Kèlkeswa estati ou, ou gen dwa pou yo peye w, ak dwa pou sekirite nan travay.
    .point-no-run = Pa janm kouri, pa janm reziste, pa janm bay manti.

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        Mande moun ki nan sal la: “Nan ki pati travay nou kliyan yo ka antre?”
        Ensiste: ajan yo ka antre nan zòn piblik yon biznis san manda.
        Zòn prive yo bezwen yon manda yon jij oswa pèmisyon patwon an.
        Yon erè moun fè souvan: kouri al nan pòt dèyè a lè ajan yo rive.
        Ensiste: travayè yo ka rete an silans, mande si yo lib pou yo ale, epi refize pou yo fouye afè yo.
        Raple travayè yo pou yo di si yo gen bezwen medikal, oswa timoun pou yo okipe.
        Patwon yo ka mete afich sou zòn prive yo. Yo ta dwe pale ak yon avoka pou fè yon plan.

quiz-work--customer-area =
    .question = Ajan yo antre kote kliyan yo ye nan restoran kote w travay la. Kisa ou fè?
    .answer-run = Kouri soti pa pòt dèyè a.
    .why-run = Pa janm kouri. Rete kalm. Ou toujou gen dwa ou yo.
    .answer-calm = Rete kalm. Ou ka rete an silans, epi mande si ou lib pou w ale.
    .why-calm = Ajan yo ka antre nan zòn piblik san manda. La a tou, ou toujou gen dwa ou yo.
    .answer-block = Kanpe nan pòt la, epi di yo yo pa ka antre.
    .why-block = Ajan yo ka antre nan zòn piblik san manda. Pa janm bloke ni pouse yon ajan.

quiz-work--break-room =
    .question = Yon ajan vle antre nan sal repo ki pou anplwaye sèlman an. Manadjè ou pa la. Kisa ou fè?
    .answer-open-door = Louvri pòt sal repo a pou li.
    .why-open-door = Zòn prive yo bezwen manda yon jij oswa pèmisyon patwon an. Mande wè manda a, epi avèti patwon ou.
    .answer-block = Kanpe devan pòt la pou yo pa antre.
    .why-block = Pa janm bloke ni pouse yon ajan, menm si ou panse yo an tò. Konteste sa pita ak yon avoka.
    .answer-ask = Pa louvri l. Mande wè yon manda yon jij siyen, epi avèti patwon ou.
    .why-ask = Zòn prive yo bezwen manda yon jij oswa pèmisyon patwon an. Si yo antre kanmenm, pa bloke yo.

quiz-work--status =
    .question = Kote w ap travay la, yon ajan mande w: “Èske ou isit la legalman?” Kisa ou fè?
    .answer-silent = Di: “M ap rete an silans.” Apre sa, mande: “Èske m lib pou m ale?”
    .why-silent = Ou ka rete an silans. Si yo di ou lib pou w ale, ale ak kalm.
    .answer-lie = Di wi, menm si se pa vre.
    .why-lie = Pa janm bay manti. Bay yon ajan federal manti se yon krim. Rete an silans pa yon krim.
    .answer-false-papers = Montre yon kat travay ki pa vrèman pa w.
    .why-false-papers = Pa janm montre fo papye. Rete an silans, epi mande yon avoka.

quiz-work--child =
    .question = Ajan yo di ou pa ka ale. Pitit ou ap tann ou lekòl. Kisa ou fè?
    .answer-sign = Siyen papye yo ba w la, pou w ka ale pi vit.
    .why-sign = Pa siyen anyen san yon avoka. Gen kèk papye ki ka fè w pèdi dwa ou pou yon odyans.
    .answer-tell = Di yo ou gen yon pitit pou w al chèche, epi mande yon avoka.
    .why-tell = Di yo si ou gen timoun pou w okipe, oswa bezwen medikal. Apre sa, rete an silans epi mande yon avoka.
    .answer-run = Chape kò ou pa yon pòt sou kote, pou w al chèche pitit ou.
    .why-run = Pa janm kouri. Pale yo de pitit ou. Yon plan fanmi ka nonmen yon granmoun ou fè konfyans pou al chèche l.
