## The NYC pack: its name, its sources and its hotlines.

pack-title = Conozca sus derechos en la Ciudad de Nueva York

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = Orden Ejecutiva 13 del alcalde (2026), protección de los neoyorquinos contra la aplicación abusiva de las leyes de inmigración
    .publisher = Ciudad de Nueva York, Oficina del Alcalde
source-nyc-admin-4-210 = Código Administrativo de NYC § 4-210, acceso a las áreas no públicas de la propiedad de la Ciudad
    .publisher = Concejo Municipal de la Ciudad de Nueva York
source-nyc-eo-41-2003 = Orden Ejecutiva 41 del alcalde (2003), confidencialidad del estatus migratorio
    .publisher = Ciudad de Nueva York, Oficina del Alcalde
source-nyc-ll-30-2017 = Ley Local 30 de 2017, acceso a servicios en otros idiomas
    .publisher = Concejo Municipal de la Ciudad de Nueva York
source-moia-kyr = Folleto y páginas “Conozca sus derechos”
    .publisher = Oficina del Alcalde para Asuntos del Inmigrante de NYC (MOIA)
source-nyc-doe-ice = Guía sobre agentes del orden no locales en las escuelas
    .publisher = Departamento de Educación de NYC
source-ilrc-red-cards = Tarjetas rojas y plan de preparación familiar
    .publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-kyr = Conozca sus derechos: derechos de los inmigrantes; derechos de los fotógrafos
    .publisher = American Civil Liberties Union (ACLU)
source-idp-kyr = Conozca sus derechos ante ICE
    .publisher = Immigrant Defense Project
source-nilc-arrested = Si le arrestan o le detienen
    .publisher = National Immigration Law Center
source-legal-aid-nyc = Páginas sobre inmigración y sobre ICE en las escuelas de NYC
    .publisher = The Legal Aid Society de la Ciudad de Nueva York
source-ny-cvr-79p = Ley de Derechos Civiles de Nueva York § 79-p, derecho a observar y grabar a la policía (2020)
    .publisher = Estado de Nueva York
source-ny-penal-250 = Ley Penal de Nueva York §§ 250.00 y 250.05, escuchas ilegales
    .publisher = Estado de Nueva York
source-ny-ag-guidance = Guía para sitios privados y organizaciones sin fines de lucro (2025)
    .publisher = Fiscalía General del Estado de Nueva York
source-usc-18-1001 = 18 U.S.C. § 1001, declaraciones falsas
    .publisher = Código de los Estados Unidos
source-usc-8-1304 = 8 U.S.C. § 1304(e), obligación de llevar consigo los documentos de registro
    .publisher = Código de los Estados Unidos
source-ice-memo-2025 = Memorando de ICE del 12 de mayo de 2025 sobre la entrada a viviendas con el formulario I-205, y los casos judiciales de enero de 2026
    .publisher = Servicio de Inmigración y Control de Aduanas (ICE); cortes federales
source-mamdani-video-2025-12 = Video con orientación para los inmigrantes de Nueva York (diciembre de 2025): no dejar entrar a los agentes, guardar silencio, documentar lo que pasa
    .publisher = Zohran Mamdani, entonces alcalde electo de la Ciudad de Nueva York
source-dhs-er-2025 = Aviso “Designating Aliens for Expedited Removal” (designación de extranjeros para la deportación acelerada), 90 FR 8139 (24 de enero de 2025), y el caso Make the Road New York v. Noem
    .publisher = Departamento de Seguridad Nacional de los EE. UU. (DHS); cortes federales
source-uscis-registration = Requisito de registro de extranjeros y formulario G-325R (2025)
    .publisher = Servicio de Ciudadanía e Inmigración de los EE. UU. (USCIS)
source-padilla-2010 = Caso Padilla v. Kentucky, 559 U.S. 356 (2010)
    .publisher = Corte Suprema de los Estados Unidos
source-ny-gol-5-1551 = Ley de Obligaciones Generales de Nueva York §§ 5-1551 y 5-1552, persona en relación parental
    .publisher = Estado de Nueva York
source-ny-scpa-1726 = Ley de Procedimiento de la Corte de Sucesiones de Nueva York (Surrogate’s Court Procedure Act) § 1726, tutela de reserva
    .publisher = Estado de Nueva York
source-nyc-hrl = Ley de Derechos Humanos de NYC (Código Administrativo, Título 8)
    .publisher = Comisión de Derechos Humanos de NYC
source-uscis-i9-inspection = Inspección del formulario I-9 y el Aviso de Inspección (Notice of Inspection)
    .publisher = Servicio de Ciudadanía e Inmigración de los EE. UU. (USCIS)
source-nyc-dcwp-workers = Derechos de los trabajadores en la Ciudad de Nueva York, sea cual sea su estatus migratorio
    .publisher = Departamento de Protección del Consumidor y del Trabajador de NYC (DCWP)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = Ayuda legal de inmigración gratuita y confidencial de la Ciudad
    .hours = De lunes a viernes
contact-nys-ona = Línea directa para Nuevos Americanos del Estado de Nueva York
    .for = Ayuda gratuita y anónima en muchos idiomas, y referidos
contact-nyc-311 = NYC 311
    .for = Servicios de la Ciudad. Diga “ActionNYC” para recibir ayuda legal.
    .hours = Todos los días, a toda hora
contact-legal-aid = Línea de ayuda de inmigración de The Legal Aid Society
    .for = Ayuda legal de inmigración gratuita
contact-eoir = Línea de información de casos de la corte de inmigración (EOIR)
    .for = Saber la fecha de una audiencia con el número A
    .hours = Todos los días, a toda hora
contact-ice-locator = Localizador de detenidos de ICE en línea (ICE Online Detainee Locator)
    .for = Encontrar a una persona adulta detenida por ICE, con el número A y el país de nacimiento
    .hours = En línea, a cualquier hora
contact-uwd = United We Dream MigraWatch
    .for = Reportar una redada
contact-idp = Immigrant Defense Project
    .for = Reportar actividad de ICE en Nueva York
contact-emergency = 911
    .for = Emergencias: peligro para la vida o la salud
    .hours = Todos los días, a toda hora

contact-group-legal-help = Ayuda legal
contact-group-detained = Detuvieron a alguien
contact-group-report = Reportar una redada
contact-group-emergency = Emergencia

## La tarjeta para mostrar a un agente. .title es para quien lee; cada .line-* se dice al
## agente y siempre se muestra también en inglés.

card =
    .title = Muestre esto al agente
    .intro = Ponga la pantalla contra la ventana. No abra la puerta para mostrarla, y no entregue su teléfono. Cada frase está en inglés, con su idioma debajo.
    .line-silent = Voy a guardar silencio.
    .line-no-search = No doy mi consentimiento para un registro.
    .line-no-entry = No doy mi consentimiento para que entren.
    .line-lawyer = Quiero hablar con un abogado.
    .line-no-sign = No voy a firmar nada sin un abogado.
    .line-slide = Por favor, pase la orden por debajo de la puerta.
