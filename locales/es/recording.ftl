## Scenario: documenting and recording what happens.

recording = Grabar lo que pasa

recording--rights =
    .title = Su derecho a grabar
    .body =
        La ley de Nueva York le permite grabar a la policía y a otros agentes si usted no está bajo arresto.
        También puede tomar notas y quedarse con lo que grabe.
        Esta ley (Ley de Derechos Civiles, § 79-p) no le permite interferir.
        No está claro si cubre a agentes federales, como los de ICE.
        En general se reconoce que filmar en público es parte de la libertad de expresión.
        Pero la corte federal de apelaciones para Nueva York no ha decidido sobre esto.

recording--situation =
    .title = ¿Qué necesita?
    .body = Elija la opción que le corresponde ahora.
    .choice-film = Quiero filmar a los agentes
    .choice-sound = ¿Puedo grabar el audio?
    .choice-phone = Un agente quiere mi teléfono
    .choice-after = Ya terminó. ¿Y ahora qué?

recording--film-safely =
    .title = Filme abiertamente, desde una distancia segura
    .body =
        Sostenga el teléfono donde los agentes lo puedan ver.
        Manténgase a una distancia segura. No se les atraviese.
        Si un agente le dice que se aleje, aléjese. Siga filmando.
        Filme a los agentes, no la cara de las personas detenidas.
        No transmita en vivo la cara de nadie.
        ¿No tiene estatus migratorio? Observar o filmar es un riesgo para usted. Puede ayudar anotando lo que vio, desde más lejos.

recording--sound =
    .title = Grabar el audio
    .body =
        Puede grabar una conversación en la que usted participa.
        En Nueva York, basta con que una persona de la conversación esté de acuerdo.
        Grabar en secreto las conversaciones privadas de otras personas es un delito.
        Por eso, filme abiertamente, nunca a escondidas.

recording--phone =
    .title = Si un agente le exige su teléfono
    .body =
        No se resista. No corra.
        Diga que no da su consentimiento para un registro.
        No lo desbloquee, y no lo entregue desbloqueado.
        Bloquee su teléfono con un código de acceso. El desbloqueo con la cara o la huella es más fácil de forzar, y las cortes no coinciden sobre esto.
        Después, guarde silencio y pida un abogado.
    .line-no-search = No doy mi consentimiento para que registren mi teléfono.
    .line-silent = Voy a guardar silencio.
    .line-lawyer = Quiero hablar con un abogado.

recording--backup =
    .title = Haga una copia de su video
    .body =
        Haga una copia de seguridad del archivo original lo antes posible.
        Guarde otra copia en un segundo lugar seguro.

recording--write-down =
    .title = Anote lo que vio
    .body =
        Anótelo lo antes posible: la fecha, la hora y el lugar.
        La agencia, los nombres y los números de placa de los agentes. La agencia puede ser ICE, HSI (los investigadores de ICE), CBP (Aduanas y Protección Fronteriza) o NYPD.
        Cuántos agentes había. Si llevaban uniforme o máscara.
        Los vehículos y el número de placa de cada vehículo.
        Los papeles que mostraron y lo que se dijo.
        Si hubo fuerza o daños. Adónde se llevaron a la persona.

recording--witnesses =
    .title = Pregunte primero a los testigos
    .body =
        Puede que otras personas también lo hayan visto.
        Pídales permiso antes de anotar su nombre o su número de teléfono.
        Anótelo solo si están de acuerdo.

recording--end =
    .title = Lo que debe recordar
    .point-openly = Filme abiertamente, desde una distancia segura.
    .point-step-back = Nunca interfiera. Aléjese cuando se lo pidan.
    .point-agents = Filme a los agentes, no la cara de las personas detenidas.
    .point-phone = Bloquee su teléfono con un código de acceso. No lo desbloquee para un registro.
    .point-backup = Haga una copia del archivo y anote lo que vio.
    .point-secret = Grabar en secreto las conversaciones privadas de otras personas es un delito.

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        Recalque: filmar abiertamente, desde una distancia segura. Nunca interferir.
        Recalque: filmar a los agentes, no la cara de las personas detenidas. No transmitir caras en vivo.
        Un error común es discutir cuando los agentes piden que la gente se aleje. Hay que alejarse y seguir filmando.
        Pregúntele al grupo: ¿dónde harían enseguida una copia de seguridad de un video?
        Hable con franqueza: la ley de Nueva York protege el derecho a grabar a la policía. No está claro si cubre a ICE.
        En general se reconoce que filmar en público es parte de la libertad de expresión. La corte de apelaciones para Nueva York no ha decidido sobre esto.
        Recuérdele al grupo que grabar en secreto las conversaciones privadas de otras personas es un delito.

quiz-recording--step-back =
    .question = Usted está filmando a unos agentes de ICE en la acera. Un agente le dice que se aleje.
    .answer-stay = Quedarse donde está, porque tiene derecho a filmar.
    .why-stay = El derecho a grabar no le permite interferir. Aléjese y siga filmando.
    .answer-step-back = Alejarse y seguir filmando.
    .why-step-back = Manténgase a una distancia segura y no se les atraviese. Puede seguir filmando.
    .answer-stop = Dejar de filmar y guardar el teléfono.
    .why-stop = Basta con alejarse. Siga filmando abiertamente desde una distancia segura.

quiz-recording--faces =
    .question = Usted está filmando a unos agentes mientras detienen a su vecino. Un amigo le dice: “Transmítelo en vivo para que todos lo vean.”
    .answer-livestream = Transmitir en vivo, con la cara de su vecino en la pantalla.
    .why-livestream = No transmita en vivo la cara de nadie. Filme a los agentes y después haga una copia de seguridad del archivo.
    .answer-close-up = Acercarse para que se vea bien la cara de su vecino.
    .why-close-up = Si se acerca, puede estorbarles a los agentes. Manténgase a una distancia segura y filme a los agentes.
    .answer-agents = Filmar a los agentes desde una distancia segura, no la cara de su vecino.
    .why-agents = Filme a los agentes y lo que hacen. No filme la cara de las personas detenidas.

quiz-recording--phone =
    .question = Un agente le dice: “Deme su teléfono”, y estira la mano para agarrarlo.
    .answer-unlock = Desbloquearlo y entregarlo para mostrar que no tiene nada que esconder.
    .why-unlock = Desbloqueárselo es como aceptar un registro. Diga: “No doy mi consentimiento para que registren mi teléfono.”
    .answer-hold = Agarrarlo con fuerza y apartarlo de su alcance.
    .why-hold = Nunca se resista. Diga que no da su consentimiento para un registro y luego guarde silencio.
    .answer-run = Salir corriendo para que no le quiten el video.
    .why-run = Nunca corra. Mantenga la calma y diga que no da su consentimiento para un registro.
    .answer-no-consent = No resistirse. Decir: “No doy mi consentimiento para que registren mi teléfono.”
    .why-no-consent = No se resista, pero no acepte un registro. Después, guarde silencio y pida un abogado.

quiz-recording--sound =
    .question = Dos agentes se apartan para hablar en privado. Usted quiere grabar lo que dicen.
    .answer-openly = Filmar abiertamente desde una distancia segura, con el teléfono a la vista.
    .why-openly = Filme abiertamente, donde los agentes puedan ver su teléfono. Nunca grabe a escondidas.
    .answer-hide = Esconder el teléfono cerca de ellos para grabar su conversación privada.
    .why-hide = Grabar en secreto las conversaciones privadas de otras personas es un delito. En vez de eso, filme abiertamente.
    .answer-close = Acercarse para que el teléfono capte lo que dicen.
    .why-close = Si se acerca, puede estorbarles. Manténgase a una distancia segura y filme abiertamente.
