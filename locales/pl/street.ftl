## Scenario: you are stopped on the street, on the subway or in another public place.

street = Na ulicy lub w metrze

street--stopped =
    .title = Proszę zapytać, czy może Pan/Pani odejść
    .body =
        Proszę zachować spokój i nie uciekać.
        Proszę zapytać: „Czy mogę odejść?”
        Ma Pan/Pani prawa bez względu na status imigracyjny.
        Co mówią lub robią?
    .choice-free = Mówią, że mogę odejść
    .choice-not-free = Mówią, że nie mogę odejść
    .choice-search = Chcą mnie przeszukać
    .choice-papers = Pytają o dowód tożsamości lub dokumenty

street--free-to-go =
    .title = Jeśli może Pan/Pani odejść
    .body =
        Proszę spokojnie odejść. Proszę nie uciekać.
        Nie trzeba odpowiadać na ich pytania.
        Potem proszę zapisać, co się stało.

street--not-free =
    .title = Jeśli nie może Pan/Pani odejść
    .body =
        Proszę zachować spokój. Proszę nie uciekać i nie stawiać oporu.
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
    .title = Jeśli chcą Pana/Panią przeszukać
    .body =
        Można odmówić zgody na przeszukanie siebie lub swojej torby.
        Jeśli podejrzewają, że ma Pan/Pani broń, mogą sprawdzić dłońmi Pana/Pani ubranie z zewnątrz.
        Proszę nie stawiać oporu, nawet jeśli się Pan/Pani nie zgadza.
        Jeśli uważa Pan/Pani, że naruszono Pana/Pani prawa, proszę później zakwestionować to z pomocą adwokata.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-silent = Korzystam z prawa do zachowania milczenia.

street--papers =
    .title = Jeśli pytają o dokumenty
    .body =
        Prawo stanu Nowy Jork nie nakazuje noszenia dowodu tożsamości.
        Ale prawo federalne dotyczy niektórych osób z dokumentami imigracyjnymi.
        Proszę nigdy nie pokazywać fałszywych dokumentów i nigdy nie kłamać.
        Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .choice-have-papers = Mam ukończone 18 lat i mam dokumenty
    .choice-no-papers = Nie mam dokumentów imigracyjnych

street--have-papers =
    .title = Proszę nosić dokumenty przy sobie
    .body =
        Czy ma Pan/Pani ukończone 18 lat i imigracyjne dokumenty rejestracyjne?
        Należą do nich zielona karta (green card), dokument przyjazdu I-94 i zezwolenie na pracę.
        Od kwietnia 2025 r. także potwierdzenie rejestracji z formularza G-325R.
        Prawo federalne wymaga noszenia ich przy sobie. Sama wiza w paszporcie nie jest takim dokumentem.
        Adwokaci radzą: jeśli agent imigracyjny o nie poprosi, proszę je pokazać.
        Nadal ma Pan/Pani prawo milczeć i poprosić o adwokata.

street--no-papers =
    .title = Ma Pan/Pani prawo milczeć
    .body =
        Nie trzeba odpowiadać na pytania o status imigracyjny.
        Proszę nie nosić ani nie pokazywać dokumentów z innego kraju.
        Proszę nigdy nie pokazywać fałszywych dokumentów.
        Proszę nigdy nie mówić, że ma Pan/Pani obywatelstwo USA, jeśli to nieprawda.
        Boi się Pan/Pani powrotu do swojego kraju? Proszę to powiedzieć i poprosić o adwokata.
        Proszę powiedzieć te słowa, a potem milczeć.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-afraid = Boję się wrócić do swojego kraju.

street--end =
    .title = Co trzeba zapamiętać
    .point-free = Proszę zapytać: „Czy mogę odejść?” Jeśli tak, proszę spokojnie odejść.
    .point-silent = Ma Pan/Pani prawo milczeć. Proszę nigdy nie kłamać.
    .point-search = Można odmówić zgody na przeszukanie. Proszę nigdy nie stawiać oporu.
    .point-papers = Ma Pan/Pani ukończone 18 lat i dokumenty rejestracyjne? Proszę nosić je przy sobie.
    .point-no-run = Proszę nigdy nie uciekać i nigdy nie pokazywać fałszywych dokumentów.

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        Proszę zapytać uczestników: „O co najpierw zapytać, gdy zatrzyma nas funkcjonariusz?”
        Proszę podkreślić pytanie „Czy mogę odejść?”. Jeśli odpowiedź brzmi „tak”, trzeba spokojnie odejść.
        Częsty błąd: ucieczka albo odpowiadanie ze strachu na każde pytanie.
        Proszę podkreślić, że można odmówić zgody na przeszukanie. Jeśli funkcjonariusze podejrzewają broń, mogą sprawdzić dłońmi wierzchnie ubranie danej osoby. Nigdy nie wolno stawiać oporu.
        Proszę jasno powiedzieć o dokumentach: prawo stanu Nowy Jork nie nakazuje noszenia dowodu tożsamości.
        Ale osoby, które ukończyły 18 lat, muszą nosić przy sobie otrzymane dokumenty rejestracyjne: zieloną kartę, I-94, zezwolenie na pracę lub potwierdzenie rejestracji G-325R. Tak stanowi prawo federalne.
        Pokazanie ich agentowi imigracyjnemu, który o nie prosi, to rada, a nie wymóg prawa.
        Proszę podkreślić: nigdy nie wolno kłamać ani pokazywać fałszywych dokumentów lub dokumentów z innego kraju.

quiz-street--stopped =
    .question = Dwóch agentów zatrzymuje Pana/Panią na chodniku i zaczyna zadawać pytania. Co zrobić najpierw?
    .answer-run = Uciec, zanim zadadzą więcej pytań.
    .why-run = Proszę nigdy nie uciekać. Proszę zachować spokój i zapytać: „Czy mogę odejść?”
    .answer-ask-free = Zachować spokój i zapytać: „Czy mogę odejść?”
    .why-ask-free = Jeśli odpowiedzą „tak”, proszę spokojnie odejść. Jeśli „nie”, proszę milczeć i poprosić o adwokata.
    .answer-answer = Odpowiedzieć na wszystkie pytania, żeby dali spokój.
    .why-answer = Nie trzeba odpowiadać na ich pytania. Proszę zapytać, czy może Pan/Pani odejść, a potem milczeć.

quiz-street--bag =
    .question = W metrze funkcjonariusz pyta: „Mogę zajrzeć do Pana/Pani torby?” Co robić?
    .answer-let-look = Powiedzieć „OK”, żeby mieć to szybciej za sobą.
    .why-let-look = Powiedzenie „OK” oznacza zgodę na przeszukanie. Można powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .answer-pull-away = Przyciągnąć torbę do siebie i mocno ją trzymać.
    .why-pull-away = Proszę nigdy nie stawiać oporu, nawet jeśli się Pan/Pani nie zgadza. Proszę powiedzieć, że nie wyraża Pan/Pani zgody. Proszę później zakwestionować to z pomocą adwokata.
    .answer-no-consent = Spokojnie powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .why-no-consent = Można odmówić zgody na przeszukanie siebie lub swojej torby. Jeśli mimo to przeszukują, proszę nie stawiać oporu.

quiz-street--born =
    .question = Nie ma Pan/Pani dokumentów imigracyjnych. Agent pyta o miejsce urodzenia. Co robić?
    .answer-silent = Powiedzieć „Korzystam z prawa do zachowania milczenia” i poprosić o adwokata.
    .why-silent = Nie trzeba odpowiadać na pytania o status imigracyjny. Milczenie nie jest przestępstwem.
    .answer-lie = Podać Nowy Jork jako miejsce urodzenia.
    .why-lie = Proszę nigdy nie kłamać i nigdy nie mówić, że ma Pan/Pani obywatelstwo USA, jeśli to nieprawda. Okłamanie agenta federalnego jest przestępstwem.
    .answer-foreign-id = Pokazać dowód tożsamości z kraju pochodzenia.
    .why-foreign-id = Proszę nie pokazywać dokumentów z innego kraju. Zamiast tego proszę milczeć i poprosić o adwokata.

quiz-street--green-card =
    .question = Ma Pan/Pani 20 lat i zieloną kartę (green card) przy sobie. Agent imigracyjny prosi o dokumenty. Co robić?
    .answer-left-home = Powiedzieć, że karta została w domu.
    .why-left-home = Proszę nigdy nie okłamywać agenta. Okłamanie agenta federalnego jest przestępstwem.
    .answer-show = Pokazać zieloną kartę. Potem nadal można milczeć.
    .why-show = Prawo federalne wymaga, by osoby, które ukończyły 18 lat i mają zieloną kartę, nosiły ją przy sobie. Adwokaci radzą pokazać ją, gdy agent imigracyjny o nią poprosi.
    .answer-keep = Zostawić ją w portfelu i milczeć.
    .why-keep = W innych sprawach ma Pan/Pani prawo milczeć. Ale prawo federalne wymaga noszenia zielonej karty przy sobie, a adwokaci radzą pokazać ją, gdy agent imigracyjny o nią poprosi.
