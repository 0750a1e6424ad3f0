## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = No existe el idioma “{ $code }”. Disponibles: { $list }
err-unknown-scenario = No existe la situación “{ $id }”. Disponibles: { $list }
err-pack-invalid = No se puede usar el paquete de contenido:
err-terminal = No se pudo usar la terminal: { $reason }
err-fluent-depth = { $file }:{ $line }: aquí los placeables (expresiones entre llaves) se anidan en más de { $max } niveles; kyr no lee este archivo.
err-fluent-format = { $file }:{ $line }: no se puede mostrar { $message }: { $reason }
err-read = { $file }: no se puede leer: { $reason }
err-not-regular = { $file }: no es un archivo normal (es una tubería, un dispositivo o un socket), así que no se lee.
err-outside-pack = { $file }: apunta fuera de la carpeta del paquete (a { $target }), así que no se lee.
err-too-large = { $file }: { $size } bytes, más de lo que puede tener un archivo del paquete ({ $max }).
err-toml = { $file }:{ $line }: { $reason }
err-fluent = { $file }:{ $line }: error de sintaxis de Fluent: { $reason }
err-missing-file = { $file }: falta este archivo.
err-bad-id = { $file }:{ $line }: “{ $id }” no es un identificador válido. Use palabras en minúsculas unidas por guiones.
err-duplicate-id = { $file }:{ $line }: “{ $id }” se usa dos veces.
err-scenario-id = { $file }:{ $line }: el identificador “{ $id }” no coincide con el nombre del archivo.
err-unknown-step = { $file }:{ $line }: “{ $target }” no es un paso de esta situación.
err-unknown-scenario-link = { $file }:{ $line }: “{ $target }” no es una situación de este paquete.
err-unknown-kind = { $file }:{ $line }: “{ $kind }” no es un tipo de paso. Use info, question, checklist, say o end.
err-missing-field = { $file }:{ $line }: un paso “{ $kind }” necesita “{ $field }”.
err-one-target = { $file }:{ $line }: indique “next” o “scenario”, pero no los dos.
err-unreachable = { $file }:{ $line }: no se puede llegar al paso “{ $step }” desde el inicio.
err-no-way-to-end = { $file }:{ $line }: desde el paso “{ $step }” no hay forma de llegar a un final.
err-no-sources = { $file }:{ $line }: el paso “{ $step }” no cita ninguna fuente.
err-unknown-source = { $file }:{ $line }: no hay ninguna fuente “{ $id }” en sources.toml.
err-unknown-contact = { $file }:{ $line }: no hay ningún contacto “{ $id }” en contacts.toml.
err-missing-message = { $file }:{ $line }: falta “{ $message }” en { $locale }.
err-variables = { $file }:{ $line }: “{ $message }” usa { $found }, pero { $reference } usa { $expected }.
err-no-variables = ninguna variable
err-no-locale = { $file }:{ $line }: el idioma “{ $locale }” no tiene carpeta en locales/.
err-default-locale = { $file }:{ $line }: el idioma predeterminado “{ $locale }” no está en la lista de idiomas.
err-incomplete = { $locale } tiene el { $percent } % de los mensajes; --strict necesita el 100 %.
err-stale = { $locale } tiene { $count ->
    [one] un mensaje desactualizado
   *[other] { $count } mensajes desactualizados
} (el inglés cambió desde entonces); vea kyr check --lang { $locale }.
err-l10n-unchanged = { $locale }: { $id } no se editó desde que cambió el inglés. Actualícelo, o agregue --unchanged si el cambio no requiere una nueva traducción.
err-l10n-unknown = { $locale }: no hay ningún mensaje { $id } que esté a la vez en { $locale } y en el idioma de referencia.
err-l10n-reference = { $locale } es el idioma de referencia: sus mensajes son los que se traducen a los demás idiomas.
err-l10n-no-source = El paquete incluido solo se puede marcar en su carpeta de origen ({ $path }). Para otro paquete, use --content DIR.
err-l10n-read = No se pudo leer { $file }: { $reason }
err-l10n-write = No se pudo escribir { $file }: { $reason }
err-l10n-nothing = Indique los mensajes que quiere marcar, o use --all.
err-operator-exit = “{ $keys }” no es una secuencia de teclas. Escriba teclas separadas por espacios, por ejemplo: ctrl-x ctrl-x ctrl-q
err-quiz-best = { $file }:{ $line }: la mejor respuesta “{ $id }” no es una de las respuestas.
err-output = No se pudo escribir la salida: { $reason }
err-handout-write = No se pudo escribir { $file }: { $reason }
err-speech-missing = Para leer en voz alta hace falta el programa espeak-ng, que no está instalado aquí. Pida a la persona que se ocupa de esta computadora que instale espeak-ng (en Debian o Ubuntu: sudo apt install espeak-ng).
err-speech-failed = No se pudo leer en voz alta: { $reason }
err-audio-failed = No se pudo escribir { $file }: { $reason }
err-audio-encoder = Para guardar { $file } como Opus, instale opus-tools (opusenc) o ffmpeg, o guarde un archivo .wav.
