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
