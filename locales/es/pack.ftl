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
source-nilc-arrested = Si lo arrestan o lo detienen
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
    .for = Encontrar a un adulto detenido por ICE, con el número A y el país de nacimiento
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
    .intro = Levante la pantalla. Cada frase está en inglés, con su idioma debajo.
    .line-silent = Voy a guardar silencio.
    .line-no-search = No doy mi consentimiento para un registro.
    .line-no-entry = No doy mi consentimiento para que entren.
    .line-lawyer = Quiero hablar con un abogado.
    .line-no-sign = No voy a firmar nada sin un abogado.
    .line-slide = Por favor, pase la orden por debajo de la puerta.
