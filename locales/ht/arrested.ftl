## Scenario: you are arrested or detained, and what your family can do.

arrested = Si yo arete w

arrested--calm =
    .title = Rete kalm. Pa reziste.
    .body =
        Pa kouri. Pa goumen, pa pouse.
        Fè sa menm si ou panse arestasyon an pa jis.
        Ou ka konteste l pita ak yon avoka.
        Ou gen dwa, kèlkeswa estati imigrasyon ou.

arrested--say =
    .title = Di sa, epi rete an silans
    .body =
        Di mo sa yo ak kalm. Apre sa, rete an silans.
        Pa janm bay manti. Pa janm montre fo papye.
        Bay yon ajan federal manti se yon krim. Rete an silans pa yon krim.
    .line-silent = Mwen ap rete an silans.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-interpreter = Mwen vle yon entèprèt.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.

arrested--no-sign =
    .title = Pa siyen anyen
    .body =
        Pa siyen okenn papye san yon avoka.
        Gen kèk papye ki fè w pèdi dwa ou pou pase devan yon jij nan yon odyans.
        De ladan yo se “depa volontè” (voluntary departure) ak “lòd depòtasyon ou dakò siyen” (stipulated removal).
        Papye sa yo ka anpeche w tounen Ozetazini tou.

arrested--numbers =
    .title = Nimewo telefòn ak non
    .body =
        Ou ka rele yon avoka ak fanmi ou.
        Aprann nimewo telefòn yo pa kè davans.
        Asire w fanmi ou konnen nimewo A ou, si ou genyen youn.
        Ekri oswa sonje non ofisye a ak nimewo badj li.

arrested--help =
    .title = Kisa ou bezwen kounye a?
    .body = Fanmi ak zanmi ka sèvi ak pati sa a tou.
    .choice-find = Jwenn yon moun ki nan detansyon
    .choice-lawyer = Jwenn yon avoka gratis
    .choice-court = Mwen gen yon dat nan tribinal imigrasyon

arrested--find =
    .title = Jwenn yon moun ICE ap kenbe
    .body =
        Sèvi ak sit ICE Online Detainee Locator: locator.ice.gov.
        Li jwenn granmoun ICE ap kenbe.
        Chèche ak nimewo A moun nan ak peyi kote l fèt.
        Oswa chèche ak non egzak li ak peyi kote l fèt.

arrested--lawyer =
    .title = Ou ka jwenn yon avoka gratis
    .body =
        Èske ou nan detansyon, epi ou gen yon ka nan tribinal imigrasyon NYC?
        Ou ka jwenn yon avoka gratis.
        Se pwogram New York Immigrant Family Unity Project la.
        Rele yon liy èd legal pou w mande.

arrested--court =
    .title = Si ou gen yon dat tribinal
    .body =
        An 2025, ICE te arete moun nan tribinal imigrasyon NYC yo.
        Sa te rive nan 26 Federal Plaza, 201 Varick ak 290 Broadway.
        Lwa Nouyòk ki rele Protect Our Courts Act kouvri tribinal Eta a, pa tribinal federal sa yo.
        Pa manke odyans ou. Sa ka fè yo ba w yon lòd depòtasyon (yon lòd pou kite Etazini).
        Pale ak yon avoka anvan odyans ou.

arrested--end =
    .title = Sa pou w sonje
    .point-silent = Rete an silans. Pa janm bay manti.
    .point-lawyer = Mande yon avoka ak yon entèprèt.
    .point-no-sign = Pa siyen anyen san yon avoka.
    .point-numbers = Konnen nimewo avoka ou ak nimewo fanmi ou pa kè.
    .point-hearing = Pa janm manke yon odyans nan tribinal imigrasyon.
