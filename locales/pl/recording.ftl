## Scenario: documenting and recording what happens.

recording = Nagrywanie zdarzeń

recording--rights =
    .title = Prawo do nagrywania
    .body =
        Prawo stanu Nowy Jork pozwala nagrywać działania służb każdej osobie, która nie jest aresztowana.
        Można też robić notatki i zachować nagranie.
        Ten przepis (Civil Rights Law 79-p) nie pozwala przeszkadzać służbom.
        Nie jest przesądzone, czy dotyczy agentów federalnych, takich jak ICE.
        Filmowanie w miejscach publicznych powszechnie uznaje się za część wolności słowa.
        Ale federalny sąd apelacyjny dla Nowego Jorku jeszcze tego nie rozstrzygnął.

recording--situation =
    .title = Czego Pan/Pani potrzebuje?
    .body = Proszę wybrać to, co pasuje teraz.
    .choice-film = Chcę nagrać agentów
    .choice-sound = Czy mogę nagrywać dźwięk?
    .choice-phone = Agent żąda mojego telefonu
    .choice-after = Już po wszystkim. Co teraz?

recording--film-safely =
    .title = Proszę nagrywać jawnie, z bezpiecznej odległości
    .body =
        Proszę trzymać telefon tak, żeby agenci go widzieli.
        Proszę zachować bezpieczną odległość i nie wchodzić im w drogę.
        Jeśli agent każe się cofnąć, proszę się cofnąć i nagrywać dalej.
        Proszę nagrywać agentów, a nie twarze zatrzymywanych osób.
        Proszę nie transmitować na żywo niczyjej twarzy.
        Nie ma Pan/Pani statusu imigracyjnego? Obserwowanie lub nagrywanie wiąże się z osobistym ryzykiem. Można pomóc, zapisując z większej odległości, co się widziało.

recording--sound =
    .title = Nagrywanie dźwięku
    .body =
        Można nagrywać rozmowę, w której się uczestniczy.
        W stanie Nowy Jork wystarczy zgoda jednej osoby biorącej udział w rozmowie.
        Potajemne nagrywanie cudzych prywatnych rozmów jest przestępstwem.
        Dlatego proszę nagrywać jawnie, nigdy potajemnie.

recording--phone =
    .title = Jeśli agent żąda telefonu
    .body =
        Proszę nie stawiać oporu i nie uciekać.
        Proszę powiedzieć, że nie wyraża Pan/Pani zgody na przeszukanie.
        Proszę nie odblokowywać telefonu i nie oddawać go odblokowanego.
        Proszę zablokować telefon kodem. Odblokowanie twarzą lub odciskiem palca łatwiej wymusić, a sądy różnie to oceniają.
        Potem proszę milczeć i poprosić o adwokata.
    .line-no-search = Nie wyrażam zgody na przeszukanie mojego telefonu.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

recording--backup =
    .title = Proszę zrobić kopię nagrania
    .body =
        Proszę jak najszybciej zrobić kopię oryginalnego pliku.
        Drugą kopię proszę trzymać w innym bezpiecznym miejscu.

recording--write-down =
    .title = Proszę zapisać, co się widziało
    .body =
        Proszę jak najszybciej zapisać datę, godzinę i miejsce.
        Agencję, nazwiska i numery odznak. Może to być ICE, HSI (śledczy ICE), CBP (Służba Celna i Ochrony Granic USA) lub NYPD.
        Ilu było agentów. Mundury lub maski.
        Pojazdy i numery tablic rejestracyjnych.
        Jakie dokumenty pokazali i co mówiono.
        Czy użyto siły lub coś zniszczono. Dokąd zabrali zatrzymaną osobę.

recording--witnesses =
    .title = Najpierw proszę zapytać świadków
    .body =
        Inne osoby też mogły to widzieć.
        Proszę je zapytać, zanim zapisze Pan/Pani ich imię lub numer telefonu.
        Proszę zapisać je tylko wtedy, gdy się zgodzą.

recording--end =
    .title = Co trzeba zapamiętać
    .point-openly = Proszę nagrywać jawnie, z bezpiecznej odległości.
    .point-step-back = Proszę nigdy nie przeszkadzać. Proszę się cofnąć, gdy każą.
    .point-agents = Proszę nagrywać agentów, a nie twarze zatrzymanych osób.
    .point-phone = Proszę zablokować telefon kodem. Proszę nie odblokowywać go do przeszukania.
    .point-backup = Proszę zrobić kopię pliku i zapisać, co się widziało.
    .point-secret = Potajemne nagrywanie cudzych prywatnych rozmów jest przestępstwem.

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        Proszę podkreślić: trzeba nagrywać jawnie, z bezpiecznej odległości. Nigdy nie wolno przeszkadzać.
        Proszę podkreślić: trzeba nagrywać agentów, a nie twarze zatrzymywanych osób. Nie wolno transmitować twarzy na żywo.
        Częsty błąd to kłótnia, gdy agent każe się cofnąć. Trzeba się cofnąć i nagrywać dalej.
        Proszę zapytać uczestników: gdzie od razu zrobiliby Państwo kopię nagrania?
        Proszę otwarcie powiedzieć: prawo stanu Nowy Jork chroni nagrywanie policji. Nie jest przesądzone, czy dotyczy też ICE.
        Filmowanie w miejscach publicznych powszechnie uznaje się za część wolności słowa. Sąd apelacyjny dla Nowego Jorku jeszcze tego nie rozstrzygnął.
        Proszę przypomnieć uczestnikom, że potajemne nagrywanie cudzych prywatnych rozmów jest przestępstwem.

quiz-recording--step-back =
    .question = Nagrywa Pan/Pani agentów ICE na chodniku. Agent każe się cofnąć.
    .answer-stay = Zostać na miejscu, bo ma się prawo nagrywać.
    .why-stay = Prawo do nagrywania nie pozwala przeszkadzać. Proszę się cofnąć i nagrywać dalej.
    .answer-step-back = Cofnąć się i nagrywać dalej.
    .why-step-back = Proszę zachować bezpieczną odległość i nie wchodzić im w drogę. Można dalej nagrywać.
    .answer-stop = Przestać nagrywać i schować telefon.
    .why-stop = Wystarczy się cofnąć. Proszę dalej nagrywać jawnie, z bezpiecznej odległości.

quiz-recording--faces =
    .question = Nagrywa Pan/Pani agentów, którzy zatrzymują sąsiada. Znajomy mówi: „Transmituj to na żywo, niech wszyscy zobaczą.”
    .answer-livestream = Włączyć transmisję na żywo, z twarzą sąsiada na ekranie.
    .why-livestream = Proszę nie transmitować na żywo niczyjej twarzy. Proszę nagrywać agentów, a później zrobić kopię pliku.
    .answer-close-up = Podejść blisko, żeby dobrze nagrać twarz sąsiada.
    .why-close-up = Podchodząc blisko, można wejść agentom w drogę. Proszę zachować bezpieczną odległość i zamiast tego nagrywać agentów.
    .answer-agents = Nagrywać agentów z bezpiecznej odległości, a nie twarz sąsiada.
    .why-agents = Proszę nagrywać agentów i to, co robią. Proszę nie nagrywać twarzy zatrzymywanych osób.

quiz-recording--phone =
    .question = Agent mówi: „Proszę oddać telefon” i sięga po niego.
    .answer-unlock = Odblokować telefon i oddać go, żeby pokazać, że nie ma się nic do ukrycia.
    .why-unlock = Odblokowanie telefonu dla agenta to jak zgoda na przeszukanie. Proszę powiedzieć: „Nie wyrażam zgody na przeszukanie mojego telefonu.”
    .answer-hold = Mocno ścisnąć telefon i odsunąć go od agenta.
    .why-hold = Proszę nigdy nie stawiać oporu. Proszę powiedzieć, że nie wyraża Pan/Pani zgody na przeszukanie, a potem milczeć.
    .answer-run = Uciec, żeby nie zabrali nagrania.
    .why-run = Proszę nigdy nie uciekać. Proszę zachować spokój i powiedzieć, że nie wyraża Pan/Pani zgody na przeszukanie.
    .answer-no-consent = Nie stawiać oporu. Powiedzieć: „Nie wyrażam zgody na przeszukanie mojego telefonu.”
    .why-no-consent = Proszę nie stawiać oporu, ale nie zgadzać się na przeszukanie. Potem proszę milczeć i poprosić o adwokata.

quiz-recording--sound =
    .question = Dwóch agentów odchodzi na bok, żeby porozmawiać na osobności. Chce Pan/Pani nagrać, co mówią.
    .answer-openly = Nagrywać jawnie, z bezpiecznej odległości, z telefonem na widoku.
    .why-openly = Proszę nagrywać jawnie, tak żeby agenci widzieli telefon. Proszę nigdy nie nagrywać potajemnie.
    .answer-hide = Ukryć telefon w pobliżu, żeby nagrać ich prywatną rozmowę.
    .why-hide = Potajemne nagrywanie cudzych prywatnych rozmów jest przestępstwem. Zamiast tego proszę nagrywać jawnie.
    .answer-close = Podejść blisko, żeby telefon nagrał ich słowa.
    .why-close = Podchodząc blisko, można wejść im w drogę. Proszę zachować bezpieczną odległość i nagrywać jawnie.
