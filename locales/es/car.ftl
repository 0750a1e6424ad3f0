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
    .choice-passenger = Voy de pasajero

car--driver =
    .title = Si usted maneja
    .body =
        Muestre su licencia de conducir, el registro del carro y el seguro cuando se los pidan.
        Avíseles antes de mover las manos para buscar algo.
        Nunca muestre papeles falsos. Nunca mienta.
        Sobre todo lo demás, puede guardar silencio.

car--passenger =
    .title = Si usted va de pasajero
    .body =
        Puede guardar silencio.
        Nunca muestre papeles falsos. Nunca mienta.
        ¿Tiene 18 años o más y una tarjeta de residente permanente (green card) o una visa?
        La ley federal dice que debe llevarla con usted.
        Si un agente de inmigración se la pide, muéstresela.

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
        Si lo registran de todos modos, no se resista. No les bloquee el paso.
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
    .point-passenger = Los pasajeros pueden guardar silencio.
    .point-search = Puede negarse a un registro. Nunca se resista.
    .point-never-lie = Nunca mienta y nunca muestre papeles falsos.
