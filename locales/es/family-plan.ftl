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
        Si lo detienen, puede llamar a un abogado y a su familia.
        Por eso, apréndase sus números de memoria.
        ¿Tiene un número A? Está en sus papeles de inmigración.
        Asegúrese de que su familia lo sepa.
        Les ayuda a encontrarlo a usted y a saber la fecha de su audiencia.

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
    .title = Dos opciones legales en Nueva York para quien cuida a sus hijos
    .body =
        La “Designation of Person in Parental Relation” (designación de una persona en relación parental) es un formulario.
        Permite que quien cuida a sus hijos tome decisiones escolares y médicas. No hace falta ir a la corte.
        La tutela de reserva (standby guardianship) es otra opción. Se tramita en la Corte de Familia (Family Court).
        Pregúntele a un abogado cuál le conviene a su familia.

family-plan--school =
    .title = Actualice la “tarjeta azul” de la escuela
    .body =
        Las escuelas públicas tienen una tarjeta de contactos de emergencia llamada “tarjeta azul” (blue card).
        Puede anotar en ella hasta tres contactos de emergencia.
        Agregue al adulto de confianza.

family-plan--papers =
    .title = Guarde sus papeles en un lugar seguro
    .body =
        Haga copias de sus papeles importantes, como certificados de nacimiento y papeles de inmigración.
        Guárdelas en un lugar seguro.
        Asegúrese de que una persona de confianza pueda llegar a ellas.

family-plan--lawyer =
    .title = Busque ayuda legal de verdad
    .body =
        Hable con un abogado antes de hacer una solicitud, renovar o viajar.
        Un representante acreditado por el DOJ también puede ayudarle. El Departamento de Justicia los aprueba.
        Nunca vaya con un “notario”. En los EE. UU., un “notario” no es abogado.
        ActionNYC ofrece ayuda legal gratuita y confidencial.

family-plan--end =
    .title = Lo que debe recordar
    .point-numbers = Apréndase de memoria los números importantes. Asegúrese de que su familia sepa su número A.
    .point-caregiver = Elija a un adulto de confianza para sus hijos.
    .point-blue-card = Agregue a ese adulto a la “tarjeta azul” de la escuela.
    .point-papers = Guarde copias de sus papeles en un lugar seguro al que pueda llegar una persona de confianza.
    .point-notario = Busque ayuda de un abogado, nunca de un “notario”.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        Recalque que el plan se hace ahora, mientras todo está en calma.
        Pregúntele al grupo: ¿a quién llamarían primero? ¿Se saben ese número de memoria?
        Recalque la importancia del adulto de confianza para los hijos, y de la “tarjeta azul” de la escuela.
        Un error común es ir con un “notario”. En los EE. UU., un “notario” no es abogado.
        Hable con franqueza: qué opción legal para cuidar a los hijos le conviene a cada familia es una pregunta para un abogado.
        Recuérdele al grupo que esta guía no es asesoría legal. ActionNYC ofrece ayuda gratuita.

quiz-family-plan--numbers =
    .question = Los números de su abogado y de su familia están guardados solo en su teléfono.
    .answer-phone = Dejarlos en el teléfono. Con eso basta.
    .why-phone = Si lo detienen, puede que no tenga su teléfono. Apréndase de memoria los números importantes.
    .answer-later = Esperar y ocuparse de eso si algo pasa.
    .why-later = Un plan funciona mejor si se hace en tiempos de calma. Apréndase los números ahora.
    .answer-memorize = Aprenderse de memoria los números importantes y decirle a su familia su número A.
    .why-memorize = Correcto. Si lo detienen, puede llamar a un abogado y a su familia. Su número A les ayuda a encontrarlo.

quiz-family-plan--children =
    .question = Le preocupa quién recogerá a sus hijos en la escuela si a usted lo detienen.
    .answer-trusted = Elegir a un adulto de confianza, hablar con esa persona y agregarla a la “tarjeta azul”.
    .why-trusted = Correcto. En la “tarjeta azul” de la escuela caben hasta tres contactos de emergencia. Dele a ese adulto copias de los certificados de nacimiento de sus hijos.
    .answer-school = Confiar en que la escuela lo resuelva.
    .why-school = Haga un plan ahora, para que la escuela sepa a quién llamar. Elija a un adulto de confianza y agréguelo a la “tarjeta azul”.
    .answer-notario = Pagarle a un “notario” para que prepare papeles de custodia.
    .why-notario = Un “notario” no es abogado. Pregúntele a un abogado por las opciones legales de Nueva York para quien cuida a sus hijos.

quiz-family-plan--caregiver-tools =
    .question = Puede que el adulto de confianza tenga que tomar decisiones escolares y médicas por su hijo.
    .answer-nothing = No hacer nada. Cualquier adulto de confianza puede decidir.
    .why-nothing = Planee con tiempo usando una opción legal. Pregúntele a un abogado por la “Designation of Person in Parental Relation” (designación de una persona en relación parental).
    .answer-ask-lawyer = Preguntarle a un abogado por la “Designation of Person in Parental Relation” o por la tutela de reserva (standby guardianship).
    .why-ask-lawyer = Correcto. La designación no requiere ir a la corte. La tutela de reserva se tramita en la Corte de Familia (Family Court). Un abogado puede decirle cuál le conviene.
    .answer-your-id = Darle su identificación para que firme como si fuera usted.
    .why-your-id = Nunca use los papeles de otra persona ni firme como si fuera otra persona. Use una opción legal, con la ayuda de un abogado.

quiz-family-plan--notario =
    .question = Tiene que renovar sus papeles. Un “notario” le ofrece tramitarlos rápido, a cambio de un pago.
    .answer-pay = Pagarle al “notario” para que haga el trámite por usted.
    .why-pay = En los EE. UU., un “notario” no es abogado. Busque ayuda de un abogado o de un representante acreditado por el DOJ.
    .answer-check = Llenar los formularios usted mismo y luego pedirle al “notario” que los revise.
    .why-check = Un “notario” no es abogado, así que su revisión no es ayuda legal. Hable con un abogado antes de renovar.
    .answer-lawyer = Hablar primero con un abogado o con un representante acreditado por el DOJ.
    .why-lawyer = Correcto. Hable con uno de ellos antes de hacer una solicitud, renovar o viajar. ActionNYC ofrece ayuda legal gratuita y confidencial.
