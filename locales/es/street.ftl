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
        Si sospechan que tiene un arma, pueden palparle la ropa por encima.
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
        ¿Tiene 18 años o más y papeles de registro de inmigración?
        Estos incluyen la tarjeta de residente permanente (green card), el registro de llegada I-94 y el permiso de trabajo.
        Desde abril de 2025, también el comprobante de registro del formulario G-325R.
        La ley federal dice que debe llevarlos con usted. Un sello de visa, por sí solo, no es uno de estos papeles.
        Los abogados aconsejan: si un agente de inmigración se los pide, muéstreselos.
        Aun así, puede guardar silencio y pedir un abogado.

street--no-papers =
    .title = Puede guardar silencio
    .body =
        No tiene que contestar preguntas sobre su estatus migratorio.
        No lleve ni muestre papeles de otro país.
        Nunca muestre papeles falsos.
        Nunca diga que tiene la ciudadanía de los EE. UU. si no la tiene.
        ¿Tiene miedo de regresar a su país? Dígalo, y pida un abogado.
        Diga estas frases. Después, guarde silencio.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.
    .line-afraid = Tengo miedo de regresar a mi país.

street--end =
    .title = Lo que debe recordar
    .point-free = Pregunte: “¿Tengo la libertad de irme?” Si le dicen que sí, aléjese con calma.
    .point-silent = Puede guardar silencio. Nunca mienta.
    .point-search = Puede negarse a un registro. Nunca se resista.
    .point-papers = ¿Tiene 18 años o más y papeles de registro? Llévelos con usted.
    .point-no-run = Nunca corra y nunca muestre papeles falsos.

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        Pregúntele al grupo: “¿Qué es lo primero que hay que preguntar si un agente le para?”
        Recalque la frase “¿Tengo la libertad de irme?” Si la respuesta es sí, hay que alejarse con calma.
        Un error común: salir corriendo, o contestar todas las preguntas por miedo.
        Recalque que cualquier persona puede negarse a un registro. Si sospechan que hay un arma, pueden palpar la ropa por encima. Nunca hay que resistirse.
        Explique con claridad lo de los papeles: la ley de Nueva York no obliga a llevar identificación.
        Pero las personas de 18 años o más deben llevar consigo los papeles de registro que recibieron: green card, I-94, permiso de trabajo o el comprobante del G-325R. Eso lo dice la ley federal.
        Mostrárselos a un agente de inmigración que los pida es un consejo, no una obligación de la ley.
        Recalque: nunca mentir, y nunca mostrar papeles falsos ni papeles de otro país.

quiz-street--stopped =
    .question = Dos agentes le paran en la acera y empiezan a hacerle preguntas. ¿Qué hace primero?
    .answer-run = Salir corriendo antes de que le pregunten más.
    .why-run = Nunca corra. Mantenga la calma y pregunte: “¿Tengo la libertad de irme?”
    .answer-ask-free = Mantener la calma y preguntar: “¿Tengo la libertad de irme?”
    .why-ask-free = Si le dicen que sí, aléjese con calma. Si le dicen que no, guarde silencio y pida un abogado.
    .answer-answer = Contestar todas sus preguntas para que le dejen en paz.
    .why-answer = No tiene que contestar sus preguntas. Pregunte si puede irse. Después, guarde silencio.

quiz-street--bag =
    .question = En el metro, un agente le dice: “¿Le importa si reviso su bolsa?” ¿Qué hace?
    .answer-let-look = Decir “Está bien” para que termine más rápido.
    .why-let-look = Decir “Está bien” significa que acepta el registro. Puede decir: “No doy mi consentimiento para un registro.”
    .answer-pull-away = Apartar la bolsa y agarrarla con fuerza.
    .why-pull-away = Nunca se resista, aunque no esté de acuerdo. Diga que no da su consentimiento. Reclame después con la ayuda de un abogado.
    .answer-no-consent = Decir con calma: “No doy mi consentimiento para un registro.”
    .why-no-consent = Puede negarse a un registro de su persona o de su bolsa. Si hacen el registro de todos modos, no se resista.

quiz-street--born =
    .question = Usted no tiene papeles de inmigración. Un agente le pregunta: “¿Dónde nació?” ¿Qué hace?
    .answer-silent = Decir “Voy a guardar silencio” y pedir un abogado.
    .why-silent = No tiene que contestar preguntas sobre su estatus migratorio. Guardar silencio no es un delito.
    .answer-lie = Decir que nació en Nueva York.
    .why-lie = Nunca mienta, y nunca diga que tiene la ciudadanía de los EE. UU. si no la tiene. Mentirle a un agente federal es un delito.
    .answer-foreign-id = Mostrar la identificación de su país de origen.
    .why-foreign-id = No muestre papeles de otro país. En vez de eso, guarde silencio y pida un abogado.

quiz-street--green-card =
    .question = Usted tiene 20 años y lleva consigo su tarjeta de residente permanente (green card). Un agente de inmigración le pide sus papeles. ¿Qué hace?
    .answer-left-home = Decir que la dejó en casa.
    .why-left-home = Nunca le mienta a un agente. Mentirle a un agente federal es un delito.
    .answer-show = Mostrar su green card. Después, puede seguir guardando silencio.
    .why-show = La ley federal dice que las personas de 18 años o más con green card deben llevarla consigo. Los abogados aconsejan mostrarla cuando un agente de inmigración la pida.
    .answer-keep = Dejarla en la cartera y guardar silencio.
    .why-keep = Sobre otras cosas puede guardar silencio. Pero la ley federal dice que debe llevar consigo su green card, y los abogados aconsejan mostrarla cuando un agente de inmigración la pida.
