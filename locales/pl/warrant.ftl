## Scenario: check the paper they show you (the warrant checker).

warrant = Sprawdzanie nakazu

warrant--look =
    .title = Proszę spojrzeć na górę dokumentu
    .body =
        Proszę nie otwierać drzwi.
        Proszę poprosić, aby wsunęli dokument pod drzwi albo przyłożyli go do okna.
        Formularz ICE ma na górze napis „Department of Homeland Security” (Departament Bezpieczeństwa Krajowego).
        Jego tytuł to „Warrant for Arrest of Alien” (nakaz aresztowania cudzoziemca, formularz I-200) albo „Warrant of Removal/Deportation” (nakaz wydalenia/deportacji, formularz I-205).
        Numer formularza jest wydrukowany na dole.
        Co jest napisane na samej górze Pana/Pani dokumentu?
    .choice-dhs = „Department of Homeland Security” (Departament Bezpieczeństwa Krajowego) albo formularz I-200 lub I-205
    .choice-court = Nazwa sądu
    .choice-not-sure = Nie wiem

warrant--check =
    .title = Proszę sprawdzić dokument, pytanie po pytaniu
    .body = Proszę odpowiedzieć na każde pytanie. Jeśli choć jedna odpowiedź to „nie” lub „nie wiem”, proszę nie otwierać drzwi.
    .item-court = Czy na górze jest nazwa sądu? Na przykład „United States District Court” (federalny sąd okręgowy) albo „Supreme Court of the State of New York” (sąd stanu Nowy Jork).
    .item-judge = Czy podpisał go sędzia? Nie funkcjonariusz ICE i nie sędzia imigracyjny.
    .item-name-address = Czy jest na nim właściwe imię i nazwisko oraz Pana/Pani dokładny adres? Nakaz aresztowania wydany przez sędziego może nie zawierać adresu: wtedy proszę odpowiedzieć „nie wiem”.
    .item-date = Czy nakaz jest jeszcze ważny (jego termin nie minął)?

warrant--ice-form =
    .title = To formularz ICE, nie nakaz sędziego
    .body =
        Formularz I-200 lub I-205 to dokument ICE (Służby Imigracyjnej i Celnej).
        Podpisuje go funkcjonariusz ICE, a nie sędzia.
        Według utrwalonych wytycznych sam ten dokument nie daje im prawa do wejścia do Pana/Pani domu.
        Proszę nie otwierać drzwi.

warrant--disputed =
    .title = Jedna sprawa jest sporna
    .body =
        W notatce ICE z 2025 r. agencja twierdzi, że formularz I-205 razem z ostatecznym nakazem deportacji pozwala wejść do domu.
        W styczniu 2026 r. sędzia federalny orzekł, że jedno takie wejście było niezgodne z konstytucją.
        Według stanu na grudzień 2026 r. sądy wciąż to rozstrzygają.
        W nagłych sytuacjach wejście bez nakazu także może być dozwolone.
        Kroki pozostają te same: proszę nie otwierać drzwi, nie wyrażać zgody, nie stawiać oporu, zapisać, co się dzieje, i zadzwonić do adwokata.

warrant--not-judicial =
    .title = Proszę nie traktować tego jak nakazu sędziego
    .body =
        Co najmniej jedna odpowiedź brzmiała „nie” lub „nie wiem”.
        Dlatego proszę nie traktować tego dokumentu jak nakazu podpisanego przez sędziego.
        Błędne nazwisko, błędny adres albo nieaktualna data też oznaczają, że nie trzeba otwierać.
        Proszę nie otwierać drzwi. Proszę zadzwonić do adwokata.
        Proszę nigdy nie zastępować agentowi drogi własnym ciałem.

warrant--say-no =
    .title = Proszę powiedzieć to przez drzwi
    .line-no-entry = Nie wyrażam zgody na wejście do mojego domu.
    .line-slide = Proszę wsunąć nakaz pod drzwi.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

warrant--judicial =
    .title = To może być nakaz sędziego
    .body =
        Jeśli nakaz jest ważny, mogą wejść, ale tylko tak, jak pozwala nakaz.
        Proszę nie stawiać oporu i nie zastępować im drogi.
        Nadal ma Pan/Pani prawo do zachowania milczenia.
        Proszę poprosić o adwokata. Proszę obserwować, co przeszukują, z miejsca, które wskażą agenci.
        Proszę nie zgadzać się na przeszukanie niczego, czego nie wymienia nakaz.

warrant--say-yes =
    .title = Nadal można to powiedzieć
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-sign = Nic nie podpiszę bez adwokata.

warrant--end =
    .title = Co trzeba zapamiętać
    .point-judge = Nakaz podpisany przez sędziego pozwala im wejść bez Pana/Pani zgody.
    .point-ice-form = Formularz ICE (I-200 lub I-205) podpisuje funkcjonariusz, nie sędzia.
    .point-disputed = ICE twierdzi, że niektóre formularze ICE pozwalają wejść do domu. Sądy wciąż to rozstrzygają. Proszę nie otwierać drzwi i nie wyrażać zgody.
    .point-check = Proszę sprawdzić sąd, podpis sędziego, nazwisko, adres i datę.
    .point-no-resist = Proszę nigdy nie zastępować agentowi drogi ani nie stawiać oporu, nawet gdy dokument jest błędny.
    .point-lawyer = Proszę zadzwonić do adwokata. Proszę zapisać, co się stało.

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        Proszę zapytać uczestników: „Jeśli na dokumencie jest napisane ‚Warrant’ (nakaz), czy to znaczy, że podpisał go sędzia?”
        Częsty błąd: zaufanie samemu słowu „Warrant”. Formularze ICE I-200 i I-205 też go używają.
        Proszę pokazać, jak wygląda formularz ICE: na górze „Department of Homeland Security”, w tytule słowo „Alien”, na dole numer formularza.
        Proszę podkreślić cztery warunki: sąd, podpis sędziego, właściwe nazwisko i adres, data.
        Proszę podkreślić, że sędzia imigracyjny nie jest sędzią, o którego chodzi na tej liście.
        Proszę otwarcie powiedzieć: w notatce ICE z 2025 r. agencja twierdzi, że formularz I-205 razem z nakazem deportacji pozwala wejść do domu.
        Sędzia orzekł, że jedno takie wejście było niezgodne z konstytucją; według stanu na grudzień 2026 r. sądy wciąż to rozstrzygają. Kroki pozostają te same.
        Proszę podkreślić: nawet gdy dokument jest błędny, nigdy nie wolno zastępować agentowi drogi ani stawiać oporu.

quiz-warrant--dhs =
    .question = Agenci wsuwają dokument pod drzwi. Na górze jest napisane „Department of Homeland Security”. Co to oznacza?
    .answer-must-open = To nakaz, więc trzeba otworzyć drzwi.
    .why-must-open = Dokument DHS to formularz ICE, a nie nakaz sędziego. Sam ten dokument nie daje im prawa do wejścia do Pana/Pani domu.
    .answer-ice-form = To formularz ICE, a nie nakaz podpisany przez sędziego.
    .why-ice-form = Formularze takie jak I-200 i I-205 podpisuje funkcjonariusz ICE. Proszę nie otwierać drzwi.
    .answer-hand-back = Otworzyć drzwi, żeby oddać dokument i wszystko wyjaśnić.
    .why-hand-back = Otwarcie drzwi ułatwia im wejście. Proszę nie otwierać drzwi i rozmawiać przez nie.

quiz-warrant--immigration-judge =
    .question = Dokument podpisał „Immigration Judge” (sędzia imigracyjny). Co robić?
    .answer-yes = Podpisał go sędzia, więc trzeba otworzyć drzwi.
    .why-yes = Sędzia imigracyjny się tu nie liczy. Na dokumencie musi być nazwa sądu i podpis sędziego (judge lub magistrate).
    .answer-let-in = Wpuścić ich, żeby wyjaśnili, co ten dokument oznacza.
    .why-let-in = Wpuszczenie ich może zostać uznane za Pana/Pani zgodę. Proszę nie otwierać drzwi i zadzwonić do adwokata.
    .answer-no = Nie otwierać drzwi. Powiedzieć: „Nie wyrażam zgody na wejście do mojego domu.”
    .why-no = Sędzia imigracyjny to nie ten sędzia, którego wymaga to sprawdzenie. Proszę nie otwierać drzwi.

quiz-warrant--wrong-address =
    .question = Na dokumencie jest nazwa sądu i podpis sędziego. Ale adres nie jest Pana/Pani adresem. Co robić?
    .answer-no-entry = Nie otwierać drzwi. Powiedzieć: „Nie wyrażam zgody na wejście do mojego domu.”
    .why-no-entry = Błędne nazwisko, błędny adres albo nieaktualna data oznaczają, że nie trzeba otwierać. Proszę zadzwonić do adwokata.
    .answer-open = Otworzyć drzwi, skoro podpisał go sędzia.
    .why-open = Na nakazie musi być właściwe imię i nazwisko oraz Pana/Pani dokładny adres. Jeśli ich nie ma, nie trzeba otwierać.
    .answer-block = Stanąć w drzwiach, żeby nie mogli wejść.
    .why-block = Proszę nigdy nie zastępować agentowi drogi własnym ciałem, nawet gdy dokument jest błędny. Proszę powiedzieć, że nie wyraża Pan/Pani zgody, i zadzwonić do adwokata.

quiz-warrant--valid =
    .question = Dokument spełnia wszystkie warunki. To nakaz sędziego i agenci wchodzą. Co robić?
    .answer-explain = Odpowiadać na wszystkie pytania, żeby pokazać, że nie ma się nic do ukrycia.
    .why-explain = Nawet przy ważnym nakazie można milczeć. Proszę powiedzieć „Korzystam z prawa do zachowania milczenia” i poprosić o adwokata.
    .answer-search-all = Powiedzieć, że mogą przeszukać wszystko, co chcą.
    .why-search-all = Mogą przeszukać tylko to, co wymienia nakaz. Proszę nie zgadzać się na żadne inne przeszukanie.
    .answer-silent = Nie stawiać oporu. Milczeć i poprosić o adwokata.
    .why-silent = Ważny nakaz pozwala im wejść, ale tylko tak, jak w nim napisano. Nadal ma Pan/Pani prawo do zachowania milczenia.
