## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = Notes
ui-notes-title = Your notes
ui-help-notes = w: your private notes about an encounter
ui-notes-body = Notes stay on this device, in a folder only you can open. Nothing is sent anywhere.
ui-notes-new = Write a new note
ui-notes-empty = You have no notes yet.
ui-notes-locked = Locked note
ui-note-write = Write down what happened
ui-note-title = What happened
ui-note-saved = Saved
ui-note-autosave = kyr saves your words as you type.
ui-note-unsaved = Not saved yet
ui-note-save-failed = Could not save ({ $reason }). Your words are still here, and kyr keeps trying.
key-next-field = next
key-previous-field = back
key-change-choice = change a choice
key-lock = lock
key-done = done
key-copy = copy
key-delete = delete
ui-help-note-copy = Ctrl-E: save a copy for a lawyer in your home folder. The copy is not locked.
ui-note-lock = Lock with a passphrase
ui-note-passphrase = Passphrase
ui-note-passphrase-again = The same passphrase again
ui-note-passphrase-mismatch = The two passphrases are not the same. Try again.
ui-note-wrong-passphrase = That passphrase does not open this note.
ui-note-lock-explain =
    Notes on a phone or computer can be taken, or demanded by a court.
    A locked note can only be read with its passphrase.
    Locking does not hide that a note exists.
    It does not help if someone forces you to tell the passphrase.
    If you forget the passphrase, no one can open the note.
    Copies saved with Ctrl-E are not locked.
ui-note-lock-copy = This note has such a copy: { $path }. After you lock the note, kyr asks whether to delete the copy.
ui-note-open = Open
ui-note-export = Copy for a lawyer
ui-note-exported = A copy was saved here: { $path }
ui-note-copy-question = The copy { $path } is not locked: anyone who opens that file can read it. Delete the copy? The note itself stays.
ui-note-delete-copy = Delete the copy
ui-note-keep-copy = Keep the copy
ui-note-copy-deleted = The copy { $path } was deleted.
ui-note-delete = Delete
ui-note-delete-confirm = Delete this note? This cannot be undone.
ui-note-keep = Keep it
ui-note-not-saved-leaving = Your words are not saved: kyr could not write them. If you leave now, they are lost.
ui-note-keep-writing = Keep writing
ui-note-save-copy = Save a copy in my home folder
ui-note-leave = Leave without them
ui-note-field-full = This field is full: it holds at most { $count } characters. What went past that was not added.
ui-note-broken = A note file cannot be read: { $file }. It was left as it is.

## A note printed or exported for a lawyer.

note-export-title = Notes on an encounter
note-export-footer = Written with kyr. This is not legal advice.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = Date and time
    .hint = When did it happen? Change it if it was earlier.
note-field-place = Place
    .hint = The address, the corner, or the building.
note-field-agency = Agency
    .hint = Who were they? Look at jackets, badges and cars.
note-field-agents = How many agents
    .hint = A number, or your best guess.
note-field-names = Names and badge numbers
    .hint = Every name and number you saw or heard.
note-field-uniforms = Uniforms or masks
    .hint = What they wore. Were their faces covered?
note-field-vehicles = Vehicles and license plates
    .hint = Color, make, and plate numbers.
note-field-papers = Papers they showed
    .hint = Did they show a warrant?
note-field-said = What was said
    .hint = Their words and yours, as close as you remember.
note-field-force = Force or damage
    .hint = Anyone hurt? Anything broken or taken?
note-field-taken = Where anyone was taken
    .hint = Who was taken, and where, if you know.
note-field-witnesses = Witnesses
    .hint = Ask people before you write down their name or number.
note-field-media = Photos and videos
    .hint = Where they are kept. Keep a copy somewhere safe.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = Another agency
note-choice-unknown = I do not know
note-choice-judicial = A warrant signed by a judge
note-choice-ice-form = An ICE form (I-200 or I-205)
note-choice-none = No papers
note-choice-not-sure = Not sure

## `kyr notes` on the command line.

cli-help-notes = Your private notes: list, export, delete, wipe
cli-help-notes-list = List your notes
cli-help-notes-export = Print a note for a lawyer, labels in your language and English
cli-help-notes-delete = Delete one note
cli-help-notes-wipe = Delete every note (asks you to type a word first)
cli-help-note-id = The note's id (see `kyr notes list`)
cli-help-format = md or txt
cli-help-data-dir = The folder for notes (default: $XDG_DATA_HOME/kyr)
cli-notes-none = You have no notes.
cli-notes-locked = locked
cli-passphrase = Passphrase:
cli-wipe-confirm = This deletes every note in { $dir }. To go on, type { $word }:
# The word to type, in capitals if your script has them.
cli-wipe-word = DELETE
cli-wipe-done = { $count ->
    [one] One note deleted.
   *[other] { $count } notes deleted.
}
cli-wipe-cancelled = Nothing was deleted.
cli-deleted = Note { $id } was deleted.

## Errors about notes.

err-note-busy = Note “{ $id }” is open in another kyr. Close it there first, so that one does not overwrite the other.
err-note-missing = There is no note “{ $id }”.
err-note-passphrase = That passphrase does not open note “{ $id }”.
err-note-write = Could not save in { $dir }: { $reason }
err-note-folder-open = Not saving in { $dir }: other people can write to that folder. Make it yours alone (chmod 700) or choose another with --data-dir.
err-note-folder-read-only = Not saving in { $dir }: the folder is read-only. Your words stay on screen.
err-note-folder-link = Your notes folder { $dir } is a link to { $target }. kyr does not write through links: use --data-dir { $target } if that is where your notes belong.
err-note-leftover = { $file }: half-saved words of note { $id }, left by a crash. Open the note to see what was saved; kyr notes delete { $id } removes both.
err-note-corrupt = { $file }: this note is damaged ({ $reason }). It was left as it is.
err-note-copy-delete = Could not delete { $file }: { $reason }
err-note-too-large = { $file }: this file is too large to be a note. It was left as it is.
err-note-no-folder = There is no folder for notes. Set XDG_DATA_HOME or HOME, or use --data-dir.
err-notes-kiosk = Notes are not kept in kiosk mode.
