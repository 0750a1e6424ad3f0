## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Русский
language-voice = ru

ui-picker-title = Выберите язык
ui-picker-body = Нажмите цифру или коснитесь названия языка.
ui-second-title = Показать рядом второй язык
ui-second-body = Нажмите цифру или коснитесь названия языка. Выберите тот же язык ещё раз, чтобы оставить только один.
ui-home-title = Что происходит?
ui-notice = Это не юридическая консультация. Последняя проверка: { $date }.

# Shown after the content's review date has passed.
ui-out-of-date = Эти сведения могут быть устаревшими: их нужно было заново проверить { $date }. Чтобы уточнить, позвоните в { $name } по номеру { $number }.
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = Перевод сделан тщательно, но его еще не проверил адвокат, владеющий этим языком ({ $language }). Основным считается английский текст.
ui-unreviewed-key = Нажмите b, чтобы увидеть рядом английский текст.
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

# When a source was read at its web address.
ui-source-read = дата обращения: { $date }
ui-close = Нажмите любую клавишу, чтобы закрыть.
ui-more = еще
ui-too-small = Пожалуйста, увеличьте окно. Нужен размер не меньше { $width } × { $height } (столбцы × строки).

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = Карточка
ui-listen = Слушать
ui-contacts = Горячие линии
ui-language = Язык
ui-contacts-title = Горячие линии: куда звонить
ui-contacts-body = Выберите линию, чтобы показать код для сканирования телефоном.
ui-qr-call = Отсканируйте этот код камерой телефона, чтобы позвонить по номеру { $number }.
ui-qr-open = Отсканируйте этот код камерой телефона, чтобы открыть { $address }.
ui-still-there = Вы еще здесь?
ui-kiosk-out-of-order = Справочник сейчас не может запуститься. Пожалуйста, скажите об этом сотруднику.
ui-still-there-body = Коснитесь экрана или нажмите любую клавишу, чтобы продолжить. Через { $seconds ->
    [one] { $seconds } секунду
    [few] { $seconds } секунды
    [many] { $seconds } секунд
   *[other] { $seconds } секунды
} все начнется сначала.
ui-keep-going = Продолжить
ui-speaking = Идет чтение вслух. Нажмите любую клавишу, чтобы остановить.
ui-speaking-next = Идет чтение вслух. Нажмите a, чтобы выбрать другой голос, или любую другую клавишу, чтобы остановить.
ui-card-say = Нажмите a, чтобы услышать каждую фразу вслух по-английски.
ui-card-saying = Звучит фраза { $current } из { $total } по-английски. ← → другая фраза · Enter повторить · Esc закрыть

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = шаг { $current } из { $total }
ui-presenter-notes = Заметки для ведущего
ui-quiz-start = Тренировка: как бы вы поступили?
ui-quiz-title = Тренировочный вопрос { $current } из { $total }
ui-quiz-right = Верно.
ui-quiz-not-quite = Не совсем.
ui-quiz-best = Лучший ответ:
ui-quiz-next = Следующий вопрос
ui-quiz-finish = Посмотреть результат
ui-quiz-done = Тренировка окончена
ui-quiz-score = { $score ->
    [one] Вы выбрали лучший ответ { $score } раз из { $total }.
    [few] Вы выбрали лучший ответ { $score } раза из { $total }.
    [many] Вы выбрали лучший ответ { $score } раз из { $total }.
   *[other] Вы выбрали лучший ответ { $score } раза из { $total }.
}
ui-quiz-again = Пройти тренировку еще раз

## Printed handouts.

handout-card-intro = Покажите эту карточку сотруднику. Носите ее с собой.
handout-cut = Отрежьте по пунктирной линии.
handout-print-tip = Перед печатью: если при предварительном просмотре вверху или внизу страницы видны адрес этого файла или дата, отключите «Верхние и нижние колонтитулы» в окне печати (обычно это в разделе «Дополнительные настройки»). Эта заметка на печать не выводится.
ui-handout = Сохранить памятку для печати
ui-handout-saved = Памятка сохранена здесь: { $path } Откройте её в браузере, чтобы распечатать.

key-move = выбор
key-open = открыть
key-choose = выбор
key-back = назад
key-home = главная
key-sources = источники
key-language = язык
key-second = 2-й язык
key-help = помощь
key-quit = выход
key-next-step = далее
key-previous-step = назад
key-presenter = заметки
key-read-aloud = читать вслух

ui-help-title = Клавиши
ui-help-choose = 1–9: выбрать вариант. Для 10 и больше наберите обе цифры подряд (1, затем 2 — это 12).
ui-help-move = ↑ ↓ или j k: перейти к другому варианту
ui-help-enter = Enter: открыть выбранный вариант
ui-help-back = Esc или Backspace: на шаг назад
ui-help-home = h: на главный экран
ui-help-language = l: сменить язык (вы останетесь на том же месте)
ui-help-second = b: показать второй язык рядом с первым или скрыть его
ui-help-workshop = → и ←: следующий и предыдущий шаг; p: заметки для ведущего
ui-help-sources = s: источники для этого шага
ui-help-card = c: карточка, которую можно показать сотруднику
ui-help-contacts = n: горячие линии, куда можно позвонить
ui-help-scroll = PgUp и PgDn: прокрутить длинный текст
ui-help-mouse = Можно также нажать мышью или пальцем на любой вариант.
ui-help-quit = q: выйти
ui-help-read-aloud = a: прочитать этот экран вслух; любая клавиша останавливает чтение

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Варианты:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = «{ $text }»
cli-in-english = По-английски: «{ $text }»
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = ведет к шагу { $target }
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

# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] { $count } устаревшее
    [few] { $count } устаревших
    [many] { $count } устаревших
   *[other] { $count } устаревших
}
cli-check-stale = Устарели в { $locale }: английский текст изменился после перевода. Обновите каждое сообщение, затем отметьте его.
cli-check-was = переведено с текста:
cli-check-now = английский текст сейчас:
cli-check-none = (нет)
cli-check-not-recorded = Не записано, с какого английского текста сделан этот перевод.
cli-check-stale-mark = После обновления: kyr l10n mark { $locale } MESSAGE-ID… (или --all)

## Command-line help (`kyr --help`).

cli-about = Офлайн-справочник о ваших правах, если пришли сотрудники иммиграционной службы. Это не юридическая консультация.
cli-help-lang = Язык (например, es, ar, zh-Hans)
cli-help-second = Второй язык рядом с первым — если в зале говорят на разных языках
cli-help-workshop = Режим семинара: ситуация шаг за шагом, с заметками для ведущего и тренировочными вопросами
cli-help-speak = Зачитывать вслух каждый новый экран один раз, без нажатия клавиш (для киоска с наушниками; нужен espeak-ng)
cli-help-content = Загрузить пакет содержимого из этой папки вместо встроенного
cli-help-list = Список ситуаций: id и название
cli-help-show = Вывести всю ситуацию простым текстом
cli-help-audio = Сохранить ситуацию, прочитанную вслух, в звуковой файл WAV (нужна программа espeak-ng)
cli-help-audio-scenario = Какую ситуацию прочитать вслух (см. `kyr list`)
cli-help-audio-output = WAV-файл, в который записать звук
cli-help-scenario = Какую ситуацию вывести (см. `kyr list`)
cli-help-check = Проверить пакет содержимого и показать полноту перевода на каждый язык
cli-help-handout = Сделать памятку для печати: главное, карточка, которую можно вырезать, горячие линии и источники
cli-help-handout-scenarios = Какие ситуации включить (если ничего не указано, то все)
cli-help-handout-format = html, md или txt
cli-help-output = Записать в этот файл, а не выводить на экран
cli-help-card = Вывести карточку для сотрудника: по-английски и на выбранном языке
cli-help-contacts = Вывести горячие линии, сгруппированные по видам помощи
cli-help-kiosk = Режим киоска: посетители не могут из него выйти, при бездействии он начинает сначала, ничего не записывает
cli-help-idle = Сколько секунд без действий ждать, прежде чем киоск спросит «Вы еще здесь?» и начнет сначала
cli-help-operator-exit = Клавиши, которые закрывают киоск, если нажать их одну за другой
cli-help-strict = Завершиться с ошибкой, если хоть в одном языке не хватает сообщений или есть устаревшие
cli-help-l10n = Инструменты для переводчиков
cli-help-l10n-mark = Отметить переводы как соответствующие текущему английскому тексту
cli-help-l10n-lang = Язык, переводы на который проверены
cli-help-l10n-ids = Какие сообщения отметить (см. kyr check --lang CODE)
cli-help-l10n-all = Отметить все устаревшие сообщения этого языка
cli-help-l10n-unchanged = Отметить и сообщения, перевод которых не менялся (изменение английского текста не требует нового перевода)
cli-l10n-marked = { $locale }: { $count ->
    [one] { $count } сообщение отмечено как актуальное.
    [few] { $count } сообщения отмечены как актуальные.
    [many] { $count } сообщений отмечены как актуальные.
   *[other] { $count } сообщения отмечены как актуальные.
}
cli-l10n-current = { $locale }: сообщение { $id } уже актуально.
cli-help-bidi = Кто выстраивает текст справа налево: app (kyr) или terminal (сам терминал)
cli-help-shaping = Кто ставит бенгальские знаки гласных туда, где их видят: app (kyr, для терминалов, которые рисуют букву за буквой) или terminal (терминал сам формирует текст)
cli-help-theme = Цвета под фон терминала: auto (спросить у терминала), light (светлый фон) или dark (тёмный фон)
cli-help-help = Показать эту справку
cli-help-version = Показать версию
cli-version-pack = пакет содержания { $id } { $version }, последняя проверка { $date }
cli-help-usage = Использование: { $usage }
cli-heading-commands = Команды:
cli-heading-arguments = Аргументы:
cli-heading-options = Параметры:
cli-help-default = { $help } (по умолчанию: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = Режим для программ чтения с экрана: справочник простыми строками текста, ответ — номер и Enter (включается и тогда, когда TERM равен dumb или не задан)
reader-prompt = Введите номер и нажмите Enter (? — справка):
reader-prompt-back = Введите b и нажмите Enter, чтобы вернуться (? — справка):
reader-not-a-choice = Введите номер от 1 до { $count } и нажмите Enter. Справка — ?
reader-help-title = Введите номер или букву, затем нажмите Enter.
reader-help-number = Номер: выбрать вариант с этим номером.
reader-help-again = Только Enter: повторить этот экран.
reader-help-back = b: на шаг назад
reader-notes-full-screen = Заблокированная заметка открывается только в полноэкранном режиме (kyr без --screen-reader), где спрашивают её пароль.
reader-note-answer = Введите ответ и нажмите Enter (просто Enter оставит как есть):
