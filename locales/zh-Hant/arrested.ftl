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
    .line-lawyer = 我想和律師談談。
    .line-interpreter = 我需要口譯員。
    .line-no-sign = 沒有律師，我不會簽任何文件。

arrested--afraid =
    .title = 如果您害怕回國
    .body =
        2025 年，政府擴大了不經法庭聽證的快速遞解（expedited removal）。
        對象主要是無法證明已在美國住滿兩年的人。這樣做是否合法，法院仍在審理。
        如果您害怕回到自己的國家，要清楚說出來。然後要求見律師。
        您在這裡住了兩年或以上嗎？告訴您的律師，並把證明妥善保存。
    .line-afraid = 我害怕回到我的國家。
    .line-lawyer = 我想和律師談談。

arrested--no-sign =
    .title = 不要簽任何文件
    .body =
        沒有律師，不要簽任何文件。
        有些文件會讓您放棄在法官面前聽證的權利。
        其中兩種是「自願離境」（voluntary departure）和「協議遞解令」（stipulated removal）。
        這些文件也可能讓您以後不能再回到美國。

arrested--numbers =
    .title = 電話號碼和姓名
    .body =
        要求打電話給律師和家人。但不保證一定可以打。
        所以要事先把他們的電話號碼背下來。
        如果您有 A號碼（外國人登記號碼，即您移民文件上的號碼），確保家人知道這個號碼。
        寫下或記住執法人員的姓名和警徽號碼。

arrested--help =
    .title = 您現在需要甚麼？
    .body = 家人和朋友也可以使用這部分。
    .choice-find = 尋找被拘留的人
    .choice-lawyer = 找免費律師
    .choice-court = 我要去移民法庭出庭
    .choice-nypd = 警察（NYPD）因刑事罪行逮捕了我

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
        地點是 26 Federal Plaza、201 Varick 和 290 Broadway。現在情況如何，請向律師查詢。
        紐約州的《保護我們的法院法》（Protect Our Courts Act）只適用於州法院，不適用於這些聯邦法庭。
        不要缺席聽證。缺席可能會導致遞解令（要求您離開美國的命令）。
        出庭聽證之前，先和律師談談。

arrested--nypd =
    .title = 因刑事罪行被警察逮捕
    .body =
        在刑事案件中，即使您負擔不起律師費，也會有一位辯護律師。
        在同意任何認罪協議之前，先把您的移民身份告訴這位律師。
        認罪可能導致您被遞解出境。
        紐約市法律限制 NYPD 和市監獄在甚麼情況下替 ICE 扣留人。請問您的律師這對您有甚麼影響。

arrested--end =
    .title = 要記住的重點
    .point-silent = 保持沉默。絕不要說謊。
    .point-lawyer = 要求見律師，並要求提供口譯員。
    .point-afraid = 害怕回到自己的國家？要說出來。
    .point-no-sign = 沒有律師，不要簽任何文件。
    .point-numbers = 把律師和家人的電話號碼背下來。
    .point-hearing = 絕不要缺席移民法庭的聽證。

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        強調三個步驟：保持沉默、要求見律師、沒有律師不簽任何文件。
        強調：保持沉默是合法的，但對聯邦執法人員說謊是犯罪。
        常見的錯誤是：為了快點出去而簽文件。
        解釋：有些文件會讓人放棄在法官面前聽證的權利。
        教大家說這句話：「我害怕回到我的國家。」不經聽證的快速遞解，現在正由法院審理。
        被捕後能否打電話，並沒有保證。問問在場的人：大家能背出哪些人的電話號碼？
        因刑事罪行被 NYPD 逮捕？在接受任何認罪協議之前，先把移民身份告訴辯護律師。
        要如實說明：2025 年，ICE 曾在紐約市的移民法庭逮捕人。但任何人都不應缺席聽證。先和律師談談。

quiz-arrested--paper =
    .question = 您被拘留了。執法人員給您一份文件，說簽了就可以快點出去。
    .answer-sign = 簽了它，讓事情快點結束。
    .why-sign = 有些文件會讓您放棄在法官面前聽證的權利。說沒有律師，您不會簽任何文件。
    .answer-read = 仔細閱讀，看起來沒問題就簽。
    .why-read = 像「自願離境」（voluntary departure）這類文件，可能讓您放棄聽證，還可能讓您以後不能再回到美國。即使看起來沒問題，也要等律師。
    .answer-refuse = 說：「沒有律師，我不會簽任何文件。」
    .why-refuse = 有些文件會讓您放棄聽證的權利。律師可以告訴您文件是甚麼意思。

quiz-arrested--questions =
    .question = 您被逮捕了。執法人員問您在哪裡出生，以及怎樣來到這裡。
    .answer-lie = 說您在美國出生。
    .why-lie = 絕不要說謊，也絕不要聲稱自己是美國公民。對聯邦執法人員說謊是犯罪。請保持沉默。
    .answer-silent = 說：「我會保持沉默。我想和律師談談。」
    .why-silent = 無論您的移民身份是甚麼，您都可以保持沉默。保持沉默是合法的；說謊不是。
    .answer-explain = 把您的經歷全部說出來，讓他們明白。
    .why-explain = 您不必回答。說「我會保持沉默」，並先要求見律師。

quiz-arrested--grab =
    .question = 執法人員抓住您的手臂要逮捕您。您肯定他們抓錯了人。
    .answer-pull-away = 把手臂抽回來，告訴他們搞錯了。
    .why-pull-away = 即使您認為這次逮捕是錯的，也絕不要反抗。律師可以在事後提出質疑。
    .answer-run = 趁他們不注意時逃跑。
    .why-run = 絕不要逃跑。保持冷靜，保持沉默，並要求見律師。
    .answer-argue = 和他們爭論，直到他們肯聽為止。
    .why-argue = 現在爭論沒有幫助。說「我會保持沉默」，並要求見律師。
    .answer-calm = 保持冷靜，不要反抗，並要求見律師。
    .why-calm = 即使您認為這次逮捕是錯的，也不要反抗。您可以事後再找律師提出質疑。

quiz-arrested--court =
    .question = 您的表親要到 26 Federal Plaza 的移民法庭出席聽證。表親很怕 ICE 會在那裡。
    .answer-skip = 留在家裡，不去聽證。
    .why-skip = 缺席聽證可能會導致遞解令（要求當事人離開美國的命令）。請在聽證之前先和律師談談。
    .answer-lawyer = 聽證之前先和律師談談，而且不要缺席。
    .why-lawyer = 絕不要缺席聽證。律師可以幫您的表親在出庭前做好準備。
    .answer-notario = 付錢請「notario」（所謂的「公證人」）處理聽證。
    .why-notario = 在美國，「notario」不是律師。請打法律求助熱線，例如 ActionNYC。
