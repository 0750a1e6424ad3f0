## Scenario: check the paper they show you (the warrant checker).

warrant = Revisar una orden

warrant--look =
    .title = Mire la parte de arriba del papel
    .body =
        Mantenga la puerta cerrada.
        Pídales que pasen el papel por debajo de la puerta o que lo muestren por una ventana.
        Un formulario de ICE dice arriba “Department of Homeland Security” (Departamento de Seguridad Nacional).
        El título es “Warrant for Arrest of Alien” (orden de arresto de extranjero, formulario I-200) o “Warrant of Removal/Deportation” (orden de deportación, formulario I-205).
        El número del formulario está impreso abajo.
        ¿Qué dice su papel en la parte de arriba?
    .choice-dhs = “Department of Homeland Security” (Departamento de Seguridad Nacional), o el formulario I-200 o I-205
    .choice-court = El nombre de una corte
    .choice-not-sure = No lo sé

warrant--check =
    .title = Revise el papel, una pregunta a la vez
    .body = Conteste cada pregunta. Si alguna respuesta es no o no sé, mantenga la puerta cerrada.
    .item-court = ¿Tiene arriba el nombre de una corte? Por ejemplo, “United States District Court” (Corte de Distrito de los Estados Unidos) o “Supreme Court of the State of New York” (Corte Suprema del Estado de Nueva York).
    .item-judge = ¿Lo firmó un juez? No un agente de ICE, ni un juez de inmigración.
    .item-name-address = ¿Tiene el nombre correcto, y su dirección exacta? Una orden de arresto de un juez puede no tener ninguna dirección: en ese caso, conteste “No sé”.
    .item-date = ¿Sigue vigente? Mire la fecha límite.

warrant--ice-form =
    .title = Es un formulario de ICE, no una orden judicial
    .body =
        El formulario I-200 o I-205 es un papel de ICE.
        Lo firma un agente de ICE, no un juez.
        Desde hace muchos años, la orientación legal dice que, por sí solo, no les permite entrar a su casa.
        Mantenga la puerta cerrada.

warrant--disputed =
    .title = Hay un punto en disputa
    .body =
        Un memorando de ICE de 2025 dice que un I-205 junto con una orden final de deportación permite entrar a una casa.
        En enero de 2026, un juez federal decidió que una de esas entradas fue inconstitucional.
        En diciembre de 2026, las cortes todavía lo están decidiendo.
        Las emergencias también pueden permitir la entrada sin una orden.
        Sus pasos siguen siendo los mismos: mantenga la puerta cerrada, no dé su consentimiento, no se resista, anote lo que pase y llame a un abogado.

warrant--not-judicial =
    .title = No lo trate como una orden judicial
    .body =
        Al menos una respuesta fue no o no sé.
        Por eso, no trate este papel como una orden firmada por un juez.
        Un nombre equivocado, una dirección equivocada o una fecha vencida también significan que usted no tiene que abrir.
        Mantenga la puerta cerrada. Llame a un abogado.
        Nunca bloquee a un agente con su cuerpo.

warrant--say-no =
    .title = Diga esto a través de la puerta
    .line-no-entry = No doy mi consentimiento para que entren.
    .line-slide = Por favor, pase la orden por debajo de la puerta.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.

warrant--judicial =
    .title = Puede ser una orden judicial
    .body =
        Si es válida, pueden entrar, pero solo como dice la orden.
        No se resista ni les bloquee el paso.
        Usted sigue teniendo derecho a guardar silencio.
        Pida un abogado. Observe lo que registran desde donde le digan que se quede.
        No acepte ningún registro que la orden no mencione.

warrant--say-yes =
    .title = Todavía puede decir esto
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.
    .line-no-sign = No voy a firmar nada sin un abogado.

warrant--end =
    .title = Lo que debe recordar
    .point-judge = Una orden firmada por un juez les permite entrar sin su consentimiento.
    .point-ice-form = Un formulario de ICE (I-200 o I-205) lo firma un agente, no un juez.
    .point-disputed = ICE afirma que algunos de sus propios formularios les permiten a sus agentes entrar a una casa. Las cortes lo están decidiendo. Mantenga la puerta cerrada y no dé su consentimiento.
    .point-check = Revise la corte, la firma del juez, el nombre, la dirección y la fecha.
    .point-no-resist = Nunca bloquee a un agente ni se le resista, aunque el papel esté mal.
    .point-lawyer = Llame a un abogado. Anote lo que pasó.

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        Pregúntele al grupo: “Si un papel dice ‘Warrant’ (orden), ¿quiere decir que lo firmó un juez?”
        Un error común: confiar en la palabra “Warrant”. Los formularios I-200 e I-205 de ICE también la usan.
        Muestre cómo es un formulario de ICE: “Department of Homeland Security” arriba, “Alien” (extranjero) en el título y el número del formulario abajo.
        Recalque las cuatro revisiones: la corte, la firma del juez, el nombre y la dirección correctos, y la fecha.
        Recalque que un juez de inmigración no cuenta como el juez de esta lista.
        Hable con franqueza: un memorando de ICE de 2025 afirma que un I-205 junto con una orden de deportación permite entrar a una casa.
        Un juez decidió que una de esas entradas fue inconstitucional; en diciembre de 2026, las cortes todavía lo están decidiendo. Los pasos siguen siendo los mismos.
        Recalque: aunque el papel esté mal, nunca hay que bloquearle el paso a un agente ni resistirse.

quiz-warrant--dhs =
    .question = Unos agentes pasan un papel por debajo de la puerta. Arriba dice “Department of Homeland Security” (Departamento de Seguridad Nacional). ¿Qué le indica eso?
    .answer-must-open = Es una orden, así que tiene que abrir la puerta.
    .why-must-open = Un papel del DHS es un formulario de ICE, no una orden judicial. Por sí solo, no les da derecho a entrar a su casa.
    .answer-ice-form = Es un formulario de ICE, no una orden firmada por un juez.
    .why-ice-form = Los formularios como el I-200 y el I-205 los firma un agente de ICE. Mantenga la puerta cerrada.
    .answer-hand-back = Abrir la puerta para devolverlo y dar explicaciones.
    .why-hand-back = Abrir la puerta les facilita la entrada. Manténgala cerrada y hable a través de ella.

quiz-warrant--immigration-judge =
    .question = El papel lo firmó un “Immigration Judge” (juez de inmigración). ¿Qué hace?
    .answer-yes = Abrir la puerta, porque lo firmó un juez.
    .why-yes = Un juez de inmigración no cuenta aquí. El papel tiene que tener el nombre de una corte y estar firmado por un juez o un magistrado.
    .answer-let-in = Dejarlos entrar para que le expliquen qué significa.
    .why-let-in = Si los deja entrar, eso puede contar como su consentimiento. Mantenga la puerta cerrada y llame a un abogado.
    .answer-no = Mantener la puerta cerrada. Decir: “No doy mi consentimiento para que entren.”
    .why-no = Un juez de inmigración no es el tipo de juez que pide esta revisión. Mantenga la puerta cerrada.

quiz-warrant--wrong-address =
    .question = El papel tiene el nombre de una corte y lo firmó un juez. Pero la dirección no es la suya. ¿Qué hace?
    .answer-no-entry = Mantener la puerta cerrada. Decir: “No doy mi consentimiento para que entren.”
    .why-no-entry = Un nombre equivocado, una dirección equivocada o una fecha vencida significan que usted no tiene que abrir. Llame a un abogado.
    .answer-open = Abrir la puerta, porque lo firmó un juez.
    .why-open = La orden tiene que tener el nombre correcto y su dirección exacta. Si no los tiene, usted no tiene que abrir.
    .answer-block = Pararse en la entrada para que no puedan pasar.
    .why-block = Nunca bloquee a un agente con su cuerpo, aunque el papel esté mal. Diga que no da su consentimiento y llame a un abogado.

quiz-warrant--valid =
    .question = El papel pasa todas las pruebas. Es una orden judicial, y los agentes entran. ¿Qué hace?
    .answer-explain = Contestar todas sus preguntas para mostrar que no tiene nada que esconder.
    .why-explain = Aun con una orden válida, puede guardar silencio. Diga “Voy a guardar silencio” y pida un abogado.
    .answer-search-all = Decirles que pueden registrar donde quieran.
    .why-search-all = Solo pueden registrar lo que dice la orden. No acepte ningún otro registro.
    .answer-silent = No resistirse. Guardar silencio y pedir un abogado.
    .why-silent = Una orden válida les permite entrar, pero solo como dice la orden. Usted sigue teniendo derecho a guardar silencio.
