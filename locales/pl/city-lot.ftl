## Scenario: agents at a city parking lot or garage (Executive Order 13).

city-lot = Miejski parking lub garaż

city-lot--rule =
    .title = Zasada dla miejskich parkingów i garaży
    .body =
        Rozporządzenie wykonawcze burmistrza nr 13 (luty 2026 r.) dotyczy placów, parkingów i garaży, które należą do miasta lub którymi miasto zarządza.
        Agentom spoza władz miasta, na przykład ICE, nie wolno używać ich jako bazy.
        Oznacza to, że nie mogą się tam zbierać, załatwiać formalności z zatrzymanymi osobami ani prowadzić akcji.
        Jedyny wyjątek to nakaz podpisany przez sędziego.

city-lot--not-covered =
    .title = Czego rozporządzenie nie robi
    .body =
        Nie zatrzymuje agentów federalnych wszędzie.
        Ulice, chodniki i inne strefy publiczne pozostają dla nich otwarte.
        Nie daje Panu/Pani prawa, by samodzielnie ich powstrzymywać.
        Proszę nigdy nie zastępować agentowi drogi, nie dotykać go ani się z nim nie kłócić.

city-lot--see =
    .title = Co się dzieje?
    .choice-lot = Widzę agentów, którzy korzystają z miejskiego parkingu lub garażu
    .choice-stopped = Agenci zatrzymują mnie na ulicy
    .choice-car = Agenci zatrzymują mój samochód

city-lot--what-to-do =
    .title = Jeśli Pan/Pani to widzi
    .body =
        Proszę nie ingerować. Proszę zachować bezpieczną odległość.
        Proszę zapisać, co Pan/Pani widzi: miejsce, godzinę, liczbę agentów, pojazdy i tablice rejestracyjne.
        Można jawnie nagrywać z bezpiecznego miejsca. Proszę nagrywać agentów, a nie twarze zatrzymanych osób.
        Nie ma Pan/Pani statusu imigracyjnego? Obserwowanie lub nagrywanie wiąże się z osobistym ryzykiem. Proszę zapisywać to, co się widzi, z większej odległości.

city-lot--report =
    .title = Proszę to zgłosić
    .body =
        Proszę zadzwonić na infolinię szybkiego reagowania: lista infolinii jest na następnym ekranie.
        Proszę powiedzieć, gdzie i kiedy to było i co się widziało.
        Proszę nie publikować twarzy zatrzymanych osób.

city-lot--end =
    .title = Co trzeba zapamiętać
    .point-rule = Bez nakazu sędziego miejskie parkingi i garaże nie mogą służyć ICE jako baza.
    .point-public = Ulice, chodniki i strefy publiczne pozostają otwarte dla agentów.
    .point-no-interfere = Proszę nigdy nie zastępować agentowi drogi ani go nie dotykać. Proszę zachować bezpieczną odległość.
    .point-record = Proszę zapisywać lub jawnie nagrywać to, co się widzi.
    .point-report = Proszę zgłosić to na infolinię szybkiego reagowania.

## Workshop: presenter notes and practice quiz.

presenter-city-lot =
    .body =
        Proszę wyjaśnić nową zasadę z rozporządzenia: bez nakazu sędziego ICE nie może mieć bazy na miejskich parkingach i w garażach.
        Proszę podkreślić, czego rozporządzenie nie robi: ulice i strefy publiczne pozostają otwarte i nikomu nie wolno zatrzymywać agentów siłą.
        Proszę zapytać uczestników: jakie miejskie parkingi lub garaże są w pobliżu?
        Częsty błąd to podchodzenie do agentów, żeby powiedzieć im o rozporządzeniu. Trzeba zachować dystans.
        Proszę podkreślić: zapisywać, jawnie nagrywać z bezpiecznego miejsca i zgłaszać.
        Osoby bez statusu mogą pomóc z większej odległości, zapisując, co widziały.

quiz-city-lot--lot =
    .question = Widzi Pan/Pani furgonetki ICE zbierające się w miejskim garażu. Co robić?
    .answer-block = Stanąć przed furgonetkami, żeby nie mogły odjechać.
    .why-block = Proszę nigdy nie zastępować agentowi drogi ani go nie dotykać. Rozporządzenie nie daje prawa, by ich powstrzymywać.
    .answer-watch = Zachować bezpieczną odległość, zapisać, co się widzi, i to zgłosić.
    .why-watch = Proszę trzymać się z daleka, zapisać miejsce, godzinę i numery rejestracyjne i zadzwonić na infolinię szybkiego reagowania.
    .answer-ignore = Nic: skoro jest rozporządzenie, to nie może być ICE.
    .why-ignore = Rozporządzenie mówi, czego agentom nie wolno, ale nie zatrzymuje wszystkich. Proszę zapisać, co się widzi, i to zgłosić.

quiz-city-lot--sidewalk =
    .question = Agenci stoją na chodniku obok miejskiego garażu. Czy rozporządzenie ich obejmuje?
    .answer-covered = Tak: obejmuje wszystko w pobliżu miejskiego garażu.
    .why-covered = Nie. Chodniki i ulice to strefy publiczne. Rozporządzenie obejmuje miejskie parkingi i garaże.
    .answer-public = Nie: chodniki i ulice pozostają otwarte dla agentów.
    .why-public = Rozporządzenie obejmuje miejskie parkingi i garaże, a nie strefy publiczne.
    .answer-never = Agentom nigdy nie wolno przebywać w pobliżu mienia miejskiego.
    .why-never = To przesada. Strefy publiczne pozostają otwarte dla agentów.

quiz-city-lot--report =
    .question = Ma Pan/Pani nagranie agentów, którzy korzystają z miejskiego parkingu. Co zrobić z nagraniem?
    .answer-post = Od razu wrzucić je do internetu, ze wszystkimi twarzami.
    .why-post = Proszę nie publikować twarzy zatrzymanych osób. Proszę bezpiecznie przechować oryginał.
    .answer-report = Bezpiecznie przechować oryginał i powiedzieć infolinii szybkiego reagowania, co się widziało.
    .why-report = Proszę zrobić kopię pliku i zgłosić, gdzie, kiedy i co się widziało.
    .answer-confront = Pokazać je agentom, żeby sobie poszli.
    .why-confront = Proszę nigdy nie konfrontować się z agentami. Proszę zachować dystans i zgłosić, co się widziało.
