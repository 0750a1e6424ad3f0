## The interface. Keep these short: they must fit an 80×24 screen.

# This language's name, written in its own script. Shown in the language picker.
language-name = Español
language-voice = es-419

ui-picker-title = Elija su idioma
ui-picker-body = Presione un número o toque su idioma.
ui-second-title = Mostrar un segundo idioma al lado de este
ui-second-body = Presione un número o toque un idioma. Elija el mismo otra vez para ver un solo idioma.
ui-home-title = ¿Qué está pasando?
ui-notice = Esto no es asesoría legal. Última revisión: { $date }.
# Se muestra cuando ya pasó la fecha de la próxima revisión del contenido.
ui-out-of-date = Esta información puede estar desactualizada: debía revisarse de nuevo el { $date }. Llame a { $name } al { $number } para confirmarla.
# Se muestra en un idioma que todavía no revisó ningún abogado que lo hable; $language es el nombre del idioma en ese idioma.
ui-unreviewed = Traducido con cuidado, pero todavía no lo ha revisado un abogado que hable este idioma ({ $language }). La referencia es el texto en inglés.
ui-unreviewed-key = Presione b para ver el inglés al lado.
ui-home = Inicio
ui-back = Atrás
ui-next = Siguiente
ui-start-over = Volver al principio
ui-yes = Sí
ui-no = No
ui-not-sure = No sé
ui-progress = Pregunta { $current } de { $total }
ui-your-answers = Sus respuestas
ui-remember = Recuerde
ui-who-to-call = A quién llamar
ui-verify = confirme este número primero
ui-in-english = En inglés
ui-sources-title = Fuentes de este paso
# Cuando una fuente se consultó en su dirección web.
ui-source-read = consultada el { $date }
ui-close = Presione cualquier tecla para cerrar.
ui-more = más
ui-too-small = Agrande esta ventana, por favor. Necesita { $width } × { $height } caracteres.

## La tarjeta para mostrar a un agente, las líneas de ayuda y el modo quiosco.

ui-card = Tarjeta
ui-listen = Escuchar
ui-contacts = Líneas de ayuda
ui-language = Idioma
ui-contacts-title = Líneas de ayuda: a quién llamar
ui-contacts-body = Elija una para ver un código que puede escanear con un teléfono.
ui-qr-call = Escanee este código con la cámara de un teléfono para llamar al { $number }.
ui-qr-open = Escanee este código con la cámara de un teléfono para abrir { $address }.
ui-still-there = ¿Sigue ahí?
# Un quiosco que no puede cargar el contenido muestra esto, en todos los idiomas, hasta que el personal lo arregle.
ui-kiosk-out-of-order = Esta guía no puede iniciarse ahora. Por favor, avise a alguien del personal.
ui-still-there-body = Toque la pantalla o presione una tecla para seguir. Se empieza de nuevo en { $seconds } segundos.
ui-keep-going = Seguir
ui-speaking = Leyendo en voz alta. Presione cualquier tecla para detener la lectura.
ui-speaking-next = Leyendo en voz alta. Presione a para oír otra voz, o cualquier otra tecla para detener la lectura.
ui-card-say = Presione a para escuchar cada frase en voz alta en inglés.
ui-card-saying = Frase { $current } de { $total } en voz alta en inglés. ← → otra frase · Enter repetir · Esc cerrar

## Talleres: presentar una situación paso a paso, y la práctica con preguntas.

ui-workshop-step = paso { $current } de { $total }
ui-presenter-notes = Notas para quien presenta
ui-quiz-start = Práctica: ¿qué haría usted?
ui-quiz-title = Pregunta de práctica { $current } de { $total }
ui-quiz-right = Correcto.
ui-quiz-not-quite = No exactamente.
ui-quiz-best = La mejor respuesta:
ui-quiz-next = Siguiente pregunta
ui-quiz-finish = Ver cómo le fue
ui-quiz-done = Práctica terminada
ui-quiz-score = { $total ->
    [one] Se eligió la mejor respuesta en { $score } de { $total } pregunta.
   *[other] Se eligió la mejor respuesta en { $score } de { $total } preguntas.
}
ui-quiz-again = Practicar otra vez

## Hojas informativas para imprimir.

handout-card-intro = Muestre esta tarjeta a un agente. Llévela con usted.
handout-cut = Recorte por la línea punteada.
handout-print-tip = Antes de imprimir: si en la vista previa aparecen la dirección de este archivo o la fecha arriba o abajo de la página, desactive “Encabezados y pies de página” en la ventana de impresión (suele estar en “Más opciones de configuración”). Esta nota no se imprime.
ui-handout = Guardar una hoja informativa para imprimir
ui-handout-saved = Se guardó una hoja informativa aquí: { $path } Ábrala en un navegador web para imprimirla.

key-move = mover
key-open = elegir
key-choose = elegir
key-back = atrás
key-home = inicio
key-sources = fuentes
key-language = idioma
key-second = 2.º idioma
key-help = ayuda
key-quit = salir
key-next-step = siguiente
key-previous-step = atrás
key-presenter = notas
key-read-aloud = leer en voz alta

ui-help-title = Teclas
ui-help-choose = 1–9: elegir una opción. Para 10 o más, escriba las dos cifras seguidas (1 y luego 2 es 12).
ui-help-move = ↑ ↓ o j k: moverse entre las opciones
ui-help-enter = Enter: abrir la opción seleccionada
ui-help-back = Esc o Backspace: volver un paso atrás
ui-help-home = h: ir a la pantalla de inicio
ui-help-language = l: cambiar el idioma (sin perder su lugar)
ui-help-second = b: mostrar un segundo idioma al lado del primero, u ocultarlo
ui-help-workshop = → y ←: paso siguiente y paso anterior; p: notas para quien presenta
ui-help-sources = s: ver las fuentes de este paso
ui-help-card = c: la tarjeta para mostrar a un agente
ui-help-contacts = n: líneas de ayuda para llamar
ui-help-scroll = PgUp y PgDn: mover un texto largo hacia arriba o hacia abajo
ui-help-mouse = También puede hacer clic o tocar cualquier opción.
ui-help-quit = q: salir
ui-help-read-aloud = a: leer esta pantalla en voz alta; cualquier tecla detiene la lectura

## Plain text output of `kyr show`, `kyr list` and `kyr check`.

cli-choices = Opciones:
# Una opción en `kyr show`: su número, sus palabras y adónde lleva.
cli-choice = { $number }) { $label }: { $target }
# Palabras para decir, entre comillas, y las mismas en inglés debajo.
cli-said = “{ $text }”
cli-in-english = En inglés: “{ $text }”
# Una línea de ayuda: su nombre, su número y para qué sirve.
cli-contact = { $name }: { $number } ({ $purpose })
cli-leads-to = lleva a { $target }
cli-opens-scenario = abre “{ $title }”
cli-next = Siguiente: { $target }
cli-if-all-yes = Si todas las respuestas son sí: { $target }
cli-if-any-no = Si alguna respuesta es no o no sé: { $target }
cli-sources = Fuentes:
cli-check-ok = { $pack } { $version }: no se encontraron problemas.
cli-check-failed = { $count ->
    [one] Se encontró un problema.
   *[other] Se encontraron { $count } problemas.
}
cli-check-coverage = Cobertura por idioma:
cli-check-locale = { $locale }: { $percent }% ({ $present } de { $total } mensajes)
cli-check-missing = Faltan en { $locale } (se muestran en { $reference }):
cli-check-extra = Están en { $locale } pero no en { $reference } (nunca se muestran):
cli-check-same = En { $locale }, iguales que en { $reference } (tradúzcalos o agréguelos a same_ok en el manifiesto):
cli-check-details = Para ver la lista de mensajes por traducir: kyr check --lang { $locale }
# Una traducción hecha de un texto en inglés que cambió después.
cli-check-stale-count = { $count ->
    [one] uno desactualizado
   *[other] { $count } desactualizados
}
cli-check-stale = Desactualizados en { $locale }: el inglés cambió después de que se tradujeran. Actualice cada uno y después márquelo.
cli-check-was = traducido de:
cli-check-now = inglés actual:
cli-check-none = (ninguno)
cli-check-not-recorded = No se registró de qué texto en inglés se tradujo.
cli-check-stale-mark = Cuando estén actualizados: kyr l10n mark { $locale } MESSAGE-ID… (o --all)

## Command-line help (`kyr --help`).

cli-about = Una guía sin conexión sobre sus derechos si llegan agentes de inmigración. No es asesoría legal.
cli-help-lang = Idioma que se va a usar (por ejemplo es, ar, zh-Hans)
cli-help-second = Un segundo idioma para mostrar al lado del primero, para un grupo que habla varios idiomas
cli-help-workshop = Modo taller: presentar una situación paso a paso, con notas para quien presenta y una práctica con preguntas
cli-help-speak = Leer en voz alta cada pantalla nueva una vez, sin que nadie lo pida (para un quiosco con audífonos; necesita espeak-ng)
cli-help-content = Cargar el paquete de contenido de esta carpeta en lugar del paquete incluido
cli-help-list = Mostrar la lista de situaciones: identificador y título
cli-help-show = Mostrar una situación completa como texto simple
cli-help-audio = Guardar una situación leída en voz alta como archivo de sonido WAV (necesita espeak-ng)
cli-help-audio-scenario = La situación que se va a leer en voz alta (vea `kyr list`)
cli-help-audio-output = El archivo WAV que se va a escribir
cli-help-scenario = La situación que se va a mostrar (vea `kyr list`)
cli-help-check = Revisar un paquete de contenido y mostrar qué tan completo está cada idioma
cli-help-handout = Crear una hoja informativa para imprimir: puntos clave, la tarjeta para recortar, líneas de ayuda y fuentes
cli-help-handout-scenarios = Las situaciones que se van a incluir (todas, si no se indica ninguna)
cli-help-handout-format = html, md o txt
cli-help-output = Escribir en este archivo en lugar de mostrarlo en la pantalla
cli-help-card = Imprimir la tarjeta para mostrar a un agente: en inglés, con el idioma elegido
cli-help-contacts = Imprimir las líneas de ayuda, agrupadas por necesidad
cli-help-kiosk = Modo quiosco: los visitantes no pueden salir, empieza de nuevo si nadie lo usa, no guarda nada
cli-help-idle = Segundos sin actividad antes de que el quiosco pregunte “¿Sigue ahí?” y empiece de nuevo
cli-help-operator-exit = Teclas que cierran el quiosco, presionadas una tras otra
cli-help-strict = Fallar si a algún idioma le falta algún mensaje o tiene alguno desactualizado
cli-help-l10n = Herramientas para la traducción
cli-help-l10n-mark = Marcar traducciones como al día con el texto en inglés del que vienen
cli-help-l10n-lang = El idioma cuyas traducciones se revisaron
cli-help-l10n-ids = Los mensajes que se van a marcar (vea kyr check --lang CODE)
cli-help-l10n-all = Marcar todos los mensajes desactualizados del idioma
cli-help-l10n-unchanged = Marcar también los mensajes cuya traducción no se editó (el cambio en inglés no requiere una nueva)
cli-l10n-marked = { $locale }: { $count ->
    [one] se marcó un mensaje como actualizado.
   *[other] se marcaron { $count } mensajes como actualizados.
}
cli-l10n-current = { $locale }: { $id } ya está actualizado.
cli-help-bidi = Quién ordena el texto de derecha a izquierda: app (kyr) o terminal (lo hace la terminal)
cli-help-shaping = Quién coloca los signos vocálicos del bengalí donde se ven: app (kyr, para terminales que dibujan letra por letra) o terminal (la terminal da forma al texto)
cli-help-theme = Colores según el fondo de la terminal: auto (se lo pregunta a la terminal), light (claro) o dark (oscuro)
cli-help-help = Mostrar esta ayuda
cli-help-version = Mostrar la versión
cli-version-pack = paquete de contenido { $id } { $version }, última revisión { $date }
cli-help-usage = Uso: { $usage }
cli-heading-commands = Comandos:
cli-heading-arguments = Argumentos:
cli-heading-options = Opciones:
cli-help-default = { $help } (por defecto: { $value })

## Screen-reader mode (`kyr --screen-reader`): the guide as lines of text. The person types a
## number or a letter and presses Enter. Letters (b h c n s l w q ?) stay as they are.

cli-help-screen-reader = Modo para lectores de pantalla: la guía en líneas de texto simple; se responde escribiendo un número y Enter (se usa también cuando TERM es dumb o no está definido)
reader-prompt = Escriba un número y presione Enter (? para ver la ayuda):
reader-prompt-back = Escriba b y presione Enter para volver (? para ver la ayuda):
reader-not-a-choice = Escriba un número del 1 al { $count } y presione Enter. Escriba ? para ver la ayuda.
reader-help-title = Escriba un número o una letra y luego presione Enter.
reader-help-number = Un número: elegir la opción que tiene ese número.
reader-help-again = Solo Enter: repetir esta pantalla.
reader-help-back = b: volver un paso atrás
reader-notes-full-screen = Una nota bloqueada solo se abre en la guía de pantalla completa (kyr sin --screen-reader), donde se pide su contraseña.
reader-note-answer = Escriba la respuesta y presione Enter (solo Enter deja lo que ya hay):
