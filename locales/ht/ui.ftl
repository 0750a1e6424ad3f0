## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Kreyòl ayisyen

ui-picker-title = Chwazi lang ou
ui-picker-body = Peze yon nimewo, oswa touche lang ou.
ui-home-title = Kisa k ap pase?
ui-notice = Sa a se pa konsèy legal. Dènye revizyon: { $date }.
ui-home = Akèy
ui-back = Retounen
ui-next = Swivan
ui-start-over = Retounen nan kòmansman
ui-yes = Wi
ui-no = Non
ui-not-sure = M pa sèten
ui-progress = Kesyon { $current } sou { $total }
ui-your-answers = Repons ou yo
ui-remember = Sonje
ui-who-to-call = Ki moun pou w rele
ui-verify = verifye nimewo sa a anvan
ui-in-english = An anglè
ui-sources-title = Sous pou etap sa a
ui-close = Peze nenpòt touch pou fèmen.
ui-more = plis
ui-too-small = Tanpri, fè fenèt sa a pi gran. Li bezwen { $width } × { $height } karaktè.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = Kat
ui-contacts = Liy telefòn
ui-language = Lang
ui-contacts-title = Liy telefòn dirèk: ki moun pou w rele
ui-contacts-body = Chwazi youn pou w wè yon kòd ou ka eskane ak yon telefòn.
ui-qr-call = Eskane kòd sa a ak kamera yon telefòn pou rele { $number }.
ui-qr-open = Eskane kòd sa a ak kamera yon telefòn pou louvri { $address }.
ui-still-there = Ou la toujou?
ui-still-there-body = Touche ekran an oswa peze nenpòt touch pou kontinye. Gid la ap rekòmanse nan { $seconds } segonn.
ui-keep-going = Kontinye

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = etap { $current } sou { $total }
ui-presenter-notes = Nòt pou prezantatè a
ui-quiz-start = Pratike: kisa ou ta fè?
ui-quiz-title = Kesyon pratik { $current } sou { $total }
ui-quiz-right = Se sa.
ui-quiz-not-quite = Pa egzakteman.
ui-quiz-best = Pi bon repons lan:
ui-quiz-next = Pwochen kesyon
ui-quiz-finish = Gade kijan ou fè
ui-quiz-done = Pratik la fini
ui-quiz-score = Yo te chwazi pi bon repons lan { $score } fwa sou { $total }.
ui-quiz-again = Pratike ankò
ui-footer-workshop = → swivan · ← retounen · p nòt · b 2yèm lang · q kite

## Printed handouts.

handout-card-intro = Montre ofisye a kat sa a. Kenbe l sou ou.
handout-cut = Koupe swiv liy ti tras yo.
ui-handout = Enprime yon fèy enfòmasyon
ui-handout-saved = Nou sere yon fèy enfòmasyon isit la: { $path }

ui-footer-picker = ↑↓ deplase · Enter chwazi · q kite
ui-footer-home = 1–9 chwazi · l lang · ? èd · q kite
ui-footer-step = Esc retounen · h akèy · s sous · l lang · ? èd · q kite

ui-help-title = Touch yo
ui-help-choose = 1–9: chwazi yon repons
ui-help-move = ↑ ↓ oswa j k: deplase nan lis chwa yo
ui-help-enter = Enter: louvri chwa ou make a
ui-help-back = Esc oswa Backspace: retounen yon etap
ui-help-home = h: ale nan ekran akèy la
ui-help-language = l: chanje lang (ou rete menm kote a)
ui-help-second = b: montre yon dezyèm lang bò kote premye a, oswa kache l
ui-help-workshop = → ak ←: etap swivan ak etap anvan; p: nòt pou prezantatè a
ui-help-sources = s: wè sous pou etap sa a
ui-help-card = c: kat pou montre ofisye a
ui-help-contacts = n: liy telefòn dirèk pou rele
ui-help-scroll = PgUp ak PgDn: monte oswa desann nan tèks ki long
ui-help-mouse = Ou ka klike oswa touche nenpòt chwa tou.
ui-help-quit = q: kite

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Chwa:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = “{ $text }”
cli-in-english = An anglè: “{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = mennen nan { $target }
cli-opens-scenario = louvri “{ $title }”
cli-next = Swivan: { $target }
cli-if-all-yes = Si tout repons yo se wi: { $target }
cli-if-any-no = Si yon repons se non oswa m pa sèten: { $target }
cli-sources = Sous:
cli-check-ok = { $pack } { $version }: pa gen okenn pwoblèm.
cli-check-failed = { $count ->
    [one] Gen yon pwoblèm.
   *[other] Gen { $count } pwoblèm.
}
cli-check-coverage = Kijan chak lang konplè:
cli-check-locale = { $locale }: { $percent }% ({ $present } sou { $total } mesaj)
cli-check-missing = Sa ki manke nan { $locale } (yo parèt an { $reference } pito):
cli-check-extra = Nan { $locale } men pa nan { $reference } (yo pa janm parèt):
cli-check-same = Nan { $locale }, menm jan ak { $reference } (tradui yo, oswa mete yo nan same_ok nan manifest la):
cli-check-details = Pou wè lis mesaj pou tradui yo: kyr check --lang { $locale }

## Command-line help (`kyr --help`).

cli-about = Yon gid ki mache san entènèt sou dwa ou si ajan imigrasyon vini. Se pa konsèy legal.
cli-help-lang = Lang pou itilize (pa egzanp es, ar, zh-Hans)
cli-help-second = Yon dezyèm lang pou montre bò kote premye a, pou yon sal kote moun pale plizyè lang
cli-help-workshop = Mòd atelye: prezante yon sitiyasyon etap pa etap, ak nòt pou prezantatè a ak yon tès pratik
cli-help-content = Chaje pake kontni ki nan dosye sa a olye pake ki nan pwogram nan
cli-help-list = Montre lis sitiyasyon yo: id ak tit
cli-help-show = Enprime tout yon sitiyasyon an tèks senp
cli-help-scenario = Sitiyasyon pou enprime a (gade `kyr list`)
cli-help-check = Verifye yon pake kontni epi montre kijan chak lang konplè
cli-help-handout = Fè yon fèy enfòmasyon pou enprime: pwen enpòtan yo, kat pou koupe a, liy telefòn dirèk yo ak sous yo
cli-help-handout-scenarios = Sitiyasyon pou mete ladan l (tout sitiyasyon yo, si ou pa bay okenn)
cli-help-handout-format = html, md oswa txt
cli-help-output = Ekri nan fichye sa a olye ekran an
cli-help-card = Enprime kat pou montre ofisye a: an anglè, ak lang ou chwazi a
cli-help-contacts = Enprime liy telefòn dirèk yo, ranje dapre bezwen
cli-help-kiosk = Mòd kyòs: vizitè pa ka soti ladan l, li rekòmanse lè pesonn pa sèvi ak li, li pa sere anyen
cli-help-idle = Konbyen segonn san okenn aksyon anvan kyòs la mande “Ou la toujou?” epi rekòmanse
cli-help-operator-exit = Touch ki fèmen yon kyòs, youn apre lòt
cli-help-strict = Echwe si gen yon lang ki manke yon mesaj
cli-help-bidi = Kiyès ki ranje tèks ki ekri de dwat a goch: app (kyr) oswa terminal (tèminal la)
cli-help-help = Montre èd sa a
cli-help-version = Montre vèsyon an
