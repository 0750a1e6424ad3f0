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
    .choice-police = 他们说自己是警察或缓刑监督官
    .choice-landlord = 房东拿我的移民身份威胁我

at-home--ask-warrant =
    .title = 要求查看令状
    .body =
        不要为了拿令状而开门。
        请他们把令状从门缝下面塞进来。
        或者请他们把令状贴在窗户上给您看。
        然后一题一题地检查。
    .choice-check = 和我一起检查这份文件
    .choice-will-not-show = 他们不肯出示

at-home--no-warrant =
    .title = 继续关着门，这样说
    .body =
        没有法官签署的令状，您不必让他们进来。
        隔着门说出下面这些话。然后保持沉默。
    .line-no-entry = 我不同意你们进入我家。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。

at-home--police =
    .title = 确认对方的身份
    .body =
        执法人员可能会说自己是警察或缓刑监督官。
        或者说他们在找别人。
        请一直关着门。
        隔着窗户或门上的猫眼，问他们的姓名和警徽号码。
        请他们把证件举到窗前给您看。
        您在缓刑或假释期间，而且有接受搜查的条件吗？您可能已经同意过接受搜查。请问您的律师。

at-home--waiting =
    .title = 如果他们在外面等
    .body =
        执法人员可能会在外面等，或者以后再来。
        如果您必须出门，走出去后随手把门关上。
        出门时不要让任何人进去。
        打电话给律师或求助热线，寻求帮助。

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
        有些情况下，执法人员没有令状也可以进入，例如紧急情况。
        如果您认为自己的权利受到侵犯，事后再通过律师提出异议。
    .line-no-consent = 我不同意这次进入或搜查。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。
    .line-no-sign = 没有律师，我不会签任何文件。

at-home--landlord =
    .title = 如果房东威胁您
    .body =
        房东不得因为您的移民身份骚扰或威胁您。
        《纽约市人权法》（NYC Human Rights Law）禁止这样做。
        把对方说了什么、什么时候说的，都记下来。
        如需投诉，请拨打 311，要求转接纽约市人权委员会（NYC Commission on Human Rights）。

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
    .title = 要记住的重点
    .point-door = 不要开门。隔着门说话。
    .point-judge = 法官签署的令状，可以让他们在您不同意的情况下进来。
    .point-disputed = ICE 声称，它自己的某些表格也允许进入。法院正在审理。无论如何：一直关着门，不要同意，不要反抗，打电话给律师。
    .point-silent = 您可以保持沉默。但绝不要说谎。
    .point-no-resist = 绝不要反抗或阻挡执法人员。
    .point-no-sign = 没有律师，不要签任何文件。

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        问大家：“有谁遇到过意想不到的人来敲门？”
        强调：可以隔着关着的门说话，不必开门。
        常见错误：为了看清文件，把门开“一点点”。
        执法人员可能会说自己是警察或缓刑监督官。要隔着窗户问他们的姓名和警徽号码。
        强调：法官签署的令状，可以让他们在没有得到同意的情况下进来。
        坦诚说明：ICE 在 2025 年的一份备忘录声称，ICE 的某些表格也允许进入住宅。截至 2026 年 12 月，法院正在审理。
        步骤不变：不同意，也不反抗。把发生的事记下来。打电话给律师。

quiz-at-home--knock =
    .question = 一大早，有人用力敲门，大喊“警察！”您首先该怎么做？
    .answer-open = 把门开一点，看看是谁。
    .why-open = 开门会让他们更容易进来。请一直关着门，隔着门说话。
    .answer-run = 从后门跑出去。
    .why-run = 绝不要逃跑。保持冷静，关着门，隔着门说话。
    .answer-talk = 关着门，问他们是谁、是哪个机构的。
    .why-talk = 您可以隔着关着的门说话。ICE 执法人员有时会说自己是“警察”，所以要问清楚是哪个机构。

quiz-at-home--someone-else =
    .question = 门外的执法人员问：“你兄弟在哪里？”您怎么做？
    .answer-silent = 说：“我会保持沉默。”
    .why-silent = 您不必说出任何人在哪里。保持沉默不是犯罪。
    .answer-lie = 说他已经搬回自己的国家了。
    .why-lie = 绝不要对执法人员说谎。对联邦执法人员说谎是犯罪。请保持沉默。
    .answer-tell = 告诉他们他在哪里上班，好让他们离开。
    .why-tell = 您不必说出任何人在哪里。您可以保持沉默。

quiz-at-home--forced =
    .question = 执法人员推开门，走了进来。您怎么做？
    .answer-block = 站在门口，挡住他们。
    .why-block = 即使您认为他们做错了，也绝不要阻挡或反抗执法人员。事后再通过律师提出异议。
    .answer-say = 不要反抗。说：“我不同意这次进入或搜查。”
    .why-say = 不要反抗，但要清楚地说出您不同意。然后保持沉默，并要求见律师。
    .answer-explain = 回答他们所有的问题，让他们快点离开。
    .why-explain = 您不必回答。说您会保持沉默，并且想和律师谈谈。

quiz-at-home--after =
    .question = 执法人员走了。您现在该做什么？
    .answer-forget = 尽量忘掉这件事，谁也不告诉。
    .why-forget = 细节很快就会记不清。把发生的事写下来，然后打电话给律师。
    .answer-post = 马上把视频发到网上，每个人的脸都不遮挡。
    .why-post = 不要在网上发布被带走的人的脸。保存好原始视频，然后打电话给律师。
    .answer-write = 写下日期、时间、机构、姓名，以及他们说了什么。
    .why-write = 尽快写下来。保存好照片和视频，然后打电话给律师。
