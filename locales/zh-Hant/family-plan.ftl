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
        如果您被拘留，您可以打電話給律師和家人。
        所以要把他們的號碼背下來。
        您有 A號碼（外國人登記號碼）嗎？它印在您的移民文件上。
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
    .title = 紐約州給照顧者的兩種安排
    .body =
        「指定代行父母職責人」（Designation of Person in Parental Relation）是一份表格。
        它讓照顧者可以替孩子做學校和醫療方面的決定。不需要上法庭。
        「備用監護」（standby guardianship）是另一種安排，要經過家庭法庭（Family Court）。
        請問律師哪一種適合您的家庭。

family-plan--school =
    .title = 更新學校的藍卡
    .body =
        公立學校有一張緊急聯絡卡，叫做「藍卡」（blue card）。
        您可以在上面填寫最多三位緊急聯絡人。
        把您信任的那位成年人加上去。

family-plan--papers =
    .title = 把重要文件放好
    .body =
        把重要文件複印一份，例如出生證明和移民文件。
        把它們放在安全的地方。
        確保您信任的人拿得到。

family-plan--lawyer =
    .title = 尋求真正的法律協助
    .body =
        申請、續期或旅行之前，先諮詢律師。
        司法部認可代表（DOJ-accredited representative）也可以幫忙。他們由美國司法部認可。
        絕不要找「notario」（所謂的「公證人」）。在美國，「notario」不是律師。
        ActionNYC 提供免費、保密的法律協助。

family-plan--end =
    .title = 請記住
    .point-numbers = 背熟重要的電話號碼。確保家人知道您的 A號碼。
    .point-caregiver = 為孩子選一位信任的成年人。
    .point-blue-card = 把這位成年人加到學校的藍卡上。
    .point-papers = 把文件副本放在安全的地方，讓您信任的人拿得到。
    .point-notario = 找律師幫忙，絕不要找「notario」。

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        強調：計劃要趁現在一切平靜時制定。
        問問在場的人：出事時，大家會先打電話給誰？背得出那個號碼嗎？
        強調：為孩子選一位信任的成年人，並更新學校的藍卡。
        常見的錯誤是去找「notario」（所謂的「公證人」）。在美國，「notario」不是律師。
        要如實說明：哪一種照顧者安排適合某個家庭，要問律師。
        提醒大家：本指南不是法律建議。ActionNYC 提供免費協助。

quiz-family-plan--numbers =
    .question = 律師和家人的電話號碼，只存在您的手機裡。
    .answer-phone = 存在手機裡就夠了。
    .why-phone = 如果您被拘留，手機可能不在身邊。要把重要的電話號碼背下來。
    .answer-later = 等出了事再處理。
    .why-later = 趁一切平靜時制定的計劃最有用。現在就把號碼背下來。
    .answer-memorize = 把重要的電話號碼背下來，並告訴家人您的 A號碼。
    .why-memorize = 沒錯。如果您被拘留，您可以打電話給律師和家人。您的 A號碼可以幫助他們找到您。

quiz-family-plan--children =
    .question = 您擔心如果您被拘留，誰會去學校接孩子。
    .answer-trusted = 選一位信任的成年人，和他談好，並把他加到藍卡上。
    .why-trusted = 沒錯。學校的藍卡可以填寫最多三位緊急聯絡人。把孩子出生證明的副本交給這位成年人。
    .answer-school = 相信學校會處理好。
    .why-school = 現在就計劃好，讓學校知道要聯絡誰。選一位信任的成年人，並把他加到藍卡上。
    .answer-notario = 付錢請「notario」（所謂的「公證人」）寫監護文件。
    .why-notario = 「notario」不是律師。請向律師查詢紐約州給照顧者的安排。

quiz-family-plan--caregiver-tools =
    .question = 您信任的那位成年人，可能需要替您的孩子做學校和醫療方面的決定。
    .answer-nothing = 甚麼都不用做。任何您信任的成年人都可以決定。
    .why-nothing = 預先用法律上的安排做好準備。請向律師查詢「指定代行父母職責人」（Designation of Person in Parental Relation）。
    .answer-ask-lawyer = 向律師查詢「指定代行父母職責人」或「備用監護」。
    .why-ask-lawyer = 沒錯。「指定代行父母職責人」不需要上法庭。「備用監護」要經過家庭法庭。律師可以告訴您哪一種適合。
    .answer-your-id = 把您的身份證明交給他，讓他可以冒您的名簽字。
    .why-your-id = 絕不要使用別人的證件，也絕不要冒別人的名簽字。請在律師協助下，使用法律上的安排。

quiz-family-plan--notario =
    .question = 您的證件需要續期。一位「notario」（所謂的「公證人」）說，只要付費，就可以很快替您遞交。
    .answer-pay = 付錢請「notario」替您遞交。
    .why-pay = 在美國，「notario」不是律師。請找律師或司法部認可代表幫忙。
    .answer-check = 自己填表，再請「notario」檢查。
    .why-check = 「notario」不是律師，所以他們的檢查不算法律協助。續期之前，先諮詢律師。
    .answer-lawyer = 先諮詢律師或司法部認可代表。
    .why-lawyer = 沒錯。申請、續期或旅行之前，先向他們諮詢。ActionNYC 提供免費、保密的法律協助。
