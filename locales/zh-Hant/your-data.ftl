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
        每個市政府機構都要指定一名隱私主任。

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
    .title = 請記住
    .point-status = 只有在某項服務需要時，市政府職員才會問您的身份。
    .point-sharing = 除非法律要求，市政府機構不會分享個人資料。
    .point-dmv = 車管局要有法院命令，才會把資料分享給移民執法人員。
    .point-police = NYPD 不會問受害人或證人的身份。
    .point-limits = 聯邦機構仍然可以透過法律程序要求取得資料。
