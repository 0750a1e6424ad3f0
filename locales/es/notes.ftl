## Private notes about an encounter: the form, the list, locking, export.
## The field labels are what a lawyer will read beside the English.

ui-notes = Notas
ui-notes-title = Sus notas
ui-help-notes = w: sus notas privadas sobre un encuentro
ui-notes-body = Las notas se quedan en este dispositivo, en una carpeta que solo usted puede abrir. No se envía nada a ningún lado.
ui-notes-new = Escribir una nota nueva
ui-notes-empty = Todavía no tiene notas.
ui-notes-locked = Nota bloqueada
ui-note-write = Anote lo que pasó
ui-note-title = Lo que pasó
ui-note-saved = Guardada
ui-note-autosave = kyr guarda sus palabras mientras escribe.
ui-note-unsaved = Todavía no se guardó
ui-note-save-failed = No se pudo guardar ({ $reason }). Sus palabras siguen aquí y kyr lo sigue intentando.
key-next-field = siguiente
key-previous-field = atrás
key-change-choice = cambiar una opción
key-lock = bloquear
key-done = terminar
key-copy = copia
key-delete = borrar
ui-help-note-copy = Ctrl-E: guardar una copia para un abogado en su carpeta personal. La copia no queda bloqueada.
ui-note-lock = Bloquear con una frase de contraseña
ui-note-passphrase = Frase de contraseña
ui-note-passphrase-again = La misma frase de contraseña, otra vez
ui-note-passphrase-mismatch = Las dos frases de contraseña no son iguales. Inténtelo de nuevo.
ui-note-wrong-passphrase = Esa frase de contraseña no abre esta nota.
ui-note-lock-explain =
    Alguien puede quitarle las notas de un teléfono o una computadora, o una corte puede exigirlas.
    Una nota bloqueada solo se puede leer con su frase de contraseña.
    Bloquear una nota no oculta que la nota existe.
    No sirve si alguien le obliga a decir la frase de contraseña.
    Si olvida la frase de contraseña, nadie puede abrir la nota.
    Las copias guardadas con Ctrl-E no quedan bloqueadas.
ui-note-lock-copy = Esta nota tiene una copia así: { $path }. Después de bloquear la nota, kyr le preguntará si quiere borrar la copia.
ui-note-open = Abrir
ui-note-export = Copiar para un abogado
ui-note-exported = Se guardó una copia aquí: { $path }
ui-note-copy-question = La copia { $path } no está bloqueada: cualquiera que abra ese archivo puede leerla. ¿Borrar la copia? La nota no se borra.
ui-note-delete-copy = Borrar la copia
ui-note-keep-copy = Conservar la copia
ui-note-copy-deleted = Se borró la copia { $path }.
ui-note-delete = Borrar
ui-note-delete-confirm = ¿Borrar esta nota? Esto no se puede deshacer.
ui-note-keep = Conservarla
ui-note-not-saved-leaving = Sus palabras no están guardadas: kyr no pudo escribirlas. Si sale ahora, se perderán.
ui-note-keep-writing = Seguir escribiendo
ui-note-save-copy = Guardar una copia en mi carpeta personal
ui-note-leave = Salir sin guardarlas
ui-note-field-full = Este campo está lleno: admite como máximo { $count } caracteres. El texto que pasaba de ese límite no se agregó.
ui-note-broken = No se puede leer un archivo de nota: { $file }. Se dejó como estaba.

## A note printed or exported for a lawyer.

note-export-title = Notas sobre un encuentro
note-export-footer = Escrito con kyr. Esto no es asesoría legal.

## The form's fields. Value: label. Attribute .hint: what to write.

note-field-when = Fecha y hora
    .hint = ¿Cuándo pasó? Si fue antes, cambie la fecha y la hora.
note-field-place = Lugar
    .hint = La dirección, la esquina o el edificio.
note-field-agency = Agencia
    .hint = ¿Quiénes eran? Mire las chaquetas, las placas de los agentes y los vehículos.
note-field-agents = Cuántos agentes
    .hint = Un número exacto o aproximado.
note-field-names = Nombres y números de placa
    .hint = Todos los nombres y números que vio u oyó.
note-field-uniforms = Uniformes o máscaras
    .hint = Qué llevaban puesto. ¿Tenían la cara cubierta?
note-field-vehicles = Vehículos y sus placas
    .hint = Color, marca y número de placa del vehículo.
note-field-papers = Papeles que mostraron
    .hint = ¿Mostraron una orden?
note-field-said = Lo que se dijo
    .hint = Lo que dijeron ellos y lo que dijo usted, tal como lo recuerde.
note-field-force = Fuerza o daños
    .hint = ¿Alguien salió herido? ¿Rompieron o se llevaron algo?
note-field-taken = Adónde se llevaron a alguien
    .hint = A quién se llevaron y adónde, si lo sabe.
note-field-witnesses = Testigos
    .hint = Pregunte a las personas antes de anotar su nombre o su número.
note-field-media = Fotos y videos
    .hint = Dónde están guardados. Guarde una copia en un lugar seguro.

note-choice-ice = ICE
note-choice-hsi = HSI
note-choice-cbp = CBP
note-choice-nypd = NYPD
note-choice-other = Otra agencia
note-choice-unknown = No lo sé
note-choice-judicial = Una orden firmada por un juez
note-choice-ice-form = Un formulario de ICE (I-200 o I-205)
note-choice-none = Ningún papel
note-choice-not-sure = No sé bien

## `kyr notes` on the command line.

cli-help-notes = Sus notas privadas: ver la lista, exportar, borrar, borrar todas
cli-help-notes-list = Mostrar la lista de sus notas
cli-help-notes-export = Imprimir una nota para un abogado, con las etiquetas en su idioma y en inglés
cli-help-notes-delete = Borrar una nota
cli-help-notes-wipe = Borrar todas las notas (antes le pide escribir una palabra)
cli-help-note-id = El identificador de la nota (vea `kyr notes list`)
cli-help-format = md o txt
cli-help-data-dir = La carpeta de las notas (predeterminada: $XDG_DATA_HOME/kyr)
cli-notes-none = No tiene notas.
cli-notes-locked = bloqueada
cli-passphrase = Frase de contraseña:
cli-wipe-confirm = Esto borra todas las notas de { $dir }. Para seguir, escriba { $word }:
# The word to type, in capitals if your script has them.
cli-wipe-word = BORRAR
cli-wipe-done = { $count ->
    [one] Se borró una nota.
   *[other] Se borraron { $count } notas.
}
cli-wipe-cancelled = No se borró nada.
cli-deleted = Se borró la nota { $id }.

## Errors about notes.

err-note-busy = La nota “{ $id }” está abierta en otro kyr. Ciérrela allí primero, para que un kyr no sobrescriba lo que guardó el otro.
err-note-missing = No existe la nota “{ $id }”.
err-note-passphrase = Esa frase de contraseña no abre la nota “{ $id }”.
err-note-write = No se pudo guardar en { $dir }: { $reason }
err-note-folder-open = No se guarda en { $dir }: otras personas pueden escribir en esa carpeta. Haga que sea solo suya (chmod 700) o elija otra con --data-dir.
err-note-folder-read-only = No se guarda en { $dir }: la carpeta es de solo lectura. Sus palabras siguen en la pantalla.
err-note-folder-link = Su carpeta de notas { $dir } es un enlace a { $target }. kyr no escribe a través de enlaces: si sus notas deben estar allí, use --data-dir { $target }.
err-note-leftover = { $file }: palabras de la nota { $id } guardadas a medias, porque kyr se cerró por un fallo. Abra la nota para ver lo que se guardó; kyr notes delete { $id } borra la nota y este archivo.
err-note-corrupt = { $file }: esta nota está dañada ({ $reason }). Se dejó como estaba.
err-note-copy-delete = No se pudo borrar { $file }: { $reason }
err-note-too-large = { $file }: este archivo es demasiado grande para ser una nota. Se dejó como estaba.
err-note-no-folder = No hay carpeta para las notas. Configure XDG_DATA_HOME o HOME, o use --data-dir.
err-notes-kiosk = En el modo quiosco no se guardan notas.
