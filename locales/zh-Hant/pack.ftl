## The NYC pack: its name, its sources and its hotlines.

pack-title = 了解您在紐約市的權利

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = 紐約市長第 13 號行政命令（2026 年）：保護紐約人免受濫權的移民執法
    .publisher = 紐約市政府，市長辦公室
source-nyc-admin-4-210 = 《紐約市行政法典》§ 4-210：進入市政府物業非公共區域的規定
    .publisher = 紐約市議會
source-nyc-eo-41-2003 = 紐約市長第 41 號行政命令（2003 年）：移民身份保密
    .publisher = 紐約市政府，市長辦公室
source-nyc-ll-30-2017 = 2017 年第 30 號地方法：語言服務
    .publisher = 紐約市議會
source-moia-kyr = 「了解您的權利」小冊子及網頁
    .publisher = 紐約市長移民事務辦公室（MOIA）
source-nyc-doe-ice = 關於非本地執法人員進入學校的指引
    .publisher = 紐約市教育局
source-ilrc-red-cards = 紅卡及家庭應急計劃
    .publisher = 移民法律資源中心（Immigrant Legal Resource Center）
source-aclu-kyr = 了解您的權利：移民的權利；攝影者的權利
    .publisher = 美國公民自由聯盟（ACLU）
source-idp-kyr = 面對 ICE 時，了解您的權利
    .publisher = 移民辯護計劃（Immigrant Defense Project）
source-nilc-arrested = 如果您被逮捕或拘留
    .publisher = 全國移民法律中心（National Immigration Law Center）
source-legal-aid-nyc = 移民問題網頁，以及 ICE 進入紐約市學校的說明
    .publisher = 紐約市法律援助協會（The Legal Aid Society）
source-ny-cvr-79p = 《紐約州民權法》§ 79-p：監察執法活動的權利（2020 年）
    .publisher = 紐約州
source-ny-penal-250 = 《紐約州刑法》§§ 250.00 及 250.05：竊聽
    .publisher = 紐約州
source-ny-ag-guidance = 給私人及非牟利場所的指引（2025 年）
    .publisher = 紐約州總檢察長
source-usc-18-1001 = 18 U.S.C. § 1001：虛假陳述
    .publisher = 美國法典
source-usc-8-1304 = 8 U.S.C. § 1304(e)：隨身攜帶登記證件
    .publisher = 美國法典
source-ice-memo-2025 = ICE 於 2025 年 5 月 12 日有關憑 I-205 進入住宅的備忘錄，以及 2026 年 1 月的法院案件
    .publisher = 美國移民及海關執法局（ICE）；聯邦法院

source-mamdani-video-2025-12 = 給紐約移民的錄影指引（2025 年 12 月）：不要讓執法人員進門、保持沉默、記錄下來
    .publisher = Zohran Mamdani，當時的紐約市候任市長

source-dhs-er-2025 = 「Designating Aliens for Expedited Removal」（指定適用快速遞解的外國人），90 FR 8139（2025 年 1 月 24 日），以及 Make the Road New York v. Noem 案
    .publisher = 美國國土安全部；聯邦法院

source-uscis-registration = 外國人登記規定及 G-325R 表格（2025 年）
    .publisher = 美國公民及移民服務局（USCIS）

source-padilla-2010 = Padilla v. Kentucky 案，559 U.S. 356（2010 年）
    .publisher = 美國最高法院

source-ny-gol-5-1551 = 《紐約州一般義務法》§§ 5-1551 及 5-1552：代行父母職責人
    .publisher = 紐約州

source-ny-scpa-1726 = 《紐約州遺囑認證法庭程序法》§ 1726：備用監護
    .publisher = 紐約州

source-nyc-hrl = 《紐約市人權法》（《行政法典》第 8 篇）
    .publisher = 紐約市人權委員會

source-uscis-i9-inspection = I-9 表格審查及檢查通知（Notice of Inspection）
    .publisher = 美國公民及移民服務局（USCIS）

source-nyc-dcwp-workers = 無論移民身份是甚麼，您在紐約市都享有的勞工權利
    .publisher = 紐約市消費者及勞工保護局

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC（紐約市移民法律服務）
    .for = 紐約市政府提供的免費、保密移民法律協助
    .hours = 週一至週五
contact-nys-ona = 紐約州新美國人熱線（New Americans Hotline）
    .for = 免費、匿名，提供多種語言的協助及轉介
contact-nyc-311 = NYC 311（紐約市政府服務熱線）
    .for = 市政府服務。說「ActionNYC」，就可以得到法律協助。
    .hours = 每天 24 小時
contact-legal-aid = 法律援助協會（Legal Aid Society）移民求助熱線
    .for = 免費的移民法律協助
contact-eoir = 移民法庭案件查詢熱線（EOIR）
    .for = 用 A號碼查詢出庭日期
    .hours = 每天 24 小時
contact-ice-locator = ICE 網上被拘留者查詢系統（ICE Online Detainee Locator）
    .for = 用 A號碼和出生國家，查找被 ICE 拘留的成年人
    .hours = 網上查詢，隨時可用
contact-uwd = United We Dream MigraWatch（舉報突襲搜捕）
    .for = 舉報突襲搜捕行動
contact-idp = 移民辯護計劃（Immigrant Defense Project）
    .for = 舉報 ICE 在紐約的行動
contact-emergency = 911 緊急求助
    .for = 緊急情況：生命或健康有危險
    .hours = 每天 24 小時

contact-group-legal-help = 法律協助
contact-group-detained = 有人被拘留了
contact-group-report = 舉報突襲搜捕
contact-group-emergency = 緊急情況

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = 請把這個給執法人員看
    .intro = 請把屏幕舉到窗前給對方看。不要為了出示而開門，也不要把手機交出去。每一句都有英文，下面是中文。
    .line-silent = 我會保持沉默。
    .line-no-search = 我不同意搜查。
    .line-no-entry = 我不同意你們進入我家。
    .line-lawyer = 我想和律師談談。
    .line-no-sign = 沒有律師，我不會簽任何文件。
    .line-slide = 請把令狀從門縫下塞進來。
