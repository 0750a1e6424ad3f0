## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = En un edificio de la Ciudad

city-property--rule =
    .title = La regla para los edificios de la Ciudad
    .body =
        Una ley de la Ciudad protege las áreas privadas (no públicas) de los edificios de la Ciudad.
        Esto incluye hospitales de la Ciudad, escuelas públicas, albergues y oficinas de la Ciudad.
        Se aplica a agentes que no son del gobierno de la Ciudad, como los de ICE.
        Necesitan una orden firmada por un juez para entrar a esas áreas.
        Solo hay otras dos formas de entrar: que el personal de la Ciudad dé permiso, o que haya una emergencia.
        Esta ley es el Código Administrativo de NYC, sección 4-210. La Orden Ejecutiva 13 de 2026 del alcalde la repite.

city-property--public-areas =
    .title = Las áreas públicas no están incluidas
    .body =
        La regla no cubre las áreas públicas.
        Por ejemplo: vestíbulos, salas de espera, aceras, paradas de autobús y áreas de juegos infantiles.
        Los agentes pueden estar en esos lugares.
        Por eso, ICE todavía puede llegar a un edificio de la Ciudad.
        Ahí también usted conserva sus derechos.

city-property--where =
    .title = ¿Dónde está usted?
    .choice-hospital = En un hospital de la Ciudad
    .choice-school = En una escuela pública
    .choice-other = En un albergue o una oficina de la Ciudad
    .choice-stopped = Unos agentes me paran ahí

city-property--hospital =
    .title = En NYC Health + Hospitals
    .body =
        Puede recibir atención médica, sea cual sea su estatus migratorio.
        Su expediente médico se comparte solo con su consentimiento, o cuando la ley lo exige.
        Un papel firmado solo por un agente de ICE no obliga al hospital a compartirlo.

city-property--school =
    .title = En las escuelas públicas de NYC
    .body =
        El Departamento de Educación no da su consentimiento para que estos agentes entren.
        Los directores tampoco pueden dar su consentimiento. Los abogados de las escuelas revisan cualquier orden.
        Las escuelas no preguntan por el estatus migratorio.
        Los padres pueden anotar hasta tres contactos de emergencia en la “tarjeta azul” (blue card) de la escuela.

city-property--shelter =
    .title = En un albergue o una oficina de la Ciudad
    .body =
        Los cuartos, las oficinas y las áreas solo para el personal son áreas privadas.
        Los agentes necesitan una orden judicial para entrar ahí, salvo que el personal dé permiso o haya una emergencia.
        Los vestíbulos y las salas de espera son públicos: los agentes pueden estar ahí.
        El personal del albergue pregunta por el estatus solo cuando un servicio lo necesita.

city-property--services =
    .title = Usar los servicios de la Ciudad
    .body =
        Los empleados de la Ciudad preguntan por su estatus solo cuando hace falta para ver si usted califica.
        No lo comparten, salvo en unos pocos casos muy limitados.
        La Orden Ejecutiva 13 prohíbe compartir sus datos privados con agentes de inmigración.
        La única excepción es cuando la ley lo exige.
        Cada agencia de la Ciudad nombra a una persona encargada de la privacidad, que se asegura de que la agencia proteja sus datos.
        La orden también creó un equipo de la Ciudad para responder a crisis. Y ordenó al NYPD y a los departamentos de Corrección y de Libertad Condicional revisar sus reglas en un plazo de 90 días.

city-property--limit =
    .title = Lo que las reglas de la Ciudad no pueden hacer
    .body =
        Estas reglas de la Ciudad tienen límites.
        Una ley federal de 1996 no deja que la Ciudad prohíba del todo compartir el estatus migratorio.
        Las agencias federales también pueden exigir datos por vías legales, como una orden de una corte.
        Esta guía no es asesoría legal. Consulte a un abogado sobre su caso.

city-property--say =
    .title = Si unos agentes le paran ahí
    .body =
        Usted tiene los mismos derechos que en cualquier otro lugar.
        No corra, no se resista y no les bloquee el paso.
        Diga estas frases con calma. Después, guarde silencio.
    .line-silent = Voy a guardar silencio.
    .line-no-consent = No doy mi consentimiento para un registro.
    .line-lawyer = Quiero hablar con un abogado.

city-property--end =
    .title = Lo que debe recordar
    .point-private = Las áreas privadas de los edificios de la Ciudad normalmente requieren una orden judicial.
    .point-public = Las áreas públicas, como vestíbulos y salas de espera, no están incluidas.
    .point-hospital = Los hospitales de la Ciudad dan atención médica, sea cual sea su estatus.
    .point-school = Las escuelas públicas no preguntan por el estatus migratorio.
    .point-rights = Puede guardar silencio y negarse a un registro.

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        Pregúntele al grupo: “¿Puede ICE entrar a un hospital de la Ciudad?” Escuche antes de responder.
        Recalque la regla: las áreas privadas requieren una orden judicial, el permiso del personal o una emergencia.
        Un error común: decir que ICE “no puede entrar” a hospitales, escuelas o albergues. Las áreas públicas no están incluidas.
        Recalque que los hospitales de la Ciudad dan atención médica sea cual sea el estatus, y que las escuelas no preguntan por el estatus.
        Hable con franqueza sobre los límites: una ley federal no deja que la Ciudad prohíba del todo compartir el estatus migratorio.
        Las agencias federales también pueden exigir datos por vías legales, como una orden de una corte.

quiz-city-property--friend-says =
    .question = Un amigo le dice: “ICE no puede entrar a los hospitales de la Ciudad.” ¿Qué le responde?
    .answer-agree = “Así es. Los hospitales de la Ciudad están fuera del alcance de ICE.”
    .why-agree = Eso va demasiado lejos. Los agentes pueden estar en las áreas públicas, como vestíbulos y salas de espera.
    .answer-stay-away = “Aun así, mejor no ir a los hospitales, ni siquiera si se enferma.”
    .why-stay-away = Los hospitales de la Ciudad dan atención médica, sea cual sea su estatus migratorio. No deje de recibir la atención que necesita.
    .answer-private = “Las áreas privadas normalmente requieren una orden judicial. Los vestíbulos no están incluidos.”
    .why-private = La regla de la Ciudad protege las áreas privadas. Las áreas públicas, como las salas de espera, no están incluidas.

quiz-city-property--school =
    .question = Tiene un hijo o una hija en una escuela pública de NYC. Le preocupa quién le recogerá si a usted le detienen. ¿Qué hace?
    .answer-blue-card = Anotar hasta tres adultos de confianza en la “tarjeta azul” (blue card) de la escuela.
    .why-blue-card = En la “tarjeta azul” puede anotar hasta tres contactos de emergencia. Hable con un abogado sobre un plan familiar completo.
    .answer-keep-home = No mandar a su hijo o hija a la escuela.
    .why-keep-home = Las escuelas no preguntan por el estatus, y los directores no pueden dar su consentimiento para que estos agentes entren. En vez de eso, haga un plan.
    .answer-tell-status = Decirle a la escuela su estatus migratorio, para que le ayuden.
    .why-tell-status = Las escuelas no preguntan por el estatus migratorio, y usted no tiene que darlo a conocer. En vez de eso, use la “tarjeta azul”.

quiz-city-property--doctor =
    .question = Se enfermó, pero teme que un hospital de la Ciudad reporte su estatus. ¿Qué hace?
    .answer-skip = Quedarse en casa y esperar a que se le pase.
    .why-skip = Los hospitales de la Ciudad dan atención médica, sea cual sea su estatus. No deje de recibir la atención que necesita.
    .answer-go = Ir a NYC Health + Hospitals y recibir atención médica.
    .why-go = Ahí la atención no depende de su estatus. Su expediente médico se comparte solo con su consentimiento, o cuando la ley lo exige.
    .answer-false-name = Dar un nombre falso en la recepción.
    .why-false-name = No dé un nombre falso. Su atención médica no depende de su estatus.

quiz-city-property--bag =
    .question = Unos agentes le paran en el vestíbulo de una oficina de la Ciudad. Quieren revisar su bolsa. ¿Qué hace?
    .answer-hand-over = Entregarles la bolsa para que esto termine más rápido.
    .why-hand-over = Eso significa que acepta el registro. Aquí tiene los mismos derechos. Diga: “No doy mi consentimiento para un registro.”
    .answer-run = Salir corriendo del edificio.
    .why-run = Nunca corra, no se resista y no les bloquee el paso. Mantenga la calma y diga que no da su consentimiento para un registro.
    .answer-no-consent = Mantener la calma y decir: “No doy mi consentimiento para un registro.”
    .why-no-consent = En los edificios de la Ciudad usted conserva sus derechos. Si hacen el registro de todos modos, no se resista.
