## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = لا توجد لغة باسم «{ $code }». اللغات المتاحة: { $list }
err-unknown-scenario = لا يوجد موقف باسم «{ $id }». المواقف المتاحة: { $list }
err-pack-invalid = لا يمكن استخدام حزمة المحتوى:
err-terminal = تعذّر استخدام الطرفية: { $reason }
err-fluent-depth = { $file }:{ $line }: العناصر النائبة (placeables) متداخلة هنا بعمق يتجاوز الحد الأقصى للمستويات ({ $max })، لذلك لا يقرأ kyr هذا الملف.
err-fluent-format = { $file }:{ $line }: لا يمكن عرض الرسالة { $message }: { $reason }
err-read = { $file }: تعذّرت قراءة الملف: { $reason }
err-not-regular = { $file }: هذا ليس ملفًا عاديًا (بل أنبوب أو جهاز أو مقبس)، لذلك لن يُقرأ.
err-outside-pack = { $file }: هذا المسار يقود إلى خارج مجلد الحزمة (إلى { $target })، لذلك لن يُقرأ.
err-too-large = { $file }: حجمه { $size } بايت، وهذا أكثر من الحد المسموح به لملف في الحزمة ({ $max }).
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: خطأ في صياغة Fluent: { $reason }
err-missing-file = { $file }: هذا الملف غير موجود.
err-bad-id = { $file }:{ $line }: «{ $id }» ليس معرّفًا صالحًا. يجب أن يتكوّن المعرّف من كلمات بأحرف صغيرة تصل بينها شَرطات.
err-duplicate-id = { $file }:{ $line }: «{ $id }» مستخدم مرتين.
err-scenario-id = { $file }:{ $line }: المعرّف «{ $id }» لا يطابق اسم الملف.
err-unknown-step = { $file }:{ $line }: «{ $target }» ليس خطوة في هذا السيناريو.
err-unknown-scenario-link = { $file }:{ $line }: «{ $target }» ليس سيناريو في هذه الحزمة.
err-unknown-kind = { $file }:{ $line }: «{ $kind }» ليس نوعًا من أنواع الخطوات. الأنواع الصالحة: info أو question أو checklist أو say أو end.
err-missing-field = { $file }:{ $line }: الخطوة من نوع «{ $kind }» تحتاج إلى «{ $field }».
err-one-target = { $file }:{ $line }: يجب تحديد «next» أو «scenario»، لا الاثنين معًا.
err-unreachable = { $file }:{ $line }: لا يمكن الوصول إلى الخطوة «{ $step }» من البداية.
err-no-way-to-end = { $file }:{ $line }: لا يوجد طريق من الخطوة «{ $step }» إلى أي نهاية.
err-no-sources = { $file }:{ $line }: الخطوة «{ $step }» لا تذكر أي مصدر.
err-unknown-source = { $file }:{ $line }: لا يوجد مصدر باسم «{ $id }» في sources.toml.
err-unknown-contact = { $file }:{ $line }: لا توجد جهة اتصال باسم «{ $id }» في contacts.toml.
err-missing-message = { $file }:{ $line }: الرسالة «{ $message }» غير موجودة في { $locale }.
err-variables = { $file }:{ $line }: المتغيرات في «{ $message }»: { $found }، لكنها في { $reference }: { $expected }.
err-no-variables = لا شيء
err-no-locale = { $file }:{ $line }: اللغة «{ $locale }» ليس لها مجلد في locales/.
err-default-locale = { $file }:{ $line }: اللغة الافتراضية «{ $locale }» ليست في قائمة اللغات.
err-incomplete = نسبة الرسائل الموجودة في { $locale } هي { $percent }%، والخيار --strict يتطلب 100%.
err-stale = في { $locale } { $count ->
    [one] رسالة واحدة غير محدّثة
    [two] رسالتان غير محدّثتين
    [few] { $count } رسائل غير محدّثة
   *[other] { $count } رسالة غير محدّثة
} (تغيّر النص الإنجليزي بعد ترجمتها)؛ انظروا: kyr check --lang { $locale }.
err-l10n-unchanged = { $locale }: لم تُعدَّل الرسالة { $id } منذ تغيّر النص الإنجليزي. حدّثوها، أو أضيفوا --unchanged إذا كان التغيير لا يتطلب ترجمة جديدة.
err-l10n-unknown = { $locale }: لا توجد رسالة { $id } في { $locale } وفي اللغة المرجعية معًا.
err-l10n-reference = { $locale } هي اللغة المرجعية: رسائلها هي ما تُترجم عنه اللغات الأخرى.
err-l10n-no-source = لا يمكن تعليم ترجمات الحزمة المدمجة إلا في مجلدها المصدر ({ $path }). لأي حزمة أخرى، استخدموا --content DIR.
err-l10n-read = تعذّرت قراءة { $file }: { $reason }
err-l10n-write = تعذّرت الكتابة في { $file }: { $reason }
err-l10n-nothing = حدّدوا الرسائل المطلوب تعليمها، أو استخدموا --all.
err-operator-exit = «{ $keys }» ليس تسلسل مفاتيح صالحًا. يجب كتابة المفاتيح مفصولة بمسافات، مثل: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: الإجابة الأفضل «{ $id }» ليست من بين الإجابات.
err-output = تعذّرت كتابة المخرجات: { $reason }
err-handout-write = تعذّرت الكتابة في { $file }: { $reason }
err-speech-missing = تتطلب القراءة بصوت عالٍ برنامج espeak-ng، وهو غير مثبّت هنا. اطلبوا من المسؤول عن هذا الحاسوب تثبيت espeak-ng (في Debian أو Ubuntu: sudo apt install espeak-ng).
err-speech-failed = تعذّرت القراءة بصوت عالٍ: { $reason }
err-audio-failed = تعذّرت الكتابة في { $file }: { $reason }
err-audio-encoder = لحفظ { $file } بصيغة Opus، ثبّتوا opus-tools (opusenc) أو ffmpeg، أو احفظوا ملف .wav.
