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
        Si yo mete w nan detansyon, mande pou rele yon avoka ak fanmi ou. Pa gen garanti y ap kite w rele.
        Kidonk aprann nimewo yo pa kè.
        Èske ou gen yon nimewo A? Se nimewo ki sou papye imigrasyon ou.
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
    .title = Yon fòm pou lekòl ak doktè
    .body =
        Nouyòk gen yon fòm ki rele Designation of Person in Parental Relation (moun ki nan plas paran).
        Avè l, yon paran nonmen yon granmoun pou pran desizyon lekòl ak swen medikal pou yon timoun.
        Ou pa bezwen tribinal. Li dire pou yon tan limite, epi ou ka anile l.
        Li pa bay gad timoun nan, epi li pa retire dwa ou kòm paran.
        Gen kèk pati ki dwe siyen devan yon “notary public” (yon moun ki la sèlman pou temwen siyati). Mande yon avoka ki pati.

family-plan--standby =
    .title = Gadyen sipleyan (standby guardianship)
    .body =
        Yon gadyen sipleyan (standby guardian) se yon granmoun ki ka pran swen timoun yo si ou pa kapab.
        Nan Nouyòk, ou ka nonmen youn alekri, devan de temwen.
        Depi 2018, sa ka kòmanse si imigrasyon arete w, mete w nan detansyon oswa depòte w.
        Apre sa, fòk yon demann (petisyon) rive nan tribinal byen vit, nan Surrogate’s Court oswa nan Tribinal Fanmi (Family Court).
        Mande yon avoka pou ede w fè sa.

family-plan--school =
    .title = Mete “blue card” lekòl la ajou
    .body =
        Lekòl piblik yo gen yon kat kontak pou ijans ki rele “blue card” (kat ble).
        Ou ka mete jiska twa kontak pou ijans sou li.
        Ajoute granmoun ou fè konfyans lan.

family-plan--money =
    .title = Lajan, paspò ak sante
    .body =
        Reflechi sou kiyès ki ta ka peye lwaye ak bòdwo yo si ou pa kapab.
        Yon prokirasyon finansye (financial power of attorney) pèmèt yon moun ou fè konfyans aji pou ou.
        Deside kiyès ki ka jwenn aksè nan kont labank ou.
        Mete paspò ak ak nesans kote moun sa a ka jwenn yo.
        Ekri medikaman, alèji ak doktè chak moun nan fanmi an.

family-plan--papers =
    .title = Kenbe papye ou yo an sekirite
    .body =
        Fè kopi papye enpòtan, tankou ak nesans ak papye imigrasyon.
        Kenbe prèv ki montre depi konbyen tan ou rete isit la: kontra lwaye, fich pewòl, dosye lekòl, dosye medikal oswa dosye taks.
        Dezan oswa plis ka konte nan tribinal. Mande yon avoka si ou ta dwe pote prèv sou ou.
        Kenbe tout bagay yon kote ki an sekirite, ak yon kopi lakay yon moun ou fè konfyans.

family-plan--lawyer =
    .title = Jwenn vrè èd legal
    .body =
        Pale ak yon avoka anvan ou fè yon demann, anvan ou renouvle oswa anvan ou vwayaje.
        Yon reprezantan DOJ akredite ka ede w tou. Se Depatman Jistis la ki apwouve yo.
        Yon “notario” ki vann konsèy sou imigrasyon, se yon fwod. Ozetazini, yon “notario” pa yon avoka.
        Yon “notary public” la sèlman pou temwen siyati. Li pa yon avoka nonplis.
        ActionNYC bay èd legal gratis ak konfidansyèl.

family-plan--end =
    .title = Sa pou w sonje
    .point-numbers = Aprann nimewo enpòtan yo pa kè. Asire w fanmi ou konnen nimewo A ou.
    .point-caregiver = Chwazi yon granmoun ou fè konfyans pou timoun ou yo, epi mande yon avoka sou fòm yo.
    .point-blue-card = Mete granmoun sa a sou “blue card” lekòl la.
    .point-papers = Kenbe kopi papye ou yo, ak prèv tan ou pase isit la, yon kote ki an sekirite.
    .point-notario = Chèche èd nan men yon avoka, pa janm nan men yon “notario”.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Ensiste: se kounye a pou fè plan an, pandan bagay yo kalm.
        Mande moun ki nan sal la: ki nimewo nou ta rele an premye? Èske nou konnen l pa kè? Apre yon arestasyon, pa gen garanti y ap kite moun rele.
        Ensiste sou granmoun moun fè konfyans pou timoun yo, sou “blue card” lekòl la, ak sou kiyès ki ka peye bòdwo yo.
        Eksplike de fòm Nouyòk yo: Designation of Person in Parental Relation (lekòl ak doktè) ak gadyen sipleyan (standby guardianship).
        Yon erè moun fè souvan, se ale kot yon “notario”. Yon “notario” pa yon avoka, ni yon “notary public” nonplis.
        Di verite a: ki zouti pou okipe timoun ki bon pou yon fanmi, se yon kesyon pou yon avoka.
        Raple moun yo: gid sa a se pa konsèy legal. ActionNYC bay èd gratis.

quiz-family-plan--numbers =
    .question = Nimewo avoka ou ak nimewo fanmi ou sere sèlman nan telefòn ou.
    .answer-phone = Kite yo nan telefòn nan. Sa ase.
    .why-phone = Si yo mete w nan detansyon, ou ka pa gen telefòn ou avè w. Aprann nimewo enpòtan yo pa kè.
    .answer-later = Tann, epi okipe sa si yon bagay rive.
    .why-later = Yon plan mache pi byen lè ou fè l pandan bagay yo kalm. Aprann nimewo yo kounye a.
    .answer-memorize = Aprann nimewo enpòtan yo pa kè, epi bay fanmi ou nimewo A ou.
    .why-memorize = Si yo mete w nan detansyon, mande pou rele yon avoka ak fanmi ou; pa gen garanti y ap kite w rele. Nimewo A ou ede yo jwenn ou.

quiz-family-plan--children =
    .question = Ou enkyete: kiyès k ap vin chèche timoun ou yo lekòl si yo mete w nan detansyon?
    .answer-trusted = Chwazi yon granmoun ou fè konfyans, pale avè l, epi mete l sou “blue card” la.
    .why-trusted = “Blue card” lekòl la gen plas pou jiska twa kontak pou ijans. Bay granmoun sa a kopi ak nesans timoun ou yo.
    .answer-school = Fè lekòl la konfyans pou l regle sa.
    .why-school = Fè yon plan kounye a, pou lekòl la konnen kiyès pou l rele. Chwazi yon granmoun ou fè konfyans, epi mete l sou “blue card” la.
    .answer-notario = Peye yon “notario” pou l ekri papye gad timoun yo.
    .why-notario = Yon “notario” pa yon avoka. Mande yon avoka sou zouti Nouyòk genyen pou moun k ap okipe timoun.

quiz-family-plan--caregiver-tools =
    .question = Granmoun ou fè konfyans lan ka bezwen pran desizyon pou lekòl ak swen medikal pitit ou.
    .answer-nothing = Pa fè anyen. Nenpòt granmoun ou fè konfyans ka deside.
    .why-nothing = Planifye davans ak yon zouti legal. Mande yon avoka sou fòm Designation of Person in Parental Relation.
    .answer-ask-lawyer = Mande yon avoka sou Designation of Person in Parental Relation oswa standby guardianship (gadyen sipleyan).
    .why-ask-lawyer = Designation lan pa bezwen tribinal. Pou standby guardianship, ou nonmen gadyen an alekri, epi apre sa yon tribinal konfime l: Surrogate’s Court oswa Tribinal Fanmi (Family Court). Yon avoka ka di w kilès ki bon.
    .answer-your-id = Ba l pyès idantite ou, pou l ka siyen nan plas ou.
    .why-your-id = Pa janm sèvi ak papye yon lòt moun, ni siyen nan plas yon lòt moun. Sèvi ak yon zouti legal, ak èd yon avoka.

quiz-family-plan--notario =
    .question = Ou bezwen renouvle papye ou. Yon “notario” ofri pou l depoze yo vit, si ou peye l.
    .answer-pay = Peye “notario” a pou l depoze yo pou ou.
    .why-pay = Ozetazini, yon “notario” pa yon avoka. Chèche èd nan men yon avoka oswa yon reprezantan DOJ akredite.
    .answer-check = Ranpli fòm yo ou menm, apre sa kite “notario” a verifye yo.
    .why-check = Yon “notario” pa yon avoka, kidonk verifikasyon l se pa èd legal. Pale ak yon avoka anvan ou renouvle.
    .answer-lawyer = Pale ak yon avoka oswa yon reprezantan DOJ akredite anvan.
    .why-lawyer = Pale ak youn anvan ou fè yon demann, anvan ou renouvle oswa anvan ou vwayaje. ActionNYC bay èd legal gratis ak konfidansyèl.
