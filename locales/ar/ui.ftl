## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = العربية

ui-picker-title = اختيار اللغة
ui-picker-body = يمكنك الضغط على رقم، أو لمس اسم لغتك.
ui-home-title = ماذا يحدث الآن؟
ui-notice = هذه ليست استشارة قانونية. آخر مراجعة: { $date }.
ui-home = الرئيسية
ui-back = رجوع
ui-next = التالي
ui-start-over = العودة إلى البداية
ui-yes = نعم
ui-no = لا
ui-not-sure = لا أعرف
ui-progress = السؤال { $current } من { $total }
ui-your-answers = إجاباتك
ui-remember = تذكير
ui-who-to-call = بمن يمكنك الاتصال
ui-verify = يُرجى التحقق من هذا الرقم أولًا
ui-in-english = بالإنجليزية
ui-sources-title = مصادر هذه الخطوة
ui-close = الضغط على أي مفتاح يغلق هذه النافذة.
ui-more = المزيد
ui-too-small = يُرجى تكبير هذه النافذة. المطلوب: { $width } × { $height } من الأحرف.

ui-footer-picker = ↑↓ تنقّل · Enter اختيار · q خروج
ui-footer-home = 1–9 اختيار · l اللغة · ? مساعدة · q خروج
ui-footer-step = Esc رجوع · h الرئيسية · s المصادر · l اللغة · ? مساعدة · q خروج

ui-help-title = المفاتيح
ui-help-choose = 1–9: اختيار أحد الخيارات
ui-help-move = ↑ ↓ أو j k: التنقل بين الخيارات
ui-help-enter = Enter: فتح الخيار المحدد
ui-help-back = Esc أو Backspace: الرجوع خطوة واحدة
ui-help-home = h: الذهاب إلى الشاشة الرئيسية
ui-help-language = l: تغيير اللغة (يبقى مكانك كما هو)
ui-help-sources = s: عرض مصادر هذه الخطوة
ui-help-scroll = PgUp و PgDn: تمرير النص الطويل
ui-help-mouse = يمكنك أيضًا النقر على أي خيار أو لمسه.
ui-help-quit = q: الخروج

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = الخيارات:
cli-leads-to = يؤدي إلى { $target }
cli-opens-scenario = يفتح «{ $title }»
cli-next = التالي: { $target }
cli-if-all-yes = إذا كانت كل الإجابات «نعم»: { $target }
cli-if-any-no = إذا كانت أي إجابة «لا» أو «لا أعرف»: { $target }
cli-sources = المصادر:
cli-check-ok = { $pack } { $version }: لم يُعثر على أي مشكلة.
cli-check-failed = { $count ->
    [zero] لم يُعثر على أي مشكلة.
    [one] عُثر على مشكلة واحدة.
    [two] عُثر على مشكلتين.
    [few] عُثر على { $count } مشكلات.
    [many] عُثر على { $count } مشكلة.
   *[other] عُثر على { $count } مشكلة.
}
cli-check-coverage = التغطية حسب اللغة:
cli-check-locale = { $locale }: { $percent }% (الرسائل: { $present } من { $total })
cli-check-missing = رسائل ناقصة في { $locale } (تُعرض بلغة { $reference } بدلًا منها):
cli-check-extra = رسائل موجودة في { $locale } وغير موجودة في { $reference } (لا تُعرض أبدًا):
cli-check-same = رسائل في { $locale } مطابقة لنظيرتها في { $reference } (يجب ترجمتها، أو إضافتها إلى same_ok في ملف manifest):
cli-check-details = لعرض قائمة الرسائل التي تحتاج إلى ترجمة: kyr check --lang { $locale }

## Command-line help (`kyr --help`).

cli-about = دليل يعمل دون إنترنت لمعرفة حقوقك إذا جاء موظفو الهجرة. هذه ليست استشارة قانونية.
cli-help-lang = اللغة المستخدمة (مثلًا es أو ar أو zh-Hans)
cli-help-content = تحميل حزمة المحتوى من هذا المجلد بدلًا من الحزمة المدمجة
cli-help-list = عرض قائمة المواقف: المعرّف والعنوان
cli-help-show = طباعة موقف كامل كنص عادي
cli-help-scenario = الموقف المطلوب طباعته (قائمة المواقف: `kyr list`)
cli-help-check = فحص حزمة محتوى، وعرض مدى اكتمال كل لغة
cli-help-strict = الفشل ما لم تكن كل الرسائل موجودة في كل لغة
cli-help-bidi = من يرتّب النص المكتوب من اليمين إلى اليسار: app (يرتّبه البرنامج kyr) أو terminal (ترتّبه الطرفية)
cli-help-help = عرض هذه المساعدة
cli-help-version = عرض رقم الإصدار
