## Scenario: immigration agents come to your workplace.

work = En el trabajo

work--arrive =
    .title = Llegan agentes a su trabajo
    .body =
        Mantenga la calma. No corra.
        Los agentes pueden entrar sin orden a las áreas públicas de un negocio.
        Para entrar a las áreas privadas necesitan una orden firmada por un juez, o el consentimiento del empleador.
        ¿Qué está pasando?
    .choice-public = Están en un área pública
    .choice-private = Quieren entrar a un área privada
    .choice-questioned = Me están haciendo preguntas
    .choice-paper = Muestran un papel
    .choice-audit = El empleador recibió un Aviso de Inspección (Notice of Inspection)

work--paper =
    .title = Revise el papel que muestran
    .body =
        El papel lo lee el dueño o un gerente, no todo el personal.
        Un formulario de ICE dice arriba “Department of Homeland Security” (Departamento de Seguridad Nacional), y abajo I-200 o I-205. No lo firma un juez.
        Conteste cada pregunta. Si alguna respuesta es no o no sé, no lo trate como una orden judicial.
    .item-court = ¿Tiene arriba el nombre de una corte? Por ejemplo, “United States District Court” (Corte de Distrito de los Estados Unidos).
    .item-judge = ¿Lo firmó un juez? No un agente de ICE, ni un juez de inmigración.
    .item-place = ¿Tiene el nombre de este negocio y su dirección, y dice qué áreas se van a registrar? Una orden de arresto de un juez puede tener solo el nombre de una persona: en ese caso, conteste “No sé”.
    .item-date = ¿Sigue vigente? Mire la fecha límite.

work--not-judicial =
    .title = No lo trate como una orden judicial
    .body =
        Las áreas privadas todavía requieren una orden judicial o el consentimiento del empleador.
        El dueño o el gerente decide sobre el consentimiento. Quienes trabajan ahí no tienen que darlo.
        El gerente puede decir: “No doy mi consentimiento para un registro de las áreas privadas.”
        No bloquee ni empuje a un agente. Llame al abogado del negocio.

work--judicial =
    .title = Puede ser una orden judicial
    .body =
        Si es válida, los agentes pueden registrar los lugares que menciona, y solo esos.
        No se resista ni les bloquee el paso.
        Quienes trabajan ahí pueden seguir guardando silencio y pedir un abogado.
        El gerente debe llamar al abogado del negocio.

work--audit =
    .title = Un Aviso de Inspección (auditoría del I-9)
    .body =
        Una auditoría del formulario I-9 empieza con un papel llamado Aviso de Inspección (Notice of Inspection).
        Le pide al empleador que muestre los formularios I-9 de sus trabajadores, normalmente en un plazo de tres días hábiles.
        Es una revisión de papeles. No es una redada, ni una orden para entrar.
        Hable con un abogado o con un centro de trabajadores antes de firmar o mostrar nada.

work--public =
    .title = Áreas públicas de un negocio
    .body =
        Un área pública es un lugar donde pueden entrar los clientes.
        Por ejemplo, la recepción o la parte de la tienda donde están los clientes.
        Los agentes pueden estar ahí sin una orden.
        Ahí también usted conserva sus derechos.

work--private =
    .title = Áreas privadas de un negocio
    .body =
        Las áreas privadas incluyen salas de descanso, almacenes y espacios solo para empleados.
        Para entrar ahí, los agentes necesitan una orden firmada por un juez.
        O necesitan el consentimiento del empleador.
        No bloquee ni empuje a un agente, aunque crea que está equivocado.

work--employer =
    .title = El empleador puede marcar las áreas privadas
    .body =
        Un empleador puede poner letreros en las áreas privadas.
        Por ejemplo: “Privado. Solo personal autorizado.”
        Los letreros muestran dónde los agentes necesitan una orden judicial o consentimiento.

work--rights =
    .title = Lo que usted puede hacer en el trabajo
    .body =
        Puede guardar silencio.
        Pregunte: “¿Tengo la libertad de irme?”
        Puede negarse a que registren sus cosas.
        Pida un intérprete y un abogado.
        Avíseles si tiene necesidades médicas o niños que cuidar.

work--labor =
    .title = Sus derechos laborales
    .body =
        Sea cual sea su estatus migratorio, usted tiene derechos en el trabajo.
        Tiene derecho a que le paguen por su trabajo, y a un lugar de trabajo seguro.
        Puede unirse con otras personas de su trabajo para pedir mejores condiciones.
        Es ilegal castigarle por usar estos derechos.

work--say =
    .title = Diga esto y luego guarde silencio
    .body =
        Diga estas frases con calma.
        Si le dicen que puede irse, váyase con calma. No corra.
    .line-silent = Voy a guardar silencio.
    .line-free = ¿Tengo la libertad de irme?
    .line-no-consent = No doy mi consentimiento para un registro.
    .line-interpreter = Quiero un intérprete.
    .line-lawyer = Quiero hablar con un abogado.

work--end =
    .title = Lo que debe recordar
    .point-public = Los agentes pueden entrar sin orden a las áreas públicas.
    .point-private = Las áreas privadas requieren una orden judicial o el consentimiento del empleador.
    .point-silent = Puede guardar silencio y negarse a que registren sus cosas.
    .point-interpreter = Pida un intérprete y un abogado.
    .point-labor = Sea cual sea su estatus, tiene derecho a que le paguen y a trabajar con seguridad.
    .point-no-run = Nunca corra, nunca se resista y nunca mienta.

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        Pregúntele al grupo: “¿A qué partes de su trabajo pueden entrar los clientes?”
        Recalque que los agentes pueden entrar sin orden a las áreas públicas de un negocio.
        Las áreas privadas requieren una orden judicial o el consentimiento del empleador.
        Un error común: salir corriendo hacia la puerta de atrás cuando llegan los agentes.
        Recalque que, en el trabajo, cualquier persona puede guardar silencio, preguntar si puede irse y negarse a que registren sus cosas.
        Recuérdele al grupo que, si tienen necesidades médicas o niños que cuidar, deben decírselo a los agentes.
        Los empleadores pueden marcar las áreas privadas con letreros, y deberían hablar con un abogado sobre un plan.

quiz-work--customer-area =
    .question = Unos agentes entran al área de clientes del restaurante donde usted trabaja. ¿Qué hace?
    .answer-run = Salir corriendo por la puerta de atrás.
    .why-run = Nunca corra. Mantenga la calma. Usted conserva sus derechos.
    .answer-calm = Mantener la calma. Puede guardar silencio y preguntar si puede irse.
    .why-calm = Los agentes pueden entrar sin orden a las áreas públicas. Ahí también usted conserva sus derechos.
    .answer-block = Pararse en la puerta y decirles que no pueden entrar.
    .why-block = Los agentes pueden entrar sin orden a las áreas públicas. Nunca bloquee ni empuje a un agente.

quiz-work--break-room =
    .question = Un agente quiere entrar a la sala de descanso, que es solo para empleados. Su gerente no está. ¿Qué hace?
    .answer-open-door = Abrirle la puerta de la sala de descanso.
    .why-open-door = Las áreas privadas requieren una orden judicial o el consentimiento del empleador. Pida ver una orden y avísele a su empleador.
    .answer-block = Pararse frente a la puerta para que no entren.
    .why-block = Nunca bloquee ni empuje a un agente, aunque crea que está equivocado. Reclame después con la ayuda de un abogado.
    .answer-ask = No abrirla. Pedir una orden firmada por un juez y avisarle a su empleador.
    .why-ask = Las áreas privadas requieren una orden judicial o el consentimiento del empleador. Si entran de todos modos, no les bloquee el paso.

quiz-work--status =
    .question = En su puesto de trabajo, un agente le pregunta: “¿Está usted aquí legalmente?” ¿Qué hace?
    .answer-silent = Decir “Voy a guardar silencio.” Luego preguntar: “¿Tengo la libertad de irme?”
    .why-silent = Puede guardar silencio. Si le dicen que puede irse, váyase con calma.
    .answer-lie = Decir que sí, aunque no sea verdad.
    .why-lie = Nunca mienta. Mentirle a un agente federal es un delito. Guardar silencio no lo es.
    .answer-false-papers = Mostrar una tarjeta de trabajo que en realidad no es suya.
    .why-false-papers = Nunca muestre papeles falsos. Guarde silencio y pida un abogado.

quiz-work--child =
    .question = Los agentes le dicen que no puede irse. Su hijo o hija le espera en la escuela. ¿Qué hace?
    .answer-sign = Firmar el papel que le dan, para poder irse más rápido.
    .why-sign = No firme nada sin un abogado. Algunos papeles pueden hacerle renunciar a su derecho a una audiencia.
    .answer-tell = Decirles que tiene que recoger a su hijo o hija, y pedir un abogado.
    .why-tell = Avíseles si tiene niños que cuidar o necesidades médicas. Después, guarde silencio y pida un abogado.
    .answer-run = Salir a escondidas por una puerta lateral para ir a buscar a su hijo o hija.
    .why-run = Nunca corra. Hábleles de su hijo o hija. Un plan familiar puede nombrar a un adulto de confianza para recogerle.
