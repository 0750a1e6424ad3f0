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
    .title = Plan, zanim ktoś przyjdzie
    .body =
        Proszę ustalić, które miejsca są prywatne, na przykład biura i zaplecze.
        Można je oznaczyć tabliczkami.
        Żeby do nich wejść, agenci potrzebują nakazu sędziego albo zgody.
        Proszę wyznaczyć osobę kontaktową, która wyjdzie do agentów.
        Ta osoba prosi o nakaz i dzwoni do adwokata wspólnoty.

house-of-worship--guidance =
    .title = Wytyczne i rozmowa z adwokatem
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
        Proszę zachować spokój. Nie uciekać.
        Proszę nie stawiać oporu i nie zastępować im drogi, nawet jeśli Pana/Pani zdaniem nie mają racji.
        Można to później zakwestionować z pomocą adwokata.
        Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda.
    .choice-point-person = Jestem osobą kontaktową
    .choice-asked = Agenci zadają mi pytania
    .choice-warrant = Pokazują nakaz

house-of-worship--say-point =
    .title = Osoba kontaktowa mówi tak
    .body =
        Proszę spokojnie wyjść do agentów i poprosić o pokazanie nakazu.
        Bez zgody tylko nakaz podpisany przez sędziego pozwala im wejść do stref prywatnych.
        Potem proszę zadzwonić do adwokata.
    .line-no-entry = Nie wyrażam zgody na wejście do stref prywatnych.
    .line-show-warrant = Proszę pokazać mi nakaz.
    .line-lawyer = Chcę porozmawiać z adwokatem.

house-of-worship--say-member =
    .title = Jeśli agenci zadają pytania
    .body =
        Można milczeć, bez względu na status imigracyjny.
        Proszę nie kłamać. Nigdy nie pokazywać fałszywych dokumentów.
        Osoby, które ukończyły 18 lat i mają dokumenty imigracyjne, pokazują je, gdy agent o nie poprosi.
        Jeśli można odejść, proszę spokojnie odejść.
    .line-free-to-go = Czy mogę odejść?
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-no-search = Nie wyrażam zgody na przeszukanie.
    .line-lawyer = Chcę porozmawiać z adwokatem.

house-of-worship--end =
    .title = Co warto zapamiętać
    .point-not-off-limits = Miejsce kultu nie jest wyłączone spod działań ICE.
    .point-private = Do stref prywatnych potrzebny jest nakaz sędziego albo zgoda.
    .point-point-person = Wyznaczyć osobę kontaktową, która wyjdzie do agentów i zadzwoni do adwokata.
    .point-silent = Każdy może milczeć. Nigdy nie kłamać.
    .point-lawyer = Omówić plan z adwokatem.
