## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = Vos notes
ui-notes-title = Vos notes
ui-help-notes = w : vos notes privées sur une rencontre avec des agents
ui-notes-body = Les notes restent sur cet appareil, dans un dossier que personne d’autre que vous ne peut ouvrir. Rien n’est envoyé.
ui-notes-new = Écrire une nouvelle note
ui-notes-empty = Vous n’avez encore aucune note.
ui-notes-locked = Note verrouillée
ui-note-write = Notez ce qui s’est passé
ui-note-title = Ce qui s’est passé
ui-note-saved = Enregistrée
ui-note-autosave = kyr enregistre votre texte pendant que vous écrivez.
ui-note-unsaved = Pas encore enregistrée
ui-note-save-failed = Impossible d’enregistrer ({ $reason }). Votre texte est toujours là, et kyr continue d’essayer.
key-next-field = suivant
key-previous-field = retour
key-change-choice = changer un choix
key-lock = verrouiller
key-done = terminé
key-copy = copie
key-delete = supprimer
ui-help-note-copy = Ctrl-E : enregistrer une copie pour un avocat dans votre dossier personnel. La copie n’est pas verrouillée.
ui-note-lock = Verrouiller avec une phrase secrète
ui-note-passphrase = Phrase secrète
ui-note-passphrase-again = Répétez la phrase secrète
ui-note-passphrase-mismatch = Les deux phrases secrètes ne sont pas identiques. Réessayez.
ui-note-wrong-passphrase = Cette phrase secrète n’ouvre pas cette note.
ui-note-lock-explain =
    Un téléphone ou un ordinateur peut être pris, et un tribunal peut exiger les notes qu’il contient.
    Une note verrouillée ne peut être lue qu’avec sa phrase secrète.
    Le verrouillage ne cache pas qu’une note existe.
    Il ne vous aide pas si quelqu’un vous force à donner la phrase secrète.
    Si vous oubliez la phrase secrète, personne ne pourra ouvrir la note.
    Les copies enregistrées avec Ctrl-E ne sont pas verrouillées.
ui-note-lock-copy = Cette note a une telle copie : { $path }. Une fois la note verrouillée, kyr vous demandera s’il faut supprimer la copie.
ui-note-open = Ouvrir
ui-note-export = Copier pour un avocat
ui-note-exported = Une copie a été enregistrée ici : { $path }
ui-note-copy-question = La copie { $path } n’est pas verrouillée : toute personne qui ouvre ce fichier peut la lire. Supprimer la copie ? La note elle-même reste.
ui-note-delete-copy = Supprimer la copie
ui-note-keep-copy = Garder la copie
ui-note-copy-deleted = La copie { $path } a été supprimée.
ui-note-delete = Supprimer
ui-note-delete-confirm = Supprimer cette note ? Elle ne pourra pas être récupérée.
ui-note-keep = La garder
ui-note-not-saved-leaving = Votre texte n’est pas enregistré : kyr n’a pas pu l’écrire. Si vous quittez maintenant, il sera perdu.
ui-note-keep-writing = Continuer à écrire
ui-note-save-copy = Enregistrer une copie dans mon dossier personnel
ui-note-leave = Quitter sans enregistrer
ui-note-field-full = Ce champ est plein : il peut contenir au plus { $count } caractères. Le texte en trop n’a pas été ajouté.
ui-note-broken = Un fichier de note est illisible : { $file }. Il a été laissé tel quel.

## A note printed or exported for a lawyer.

note-export-title = Notes sur une rencontre avec des agents
note-export-footer = Écrit avec kyr. Ceci n’est pas un avis juridique.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = Date et heure
    .hint = Quand cela s’est-il passé ? Corrigez si c’était plus tôt.
note-field-place = Lieu
    .hint = L’adresse, le coin de rue ou le bâtiment.
note-field-agency = Agence
    .hint = Qui étaient-ils ? Regardez les vestes, les badges et les voitures.
note-field-agents = Nombre d’agents
    .hint = Un nombre exact ou approximatif.
note-field-names = Noms et numéros de badge
    .hint = Tous les noms et numéros que vous avez vus ou entendus.
note-field-uniforms = Uniformes ou masques
    .hint = Ce qu’ils portaient. Leur visage était-il couvert ?
note-field-vehicles = Véhicules et plaques d’immatriculation
    .hint = Couleur, marque et numéros de plaque.
note-field-papers = Papiers montrés
    .hint = Ont-ils montré un mandat ?
note-field-said = Ce qui a été dit
    .hint = Leurs mots et les vôtres, aussi exactement que possible.
note-field-force = Violence ou dégâts
    .hint = Des blessés ? Quelque chose de cassé ou de pris ?
note-field-taken = Personnes emmenées
    .hint = Qui a été emmené, et où, si vous le savez.
note-field-witnesses = Témoins
    .hint = Demandez la permission avant de noter le nom ou le numéro de quelqu’un.
note-field-media = Photos et vidéos
    .hint = Où elles sont gardées. Gardez-en une copie en lieu sûr.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = Une autre agence
note-choice-unknown = Je ne sais pas
note-choice-judicial = Un mandat signé par un juge
note-choice-ice-form = Un formulaire de l’ICE (I-200 ou I-205)
note-choice-none = Aucun papier
note-choice-not-sure = Je ne sais pas trop

## `kyr notes` on the command line.

cli-help-notes = Vos notes privées : lister, exporter, supprimer, tout effacer
cli-help-notes-list = Lister vos notes
cli-help-notes-export = Afficher une note pour un avocat, avec les intitulés dans votre langue et en anglais
cli-help-notes-delete = Supprimer une note
cli-help-notes-wipe = Supprimer toutes les notes (il faut d’abord taper un mot)
cli-help-note-id = L’identifiant de la note (voir `kyr notes list`)
cli-help-format = md ou txt
cli-help-data-dir = Le dossier des notes (par défaut : $XDG_DATA_HOME/kyr)
cli-notes-none = Vous n’avez aucune note.
cli-notes-locked = verrouillée
cli-passphrase = Phrase secrète :
cli-wipe-confirm = Ceci supprime toutes les notes de { $dir }. Pour continuer, tapez { $word } :
# The word to type, in capitals if your script has them.
cli-wipe-word = SUPPRIMER
cli-wipe-done = { $count ->
    [0] Aucune note supprimée.
    [one] Une note supprimée.
   *[other] { $count } notes supprimées.
}
cli-wipe-cancelled = Rien n’a été supprimé.
cli-deleted = La note { $id } a été supprimée.

## Errors about notes.

err-note-busy = La note « { $id } » est ouverte dans un autre kyr. Fermez-la d’abord là-bas, pour que l’un n’écrase pas ce que l’autre a enregistré.
err-note-missing = Il n’y a pas de note « { $id } ».
err-note-passphrase = Cette phrase secrète n’ouvre pas la note « { $id } ».
err-note-write = Impossible d’enregistrer dans { $dir } : { $reason }
err-note-folder-open = kyr n’enregistre rien dans { $dir } : d’autres personnes peuvent écrire dans ce dossier. Réservez-le à votre seul usage (chmod 700) ou choisissez-en un autre avec --data-dir.
err-note-folder-read-only = kyr n’enregistre rien dans { $dir } : ce dossier est en lecture seule. Votre texte reste à l’écran.
err-note-folder-link = Votre dossier de notes { $dir } est un lien vers { $target }. kyr n’écrit pas à travers un lien : si vos notes doivent se trouver là-bas, utilisez --data-dir { $target }.
err-note-leftover = { $file } : texte de la note { $id } enregistré à moitié, après un arrêt brutal de kyr. Ouvrez la note pour voir ce qui a été enregistré ; kyr notes delete { $id } supprime la note et ce fichier.
err-note-corrupt = { $file } : cette note est endommagée ({ $reason }). Elle a été laissée telle quelle.
err-note-copy-delete = Impossible de supprimer { $file } : { $reason }
err-note-too-large = { $file } : ce fichier est trop gros pour être une note. Il a été laissé tel quel.
err-note-no-folder = Il n’y a pas de dossier pour les notes. Définissez XDG_DATA_HOME ou HOME, ou utilisez --data-dir.
err-notes-kiosk = Les notes ne sont pas conservées en mode borne.
