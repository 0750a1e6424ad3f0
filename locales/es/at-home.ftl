## Scenario: someone knocks at your home.

at-home = Alguien toca a mi puerta

at-home--door =
    .title = No abra la puerta
    .body =
        Conserve la calma. Mantenga la puerta cerrada.
        Hable a través de la puerta.
        Pregunte: “¿Quiénes son? ¿De qué agencia son?”
        A veces los agentes de ICE dicen que son “policía”.
        Abrir la puerta no significa que usted esté de acuerdo.
        Pero les facilita la entrada.
    .choice-warrant = Dicen que tienen una orden
    .choice-no-warrant = No tienen ninguna orden
    .choice-police = Dicen que son de la policía o de libertad a prueba (probation)
    .choice-someone-else = Preguntan por otra persona
    .choice-forced = Están entrando de todos modos
    .choice-landlord = El dueño de mi vivienda me amenaza por mi estatus

at-home--ask-warrant =
    .title = Pida ver la orden
    .body =
        No abra la puerta para recibirla.
        Pídales que la pasen por debajo de la puerta.
        O que la muestren por una ventana.
        Después, revísela una pregunta a la vez.
    .choice-check = Revisemos el papel juntos
    .choice-will-not-show = No quieren mostrarla

at-home--no-warrant =
    .title = Mantenga la puerta cerrada y diga esto
    .body =
        Sin una orden firmada por un juez, usted no tiene que dejarlos entrar.
        Diga estas frases a través de la puerta. Después, guarde silencio.
    .line-no-entry = No doy mi consentimiento para que entren.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.

at-home--police =
    .title = Compruebe quiénes son
    .body =
        Puede que los agentes digan que son policías o agentes de libertad a prueba (probation).
        O que buscan a otra persona.
        Mantenga la puerta cerrada.
        Pida los nombres y los números de placa de los agentes, por la ventana o por la mirilla.
        Pídales que pongan su identificación contra la ventana.
        ¿Está en libertad a prueba (probation) o en libertad condicional (parole) con una condición que permite registros? Puede que ya haya aceptado esos registros. Pregúntele a su abogado.

at-home--waiting =
    .title = Si esperan afuera
    .body =
        Puede que los agentes esperen afuera, o que vuelvan más tarde.
        Si tiene que salir, salga y cierre la puerta detrás de usted.
        No deje entrar a nadie al salir.
        Llame a un abogado o a una línea de ayuda.

at-home--someone-else =
    .title = Preguntan por otra persona
    .body =
        Usted no tiene que decir dónde está nadie.
        Puede guardar silencio.
        No mienta. Mentirle a un agente federal es un delito.
        Guardar silencio no es un delito.

at-home--forced =
    .title = Si entran de todos modos
    .body =
        No se resista. No les bloquee el paso. No corra.
        Diga estas frases en voz alta, con calma.
        A veces los agentes pueden entrar sin una orden, por ejemplo en una emergencia.
        Si cree que violaron sus derechos, reclame después con la ayuda de un abogado.
    .line-no-consent = No doy mi consentimiento para esta entrada ni para ningún registro.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.
    .line-no-sign = No voy a firmar nada sin un abogado.

at-home--landlord =
    .title = Si el dueño de su vivienda le amenaza
    .body =
        El dueño de su vivienda no puede acosarle ni amenazarle por su estatus migratorio.
        La Ley de Derechos Humanos de NYC (NYC Human Rights Law) lo prohíbe.
        Anote lo que se dijo, y cuándo.
        Para poner una queja, llame al 311 y pida la Comisión de Derechos Humanos de NYC (NYC Commission on Human Rights).

at-home--document =
    .title = Después, anótelo todo
    .body =
        Anote lo que pasó lo antes posible.
        La fecha, la hora y el lugar.
        La agencia, los nombres y los números de placa de los agentes.
        Lo que dijeron y los papeles que mostraron.
        Lo que se llevaron y, si se llevaron a alguien, adónde.
        Guarde las fotos y los videos en un lugar seguro. Luego llame a un abogado.

at-home--end =
    .title = Lo que debe recordar
    .point-door = No abra la puerta. Hable a través de ella.
    .point-judge = Una orden firmada por un juez les permite entrar sin su consentimiento.
    .point-disputed = ICE afirma que algunos de sus propios formularios también les permiten a sus agentes entrar. Las cortes lo están decidiendo. En cualquier caso: mantenga la puerta cerrada, no dé su consentimiento, no se resista y llame a un abogado.
    .point-silent = Puede guardar silencio. Nunca mienta.
    .point-no-resist = Nunca se resista ni le bloquee el paso a un agente.
    .point-no-sign = No firme nada sin un abogado.

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        Pregúntele al grupo: “¿A quién le han tocado a la puerta cuando no esperaba a nadie?”
        Recalque que se puede hablar a través de la puerta cerrada. No hace falta abrirla.
        Un error común: abrir la puerta “solo un poquito” para ver el papel.
        Los agentes pueden decir que son de la policía o de libertad a prueba (probation). Hay que pedirles el nombre y el número de placa por la ventana.
        Recalque que una orden firmada por un juez les permite entrar sin consentimiento.
        Hable con franqueza: un memorando de ICE de 2025 afirma que algunos formularios de ICE también permiten entrar a una casa. En diciembre de 2026, las cortes todavía lo están decidiendo.
        Los pasos no cambian: no dar el consentimiento, no resistirse, anotarlo todo y llamar a un abogado.

quiz-at-home--knock =
    .question = Muy temprano en la mañana, alguien golpea fuerte la puerta y grita: “¡Policía!” ¿Qué hace primero?
    .answer-open = Abrir un poco la puerta para ver quién es.
    .why-open = Abrir la puerta les facilita la entrada. Manténgala cerrada y hable a través de ella.
    .answer-run = Salir corriendo por la puerta de atrás.
    .why-run = Nunca corra. Conserve la calma, mantenga la puerta cerrada y hable a través de ella.
    .answer-talk = Mantener la puerta cerrada y preguntar quiénes son y de qué agencia son.
    .why-talk = Puede hablar a través de la puerta cerrada. A veces los agentes de ICE dicen que son “policía”, así que pregunte de qué agencia son.

quiz-at-home--someone-else =
    .question = Unos agentes en su puerta le preguntan: “¿Dónde está su hermano?” ¿Qué hace?
    .answer-silent = Decir: “Voy a guardar silencio.”
    .why-silent = Usted no tiene que decir dónde está nadie. Guardar silencio no es un delito.
    .answer-lie = Decir que él regresó a su país.
    .why-lie = Nunca le mienta a un agente. Mentirle a un agente federal es un delito. En vez de eso, guarde silencio.
    .answer-tell = Decirles dónde trabaja él, para que se vayan.
    .why-tell = Usted no tiene que decir dónde está nadie. En vez de eso, puede guardar silencio.

quiz-at-home--forced =
    .question = Los agentes empujan la puerta y entran. ¿Qué hace?
    .answer-block = Pararse en la entrada para detenerlos.
    .why-block = Nunca se resista ni le bloquee el paso a un agente, aunque crea que está mal. Reclame después con la ayuda de un abogado.
    .answer-say = No resistirse. Decir: “No doy mi consentimiento para esta entrada ni para ningún registro.”
    .why-say = No se resista, pero diga claramente que no está de acuerdo. Después, guarde silencio y pida un abogado.
    .answer-explain = Contestar todas sus preguntas para que se vayan más rápido.
    .why-explain = No tiene que contestar. Diga que va a guardar silencio y que quiere hablar con un abogado.

quiz-at-home--after =
    .question = Los agentes ya se fueron. ¿Qué hace ahora?
    .answer-forget = Tratar de olvidarlo y no contárselo a nadie.
    .why-forget = Los detalles se olvidan rápido. Anote lo que pasó y luego llame a un abogado.
    .answer-post = Publicar su video en internet enseguida, con la cara de todos.
    .why-post = No publique la cara de las personas que se llevaron. Guarde el video original en un lugar seguro y llame a un abogado.
    .answer-write = Anotar la fecha, la hora, la agencia, los nombres y lo que se dijo.
    .why-write = Anótelo lo antes posible. Guarde las fotos y los videos en un lugar seguro y luego llame a un abogado.
