## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = 没有“{ $code }”这种语言。可用的语言：{ $list }
err-unknown-scenario = 没有“{ $id }”这个情境。可用的情境：{ $list }
err-pack-invalid = 内容包无法使用：
err-terminal = 无法使用终端：{ $reason }
err-read = { $file }：无法读取：{ $reason }
err-toml = { $file }:{ $line }：{ $reason }
err-fluent = { $file }:{ $line }：Fluent 语法错误：{ $reason }
err-missing-file = { $file }：缺少这个文件。
err-bad-id = { $file }:{ $line }：“{ $id }”不是有效的 id。请使用由连字符连接的小写英文单词。
err-duplicate-id = { $file }:{ $line }：“{ $id }”被使用了两次。
err-scenario-id = { $file }:{ $line }：id“{ $id }”与文件名不一致。
err-unknown-step = { $file }:{ $line }：“{ $target }”不是这个情境中的步骤。
err-unknown-scenario-link = { $file }:{ $line }：“{ $target }”不是这个内容包中的情境。
err-unknown-kind = { $file }:{ $line }：“{ $kind }”不是有效的步骤类型。请使用 info、question、checklist、say 或 end。
err-missing-field = { $file }:{ $line }：“{ $kind }”类型的步骤需要“{ $field }”。
err-one-target = { $file }:{ $line }：请只填写“next”或“scenario”中的一个，不要同时填写。
err-unreachable = { $file }:{ $line }：从开头无法到达步骤“{ $step }”。
err-no-way-to-end = { $file }:{ $line }：从步骤“{ $step }”出发，无法到达任何结束步骤。
err-no-sources = { $file }:{ $line }：步骤“{ $step }”没有引用任何资料来源。
err-unknown-source = { $file }:{ $line }：sources.toml 中没有资料来源“{ $id }”。
err-unknown-contact = { $file }:{ $line }：contacts.toml 中没有联系方式“{ $id }”。
err-missing-message = { $file }:{ $line }：{ $locale } 中缺少“{ $message }”。
err-variables = { $file }:{ $line }：“{ $message }”使用了 { $found }，但 { $reference } 使用的是 { $expected }。
err-no-variables = 无
err-no-locale = { $file }:{ $line }：语言“{ $locale }”在 locales/ 中没有对应的文件夹。
err-default-locale = { $file }:{ $line }：默认语言“{ $locale }”不在语言列表中。
