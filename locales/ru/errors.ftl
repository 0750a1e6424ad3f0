## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = Языка «{ $code }» нет. Доступные языки: { $list }
err-unknown-scenario = Ситуации «{ $id }» нет. Доступные ситуации: { $list }
err-pack-invalid = Этот пакет содержимого нельзя использовать:
err-terminal = Не удалось использовать терминал: { $reason }
err-fluent-depth = { $file }:{ $line }: здесь подстановки (placeables) вложены глубже допустимого (уровней: не больше { $max }); kyr не читает этот файл.
err-fluent-format = { $file }:{ $line }: не удается показать сообщение «{ $message }»: { $reason }
err-read = { $file }: не удается прочитать файл: { $reason }
err-not-regular = { $file }: это не обычный файл (а канал, устройство или сокет), поэтому он не читается.
err-outside-pack = { $file }: этот путь ведет за пределы папки пакета (в { $target }), поэтому он не читается.
err-too-large = { $file }: { $size } байт — больше, чем допускается для файла пакета ({ $max }).
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: синтаксическая ошибка Fluent: { $reason }
err-missing-file = { $file }: этого файла нет.
err-bad-id = { $file }:{ $line }: «{ $id }» — недопустимый id. Пишите слова строчными латинскими буквами через дефис.
err-duplicate-id = { $file }:{ $line }: «{ $id }» используется дважды.
err-scenario-id = { $file }:{ $line }: id «{ $id }» не совпадает с именем файла.
err-unknown-step = { $file }:{ $line }: «{ $target }» — не шаг этого сценария.
err-unknown-scenario-link = { $file }:{ $line }: «{ $target }» — не сценарий этого пакета.
err-unknown-kind = { $file }:{ $line }: «{ $kind }» — неизвестный тип шага. Используйте info, question, checklist, say или end.
err-missing-field = { $file }:{ $line }: шагу типа «{ $kind }» нужно поле «{ $field }».
err-one-target = { $file }:{ $line }: укажите либо «next», либо «scenario», но не оба сразу.
err-unreachable = { $file }:{ $line }: до шага «{ $step }» нельзя дойти от начала.
err-no-way-to-end = { $file }:{ $line }: от шага «{ $step }» нельзя дойти до конца.
err-no-sources = { $file }:{ $line }: шаг «{ $step }» не ссылается ни на один источник.
err-unknown-source = { $file }:{ $line }: источника «{ $id }» нет в sources.toml.
err-unknown-contact = { $file }:{ $line }: контакта «{ $id }» нет в contacts.toml.
err-missing-message = { $file }:{ $line }: сообщения «{ $message }» нет в { $locale }.
err-variables = { $file }:{ $line }: переменные в «{ $message }»: { $found }, а в { $reference }: { $expected }.
err-no-variables = нет
err-no-locale = { $file }:{ $line }: для языка «{ $locale }» нет папки в locales/.
err-default-locale = { $file }:{ $line }: языка по умолчанию «{ $locale }» нет в списке языков.
err-incomplete = В { $locale } переведено { $percent }% сообщений; для --strict нужно 100%.
err-stale = В { $locale } { $count ->
    [one] { $count } устаревшее сообщение
    [few] { $count } устаревших сообщения
    [many] { $count } устаревших сообщений
   *[other] { $count } устаревших сообщения
} (английский текст с тех пор изменился); см. kyr check --lang { $locale }.
err-l10n-unchanged = { $locale }: сообщение { $id } не редактировалось после изменения английского текста. Обновите его или добавьте --unchanged, если изменение не требует нового перевода.
err-l10n-unknown = { $locale }: сообщения { $id } нет одновременно в { $locale } и в основном языке.
err-l10n-reference = { $locale } — основной язык: с него переводят все остальные.
err-l10n-no-source = Встроенный пакет можно отмечать только в его исходной папке ({ $path }). Для другого пакета используйте --content DIR.
err-l10n-read = Не удалось прочитать { $file }: { $reason }
err-l10n-write = Не удалось записать { $file }: { $reason }
err-l10n-nothing = Укажите сообщения, которые нужно отметить, или используйте --all.
err-operator-exit = «{ $keys }» — не последовательность клавиш. Укажите клавиши через пробел, например: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: лучшего ответа «{ $id }» нет среди ответов.
err-output = Не удалось записать результат: { $reason }
err-handout-write = Не удалось записать { $file }: { $reason }
err-speech-missing = Для чтения вслух нужна программа espeak-ng, но она здесь не установлена. Попросите того, кто обслуживает этот компьютер, установить espeak-ng (в Debian или Ubuntu: sudo apt install espeak-ng).
err-speech-failed = Не удалось прочитать вслух: { $reason }
err-audio-failed = Не удалось записать { $file }: { $reason }
err-audio-encoder = Чтобы сохранить { $file } в формате Opus, установите opus-tools (opusenc) или ffmpeg либо сохраните файл .wav.
