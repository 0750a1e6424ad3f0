## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = Pa gen lang “{ $code }”. Sa ki disponib: { $list }
err-unknown-scenario = Pa gen sitiyasyon “{ $id }”. Sa ki disponib: { $list }
err-pack-invalid = Pake kontni an pa ka sèvi:
err-terminal = Pa t ka sèvi ak tèminal la: { $reason }
err-fluent-depth = { $file }:{ $line }: isit la, gen placeables (ekspresyon ant akolad) ki youn anndan lòt sou plis pase { $max } nivo; kyr pa li fichye sa a.
err-fluent-format = { $file }:{ $line }: pa ka montre { $message }: { $reason }
err-read = { $file }: pa ka li fichye a: { $reason }
err-not-regular = { $file }: sa a se pa yon fichye nòmal (yon tiyo, yon aparèy oswa yon sokèt), kidonk yo pa li l.
err-outside-pack = { $file }: li mennen deyò dosye pake a (nan { $target }), kidonk yo pa li l.
err-too-large = { $file }: { $size } okte, plis pase sa yon fichye pake ka genyen ({ $max }).
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: erè sentaks Fluent: { $reason }
err-missing-file = { $file }: fichye sa a manke.
err-bad-id = { $file }:{ $line }: “{ $id }” se pa yon id ki valab. Sèvi ak mo an lèt miniskil, ak yon tirè ant yo.
err-duplicate-id = { $file }:{ $line }: “{ $id }” parèt de fwa.
err-scenario-id = { $file }:{ $line }: id “{ $id }” a pa menm ak non fichye a.
err-unknown-step = { $file }:{ $line }: “{ $target }” se pa yon etap nan sitiyasyon sa a.
err-unknown-scenario-link = { $file }:{ $line }: “{ $target }” se pa yon sitiyasyon nan pake sa a.
err-unknown-kind = { $file }:{ $line }: “{ $kind }” se pa yon kalite etap. Sèvi ak info, question, checklist, say oswa end.
err-missing-field = { $file }:{ $line }: yon etap “{ $kind }” bezwen “{ $field }”.
err-one-target = { $file }:{ $line }: bay swa “next” swa “scenario”, pa toulede.
err-unreachable = { $file }:{ $line }: pa gen mwayen rive nan etap “{ $step }” depi kòmansman an.
err-no-way-to-end = { $file }:{ $line }: depi etap “{ $step }”, pa gen mwayen rive nan yon fen.
err-no-sources = { $file }:{ $line }: etap “{ $step }” pa site okenn sous.
err-unknown-source = { $file }:{ $line }: pa gen sous “{ $id }” nan sources.toml.
err-unknown-contact = { $file }:{ $line }: pa gen kontak “{ $id }” nan contacts.toml.
err-missing-message = { $file }:{ $line }: “{ $message }” manke nan { $locale }.
err-variables = { $file }:{ $line }: “{ $message }” sèvi ak { $found }, men { $reference } sèvi ak { $expected }.
err-no-variables = anyen
err-no-locale = { $file }:{ $line }: lang “{ $locale }” pa gen dosye nan locales/.
err-default-locale = { $file }:{ $line }: lang prensipal “{ $locale }” a pa nan lis lang yo.
err-incomplete = { $locale } gen { $percent }% nan mesaj yo; --strict bezwen 100%.
err-stale = { $locale } gen { $count ->
    [one] yon mesaj ki pa ajou
   *[other] { $count } mesaj ki pa ajou
} (tèks anglè a chanje depi lè sa a); gade kyr check --lang { $locale }.
err-l10n-unchanged = { $locale }: yo pa t modifye { $id } depi tèks anglè a chanje. Mete l ajou, oswa ajoute --unchanged si chanjman an pa mande okenn nouvo tradiksyon.
err-l10n-unknown = { $locale }: mesaj { $id } pa egziste alafwa nan { $locale } ak nan lang referans lan.
err-l10n-reference = { $locale } se lang referans lan: se mesaj li yo lòt lang yo tradui.
err-l10n-no-source = Ou ka make pake ki nan pwogram nan sèlman nan dosye sous li ({ $path }). Pou yon lòt pake, sèvi ak --content DIR.
err-l10n-read = Pa t ka li { $file }: { $reason }
err-l10n-write = Pa t ka ekri { $file }: { $reason }
err-l10n-nothing = Bay non mesaj pou make yo, oswa sèvi ak --all.
err-operator-exit = “{ $keys }” se pa yon seri touch. Bay touch yo separe ak espas, pa egzanp: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: pi bon repons “{ $id }” a pa youn nan repons yo.
err-output = Pa t ka ekri rezilta a: { $reason }
err-handout-write = Pa t ka ekri { $file }: { $reason }
err-speech-missing = Pou li fò, gid la bezwen pwogram espeak-ng, men li pa enstale isit la. Mande moun ki okipe òdinatè sa a pou enstale espeak-ng (sou Debian oswa Ubuntu: sudo apt install espeak-ng).
err-speech-failed = Gid la pa t ka li fò: { $reason }
err-audio-failed = Pa t ka ekri { $file }: { $reason }
err-audio-encoder = Pou sere { $file } an Opus, enstale opus-tools (opusenc) oswa ffmpeg, oswa sere yon fichye .wav.
