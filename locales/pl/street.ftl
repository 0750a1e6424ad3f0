## Scenario: you are stopped on the street, on the subway or in another public place.

street = Na ulicy lub w metrze

street--stopped =
    .title = Zapytać, czy można odejść
    .body =
        Proszę zachować spokój. Nie uciekać.
        Proszę zapytać: „Czy mogę odejść?”
        Ma Pan/Pani prawa bez względu na status imigracyjny.
        Co mówią lub robią?
    .choice-free = Mówią, że mogę odejść
    .choice-not-free = Mówią, że nie mogę odejść
    .choice-search = Chcą mnie przeszukać
    .choice-papers = Pytają o dowód tożsamości lub dokumenty

street--free-to-go =
    .title = Jeśli można odejść
    .body =
        Proszę spokojnie odejść. Nie uciekać.
        Nie trzeba odpowiadać na ich pytania.
        Potem warto zapisać, co się stało.

street--not-free =
    .title = Jeśli nie można odejść
    .body =
        Proszę zachować spokój. Nie uciekać i nie stawiać oporu.
        Proszę powiedzieć te słowa, a potem milczeć.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

street--what-next =
    .title = Co dzieje się dalej?
    .choice-search = Chcą mnie przeszukać
    .choice-papers = Pytają o dowód tożsamości lub dokumenty
    .choice-arrest = Aresztują mnie
    .choice-let-go = Puszczają mnie

street--search =
    .title = Jeśli chcą przeszukania
    .body =
        Można odmówić zgody na przeszukanie siebie lub swojej torby.
        Mogą sprawdzić dłońmi Pana/Pani ubranie, czy nie ma w nim broni.
        Proszę nie stawiać oporu, nawet jeśli się Pan/Pani nie zgadza.
        Jeśli Pana/Pani zdaniem naruszono prawa, można to później zakwestionować z pomocą adwokata.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-silent = Korzystam z prawa do zachowania milczenia.

street--papers =
    .title = Jeśli pytają o dokumenty
    .body =
        Prawo stanu Nowy Jork nie nakazuje noszenia dowodu tożsamości.
        Ale prawo federalne dotyczy niektórych osób z dokumentami imigracyjnymi.
        Nigdy nie pokazywać fałszywych dokumentów. Nigdy nie kłamać.
        Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .choice-have-papers = Mam ukończone 18 lat i mam dokumenty
    .choice-no-papers = Nie mam dokumentów imigracyjnych

street--have-papers =
    .title = Nosić dokumenty przy sobie
    .body =
        Czy ma Pan/Pani ukończone 18 lat i zieloną kartę (green card) albo wizę?
        Prawo federalne wymaga noszenia tych dokumentów przy sobie.
        Jeśli agent imigracyjny o nie poprosi, proszę je pokazać.
        Nadal można milczeć i poprosić o adwokata.

street--no-papers =
    .title = Można milczeć
    .body =
        Nie trzeba odpowiadać na pytania o status imigracyjny.
        Nie należy nosić ani pokazywać dokumentów z innego kraju.
        Nigdy nie pokazywać fałszywych dokumentów.
        Nigdy nie mówić, że jest się obywatelem USA, jeśli to nieprawda.
        Proszę powiedzieć te słowa, a potem milczeć.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

street--end =
    .title = Co warto zapamiętać
    .point-free = Zapytać: „Czy mogę odejść?” Jeśli tak, spokojnie odejść.
    .point-silent = Można milczeć. Nigdy nie kłamać.
    .point-search = Można odmówić zgody na przeszukanie. Nigdy nie stawiać oporu.
    .point-papers = Osoby, które ukończyły 18 lat i mają dokumenty imigracyjne, muszą nosić je przy sobie.
    .point-no-run = Nigdy nie uciekać i nigdy nie pokazywać fałszywych dokumentów.

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        Proszę zapytać uczestników: „O co najpierw zapytać, gdy zatrzyma nas funkcjonariusz?”
        Proszę podkreślić pytanie „Czy mogę odejść?”. Jeśli odpowiedź brzmi „tak”, można spokojnie odejść.
        Częsty błąd: ucieczka albo odpowiadanie ze strachu na każde pytanie.
        Proszę podkreślić, że można odmówić zgody na przeszukanie. Funkcjonariusze mogą jednak sprawdzić dłońmi ubranie, czy nie ma w nim broni. Nigdy nie stawiać oporu.
        Proszę jasno powiedzieć o dokumentach: prawo stanu Nowy Jork nie nakazuje noszenia dowodu tożsamości.
        Ale osoby, które ukończyły 18 lat i mają zieloną kartę (green card) lub wizę, muszą nosić ją przy sobie. Tak stanowi prawo federalne.
        Proszę podkreślić: nigdy nie kłamać i nigdy nie pokazywać fałszywych dokumentów ani dokumentów z innego kraju.

quiz-street--stopped =
    .question = Dwóch agentów zatrzymuje Pana/Panią na chodniku i zaczyna zadawać pytania. Co zrobić najpierw?
    .answer-run = Uciec, zanim zadadzą więcej pytań.
    .why-run = Nigdy nie uciekać. Proszę zachować spokój i zapytać: „Czy mogę odejść?”
    .answer-ask-free = Zachować spokój i zapytać: „Czy mogę odejść?”
    .why-ask-free = Dobrze. Jeśli odpowiedzą „tak”, proszę spokojnie odejść. Jeśli „nie”, proszę milczeć i poprosić o adwokata.
    .answer-answer = Odpowiedzieć na wszystkie pytania, żeby dali spokój.
    .why-answer = Nie trzeba odpowiadać na ich pytania. Proszę zapytać, czy można odejść, a potem milczeć.

quiz-street--bag =
    .question = W metrze funkcjonariusz pyta: „Mogę zajrzeć do Pana/Pani torby?” Co robić?
    .answer-let-look = Powiedzieć „OK”, żeby mieć to szybciej za sobą.
    .why-let-look = Powiedzenie „OK” oznacza zgodę na przeszukanie. Można powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .answer-pull-away = Przyciągnąć torbę do siebie i mocno ją trzymać.
    .why-pull-away = Nigdy nie stawiać oporu, nawet jeśli się Pan/Pani nie zgadza. Proszę powiedzieć, że nie wyraża Pan/Pani zgody. Można to później zakwestionować z pomocą adwokata.
    .answer-no-consent = Spokojnie powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .why-no-consent = Dobrze. Można odmówić zgody na przeszukanie siebie lub swojej torby. Jeśli mimo to przeszukują, proszę nie stawiać oporu.

quiz-street--born =
    .question = Nie ma Pan/Pani dokumentów imigracyjnych. Agent pyta o miejsce urodzenia. Co robić?
    .answer-silent = Powiedzieć „Korzystam z prawa do zachowania milczenia” i poprosić o adwokata.
    .why-silent = Dobrze. Nie trzeba odpowiadać na pytania o status imigracyjny. Milczenie nie jest przestępstwem.
    .answer-lie = Podać Nowy Jork jako miejsce urodzenia.
    .why-lie = Nigdy nie kłamać i nigdy nie mówić, że jest się obywatelem USA, jeśli to nieprawda. Okłamanie agenta federalnego jest przestępstwem.
    .answer-foreign-id = Pokazać dowód tożsamości z kraju pochodzenia.
    .why-foreign-id = Nie należy pokazywać dokumentów z innego kraju. Zamiast tego proszę milczeć i poprosić o adwokata.

quiz-street--green-card =
    .question = Ma Pan/Pani 20 lat i zieloną kartę (green card) przy sobie. Agent imigracyjny prosi o dokumenty. Co robić?
    .answer-left-home = Powiedzieć, że karta została w domu.
    .why-left-home = Nigdy nie okłamywać agenta. Okłamanie agenta federalnego jest przestępstwem.
    .answer-show = Pokazać zieloną kartę. Potem nadal można milczeć.
    .why-show = Dobrze. Prawo federalne wymaga, by osoby, które ukończyły 18 lat i mają zieloną kartę, nosiły ją przy sobie. Proszę ją pokazać, gdy agent imigracyjny o nią poprosi.
    .answer-keep = Zostawić ją w portfelu i milczeć.
    .why-keep = W innych sprawach można milczeć. Ale zgodnie z prawem federalnym zieloną kartę trzeba pokazać, gdy agent imigracyjny o nią poprosi.
