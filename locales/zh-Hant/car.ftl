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
        您年滿 18 歲，並持有綠卡（永久居民卡）或 I-94 等移民登記證件嗎？
        聯邦法律規定，您必須隨身攜帶。
        律師建議：如果移民執法人員要求查看，就出示。

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
        如果您認為自己的權利受到侵犯，事後再找律師提出質疑。
    .line-no-consent = 我不同意搜查。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。

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
    .line-lawyer = 我想和律師談談。
    .line-no-consent = 我不同意搜查。

car--end =
    .title = 要記住的重點
    .point-pull-over = 安全地停車，雙手放在他們看得見的地方。
    .point-driver = 司機要出示駕駛執照、車輛登記證和保險證明。
    .point-passenger = 乘客可以保持沉默。
    .point-search = 您可以拒絕搜查。但絕不要反抗。
    .point-never-lie = 絕不要說謊，也絕不要出示假證件。

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        問問在場的人：「這裡有誰工作時要開車，或者常坐這樣的人的車？」
        強調安全停車：關掉引擎，打開車內的燈，車窗打開一點，雙手放在看得見的地方。
        強調：他們要求時，司機要出示駕駛執照、車輛登記證和保險證明。
        常見的錯誤是：沒有先說一聲，就伸手去開手套箱。
        強調：乘客可以保持沉默，任何人都可以拒絕搜查。
        提醒大家：執法人員可以命令車上的人下車。絕不要反抗，絕不要說謊，絕不要出示假證件。

quiz-car--lights =
    .question = 您的車後面有警車閃燈。您會怎樣做？
    .answer-get-out = 停車，然後下車和他們說話。
    .why-get-out = 留在車內，雙手放在他們看得見的地方。如果要您下車，他們會告訴您。
    .answer-keep-driving = 繼續開車，直到回到家。
    .why-keep-driving = 絕不要試圖逃走。在安全的地方停車，並關掉引擎。
    .answer-stop-safe = 安全地停車，關掉引擎，雙手放在他們看得見的地方。
    .why-stop-safe = 也要打開車內的燈，並把車窗打開一點。

quiz-car--license =
    .question = 您在開車。執法人員要看您的駕駛執照和車輛登記證。您會怎樣做？
    .answer-show = 先說證件放在哪裡，然後慢慢遞給他們。
    .why-show = 他們要求時，司機要出示駕駛執照、車輛登記證和保險證明。伸手拿任何東西之前，先告訴他們。
    .answer-other-license = 出示朋友的駕駛執照，而不是您自己的。
    .why-other-license = 絕不要出示假證件或別人的駕駛執照。絕不要說謊。
    .answer-refuse = 保持沉默，甚麼也不出示。
    .why-refuse = 其他事情，您都可以保持沉默。但他們要求時，司機要出示駕駛執照、車輛登記證和保險證明。

quiz-car--passenger =
    .question = 您是乘客。執法人員問您：「你是從哪裡來的？」您會怎樣做？
    .answer-citizen = 說您是美國公民，讓他們不再追問。
    .why-citizen = 如果您不是美國公民，絕不要說自己是。對聯邦執法人員說謊是犯罪。
    .answer-silent = 說：「我會保持沉默。」
    .why-silent = 乘客可以保持沉默。保持沉默不是犯罪。
    .answer-false-name = 給他們另一個名字。
    .why-false-name = 絕不要說謊，也絕不要給假名字。您可以保持沉默。

quiz-car--search =
    .question = 執法人員說：「我搜一下車，你不介意吧？」您會怎樣做？
    .answer-go-ahead = 說「請便」，表示您沒有甚麼要隱瞞。
    .why-go-ahead = 這樣就等於同意搜查。您可以說：「我不同意搜查。」
    .answer-lock = 鎖上車門，拒絕下車。
    .why-lock = 絕不要反抗或阻擋他們。執法人員可以命令您下車。事後再找律師提出質疑。
    .answer-no-consent = 冷靜地說：「我不同意搜查。」
    .why-no-consent = 您可以拒絕他們搜查車子。如果他們還是要搜查，不要反抗。
