## Scenario: you are stopped on the street, on the subway or in another public place.

street = Nan lari oswa nan metwo

street--stopped =
    .title = Mande si ou lib pou w ale
    .body =
        Rete kalm. Pa kouri.
        Mande: “Èske m lib pou m ale?”
        Ou gen dwa, kèlkeswa estati imigrasyon ou.
        Kisa yo di oswa kisa y ap fè?
    .choice-free = Yo di m lib pou m ale
    .choice-not-free = Yo di m pa lib pou m ale
    .choice-search = Yo vle fouye m
    .choice-papers = Yo mande m pyès idantite oswa papye m

street--free-to-go =
    .title = Si ou lib pou w ale
    .body =
        Ale ak kalm. Pa kouri.
        Ou pa oblije reponn kesyon yo.
        Pita, ekri sa k te pase.

street--not-free =
    .title = Si ou pa lib pou w ale
    .body =
        Rete kalm. Pa kouri, pa reziste.
        Di mo sa yo. Apre sa, rete an silans.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.

street--what-next =
    .title = Kisa k ap pase apre sa?
    .choice-search = Yo vle fouye m
    .choice-papers = Yo mande m pyès idantite oswa papye m
    .choice-arrest = Y ap arete m
    .choice-let-go = Yo kite m ale

street--search =
    .title = Si yo vle fouye w
    .body =
        Ou gen dwa refize pou yo fouye w oswa fouye sak ou.
        Si yo sispèk ou gen yon zam, yo ka manyen rad ou sou deyò.
        Pa reziste, menm si ou pa dakò.
        Si ou panse yo pa t respekte dwa ou, konteste sa pita ak yon avoka.
    .line-no-consent = Mwen pa ban nou pèmisyon pou nou fouye.
    .line-silent = M ap rete an silans.

street--papers =
    .title = Si yo mande pyès idantite oswa papye
    .body =
        Lwa Nouyòk pa oblije w pote pyès idantite sou ou.
        Men gen yon lwa federal pou kèk moun ki gen papye imigrasyon.
        Pa janm montre fo papye. Pa janm bay manti.
        Bay yon ajan federal manti se yon krim. Rete an silans pa yon krim.
    .choice-have-papers = Mwen gen 18 an oswa plis, epi m gen papye
    .choice-no-papers = Mwen pa gen papye imigrasyon

street--have-papers =
    .title = Pote papye ou sou ou
    .body =
        Èske ou gen 18 an oswa plis, ak papye enskripsyon imigrasyon?
        Sa gen ladan kat vèt (kat rezidan pèmanan), dosye arive I-94, ak pèmi travay.
        Depi avril 2025, gen tou prèv enskripsyon (Fòm G-325R) la.
        Lwa federal la di ou dwe pote yo sou ou. Yon so viza pou kont li pa youn ladan yo.
        Avoka yo konseye: si yon ajan imigrasyon mande w yo, montre yo.
        Ou ka toujou rete an silans epi mande yon avoka.

street--no-papers =
    .title = Ou ka rete an silans
    .body =
        Ou pa oblije reponn kesyon sou estati imigrasyon ou.
        Pa pote ni montre papye ki soti nan yon lòt peyi.
        Pa janm montre fo papye.
        Pa janm di ou se sitwayen ameriken si se pa vre.
        Ou pè retounen nan peyi ou? Di sa, epi mande yon avoka.
        Di mo sa yo. Apre sa, rete an silans.
    .line-silent = M ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-afraid = Mwen pè retounen nan peyi mwen.

street--end =
    .title = Sa pou w sonje
    .point-free = Mande: “Èske m lib pou m ale?” Si yo di wi, ale ak kalm.
    .point-silent = Ou ka rete an silans. Pa janm bay manti.
    .point-search = Ou ka refize pou yo fouye w. Men pa janm reziste.
    .point-papers = Ou gen 18 an oswa plis, ak papye enskripsyon? Pote yo sou ou.
    .point-no-run = Pa janm kouri, epi pa janm montre fo papye.

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        Mande moun ki nan sal la: “Kisa pou w mande an premye si yon ofisye kanpe w?”
        Ensiste sou mo sa yo: “Èske m lib pou m ale?” Si repons lan se wi, ale ak kalm.
        Yon erè moun fè souvan: kouri, oswa reponn tout kesyon paske yo pè.
        Ensiste: ou ka refize pou yo fouye w. Si yo sispèk gen yon zam, yo ka manyen rad ou sou deyò. Pa janm reziste.
        Pale klè sou papye: lwa Nouyòk pa oblije w pote pyès idantite.
        Men moun ki gen 18 an oswa plis dwe pote papye enskripsyon yo te resevwa yo: kat vèt, I-94, pèmi travay, oswa prèv G-325R la. Se lwa federal.
        Montre yo bay yon ajan imigrasyon ki mande yo, se yon konsèy, se pa lalwa.
        Ensiste: pa janm bay manti, epi pa janm montre fo papye oswa papye ki soti nan yon lòt peyi.

quiz-street--stopped =
    .question = De ajan kanpe w sou twotwa a, epi yo kòmanse poze w kesyon. Kisa ou fè an premye?
    .answer-run = Kouri anvan yo poze w plis kesyon.
    .why-run = Pa janm kouri. Rete kalm, epi mande: “Èske m lib pou m ale?”
    .answer-ask-free = Rete kalm, epi mande: “Èske m lib pou m ale?”
    .why-ask-free = Si yo di wi, ale ak kalm. Si yo di non, rete an silans epi mande yon avoka.
    .answer-answer = Reponn tout kesyon yo pou yo kite w trankil.
    .why-answer = Ou pa oblije reponn kesyon yo. Mande si ou lib pou w ale. Apre sa, rete an silans.

quiz-street--bag =
    .question = Nan metwo a, yon ofisye di: “Ou pa gen pwoblèm si m gade nan sak ou?” Kisa ou fè?
    .answer-let-look = Di “Oke”, pou sa fini pi vit.
    .why-let-look = Si ou di oke, sa vle di ou dakò pou yo fouye. Ou ka di: “Mwen pa ban nou pèmisyon pou nou fouye.”
    .answer-pull-away = Rale sak ou, epi kenbe l byen sere.
    .why-pull-away = Pa janm reziste, menm si ou pa dakò. Di ou pa bay pèmisyon. Konteste sa pita ak yon avoka.
    .answer-no-consent = Di ak kalm: “Mwen pa ban nou pèmisyon pou nou fouye.”
    .why-no-consent = Ou ka refize pou yo fouye w oswa fouye sak ou. Si yo fouye kanmenm, pa reziste.

quiz-street--born =
    .question = Ou pa gen papye imigrasyon. Yon ajan mande w: “Ki kote ou fèt?” Kisa ou fè?
    .answer-silent = Di: “M ap rete an silans”, epi mande yon avoka.
    .why-silent = Ou pa oblije reponn kesyon sou estati ou. Rete an silans pa yon krim.
    .answer-lie = Di ou fèt Nouyòk.
    .why-lie = Pa janm bay manti, epi pa janm di ou se sitwayen ameriken si se pa vre. Bay yon ajan federal manti se yon krim.
    .answer-foreign-id = Montre kat idantite peyi ou.
    .why-foreign-id = Pa montre papye ki soti nan yon lòt peyi. Rete an silans, epi mande yon avoka pito.

quiz-street--green-card =
    .question = Ou gen 20 an, epi kat vèt ou sou ou. Yon ajan imigrasyon mande w papye ou. Kisa ou fè?
    .answer-left-home = Di ou kite l lakay.
    .why-left-home = Pa janm bay yon ajan manti. Bay yon ajan federal manti se yon krim.
    .answer-show = Montre kat vèt ou. Apre sa, ou ka toujou rete an silans.
    .why-show = Lwa federal la di moun ki gen 18 an oswa plis, ak yon kat vèt, dwe pote l sou yo. Avoka yo konseye pou montre l lè yon ajan imigrasyon mande l.
    .answer-keep = Kite l nan pòtfèy ou, epi rete an silans.
    .why-keep = Pou lòt bagay, ou ka rete an silans. Men lwa federal la di ou dwe pote kat vèt ou sou ou, epi avoka yo konseye pou montre l lè yon ajan imigrasyon mande l.
