## Scenario: make a family safety plan before anything happens.

family-plan = Haga un plan familiar

family-plan--why =
    .title = Haga un plan ahora
    .body =
        Un plan ayuda a su familia si detienen a alguien.
        Hágalo ahora, mientras todo está en calma.
        Esta guía no es asesoría legal.
    .choice-start = Empezar mi plan familiar
    .choice-detained = Acaban de detener a alguien

family-plan--numbers =
    .title = Apréndase de memoria los números importantes
    .body =
        Si le detienen, pida llamar a un abogado y a su familia. No se garantiza que le dejen llamar.
        Por eso, apréndase esos números de memoria.
        ¿Tiene un número A? Es el número de sus papeles de inmigración.
        Asegúrese de que su familia lo sepa.
        Les ayuda a saber dónde está usted y la fecha de su audiencia.

family-plan--children =
    .title = ¿Tiene hijos?
    .body = Planee quién los cuidará si usted no puede.
    .choice-yes = Sí, tengo hijos
    .choice-no = No

family-plan--caregiver =
    .title = Elija a un adulto de confianza
    .body =
        Elija a un adulto de confianza para cuidar a sus hijos si usted no puede.
        Hable con esa persona sobre su plan.
        Dele copias de los certificados de nacimiento de sus hijos.
        Dele el nombre y los datos de contacto de cada uno de los padres.

family-plan--legal-tools =
    .title = Un formulario para la escuela y los médicos
    .body =
        Nueva York tiene un formulario llamado “Designation of Person in Parental Relation” (designación de una persona en relación parental).
        Con él, uno de los padres nombra a un adulto para que tome decisiones escolares y médicas por un hijo o una hija.
        No hace falta ir a la corte. Dura un tiempo limitado, y usted puede cancelarlo.
        No da la custodia, y no le quita sus derechos como madre o padre.
        Algunas partes se deben firmar ante un notary public (en los EE. UU., solo certifica firmas). Pregúntele a un abogado cuáles.

family-plan--standby =
    .title = Tutela de reserva (standby guardianship)
    .body =
        Un tutor o una tutora de reserva (standby guardian) es una persona adulta que puede hacerse cargo de sus hijos si usted no puede.
        En Nueva York, puede nombrar a esa persona por escrito, ante dos testigos.
        Desde 2018, la tutela puede empezar si inmigración le arresta, le detiene o le deporta.
        Poco después, hay que presentar una petición en la corte: en la Corte de Sucesiones (Surrogate’s Court) o en la Corte de Familia (Family Court).
        Pídale a un abogado que le ayude a prepararla.

family-plan--school =
    .title = Actualice la “tarjeta azul” de la escuela
    .body =
        Las escuelas públicas tienen una tarjeta de contactos de emergencia llamada “tarjeta azul” (blue card).
        Puede anotar en ella hasta tres contactos de emergencia.
        Agregue al adulto de confianza.

family-plan--money =
    .title = Dinero, pasaportes y salud
    .body =
        Piense en quién podría pagar el alquiler y las cuentas si usted no puede.
        Un poder legal para asuntos de dinero (financial power of attorney) permite que una persona de confianza actúe por usted.
        Decida quién puede usar sus cuentas bancarias.
        Guarde los pasaportes y los certificados de nacimiento donde esa persona pueda encontrarlos.
        Anote las medicinas, las alergias y los médicos de cada miembro de su familia.

family-plan--papers =
    .title = Guarde sus papeles en un lugar seguro
    .body =
        Haga copias de sus papeles importantes, como certificados de nacimiento y papeles de inmigración.
        Guarde pruebas de cuánto tiempo ha vivido aquí: contratos de alquiler, recibos de pago, y documentos escolares, médicos o de impuestos.
        Dos años o más pueden ser importantes en la corte. Pregúntele a un abogado si debe llevar pruebas con usted.
        Guarde todo en un lugar seguro, con una copia en la casa de una persona de confianza.

family-plan--lawyer =
    .title = Busque ayuda legal de verdad
    .body =
        Hable con un abogado antes de hacer una solicitud, renovar o viajar.
        Un representante acreditado por el DOJ también puede ayudarle. El Departamento de Justicia los aprueba.
        Un “notario” que vende asesoría de inmigración es un fraude. En los EE. UU., un “notario” no es abogado.
        Un notary public solo certifica firmas. Tampoco es abogado.
        ActionNYC ofrece ayuda legal gratuita y confidencial.

family-plan--end =
    .title = Lo que debe recordar
    .point-numbers = Apréndase de memoria los números importantes. Asegúrese de que su familia sepa su número A.
    .point-caregiver = Elija a un adulto de confianza para sus hijos, y pregúntele a un abogado por los formularios.
    .point-blue-card = Agregue a ese adulto a la “tarjeta azul” de la escuela.
    .point-papers = Guarde en un lugar seguro copias de sus papeles y pruebas del tiempo que lleva aquí.
    .point-notario = Busque ayuda de un abogado, nunca de un “notario”.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Recalque que el plan se hace ahora, mientras todo está en calma.
        Pregúntele al grupo: ¿a quién llamarían primero? ¿Se saben ese número de memoria? Después de un arresto, no se garantiza una llamada.
        Recalque la importancia del adulto de confianza para los hijos, de la “tarjeta azul” de la escuela y de quién puede pagar las cuentas.
        Explique los dos formularios de Nueva York: la designación parental (escuela y médicos) y la tutela de reserva (standby guardianship).
        Un error común es ir con un “notario”. Un “notario” no es abogado, y un notary public tampoco.
        Hable con franqueza: qué opción legal para cuidar a los hijos le conviene a cada familia es una pregunta para un abogado.
        Recuérdele al grupo que esta guía no es asesoría legal. ActionNYC ofrece ayuda gratuita.

quiz-family-plan--numbers =
    .question = Los números de su abogado y de su familia están guardados solo en su teléfono.
    .answer-phone = Dejarlos en el teléfono. Con eso basta.
    .why-phone = Si le detienen, puede que no tenga su teléfono. Apréndase de memoria los números importantes.
    .answer-later = Esperar y ocuparse de eso si algo pasa.
    .why-later = Un plan funciona mejor si se hace en tiempos de calma. Apréndase los números ahora.
    .answer-memorize = Aprenderse de memoria los números importantes y decirle a su familia su número A.
    .why-memorize = Si le detienen, pida llamar a un abogado y a su familia; no se garantiza que le dejen llamar. Su número A les ayuda a saber dónde está usted.

quiz-family-plan--children =
    .question = Le preocupa quién recogerá a sus hijos en la escuela si a usted le detienen.
    .answer-trusted = Elegir a un adulto de confianza, hablar con esa persona y agregarla a la “tarjeta azul”.
    .why-trusted = En la “tarjeta azul” de la escuela caben hasta tres contactos de emergencia. Dele a ese adulto copias de los certificados de nacimiento de sus hijos.
    .answer-school = Confiar en que la escuela lo resuelva.
    .why-school = Haga un plan ahora, para que la escuela sepa a quién llamar. Elija a un adulto de confianza y agréguelo a la “tarjeta azul”.
    .answer-notario = Pagarle a un “notario” para que prepare papeles de custodia.
    .why-notario = Un “notario” no es abogado. Pregúntele a un abogado por las opciones legales de Nueva York para quien cuida a sus hijos.

quiz-family-plan--caregiver-tools =
    .question = Puede que el adulto de confianza tenga que tomar decisiones escolares y médicas por su hijo o hija.
    .answer-nothing = No hacer nada. Cualquier adulto de confianza puede decidir.
    .why-nothing = Planee con tiempo usando una opción legal. Pregúntele a un abogado por la “Designation of Person in Parental Relation” (designación de una persona en relación parental).
    .answer-ask-lawyer = Preguntarle a un abogado por la “Designation of Person in Parental Relation” o por la tutela de reserva (standby guardianship).
    .why-ask-lawyer = La designación no requiere ir a la corte. La tutela de reserva se establece por escrito y luego la confirma una corte: la Corte de Sucesiones (Surrogate’s Court) o la Corte de Familia (Family Court). Un abogado puede decirle cuál le conviene.
    .answer-your-id = Darle su identificación para que firme como si fuera usted.
    .why-your-id = Nunca use los papeles de otra persona ni firme como si fuera otra persona. Use una opción legal, con la ayuda de un abogado.

quiz-family-plan--notario =
    .question = Tiene que renovar sus papeles. Un “notario” le ofrece tramitarlos rápido, a cambio de un pago.
    .answer-pay = Pagarle al “notario” para que haga el trámite por usted.
    .why-pay = En los EE. UU., un “notario” no es abogado. Busque ayuda de un abogado o de un representante acreditado por el DOJ.
    .answer-check = Llenar los formularios por su cuenta y luego pedirle al “notario” que los revise.
    .why-check = Un “notario” no es abogado, así que su revisión no es ayuda legal. Hable con un abogado antes de renovar.
    .answer-lawyer = Hablar primero con un abogado o con un representante acreditado por el DOJ.
    .why-lawyer = Hable con uno de ellos antes de hacer una solicitud, renovar o viajar. ActionNYC ofrece ayuda legal gratuita y confidencial.
