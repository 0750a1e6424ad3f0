## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = English
# The espeak-ng voices that read this language aloud (`espeak-ng --voices` lists them): a
# code, not words. Several, separated by spaces: the first reads, `a` pressed again while it
# reads switches to the next (Chinese (Traditional): Cantonese, then Mandarin).
language-voice = en-us

ui-picker-title = Choose your language
ui-picker-body = Press a number, or tap your language.
ui-second-title = Show a second language beside this one
ui-second-body = Press a number, or tap a language. Choose the same one again to show one language only.
ui-home-title = What is happening?
ui-notice = This is not legal advice. Last reviewed: { $date }.
# Shown after the content's review date has passed.
ui-out-of-date = This information may be out of date: it was due for a new review on { $date }. Call { $name } at { $number } to check.
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = Translated with care, but not yet checked by a lawyer who speaks { $language }. The English is the reference.
ui-unreviewed-key = Press b to see the English beside it.
ui-home = Home
ui-back = Back
ui-next = Next
ui-start-over = Back to the start
ui-yes = Yes
ui-no = No
ui-not-sure = Not sure
ui-progress = Question { $current } of { $total }
ui-your-answers = Your answers
ui-remember = Remember
ui-who-to-call = Who to call
ui-verify = check this number first
ui-in-english = In English
ui-sources-title = Sources for this step
# When a source was read at its web address.
ui-source-read = read { $date }
ui-close = Press any key to close.
ui-more = more
ui-too-small = Please make this window bigger. It needs { $width } × { $height } characters.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = Card
ui-listen = Listen
ui-contacts = Hotlines
ui-language = Language
ui-contacts-title = Hotlines: who to call
ui-contacts-body = Choose one to show a code you can scan with a phone.
ui-qr-call = Scan this code with a phone camera to call { $number }.
ui-qr-open = Scan this code with a phone camera to open { $address }.
ui-still-there = Still there?
# A kiosk whose content cannot be loaded shows this, in every language, until staff fix it.
ui-kiosk-out-of-order = This guide cannot start right now. Please tell a staff member.
ui-still-there-body = Touch the screen or press any key to keep going. Starting over in { $seconds } seconds.
ui-keep-going = Keep going
# While the screen is read aloud (key a), the footer says so.
ui-speaking = Reading aloud. Press any key to stop.
# The same, when the language has another voice to offer (Chinese (Traditional): Mandarin after Cantonese).
ui-speaking-next = Reading aloud. Press a for another voice, or any other key to stop.
# On the card: "Say it for me", each English statement said aloud, one at a time.
ui-card-say = Press a to hear each sentence said aloud in English.
ui-card-saying = Saying sentence { $current } of { $total } in English. ← → another sentence · Enter again · Esc close

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = step { $current } of { $total }
ui-presenter-notes = Presenter notes
ui-quiz-start = Practice: what would you do?
ui-quiz-title = Practice question { $current } of { $total }
ui-quiz-right = Right.
ui-quiz-not-quite = Not quite.
ui-quiz-best = The best answer:
ui-quiz-next = Next question
ui-quiz-finish = See how you did
ui-quiz-done = Practice finished
ui-quiz-score = The best answer was chosen { $score } times out of { $total }.
ui-quiz-again = Practice again

## Printed handouts.

handout-card-intro = Show this card to an officer. Keep it with you.
handout-cut = Cut along the dashed line.
# Shown above a handout on screen, never printed. Browsers print the file's address and the date at the top and bottom of each page unless told not to.
handout-print-tip = Before printing: if the print preview shows this file’s address or the date at the top or bottom of the page, turn off “Headers and footers” in the print window (it is often under “More settings”). This note is not printed.
ui-handout = Save a handout to print
ui-handout-saved = A handout was saved here: { $path } Open it in a web browser to print it.

# Words after each key in the footer ("Esc back · h home"). Short: the footer is one line.
key-move = move
key-open = choose
key-choose = choose
key-back = back
key-home = home
key-sources = sources
key-language = language
key-second = 2nd language
key-help = help
key-quit = quit
key-next-step = next
key-previous-step = back
key-presenter = notes
key-read-aloud = read aloud

ui-help-title = Keys
ui-help-choose = 1–9: pick a choice. For 10 or more, type both digits quickly (1 then 2 is 12).
ui-help-move = ↑ ↓ or j k: move between choices
ui-help-enter = Enter: open the selected choice
ui-help-back = Esc or Backspace: go back one step
ui-help-home = h: go to the home screen
ui-help-language = l: change the language (you keep your place)
ui-help-second = b: show a second language beside the first, or hide it
ui-help-workshop = → and ←: next and previous step; p: presenter notes
ui-help-sources = s: see the sources for this step
ui-help-card = c: the card to show an officer
ui-help-contacts = n: hotlines to call
ui-help-scroll = PgUp and PgDn: scroll long text
ui-help-mouse = You can also click or tap any choice.
ui-help-quit = q: quit
ui-help-read-aloud = a: read this screen aloud; any key stops it

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Choices:
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label }: { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = “{ $text }”
cli-in-english = In English: “{ $text }”
# A hotline: its name, its number and what it is for.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = leads to { $target }
cli-opens-scenario = opens “{ $title }”
cli-next = Next: { $target }
cli-if-all-yes = If every answer is yes: { $target }
cli-if-any-no = If any answer is no or not sure: { $target }
cli-sources = Sources:
cli-check-ok = { $pack } { $version }: no problems found.
cli-check-failed = { $count ->
    [one] One problem found.
   *[other] { $count } problems found.
}
cli-check-coverage = Coverage by language:
cli-check-locale = { $locale }: { $percent }% ({ $present } of { $total } messages)
cli-check-missing = Missing in { $locale } (shown in { $reference } instead):
cli-check-extra = In { $locale } but not in { $reference } (never shown):
cli-check-same = In { $locale }, the same as { $reference } (translate, or list in same_ok in the manifest):
cli-check-details = For the list of messages to translate: kyr check --lang { $locale }
# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] one stale
   *[other] { $count } stale
}
cli-check-stale = Stale in { $locale }: the English changed after these were translated. Update each, then mark it.
cli-check-was = translated from:
cli-check-now = English now:
cli-check-none = (none)
cli-check-not-recorded = Not recorded which English this was translated from.
cli-check-stale-mark = When updated: kyr l10n mark { $locale } MESSAGE-ID… (or --all)

## Command-line help (`kyr --help`).

cli-about = An offline guide to your rights if immigration agents come. Not legal advice.
cli-help-lang = Language to use (for example es, ar, zh-Hans)
cli-help-second = A second language to show beside the first, for a mixed room
cli-help-workshop = Workshop mode: present a situation step by step, with presenter notes and a practice quiz
cli-help-speak = Read each new screen aloud once, by itself (for a kiosk with headphones; needs espeak-ng)
cli-help-content = Load the content pack in this folder instead of the built-in one
cli-help-list = List the situations: id and title
cli-help-show = Print a whole situation as plain text
cli-help-audio = Save a situation read aloud as a WAV sound file (needs espeak-ng)
cli-help-audio-scenario = The situation to read aloud (see `kyr list`)
cli-help-audio-output = The WAV file to write
cli-help-scenario = The situation to print (see `kyr list`)
cli-help-check = Check a content pack and show how complete each language is
cli-help-handout = Make a printable handout: key points, the card to cut out, hotlines and sources
cli-help-handout-scenarios = The situations to include (all when none is given)
cli-help-handout-format = html, md or txt
cli-help-output = Write to this file instead of the screen
cli-help-card = Print the card to show an officer: English, with the chosen language
cli-help-contacts = Print the hotlines, grouped by need
cli-help-kiosk = Kiosk mode: visitors cannot leave it, it starts over when idle, it writes nothing
cli-help-idle = Seconds without input before a kiosk asks “Still there?” and starts over
cli-help-operator-exit = Keys that close a kiosk, pressed one after another
cli-help-strict = Fail unless every language has every message, none of them stale
cli-help-l10n = Tools for translators
cli-help-l10n-mark = Mark translations as up to date with the English they follow
cli-help-l10n-lang = The language whose translations were reviewed
cli-help-l10n-ids = The messages to mark (see kyr check --lang CODE)
cli-help-l10n-all = Mark every stale message of the language
cli-help-l10n-unchanged = Also mark messages whose translation was not edited (the English change needs none)
cli-l10n-marked = { $locale }: { $count ->
    [one] one message marked current.
   *[other] { $count } messages marked current.
}
cli-l10n-current = { $locale }: { $id } is already current.
cli-help-bidi = Who puts right-to-left text in order: app (kyr) or terminal (the terminal does it)
cli-help-shaping = Who places Bengali vowel signs where they are seen: app (kyr, for terminals that draw letter by letter) or terminal (the terminal shapes text)
cli-help-theme = Colours for the terminal's background: auto (ask the terminal), light or dark
cli-help-help = Show this help
cli-help-version = Show the version
cli-version-pack = content pack { $id } { $version }, last reviewed { $date }
# Headings of `kyr --help`. { $usage } is how to type the command, such as
# kyr [OPTIONS] [COMMAND].
cli-help-usage = Usage: { $usage }
cli-heading-commands = Commands:
cli-heading-arguments = Arguments:
cli-heading-options = Options:
# A help line followed by the value used when none is given.
cli-help-default = { $help } (default: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = Screen-reader mode: the guide as plain lines of text, answered by typing a number and Enter (also chosen when TERM is dumb or not set)
# The question after each screen, on the same line as the answer typed.
reader-prompt = Type a number and press Enter (? for help):
# The question on a screen with nothing to choose (the list of notes).
reader-prompt-back = Type b and press Enter to go back (? for help):
reader-not-a-choice = Please type a number from 1 to { $count }, then press Enter. Type ? for help.
reader-help-title = Type a number or a letter, then press Enter.
reader-help-number = A number: choose the option with that number.
reader-help-again = Enter alone: repeat this screen.
reader-help-back = b: go back one step
reader-notes-full-screen = A locked note opens only in the full-screen guide (kyr without --screen-reader), where its passphrase is asked.
reader-note-answer = Type the answer and press Enter (Enter alone keeps what is there):
