## Scenario: your information and city services.

your-data = Dane osobowe i usługi miejskie

your-data--services =
    .title = Korzystanie z usług miejskich
    .body =
        Pracownicy miasta pytają o status imigracyjny tylko wtedy, gdy wymaga tego dana usługa.
        Na przykład żeby sprawdzić, czy ktoś spełnia warunki.
        Nie przekazują tej informacji dalej, poza kilkoma wąskimi wyjątkami.
        Wynika to z rozporządzenia wykonawczego burmistrza nr 41 z 2003 r.
        Pana/Pani dane chroni też ustawa Identifying Information Law z 2017 r.

your-data--new-order =
    .title = Rozporządzenie z 2026 r. o danych
    .body =
        W lutym 2026 r. burmistrz podpisał rozporządzenie wykonawcze nr 13.
        Urzędy miejskie nie mogą przekazywać danych osobowych agentom imigracyjnym.
        Jedyny wyjątek to sytuacja, gdy wymaga tego prawo.
        Każdy urząd miejski wyznacza osobę odpowiedzialną za ochronę prywatności (privacy officer).

your-data--place =
    .title = Dokąd się Pan/Pani wybiera?
    .body = Proszę wybrać miejsce, aby dowiedzieć się więcej.
    .choice-dmv = DMV (prawa jazdy, rejestracja aut)
    .choice-police = Policja (NYPD)
    .choice-hospital = Szpital miejski
    .choice-other = Inny urząd miejski

your-data--dmv =
    .title = W DMV
    .body =
        Nowojorska ustawa Green Light Law chroni dane w DMV.
        DMV nie przekazuje danych agentom imigracyjnym bez nakazu sądowego.
        Nigdy nie składać fałszywych dokumentów.

your-data--police =
    .title = Jeśli dzwoni Pan/Pani na policję
    .body =
        NYPD nie pyta ofiar ani świadków o status imigracyjny.
        Można zgłosić przestępstwo.
        W nagłym wypadku proszę dzwonić pod 911.

your-data--hospital =
    .title = W NYC Health + Hospitals
    .body =
        Leczenie przysługuje bez względu na status imigracyjny.
        Dokumentacja medyczna jest udostępniana tylko za Pana/Pani zgodą albo gdy wymaga tego prawo.
        Sam podpis funkcjonariusza ICE nie zmusza szpitala do jej udostępnienia.
        Żeby wejść do stref niepublicznych, agenci potrzebują nakazu sędziego.
        Wyjątki to nagła sytuacja albo zgoda pracowników miasta.

your-data--limits =
    .title = Czego miasto nie może obiecać
    .body =
        Ustawa federalna z 1996 r. nie pozwala miastom całkowicie zakazać przekazywania informacji o statusie imigracyjnym.
        Agencje federalne mogą też żądać danych w drodze prawnej, na przykład na podstawie nakazu sądowego.
        Przepisy miejskie chronią więc Pana/Panią, ale nie w każdym przypadku.
        W razie obaw proszę porozmawiać z adwokatem.

your-data--end =
    .title = Co warto zapamiętać
    .point-status = Pracownicy miasta pytają o status tylko wtedy, gdy wymaga tego usługa.
    .point-sharing = Urzędy miejskie nie przekazują danych osobowych, chyba że wymaga tego prawo.
    .point-dmv = DMV potrzebuje nakazu sądowego, aby przekazać dane agentom imigracyjnym.
    .point-police = NYPD nie pyta ofiar ani świadków o status.
    .point-limits = Agencje federalne nadal mogą żądać danych w drodze prawnej.
