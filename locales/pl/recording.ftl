## Scenario: documenting and recording what happens.

recording = Nagrywanie zdarzeń

recording--rights =
    .title = Prawo do nagrywania
    .body =
        Prawo stanu Nowy Jork pozwala nagrywać działania służb, jeśli nie jest się aresztowanym.
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
    .title = Nagrywać jawnie, z bezpiecznej odległości
    .body =
        Proszę trzymać telefon tak, żeby agenci go widzieli.
        Zachować bezpieczną odległość. Nie wchodzić im w drogę.
        Jeśli agent każe się cofnąć, proszę się cofnąć i nagrywać dalej.
        Nagrywać agentów, a nie twarze zatrzymywanych osób.
        Nie transmitować na żywo niczyjej twarzy.

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
        Proszę nie stawiać oporu. Nie uciekać.
        Proszę powiedzieć, że nie wyraża Pan/Pani zgody na przeszukanie.
        Potem milczeć i poprosić o adwokata.
    .line-no-search = Nie wyrażam zgody na przeszukanie mojego telefonu.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

recording--backup =
    .title = Kopia nagrania
    .body =
        Proszę jak najszybciej zrobić kopię oryginalnego pliku.
        Drugą kopię proszę trzymać w innym bezpiecznym miejscu.

recording--write-down =
    .title = Zapisać, co się widziało
    .body =
        Proszę jak najszybciej zapisać datę, godzinę i miejsce.
        Agencję (ICE, HSI, CBP lub NYPD), nazwiska i numery odznak.
        Ilu było agentów. Mundury lub maski.
        Pojazdy i numery tablic rejestracyjnych.
        Jakie dokumenty pokazali i co mówiono.
        Czy użyto siły lub coś zniszczono. Dokąd zabrali zatrzymaną osobę.

recording--witnesses =
    .title = Najpierw zapytać świadków
    .body =
        Inne osoby też mogły to widzieć.
        Proszę je zapytać, zanim zapisze Pan/Pani ich imię lub numer telefonu.
        Proszę zapisać je tylko wtedy, gdy się zgodzą.

recording--end =
    .title = Co warto zapamiętać
    .point-openly = Nagrywać jawnie, z bezpiecznej odległości.
    .point-step-back = Nigdy nie przeszkadzać. Cofnąć się, gdy każą.
    .point-agents = Nagrywać agentów, a nie twarze zatrzymanych osób.
    .point-backup = Zrobić kopię pliku i zapisać, co się widziało.
    .point-secret = Potajemne nagrywanie cudzych prywatnych rozmów jest przestępstwem.
