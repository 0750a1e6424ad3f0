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
