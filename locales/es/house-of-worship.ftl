## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = En un lugar de culto

house-of-worship--role =
    .title = Un lugar de culto no está fuera del alcance de ICE
    .body =
        Una iglesia, mezquita, sinagoga o templo no está fuera del alcance de ICE.
        En enero de 2025, el DHS (el departamento del que depende ICE) eliminó su política de “lugares sensibles”.
        Pero para entrar a las áreas privadas todavía necesitan una orden firmada por un juez, o consentimiento.
        ¿Quién es usted?
    .choice-leader = Ayudo a dirigir un lugar de culto
    .choice-member = Soy miembro de una congregación
    .choice-agents = Hay agentes aquí ahora

house-of-worship--plan =
    .title = Haga un plan antes de que llegue alguien
    .body =
        Decida qué áreas son privadas, como las oficinas y los cuartos del fondo.
        Puede marcar esas áreas con letreros.
        Los agentes necesitan una orden judicial o consentimiento para entrar ahí.
        Nombre a una persona encargada de recibir a los agentes.
        Esa persona pide ver la orden y llama al abogado de su comunidad.

house-of-worship--guidance =
    .title = Busque orientación y hable con un abogado
    .body =
        La Fiscalía General del Estado de Nueva York publicó una guía en febrero de 2025.
        Es para sitios privados y organizaciones sin fines de lucro, como los lugares de culto.
        Hable con un abogado sobre su plan.
        Esta guía no es asesoría legal.

house-of-worship--member =
    .title = Si usted es miembro
    .body =
        Su lugar de culto no está fuera del alcance de los agentes.
        Pregunte quién es la persona encargada en su comunidad.
        Si llegan agentes, deje que la persona encargada hable con ellos.
        Usted sigue teniendo sus derechos, sea cual sea su estatus.

house-of-worship--agents-here =
    .title = Si llegan agentes
    .body =
        Mantenga la calma. No corra.
        No se resista ni les bloquee el paso, aunque crea que están equivocados.
        Después puede reclamar con la ayuda de un abogado.
        Para entrar a las áreas privadas necesitan una orden judicial o consentimiento.
    .choice-point-person = Yo soy la persona encargada
    .choice-asked = Los agentes me hacen preguntas
    .choice-warrant = Muestran una orden

house-of-worship--paper =
    .title = Persona encargada: revise el papel
    .body =
        La persona encargada lee el papel. Los demás dejan que lo haga.
        Un formulario de ICE dice arriba “Department of Homeland Security” (Departamento de Seguridad Nacional), y abajo I-200 o I-205. No lo firma un juez.
        Conteste cada pregunta. Si alguna respuesta es no o no sé, no lo trate como una orden judicial.
    .item-court = ¿Tiene arriba el nombre de una corte? Por ejemplo, “United States District Court” (Corte de Distrito de los Estados Unidos).
    .item-judge = ¿Lo firmó un juez? No un agente de ICE, ni un juez de inmigración.
    .item-place = ¿Tiene el nombre de este lugar de culto y su dirección, y dice qué áreas se van a registrar? Una orden de arresto de un juez puede tener solo el nombre de una persona: en ese caso, conteste “No sé”.
    .item-date = ¿Sigue vigente? Mire la fecha límite.

house-of-worship--not-judicial =
    .title = No lo trate como una orden judicial
    .body =
        Las áreas privadas todavía requieren una orden judicial o consentimiento.
        La persona encargada decide sobre el consentimiento en nombre de la comunidad.
        No bloquee una puerta ni a un agente. Llame a su abogado.

house-of-worship--judicial =
    .title = Puede ser una orden judicial
    .body =
        Si es válida, los agentes pueden registrar los lugares que menciona, y solo esos.
        No se resista ni les bloquee el paso.
        Cualquier persona puede seguir guardando silencio y pedir un abogado.
        Llame a su abogado.

house-of-worship--say-point =
    .title = Persona encargada: diga esto
    .body =
        Reciba a los agentes con calma. Pida ver la orden.
        Las áreas privadas requieren una orden firmada por un juez, o consentimiento, salvo en una emergencia.
        Después, llame a su abogado.
    .line-no-entry = No doy mi consentimiento para que entren a las áreas privadas.
    .line-show-warrant = Por favor, muéstreme la orden.
    .line-lawyer = Quiero hablar con un abogado.

house-of-worship--say-member =
    .title = Si los agentes le hacen preguntas
    .body =
        Puede guardar silencio, sea cual sea su estatus migratorio.
        No mienta. Nunca muestre papeles falsos.
        ¿Tiene 18 años o más y papeles de registro, como una tarjeta de residente permanente (green card)? La ley dice que debe llevarlos con usted. Si un agente de inmigración se los pide, los abogados aconsejan mostrárselos.
        Si le dicen que puede irse, váyase con calma.
    .line-free-to-go = ¿Tengo la libertad de irme?
    .line-silent = Voy a guardar silencio.
    .line-no-search = No doy mi consentimiento para un registro.
    .line-lawyer = Quiero hablar con un abogado.

house-of-worship--end =
    .title = Lo que debe recordar
    .point-not-off-limits = Un lugar de culto no está fuera del alcance de ICE.
    .point-private = Las áreas privadas requieren una orden judicial o consentimiento.
    .point-point-person = Nombre a una persona encargada de recibir a los agentes y llamar al abogado.
    .point-silent = Cualquier persona puede guardar silencio. Nunca mienta.
    .point-lawyer = Hable con un abogado sobre su plan.

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        Recalque que un lugar de culto no está fuera del alcance de ICE.
        El DHS eliminó su política de “lugares sensibles” en enero de 2025. No diga lo contrario.
        Recalque que para entrar a las áreas privadas todavía hace falta una orden judicial o consentimiento.
        Un error común es rodear a los agentes o bloquear una puerta. Nunca hay que bloquearle el paso a un agente.
        Pregúntele al grupo: ¿quién es nuestra persona encargada y qué salas son privadas?
        Mencione la guía de la Fiscalía General del Estado de Nueva York para lugares de culto, de febrero de 2025.
        Hable con franqueza: esto no es asesoría legal. Pídale a un abogado que revise su plan.

quiz-house-of-worship--off-limits =
    .question = Una persona de la congregación dice: “ICE nunca puede entrar a una iglesia.” ¿Qué le responde?
    .answer-agree = “Así es. Una iglesia está fuera del alcance de ICE.”
    .why-agree = Esa era una política antigua. El DHS la eliminó en enero de 2025. No le diga a la gente que una iglesia está fuera del alcance de ICE.
    .answer-services = “No pueden entrar durante un servicio religioso.”
    .why-services = Ninguna política impide que los agentes entren, haya servicio religioso o no. Prepárese para eso y marque sus áreas privadas.
    .answer-not-off-limits = “No está fuera del alcance de ICE, pero las áreas privadas requieren una orden judicial o consentimiento.”
    .why-not-off-limits = El DHS eliminó su política de “lugares sensibles” en enero de 2025. Las áreas privadas todavía requieren una orden judicial o consentimiento.

quiz-house-of-worship--who-speaks =
    .question = Unos agentes entran al vestíbulo durante un servicio religioso. Varios miembros corren hacia ellos.
    .answer-block = Los miembros se paran en la entrada para que los agentes no puedan pasar.
    .why-block = Nunca le bloquee el paso a un agente, aunque crea que está equivocado. Deje que hable la persona encargada, y reclame después con la ayuda de un abogado.
    .answer-point-person = La persona encargada los recibe, pide ver la orden y llama al abogado.
    .why-point-person = Una sola persona, con calma, habla en nombre de la congregación. Los demás pueden guardar silencio.
    .answer-everyone = Todos contestan las preguntas de los agentes para mostrar que no hay nada que esconder.
    .why-everyone = Nadie tiene que contestar preguntas. Deje que hable la persona encargada. Los demás pueden guardar silencio.

quiz-house-of-worship--office =
    .question = Usted es la persona encargada. Unos agentes quieren entrar a la oficina del pastor. No muestran ninguna orden.
    .answer-let-in = Dejarlos entrar para que todo siga en calma.
    .why-let-in = Dejarlos entrar es dar su consentimiento. Diga: “No doy mi consentimiento para que entren a las áreas privadas.”
    .answer-stand = Pararse frente a la puerta para que no puedan pasar.
    .why-stand = Nunca bloquee a un agente con su cuerpo. Diga que no da su consentimiento y luego llame a su abogado.
    .answer-no-consent = Decir: “No doy mi consentimiento para que entren a las áreas privadas.” Luego, llamar a su abogado.
    .why-no-consent = Las áreas privadas requieren una orden judicial o consentimiento. Si entran de todos modos, no les bloquee el paso.

quiz-house-of-worship--parking-lot =
    .question = Usted sale del servicio religioso. En el estacionamiento, un agente le pregunta dónde nació.
    .answer-silent = Decir “Voy a guardar silencio” y luego preguntar: “¿Tengo la libertad de irme?”
    .why-silent = Puede guardar silencio, sea cual sea su estatus. Si puede irse, váyase con calma.
    .answer-citizen = Decir que tiene la ciudadanía de los EE. UU., aunque no la tenga.
    .why-citizen = Nunca diga que tiene la ciudadanía si no la tiene. Mentirle a un agente federal es un delito. Guardar silencio no lo es.
    .answer-run = Volver corriendo al edificio.
    .why-run = Nunca corra. Mantenga la calma, guarde silencio y pregunte si puede irse.
