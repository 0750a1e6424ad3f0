## Scenario: someone knocks at your home.

at-home = Alguien toca a mi puerta

at-home--door =
    .title = No abra la puerta
    .body =
        Conserve la calma. Mantenga la puerta cerrada.
        Hable a través de la puerta.
        Pregunte: “¿Quiénes son? ¿De qué agencia son?”
        A veces los agentes de ICE dicen que son “policía”.
        Abrir la puerta no significa que usted está de acuerdo.
        Pero les facilita la entrada.
    .choice-warrant = Dicen que tienen una orden
    .choice-no-warrant = No tienen ninguna orden
    .choice-someone-else = Preguntan por otra persona
    .choice-forced = Están entrando de todos modos

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
        A veces la ley permite que los agentes entren sin una orden, por ejemplo en una emergencia.
        Si cree que violaron sus derechos, reclame después con la ayuda de un abogado.
    .line-no-consent = No doy mi consentimiento para esta entrada ni para ningún registro.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.
    .line-no-sign = No voy a firmar nada sin un abogado.

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
    .point-judge = Solo una orden firmada por un juez les permite entrar sin su consentimiento.
    .point-silent = Puede guardar silencio. Nunca mienta.
    .point-no-resist = Nunca se resista ni le bloquee el paso a un agente.
    .point-no-sign = No firme nada sin un abogado.
