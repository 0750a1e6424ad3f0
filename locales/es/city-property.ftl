## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = En un edificio de la Ciudad

city-property--rule =
    .title = La regla para los edificios de la Ciudad
    .body =
        Una ley de la Ciudad protege las áreas privadas (no públicas) de los edificios de la Ciudad.
        Esto incluye hospitales de la Ciudad, escuelas públicas, albergues y oficinas de la Ciudad.
        Se aplica a agentes que no son del gobierno de la Ciudad, como los de ICE.
        Necesitan una orden firmada por un juez para entrar a esas áreas.
        Sin esa orden, el personal de la Ciudad tiene que autorizarlo, o tiene que haber una emergencia.
        Esta ley es el § 4-210 del Código Administrativo. La Orden Ejecutiva 13 de 2026 del alcalde la repite.

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

city-property--services =
    .title = Usar los servicios de la Ciudad
    .body =
        Los empleados de la Ciudad preguntan por su estatus solo cuando hace falta para ver si usted califica.
        No lo comparten, salvo en unos pocos casos muy limitados.
        La Orden Ejecutiva 13 prohíbe compartir sus datos privados con agentes de inmigración.
        La única excepción es cuando la ley lo exige.
        Cada agencia de la Ciudad tiene un encargado de privacidad.

city-property--limit =
    .title = Lo que las reglas de la Ciudad no pueden hacer
    .body =
        Estas reglas de la Ciudad tienen límites.
        Una ley federal de 1996 no deja que la Ciudad prohíba del todo compartir el estatus migratorio.
        Las agencias federales también pueden exigir datos por vías legales, como una orden de una corte.
        Esta guía no es asesoría legal. Consulte a un abogado sobre su caso.

city-property--say =
    .title = Si unos agentes lo paran ahí
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
