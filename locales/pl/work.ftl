## Scenario: immigration agents come to your workplace.

work = W pracy

work--arrive =
    .title = Agenci w miejscu pracy
    .body =
        Proszę zachować spokój. Nie uciekać.
        Agenci mogą wejść bez nakazu do publicznych części firmy.
        Do stref prywatnych potrzebują nakazu podpisanego przez sędziego albo zgody pracodawcy.
        Co się dzieje?
    .choice-public = Są w części publicznej
    .choice-private = Chcą wejść do strefy prywatnej
    .choice-questioned = Zadają mi pytania
    .choice-paper = Pokazują jakiś dokument

work--public =
    .title = Publiczne części firmy
    .body =
        Część publiczna to miejsce, do którego mogą wejść klienci.
        Na przykład hol albo sala sprzedaży w sklepie.
        Agenci mogą tam być bez nakazu.
        Tam także przysługują Panu/Pani te same prawa.

work--private =
    .title = Strefy prywatne firmy
    .body =
        Strefy prywatne to na przykład pokoje socjalne, magazyny i pomieszczenia tylko dla personelu.
        Żeby do nich wejść, agenci potrzebują nakazu podpisanego przez sędziego.
        Albo zgody pracodawcy.
        Proszę nie zastępować agentowi drogi ani go nie popychać, nawet jeśli Pana/Pani zdaniem nie ma racji.

work--employer =
    .title = Pracodawca może oznaczyć strefy prywatne
    .body =
        Pracodawca może umieścić tabliczki przy strefach prywatnych.
        Na przykład: „Prywatne. Tylko dla personelu”.
        Tabliczki pokazują, gdzie agenci potrzebują nakazu sędziego lub zgody.

work--rights =
    .title = Prawa pracownika
    .body =
        Można milczeć.
        Można zapytać, czy wolno odejść.
        Można odmówić zgody na przeszukanie swoich rzeczy.
        Można poprosić o tłumacza i adwokata.
        Proszę powiedzieć, jeśli potrzebuje Pan/Pani pomocy medycznej albo musi zaopiekować się dziećmi.

work--say =
    .title = Powiedzieć to, a potem milczeć
    .body =
        Proszę spokojnie powiedzieć te słowa.
        Jeśli mówią, że można odejść, proszę spokojnie wyjść. Nie uciekać.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-free = Czy mogę odejść?
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-interpreter = Potrzebuję tłumacza.
    .line-lawyer = Chcę porozmawiać z adwokatem.

work--end =
    .title = Co warto zapamiętać
    .point-public = Agenci mogą wejść bez nakazu do części publicznych.
    .point-private = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy.
    .point-silent = Można milczeć i odmówić zgody na przeszukanie swoich rzeczy.
    .point-interpreter = Poprosić o tłumacza i adwokata.
    .point-no-run = Nigdy nie uciekać, nie stawiać oporu i nie kłamać.
