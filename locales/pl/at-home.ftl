## Scenario: someone knocks at your home.

at-home = Ktoś puka do moich drzwi

at-home--door =
    .title = Proszę nie otwierać drzwi
    .body =
        Proszę zachować spokój i nie otwierać drzwi.
        Proszę rozmawiać przez drzwi.
        Proszę zapytać: „Kim Państwo są? Z jakiej agencji?”
        Agenci ICE (Służba Imigracyjna i Celna) czasem mówią, że są z „policji”.
        Otwarcie drzwi nie oznacza zgody na wejście.
        Ale ułatwia im dostanie się do środka.
    .choice-warrant = Mówią, że mają nakaz
    .choice-no-warrant = Nie mają nakazu
    .choice-police = Mówią, że są z policji lub z kurateli sądowej
    .choice-someone-else = Pytają o kogoś innego
    .choice-forced = Wchodzą mimo wszystko
    .choice-landlord = Właściciel mieszkania grozi mi z powodu mojego statusu

at-home--ask-warrant =
    .title = Proszę poprosić o pokazanie nakazu
    .body =
        Proszę nie otwierać drzwi, żeby go odebrać.
        Proszę poprosić, aby wsunęli nakaz pod drzwi.
        Albo aby przyłożyli go do okna.
        Potem proszę go sprawdzić, pytanie po pytaniu.
    .choice-check = Sprawdźmy ten dokument razem
    .choice-will-not-show = Nie chcą go pokazać

at-home--no-warrant =
    .title = Proszę nie otwierać drzwi i powiedzieć te słowa
    .body =
        Bez nakazu podpisanego przez sędziego nie trzeba ich wpuszczać.
        Proszę powiedzieć te słowa przez drzwi, a potem milczeć.
    .line-no-entry = Nie wyrażam zgody na wejście do mojego domu.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

at-home--police =
    .title = Proszę sprawdzić, kim są
    .body =
        Agenci mogą mówić, że są z policji albo z kurateli sądowej (probation).
        Albo że szukają kogoś innego.
        Proszę nie otwierać drzwi.
        Proszę zapytać przez okno lub wizjer o ich nazwiska i numery odznak.
        Proszę poprosić, żeby przyłożyli legitymacje do okna.
        Czy jest Pan/Pani w okresie próby (probation) lub na zwolnieniu warunkowym (parole) z warunkiem dotyczącym przeszukań? Takie warunki mogą oznaczać zgodę na przeszukania. Proszę zapytać swojego adwokata.

at-home--waiting =
    .title = Jeśli czekają na zewnątrz
    .body =
        Agenci mogą czekać na zewnątrz albo wrócić później.
        Jeśli trzeba wyjść, proszę wyjść i zamknąć za sobą drzwi.
        Proszę nikogo nie wpuszczać przy wychodzeniu.
        Proszę zadzwonić po pomoc do adwokata lub na infolinię.

at-home--someone-else =
    .title = Pytają o kogoś innego
    .body =
        Nie trzeba mówić, gdzie ktoś jest.
        Ma Pan/Pani prawo milczeć.
        Proszę nie kłamać. Okłamanie agenta federalnego jest przestępstwem.
        Milczenie nie jest przestępstwem.

at-home--forced =
    .title = Jeśli mimo to wchodzą
    .body =
        Proszę nie stawiać oporu, nie zastępować im drogi i nie uciekać.
        Proszę spokojnie powiedzieć na głos te słowa.
        Czasem agenci mogą wejść bez nakazu, na przykład w nagłej sytuacji.
        Jeśli uważa Pan/Pani, że naruszono Pana/Pani prawa, proszę później zakwestionować to z pomocą adwokata.
    .line-no-consent = Nie wyrażam zgody na to wejście ani na przeszukanie.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-sign = Nic nie podpiszę bez adwokata.

at-home--landlord =
    .title = Jeśli grozi Panu/Pani właściciel mieszkania
    .body =
        Właścicielowi mieszkania nie wolno nękać Pana/Pani ani grozić z powodu statusu imigracyjnego.
        Zakazuje tego nowojorska ustawa o prawach człowieka (NYC Human Rights Law).
        Proszę zapisać, co zostało powiedziane i kiedy.
        Aby złożyć skargę, proszę zadzwonić pod numer 311 i poprosić o Komisję Praw Człowieka NYC (NYC Commission on Human Rights).

at-home--document =
    .title = Potem proszę wszystko zapisać
    .body =
        Proszę jak najszybciej zapisać, co się stało.
        Datę, godzinę i miejsce.
        Agencję, nazwiska i numery odznak.
        Co mówili i jakie dokumenty pokazali.
        Co zabrali i dokąd zabrali zatrzymane osoby.
        Proszę bezpiecznie przechować zdjęcia i nagrania. Potem proszę zadzwonić do adwokata.

at-home--end =
    .title = Co trzeba zapamiętać
    .point-door = Proszę nie otwierać drzwi. Proszę rozmawiać przez drzwi.
    .point-judge = Nakaz podpisany przez sędziego pozwala im wejść bez Pana/Pani zgody.
    .point-disputed = ICE twierdzi, że niektóre formularze ICE też pozwalają wejść. Sądy wciąż to rozstrzygają. Tak czy inaczej: proszę nie otwierać drzwi, nie wyrażać zgody, nie stawiać oporu i zadzwonić do adwokata.
    .point-silent = Ma Pan/Pani prawo milczeć. Proszę nigdy nie kłamać.
    .point-no-resist = Proszę nigdy nie stawiać oporu agentowi ani nie zastępować mu drogi.
    .point-no-sign = Proszę nic nie podpisywać bez adwokata.

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        Proszę zapytać uczestników: „Komu z Państwa zdarzyło się, że ktoś niespodziewanie zapukał do drzwi?”
        Proszę podkreślić, że można rozmawiać przez zamknięte drzwi. Nie trzeba ich otwierać.
        Częsty błąd: uchylenie drzwi „tylko trochę”, żeby zobaczyć dokument.
        Agenci mogą mówić, że są z policji albo z kurateli sądowej. O nazwiska i numery odznak trzeba pytać przez okno.
        Proszę podkreślić, że nakaz podpisany przez sędziego pozwala wejść bez zgody.
        Proszę otwarcie powiedzieć: w notatce z 2025 r. ICE twierdzi, że niektóre formularze ICE także pozwalają wejść do domu. Według stanu na grudzień 2026 r. sądy wciąż to rozstrzygają.
        Kroki pozostają te same: nie wyrażać zgody, nie stawiać oporu, zapisać, co się stało, zadzwonić do adwokata.

quiz-at-home--knock =
    .question = Wcześnie rano ktoś mocno puka i krzyczy: „Policja!” Co zrobić najpierw?
    .answer-open = Uchylić drzwi, żeby zobaczyć, kto to.
    .why-open = Otwarcie drzwi ułatwia im wejście. Proszę nie otwierać drzwi i rozmawiać przez nie.
    .answer-run = Uciec tylnymi drzwiami.
    .why-run = Proszę nigdy nie uciekać. Proszę zachować spokój, nie otwierać drzwi i rozmawiać przez nie.
    .answer-talk = Nie otwierać drzwi i zapytać, kim są i z jakiej agencji.
    .why-talk = Można rozmawiać przez zamknięte drzwi. Agenci ICE czasem mówią, że są z „policji”, więc proszę zapytać o agencję.

quiz-at-home--someone-else =
    .question = Agenci przy drzwiach pytają: „Gdzie jest Pana/Pani brat?” Co robić?
    .answer-silent = Powiedzieć: „Korzystam z prawa do zachowania milczenia.”
    .why-silent = Nie trzeba mówić, gdzie ktoś jest. Milczenie nie jest przestępstwem.
    .answer-lie = Powiedzieć, że brat wrócił do swojego kraju.
    .why-lie = Proszę nigdy nie okłamywać agenta. Okłamanie agenta federalnego jest przestępstwem. Zamiast tego proszę milczeć.
    .answer-tell = Powiedzieć, gdzie brat pracuje, żeby sobie poszli.
    .why-tell = Nie trzeba mówić, gdzie ktoś jest. Zamiast tego ma Pan/Pani prawo milczeć.

quiz-at-home--forced =
    .question = Agenci otwierają drzwi siłą i wchodzą do środka. Co robić?
    .answer-block = Stanąć w drzwiach, żeby ich zatrzymać.
    .why-block = Proszę nigdy nie zastępować agentowi drogi ani nie stawiać oporu, nawet jeśli Pana/Pani zdaniem dzieje się coś niezgodnego z prawem. Proszę później zakwestionować to z pomocą adwokata.
    .answer-say = Nie stawiać oporu. Powiedzieć: „Nie wyrażam zgody na to wejście ani na przeszukanie.”
    .why-say = Proszę nie stawiać oporu, ale jasno powiedzieć, że nie wyraża Pan/Pani zgody. Potem proszę milczeć i poprosić o adwokata.
    .answer-explain = Odpowiadać na wszystkie pytania, żeby szybciej wyszli.
    .why-explain = Nie trzeba odpowiadać. Proszę powiedzieć, że korzysta Pan/Pani z prawa do zachowania milczenia i chce porozmawiać z adwokatem.

quiz-at-home--after =
    .question = Agenci już wyszli. Co teraz robić?
    .answer-forget = Spróbować o tym zapomnieć i nikomu nie mówić.
    .why-forget = Szczegóły szybko się zacierają. Proszę zapisać, co się stało, a potem zadzwonić do adwokata.
    .answer-post = Od razu wrzucić nagranie do internetu, z twarzami wszystkich osób.
    .why-post = Proszę nie publikować twarzy osób, które zabrano. Proszę bezpiecznie przechować oryginalne nagranie i zadzwonić do adwokata.
    .answer-write = Zapisać datę, godzinę, agencję, nazwiska i to, co mówiono.
    .why-write = Proszę to zapisać jak najszybciej. Proszę bezpiecznie przechować zdjęcia i nagrania, a potem zadzwonić do adwokata.
