## Scenario: someone knocks at your home.

at-home = 有人在我家门口

at-home--door =
    .title = 不要开门
    .body =
        保持冷静。请一直关着门。
        隔着门说话。
        问对方：“你们是谁？是哪个机构的？”
        美国移民及海关执法局（ICE）的人员有时会说自己是“警察”。
        开门并不等于您同意他们进来。
        但开门会让他们更容易进来。
    .choice-warrant = 他们说有令状
    .choice-no-warrant = 他们没有令状
    .choice-someone-else = 他们问起别人
    .choice-forced = 他们强行进来

at-home--ask-warrant =
    .title = 要求查看令状
    .body =
        不要为了拿令状而开门。
        请他们把令状从门缝下面塞进来。
        或者请他们把令状贴在窗户上给您看。
        然后一题一题地检查。
    .choice-check = 帮我检查这份文件
    .choice-will-not-show = 他们不肯出示

at-home--no-warrant =
    .title = 继续关着门，这样说
    .body =
        没有法官签署的令状，您不必让他们进来。
        隔着门说出下面这些话。然后保持沉默。
    .line-no-entry = 我不同意你们进入我家。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。

at-home--someone-else =
    .title = 他们问起别人
    .body =
        您不必说出任何人在哪里。
        您可以保持沉默。
        不要说谎。对联邦执法人员说谎是犯罪。
        保持沉默不是犯罪。

at-home--forced =
    .title = 如果他们强行进来
    .body =
        不要反抗。不要阻挡他们。不要逃跑。
        冷静地、大声地说出下面这些话。
        有些情况下，法律允许执法人员没有令状也能进入，例如紧急情况。
        如果您认为自己的权利受到侵犯，事后再通过律师维权。
    .line-no-consent = 我不同意这次进入或搜查。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。
    .line-no-sign = 没有律师，我不会签任何文件。

at-home--document =
    .title = 事后，把一切都记下来
    .body =
        尽快把发生的事写下来。
        日期、时间和地点。
        哪个机构，人员的姓名和警徽号码。
        他们说了什么，出示了什么文件。
        他们拿走了什么，把人带去了哪里。
        保存好照片和视频。然后打电话给律师。

at-home--end =
    .title = 请记住
    .point-door = 不要开门。隔着门说话。
    .point-judge = 只有法官签署的令状，才能让他们在您不同意的情况下进来。
    .point-silent = 您可以保持沉默。但绝不要说谎。
    .point-no-resist = 绝不要反抗或阻挡执法人员。
    .point-no-sign = 没有律师，不要签任何文件。
