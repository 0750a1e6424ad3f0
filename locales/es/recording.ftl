## Scenario: documenting and recording what happens.

recording = Grabar lo que pasa

recording--rights =
    .title = Su derecho a grabar
    .body =
        La ley de Nueva York le permite grabar a la policía y a otros agentes si usted no está arrestado.
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
        La agencia (ICE, HSI, CBP o NYPD), los nombres y los números de placa de los agentes.
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
    .point-backup = Haga una copia del archivo y anote lo que vio.
    .point-secret = Grabar en secreto las conversaciones privadas de otras personas es un delito.
