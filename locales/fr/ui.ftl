## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Français

ui-picker-title = Choisissez votre langue
ui-picker-body = Appuyez sur un chiffre ou touchez votre langue.
ui-home-title = Que se passe-t-il ?
ui-notice = Ceci n’est pas un avis juridique. Dernière révision : { $date }.
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
ui-close = Appuyez sur une touche pour fermer.
ui-more = suite
ui-too-small = Agrandissez cette fenêtre, s’il vous plaît. Il faut { $width } × { $height } caractères.

ui-footer-picker = ↑↓ déplacer · Enter choisir · q quitter
ui-footer-home = 1–9 choisir · l langue · ? aide · q quitter
ui-footer-step = Esc retour · h accueil · s sources · l langue · ? aide · q quitter

ui-help-title = Touches
ui-help-choose = 1–9 : choisir une option
ui-help-move = ↑ ↓ ou j k : passer d’une option à l’autre
ui-help-enter = Enter : ouvrir l’option choisie
ui-help-back = Esc ou Backspace : revenir d’une étape en arrière
ui-help-home = h : aller à l’écran d’accueil
ui-help-language = l : changer de langue (vous restez au même endroit)
ui-help-sources = s : voir les sources de cette étape
ui-help-scroll = PgUp et PgDn : faire défiler un long texte
ui-help-mouse = Vous pouvez aussi cliquer ou toucher une option.
ui-help-quit = q : quitter

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Choix :
cli-leads-to = mène à { $target }
cli-opens-scenario = ouvre « { $title } »
cli-next = Suite : { $target }
cli-if-all-yes = Si toutes les réponses sont oui : { $target }
cli-if-any-no = Si une réponse est non ou « je ne sais pas » : { $target }
cli-sources = Sources :
cli-check-ok = { $pack } { $version } : aucun problème trouvé.
cli-check-failed = { $count ->
    [one] { $count } problème trouvé.
   *[other] { $count } problèmes trouvés.
}
cli-check-coverage = Couverture par langue :
cli-check-locale = { $locale } : { $percent } % ({ $present } messages sur { $total })
cli-check-missing = Manquants dans { $locale } (la version { $reference } s’affiche à la place) :
cli-check-extra = Présents dans { $locale } mais pas dans { $reference } (jamais affichés) :
cli-check-same = Dans { $locale }, identiques à { $reference } (traduisez-les, ou ajoutez-les à same_ok dans le manifeste) :
cli-check-details = Pour la liste des messages à traduire : kyr check --lang { $locale }

## Command-line help (`kyr --help`).

cli-about = Un guide hors ligne sur vos droits si des agents de l’immigration viennent. Ceci n’est pas un avis juridique.
cli-help-lang = Langue à utiliser (par exemple es, ar, zh-Hans)
cli-help-content = Charger le paquet de contenu de ce dossier au lieu du paquet intégré
cli-help-list = Lister les situations : identifiant et titre
cli-help-show = Afficher toute une situation en texte simple
cli-help-scenario = La situation à afficher (voir `kyr list`)
cli-help-check = Vérifier un paquet de contenu et montrer où en est chaque langue
cli-help-strict = Échouer s’il manque un message dans une langue
cli-help-bidi = Qui met en ordre le texte écrit de droite à gauche : app (kyr) ou terminal (le terminal s’en charge)
cli-help-help = Afficher cette aide
cli-help-version = Afficher la version
