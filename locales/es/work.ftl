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
    .title = Lo que puede hacer como trabajador
    .body =
        Puede guardar silencio.
        Puede preguntar si tiene la libertad de irse.
        Puede negarse a que registren sus cosas.
        Puede pedir un intérprete y un abogado.
        Avíseles si tiene necesidades médicas o niños que cuidar.

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
    .point-no-run = Nunca corra, nunca se resista y nunca mienta.
