## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = نوٹس
ui-notes-title = آپ کے نوٹس
ui-help-notes = w: واقعے کے بارے میں آپ کے نجی نوٹس
ui-notes-body = نوٹس اسی ڈیوائس پر رہتے ہیں، ایسے فولڈر میں جسے صرف آپ کھول سکتے/سکتی ہیں۔ کچھ بھی کہیں نہیں بھیجا جاتا۔
ui-notes-new = نیا نوٹ لکھیں
ui-notes-empty = ابھی آپ کا کوئی نوٹ نہیں ہے۔
ui-notes-locked = لاک شدہ نوٹ
ui-note-write = جو ہوا، اسے لکھ لیں
ui-note-title = کیا ہوا
ui-note-saved = محفوظ ہو گیا
ui-note-autosave = kyr لکھتے وقت ہی آپ کے الفاظ محفوظ کرتا جاتا ہے۔
ui-note-unsaved = ابھی محفوظ نہیں ہوا
ui-note-save-failed = محفوظ نہیں ہو سکا ({ $reason })۔ آپ کے الفاظ ابھی یہیں ہیں، اور kyr کوشش کرتا رہے گا۔
key-next-field = آگے
key-previous-field = پیچھے
key-change-choice = اختیار بدلیں
key-lock = لاک
key-done = ختم
key-copy = کاپی
key-delete = حذف
ui-help-note-copy = Ctrl-E: وکیل کے لیے ایک کاپی اپنے ہوم فولڈر میں محفوظ کریں۔ یہ کاپی لاک نہیں ہوتی۔
ui-note-lock = پاس فریز سے لاک کریں
ui-note-passphrase = پاس فریز
ui-note-passphrase-again = وہی پاس فریز دوبارہ
ui-note-passphrase-mismatch = دونوں پاس فریز ایک جیسے نہیں ہیں۔ دوبارہ کوشش کریں۔
ui-note-wrong-passphrase = یہ پاس فریز اس نوٹ کو نہیں کھولتا۔
ui-note-lock-explain =
    فون یا کمپیوٹر پر لکھے نوٹس لیے جا سکتے ہیں، یا عدالت انہیں طلب کر سکتی ہے۔
    لاک شدہ نوٹ صرف اس کے پاس فریز سے پڑھا جا سکتا ہے۔
    لاک کرنے سے یہ نہیں چھپتا کہ نوٹ موجود ہے۔
    اگر کوئی آپ کو پاس فریز بتانے پر مجبور کرے، تو لاک سے کوئی فائدہ نہیں۔
    اگر آپ پاس فریز بھول جائیں، تو کوئی بھی یہ نوٹ نہیں کھول سکتا۔
    Ctrl-E سے محفوظ کی گئی کاپیاں لاک نہیں ہوتیں۔
ui-note-lock-copy = اس نوٹ کی ایسی ایک کاپی موجود ہے: { $path }۔ نوٹ لاک کرنے کے بعد kyr پوچھے گا کہ کیا یہ کاپی حذف کرنی ہے۔
ui-note-open = کھولیں
ui-note-export = وکیل کے لیے کاپی
ui-note-exported = ایک کاپی یہاں محفوظ ہوئی: { $path }
ui-note-copy-question = کاپی { $path } لاک نہیں ہے: جو بھی یہ فائل کھولے، وہ اسے پڑھ سکتا ہے۔ کاپی حذف کر دیں؟ نوٹ خود باقی رہے گا۔
ui-note-delete-copy = کاپی حذف کریں
ui-note-keep-copy = کاپی رہنے دیں
ui-note-copy-deleted = کاپی { $path } حذف ہو گئی۔
ui-note-delete = حذف کریں
ui-note-delete-confirm = یہ نوٹ حذف کر دیں؟ اس کے بعد یہ واپس نہیں آ سکتا۔
ui-note-keep = رہنے دیں
ui-note-not-saved-leaving = آپ کے الفاظ محفوظ نہیں ہوئے: kyr انہیں لکھ نہیں سکا۔ اگر آپ ابھی یہاں سے نکلیں، تو یہ ضائع ہو جائیں گے۔
ui-note-keep-writing = لکھنا جاری رکھیں
ui-note-save-copy = میرے ہوم فولڈر میں ایک کاپی محفوظ کریں
ui-note-leave = محفوظ کیے بغیر نکلیں
ui-note-field-full = یہ خانہ بھر گیا ہے: اس میں زیادہ سے زیادہ { $count } حروف آ سکتے ہیں۔ اس سے آگے جو لکھا گیا، وہ شامل نہیں ہوا۔
ui-note-broken = ایک نوٹ کی فائل پڑھی نہیں جا سکی: { $file }۔ اسے ویسے ہی چھوڑ دیا گیا ہے۔

## A note printed or exported for a lawyer.

note-export-title = واقعے کے بارے میں نوٹس
note-export-footer = kyr سے لکھا گیا۔ یہ قانونی مشورہ نہیں ہے۔

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = تاریخ اور وقت
    .hint = یہ کب ہوا؟ اگر پہلے ہوا تھا تو وقت بدل دیں۔
note-field-place = جگہ
    .hint = پتا، سڑک کا کونا، یا عمارت۔
note-field-agency = ادارہ
    .hint = وہ کون تھے؟ جیکٹیں، بیج اور گاڑیاں دیکھیں۔
note-field-agents = کتنے ایجنٹ
    .hint = تعداد، یا آپ کا بہترین اندازہ۔
note-field-names = نام اور بیج نمبر
    .hint = ہر نام اور نمبر جو آپ نے دیکھا یا سنا۔
note-field-uniforms = وردی یا نقاب
    .hint = انہوں نے کیا پہنا تھا؟ کیا ان کے چہرے ڈھکے ہوئے تھے؟
note-field-vehicles = گاڑیاں اور نمبر پلیٹ
    .hint = رنگ، کمپنی، اور نمبر پلیٹ کے نمبر۔
note-field-papers = دکھائے گئے کاغذات
    .hint = کیا انہوں نے کوئی وارنٹ دکھایا؟
note-field-said = کیا کہا گیا
    .hint = ان کے الفاظ اور آپ کے، جتنا ٹھیک یاد ہو۔
note-field-force = زور زبردستی یا نقصان
    .hint = کوئی زخمی ہوا؟ کوئی چیز ٹوٹی یا لے جائی گئی؟
note-field-taken = کسی کو کہاں لے جایا گیا
    .hint = کسے لے جایا گیا، اور کہاں، اگر آپ کو معلوم ہو۔
note-field-witnesses = گواہ
    .hint = کسی کا نام یا نمبر لکھنے سے پہلے اس سے پوچھیں۔
note-field-media = تصویریں اور ویڈیو
    .hint = وہ کہاں رکھی ہیں؟ ایک کاپی کسی محفوظ جگہ رکھیں۔

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = کوئی اور ادارہ
note-choice-unknown = مجھے نہیں معلوم
note-choice-judicial = جج کا دستخط شدہ وارنٹ
note-choice-ice-form = ICE کا فارم (I-200 یا I-205)
note-choice-none = کوئی کاغذ نہیں
note-choice-not-sure = پکا پتا نہیں

## `kyr notes` on the command line.

cli-help-notes = آپ کے نجی نوٹس: فہرست، ایکسپورٹ، حذف، سب حذف
cli-help-notes-list = اپنے نوٹس کی فہرست دکھائیں
cli-help-notes-export = وکیل کے لیے نوٹ پرنٹ کریں، عنوانات آپ کی زبان اور انگریزی میں
cli-help-notes-delete = ایک نوٹ حذف کریں
cli-help-notes-wipe = تمام نوٹس حذف کریں (پہلے ایک لفظ لکھنے کو کہتا ہے)
cli-help-note-id = نوٹ کی id (دیکھیں `kyr notes list`)
cli-help-format = md یا txt
cli-help-data-dir = نوٹس کا فولڈر (پہلے سے طے شدہ: $XDG_DATA_HOME/kyr)
cli-notes-none = آپ کا کوئی نوٹ نہیں ہے۔
cli-notes-locked = لاک شدہ
cli-passphrase = پاس فریز:
cli-wipe-confirm = اس سے { $dir } میں موجود تمام نوٹس حذف ہو جائیں گے۔ آگے بڑھنے کے لیے { $word } لکھیں:
# The word to type, in capitals if your script has them.
cli-wipe-word = حذف
cli-wipe-done = { $count ->
    [one] ایک نوٹ حذف ہو گیا۔
   *[other] { $count } نوٹس حذف ہو گئے۔
}
cli-wipe-cancelled = کچھ بھی حذف نہیں ہوا۔
cli-deleted = نوٹ { $id } حذف ہو گیا۔

## Errors about notes.

err-note-busy = نوٹ “{ $id }” کسی دوسرے kyr میں کھلا ہے۔ پہلے اسے وہاں بند کریں، تاکہ ایک دوسرے کا لکھا ہوا مٹا نہ دے۔
err-note-missing = کوئی نوٹ “{ $id }” موجود نہیں ہے۔
err-note-passphrase = یہ پاس فریز نوٹ “{ $id }” کو نہیں کھولتا۔
err-note-write = { $dir } میں محفوظ نہیں ہو سکا: { $reason }
err-note-folder-open = { $dir } میں محفوظ نہیں کیا جا رہا: دوسرے لوگ اس فولڈر میں لکھ سکتے ہیں۔ اسے صرف اپنے لیے مخصوص کریں (chmod 700)، یا --data-dir سے کوئی اور فولڈر چنیں۔
err-note-folder-read-only = { $dir } میں محفوظ نہیں کیا جا رہا: یہ فولڈر صرف پڑھنے کے لیے (read-only) ہے۔ آپ کے الفاظ اسکرین پر موجود رہیں گے۔
err-note-folder-link = آپ کے نوٹس کا فولڈر { $dir } دراصل { $target } کا لنک ہے۔ kyr لنک کے ذریعے نہیں لکھتا: اگر آپ کے نوٹس کی جگہ وہی ہے تو --data-dir { $target } استعمال کریں۔
err-note-leftover = { $file }: نوٹ { $id } کے آدھے محفوظ شدہ الفاظ، جو پروگرام کے اچانک بند ہونے سے رہ گئے۔ نوٹ کھول کر دیکھیں کہ کیا محفوظ ہوا؛ kyr notes delete { $id } نوٹ اور یہ بچے ہوئے الفاظ، دونوں حذف کر دیتا ہے۔
err-note-corrupt = { $file }: یہ نوٹ خراب ہے ({ $reason })۔ اسے ویسے ہی چھوڑ دیا گیا ہے۔
err-note-copy-delete = { $file } حذف نہیں ہو سکی: { $reason }
err-note-too-large = { $file }: یہ فائل نوٹ ہونے کے لیے بہت بڑی ہے۔ اسے ویسے ہی چھوڑ دیا گیا ہے۔
err-note-no-folder = نوٹس کے لیے کوئی فولڈر نہیں ہے۔ XDG_DATA_HOME یا HOME سیٹ کریں، یا --data-dir استعمال کریں۔
err-notes-kiosk = کیوسک موڈ میں نوٹس محفوظ نہیں کیے جاتے۔
