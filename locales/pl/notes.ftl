## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = Notatki
ui-notes-title = Pana/Pani notatki
ui-help-notes = w: prywatne notatki o zdarzeniu
ui-notes-body = Notatki zostają na tym urządzeniu, w folderze, który tylko Pan/Pani może otworzyć. Nic nie jest nigdzie wysyłane.
ui-notes-new = Napisz nową notatkę
ui-notes-empty = Nie ma jeszcze żadnych notatek.
ui-notes-locked = Notatka zabezpieczona hasłem
ui-note-write = Proszę zapisać, co się stało
ui-note-title = Co się stało
ui-note-saved = Zapisano
ui-note-autosave = kyr zapisuje tekst na bieżąco, w trakcie pisania.
ui-note-unsaved = Jeszcze nie zapisano
ui-note-save-failed = Nie udało się zapisać ({ $reason }). Tekst nadal tu jest, a kyr próbuje dalej.
key-next-field = dalej
key-previous-field = wstecz
key-change-choice = wybór
key-lock = zabezpiecz
key-done = gotowe
key-copy = kopia
key-delete = usuń
ui-help-note-copy = Ctrl-E: zapis kopii dla adwokata w folderze domowym. Kopia nie jest zabezpieczona hasłem.
ui-note-lock = Zabezpiecz hasłem
ui-note-passphrase = Hasło
ui-note-passphrase-again = To samo hasło jeszcze raz
ui-note-passphrase-mismatch = Hasła nie są takie same. Proszę spróbować jeszcze raz.
ui-note-wrong-passphrase = To hasło nie otwiera tej notatki.
ui-note-lock-explain =
    Notatki w telefonie lub komputerze mogą zostać zabrane. Sąd może też zażądać ich wydania.
    Notatkę zabezpieczoną hasłem można przeczytać tylko z tym hasłem.
    Hasło nie ukrywa tego, że notatka istnieje.
    Nie pomoże, jeśli ktoś zmusi Pana/Panią do podania hasła.
    Jeśli zapomni Pan/Pani hasło, nikt nie otworzy tej notatki.
    Kopie zapisane przez Ctrl-E nie są zabezpieczone hasłem.
ui-note-lock-copy = Ta notatka ma taką kopię: { $path }. Po zabezpieczeniu notatki kyr zapyta, czy usunąć kopię.
ui-note-open = Otwórz
ui-note-export = Kopia dla adwokata
ui-note-exported = Kopię zapisano tutaj: { $path }
ui-note-copy-question = Kopia { $path } nie jest zabezpieczona hasłem: każdy, kto otworzy ten plik, może ją przeczytać. Usunąć kopię? Sama notatka zostanie.
ui-note-delete-copy = Usuń kopię
ui-note-keep-copy = Zostaw kopię
ui-note-copy-deleted = Usunięto kopię { $path }.
ui-note-delete = Usuń
ui-note-delete-confirm = Usunąć tę notatkę? Tego nie da się cofnąć.
ui-note-keep = Zostaw
ui-note-not-saved-leaving = Tekst nie jest zapisany: kyr nie mógł go zapisać. Jeśli Pan/Pani teraz wyjdzie, tekst przepadnie.
ui-note-keep-writing = Kontynuuj pisanie
ui-note-save-copy = Zapisz kopię w moim folderze domowym
ui-note-leave = Wyjdź bez zapisywania
ui-note-field-full = To pole jest pełne (limit znaków: { $count }). Tekstu ponad limit nie dodano.
ui-note-broken = Nie można odczytać pliku notatki: { $file }. Plik pozostawiono bez zmian.

## A note printed or exported for a lawyer.

note-export-title = Notatki o zdarzeniu
note-export-footer = Napisano w kyr. To nie jest porada prawna.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = Data i godzina
    .hint = Kiedy to się stało? Proszę zmienić, jeśli wcześniej.
note-field-place = Miejsce
    .hint = Adres, skrzyżowanie lub budynek.
note-field-agency = Agencja
    .hint = Kim byli? Proszę spojrzeć na kurtki, odznaki i samochody.
note-field-agents = Liczba agentów
    .hint = Liczba dokładna lub przybliżona.
note-field-names = Nazwiska i numery odznak
    .hint = Wszystkie nazwiska i numery, które było widać lub słychać.
note-field-uniforms = Mundury lub maski
    .hint = W co byli ubrani? Czy mieli zakryte twarze?
note-field-vehicles = Pojazdy i tablice rejestracyjne
    .hint = Kolor, marka i numery rejestracyjne.
note-field-papers = Pokazane dokumenty
    .hint = Czy pokazali nakaz?
note-field-said = Co mówiono
    .hint = Ich słowa i Pana/Pani słowa, możliwie dokładnie.
note-field-force = Użycie siły lub szkody
    .hint = Czy ktoś został ranny? Czy coś zniszczono lub zabrano?
note-field-taken = Dokąd kogoś zabrano
    .hint = Kogo zabrano i dokąd, jeśli wiadomo.
note-field-witnesses = Świadkowie
    .hint = Proszę zapytać ludzi, zanim zapisze Pan/Pani ich imię lub numer.
note-field-media = Zdjęcia i nagrania
    .hint = Gdzie są przechowywane. Proszę trzymać kopię w bezpiecznym miejscu.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = Inna agencja
note-choice-unknown = Nie wiem
note-choice-judicial = Nakaz podpisany przez sędziego
note-choice-ice-form = Formularz ICE (I-200 lub I-205)
note-choice-none = Nic nie pokazali
note-choice-not-sure = Nie mam pewności

## `kyr notes` on the command line.

cli-help-notes = Prywatne notatki: lista, eksport, usuwanie, usuwanie wszystkich
cli-help-notes-list = Pokaż listę notatek
cli-help-notes-export = Wydrukuj notatkę dla adwokata, z etykietami w wybranym języku i po angielsku
cli-help-notes-delete = Usuń jedną notatkę
cli-help-notes-wipe = Usuń wszystkie notatki (najpierw trzeba wpisać słowo)
cli-help-note-id = Identyfikator notatki (zob. `kyr notes list`)
cli-help-format = md lub txt
cli-help-data-dir = Folder na notatki (domyślnie: $XDG_DATA_HOME/kyr)
cli-notes-none = Nie ma żadnych notatek.
cli-notes-locked = zabezpieczona hasłem
cli-passphrase = Hasło:
cli-wipe-confirm = To usunie wszystkie notatki w { $dir }. Aby kontynuować, proszę wpisać { $word }:
# The word to type, in capitals if your script has them.
cli-wipe-word = KASUJ
cli-wipe-done = { $count ->
    [one] Usunięto jedną notatkę.
    [few] Usunięto { $count } notatki.
    [many] Usunięto { $count } notatek.
   *[other] Liczba usuniętych notatek: { $count }.
}
cli-wipe-cancelled = Nic nie zostało usunięte.
cli-deleted = Usunięto notatkę { $id }.

## Errors about notes.

err-note-busy = Notatka „{ $id }” jest otwarta w innym uruchomionym kyr. Proszę najpierw zamknąć ją tam, aby jedna wersja nie nadpisała drugiej.
err-note-missing = Nie ma notatki „{ $id }”.
err-note-passphrase = To hasło nie otwiera notatki „{ $id }”.
err-note-write = Nie udało się zapisać w { $dir }: { $reason }
err-note-folder-open = Notatki nie są zapisywane w { $dir }: inne osoby mogą zapisywać w tym folderze. Proszę ograniczyć dostęp do niego tylko do siebie (chmod 700) albo wybrać inny folder przez --data-dir.
err-note-folder-read-only = Notatki nie są zapisywane w { $dir }: folder jest tylko do odczytu. Tekst pozostaje na ekranie.
err-note-folder-link = Folder na notatki { $dir } jest dowiązaniem do { $target }. kyr nie zapisuje przez dowiązania: jeśli notatki mają być właśnie tam, proszę użyć --data-dir { $target }.
err-note-leftover = { $file }: częściowo zapisany tekst notatki { $id }, pozostawiony po awarii. Proszę otworzyć notatkę, aby zobaczyć, co zostało zapisane; kyr notes delete { $id } usuwa i notatkę, i ten plik.
err-note-corrupt = { $file }: ta notatka jest uszkodzona ({ $reason }). Plik pozostawiono bez zmian.
err-note-copy-delete = Nie udało się usunąć { $file }: { $reason }
err-note-too-large = { $file }: ten plik jest za duży, aby mógł być notatką. Plik pozostawiono bez zmian.
err-note-no-folder = Brak folderu na notatki. Proszę ustawić XDG_DATA_HOME lub HOME albo użyć --data-dir.
err-notes-kiosk = W trybie kiosku notatki nie są zapisywane.
