## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = Nan yon kay lapriyè

house-of-worship--role =
    .title = Kay lapriyè pa entèdi pou ICE
    .body =
        Yon legliz, yon moske, yon sinagòg oswa yon tanp pa entèdi pou ICE.
        An janvye 2025, DHS (depatman ki anlè ICE) te mete fen nan politik “kote sansib” li a.
        Men pou zòn prive yo, yo toujou bezwen yon manda yon jij siyen, oswa pèmisyon.
        Kiyès ou ye?
    .choice-leader = Mwen ede dirije yon kay lapriyè
    .choice-member = Mwen se manm yon kongregasyon
    .choice-agents = Gen ajan la kounye a

house-of-worship--plan =
    .title = Fè yon plan anvan yo vini
    .body =
        Deside ki zòn ki prive, tankou biwo ak chanm dèyè yo.
        Ou ka mete afich sou zòn sa yo.
        Ajan yo bezwen manda yon jij oswa pèmisyon pou antre ladan yo.
        Chwazi yon moun responsab pou resevwa ajan yo si yo vini.
        Moun sa a mande wè manda a epi li rele avoka nou an.

house-of-worship--guidance =
    .title = Jwenn gid epi pale ak yon avoka
    .body =
        Pwokirè Jeneral Nouyòk (New York Attorney General) te pibliye yon gid an fevriye 2025.
        Gid la se pou kote prive ak òganizasyon san bi likratif, tankou kay lapriyè.
        Pale ak yon avoka sou plan nou an.
        Gid sa a se pa konsèy legal.

house-of-worship--member =
    .title = Si ou se yon manm
    .body =
        Kay lapriyè ou a pa entèdi pou ajan yo.
        Mande kiyès ki moun responsab la nan kominote ou.
        Si ajan yo vini, kite moun responsab la pale ak yo.
        Ou toujou gen dwa ou yo, kèlkeswa estati ou.

house-of-worship--agents-here =
    .title = Si ajan yo vini
    .body =
        Rete kalm. Pa kouri.
        Pa reziste, pa bloke yo, menm si ou panse yo an tò.
        Ou ka konteste sa pita ak yon avoka.
        Pou antre nan zòn prive, yo bezwen manda yon jij oswa pèmisyon.
    .choice-point-person = Se mwen ki moun responsab la
    .choice-asked = Ajan yo ap poze m kesyon
    .choice-warrant = Yo montre yon manda

house-of-worship--paper =
    .title = Moun responsab: verifye papye a
    .body =
        Se moun responsab la ki li papye a. Lòt moun yo kite l fè sa.
        Yon fòm ICE ekri “Department of Homeland Security” (Depatman Sekirite Enteryè) tou anlè, ak I-200 oswa I-205 anba. Se pa yon jij ki siyen l.
        Reponn chak kesyon. Si yon repons se non oswa ou pa sèten, pa konsidere papye a kòm manda yon jij.
    .item-court = Èske gen non yon tribinal anlè papye a? Pa egzanp “United States District Court” (Tribinal Federal Distri Etazini).
    .item-judge = Èske se yon jij ki siyen l? Pa yon ofisye ICE, epi pa yon jij imigrasyon.
    .item-place = Èske li nonmen kay lapriyè sa a ak adrès li, epi èske li bay lis kote yo ka fouye? Yon manda arestasyon yon jij siyen ka nonmen yon moun sèlman: si se sa, reponn “M pa sèten”.
    .item-date = Èske li toujou valab? Èske dat limit li poko pase?

house-of-worship--not-judicial =
    .title = Pa konsidere sa a kòm manda yon jij
    .body =
        Zòn prive yo toujou bezwen manda yon jij oswa pèmisyon.
        Se moun responsab la ki deside si l bay pèmisyon pou kominote a.
        Pa bloke yon pòt ni yon ajan. Rele avoka nou an.

house-of-worship--judicial =
    .title = Li ka se yon manda jij
    .body =
        Si manda a valab, ajan yo ka fouye kote li nonmen yo, epi sèlman kote sa yo.
        Pa reziste, pa bloke yo.
        Tout moun ka toujou rete an silans epi mande yon avoka.
        Rele avoka nou an.

house-of-worship--say-point =
    .title = Moun responsab: di sa
    .body =
        Resevwa ajan yo ak kalm. Mande wè manda a.
        Pou antre nan zòn prive, yo bezwen yon manda yon jij siyen oswa pèmisyon, sof nan yon ijans.
        Apre sa, rele avoka nou an.
    .line-no-entry = Mwen pa ban nou pèmisyon pou nou antre nan zòn prive yo.
    .line-show-warrant = Tanpri, montre m manda a.
    .line-lawyer = Mwen vle pale ak yon avoka.

house-of-worship--say-member =
    .title = Si ajan yo poze w kesyon
    .body =
        Ou ka rete an silans, kèlkeswa estati imigrasyon ou.
        Pa bay manti. Pa janm montre fo papye.
        Ou gen 18 an oswa plis, ak papye enskripsyon tankou yon kat vèt? Lalwa di pou w pote yo sou ou. Si yon ajan imigrasyon mande yo, avoka yo konseye pou w montre yo.
        Si yo di ou lib pou w ale, ale ak kalm.
    .line-free-to-go = Èske m lib pou m ale?
    .line-silent = M ap rete an silans.
    .line-no-search = Mwen pa ban nou pèmisyon pou nou fouye.
    .line-lawyer = Mwen vle pale ak yon avoka.

house-of-worship--end =
    .title = Sa pou w sonje
    .point-not-off-limits = Kay lapriyè pa entèdi pou ICE.
    .point-private = Zòn prive yo bezwen manda yon jij oswa pèmisyon.
    .point-point-person = Chwazi yon moun responsab pou resevwa ajan yo epi rele avoka a.
    .point-silent = Tout moun ka rete an silans. Pa janm bay manti.
    .point-lawyer = Pale ak yon avoka sou plan nou an.

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        Ensiste: yon kay lapriyè pa entèdi pou ICE.
        DHS te mete fen nan politik “kote sansib” li a an janvye 2025. Pa di lòt bagay.
        Ensiste: zòn prive yo toujou bezwen yon manda yon jij oswa pèmisyon.
        Yon erè moun fè souvan, se sanble toutotou ajan yo oswa bloke yon pòt. Pa janm bloke yon ajan.
        Mande moun ki nan sal la: kiyès ki moun responsab nou an, epi ki chanm ki prive?
        Pale sou gid Pwokirè Jeneral Nouyòk (Attorney General) te pibliye an fevriye 2025 pou kay lapriyè.
        Di verite a: sa a se pa konsèy legal. Mande yon avoka pou l revize plan nou an.

quiz-house-of-worship--off-limits =
    .question = Yon manm di: “ICE pa janm ka antre nan yon legliz.” Kisa ou di l?
    .answer-agree = “Se vre. Yon legliz entèdi pou ICE.”
    .why-agree = Se te yon ansyen politik. DHS te mete fen ladan l an janvye 2025. Pa di moun yon legliz entèdi pou ICE.
    .answer-services = “Yo pa ka antre pandan yon sèvis.”
    .why-services = Pa gen okenn politik ki anpeche ajan yo antre, pandan yon sèvis oswa lè pa gen sèvis. Fè yon plan, epi make zòn prive nou yo.
    .answer-not-off-limits = “Li pa entèdi pou ICE, men zòn prive yo bezwen manda yon jij oswa pèmisyon.”
    .why-not-off-limits = DHS te mete fen nan politik “kote sansib” li a an janvye 2025. Zòn prive yo toujou bezwen manda yon jij oswa pèmisyon.

quiz-house-of-worship--who-speaks =
    .question = Ajan yo antre nan lobi a pandan yon sèvis. Plizyè manm kouri al jwenn yo.
    .answer-block = Manm yo kanpe nan pòt la pou ajan yo pa ka ale pi lwen.
    .why-block = Pa janm bloke yon ajan, menm si ou panse yo an tò. Kite moun responsab la pale, epi konteste sa pita ak yon avoka.
    .answer-point-person = Moun responsab la resevwa yo, li mande wè manda a, epi li rele avoka a.
    .why-point-person = Yon sèl moun ki kalm pale pou kongregasyon an. Tout lòt moun yo ka rete an silans.
    .answer-everyone = Tout moun reponn kesyon ajan yo, pou montre pa gen anyen pou kache.
    .why-everyone = Pesonn pa oblije reponn kesyon. Kite moun responsab la pale. Lòt moun yo ka rete an silans.

quiz-house-of-worship--office =
    .question = Se ou ki moun responsab la. Ajan yo vle antre nan biwo pastè a. Yo pa montre okenn manda.
    .answer-let-in = Kite yo antre, pou bagay yo rete kalm.
    .why-let-in = Si ou kite yo antre, se pèmisyon ou bay. Di: “Mwen pa ban nou pèmisyon pou nou antre nan zòn prive yo.”
    .answer-stand = Kanpe devan pòt la pou yo pa ka pase.
    .why-stand = Pa janm bloke yon ajan ak kò ou. Di ou pa bay pèmisyon, apre sa rele avoka nou an.
    .answer-no-consent = Di: “Mwen pa ban nou pèmisyon pou nou antre nan zòn prive yo.” Apre sa, rele avoka nou an.
    .why-no-consent = Zòn prive yo bezwen manda yon jij oswa pèmisyon. Si yo antre kanmenm, pa bloke yo.

quiz-house-of-worship--parking-lot =
    .question = W ap soti nan sèvis la. Nan pakin lan, yon ajan mande w ki kote ou fèt.
    .answer-silent = Di: “M ap rete an silans”, apre sa mande: “Èske m lib pou m ale?”
    .why-silent = Ou ka rete an silans, kèlkeswa estati ou. Si ou lib pou w ale, ale ak kalm.
    .answer-citizen = Di ou se sitwayen ameriken, menm si se pa vre.
    .why-citizen = Pa janm di ou se sitwayen si se pa vre. Bay yon ajan federal manti se yon krim. Rete an silans pa yon krim.
    .answer-run = Kouri tounen anndan bilding lan.
    .why-run = Pa janm kouri. Rete kalm, rete an silans, epi mande si ou lib pou w ale.
