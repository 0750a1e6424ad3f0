## Scenario: make a family safety plan before anything happens.

family-plan = Fè yon plan pou fanmi

family-plan--why =
    .title = Fè yon plan kounye a
    .body =
        Yon plan ap ede fanmi ou si yo mete yon moun nan detansyon.
        Fè l kounye a, pandan bagay yo kalm.
        Gid sa a se pa konsèy legal.
    .choice-start = Kòmanse plan fanmi mwen
    .choice-detained = Yo fèk arete yon moun

family-plan--numbers =
    .title = Aprann nimewo enpòtan yo pa kè
    .body =
        Si yo mete w nan detansyon, ou ka rele yon avoka ak fanmi ou.
        Kidonk aprann nimewo yo pa kè.
        Èske ou gen yon nimewo A? Li sou papye imigrasyon ou.
        Asire w fanmi ou konnen l.
        Li ede yo jwenn ou, ak jwenn dat tribinal ou.

family-plan--children =
    .title = Èske ou gen timoun?
    .body = Planifye kiyès k ap okipe yo si ou pa kapab.
    .choice-yes = Wi, mwen gen timoun
    .choice-no = Non

family-plan--caregiver =
    .title = Chwazi yon granmoun ou fè konfyans
    .body =
        Chwazi yon granmoun ou fè konfyans pou okipe timoun ou yo si ou pa kapab.
        Pale ak granmoun sa a sou plan ou.
        Ba li kopi ak nesans timoun ou yo.
        Ba li non chak paran, ak fason pou kontakte yo.

family-plan--legal-tools =
    .title = De zouti Nouyòk pou okipe timoun
    .body =
        Designation of Person in Parental Relation se yon fòm.
        Li pèmèt moun k ap okipe timoun yo pran desizyon pou lekòl ak swen medikal. Ou pa bezwen tribinal.
        Standby guardianship (gadyen sipleyan) se yon lòt zouti. Li pase nan Tribinal Fanmi (Family Court).
        Mande yon avoka kilès ki bon pou fanmi ou.

family-plan--school =
    .title = Mete “blue card” lekòl la ajou
    .body =
        Lekòl piblik yo gen yon kat kontak pou ijans ki rele “blue card” (kat ble).
        Ou ka mete jiska twa kontak pou ijans sou li.
        Ajoute granmoun ou fè konfyans lan.

family-plan--papers =
    .title = Kenbe papye ou yo an sekirite
    .body =
        Fè kopi papye enpòtan, tankou ak nesans ak papye imigrasyon.
        Kenbe yo nan yon kote ki an sekirite.
        Asire w yon moun ou fè konfyans ka jwenn yo.

family-plan--lawyer =
    .title = Jwenn vrè èd legal
    .body =
        Pale ak yon avoka anvan ou fè yon demann, anvan ou renouvle oswa anvan ou vwayaje.
        Yon reprezantan DOJ akredite ka ede w tou. Se Depatman Jistis la ki apwouve yo.
        Pa janm ale kot yon “notario”. Ozetazini, yon “notario” pa yon avoka.
        ActionNYC bay èd legal gratis ak konfidansyèl.

family-plan--end =
    .title = Sa pou w sonje
    .point-numbers = Aprann nimewo enpòtan yo pa kè. Asire w fanmi ou konnen nimewo A ou.
    .point-caregiver = Chwazi yon granmoun ou fè konfyans pou timoun ou yo.
    .point-blue-card = Mete granmoun sa a sou “blue card” lekòl la.
    .point-papers = Kenbe kopi papye yo yon kote ki an sekirite, kote yon moun ou fè konfyans ka jwenn yo.
    .point-notario = Chèche èd nan men yon avoka, pa janm nan men yon “notario”.
