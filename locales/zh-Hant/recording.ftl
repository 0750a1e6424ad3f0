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
        沒有移民身份？在旁觀看或拍攝，會令您本人承受風險。您可以站遠一點，把看到的寫下來，這樣也能幫忙。

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
        不要解鎖手機，也不要把已解鎖的手機交出去。
        用密碼鎖上手機。用面容或指紋解鎖，比較容易被強行打開，而且各法院的看法不一。
        然後保持沉默，並要求見律師。
    .line-no-search = 我不同意搜查我的手機。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。

recording--backup =
    .title = 備份您的錄影
    .body =
        盡快備份原始檔案。
        在另一個安全的地方多存一份。

recording--write-down =
    .title = 寫下您看到的事
    .body =
        盡快寫下來：日期、時間和地點。
        哪個機構，人員的姓名和警徽號碼。機構可能是 ICE、HSI（ICE 的調查部門）、CBP（美國海關及邊境保護局）或 NYPD。
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
    .title = 要記住的重點
    .point-openly = 公開拍攝，保持安全距離。
    .point-step-back = 絕不要妨礙執法。被要求後退時，就後退。
    .point-agents = 拍攝執法人員，不要拍被拘留者的臉。
    .point-phone = 用密碼鎖上手機。有人要搜查時，不要解鎖。
    .point-backup = 備份檔案，並寫下您看到的事。
    .point-secret = 偷錄別人的私人談話是犯罪。

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        強調：公開拍攝，保持安全距離。絕不要妨礙執法。
        強調：拍攝執法人員，不要拍被拘留者的臉。不要直播任何人的臉。
        常見的錯誤是：被叫後退時和執法人員爭論。要後退，並繼續拍攝。
        問問在場的人：大家會馬上把錄影備份到哪裡？
        要如實說明：紐約州法律保護拍攝警察的行為。它是否適用於 ICE，目前還沒有定論。
        在公共場所拍攝，普遍被視為言論自由的權利。但管轄紐約的聯邦上訴法院，還沒有就此作出裁決。
        提醒大家：偷錄別人的私人談話是犯罪。

quiz-recording--step-back =
    .question = 您在人行道上拍攝 ICE 人員。一名執法人員叫您後退。
    .answer-stay = 留在原地，因為您有權拍攝。
    .why-stay = 拍攝的權利，不容許您妨礙執法。後退，並繼續拍攝。
    .answer-step-back = 後退，並繼續拍攝。
    .why-step-back = 保持安全距離，不要擋住他們。您可以繼續拍攝。
    .answer-stop = 停止拍攝，把手機收起來。
    .why-stop = 後退就夠了。繼續在安全距離外公開拍攝。

quiz-recording--faces =
    .question = 您在拍攝執法人員拘留您的鄰居。朋友說：「直播吧，讓大家都看到。」
    .answer-livestream = 開直播，鏡頭對著鄰居的臉。
    .why-livestream = 不要直播任何人的臉。拍攝執法人員，事後再備份檔案。
    .answer-close-up = 走近一點，把鄰居的臉拍清楚。
    .why-close-up = 走得太近，可能會妨礙執法人員。保持安全距離，改為拍攝執法人員。
    .answer-agents = 在安全距離外拍攝執法人員，不要拍鄰居的臉。
    .why-agents = 拍攝執法人員和他們的行動。不要拍被拘留者的臉。

quiz-recording--phone =
    .question = 一名執法人員說：「把手機給我。」然後伸手來拿。
    .answer-unlock = 解鎖後交給他，表示您沒有甚麼要隱瞞。
    .why-unlock = 替他們解鎖，就好像同意搜查。說：「我不同意搜查我的手機。」
    .answer-hold = 緊緊抓住手機，把它搶回來。
    .why-hold = 絕不要反抗。說您不同意搜查，然後保持沉默。
    .answer-run = 逃跑，不讓他們拿走您的錄影。
    .why-run = 絕不要逃跑。保持冷靜，說您不同意搜查。
    .answer-no-consent = 不要反抗。說：「我不同意搜查我的手機。」
    .why-no-consent = 不要反抗，但也不要同意搜查。然後保持沉默，並要求見律師。

quiz-recording--sound =
    .question = 兩名執法人員走到一旁私下交談。您想錄下他們說的話。
    .answer-openly = 在安全距離外公開拍攝，手機放在看得見的地方。
    .why-openly = 公開拍攝，讓執法人員看得見您的手機。絕不要偷偷錄音。
    .answer-hide = 把手機藏在附近，偷錄他們的私人談話。
    .why-hide = 偷錄別人的私人談話是犯罪。請改為公開拍攝。
    .answer-close = 走近他們，讓手機錄到他們的話。
    .why-close = 走得太近，可能會妨礙他們。保持安全距離，公開拍攝。
