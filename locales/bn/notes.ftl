## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = নোট
ui-notes-title = আপনার নোট
ui-help-notes = w: ঘটনা নিয়ে আপনার ব্যক্তিগত নোট
ui-notes-body = নোট শুধু এই ডিভাইসেই থাকে, এমন ফোল্ডারে যা শুধু আপনি খুলতে পারেন। কোথাও কিছু পাঠানো হয় না।
ui-notes-new = নতুন নোট লিখুন
ui-notes-empty = আপনার এখনো কোনো নোট নেই।
ui-notes-locked = লক করা নোট
ui-note-write = কী ঘটেছে তা লিখে রাখুন
ui-note-title = কী ঘটেছে
ui-note-saved = সংরক্ষণ হয়েছে
ui-note-autosave = আপনি লেখার সঙ্গে সঙ্গে kyr আপনার লেখা সংরক্ষণ করে।
ui-note-unsaved = এখনো সংরক্ষণ হয়নি
ui-note-save-failed = সংরক্ষণ করা যায়নি ({ $reason })। আপনার লেখা এখানেই আছে, আর kyr চেষ্টা চালিয়ে যাচ্ছে।
key-next-field = পরেরটি
key-previous-field = পেছনে
key-change-choice = বিকল্প বদলান
key-lock = লক
key-done = শেষ
key-copy = কপি
key-delete = মুছুন
ui-help-note-copy = Ctrl-E: আইনজীবীর জন্য একটি কপি আপনার হোম ফোল্ডারে সংরক্ষণ করুন। কপিটি লক করা থাকে না।
ui-note-lock = পাসফ্রেজ (গোপন বাক্য) দিয়ে লক করুন
ui-note-passphrase = পাসফ্রেজ
ui-note-passphrase-again = একই পাসফ্রেজ আবার লিখুন
ui-note-passphrase-mismatch = দুটি পাসফ্রেজ এক নয়। আবার চেষ্টা করুন।
ui-note-wrong-passphrase = এই পাসফ্রেজ দিয়ে এই নোটটি খোলে না।
ui-note-lock-explain =
    ফোন বা কম্পিউটারে রাখা নোট কেউ নিয়ে যেতে পারে, বা আদালত তা চাইতে পারে।
    লক করা নোট শুধু তার পাসফ্রেজ দিয়েই পড়া যায়।
    লক করলেও নোটটি যে আছে, তা লুকানো যায় না।
    কেউ আপনাকে পাসফ্রেজ বলতে বাধ্য করলে, লক কোনো কাজে আসে না।
    পাসফ্রেজ ভুলে গেলে কেউই নোটটি খুলতে পারবে না।
    Ctrl-E দিয়ে সংরক্ষণ করা কপি লক হয় না।
ui-note-lock-copy = এই নোটের এমন একটি কপি আছে: { $path }। নোটটি লক করার পর kyr জিজ্ঞেস করবে, কপিটি মুছে ফেলবেন কি না।
ui-note-open = খুলুন
ui-note-export = আইনজীবীর জন্য কপি তৈরি করুন
ui-note-exported = একটি কপি এখানে রাখা হয়েছে: { $path }
ui-note-copy-question = কপি { $path } লক করা নেই: ফাইলটি যে খুলবে, সে-ই পড়তে পারবে। কপিটি মুছে ফেলবেন? নোটটি যেমন আছে তেমনই থাকবে।
ui-note-delete-copy = কপিটি মুছে ফেলুন
ui-note-keep-copy = কপিটি রেখে দিন
ui-note-copy-deleted = কপি { $path } মুছে ফেলা হয়েছে।
ui-note-delete = মুছে ফেলুন
ui-note-delete-confirm = এই নোটটি মুছে ফেলবেন? মুছলে আর ফেরত আনা যাবে না।
ui-note-keep = রেখে দিন
ui-note-not-saved-leaving = আপনার লেখা সংরক্ষণ হয়নি: kyr এটি লিখতে পারেনি। এখন বের হয়ে গেলে লেখাটি হারিয়ে যাবে।
ui-note-keep-writing = লিখতে থাকুন
ui-note-save-copy = আমার হোম ফোল্ডারে একটি কপি সংরক্ষণ করুন
ui-note-leave = সংরক্ষণ না করেই বের হন
ui-note-field-full = লেখার এই ঘরটি ভরে গেছে: এতে সর্বোচ্চ { $count }টি অক্ষর রাখা যায়। এর বেশি যা লিখেছেন, তা যোগ হয়নি।
ui-note-broken = একটি নোট ফাইল পড়া যাচ্ছে না: { $file }। ফাইলটি যেমন ছিল তেমনই রাখা হয়েছে।

## A note printed or exported for a lawyer.

note-export-title = একটি ঘটনার নোট
note-export-footer = kyr দিয়ে লেখা। এটি আইনি পরামর্শ নয়।

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = তারিখ ও সময়
    .hint = কখন ঘটেছে? আরও আগে ঘটে থাকলে বদলে দিন।
note-field-place = জায়গা
    .hint = ঠিকানা, রাস্তার মোড়, বা ভবন।
note-field-agency = সংস্থা
    .hint = তারা কারা ছিল? তাদের জ্যাকেট, ব্যাজ ও গাড়ি দেখুন।
note-field-agents = কতজন এজেন্ট
    .hint = একটি সংখ্যা, বা আপনার আন্দাজ।
note-field-names = নাম ও ব্যাজ নম্বর
    .hint = যত নাম ও নম্বর দেখেছেন বা শুনেছেন, সব লিখুন।
note-field-uniforms = ইউনিফর্ম বা মুখোশ
    .hint = তারা কী পরেছিল? তাদের মুখ কি ঢাকা ছিল?
note-field-vehicles = গাড়ি ও গাড়ির নম্বর প্লেট
    .hint = রং, গাড়ির কোম্পানি ও প্লেটের নম্বর।
note-field-papers = তাদের দেখানো কাগজ
    .hint = তারা কি কোনো ওয়ারেন্ট দেখিয়েছে?
note-field-said = কী কথা হয়েছে
    .hint = তাদের কথা ও আপনার কথা, যতটা হুবহু মনে আছে।
note-field-force = বলপ্রয়োগ বা ক্ষয়ক্ষতি
    .hint = কেউ কি আহত হয়েছে? কিছু কি ভাঙা হয়েছে বা নিয়ে যাওয়া হয়েছে?
note-field-taken = কাউকে কোথায় নিয়ে গেছে
    .hint = কাকে নিয়ে গেছে, আর কোথায়, যদি জানেন।
note-field-witnesses = সাক্ষী
    .hint = কারও নাম বা নম্বর লেখার আগে তাকে জিজ্ঞেস করুন।
note-field-media = ছবি ও ভিডিও
    .hint = সেগুলো কোথায় রাখা আছে? একটি কপি নিরাপদ জায়গায় রাখুন।

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = অন্য কোনো সংস্থা
note-choice-unknown = আমি জানি না
note-choice-judicial = বিচারকের স্বাক্ষর করা ওয়ারেন্ট
note-choice-ice-form = ICE-এর ফর্ম (I-200 বা I-205)
note-choice-none = কোনো কাগজ দেখায়নি
note-choice-not-sure = নিশ্চিত নই

## `kyr notes` on the command line.

cli-help-notes = আপনার ব্যক্তিগত নোট: তালিকা, এক্সপোর্ট, একটি মোছা, সব মোছা
cli-help-notes-list = আপনার নোটগুলোর তালিকা দেখান
cli-help-notes-export = আইনজীবীর জন্য একটি নোট প্রিন্ট করুন, শিরোনাম আপনার ভাষায় ও ইংরেজিতে
cli-help-notes-delete = একটি নোট মুছে ফেলুন
cli-help-notes-wipe = সব নোট মুছে ফেলুন (আগে একটি শব্দ টাইপ করতে বলে)
cli-help-note-id = নোটের id (দেখুন `kyr notes list`)
cli-help-format = md বা txt
cli-help-data-dir = নোট রাখার ফোল্ডার (ডিফল্ট: $XDG_DATA_HOME/kyr)
cli-notes-none = আপনার কোনো নোট নেই।
cli-notes-locked = লক করা
cli-passphrase = পাসফ্রেজ:
cli-wipe-confirm = এতে { $dir }-এর সব নোট মুছে যাবে। চালিয়ে যেতে { $word } টাইপ করুন:
# The word to type, in capitals if your script has them.
cli-wipe-word = মুছুন
cli-wipe-done = { $count ->
    [one] { $count }টি নোট মুছে ফেলা হয়েছে।
   *[other] { $count }টি নোট মুছে ফেলা হয়েছে।
}
cli-wipe-cancelled = কিছুই মুছে ফেলা হয়নি।
cli-deleted = নোট { $id } মুছে ফেলা হয়েছে।

## Errors about notes.

err-note-busy = “{ $id }” নোটটি আরেকটি চালু kyr-এ খোলা আছে। আগে সেখানে এটি বন্ধ করুন, যাতে একটি অন্যটির লেখা মুছে না দেয়।
err-note-missing = “{ $id }” নামে কোনো নোট নেই।
err-note-passphrase = এই পাসফ্রেজ দিয়ে “{ $id }” নোটটি খোলে না।
err-note-write = { $dir }-এ সংরক্ষণ করা যায়নি: { $reason }
err-note-folder-open = { $dir }-এ সংরক্ষণ করা হচ্ছে না: অন্য লোকেরাও এই ফোল্ডারে লিখতে পারে। ফোল্ডারটি শুধু আপনার জন্য করে নিন (chmod 700), অথবা --data-dir দিয়ে অন্য ফোল্ডার বেছে নিন।
err-note-folder-read-only = { $dir }-এ সংরক্ষণ করা হচ্ছে না: ফোল্ডারটি শুধু পড়া যায় (read-only)। আপনার লেখা স্ক্রিনেই থাকছে।
err-note-folder-link = আপনার নোটের ফোল্ডার { $dir } আসলে { $target }-এর একটি লিংক। kyr লিংকের মধ্য দিয়ে লেখে না: আপনার নোট যদি সেখানেই রাখার কথা হয়, তাহলে --data-dir { $target } ব্যবহার করুন।
err-note-leftover = { $file }: নোট { $id }-এর আধা-সংরক্ষিত লেখা, প্রোগ্রাম হঠাৎ বন্ধ হয়ে যাওয়ায় (ক্র্যাশ) রয়ে গেছে। কী সংরক্ষিত হয়েছে দেখতে নোটটি খুলুন; kyr notes delete { $id } দিলে নোট আর এই ফাইল, দুটোই মুছে যাবে।
err-note-corrupt = { $file }: এই নোটটি নষ্ট হয়ে গেছে ({ $reason })। এটি যেমন ছিল তেমনই রাখা হয়েছে।
err-note-copy-delete = { $file } মুছে ফেলা যায়নি: { $reason }
err-note-too-large = { $file }: নোট হিসেবে এই ফাইলটি অনেক বড়। এটি যেমন ছিল তেমনই রাখা হয়েছে।
err-note-no-folder = নোট রাখার কোনো ফোল্ডার নেই। XDG_DATA_HOME বা HOME সেট করুন, অথবা --data-dir ব্যবহার করুন।
err-notes-kiosk = কিয়স্ক মোডে নোট রাখা হয় না।
