## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = لا توجد لغة باسم «{ $code }». اللغات المتاحة: { $list }
err-unknown-scenario = لا يوجد موقف باسم «{ $id }». المواقف المتاحة: { $list }
err-pack-invalid = لا يمكن استخدام حزمة المحتوى:
err-terminal = تعذّر استخدام الطرفية: { $reason }
err-read = { $file }: تعذّرت قراءة الملف: { $reason }
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
