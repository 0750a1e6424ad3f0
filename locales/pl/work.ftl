## Scenario: immigration agents come to your workplace.

work = W pracy

work--arrive =
    .title = Agenci w miejscu pracy
    .body =
        Proszę zachować spokój i nie uciekać.
        Agenci mogą wejść bez nakazu do publicznych części firmy.
        Do stref prywatnych potrzebują nakazu podpisanego przez sędziego albo zgody pracodawcy.
        Co się dzieje?
    .choice-public = Są w części publicznej
    .choice-private = Chcą wejść do strefy prywatnej
    .choice-questioned = Zadają mi pytania
    .choice-paper = Pokazują jakiś dokument
    .choice-audit = Pracodawca dostał zawiadomienie o kontroli (Notice of Inspection)

work--paper =
    .title = Proszę sprawdzić pokazany dokument
    .body =
        Dokument czyta właściciel firmy lub kierownictwo, a nie każdy pracownik.
        Formularz ICE ma na górze napis „Department of Homeland Security” (Departament Bezpieczeństwa Krajowego), a na dole I-200 lub I-205. Nie podpisuje go sędzia.
        Proszę odpowiedzieć na każde pytanie. Jeśli choć jedna odpowiedź to „nie” lub „nie wiem”, proszę nie traktować dokumentu jak nakazu sędziego.
    .item-court = Czy na górze jest nazwa sądu? Na przykład „United States District Court” (federalny sąd okręgowy).
    .item-judge = Czy podpisał go sędzia? Nie funkcjonariusz ICE i nie sędzia imigracyjny.
    .item-place = Czy wymienia tę firmę i jej adres oraz miejsca do przeszukania? Nakaz aresztowania wydany przez sędziego może wymieniać tylko osobę: wtedy proszę odpowiedzieć „nie wiem”.
    .item-date = Czy nakaz jest jeszcze ważny (jego termin nie minął)?

work--not-judicial =
    .title = Proszę nie traktować tego jak nakazu sędziego
    .body =
        Do stref prywatnych nadal potrzebny jest nakaz sędziego albo zgoda pracodawcy.
        O zgodzie decyduje właściciel firmy lub kierownictwo. Pracownicy nie muszą jej wyrażać.
        Osoba z kierownictwa może powiedzieć: „Nie wyrażam zgody na przeszukanie stref prywatnych.”
        Proszę nie zastępować agentowi drogi ani go nie popychać. Proszę zadzwonić do adwokata firmy.

work--judicial =
    .title = To może być nakaz sędziego
    .body =
        Jeśli nakaz jest ważny, agenci mogą przeszukać wymienione w nim miejsca i tylko te.
        Proszę nie stawiać oporu i nie zastępować im drogi.
        Pracownicy nadal mogą milczeć i poprosić o adwokata.
        Kierownictwo powinno zadzwonić do adwokata firmy.

work--audit =
    .title = Zawiadomienie o kontroli (kontrola formularzy I-9)
    .body =
        Kontrola formularzy I-9 zaczyna się od pisma zwanego zawiadomieniem o kontroli (Notice of Inspection).
        Zobowiązuje ono pracodawcę do pokazania formularzy I-9 pracowników, zwykle w ciągu trzech dni roboczych.
        To kontrola dokumentów. To nie nalot i nie nakaz wejścia.
        Przed podpisaniem lub pokazaniem czegokolwiek proszę porozmawiać z adwokatem lub z centrum pomocy pracownikom (worker center).

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
        Na przykład: „Private. Staff only.” (Prywatne. Tylko dla personelu.)
        Tabliczki pokazują, gdzie agenci potrzebują nakazu sędziego lub zgody.

work--rights =
    .title = Co może Pan/Pani zrobić w pracy
    .body =
        Można milczeć.
        Proszę zapytać: „Czy mogę odejść?”
        Można odmówić zgody na przeszukanie swoich rzeczy.
        Proszę poprosić o tłumacza i adwokata.
        Proszę powiedzieć, jeśli potrzebuje Pan/Pani pomocy medycznej albo musi zaopiekować się dziećmi.

work--labor =
    .title = Prawa pracownicze
    .body =
        Bez względu na status imigracyjny ma Pan/Pani prawa w pracy.
        Ma Pan/Pani prawo do wynagrodzenia za pracę i do bezpiecznego miejsca pracy.
        Można razem z innymi pracownikami domagać się lepszych warunków.
        Karanie za korzystanie z tych praw jest niezgodne z prawem.

work--say =
    .title = Proszę to powiedzieć, a potem milczeć
    .body =
        Proszę spokojnie powiedzieć te słowa.
        Jeśli mówią, że może Pan/Pani odejść, proszę spokojnie wyjść. Proszę nie uciekać.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-free = Czy mogę odejść?
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-interpreter = Potrzebuję tłumacza.
    .line-lawyer = Chcę porozmawiać z adwokatem.

work--end =
    .title = Co trzeba zapamiętać
    .point-public = Agenci mogą wejść bez nakazu do części publicznych.
    .point-private = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy.
    .point-silent = Można milczeć i odmówić zgody na przeszukanie swoich rzeczy.
    .point-interpreter = Proszę poprosić o tłumacza i adwokata.
    .point-labor = Bez względu na status ma Pan/Pani prawo do wynagrodzenia i bezpieczeństwa w pracy.
    .point-no-run = Proszę nigdy nie uciekać, nie stawiać oporu i nie kłamać.

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
    .why-run = Proszę nigdy nie uciekać. Proszę zachować spokój. Nadal przysługują Panu/Pani te same prawa.
    .answer-calm = Zachować spokój. Można milczeć i zapytać, czy wolno odejść.
    .why-calm = Agenci mogą wejść bez nakazu do części publicznych. Tam także przysługują Panu/Pani te same prawa.
    .answer-block = Stanąć w drzwiach i powiedzieć, że nie mogą wejść.
    .why-block = Agenci mogą wejść bez nakazu do części publicznych. Proszę nigdy nie zastępować agentowi drogi ani go nie popychać.

quiz-work--break-room =
    .question = Agent chce wejść do pokoju socjalnego tylko dla personelu. Kierownika nie ma. Co robić?
    .answer-open-door = Otworzyć mu drzwi do pokoju socjalnego.
    .why-open-door = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy. Proszę poprosić o nakaz i powiadomić pracodawcę.
    .answer-block = Stanąć przed drzwiami, żeby nie wszedł.
    .why-block = Proszę nigdy nie zastępować agentowi drogi ani go nie popychać, nawet jeśli Pana/Pani zdaniem nie ma racji. Proszę później zakwestionować to z pomocą adwokata.
    .answer-ask = Nie otwierać. Poprosić o nakaz podpisany przez sędziego i powiadomić pracodawcę.
    .why-ask = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda pracodawcy. Jeśli mimo to wejdą, proszę nie zastępować im drogi.

quiz-work--status =
    .question = Przy stanowisku pracy agent pyta: „Czy przebywa Pan/Pani tu legalnie?” Co robić?
    .answer-silent = Powiedzieć „Korzystam z prawa do zachowania milczenia”, a potem zapytać: „Czy mogę odejść?”
    .why-silent = Można milczeć. Jeśli powiedzą, że można odejść, proszę spokojnie wyjść.
    .answer-lie = Powiedzieć „tak”, nawet jeśli to nieprawda.
    .why-lie = Proszę nigdy nie kłamać. Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .answer-false-papers = Pokazać pozwolenie na pracę, które tak naprawdę nie jest Pana/Pani.
    .why-false-papers = Proszę nigdy nie pokazywać fałszywych dokumentów. Proszę milczeć i poprosić o adwokata.

quiz-work--child =
    .question = Agenci mówią, że nie może Pan/Pani odejść. Dziecko czeka w szkole. Co robić?
    .answer-sign = Podpisać dokument, który dają, żeby szybciej wyjść.
    .why-sign = Proszę nic nie podpisywać bez adwokata. Podpisanie niektórych dokumentów może oznaczać rezygnację z prawa do rozprawy.
    .answer-tell = Powiedzieć, że trzeba odebrać dziecko, i poprosić o adwokata.
    .why-tell = Proszę powiedzieć o dzieciach pod opieką albo o potrzebach medycznych. Potem proszę milczeć i poprosić o adwokata.
    .answer-run = Wymknąć się bocznymi drzwiami, żeby odebrać dziecko.
    .why-run = Proszę nigdy nie uciekać. Proszę powiedzieć o dziecku. W planie dla rodziny można wskazać zaufaną osobę dorosłą, która odbierze dziecko.
