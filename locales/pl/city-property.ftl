## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = W budynku miejskim

city-property--rule =
    .title = Zasada dla budynków miejskich
    .body =
        Prawo miejskie chroni strefy prywatne w budynkach miejskich.
        Chodzi o szpitale miejskie, szkoły publiczne, miejskie schroniska dla bezdomnych (shelters) i urzędy miejskie.
        Dotyczy to agentów spoza władz miasta, na przykład ICE.
        Żeby wejść do tych stref, potrzebują nakazu podpisanego przez sędziego.
        Jedyne inne możliwości: zgoda pracowników miasta albo nagła sytuacja.
        To kodeks administracyjny NYC (NYC Administrative Code), § 4-210. Powtarza go rozporządzenie wykonawcze burmistrza nr 13 z 2026 r.

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
        Dyrektorzy szkół też nie mogą wyrazić zgody. Każdy nakaz sprawdzają prawnicy szkół.
        Szkoły nie pytają o status imigracyjny.
        Rodzice mogą wpisać do trzech osób do kontaktu w nagłych wypadkach na szkolnej karcie „blue card”.

city-property--shelter =
    .title = W miejskim schronisku lub urzędzie
    .body =
        Pokoje, biura i pomieszczenia tylko dla personelu to strefy prywatne.
        Żeby do nich wejść, agenci potrzebują nakazu sędziego, chyba że personel wyrazi zgodę albo zachodzi nagła sytuacja.
        Hole i poczekalnie są publiczne: agenci mogą tam przebywać.
        Personel schroniska pyta o status tylko wtedy, gdy wymaga tego dana usługa.

city-property--services =
    .title = Korzystanie z usług miejskich
    .body =
        Pracownicy miasta pytają o status tylko wtedy, gdy trzeba sprawdzić, czy spełnia Pan/Pani warunki.
        Nie przekazują tej informacji dalej, poza kilkoma wąskimi wyjątkami.
        Rozporządzenie wykonawcze nr 13 zakazuje przekazywania Pana/Pani danych osobowych agentom imigracyjnym.
        Jedyny wyjątek to sytuacja, gdy wymaga tego prawo.
        Każdy urząd miejski wyznacza osobę odpowiedzialną za ochronę prywatności (privacy officer), która dba o to, by urząd chronił Pana/Pani dane.
        Rozporządzenie powołało też miejski zespół do reagowania na kryzysy i nakazało NYPD, Departamentowi Więziennictwa (Correction) i Departamentowi Kurateli (Probation) przejrzeć swoje zasady w ciągu 90 dni.

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
    .title = Co trzeba zapamiętać
    .point-private = Do stref prywatnych w budynkach miejskich zwykle potrzebny jest nakaz sędziego.
    .point-public = Strefy publiczne, jak hole i poczekalnie, nie są objęte tą zasadą.
    .point-hospital = Szpitale miejskie leczą bez względu na status.
    .point-school = Szkoły publiczne nie pytają o status imigracyjny.
    .point-rights = Ma Pan/Pani prawo milczeć i odmówić zgody na przeszukanie.

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        Proszę zapytać uczestników: „Czy ICE może wejść do szpitala miejskiego?” Proszę najpierw wysłuchać odpowiedzi, a dopiero potem odpowiedzieć.
        Proszę podkreślić zasadę: do stref prywatnych potrzebny jest nakaz sędziego, zgoda pracowników albo nagła sytuacja.
        Częsty błąd: mówienie, że ICE „nie może wejść” do szpitali, szkół czy schronisk. Strefy publiczne nie są objęte tą zasadą.
        Proszę podkreślić, że szpitale miejskie leczą bez względu na status, a szkoły nie pytają o status.
        Proszę otwarcie mówić o granicach: prawo federalne nie pozwala miastu całkowicie zakazać przekazywania informacji o statusie.
        Agencje federalne mogą też żądać danych w drodze prawnej, na przykład na podstawie nakazu sądowego.

quiz-city-property--friend-says =
    .question = Znajomy mówi: „ICE nie może wejść do szpitali miejskich.” Co mu Pan/Pani odpowie?
    .answer-agree = „Zgadza się. Szpitale miejskie są dla ICE niedostępne.”
    .why-agree = To przesada. Agenci mogą przebywać w strefach publicznych, takich jak hole i poczekalnie.
    .answer-stay-away = „I tak lepiej unikać szpitali, nawet w chorobie.”
    .why-stay-away = Szpitale miejskie leczą bez względu na status imigracyjny. Proszę nie rezygnować z potrzebnego leczenia.
    .answer-private = „Do stref prywatnych zwykle potrzebny jest nakaz sędziego. Hole nie są objęte tą zasadą.”
    .why-private = Przepis miejski chroni strefy prywatne. Strefy publiczne, takie jak poczekalnie, nie są nim objęte.

quiz-city-property--school =
    .question = Dziecko chodzi do szkoły publicznej w NYC. Martwi się Pan/Pani, kto je odbierze, jeśli agenci Pana/Panią zatrzymają. Co robić?
    .answer-blue-card = Wpisać do trzech zaufanych osób dorosłych na szkolną kartę „blue card”.
    .why-blue-card = Na karcie „blue card” można wpisać do trzech osób do kontaktu w nagłych wypadkach. Proszę omówić z adwokatem pełny plan dla rodziny.
    .answer-keep-home = Nie posyłać dziecka do szkoły.
    .why-keep-home = Szkoły nie pytają o status, a dyrektorzy nie mogą wyrazić zgody na wejście tych agentów. Zamiast tego proszę przygotować plan.
    .answer-tell-status = Powiedzieć szkole o swoim statusie imigracyjnym, żeby mogła pomóc.
    .why-tell-status = Szkoły nie pytają o status imigracyjny i nie trzeba go ujawniać. Zamiast tego proszę skorzystać z karty „blue card”.

quiz-city-property--doctor =
    .question = Choruje Pan/Pani, ale boi się, że szpital miejski zgłosi Pana/Pani status. Co robić?
    .answer-skip = Zostać w domu i czekać, aż przejdzie.
    .why-skip = Szpitale miejskie leczą bez względu na status. Proszę nie rezygnować z potrzebnego leczenia.
    .answer-go = Pójść do NYC Health + Hospitals i się leczyć.
    .why-go = Leczenie tam nie zależy od statusu. Dokumentacja medyczna jest udostępniana tylko za Pana/Pani zgodą albo gdy wymaga tego prawo.
    .answer-false-name = Podać w rejestracji fałszywe nazwisko.
    .why-false-name = Proszę nie podawać fałszywego nazwiska. Leczenie nie zależy od statusu.

quiz-city-property--bag =
    .question = Agenci zatrzymują Pana/Panią w holu urzędu miejskiego. Chcą zajrzeć do torby. Co robić?
    .answer-hand-over = Oddać torbę, żeby mieć to szybciej za sobą.
    .why-hand-over = To oznacza zgodę na przeszukanie. Tu ma Pan/Pani takie same prawa. Proszę powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .answer-run = Wybiec z budynku.
    .why-run = Proszę nigdy nie uciekać, nie stawiać oporu i nie zastępować im drogi. Proszę zachować spokój i powiedzieć, że nie wyraża Pan/Pani zgody na przeszukanie.
    .answer-no-consent = Zachować spokój i powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .why-no-consent = W budynkach miejskich przysługują Panu/Pani te same prawa. Jeśli mimo to przeszukują, proszę nie stawiać oporu.
