## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Kreyòl ayisyen
language-voice = ht

ui-picker-title = Chwazi lang ou
ui-picker-body = Peze yon nimewo, oswa touche lang ou.
ui-second-title = Montre yon dezyèm lang akote sa a
ui-second-body = Peze yon nimewo, oswa touche yon lang. Chwazi menm lang lan ankò pou w wè yon sèl lang.
ui-home-title = Kisa k ap pase?
ui-notice = Sa a se pa konsèy legal. Dènye revizyon: { $date }.
# Shown after the content's review date has passed.
ui-out-of-date = Enfòmasyon sa a ka pa ajou ankò: yo te dwe revize l ankò depi { $date }. Rele { $name } nan { $number } pou verifye.
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = Nou tradui sa a ak swen, men yon avoka ki pale { $language } poko verifye l. Vèsyon anglè a se referans lan.
ui-unreviewed-key = Peze b pou w wè vèsyon anglè a bò kote l.
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
# When a source was read at its web address.
ui-source-read = konsilte { $date }
ui-close = Peze nenpòt touch pou fèmen.
ui-more = plis
ui-too-small = Tanpri, fè fenèt sa a pi gran. Li bezwen { $width } × { $height } karaktè.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = Kat
ui-listen = Koute
ui-contacts = Liy telefòn
ui-language = Lang
ui-contacts-title = Liy telefòn dirèk: ki moun pou w rele
ui-contacts-body = Chwazi youn pou w wè yon kòd ou ka eskane ak yon telefòn.
ui-qr-call = Eskane kòd sa a ak kamera yon telefòn pou rele { $number }.
ui-qr-open = Eskane kòd sa a ak kamera yon telefòn pou louvri { $address }.
ui-still-there = Ou la toujou?
# A kiosk whose content cannot be loaded shows this, in every language, until staff fix it.
ui-kiosk-out-of-order = Gid sa a pa ka kòmanse kounye a. Tanpri, avèti yon anplwaye.
ui-still-there-body = Touche ekran an oswa peze nenpòt touch pou kontinye. Gid la ap rekòmanse nan { $seconds } segonn.
ui-keep-going = Kontinye
ui-speaking = Gid la ap li fò. Peze nenpòt touch pou l sispann.
ui-speaking-next = Gid la ap li fò. Peze a pou tande yon lòt vwa, oswa nenpòt lòt touch pou l sispann.
ui-card-say = Peze a pou tande chak fraz li fò an anglè.
ui-card-saying = Fraz { $current } sou { $total } ap li fò an anglè. ← → yon lòt fraz · Enter ankò · Esc fèmen

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

## Printed handouts.

handout-card-intro = Montre ofisye a kat sa a. Kenbe l sou ou.
handout-cut = Koupe swiv liy ti tras yo.
handout-print-tip = Anvan ou enprime: si nan apèsi a ou wè adrès fichye sa a oswa dat la anlè oswa anba paj la, dezaktive “Headers and footers” (an fransè: “En-têtes et pieds de page”) nan fenèt enpresyon an. Opsyon sa a souvan nan “More settings” (“Plus de paramètres”). Nòt sa a p ap enprime.
ui-handout = Sere yon fèy enfòmasyon pou enprime
ui-handout-saved = Nou sere yon fèy enfòmasyon isit la: { $path } Louvri l nan yon navigatè entènèt pou w enprime l.

key-move = deplase
key-open = chwazi
key-choose = chwazi
key-back = retounen
key-home = akèy
key-sources = sous
key-language = lang
key-second = 2yèm lang
key-help = èd
key-quit = kite
key-next-step = swivan
key-previous-step = retounen
key-presenter = nòt
key-read-aloud = li fò

ui-help-title = Touch yo
ui-help-choose = 1–9: chwazi yon repons. Pou 10 oswa plis, tape de chif yo youn apre lòt byen vit (1 epi 2 se 12).
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
ui-help-read-aloud = a: li ekran sa a fò; nenpòt touch fè l sispann

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
# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] youn pa ajou
   *[other] { $count } pa ajou
}
cli-check-stale = Pa ajou nan { $locale }: tèks anglè a chanje apre yo te tradui mesaj sa yo. Mete chak mesaj ajou, apre sa make l.
cli-check-was = te tradui apati:
cli-check-now = Anglè a kounye a:
cli-check-none = (anyen)
cli-check-not-recorded = Yo pa t note ki tèks anglè yo te tradui.
cli-check-stale-mark = Lè ou fin mete yo ajou: kyr l10n mark { $locale } MESSAGE-ID… (oswa --all)

## Command-line help (`kyr --help`).

cli-about = Yon gid ki mache san entènèt sou dwa ou si ajan imigrasyon vini. Se pa konsèy legal.
cli-help-lang = Lang pou itilize (pa egzanp es, ar, zh-Hans)
cli-help-second = Yon dezyèm lang pou montre bò kote premye a, pou yon sal kote moun pale plizyè lang
cli-help-workshop = Mòd atelye: prezante yon sitiyasyon etap pa etap, ak nòt pou prezantatè a ak yon tès pratik
cli-help-speak = Li chak nouvo ekran awotvwa yon fwa, pou kont li (pou yon kyòs ak ekoutè; bezwen espeak-ng)
cli-help-content = Chaje pake kontni ki nan dosye sa a olye pake ki nan pwogram nan
cli-help-list = Montre lis sitiyasyon yo: id ak tit
cli-help-show = Enprime tout yon sitiyasyon an tèks senp
cli-help-audio = Anrejistre yon sitiyasyon li fò nan yon fichye son WAV (bezwen espeak-ng)
cli-help-audio-scenario = Sitiyasyon pou li fò a (gade `kyr list`)
cli-help-audio-output = Fichye WAV pou ekri a
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
cli-help-strict = Echwe si gen yon lang ki manke yon mesaj, oswa ki gen yon mesaj ki pa ajou
cli-help-l10n = Zouti pou tradiktè
cli-help-l10n-mark = Make tradiksyon yo kòm ajou ak tèks anglè yo swiv la
cli-help-l10n-lang = Lang ki gen tradiksyon yo te revize yo
cli-help-l10n-ids = Mesaj pou make (gade kyr check --lang CODE)
cli-help-l10n-all = Make tout mesaj ki pa ajou nan lang lan
cli-help-l10n-unchanged = Make tou mesaj ki gen tradiksyon yo pa t modifye (chanjman nan anglè a pa mande okenn)
cli-l10n-marked = { $locale }: { $count ->
    [one] yon mesaj make kòm ajou.
   *[other] { $count } mesaj make kòm ajou.
}
cli-l10n-current = { $locale }: { $id } deja ajou.
cli-help-bidi = Kiyès ki ranje tèks ki ekri de dwat a goch: app (kyr) oswa terminal (tèminal la)
cli-help-shaping = Kiyès ki mete siy vwayèl bengali yo kote moun wè yo: app (kyr, pou tèminal ki desine lèt pa lèt) oswa terminal (tèminal la fòme tèks la)
cli-help-theme = Koulè pou fon tèminal la: auto (mande tèminal la), light (fon klè) oswa dark (fon fonse)
cli-help-help = Montre èd sa a
cli-help-version = Montre vèsyon an
cli-version-pack = pakè kontni { $id } { $version }, dènye revizyon { $date }
cli-help-usage = Itilizasyon: { $usage }
cli-heading-commands = Kòmand:
cli-heading-arguments = Agiman:
cli-heading-options = Opsyon:
cli-help-default = { $help } (pa defo: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = Mòd pou lektè ekran: gid la an liy tèks senp, ou reponn lè ou tape yon nimewo epi Enter (li chwazi l tou lè TERM se dumb oswa lè li pa defini)
reader-prompt = Tape yon nimewo epi peze Enter (? pou èd):
reader-prompt-back = Tape b epi peze Enter pou retounen (? pou èd):
reader-not-a-choice = Tanpri tape yon nimewo ant 1 ak { $count }, epi peze Enter. Tape ? pou èd.
reader-help-title = Tape yon nimewo oswa yon lèt, epi peze Enter.
reader-help-number = Yon nimewo: chwazi sa ki gen nimewo sa a.
reader-help-again = Enter sèlman: repete ekran sa a.
reader-help-back = b: retounen yon etap
reader-notes-full-screen = Yon nòt ki fèmen ak modpas louvri sèlman nan gid plen ekran an (kyr san --screen-reader), kote yo mande modpas li.
reader-note-answer = Tape repons lan epi peze Enter (Enter sèlman kenbe sa ki la deja):
