## Scenario: your information and city services.

your-data = 您的資料與市政府服務

your-data--services =
    .title = 使用市政府服務
    .body =
        只有在某項服務需要時，市政府職員才會問您的移民身份。
        例如，要判斷您是否符合資格。
        除了少數特定情況，他們不會分享這些資料。
        這是根據市長 2003 年的第 41 號行政命令。
        2017 年的《身份識別資料法》（Identifying Information Law）也保護您的資料。

your-data--new-order =
    .title = 2026 年保護您資料的命令
    .body =
        2026 年 2 月，市長簽署了第 13 號行政命令。
        市政府機構不可以把您的個人資料分享給移民執法人員。
        唯一的例外是法律有要求時。
        每個市政府機構都要指定一名隱私主任，負責確保機構保護您的資料。
        NYPD、懲教局和緩刑局也必須在 90 日內檢討各自有關移民的規定。

your-data--place =
    .title = 您要去哪裡？
    .body = 選擇一個地方，了解更多。
    .choice-dmv = 車管局（DMV）
    .choice-police = 警察（NYPD）
    .choice-hospital = 市立醫院
    .choice-other = 其他市政府辦公室

your-data--dmv =
    .title = 在車管局（DMV）
    .body =
        紐約州的《綠燈法》（Green Light Law）保護您在車管局的紀錄。
        沒有法院命令，車管局不會把您的資料分享給移民執法人員。
        絕不要提供假文件。

your-data--police =
    .title = 如果您報警
    .body =
        紐約市警察局（NYPD）不會問受害人或證人的移民身份。
        您可以報案。
        緊急情況請打 911。

your-data--hospital =
    .title = 在 NYC Health + Hospitals（市立醫院）
    .body =
        無論您的移民身份是甚麼，您都可以得到醫療服務。
        只有在您同意，或法律要求時，醫院才會交出您的紀錄。
        只有美國移民及海關執法局（ICE）官員的簽名，不能強迫醫院交出紀錄。
        執法人員需要法官的令狀，才能進入非公共區域。
        例外情況是緊急情況，或者市政府職員准許。

your-data--limits =
    .title = 市政府不能保證的事
    .body =
        一條 1996 年的聯邦法律規定，城市不可以全面禁止分享移民身份。
        聯邦機構也可以透過法律程序要求取得資料，例如法院命令。
        所以這些市政府規定會保護您，但不是在每種情況下都有效。
        如果您擔心，請諮詢律師。

your-data--end =
    .title = 要記住的重點
    .point-status = 只有在某項服務需要時，市政府職員才會問您的身份。
    .point-sharing = 除非法律要求，市政府機構不會分享個人資料。
    .point-dmv = 車管局要有法院命令，才會把資料分享給移民執法人員。
    .point-police = NYPD 不會問受害人或證人的身份。
    .point-limits = 聯邦機構仍然可以透過法律程序要求取得資料。

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        強調：只有在某項服務需要時，市政府職員才會問移民身份。
        強調：大家可以繼續使用自己需要的市政府服務。
        常見的錯誤是：因為害怕而不去看醫生，或者不報案。
        問問在場的人：大家的家人會使用哪些市政府服務？
        要如實說明限制：一條 1996 年的聯邦法律，以及法院命令等法律程序，仍然適用。
        不要說市政府永遠不會分享資料。這樣的承諾說得太滿了。

quiz-your-data--hospital =
    .question = 您的孩子生病了。您沒有證件，擔心市立醫院會舉報您。
    .answer-stay-home = 留在家裡，不去看醫生。
    .why-stay-home = 無論您的身份是甚麼，NYC Health + Hospitals 都會提供醫療服務。只有在您同意，或法律要求時，醫院才會交出紀錄。
    .answer-false-name = 去看醫生，但報假名字。
    .why-false-name = 請提供真實的資料。在 NYC Health + Hospitals 得到醫療服務，不取決於您的身份。
    .answer-go = 帶孩子去 NYC Health + Hospitals（市立醫院）看病。
    .why-go = 醫療服務不取決於身份。只有 ICE 官員的簽名，不能強迫醫院交出紀錄。

quiz-your-data--witness =
    .question = 您在您住的那條街上看到有人搶劫。您擔心警察會問您的身份。
    .answer-report = 報案。NYPD 不會問證人的身份。
    .why-report = NYPD 不會問受害人或證人的移民身份。緊急情況請打 911。
    .answer-no-report = 甚麼都不說，以策安全。
    .why-no-report = NYPD 不會問受害人或證人的身份。您可以報案。
    .answer-citizen = 報案，但說自己是公民，以防他們問起。
    .why-citizen = 如果您不是公民，絕不要說自己是。NYPD 不會問證人的身份。

quiz-your-data--dmv =
    .question = 您想申請駕駛執照。朋友說，車管局會把所有資料交給 ICE。
    .answer-avoid = 不要去車管局。
    .why-avoid = 紐約州的《綠燈法》保護車管局的紀錄。車管局要有法院命令，才能把紀錄分享給移民執法人員。
    .answer-apply = 用您自己真實的證件申請。
    .why-apply = 《綠燈法》保護您在車管局的紀錄。沒有法院命令，車管局不會把紀錄分享給移民執法人員。
    .answer-false-papers = 為了安全，用別人的證件申請。
    .why-false-papers = 絕不要使用假證件或別人的證件。請用您自己的證件申請。

quiz-your-data--promise =
    .question = 朋友說：「新的命令代表市政府永遠不能把我的資料交給 ICE。」
    .answer-agree = 「對，市政府永遠不能分享。」
    .why-agree = 這樣的承諾說得太滿了。聯邦機構可以透過法律程序要求取得資料，例如法院命令。
    .answer-stop-services = 「那就不要再用市政府服務了，以策安全。」
    .why-stop-services = 市政府的規定，限制了職員可以問甚麼、分享甚麼。請繼續使用您需要的服務。
    .answer-limits = 「市政府會限制分享資料，但不能保證每種情況都做得到。」
    .why-limits = 第 13 號行政命令禁止分享資料，除非法律有要求。聯邦機構仍然可以透過法律程序要求取得資料。
