## Scenario: police or agents stop the car you are in.

car = En un carro

car--pull-over =
    .title = Deténgase en un lugar seguro
    .body =
        Pare en un lugar seguro. Apague el motor.
        Encienda la luz de adentro del carro.
        Baje la ventana un poco.
        Mantenga las manos donde las puedan ver.

car--who =
    .title = ¿Usted va manejando?
    .choice-driver = Yo voy manejando
    .choice-passenger = No voy manejando

car--driver =
    .title = Si usted maneja
    .body =
        Muestre su licencia de conducir, el registro del carro y el seguro cuando se los pidan.
        Avíseles antes de mover las manos para buscar algo.
        Nunca muestre papeles falsos. Nunca mienta.
        Sobre todo lo demás, puede guardar silencio.

car--passenger =
    .title = Si usted no va manejando
    .body =
        Puede guardar silencio.
        Nunca muestre papeles falsos. Nunca mienta.
        ¿Tiene 18 años o más y papeles de registro, como una tarjeta de residente permanente (green card) o un I-94?
        La ley federal dice que debe llevarlos con usted.
        Los abogados aconsejan: si un agente de inmigración se los pide, muéstreselos.

car--asks =
    .title = ¿Qué están haciendo ahora?
    .choice-search = Quieren registrar el carro
    .choice-get-out = Me ordenan bajar del carro
    .choice-questions = Me hacen preguntas
    .choice-arrest = Me están arrestando

car--search =
    .title = Si quieren registrar el carro
    .body =
        Puede negarse a que registren el carro o sus cosas.
        Dígalo con calma y claridad.
        Si hacen el registro de todos modos, no se resista. No les bloquee el paso.
        Si cree que violaron sus derechos, reclame después con la ayuda de un abogado.
    .line-no-consent = No doy mi consentimiento para un registro.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.

car--get-out =
    .title = Si le ordenan bajar del carro
    .body =
        Los agentes pueden ordenarle que baje del carro.
        Baje despacio y con calma. No se resista.
        Avíseles antes de mover las manos, incluso para quitarse el cinturón de seguridad.
        Aun así, puede negarse a un registro.

car--stay-silent =
    .title = Diga esto y luego guarde silencio
    .body = Diga estas frases con calma. Después, guarde silencio.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.
    .line-no-consent = No doy mi consentimiento para un registro.

car--end =
    .title = Lo que debe recordar
    .point-pull-over = Deténgase en un lugar seguro y mantenga las manos a la vista.
    .point-driver = Quien maneja muestra la licencia, el registro del carro y el seguro.
    .point-passenger = Quien no maneja puede guardar silencio.
    .point-search = Puede negarse a un registro. Nunca se resista.
    .point-never-lie = Nunca mienta y nunca muestre papeles falsos.

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        Pregúntele al grupo: “¿Quién maneja por trabajo, o va en el carro de alguien que lo hace?”
        Recalque cómo detenerse con seguridad: motor apagado, luz de adentro encendida, ventana un poco abierta, manos a la vista.
        Recalque que quien maneja muestra la licencia, el registro del carro y el seguro cuando se los piden.
        Un error común: buscar algo en la guantera sin avisar antes.
        Recalque que quien no maneja puede guardar silencio, y que cualquier persona puede negarse a un registro.
        Recuérdele al grupo que los agentes pueden ordenarles que bajen del carro. Nunca hay que resistirse, mentir ni mostrar papeles falsos.

quiz-car--lights =
    .question = Ve las luces de la policía detrás de su carro. ¿Qué hace?
    .answer-get-out = Parar y bajarse para hablar con ellos.
    .why-get-out = Espere dentro del carro, con las manos donde las puedan ver. Ellos le dirán si quieren que baje.
    .answer-keep-driving = Seguir manejando hasta llegar a casa.
    .why-keep-driving = Nunca trate de escapar. Deténgase en un lugar seguro y apague el motor.
    .answer-stop-safe = Detenerse en un lugar seguro, apagar el motor y mantener las manos a la vista.
    .why-stop-safe = Encienda también la luz de adentro del carro y baje la ventana un poco.

quiz-car--license =
    .question = Usted va manejando. El agente le pide la licencia y el registro del carro. ¿Qué hace?
    .answer-show = Decir dónde están los papeles y luego entregarlos despacio.
    .why-show = Quien maneja muestra la licencia, el registro del carro y el seguro cuando se los piden. Avíseles antes de mover las manos para buscar algo.
    .answer-other-license = Mostrar la licencia de un amigo en lugar de la suya.
    .why-other-license = Nunca muestre papeles falsos ni la licencia de otra persona. Nunca mienta.
    .answer-refuse = Guardar silencio y no mostrar nada.
    .why-refuse = Sobre otras cosas puede guardar silencio. Pero quien maneja muestra la licencia, el registro del carro y el seguro cuando se los piden.

quiz-car--passenger =
    .question = Usted va en el carro, pero no maneja. Un agente le pregunta: “¿De dónde es usted?” ¿Qué hace?
    .answer-citizen = Decir que tiene la ciudadanía de los EE. UU., para que le dejen en paz.
    .why-citizen = Nunca diga que tiene la ciudadanía de los EE. UU. si no la tiene. Mentirle a un agente federal es un delito.
    .answer-silent = Decir: “Voy a guardar silencio.”
    .why-silent = Quien no maneja puede guardar silencio. Guardar silencio no es un delito.
    .answer-false-name = Darles otro nombre.
    .why-false-name = Nunca mienta ni dé un nombre falso. En vez de eso, puede guardar silencio.

quiz-car--search =
    .question = El agente dice: “No le importa que registre el carro, ¿verdad?” ¿Qué hace?
    .answer-go-ahead = Decir “Adelante” para mostrar que no tiene nada que esconder.
    .why-go-ahead = Eso significa que acepta el registro. Puede decir: “No doy mi consentimiento para un registro.”
    .answer-lock = Cerrar las puertas con seguro y negarse a bajar.
    .why-lock = Nunca se resista ni les bloquee el paso. Los agentes pueden ordenarle que baje del carro. Reclame después con la ayuda de un abogado.
    .answer-no-consent = Decir con calma: “No doy mi consentimiento para un registro.”
    .why-no-consent = Puede negarse a que registren el carro. Si hacen el registro de todos modos, no se resista.
