## Scenario: check the paper they show you (the warrant checker).

warrant = Sprawdzanie nakazu

warrant--look =
    .title = Co jest na górze dokumentu?
    .body =
        Drzwi powinny pozostać zamknięte.
        Proszę poprosić, aby wsunęli dokument pod drzwi albo przyłożyli go do okna.
        Co jest napisane na samej górze?
    .choice-dhs = „Department of Homeland Security” (Departament Bezpieczeństwa Krajowego) albo formularz I-200 lub I-205
    .choice-court = Nazwa sądu
    .choice-not-sure = Nie wiem

warrant--check =
    .title = Sprawdzanie dokumentu, pytanie po pytaniu
    .body = Proszę odpowiedzieć na każde pytanie. Jeśli choć jedna odpowiedź to „nie” lub „nie wiem”, drzwi powinny pozostać zamknięte.
    .item-court = Czy na górze jest nazwa sądu? Na przykład „United States District Court” (federalny sąd okręgowy) albo „Supreme Court of the State of New York” (sąd stanu Nowy Jork).
    .item-judge = Czy podpisał go sędzia? Nie funkcjonariusz ICE i nie sędzia imigracyjny.
    .item-name-address = Czy jest na nim właściwe imię i nazwisko oraz dokładny adres?
    .item-date = Czy nakaz jest jeszcze ważny (jego termin nie minął)?

warrant--ice-form =
    .title = To formularz ICE, nie nakaz sędziego
    .body =
        Formularz I-200 lub I-205 to dokument ICE (Służby Imigracyjnej i Celnej).
        Podpisuje go funkcjonariusz ICE, a nie sędzia.
        Sam ten dokument nie daje im prawa do wejścia do domu.
        Drzwi powinny pozostać zamknięte.

warrant--disputed =
    .title = Jedna sprawa jest sporna
    .body =
        Według notatki ICE z 2025 r. formularz I-205 razem z ostatecznym nakazem deportacji pozwala wejść do domu.
        W styczniu 2026 r. sędzia federalny orzekł, że jedno takie wejście było niezgodne z konstytucją.
        Sprawa w sądzie nadal trwa.
        Zasady postępowania się nie zmieniają: nie wyrażać zgody, nie stawiać oporu, zapisać, co się dzieje, i zadzwonić do adwokata.

warrant--not-judicial =
    .title = To nie jest ważny nakaz sędziego
    .body =
        Dokument nie spełnia co najmniej jednego warunku.
        Błędne nazwisko, błędny adres albo nieaktualna data to też powód, żeby nie otwierać.
        Drzwi powinny pozostać zamknięte.
        Nigdy nie wolno zastępować agentowi drogi własnym ciałem.

warrant--say-no =
    .title = Powiedzieć to przez drzwi
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
    .title = Co warto zapamiętać
    .point-judge = Bez zgody mogą wejść tylko z nakazem podpisanym przez sędziego.
    .point-ice-form = Formularz ICE (I-200 lub I-205) podpisuje funkcjonariusz, nie sędzia.
    .point-check = Sprawdzić sąd, podpis sędziego, nazwisko, adres i datę.
    .point-no-resist = Nigdy nie stawiać oporu agentowi ani nie zastępować mu drogi, nawet gdy dokument jest błędny.
    .point-lawyer = Zadzwonić do adwokata. Zapisać, co się stało.
