## Scenario: check the paper they show you (the warrant checker).

warrant = 檢查令狀

warrant--look =
    .title = 看文件最上方
    .body =
        門保持關著。
        請他們把文件從門縫下塞進來，或者貼在窗戶上。
        ICE 表格最上方寫著「Department of Homeland Security」（國土安全部）。
        標題是「Warrant for Arrest of Alien」（逮捕外國人的令狀，I-200 表格）或「Warrant of Removal/Deportation」（執行遞解的令狀，I-205 表格）。
        表格編號印在最下方。
        您的文件最上方寫著甚麼？
    .choice-dhs = 「Department of Homeland Security」（國土安全部），或 I-200、I-205 表格
    .choice-court = 某個法院的名稱
    .choice-not-sure = 我不確定

warrant--check =
    .title = 一題一題地檢查這份文件
    .body = 請回答每一題。只要有一個回答是「否」或「不確定」，門就保持關著。
    .item-court = 文件最上方有寫法院名稱嗎？例如「United States District Court」（美國聯邦地區法院）或「Supreme Court of the State of New York」（紐約州最高法院）。
    .item-judge = 是法官簽名的嗎？不能是 ICE 官員簽的，也不能是移民法官簽的。
    .item-name-address = 上面的姓名正確，而且地址和您的住址完全一樣嗎？法官的逮捕令上可能沒有地址：如果是這樣，請回答「不確定」。
    .item-date = 它還在有效期限內嗎？

warrant--ice-form =
    .title = 這是 ICE 表格，不是法官的令狀
    .body =
        I-200 或 I-205 表格是美國移民及海關執法局（ICE）的文件。
        簽名的是 ICE 官員，不是法官。
        長期以來的指引認為：單憑這份文件，他們不能進入您的家。
        門保持關著。

warrant--disputed =
    .title = 有一點仍有爭議
    .body =
        ICE 在 2025 年的一份備忘錄說，有 I-205 再加上最終遞解令，就可以進入住宅。
        2026 年 1 月，一名聯邦法官裁定，其中一次這樣的進入違反憲法。
        截至 2026 年 12 月，法院仍在審理。
        緊急情況下，沒有令狀也可能可以進入。
        您的做法不變：門保持關著，不同意、不反抗，把發生的事寫下來，並打電話給律師。

warrant--not-judicial =
    .title = 不要把它當作法官的令狀
    .body =
        至少有一個回答是「否」或「不確定」。
        所以，不要把這份文件當作法官簽署的令狀。
        姓名錯誤、地址錯誤或日期過期，也代表您不必開門。
        門保持關著。打電話給律師。
        絕不要用身體阻擋執法人員。

warrant--say-no =
    .title = 隔著門這樣說
    .line-no-entry = 我不同意你們進入我家。
    .line-slide = 請把令狀從門縫下塞進來。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。

warrant--judicial =
    .title = 這可能是法官的令狀
    .body =
        如果令狀有效，他們可以進來，但只能按令狀寫明的範圍行事。
        不要反抗，也不要阻擋他們。
        您仍然有保持沉默的權利。
        要求見律師。留在他們要您待的地方，看清楚他們搜查哪裡。
        令狀沒有列明的搜查，一律不要同意。

warrant--say-yes =
    .title = 您仍然可以這樣說
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。
    .line-no-sign = 沒有律師，我不會簽任何文件。

warrant--end =
    .title = 要記住的重點
    .point-judge = 法官簽署的令狀，可以讓他們在您不同意時進來。
    .point-ice-form = ICE 表格（I-200 或 I-205）是 ICE 官員簽的，不是法官簽的。
    .point-disputed = ICE 聲稱它自己的某些表格也容許進入住宅。法院正在審理。門保持關著，不要同意。
    .point-check = 檢查法院、法官簽名、姓名、地址和日期。
    .point-no-resist = 即使文件有問題，也絕不要阻擋或反抗執法人員。
    .point-lawyer = 打電話給律師。把發生的事寫下來。

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        問問在場的人：「如果文件上寫著『Warrant』（令狀），是不是就代表有法官簽了名？」
        常見的錯誤是：看到「Warrant」這個字就相信。ICE 的 I-200 和 I-205 表格也有這個字。
        展示 ICE 表格的樣子：最上方是「Department of Homeland Security」，標題有「Alien」（外國人）這個字，最下方是表格編號。
        強調四項檢查：法院、法官簽名、正確的姓名和地址、日期。
        強調：移民法官不算這份清單上的法官。
        要如實說明：ICE 在 2025 年的一份備忘錄聲稱，有 I-205 再加上遞解令，就可以進入住宅。
        一名法官裁定其中一次這樣的進入違反憲法；截至 2026 年 12 月，法院仍在審理。做法不變。
        強調：即使文件有問題，也絕不要阻擋或反抗執法人員。

quiz-warrant--dhs =
    .question = 執法人員從門縫下塞進一份文件。最上方寫著「Department of Homeland Security」（國土安全部）。這代表甚麼？
    .answer-must-open = 這是令狀，所以您必須開門。
    .why-must-open = DHS 的文件是 ICE 表格，不是法官的令狀。單憑這份文件，他們無權進入您的家。
    .answer-ice-form = 這是 ICE 表格，不是法官簽署的令狀。
    .why-ice-form = I-200 和 I-205 這類表格，是 ICE 官員簽的。門保持關著。
    .answer-hand-back = 開門把文件還給他們，並解釋清楚。
    .why-hand-back = 開了門，他們會更容易進來。門要一直關著，隔著門說話。

quiz-warrant--immigration-judge =
    .question = 文件上是「Immigration Judge」（移民法官）簽的名。您會怎樣做？
    .answer-yes = 有法官簽名，所以開門。
    .why-yes = 移民法官在這裡不算數。文件必須寫明一個法院，並由法官或裁判官（magistrate）簽署。
    .answer-let-in = 讓他們進來，解釋文件是甚麼意思。
    .why-let-in = 如果您讓他們進來，可能會被當作您同意。門保持關著，並打電話給律師。
    .answer-no = 門保持關著。說：「我不同意你們進入我家。」
    .why-no = 這項檢查要的法官，不是移民法官。門保持關著。

quiz-warrant--wrong-address =
    .question = 文件上寫著法院名稱，也有法官簽名。但地址不是您的住址。您會怎樣做？
    .answer-no-entry = 門保持關著。說：「我不同意你們進入我家。」
    .why-no-entry = 姓名錯誤、地址錯誤或日期過期，都代表您不必開門。打電話給律師。
    .answer-open = 開門，因為有法官簽名。
    .why-open = 令狀上必須有正確的姓名，以及您的準確地址。如果沒有，您不必開門。
    .answer-block = 站在門口，不讓他們進來。
    .why-block = 即使文件有問題，也絕不要用身體阻擋執法人員。說您不同意，並打電話給律師。

quiz-warrant--valid =
    .question = 文件通過了每一項檢查。這是法官的令狀，執法人員進來了。您會怎樣做？
    .answer-explain = 回答他們所有問題，表示您沒有甚麼要隱瞞。
    .why-explain = 即使令狀有效，您也可以保持沉默。說「我會保持沉默」，並要求見律師。
    .answer-search-all = 告訴他們想搜哪裡都可以。
    .why-search-all = 他們只能搜查令狀列明的範圍。令狀以外的搜查，一律不要同意。
    .answer-silent = 不要反抗。保持沉默，並要求見律師。
    .why-silent = 有效的令狀讓他們可以進來，但只能按令狀寫明的範圍行事。您仍然有保持沉默的權利。
