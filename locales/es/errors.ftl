## Errors. { $file } and { $line } point at the place to fix.

err-unknown-lang = No existe el idioma “{ $code }”. Disponibles: { $list }
err-unknown-scenario = No existe la situación “{ $id }”. Disponibles: { $list }
err-pack-invalid = No se puede usar el paquete de contenido:
err-terminal = No se pudo usar la terminal: { $reason }
err-read = { $file }: no se puede leer: { $reason }
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
