## Scenario: check the paper they show you (the warrant checker).

warrant = 檢查令狀

warrant--look =
    .title = 看文件最上方
    .body =
        門保持關著。
        請他們把文件從門縫下塞進來，或者貼在窗戶上。
        文件最上方寫著甚麼？
    .choice-dhs = 「Department of Homeland Security」（國土安全部），或 I-200、I-205 表格
    .choice-court = 某個法院的名稱
    .choice-not-sure = 我不確定

warrant--check =
    .title = 一題一題地檢查這份文件
    .body = 請回答每一題。只要有一個回答是「否」或「不確定」，門就保持關著。
    .item-court = 文件最上方有寫法院名稱嗎？例如「United States District Court」（美國聯邦地區法院）或「Supreme Court of the State of New York」（紐約州最高法院）。
    .item-judge = 是法官簽名的嗎？不能是 ICE 官員簽的，也不能是移民法官簽的。
    .item-name-address = 上面的姓名正確，而且地址和您的住址完全一樣嗎？
    .item-date = 它還在有效期限內嗎？

warrant--ice-form =
    .title = 這是 ICE 表格，不是法官的令狀
    .body =
        I-200 或 I-205 表格是美國移民及海關執法局（ICE）的文件。
        簽名的是 ICE 官員，不是法官。
        單憑這份文件，他們無權進入您的家。
        門保持關著。

warrant--disputed =
    .title = 有一點仍有爭議
    .body =
        ICE 在 2025 年的一份備忘錄說，有 I-205 再加上最終遞解令，就可以進入住宅。
        2026 年 1 月，一名聯邦法官裁定，其中一次這樣的進入違反憲法。
        相關訴訟仍在進行中。
        您的做法不變：不同意、不反抗、把發生的事寫下來，並打電話給律師。

warrant--not-judicial =
    .title = 這不是有效的法官令狀
    .body =
        它至少有一項沒有通過檢查。
        姓名錯誤、地址錯誤或日期過期，也代表您不必開門。
        門保持關著。
        絕不要用身體阻擋執法人員。

warrant--say-no =
    .title = 隔著門這樣說
    .line-no-entry = 我不同意你們進入我家。
    .line-slide = 請把令狀從門縫下塞進來。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。

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
    .line-lawyer = 我想與律師談話。
    .line-no-sign = 沒有律師，我不會簽任何文件。

warrant--end =
    .title = 請記住
    .point-judge = 只有法官簽署的令狀，才能讓他們在您不同意時進來。
    .point-ice-form = ICE 表格（I-200 或 I-205）是 ICE 官員簽的，不是法官簽的。
    .point-check = 檢查法院、法官簽名、姓名、地址和日期。
    .point-no-resist = 即使文件有問題，也絕不要阻擋或反抗執法人員。
    .point-lawyer = 打電話給律師。把發生的事寫下來。
