## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = বাংলা
language-voice = bn

ui-picker-title = আপনার ভাষা বেছে নিন
ui-picker-body = একটি নম্বর চাপুন, অথবা আপনার ভাষায় ট্যাপ করুন।
ui-second-title = এই ভাষার পাশে দ্বিতীয় একটি ভাষা দেখান
ui-second-body = একটি নম্বর চাপুন, অথবা একটি ভাষায় ট্যাপ করুন। শুধু একটি ভাষা দেখতে একই ভাষা আবার বেছে নিন।
ui-home-title = কী ঘটছে?
ui-notice = এটি আইনি পরামর্শ নয়। সর্বশেষ পর্যালোচনা: { $date }।

ui-out-of-date = এই তথ্য হয়তো পুরোনো হয়ে গেছে: { $date } তারিখে এটি আবার পর্যালোচনা করার কথা ছিল। যাচাই করতে { $name }-কে { $number } নম্বরে ফোন করুন।

ui-unreviewed = যত্ন নিয়ে অনুবাদ করা হয়েছে, তবে { $language } জানেন এমন কোনো আইনজীবী এখনো এটি যাচাই করেননি। ইংরেজি লেখাটিই মূল ভিত্তি।

ui-unreviewed-key = পাশে ইংরেজি দেখতে b চাপুন।
ui-home = মূল পাতা
ui-back = পেছনে
ui-next = পরের ধাপ
ui-start-over = শুরুতে ফিরে যান
ui-yes = হ্যাঁ
ui-no = না
ui-not-sure = নিশ্চিত নই
ui-progress = প্রশ্ন { $current } (মোট { $total }টি)
ui-your-answers = আপনার উত্তর
ui-remember = মনে রাখুন
ui-who-to-call = কাকে ফোন করবেন
ui-verify = আগে এই নম্বরটি যাচাই করুন
ui-in-english = ইংরেজিতে
ui-sources-title = এই ধাপের সূত্র

ui-source-read = { $date } তারিখে পড়া হয়েছে
ui-close = বন্ধ করতে যেকোনো কী চাপুন।
ui-more = আরও
ui-too-small = দয়া করে এই উইন্ডোটি বড় করুন। এতে { $width } × { $height } অক্ষরের জায়গা লাগবে।

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = কার্ড
ui-listen = শুনুন
ui-contacts = হটলাইন
ui-language = ভাষা
ui-contacts-title = হটলাইন: কাকে ফোন করবেন
ui-contacts-body = একটি বেছে নিন। তখন একটি কোড দেখাবে, যা ফোন দিয়ে স্ক্যান করা যায়।
ui-qr-call = { $number }-এ ফোন করতে ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।
ui-qr-open = { $address } খুলতে ফোনের ক্যামেরা দিয়ে এই কোডটি স্ক্যান করুন।
ui-still-there = আপনি কি এখনো আছেন?
ui-kiosk-out-of-order = এই নির্দেশিকা এখন চালু করা যাচ্ছে না। অনুগ্রহ করে একজন কর্মীকে জানান।
ui-still-there-body = চালিয়ে যেতে স্ক্রিন ছুঁয়ে দিন বা যেকোনো কী চাপুন। { $seconds } সেকেন্ড পর আবার শুরু থেকে দেখানো হবে।
ui-keep-going = চালিয়ে যান
ui-speaking = পড়ে শোনানো হচ্ছে। থামাতে যেকোনো কী চাপুন।
ui-speaking-next = পড়ে শোনানো হচ্ছে। অন্য কণ্ঠে শুনতে a চাপুন, থামাতে অন্য যেকোনো কী চাপুন।
ui-card-say = প্রতিটি বাক্য ইংরেজিতে পড়ে শুনতে a চাপুন।
ui-card-saying = ইংরেজিতে { $total }টির মধ্যে { $current } নম্বর বাক্যটি শোনানো হচ্ছে। ← → অন্য বাক্য · Enter আবার · Esc বন্ধ

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = ধাপ { $current } (মোট { $total }টি)
ui-presenter-notes = উপস্থাপকের নোট
ui-quiz-start = অনুশীলন: আপনি কী করবেন?
ui-quiz-title = অনুশীলনের প্রশ্ন { $current } (মোট { $total }টি)
ui-quiz-right = ঠিক উত্তর।
ui-quiz-not-quite = পুরোপুরি ঠিক নয়।
ui-quiz-best = সবচেয়ে ভালো উত্তর:
ui-quiz-next = পরের প্রশ্ন
ui-quiz-finish = ফলাফল দেখুন
ui-quiz-done = অনুশীলন শেষ
ui-quiz-score = মোট { $total }টি প্রশ্নের মধ্যে { $score }টিতে সবচেয়ে ভালো উত্তর বেছে নেওয়া হয়েছে।
ui-quiz-again = আবার অনুশীলন করুন

## Printed handouts.

handout-card-intro = এই কার্ডটি কর্মকর্তাকে দেখান। এটি সাথে রাখুন।
handout-cut = ভাঙা ভাঙা দাগ বরাবর কেটে নিন।
handout-print-tip = প্রিন্ট করার আগে: প্রিন্ট প্রিভিউতে পাতার ওপরে বা নিচে যদি এই ফাইলের ঠিকানা বা তারিখ দেখা যায়, তাহলে প্রিন্ট উইন্ডোতে “হেডার ও ফুটার” বন্ধ করে দিন (সাধারণত “আরও সেটিংস”-এর ভেতরে থাকে)। এই নোটটি প্রিন্ট হবে না।
ui-handout = প্রিন্ট করার জন্য একটি তথ্যপত্র (হ্যান্ডআউট) সংরক্ষণ করুন
ui-handout-saved = একটি তথ্যপত্র এখানে রাখা হয়েছে: { $path } প্রিন্ট করতে এটি একটি ওয়েব ব্রাউজারে খুলুন।

key-move = সরান
key-open = বাছাই
key-choose = বাছাই
key-back = পেছনে
key-home = মূল পাতা
key-sources = সূত্র
key-language = ভাষা
key-second = দ্বিতীয় ভাষা
key-help = সাহায্য
key-quit = বন্ধ
key-next-step = পরের ধাপ
key-previous-step = পেছনে
key-presenter = নোট
key-read-aloud = পড়ে শোনান

ui-help-title = কীবোর্ডের কী
ui-help-choose = 1–9: একটি বিকল্প বেছে নিন। 10 বা তার বেশির জন্য দুটি অঙ্ক দ্রুত পরপর চাপুন (1 তারপর 2 মানে 12)।
ui-help-move = ↑ ↓ বা j k: বিকল্পগুলোর মধ্যে ওপরে-নিচে যান
ui-help-enter = Enter: বাছাই করা বিকল্পটি খুলুন
ui-help-back = Esc বা Backspace: এক ধাপ পেছনে যান
ui-help-home = h: মূল পাতায় যান
ui-help-language = l: ভাষা বদলান (আপনি একই জায়গায় থাকবেন)
ui-help-second = b: প্রথম ভাষার পাশে একটি দ্বিতীয় ভাষা দেখান, বা তা লুকান
ui-help-workshop = → ও ←: পরের ও আগের ধাপ; p: উপস্থাপকের নোট
ui-help-sources = s: এই ধাপের সূত্রগুলো দেখুন
ui-help-card = c: কর্মকর্তাকে দেখানোর কার্ড
ui-help-contacts = n: যেসব হটলাইনে ফোন করতে পারেন
ui-help-scroll = PgUp ও PgDn: লম্বা লেখা ওপরে-নিচে সরান
ui-help-mouse = যেকোনো বিকল্পে ক্লিক বা ট্যাপও করতে পারেন।
ui-help-quit = q: প্রোগ্রাম বন্ধ করুন
ui-help-read-aloud = a: এই পাতাটি পড়ে শোনানো হবে; যেকোনো কী চাপলে থেমে যাবে

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = বিকল্প:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = “{ $text }”
cli-in-english = ইংরেজিতে: “{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = এরপর { $target }
cli-opens-scenario = “{ $title }” খোলে
cli-next = পরের ধাপ: { $target }
cli-if-all-yes = সব উত্তর হ্যাঁ হলে: { $target }
cli-if-any-no = কোনো উত্তর না বা নিশ্চিত নই হলে: { $target }
cli-sources = সূত্র:
cli-check-ok = { $pack } { $version }: কোনো সমস্যা পাওয়া যায়নি।
cli-check-failed = { $count ->
    [one] { $count }টি সমস্যা পাওয়া গেছে।
   *[other] { $count }টি সমস্যা পাওয়া গেছে।
}
cli-check-coverage = ভাষা অনুযায়ী অনুবাদ কতটা সম্পূর্ণ:
cli-check-locale = { $locale }: { $percent }% ({ $total }টির মধ্যে { $present }টি বার্তা)
cli-check-missing = { $locale }-এ নেই (বদলে { $reference }-এ দেখানো হয়):
cli-check-extra = { $locale }-এ আছে কিন্তু { $reference }-এ নেই (কখনো দেখানো হয় না):
cli-check-same = { $locale }-এ { $reference }-এর হুবহু একই (অনুবাদ করুন, বা manifest-এর same_ok-এ যোগ করুন):
cli-check-details = কোন বার্তাগুলো অনুবাদ করতে হবে তার তালিকা: kyr check --lang { $locale }

cli-check-stale-count = { $count ->
    [one] { $count }টি পুরোনো
   *[other] { $count }টি পুরোনো
}

cli-check-stale = { $locale }-এ পুরোনো অনুবাদ: অনুবাদের পর এগুলোর ইংরেজি বদলেছে। প্রতিটি হালনাগাদ করুন, তারপর চিহ্নিত (mark) করুন।

cli-check-was = যে ইংরেজি থেকে অনুবাদ করা হয়েছিল:

cli-check-now = এখনকার ইংরেজি:

cli-check-none = (কিছু নেই)

cli-check-not-recorded = কোন ইংরেজি থেকে এটি অনুবাদ করা হয়েছিল, তা লেখা নেই।

cli-check-stale-mark = হালনাগাদ করার পর: kyr l10n mark { $locale } MESSAGE-ID… (অথবা --all)

## Command-line help (`kyr --help`).

cli-about = অভিবাসন এজেন্টরা এলে আপনার অধিকার জানার অফলাইন নির্দেশিকা। এটি আইনি পরামর্শ নয়।
cli-help-lang = যে ভাষা ব্যবহার করবেন (যেমন es, ar, zh-Hans)
cli-help-second = প্রথম ভাষার পাশে দেখানোর জন্য একটি দ্বিতীয় ভাষা, নানা ভাষার মানুষ একসাথে থাকলে
cli-help-workshop = ওয়ার্কশপ মোড: একটি পরিস্থিতি ধাপে ধাপে উপস্থাপন করুন, সাথে উপস্থাপকের নোট ও অনুশীলনের কুইজ
cli-help-speak = প্রতিটি নতুন স্ক্রিন নিজে থেকেই একবার জোরে পড়ে শোনানো (হেডফোনসহ কিয়স্কের জন্য; espeak-ng লাগবে)
cli-help-content = বিল্ট-ইন প্যাকের বদলে এই ফোল্ডারের কনটেন্ট প্যাক লোড করুন
cli-help-list = পরিস্থিতিগুলোর তালিকা দেখান: id ও শিরোনাম
cli-help-show = একটি পুরো পরিস্থিতি সাধারণ লেখা হিসেবে প্রিন্ট করুন
cli-help-audio = একটি পরিস্থিতি পড়ে শোনানোর অডিও একটি WAV ফাইলে সংরক্ষণ করুন (espeak-ng লাগবে)
cli-help-audio-scenario = যে পরিস্থিতি পড়ে শোনাবেন (দেখুন `kyr list`)
cli-help-audio-output = যে WAV ফাইলে লিখবেন
cli-help-scenario = যে পরিস্থিতি প্রিন্ট করবেন (দেখুন `kyr list`)
cli-help-check = কনটেন্ট প্যাক যাচাই করুন এবং প্রতিটি ভাষা কতটা সম্পূর্ণ তা দেখান
cli-help-handout = ছাপানোর জন্য একটি তথ্যপত্র তৈরি করুন: মূল কথাগুলো, কেটে রাখার কার্ড, হটলাইন ও সূত্র
cli-help-handout-scenarios = যে পরিস্থিতিগুলো রাখবেন (কিছু না দিলে সবগুলো)
cli-help-handout-format = html, md বা txt
cli-help-output = স্ক্রিনের বদলে এই ফাইলে লিখুন
cli-help-card = কর্মকর্তাকে দেখানোর কার্ড প্রিন্ট করুন: ইংরেজিতে, সাথে বাছাই করা ভাষায়
cli-help-contacts = হটলাইনগুলো প্রিন্ট করুন, প্রয়োজন অনুযায়ী ভাগ করে
cli-help-kiosk = কিয়স্ক মোড: ব্যবহারকারী এখান থেকে বের হতে পারেন না, কেউ না থাকলে আবার শুরু হয়, কিছুই সংরক্ষণ করে না
cli-help-idle = কোনো ইনপুট ছাড়া কত সেকেন্ড পর কিয়স্ক “আপনি কি এখনো আছেন?” জিজ্ঞেস করে আবার শুরু করবে
cli-help-operator-exit = কিয়স্ক বন্ধ করার কী, একটির পর একটি চাপতে হয়
cli-help-strict = প্রতিটি ভাষায় সব বার্তা না থাকলে, বা কোনো বার্তা পুরোনো হলে, ব্যর্থ হবে

cli-help-l10n = অনুবাদকদের জন্য টুল

cli-help-l10n-mark = অনুবাদগুলোকে তাদের মূল ইংরেজির সাথে হালনাগাদ হিসেবে চিহ্নিত করুন

cli-help-l10n-lang = যে ভাষার অনুবাদ পর্যালোচনা করা হয়েছে

cli-help-l10n-ids = যে বার্তাগুলো চিহ্নিত করবেন (দেখুন kyr check --lang CODE)

cli-help-l10n-all = ভাষাটির সব পুরোনো বার্তা চিহ্নিত করুন

cli-help-l10n-unchanged = যেসব বার্তার অনুবাদ বদলানো হয়নি, সেগুলোও চিহ্নিত করুন (ইংরেজির পরিবর্তনে নতুন অনুবাদ লাগে না)

cli-l10n-marked = { $locale }: { $count ->
    [one] { $count }টি বার্তা হালনাগাদ হিসেবে চিহ্নিত হয়েছে।
   *[other] { $count }টি বার্তা হালনাগাদ হিসেবে চিহ্নিত হয়েছে।
}

cli-l10n-current = { $locale }: { $id } আগে থেকেই হালনাগাদ আছে।
cli-help-bidi = ডান থেকে বাঁয়ে লেখা কে সাজাবে: app (kyr নিজে) বা terminal (টার্মিনাল সাজায়)
cli-help-shaping = বাংলা কার-চিহ্ন যেখানে দেখা যায় সেখানে কে বসাবে: app (kyr, যেসব টার্মিনাল অক্ষর ধরে ধরে আঁকে তাদের জন্য) বা terminal (টার্মিনাল নিজে লেখা সাজায়)
cli-help-theme = টার্মিনালের পটভূমি অনুযায়ী রং: auto (টার্মিনালকে জিজ্ঞেস করে), light (হালকা পটভূমি) বা dark (গাঢ় পটভূমি)
cli-help-help = এই সাহায্য দেখান
cli-help-version = সংস্করণ দেখান
cli-version-pack = কনটেন্ট প্যাক { $id } { $version }, সর্বশেষ পর্যালোচনা: { $date }
cli-help-usage = ব্যবহার: { $usage }
cli-heading-commands = কমান্ড:
cli-heading-arguments = আর্গুমেন্ট:
cli-heading-options = অপশন:
cli-help-default = { $help } (ডিফল্ট: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = স্ক্রিন রিডার মোড: নির্দেশিকাটি সাধারণ লেখার লাইনে দেখায়, একটি নম্বর লিখে Enter চেপে উত্তর দিতে হয় (TERM যদি dumb হয় বা সেট করা না থাকে, তখনও এটি চালু হয়)
reader-prompt = একটি নম্বর লিখে Enter চাপুন (সাহায্যের জন্য ?):
reader-prompt-back = ফিরে যেতে b লিখে Enter চাপুন (সাহায্যের জন্য ?):
reader-not-a-choice = 1 থেকে { $count } পর্যন্ত একটি নম্বর লিখে Enter চাপুন। সাহায্যের জন্য ? লিখুন।
reader-help-title = একটি নম্বর বা একটি অক্ষর লিখুন, তারপর Enter চাপুন।
reader-help-number = নম্বর: সেই নম্বরের বিকল্পটি বেছে নিন
reader-help-again = শুধু Enter: এই স্ক্রিনটি আবার দেখান
reader-help-back = b: এক ধাপ পেছনে যান
reader-notes-full-screen = লক করা নোট শুধু পূর্ণ-স্ক্রিন গাইডে খোলে (--screen-reader ছাড়া kyr), সেখানে তার পাসফ্রেজ চাওয়া হয়।
reader-note-answer = উত্তর লিখে Enter চাপুন (শুধু Enter চাপলে যা আছে তা-ই থাকবে):
