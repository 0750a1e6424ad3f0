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

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = البطاقة
ui-contacts = خطوط المساعدة
ui-language = اللغة
ui-contacts-title = خطوط المساعدة: بمن يمكنك الاتصال
ui-contacts-body = عند اختيار أحد الخطوط، يظهر رمز يمكنك مسحه بالهاتف.
ui-qr-call = للاتصال بالرقم { $number }، يمكنك مسح هذا الرمز بكاميرا الهاتف.
ui-qr-open = لفتح { $address }، يمكنك مسح هذا الرمز بكاميرا الهاتف.
ui-still-there = هل ما زلت هنا؟
ui-still-there-body = للمتابعة، يمكنك لمس الشاشة أو الضغط على أي مفتاح. سيبدأ الدليل من جديد بعد { $seconds } ثانية.
ui-keep-going = متابعة

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = الخطوة { $current } من { $total }
ui-presenter-notes = ملاحظات المقدّم
ui-quiz-start = تمرين: ما التصرف الصحيح؟
ui-quiz-title = سؤال التمرين { $current } من { $total }
ui-quiz-right = صحيح.
ui-quiz-not-quite = ليس تمامًا.
ui-quiz-best = الإجابة الأفضل:
ui-quiz-next = السؤال التالي
ui-quiz-finish = عرض النتيجة
ui-quiz-done = انتهى التمرين
ui-quiz-score = { $score ->
    [zero] لم تُختر الإجابة الأفضل أي مرة من أصل { $total }.
    [one] اختيرت الإجابة الأفضل مرة واحدة من أصل { $total }.
    [two] اختيرت الإجابة الأفضل مرتين من أصل { $total }.
    [few] اختيرت الإجابة الأفضل { $score } مرات من أصل { $total }.
   *[other] اختيرت الإجابة الأفضل { $score } مرة من أصل { $total }.
}
ui-quiz-again = إعادة التمرين
ui-footer-workshop = → التالي · ← رجوع · p الملاحظات · b لغة ثانية · q خروج

## Printed handouts.

handout-card-intro = تُعرض هذه البطاقة على الموظف. ويُستحسن إبقاؤها معك دائمًا.
handout-cut = يُقصّ هذا الجزء على طول الخط المتقطع.
ui-handout = طباعة ورقة إرشادية
ui-handout-saved = حُفظت الورقة الإرشادية هنا: { $path }

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
ui-help-second = b: عرض لغة ثانية بجانب الأولى، أو إخفاؤها
ui-help-workshop = → و ←: الخطوة التالية والسابقة؛ p: ملاحظات المقدّم
ui-help-sources = s: عرض مصادر هذه الخطوة
ui-help-card = c: البطاقة التي تُعرض على الموظف
ui-help-contacts = n: خطوط المساعدة التي يمكنك الاتصال بها
ui-help-scroll = PgUp و PgDn: تمرير النص الطويل
ui-help-mouse = يمكنك أيضًا النقر على أي خيار أو لمسه.
ui-help-quit = q: الخروج

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = الخيارات:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = «{ $text }»
cli-in-english = بالإنجليزية: «{ $text }»
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
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
cli-help-second = لغة ثانية تُعرض بجانب الأولى، لجمهور يتحدث لغات مختلفة
cli-help-workshop = وضع الورشة: عرض موقف خطوة بخطوة، مع ملاحظات المقدّم وأسئلة للتمرين
cli-help-content = تحميل حزمة المحتوى من هذا المجلد بدلًا من الحزمة المدمجة
cli-help-list = عرض قائمة المواقف: المعرّف والعنوان
cli-help-show = طباعة موقف كامل كنص عادي
cli-help-scenario = الموقف المطلوب طباعته (قائمة المواقف: `kyr list`)
cli-help-check = فحص حزمة محتوى، وعرض مدى اكتمال كل لغة
cli-help-handout = إعداد ورقة إرشادية للطباعة: أهم النقاط، والبطاقة التي تُقص، وخطوط المساعدة، والمصادر
cli-help-handout-scenarios = المواقف المطلوب تضمينها (كل المواقف إذا لم يُحدَّد أي موقف)
cli-help-handout-format = html أو md أو txt
cli-help-output = الكتابة في هذا الملف بدلًا من الشاشة
cli-help-card = طباعة البطاقة التي تُعرض على الموظف: بالإنجليزية، مع اللغة المختارة
cli-help-contacts = طباعة خطوط المساعدة، مصنّفة حسب الحاجة
cli-help-kiosk = وضع الكشك (kiosk): لا يستطيع الزوار الخروج منه، ويبدأ من جديد عند عدم الاستخدام، ولا يحفظ أي شيء
cli-help-idle = عدد الثواني دون أي إدخال، قبل أن يسأل الكشك «هل ما زلت هنا؟» ويبدأ من جديد
cli-help-operator-exit = المفاتيح التي تُغلق الكشك، تُضغط واحدًا تلو الآخر
cli-help-strict = الفشل ما لم تكن كل الرسائل موجودة في كل لغة
cli-help-bidi = من يرتّب النص المكتوب من اليمين إلى اليسار: app (يرتّبه البرنامج kyr) أو terminal (ترتّبه الطرفية)
cli-help-help = عرض هذه المساعدة
cli-help-version = عرض رقم الإصدار
