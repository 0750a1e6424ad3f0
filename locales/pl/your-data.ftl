## Scenario: your information and city services.

your-data = Dane osobowe i usługi miejskie

your-data--services =
    .title = Korzystanie z usług miejskich
    .body =
        Pracownicy miasta pytają o status imigracyjny tylko wtedy, gdy wymaga tego dana usługa.
        Na przykład żeby sprawdzić, czy spełnia Pan/Pani warunki.
        Nie przekazują tej informacji dalej, poza kilkoma wąskimi wyjątkami.
        Wynika to z rozporządzenia wykonawczego burmistrza nr 41 z 2003 r.
        Pana/Pani dane chroni też ustawa Identifying Information Law z 2017 r.

your-data--new-order =
    .title = Rozporządzenie z 2026 r. o danych
    .body =
        W lutym 2026 r. burmistrz podpisał rozporządzenie wykonawcze nr 13.
        Urzędy miejskie nie mogą przekazywać Pana/Pani danych osobowych agentom imigracyjnym.
        Jedyny wyjątek to sytuacja, gdy wymaga tego prawo.
        Każdy urząd miejski wyznacza osobę odpowiedzialną za ochronę prywatności (privacy officer), która dba o to, by urząd chronił Pana/Pani dane.
        NYPD, Departament Więziennictwa (Correction) i Departament Kurateli (Probation) muszą też w ciągu 90 dni przejrzeć swoje zasady dotyczące imigracji.

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
        Nowojorska ustawa Green Light Law chroni Pana/Pani dane w DMV.
        DMV nie przekazuje Pana/Pani danych agentom imigracyjnym bez nakazu sądowego.
        Proszę nigdy nie składać fałszywych dokumentów.

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
        Żeby wejść do stref prywatnych (niepublicznych), agenci potrzebują nakazu sędziego.
        Wyjątki to nagła sytuacja albo zgoda pracowników miasta.

your-data--limits =
    .title = Czego miasto nie może obiecać
    .body =
        Ustawa federalna z 1996 r. nie pozwala miastom całkowicie zakazać przekazywania informacji o statusie imigracyjnym.
        Agencje federalne mogą też żądać danych w drodze prawnej, na przykład na podstawie nakazu sądowego.
        Przepisy miejskie chronią więc Pana/Panią, ale nie w każdym przypadku.
        W razie obaw proszę porozmawiać z adwokatem.

your-data--end =
    .title = Co trzeba zapamiętać
    .point-status = Pracownicy miasta pytają o status tylko wtedy, gdy wymaga tego usługa.
    .point-sharing = Urzędy miejskie nie przekazują danych osobowych, chyba że wymaga tego prawo.
    .point-dmv = DMV potrzebuje nakazu sądowego, aby przekazać dane agentom imigracyjnym.
    .point-police = NYPD nie pyta ofiar ani świadków o status.
    .point-limits = Agencje federalne nadal mogą żądać danych w drodze prawnej.

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        Proszę podkreślić, że pracownicy miasta pytają o status tylko wtedy, gdy wymaga tego usługa.
        Proszę podkreślić, że można dalej korzystać z potrzebnych usług miejskich.
        Częsty błąd to rezygnacja z wizyty u lekarza albo niezgłaszanie przestępstwa ze strachu.
        Proszę zapytać uczestników: z jakich usług miejskich korzysta Państwa rodzina?
        Proszę otwarcie mówić o granicach. Nadal obowiązują ustawa federalna z 1996 r. i procedury prawne, takie jak nakaz sądowy.
        Proszę nie mówić, że miasto nigdy nie może przekazać danych. To obiecuje za dużo.

quiz-your-data--hospital =
    .question = Dziecko jest chore. Nie ma Pan/Pani dokumentów i boi się, że szpital miejski Pana/Panią zgłosi.
    .answer-stay-home = Zostać w domu i nie iść do lekarza.
    .why-stay-home = NYC Health + Hospitals leczy bez względu na status. Dokumentacja medyczna jest udostępniana tylko za Pana/Pani zgodą albo gdy wymaga tego prawo.
    .answer-false-name = Pójść, ale podać fałszywe nazwisko.
    .why-false-name = Proszę podawać prawdziwe dane. Leczenie w NYC Health + Hospitals nie zależy od statusu.
    .answer-go = Zabrać dziecko na leczenie do NYC Health + Hospitals.
    .why-go = Leczenie nie zależy od statusu. Sam podpis funkcjonariusza ICE nie zmusza szpitala do udostępnienia dokumentacji.

quiz-your-data--witness =
    .question = Na swojej ulicy widzi Pan/Pani napad. Boi się Pan/Pani, że policja zapyta o status.
    .answer-report = Zgłosić to. NYPD nie pyta świadków o status.
    .why-report = NYPD nie pyta ofiar ani świadków o status imigracyjny. W nagłym wypadku proszę dzwonić pod 911.
    .answer-no-report = Nic nie mówić, dla bezpieczeństwa.
    .why-no-report = NYPD nie pyta ofiar ani świadków o status. Można zgłosić przestępstwo.
    .answer-citizen = Zgłosić to, ale na wszelki wypadek powiedzieć, że ma się obywatelstwo.
    .why-citizen = Proszę nigdy nie twierdzić, że ma Pan/Pani obywatelstwo, jeśli to nieprawda. NYPD nie pyta świadków o status.

quiz-your-data--dmv =
    .question = Chce Pan/Pani zrobić prawo jazdy. Znajomy mówi, że DMV przekazuje wszystko do ICE.
    .answer-avoid = Trzymać się z daleka od DMV.
    .why-avoid = Nowojorska ustawa Green Light Law chroni dane w DMV. DMV potrzebuje nakazu sądowego, aby przekazać je agentom imigracyjnym.
    .answer-apply = Złożyć wniosek z własnymi, prawdziwymi dokumentami.
    .why-apply = Ustawa Green Light Law chroni Pana/Pani dane w DMV. DMV nie przekazuje ich agentom imigracyjnym bez nakazu sądowego.
    .answer-false-papers = Dla bezpieczeństwa złożyć wniosek z cudzymi dokumentami.
    .why-false-papers = Proszę nigdy nie używać fałszywych ani cudzych dokumentów. Proszę złożyć wniosek z własnymi.

quiz-your-data--promise =
    .question = Znajomy mówi: „Przez to nowe rozporządzenie miasto nigdy nie może przekazać moich danych do ICE.”
    .answer-agree = „Tak, miasto nigdy ich nie przekaże.”
    .why-agree = To obiecuje za dużo. Agencje federalne mogą żądać danych w drodze prawnej, na przykład na podstawie nakazu sądowego.
    .answer-stop-services = „To dla bezpieczeństwa przestań korzystać z usług miejskich.”
    .why-stop-services = Przepisy miejskie ograniczają to, o co pracownicy pytają i co przekazują. Proszę dalej korzystać z potrzebnych usług.
    .answer-limits = „Miasto ogranicza przekazywanie danych, ale nie może tego zagwarantować w każdym przypadku.”
    .why-limits = Rozporządzenie wykonawcze nr 13 zakazuje przekazywania danych, chyba że wymaga tego prawo. Agencje federalne nadal mogą żądać danych w drodze prawnej.
