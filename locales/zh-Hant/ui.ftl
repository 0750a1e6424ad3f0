## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = 中文（繁體）
language-voice = yue cmn

ui-picker-title = 請選擇語言
ui-picker-body = 請按數字鍵，或點選您的語言。
ui-second-title = 在旁邊顯示第二種語言
ui-second-body = 請按數字鍵，或點選一種語言。再次選擇同一種語言，就只顯示一種語言。
ui-home-title = 發生了甚麼事？
ui-notice = 這不是法律建議。最後審核日期：{ $date }。

ui-out-of-date = 這些資料可能已經過時：原定在 { $date } 重新審核。請打 { $number } 聯絡 { $name } 查證。

ui-unreviewed = 本譯文經過用心翻譯，但還未經懂{ $language }的律師審核。以英文為準。

ui-unreviewed-key = 按 b 鍵，可在旁邊顯示英文。
ui-home = 首頁
ui-back = 返回
ui-next = 下一步
ui-start-over = 回到開頭
ui-yes = 是
ui-no = 否
ui-not-sure = 不確定
ui-progress = 第 { $current } 題，共 { $total } 題
ui-your-answers = 您的回答
ui-remember = 請記住
ui-who-to-call = 可以聯絡誰
ui-verify = 請先核實這個號碼
ui-in-english = 英文
ui-sources-title = 這一步的資料來源

ui-source-read = { $date } 查閱
ui-close = 按任意鍵關閉。
ui-more = 更多
ui-too-small = 請把視窗調大一些。需要 { $width } × { $height } 個字元。

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = 權利卡
ui-listen = 朗讀
ui-contacts = 求助熱線
ui-language = 語言
ui-contacts-title = 求助熱線：可以聯絡誰
ui-contacts-body = 選擇一項，就會顯示可以用手機掃描的二維碼。
ui-qr-call = 用手機相機掃描這個二維碼，就可以撥打 { $number }。
ui-qr-open = 用手機相機掃描這個二維碼，就可以開啟 { $address }。
ui-still-there = 您還在嗎？
# A kiosk whose content cannot be loaded shows this, in every language, until staff fix it.
ui-kiosk-out-of-order = 本指南現在無法啟動。請告訴工作人員。
ui-still-there-body = 請觸摸屏幕或按任意鍵繼續。{ $seconds } 秒後將從頭開始。
ui-keep-going = 繼續
ui-speaking = 正在朗讀。按任意鍵停止。
ui-speaking-next = 正在用粵語朗讀。按 a 改用普通話，按其他任意鍵停止。
ui-card-say = 按 a 可以逐句聽英文朗讀。
ui-card-saying = 正在用英文朗讀第 { $current } 句（共 { $total } 句）。← → 換一句 · Enter 再聽一次 · Esc 關閉

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = 第 { $current } 步，共 { $total } 步
ui-presenter-notes = 主持人備註
ui-quiz-start = 練習：您會怎樣做？
ui-quiz-title = 練習題：第 { $current } 題，共 { $total } 題
ui-quiz-right = 答對了。
ui-quiz-not-quite = 不太對。
ui-quiz-best = 最佳答案：
ui-quiz-next = 下一題
ui-quiz-finish = 看看成績
ui-quiz-done = 練習完成
ui-quiz-score = 共 { $total } 題，選中最佳答案的有 { $score } 題。
ui-quiz-again = 再練習一次

## Printed handouts.

handout-card-intro = 請把這張卡給執法人員看。請隨身攜帶。
handout-cut = 沿虛線剪下。
handout-print-tip = 列印前：如果預覽列印時頁面頂端或底端出現這個檔案的位址或日期，請在列印視窗中取消勾選「頁首及頁尾」（通常在「更多設定」裡）。這則提示不會印出來。
ui-handout = 儲存一份可列印的資料頁
ui-handout-saved = 資料頁已儲存在這裡：{ $path } 請用網頁瀏覽器開啟後再列印。

key-move = 移動
key-open = 選擇
key-choose = 選擇
key-back = 返回
key-home = 首頁
key-sources = 來源
key-language = 語言
key-second = 第二語言
key-help = 說明
key-quit = 離開
key-next-step = 下一步
key-previous-step = 返回
key-presenter = 備註
key-read-aloud = 朗讀

ui-help-title = 按鍵說明
ui-help-choose = 1–9：選擇一項。10 以上請連續快速輸入兩位數字（先按 1 再按 2 即為 12）。
ui-help-move = ↑ ↓ 或 j k：在選項之間移動
ui-help-enter = Enter：開啟選中的選項
ui-help-back = Esc 或 Backspace：返回上一步
ui-help-home = h：回到首頁
ui-help-language = l：更改語言（停留在目前的位置）
ui-help-second = b：在第一種語言旁邊顯示第二種語言，或把它隱藏
ui-help-workshop = → 和 ←：下一步和上一步；p：主持人備註
ui-help-sources = s：查看這一步的資料來源
ui-help-card = c：給執法人員看的權利卡
ui-help-contacts = n：可以撥打的求助熱線
ui-help-scroll = PgUp 和 PgDn：捲動較長的內容
ui-help-mouse = 您也可以直接點擊或輕觸任何選項。
ui-help-quit = q：離開
ui-help-read-aloud = a：用粵語朗讀這一頁，朗讀時再按 a 改用普通話；按其他任意鍵停止

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = 選項：
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }：{ $target }
# Words to say, quoted, and the same words in English under them.
cli-said = 「{ $text }」
cli-in-english = 英文：「{ $text }」
# A hotline: its name, its number and what it is for.
cli-contact = { $name }：{ $number } —— { $purpose }
cli-leads-to = 前往 { $target }
cli-opens-scenario = 開啟「{ $title }」
cli-next = 下一步：{ $target }
cli-if-all-yes = 如果所有回答都是「是」：{ $target }
cli-if-any-no = 如果任何一個回答是「否」或「不確定」：{ $target }
cli-sources = 資料來源：
cli-check-ok = { $pack } { $version }：沒有發現問題。
cli-check-failed = { $count ->
   *[other] 發現 { $count } 個問題。
}
cli-check-coverage = 各語言的翻譯完成度：
cli-check-locale = { $locale }：{ $percent }%（共 { $total } 條訊息，已有 { $present } 條）
cli-check-missing = { $locale } 缺少以下訊息（改用 { $reference } 顯示）：
cli-check-extra = { $locale } 有、但 { $reference } 沒有的訊息（永遠不會顯示）：
cli-check-same = { $locale } 中與 { $reference } 完全相同的訊息（請翻譯，或在 manifest 的 same_ok 中列出）：
cli-check-details = 查看需要翻譯的訊息清單：kyr check --lang { $locale }

cli-check-stale-count = { $count ->
       *[other] { $count } 條已過時
    }

cli-check-stale = { $locale } 中已過時的訊息：這些訊息翻譯之後，英文又改過。請逐條更新，然後標記。

cli-check-was = 翻譯時根據的英文：

cli-check-now = 現在的英文：

cli-check-none = （無）

cli-check-not-recorded = 沒有記錄這條訊息是根據哪一版英文翻譯的。

cli-check-stale-mark = 更新後：kyr l10n mark { $locale } MESSAGE-ID…（或 --all）

## Command-line help (`kyr --help`).

cli-about = 離線指南：移民執法人員來時，了解您的權利。這不是法律建議。
cli-help-lang = 使用的語言（例如 es、ar、zh-Hans）
cli-help-second = 在第一種語言旁邊再顯示一種語言，適合多種語言的場合
cli-help-workshop = 工作坊模式：一步一步講解一個情境，附主持人備註和練習題
cli-help-speak = 每個新畫面自動朗讀一次（適用於配有耳機的自助服務機；需要 espeak-ng）
cli-help-content = 從這個資料夾載入內容包，而不使用內建的內容包
cli-help-list = 列出所有情境：代號和標題
cli-help-show = 以純文字輸出一個完整的情境
cli-help-audio = 把一個情境朗讀出來，儲存為 WAV 聲音檔（需要 espeak-ng）
cli-help-audio-scenario = 要朗讀的情境（見 `kyr list`）
cli-help-audio-output = 要寫入的 WAV 檔案
cli-help-scenario = 要輸出的情境（見 `kyr list`）
cli-help-check = 檢查內容包，並顯示每種語言的完成度
cli-help-handout = 製作可列印的單張：重點、可剪下的權利卡、求助熱線和資料來源
cli-help-handout-scenarios = 要包括的情境（不指定時包括全部）
cli-help-handout-format = html、md 或 txt
cli-help-output = 寫入這個檔案，而不是顯示在屏幕上
cli-help-card = 輸出給執法人員看的權利卡：英文，並附上所選語言
cli-help-contacts = 按需要分類，輸出求助熱線
cli-help-kiosk = 自助服務機模式：訪客無法離開；無人操作時會從頭開始；不會儲存任何內容
cli-help-idle = 無人操作多少秒後，自助服務機會詢問「您還在嗎？」並從頭開始
cli-help-operator-exit = 關閉自助服務機的按鍵，需要依次按下
cli-help-strict = 除非每種語言都有全部訊息，而且沒有過時的訊息，否則當作失敗

cli-help-l10n = 給譯者使用的工具

cli-help-l10n-mark = 把譯文標記為已跟上所根據的英文

cli-help-l10n-lang = 譯文已審核的語言

cli-help-l10n-ids = 要標記的訊息（見 kyr check --lang CODE）

cli-help-l10n-all = 標記這種語言所有已過時的訊息

cli-help-l10n-unchanged = 也標記譯文沒有修改過的訊息（英文的改動不需要新譯文）

cli-l10n-marked = { $locale }：{ $count ->
       *[other] 已把 { $count } 條訊息標記為最新。
    }

cli-l10n-current = { $locale }：{ $id } 已經是最新的。
cli-help-bidi = 由誰排列從右到左的文字：app（由 kyr 處理）或 terminal（由終端機處理）
cli-help-shaping = 由誰把孟加拉文母音符號放到看到的位置：app（由 kyr 處理，適用於逐字繪製的終端機）或 terminal（由終端機排版文字）
cli-help-theme = 依終端機背景選擇顏色：auto（詢問終端機）、light（淺色背景）或 dark（深色背景）
cli-help-help = 顯示這個說明
cli-help-version = 顯示版本
cli-version-pack = 內容套件 { $id } { $version }，最近審核：{ $date }
cli-help-usage = 用法：{ $usage }
cli-heading-commands = 指令：
cli-heading-arguments = 引數：
cli-heading-options = 選項：
cli-help-default = { $help }（預設：{ $value }）

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = 螢幕閱讀器模式：指南以純文字逐行顯示，輸入數字後按 Enter 作答（TERM 為 dumb 或未設定時也會使用此模式）
reader-prompt = 請輸入數字，然後按 Enter（輸入 ? 查看說明）：
reader-prompt-back = 請輸入 b 並按 Enter 返回（輸入 ? 查看說明）：
reader-not-a-choice = 請輸入 1 到 { $count } 之間的數字，然後按 Enter。輸入 ? 查看說明。
reader-help-title = 請輸入數字或字母，然後按 Enter。
reader-help-number = 數字：選擇該編號的選項
reader-help-again = 只按 Enter：重複本頁內容
reader-help-back = b：返回上一步
reader-notes-full-screen = 上鎖的筆記只能在全螢幕指南中開啟（不加 --screen-reader 執行 kyr），屆時會詢問密碼。
reader-note-answer = 請輸入回答後按 Enter（只按 Enter 則保留原有內容）：
