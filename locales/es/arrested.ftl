## Scenario: you are arrested or detained, and what your family can do.

arrested = Si le arrestan

arrested--calm =
    .title = Mantenga la calma. No se resista.
    .body =
        No corra. No pelee ni empuje.
        Hágalo así aunque crea que el arresto es un error.
        Después puede reclamar con la ayuda de un abogado.
        Usted tiene derechos, sea cual sea su estatus migratorio.

arrested--say =
    .title = Diga esto y luego guarde silencio
    .body =
        Diga estas frases con calma. Después, guarde silencio.
        Nunca mienta. Nunca muestre papeles falsos.
        Mentirle a un agente federal es un delito. Guardar silencio no lo es.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.
    .line-interpreter = Quiero un intérprete.
    .line-no-sign = No voy a firmar nada sin un abogado.

arrested--afraid =
    .title = Si tiene miedo de regresar
    .body =
        En 2025, el gobierno amplió la deportación rápida sin audiencia en una corte: la “deportación acelerada” (expedited removal).
        Se dirige a personas que no pueden demostrar que llevan dos años en los EE. UU. Las cortes todavía están decidiendo si es legal.
        Si tiene miedo de regresar a su país, dígalo con claridad. Después, pida un abogado.
        ¿Ha vivido aquí dos años o más? Dígaselo a su abogado, y guarde las pruebas en un lugar seguro.
    .line-afraid = Tengo miedo de regresar a mi país.
    .line-lawyer = Quiero hablar con un abogado.

arrested--no-sign =
    .title = No firme nada
    .body =
        No firme ningún papel sin un abogado.
        Algunos papeles le hacen renunciar a su derecho a una audiencia ante un juez.
        Dos de ellos son la “salida voluntaria” (voluntary departure) y la “orden de deportación estipulada” (stipulated removal).
        También pueden impedirle volver a los EE. UU.

arrested--numbers =
    .title = Números de teléfono y nombres
    .body =
        Pida llamar a un abogado y a su familia. No se garantiza que le dejen llamar.
        Por eso, apréndase esos números de teléfono de memoria desde antes.
        Asegúrese de que su familia sepa su número A (el número de sus papeles de inmigración), si lo tiene.
        Anote o recuerde el nombre y el número de placa del agente.

arrested--help =
    .title = ¿Qué necesita ahora?
    .body = Su familia y sus amigos también pueden usar esta parte.
    .choice-find = Encontrar a una persona detenida
    .choice-lawyer = Conseguir un abogado gratis
    .choice-court = Tengo una audiencia en la corte de inmigración
    .choice-nypd = La policía (NYPD) me arrestó por un delito

arrested--find =
    .title = Encontrar a una persona detenida por ICE
    .body =
        Use el localizador de detenidos de ICE en línea (ICE Online Detainee Locator): locator.ice.gov.
        Sirve para encontrar a personas adultas detenidas por ICE.
        Busque con el número A de la persona y su país de nacimiento.
        O busque con su nombre exacto y su país de nacimiento.

arrested--lawyer =
    .title = Es posible que reciba un abogado gratis
    .body =
        ¿Está bajo detención y tiene un caso en la corte de inmigración de NYC?
        Es posible que reciba un abogado gratis.
        Es el programa New York Immigrant Family Unity Project.
        Llame a una línea de ayuda legal para preguntar.

arrested--court =
    .title = Si tiene una audiencia en la corte
    .body =
        En 2025, ICE arrestó a personas en las cortes de inmigración de NYC.
        Fue en 26 Federal Plaza, 201 Varick y 290 Broadway. Consulte con un abogado qué está pasando ahora.
        La ley Protect Our Courts Act de Nueva York cubre las cortes del estado, no estas cortes federales.
        No falte a su audiencia. Eso puede llevar a una orden de deportación (una orden de salir de los EE. UU.).
        Hable con un abogado antes de su audiencia.

arrested--nypd =
    .title = Si la policía le arresta por un delito
    .body =
        En un caso penal, usted recibe un abogado defensor, aunque no pueda pagarlo.
        Dígale a ese abogado su estatus migratorio antes de aceptar cualquier acuerdo de culpabilidad (plea).
        Declararse culpable puede llevar a la deportación.
        Una ley de la Ciudad limita cuándo el NYPD y las cárceles de la Ciudad retienen a personas para ICE. Pregúntele a su abogado cómo se aplica.

arrested--end =
    .title = Lo que debe recordar
    .point-silent = Guarde silencio. Nunca mienta.
    .point-lawyer = Pida un abogado y un intérprete.
    .point-afraid = ¿Tiene miedo de regresar a su país? Dígalo.
    .point-no-sign = No firme nada sin un abogado.
    .point-numbers = Apréndase de memoria los números de su abogado y de su familia.
    .point-hearing = Nunca falte a una audiencia en la corte de inmigración.

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        Recalque tres pasos: guardar silencio, pedir un abogado y no firmar nada sin un abogado.
        Recalque que guardar silencio es legal, pero mentirle a un agente federal es un delito.
        Un error común es firmar un papel para salir más rápido.
        Explique que algunos papeles hacen renunciar al derecho a una audiencia ante un juez.
        Enseñe la frase “Tengo miedo de regresar a mi país.” La deportación rápida sin audiencia se está disputando ahora en las cortes.
        No se garantiza una llamada telefónica. Pregúntele al grupo: ¿de quién se saben de memoria el número de teléfono?
        Si el NYPD arresta a alguien por un delito, esa persona debe decirle su estatus al abogado defensor antes de cualquier acuerdo de culpabilidad.
        Hable con franqueza: en 2025, ICE arrestó a personas en las cortes de inmigración de NYC. Aun así, nadie debe faltar a una audiencia. Primero hay que hablar con un abogado.

quiz-arrested--paper =
    .question = Usted está bajo detención. Un agente le da un papel y le dice que, si lo firma, saldrá más rápido.
    .answer-sign = Firmarlo para que esto termine antes.
    .why-sign = Algunos papeles le hacen renunciar a su derecho a una audiencia ante un juez. Diga que no va a firmar sin un abogado.
    .answer-read = Leerlo con cuidado y firmarlo si parece estar bien.
    .why-read = Papeles como la “salida voluntaria” (voluntary departure) pueden hacerle renunciar a su audiencia e impedirle volver. Espere a tener un abogado, aunque el papel parezca estar bien.
    .answer-refuse = Decir: “No voy a firmar nada sin un abogado.”
    .why-refuse = Algunos papeles le hacen renunciar a su derecho a una audiencia. Un abogado puede explicarle qué significa un papel.

quiz-arrested--questions =
    .question = Le arrestan. Un agente le pregunta dónde nació y cómo llegó aquí.
    .answer-lie = Decir que nació en los EE. UU.
    .why-lie = Nunca mienta ni diga que tiene la ciudadanía de los EE. UU. Mentirle a un agente federal es un delito. En vez de eso, guarde silencio.
    .answer-silent = Decir: “Voy a guardar silencio. Quiero hablar con un abogado.”
    .why-silent = Puede guardar silencio, sea cual sea su estatus migratorio. Guardar silencio es legal; mentir no lo es.
    .answer-explain = Contar toda su historia para que entiendan.
    .why-explain = No tiene que contestar. Diga “Voy a guardar silencio” y pida primero un abogado.

quiz-arrested--grab =
    .question = Unos agentes le agarran del brazo para arrestarle. Usted sabe con certeza que se equivocaron de persona.
    .answer-pull-away = Soltarse el brazo de un tirón y decirles que se equivocan.
    .why-pull-away = Nunca se resista, aunque crea que el arresto es un error. Después, un abogado puede reclamar por usted.
    .answer-run = Salir corriendo cuando miren para otro lado.
    .why-run = Nunca corra. Mantenga la calma, guarde silencio y pida un abogado.
    .answer-argue = Discutir con ellos hasta que le hagan caso.
    .why-argue = Discutir no le va a ayudar en ese momento. Diga “Voy a guardar silencio” y pida un abogado.
    .answer-calm = Mantener la calma, no resistirse y pedir un abogado.
    .why-calm = No se resista, aunque crea que el arresto es un error. Después puede reclamar con la ayuda de un abogado.

quiz-arrested--court =
    .question = Su primo o prima tiene una audiencia en la corte de inmigración de 26 Federal Plaza. Tiene miedo de que ICE esté ahí.
    .answer-skip = Quedarse en casa y faltar a la audiencia.
    .why-skip = Faltar a una audiencia puede llevar a una orden de deportación (una orden de salir de los EE. UU.). En vez de eso, hable con un abogado antes de la audiencia.
    .answer-lawyer = Hablar con un abogado antes de la audiencia, y no faltar.
    .why-lawyer = Nunca falte a una audiencia. Un abogado puede ayudar a su primo o prima a prepararse antes de ir.
    .answer-notario = Pagarle a un “notario” para que se encargue de la audiencia.
    .why-notario = En los EE. UU., un “notario” no es abogado. Llame a una línea de ayuda legal, como ActionNYC.
