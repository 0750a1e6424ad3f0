## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = “{ $code }” نام کی کوئی زبان نہیں ہے۔ موجود زبانیں: { $list }
err-unknown-scenario = “{ $id }” نام کی کوئی صورتِ حال نہیں ہے۔ موجود: { $list }
err-pack-invalid = یہ مواد (content pack) استعمال نہیں ہو سکتا:
err-terminal = ٹرمینل استعمال نہیں ہو سکا: { $reason }
err-fluent-depth = { $file }:{ $line }: یہاں placeables ایک دوسرے کے اندر { $max } سطحوں سے زیادہ گہرائی تک ہیں؛ kyr یہ فائل نہیں پڑھتا۔
err-fluent-format = { $file }:{ $line }: { $message } دکھایا نہیں جا سکتا: { $reason }
err-read = { $file }: یہ فائل پڑھی نہیں جا سکی: { $reason }
err-not-regular = { $file }: یہ عام فائل نہیں ہے (بلکہ پائپ، ڈیوائس یا ساکٹ ہے)، اس لیے اسے نہیں پڑھا جاتا۔
err-outside-pack = { $file }: یہ راستہ پیک کے فولڈر سے باہر جاتا ہے ({ $target } تک)، اس لیے اسے نہیں پڑھا جاتا۔
err-too-large = { $file }: { $size } بائٹ، جو پیک کی کسی فائل کی حد ({ $max }) سے زیادہ ہے۔
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: Fluent کی لکھائی میں غلطی: { $reason }
err-missing-file = { $file }: یہ فائل موجود نہیں ہے۔
err-bad-id = { $file }:{ $line }: “{ $id }” درست id نہیں ہے۔ چھوٹے انگریزی حروف کے الفاظ استعمال کریں، جو ہائفن (-) سے جڑے ہوں۔
err-duplicate-id = { $file }:{ $line }: “{ $id }” دو بار استعمال ہوا ہے۔
err-scenario-id = { $file }:{ $line }: id “{ $id }” فائل کے نام سے نہیں ملتی۔
err-unknown-step = { $file }:{ $line }: “{ $target }” اس صورتِ حال کا کوئی قدم نہیں ہے۔
err-unknown-scenario-link = { $file }:{ $line }: “{ $target }” اس مواد کی کوئی صورتِ حال نہیں ہے۔
err-unknown-kind = { $file }:{ $line }: “{ $kind }” قدم کی کوئی قسم نہیں ہے۔ info، question، checklist، say یا end استعمال کریں۔
err-missing-field = { $file }:{ $line }: “{ $kind }” قدم کے لیے “{ $field }” ضروری ہے۔
err-one-target = { $file }:{ $line }: یا “next” دیں یا “scenario”، دونوں نہیں۔
err-unreachable = { $file }:{ $line }: قدم “{ $step }” تک شروع سے نہیں پہنچا جا سکتا۔
err-no-way-to-end = { $file }:{ $line }: قدم “{ $step }” سے اختتام تک پہنچنے کا کوئی راستہ نہیں ہے۔
err-no-sources = { $file }:{ $line }: قدم “{ $step }” کسی ذریعے کا حوالہ نہیں دیتا۔
err-unknown-source = { $file }:{ $line }: sources.toml میں “{ $id }” نام کا کوئی ذریعہ نہیں ہے۔
err-unknown-contact = { $file }:{ $line }: contacts.toml میں “{ $id }” نام کا کوئی رابطہ نہیں ہے۔
err-missing-message = { $file }:{ $line }: “{ $message }” { $locale } میں موجود نہیں ہے۔
err-variables = { $file }:{ $line }: “{ $message }” میں { $found } استعمال ہوا ہے، جبکہ { $reference } میں { $expected } ہے۔
err-no-variables = کچھ نہیں
err-no-locale = { $file }:{ $line }: زبان “{ $locale }” کا locales/ میں کوئی فولڈر نہیں ہے۔
err-default-locale = { $file }:{ $line }: بنیادی زبان “{ $locale }” زبانوں کی فہرست میں نہیں ہے۔
err-incomplete = { $locale } میں { $percent }% پیغامات ہیں؛ --strict کے لیے 100% ضروری ہیں۔
err-stale = { $locale } میں { $count ->
    [one] ایک پیغام پرانا ہے
   *[other] { $count } پیغامات پرانے ہیں
} (ترجمے کے بعد انگریزی بدل گئی)؛ دیکھیں kyr check --lang { $locale }۔
err-l10n-unchanged = { $locale }: انگریزی بدلنے کے بعد سے { $id } میں کوئی ترمیم نہیں ہوئی۔ اسے اپ ڈیٹ کریں، یا اگر اس تبدیلی کے لیے نئے ترجمے کی ضرورت نہیں تو --unchanged لگائیں۔
err-l10n-unknown = { $locale }: { $id } نام کا کوئی پیغام { $locale } اور حوالے کی زبان، دونوں میں موجود نہیں۔
err-l10n-reference = { $locale } حوالے کی زبان ہے: باقی زبانوں کا ترجمہ اسی کے پیغامات سے ہوتا ہے۔
err-l10n-no-source = اندر موجود مواد (built-in pack) پر نشان صرف اس کے اصل فولڈر ({ $path }) میں لگایا جا سکتا ہے۔ کسی اور مواد کے لیے --content DIR استعمال کریں۔
err-l10n-read = { $file } پڑھا نہیں جا سکا: { $reason }
err-l10n-write = { $file } میں لکھا نہیں جا سکا: { $reason }
err-l10n-nothing = جن پیغامات پر نشان لگانا ہے ان کے نام دیں، یا --all استعمال کریں۔
err-operator-exit = “{ $keys }” بٹنوں کی درست ترتیب نہیں ہے۔ بٹن خالی جگہ (space) سے الگ کر کے لکھیں، مثلاً: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: بہترین جواب “{ $id }” جوابات میں شامل نہیں ہے۔
err-output = آؤٹ پٹ نہیں لکھا جا سکا: { $reason }
err-handout-write = { $file } میں لکھا نہیں جا سکا: { $reason }
err-speech-missing = بلند آواز سے پڑھنے کے لیے espeak-ng پروگرام ضروری ہے، جو یہاں انسٹال نہیں ہے۔ اس کمپیوٹر کی دیکھ بھال کرنے والے سے espeak-ng انسٹال کرنے کو کہیں (Debian یا Ubuntu پر: sudo apt install espeak-ng)۔
err-speech-failed = بلند آواز سے پڑھا نہیں جا سکا: { $reason }
err-audio-failed = { $file } میں لکھا نہیں جا سکا: { $reason }
err-audio-encoder = { $file } کو Opus میں محفوظ کرنے کے لیے opus-tools (opusenc) یا ffmpeg انسٹال کریں، یا .wav فائل محفوظ کریں۔
