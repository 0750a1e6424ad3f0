## Scenario: police or agents stop the car you are in.

car = 在車上

car--pull-over =
    .title = 安全地停車
    .body =
        在安全的地方停車。關掉引擎。
        打開車內的燈。
        把車窗打開一點。
        雙手放在他們看得見的地方。

car--who =
    .title = 您是司機嗎？
    .choice-driver = 我是司機
    .choice-passenger = 我是乘客

car--driver =
    .title = 如果您是司機
    .body =
        他們要求時，出示駕駛執照、車輛登記證和保險證明。
        伸手拿任何東西之前，先告訴他們。
        絕不要出示假證件。絕不要說謊。
        其他任何問題，您都可以保持沉默。

car--passenger =
    .title = 如果您是乘客
    .body =
        您可以保持沉默。
        絕不要出示假證件。絕不要說謊。
        您年滿 18 歲，並持有綠卡（永久居民卡）或簽證嗎？
        聯邦法律規定，您必須隨身攜帶。
        如果移民執法人員要求查看，請出示。

car--asks =
    .title = 他們現在在做甚麼？
    .choice-search = 他們要搜查車子
    .choice-get-out = 他們命令我下車
    .choice-questions = 他們問我問題
    .choice-arrest = 他們要逮捕我

car--search =
    .title = 如果他們要搜查車子
    .body =
        您可以拒絕他們搜查車子或您的物品。
        要冷靜、清楚地說出來。
        如果他們還是要搜查，不要反抗，也不要阻擋他們。
        如果您認為自己的權利受到侵犯，事後再找律師追究。
    .line-no-consent = 我不同意搜查。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。

car--get-out =
    .title = 如果他們命令您下車
    .body =
        執法人員可以命令您下車。
        慢慢地、冷靜地下車。不要反抗。
        伸手做任何動作之前，先告訴他們，就算是解開安全帶也一樣。
        您仍然可以拒絕搜查。

car--stay-silent =
    .title = 說這些話，然後保持沉默
    .body = 冷靜地說出下面這些話。然後保持沉默。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。
    .line-no-consent = 我不同意搜查。

car--end =
    .title = 請記住
    .point-pull-over = 安全地停車，雙手放在他們看得見的地方。
    .point-driver = 司機要出示駕駛執照、車輛登記證和保險證明。
    .point-passenger = 乘客可以保持沉默。
    .point-search = 您可以拒絕搜查。但絕不要反抗。
    .point-never-lie = 絕不要說謊，也絕不要出示假證件。
