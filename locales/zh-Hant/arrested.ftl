## Scenario: you are arrested or detained, and what your family can do.

arrested = 如果您被逮捕

arrested--calm =
    .title = 保持冷靜。不要反抗。
    .body =
        不要逃跑。不要打鬥或推撞。
        即使您認為這次逮捕是錯的，也要這樣做。
        您可以事後再找律師提出質疑。
        無論您的移民身份是甚麼，您都有權利。

arrested--say =
    .title = 說這些話，然後保持沉默
    .body =
        冷靜地說出下面這些話。然後保持沉默。
        絕不要說謊。絕不要出示假證件。
        對聯邦執法人員說謊是犯罪。保持沉默不是犯罪。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。
    .line-interpreter = 我需要口譯員。
    .line-no-sign = 沒有律師，我不會簽任何文件。

arrested--no-sign =
    .title = 不要簽任何文件
    .body =
        沒有律師，不要簽任何文件。
        有些文件會讓您放棄在法官面前聽證的權利。
        其中兩種是「自願離境」和「協議遞解令」。
        這些文件也可能讓您以後不能再回到美國。

arrested--numbers =
    .title = 電話號碼和姓名
    .body =
        您可以打電話給律師和家人。
        請事先把他們的電話號碼背下來。
        如果您有 A號碼（外國人登記號碼），確保家人知道這個號碼。
        寫下或記住執法人員的姓名和警徽號碼。

arrested--help =
    .title = 您現在需要甚麼？
    .body = 家人和朋友也可以使用這部分。
    .choice-find = 尋找被拘留的人
    .choice-lawyer = 找免費律師
    .choice-court = 我要去移民法庭出庭

arrested--find =
    .title = 尋找被 ICE 拘留的人
    .body =
        使用美國移民及海關執法局（ICE）的網上被拘留者查詢系統：locator.ice.gov。
        它可以找到被 ICE 拘留的成年人。
        用對方的 A號碼和出生國家搜尋。
        或者用對方的準確姓名和出生國家搜尋。

arrested--lawyer =
    .title = 您可能可以得到免費律師
    .body =
        您被拘留了，而且案件在紐約市的移民法庭嗎？
        您可能可以得到免費律師。
        這是「紐約移民家庭團結計劃」（New York Immigrant Family Unity Project）。
        請打法律求助熱線查詢。

arrested--court =
    .title = 如果您要出庭
    .body =
        2025 年，ICE 曾在紐約市的移民法庭逮捕人。
        地點是 26 Federal Plaza、201 Varick 和 290 Broadway。
        紐約州的《保護我們的法院法》（Protect Our Courts Act）只適用於州法院，不適用於這些聯邦法庭。
        不要缺席聽證。缺席可能會導致遞解令（要求您離開美國的命令）。
        出庭聽證之前，先和律師談談。

arrested--end =
    .title = 請記住
    .point-silent = 保持沉默。絕不要說謊。
    .point-lawyer = 要求見律師，並要求口譯員。
    .point-no-sign = 沒有律師，不要簽任何文件。
    .point-numbers = 把律師和家人的電話號碼背下來。
    .point-hearing = 絕不要缺席移民法庭的聽證。
