## Scenario: make a family safety plan before anything happens.

family-plan = Rodzinny plan bezpieczeństwa

family-plan--why =
    .title = Proszę przygotować plan już teraz
    .body =
        Plan pomoże rodzinie, jeśli ktoś zostanie zatrzymany.
        Proszę przygotować go teraz, gdy jest spokojnie.
        Ten przewodnik nie jest poradą prawną.
    .choice-start = Chcę zrobić plan dla rodziny
    .choice-detained = Ktoś właśnie został zatrzymany

family-plan--numbers =
    .title = Proszę nauczyć się ważnych numerów na pamięć
    .body =
        Po zatrzymaniu proszę poprosić o możliwość zadzwonienia do adwokata i do rodziny. Telefon nie jest zagwarantowany.
        Dlatego proszę nauczyć się ich numerów na pamięć.
        Czy ma Pan/Pani numer „A”? To numer z dokumentów imigracyjnych.
        Proszę upewnić się, że rodzina go zna.
        Pomoże im to odnaleźć Pana/Panią i sprawdzić termin rozprawy.

family-plan--children =
    .title = Czy ma Pan/Pani dzieci?
    .body = Proszę ustalić, kto się nimi zajmie, jeśli Pan/Pani nie będzie w stanie.
    .choice-yes = Tak, mam dzieci
    .choice-no = Nie

family-plan--caregiver =
    .title = Proszę wybrać zaufaną osobę dorosłą
    .body =
        Proszę wybrać zaufaną osobę dorosłą, która zajmie się dziećmi, jeśli Pan/Pani nie będzie w stanie.
        Proszę omówić z nią plan.
        Proszę dać jej kopie aktów urodzenia dzieci.
        Proszę też podać jej imię, nazwisko i dane kontaktowe każdego z rodziców.

family-plan--legal-tools =
    .title = Formularz dla szkoły i lekarzy
    .body =
        W stanie Nowy Jork jest formularz Designation of Person in Parental Relation (wyznaczenie osoby w roli rodzica).
        Rodzic wskazuje w nim osobę dorosłą, która może podejmować decyzje o szkole i leczeniu dziecka.
        Sąd nie jest potrzebny. Formularz obowiązuje przez ograniczony czas i można go odwołać.
        Nie przekazuje opieki nad dzieckiem (custody) i nie odbiera praw rodzicielskich.
        Niektóre części trzeba podpisać przy notary public (w USA to urzędnik, który tylko poświadcza podpisy). Proszę zapytać adwokata, które.

family-plan--standby =
    .title = Opieka rezerwowa (standby guardianship)
    .body =
        Opiekun rezerwowy (standby guardian) to osoba dorosła, która może przejąć opiekę nad dziećmi, jeśli Pan/Pani nie będzie w stanie.
        W stanie Nowy Jork można wyznaczyć taką osobę na piśmie, w obecności dwóch świadków.
        Od 2018 r. może to zacząć obowiązywać w razie aresztowania, zatrzymania lub deportacji przez służby imigracyjne.
        Wkrótce potem trzeba złożyć wniosek do sądu: Surrogate’s Court (sąd spadkowy) lub Family Court (sąd rodzinny).
        Proszę poprosić adwokata o pomoc w załatwieniu tego.

family-plan--school =
    .title = Proszę zaktualizować szkolną kartę „blue card”
    .body =
        Szkoły publiczne mają kartę kontaktów w nagłych wypadkach, zwaną „blue card”.
        Można na niej wpisać do trzech osób do kontaktu.
        Proszę dopisać zaufaną osobę dorosłą.

family-plan--money =
    .title = Pieniądze, paszporty i zdrowie
    .body =
        Proszę pomyśleć, kto mógłby płacić czynsz i rachunki, jeśli Pan/Pani nie będzie w stanie.
        Pełnomocnictwo finansowe (power of attorney) pozwala zaufanej osobie działać w Pana/Pani imieniu.
        Proszę ustalić, kto będzie miał dostęp do Pana/Pani kont bankowych.
        Proszę trzymać paszporty i akty urodzenia tam, gdzie ta osoba je znajdzie.
        Proszę zapisać leki, alergie i lekarzy każdego członka rodziny.

family-plan--papers =
    .title = Proszę trzymać dokumenty w bezpiecznym miejscu
    .body =
        Proszę zrobić kopie ważnych dokumentów, np. aktów urodzenia i dokumentów imigracyjnych.
        Proszę zachować dowody na to, jak długo Pan/Pani tu mieszka: umowy najmu, odcinki wypłat, dokumenty ze szkoły, od lekarza lub podatkowe.
        Pobyt od dwóch lat lub dłużej może mieć znaczenie w sądzie. Proszę zapytać adwokata, czy nosić dowody przy sobie.
        Proszę trzymać wszystko w bezpiecznym miejscu, a kopię w domu zaufanej osoby.

family-plan--lawyer =
    .title = Proszę szukać prawdziwej pomocy prawnej
    .body =
        Przed złożeniem wniosku, przedłużeniem dokumentów lub podróżą proszę porozmawiać z adwokatem.
        Może też pomóc przedstawiciel akredytowany przez Departament Sprawiedliwości (DOJ-accredited representative).
        Porady imigracyjne sprzedawane przez „notario” to oszustwo. W USA „notario” nie jest adwokatem.
        Notary public w USA tylko poświadcza podpisy. To też nie jest adwokat.
        ActionNYC daje bezpłatną i poufną pomoc prawną.

family-plan--end =
    .title = Co trzeba zapamiętać
    .point-numbers = Proszę nauczyć się ważnych numerów na pamięć. Proszę upewnić się, że rodzina zna Pana/Pani numer „A”.
    .point-caregiver = Proszę wybrać zaufaną osobę dorosłą do opieki nad dziećmi i zapytać adwokata o formularze.
    .point-blue-card = Proszę wpisać tę osobę na szkolną kartę „blue card”.
    .point-papers = Proszę trzymać kopie dokumentów i dowody pobytu w USA w bezpiecznym miejscu.
    .point-notario = Proszę korzystać z pomocy adwokata, nigdy „notario”.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Proszę podkreślić, że plan przygotowuje się teraz, gdy jest spokojnie.
        Proszę zapytać uczestników: pod czyj numer zadzwoniliby Państwo najpierw? Czy znają go Państwo na pamięć? Telefon po aresztowaniu nie jest zagwarantowany.
        Proszę podkreślić znaczenie zaufanej osoby dorosłej dla dzieci, szkolnej karty „blue card” i tego, kto może płacić rachunki.
        Proszę wyjaśnić dwa nowojorskie formularze: wyznaczenie osoby w roli rodzica (szkoła i lekarze) oraz opiekę rezerwową (standby guardianship).
        Częsty błąd to korzystanie z usług „notario”. „Notario” nie jest adwokatem, notary public też nie.
        Proszę otwarcie powiedzieć: które rozwiązanie dla opiekunów pasuje do danej rodziny, to pytanie do adwokata.
        Proszę przypomnieć uczestnikom, że ten przewodnik nie jest poradą prawną. ActionNYC daje bezpłatną pomoc.

quiz-family-plan--numbers =
    .question = Numery adwokata i rodziny ma Pan/Pani zapisane tylko w telefonie.
    .answer-phone = Zostawić je w telefonie. To wystarczy.
    .why-phone = Po zatrzymaniu może Pan/Pani nie mieć telefonu. Proszę nauczyć się ważnych numerów na pamięć.
    .answer-later = Poczekać i zająć się tym, jeśli coś się stanie.
    .why-later = Plan działa najlepiej, gdy przygotowuje się go w spokojnym czasie. Proszę nauczyć się numerów już teraz.
    .answer-memorize = Nauczyć się ważnych numerów na pamięć i podać rodzinie swój numer „A”.
    .why-memorize = Po zatrzymaniu proszę poprosić o możliwość zadzwonienia do adwokata i do rodziny; telefon nie jest zagwarantowany. Numer „A” pomoże im Pana/Panią odnaleźć.

quiz-family-plan--children =
    .question = Martwi się Pan/Pani, kto odbierze dzieci ze szkoły, jeśli agenci Pana/Panią zatrzymają.
    .answer-trusted = Wybrać zaufaną osobę dorosłą, porozmawiać z nią i wpisać ją na kartę „blue card”.
    .why-trusted = Na szkolnej karcie „blue card” można wpisać do trzech osób do kontaktu w nagłych wypadkach. Proszę dać tej osobie kopie aktów urodzenia dzieci.
    .answer-school = Zdać się na szkołę, że jakoś to załatwi.
    .why-school = Proszę zaplanować to teraz, żeby szkoła wiedziała, do kogo dzwonić. Proszę wybrać zaufaną osobę dorosłą i wpisać ją na kartę „blue card”.
    .answer-notario = Zapłacić „notario” za przygotowanie dokumentów o opiece nad dziećmi.
    .why-notario = „Notario” nie jest adwokatem. Proszę zapytać adwokata o nowojorskie rozwiązania dla opiekunów.

quiz-family-plan--caregiver-tools =
    .question = Zaufana osoba dorosła może musieć podejmować decyzje o szkole i leczeniu dziecka.
    .answer-nothing = Nic nie robić. Każda zaufana osoba dorosła może decydować.
    .why-nothing = Proszę to wcześniej załatwić, korzystając z rozwiązania prawnego. Proszę zapytać adwokata o formularz Designation of Person in Parental Relation.
    .answer-ask-lawyer = Zapytać adwokata o formularz Designation of Person in Parental Relation albo o opiekę rezerwową (standby guardianship).
    .why-ask-lawyer = Formularz Designation nie wymaga sądu. Opiekuna rezerwowego wyznacza się na piśmie, a potem zatwierdza to sąd: Surrogate’s Court (sąd spadkowy) lub Family Court (sąd rodzinny). Adwokat powie, co pasuje.
    .answer-your-id = Dać tej osobie swój dowód tożsamości, żeby mogła podpisywać się jako Pan/Pani.
    .why-your-id = Proszę nigdy nie używać cudzych dokumentów ani nie podpisywać się za kogoś innego. Proszę skorzystać z rozwiązania prawnego, z pomocą adwokata.

quiz-family-plan--notario =
    .question = Trzeba przedłużyć dokumenty. „Notario” proponuje, że szybko je złoży, za opłatą.
    .answer-pay = Zapłacić „notario”, żeby złożył dokumenty za Pana/Panią.
    .why-pay = W USA „notario” nie jest adwokatem. Proszę skorzystać z pomocy adwokata albo przedstawiciela akredytowanego przez Departament Sprawiedliwości (DOJ-accredited representative).
    .answer-check = Samodzielnie wypełnić formularze, a potem dać je do sprawdzenia „notario”.
    .why-check = „Notario” nie jest adwokatem, więc takie sprawdzenie nie jest pomocą prawną. Przed przedłużeniem dokumentów proszę porozmawiać z adwokatem.
    .answer-lawyer = Najpierw porozmawiać z adwokatem albo przedstawicielem akredytowanym przez Departament Sprawiedliwości.
    .why-lawyer = Przed złożeniem wniosku, przedłużeniem dokumentów lub podróżą proszę porozmawiać z jednym z nich. ActionNYC daje bezpłatną i poufną pomoc prawną.
