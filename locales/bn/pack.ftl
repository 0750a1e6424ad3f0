## The NYC pack: its name, its sources and its hotlines.

pack-title = নিউ ইয়র্ক সিটিতে আপনার অধিকার জানুন

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = নির্বাহী আদেশ 13 (2026), Protecting New Yorkers from Abusive Immigration Enforcement (নিপীড়নমূলক অভিবাসন অভিযান থেকে নিউ ইয়র্কবাসীদের সুরক্ষা)
    .publisher = নিউ ইয়র্ক সিটি, মেয়রের কার্যালয়
source-nyc-admin-4-210 = NYC Administrative Code § 4-210 (প্রশাসনিক কোড), সিটির সম্পত্তির জনসাধারণের জন্য উন্মুক্ত নয় এমন এলাকায় প্রবেশ
    .publisher = নিউ ইয়র্ক সিটি কাউন্সিল
source-nyc-eo-41-2003 = নির্বাহী আদেশ 41 (2003), অভিবাসন অবস্থার গোপনীয়তা
    .publisher = নিউ ইয়র্ক সিটি, মেয়রের কার্যালয়
source-nyc-ll-30-2017 = স্থানীয় আইন 30 (2017), ভাষায় সেবা পাওয়ার অধিকার
    .publisher = নিউ ইয়র্ক সিটি কাউন্সিল
source-moia-kyr = “আপনার অধিকার জানুন” পুস্তিকা ও ওয়েবপেজ
    .publisher = NYC মেয়রের অভিবাসী বিষয়ক কার্যালয় (MOIA)
source-nyc-doe-ice = স্কুলে বাইরের আইনশৃঙ্খলা বাহিনী নিয়ে নির্দেশনা
    .publisher = NYC শিক্ষা বিভাগ (Department of Education)
source-ilrc-red-cards = লাল কার্ড (Red Cards) ও পারিবারিক জরুরি পরিকল্পনা
    .publisher = Immigrant Legal Resource Center
source-aclu-kyr = আপনার অধিকার জানুন: অভিবাসীদের অধিকার; ছবি তোলার অধিকার
    .publisher = American Civil Liberties Union (ACLU)
source-idp-kyr = ICE-এর সামনে আপনার অধিকার জানুন
    .publisher = Immigrant Defense Project
source-nilc-arrested = আপনি গ্রেফতার বা আটক হলে
    .publisher = National Immigration Law Center
source-legal-aid-nyc = অভিবাসন বিষয়ক পাতা, এবং NYC-র স্কুলে ICE
    .publisher = The Legal Aid Society of New York City
source-ny-cvr-79p = নিউ ইয়র্ক Civil Rights Law § 79-p (নাগরিক অধিকার আইন), পর্যবেক্ষণের অধিকার (2020)
    .publisher = নিউ ইয়র্ক স্টেট
source-ny-penal-250 = নিউ ইয়র্ক Penal Law §§ 250.00 ও 250.05 (দণ্ড আইন), গোপনে আড়ি পাতা
    .publisher = নিউ ইয়র্ক স্টেট
source-ny-ag-guidance = প্রাইভেট ও অলাভজনক প্রতিষ্ঠানের জন্য নির্দেশনা (2025)
    .publisher = নিউ ইয়র্ক স্টেটের অ্যাটর্নি জেনারেল
source-usc-18-1001 = 18 U.S.C. § 1001, মিথ্যা বিবৃতি
    .publisher = যুক্তরাষ্ট্রের আইন সংকলন (United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e), নিবন্ধনের কাগজ সাথে রাখা
    .publisher = যুক্তরাষ্ট্রের আইন সংকলন (United States Code)
source-ice-memo-2025 = I-205 দিয়ে বাড়িতে প্রবেশ নিয়ে ICE-এর 12 মে 2025-এর মেমো, এবং 2026 সালের জানুয়ারির মামলাগুলো
    .publisher = U.S. Immigration and Customs Enforcement (ICE); ফেডারেল আদালত

source-mamdani-video-2025-12 = অভিবাসী নিউ ইয়র্কবাসীদের জন্য ভিডিও নির্দেশনা (ডিসেম্বর 2025): এজেন্টদের ভেতরে ঢুকতে দেবেন না, চুপ থাকুন, ঘটনা লিখে বা রেকর্ড করে রাখুন
    .publisher = জোহরান মামদানি (Zohran Mamdani), তখন নিউ ইয়র্ক সিটির নির্বাচিত মেয়র

source-dhs-er-2025 = Designating Aliens for Expedited Removal (দ্রুত বিতাড়নের আওতায় বিদেশিদের অন্তর্ভুক্ত করা), 90 FR 8139 (24 জানুয়ারি 2025), এবং Make the Road New York v. Noem মামলা
    .publisher = U.S. Department of Homeland Security (মার্কিন স্বরাষ্ট্র নিরাপত্তা বিভাগ); ফেডারেল আদালত

source-uscis-registration = Alien Registration Requirement (বিদেশিদের নিবন্ধনের বাধ্যবাধকতা) ও ফর্ম G-325R (2025)
    .publisher = U.S. Citizenship and Immigration Services (USCIS, মার্কিন নাগরিকত্ব ও অভিবাসন সেবা সংস্থা)

source-padilla-2010 = Padilla v. Kentucky মামলা, 559 U.S. 356 (2010)
    .publisher = যুক্তরাষ্ট্রের সুপ্রিম কোর্ট (Supreme Court of the United States)

source-ny-gol-5-1551 = নিউ ইয়র্ক General Obligations Law §§ 5-1551 ও 5-1552 (সাধারণ দায়বদ্ধতা আইন), অভিভাবকের জায়গায় থাকা ব্যক্তি (person in parental relation)
    .publisher = নিউ ইয়র্ক স্টেট

source-ny-scpa-1726 = নিউ ইয়র্ক Surrogate’s Court Procedure Act § 1726 (Surrogate’s Court-এর কার্যপ্রণালী আইন), স্ট্যান্ডবাই অভিভাবকত্ব (standby guardianship)
    .publisher = নিউ ইয়র্ক স্টেট

source-nyc-hrl = NYC Human Rights Law (সিটির মানবাধিকার আইন; Administrative Code, Title 8)
    .publisher = NYC Commission on Human Rights (সিটির মানবাধিকার কমিশন)

source-uscis-i9-inspection = ফর্ম I-9 পরিদর্শন ও পরিদর্শনের নোটিশ (Notice of Inspection)
    .publisher = U.S. Citizenship and Immigration Services (USCIS, মার্কিন নাগরিকত্ব ও অভিবাসন সেবা সংস্থা)

source-nyc-dcwp-workers = নিউ ইয়র্ক সিটিতে কর্মীদের অধিকার, অভিবাসন অবস্থা যা-ই হোক
    .publisher = NYC Department of Consumer and Worker Protection (সিটির ভোক্তা ও কর্মী সুরক্ষা বিভাগ)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = সিটির বিনা খরচের, গোপনীয় অভিবাসন আইনি সাহায্য
    .hours = কর্মদিবসে (সোম থেকে শুক্র)
contact-nys-ona = নিউ ইয়র্ক স্টেট নিউ আমেরিকানস হটলাইন
    .for = বিনা খরচে, নাম না জানিয়ে, অনেক ভাষায় সাহায্য ও রেফারেল
contact-nyc-311 = NYC 311
    .for = সিটির সেবা। আইনি সাহায্যের জন্য “ActionNYC” বলুন।
    .hours = প্রতিদিন, 24 ঘণ্টা
contact-legal-aid = লিগ্যাল এইড সোসাইটির অভিবাসন হেল্পলাইন
    .for = বিনা খরচে অভিবাসন আইনি সাহায্য
contact-eoir = ইমিগ্রেশন কোর্টের মামলার তথ্য লাইন (EOIR)
    .for = “এ” নম্বর দিয়ে কোর্টের তারিখ জানুন
    .hours = প্রতিদিন, 24 ঘণ্টা
contact-ice-locator = ICE Online Detainee Locator (ICE-এ আটক ব্যক্তির অনলাইন খোঁজ)
    .for = ICE-এর হাতে আটক প্রাপ্তবয়স্ককে খুঁজুন, “এ” নম্বর ও জন্মের দেশ দিয়ে
    .hours = অনলাইনে, যেকোনো সময়
contact-uwd = United We Dream MigraWatch
    .for = রেইড বা অভিযানের খবর জানান
contact-idp = Immigrant Defense Project
    .for = নিউ ইয়র্কে ICE-এর তৎপরতার খবর জানান
contact-emergency = 911
    .for = জরুরি অবস্থা: জীবন বা স্বাস্থ্যের ঝুঁকি
    .hours = প্রতিদিন, 24 ঘণ্টা

contact-group-legal-help = আইনি সাহায্য
contact-group-detained = কেউ আটক হয়েছেন
contact-group-report = অভিযানের খবর জানান
contact-group-emergency = জরুরি অবস্থা

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = এটি কর্মকর্তাকে দেখান
    .intro = স্ক্রিনটি জানালার সামনে তুলে ধরুন। এটি দেখাতে দরজা খুলবেন না, আর আপনার ফোন তাদের হাতে দেবেন না। প্রতিটি লাইন ইংরেজিতে আছে, তার নিচে আপনার ভাষায়।
    .line-silent = আমি চুপ থাকব।
    .line-no-search = আমি তল্লাশিতে সম্মতি দিচ্ছি না।
    .line-no-entry = আমি আপনাদের ভেতরে ঢোকার সম্মতি দিচ্ছি না।
    .line-lawyer = আমি একজন আইনজীবীর সাথে কথা বলতে চাই।
    .line-no-sign = আইনজীবী ছাড়া আমি কিছুতে স্বাক্ষর করব না।
    .line-slide = দয়া করে ওয়ারেন্টটি দরজার নিচ দিয়ে দিন।
