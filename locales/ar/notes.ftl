## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = الملاحظات
ui-notes-title = ملاحظاتكم
ui-help-notes = w: ملاحظاتكم الخاصة عن الواقعة
ui-notes-body = تبقى الملاحظات على هذا الجهاز، في مجلد لا يفتحه أحد سواكم. لا يُرسَل أي شيء إلى أي مكان.
ui-notes-new = كتابة ملاحظة جديدة
ui-notes-empty = لا توجد لديكم ملاحظات بعد.
ui-notes-locked = ملاحظة مقفلة
ui-note-write = دوّنوا ما حدث
ui-note-title = ما حدث
ui-note-saved = تم الحفظ
ui-note-autosave = يحفظ kyr كلماتكم أثناء الكتابة.
ui-note-unsaved = لم يُحفظ بعد
ui-note-save-failed = تعذّر الحفظ ({ $reason }). كلماتكم ما زالت هنا، ويواصل kyr المحاولة.
key-next-field = التالي
key-previous-field = السابق
key-change-choice = تغيير الاختيار
key-lock = قفل
key-done = إنهاء
key-copy = نسخة
key-delete = حذف
ui-help-note-copy = Ctrl-E: حفظ نسخة لمحامٍ في مجلدكم الرئيسي. هذه النسخة غير مقفلة.
ui-note-lock = القفل بعبارة مرور
ui-note-passphrase = عبارة المرور
ui-note-passphrase-again = عبارة المرور نفسها مرة أخرى
ui-note-passphrase-mismatch = عبارتا المرور غير متطابقتين. حاولوا مرة أخرى.
ui-note-wrong-passphrase = عبارة المرور هذه لا تفتح هذه الملاحظة.
ui-note-lock-explain =
    الملاحظات على الهاتف أو الحاسوب قد تُؤخذ، أو قد تطلبها محكمة.
    الملاحظة المقفلة لا يمكن قراءتها إلا بعبارة المرور الخاصة بها.
    القفل لا يُخفي أن الملاحظة موجودة.
    ولا يفيد إذا أجبركم أحد على الإفصاح عن عبارة المرور.
    إذا نسيتم عبارة المرور، فلن يستطيع أحد فتح الملاحظة.
    النسخ المحفوظة بـ Ctrl-E لا تُقفل.
ui-note-lock-copy = لهذه الملاحظة نسخة من هذا النوع: { $path }. بعد قفل الملاحظة، سيسألكم kyr هل تريدون حذف النسخة.
ui-note-open = فتح
ui-note-export = نسخة لمحامٍ
ui-note-exported = حُفظت نسخة هنا: { $path }
ui-note-copy-question = النسخة { $path } غير مقفلة: يستطيع أي شخص يفتح هذا الملف أن يقرأها. هل تريدون حذف النسخة؟ الملاحظة نفسها تبقى.
ui-note-delete-copy = حذف النسخة
ui-note-keep-copy = الإبقاء على النسخة
ui-note-copy-deleted = حُذفت النسخة { $path }.
ui-note-delete = حذف
ui-note-delete-confirm = هل تريدون حذف هذه الملاحظة؟ لا يمكن التراجع عن الحذف.
ui-note-keep = الإبقاء عليها
ui-note-not-saved-leaving = كلماتكم غير محفوظة: لم يستطع kyr كتابتها. إذا غادرتم الآن، فستضيع.
ui-note-keep-writing = متابعة الكتابة
ui-note-save-copy = حفظ نسخة في مجلدي الرئيسي
ui-note-leave = المغادرة دون حفظها
ui-note-field-full = هذا الحقل ممتلئ: الحد الأقصى فيه { $count } من الأحرف. ما زاد على ذلك لم يُضَف.
ui-note-broken = تعذّرت قراءة ملف ملاحظة: { $file }. تُرك الملف كما هو.

## A note printed or exported for a lawyer.

note-export-title = ملاحظات عن الواقعة
note-export-footer = كُتبت باستخدام kyr. هذه ليست استشارة قانونية.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = التاريخ والوقت
    .hint = متى حدث ذلك؟ غيّروا الوقت إذا كان أبكر.
note-field-place = المكان
    .hint = العنوان، أو ناصية الشارع، أو المبنى.
note-field-agency = الجهة
    .hint = من كانوا؟ انظروا إلى السترات والشارات والسيارات.
note-field-agents = عدد الضباط
    .hint = رقم، أو أقرب تقدير لديكم.
note-field-names = الأسماء وأرقام الشارات
    .hint = كل اسم ورقم رأيتموه أو سمعتموه.
note-field-uniforms = الزي الرسمي أو الأقنعة
    .hint = ماذا كانوا يرتدون؟ هل كانت وجوههم مغطاة؟
note-field-vehicles = المركبات وأرقام لوحاتها
    .hint = اللون، والماركة، وأرقام اللوحات.
note-field-papers = الأوراق التي أظهروها
    .hint = هل أظهروا مذكرة؟
note-field-said = ما قيل
    .hint = كلماتهم وكلماتكم، بأقرب ما تتذكرونه.
note-field-force = القوة أو الأضرار
    .hint = هل أُصيب أحد؟ هل كُسر شيء أو أُخذ؟
note-field-taken = إلى أين اقتادوا أي شخص
    .hint = من اقتادوا، وإلى أين، إن كنتم تعرفون.
note-field-witnesses = الشهود
    .hint = اسألوا الناس قبل أن تدوّنوا أسماءهم أو أرقامهم.
note-field-media = الصور ومقاطع الفيديو
    .hint = أين تُحفظ؟ احتفظوا بنسخة في مكان آمن.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = جهة أخرى
note-choice-unknown = لا أعرف
note-choice-judicial = مذكرة موقّعة من قاضٍ
note-choice-ice-form = نموذج من ICE (I-200 أو I-205)
note-choice-none = لا أوراق
note-choice-not-sure = غير مؤكد

## `kyr notes` on the command line.

cli-help-notes = ملاحظاتكم الخاصة: عرض القائمة، والتصدير، والحذف، والمسح الكامل
cli-help-notes-list = عرض قائمة ملاحظاتكم
cli-help-notes-export = طباعة ملاحظة لمحامٍ، مع العناوين بلغتكم وبالإنجليزية
cli-help-notes-delete = حذف ملاحظة واحدة
cli-help-notes-wipe = حذف كل الملاحظات (يطلب منكم كتابة كلمة أولًا)
cli-help-note-id = معرّف الملاحظة (قائمة الملاحظات: `kyr notes list`)
cli-help-format = md أو txt
cli-help-data-dir = مجلد الملاحظات (الافتراضي: $XDG_DATA_HOME/kyr)
cli-notes-none = لا توجد لديكم ملاحظات.
cli-notes-locked = مقفلة
cli-passphrase = عبارة المرور:
cli-wipe-confirm = سيؤدي هذا إلى حذف كل الملاحظات في { $dir }. للمتابعة، اكتبوا { $word }:
# The word to type, in capitals if your script has them.
cli-wipe-word = حذف
cli-wipe-done = { $count ->
    [zero] لم تُحذف أي ملاحظة.
    [one] حُذفت ملاحظة واحدة.
    [two] حُذفت ملاحظتان.
    [few] حُذفت { $count } ملاحظات.
    [many] حُذفت { $count } ملاحظة.
   *[other] حُذفت { $count } ملاحظة.
}
cli-wipe-cancelled = لم يُحذف أي شيء.
cli-deleted = حُذفت الملاحظة { $id }.

## Errors about notes.

err-note-busy = الملاحظة «{ $id }» مفتوحة في نسخة أخرى من kyr. أغلقوها هناك أولًا، حتى لا تكتب إحداهما فوق الأخرى.
err-note-missing = لا توجد ملاحظة «{ $id }».
err-note-passphrase = عبارة المرور هذه لا تفتح الملاحظة «{ $id }».
err-note-write = تعذّر الحفظ في { $dir }: { $reason }
err-note-folder-open = لن يُحفظ شيء في { $dir }: يستطيع أشخاص آخرون الكتابة في هذا المجلد. اجعلوه خاصًا بكم وحدكم (chmod 700)، أو اختاروا مجلدًا آخر باستخدام --data-dir.
err-note-folder-read-only = لن يُحفظ شيء في { $dir }: هذا المجلد للقراءة فقط. تبقى كلماتكم على الشاشة.
err-note-folder-link = مجلد ملاحظاتكم { $dir } هو رابط إلى { $target }. لا يكتب kyr عبر الروابط: استخدموا --data-dir { $target } إذا كان هذا هو مكان ملاحظاتكم.
err-note-leftover = { $file }: كلمات من الملاحظة { $id } لم يكتمل حفظها، بقيت بعد توقّف البرنامج فجأة. افتحوا الملاحظة لتروا ما حُفظ؛ والأمر kyr notes delete { $id } يحذف الملاحظة وهذه البقايا معًا.
err-note-corrupt = { $file }: هذه الملاحظة تالفة ({ $reason }). تُركت كما هي.
err-note-copy-delete = تعذّر حذف { $file }: { $reason }
err-note-too-large = { $file }: هذا الملف أكبر من أن يكون ملاحظة. تُرك كما هو.
err-note-no-folder = لا يوجد مجلد للملاحظات. اضبطوا XDG_DATA_HOME أو HOME، أو استخدموا --data-dir.
err-notes-kiosk = لا تُحفظ الملاحظات في وضع الكشك.
