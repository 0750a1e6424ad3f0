## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = There is no language “{ $code }”. Available: { $list }
err-unknown-scenario = There is no situation “{ $id }”. Available: { $list }
err-pack-invalid = The content pack cannot be used:
err-terminal = The terminal could not be used: { $reason }
err-fluent-depth = { $file }:{ $line }: placeables nest deeper than { $max } levels here; kyr does not read this file.
err-fluent-format = { $file }:{ $line }: { $message } cannot be shown: { $reason }
err-read = { $file }: cannot read it: { $reason }
err-not-regular = { $file }: this is not a regular file (a pipe, device or socket), so it is not read.
err-outside-pack = { $file }: this leads out of the pack’s folder (to { $target }), so it is not read.
err-too-large = { $file }: { $size } bytes, more than a pack file may have ({ $max }).
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: Fluent syntax error: { $reason }
err-missing-file = { $file }: this file is missing.
err-bad-id = { $file }:{ $line }: “{ $id }” is not a valid id. Use lower-case words joined by hyphens.
err-duplicate-id = { $file }:{ $line }: “{ $id }” is used twice.
err-scenario-id = { $file }:{ $line }: the id “{ $id }” does not match the file name.
err-unknown-step = { $file }:{ $line }: “{ $target }” is not a step of this scenario.
err-unknown-scenario-link = { $file }:{ $line }: “{ $target }” is not a scenario of this pack.
err-unknown-kind = { $file }:{ $line }: “{ $kind }” is not a step kind. Use info, question, checklist, say or end.
err-missing-field = { $file }:{ $line }: a “{ $kind }” step needs “{ $field }”.
err-one-target = { $file }:{ $line }: give either “next” or “scenario”, not both.
err-unreachable = { $file }:{ $line }: step “{ $step }” cannot be reached from the start.
err-no-way-to-end = { $file }:{ $line }: from step “{ $step }” there is no way to reach an end.
err-no-sources = { $file }:{ $line }: step “{ $step }” cites no source.
err-unknown-source = { $file }:{ $line }: there is no source “{ $id }” in sources.toml.
err-unknown-contact = { $file }:{ $line }: there is no contact “{ $id }” in contacts.toml.
err-missing-message = { $file }:{ $line }: “{ $message }” is missing in { $locale }.
err-variables = { $file }:{ $line }: “{ $message }” uses { $found } but { $reference } uses { $expected }.
err-no-variables = nothing
err-no-locale = { $file }:{ $line }: the language “{ $locale }” has no folder in locales/.
err-default-locale = { $file }:{ $line }: the default language “{ $locale }” is not in the list of languages.
err-incomplete = { $locale } has { $percent }% of the messages; --strict needs 100%.
err-stale = { $locale } has { $count ->
    [one] one stale message
   *[other] { $count } stale messages
} (the English changed since); see kyr check --lang { $locale }.
err-l10n-unchanged = { $locale }: { $id } was not edited since the English changed. Update it, or add --unchanged if the change needs no new translation.
err-l10n-unknown = { $locale }: there is no message { $id } in both { $locale } and the reference language.
err-l10n-reference = { $locale } is the reference language: its messages are what the others are translated from.
err-l10n-no-source = The built-in pack can be marked only in its source folder ({ $path }). For another pack use --content DIR.
err-l10n-read = Could not read { $file }: { $reason }
err-l10n-write = Could not write { $file }: { $reason }
err-l10n-nothing = Name the messages to mark, or use --all.
err-operator-exit = “{ $keys }” is not a key sequence. Give keys separated by spaces, such as: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: the best answer “{ $id }” is not one of the answers.
err-output = Could not write the output: { $reason }
err-handout-write = Could not write { $file }: { $reason }
# Reading aloud (key a, kyr audio) needs the espeak-ng program.
err-speech-missing = Reading aloud needs the espeak-ng program, which is not installed here. Ask whoever looks after this computer to install espeak-ng (on Debian or Ubuntu: sudo apt install espeak-ng).
err-speech-failed = Could not read aloud: { $reason }
err-audio-failed = Could not write { $file }: { $reason }
err-audio-encoder = To save { $file } as Opus, install opus-tools (opusenc) or ffmpeg, or save a .wav file.
