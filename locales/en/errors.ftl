## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = There is no language “{ $code }”. Available: { $list }
err-unknown-scenario = There is no situation “{ $id }”. Available: { $list }
err-pack-invalid = The content pack cannot be used:
err-terminal = The terminal could not be used: { $reason }
err-read = { $file }: cannot read it: { $reason }
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
