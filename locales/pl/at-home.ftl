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

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        Proszę zapytać uczestników: „Komu z Państwa zdarzyło się, że ktoś niespodziewanie zapukał do drzwi?”
        Proszę podkreślić, że można rozmawiać przez zamknięte drzwi. Nie trzeba ich otwierać.
        Częsty błąd: uchylenie drzwi „tylko trochę”, żeby zobaczyć dokument.
        Proszę podkreślić, że bez zgody mogą wejść tylko z nakazem podpisanym przez sędziego.
        Proszę otwarcie powiedzieć: według notatki ICE z 2025 r. agenci mają szersze prawo wchodzenia do domów. Sprawa w sądzie jeszcze trwa.
        Zasady postępowania się nie zmieniają: nie wyrażać zgody, nie stawiać oporu, zapisać, co się stało, zadzwonić do adwokata.

quiz-at-home--knock =
    .question = Wcześnie rano ktoś mocno puka i krzyczy: „Policja!” Co zrobić najpierw?
    .answer-open = Uchylić drzwi, żeby zobaczyć, kto to.
    .why-open = Otwarcie drzwi ułatwia im wejście. Drzwi powinny pozostać zamknięte. Proszę rozmawiać przez drzwi.
    .answer-run = Uciec tylnymi drzwiami.
    .why-run = Nigdy nie uciekać. Proszę zachować spokój, nie otwierać drzwi i rozmawiać przez nie.
    .answer-talk = Nie otwierać drzwi i zapytać, kim są i z jakiej agencji.
    .why-talk = Dobrze. Można rozmawiać przez zamknięte drzwi. Agenci ICE czasem mówią, że są z „policji”, więc warto zapytać o agencję.

quiz-at-home--someone-else =
    .question = Agenci przy drzwiach pytają: „Gdzie jest Pana/Pani brat?” Co robić?
    .answer-silent = Powiedzieć: „Korzystam z prawa do zachowania milczenia.”
    .why-silent = Dobrze. Nie trzeba mówić, gdzie ktoś jest. Milczenie nie jest przestępstwem.
    .answer-lie = Powiedzieć, że brat wrócił do swojego kraju.
    .why-lie = Nigdy nie okłamywać agenta. Okłamanie agenta federalnego jest przestępstwem. Zamiast tego lepiej milczeć.
    .answer-tell = Powiedzieć, gdzie brat pracuje, żeby sobie poszli.
    .why-tell = Nie trzeba mówić, gdzie ktoś jest. Zamiast tego można milczeć.

quiz-at-home--forced =
    .question = Agenci otwierają drzwi siłą i wchodzą do środka. Co robić?
    .answer-block = Stanąć w drzwiach, żeby ich zatrzymać.
    .why-block = Nigdy nie zastępować agentowi drogi ani nie stawiać oporu, nawet jeśli Pana/Pani zdaniem dzieje się coś niezgodnego z prawem. Można to później zakwestionować z pomocą adwokata.
    .answer-say = Nie stawiać oporu. Powiedzieć: „Nie wyrażam zgody na to wejście ani na przeszukanie.”
    .why-say = Dobrze. Proszę nie stawiać oporu, ale jasno powiedzieć, że nie wyraża Pan/Pani zgody. Potem milczeć i poprosić o adwokata.
    .answer-explain = Odpowiadać na wszystkie pytania, żeby szybciej wyszli.
    .why-explain = Nie trzeba odpowiadać. Proszę powiedzieć, że korzysta Pan/Pani z prawa do zachowania milczenia i chce porozmawiać z adwokatem.

quiz-at-home--after =
    .question = Agenci już wyszli. Co teraz robić?
    .answer-forget = Spróbować o tym zapomnieć i nikomu nie mówić.
    .why-forget = Szczegóły szybko się zacierają. Proszę zapisać, co się stało, a potem zadzwonić do adwokata.
    .answer-post = Od razu wrzucić nagranie do internetu, z twarzami wszystkich osób.
    .why-post = Nie publikować twarzy osób, które zabrano. Oryginalne nagranie trzeba bezpiecznie przechować. Potem zadzwonić do adwokata.
    .answer-write = Zapisać datę, godzinę, agencję, nazwiska i to, co mówiono.
    .why-write = Dobrze. Proszę to zapisać jak najszybciej. Zdjęcia i nagrania trzeba bezpiecznie przechować, a potem zadzwonić do adwokata.
