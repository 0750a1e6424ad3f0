## Scenario: you are stopped on the street, on the subway or in another public place.

street = 在街上或地鐵裡

street--stopped =
    .title = 問清楚您可不可以離開
    .body =
        保持冷靜。不要逃跑。
        問：「我可以離開了嗎？」
        無論您的移民身份是甚麼，您都有權利。
        他們說了甚麼，或做了甚麼？
    .choice-free = 他們說我可以離開
    .choice-not-free = 他們說我不可以離開
    .choice-search = 他們要搜查我
    .choice-papers = 他們要看我的身份證明或證件

street--free-to-go =
    .title = 如果您可以離開
    .body =
        冷靜地走開。不要跑。
        您不必回答他們的問題。
        事後把發生的事寫下來。

street--not-free =
    .title = 如果您不可以離開
    .body =
        保持冷靜。不要逃跑，也不要反抗。
        說出下面這些話。然後保持沉默。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。

street--what-next =
    .title = 接下來發生甚麼事？
    .choice-search = 他們要搜查我
    .choice-papers = 他們要看我的身份證明或證件
    .choice-arrest = 他們要逮捕我
    .choice-let-go = 他們讓我走了

street--search =
    .title = 如果他們要搜查您
    .body =
        您可以拒絕他們搜查您的身體或袋子。
        如果他們懷疑您帶有武器，可以隔著衣服在外面拍身檢查。
        即使您不同意，也不要反抗。
        如果您認為自己的權利受到侵犯，事後再找律師提出質疑。
    .line-no-consent = 我不同意搜查。
    .line-silent = 我會保持沉默。

street--papers =
    .title = 如果他們要看證件
    .body =
        紐約州法律沒有規定您一定要帶身份證明。
        但有一條聯邦法律，適用於某些持有移民文件的人。
        絕不要出示假證件。絕不要說謊。
        對聯邦執法人員說謊是犯罪。保持沉默不是犯罪。
    .choice-have-papers = 我年滿 18 歲，而且有移民文件
    .choice-no-papers = 我沒有移民文件

street--have-papers =
    .title = 隨身攜帶您的證件
    .body =
        您年滿 18 歲，並持有移民登記證件嗎？
        包括綠卡（永久居民卡）、I-94 入境紀錄和工作許可證。
        自 2025 年 4 月起，也包括 G-325R 表格的登記證明。
        聯邦法律規定，您必須隨身攜帶。護照上只有簽證，並不算登記證件。
        律師建議：如果移民執法人員要求查看，就出示。
        您仍然可以保持沉默，並要求見律師。

street--no-papers =
    .title = 您可以保持沉默
    .body =
        您不必回答有關您移民身份的問題。
        不要攜帶或出示其他國家的證件。
        絕不要出示假證件。
        如果您不是美國公民，絕不要說自己是。
        害怕回到自己的國家？要說出來，並要求見律師。
        說出下面這些話。然後保持沉默。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。
    .line-afraid = 我害怕回到我的國家。

street--end =
    .title = 要記住的重點
    .point-free = 問：「我可以離開了嗎？」如果可以，就冷靜地走開。
    .point-silent = 您可以保持沉默。但絕不要說謊。
    .point-search = 您可以拒絕搜查。但絕不要反抗。
    .point-papers = 年滿 18 歲並持有移民登記證件？請隨身攜帶。
    .point-no-run = 絕不要逃跑，也絕不要出示假證件。

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        問問在場的人：「如果執法人員攔下您，第一件要問的事是甚麼？」
        強調這句話：「我可以離開了嗎？」如果答案是可以，就冷靜地走開。
        常見的錯誤是：逃跑，或者因為害怕而回答每一個問題。
        強調：大家可以拒絕搜查。如果他們懷疑有武器，可以隔著外衣拍身。絕不要反抗。
        講清楚證件的問題：紐約州法律沒有規定一定要帶身份證明。
        但年滿 18 歲的人，必須隨身攜帶發給他們的移民登記證件：綠卡、I-94、工作許可證或 G-325R 登記證明。這是聯邦法律的規定。
        移民執法人員要求時出示證件，是律師的建議，不是法律的規定。
        強調：絕不要說謊，也絕不要出示假證件或其他國家的證件。

quiz-street--stopped =
    .question = 兩名執法人員在人行道上攔下您，開始問問題。您首先應該怎樣做？
    .answer-run = 趁他們還沒問更多，先逃跑。
    .why-run = 絕不要逃跑。保持冷靜，問：「我可以離開了嗎？」
    .answer-ask-free = 保持冷靜，問：「我可以離開了嗎？」
    .why-ask-free = 如果他們說可以，就冷靜地走開。如果他們說不可以，就保持沉默，並要求見律師。
    .answer-answer = 回答他們所有問題，讓他們不再纏著您。
    .why-answer = 您不必回答他們的問題。問他們您是否可以離開，然後保持沉默。

quiz-street--bag =
    .question = 在地鐵裡，一名執法人員說：「介意我看看你的袋子嗎？」您會怎樣做？
    .answer-let-look = 說「好」，讓事情快點結束。
    .why-let-look = 說「好」就等於同意搜查。您可以說：「我不同意搜查。」
    .answer-pull-away = 把袋子拉回來，緊緊抱住。
    .why-pull-away = 即使您不同意，也絕不要反抗。說您不同意，事後再找律師提出質疑。
    .answer-no-consent = 冷靜地說：「我不同意搜查。」
    .why-no-consent = 您可以拒絕他們搜查您的身體或袋子。如果他們還是要搜查，不要反抗。

quiz-street--born =
    .question = 您沒有移民文件。一名執法人員問：「你在哪裡出生？」您會怎樣做？
    .answer-silent = 說「我會保持沉默」，並要求見律師。
    .why-silent = 您不必回答有關您移民身份的問題。保持沉默不是犯罪。
    .answer-lie = 說您在紐約出生。
    .why-lie = 絕不要說謊。如果您不是美國公民，絕不要說自己是。對聯邦執法人員說謊是犯罪。
    .answer-foreign-id = 出示您原居國的身份證。
    .why-foreign-id = 不要出示其他國家的證件。請保持沉默，並要求見律師。

quiz-street--green-card =
    .question = 您 20 歲，身上帶著綠卡。一名移民執法人員要看您的證件。您會怎樣做？
    .answer-left-home = 說您把它留在家裡了。
    .why-left-home = 絕不要對執法人員說謊。對聯邦執法人員說謊是犯罪。
    .answer-show = 出示綠卡。之後您仍然可以保持沉默。
    .why-show = 聯邦法律規定，年滿 18 歲並持有綠卡的人，必須隨身攜帶。律師建議：移民執法人員要求時，就出示。
    .answer-keep = 把它留在錢包裡，保持沉默。
    .why-keep = 其他事情，您都可以保持沉默。但聯邦法律規定您必須隨身攜帶綠卡，而且律師建議：移民執法人員要求時，要出示綠卡。
