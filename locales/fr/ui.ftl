## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Français
language-voice = fr-fr

ui-picker-title = Choisissez votre langue
ui-picker-body = Appuyez sur un chiffre ou touchez votre langue.
ui-second-title = Afficher une deuxième langue à côté de celle-ci
ui-second-body = Appuyez sur un chiffre ou touchez une langue. Choisissez-la à nouveau pour n’afficher qu’une seule langue.
ui-home-title = Que se passe-t-il ?
ui-notice = Ceci n’est pas un avis juridique. Dernière révision : { $date }.
# Shown after the content’s review date has passed.
ui-out-of-date = Ces informations ne sont peut-être plus à jour : une nouvelle révision était prévue le { $date }. Appelez { $name } au { $number } pour vérifier.
# Shown in a language that no lawyer who speaks it has checked yet; $language is its own name.
ui-unreviewed = Traduit avec soin, mais pas encore vérifié par un avocat qui parle cette langue ({ $language }). L’anglais fait foi.
ui-unreviewed-key = Appuyez sur b pour voir l’anglais à côté.
ui-home = Accueil
ui-back = Retour
ui-next = Suivant
ui-start-over = Retour au début
ui-yes = Oui
ui-no = Non
ui-not-sure = Je ne sais pas
ui-progress = Question { $current } sur { $total }
ui-your-answers = Vos réponses
ui-remember = À retenir
ui-who-to-call = Qui appeler
ui-verify = vérifiez d’abord ce numéro
ui-in-english = En anglais
ui-sources-title = Sources de cette étape
# When a source was read at its web address.
ui-source-read = consulté le { $date }
ui-close = Appuyez sur une touche pour fermer.
ui-more = suite
ui-too-small = Agrandissez cette fenêtre, s’il vous plaît. Il faut { $width } × { $height } caractères.

## The card to show an officer, the hotlines, and kiosk mode.

ui-card = Carte
ui-listen = Écouter
ui-contacts = Qui appeler
ui-language = Langue
ui-contacts-title = Lignes d’assistance : qui appeler
ui-contacts-body = Choisissez une ligne pour afficher un code à scanner avec un téléphone.
ui-qr-call = Scannez ce code avec l’appareil photo d’un téléphone pour appeler le { $number }.
ui-qr-open = Scannez ce code avec l’appareil photo d’un téléphone pour ouvrir { $address }.
ui-still-there = Vous êtes toujours là ?
# A kiosk whose content cannot be loaded shows this, in every language, until staff fix it.
ui-kiosk-out-of-order = Ce guide ne peut pas démarrer pour l’instant. Veuillez prévenir le personnel.
ui-still-there-body = Touchez l’écran ou appuyez sur une touche pour continuer. Retour au début dans { $seconds ->
    [one] { $seconds } seconde.
   *[other] { $seconds } secondes.
}
ui-keep-going = Continuer
ui-speaking = Lecture à voix haute. Appuyez sur une touche pour l’arrêter.
ui-speaking-next = Lecture à voix haute. Appuyez sur a pour une autre voix, ou sur une autre touche pour l’arrêter.
ui-card-say = Appuyez sur a pour entendre chaque phrase à voix haute en anglais.
ui-card-saying = Phrase { $current } sur { $total } lue en anglais. ← → autre phrase · Enter encore · Esc fermer

## Workshops: presenting a situation step by step, and the practice quiz.

ui-workshop-step = étape { $current } sur { $total }
ui-presenter-notes = Notes de présentation
ui-quiz-start = Entraînement : que feriez-vous ?
ui-quiz-title = Question d’entraînement { $current } sur { $total }
ui-quiz-right = Bonne réponse.
ui-quiz-not-quite = Pas tout à fait.
ui-quiz-best = La meilleure réponse :
ui-quiz-next = Question suivante
ui-quiz-finish = Voir le résultat
ui-quiz-done = Entraînement terminé
ui-quiz-score = La meilleure réponse a été choisie { $score } fois sur { $total }.
ui-quiz-again = Recommencer l’entraînement

## Printed handouts.

handout-card-intro = Gardez cette carte sur vous. Montrez-la à l’agent.
handout-cut = Découpez le long des pointillés.
handout-print-tip = Avant d’imprimer : si l’aperçu affiche l’adresse de ce fichier ou la date en haut ou en bas de la page, décochez « En-têtes et pieds de page » dans la fenêtre d’impression (souvent sous « Plus de paramètres »). Cette note ne sera pas imprimée.
ui-handout = Enregistrer une fiche à imprimer
ui-handout-saved = Une fiche a été enregistrée ici : { $path } Ouvrez-la dans un navigateur web pour l’imprimer.

key-move = déplacer
key-open = choisir
key-choose = choisir
key-back = retour
key-home = accueil
key-sources = sources
key-language = langue
key-second = 2e langue
key-help = aide
key-quit = quitter
key-next-step = suivant
key-previous-step = retour
key-presenter = notes
key-read-aloud = lire à voix haute

ui-help-title = Touches
ui-help-choose = 1–9 : choisir une option. À partir de 10, tapez les deux chiffres à la suite (1 puis 2 donne 12).
ui-help-move = ↑ ↓ ou j k : passer d’une option à l’autre
ui-help-enter = Enter : ouvrir l’option choisie
ui-help-back = Esc ou Backspace : revenir d’une étape en arrière
ui-help-home = h : aller à l’écran d’accueil
ui-help-language = l : changer de langue (vous restez au même endroit)
ui-help-second = b : afficher une deuxième langue à côté de la première, ou la masquer
ui-help-workshop = → et ← : étape suivante ou précédente ; p : notes de présentation
ui-help-sources = s : voir les sources de cette étape
ui-help-card = c : la carte à montrer à un agent
ui-help-contacts = n : les lignes d’assistance à appeler
ui-help-scroll = PgUp et PgDn : faire défiler un long texte
ui-help-mouse = Vous pouvez aussi cliquer ou toucher une option.
ui-help-quit = q : quitter
ui-help-read-aloud = a : lire cet écran à voix haute ; une touche arrête la lecture

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Choix :
# A choice in `kyr show`: its number, its words, and where it leads.
cli-choice = { $number }) { $label } : { $target }
# Words to say, quoted, and the same words in English under them.
cli-said = « { $text } »
cli-in-english = En anglais : « { $text } »
# A hotline: its name, its number and what it is for.
cli-contact = { $name } : { $number } ({ $purpose })
cli-leads-to = mène à { $target }
cli-opens-scenario = ouvre « { $title } »
cli-next = Suite : { $target }
cli-if-all-yes = Si toutes les réponses sont oui : { $target }
cli-if-any-no = Si une réponse est non ou « je ne sais pas » : { $target }
cli-sources = Sources :
cli-check-ok = { $pack } { $version } : aucun problème trouvé.
cli-check-failed = { $count ->
    [one] { $count } problème trouvé.
   *[other] { $count } problèmes trouvés.
}
cli-check-coverage = Couverture par langue :
cli-check-locale = { $locale } : { $percent } % ({ $present } sur { $total } messages)
cli-check-missing = Manquants dans { $locale } (la version { $reference } s’affiche à la place) :
cli-check-extra = Présents dans { $locale } mais pas dans { $reference } (jamais affichés) :
cli-check-same = Dans { $locale }, identiques à { $reference } (traduisez-les, ou ajoutez-les à same_ok dans le manifeste) :
cli-check-details = Pour la liste des messages à traduire : kyr check --lang { $locale }
# A translation made from English that has changed since.
cli-check-stale-count = { $count ->
    [one] { $count } à mettre à jour
   *[other] { $count } à mettre à jour
}
cli-check-stale = À mettre à jour dans { $locale } : l’anglais a changé depuis la traduction de ces messages. Mettez chacun à jour, puis marquez-le.
cli-check-was = traduit à partir de :
cli-check-now = Anglais actuel :
cli-check-none = (aucun)
cli-check-not-recorded = On ne sait pas à partir de quel anglais ce message a été traduit.
cli-check-stale-mark = Une fois à jour : kyr l10n mark { $locale } MESSAGE-ID… (ou --all)

## Command-line help (`kyr --help`).

cli-about = Un guide hors ligne sur vos droits si des agents de l’immigration viennent. Ceci n’est pas un avis juridique.
cli-help-lang = Langue à utiliser (par exemple es, ar, zh-Hans)
cli-help-second = Une deuxième langue à afficher à côté de la première, pour un public mixte
cli-help-workshop = Mode atelier : présenter une situation étape par étape, avec des notes de présentation et un quiz d’entraînement
cli-help-speak = Lire à voix haute chaque nouvel écran une fois, de lui-même (pour une borne avec casque ; nécessite espeak-ng)
cli-help-content = Charger le paquet de contenu de ce dossier au lieu du paquet intégré
cli-help-list = Lister les situations : identifiant et titre
cli-help-show = Afficher toute une situation en texte simple
cli-help-audio = Enregistrer une situation lue à voix haute dans un fichier son WAV (nécessite espeak-ng)
cli-help-audio-scenario = La situation à lire à voix haute (voir `kyr list`)
cli-help-audio-output = Le fichier WAV à écrire
cli-help-scenario = La situation à afficher (voir `kyr list`)
cli-help-check = Vérifier un paquet de contenu et montrer où en est chaque langue
cli-help-handout = Créer une fiche à imprimer : points à retenir, carte à découper, lignes d’assistance et sources
cli-help-handout-scenarios = Les situations à inclure (toutes si aucune n’est indiquée)
cli-help-handout-format = html, md ou txt
cli-help-output = Enregistrer dans ce fichier au lieu d’afficher à l’écran
cli-help-card = Afficher la carte à montrer à un agent : en anglais, avec la langue choisie
cli-help-contacts = Afficher les lignes d’assistance, classées par besoin
cli-help-kiosk = Mode borne : les visiteurs ne peuvent pas en sortir, il revient au début après une période d’inactivité, il n’enregistre rien
cli-help-idle = Nombre de secondes sans action avant qu’une borne demande « Vous êtes toujours là ? » et revienne au début
cli-help-operator-exit = Touches qui ferment une borne, à presser l’une après l’autre
cli-help-strict = Échouer s’il manque un message dans une langue, ou si un message est à mettre à jour
cli-help-l10n = Outils pour les traducteurs et traductrices
cli-help-l10n-mark = Marquer des traductions comme à jour par rapport à l’anglais qu’elles suivent
cli-help-l10n-lang = La langue dont les traductions ont été relues
cli-help-l10n-ids = Les messages à marquer (voir kyr check --lang CODE)
cli-help-l10n-all = Marquer tous les messages de la langue qui sont à mettre à jour
cli-help-l10n-unchanged = Marquer aussi les messages dont la traduction n’a pas été modifiée (le changement en anglais n’en demande pas)
cli-l10n-marked = { $locale } : { $count ->
    [one] { $count } message marqué comme à jour.
   *[other] { $count } messages marqués comme à jour.
}
cli-l10n-current = { $locale } : { $id } est déjà à jour.
cli-help-bidi = Qui met en ordre le texte écrit de droite à gauche : app (kyr) ou terminal (le terminal s’en charge)
cli-help-shaping = Qui place les signes vocaliques du bengali là où on les voit : app (kyr, pour les terminaux qui dessinent lettre par lettre) ou terminal (le terminal met en forme le texte)
cli-help-theme = Couleurs selon le fond du terminal : auto (le demander au terminal), light (clair) ou dark (sombre)
cli-help-help = Afficher cette aide
cli-help-version = Afficher la version
cli-version-pack = contenu { $id } { $version }, dernière vérification le { $date }
cli-help-usage = Utilisation : { $usage }
cli-heading-commands = Commandes :
cli-heading-arguments = Arguments :
cli-heading-options = Options :
cli-help-default = { $help } (par défaut : { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = Mode lecteur d’écran : le guide en simples lignes de texte, auxquelles on répond en tapant un numéro puis Enter (choisi aussi quand TERM vaut dumb ou n’est pas défini)
reader-prompt = Tapez un numéro et appuyez sur Enter (? pour l’aide) :
reader-prompt-back = Tapez b et appuyez sur Enter pour revenir en arrière (? pour l’aide) :
reader-not-a-choice = Tapez un numéro de 1 à { $count }, puis appuyez sur Enter. Tapez ? pour l’aide.
reader-help-title = Tapez un numéro ou une lettre, puis appuyez sur Enter.
reader-help-number = Un numéro : choisir l’option qui porte ce numéro.
reader-help-again = Enter seul : répéter cet écran.
reader-help-back = b : revenir d’une étape en arrière
reader-notes-full-screen = Une note verrouillée ne s’ouvre que dans le guide en plein écran (kyr sans --screen-reader), qui demande sa phrase secrète.
reader-note-answer = Tapez la réponse et appuyez sur Entrée (Entrée seule garde ce qui y est) :
