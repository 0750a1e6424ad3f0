## The NYC pack: its name, its sources and its hotlines.

pack-title = نیویارک شہر میں اپنے حقوق جانیں

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = ایگزیکٹو آرڈر 13 (2026)، امیگریشن قوانین کے زیادتی والے نفاذ سے نیویارک کے لوگوں کا تحفظ
    .publisher = نیویارک شہر، میئر کا دفتر
source-nyc-admin-4-210 = NYC ایڈمنسٹریٹو کوڈ § 4-210، شہر کی املاک کے غیر عوامی حصوں میں داخلہ
    .publisher = نیویارک سٹی کونسل
source-nyc-eo-41-2003 = ایگزیکٹو آرڈر 41 (2003)، امیگریشن کی حیثیت کی رازداری
    .publisher = نیویارک شہر، میئر کا دفتر
source-nyc-ll-30-2017 = لوکل لا 30 (2017)، زبان تک رسائی
    .publisher = نیویارک سٹی کونسل
source-moia-kyr = اپنے حقوق جانیں: کتابچہ اور صفحات
    .publisher = NYC میئر کا دفتر برائے امور تارکینِ وطن (Mayor’s Office of Immigrant Affairs)
source-nyc-doe-ice = اسکولوں میں غیر مقامی قانون نافذ کرنے والے اداروں کے بارے میں ہدایات
    .publisher = NYC محکمۂ تعلیم (Department of Education)
source-ilrc-red-cards = ریڈ کارڈز اور خاندان کی تیاری کا منصوبہ
    .publisher = Immigrant Legal Resource Center
source-aclu-kyr = اپنے حقوق جانیں: تارکینِ وطن کے حقوق؛ فوٹوگرافروں کے حقوق
    .publisher = American Civil Liberties Union
source-idp-kyr = ICE کے سامنے اپنے حقوق جانیں
    .publisher = Immigrant Defense Project
source-nilc-arrested = اگر آپ کو گرفتار کیا جائے یا حراست میں لیا جائے
    .publisher = National Immigration Law Center
source-legal-aid-nyc = امیگریشن کے صفحات، اور NYC کے اسکولوں میں ICE
    .publisher = The Legal Aid Society of New York City
source-ny-cvr-79p = نیویارک سول رائٹس لا § 79-p، نگرانی کا حق (2020)
    .publisher = ریاست نیویارک
source-ny-penal-250 = نیویارک پینل لا §§ 250.00 اور 250.05، چھپ کر سننا اور ریکارڈ کرنا
    .publisher = ریاست نیویارک
source-ny-ag-guidance = نجی اور غیر منافع بخش جگہوں کے لیے ہدایات (2025)
    .publisher = نیویارک اسٹیٹ اٹارنی جنرل (New York State Attorney General)
source-usc-18-1001 = 18 U.S.C. § 1001، جھوٹے بیانات
    .publisher = امریکی وفاقی قانون (United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e)، رجسٹریشن کے کاغذات ساتھ رکھنا
    .publisher = امریکی وفاقی قانون (United States Code)
source-ice-memo-2025 = I-205 کے ذریعے گھر میں داخلے پر ICE کا 12 مئی 2025 کا میمو، اور جنوری 2026 کے عدالتی مقدمات
    .publisher = امیگریشن اینڈ کسٹمز انفورسمنٹ (ICE)؛ وفاقی عدالتیں
source-mamdani-video-2025-12 = نیویارک کے تارکینِ وطن کے لیے ویڈیو رہنمائی (دسمبر 2025): ایجنٹوں کو اندر نہ آنے دیں، خاموش رہیں، جو ہو اسے ریکارڈ کریں
    .publisher = ظہران ممدانی (Zohran Mamdani)، اُس وقت نیویارک شہر کے منتخب میئر
source-dhs-er-2025 = Designating Aliens for Expedited Removal (فوری ملک بدری کے لیے غیر ملکیوں کی نامزدگی)، 90 FR 8139 (24 جنوری 2025)، اور مقدمہ Make the Road New York v. Noem
    .publisher = امریکی محکمۂ داخلی سلامتی (U.S. Department of Homeland Security)؛ وفاقی عدالتیں
source-uscis-registration = غیر ملکیوں کی رجسٹریشن کی شرط (Alien Registration Requirement) اور فارم G-325R (2025)
    .publisher = امریکی شہریت اور امیگریشن سروسز (U.S. Citizenship and Immigration Services)
source-padilla-2010 = مقدمہ Padilla v. Kentucky، 559 U.S. 356 (2010)
    .publisher = امریکی سپریم کورٹ (Supreme Court of the United States)
source-ny-gol-5-1551 = نیویارک کا General Obligations Law §§ 5-1551 اور 5-1552، والدین کی جگہ شخص
    .publisher = ریاست نیویارک (State of New York)
source-ny-scpa-1726 = نیویارک کا Surrogate’s Court Procedure Act § 1726، متبادل سرپرستی (standby guardianship)
    .publisher = ریاست نیویارک (State of New York)
source-nyc-hrl = NYC Human Rights Law (نیویارک شہر کا انسانی حقوق کا قانون)، ایڈمنسٹریٹو کوڈ، ٹائٹل 8
    .publisher = NYC Commission on Human Rights (نیویارک شہر کا انسانی حقوق کمیشن)
source-uscis-i9-inspection = فارم I-9 کا معائنہ، اور معائنے کا نوٹس (Notice of Inspection)
    .publisher = امریکی شہریت اور امیگریشن سروسز (U.S. Citizenship and Immigration Services)
source-nyc-dcwp-workers = نیویارک شہر میں کارکنوں کے حقوق، امیگریشن کی حیثیت جو بھی ہو
    .publisher = NYC Department of Consumer and Worker Protection (نیویارک شہر کا محکمۂ تحفظِ صارفین و کارکنان)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = شہر کی طرف سے امیگریشن کی مفت اور خفیہ قانونی مدد
    .hours = پیر سے جمعہ
contact-nys-ona = نیویارک اسٹیٹ نیو امریکنز ہاٹ لائن (New Americans Hotline)
    .for = کئی زبانوں میں مفت مدد، نام بتائے بغیر، اور دوسری جگہوں کا پتا
contact-nyc-311 = NYC 311
    .for = شہر کی خدمات۔ قانونی مدد کے لیے “ActionNYC” کہیں۔
    .hours = ہر روز، چوبیس گھنٹے
contact-legal-aid = لیگل ایڈ سوسائٹی امیگریشن ہیلپ لائن (Legal Aid Society)
    .for = امیگریشن کی مفت قانونی مدد
contact-eoir = امیگریشن عدالت کے مقدمے کی لائن (EOIR)
    .for = اے نمبر (A-Number) سے عدالت کی تاریخ معلوم کریں
    .hours = ہر روز، چوبیس گھنٹے
contact-ice-locator = ICE آن لائن ڈیٹینی لوکیٹر (Online Detainee Locator)
    .for = ICE کی حراست میں کسی بالغ کو ڈھونڈیں، اے نمبر اور پیدائش کے ملک سے
    .hours = آن لائن، کسی بھی وقت
contact-uwd = United We Dream MigraWatch
    .for = چھاپے کی اطلاع دیں
contact-idp = Immigrant Defense Project
    .for = نیویارک میں ICE کی کارروائی کی اطلاع دیں
contact-emergency = 911
    .for = ایمرجنسی: جان یا صحت کو خطرہ
    .hours = ہر روز، چوبیس گھنٹے

contact-group-legal-help = قانونی مدد
contact-group-detained = کسی کو حراست میں لیا گیا ہے
contact-group-report = چھاپے کی اطلاع دیں
contact-group-emergency = ایمرجنسی

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = یہ افسر کو دکھائیں
    .intro = اسکرین کھڑکی کے سامنے اٹھا کر دکھائیں۔ اسے دکھانے کے لیے دروازہ نہ کھولیں، اور اپنا فون ان کے حوالے نہ کریں۔ ہر جملہ انگریزی میں ہے، اور اس کے نیچے آپ کی زبان میں۔
    .line-silent = میں خاموش رہوں گا/گی۔
    .line-no-search = میں تلاشی کی اجازت نہیں دیتا/دیتی۔
    .line-no-entry = میں آپ کو اندر آنے کی اجازت نہیں دیتا/دیتی۔
    .line-lawyer = میں وکیل سے بات کرنا چاہتا/چاہتی ہوں۔
    .line-no-sign = میں وکیل کے بغیر کسی چیز پر دستخط نہیں کروں گا/گی۔
    .line-slide = براہِ کرم وارنٹ دروازے کے نیچے سے اندر سرکا دیں۔
