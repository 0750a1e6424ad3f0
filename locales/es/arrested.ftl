## Scenario: you are arrested or detained, and what your family can do.

arrested = Si lo arrestan

arrested--calm =
    .title = Mantenga la calma. No se resista.
    .body =
        No corra. No pelee ni empuje.
        Hágalo así aunque crea que el arresto es injusto.
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
        Usted puede llamar a un abogado y a su familia.
        Apréndase sus números de teléfono de memoria desde antes.
        Asegúrese de que su familia sepa su número A, si lo tiene.
        Anote o recuerde el nombre y el número de placa del agente.

arrested--help =
    .title = ¿Qué necesita ahora?
    .body = Su familia y sus amigos también pueden usar esta parte.
    .choice-find = Encontrar a una persona detenida
    .choice-lawyer = Conseguir un abogado gratis
    .choice-court = Tengo una audiencia en la corte de inmigración

arrested--find =
    .title = Encontrar a alguien detenido por ICE
    .body =
        Use el localizador de detenidos de ICE en línea: locator.ice.gov.
        Sirve para encontrar a adultos detenidos por ICE.
        Busque con el número A de la persona y su país de nacimiento.
        O busque con su nombre exacto y su país de nacimiento.

arrested--lawyer =
    .title = Es posible que reciba un abogado gratis
    .body =
        ¿Está detenido y tiene un caso en la corte de inmigración de NYC?
        Es posible que reciba un abogado gratis.
        Es el programa New York Immigrant Family Unity Project.
        Llame a una línea de ayuda legal para preguntar.

arrested--court =
    .title = Si tiene una audiencia en la corte
    .body =
        En 2025, ICE arrestó a personas en las cortes de inmigración de NYC.
        Fue en 26 Federal Plaza, 201 Varick y 290 Broadway.
        La ley Protect Our Courts Act de Nueva York cubre las cortes del estado, no estas cortes federales.
        No falte a su audiencia. Eso puede llevar a una orden de deportación (una orden de salir de los EE. UU.).
        Hable con un abogado antes de su audiencia.

arrested--end =
    .title = Lo que debe recordar
    .point-silent = Guarde silencio. Nunca mienta.
    .point-lawyer = Pida un abogado y un intérprete.
    .point-no-sign = No firme nada sin un abogado.
    .point-numbers = Apréndase de memoria los números de su abogado y de su familia.
    .point-hearing = Nunca falte a una audiencia en la corte de inmigración.
