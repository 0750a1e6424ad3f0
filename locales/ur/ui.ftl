## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = اردو
language-voice = ur

ui-picker-title = اپنی زبان منتخب کریں
ui-picker-body = کوئی نمبر دبائیں، یا اپنی زبان پر ٹیپ کریں۔
ui-second-title = اس زبان کے ساتھ دوسری زبان دکھائیں
ui-second-body = کوئی نمبر دبائیں، یا کسی زبان پر ٹیپ کریں۔ صرف ایک زبان دیکھنے کے لیے وہی زبان دوبارہ چنیں۔
ui-home-title = کیا ہو رہا ہے؟
ui-notice = یہ قانونی مشورہ نہیں ہے۔ آخری نظرِ ثانی: { $date }۔
# Shown after the content's review date has passed.
ui-out-of-date = یہ معلومات پرانی ہو سکتی ہیں: ان پر نئی نظرِ ثانی { $date } کو ہونی تھی۔ تصدیق کے لیے { $name } کو { $number } پر فون کریں۔
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = یہ ترجمہ احتیاط سے کیا گیا ہے، لیکن ابھی تک { $language } بولنے والے کسی وکیل نے اسے چیک نہیں کیا۔ انگریزی متن ہی اصل حوالہ ہے۔
ui-unreviewed-key = ساتھ میں انگریزی دیکھنے کے لیے b دبائیں۔
ui-home = شروع کا صفحہ
ui-back = واپس
ui-next = آگے
ui-start-over = شروع پر واپس جائیں
ui-yes = ہاں
ui-no = نہیں
ui-not-sure = پکا پتا نہیں
ui-progress = سوال { $current } از { $total }
ui-your-answers = آپ کے جواب
ui-remember = یاد رکھیں
ui-who-to-call = کس کو فون کریں
ui-verify = پہلے یہ نمبر چیک کر لیں
ui-in-english = انگریزی میں
ui-sources-title = اس قدم کے ذرائع
# When a source was read at its web address.
ui-source-read = { $date } کو پڑھا گیا
ui-close = بند کرنے کے لیے کوئی بھی بٹن دبائیں۔
ui-more = مزید
ui-too-small = براہِ کرم یہ ونڈو بڑی کریں۔ اسے { $width } × { $height } حروف کی جگہ چاہیے۔

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = کارڈ
ui-listen = سنیں
ui-contacts = ہاٹ لائنز
ui-language = زبان
ui-contacts-title = ہاٹ لائنز: کس کو فون کریں
ui-contacts-body = کوئی ایک چنیں، تاکہ ایسا کوڈ نظر آئے جسے آپ فون سے اسکین کر سکیں۔
ui-qr-call = { $number } پر فون کرنے کے لیے یہ کوڈ فون کے کیمرے سے اسکین کریں۔
ui-qr-open = { $address } کھولنے کے لیے یہ کوڈ فون کے کیمرے سے اسکین کریں۔
ui-still-there = کیا آپ ابھی یہیں ہیں؟
ui-kiosk-out-of-order = یہ رہنمائی ابھی شروع نہیں ہو سکتی۔ براہِ کرم عملے کے کسی رکن کو بتائیں۔
ui-still-there-body = جاری رکھنے کے لیے اسکرین کو چھوئیں یا کوئی بھی بٹن دبائیں۔ { $seconds } سیکنڈ میں سب کچھ شروع سے ہو جائے گا۔
ui-keep-going = جاری رکھیں
ui-speaking = بلند آواز سے پڑھا جا رہا ہے۔ روکنے کے لیے کوئی بھی بٹن دبائیں۔
ui-speaking-next = بلند آواز سے پڑھا جا رہا ہے۔ دوسری آواز کے لیے a دبائیں، روکنے کے لیے کوئی اور بٹن دبائیں۔
ui-card-say = ہر جملہ انگریزی میں بلند آواز سے سننے کے لیے a دبائیں۔
ui-card-saying = { $total } میں سے جملہ { $current } انگریزی میں سنایا جا رہا ہے۔ ← → دوسرا جملہ · Enter دوبارہ · Esc بند کریں

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = قدم { $current } از { $total }
ui-presenter-notes = پیش کرنے والے کے لیے نوٹس
ui-quiz-start = مشق: آپ کیا کریں؟
ui-quiz-title = مشق کا سوال { $current } از { $total }
ui-quiz-right = درست۔
ui-quiz-not-quite = پوری طرح درست نہیں۔
ui-quiz-best = بہترین جواب:
ui-quiz-next = اگلا سوال
ui-quiz-finish = اپنا نتیجہ دیکھیں
ui-quiz-done = مشق ختم ہو گئی
ui-quiz-score = { $score ->
    [0] بہترین جواب { $total } میں سے ایک بار بھی نہیں چنا گیا۔
    [one] بہترین جواب { $total } میں سے ایک بار چنا گیا۔
   *[other] بہترین جواب { $total } میں سے { $score } بار چنا گیا۔
}
ui-quiz-again = دوبارہ مشق کریں

## Printed handouts.

handout-card-intro = یہ کارڈ افسر کو دکھائیں۔ اسے اپنے پاس رکھیں۔
handout-cut = ڈیش والی لکیر (- - -) کے ساتھ ساتھ کاٹیں۔
handout-print-tip = پرنٹ کرنے سے پہلے: اگر پرنٹ پریویو میں صفحے کے اوپر یا نیچے اس فائل کا پتا یا تاریخ نظر آئے تو پرنٹ والی ونڈو میں “ہیڈرز اور فوٹرز” والا آپشن بند کر دیں (یہ عموماً “مزید ترتیبات” میں ہوتا ہے)۔ یہ ہدایت پرنٹ نہیں ہو گی۔
ui-handout = پرنٹ کرنے کے لیے معلوماتی پرچہ محفوظ کریں
ui-handout-saved = معلوماتی پرچہ یہاں محفوظ ہو گیا ہے: { $path } اسے پرنٹ کرنے کے لیے ویب براؤزر میں کھولیں۔

key-move = اوپر نیچے
key-open = منتخب کریں
key-choose = منتخب کریں
key-back = واپس
key-home = شروع
key-sources = ذرائع
key-language = زبان
key-second = دوسری زبان
key-help = مدد
key-quit = بند کریں
key-next-step = اگلا
key-previous-step = واپس
key-presenter = نوٹس
key-read-aloud = بلند آواز سے پڑھیں

ui-help-title = بٹن
ui-help-choose = 1–9: کوئی اختیار چنیں۔ 10 یا اس سے زیادہ کے لیے دونوں ہندسے جلدی جلدی لکھیں (1 پھر 2 کا مطلب 12)۔
ui-help-move = ↑ ↓ یا j k: اختیارات کے درمیان اوپر نیچے جائیں
ui-help-enter = Enter: چنا ہوا اختیار کھولیں
ui-help-back = Esc یا Backspace: ایک قدم پیچھے جائیں
ui-help-home = h: شروع کے صفحے پر جائیں
ui-help-language = l: زبان بدلیں (آپ کی جگہ نہیں بدلے گی)
ui-help-second = b: پہلی زبان کے ساتھ دوسری زبان دکھائیں، یا اسے چھپائیں
ui-help-workshop = → اور ←: اگلا اور پچھلا قدم؛ p: پیش کرنے والے کے لیے نوٹس
ui-help-sources = s: اس قدم کے ذرائع دیکھیں
ui-help-card = c: افسر کو دکھانے والا کارڈ
ui-help-contacts = n: فون کرنے کے لیے ہاٹ لائنز
ui-help-scroll = PgUp اور PgDn: لمبی تحریر اوپر نیچے کریں
ui-help-mouse = آپ کسی بھی اختیار پر کلک یا ٹیپ بھی کر سکتے/سکتی ہیں۔
ui-help-quit = q: بند کریں
ui-help-read-aloud = a: یہ اسکرین بلند آواز سے پڑھی جائے گی؛ کوئی بھی بٹن دبانے سے پڑھنا رک جائے گا

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = اختیارات:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = “{ $text }”
cli-in-english = انگریزی میں: “{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = { $target } پر جائیں
cli-opens-scenario = “{ $title }” کھولیں
cli-next = اگلا: { $target }
cli-if-all-yes = اگر ہر جواب ہاں ہے: { $target }
cli-if-any-no = اگر کوئی جواب نہیں یا پکا پتا نہیں ہے: { $target }
cli-sources = ذرائع:
cli-check-ok = { $pack } { $version }: کوئی مسئلہ نہیں ملا۔
cli-check-failed = { $count ->
    [one] ایک مسئلہ ملا۔
   *[other] { $count } مسائل ملے۔
}
cli-check-coverage = ہر زبان میں کتنا ترجمہ ہوا:
cli-check-locale = { $locale }: { $percent }% ({ $total } میں سے { $present } پیغامات)
cli-check-missing = { $locale } میں موجود نہیں (ان کی جگہ { $reference } دکھایا جاتا ہے):
cli-check-extra = { $locale } میں ہیں مگر { $reference } میں نہیں (کبھی نہیں دکھائے جاتے):
cli-check-same = { $locale } میں، { $reference } جیسے ہی (ترجمہ کریں، یا manifest میں same_ok کی فہرست میں ڈالیں):
cli-check-details = ترجمے کے لیے پیغامات کی فہرست: kyr check --lang { $locale }
# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] ایک پیغام پرانا
   *[other] { $count } پیغامات پرانے
}
cli-check-stale = { $locale } میں پرانے ترجمے: ان کے ترجمے کے بعد انگریزی بدل گئی۔ ہر ایک کو اپ ڈیٹ کریں، پھر اس پر نشان لگائیں۔
cli-check-was = کس انگریزی سے ترجمہ ہوا:
cli-check-now = اب انگریزی:
cli-check-none = (کچھ نہیں)
cli-check-not-recorded = یہ درج نہیں کہ اس کا ترجمہ کس انگریزی سے ہوا۔
cli-check-stale-mark = اپ ڈیٹ کے بعد: kyr l10n mark { $locale } MESSAGE-ID… (یا --all)

## Command-line help (`kyr --help`).

cli-about = اگر امیگریشن ایجنٹ آئیں تو آپ کے حقوق کی آف لائن رہنمائی۔ یہ قانونی مشورہ نہیں ہے۔
cli-help-lang = استعمال کی زبان (مثلاً es, ar, zh-Hans)
cli-help-second = پہلی زبان کے ساتھ دکھانے کے لیے دوسری زبان، ایسے شرکاء کے لیے جو مختلف زبانیں بولتے ہوں
cli-help-workshop = ورکشاپ موڈ: کسی صورتِ حال کو قدم بہ قدم پیش کریں، پیش کرنے والے کے لیے نوٹس اور مشق کے سوالات کے ساتھ
cli-help-speak = ہر نئی اسکرین خود بخود ایک بار بلند آواز میں پڑھیں (ہیڈ فون والے کیوسک کے لیے؛ espeak-ng درکار ہے)
cli-help-content = اندر موجود مواد کی جگہ اس فولڈر کا مواد (content pack) استعمال کریں
cli-help-list = حالات کی فہرست: id اور عنوان
cli-help-show = پوری صورتِ حال سادہ تحریر میں دکھائیں
cli-help-audio = کسی صورتِ حال کو بلند آواز سے پڑھ کر WAV آواز کی فائل میں محفوظ کریں (espeak-ng ضروری ہے)
cli-help-audio-scenario = کون سی صورتِ حال بلند آواز سے پڑھنی ہے (دیکھیں `kyr list`)
cli-help-audio-output = وہ WAV فائل جس میں لکھنا ہے
cli-help-scenario = کون سی صورتِ حال دکھانی ہے (دیکھیں `kyr list`)
cli-help-check = مواد (content pack) چیک کریں اور دکھائیں کہ ہر زبان کتنی مکمل ہے
cli-help-handout = پرنٹ کرنے کے لیے پرچہ بنائیں: اہم باتیں، کاٹ کر ساتھ رکھنے والا کارڈ، ہاٹ لائنز اور ذرائع
cli-help-handout-scenarios = کون سے حالات شامل کرنے ہیں (کوئی نہ دیا جائے تو سب)
cli-help-handout-format = html، md یا txt
cli-help-output = اسکرین کے بجائے اس فائل میں لکھیں
cli-help-card = افسر کو دکھانے والا کارڈ پرنٹ کریں: انگریزی، اور ساتھ چنی ہوئی زبان
cli-help-contacts = ہاٹ لائنز پرنٹ کریں، ضرورت کے حساب سے گروپ کر کے
cli-help-kiosk = کیوسک موڈ: آنے والے اس سے باہر نہیں جا سکتے، خالی رہنے پر شروع سے چلتا ہے، کچھ محفوظ نہیں کرتا
cli-help-idle = کتنے سیکنڈ کچھ نہ دبانے کے بعد کیوسک پوچھے “کیا آپ ابھی یہیں ہیں؟” اور شروع سے چلے
cli-help-operator-exit = کیوسک بند کرنے والے بٹن، ایک کے بعد ایک دبائیں
cli-help-strict = ناکام ہو جائے، جب تک ہر زبان میں ہر پیغام موجود نہ ہو اور کوئی پیغام پرانا نہ ہو
cli-help-l10n = مترجمین کے لیے اوزار
cli-help-l10n-mark = ترجموں پر نشان لگائیں کہ وہ اپنی انگریزی کے مطابق اپ ڈیٹ ہیں
cli-help-l10n-lang = وہ زبان جس کے ترجموں کا جائزہ لیا گیا
cli-help-l10n-ids = جن پیغامات پر نشان لگانا ہے (دیکھیں kyr check --lang CODE)
cli-help-l10n-all = اس زبان کے ہر پرانے پیغام پر نشان لگائیں
cli-help-l10n-unchanged = ان پیغامات پر بھی نشان لگائیں جن کا ترجمہ نہیں بدلا (انگریزی کی تبدیلی کے لیے نئے ترجمے کی ضرورت نہیں)
cli-l10n-marked = { $locale }: { $count ->
    [one] ایک پیغام پر اپ ڈیٹ ہونے کا نشان لگ گیا۔
   *[other] { $count } پیغامات پر اپ ڈیٹ ہونے کا نشان لگ گیا۔
}
cli-l10n-current = { $locale }: { $id } پہلے سے اپ ڈیٹ ہے۔
cli-help-bidi = دائیں سے بائیں تحریر کو ترتیب کون دے: app (kyr) یا terminal (ٹرمینل خود)
cli-help-shaping = بنگالی حرکات کی علامتیں وہاں کون رکھے جہاں وہ نظر آتی ہیں: app (kyr، اُن ٹرمینلز کے لیے جو حرف بہ حرف بناتے ہیں) یا terminal (ٹرمینل خود متن کی شکل بناتا ہے)
cli-help-theme = ٹرمینل کے پس منظر کے مطابق رنگ: auto (ٹرمینل سے پوچھے)، light (ہلکا پس منظر) یا dark (گہرا پس منظر)
cli-help-help = یہ مدد دکھائیں
cli-help-version = ورژن دکھائیں
cli-version-pack = مواد کا پیکج { $id } { $version }، آخری نظرِ ثانی: { $date }
cli-help-usage = طریقۂ استعمال: { $usage }
cli-heading-commands = کمانڈز:
cli-heading-arguments = آرگیومنٹس:
cli-heading-options = آپشنز:
cli-help-default = { $help } (پہلے سے طے شدہ: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = اسکرین ریڈر موڈ: رہنمائی سادہ متن کی سطروں میں، اور جواب نمبر لکھ کر Enter دبانے سے (جب TERM کی قدر dumb ہو یا مقرر نہ ہو تب بھی یہی موڈ چلتا ہے)
reader-prompt = کوئی نمبر لکھیں اور Enter دبائیں (مدد کے لیے ?):
reader-prompt-back = واپس جانے کے لیے b لکھیں اور Enter دبائیں (مدد کے لیے ?):
reader-not-a-choice = براہِ کرم 1 سے { $count } تک کوئی نمبر لکھیں، پھر Enter دبائیں۔ مدد کے لیے ? لکھیں۔
reader-help-title = کوئی نمبر یا حرف لکھیں، پھر Enter دبائیں۔
reader-help-number = نمبر: اسی نمبر والا اختیار چنیں
reader-help-again = صرف Enter: یہ اسکرین دوبارہ دکھائیں
reader-help-back = b: ایک قدم پیچھے جائیں
reader-notes-full-screen = مقفل نوٹ صرف پوری اسکرین والی رہنمائی میں کھلتا ہے (kyr بغیر --screen-reader کے)، جہاں اس کا پاس ورڈ پوچھا جاتا ہے۔
reader-note-answer = جواب لکھیں اور Enter دبائیں (صرف Enter دبانے سے جو لکھا ہے وہی رہے گا):
