## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = Nòt
ui-notes-title = Nòt ou yo
ui-help-notes = w: nòt prive ou yo sou yon rankont ak ajan
ui-notes-body = Nòt yo rete sou aparèy sa a, nan yon dosye se ou sèl ki ka louvri. Yo pa voye anyen okenn kote.
ui-notes-new = Ekri yon nouvo nòt
ui-notes-empty = Ou poko gen okenn nòt.
ui-notes-locked = Nòt fèmen ak modpas
ui-note-write = Ekri sa k te pase
ui-note-title = Sa k te pase
ui-note-saved = Sove
ui-note-autosave = kyr ap sove sa ou ekri pandan w ap tape.
ui-note-unsaved = Poko sove
ui-note-save-failed = Pa t ka sove l ({ $reason }). Sa ou ekri a la toujou, epi kyr ap kontinye eseye.
key-next-field = swivan
key-previous-field = retounen
key-change-choice = chanje chwa
key-lock = fèmen ak modpas
key-done = fini
key-copy = kopi
key-delete = efase
ui-help-note-copy = Ctrl-E: sove yon kopi pou yon avoka nan dosye pèsonèl ou. Kopi a pa fèmen ak modpas.
ui-note-lock = Fèmen l ak yon modpas
ui-note-passphrase = Modpas
ui-note-passphrase-again = Menm modpas la ankò
ui-note-passphrase-mismatch = De modpas yo pa menm. Eseye ankò.
ui-note-wrong-passphrase = Modpas sa a pa louvri nòt sa a.
ui-note-lock-explain =
    Yo ka pran yon telefòn oswa yon òdinatè, oswa yon tribinal ka egzije nòt ki ladan l.
    Pesonn pa ka li yon nòt ki fèmen san modpas li.
    Fèmen yon nòt pa kache lefèt nòt la egziste.
    Li pa ede w si yon moun fòse w bay modpas la.
    Si ou bliye modpas la, pesonn pa ka louvri nòt la.
    Kopi ou sove ak Ctrl-E yo pa fèmen ak modpas.
ui-note-lock-copy = Nòt sa a gen yon kopi konsa: { $path }. Apre ou fin fèmen nòt la, kyr ap mande w si pou l efase kopi a.
ui-note-open = Louvri
ui-note-export = Fè yon kopi pou yon avoka
ui-note-exported = Kopi a sove isit la: { $path }
ui-note-copy-question = Kopi { $path } la pa fèmen ak modpas: nenpòt moun ki louvri fichye sa a ka li l. Efase kopi a? Nòt la menm ap rete.
ui-note-delete-copy = Efase kopi a
ui-note-keep-copy = Kenbe kopi a
ui-note-copy-deleted = Kopi { $path } la efase.
ui-note-delete = Efase
ui-note-delete-confirm = Efase nòt sa a? Ou p ap ka jwenn li ankò.
ui-note-keep = Kenbe l
ui-note-not-saved-leaving = Sa ou ekri a pa sove: kyr pa t ka ekri l. Si ou soti kounye a, l ap pèdi.
ui-note-keep-writing = Kontinye ekri
ui-note-save-copy = Sove yon kopi nan dosye pèsonèl mwen
ui-note-leave = Soti san sove l
ui-note-field-full = Chan sa a plen: li pa ka pran plis pase { $count } karaktè. Sa ki te depase a pa t ajoute.
ui-note-broken = Pa ka li yon fichye nòt: { $file }. Li rete jan l te ye.

## A note printed or exported for a lawyer.

note-export-title = Nòt sou yon rankont ak ajan
note-export-footer = Ekri ak kyr. Sa a se pa konsèy legal.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = Dat ak lè
    .hint = Kilè sa te pase? Chanje l si se te pi bonè.
note-field-place = Kote
    .hint = Adrès la, kwen lari a, oswa bilding lan.
note-field-agency = Ajans
    .hint = Kiyès yo te ye? Gade jakèt, badj ak machin yo.
note-field-agents = Konbyen ajan
    .hint = Yon nimewo, oswa apeprè konbyen.
note-field-names = Non ak nimewo badj
    .hint = Tout non ak nimewo ou te wè oswa tande.
note-field-uniforms = Inifòm oswa mas
    .hint = Sa yo te mete. Èske figi yo te kouvri?
note-field-vehicles = Machin ak nimewo plak
    .hint = Koulè, mak, ak nimewo plak yo.
note-field-papers = Papye yo te montre
    .hint = Èske yo te montre yon manda?
note-field-said = Sa ki te di
    .hint = Sa yo te di ak sa ou te di, pi egzak ou kapab.
note-field-force = Fòs oswa dega
    .hint = Èske gen moun ki blese? Èske yo kase oswa pran yon bagay?
note-field-taken = Kote yo mennen moun
    .hint = Kiyès yo te mennen, ak ki kote, si ou konnen.
note-field-witnesses = Temwen
    .hint = Mande moun yo pèmisyon anvan ou ekri non yo oswa nimewo yo.
note-field-media = Foto ak videyo
    .hint = Ki kote yo ye. Kenbe yon kopi yon kote ki an sekirite.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = Yon lòt ajans
note-choice-unknown = M pa konnen
note-choice-judicial = Yon manda yon jij siyen
note-choice-ice-form = Yon fòm ICE (I-200 oswa I-205)
note-choice-none = Okenn papye
note-choice-not-sure = M pa sèten

## `kyr notes` on the command line.

cli-help-notes = Nòt prive ou yo: lis, ekspòte, efase, efase tout
cli-help-notes-list = Montre lis nòt ou yo
cli-help-notes-export = Enprime yon nòt pou yon avoka, ak etikèt yo nan lang ou ak an anglè
cli-help-notes-delete = Efase yon nòt
cli-help-notes-wipe = Efase tout nòt yo (w ap oblije tape yon mo anvan)
cli-help-note-id = Id nòt la (gade `kyr notes list`)
cli-help-format = md oswa txt
cli-help-data-dir = Dosye pou nòt yo (pa defo: $XDG_DATA_HOME/kyr)
cli-notes-none = Ou pa gen okenn nòt.
cli-notes-locked = fèmen ak modpas
cli-passphrase = Modpas:
cli-wipe-confirm = Sa ap efase tout nòt ki nan { $dir }. Pou w kontinye, tape { $word }:
# The word to type, in capitals if your script has them.
cli-wipe-word = EFASE
cli-wipe-done = { $count ->
    [1] Yon nòt efase.
   *[other] { $count } nòt efase.
}
cli-wipe-cancelled = Yo pa efase anyen.
cli-deleted = Nòt { $id } efase.

## Errors about notes.

err-note-busy = Nòt “{ $id }” louvri nan yon lòt kyr. Fèmen l la anvan, pou youn pa ekri sou sa lòt la sove.
err-note-missing = Pa gen nòt “{ $id }”.
err-note-passphrase = Modpas sa a pa louvri nòt “{ $id }”.
err-note-write = Pa t ka sove nan { $dir }: { $reason }
err-note-folder-open = kyr pa sove anyen nan { $dir }: lòt moun ka ekri nan dosye sa a. Fè se ou sèl ki ka sèvi ak li (chmod 700), oswa chwazi yon lòt dosye ak --data-dir.
err-note-folder-read-only = kyr pa sove anyen nan { $dir }: dosye sa a se pou li sèlman, pesonn pa ka ekri ladan l. Sa ou ekri a rete sou ekran an.
err-note-folder-link = Dosye nòt ou { $dir } se yon lyen ki mennen nan { $target }. kyr pa ekri atravè lyen: sèvi ak --data-dir { $target } si se la nòt ou yo dwe ye.
err-note-leftover = { $file }: mo nan nòt { $id } ki te sove mwatye, paske kyr te sispann sanzatann. Louvri nòt la pou w wè sa ki te sove; kyr notes delete { $id } efase nòt la ak fichye sa a.
err-note-corrupt = { $file }: nòt sa a domaje ({ $reason }). Li rete jan l te ye.
err-note-copy-delete = Pa t ka efase { $file }: { $reason }
err-note-too-large = { $file }: fichye sa a twò gwo pou l se yon nòt. Li rete jan l te ye.
err-note-no-folder = Pa gen dosye pou nòt yo. Mete XDG_DATA_HOME oswa HOME, oswa sèvi ak --data-dir.
err-notes-kiosk = Nòt pa kenbe nan mòd kyòs.
