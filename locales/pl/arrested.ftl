## Scenario: you are arrested or detained, and what your family can do.

arrested = Zatrzymanie lub aresztowanie

arrested--calm =
    .title = Spokojnie. Bez oporu.
    .body =
        Proszę nie uciekać. Nie walczyć i nie odpychać.
        Tak trzeba postąpić nawet wtedy, gdy Pana/Pani zdaniem zatrzymanie jest niesłuszne.
        Można to później zakwestionować z pomocą adwokata.
        Ma Pan/Pani prawa bez względu na status imigracyjny.

arrested--say =
    .title = Powiedzieć to, a potem milczeć
    .body =
        Proszę spokojnie powiedzieć te słowa, a potem milczeć.
        Nigdy nie kłamać. Nigdy nie pokazywać fałszywych dokumentów.
        Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-interpreter = Potrzebuję tłumacza.
    .line-no-sign = Nic nie podpiszę bez adwokata.

arrested--no-sign =
    .title = Niczego nie podpisywać
    .body =
        Proszę nie podpisywać żadnego dokumentu bez adwokata.
        Niektóre dokumenty odbierają prawo do rozprawy przed sędzią.
        Należą do nich „dobrowolny wyjazd” (voluntary departure) i „uzgodniony nakaz deportacji” (stipulated removal).
        Mogą też uniemożliwić powrót do USA.

arrested--numbers =
    .title = Numery telefonów i nazwiska
    .body =
        Można zadzwonić do adwokata i do rodziny.
        Proszę wcześniej nauczyć się ich numerów na pamięć.
        Rodzina powinna znać Pana/Pani numer „A”, jeśli go Pan/Pani ma.
        Proszę zapisać lub zapamiętać nazwisko i numer odznaki funkcjonariusza.

arrested--help =
    .title = Czego teraz potrzeba?
    .body = Z tej części mogą też korzystać rodzina i przyjaciele.
    .choice-find = Odnaleźć osobę zatrzymaną
    .choice-lawyer = Znaleźć bezpłatnego adwokata
    .choice-court = Mam termin w sądzie imigracyjnym

arrested--find =
    .title = Odnaleźć osobę zatrzymaną przez ICE
    .body =
        Proszę użyć wyszukiwarki ICE Online Detainee Locator: locator.ice.gov.
        Wyszukuje ona dorosłych zatrzymanych przez ICE.
        Można szukać po numerze „A” i kraju urodzenia.
        Albo po dokładnym imieniu i nazwisku oraz kraju urodzenia.

arrested--lawyer =
    .title = Szansa na bezpłatnego adwokata
    .body =
        Czy jest Pan/Pani zatrzymany/zatrzymana i ma sprawę w sądzie imigracyjnym w NYC?
        Może Pan/Pani dostać bezpłatnego adwokata.
        Zapewnia go program New York Immigrant Family Unity Project.
        Proszę zadzwonić na infolinię pomocy prawnej i zapytać.

arrested--court =
    .title = Jeśli ma Pan/Pani termin w sądzie
    .body =
        W 2025 r. agenci ICE aresztowali ludzi w sądach imigracyjnych w NYC.
        Było to pod adresami 26 Federal Plaza, 201 Varick i 290 Broadway.
        Nowojorska ustawa Protect Our Courts Act obejmuje sądy stanowe, a nie te sądy federalne.
        Proszę koniecznie stawić się na rozprawę. Niestawienie się może skończyć się nakazem deportacji (nakazem wyjazdu z USA).
        Przed rozprawą proszę porozmawiać z adwokatem.

arrested--end =
    .title = Co warto zapamiętać
    .point-silent = Milczeć. Nigdy nie kłamać.
    .point-lawyer = Poprosić o adwokata i tłumacza.
    .point-no-sign = Nic nie podpisywać bez adwokata.
    .point-numbers = Znać na pamięć numery adwokata i rodziny.
    .point-hearing = Zawsze stawiać się na rozprawy w sądzie imigracyjnym.
