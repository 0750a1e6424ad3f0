## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = Заметки
ui-notes-title = Ваши заметки
ui-help-notes = w: ваши личные заметки о случившемся
ui-notes-body = Заметки остаются на этом устройстве, в папке, доступной только вам. Ничего никуда не отправляется.
ui-notes-new = Написать новую заметку
ui-notes-empty = У вас пока нет заметок.
ui-notes-locked = Заметка под паролем
ui-note-write = Запишите, что произошло
ui-note-title = Что произошло
ui-note-saved = Сохранено
ui-note-autosave = kyr сохраняет текст по мере того, как вы пишете.
ui-note-unsaved = Еще не сохранено
ui-note-save-failed = Не удалось сохранить ({ $reason }). Ваш текст никуда не пропал, kyr пробует снова.
key-next-field = далее
key-previous-field = назад
key-change-choice = выбор
key-lock = закрыть паролем
key-done = готово
key-copy = копия
key-delete = удалить
ui-help-note-copy = Ctrl-E: сохранить копию для адвоката в вашей домашней папке. Копия не закрыта паролем.
ui-note-lock = Закрыть паролем
ui-note-passphrase = Пароль
ui-note-passphrase-again = Тот же пароль еще раз
ui-note-passphrase-mismatch = Пароли не совпадают. Попробуйте еще раз.
ui-note-wrong-passphrase = Этот пароль не подходит к этой заметке.
ui-note-lock-explain =
    Заметки на телефоне или компьютере могут забрать или потребовать по решению суда.
    Заметку под паролем можно прочитать только с этим паролем.
    Пароль не скрывает, что заметка существует.
    Он не поможет, если вас заставят назвать пароль.
    Если вы забудете пароль, никто не сможет открыть заметку.
    Копии, сохраненные через Ctrl-E, паролем не закрываются.
ui-note-lock-copy = У этой заметки есть такая копия: { $path }. Когда вы закроете заметку паролем, kyr спросит, удалить ли копию.
ui-note-open = Открыть
ui-note-export = Копия для адвоката
ui-note-exported = Копия сохранена здесь: { $path }
ui-note-copy-question = Копия { $path } не закрыта паролем: любой, кто откроет этот файл, сможет ее прочитать. Удалить копию? Сама заметка останется.
ui-note-delete-copy = Удалить копию
ui-note-keep-copy = Оставить копию
ui-note-copy-deleted = Копия { $path } удалена.
ui-note-delete = Удалить
ui-note-delete-confirm = Удалить эту заметку? Это нельзя отменить.
ui-note-keep = Оставить
ui-note-not-saved-leaving = Ваш текст не сохранен: kyr не смог его записать. Если вы выйдете сейчас, он пропадет.
ui-note-keep-writing = Продолжить писать
ui-note-save-copy = Сохранить копию в моей домашней папке
ui-note-leave = Выйти без сохранения
ui-note-field-full = Это поле заполнено: максимум символов — { $count }. Текст сверх этого не добавлен.
ui-note-broken = Не удается прочитать файл заметки: { $file }. Файл оставлен без изменений.

## A note printed or exported for a lawyer.

note-export-title = Заметки о встрече с сотрудниками
note-export-footer = Записано с помощью kyr. Это не юридическая консультация.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = Дата и время
    .hint = Когда это произошло? Исправьте, если это было раньше.
note-field-place = Место
    .hint = Адрес, перекресток или здание.
note-field-agency = Ведомство
    .hint = Кто это был? Посмотрите на куртки, жетоны и машины.
note-field-agents = Сколько сотрудников
    .hint = Число — точно или примерно.
note-field-names = Имена и номера жетонов
    .hint = Все имена и номера, которые вы видели или слышали.
note-field-uniforms = Форма или маски
    .hint = Во что они были одеты? Были ли закрыты лица?
note-field-vehicles = Машины и номерные знаки
    .hint = Цвет, марка и номерные знаки.
note-field-papers = Какие документы показали
    .hint = Показали ли они ордер?
note-field-said = Что говорили
    .hint = Их слова и ваши, как можно точнее.
note-field-force = Применение силы, ущерб
    .hint = Кто-то пострадал? Что-то сломали или забрали?
note-field-taken = Кого и куда увезли
    .hint = Кого увезли и куда, если вы знаете.
note-field-witnesses = Свидетели
    .hint = Спросите людей, прежде чем записывать их имя или номер.
note-field-media = Фото и видео
    .hint = Где они хранятся. Сохраните копию в надежном месте.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = Другое ведомство
note-choice-unknown = Не знаю
note-choice-judicial = Ордер, подписанный судьей
note-choice-ice-form = Форма ICE (I-200 или I-205)
note-choice-none = Ничего не показали
note-choice-not-sure = Точно не знаю

## `kyr notes` on the command line.

cli-help-notes = Ваши личные заметки: список, вывод, удаление, удаление всех
cli-help-notes-list = Показать список заметок
cli-help-notes-export = Вывести заметку для адвоката: подписи на вашем языке и по-английски
cli-help-notes-delete = Удалить одну заметку
cli-help-notes-wipe = Удалить все заметки (сначала нужно ввести слово)
cli-help-note-id = id заметки (см. `kyr notes list`)
cli-help-format = md или txt
cli-help-data-dir = Папка для заметок (по умолчанию: $XDG_DATA_HOME/kyr)
cli-notes-none = У вас нет заметок.
cli-notes-locked = под паролем
cli-passphrase = Пароль:
cli-wipe-confirm = Все заметки в { $dir } будут удалены. Чтобы продолжить, введите { $word }:
# The word to type, in capitals if your script has them.
cli-wipe-word = УДАЛИТЬ
cli-wipe-done = { $count ->
    [one] Удалена { $count } заметка.
    [few] Удалено { $count } заметки.
    [many] Удалено { $count } заметок.
   *[other] Удалено заметок: { $count }.
}
cli-wipe-cancelled = Ничего не удалено.
cli-deleted = Заметка { $id } удалена.

## Errors about notes.

err-note-busy = Заметка «{ $id }» открыта в другом запущенном kyr. Сначала закройте ее там, чтобы одна копия не перезаписала другую.
err-note-missing = Заметки «{ $id }» нет.
err-note-passphrase = Этот пароль не подходит к заметке «{ $id }».
err-note-write = Не удалось сохранить в { $dir }: { $reason }
err-note-folder-open = kyr не сохраняет заметки в { $dir }: в эту папку могут записывать другие люди. Сделайте ее доступной только себе (chmod 700) или выберите другую папку через --data-dir.
err-note-folder-read-only = kyr не сохраняет заметки в { $dir }: папка доступна только для чтения. Ваш текст остается на экране.
err-note-folder-link = Ваша папка для заметок { $dir } — это ссылка на { $target }. kyr не записывает через ссылки: если ваши заметки должны храниться там, используйте --data-dir { $target }.
err-note-leftover = { $file }: частично сохраненный текст заметки { $id }, оставшийся после сбоя. Откройте заметку, чтобы увидеть, что сохранилось; kyr notes delete { $id } удалит и заметку, и этот файл.
err-note-corrupt = { $file }: эта заметка повреждена ({ $reason }). Файл оставлен без изменений.
err-note-copy-delete = Не удалось удалить { $file }: { $reason }
err-note-too-large = { $file }: этот файл слишком большой для заметки. Файл оставлен без изменений.
err-note-no-folder = Нет папки для заметок. Задайте XDG_DATA_HOME или HOME либо используйте --data-dir.
err-notes-kiosk = В режиме киоска заметки не сохраняются.
