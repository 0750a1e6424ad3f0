## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = 没有“{ $code }”这种语言。可用的语言：{ $list }
err-unknown-scenario = 没有“{ $id }”这个情境。可用的情境：{ $list }
err-pack-invalid = 内容包无法使用：
err-terminal = 无法使用终端：{ $reason }
err-fluent-depth = { $file }:{ $line }：这里的占位符嵌套超过了 { $max } 层；kyr 不读取这个文件。
err-fluent-format = { $file }:{ $line }：无法显示 { $message }：{ $reason }
err-read = { $file }：无法读取：{ $reason }
err-not-regular = { $file }：这不是普通文件（而是管道、设备或套接字），所以不读取。
err-outside-pack = { $file }：它指向内容包文件夹以外的地方（{ $target }），所以不读取。
err-too-large = { $file }：{ $size } 字节，超过了内容包文件的大小上限（{ $max }）。
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
err-incomplete = { $locale } 只有 { $percent }% 的消息；使用 --strict 需要达到 100%。

err-stale = { $locale } 有 { $count } 条过时的消息（翻译之后英文又改过）；请看 kyr check --lang { $locale }。

err-l10n-unchanged = { $locale }：英文改动之后，{ $id } 没有被修改过。请更新译文；如果这次改动不需要新译文，请加上 --unchanged。

err-l10n-unknown = { $locale }：{ $locale } 和参考语言中，并不都有消息 { $id }。

err-l10n-reference = { $locale } 是参考语言：其他语言都是根据它的消息翻译的。

err-l10n-no-source = 内置内容包只能在它的源文件夹（{ $path }）中标记。其他内容包请使用 --content DIR。

err-l10n-read = 无法读取 { $file }：{ $reason }

err-l10n-write = 无法写入 { $file }：{ $reason }

err-l10n-nothing = 请写明要标记哪些消息，或使用 --all。
err-operator-exit = “{ $keys }”不是有效的按键序列。请用空格分隔各个按键，例如：ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }：最佳答案“{ $id }”不是任何一个答案选项。
err-output = 无法写入输出：{ $reason }
err-handout-write = 无法写入 { $file }：{ $reason }
err-speech-missing = 朗读需要 espeak-ng 程序，但这台电脑上没有安装。请让负责这台电脑的人安装 espeak-ng（在 Debian 或 Ubuntu 上：sudo apt install espeak-ng）。
err-speech-failed = 无法朗读：{ $reason }
err-audio-failed = 无法写入 { $file }：{ $reason }
err-audio-encoder = 要把 { $file } 保存为 Opus 格式，请安装 opus-tools（opusenc）或 ffmpeg，或者保存为 .wav 文件。
