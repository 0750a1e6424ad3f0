## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = “{ $code }” নামে কোনো ভাষা নেই। যেগুলো আছে: { $list }
err-unknown-scenario = “{ $id }” নামে কোনো পরিস্থিতি নেই। যেগুলো আছে: { $list }
err-pack-invalid = কনটেন্ট প্যাকটি ব্যবহার করা যাচ্ছে না:
err-terminal = টার্মিনাল ব্যবহার করা যায়নি: { $reason }
err-fluent-depth = { $file }:{ $line }: এখানে placeable-গুলো একটির ভেতরে আরেকটি { $max } স্তরের চেয়েও বেশি গভীরে বসানো; তাই kyr এই ফাইলটি পড়ে না।
err-fluent-format = { $file }:{ $line }: “{ $message }” দেখানো যাচ্ছে না: { $reason }
err-read = { $file }: ফাইলটি পড়া যাচ্ছে না: { $reason }
err-not-regular = { $file }: এটি সাধারণ ফাইল নয় (পাইপ, ডিভাইস বা সকেট), তাই এটি পড়া হয় না।
err-outside-pack = { $file }: এটি প্যাকের ফোল্ডারের বাইরে নিয়ে যায় ({ $target }-এ), তাই এটি পড়া হয় না।
err-too-large = { $file }: { $size } বাইট, যা প্যাকের একটি ফাইলের সর্বোচ্চ সীমার ({ $max }) চেয়ে বেশি।
err-toml = { $file }:{ $line }: TOML ত্রুটি: { $reason }
err-fluent = { $file }:{ $line }: Fluent সিনট্যাক্স ত্রুটি: { $reason }
err-missing-file = { $file }: এই ফাইলটি নেই।
err-bad-id = { $file }:{ $line }: “{ $id }” সঠিক id নয়। হাইফেন দিয়ে জোড়া ছোট হাতের (lower-case) শব্দ ব্যবহার করুন।
err-duplicate-id = { $file }:{ $line }: “{ $id }” দুইবার ব্যবহার করা হয়েছে।
err-scenario-id = { $file }:{ $line }: id “{ $id }” ফাইলের নামের সাথে মেলে না।
err-unknown-step = { $file }:{ $line }: “{ $target }” এই পরিস্থিতির কোনো ধাপ নয়।
err-unknown-scenario-link = { $file }:{ $line }: “{ $target }” এই প্যাকের কোনো পরিস্থিতি নয়।
err-unknown-kind = { $file }:{ $line }: “{ $kind }” কোনো ধাপের ধরন নয়। info, question, checklist, say বা end ব্যবহার করুন।
err-missing-field = { $file }:{ $line }: “{ $kind }” ধাপে “{ $field }” থাকতে হবে।
err-one-target = { $file }:{ $line }: “next” অথবা “scenario”, যেকোনো একটি দিন; দুটোই নয়।
err-unreachable = { $file }:{ $line }: শুরু থেকে “{ $step }” ধাপে পৌঁছানো যায় না।
err-no-way-to-end = { $file }:{ $line }: “{ $step }” ধাপ থেকে শেষে পৌঁছানোর কোনো পথ নেই।
err-no-sources = { $file }:{ $line }: “{ $step }” ধাপে কোনো সূত্র উল্লেখ করা নেই।
err-unknown-source = { $file }:{ $line }: sources.toml-এ “{ $id }” নামে কোনো সূত্র নেই।
err-unknown-contact = { $file }:{ $line }: contacts.toml-এ “{ $id }” নামে কোনো যোগাযোগ নেই।
err-missing-message = { $file }:{ $line }: { $locale }-এ “{ $message }” নেই।
err-variables = { $file }:{ $line }: “{ $message }” ব্যবহার করছে { $found }, কিন্তু { $reference } ব্যবহার করে { $expected }।
err-no-variables = কিছুই না
err-no-locale = { $file }:{ $line }: “{ $locale }” ভাষার জন্য locales/-এ কোনো ফোল্ডার নেই।
err-default-locale = { $file }:{ $line }: ডিফল্ট ভাষা “{ $locale }” ভাষার তালিকায় নেই।
err-incomplete = { $locale }-এ { $percent }% বার্তা আছে; --strict-এর জন্য 100% লাগবে।

err-stale = { $locale }-এ { $count ->
    [one] { $count }টি পুরোনো বার্তা
   *[other] { $count }টি পুরোনো বার্তা
} আছে (এরপর ইংরেজি বদলেছে); দেখুন kyr check --lang { $locale }।

err-l10n-unchanged = { $locale }: ইংরেজি বদলানোর পর { $id } সম্পাদনা করা হয়নি। এটি হালনাগাদ করুন, অথবা পরিবর্তনের জন্য নতুন অনুবাদ না লাগলে --unchanged যোগ করুন।

err-l10n-unknown = { $locale }: { $id } নামে এমন কোনো বার্তা নেই, যা { $locale } ও মূল ভাষা, দুটোতেই আছে।

err-l10n-reference = { $locale } হলো মূল (রেফারেন্স) ভাষা: অন্য ভাষাগুলো এর বার্তা থেকেই অনুবাদ করা হয়।

err-l10n-no-source = বিল্ট-ইন প্যাক শুধু তার মূল ফোল্ডারেই ({ $path }) চিহ্নিত করা যায়। অন্য প্যাকের জন্য --content DIR ব্যবহার করুন।

err-l10n-read = { $file } পড়া যায়নি: { $reason }

err-l10n-write = { $file } ফাইলে লেখা যায়নি: { $reason }

err-l10n-nothing = কোন বার্তাগুলো চিহ্নিত করবেন তা লিখুন, অথবা --all ব্যবহার করুন।
err-operator-exit = “{ $keys }” কোনো কী-ক্রম নয়। স্পেস দিয়ে আলাদা করে কীগুলো দিন, যেমন: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: সবচেয়ে ভালো উত্তর “{ $id }” উত্তরগুলোর মধ্যে নেই।
err-output = আউটপুট লেখা যায়নি: { $reason }
err-handout-write = { $file } ফাইলে লেখা যায়নি: { $reason }
err-speech-missing = পড়ে শোনানোর জন্য espeak-ng প্রোগ্রাম দরকার, কিন্তু এখানে সেটি ইনস্টল করা নেই। এই কম্পিউটার যিনি দেখাশোনা করেন তাঁকে espeak-ng ইনস্টল করতে বলুন (Debian বা Ubuntu-তে: sudo apt install espeak-ng)।
err-speech-failed = পড়ে শোনানো গেল না: { $reason }
err-audio-failed = { $file } ফাইলে লেখা যায়নি: { $reason }
err-audio-encoder = { $file } Opus হিসেবে সংরক্ষণ করতে opus-tools (opusenc) বা ffmpeg ইনস্টল করুন, অথবা একটি .wav ফাইল সংরক্ষণ করুন।
