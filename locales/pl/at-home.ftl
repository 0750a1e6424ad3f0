## Scenario: someone knocks at your home.

at-home = Ktoś puka do moich drzwi

at-home--door =
    .title = Nie otwierać drzwi
    .body =
        Proszę zachować spokój. Drzwi powinny pozostać zamknięte.
        Proszę rozmawiać przez drzwi.
        Proszę zapytać: „Kim Państwo są? Z jakiej agencji?”
        Agenci ICE (Służba Imigracyjna i Celna) czasem mówią, że są z „policji”.
        Otwarcie drzwi nie oznacza zgody na wejście.
        Ale ułatwia im dostanie się do środka.
    .choice-warrant = Mówią, że mają nakaz
    .choice-no-warrant = Nie mają nakazu
    .choice-someone-else = Pytają o kogoś innego
    .choice-forced = Wchodzą mimo wszystko

at-home--ask-warrant =
    .title = Poprosić o pokazanie nakazu
    .body =
        Nie należy otwierać drzwi, żeby go odebrać.
        Proszę poprosić, aby wsunęli nakaz pod drzwi.
        Albo żeby przyłożyli go do okna.
        Potem można go sprawdzić, pytanie po pytaniu.
    .choice-check = Sprawdźmy ten dokument razem
    .choice-will-not-show = Nie chcą go pokazać

at-home--no-warrant =
    .title = Nie otwierać i powiedzieć to
    .body =
        Bez nakazu podpisanego przez sędziego nie trzeba ich wpuszczać.
        Proszę powiedzieć te słowa przez drzwi, a potem milczeć.
    .line-no-entry = Nie wyrażam zgody na wejście do mojego domu.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

at-home--someone-else =
    .title = Pytają o kogoś innego
    .body =
        Nie trzeba mówić, gdzie ktoś jest.
        Można milczeć.
        Nie wolno kłamać. Okłamanie agenta federalnego jest przestępstwem.
        Milczenie nie jest przestępstwem.

at-home--forced =
    .title = Jeśli mimo to wchodzą
    .body =
        Proszę nie stawiać oporu. Nie zastępować im drogi. Nie uciekać.
        Proszę spokojnie powiedzieć na głos te słowa.
        Czasem prawo pozwala agentom wejść bez nakazu, na przykład w nagłej sytuacji.
        Jeśli Pana/Pani zdaniem naruszono prawa, można to później zakwestionować z pomocą adwokata.
    .line-no-consent = Nie wyrażam zgody na to wejście ani na przeszukanie.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-sign = Nic nie podpiszę bez adwokata.

at-home--document =
    .title = Potem wszystko zapisać
    .body =
        Proszę jak najszybciej zapisać, co się stało.
        Datę, godzinę i miejsce.
        Agencję, nazwiska i numery odznak.
        Co mówili i jakie dokumenty pokazali.
        Co zabrali i dokąd zabrali zatrzymane osoby.
        Zdjęcia i nagrania trzeba bezpiecznie przechować. Potem zadzwonić do adwokata.

at-home--end =
    .title = Co warto zapamiętać
    .point-door = Nie otwierać drzwi. Rozmawiać przez drzwi.
    .point-judge = Bez zgody mogą wejść tylko z nakazem podpisanym przez sędziego.
    .point-silent = Można milczeć. Nigdy nie kłamać.
    .point-no-resist = Nigdy nie stawiać oporu agentowi ani nie zastępować mu drogi.
    .point-no-sign = Nic nie podpisywać bez adwokata.
