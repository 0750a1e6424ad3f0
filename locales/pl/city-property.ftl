## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = W budynku miejskim

city-property--rule =
    .title = Zasada dla budynków miejskich
    .body =
        Prawo miejskie chroni strefy niepubliczne w budynkach miejskich.
        Chodzi o szpitale miejskie, szkoły publiczne, miejskie schroniska dla bezdomnych (shelters) i urzędy miejskie.
        Dotyczy to agentów spoza władz miasta, na przykład ICE.
        Żeby wejść do tych stref, potrzebują nakazu podpisanego przez sędziego.
        Bez nakazu muszą mieć zgodę pracowników miasta albo musi zachodzić nagła sytuacja.
        To przepis Admin Code 4-210 (kodeks administracyjny NYC). Powtarza go rozporządzenie wykonawcze burmistrza nr 13 z 2026 r.

city-property--public-areas =
    .title = Wyjątek: strefy publiczne
    .body =
        Ta zasada nie obejmuje stref publicznych.
        Na przykład holi, poczekalni, chodników, przystanków autobusowych i placów zabaw.
        Agenci mogą przebywać w tych miejscach.
        Dlatego ICE nadal może przyjść do budynku miejskiego.
        Tam także przysługują Panu/Pani te same prawa.

city-property--where =
    .title = Gdzie Pan/Pani jest?
    .choice-hospital = W szpitalu miejskim
    .choice-school = W szkole publicznej
    .choice-other = W schronisku dla bezdomnych lub urzędzie
    .choice-stopped = Agenci mnie tam zatrzymują

city-property--hospital =
    .title = W NYC Health + Hospitals
    .body =
        Leczenie przysługuje bez względu na status imigracyjny.
        Dokumentacja medyczna jest udostępniana tylko za Pana/Pani zgodą albo gdy wymaga tego prawo.
        Dokument podpisany tylko przez funkcjonariusza ICE nie zmusza szpitala do jej udostępnienia.

city-property--school =
    .title = W szkołach publicznych NYC
    .body =
        Departament Edukacji nie zgadza się na wejście tych agentów.
        Dyrektorzy szkół też nie mogą wyrazić zgody. Każdy nakaz sprawdzają prawnicy.
        Szkoły nie pytają o status imigracyjny.
        Rodzice mogą wpisać nawet trzy osoby do kontaktu w nagłych wypadkach na szkolnej karcie „blue card”.

city-property--services =
    .title = Korzystanie z usług miejskich
    .body =
        Pracownicy miasta pytają o status tylko wtedy, gdy trzeba sprawdzić, czy ktoś spełnia warunki.
        Nie przekazują tej informacji dalej, poza kilkoma wąskimi wyjątkami.
        Rozporządzenie wykonawcze nr 13 zakazuje przekazywania danych osobowych agentom imigracyjnym.
        Jedyny wyjątek to sytuacja, gdy wymaga tego prawo.
        Każdy urząd miejski ma osobę odpowiedzialną za ochronę prywatności (privacy officer).

city-property--limit =
    .title = Granice przepisów miejskich
    .body =
        Te przepisy miejskie mają granice.
        Ustawa federalna z 1996 r. nie pozwala miastu całkowicie zakazać przekazywania informacji o statusie.
        Agencje federalne mogą też żądać danych w drodze prawnej, na przykład na podstawie nakazu sądowego.
        Ten przewodnik nie jest poradą prawną. W swojej sprawie proszę zapytać adwokata.

city-property--say =
    .title = Jeśli zatrzymają Pana/Panią
    .body =
        Ma Pan/Pani takie same prawa jak wszędzie indziej.
        Proszę nie uciekać, nie stawiać oporu i nie zastępować im drogi.
        Proszę spokojnie powiedzieć te słowa, a potem milczeć.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-lawyer = Chcę porozmawiać z adwokatem.

city-property--end =
    .title = Co warto zapamiętać
    .point-private = Do stref niepublicznych w budynkach miejskich zwykle potrzebny jest nakaz sędziego.
    .point-public = Strefy publiczne, jak hole i poczekalnie, nie są objęte tą zasadą.
    .point-hospital = Szpitale miejskie leczą bez względu na status.
    .point-school = Szkoły publiczne nie pytają o status imigracyjny.
    .point-rights = Można milczeć i odmówić zgody na przeszukanie.
