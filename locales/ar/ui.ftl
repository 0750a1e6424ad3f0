## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = العربية
language-voice = ar

ui-picker-title = اختاروا لغتكم
ui-picker-body = اضغطوا على رقم، أو المسوا اسم لغتكم.
ui-second-title = عرض لغة ثانية بجانب هذه اللغة
ui-second-body = اضغطوا على رقم، أو المسوا اسم لغة. اختاروا اللغة نفسها مرة أخرى لعرض لغة واحدة فقط.
ui-home-title = ماذا يحدث الآن؟
ui-notice = هذه ليست استشارة قانونية. آخر مراجعة: { $date }.
# Shown after the content's review date has passed.
ui-out-of-date = قد تكون هذه المعلومات قديمة: كان موعد مراجعتها الجديدة { $date }. للتحقق، اتصلوا بـ { $name } على الرقم { $number }.
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = تُرجم هذا النص بعناية، لكن لم يراجعه بعد محامٍ يتحدث { $language }. والنص الإنجليزي هو المرجع.
ui-unreviewed-key = اضغطوا b لرؤية النص الإنجليزي بجانبه.
ui-home = الرئيسية
ui-back = رجوع
ui-next = التالي
ui-start-over = العودة إلى البداية
ui-yes = نعم
ui-no = لا
ui-not-sure = لا أعرف
ui-progress = السؤال { $current } من { $total }
ui-your-answers = إجاباتكم
ui-remember = تذكير
ui-who-to-call = بمن تتصلون
ui-verify = تحققوا من هذا الرقم أولًا
ui-in-english = بالإنجليزية
ui-sources-title = مصادر هذه الخطوة
# When a source was read at its web address.
ui-source-read = تاريخ الاطلاع: { $date }
ui-close = اضغطوا أي مفتاح للإغلاق.
ui-more = المزيد
ui-too-small = كبّروا هذه النافذة من فضلكم. المطلوب: { $width } × { $height } من الأحرف.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = البطاقة
ui-listen = استماع
ui-contacts = خطوط المساعدة
ui-language = اللغة
ui-contacts-title = خطوط المساعدة: بمن تتصلون
ui-contacts-body = اختاروا أحد الخطوط ليظهر رمز يمكنكم مسحه بالهاتف.
ui-qr-call = امسحوا هذا الرمز بكاميرا الهاتف للاتصال بالرقم { $number }.
ui-qr-open = امسحوا هذا الرمز بكاميرا الهاتف لفتح { $address }.
ui-still-there = هل ما زلتم هنا؟
ui-kiosk-out-of-order = لا يمكن تشغيل هذا الدليل الآن. أخبروا أحد الموظفين من فضلكم.
ui-still-there-body = للمتابعة، المسوا الشاشة أو اضغطوا أي مفتاح. سيبدأ الدليل من جديد بعد { $seconds } ثانية.
ui-keep-going = متابعة
ui-speaking = تجري القراءة بصوت عالٍ. اضغطوا أي مفتاح للإيقاف.
ui-speaking-next = تجري القراءة بصوت عالٍ. اضغطوا a لسماع صوت آخر، أو أي مفتاح آخر للإيقاف.
ui-card-say = اضغطوا a لسماع كل جملة بصوت عالٍ بالإنجليزية.
ui-card-saying = تُقرأ الآن الجملة { $current } من { $total } بالإنجليزية. ← → جملة أخرى · Enter إعادة · Esc إغلاق

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = الخطوة { $current } من { $total }
ui-presenter-notes = ملاحظات المقدّم
ui-quiz-start = تمرين: ماذا تفعلون؟
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

## Printed handouts.

handout-card-intro = اعرضوا هذه البطاقة على الضابط. واحتفظوا بها معكم.
handout-cut = قصّوا على طول الخط المتقطع.
handout-print-tip = قبل الطباعة: إذا ظهر في معاينة الطباعة عنوان هذا الملف أو التاريخ أعلى الصفحة أو أسفلها، فألغوا تحديد خيار «الرؤوس والتذييلات» في نافذة الطباعة (ويكون غالبًا ضمن «مزيد من الإعدادات»). هذه الملاحظة لا تُطبع.
ui-handout = حفظ ورقة إرشادية للطباعة
ui-handout-saved = حُفظت الورقة الإرشادية هنا: { $path } افتحوها في متصفح الإنترنت لطباعتها.

key-move = تنقّل
key-open = اختيار
key-choose = اختيار
key-back = رجوع
key-home = الرئيسية
key-sources = المصادر
key-language = اللغة
key-second = لغة ثانية
key-help = مساعدة
key-quit = خروج
key-next-step = التالي
key-previous-step = رجوع
key-presenter = الملاحظات
key-read-aloud = القراءة بصوت عالٍ

ui-help-title = المفاتيح
ui-help-choose = 1–9: اختيار أحد الخيارات. للرقم 10 وما فوق، اكتبوا الرقمين بسرعة واحدًا بعد الآخر (1 ثم 2 تعني 12).
ui-help-move = ↑ ↓ أو j k: التنقل بين الخيارات
ui-help-enter = Enter: فتح الخيار المحدد
ui-help-back = Esc أو Backspace: الرجوع خطوة واحدة
ui-help-home = h: الذهاب إلى الشاشة الرئيسية
ui-help-language = l: تغيير اللغة (يبقى مكانكم كما هو)
ui-help-second = b: عرض لغة ثانية بجانب الأولى، أو إخفاؤها
ui-help-workshop = → و ←: الخطوة التالية والسابقة؛ p: ملاحظات المقدّم
ui-help-sources = s: عرض مصادر هذه الخطوة
ui-help-card = c: البطاقة التي تُعرض على الضابط
ui-help-contacts = n: خطوط المساعدة للاتصال
ui-help-scroll = PgUp و PgDn: تمرير النص الطويل
ui-help-mouse = يمكنكم أيضًا النقر على أي خيار أو لمسه.
ui-help-quit = q: الخروج
ui-help-read-aloud = a: قراءة هذه الشاشة بصوت عالٍ؛ أي مفتاح يوقف القراءة

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
# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] رسالة واحدة غير محدّثة
    [two] رسالتان غير محدّثتين
    [few] { $count } رسائل غير محدّثة
   *[other] { $count } رسالة غير محدّثة
}
cli-check-stale = رسائل غير محدّثة في { $locale }: تغيّر النص الإنجليزي بعد ترجمتها. حدّثوا كلًّا منها، ثم علّموها.
cli-check-was = تُرجمت عن:
cli-check-now = النص الإنجليزي الآن:
cli-check-none = (لا شيء)
cli-check-not-recorded = لم يُسجَّل النص الإنجليزي الذي تُرجمت عنه هذه الرسالة.
cli-check-stale-mark = بعد التحديث: kyr l10n mark { $locale } MESSAGE-ID… (أو --all)

## Command-line help (`kyr --help`).

cli-about = دليل يعمل دون إنترنت لمعرفة حقوقكم إذا جاء ضباط الهجرة. هذه ليست استشارة قانونية.
cli-help-lang = اللغة المستخدمة (مثلًا es أو ar أو zh-Hans)
cli-help-second = لغة ثانية تُعرض بجانب الأولى، لجمهور يتحدث لغات مختلفة
cli-help-workshop = وضع الورشة: عرض موقف خطوة بخطوة، مع ملاحظات المقدّم وأسئلة للتمرين
cli-help-speak = قراءة كل شاشة جديدة بصوت عالٍ مرة واحدة تلقائيًا (لكشك مزوّد بسماعات؛ يحتاج إلى espeak-ng)
cli-help-content = تحميل حزمة المحتوى من هذا المجلد بدلًا من الحزمة المدمجة
cli-help-list = عرض قائمة المواقف: المعرّف والعنوان
cli-help-show = طباعة موقف كامل كنص عادي
cli-help-audio = حفظ موقف مقروء بصوت عالٍ في ملف صوتي WAV (يتطلب espeak-ng)
cli-help-audio-scenario = الموقف المطلوب قراءته بصوت عالٍ (قائمة المواقف: `kyr list`)
cli-help-audio-output = ملف WAV المطلوب كتابته
cli-help-scenario = الموقف المطلوب طباعته (قائمة المواقف: `kyr list`)
cli-help-check = فحص حزمة محتوى، وعرض مدى اكتمال كل لغة
cli-help-handout = إعداد ورقة إرشادية للطباعة: أهم النقاط، والبطاقة التي تُقص، وخطوط المساعدة، والمصادر
cli-help-handout-scenarios = المواقف المطلوب تضمينها (كل المواقف إذا لم يُحدَّد أي موقف)
cli-help-handout-format = html أو md أو txt
cli-help-output = الكتابة في هذا الملف بدلًا من الشاشة
cli-help-card = طباعة البطاقة التي تُعرض على الضابط: بالإنجليزية، مع اللغة المختارة
cli-help-contacts = طباعة خطوط المساعدة، مصنّفة حسب الحاجة
cli-help-kiosk = وضع الكشك (kiosk): لا يستطيع الزوار الخروج منه، ويبدأ من جديد عند عدم الاستخدام، ولا يحفظ أي شيء
cli-help-idle = عدد الثواني دون أي إدخال، قبل أن يسأل الكشك «هل ما زلتم هنا؟» ويبدأ من جديد
cli-help-operator-exit = المفاتيح التي تُغلق الكشك، تُضغط واحدًا تلو الآخر
cli-help-strict = الفشل ما لم تكن كل الرسائل موجودة في كل لغة، دون أي رسالة غير محدّثة
cli-help-l10n = أدوات للمترجمين
cli-help-l10n-mark = تعليم الترجمات بأنها محدّثة وفق النص الإنجليزي الذي تتبعه
cli-help-l10n-lang = اللغة التي رُوجعت ترجماتها
cli-help-l10n-ids = الرسائل المطلوب تعليمها (انظروا kyr check --lang CODE)
cli-help-l10n-all = تعليم كل الرسائل غير المحدّثة في اللغة
cli-help-l10n-unchanged = تعليم الرسائل التي لم تُعدَّل ترجمتها أيضًا (تغيير النص الإنجليزي لا يتطلب تعديلها)
cli-l10n-marked = { $locale }: { $count ->
    [one] عُلّمت رسالة واحدة بأنها محدّثة.
    [two] عُلّمت رسالتان بأنهما محدّثتان.
    [few] عُلّمت { $count } رسائل بأنها محدّثة.
   *[other] عُلّمت { $count } رسالة بأنها محدّثة.
}
cli-l10n-current = { $locale }: الرسالة { $id } محدّثة أصلًا.
cli-help-bidi = من يرتّب النص المكتوب من اليمين إلى اليسار: app (يرتّبه البرنامج kyr) أو terminal (ترتّبه الطرفية)
cli-help-shaping = من يضع علامات الحركات البنغالية حيث تُرى: app (يضعها kyr، للطرفيات التي ترسم حرفًا حرفًا) أو terminal (تشكّل الطرفية النص بنفسها)
cli-help-theme = ألوان تناسب خلفية الطرفية: auto (يسأل الطرفية)، أو light (خلفية فاتحة)، أو dark (خلفية داكنة)
cli-help-help = عرض هذه المساعدة
cli-help-version = عرض رقم الإصدار
cli-version-pack = حزمة المحتوى { $id } { $version }، آخر مراجعة: { $date }
cli-help-usage = الاستخدام: { $usage }
cli-heading-commands = الأوامر:
cli-heading-arguments = الوسائط:
cli-heading-options = الخيارات:
cli-help-default = { $help } (الافتراضي: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = وضع قارئ الشاشة: يعرض الدليل أسطرًا من نص عادي، وتكون الإجابة بكتابة رقم ثم Enter (يُستخدم أيضًا عندما تكون قيمة TERM هي dumb أو عندما لا تكون محدّدة)
reader-prompt = اكتبوا رقمًا ثم اضغطوا Enter (? للمساعدة):
reader-prompt-back = اكتبوا b ثم اضغطوا Enter للرجوع (? للمساعدة):
reader-not-a-choice = اكتبوا رقمًا من 1 إلى { $count }، ثم اضغطوا Enter. اكتبوا ? للمساعدة.
reader-help-title = اكتبوا رقمًا أو حرفًا، ثم اضغطوا Enter.
reader-help-number = رقم: اختيار الخيار الذي يحمل هذا الرقم
reader-help-again = Enter وحده: إعادة عرض هذه الشاشة
reader-help-back = b: الرجوع خطوة واحدة
reader-notes-full-screen = الملاحظة المقفلة لا تُفتح إلا في الدليل بملء الشاشة (kyr دون --screen-reader)، حيث تُطلب عبارة المرور.
reader-note-answer = اكتبوا الإجابة واضغطوا Enter (الضغط على Enter وحده يُبقي ما هو موجود):
