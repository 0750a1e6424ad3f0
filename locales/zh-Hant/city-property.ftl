## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = 在市政府建築物內

city-property--rule =
    .title = 市政府建築物的規定
    .body =
        有一條市法律，保護市政府建築物內的私人區域。
        包括市立醫院、公立學校、市政府庇護所和市政府辦公室。
        它適用於市政府以外的執法人員，例如美國移民及海關執法局（ICE）。
        他們需要法官簽署的令狀，才能進入這些區域。
        除此之外，只有兩種情況可以進入：市政府職員准許，或者有緊急情況。
        這條法律是《紐約市行政法典》第 4-210 條。市長 2026 年的第 13 號行政命令重申了這條規定。

city-property--public-areas =
    .title = 公共區域不在保護範圍內
    .body =
        這條規定不包括公共區域。
        例如大堂、等候室、人行道、巴士站和遊樂場。
        執法人員可以在這些地方出現。
        所以 ICE 仍然可能來到市政府建築物。
        在那裡，您同樣擁有您的權利。

city-property--where =
    .title = 您在哪裡？
    .choice-hospital = 在市立醫院
    .choice-school = 在公立學校
    .choice-other = 在庇護所或市政府辦公室
    .choice-stopped = 執法人員在那裡攔下我

city-property--hospital =
    .title = 在 NYC Health + Hospitals（市立醫院）
    .body =
        無論您的移民身份是甚麼，您都可以得到醫療服務。
        只有在您同意，或法律要求時，醫院才會分享您的紀錄。
        只有 ICE 官員簽名的文件，不能強迫醫院分享。

city-property--school =
    .title = 在紐約市公立學校
    .body =
        紐約市教育局不同意這些執法人員進入學校。
        校長也不可以同意。學校的律師會檢查任何令狀。
        學校不會詢問移民身份。
        家長可以在學校的「藍卡」上填寫最多三位緊急聯絡人。

city-property--shelter =
    .title = 在市政府庇護所或辦公室
    .body =
        房間、辦公室和員工專用的地方，都是私人區域。
        執法人員需要法官的令狀才能進入，除非職員准許，或者有緊急情況。
        大堂和等候室是公共區域：執法人員可能會在那裡。
        庇護所職員只有在某項服務需要時，才會問您的身份。

city-property--services =
    .title = 使用市政府服務
    .body =
        市政府職員只有在需要判斷您是否符合資格時，才會問您的身份。
        除了少數特定情況，他們不會分享這些資料。
        第 13 號行政命令禁止把您的個人資料分享給移民執法人員。
        唯一的例外是法律有要求時。
        每個市政府機構都要指定一名隱私主任，負責確保機構保護您的資料。
        這項命令也成立了一個市政府危機應變小組，並命令 NYPD、懲教局和緩刑局在 90 日內檢討各自的規定。

city-property--limit =
    .title = 市政府規定做不到的事
    .body =
        這些市政府規定有限制。
        一條 1996 年的聯邦法律，不准市政府全面禁止分享移民身份。
        聯邦機構也可以透過法律程序要求取得資料，例如法院命令。
        本指南不是法律建議。有關您的個案，請諮詢律師。

city-property--say =
    .title = 如果執法人員在那裡攔下您
    .body =
        您的權利和在其他地方一樣。
        不要逃跑、反抗或阻擋他們。
        冷靜地說出下面這些話。然後保持沉默。
    .line-silent = 我會保持沉默。
    .line-no-consent = 我不同意搜查。
    .line-lawyer = 我想和律師談談。

city-property--end =
    .title = 要記住的重點
    .point-private = 市政府建築物的私人區域，通常需要法官的令狀才能進入。
    .point-public = 大堂、等候室等公共區域，不在保護範圍內。
    .point-hospital = 無論您的身份是甚麼，市立醫院都會為您提供醫療服務。
    .point-school = 公立學校不會詢問移民身份。
    .point-rights = 您可以保持沉默，也可以拒絕搜查。

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        問問在場的人：「ICE 可以進入市立醫院嗎？」先聽大家的回答，再解答。
        強調這條規定：私人區域需要法官的令狀、市政府職員准許，或者有緊急情況。
        常見的錯誤是：說 ICE「不能進入」醫院、學校或庇護所。公共區域不在保護範圍內。
        強調：無論身份是甚麼，市立醫院都會提供醫療服務；學校也不會詢問身份。
        要如實說明限制：聯邦法律不准市政府全面禁止分享移民身份。
        聯邦機構也可以透過法律程序要求取得資料，例如法院命令。

quiz-city-property--friend-says =
    .question = 朋友說：「ICE 不能進入市立醫院。」您會怎樣回答？
    .answer-agree = 「沒錯。市立醫院是 ICE 的禁區。」
    .why-agree = 這樣說太過頭了。執法人員可以在公共區域出現，例如大堂和等候室。
    .answer-stay-away = 「但還是不要去醫院，即使生病也一樣。」
    .why-stay-away = 無論您的移民身份是甚麼，市立醫院都會提供醫療服務。不要放棄您需要的醫療。
    .answer-private = 「私人區域通常需要法官的令狀。大堂不在保護範圍內。」
    .why-private = 市政府的規定保護私人區域。等候室等公共區域不在保護範圍內。

quiz-city-property--school =
    .question = 您的孩子在紐約市公立學校上學。您擔心如果您被拘留，誰會去接孩子。您會怎樣做？
    .answer-blue-card = 在學校的「藍卡」上填寫最多三位信任的成年人。
    .why-blue-card = 您可以在藍卡上填寫最多三位緊急聯絡人。完整的家庭計劃，請和律師商量。
    .answer-keep-home = 讓孩子留在家裡，不去上學。
    .why-keep-home = 學校不會詢問移民身份，校長也不可以同意這些執法人員進入學校。請改為制定計劃。
    .answer-tell-status = 把您的移民身份告訴學校，讓他們幫忙。
    .why-tell-status = 學校不會詢問移民身份，您也不必告訴學校。請改用藍卡。

quiz-city-property--doctor =
    .question = 您生病了，但擔心市立醫院會舉報您的身份。您會怎樣做？
    .answer-skip = 留在家裡，希望病情會好轉。
    .why-skip = 無論您的身份是甚麼，市立醫院都會提供醫療服務。不要放棄您需要的醫療。
    .answer-go = 去 NYC Health + Hospitals（市立醫院）看病。
    .why-go = 在那裡得到醫療服務，不取決於您的身份。只有在您同意，或法律要求時，醫院才會分享紀錄。
    .answer-false-name = 在登記處報假名字。
    .why-false-name = 不要報假名字。您得到的醫療服務，不取決於您的身份。

quiz-city-property--bag =
    .question = 執法人員在一個市政府辦公室的大堂攔下您，要求看您的袋子。您會怎樣做？
    .answer-hand-over = 把袋子交出去，讓事情快點結束。
    .why-hand-over = 這樣就等於同意搜查。在這裡，您的權利也一樣。說：「我不同意搜查。」
    .answer-run = 跑出大樓。
    .why-run = 絕不要逃跑、反抗或阻擋他們。保持冷靜，說您不同意搜查。
    .answer-no-consent = 保持冷靜，說：「我不同意搜查。」
    .why-no-consent = 在市政府建築物內，您仍然擁有您的權利。如果他們還是要搜查，不要反抗。
