## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = 沒有「{ $code }」這種語言。可用的語言：{ $list }
err-unknown-scenario = 沒有「{ $id }」這個情境。可用的情境：{ $list }
err-pack-invalid = 內容包無法使用：
err-terminal = 無法使用終端機：{ $reason }
err-fluent-depth = { $file }:{ $line }：這裡的預留位置巢狀超過 { $max } 層；kyr 不讀取這個檔案。
err-fluent-format = { $file }:{ $line }：無法顯示 { $message }：{ $reason }
err-read = { $file }：無法讀取：{ $reason }
err-not-regular = { $file }：這不是一般檔案（而是管道、裝置或通訊端），所以不讀取。
err-outside-pack = { $file }：它指向內容包資料夾以外的地方（{ $target }），所以不讀取。
err-too-large = { $file }：{ $size } 位元組，超過內容包檔案的大小上限（{ $max }）。
err-toml = { $file }:{ $line }：{ $reason }
err-fluent = { $file }:{ $line }：Fluent 語法錯誤：{ $reason }
err-missing-file = { $file }：缺少這個檔案。
err-bad-id = { $file }:{ $line }：「{ $id }」不是有效的 id。請使用以連字號連接的小寫英文單字。
err-duplicate-id = { $file }:{ $line }：「{ $id }」被使用了兩次。
err-scenario-id = { $file }:{ $line }：id「{ $id }」與檔案名稱不一致。
err-unknown-step = { $file }:{ $line }：「{ $target }」不是這個情境中的步驟。
err-unknown-scenario-link = { $file }:{ $line }：「{ $target }」不是這個內容包中的情境。
err-unknown-kind = { $file }:{ $line }：「{ $kind }」不是有效的步驟類型。請使用 info、question、checklist、say 或 end。
err-missing-field = { $file }:{ $line }：「{ $kind }」類型的步驟需要「{ $field }」。
err-one-target = { $file }:{ $line }：請只填寫「next」或「scenario」其中一個，不要兩個都填。
err-unreachable = { $file }:{ $line }：從開頭無法到達步驟「{ $step }」。
err-no-way-to-end = { $file }:{ $line }：從步驟「{ $step }」出發，無法到達任何結束步驟。
err-no-sources = { $file }:{ $line }：步驟「{ $step }」沒有引用任何資料來源。
err-unknown-source = { $file }:{ $line }：sources.toml 中沒有資料來源「{ $id }」。
err-unknown-contact = { $file }:{ $line }：contacts.toml 中沒有聯絡資料「{ $id }」。
err-missing-message = { $file }:{ $line }：{ $locale } 中缺少「{ $message }」。
err-variables = { $file }:{ $line }：「{ $message }」使用了 { $found }，但 { $reference } 使用的是 { $expected }。
err-no-variables = 沒有
err-no-locale = { $file }:{ $line }：語言「{ $locale }」在 locales/ 中沒有對應的資料夾。
err-default-locale = { $file }:{ $line }：預設語言「{ $locale }」不在語言清單中。
err-incomplete = { $locale } 只有 { $percent }% 的訊息；使用 --strict 時需要 100%。

err-stale = { $locale } 有 { $count } 條過時的訊息（翻譯之後英文又改過）；請看 kyr check --lang { $locale }。

err-l10n-unchanged = { $locale }：英文改動之後，{ $id } 沒有修改過。請更新譯文；如果這次改動不需要新譯文，請加上 --unchanged。

err-l10n-unknown = { $locale }：{ $locale } 和參考語言中，並非都有訊息 { $id }。

err-l10n-reference = { $locale } 是參考語言：其他語言都是根據它的訊息翻譯的。

err-l10n-no-source = 內建內容包只能在它的來源資料夾（{ $path }）中標記。其他內容包請使用 --content DIR。

err-l10n-read = 無法讀取 { $file }：{ $reason }

err-l10n-write = 無法寫入 { $file }：{ $reason }

err-l10n-nothing = 請寫明要標記哪些訊息，或使用 --all。
err-operator-exit = 「{ $keys }」不是有效的按鍵序列。請用空格分隔各個按鍵，例如：ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }：最佳答案「{ $id }」不在答案之中。
err-output = 無法寫入輸出：{ $reason }
err-handout-write = 無法寫入 { $file }：{ $reason }
err-speech-missing = 朗讀需要 espeak-ng 程式，但這部電腦沒有安裝。請負責這部電腦的人安裝 espeak-ng（在 Debian 或 Ubuntu 上：sudo apt install espeak-ng）。
err-speech-failed = 無法朗讀：{ $reason }
err-audio-failed = 無法寫入 { $file }：{ $reason }
err-audio-encoder = 要把 { $file } 儲存為 Opus 格式，請安裝 opus-tools（opusenc）或 ffmpeg，或者儲存為 .wav 檔案。
