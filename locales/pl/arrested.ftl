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

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        Proszę podkreślić trzy kroki: milczeć, poprosić o adwokata, nic nie podpisywać bez adwokata.
        Proszę podkreślić, że milczenie jest zgodne z prawem, ale okłamanie agenta federalnego jest przestępstwem.
        Częsty błąd to podpisanie dokumentu, żeby szybciej wyjść.
        Proszę wyjaśnić, że niektóre dokumenty odbierają prawo do rozprawy przed sędzią.
        Proszę zapytać uczestników: czyje numery telefonów znają Państwo na pamięć?
        Proszę otwarcie powiedzieć: w 2025 r. agenci ICE aresztowali ludzi w sądach imigracyjnych w NYC.
        Mimo to proszę podkreślić, że na rozprawę trzeba się stawić. Najpierw warto porozmawiać z adwokatem.

quiz-arrested--paper =
    .question = Jest Pan/Pani zatrzymany/zatrzymana. Agent podaje dokument i mówi, że po podpisaniu szybciej Pan/Pani wyjdzie.
    .answer-sign = Podpisać, żeby to się szybciej skończyło.
    .why-sign = Niektóre dokumenty odbierają prawo do rozprawy przed sędzią. Proszę powiedzieć, że nic Pan/Pani nie podpisze bez adwokata.
    .answer-read = Dokładnie przeczytać i podpisać, jeśli wszystko wygląda w porządku.
    .why-read = Dokumenty takie jak „dobrowolny wyjazd” (voluntary departure) mogą odebrać prawo do rozprawy i uniemożliwić powrót. Proszę poczekać na adwokata, nawet jeśli wszystko wygląda w porządku.
    .answer-refuse = Powiedzieć: „Nic nie podpiszę bez adwokata.”
    .why-refuse = Dobrze. Niektóre dokumenty odbierają prawo do rozprawy. Adwokat może wyjaśnić, co oznacza dany dokument.

quiz-arrested--questions =
    .question = Jest Pan/Pani aresztowany/aresztowana. Agent pyta o miejsce urodzenia i o to, jak Pan/Pani dostał/dostała się do USA.
    .answer-lie = Podać USA jako miejsce urodzenia.
    .why-lie = Nigdy nie kłamać ani nie podawać się za obywatela USA. Okłamanie agenta federalnego jest przestępstwem. Zamiast tego lepiej milczeć.
    .answer-silent = Powiedzieć: „Korzystam z prawa do zachowania milczenia. Chcę porozmawiać z adwokatem.”
    .why-silent = Dobrze. Można milczeć bez względu na status imigracyjny. Milczenie jest zgodne z prawem, kłamstwo nie.
    .answer-explain = Opowiedzieć całą swoją historię, żeby zrozumieli.
    .why-explain = Nie trzeba odpowiadać. Proszę powiedzieć „Korzystam z prawa do zachowania milczenia” i najpierw poprosić o adwokata.

quiz-arrested--grab =
    .question = Agenci chwytają Pana/Panią za ramię, żeby aresztować. Jest Pan/Pani pewny/pewna, że pomylili osoby.
    .answer-pull-away = Wyrwać rękę i powiedzieć, że się mylą.
    .why-pull-away = Nigdy nie stawiać oporu, nawet jeśli Pana/Pani zdaniem aresztowanie jest niesłuszne. Adwokat może to później zakwestionować.
    .answer-run = Uciec, gdy odwrócą wzrok.
    .why-run = Nigdy nie uciekać. Proszę zachować spokój, milczeć i poprosić o adwokata.
    .answer-argue = Kłócić się z nimi, aż zaczną słuchać.
    .why-argue = Kłótnia teraz nie pomoże. Proszę powiedzieć „Korzystam z prawa do zachowania milczenia” i poprosić o adwokata.
    .answer-calm = Zachować spokój, nie stawiać oporu i poprosić o adwokata.
    .why-calm = Dobrze. Proszę nie stawiać oporu, nawet jeśli Pana/Pani zdaniem aresztowanie jest niesłuszne. Można to później zakwestionować z pomocą adwokata.

quiz-arrested--court =
    .question = Pana/Pani kuzyn ma rozprawę w sądzie imigracyjnym pod adresem 26 Federal Plaza. Boi się, że będą tam agenci ICE.
    .answer-skip = Zostać w domu i nie iść na rozprawę.
    .why-skip = Niestawienie się na rozprawę może skończyć się nakazem deportacji (nakazem wyjazdu z USA). Zamiast tego warto porozmawiać z adwokatem przed rozprawą.
    .answer-lawyer = Porozmawiać z adwokatem przed rozprawą i koniecznie się na nią stawić.
    .why-lawyer = Dobrze. Na rozprawę trzeba się zawsze stawić. Adwokat może pomóc kuzynowi przygotować się, zanim pójdzie do sądu.
    .answer-notario = Zapłacić „notario”, żeby zajął się rozprawą.
    .why-notario = W USA „notario” nie jest adwokatem. Proszę zadzwonić na infolinię pomocy prawnej, na przykład ActionNYC.
