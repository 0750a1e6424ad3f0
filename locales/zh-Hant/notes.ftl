## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = 筆記
ui-notes-title = 您的筆記
ui-help-notes = w：記錄執法經過的私人筆記
ui-notes-body = 筆記只儲存在這部裝置上，放在只有您能開啟的資料夾裡。不會傳送到任何地方。
ui-notes-new = 寫一則新筆記
ui-notes-empty = 您還沒有筆記。
ui-notes-locked = 已鎖定的筆記
ui-note-write = 寫下發生了甚麼事
ui-note-title = 發生了甚麼事
ui-note-saved = 已儲存
ui-note-autosave = kyr 會在您輸入時隨時儲存。
ui-note-unsaved = 還沒有儲存
ui-note-save-failed = 無法儲存（{ $reason }）。您寫的內容還在，kyr 會繼續嘗試儲存。
key-next-field = 下一項
key-previous-field = 上一項
key-change-choice = 更改選項
key-lock = 鎖定
key-done = 完成
key-copy = 副本
key-delete = 刪除
ui-help-note-copy = Ctrl-E：在您的主資料夾裡儲存一份給律師的副本。副本不會被鎖定。
ui-note-lock = 用密碼鎖定
ui-note-passphrase = 密碼
ui-note-passphrase-again = 再輸入一次同樣的密碼
ui-note-passphrase-mismatch = 兩次輸入的密碼不一樣。請再試一次。
ui-note-wrong-passphrase = 這個密碼打不開這則筆記。
ui-note-lock-explain =
    手機或電腦上的筆記可能被拿走，也可能被法院要求交出。
    鎖定的筆記，只有用密碼才能讀取。
    鎖定不能隱藏這則筆記的存在。
    如果有人強迫您說出密碼，鎖定也幫不了您。
    如果您忘了密碼，任何人都打不開這則筆記。
    用 Ctrl-E 儲存的副本不會被鎖定。
ui-note-lock-copy = 這則筆記有這樣一份副本：{ $path }。鎖定筆記後，kyr 會問您要不要刪除這份副本。
ui-note-open = 開啟
ui-note-export = 複製一份給律師
ui-note-exported = 副本已儲存在這裡：{ $path }
ui-note-copy-question = 副本 { $path } 沒有鎖定：任何人開啟這個檔案都能讀到。要刪除這份副本嗎？筆記本身會保留。
ui-note-delete-copy = 刪除副本
ui-note-keep-copy = 保留副本
ui-note-copy-deleted = 副本 { $path } 已刪除。
ui-note-delete = 刪除
ui-note-delete-confirm = 要刪除這則筆記嗎？刪除後無法復原。
ui-note-keep = 保留
ui-note-not-saved-leaving = 您寫的內容沒有儲存：kyr 無法寫入。如果現在離開，這些內容就會遺失。
ui-note-keep-writing = 繼續寫
ui-note-save-copy = 在我的主資料夾裡儲存一份副本
ui-note-leave = 不儲存，直接離開
ui-note-field-full = 這一欄已經寫滿：最多只能寫 { $count } 個字元。超出的部分沒有加進去。
ui-note-broken = 有一個筆記檔案無法讀取：{ $file }。這個檔案沒有被改動。

## A note printed or exported for a lawyer.

note-export-title = 與執法人員接觸經過的筆記
note-export-footer = 用 kyr 寫成。這不是法律建議。

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = 日期和時間
    .hint = 事情是甚麼時候發生的？如果更早，請修改。
note-field-place = 地點
    .hint = 地址、街角或建築物。
note-field-agency = 機構
    .hint = 他們是誰？看看外套、徽章和車輛。
note-field-agents = 執法人員人數
    .hint = 寫一個數字，或者您估計的人數。
note-field-names = 姓名和警徽號碼
    .hint = 您看到或聽到的每一個姓名和號碼。
note-field-uniforms = 制服或面罩
    .hint = 他們穿了甚麼？有沒有遮住臉？
note-field-vehicles = 車輛和車牌號碼
    .hint = 顏色、品牌和車牌號碼。
note-field-papers = 出示的文件
    .hint = 他們有沒有出示令狀？
note-field-said = 說過的話
    .hint = 他們說的和您說的，盡量按您記得的原話寫。
note-field-force = 武力或損壞
    .hint = 有人受傷嗎？有東西被損壞或拿走嗎？
note-field-taken = 有人被帶去哪裡
    .hint = 誰被帶走了，帶去了哪裡（如果您知道）。
note-field-witnesses = 目擊者
    .hint = 寫下別人的姓名或電話號碼之前，先問他們。
note-field-media = 照片和錄影
    .hint = 它們存放在哪裡。在安全的地方另存一份。

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = 其他機構
note-choice-unknown = 我不知道
note-choice-judicial = 法官簽署的令狀
note-choice-ice-form = ICE 表格（I-200 或 I-205）
note-choice-none = 沒有出示文件
note-choice-not-sure = 不確定

## `kyr notes` on the command line.

cli-help-notes = 您的私人筆記：列出、匯出、刪除、全部清除
cli-help-notes-list = 列出您的筆記
cli-help-notes-export = 輸出一則給律師看的筆記，欄位名稱用您的語言並附上英文
cli-help-notes-delete = 刪除一則筆記
cli-help-notes-wipe = 刪除所有筆記（需要先輸入一個詞來確認）
cli-help-note-id = 筆記的代號（見 `kyr notes list`）
cli-help-format = md 或 txt
cli-help-data-dir = 存放筆記的資料夾（預設：$XDG_DATA_HOME/kyr）
cli-notes-none = 您沒有筆記。
cli-notes-locked = 已鎖定
cli-passphrase = 密碼：
cli-wipe-confirm = 這會刪除 { $dir } 中的所有筆記。要繼續，請輸入 { $word }：
# The word to type, in capitals if your script has them.
cli-wipe-word = 刪除
cli-wipe-done = { $count ->
   *[other] 已刪除 { $count } 則筆記。
}
cli-wipe-cancelled = 甚麼都沒有刪除。
cli-deleted = 筆記 { $id } 已刪除。

## Errors about notes.

err-note-busy = 筆記「{ $id }」已在另一個 kyr 中開啟。請先在那邊關閉它，以免兩邊互相覆蓋。
err-note-missing = 沒有「{ $id }」這則筆記。
err-note-passphrase = 這個密碼打不開筆記「{ $id }」。
err-note-write = 無法儲存到 { $dir }：{ $reason }
err-note-folder-open = 不會儲存到 { $dir }：其他人也可以寫入這個資料夾。請把它設為只有您自己能用（chmod 700），或者用 --data-dir 另選一個資料夾。
err-note-folder-read-only = 不會儲存到 { $dir }：這個資料夾是唯讀的。您寫的內容仍然留在畫面上。
err-note-folder-link = 您的筆記資料夾 { $dir } 是指向 { $target } 的連結。kyr 不會透過連結寫入：如果您的筆記應該放在那裡，請使用 --data-dir { $target }。
err-note-leftover = { $file }：這是筆記 { $id } 在程式當機時留下的、只儲存了一半的內容。請開啟這則筆記，看看儲存了哪些內容；kyr notes delete { $id } 會把筆記和這些內容一起刪除。
err-note-corrupt = { $file }：這則筆記已損壞（{ $reason }）。這個檔案沒有被改動。
err-note-copy-delete = 無法刪除 { $file }：{ $reason }
err-note-too-large = { $file }：這個檔案太大，不可能是筆記。這個檔案沒有被改動。
err-note-no-folder = 沒有存放筆記的資料夾。請設定 XDG_DATA_HOME 或 HOME，或者使用 --data-dir。
err-notes-kiosk = 自助服務機模式下不會儲存筆記。
