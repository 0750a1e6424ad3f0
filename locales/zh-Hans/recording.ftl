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
        然后保持沉默，并要求见律师。
    .line-no-search = 我不同意搜查我的手机。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。

recording--backup =
    .title = 备份您的视频
    .body =
        尽快备份原始文件。
        在另一个安全的地方再存一份。

recording--write-down =
    .title = 把您看到的写下来
    .body =
        尽快写下来：日期、时间和地点。
        哪个机构（ICE、HSI、CBP 或 NYPD），人员的姓名和警徽号码。
        有多少名执法人员。穿什么制服，有没有戴口罩。
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
    .title = 请记住
    .point-openly = 公开拍摄，保持安全距离。
    .point-step-back = 绝不要妨碍执法。被要求后退时，就后退。
    .point-agents = 拍执法人员，不要拍被拘留的人的脸。
    .point-backup = 备份文件，并把您看到的写下来。
    .point-secret = 偷偷录下别人的私人谈话是犯罪。
