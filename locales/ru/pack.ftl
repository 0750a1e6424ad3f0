## The NYC pack: its name, its sources and its hotlines.

pack-title = Знайте свои права в Нью-Йорке

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = Распоряжение мэра № 13 (2026), «Защита жителей Нью-Йорка от злоупотреблений при иммиграционном контроле» (Protecting New Yorkers from Abusive Immigration Enforcement)
    .publisher = Город Нью-Йорк, канцелярия мэра
source-nyc-admin-4-210 = Административный кодекс Нью-Йорка, § 4-210: доступ в служебные зоны городских объектов
    .publisher = Городской совет Нью-Йорка
source-nyc-eo-41-2003 = Распоряжение мэра № 41 (2003): конфиденциальность иммиграционного статуса
    .publisher = Город Нью-Йорк, канцелярия мэра
source-nyc-ll-30-2017 = Местный закон № 30 (2017): языковая доступность услуг
    .publisher = Городской совет Нью-Йорка
source-moia-kyr = Брошюра и страницы «Знайте свои права»
    .publisher = Управление мэра Нью-Йорка по делам иммигрантов (MOIA)
source-nyc-doe-ice = Рекомендации о правоохранительных органах не городского уровня в школах
    .publisher = Департамент образования Нью-Йорка
source-ilrc-red-cards = «Красные карточки» (Red Cards) и семейный план безопасности
    .publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-kyr = Знайте свои права: права иммигрантов; права фотографов
    .publisher = Американский союз защиты гражданских свобод (ACLU)
source-idp-kyr = Знайте свои права при встрече с ICE
    .publisher = Immigrant Defense Project
source-nilc-arrested = Если вас арестовали или задержали
    .publisher = National Immigration Law Center (NILC)
source-legal-aid-nyc = Страницы об иммиграции и о ICE в школах Нью-Йорка
    .publisher = The Legal Aid Society (Нью-Йорк)
source-ny-cvr-79p = Закон о гражданских правах штата Нью-Йорк, § 79-p: право наблюдать за действиями правоохранительных органов (2020)
    .publisher = Штат Нью-Йорк
source-ny-penal-250 = Уголовный закон штата Нью-Йорк, §§ 250.00 и 250.05: незаконное прослушивание
    .publisher = Штат Нью-Йорк
source-ny-ag-guidance = Рекомендации для частных и некоммерческих организаций (2025)
    .publisher = Генеральный прокурор штата Нью-Йорк
source-usc-18-1001 = 18 U.S.C. § 1001: ложные показания
    .publisher = Свод законов США (United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e): обязанность носить с собой регистрационные документы
    .publisher = Свод законов США (United States Code)
source-ice-memo-2025 = Служебная записка ICE от 12 мая 2025 года о входе в жилье по форме I-205 и судебные дела января 2026 года
    .publisher = Иммиграционная и таможенная служба США (ICE); федеральные суды

source-mamdani-video-2025-12 = Видеообращение к иммигрантам Нью-Йорка (декабрь 2025 года): не впускайте сотрудников, храните молчание, документируйте
    .publisher = Зохран Мамдани, на тот момент избранный мэр Нью-Йорка
source-dhs-er-2025 = «Designating Aliens for Expedited Removal» (о применении ускоренной депортации), 90 FR 8139 (24 января 2025 года), и дело Make the Road New York v. Noem
    .publisher = Министерство внутренней безопасности США; федеральные суды
source-uscis-registration = Обязательная регистрация иностранцев и форма G-325R (2025)
    .publisher = Служба гражданства и иммиграции США (USCIS)
source-padilla-2010 = Дело Padilla v. Kentucky, 559 U.S. 356 (2010)
    .publisher = Верховный суд США
source-ny-gol-5-1551 = Закон штата Нью-Йорк об общих обязательствах (General Obligations Law), §§ 5-1551 и 5-1552: лицо, заменяющее родителя
    .publisher = Штат Нью-Йорк
source-ny-scpa-1726 = Процессуальный закон штата Нью-Йорк о суде по делам наследства (Surrogate’s Court Procedure Act), § 1726: опекун на случай задержания (standby guardianship)
    .publisher = Штат Нью-Йорк
source-nyc-hrl = Закон Нью-Йорка о правах человека (NYC Human Rights Law; Административный кодекс, раздел 8)
    .publisher = Комиссия Нью-Йорка по правам человека
source-uscis-i9-inspection = Проверка форм I-9 и уведомление о проверке (Notice of Inspection)
    .publisher = Служба гражданства и иммиграции США (USCIS)
source-nyc-dcwp-workers = Права работников в Нью-Йорке при любом иммиграционном статусе
    .publisher = Департамент защиты потребителей и работников Нью-Йорка (DCWP)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = Бесплатная и конфиденциальная юридическая помощь по иммиграции от города
    .hours = По будням
contact-nys-ona = Горячая линия штата Нью-Йорк для новых американцев (New Americans Hotline)
    .for = Бесплатная анонимная помощь на многих языках и направление к специалистам
contact-nyc-311 = Городская справочная NYC 311
    .for = Городские услуги. Скажите «ActionNYC», чтобы получить юридическую помощь.
    .hours = Ежедневно, круглосуточно
contact-legal-aid = Иммиграционная горячая линия Legal Aid Society
    .for = Бесплатная юридическая помощь по иммиграции
contact-eoir = Справочная линия иммиграционного суда (EOIR)
    .for = Узнать дату суда по A-номеру
    .hours = Ежедневно, круглосуточно
contact-ice-locator = Онлайн-поиск задержанных ICE (ICE Online Detainee Locator)
    .for = Найти взрослого, задержанного ICE, по A-номеру и стране рождения
    .hours = Онлайн, в любое время
contact-uwd = United We Dream MigraWatch
    .for = Сообщить о рейде
contact-idp = Immigrant Defense Project
    .for = Сообщить о действиях ICE в штате Нью-Йорк
contact-emergency = Экстренная служба 911
    .for = Экстренные случаи: угроза жизни или здоровью
    .hours = Ежедневно, круглосуточно

contact-group-legal-help = Юридическая помощь
contact-group-detained = Кого-то задержали
contact-group-report = Сообщить о рейде
contact-group-emergency = Экстренный случай

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = Покажите это сотруднику
    .intro = Поднесите экран к окну. Не открывайте дверь, чтобы его показать, и не отдавайте свой телефон. Каждая фраза написана по-английски, а под ней — на вашем языке.
    .line-silent = Я буду хранить молчание.
    .line-no-search = Я не даю согласия на обыск.
    .line-no-entry = Я не даю согласия на вход в мой дом.
    .line-lawyer = Я хочу поговорить с адвокатом.
    .line-no-sign = Я ничего не подпишу без адвоката.
    .line-slide = Пожалуйста, просуньте ордер под дверь.
