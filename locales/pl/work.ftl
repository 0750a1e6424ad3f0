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

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        Proszę zapytać uczestników: „Do których części Państwa miejsca pracy mogą wejść klienci?”
        Proszę podkreślić, że agenci mogą wejść bez nakazu do publicznych części firmy.
        Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy.
        Częsty błąd: ucieczka tylnymi drzwiami, gdy przychodzą agenci.
        Proszę podkreślić, że pracownicy mogą milczeć, zapytać, czy wolno im odejść, i odmówić zgody na przeszukanie swoich rzeczy.
        Proszę przypomnieć pracownikom, żeby mówili o potrzebach medycznych albo o dzieciach, którymi się opiekują.
        Pracodawcy mogą oznaczyć strefy prywatne tabliczkami i powinni omówić plan z adwokatem.

quiz-work--customer-area =
    .question = Agenci wchodzą do sali dla klientów w restauracji, w której Pan/Pani pracuje. Co robić?
    .answer-run = Uciec tylnymi drzwiami.
    .why-run = Nigdy nie uciekać. Proszę zachować spokój. Nadal przysługują Panu/Pani te same prawa.
    .answer-calm = Zachować spokój. Można milczeć i zapytać, czy wolno odejść.
    .why-calm = Dobrze. Agenci mogą wejść bez nakazu do części publicznych. Tam także przysługują Panu/Pani te same prawa.
    .answer-block = Stanąć w drzwiach i powiedzieć, że nie mogą wejść.
    .why-block = Agenci mogą wejść bez nakazu do części publicznych. Nigdy nie zastępować agentowi drogi ani go nie popychać.

quiz-work--break-room =
    .question = Agent chce wejść do pokoju socjalnego tylko dla personelu. Kierownika nie ma. Co robić?
    .answer-open-door = Otworzyć mu drzwi do pokoju socjalnego.
    .why-open-door = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy. Proszę poprosić o nakaz i powiadomić pracodawcę.
    .answer-block = Stanąć przed drzwiami, żeby nie wszedł.
    .why-block = Nigdy nie zastępować agentowi drogi ani go nie popychać, nawet jeśli Pana/Pani zdaniem nie ma racji. Można to później zakwestionować z pomocą adwokata.
    .answer-ask = Nie otwierać. Poprosić o nakaz podpisany przez sędziego i powiadomić pracodawcę.
    .why-ask = Dobrze. Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy. Jeśli mimo to wejdą, proszę nie zastępować im drogi.

quiz-work--status =
    .question = Przy stanowisku pracy agent pyta: „Czy przebywa Pan/Pani tu legalnie?” Co robić?
    .answer-silent = Powiedzieć „Korzystam z prawa do zachowania milczenia”, a potem zapytać: „Czy mogę odejść?”
    .why-silent = Dobrze. Można milczeć. Jeśli powiedzą, że można odejść, proszę spokojnie wyjść.
    .answer-lie = Powiedzieć „tak”, nawet jeśli to nieprawda.
    .why-lie = Nigdy nie kłamać. Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .answer-false-papers = Pokazać pozwolenie na pracę, które tak naprawdę nie jest Pana/Pani.
    .why-false-papers = Nigdy nie pokazywać fałszywych dokumentów. Proszę milczeć i poprosić o adwokata.

quiz-work--child =
    .question = Agenci mówią, że nie może Pan/Pani odejść. Dziecko czeka w szkole. Co robić?
    .answer-sign = Podpisać dokument, który dają, żeby szybciej wyjść.
    .why-sign = Nic nie podpisywać bez adwokata. Niektóre dokumenty mogą odebrać prawo do rozprawy.
    .answer-tell = Powiedzieć, że trzeba odebrać dziecko, i poprosić o adwokata.
    .why-tell = Dobrze. Proszę powiedzieć o dzieciach pod opieką albo o potrzebach medycznych. Potem milczeć i poprosić o adwokata.
    .answer-run = Wymknąć się bocznymi drzwiami, żeby odebrać dziecko.
    .why-run = Nigdy nie uciekać. Proszę powiedzieć o dziecku. W planie dla rodziny można wskazać zaufaną osobę dorosłą, która odbierze dziecko.
