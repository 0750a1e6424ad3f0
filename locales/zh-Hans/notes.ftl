## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = 笔记
ui-notes-title = 您的笔记
ui-help-notes = w：记录执法经过的私人笔记
ui-notes-body = 笔记只保存在这台设备上，放在只有您能打开的文件夹里。不会发送到任何地方。
ui-notes-new = 写一条新笔记
ui-notes-empty = 您还没有笔记。
ui-notes-locked = 已锁定的笔记
ui-note-write = 写下发生了什么
ui-note-title = 发生了什么
ui-note-saved = 已保存
ui-note-autosave = kyr 会在您输入时随时保存。
ui-note-unsaved = 还没有保存
ui-note-save-failed = 无法保存（{ $reason }）。您写的内容还在，kyr 会继续尝试保存。
key-next-field = 下一项
key-previous-field = 上一项
key-change-choice = 更改选项
key-lock = 锁定
key-done = 完成
key-copy = 副本
key-delete = 删除
ui-help-note-copy = Ctrl-E：在您的主文件夹里保存一份给律师的副本。副本不会被锁定。
ui-note-lock = 用密码锁定
ui-note-passphrase = 密码
ui-note-passphrase-again = 再输入一次同样的密码
ui-note-passphrase-mismatch = 两次输入的密码不一样。请再试一次。
ui-note-wrong-passphrase = 这个密码打不开这条笔记。
ui-note-lock-explain =
    手机或电脑上的笔记可能被拿走，也可能被法院要求交出。
    锁定的笔记，只有用密码才能读取。
    锁定不能隐藏这条笔记的存在。
    如果有人强迫您说出密码，锁定也帮不了您。
    如果您忘了密码，任何人都打不开这条笔记。
    用 Ctrl-E 保存的副本不会被锁定。
ui-note-lock-copy = 这条笔记有这样一份副本：{ $path }。锁定笔记后，kyr 会问您要不要删除这份副本。
ui-note-open = 打开
ui-note-export = 复制一份给律师
ui-note-exported = 副本已保存在这里：{ $path }
ui-note-copy-question = 副本 { $path } 没有锁定：任何人打开这个文件都能读到。要删除这份副本吗？笔记本身会保留。
ui-note-delete-copy = 删除副本
ui-note-keep-copy = 保留副本
ui-note-copy-deleted = 副本 { $path } 已删除。
ui-note-delete = 删除
ui-note-delete-confirm = 要删除这条笔记吗？删除后无法恢复。
ui-note-keep = 保留
ui-note-not-saved-leaving = 您写的内容没有保存：kyr 无法写入。如果现在离开，这些内容就会丢失。
ui-note-keep-writing = 继续写
ui-note-save-copy = 在我的主文件夹里保存一份副本
ui-note-leave = 不保存，直接离开
ui-note-field-full = 这一栏已经写满：最多只能写 { $count } 个字符。超出的部分没有加进去。
ui-note-broken = 有一个笔记文件无法读取：{ $file }。这个文件没有被改动。

## A note printed or exported for a lawyer.

note-export-title = 与执法人员接触经过的笔记
note-export-footer = 用 kyr 写成。这不是法律建议。

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = 日期和时间
    .hint = 事情是什么时候发生的？如果更早，请修改。
note-field-place = 地点
    .hint = 地址、街口或建筑物。
note-field-agency = 机构
    .hint = 他们是谁？看看外套、徽章和车辆。
note-field-agents = 执法人员人数
    .hint = 写一个数字，或者您估计的人数。
note-field-names = 姓名和警徽号码
    .hint = 您看到或听到的每一个姓名和号码。
note-field-uniforms = 制服或面罩
    .hint = 他们穿了什么？有没有遮住脸？
note-field-vehicles = 车辆和车牌号
    .hint = 颜色、品牌和车牌号。
note-field-papers = 出示的文件
    .hint = 他们有没有出示令状？
note-field-said = 说过的话
    .hint = 他们说的和您说的，尽量按您记得的原话写。
note-field-force = 武力或损坏
    .hint = 有人受伤吗？有东西被损坏或拿走吗？
note-field-taken = 有人被带去哪里
    .hint = 谁被带走了，带去了哪里（如果您知道）。
note-field-witnesses = 证人
    .hint = 写下别人的姓名或电话号码之前，先问他们。
note-field-media = 照片和视频
    .hint = 它们存放在哪里。在安全的地方另存一份。

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = 其他机构
note-choice-unknown = 我不知道
note-choice-judicial = 法官签署的令状
note-choice-ice-form = ICE 表格（I-200 或 I-205）
note-choice-none = 没有出示文件
note-choice-not-sure = 不确定

## `kyr notes` on the command line.

cli-help-notes = 您的私人笔记：列出、导出、删除、全部清除
cli-help-notes-list = 列出您的笔记
cli-help-notes-export = 打印一条给律师看的笔记，栏目名称用您的语言并附上英文
cli-help-notes-delete = 删除一条笔记
cli-help-notes-wipe = 删除所有笔记（需要先输入一个词来确认）
cli-help-note-id = 笔记的编号（见 `kyr notes list`）
cli-help-format = md 或 txt
cli-help-data-dir = 存放笔记的文件夹（默认：$XDG_DATA_HOME/kyr）
cli-notes-none = 您没有笔记。
cli-notes-locked = 已锁定
cli-passphrase = 密码：
cli-wipe-confirm = 这会删除 { $dir } 中的所有笔记。要继续，请输入 { $word }：
# The word to type, in capitals if your script has them.
cli-wipe-word = 删除
cli-wipe-done = { $count ->
   *[other] 已删除 { $count } 条笔记。
}
cli-wipe-cancelled = 什么都没有删除。
cli-deleted = 笔记 { $id } 已删除。

## Errors about notes.

err-note-busy = 笔记“{ $id }”已在另一个 kyr 中打开。请先在那边关闭它，以免两边互相覆盖。
err-note-missing = 没有“{ $id }”这条笔记。
err-note-passphrase = 这个密码打不开笔记“{ $id }”。
err-note-write = 无法保存到 { $dir }：{ $reason }
err-note-folder-open = 不会保存到 { $dir }：其他人也可以写入这个文件夹。请把它设为只有您自己能用（chmod 700），或者用 --data-dir 另选一个文件夹。
err-note-folder-read-only = 不会保存到 { $dir }：这个文件夹是只读的。您写的内容仍然留在屏幕上。
err-note-folder-link = 您的笔记文件夹 { $dir } 是指向 { $target } 的链接。kyr 不会通过链接写入：如果您的笔记应该放在那里，请使用 --data-dir { $target }。
err-note-leftover = { $file }：这是笔记 { $id } 在程序崩溃时留下的、只保存了一半的内容。请打开这条笔记，看看保存了哪些内容；kyr notes delete { $id } 会把笔记和这些内容一起删除。
err-note-corrupt = { $file }：这条笔记已损坏（{ $reason }）。这个文件没有被改动。
err-note-copy-delete = 无法删除 { $file }：{ $reason }
err-note-too-large = { $file }：这个文件太大，不可能是笔记。这个文件没有被改动。
err-note-no-folder = 没有存放笔记的文件夹。请设置 XDG_DATA_HOME 或 HOME，或者使用 --data-dir。
err-notes-kiosk = 自助终端模式下不保存笔记。
