## Scenario: documenting and recording what happens.

recording = 拍攝和記錄經過

recording--rights =
    .title = 您有權拍攝和記錄
    .body =
        紐約州法律容許沒有被逮捕的人，拍攝和記錄執法行動。
        您也可以做筆記，並保留您拍攝或記錄的內容。
        這條法律（《民權法》第 79-p 條）不容許您妨礙執法。
        它是否適用於美國移民及海關執法局（ICE）等聯邦執法人員，目前還沒有定論。
        在公共場所拍攝，普遍被視為言論自由的權利。
        但管轄紐約的聯邦上訴法院，還沒有就此作出裁決。

recording--situation =
    .title = 您需要甚麼？
    .body = 選出最符合您現在情況的一項。
    .choice-film = 我想拍攝執法人員
    .choice-sound = 我可以錄音嗎？
    .choice-phone = 執法人員要拿我的手機
    .choice-after = 事情結束了，接下來怎麼辦？

recording--film-safely =
    .title = 公開拍攝，保持安全距離
    .body =
        把手機拿在執法人員看得見的地方。
        保持安全距離。不要妨礙他們。
        如果執法人員叫您後退，就後退，並繼續拍攝。
        拍攝執法人員，不要拍被拘留者的臉。
        不要直播任何人的臉。

recording--sound =
    .title = 錄音
    .body =
        您可以錄下自己有參與的談話。
        在紐約，談話中只需要一個人同意，就可以錄音。
        偷錄別人的私人談話是犯罪。
        所以要公開拍攝，絕不要偷偷錄。

recording--phone =
    .title = 如果執法人員要您交出手機
    .body =
        不要反抗。不要逃跑。
        說您不同意搜查。
        然後保持沉默，並要求見律師。
    .line-no-search = 我不同意搜查我的手機。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。

recording--backup =
    .title = 備份您的錄影
    .body =
        盡快備份原始檔案。
        在另一個安全的地方多存一份。

recording--write-down =
    .title = 寫下您看到的事
    .body =
        盡快寫下來：日期、時間和地點。
        哪個機構（ICE、HSI、CBP 或 NYPD），人員的姓名和警徽號碼。
        有多少名執法人員。有沒有穿制服或戴面罩。
        車輛和車牌號碼。
        他們出示的文件，以及說過的話。
        有沒有使用武力或造成損壞。他們把人帶去了哪裡。

recording--witnesses =
    .title = 先問過目擊者
    .body =
        其他人可能也看到了。
        寫下他們的姓名或電話號碼之前，先問他們。
        他們同意，才寫下來。

recording--end =
    .title = 請記住
    .point-openly = 公開拍攝，保持安全距離。
    .point-step-back = 絕不要妨礙執法。被要求後退時，就後退。
    .point-agents = 拍攝執法人員，不要拍被拘留者的臉。
    .point-backup = 備份檔案，並寫下您看到的事。
    .point-secret = 偷錄別人的私人談話是犯罪。
