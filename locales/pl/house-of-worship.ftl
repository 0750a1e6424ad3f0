## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = W miejscu kultu religijnego

house-of-worship--role =
    .title = Miejsce kultu nie jest wyłączone
    .body =
        Kościół, meczet, synagoga czy świątynia nie są wyłączone spod działań ICE.
        W styczniu 2025 r. DHS (Departament Bezpieczeństwa Krajowego, któremu podlega ICE) zniósł zasadę „miejsc szczególnie chronionych” (sensitive locations).
        Ale do stref prywatnych nadal potrzebny jest nakaz podpisany przez sędziego albo zgoda.
        Kim Pan/Pani jest?
    .choice-leader = Pomagam prowadzić miejsce kultu
    .choice-member = Należę do wspólnoty wiernych
    .choice-agents = Agenci są tu teraz

house-of-worship--plan =
    .title = Proszę przygotować plan, zanim ktoś przyjdzie
    .body =
        Proszę ustalić, które miejsca są prywatne, na przykład biura i zaplecze.
        Można je oznaczyć tabliczkami.
        Żeby do nich wejść, agenci potrzebują nakazu sędziego albo zgody.
        Proszę wyznaczyć osobę kontaktową, która wyjdzie do agentów.
        Ta osoba prosi o nakaz i dzwoni do adwokata wspólnoty.

house-of-worship--guidance =
    .title = Proszę zapoznać się z wytycznymi i porozmawiać z adwokatem
    .body =
        Prokurator generalny stanu Nowy Jork wydał wytyczne w lutym 2025 r.
        Dotyczą miejsc prywatnych i organizacji non-profit, także miejsc kultu.
        Proszę omówić swój plan z adwokatem.
        Ten przewodnik nie jest poradą prawną.

house-of-worship--member =
    .title = Dla członków wspólnoty
    .body =
        Pana/Pani miejsce kultu nie jest wyłączone spod działań agentów.
        Proszę zapytać, kto jest osobą kontaktową we wspólnocie.
        Jeśli przyjdą agenci, niech rozmawia z nimi osoba kontaktowa.
        Ma Pan/Pani prawa bez względu na status.

house-of-worship--agents-here =
    .title = Jeśli przyjdą agenci
    .body =
        Proszę zachować spokój i nie uciekać.
        Proszę nie stawiać oporu i nie zastępować im drogi, nawet jeśli Pana/Pani zdaniem nie mają racji.
        Można to później zakwestionować z pomocą adwokata.
        Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda.
    .choice-point-person = Jestem osobą kontaktową
    .choice-asked = Agenci zadają mi pytania
    .choice-warrant = Pokazują nakaz

house-of-worship--paper =
    .title = Osoba kontaktowa: proszę sprawdzić dokument
    .body =
        Dokument czyta osoba kontaktowa. Inni pozwalają jej to zrobić.
        Formularz ICE ma na górze napis „Department of Homeland Security” (Departament Bezpieczeństwa Krajowego), a na dole I-200 lub I-205. Nie podpisuje go sędzia.
        Proszę odpowiedzieć na każde pytanie. Jeśli choć jedna odpowiedź to „nie” lub „nie wiem”, proszę nie traktować dokumentu jak nakazu sędziego.
    .item-court = Czy na górze jest nazwa sądu? Na przykład „United States District Court” (federalny sąd okręgowy).
    .item-judge = Czy podpisał go sędzia? Nie funkcjonariusz ICE i nie sędzia imigracyjny.
    .item-place = Czy wymienia to miejsce kultu i jego adres oraz miejsca do przeszukania? Nakaz aresztowania wydany przez sędziego może wymieniać tylko osobę: wtedy proszę odpowiedzieć „nie wiem”.
    .item-date = Czy nakaz jest jeszcze ważny (jego termin nie minął)?

house-of-worship--not-judicial =
    .title = Proszę nie traktować tego jak nakazu sędziego
    .body =
        Do stref prywatnych nadal potrzebny jest nakaz sędziego albo zgoda.
        O zgodzie w imieniu wspólnoty decyduje osoba kontaktowa.
        Proszę nie blokować drzwi ani nie zastępować agentowi drogi. Proszę zadzwonić do adwokata wspólnoty.

house-of-worship--judicial =
    .title = To może być nakaz sędziego
    .body =
        Jeśli nakaz jest ważny, agenci mogą przeszukać wymienione w nim miejsca i tylko te.
        Proszę nie stawiać oporu i nie zastępować im drogi.
        Każdy nadal może milczeć i poprosić o adwokata.
        Proszę zadzwonić do adwokata wspólnoty.

house-of-worship--say-point =
    .title = Osoba kontaktowa: proszę powiedzieć tak
    .body =
        Proszę spokojnie wyjść do agentów i poprosić o pokazanie nakazu.
        Do stref prywatnych potrzebny jest nakaz podpisany przez sędziego albo zgoda, chyba że zachodzi nagła sytuacja.
        Potem proszę zadzwonić do adwokata.
    .line-no-entry = Nie wyrażam zgody na wejście do stref prywatnych.
    .line-show-warrant = Proszę pokazać mi nakaz.
    .line-lawyer = Chcę porozmawiać z adwokatem.

house-of-worship--say-member =
    .title = Jeśli agenci zadają pytania
    .body =
        Ma Pan/Pani prawo milczeć, bez względu na status imigracyjny.
        Proszę nie kłamać. Proszę nigdy nie pokazywać fałszywych dokumentów.
        Ma Pan/Pani ukończone 18 lat i dokumenty rejestracyjne, na przykład zieloną kartę? Prawo nakazuje nosić je przy sobie. Jeśli agent imigracyjny o nie poprosi, adwokaci radzą je pokazać.
        Jeśli powiedzą, że może Pan/Pani odejść, proszę spokojnie odejść.
    .line-free-to-go = Czy mogę odejść?
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-no-search = Nie wyrażam zgody na przeszukanie.
    .line-lawyer = Chcę porozmawiać z adwokatem.

house-of-worship--end =
    .title = Co trzeba zapamiętać
    .point-not-off-limits = Miejsce kultu nie jest wyłączone spod działań ICE.
    .point-private = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda.
    .point-point-person = Proszę wyznaczyć osobę kontaktową, która wyjdzie do agentów i zadzwoni do adwokata.
    .point-silent = Każdy ma prawo milczeć. Proszę nigdy nie kłamać.
    .point-lawyer = Proszę omówić plan z adwokatem.

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        Proszę podkreślić, że miejsce kultu nie jest wyłączone spod działań ICE.
        W styczniu 2025 r. DHS zniósł zasadę „miejsc szczególnie chronionych” (sensitive locations). Proszę nie mówić, że jest inaczej.
        Proszę podkreślić, że do stref prywatnych nadal potrzebny jest nakaz sędziego albo zgoda.
        Częsty błąd to otaczanie agentów albo zastawianie drzwi. Nigdy nie wolno zastępować agentowi drogi.
        Proszę zapytać uczestników: kto jest naszą osobą kontaktową i które pomieszczenia są prywatne?
        Proszę wspomnieć o wytycznych prokuratora generalnego stanu Nowy Jork dla miejsc kultu z lutego 2025 r.
        Proszę otwarcie powiedzieć: to nie jest porada prawna. Proszę poprosić adwokata o sprawdzenie planu.

quiz-house-of-worship--off-limits =
    .question = Członek wspólnoty mówi: „ICE nigdy nie może wejść do kościoła.” Co mu Pan/Pani odpowie?
    .answer-agree = „Zgadza się. Kościół jest wyłączony spod działań ICE.”
    .why-agree = To była dawna zasada. DHS zniósł ją w styczniu 2025 r. Proszę nie mówić innym, że kościół jest wyłączony spod działań ICE.
    .answer-services = „W czasie nabożeństwa nie mogą wejść.”
    .why-services = Żadna zasada nie zabrania agentom wejścia, ani w czasie nabożeństwa, ani poza nim. Proszę przygotować plan i oznaczyć strefy prywatne.
    .answer-not-off-limits = „Nie jest wyłączony, ale do stref prywatnych potrzebny jest nakaz sędziego albo zgoda.”
    .why-not-off-limits = W styczniu 2025 r. DHS zniósł zasadę „miejsc szczególnie chronionych” (sensitive locations). Do stref prywatnych nadal potrzebny jest nakaz sędziego albo zgoda.

quiz-house-of-worship--who-speaks =
    .question = W czasie nabożeństwa agenci wchodzą do holu. Kilku członków wspólnoty podbiega do nich.
    .answer-block = Członkowie wspólnoty stają w drzwiach, żeby agenci nie weszli dalej.
    .why-block = Proszę nigdy nie zastępować agentowi drogi, nawet jeśli Pana/Pani zdaniem nie ma racji. Niech rozmawia osoba kontaktowa. Proszę później zakwestionować to z pomocą adwokata.
    .answer-point-person = Osoba kontaktowa wychodzi do nich, prosi o nakaz i dzwoni do adwokata.
    .why-point-person = W imieniu wspólnoty mówi jedna spokojna osoba. Wszyscy inni mogą milczeć.
    .answer-everyone = Wszyscy odpowiadają na pytania agentów, żeby pokazać, że nie ma nic do ukrycia.
    .why-everyone = Nikt nie musi odpowiadać na pytania. Niech rozmawia osoba kontaktowa. Pozostali mogą milczeć.

quiz-house-of-worship--office =
    .question = Jest Pan/Pani osobą kontaktową. Agenci chcą wejść do biura duchownego. Nie pokazują nakazu.
    .answer-let-in = Wpuścić ich, żeby nie zaogniać sytuacji.
    .why-let-in = Wpuszczenie ich oznacza zgodę. Proszę powiedzieć: „Nie wyrażam zgody na wejście do stref prywatnych.”
    .answer-stand = Stanąć przed drzwiami, żeby nie mogli przejść.
    .why-stand = Proszę nigdy nie zastępować agentowi drogi własnym ciałem. Proszę powiedzieć, że nie wyraża Pan/Pani zgody, a potem zadzwonić do adwokata.
    .answer-no-consent = Powiedzieć: „Nie wyrażam zgody na wejście do stref prywatnych.” Potem zadzwonić do adwokata.
    .why-no-consent = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda. Jeśli mimo to wejdą, proszę nie zastępować im drogi.

quiz-house-of-worship--parking-lot =
    .question = Wychodzi Pan/Pani z nabożeństwa. Na parkingu agent pyta o miejsce urodzenia.
    .answer-silent = Powiedzieć „Korzystam z prawa do zachowania milczenia”, a potem zapytać: „Czy mogę odejść?”
    .why-silent = Ma Pan/Pani prawo milczeć bez względu na status. Jeśli może Pan/Pani odejść, proszę spokojnie odejść.
    .answer-citizen = Powiedzieć, że ma się obywatelstwo USA, choć to nieprawda.
    .why-citizen = Proszę nigdy nie twierdzić, że ma Pan/Pani obywatelstwo, jeśli to nieprawda. Okłamanie agenta federalnego jest przestępstwem. Milczenie nie jest.
    .answer-run = Uciec z powrotem do budynku.
    .why-run = Proszę nigdy nie uciekać. Proszę zachować spokój, milczeć i zapytać, czy może Pan/Pani odejść.
