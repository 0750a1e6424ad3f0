## Scenario: documenting and recording what happens.

recording = 记录发生的事

recording--rights =
    .title = 您有权拍摄和记录
    .body =
        根据纽约州法律，只要您没有被逮捕，就可以拍摄执法活动。
        您也可以做笔记，并保留您拍下的内容。
        这项法律（《纽约州民权法》§ 79-p）不允许您妨碍执法。
        它是否适用于美国移民及海关执法局（ICE）等联邦执法人员，目前还没有定论。
        在公共场所拍摄，普遍被认为是言论自由的权利。
        但管辖纽约的联邦上诉法院还没有对此作出裁决。

recording--situation =
    .title = 您需要什么帮助？
    .body = 请选择最符合您现在情况的一项。
    .choice-film = 我想拍摄执法人员
    .choice-sound = 我可以录音吗？
    .choice-phone = 执法人员要我的手机
    .choice-after = 事情结束了，接下来怎么办？

recording--film-safely =
    .title = 公开拍摄，保持安全距离
    .body =
        把手机拿在执法人员看得见的地方。
        保持安全距离。不要挡他们的路。
        如果执法人员让您后退，就后退，然后继续拍摄。
        拍执法人员，不要拍被拘留的人的脸。
        不要直播任何人的脸。
        没有移民身份？在现场旁观或拍摄，会给您个人带来风险。您可以站得更远一些，把看到的写下来，这样也能帮忙。

recording--sound =
    .title = 录音
    .body =
        您可以录下您自己参与的谈话。
        在纽约州，只需要谈话中的一个人同意就可以。
        偷偷录下别人的私人谈话是犯罪。
        所以要公开拍摄，绝不要偷拍偷录。

recording--phone =
    .title = 如果执法人员要您的手机
    .body =
        不要反抗。不要逃跑。
        说您不同意搜查。
        不要解锁手机，也不要把解锁的手机交出去。
        用密码锁住手机。面容或指纹解锁更容易被强行打开，各法院对此的看法也不一致。
        然后保持沉默，并要求见律师。
    .line-no-search = 我不同意搜查我的手机。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。

recording--backup =
    .title = 备份您的视频
    .body =
        尽快备份原始文件。
        在另一个安全的地方再存一份。

recording--write-down =
    .title = 把您看到的写下来
    .body =
        尽快写下来：日期、时间和地点。
        哪个机构，人员的姓名和警徽号码。机构可能是 ICE、HSI（ICE 的调查部门）、CBP（美国海关和边境保护局）或 NYPD。
        有多少名执法人员。有没有穿制服或戴面罩。
        什么车辆，车牌号是多少。
        他们出示了什么文件，说了什么话。
        有没有使用武力或造成损坏。他们把人带去了哪里。

recording--witnesses =
    .title = 先征得证人同意
    .body =
        其他人可能也看到了。
        记下他们的姓名或电话号码之前，先问他们。
        只有他们同意，才能写下来。

recording--end =
    .title = 要记住的重点
    .point-openly = 公开拍摄，保持安全距离。
    .point-step-back = 绝不要妨碍执法。被要求后退时，就后退。
    .point-agents = 拍执法人员，不要拍被拘留的人的脸。
    .point-phone = 用密码锁住手机。有人要搜查时，不要解锁。
    .point-backup = 备份文件，并把您看到的写下来。
    .point-secret = 偷偷录下别人的私人谈话是犯罪。

## Workshop: presenter notes and practice quiz.

presenter-recording =
    .body =
        强调：公开拍摄，保持安全距离。绝不要妨碍执法。
        强调：拍执法人员，不要拍被拘留的人的脸。不要直播任何人的脸。
        常见错误：被要求后退时和执法人员争辩。要后退，然后继续拍摄。
        问大家：您会马上把视频备份到哪里？
        坦诚说明：纽约州法律保护拍摄警察的权利。它是否适用于 ICE，目前还没有定论。
        在公共场所拍摄，普遍被认为是言论自由的权利。但管辖纽约的联邦上诉法院还没有对此作出裁决。
        提醒大家：偷偷录下别人的私人谈话是犯罪。

quiz-recording--step-back =
    .question = 您在人行道上拍摄 ICE 执法人员。一名执法人员让您后退。
    .answer-stay = 站着不动，因为您有权拍摄。
    .why-stay = 拍摄的权利不代表您可以妨碍执法。后退，然后继续拍摄。
    .answer-step-back = 后退，然后继续拍摄。
    .why-step-back = 保持安全距离，不要挡他们的路。您可以继续拍摄。
    .answer-stop = 停止拍摄，把手机收起来。
    .why-stop = 后退就够了。在安全距离外继续公开拍摄。

quiz-recording--faces =
    .question = 执法人员正在拘留您的邻居，您在拍摄。一位朋友说：“直播吧，让大家都看到。”
    .answer-livestream = 开直播，让邻居的脸出现在画面里。
    .why-livestream = 不要直播任何人的脸。拍执法人员，之后再备份文件。
    .answer-close-up = 走近一些，把邻居的脸拍清楚。
    .why-close-up = 走得太近可能会挡住执法人员的路。保持安全距离，改拍执法人员。
    .answer-agents = 在安全距离外拍执法人员，不拍邻居的脸。
    .why-agents = 拍执法人员和他们的行为。不要拍被拘留的人的脸。

quiz-recording--phone =
    .question = 一名执法人员说：“把手机给我。”然后伸手来拿。
    .answer-unlock = 解锁手机交给他，表示您没有什么要隐瞒的。
    .why-unlock = 替他们解锁，就像同意搜查一样。请说：“我不同意搜查我的手机。”
    .answer-hold = 紧紧抓住手机，把它抽回来。
    .why-hold = 绝不要反抗。说您不同意搜查，然后保持沉默。
    .answer-run = 逃跑，这样他们就拿不到您的视频。
    .why-run = 绝不要逃跑。保持冷静，说您不同意搜查。
    .answer-no-consent = 不要反抗。说：“我不同意搜查我的手机。”
    .why-no-consent = 不要反抗，但也不要同意搜查。然后保持沉默，并要求见律师。

quiz-recording--sound =
    .question = 两名执法人员走到一边私下谈话。您想录下他们说的话。
    .answer-openly = 在安全距离外公开拍摄，让他们看得见您的手机。
    .why-openly = 公开拍摄，让执法人员看得见您的手机。绝不要偷拍偷录。
    .answer-hide = 把手机藏在附近，录下他们的私人谈话。
    .why-hide = 偷偷录下别人的私人谈话是犯罪。请改为公开拍摄。
    .answer-close = 走近一些，让手机录到他们的话。
    .why-close = 靠得太近可能会挡住他们的路。保持安全距离，公开拍摄。
