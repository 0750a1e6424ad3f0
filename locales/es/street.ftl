## Scenario: you are stopped on the street, on the subway or in another public place.

street = En la calle o en el metro

street--stopped =
    .title = Pregunte si puede irse
    .body =
        Mantenga la calma. No corra.
        Pregunte: “¿Tengo la libertad de irme?”
        Usted tiene derechos, sea cual sea su estatus migratorio.
        ¿Qué le dicen o qué hacen?
    .choice-free = Me dicen que puedo irme
    .choice-not-free = Me dicen que no puedo irme
    .choice-search = Quieren registrarme
    .choice-papers = Me piden identificación o papeles

street--free-to-go =
    .title = Si puede irse
    .body =
        Aléjese con calma. No corra.
        No tiene que contestar sus preguntas.
        Después, anote lo que pasó.

street--not-free =
    .title = Si no puede irse
    .body =
        Mantenga la calma. No corra ni se resista.
        Diga estas frases. Después, guarde silencio.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.

street--what-next =
    .title = ¿Qué pasa después?
    .choice-search = Quieren registrarme
    .choice-papers = Me piden identificación o papeles
    .choice-arrest = Me están arrestando
    .choice-let-go = Me dejan ir

street--search =
    .title = Si quieren hacerle un registro
    .body =
        Puede negarse a un registro de su persona o de su bolsa.
        Pueden palparle la ropa por encima para buscar armas.
        No se resista, aunque no esté de acuerdo.
        Si cree que violaron sus derechos, reclame después con la ayuda de un abogado.
    .line-no-consent = No doy mi consentimiento para un registro.
    .line-silent = Voy a guardar silencio.

street--papers =
    .title = Si le piden identificación o papeles
    .body =
        La ley de Nueva York no le obliga a llevar identificación.
        Pero una ley federal sí se aplica a algunas personas con papeles de inmigración.
        Nunca muestre papeles falsos. Nunca mienta.
        Mentirle a un agente federal es un delito. Guardar silencio no lo es.
    .choice-have-papers = Tengo 18 años o más y tengo papeles
    .choice-no-papers = No tengo papeles de inmigración

street--have-papers =
    .title = Lleve sus papeles con usted
    .body =
        ¿Tiene 18 años o más y una tarjeta de residente permanente (green card) o una visa?
        La ley federal dice que debe llevar esos papeles con usted.
        Si un agente de inmigración se los pide, muéstreselos.
        Aun así, puede guardar silencio y pedir un abogado.

street--no-papers =
    .title = Puede guardar silencio
    .body =
        No tiene que contestar preguntas sobre su estatus migratorio.
        No lleve ni muestre papeles de otro país.
        Nunca muestre papeles falsos.
        Nunca diga que tiene la ciudadanía de los EE. UU. si no la tiene.
        Diga estas frases. Después, guarde silencio.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.

street--end =
    .title = Lo que debe recordar
    .point-free = Pregunte: “¿Tengo la libertad de irme?” Si le dicen que sí, aléjese con calma.
    .point-silent = Puede guardar silencio. Nunca mienta.
    .point-search = Puede negarse a un registro. Nunca se resista.
    .point-papers = Si tiene 18 años o más y tiene papeles de inmigración, llévelos con usted.
    .point-no-run = Nunca corra y nunca muestre papeles falsos.
