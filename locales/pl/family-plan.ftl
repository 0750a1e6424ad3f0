## Scenario: make a family safety plan before anything happens.

family-plan = Rodzinny plan bezpieczeństwa

family-plan--why =
    .title = Plan warto zrobić już teraz
    .body =
        Plan pomoże rodzinie, jeśli ktoś zostanie zatrzymany.
        Najlepiej przygotować go teraz, gdy jest spokojnie.
        Ten przewodnik nie jest poradą prawną.
    .choice-start = Chcę zrobić plan dla rodziny
    .choice-detained = Ktoś właśnie został zatrzymany

family-plan--numbers =
    .title = Ważne numery na pamięć
    .body =
        Po zatrzymaniu można zadzwonić do adwokata i do rodziny.
        Dlatego proszę nauczyć się ich numerów na pamięć.
        Czy ma Pan/Pani numer „A”? Jest na dokumentach imigracyjnych.
        Rodzina powinna go znać.
        Pomoże im to odnaleźć Pana/Panią i sprawdzić termin rozprawy.

family-plan--children =
    .title = Czy ma Pan/Pani dzieci?
    .body = Proszę ustalić, kto się nimi zajmie, jeśli Pan/Pani nie będzie mógł/mogła.
    .choice-yes = Tak, mam dzieci
    .choice-no = Nie

family-plan--caregiver =
    .title = Wybrać zaufaną osobę dorosłą
    .body =
        Proszę wybrać zaufaną osobę dorosłą, która zajmie się dziećmi, jeśli Pan/Pani nie będzie mógł/mogła.
        Proszę omówić z nią plan.
        Proszę dać jej kopie aktów urodzenia dzieci.
        Proszę też podać jej imię, nazwisko i dane kontaktowe każdego z rodziców.

family-plan--legal-tools =
    .title = Dwa rozwiązania dla opiekunów
    .body =
        W stanie Nowy Jork jest formularz Designation of Person in Parental Relation.
        Pozwala opiekunowi podejmować decyzje o szkole i leczeniu. Sąd nie jest potrzebny.
        Innym rozwiązaniem jest opieka rezerwowa (standby guardianship). Ustanawia ją sąd rodzinny (Family Court).
        Proszę zapytać adwokata, co pasuje do Pana/Pani rodziny.

family-plan--school =
    .title = Aktualizacja szkolnej „blue card”
    .body =
        Szkoły publiczne mają kartę kontaktów w nagłych wypadkach, zwaną „blue card”.
        Można na niej wpisać nawet trzy osoby do kontaktu.
        Proszę dopisać zaufaną osobę dorosłą.

family-plan--papers =
    .title = Dokumenty w bezpiecznym miejscu
    .body =
        Proszę zrobić kopie ważnych dokumentów, np. aktów urodzenia i dokumentów imigracyjnych.
        Proszę trzymać je w bezpiecznym miejscu.
        Trzeba zadbać, żeby zaufana osoba miała do nich dostęp.

family-plan--lawyer =
    .title = Prawdziwa pomoc prawna
    .body =
        Przed złożeniem wniosku, przedłużeniem dokumentów lub podróżą proszę porozmawiać z adwokatem.
        Może też pomóc przedstawiciel akredytowany przez Departament Sprawiedliwości (DOJ-accredited representative).
        Proszę nigdy nie korzystać z usług „notario”. W USA „notario” nie jest adwokatem.
        ActionNYC daje bezpłatną i poufną pomoc prawną.

family-plan--end =
    .title = Co warto zapamiętać
    .point-numbers = Znać ważne numery na pamięć. Rodzina powinna znać Pana/Pani numer „A”.
    .point-caregiver = Wybrać zaufaną osobę dorosłą do opieki nad dziećmi.
    .point-blue-card = Wpisać tę osobę na szkolną kartę „blue card”.
    .point-papers = Trzymać kopie dokumentów w bezpiecznym miejscu, dostępnym dla zaufanej osoby.
    .point-notario = Korzystać z pomocy adwokata, nigdy „notario”.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Proszę podkreślić, że plan przygotowuje się teraz, gdy jest spokojnie.
        Proszę zapytać uczestników: pod czyj numer zadzwoniliby Państwo najpierw? Czy znają go Państwo na pamięć?
        Proszę podkreślić znaczenie zaufanej osoby dorosłej dla dzieci i szkolnej karty „blue card”.
        Częsty błąd to korzystanie z usług „notario”. W USA „notario” nie jest adwokatem.
        Proszę otwarcie powiedzieć: które rozwiązanie dla opiekunów pasuje do danej rodziny, to pytanie do adwokata.
        Proszę przypomnieć uczestnikom, że ten przewodnik nie jest poradą prawną. ActionNYC daje bezpłatną pomoc.

quiz-family-plan--numbers =
    .question = Numery adwokata i rodziny ma Pan/Pani zapisane tylko w telefonie.
    .answer-phone = Zostawić je w telefonie. To wystarczy.
    .why-phone = Po zatrzymaniu może Pan/Pani nie mieć telefonu. Proszę nauczyć się ważnych numerów na pamięć.
    .answer-later = Poczekać i zająć się tym, jeśli coś się stanie.
    .why-later = Plan działa najlepiej, gdy przygotowuje się go w spokojnym czasie. Proszę nauczyć się numerów już teraz.
    .answer-memorize = Nauczyć się ważnych numerów na pamięć i podać rodzinie swój numer „A”.
    .why-memorize = Dobrze. Po zatrzymaniu można zadzwonić do adwokata i do rodziny. Numer „A” pomoże im Pana/Panią odnaleźć.

quiz-family-plan--children =
    .question = Martwi się Pan/Pani, kto odbierze dzieci ze szkoły, jeśli zostanie Pan/Pani zatrzymany/zatrzymana.
    .answer-trusted = Wybrać zaufaną osobę dorosłą, porozmawiać z nią i wpisać ją na kartę „blue card”.
    .why-trusted = Dobrze. Na szkolnej karcie „blue card” można wpisać nawet trzy osoby do kontaktu w nagłych wypadkach. Proszę dać tej osobie kopie aktów urodzenia dzieci.
    .answer-school = Zdać się na szkołę, że jakoś to załatwi.
    .why-school = Proszę zaplanować to teraz, żeby szkoła wiedziała, do kogo dzwonić. Proszę wybrać zaufaną osobę dorosłą i wpisać ją na kartę „blue card”.
    .answer-notario = Zapłacić „notario” za przygotowanie dokumentów o opiece nad dziećmi.
    .why-notario = „Notario” nie jest adwokatem. Proszę zapytać adwokata o nowojorskie rozwiązania dla opiekunów.

quiz-family-plan--caregiver-tools =
    .question = Zaufana osoba dorosła może musieć podejmować decyzje o szkole i leczeniu dziecka.
    .answer-nothing = Nic nie robić. Każda zaufana osoba dorosła może decydować.
    .why-nothing = Warto to wcześniej załatwić prawnie. Proszę zapytać adwokata o formularz Designation of Person in Parental Relation.
    .answer-ask-lawyer = Zapytać adwokata o formularz Designation of Person in Parental Relation albo o opiekę rezerwową (standby guardianship).
    .why-ask-lawyer = Dobrze. Formularz Designation nie wymaga sądu. Opiekę rezerwową ustanawia sąd rodzinny (Family Court). Adwokat powie, co pasuje.
    .answer-your-id = Dać tej osobie swój dowód tożsamości, żeby mogła podpisywać się jako Pan/Pani.
    .why-your-id = Nigdy nie używać cudzych dokumentów ani nie podpisywać się za kogoś innego. Proszę skorzystać z rozwiązania prawnego, z pomocą adwokata.

quiz-family-plan--notario =
    .question = Trzeba przedłużyć dokumenty. „Notario” proponuje, że szybko je złoży, za opłatą.
    .answer-pay = Zapłacić „notario”, żeby złożył dokumenty za Pana/Panią.
    .why-pay = W USA „notario” nie jest adwokatem. Proszę skorzystać z pomocy adwokata albo przedstawiciela akredytowanego przez Departament Sprawiedliwości (DOJ-accredited representative).
    .answer-check = Samodzielnie wypełnić formularze, a potem dać je do sprawdzenia „notario”.
    .why-check = „Notario” nie jest adwokatem, więc takie sprawdzenie nie jest pomocą prawną. Przed przedłużeniem dokumentów proszę porozmawiać z adwokatem.
    .answer-lawyer = Najpierw porozmawiać z adwokatem albo przedstawicielem akredytowanym przez Departament Sprawiedliwości.
    .why-lawyer = Dobrze. Przed złożeniem wniosku, przedłużeniem dokumentów lub podróżą proszę porozmawiać z jednym z nich. ActionNYC daje bezpłatną i poufną pomoc prawną.
