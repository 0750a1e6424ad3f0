## Scenario: you are stopped on the street, on the subway or in another public place.

street = 在街上或地鐵裡

street--stopped =
    .title = 問自己可不可以離開
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
    .line-lawyer = 我想與律師談話。

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
        他們可以隔著衣服拍身，檢查有沒有武器。
        即使您不同意，也不要反抗。
        如果您認為自己的權利受到侵犯，事後再找律師追究。
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
        您年滿 18 歲，並持有綠卡（永久居民卡）或簽證嗎？
        聯邦法律規定，您必須隨身攜帶這些證件。
        如果移民執法人員要求查看，請出示。
        您仍然可以保持沉默，並要求見律師。

street--no-papers =
    .title = 您可以保持沉默
    .body =
        您不必回答有關您移民身份的問題。
        不要攜帶或出示其他國家的證件。
        絕不要出示假證件。
        如果您不是美國公民，絕不要說自己是。
        說出下面這些話。然後保持沉默。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。

street--end =
    .title = 請記住
    .point-free = 問：「我可以離開了嗎？」如果可以，就冷靜地走開。
    .point-silent = 您可以保持沉默。但絕不要說謊。
    .point-search = 您可以拒絕搜查。但絕不要反抗。
    .point-papers = 如果您年滿 18 歲並持有移民文件，請隨身攜帶。
    .point-no-run = 絕不要逃跑，也絕不要出示假證件。
