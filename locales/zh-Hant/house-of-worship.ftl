## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = 在宗教場所

house-of-worship--role =
    .title = 宗教場所不是執法禁區
    .body =
        教會、清真寺、猶太會堂或廟宇，都不是美國移民及海關執法局（ICE）的禁區。
        2025 年 1 月，國土安全部（DHS，ICE 的上級部門）取消了「敏感地點」政策。
        但要進入私人區域，仍然需要法官簽署的令狀，或者同意。
        您是哪一種情況？
    .choice-leader = 我協助管理一個宗教場所
    .choice-member = 我是信眾
    .choice-agents = 執法人員現在就在這裡

house-of-worship--plan =
    .title = 在有人來之前，先訂好計劃
    .body =
        決定哪些地方是私人區域，例如辦公室和後面的房間。
        您可以用告示標示這些區域。
        執法人員需要法官的令狀或同意，才能進入這些區域。
        指定一位負責人，由他接待任何執法人員。
        這位負責人會要求查看令狀，並打電話給你們的律師。

house-of-worship--guidance =
    .title = 參考指引，並諮詢律師
    .body =
        紐約州總檢察長在 2025 年 2 月發布了指引。
        指引適用於私人及非牟利場所，例如宗教場所。
        請和律師討論你們的計劃。
        本指南不是法律建議。

house-of-worship--member =
    .title = 如果您是信眾
    .body =
        您的宗教場所不是執法人員的禁區。
        問清楚你們團體的負責人是誰。
        如果執法人員來了，讓負責人和他們交涉。
        無論您的身份是甚麼，您仍然擁有您的權利。

house-of-worship--agents-here =
    .title = 如果執法人員來了
    .body =
        保持冷靜。不要逃跑。
        即使您認為他們做錯了，也不要反抗或阻擋他們。
        您可以事後再找律師提出質疑。
        私人區域需要法官的令狀或同意才能進入。
    .choice-point-person = 我是負責人
    .choice-asked = 執法人員問我問題
    .choice-warrant = 他們出示令狀

house-of-worship--paper =
    .title = 負責人：檢查文件
    .body =
        由負責人看文件。其他人讓負責人處理。
        ICE 表格最上方寫著「Department of Homeland Security」（國土安全部），最下方有 I-200 或 I-205。這種表格不是法官簽的。
        回答每一題。只要有一個回答是「否」或「不確定」，就不要把它當作法官的令狀。
    .item-court = 文件最上方有寫法院名稱嗎？例如「United States District Court」（美國聯邦地區法院）。
    .item-judge = 是法官簽名的嗎？不能是 ICE 官員簽的，也不能是移民法官簽的。
    .item-place = 上面有寫這個宗教場所的名稱和地址，並列明要搜查的區域嗎？法官的逮捕令可能只寫了某個人：如果是這樣，請回答「不確定」。
    .item-date = 它還在有效期限內嗎？

house-of-worship--not-judicial =
    .title = 不要把它當作法官的令狀
    .body =
        進入私人區域，仍然需要法官的令狀或同意。
        是否同意，由負責人代表整個團體決定。
        不要擋住門口，也不要阻擋執法人員。打電話給你們的律師。

house-of-worship--judicial =
    .title = 這可能是法官的令狀
    .body =
        如果令狀有效，執法人員可以搜查令狀列明的地方，而且只可以搜查這些地方。
        不要反抗，也不要阻擋他們。
        每個人仍然可以保持沉默，並要求見律師。
        打電話給你們的律師。

house-of-worship--say-point =
    .title = 負責人：這樣說
    .body =
        冷靜地接待執法人員。要求查看令狀。
        私人區域需要法官簽署的令狀或同意才能進入，緊急情況除外。
        然後打電話給你們的律師。
    .line-no-entry = 我不同意你們進入私人區域。
    .line-show-warrant = 請給我看令狀。
    .line-lawyer = 我想和律師談談。

house-of-worship--say-member =
    .title = 如果執法人員問您問題
    .body =
        無論您的移民身份是甚麼，您都可以保持沉默。
        不要說謊。絕不要出示假證件。
        年滿 18 歲，並持有綠卡等移民登記證件？法律規定要隨身攜帶。如果移民執法人員要求查看，律師建議出示。
        如果他們說您可以離開，就冷靜地離開。
    .line-free-to-go = 我可以離開了嗎？
    .line-silent = 我會保持沉默。
    .line-no-search = 我不同意搜查。
    .line-lawyer = 我想和律師談談。

house-of-worship--end =
    .title = 要記住的重點
    .point-not-off-limits = 宗教場所不是 ICE 的禁區。
    .point-private = 私人區域需要法官的令狀或同意才能進入。
    .point-point-person = 指定一位負責人，接待執法人員並打電話給律師。
    .point-silent = 每個人都可以保持沉默。絕不要說謊。
    .point-lawyer = 和律師討論你們的計劃。

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        強調：宗教場所不是 ICE 的禁區。
        國土安全部（DHS）在 2025 年 1 月取消了「敏感地點」政策。不要說相反的話。
        強調：私人區域仍然需要法官的令狀或同意，才能進入。
        常見的錯誤是圍住執法人員，或堵住門口。絕不要阻擋執法人員。
        問問在場的人：我們的負責人是誰？哪些房間是私人區域？
        提及紐約州總檢察長在 2025 年 2 月發布、適用於宗教場所的指引。
        要如實說明：這不是法律建議。請律師檢查你們的計劃。

quiz-house-of-worship--off-limits =
    .question = 一位信眾說：「ICE 絕對不能進入教會。」您會怎樣回答？
    .answer-agree = 「沒錯。教會是 ICE 的禁區。」
    .why-agree = 那是以前的政策，DHS 在 2025 年 1 月已經取消了。不要告訴別人教會是禁區。
    .answer-services = 「宗教儀式進行期間，他們不能進來。」
    .why-services = 沒有任何政策能把執法人員擋在外面，無論是不是在宗教儀式期間。要預先計劃，並標示你們的私人區域。
    .answer-not-off-limits = 「教會不是禁區，但私人區域需要法官的令狀或同意，才能進入。」
    .why-not-off-limits = DHS 在 2025 年 1 月取消了「敏感地點」政策。私人區域仍然需要法官的令狀或同意，才能進入。

quiz-house-of-worship--who-speaks =
    .question = 宗教儀式進行期間，執法人員走進大堂。幾位信眾衝過去找他們。
    .answer-block = 信眾站在門口，讓執法人員不能再往裡面走。
    .why-block = 即使您認為他們做錯了，也絕不要阻擋執法人員。讓負責人去交涉，事後再找律師提出質疑。
    .answer-point-person = 由負責人接待他們，要求查看令狀，並打電話給律師。
    .why-point-person = 由一位冷靜的人代表團體說話。其他人都可以保持沉默。
    .answer-everyone = 每個人都回答執法人員的問題，表示沒有甚麼要隱瞞。
    .why-everyone = 沒有人必須回答問題。讓負責人去交涉。其他人可以保持沉默。

quiz-house-of-worship--office =
    .question = 您是負責人。執法人員要進入牧師的辦公室，但沒有出示令狀。
    .answer-let-in = 讓他們進去，以免場面緊張。
    .why-let-in = 讓他們進去就等於同意。說：「我不同意你們進入私人區域。」
    .answer-stand = 站在門前，不讓他們通過。
    .why-stand = 絕不要用身體阻擋執法人員。說您不同意，然後打電話給你們的律師。
    .answer-no-consent = 說：「我不同意你們進入私人區域。」然後打電話給你們的律師。
    .why-no-consent = 私人區域需要法官的令狀或同意，才能進入。如果他們還是進去，不要阻擋他們。

quiz-house-of-worship--parking-lot =
    .question = 您參加完宗教聚會，準備離開。在停車場，一名執法人員問您在哪裡出生。
    .answer-silent = 說「我會保持沉默」，然後問：「我可以離開了嗎？」
    .why-silent = 無論您的身份是甚麼，您都可以保持沉默。如果您可以離開，就冷靜地離開。
    .answer-citizen = 說自己是美國公民，即使您不是。
    .why-citizen = 如果您不是公民，絕不要說自己是。對聯邦執法人員說謊是犯罪。保持沉默不是犯罪。
    .answer-run = 跑回大樓裡面。
    .why-run = 絕不要逃跑。保持冷靜，保持沉默，並問他們您是否可以離開。
