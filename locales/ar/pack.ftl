## The NYC pack: its name, its sources and its hotlines.

pack-title = اعرفوا حقوقكم في مدينة نيويورك

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = الأمر التنفيذي رقم 13 (2026) الصادر عن عمدة نيويورك: حماية سكان نيويورك من الإنفاذ التعسفي لقوانين الهجرة
    .publisher = مدينة نيويورك، مكتب العمدة (City of New York, Office of the Mayor)
source-nyc-admin-4-210 = المدونة الإدارية لمدينة نيويورك § 4-210: دخول المناطق غير العامة في ممتلكات المدينة
    .publisher = مجلس مدينة نيويورك (New York City Council)
source-nyc-eo-41-2003 = الأمر التنفيذي رقم 41 (2003) الصادر عن عمدة نيويورك: سرية معلومات وضع الهجرة
    .publisher = مدينة نيويورك، مكتب العمدة (City of New York, Office of the Mayor)
source-nyc-ll-30-2017 = القانون المحلي رقم 30 لعام 2017: إتاحة الخدمات بلغات متعددة
    .publisher = مجلس مدينة نيويورك (New York City Council)
source-moia-kyr = كتيّب «اعرفوا حقوقكم» وصفحاته على الإنترنت
    .publisher = مكتب عمدة نيويورك لشؤون المهاجرين (NYC Mayor’s Office of Immigrant Affairs)
source-nyc-doe-ice = إرشادات بشأن جهات إنفاذ القانون غير المحلية في المدارس
    .publisher = إدارة التعليم في مدينة نيويورك (NYC Department of Education)
source-ilrc-red-cards = البطاقات الحمراء (Red Cards) وخطة استعداد الأسرة
    .publisher = مركز الموارد القانونية للمهاجرين (Immigrant Legal Resource Center)
source-aclu-kyr = اعرفوا حقوقكم: حقوق المهاجرين، وحقوق المصوّرين
    .publisher = الاتحاد الأمريكي للحريات المدنية (American Civil Liberties Union)
source-idp-kyr = اعرفوا حقوقكم في التعامل مع ICE
    .publisher = مشروع الدفاع عن المهاجرين (Immigrant Defense Project)
source-nilc-arrested = إذا اعتُقلتم أو احتُجزتم
    .publisher = المركز الوطني لقانون الهجرة (National Immigration Law Center)
source-legal-aid-nyc = صفحات عن الهجرة، وعن ICE في مدارس مدينة نيويورك
    .publisher = جمعية المساعدة القانونية في مدينة نيويورك (The Legal Aid Society of New York City)
source-ny-cvr-79p = قانون الحقوق المدنية لولاية نيويورك § 79-p: الحق في مراقبة جهات إنفاذ القانون (2020)
    .publisher = ولاية نيويورك (State of New York)
source-ny-penal-250 = قانون العقوبات لولاية نيويورك §§ 250.00 و 250.05: التنصّت
    .publisher = ولاية نيويورك (State of New York)
source-ny-ag-guidance = إرشادات للأماكن الخاصة والمنظمات غير الربحية (2025)
    .publisher = مكتب المدعي العام لولاية نيويورك (New York State Attorney General)
source-usc-18-1001 = مدونة القوانين الأمريكية (U.S.C.)، الباب 18، § 1001: الإدلاء بأقوال كاذبة
    .publisher = مدونة قوانين الولايات المتحدة (United States Code)
source-usc-8-1304 = مدونة القوانين الأمريكية (U.S.C.)، الباب 8، § 1304(e): حمل وثائق التسجيل
    .publisher = مدونة قوانين الولايات المتحدة (United States Code)
source-ice-memo-2025 = تعميم داخلي من ICE بتاريخ 12 مايو 2025 بشأن دخول المنازل بالنموذج I-205، والقضايا أمام المحاكم في يناير 2026
    .publisher = إدارة الهجرة والجمارك الأمريكية (U.S. Immigration and Customs Enforcement)؛ المحاكم الفيدرالية
source-mamdani-video-2025-12 = إرشادات مصوّرة للمهاجرين في نيويورك (ديسمبر 2025): لا تسمحوا لضباط الهجرة بالدخول، والتزموا الصمت، ووثّقوا ما يحدث
    .publisher = زهران ممداني (Zohran Mamdani)، وكان حينها العمدة المنتخب لمدينة نيويورك
source-dhs-er-2025 = «Designating Aliens for Expedited Removal» (تحديد الأجانب الخاضعين للترحيل السريع)، 90 FR 8139 (24 يناير 2025)، وقضية Make the Road New York v. Noem
    .publisher = وزارة الأمن الداخلي الأمريكية (U.S. Department of Homeland Security)؛ المحاكم الفيدرالية
source-uscis-registration = شرط تسجيل الأجانب (Alien Registration Requirement) والنموذج G-325R (2025)
    .publisher = دائرة خدمات الجنسية والهجرة الأمريكية (U.S. Citizenship and Immigration Services)
source-padilla-2010 = قضية Padilla v. Kentucky، 559 U.S. 356 (2010)
    .publisher = المحكمة العليا للولايات المتحدة (Supreme Court of the United States)
source-ny-gol-5-1551 = قانون الالتزامات العامة لولاية نيويورك §§ 5-1551 و 5-1552: الشخص في مقام الوالدين
    .publisher = ولاية نيويورك (State of New York)
source-ny-scpa-1726 = قانون إجراءات محكمة الوصايا والتركات لولاية نيويورك (Surrogate’s Court Procedure Act) § 1726: الوصاية الاحتياطية
    .publisher = ولاية نيويورك (State of New York)
source-nyc-hrl = قانون حقوق الإنسان في مدينة نيويورك (NYC Human Rights Law)، المدونة الإدارية، الباب 8
    .publisher = لجنة حقوق الإنسان في مدينة نيويورك (NYC Commission on Human Rights)
source-uscis-i9-inspection = التفتيش على النموذج I-9، وإشعار التفتيش (Notice of Inspection)
    .publisher = دائرة خدمات الجنسية والهجرة الأمريكية (U.S. Citizenship and Immigration Services)
source-nyc-dcwp-workers = حقوق العمال في مدينة نيويورك، أيًّا كان وضع الهجرة لديهم
    .publisher = إدارة حماية المستهلك والعامل في مدينة نيويورك (NYC Department of Consumer and Worker Protection)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = مساعدة قانونية مجانية وسرية في شؤون الهجرة، تقدمها المدينة
    .hours = أيام العمل (من الاثنين إلى الجمعة)
contact-nys-ona = خط المساعدة الساخن للأمريكيين الجدد في ولاية نيويورك
    .for = مساعدة مجانية دون ذكر الاسم، بلغات كثيرة، مع إحالة إلى جهات أخرى
contact-nyc-311 = NYC 311
    .for = خدمات المدينة. للمساعدة القانونية، قولوا «ActionNYC».
    .hours = كل يوم، على مدار الساعة
contact-legal-aid = خط الهجرة لدى Legal Aid Society
    .for = مساعدة قانونية مجانية في شؤون الهجرة
contact-eoir = خط قضايا محكمة الهجرة (EOIR)
    .for = معرفة موعد الجلسة في المحكمة باستخدام الرقم «أ» (A-number)
    .hours = كل يوم، على مدار الساعة
contact-ice-locator = أداة البحث عن المحتجزين لدى ICE
    .for = العثور على شخص بالغ محتجز لدى ICE، باستخدام الرقم «أ» (A-number) وبلد الميلاد
    .hours = عبر الإنترنت، في أي وقت
contact-uwd = United We Dream MigraWatch
    .for = الإبلاغ عن مداهمة
contact-idp = مشروع الدفاع عن المهاجرين (Immigrant Defense Project)
    .for = الإبلاغ عن نشاط ICE في نيويورك
contact-emergency = 911
    .for = حالات الطوارئ: خطر على الحياة أو الصحة
    .hours = كل يوم، على مدار الساعة

contact-group-legal-help = مساعدة قانونية
contact-group-detained = احتُجز شخص
contact-group-report = الإبلاغ عن مداهمة
contact-group-emergency = طوارئ

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = اعرضوا هذا على الضابط
    .intro = ارفعوا الشاشة أمام النافذة. لا تفتحوا الباب لعرضها، ولا تسلّموا هاتفكم. كل سطر مكتوب بالإنجليزية، وتحته الترجمة بلغتكم.
    .line-silent = سألتزم الصمت.
    .line-no-search = لا أوافق على التفتيش.
    .line-no-entry = لا أوافق على دخولكم.
    .line-lawyer = أريد التحدث إلى محامٍ.
    .line-no-sign = لن أوقّع على أي شيء دون محامٍ.
    .line-slide = من فضلكم، مرّروا المذكرة من تحت الباب.
