## Scenario: make a family safety plan before anything happens.

family-plan = 制定家庭應急計劃

family-plan--why =
    .title = 現在就制定計劃
    .body =
        如果有人被拘留，一個計劃可以幫助您的家人。
        趁現在一切平靜，就把計劃訂好。
        本指南不是法律建議。
    .choice-start = 開始制定我的家庭計劃
    .choice-detained = 剛剛有人被拘留了

family-plan--numbers =
    .title = 背熟重要的電話號碼
    .body =
        如果您被拘留，要求打電話給律師和家人。但不保證一定可以打。
        所以要把他們的號碼背下來。
        您有 A號碼（外國人登記號碼）嗎？就是您移民文件上的那個號碼。
        確保家人知道這個號碼。
        這可以幫助他們找到您，並查到您的出庭日期。

family-plan--children =
    .title = 您有孩子嗎？
    .body = 想好如果您不能照顧孩子，由誰來照顧他們。
    .choice-yes = 有，我有孩子
    .choice-no = 沒有

family-plan--caregiver =
    .title = 選一位信任的成年人
    .body =
        選一位您信任的成年人，在您不能照顧孩子時照顧他們。
        和這位成年人談談您的計劃。
        把孩子出生證明的副本交給他。
        也把父母雙方的姓名和聯絡方式交給他。

family-plan--legal-tools =
    .title = 給學校和醫生用的表格
    .body =
        紐約州有一份表格，叫「指定代行父母職責人」（Designation of Person in Parental Relation）。
        家長可以用它指定一位成年人，替孩子做學校和醫療方面的決定。
        不需要上法庭。它只在一段期間內有效，您也可以取消。
        它不會把孩子的撫養權交給對方，也不會取消您作為家長的權利。
        有些部分必須在公證員（notary public）面前簽署。是哪些部分，請問律師。

family-plan--standby =
    .title = 備用監護（standby guardianship）
    .body =
        備用監護人是一位成年人，在您不能照顧孩子時，可以接手照顧。
        在紐約州，您可以用書面指定一位，並要有兩名證人在場。
        自 2018 年起，如果您被移民當局逮捕、拘留或遞解出境，備用監護就可以開始生效。
        之後必須盡快向遺囑認證法庭（Surrogate’s Court）或家庭法庭（Family Court）提出申請。
        請律師協助您辦理。

family-plan--school =
    .title = 更新學校的藍卡
    .body =
        公立學校有一張緊急聯絡卡，叫做「藍卡」（blue card）。
        您可以在上面填寫最多三位緊急聯絡人。
        把您信任的那位成年人加上去。

family-plan--money =
    .title = 錢、護照和健康
    .body =
        想一想：如果您不能支付，誰可以替您付租金和帳單。
        財務授權書（financial power of attorney）可以讓您信任的人代表您辦事。
        決定誰可以動用您的銀行戶口。
        把護照和出生證明放在那個人找得到的地方。
        寫下每位家人用的藥物、過敏情況和醫生。

family-plan--papers =
    .title = 把重要文件放好
    .body =
        把重要文件複印一份，例如出生證明和移民文件。
        保存好能證明您在這裡住了多久的資料：租約、工資單、學校、醫療或報稅紀錄。
        住滿兩年或以上，在法庭上可能很重要。要不要隨身帶著證明，請問律師。
        把所有文件放在安全的地方，並在一位信任的人家裡放一份副本。

family-plan--lawyer =
    .title = 尋求真正的法律協助
    .body =
        申請、續期或旅行之前，先諮詢律師。
        司法部認可代表（DOJ-accredited representative）也可以幫忙。他們由美國司法部認可。
        兜售移民諮詢的「notario」（所謂的「公證人」）是騙局。在美國，「notario」不是律師。
        公證員（notary public）只負責見證簽名。公證員也不是律師。
        ActionNYC 提供免費、保密的法律協助。

family-plan--end =
    .title = 要記住的重點
    .point-numbers = 背熟重要的電話號碼。確保家人知道您的 A號碼。
    .point-caregiver = 為孩子選一位信任的成年人，並就相關表格諮詢律師。
    .point-blue-card = 把這位成年人加到學校的藍卡上。
    .point-papers = 把文件副本和您在這裡居住時間的證明，放在安全的地方。
    .point-notario = 找律師幫忙，絕不要找「notario」。

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        強調：計劃要趁現在一切平靜時制定。
        問問在場的人：出事時，大家會先打電話給誰？背得出那個號碼嗎？被捕後能否打電話，並沒有保證。
        強調：為孩子選一位信任的成年人、更新學校的藍卡，並安排好誰可以付帳單。
        解釋紐約州的兩種表格：「指定代行父母職責人」（用於學校和看醫生）和「備用監護」（standby guardianship）。
        常見的錯誤是去找「notario」（所謂的「公證人」）。「notario」不是律師，公證員（notary public）也不是。
        要如實說明：哪一種照顧者安排適合某個家庭，要問律師。
        提醒大家：本指南不是法律建議。ActionNYC 提供免費協助。

quiz-family-plan--numbers =
    .question = 律師和家人的電話號碼，只存在您的手機裡。
    .answer-phone = 存在手機裡就夠了。
    .why-phone = 如果您被拘留，手機可能不在身邊。要把重要的電話號碼背下來。
    .answer-later = 等出了事再處理。
    .why-later = 趁一切平靜時制定的計劃最有用。現在就把號碼背下來。
    .answer-memorize = 把重要的電話號碼背下來，並告訴家人您的 A號碼。
    .why-memorize = 如果您被拘留，要求打電話給律師和家人；但不保證一定可以打。您的 A號碼可以幫助他們找到您。

quiz-family-plan--children =
    .question = 您擔心如果您被拘留，誰會去學校接孩子。
    .answer-trusted = 選一位信任的成年人，和他談好，並把他加到藍卡上。
    .why-trusted = 學校的藍卡可以填寫最多三位緊急聯絡人。把孩子出生證明的副本交給這位成年人。
    .answer-school = 相信學校會處理好。
    .why-school = 現在就計劃好，讓學校知道要聯絡誰。選一位信任的成年人，並把他加到藍卡上。
    .answer-notario = 付錢請「notario」（所謂的「公證人」）寫監護文件。
    .why-notario = 「notario」不是律師。請向律師查詢紐約州給照顧者的安排。

quiz-family-plan--caregiver-tools =
    .question = 您信任的那位成年人，可能需要替您的孩子做學校和醫療方面的決定。
    .answer-nothing = 甚麼都不用做。任何您信任的成年人都可以決定。
    .why-nothing = 預先用法律上的安排做好準備。請向律師查詢「指定代行父母職責人」（Designation of Person in Parental Relation）。
    .answer-ask-lawyer = 向律師查詢「指定代行父母職責人」或「備用監護」。
    .why-ask-lawyer = 「指定代行父母職責人」不需要上法庭。備用監護人先以書面指定，再由法庭（遺囑認證法庭 Surrogate’s Court 或家庭法庭 Family Court）確認。律師可以告訴您哪一種適合。
    .answer-your-id = 把您的身份證明交給他，讓他可以冒您的名簽字。
    .why-your-id = 絕不要使用別人的證件，也絕不要冒別人的名簽字。請在律師協助下，使用法律上的安排。

quiz-family-plan--notario =
    .question = 您的證件需要續期。一位「notario」（所謂的「公證人」）說，只要付費，就可以很快替您遞交。
    .answer-pay = 付錢請「notario」替您遞交。
    .why-pay = 在美國，「notario」不是律師。請找律師或司法部認可代表幫忙。
    .answer-check = 自己填表，再請「notario」檢查。
    .why-check = 「notario」不是律師，所以他們的檢查不算法律協助。續期之前，先諮詢律師。
    .answer-lawyer = 先諮詢律師或司法部認可代表。
    .why-lawyer = 申請、續期或旅行之前，先向他們諮詢。ActionNYC 提供免費、保密的法律協助。
