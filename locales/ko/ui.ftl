## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = 한국어
language-voice = ko

ui-picker-title = 언어를 고르십시오
ui-picker-body = 번호를 누르거나, 원하는 언어를 터치하십시오.
ui-second-title = 이 언어 옆에 두 번째 언어 표시
ui-second-body = 번호를 누르거나 언어를 터치하십시오. 같은 언어를 다시 고르면 한 언어만 표시됩니다.
ui-home-title = 무슨 일이 있습니까?
ui-notice = 이 안내는 법률 자문이 아닙니다. 최종 검토일: { $date }.
ui-out-of-date = 이 정보는 최신이 아닐 수 있습니다. { $date }에 다시 검토했어야 하는 정보입니다. { $name }({ $number })에 전화해 확인하십시오.
ui-unreviewed = 정성껏 번역했지만, { $language }를 하는 변호사의 검토는 아직 받지 않았습니다. 기준은 영어 원문입니다.
ui-unreviewed-key = b를 누르면 영어 원문을 나란히 볼 수 있습니다.
ui-home = 처음으로
ui-back = 뒤로
ui-next = 다음
ui-start-over = 처음으로 돌아가기
ui-yes = 예
ui-no = 아니요
ui-not-sure = 잘 모르겠음
ui-progress = 질문 { $current } / { $total }
ui-your-answers = 내 답변
ui-remember = 기억할 점
ui-who-to-call = 연락할 곳
ui-verify = 먼저 이 번호가 맞는지 확인하십시오
ui-in-english = 영어로
ui-sources-title = 이 단계의 출처
ui-source-read = { $date }에 확인
ui-close = 아무 키나 누르면 닫힙니다.
ui-more = 더 보기
ui-too-small = 창을 더 크게 해 주십시오. 가로 { $width }칸, 세로 { $height }줄이 필요합니다.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = 권리 카드
ui-listen = 듣기
ui-contacts = 핫라인
ui-language = 언어
ui-contacts-title = 핫라인: 연락할 곳
ui-contacts-body = 하나를 고르면 휴대폰으로 스캔할 수 있는 코드가 나옵니다.
ui-qr-call = 휴대폰 카메라로 이 코드를 스캔하면 { $number }에 전화할 수 있습니다.
ui-qr-open = 휴대폰 카메라로 이 코드를 스캔하면 { $address } 주소가 열립니다.
ui-still-there = 아직 계십니까?
# A kiosk whose content cannot be loaded shows this, in every language, until staff fix it.
ui-kiosk-out-of-order = 지금은 이 안내를 시작할 수 없습니다. 직원에게 알려 주십시오.
ui-still-there-body = 계속하려면 화면을 터치하거나 아무 키나 누르십시오. { $seconds }초 뒤에 처음부터 다시 시작합니다.
ui-keep-going = 계속하기
ui-speaking = 소리 내어 읽는 중입니다. 멈추려면 아무 키나 누르십시오.
ui-speaking-next = 소리 내어 읽는 중입니다. 다른 목소리로 들으려면 a를, 멈추려면 다른 아무 키나 누르십시오.
ui-card-say = a를 누르면 각 문장을 영어로 소리 내어 들을 수 있습니다.
ui-card-saying = 전체 { $total }문장 중 { $current }번째 문장을 영어로 읽는 중입니다. ← → 다른 문장 · Enter 다시 듣기 · Esc 닫기

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = { $total }단계 중 { $current }단계
ui-presenter-notes = 진행자 메모
ui-quiz-start = 연습 문제: 어떻게 하시겠습니까?
ui-quiz-title = 연습 문제 { $current } / { $total }
ui-quiz-right = 맞습니다.
ui-quiz-not-quite = 조금 다릅니다.
ui-quiz-best = 가장 좋은 답:
ui-quiz-next = 다음 문제
ui-quiz-finish = 결과 보기
ui-quiz-done = 연습을 마쳤습니다
ui-quiz-score = { $total }문제 중 { $score }문제에서 가장 좋은 답을 골랐습니다.
ui-quiz-again = 다시 연습하기

## Printed handouts.

handout-card-intro = 이 카드를 요원에게 보여 주십시오. 늘 가지고 다니십시오.
handout-cut = 점선을 따라 자르십시오.
handout-print-tip = 인쇄하기 전에: 인쇄 미리보기에서 페이지 위나 아래에 이 파일의 주소나 날짜가 보이면 인쇄 창에서 “머리글과 바닥글”을 끄십시오(보통 “설정 더보기”에 있습니다). 이 안내는 인쇄되지 않습니다.
ui-handout = 인쇄용 안내문 저장
ui-handout-saved = 안내문을 여기에 저장했습니다: { $path } 인쇄하려면 웹 브라우저로 여십시오.

key-move = 이동
key-open = 선택
key-choose = 선택
key-back = 뒤로
key-home = 처음
key-sources = 출처
key-language = 언어
key-second = 두 번째 언어
key-help = 도움말
key-quit = 종료
key-next-step = 다음
key-previous-step = 뒤로
key-presenter = 메모
key-read-aloud = 소리 내어 읽기

ui-help-title = 키 안내
ui-help-choose = 1–9: 항목 고르기. 10 이상은 두 자리를 빠르게 이어서 누르십시오(1 다음 2는 12).
ui-help-move = ↑ ↓ 또는 j k: 항목 사이 이동
ui-help-enter = Enter: 고른 항목 열기
ui-help-back = Esc 또는 Backspace: 한 단계 뒤로
ui-help-home = h: 처음 화면으로
ui-help-language = l: 언어 바꾸기 (보던 곳은 그대로입니다)
ui-help-second = b: 두 번째 언어를 나란히 보기, 또는 숨기기
ui-help-workshop = → ←: 다음 단계, 이전 단계 · p: 진행자 메모
ui-help-sources = s: 이 단계의 출처 보기
ui-help-card = c: 요원에게 보여 줄 카드
ui-help-contacts = n: 전화할 수 있는 핫라인
ui-help-scroll = PgUp, PgDn: 긴 글 위아래로 넘기기
ui-help-mouse = 항목을 클릭하거나 터치해도 됩니다.
ui-help-quit = q: 종료
ui-help-read-aloud = a: 이 화면을 소리 내어 읽기. 아무 키나 누르면 멈춥니다

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = 선택지:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = “{ $text }”
cli-in-english = 영어로: “{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = → { $target }
cli-opens-scenario = “{ $title }” 열기
cli-next = 다음: { $target }
cli-if-all-yes = 모든 답이 “예”이면: { $target }
cli-if-any-no = 하나라도 “아니요”나 “잘 모르겠음”이면: { $target }
cli-sources = 출처:
cli-check-ok = { $pack } { $version }: 문제가 없습니다.
cli-check-failed = { $count ->
   *[other] 문제를 { $count }개 찾았습니다.
}
cli-check-coverage = 언어별 번역 현황:
cli-check-locale = { $locale }: { $percent }% (메시지 { $total }개 중 { $present }개)
cli-check-missing = { $locale }에 없는 메시지 (대신 { $reference }로 표시됨):
cli-check-extra = { $locale }에는 있지만 { $reference }에는 없는 메시지 (표시되지 않음):
cli-check-same = { $locale }에서 { $reference }와 똑같은 메시지 (번역하거나, 매니페스트의 same_ok에 넣으십시오):
cli-check-details = 번역할 메시지 목록 보기: kyr check --lang { $locale }
cli-check-stale-count = 오래된 번역 { $count }개
cli-check-stale = { $locale }의 오래된 번역: 번역한 뒤에 영어 원문이 바뀌었습니다. 하나씩 고친 뒤 최신으로 표시하십시오.
cli-check-was = 번역할 때의 영어 원문:
cli-check-now = 지금의 영어 원문:
cli-check-none = (없음)
cli-check-not-recorded = 어떤 영어 원문을 번역했는지 기록되어 있지 않습니다.
cli-check-stale-mark = 고친 뒤: kyr l10n mark { $locale } MESSAGE-ID… (또는 --all)

## Command-line help (`kyr --help`).

cli-about = 이민 단속 요원이 찾아왔을 때 권리를 알려 주는 오프라인 안내서입니다. 법률 자문이 아닙니다.
cli-help-lang = 사용할 언어 (예: es, ar, zh-Hans)
cli-help-second = 첫 번째 언어 옆에 함께 보여 줄 두 번째 언어 (여러 언어를 쓰는 사람이 함께 있을 때)
cli-help-workshop = 워크숍 모드: 한 상황을 단계별로 보여 주고, 진행자 메모와 연습 문제도 제공
cli-help-speak = 새 화면마다 한 번씩 저절로 소리 내어 읽기 (헤드폰이 있는 키오스크용, espeak-ng 필요)
cli-help-content = 내장 콘텐츠 팩 대신 이 폴더의 콘텐츠 팩 사용
cli-help-list = 상황 목록 보기: id와 제목
cli-help-show = 한 상황 전체를 일반 텍스트로 출력
cli-help-audio = 한 상황을 소리 내어 읽은 음성을 WAV 소리 파일로 저장 (espeak-ng 필요)
cli-help-audio-scenario = 소리 내어 읽을 상황 (`kyr list` 참고)
cli-help-audio-output = 저장할 WAV 파일
cli-help-scenario = 출력할 상황 (`kyr list` 참고)
cli-help-check = 콘텐츠 팩을 검사하고 언어별 번역 현황 보기
cli-help-handout = 인쇄용 안내문 만들기: 기억할 점, 오려 쓰는 카드, 핫라인, 출처
cli-help-handout-scenarios = 넣을 상황 (지정하지 않으면 모두)
cli-help-handout-format = html, md 또는 txt
cli-help-output = 화면 대신 이 파일에 쓰기
cli-help-card = 요원에게 보여 줄 카드 출력: 영어와 고른 언어로
cli-help-contacts = 핫라인 목록 출력 (용도별로 묶음)
cli-help-kiosk = 키오스크 모드: 방문자가 나갈 수 없고, 한동안 사용하지 않으면 처음부터 다시 시작하며, 아무것도 저장하지 않음
cli-help-idle = 입력이 없을 때 키오스크가 “아직 계십니까?”라고 묻고 처음부터 다시 시작하기까지의 시간(초)
cli-help-operator-exit = 키오스크를 닫는 키 (차례로 하나씩 누름)
cli-help-strict = 모든 언어에 모든 메시지가 있고 오래된 번역이 하나도 없어야 통과, 아니면 실패로 처리
cli-help-l10n = 번역자용 도구
cli-help-l10n-mark = 번역이 영어 원문에 맞춰 최신이라고 표시
cli-help-l10n-lang = 번역을 검토한 언어
cli-help-l10n-ids = 표시할 메시지 (kyr check --lang CODE 참고)
cli-help-l10n-all = 이 언어의 오래된 메시지를 모두 표시
cli-help-l10n-unchanged = 번역을 고치지 않은 메시지도 표시 (영어 변경에 새 번역이 필요 없을 때)
cli-l10n-marked = { $locale }: 메시지 { $count }개를 최신으로 표시했습니다.
cli-l10n-current = { $locale }: { $id }은(는) 이미 최신입니다.
cli-help-bidi = 오른쪽에서 왼쪽으로 쓰는 글의 순서를 누가 맞출지: app (kyr가 처리) 또는 terminal (터미널이 처리)
cli-help-shaping = 벵골어 모음 부호를 보이는 자리에 누가 놓을지: app (kyr가 처리, 글자를 하나씩 그리는 터미널용) 또는 terminal (터미널이 글자 모양을 맞춤)
cli-help-theme = 터미널 배경에 맞춘 색: auto (터미널에 물어봄), light (밝은 배경) 또는 dark (어두운 배경)
cli-help-help = 이 도움말 보기
cli-help-version = 버전 보기
cli-version-pack = 콘텐츠 묶음 { $id } { $version }, 최근 검토: { $date }
cli-help-usage = 사용법: { $usage }
cli-heading-commands = 명령:
cli-heading-arguments = 인수:
cli-heading-options = 옵션:
cli-help-default = { $help } (기본값: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = 스크린 리더 모드: 안내서를 일반 텍스트 줄로 보여 주며, 번호를 입력하고 Enter를 눌러 답함(TERM이 dumb이거나 설정되지 않았을 때도 사용)
reader-prompt = 번호를 입력하고 Enter를 누르십시오(도움말은 ?):
reader-prompt-back = 돌아가려면 b를 입력하고 Enter를 누르십시오(도움말은 ?):
reader-not-a-choice = 1부터 { $count }까지의 번호를 입력하고 Enter를 누르십시오. 도움말을 보려면 ?를 입력하십시오.
reader-help-title = 번호나 글자를 입력한 다음 Enter를 누르십시오.
reader-help-number = 번호: 그 번호의 항목 고르기
reader-help-again = Enter만 누르기: 이 화면 다시 보기
reader-help-back = b: 한 단계 뒤로
reader-notes-full-screen = 잠긴 메모는 전체 화면 안내(--screen-reader 없이 kyr 실행)에서만 열 수 있으며, 그곳에서 암호를 묻습니다.
reader-note-answer = 답을 입력하고 Enter를 누르십시오(Enter만 누르면 그대로 둡니다):
