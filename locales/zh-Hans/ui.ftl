## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = 中文（简体）
language-voice = cmn

ui-picker-title = 请选择语言
ui-picker-body = 请按数字键，或点选您的语言。
ui-second-title = 在旁边显示第二种语言
ui-second-body = 请按数字键，或点选一种语言。再次选择同一种语言，就只显示一种语言。
ui-home-title = 发生了什么情况？
ui-notice = 这不是法律建议。最后审核日期：{ $date }。

ui-out-of-date = 这些信息可能已经过时：它原定在 { $date } 重新审核。请拨打 { $number } 联系 { $name } 核实。

ui-unreviewed = 本译文经过认真翻译，但还没有经过懂{ $language }的律师审核。以英文为准。

ui-unreviewed-key = 按 b 键，可在旁边显示英文。
ui-home = 首页
ui-back = 返回
ui-next = 下一步
ui-start-over = 回到开头
ui-yes = 是
ui-no = 否
ui-not-sure = 不确定
ui-progress = 第 { $current } 题，共 { $total } 题
ui-your-answers = 您的回答
ui-remember = 请记住
ui-who-to-call = 可以联系谁
ui-verify = 请先核实这个号码
ui-in-english = 英文
ui-sources-title = 这一步的资料来源

ui-source-read = { $date } 查阅
ui-close = 按任意键关闭。
ui-more = 更多
ui-too-small = 请把窗口调大一些。窗口需要 { $width } × { $height } 个字符。

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = 权利卡
ui-listen = 朗读
ui-contacts = 求助热线
ui-language = 语言
ui-contacts-title = 求助热线：可以联系谁
ui-contacts-body = 选择一项，就会显示可以用手机扫描的二维码。
ui-qr-call = 用手机相机扫描这个二维码，就可以拨打 { $number }。
ui-qr-open = 用手机相机扫描这个二维码，就可以打开 { $address }。
ui-still-there = 您还在吗？
# A kiosk whose content cannot be loaded shows this, in every language, until staff fix it.
ui-kiosk-out-of-order = 本指南现在无法启动。请告诉工作人员。
ui-still-there-body = 请触摸屏幕或按任意键继续。{ $seconds } 秒后将从头开始。
ui-keep-going = 继续
ui-speaking = 正在朗读。按任意键停止。
ui-speaking-next = 正在朗读。按 a 换一种语音，按其他任意键停止。
ui-card-say = 按 a 可以逐句听英文朗读。
ui-card-saying = 正在用英文朗读第 { $current } 句（共 { $total } 句）。← → 换一句 · Enter 再听一遍 · Esc 关闭

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = 第 { $current } 步，共 { $total } 步
ui-presenter-notes = 主讲人备注
ui-quiz-start = 练习：换作是您，会怎么做？
ui-quiz-title = 练习题：第 { $current } 题，共 { $total } 题
ui-quiz-right = 正确。
ui-quiz-not-quite = 不太对。
ui-quiz-best = 最佳答案：
ui-quiz-next = 下一题
ui-quiz-finish = 查看练习结果
ui-quiz-done = 练习完成
ui-quiz-score = 共 { $total } 题，选中最佳答案 { $score } 次。
ui-quiz-again = 再练一次

## Printed handouts.

handout-card-intro = 请把这张卡出示给执法人员。请随身携带。
handout-cut = 沿虚线剪下。
handout-print-tip = 打印前：如果打印预览中页面顶部或底部显示了这个文件的地址或日期，请在打印窗口中关闭“页眉和页脚”（通常在“更多设置”里）。这条提示不会打印出来。
ui-handout = 保存一份可打印的资料页
ui-handout-saved = 资料页已保存在这里：{ $path } 请用网页浏览器打开它再打印。

key-move = 移动
key-open = 选择
key-choose = 选择
key-back = 返回
key-home = 首页
key-sources = 来源
key-language = 语言
key-second = 第二语言
key-help = 帮助
key-quit = 退出
key-next-step = 下一步
key-previous-step = 上一步
key-presenter = 备注
key-read-aloud = 朗读

ui-help-title = 按键说明
ui-help-choose = 1–9：选择一项。10 及以上请连续快速输入两位数字（先按 1 再按 2 即为 12）。
ui-help-move = ↑ ↓ 或 j k：在选项之间移动
ui-help-enter = Enter：打开选中的选项
ui-help-back = Esc 或 Backspace：返回上一步
ui-help-home = h：回到首页
ui-help-language = l：更改语言（当前位置不变）
ui-help-second = b：在第一种语言旁边显示第二种语言，或将其隐藏
ui-help-workshop = → 和 ←：下一步和上一步；p：主讲人备注
ui-help-sources = s：查看这一步的资料来源
ui-help-card = c：给执法人员看的权利卡
ui-help-contacts = n：可以拨打的求助热线
ui-help-scroll = PgUp 和 PgDn：滚动较长的内容
ui-help-mouse = 您也可以直接点击或轻触任何选项。
ui-help-quit = q：退出
ui-help-read-aloud = a：朗读这一屏的内容；按任意键停止

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = 选项：
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }：{ $target }
# Words to say, quoted, and the same words in English under them.
cli-said = “{ $text }”
cli-in-english = 英文：“{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }：{ $number } —— { $purpose }
cli-leads-to = 转到 { $target }
cli-opens-scenario = 打开“{ $title }”
cli-next = 下一步：{ $target }
cli-if-all-yes = 如果所有回答都是“是”：{ $target }
cli-if-any-no = 如果有任何回答是“否”或“不确定”：{ $target }
cli-sources = 资料来源：
cli-check-ok = { $pack } { $version }：没有发现问题。
cli-check-failed = { $count ->
   *[other] 发现 { $count } 个问题。
}
cli-check-coverage = 各语言的翻译完成情况：
cli-check-locale = { $locale }：{ $percent }%（共 { $total } 条消息，已有 { $present } 条）
cli-check-missing = { $locale } 中缺少以下消息（改用 { $reference } 显示）：
cli-check-extra = { $locale } 中有、但 { $reference } 中没有的消息（不会显示）：
cli-check-same = { $locale } 中与 { $reference } 相同的消息（请翻译，或在清单文件的 same_ok 中列出）：
cli-check-details = 查看需要翻译的消息列表：kyr check --lang { $locale }

cli-check-stale-count = { $count ->
       *[other] { $count } 条已过时
    }

cli-check-stale = { $locale } 中已过时的消息：这些消息翻译之后，英文又改过。请逐条更新，然后标记。

cli-check-was = 翻译时依据的英文：

cli-check-now = 现在的英文：

cli-check-none = （无）

cli-check-not-recorded = 没有记录这条消息是根据哪一版英文翻译的。

cli-check-stale-mark = 更新后：kyr l10n mark { $locale } MESSAGE-ID…（或 --all）

## 命令行帮助（`kyr --help`）。

cli-about = 离线指南：移民执法人员来时，了解您的权利。这不是法律建议。
cli-help-lang = 使用的语言（例如 es、ar、zh-Hans）
cli-help-second = 在第一种语言旁边显示的第二种语言，方便不同语言的人一起看
cli-help-workshop = 工作坊模式：一步一步讲解一个情境，附有主讲人备注和练习题
cli-help-speak = 每个新画面自动朗读一次（适用于配有耳机的自助终端；需要 espeak-ng）
cli-help-content = 从这个文件夹加载内容包，而不是内置的内容包
cli-help-list = 列出所有情境：编号和标题
cli-help-show = 以纯文本打印一个完整的情境
cli-help-audio = 把一个情境朗读出来，保存为 WAV 声音文件（需要 espeak-ng）
cli-help-audio-scenario = 要朗读的情境（见 `kyr list`）
cli-help-audio-output = 要写入的 WAV 文件
cli-help-scenario = 要打印的情境（见 `kyr list`）
cli-help-check = 检查内容包，并显示每种语言的完成情况
cli-help-handout = 制作可打印的资料单：要点、可剪下的权利卡、求助热线和资料来源
cli-help-handout-scenarios = 要包含的情境（不指定时包含全部情境）
cli-help-handout-format = html、md 或 txt
cli-help-output = 写入这个文件，而不是显示在屏幕上
cli-help-card = 打印给执法人员看的权利卡：英文，并附上所选语言
cli-help-contacts = 按需要分类，打印求助热线
cli-help-kiosk = 自助终端模式：访客无法退出；无人操作时会从头开始；不保存任何内容
cli-help-idle = 无人操作多少秒后，自助终端会询问“您还在吗？”并从头开始
cli-help-operator-exit = 关闭自助终端的按键，需要依次按下
cli-help-strict = 除非每种语言都有全部消息，而且没有过时的消息，否则视为失败

cli-help-l10n = 给译者用的工具

cli-help-l10n-mark = 把译文标记为已跟上所依据的英文

cli-help-l10n-lang = 译文已审核的语言

cli-help-l10n-ids = 要标记的消息（见 kyr check --lang CODE）

cli-help-l10n-all = 标记这种语言所有已过时的消息

cli-help-l10n-unchanged = 也标记译文没有修改过的消息（英文的改动不需要新译文）

cli-l10n-marked = { $locale }：{ $count ->
       *[other] 已将 { $count } 条消息标记为最新。
    }

cli-l10n-current = { $locale }：{ $id } 已经是最新的。
cli-help-bidi = 由谁排列从右到左的文字：app（由 kyr 排列）或 terminal（由终端排列）
cli-help-shaping = 由谁把孟加拉文元音符号放到看到的位置：app（由 kyr 处理，适用于逐字绘制的终端）或 terminal（由终端排版文字）
cli-help-theme = 按终端背景选择颜色：auto（询问终端）、light（浅色背景）或 dark（深色背景）
cli-help-help = 显示此帮助
cli-help-version = 显示版本
cli-version-pack = 内容包 { $id } { $version }，最近审核：{ $date }
cli-help-usage = 用法：{ $usage }
cli-heading-commands = 命令：
cli-heading-arguments = 参数：
cli-heading-options = 选项：
cli-help-default = { $help }（默认：{ $value }）

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = 屏幕阅读器模式：指南以纯文本逐行显示，输入数字后按 Enter 作答（TERM 为 dumb 或未设置时也会使用此模式）
reader-prompt = 请输入数字，然后按 Enter（输入 ? 查看帮助）：
reader-prompt-back = 请输入 b 并按 Enter 返回（输入 ? 查看帮助）：
reader-not-a-choice = 请输入 1 到 { $count } 之间的数字，然后按 Enter。输入 ? 查看帮助。
reader-help-title = 请输入数字或字母，然后按 Enter。
reader-help-number = 数字：选择该编号的选项
reader-help-again = 只按 Enter：重复本屏内容
reader-help-back = b：返回上一步
reader-notes-full-screen = 上锁的笔记只能在全屏指南中打开（不加 --screen-reader 运行 kyr），届时会询问密码。
reader-note-answer = 请输入回答后按 Enter（只按 Enter 则保留原有内容）：
