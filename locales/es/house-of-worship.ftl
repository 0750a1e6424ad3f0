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

house-of-worship--say-point =
    .title = Persona encargada: diga esto
    .body =
        Reciba a los agentes con calma. Pida ver la orden.
        Solo una orden firmada por un juez les permite entrar a las áreas privadas sin consentimiento.
        Después, llame a su abogado.
    .line-no-entry = No doy mi consentimiento para que entren a las áreas privadas.
    .line-show-warrant = Por favor, muéstreme la orden.
    .line-lawyer = Quiero hablar con un abogado.

house-of-worship--say-member =
    .title = Si los agentes le hacen preguntas
    .body =
        Puede guardar silencio, sea cual sea su estatus migratorio.
        No mienta. Nunca muestre papeles falsos.
        ¿Tiene 18 años o más y papeles de inmigración? Muéstrelos si un agente se los pide.
        Si puede irse, váyase con calma.
    .line-free-to-go = ¿Tengo la libertad de irme?
    .line-silent = Voy a guardar silencio.
    .line-no-search = No doy mi consentimiento para un registro.
    .line-lawyer = Quiero hablar con un abogado.

house-of-worship--end =
    .title = Lo que debe recordar
    .point-not-off-limits = Un lugar de culto no está fuera del alcance de ICE.
    .point-private = Las áreas privadas requieren una orden judicial o consentimiento.
    .point-point-person = Nombre a una persona encargada de recibir a los agentes y llamar al abogado.
    .point-silent = Todos pueden guardar silencio. Nunca mienta.
    .point-lawyer = Hable con un abogado sobre su plan.
