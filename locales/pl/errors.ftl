## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = Nie ma języka „{ $code }”. Dostępne: { $list }
err-unknown-scenario = Nie ma sytuacji „{ $id }”. Dostępne: { $list }
err-pack-invalid = Nie można użyć pakietu treści:
err-terminal = Nie można użyć terminala: { $reason }
err-fluent-depth = { $file }:{ $line }: wstawki (placeables) są tu zagnieżdżone zbyt głęboko (dozwolona liczba poziomów: { $max }); kyr nie odczytuje tego pliku.
err-fluent-format = { $file }:{ $line }: nie można wyświetlić komunikatu „{ $message }”: { $reason }
err-read = { $file }: nie można odczytać pliku: { $reason }
err-not-regular = { $file }: to nie jest zwykły plik (tylko potok, urządzenie lub gniazdo), więc nie zostanie odczytany.
err-outside-pack = { $file }: ta ścieżka prowadzi poza folder pakietu (do { $target }), więc plik nie zostanie odczytany.
err-too-large = { $file }: { $size } bajtów, czyli więcej, niż może mieć plik pakietu ({ $max }).
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: błąd składni Fluent: { $reason }
err-missing-file = { $file }: brak tego pliku.
err-bad-id = { $file }:{ $line }: „{ $id }” nie jest poprawnym identyfikatorem. Proszę użyć małych liter i słów połączonych łącznikami.
err-duplicate-id = { $file }:{ $line }: „{ $id }” występuje dwa razy.
err-scenario-id = { $file }:{ $line }: identyfikator „{ $id }” nie pasuje do nazwy pliku.
err-unknown-step = { $file }:{ $line }: „{ $target }” nie jest krokiem tej sytuacji.
err-unknown-scenario-link = { $file }:{ $line }: „{ $target }” nie jest sytuacją z tego pakietu.
err-unknown-kind = { $file }:{ $line }: „{ $kind }” nie jest rodzajem kroku. Dozwolone: info, question, checklist, say lub end.
err-missing-field = { $file }:{ $line }: krok typu „{ $kind }” wymaga pola „{ $field }”.
err-one-target = { $file }:{ $line }: proszę podać „next” albo „scenario”, nie oba naraz.
err-unreachable = { $file }:{ $line }: do kroku „{ $step }” nie da się dojść od początku.
err-no-way-to-end = { $file }:{ $line }: z kroku „{ $step }” nie da się dojść do końca.
err-no-sources = { $file }:{ $line }: krok „{ $step }” nie podaje żadnego źródła.
err-unknown-source = { $file }:{ $line }: w sources.toml nie ma źródła „{ $id }”.
err-unknown-contact = { $file }:{ $line }: w contacts.toml nie ma kontaktu „{ $id }”.
err-missing-message = { $file }:{ $line }: brak komunikatu „{ $message }” w { $locale }.
err-variables = { $file }:{ $line }: „{ $message }” ma zmienne: { $found }, a w { $reference }: { $expected }.
err-no-variables = brak
err-no-locale = { $file }:{ $line }: język „{ $locale }” nie ma folderu w locales/.
err-default-locale = { $file }:{ $line }: domyślnego języka „{ $locale }” nie ma na liście języków.
err-incomplete = { $locale } ma { $percent }% komunikatów; --strict wymaga 100%.

err-stale = { $locale } ma { $count ->
    [one] jeden nieaktualny komunikat
    [few] { $count } nieaktualne komunikaty
    [many] { $count } nieaktualnych komunikatów
   *[other] { $count } nieaktualnych komunikatów
} (tekst angielski się zmienił); zob. kyr check --lang { $locale }.
err-l10n-unchanged = { $locale }: komunikatu { $id } nie zmieniono od zmiany tekstu angielskiego. Proszę go zaktualizować albo dodać --unchanged, jeśli zmiana nie wymaga nowego tłumaczenia.
err-l10n-unknown = { $locale }: komunikatu { $id } nie ma jednocześnie w { $locale } i w języku wzorcowym.
err-l10n-reference = { $locale } to język wzorcowy: z niego tłumaczy się pozostałe języki.
err-l10n-no-source = Wbudowany pakiet można oznaczać tylko w jego folderze źródłowym ({ $path }). Dla innego pakietu proszę użyć --content DIR.
err-l10n-read = Nie można odczytać pliku { $file }: { $reason }
err-l10n-write = Nie można zapisać pliku { $file }: { $reason }
err-l10n-nothing = Proszę podać komunikaty do oznaczenia albo użyć --all.
err-operator-exit = „{ $keys }” nie jest sekwencją klawiszy. Proszę podać klawisze oddzielone spacjami, na przykład: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: najlepszej odpowiedzi „{ $id }” nie ma wśród odpowiedzi.
err-output = Nie można zapisać danych wyjściowych: { $reason }
err-handout-write = Nie można zapisać pliku { $file }: { $reason }
err-speech-missing = Do czytania na głos potrzebny jest program espeak-ng, który nie jest tu zainstalowany. Proszę poprosić osobę, która zajmuje się tym komputerem, o zainstalowanie espeak-ng (w Debianie lub Ubuntu: sudo apt install espeak-ng).
err-speech-failed = Nie można czytać na głos: { $reason }
err-audio-failed = Nie można zapisać pliku { $file }: { $reason }
err-audio-encoder = Aby zapisać { $file } w formacie Opus, proszę zainstalować opus-tools (opusenc) lub ffmpeg albo zapisać plik .wav.
