## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = 메모
ui-notes-title = 내 메모
ui-help-notes = w: 요원과 마주친 일에 대한 개인 메모
ui-notes-body = 메모는 이 기기에서 본인만 열 수 있는 폴더에 저장됩니다. 어디로도 보내지 않습니다.
ui-notes-new = 새 메모 쓰기
ui-notes-empty = 아직 메모가 없습니다.
ui-notes-locked = 잠긴 메모
ui-note-write = 일어난 일을 적어 두십시오
ui-note-title = 일어난 일
ui-note-saved = 저장됨
ui-note-autosave = kyr는 입력하시는 내용을 바로바로 저장합니다.
ui-note-unsaved = 아직 저장되지 않음
ui-note-save-failed = 저장하지 못했습니다({ $reason }). 쓰신 내용은 그대로 있고, kyr가 계속 저장을 시도합니다.
key-next-field = 다음
key-previous-field = 뒤로
key-change-choice = 선택 바꾸기
key-lock = 잠그기
key-done = 완료
key-copy = 사본
key-delete = 삭제
ui-help-note-copy = Ctrl-E: 변호사에게 줄 사본을 홈 폴더에 저장합니다. 사본은 잠기지 않습니다.
ui-note-lock = 암호 문구로 잠그기
ui-note-passphrase = 암호 문구
ui-note-passphrase-again = 같은 암호 문구를 한 번 더
ui-note-passphrase-mismatch = 두 암호 문구가 서로 다릅니다. 다시 입력하십시오.
ui-note-wrong-passphrase = 이 암호 문구로는 이 메모를 열 수 없습니다.
ui-note-lock-explain =
    휴대폰이나 컴퓨터의 메모는 남이 가져갈 수도 있고, 법원이 내놓으라고 요구할 수도 있습니다.
    잠긴 메모는 암호 문구가 있어야만 읽을 수 있습니다.
    잠가도 메모가 있다는 사실은 숨겨지지 않습니다.
    누군가 암호 문구를 말하라고 강요하면, 잠금은 도움이 되지 않습니다.
    암호 문구를 잊으면 아무도 이 메모를 열 수 없습니다.
    Ctrl-E로 저장한 사본은 잠기지 않습니다.
ui-note-lock-copy = 이 메모에는 그런 사본이 있습니다: { $path }. 메모를 잠근 뒤 kyr가 사본을 삭제할지 묻습니다.
ui-note-open = 열기
ui-note-export = 변호사에게 줄 사본 만들기
ui-note-exported = 사본을 여기에 저장했습니다: { $path }
ui-note-copy-question = 이 사본은 잠겨 있지 않습니다: { $path }. 이 파일을 여는 사람은 누구나 읽을 수 있습니다. 사본을 삭제하시겠습니까? 메모는 그대로 남습니다.
ui-note-delete-copy = 사본 삭제
ui-note-keep-copy = 사본 남겨 두기
ui-note-copy-deleted = 사본을 삭제했습니다: { $path }
ui-note-delete = 삭제
ui-note-delete-confirm = 이 메모를 삭제하시겠습니까? 삭제하면 되돌릴 수 없습니다.
ui-note-keep = 남겨 두기
ui-note-not-saved-leaving = 쓰신 내용이 저장되지 않았습니다. kyr가 저장하지 못했습니다. 지금 나가면 이 내용은 사라집니다.
ui-note-keep-writing = 계속 쓰기
ui-note-save-copy = 내 홈 폴더에 사본 저장하기
ui-note-leave = 저장하지 않고 나가기
ui-note-field-full = 이 칸이 가득 찼습니다. 최대 { $count }자까지 쓸 수 있습니다. 넘친 부분은 들어가지 않았습니다.
ui-note-broken = 메모 파일을 읽을 수 없습니다: { $file }. 파일은 그대로 두었습니다.

## A note printed or exported for a lawyer.

note-export-title = 요원과 마주친 일에 대한 메모
note-export-footer = kyr로 작성했습니다. 법률 자문이 아닙니다.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = 날짜와 시간
    .hint = 언제 있었던 일입니까? 적힌 시간보다 전이었다면 고치십시오.
note-field-place = 장소
    .hint = 주소, 길모퉁이, 또는 건물을 적으십시오.
note-field-agency = 기관
    .hint = 누구였습니까? 재킷, 배지, 차량을 떠올려 보십시오.
note-field-agents = 요원 수
    .hint = 정확한 수나, 짐작한 수를 적으십시오.
note-field-names = 이름과 배지 번호
    .hint = 보거나 들은 이름과 번호를 모두 적으십시오.
note-field-uniforms = 제복이나 마스크
    .hint = 무엇을 입었습니까? 얼굴을 가렸습니까?
note-field-vehicles = 차량과 차량 번호판
    .hint = 색, 제조사, 번호판 번호를 적으십시오.
note-field-papers = 보여 준 서류
    .hint = 영장을 보여 주었습니까?
note-field-said = 오간 말
    .hint = 요원이 한 말과 내가 한 말을 기억나는 그대로 적으십시오.
note-field-force = 폭력이나 피해
    .hint = 다친 사람이 있습니까? 부서지거나 가져간 것이 있습니까?
note-field-taken = 데려간 곳
    .hint = 누구를 어디로 데려갔는지, 아는 만큼 적으십시오.
note-field-witnesses = 목격자
    .hint = 이름이나 전화번호를 적기 전에 본인에게 먼저 물어보십시오.
note-field-media = 사진과 동영상
    .hint = 어디에 보관되어 있습니까? 안전한 곳에 사본을 두십시오.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = 다른 기관
note-choice-unknown = 모르겠음
note-choice-judicial = 판사가 서명한 영장
note-choice-ice-form = ICE 양식(I-200 또는 I-205)
note-choice-none = 서류 없음
note-choice-not-sure = 잘 모르겠음

## `kyr notes` on the command line.

cli-help-notes = 개인 메모: 목록, 내보내기, 삭제, 모두 삭제
cli-help-notes-list = 메모 목록 보기
cli-help-notes-export = 변호사에게 줄 메모 출력: 항목 이름은 고른 언어와 영어로
cli-help-notes-delete = 메모 하나 삭제
cli-help-notes-wipe = 모든 메모 삭제 (먼저 단어 하나를 입력해야 함)
cli-help-note-id = 메모 id (`kyr notes list` 참고)
cli-help-format = md 또는 txt
cli-help-data-dir = 메모를 저장할 폴더 (기본값: $XDG_DATA_HOME/kyr)
cli-notes-none = 메모가 없습니다.
cli-notes-locked = 잠김
cli-passphrase = 암호 문구:
cli-wipe-confirm = { $dir }에 있는 메모를 모두 삭제합니다. 계속하려면 { $word }을(를) 입력하십시오:
# The word to type, in capitals if your script has them.
cli-wipe-word = 삭제
cli-wipe-done = { $count ->
   *[other] 메모 { $count }개를 삭제했습니다.
}
cli-wipe-cancelled = 아무것도 삭제하지 않았습니다.
cli-deleted = { $id } 메모를 삭제했습니다.

## Errors about notes.

err-note-busy = “{ $id }” 메모가 다른 kyr에서 열려 있습니다. 서로 내용을 덮어쓰지 않도록, 먼저 그쪽에서 닫으십시오.
err-note-missing = “{ $id }” 메모는 없습니다.
err-note-passphrase = 이 암호 문구로는 “{ $id }” 메모를 열 수 없습니다.
err-note-write = { $dir }에 저장할 수 없습니다: { $reason }
err-note-folder-open = { $dir }에 저장하지 않습니다: 다른 사람도 이 폴더에 쓸 수 있습니다. 본인만 쓸 수 있게 하거나(chmod 700), --data-dir로 다른 폴더를 고르십시오.
err-note-folder-read-only = { $dir }에 저장하지 않습니다: 읽기 전용 폴더입니다. 쓰신 내용은 화면에 그대로 남아 있습니다.
err-note-folder-link = 메모 폴더 { $dir }은(는) 링크이며, 가리키는 곳은 { $target }입니다. kyr는 링크를 거쳐서는 쓰지 않습니다. 메모를 그곳에 두려면 --data-dir { $target } 옵션을 쓰십시오.
err-note-leftover = { $file }: 프로그램이 비정상 종료되면서 남은, 반쯤 저장된 { $id } 메모 내용입니다. 메모를 열어 무엇이 저장되었는지 확인하십시오. kyr notes delete { $id } 명령은 메모와 이 내용을 모두 지웁니다.
err-note-corrupt = { $file }: 이 메모는 손상되었습니다({ $reason }). 파일은 그대로 두었습니다.
err-note-copy-delete = { $file } 파일을 삭제할 수 없습니다: { $reason }
err-note-too-large = { $file }: 메모 파일이라고 보기에는 너무 큽니다. 파일은 그대로 두었습니다.
err-note-no-folder = 메모를 저장할 폴더가 없습니다. XDG_DATA_HOME이나 HOME을 설정하거나, --data-dir을 쓰십시오.
err-notes-kiosk = 키오스크 모드에서는 메모를 저장하지 않습니다.
