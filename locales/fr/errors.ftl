## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = La langue « { $code } » n’existe pas. Langues disponibles : { $list }
err-unknown-scenario = La situation « { $id } » n’existe pas. Situations disponibles : { $list }
err-pack-invalid = Impossible d’utiliser le paquet de contenu :
err-terminal = Impossible d’utiliser le terminal : { $reason }
err-fluent-depth = { $file }:{ $line } : ici, les placeables (expressions entre accolades) sont imbriqués sur plus de { $max } niveaux ; kyr ne lit pas ce fichier.
err-fluent-format = { $file }:{ $line } : { $message } ne peut pas être affiché : { $reason }
err-read = { $file } : lecture impossible : { $reason }
err-not-regular = { $file } : ce n’est pas un fichier ordinaire (tube, périphérique ou socket), il n’est donc pas lu.
err-outside-pack = { $file } : ce chemin sort du dossier du paquet (vers { $target }), il n’est donc pas lu.
err-too-large = { $file } : { $size } octets, plus que la taille maximale d’un fichier du paquet ({ $max }).
err-toml = { $file }:{ $line } : { $reason }
err-fluent = { $file }:{ $line } : erreur de syntaxe Fluent : { $reason }
err-missing-file = { $file } : ce fichier est manquant.
err-bad-id = { $file }:{ $line } : « { $id } » n’est pas un identifiant valide. Utilisez des mots en minuscules reliés par des tirets.
err-duplicate-id = { $file }:{ $line } : « { $id } » est utilisé deux fois.
err-scenario-id = { $file }:{ $line } : l’identifiant « { $id } » ne correspond pas au nom du fichier.
err-unknown-step = { $file }:{ $line } : « { $target } » n’est pas une étape de ce scénario.
err-unknown-scenario-link = { $file }:{ $line } : « { $target } » n’est pas un scénario de ce paquet.
err-unknown-kind = { $file }:{ $line } : « { $kind } » n’est pas un type d’étape. Utilisez info, question, checklist, say ou end.
err-missing-field = { $file }:{ $line } : une étape « { $kind } » doit avoir « { $field } ».
err-one-target = { $file }:{ $line } : indiquez soit « next », soit « scenario », mais pas les deux.
err-unreachable = { $file }:{ $line } : l’étape « { $step } » ne peut pas être atteinte depuis le début.
err-no-way-to-end = { $file }:{ $line } : depuis l’étape « { $step } », aucun chemin ne mène à une fin.
err-no-sources = { $file }:{ $line } : l’étape « { $step } » ne cite aucune source.
err-unknown-source = { $file }:{ $line } : la source « { $id } » n’existe pas dans sources.toml.
err-unknown-contact = { $file }:{ $line } : le contact « { $id } » n’existe pas dans contacts.toml.
err-missing-message = { $file }:{ $line } : « { $message } » manque dans la langue { $locale }.
err-variables = { $file }:{ $line } : variables de « { $message } » : { $found } ici, mais { $expected } dans { $reference }.
err-no-variables = aucune
err-no-locale = { $file }:{ $line } : la langue « { $locale } » n’a pas de dossier dans locales/.
err-default-locale = { $file }:{ $line } : la langue par défaut « { $locale } » n’est pas dans la liste des langues.
err-incomplete = { $locale } a { $percent } % des messages ; --strict exige 100 %.
err-stale = { $locale } a { $count ->
    [one] { $count } message à mettre à jour
   *[other] { $count } messages à mettre à jour
} (l’anglais a changé depuis) ; voir kyr check --lang { $locale }.
err-l10n-unchanged = { $locale } : { $id } n’a pas été modifié depuis le changement de l’anglais. Mettez-le à jour, ou ajoutez --unchanged si le changement ne demande pas de nouvelle traduction.
err-l10n-unknown = { $locale } : le message { $id } n’existe pas à la fois dans { $locale } et dans la langue de référence.
err-l10n-reference = { $locale } est la langue de référence : les autres langues sont traduites à partir de ses messages.
err-l10n-no-source = Le paquet intégré ne peut être marqué que dans son dossier source ({ $path }). Pour un autre paquet, utilisez --content DIR.
err-l10n-read = Impossible de lire { $file } : { $reason }
err-l10n-write = Impossible d’enregistrer { $file } : { $reason }
err-l10n-nothing = Indiquez les messages à marquer, ou utilisez --all.
err-operator-exit = « { $keys } » n’est pas une séquence de touches. Indiquez des touches séparées par des espaces, par exemple : ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line } : la meilleure réponse « { $id } » ne fait pas partie des réponses.
err-output = Impossible d’écrire la sortie : { $reason }
err-handout-write = Impossible d’enregistrer { $file } : { $reason }
err-speech-missing = La lecture à voix haute nécessite le programme espeak-ng, qui n’est pas installé ici. Demandez à la personne qui s’occupe de cet ordinateur d’installer espeak-ng (sous Debian ou Ubuntu : sudo apt install espeak-ng).
err-speech-failed = Lecture à voix haute impossible : { $reason }
err-audio-failed = Impossible d’enregistrer { $file } : { $reason }
err-audio-encoder = Pour enregistrer { $file } en Opus, installez opus-tools (opusenc) ou ffmpeg, ou enregistrez un fichier .wav.
