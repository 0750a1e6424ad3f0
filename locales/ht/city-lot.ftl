## Scenario: agents at a city parking lot or garage (Executive Order 13).

city-lot = Nan pakin oswa garaj Vil la

city-lot--rule =
    .title = Règ pou pakin ak garaj Vil la
    .body =
        Lòd Egzekitif 13 majistra a (fevriye 2026) kouvri teren, pakin ak garaj Vil la posede oswa jere.
        Ajan ki pa travay pou Vil la, tankou ICE, pa gen dwa sèvi ak yo kòm baz.
        Sa vle di: pou rasanble, pou trete dosye moun yo arete, oswa pou fè operasyon.
        Sèl eksepsyon an se yon manda yon jij siyen.

city-lot--not-covered =
    .title = Sa lòd la pa fè
    .body =
        Li pa anpeche ajan federal yo ale tout kote.
        Lari, twotwa ak lòt zòn piblik rete louvri pou yo.
        Li pa ba w dwa pou w anpeche yo ou menm.
        Pa janm bloke, touche, ni diskite ak yon ajan.

city-lot--see =
    .title = Kisa k ap pase?
    .choice-lot = Mwen wè ajan k ap sèvi ak yon pakin oswa yon garaj Vil la
    .choice-stopped = Ajan yo kanpe m pandan m a pye
    .choice-car = Ajan yo kanpe machin mwen

city-lot--what-to-do =
    .title = Si ou wè sa
    .body =
        Pa mele nan travay yo. Rete a yon bon distans.
        Ekri sa ou wè: kote a, lè a, konbyen ajan, machin yo ak plak yo.
        Ou ka filme ouvètman, depi yon kote ou an sekirite. Filme ajan yo, pa figi moun y ap arete yo.
        Ou pa gen papye imigrasyon? Si ou gade oswa filme, ou menm ou pran yon risk. Ekri sa ou wè depi pi lwen.

city-lot--report =
    .title = Rapòte sa
    .body =
        Rele yon liy telefòn dirèk pou repons rapid: pwochen ekran an bay lis yo.
        Di ki kote, ki lè ak kisa ou te wè.
        Pa mete figi moun yo te arete sou entènèt.

city-lot--end =
    .title = Sa pou w sonje
    .point-rule = ICE pa gen dwa sèvi ak pakin ak garaj Vil la kòm baz san manda yon jij.
    .point-public = Lari, twotwa ak zòn piblik rete louvri pou ajan yo.
    .point-no-interfere = Pa janm bloke ni touche yon ajan. Rete a yon bon distans.
    .point-record = Ekri sa ou wè, oswa filme l ouvètman.
    .point-report = Rapòte l bay yon liy telefòn dirèk pou repons rapid.

## Workshop: presenter notes and practice quiz.

presenter-city-lot =
    .body =
        Eksplike nouvo règ lòd la: pa gen baz ICE nan pakin ak garaj Vil la san manda yon jij.
        Ensiste sou sa lòd la pa fè: lari ak zòn piblik rete louvri, epi pesonn pa gen dwa kanpe ajan yo ak fòs.
        Mande moun ki nan sal la: ki pakin oswa garaj Vil la ki toupre nou?
        Yon erè moun fè souvan, se al jwenn ajan yo pou pale yo de lòd la. Rete a distans.
        Ensiste: ekri sa ou wè, filme ouvètman depi yon kote ki an sekirite, epi rapòte l.
        Moun ki pa gen papye ka ede depi pi lwen, lè yo ekri sa yo te wè.

quiz-city-lot--lot =
    .question = Ou wè kamyonèt ICE k ap rasanble nan yon garaj pakin Vil la. Kisa ou fè?
    .answer-block = Kanpe devan kamyonèt yo pou yo pa ka soti.
    .why-block = Pa janm bloke ni touche yon ajan. Lòd la pa ba w dwa pou w anpeche yo.
    .answer-watch = Rete a yon bon distans, ekri sa ou wè, epi rapòte l.
    .why-watch = Rete lwen, ekri kote a, lè a ak plak yo, epi rele yon liy telefòn dirèk pou repons rapid.
    .answer-ignore = Anyen: dapre lòd la, sa pa ka ICE.
    .why-ignore = Lòd la di sa ajan yo pa gen dwa fè; li pa anpeche tout moun. Ekri sa ou wè, epi rapòte l.

quiz-city-lot--sidewalk =
    .question = Gen ajan sou twotwa a, bò kote yon garaj Vil la. Èske lòd la kouvri yo?
    .answer-covered = Wi: nenpòt kote toupre yon garaj Vil la kouvri.
    .why-covered = Non. Twotwa ak lari se zòn piblik. Lòd la kouvri pakin ak garaj Vil la.
    .answer-public = Non: twotwa ak lari rete louvri pou ajan yo.
    .why-public = Lòd la kouvri pakin ak garaj Vil la, pa zòn piblik yo.
    .answer-never = Ajan yo pa janm gen dwa vin toupre pwopriyete Vil la.
    .why-never = Sa depase sa lòd la di. Zòn piblik yo rete louvri pou ajan yo.

quiz-city-lot--report =
    .question = Ou filme ajan k ap sèvi ak yon pakin Vil la. Kisa ou fè ak videyo a?
    .answer-post = Mete l sou entènèt touswit, ak figi tout moun.
    .why-post = Pa mete figi moun yo te arete sou entènèt. Kenbe orijinal la an sekirite.
    .answer-report = Kenbe orijinal la an sekirite, epi rakonte yon liy telefòn dirèk pou repons rapid sa ou te wè.
    .why-report = Fè yon kopi fichye a, epi rapòte ki kote, ki lè ak kisa ou te wè.
    .answer-confront = Montre ajan yo videyo a pou yo ale.
    .why-confront = Pa janm konfwonte ajan yo. Rete a distans, epi rapòte sa ou te wè.
