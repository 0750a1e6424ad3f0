## Scenario: you are arrested or detained, and what your family can do.

arrested = Zatrzymanie lub aresztowanie

arrested--calm =
    .title = Proszę zachować spokój i nie stawiać oporu
    .body =
        Proszę nie uciekać. Proszę nie walczyć i nie odpychać agentów.
        Tak trzeba postąpić nawet wtedy, gdy Pana/Pani zdaniem zatrzymanie jest niesłuszne.
        Można to później zakwestionować z pomocą adwokata.
        Ma Pan/Pani prawa bez względu na status imigracyjny.

arrested--say =
    .title = Proszę to powiedzieć, a potem milczeć
    .body =
        Proszę spokojnie powiedzieć te słowa, a potem milczeć.
        Proszę nigdy nie kłamać i nigdy nie pokazywać fałszywych dokumentów.
        Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-interpreter = Potrzebuję tłumacza.
    .line-no-sign = Nic nie podpiszę bez adwokata.

arrested--afraid =
    .title = Jeśli boi się Pan/Pani powrotu
    .body =
        W 2025 r. rząd USA rozszerzył przyspieszoną deportację bez rozprawy w sądzie (expedited removal).
        Dotyczy ona osób, które nie mogą wykazać, że są w USA od co najmniej dwóch lat. Sądy wciąż rozstrzygają, czy jest to zgodne z prawem.
        Jeśli boi się Pan/Pani powrotu do swojego kraju, proszę to wyraźnie powiedzieć. Potem proszę poprosić o adwokata.
        Czy mieszka Pan/Pani tu od dwóch lat lub dłużej? Proszę powiedzieć o tym adwokatowi i bezpiecznie przechowywać dowody.
    .line-afraid = Boję się wrócić do swojego kraju.
    .line-lawyer = Chcę porozmawiać z adwokatem.

arrested--no-sign =
    .title = Proszę niczego nie podpisywać
    .body =
        Proszę nie podpisywać żadnego dokumentu bez adwokata.
        Podpisanie niektórych dokumentów oznacza rezygnację z prawa do rozprawy przed sędzią.
        Należą do nich „dobrowolny wyjazd” (voluntary departure) i „uzgodniony nakaz deportacji” (stipulated removal).
        Mogą też uniemożliwić powrót do USA.

arrested--numbers =
    .title = Numery telefonów i nazwiska
    .body =
        Proszę poprosić o możliwość zadzwonienia do adwokata i do rodziny. Telefon nie jest zagwarantowany.
        Dlatego proszę wcześniej nauczyć się ich numerów na pamięć.
        Jeśli ma Pan/Pani numer „A” (numer z dokumentów imigracyjnych), proszę upewnić się, że rodzina go zna.
        Proszę zapisać lub zapamiętać nazwisko i numer odznaki funkcjonariusza.

arrested--help =
    .title = Czego Pan/Pani teraz potrzebuje?
    .body = Z tej części mogą też korzystać rodzina i przyjaciele.
    .choice-find = Odnaleźć osobę zatrzymaną
    .choice-lawyer = Znaleźć bezpłatnego adwokata
    .choice-court = Mam termin w sądzie imigracyjnym
    .choice-nypd = Policja (NYPD) aresztowała mnie za przestępstwo

arrested--find =
    .title = Jak odnaleźć osobę zatrzymaną przez ICE
    .body =
        Proszę użyć wyszukiwarki ICE Online Detainee Locator: locator.ice.gov.
        Wyszukuje ona dorosłych zatrzymanych przez ICE.
        Proszę szukać po numerze „A” i kraju urodzenia.
        Albo po dokładnym imieniu i nazwisku oraz kraju urodzenia.

arrested--lawyer =
    .title = Może Pan/Pani dostać bezpłatnego adwokata
    .body =
        Czy przebywa Pan/Pani w areszcie imigracyjnym i ma sprawę w sądzie imigracyjnym w NYC?
        Może Pan/Pani dostać bezpłatnego adwokata.
        Zapewnia go program New York Immigrant Family Unity Project.
        Proszę zadzwonić na infolinię pomocy prawnej i zapytać.

arrested--court =
    .title = Jeśli ma Pan/Pani termin w sądzie
    .body =
        W 2025 r. agenci ICE aresztowali ludzi w sądach imigracyjnych w NYC.
        Było to pod adresami 26 Federal Plaza, 201 Varick i 290 Broadway. Proszę sprawdzić u adwokata, jak jest teraz.
        Nowojorska ustawa Protect Our Courts Act obejmuje sądy stanowe, a nie te sądy federalne.
        Proszę koniecznie stawić się na rozprawę. Niestawienie się może skończyć się nakazem deportacji (nakazem wyjazdu z USA).
        Przed rozprawą proszę porozmawiać z adwokatem.

arrested--nypd =
    .title = Aresztowanie przez policję za przestępstwo
    .body =
        W sprawie karnej przysługuje obrońca, nawet jeśli nie stać Pana/Pani na adwokata.
        Zanim zgodzi się Pan/Pani na jakiekolwiek porozumienie o przyznaniu się do winy (plea), proszę powiedzieć obrońcy o swoim statusie imigracyjnym.
        Przyznanie się do winy może prowadzić do deportacji.
        Przepisy miejskie ograniczają sytuacje, w których NYPD i więzienia miejskie przetrzymują ludzi dla ICE. Proszę zapytać adwokata, jak to wygląda w Pana/Pani sprawie.

arrested--end =
    .title = Co trzeba zapamiętać
    .point-silent = Proszę milczeć. Proszę nigdy nie kłamać.
    .point-lawyer = Proszę poprosić o adwokata i tłumacza.
    .point-afraid = Boi się Pan/Pani powrotu do swojego kraju? Proszę to powiedzieć.
    .point-no-sign = Proszę nic nie podpisywać bez adwokata.
    .point-numbers = Proszę nauczyć się na pamięć numerów adwokata i rodziny.
    .point-hearing = Proszę zawsze stawiać się na rozprawy w sądzie imigracyjnym.

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        Proszę podkreślić trzy kroki: milczeć, poprosić o adwokata, nic nie podpisywać bez adwokata.
        Proszę podkreślić, że milczenie jest zgodne z prawem, ale okłamanie agenta federalnego jest przestępstwem.
        Częsty błąd to podpisanie dokumentu, żeby szybciej wyjść.
        Proszę wyjaśnić, że podpisanie niektórych dokumentów oznacza rezygnację z prawa do rozprawy przed sędzią.
        Proszę nauczyć uczestników zdania „Boję się wrócić do swojego kraju.” Przyspieszona deportacja bez rozprawy jest teraz przedmiotem sporu w sądach.
        Telefon nie jest zagwarantowany. Proszę zapytać uczestników: czyje numery telefonów znają Państwo na pamięć?
        Aresztowanie przez NYPD za przestępstwo? Przed jakimkolwiek porozumieniem o przyznaniu się do winy trzeba powiedzieć obrońcy o swoim statusie.
        Proszę otwarcie powiedzieć: w 2025 r. agenci ICE aresztowali ludzi w sądach imigracyjnych w NYC. Mimo to każdy powinien stawić się na rozprawę. Najpierw trzeba porozmawiać z adwokatem.

quiz-arrested--paper =
    .question = Agenci Pana/Panią zatrzymali. Agent podaje dokument i mówi, że po podpisaniu szybciej Pan/Pani wyjdzie.
    .answer-sign = Podpisać, żeby to się szybciej skończyło.
    .why-sign = Podpisanie niektórych dokumentów oznacza rezygnację z prawa do rozprawy przed sędzią. Proszę powiedzieć, że nic Pan/Pani nie podpisze bez adwokata.
    .answer-read = Dokładnie przeczytać i podpisać, jeśli wszystko wygląda w porządku.
    .why-read = Podpisanie dokumentów takich jak „dobrowolny wyjazd” (voluntary departure) może oznaczać rezygnację z rozprawy i uniemożliwić powrót. Proszę poczekać na adwokata, nawet jeśli wszystko wygląda w porządku.
    .answer-refuse = Powiedzieć: „Nic nie podpiszę bez adwokata.”
    .why-refuse = Podpisanie niektórych dokumentów oznacza rezygnację z prawa do rozprawy. Adwokat może wyjaśnić, co oznacza dany dokument.

quiz-arrested--questions =
    .question = Agenci Pana/Panią aresztowali. Agent pyta o miejsce urodzenia i o to, jak wyglądał Pana/Pani przyjazd do USA.
    .answer-lie = Podać USA jako miejsce urodzenia.
    .why-lie = Proszę nigdy nie kłamać ani nie twierdzić, że ma Pan/Pani obywatelstwo USA. Okłamanie agenta federalnego jest przestępstwem. Zamiast tego proszę milczeć.
    .answer-silent = Powiedzieć: „Korzystam z prawa do zachowania milczenia. Chcę porozmawiać z adwokatem.”
    .why-silent = Można milczeć bez względu na status imigracyjny. Milczenie jest zgodne z prawem, kłamstwo nie.
    .answer-explain = Opowiedzieć całą swoją historię, żeby zrozumieli.
    .why-explain = Nie trzeba odpowiadać. Proszę powiedzieć „Korzystam z prawa do zachowania milczenia” i najpierw poprosić o adwokata.

quiz-arrested--grab =
    .question = Agenci chwytają Pana/Panią za ramię, żeby aresztować. Ma Pan/Pani pewność, że pomylili osoby.
    .answer-pull-away = Wyrwać rękę i powiedzieć, że się mylą.
    .why-pull-away = Proszę nigdy nie stawiać oporu, nawet jeśli Pana/Pani zdaniem aresztowanie jest niesłuszne. Adwokat może to później zakwestionować.
    .answer-run = Uciec, gdy odwrócą wzrok.
    .why-run = Proszę nigdy nie uciekać. Proszę zachować spokój, milczeć i poprosić o adwokata.
    .answer-argue = Kłócić się z nimi, aż zaczną słuchać.
    .why-argue = Kłótnia teraz nie pomoże. Proszę powiedzieć „Korzystam z prawa do zachowania milczenia” i poprosić o adwokata.
    .answer-calm = Zachować spokój, nie stawiać oporu i poprosić o adwokata.
    .why-calm = Proszę nie stawiać oporu, nawet jeśli Pana/Pani zdaniem aresztowanie jest niesłuszne. Można to później zakwestionować z pomocą adwokata.

quiz-arrested--court =
    .question = Ktoś z Pana/Pani rodziny ma rozprawę w sądzie imigracyjnym pod adresem 26 Federal Plaza. Ta osoba boi się, że będą tam agenci ICE.
    .answer-skip = Zostać w domu i nie iść na rozprawę.
    .why-skip = Niestawienie się na rozprawę może skończyć się nakazem deportacji (nakazem wyjazdu z USA). Zamiast tego proszę porozmawiać z adwokatem przed rozprawą.
    .answer-lawyer = Porozmawiać z adwokatem przed rozprawą i koniecznie się na nią stawić.
    .why-lawyer = Na rozprawę trzeba się zawsze stawić. Adwokat może pomóc tej osobie przygotować się, zanim pójdzie do sądu.
    .answer-notario = Zapłacić „notario”, żeby zajął się rozprawą.
    .why-notario = W USA „notario” nie jest adwokatem. Proszę zadzwonić na infolinię pomocy prawnej, na przykład ActionNYC.
