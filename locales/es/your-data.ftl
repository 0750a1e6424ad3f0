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
        Cada agencia de la Ciudad nombra a una persona encargada de la privacidad, que se asegura de que la agencia proteja sus datos.
        El NYPD y los departamentos de Corrección y de Libertad Condicional también deben revisar sus reglas sobre inmigración en un plazo de 90 días.

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
        Por eso, estas reglas de la Ciudad le protegen, pero no en todos los casos.
        Si tiene dudas o preocupaciones, hable con un abogado.

your-data--end =
    .title = Lo que debe recordar
    .point-status = Los empleados de la Ciudad preguntan por el estatus solo cuando un servicio lo necesita.
    .point-sharing = Las agencias de la Ciudad no comparten datos privados, salvo cuando la ley lo exige.
    .point-dmv = El DMV necesita una orden de una corte para compartir datos con agentes de inmigración.
    .point-police = El NYPD no les pregunta a las víctimas ni a los testigos por su estatus.
    .point-limits = Las agencias federales aún pueden exigir datos por vías legales.

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        Recalque que los empleados de la Ciudad preguntan por el estatus solo cuando un servicio lo necesita.
        Recalque que la gente puede seguir usando los servicios de la Ciudad que necesita.
        Un error común es no ir al médico o no denunciar un delito por miedo.
        Pregúntele al grupo: ¿qué servicios de la Ciudad usa su familia?
        Hable con franqueza sobre los límites. Una ley federal de 1996 y las vías legales, como una orden de una corte, siguen vigentes.
        No diga que la Ciudad nunca puede compartir datos. Eso promete demasiado.

quiz-your-data--hospital =
    .question = Su hijo o hija se enfermó. Usted no tiene papeles y teme que un hospital de la Ciudad le reporte a usted.
    .answer-stay-home = Quedarse en casa y no ir al médico.
    .why-stay-home = NYC Health + Hospitals da atención médica, sea cual sea su estatus. El expediente médico se entrega solo con su consentimiento, o cuando la ley lo exige.
    .answer-false-name = Ir, pero dar un nombre falso.
    .why-false-name = Dé información verdadera. La atención en NYC Health + Hospitals no depende de su estatus.
    .answer-go = Llevar a su hijo o hija a NYC Health + Hospitals para que reciba atención médica.
    .why-go = La atención no depende del estatus. La firma de un agente de ICE, por sí sola, no obliga al hospital a entregar el expediente médico.

quiz-your-data--witness =
    .question = Usted vio un robo en su calle. Tiene miedo de que la policía le pregunte por su estatus.
    .answer-report = Denunciarlo. El NYPD no les pregunta a los testigos por su estatus.
    .why-report = El NYPD no les pregunta a las víctimas ni a los testigos por su estatus migratorio. En una emergencia, llame al 911.
    .answer-no-report = No decir nada, para no correr riesgos.
    .why-no-report = El NYPD no les pregunta a las víctimas ni a los testigos por su estatus. Usted puede denunciar un delito.
    .answer-citizen = Denunciarlo, pero decir que tiene la ciudadanía, por si le preguntan.
    .why-citizen = Nunca diga que tiene la ciudadanía si no la tiene. El NYPD no les pregunta a los testigos por su estatus.

quiz-your-data--dmv =
    .question = Usted quiere sacar la licencia de conducir. Un amigo le dice que el DMV le entrega todo a ICE.
    .answer-avoid = No acercarse al DMV.
    .why-avoid = La Ley Luz Verde (Green Light Law) de Nueva York protege los datos del DMV. El DMV necesita una orden de una corte para compartirlos con agentes de inmigración.
    .answer-apply = Hacer la solicitud con sus propios papeles verdaderos.
    .why-apply = La Ley Luz Verde protege sus datos del DMV. El DMV no los comparte con agentes de inmigración sin una orden de una corte.
    .answer-false-papers = Hacer la solicitud con los papeles de otra persona, por si acaso.
    .why-false-papers = Nunca use papeles falsos ni los papeles de otra persona. Haga la solicitud con los suyos.

quiz-your-data--promise =
    .question = Un amigo le dice: “Con la nueva orden, la Ciudad nunca puede darle mis datos a ICE.”
    .answer-agree = “Así es, la Ciudad nunca puede compartirlos.”
    .why-agree = Eso promete demasiado. Las agencias federales pueden exigir datos por vías legales, como una orden de una corte.
    .answer-stop-services = “Entonces, mejor dejar de usar los servicios de la Ciudad, por si acaso.”
    .why-stop-services = Las reglas de la Ciudad limitan lo que los empleados preguntan y comparten. Siga usando los servicios que necesita.
    .answer-limits = “La Ciudad limita lo que comparte, pero no puede garantizarlo en todos los casos.”
    .why-limits = La Orden Ejecutiva 13 prohíbe compartir datos, salvo cuando la ley lo exige. Las agencias federales aún pueden exigir datos por vías legales.
