## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Polski
language-voice = pl

ui-picker-title = Wybierz język
ui-picker-body = Proszę nacisnąć numer albo dotknąć swojego języka.
ui-second-title = Pokaż obok drugi język
ui-second-body = Proszę nacisnąć numer albo dotknąć języka. Ponowny wybór tego samego języka zostawia tylko jeden.
ui-home-title = Co się dzieje?
ui-notice = To nie jest porada prawna. Ostatnia aktualizacja: { $date }.

# Shown after the content's review date has passed.
ui-out-of-date = Te informacje mogą być nieaktualne: miały zostać ponownie sprawdzone { $date }. Aby to sprawdzić, proszę zadzwonić do { $name } pod numer { $number }.
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = Przetłumaczono starannie, ale tłumaczenia nie sprawdził jeszcze adwokat znający ten język ({ $language }). Wersją wzorcową jest tekst angielski.
ui-unreviewed-key = Proszę nacisnąć b, aby zobaczyć obok tekst angielski.
ui-home = Start
ui-back = Wstecz
ui-next = Dalej
ui-start-over = Wróć na początek
ui-yes = Tak
ui-no = Nie
ui-not-sure = Nie wiem
ui-progress = Pytanie { $current } z { $total }
ui-your-answers = Pana/Pani odpowiedzi
ui-remember = Do zapamiętania
ui-who-to-call = Gdzie dzwonić
ui-verify = proszę najpierw sprawdzić ten numer
ui-in-english = Po angielsku
ui-sources-title = Źródła tego kroku

# When a source was read at its web address.
ui-source-read = dostęp: { $date }
ui-close = Proszę nacisnąć dowolny klawisz, aby zamknąć.
ui-more = więcej
ui-too-small = Proszę powiększyć to okno. Potrzeba { $width } × { $height } znaków.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = Karta
ui-listen = Posłuchaj
ui-contacts = Infolinie
ui-language = Język
ui-contacts-title = Infolinie: gdzie dzwonić
ui-contacts-body = Proszę wybrać jedną, aby pokazać kod do zeskanowania telefonem.
ui-qr-call = Proszę zeskanować ten kod aparatem telefonu, aby zadzwonić pod { $number }.
ui-qr-open = Proszę zeskanować ten kod aparatem telefonu, aby otworzyć { $address }.
ui-still-there = Czy ktoś tu jest?
ui-kiosk-out-of-order = Przewodnik nie może się teraz uruchomić. Proszę powiedzieć o tym komuś z obsługi.
ui-still-there-body = Proszę dotknąć ekranu lub nacisnąć dowolny klawisz, aby kontynuować. Powrót na początek za { $seconds } s.
ui-keep-going = Kontynuuj
ui-speaking = Trwa czytanie na głos. Proszę nacisnąć dowolny klawisz, aby zatrzymać.
ui-speaking-next = Trwa czytanie na głos. Proszę nacisnąć a, aby zmienić głos, lub inny klawisz, aby zatrzymać.
ui-card-say = Proszę nacisnąć a, aby usłyszeć każde zdanie na głos po angielsku.
ui-card-saying = Zdanie { $current } z { $total } czytane po angielsku. ← → inne zdanie · Enter jeszcze raz · Esc zamknij

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = krok { $current } z { $total }
ui-presenter-notes = Notatki dla prowadzącego
ui-quiz-start = Ćwiczenie: co zrobić w tej sytuacji?
ui-quiz-title = Pytanie ćwiczeniowe { $current } z { $total }
ui-quiz-right = Dobrze.
ui-quiz-not-quite = Nie do końca.
ui-quiz-best = Najlepsza odpowiedź:
ui-quiz-next = Następne pytanie
ui-quiz-finish = Zobacz wynik
ui-quiz-done = Ćwiczenie zakończone
ui-quiz-score = { $total ->
    [one] Najlepszą odpowiedź wybrano w { $score } z { $total } pytania.
   *[other] Najlepszą odpowiedź wybrano w { $score } z { $total } pytań.
}
ui-quiz-again = Powtórz ćwiczenie

## Printed handouts.

handout-card-intro = Proszę pokazać tę kartę funkcjonariuszowi. Proszę nosić ją przy sobie.
handout-cut = Proszę wyciąć wzdłuż linii przerywanej.
handout-print-tip = Przed drukowaniem: jeśli na podglądzie wydruku u góry lub u dołu strony widać adres tego pliku albo datę, proszę wyłączyć opcję „Nagłówki i stopki” w oknie drukowania (zwykle w sekcji „Więcej ustawień”). Ta uwaga nie zostanie wydrukowana.
ui-handout = Zapisz ulotkę do wydruku
ui-handout-saved = Ulotka została zapisana tutaj: { $path } Aby ją wydrukować, proszę otworzyć ją w przeglądarce internetowej.

key-move = ruch
key-open = wybór
key-choose = wybór
key-back = wstecz
key-home = start
key-sources = źródła
key-language = język
key-second = 2. język
key-help = pomoc
key-quit = wyjście
key-next-step = dalej
key-previous-step = wstecz
key-presenter = notatki
key-read-aloud = czytaj na głos

ui-help-title = Klawisze
ui-help-choose = 1–9: wybór odpowiedzi. Od 10 wzwyż proszę szybko wpisać obie cyfry (1, a potem 2 to 12).
ui-help-move = ↑ ↓ lub j k: przejście między odpowiedziami
ui-help-enter = Enter: otwarcie zaznaczonej odpowiedzi
ui-help-back = Esc lub Backspace: powrót o jeden krok
ui-help-home = h: powrót do ekranu startowego
ui-help-language = l: zmiana języka (bez utraty miejsca)
ui-help-second = b: pokazanie drugiego języka obok pierwszego lub ukrycie go
ui-help-workshop = → i ←: następny i poprzedni krok; p: notatki dla prowadzącego
ui-help-sources = s: źródła tego kroku
ui-help-card = c: karta do pokazania funkcjonariuszowi
ui-help-contacts = n: infolinie, pod które można dzwonić
ui-help-scroll = PgUp i PgDn: przewijanie długiego tekstu
ui-help-mouse = Odpowiedź można też wybrać myszą lub dotykiem.
ui-help-quit = q: wyjście
ui-help-read-aloud = a: odczytanie tego ekranu na głos; dowolny klawisz je zatrzymuje

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Do wyboru:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = „{ $text }”
cli-in-english = Po angielsku: „{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = prowadzi do { $target }
cli-opens-scenario = otwiera „{ $title }”
cli-next = Dalej: { $target }
cli-if-all-yes = Jeśli każda odpowiedź to „tak”: { $target }
cli-if-any-no = Jeśli któraś odpowiedź to „nie” lub „nie wiem”: { $target }
cli-sources = Źródła:
cli-check-ok = { $pack } { $version }: nie znaleziono problemów.
cli-check-failed = { $count ->
    [one] Znaleziono jeden problem.
    [few] Znaleziono { $count } problemy.
    [many] Znaleziono { $count } problemów.
   *[other] Liczba znalezionych problemów: { $count }.
}
cli-check-coverage = Stan tłumaczenia według języka:
cli-check-locale = { $locale }: { $percent }% ({ $present } z { $total } komunikatów)
cli-check-missing = Brakuje w { $locale } (zamiast tego pokazywane w { $reference }):
cli-check-extra = Są w { $locale }, ale nie w { $reference } (nigdy nie są pokazywane):
cli-check-same = W { $locale } takie same jak w { $reference } (przetłumaczyć albo dopisać do same_ok w manifeście):
cli-check-details = Lista komunikatów do przetłumaczenia: kyr check --lang { $locale }

# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] jeden nieaktualny
    [few] { $count } nieaktualne
    [many] { $count } nieaktualnych
   *[other] { $count } nieaktualnych
}
cli-check-stale = Nieaktualne w { $locale }: tekst angielski zmienił się po przetłumaczeniu. Każdy komunikat trzeba zaktualizować, a potem oznaczyć.
cli-check-was = przetłumaczono z:
cli-check-now = obecny tekst angielski:
cli-check-none = (brak)
cli-check-not-recorded = Nie zapisano, z jakiego tekstu angielskiego powstało to tłumaczenie.
cli-check-stale-mark = Po aktualizacji: kyr l10n mark { $locale } MESSAGE-ID… (lub --all)

## Command-line help (`kyr --help`).

cli-about = Przewodnik offline o Pana/Pani prawach, gdy przyjdą agenci imigracyjni. To nie jest porada prawna.
cli-help-lang = Język (na przykład es, ar, zh-Hans)
cli-help-second = Drugi język wyświetlany obok pierwszego, gdy w grupie mówi się różnymi językami
cli-help-workshop = Tryb warsztatów: pokazuj sytuację krok po kroku, z notatkami dla prowadzącego i pytaniami ćwiczeniowymi
cli-help-speak = Czytać na głos każdy nowy ekran raz, samodzielnie (dla kiosku ze słuchawkami; wymaga espeak-ng)
cli-help-content = Wczytaj pakiet treści z tego folderu zamiast wbudowanego
cli-help-list = Pokaż listę sytuacji: identyfikator i tytuł
cli-help-show = Wydrukuj całą sytuację jako zwykły tekst
cli-help-audio = Zapisz sytuację czytaną na głos jako plik dźwiękowy WAV (wymaga espeak-ng)
cli-help-audio-scenario = Sytuacja do przeczytania na głos (zob. `kyr list`)
cli-help-audio-output = Plik WAV do zapisania
cli-help-scenario = Sytuacja do wydrukowania (zob. `kyr list`)
cli-help-check = Sprawdź pakiet treści i pokaż, na ile przetłumaczony jest każdy język
cli-help-handout = Przygotuj ulotkę do druku: najważniejsze punkty, kartę do wycięcia, infolinie i źródła
cli-help-handout-scenarios = Sytuacje do uwzględnienia (wszystkie, jeśli nie podano żadnej)
cli-help-handout-format = html, md lub txt
cli-help-output = Zapisz w tym pliku zamiast wyświetlać na ekranie
cli-help-card = Wydrukuj kartę do pokazania funkcjonariuszowi: po angielsku i w wybranym języku
cli-help-contacts = Wydrukuj infolinie, pogrupowane według potrzeb
cli-help-kiosk = Tryb kiosku: odwiedzający nie mogą go opuścić, po bezczynności wraca na początek, niczego nie zapisuje
cli-help-idle = Liczba sekund bez reakcji, po której kiosk pyta „Czy ktoś tu jest?” i wraca na początek
cli-help-operator-exit = Klawisze zamykające kiosk, naciskane jeden po drugim
cli-help-strict = Zakończ błędem, jeśli któremuś językowi brakuje komunikatów lub któryś komunikat jest nieaktualny
cli-help-l10n = Narzędzia dla tłumaczy
cli-help-l10n-mark = Oznacz tłumaczenia jako zgodne z aktualnym tekstem angielskim
cli-help-l10n-lang = Język, którego tłumaczenia sprawdzono
cli-help-l10n-ids = Komunikaty do oznaczenia (zob. kyr check --lang CODE)
cli-help-l10n-all = Oznacz wszystkie nieaktualne komunikaty danego języka
cli-help-l10n-unchanged = Oznacz też komunikaty, których tłumaczenia nie zmieniano (zmiana w tekście angielskim nie wymaga nowego tłumaczenia)
cli-l10n-marked = { $locale }: { $count ->
    [one] oznaczono jeden komunikat jako aktualny.
    [few] oznaczono { $count } komunikaty jako aktualne.
    [many] oznaczono { $count } komunikatów jako aktualne.
   *[other] oznaczono { $count } komunikatów jako aktualne.
}
cli-l10n-current = { $locale }: komunikat { $id } jest już aktualny.
cli-help-bidi = Kto układa tekst pisany od prawej do lewej: app (kyr) lub terminal (robi to terminal)
cli-help-shaping = Kto ustawia bengalskie znaki samogłosek tam, gdzie się je widzi: app (kyr, dla terminali rysujących litera po literze) lub terminal (terminal sam kształtuje tekst)
cli-help-theme = Kolory dopasowane do tła terminala: auto (zapytaj terminal), light (jasne tło) lub dark (ciemne tło)
cli-help-help = Pokaż tę pomoc
cli-help-version = Pokaż wersję
cli-version-pack = pakiet treści { $id } { $version }, ostatnia aktualizacja { $date }
cli-help-usage = Użycie: { $usage }
cli-heading-commands = Polecenia:
cli-heading-arguments = Argumenty:
cli-heading-options = Opcje:
cli-help-default = { $help } (domyślnie: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = Tryb dla czytników ekranu: przewodnik jako zwykłe wiersze tekstu, na które odpowiada się, wpisując numer i Enter (włącza się też, gdy TERM to dumb albo nie jest ustawiony)
reader-prompt = Proszę wpisać numer i nacisnąć Enter (? – pomoc):
reader-prompt-back = Proszę wpisać b i nacisnąć Enter, aby wrócić (? – pomoc):
reader-not-a-choice = Proszę wpisać numer od 1 do { $count } i nacisnąć Enter. Pomoc: ?
reader-help-title = Proszę wpisać numer albo literę, a potem nacisnąć Enter.
reader-help-number = Numer: wybór opcji o tym numerze.
reader-help-again = Sam Enter: powtórzenie tego ekranu.
reader-help-back = b: powrót o jeden krok
reader-notes-full-screen = Zablokowaną notatkę można otworzyć tylko w przewodniku na pełnym ekranie (kyr bez --screen-reader), który pyta o hasło.
reader-note-answer = Proszę wpisać odpowiedź i nacisnąć Enter (sam Enter zostawia to, co jest):
