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
