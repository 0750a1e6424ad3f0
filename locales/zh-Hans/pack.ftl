## The NYC pack: its name, its sources and its hotlines.

pack-title = 了解您在纽约市的权利

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = 纽约市第 13 号行政命令（2026 年）：保护纽约人免受滥用性移民执法
    .publisher = 纽约市政府，市长办公室
source-nyc-admin-4-210 = 《纽约市行政法典》§ 4-210：进入市政府物业非公共区域的规定
    .publisher = 纽约市议会
source-nyc-eo-41-2003 = 纽约市第 41 号行政命令（2003 年）：移民身份保密
    .publisher = 纽约市政府，市长办公室
source-nyc-ll-30-2017 = 2017 年第 30 号地方法：语言服务
    .publisher = 纽约市议会
source-moia-kyr = “了解您的权利”手册及网页
    .publisher = 纽约市长移民事务办公室（MOIA）
source-nyc-doe-ice = 关于非本地执法人员进入学校的指引
    .publisher = 纽约市教育局
source-ilrc-red-cards = 红卡及家庭应急计划
    .publisher = 移民法律资源中心（Immigrant Legal Resource Center，ILRC）
source-aclu-kyr = 了解您的权利：移民的权利；拍摄者的权利
    .publisher = 美国公民自由联盟（ACLU）
source-idp-kyr = 面对 ICE 时，了解您的权利
    .publisher = Immigrant Defense Project（移民辩护项目）
source-nilc-arrested = 如果您被逮捕或拘留
    .publisher = 全国移民法律中心（National Immigration Law Center，NILC）
source-legal-aid-nyc = 移民问题网页，以及 ICE 进入纽约市学校的相关说明
    .publisher = 纽约市法律援助协会（The Legal Aid Society）
source-ny-cvr-79p = 《纽约州民权法》§ 79-p：记录执法活动的权利（2020 年）
    .publisher = 纽约州
source-ny-penal-250 = 《纽约州刑法》§§ 250.00 和 250.05：窃听
    .publisher = 纽约州
source-ny-ag-guidance = 给私人场所及非营利机构场所的指引（2025 年）
    .publisher = 纽约州总检察长
source-usc-18-1001 = 18 U.S.C. § 1001：虚假陈述
    .publisher = 美国法典
source-usc-8-1304 = 8 U.S.C. § 1304(e)：随身携带登记证件
    .publisher = 美国法典
source-ice-memo-2025 = ICE 2025 年 5 月 12 日关于凭 I-205 进入住宅的备忘录，以及 2026 年 1 月的法院案件
    .publisher = 美国移民及海关执法局（ICE）；联邦法院

source-mamdani-video-2025-12 = 给纽约移民的视频指引（2025 年 12 月）：不要让执法人员进门，保持沉默，记录下来
    .publisher = Zohran Mamdani，当时的纽约市候任市长

source-dhs-er-2025 = “Designating Aliens for Expedited Removal”（指定适用快速递解的外国人），90 FR 8139（2025 年 1 月 24 日），以及 Make the Road New York v. Noem 案
    .publisher = 美国国土安全部；联邦法院

source-uscis-registration = 外国人登记要求及 G-325R 表格（2025 年）
    .publisher = 美国公民及移民服务局（USCIS）

source-padilla-2010 = Padilla v. Kentucky 案，559 U.S. 356（2010 年）
    .publisher = 美国最高法院

source-ny-gol-5-1551 = 《纽约州一般义务法》§§ 5-1551 和 5-1552：代行父母职责的人
    .publisher = 纽约州

source-ny-scpa-1726 = 《纽约州遗嘱认证法院程序法》§ 1726：备用监护
    .publisher = 纽约州

source-nyc-hrl = 《纽约市人权法》（《行政法典》第 8 篇）
    .publisher = 纽约市人权委员会

source-uscis-i9-inspection = I-9 表格审查及检查通知（Notice of Inspection）
    .publisher = 美国公民及移民服务局（USCIS）

source-nyc-dcwp-workers = 无论移民身份如何，您在纽约市享有的劳工权利
    .publisher = 纽约市消费者和劳工保护局

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = 纽约市政府提供的免费、保密的移民法律帮助
    .hours = 周一至周五
contact-nys-ona = 纽约州新美国人热线（New Americans Hotline）
    .for = 免费、匿名，提供多种语言的帮助和转介
contact-nyc-311 = NYC 311（纽约市政府服务热线）
    .for = 市政府服务。说“ActionNYC”，就可以获得法律帮助。
    .hours = 每天 24 小时
contact-legal-aid = 法律援助协会（Legal Aid Society）移民求助热线
    .for = 免费的移民法律帮助
contact-eoir = 移民法庭案件查询热线（EOIR）
    .for = 用 A号码（外国人登记号码）查询出庭日期
    .hours = 每天 24 小时
contact-ice-locator = ICE 在线被拘留者查询系统（ICE Online Detainee Locator）
    .for = 查找被 ICE 拘留的成年人，需要 A号码和出生国家
    .hours = 网上查询，随时可用
contact-uwd = United We Dream MigraWatch（突袭举报热线）
    .for = 举报移民突袭行动
contact-idp = Immigrant Defense Project（移民辩护项目）
    .for = 举报 ICE 在纽约的行动
contact-emergency = 911 紧急求助
    .for = 紧急情况：生命或健康有危险
    .hours = 每天 24 小时

contact-group-legal-help = 法律帮助
contact-group-detained = 有人被拘留了
contact-group-report = 举报突袭行动
contact-group-emergency = 紧急情况

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = 请把这个给执法人员看
    .intro = 请把屏幕举到窗前给对方看。不要为了出示而开门，也不要把手机交出去。每一句都有英文，下面是中文。
    .line-silent = 我会保持沉默。
    .line-no-search = 我不同意搜查。
    .line-no-entry = 我不同意你们进入我家。
    .line-lawyer = 我想和律师谈谈。
    .line-no-sign = 没有律师，我不会签任何文件。
    .line-slide = 请把令状从门缝下面塞进来。
