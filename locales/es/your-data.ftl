## Scenario: your information and city services.

your-data = Sus datos al usar servicios

your-data--services =
    .title = Usar los servicios de la Ciudad
    .body =
        Los empleados de la Ciudad preguntan por el estatus migratorio solo cuando un servicio lo necesita.
        Por ejemplo, para ver si usted califica.
        No lo comparten, salvo en unos pocos casos muy limitados.
        Esto viene de la Orden Ejecutiva 41 de 2003 del alcalde.
        La ley de 2017 sobre información de identificación personal (Identifying Information Law) también protege su información.

your-data--new-order =
    .title = La orden de 2026 sobre sus datos
    .body =
        En febrero de 2026, el alcalde firmó la Orden Ejecutiva 13.
        Las agencias de la Ciudad no pueden compartir sus datos privados con agentes de inmigración.
        La única excepción es cuando la ley lo exige.
        Cada agencia de la Ciudad nombra a un encargado de privacidad.

your-data--place =
    .title = ¿Adónde va?
    .body = Elija un lugar para saber más.
    .choice-dmv = El DMV
    .choice-police = La policía (NYPD)
    .choice-hospital = Un hospital de la Ciudad
    .choice-other = Otra oficina de la Ciudad

your-data--dmv =
    .title = En el DMV
    .body =
        La Ley Luz Verde (Green Light Law) de Nueva York protege sus datos del DMV.
        El DMV no comparte sus datos con agentes de inmigración sin una orden de una corte.
        Nunca entregue papeles falsos.

your-data--police =
    .title = Si llama a la policía
    .body =
        El NYPD no les pregunta a las víctimas ni a los testigos por su estatus migratorio.
        Usted puede denunciar un delito.
        En una emergencia, llame al 911.

your-data--hospital =
    .title = En NYC Health + Hospitals
    .body =
        Puede recibir atención médica, sea cual sea su estatus migratorio.
        Su expediente médico se entrega solo con su consentimiento, o cuando la ley lo exige.
        La firma de un agente de ICE, por sí sola, no obliga al hospital a entregarlo.
        Los agentes necesitan una orden judicial para entrar a las áreas no públicas.
        Las excepciones son una emergencia, o cuando el personal de la Ciudad lo permite.

your-data--limits =
    .title = Lo que la Ciudad no puede prometer
    .body =
        Una ley federal de 1996 dice que las ciudades no pueden prohibir del todo que se comparta el estatus migratorio.
        Las agencias federales también pueden exigir datos por vías legales, como una orden de una corte.
        Por eso, estas reglas de la Ciudad lo protegen, pero no en todos los casos.
        Si tiene dudas o preocupaciones, hable con un abogado.

your-data--end =
    .title = Lo que debe recordar
    .point-status = Los empleados de la Ciudad preguntan por el estatus solo cuando un servicio lo necesita.
    .point-sharing = Las agencias de la Ciudad no comparten datos privados, salvo cuando la ley lo exige.
    .point-dmv = El DMV necesita una orden de una corte para compartir datos con agentes de inmigración.
    .point-police = El NYPD no les pregunta a las víctimas ni a los testigos por su estatus.
    .point-limits = Las agencias federales aún pueden exigir datos por vías legales.
