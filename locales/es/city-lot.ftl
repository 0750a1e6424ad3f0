## Scenario: agents at a city parking lot or garage (Executive Order 13).

city-lot = Estacionamientos de la Ciudad

city-lot--rule =
    .title = La regla para los estacionamientos y garajes de la Ciudad
    .body =
        La Orden Ejecutiva 13 del alcalde (febrero de 2026) cubre los terrenos, estacionamientos y garajes que la Ciudad posee o administra.
        Los agentes que no son del gobierno de la Ciudad, como los de ICE, no pueden usarlos como base.
        Es decir: para reunirse, para procesar a personas o para realizar operativos.
        La única excepción es una orden firmada por un juez.

city-lot--not-covered =
    .title = Lo que la orden no hace
    .body =
        No impide que los agentes federales actúen en otros lugares.
        Las calles, las aceras y otras áreas públicas siguen abiertas para ellos.
        No le da a usted el derecho de frenarlos por su cuenta.
        Nunca bloquee ni toque a un agente. Tampoco discuta con ellos.

city-lot--see =
    .title = ¿Qué está pasando?
    .choice-lot = Veo agentes usando un estacionamiento o garaje de la Ciudad
    .choice-stopped = Unos agentes me paran cuando voy a pie
    .choice-car = Unos agentes paran mi carro

city-lot--what-to-do =
    .title = Si usted lo ve
    .body =
        No interfiera. Manténgase a una distancia segura.
        Anote lo que ve: el lugar, la hora, cuántos agentes hay, los vehículos y sus números de placa.
        Puede filmar abiertamente, desde un lugar seguro. Filme a los agentes, no la cara de las personas detenidas.
        ¿No tiene estatus migratorio? Observar o filmar es un riesgo para usted. Anote lo que ve desde más lejos.

city-lot--report =
    .title = Repórtelo
    .body =
        Llame a una línea de respuesta rápida: la siguiente pantalla las muestra.
        Diga dónde, cuándo y qué vio.
        No publique la cara de las personas detenidas.

city-lot--end =
    .title = Lo que debe recordar
    .point-rule = Sin una orden judicial, los estacionamientos y garajes de la Ciudad no se pueden usar como base de ICE.
    .point-public = Las calles, las aceras y las áreas públicas siguen abiertas para los agentes.
    .point-no-interfere = Nunca bloquee ni toque a un agente. Manténgase a una distancia segura.
    .point-record = Anote lo que ve, o fílmelo abiertamente.
    .point-report = Repórtelo a una línea de respuesta rápida.

## Workshop: presenter notes and practice quiz.

presenter-city-lot =
    .body =
        Explique la nueva regla de la orden: ICE no puede tener una base en estacionamientos y garajes de la Ciudad sin una orden judicial.
        Recalque lo que la orden no hace: las calles y las áreas públicas siguen abiertas, y nadie puede frenar a los agentes por la fuerza.
        Pregúntele al grupo: ¿qué estacionamientos o garajes de la Ciudad hay cerca de aquí?
        Un error común es acercarse a los agentes para hablarles de la orden. Hay que mantener la distancia.
        Recalque: anotarlo, filmar abiertamente desde un lugar seguro y reportarlo.
        Las personas sin estatus migratorio pueden ayudar desde más lejos, anotando lo que vieron.

quiz-city-lot--lot =
    .question = Ve camionetas de ICE reunidas en un garaje de estacionamiento de la Ciudad. ¿Qué hace?
    .answer-block = Pararse frente a las camionetas para que no puedan salir.
    .why-block = Nunca bloquee ni toque a un agente. La orden no le da a usted el derecho de frenarlos.
    .answer-watch = Mantenerse a una distancia segura, anotar lo que ve y reportarlo.
    .why-watch = Manténgase lejos, anote el lugar, la hora y las placas de los vehículos, y llame a una línea de respuesta rápida.
    .answer-ignore = Nada: por la orden, no puede ser ICE.
    .why-ignore = La orden dice lo que los agentes no pueden hacer; no frena a todo el mundo. Anote lo que ve y repórtelo.

quiz-city-lot--sidewalk =
    .question = Hay agentes en la acera, al lado de un garaje de la Ciudad. ¿La orden se aplica a ellos?
    .answer-covered = Sí: se aplica a cualquier lugar cerca de un garaje de la Ciudad.
    .why-covered = No. Las aceras y las calles son áreas públicas. La orden cubre los estacionamientos y garajes de la Ciudad.
    .answer-public = No: las aceras y las calles siguen abiertas para los agentes.
    .why-public = La orden cubre los estacionamientos y garajes de la Ciudad, no las áreas públicas.
    .answer-never = Los agentes nunca pueden estar cerca de una propiedad de la Ciudad.
    .why-never = Eso exagera lo que dice la orden. Las áreas públicas siguen abiertas para los agentes.

quiz-city-lot--report =
    .question = Usted filmó a unos agentes usando un estacionamiento de la Ciudad. ¿Qué hace con el video?
    .answer-post = Publicarlo en internet enseguida, con la cara de todos.
    .why-post = No publique la cara de las personas detenidas. Guarde el original en un lugar seguro.
    .answer-report = Guardar el original en un lugar seguro y contarle a una línea de respuesta rápida lo que vio.
    .why-report = Haga una copia de seguridad del archivo, y reporte dónde, cuándo y qué vio.
    .answer-confront = Mostrárselo a los agentes para que se vayan.
    .why-confront = Nunca confronte a los agentes. Manténgase a distancia, y reporte lo que vio.
