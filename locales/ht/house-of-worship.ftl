## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = Nan yon kay lapriyè

house-of-worship--role =
    .title = Kay lapriyè pa entèdi pou ICE
    .body =
        ICE ka vini nan yon legliz, yon moske, yon sinagòg oswa yon tanp.
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

house-of-worship--say-point =
    .title = Moun responsab: di sa
    .body =
        Resevwa ajan yo ak kalm. Mande wè manda a.
        Se sèlman yon manda yon jij siyen ki pèmèt yo antre nan zòn prive san pèmisyon.
        Apre sa, rele avoka nou an.
    .line-no-entry = Mwen pa ba w pèmisyon pou antre nan zòn prive yo.
    .line-show-warrant = Tanpri, montre m manda a.
    .line-lawyer = Mwen vle pale ak yon avoka.

house-of-worship--say-member =
    .title = Si ajan yo poze w kesyon
    .body =
        Ou ka rete an silans, kèlkeswa estati imigrasyon ou.
        Pa bay manti. Pa janm montre fo papye.
        Èske ou gen 18 an oswa plis, ak papye imigrasyon? Montre yo si yon ajan mande.
        Si ou lib pou w ale, ale ak kalm.
    .line-free-to-go = Èske m lib pou m ale?
    .line-silent = Mwen ap rete an silans.
    .line-no-search = Mwen pa ba w pèmisyon pou fouye.
    .line-lawyer = Mwen vle pale ak yon avoka.

house-of-worship--end =
    .title = Sa pou w sonje
    .point-not-off-limits = Kay lapriyè pa entèdi pou ICE.
    .point-private = Zòn prive yo bezwen manda yon jij oswa pèmisyon.
    .point-point-person = Chwazi yon moun responsab pou resevwa ajan yo epi rele avoka a.
    .point-silent = Tout moun ka rete an silans. Pa janm bay manti.
    .point-lawyer = Pale ak yon avoka sou plan nou an.
