## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = الملاحظات
ui-notes-title = ملاحظاتك
ui-help-notes = w: ملاحظاتك الخاصة عن الواقعة
ui-notes-body = تبقى الملاحظات على هذا الجهاز، في مجلد لا يفتحه أحد سواك. لا يُرسَل أي شيء إلى أي مكان.
ui-notes-new = كتابة ملاحظة جديدة
ui-notes-empty = لا توجد لديك ملاحظات بعد.
ui-notes-locked = ملاحظة مقفلة
ui-note-write = تدوين ما حدث
ui-note-title = ما حدث
ui-note-saved = تم الحفظ
ui-note-unsaved = لم يُحفظ بعد
ui-note-save-failed = تعذّر الحفظ ({ $reason }). كلماتك ما زالت هنا، ويواصل kyr المحاولة.
ui-note-keys = Tab التالي · Shift-Tab السابق · ←→ تغيير الاختيار · Ctrl-L قفل · Esc إنهاء
ui-note-lock = القفل بعبارة مرور
ui-note-passphrase = عبارة المرور
ui-note-passphrase-again = عبارة المرور نفسها مرة أخرى
ui-note-passphrase-mismatch = عبارتا المرور غير متطابقتين. يُرجى المحاولة مرة أخرى.
ui-note-wrong-passphrase = عبارة المرور هذه لا تفتح هذه الملاحظة.
ui-note-lock-explain =
    الملاحظات على الهاتف أو الحاسوب قد تُؤخذ، أو قد تطلبها محكمة.
    الملاحظة المقفلة لا يمكن قراءتها إلا بعبارة المرور الخاصة بها.
    القفل لا يُخفي أن الملاحظة موجودة.
    ولا يفيد إذا أجبرك أحد على الإفصاح عن عبارة المرور.
    إذا نسيت عبارة المرور، فلن يستطيع أحد فتح الملاحظة.
ui-note-open = فتح
ui-note-export = نسخة لمحامٍ
ui-note-exported = حُفظت نسخة هنا: { $path }
ui-note-delete = حذف
ui-note-delete-confirm = حذف هذه الملاحظة؟ لا يمكن التراجع عن الحذف.
ui-note-keep = الإبقاء عليها
ui-note-broken = تعذّرت قراءة ملف ملاحظة: { $file }. تُرك الملف كما هو.

## A note printed or exported for a lawyer.

note-export-title = ملاحظات عن الواقعة
note-export-footer = كُتبت باستخدام kyr. هذه ليست استشارة قانونية.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = التاريخ والوقت
    .hint = متى حدث ذلك؟ يمكنك تغيير الوقت إذا كان أبكر.
note-field-place = المكان
    .hint = العنوان، أو ناصية الشارع، أو المبنى.
note-field-agency = الجهة
    .hint = من كانوا؟ يمكنك النظر إلى السترات والشارات والسيارات.
note-field-agents = عدد الموظفين
    .hint = رقم، أو أقرب تقدير لديك.
note-field-names = الأسماء وأرقام الشارات
    .hint = كل اسم ورقم رأيته أو سمعته.
note-field-uniforms = الزي الرسمي أو الأقنعة
    .hint = ماذا كانوا يرتدون؟ هل كانت وجوههم مغطاة؟
note-field-vehicles = المركبات وأرقام لوحاتها
    .hint = اللون، والماركة، وأرقام اللوحات.
note-field-papers = الأوراق التي أظهروها
    .hint = هل أظهروا مذكرة؟
note-field-said = ما قيل
    .hint = كلماتهم وكلماتك، بأقرب ما تتذكره.
note-field-force = القوة أو الأضرار
    .hint = هل أُصيب أحد؟ هل كُسر شيء أو أُخذ؟
note-field-taken = إلى أين اقتادوا أي شخص
    .hint = من اقتادوا، وإلى أين، إن كنت تعرف.
note-field-witnesses = الشهود
    .hint = قبل تدوين اسم أي شخص أو رقمه، يجب استئذانه.
note-field-media = الصور ومقاطع الفيديو
    .hint = أين تُحفظ؟ يُستحسن الاحتفاظ بنسخة في مكان آمن.

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

cli-help-notes = ملاحظاتك الخاصة: عرض القائمة، والتصدير، والحذف، والمسح الكامل
cli-help-notes-list = عرض قائمة ملاحظاتك
cli-help-notes-export = طباعة ملاحظة لمحامٍ، مع العناوين بلغتك وبالإنجليزية
cli-help-notes-delete = حذف ملاحظة واحدة
cli-help-notes-wipe = حذف كل الملاحظات (يطلب منك كتابة كلمة أولًا)
cli-help-note-id = معرّف الملاحظة (قائمة الملاحظات: `kyr notes list`)
cli-help-format = md أو txt
cli-help-data-dir = مجلد الملاحظات (الافتراضي: $XDG_DATA_HOME/kyr)
cli-notes-none = لا توجد لديك ملاحظات.
cli-notes-locked = مقفلة
cli-passphrase = عبارة المرور:
cli-wipe-confirm = سيؤدي هذا إلى حذف كل الملاحظات في { $dir }. للمتابعة، يُرجى كتابة { $word }:
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

err-note-missing = لا توجد ملاحظة «{ $id }».
err-note-passphrase = عبارة المرور هذه لا تفتح الملاحظة «{ $id }».
err-note-write = تعذّر الحفظ في { $dir }: { $reason }
err-note-corrupt = { $file }: هذه الملاحظة تالفة ({ $reason }). تُركت كما هي.
err-note-too-large = { $file }: هذا الملف أكبر من أن يكون ملاحظة. تُرك كما هو.
err-note-no-folder = لا يوجد مجلد للملاحظات. يمكن ضبط XDG_DATA_HOME أو HOME، أو استخدام --data-dir.
err-notes-kiosk = لا تُحفظ الملاحظات في وضع الكشك.
