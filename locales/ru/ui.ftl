## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Русский

ui-picker-title = Выберите язык
ui-picker-body = Нажмите цифру или коснитесь названия языка.
ui-home-title = Что происходит?
ui-notice = Это не юридическая консультация. Последняя проверка: { $date }.
ui-home = Главная
ui-back = Назад
ui-next = Далее
ui-start-over = Вернуться в начало
ui-yes = Да
ui-no = Нет
ui-not-sure = Не знаю
ui-progress = Вопрос { $current } из { $total }
ui-your-answers = Ваши ответы
ui-remember = Запомните
ui-who-to-call = Куда звонить
ui-verify = сначала проверьте этот номер
ui-in-english = По-английски
ui-sources-title = Источники для этого шага
ui-close = Нажмите любую клавишу, чтобы закрыть.
ui-more = еще
ui-too-small = Пожалуйста, увеличьте окно. Нужен размер не меньше { $width } × { $height } (столбцы × строки).

ui-footer-picker = ↑↓ выбор · Enter открыть · q выход
ui-footer-home = 1–9 выбор · l язык · ? помощь · q выход
ui-footer-step = Esc назад · h главная · s источники · l язык · ? помощь · q выход

ui-help-title = Клавиши
ui-help-choose = 1–9: выбрать вариант
ui-help-move = ↑ ↓ или j k: перейти к другому варианту
ui-help-enter = Enter: открыть выбранный вариант
ui-help-back = Esc или Backspace: на шаг назад
ui-help-home = h: на главный экран
ui-help-language = l: сменить язык (вы останетесь на том же месте)
ui-help-sources = s: источники для этого шага
ui-help-scroll = PgUp и PgDn: прокрутить длинный текст
ui-help-mouse = Можно также нажать мышью или пальцем на любой вариант.
ui-help-quit = q: выйти

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Варианты:
cli-leads-to = переход: { $target }
cli-opens-scenario = открывает «{ $title }»
cli-next = Далее: { $target }
cli-if-all-yes = Если все ответы «да»: { $target }
cli-if-any-no = Если хотя бы один ответ «нет» или «не знаю»: { $target }
cli-sources = Источники:
cli-check-ok = { $pack } { $version }: проблем не найдено.
cli-check-failed = { $count ->
    [one] Найдена { $count } проблема.
    [few] Найдено { $count } проблемы.
    [many] Найдено { $count } проблем.
   *[other] Найдено проблем: { $count }.
}
cli-check-coverage = Полнота перевода по языкам:
cli-check-locale = { $locale }: { $percent }% (сообщений: { $present } из { $total })
cli-check-missing = Нет в { $locale } (вместо них показан текст { $reference }):
cli-check-extra = Есть в { $locale }, но нет в { $reference } (никогда не показываются):
cli-check-same = В { $locale } совпадают с { $reference } (переведите или внесите в same_ok в манифесте):
cli-check-details = Список сообщений для перевода: kyr check --lang { $locale }

## Command-line help (`kyr --help`).

cli-about = Офлайн-справочник о ваших правах, если пришли сотрудники иммиграционной службы. Это не юридическая консультация.
cli-help-lang = Язык (например, es, ar, zh-Hans)
cli-help-content = Загрузить пакет содержимого из этой папки вместо встроенного
cli-help-list = Список ситуаций: id и название
cli-help-show = Вывести всю ситуацию простым текстом
cli-help-scenario = Какую ситуацию вывести (см. `kyr list`)
cli-help-check = Проверить пакет содержимого и показать полноту перевода на каждый язык
cli-help-strict = Завершиться с ошибкой, если хоть в одном языке не хватает сообщений
cli-help-bidi = Кто выстраивает текст справа налево: app (kyr) или terminal (сам терминал)
cli-help-help = Показать эту справку
cli-help-version = Показать версию
