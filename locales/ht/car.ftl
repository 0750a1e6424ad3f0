## Scenario: police or agents stop the car you are in.

car = Nan yon machin

car--pull-over =
    .title = Rale sou kote san danje
    .body =
        Kanpe nan yon kote ki san danje. Etenn motè a.
        Limen limyè anndan machin nan.
        Bese vit la yon ti kras.
        Kite men ou kote yo ka wè yo.

car--who =
    .title = Èske se ou k ap kondui?
    .choice-driver = Se mwen ki chofè a
    .choice-passenger = Mwen se pasaje

car--driver =
    .title = Si se ou ki chofè a
    .body =
        Montre lisans ou, rejistrasyon an ak asirans lan lè yo mande w.
        Di yo anvan ou lonje men pou pran nenpòt bagay.
        Pa janm montre fo papye. Pa janm bay manti.
        Pou tout lòt bagay, ou ka rete an silans.

car--passenger =
    .title = Si ou se pasaje
    .body =
        Ou ka rete an silans.
        Pa janm montre fo papye. Pa janm bay manti.
        Ou gen 18 an oswa plis, ak papye enskripsyon tankou yon kat vèt (kat rezidan pèmanan) oswa yon I-94?
        Lwa federal la di ou dwe pote yo sou ou.
        Avoka yo konseye: si yon ajan imigrasyon mande w yo, montre yo.

car--asks =
    .title = Kisa y ap fè kounye a?
    .choice-search = Yo vle fouye machin nan
    .choice-get-out = Yo di m soti nan machin nan
    .choice-questions = Y ap poze m kesyon
    .choice-arrest = Y ap arete m

car--search =
    .title = Si yo vle fouye machin nan
    .body =
        Ou gen dwa refize pou yo fouye machin nan oswa afè ou.
        Di sa ak kalm, epi byen klè.
        Si yo fouye kanmenm, pa reziste. Pa bloke yo.
        Si ou panse yo pa t respekte dwa ou, konteste sa pita ak yon avoka.
    .line-no-consent = Mwen pa ban nou pèmisyon pou nou fouye.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

car--get-out =
    .title = Si yo di w soti nan machin nan
    .body =
        Ofisye yo ka ba w lòd pou w soti nan machin nan.
        Soti dousman, ak kalm. Pa reziste.
        Di yo anvan ou lonje men pou nenpòt bagay, menm senti sekirite a.
        Ou toujou ka refize pou yo fouye.

car--stay-silent =
    .title = Di sa, epi rete an silans
    .body = Di mo sa yo ak kalm. Apre sa, rete an silans.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-consent = Mwen pa ban nou pèmisyon pou nou fouye.

car--end =
    .title = Sa pou w sonje
    .point-pull-over = Rale sou kote san danje, epi kite men ou kote yo ka wè yo.
    .point-driver = Chofè a montre lisans, rejistrasyon ak asirans.
    .point-passenger = Pasaje yo ka rete an silans.
    .point-search = Ou ka refize pou yo fouye. Men pa janm reziste.
    .point-never-lie = Pa janm bay manti, epi pa janm montre fo papye.

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        Mande moun ki nan sal la: “Kiyès ki kondui pou travay, oswa ki monte ak yon moun ki fè sa?”
        Ensiste sou jan pou kanpe san danje: etenn motè a, limen limyè anndan an, bese vit la yon ti kras, men kote yo ka wè yo.
        Ensiste: chofè a montre lisans, rejistrasyon ak asirans lè yo mande l.
        Yon erè moun fè souvan: lonje men nan bwat devan machin nan (glove box) san di sa anvan.
        Ensiste: pasaje yo ka rete an silans, epi nenpòt moun ka refize pou yo fouye.
        Raple moun yo: ofisye yo ka ba w lòd pou w soti nan machin nan. Pa janm reziste, pa janm bay manti, pa janm montre fo papye.

quiz-car--lights =
    .question = Limyè lapolis ap klere dèyè machin ou. Kisa ou fè?
    .answer-get-out = Kanpe, epi soti nan machin nan pou w pale ak yo.
    .why-get-out = Tann nan machin nan, ak men ou kote yo ka wè yo. Y ap di w si yo vle w soti.
    .answer-keep-driving = Kontinye kondui jiskaske ou rive lakay ou.
    .why-keep-driving = Pa janm eseye chape. Rale sou kote nan yon kote ki san danje, epi etenn motè a.
    .answer-stop-safe = Rale sou kote san danje, etenn motè a, epi kite men ou kote yo ka wè yo.
    .why-stop-safe = Limen limyè anndan machin nan tou, epi bese vit la yon ti kras.

quiz-car--license =
    .question = Se ou k ap kondui. Ofisye a mande w lisans ou ak rejistrasyon an. Kisa ou fè?
    .answer-show = Di kote papye yo ye, apre sa ba yo yo dousman.
    .why-show = Chofè a montre lisans, rejistrasyon ak asirans lè yo mande l. Di yo anvan ou lonje men pou pran nenpòt bagay.
    .answer-other-license = Montre lisans yon zanmi olye pa w la.
    .why-other-license = Pa janm montre fo papye, ni lisans yon lòt moun. Pa janm bay manti.
    .answer-refuse = Rete an silans, epi pa montre anyen.
    .why-refuse = Pou lòt bagay, ou ka rete an silans. Men chofè a montre lisans, rejistrasyon ak asirans lè yo mande l.

quiz-car--passenger =
    .question = Ou se pasaje. Yon ajan mande w: “Ki peyi ou soti?” Kisa ou fè?
    .answer-citizen = Di ou se sitwayen ameriken, pou yo kite w trankil.
    .why-citizen = Pa janm di ou se sitwayen ameriken si se pa vre. Bay yon ajan federal manti se yon krim.
    .answer-silent = Di: “M ap rete an silans.”
    .why-silent = Pasaje yo ka rete an silans. Rete an silans pa yon krim.
    .answer-false-name = Ba yo yon lòt non.
    .why-false-name = Pa janm bay manti, ni bay yon fo non. Ou ka rete an silans pito.

quiz-car--search =
    .question = Ofisye a di: “Ou pa gen pwoblèm si m fouye machin nan, pa vre?” Kisa ou fè?
    .answer-go-ahead = Di: “Wi, nou mèt fouye”, pou montre ou pa gen anyen pou kache.
    .why-go-ahead = Sa vle di ou dakò pou yo fouye. Ou ka di: “Mwen pa ban nou pèmisyon pou nou fouye.”
    .answer-lock = Fèmen pòt yo a kle, epi refize soti.
    .why-lock = Pa janm reziste ni bloke yo. Ofisye yo ka ba w lòd pou w soti nan machin nan. Konteste sa pita ak yon avoka.
    .answer-no-consent = Di ak kalm: “Mwen pa ban nou pèmisyon pou nou fouye.”
    .why-no-consent = Ou ka refize pou yo fouye machin nan. Si yo fouye kanmenm, pa reziste.
