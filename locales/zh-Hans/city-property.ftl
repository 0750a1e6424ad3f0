## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = 在市政府的建筑里

city-property--rule =
    .title = 市政府建筑的规定
    .body =
        纽约市的一项法律保护市政府建筑里的非公共区域。
        包括市立医院、公立学校、市政府庇护所和市政府办公室。
        它适用于市政府以外的执法人员，例如美国移民及海关执法局（ICE）。
        他们要进入这些区域，需要法官签署的令状。
        没有令状时，只有市政府工作人员允许，或者有紧急情况，他们才能进入。
        这项法律是《纽约市行政法典》§ 4-210。纽约市 2026 年第 13 号行政命令也重申了这项规定。

city-property--public-areas =
    .title = 这项规定不包括公共区域
    .body =
        这项规定不适用于公共区域。
        例如大堂、候诊室、人行道、公交车站和游乐场。
        执法人员可以出现在这些地方。
        所以 ICE 仍然可能来到市政府建筑。
        在那里，您仍然享有您的权利。

city-property--where =
    .title = 您在哪里？
    .choice-hospital = 在市立医院
    .choice-school = 在公立学校
    .choice-other = 在庇护所或市政府办公室
    .choice-stopped = 执法人员在那里拦住我

city-property--hospital =
    .title = 在纽约市公立医院
    .body =
        在纽约市公立医院（NYC Health + Hospitals），无论您的移民身份如何，您都可以看病。
        只有经过您同意，或者法律要求时，医院才会提供您的记录。
        仅有 ICE 官员签字的文件，并不能强迫医院提供记录。

city-property--school =
    .title = 在纽约市公立学校
    .body =
        纽约市教育局不同意这些执法人员进入学校。
        校长也不可以同意。学校的律师会审查任何令状。
        学校不会询问移民身份。
        家长可以在学校的“蓝卡”（blue card）上填写最多三位紧急联系人。

city-property--services =
    .title = 使用市政府服务
    .body =
        只有在需要确认您是否符合资格时，市政府工作人员才会问您的移民身份。
        除了少数特定情况，他们不会透露您的身份。
        第 13 号行政命令禁止把您的个人资料提供给移民执法人员。
        唯一的例外是法律要求提供的时候。
        每个市政府机构都有一名隐私官。

city-property--limit =
    .title = 市政府规定做不到的事
    .body =
        这些市政府规定有局限。
        1996 年的一项联邦法律规定，市政府不能完全禁止分享移民身份信息。
        联邦机构也可以通过法律程序索取资料，例如法院命令。
        本指南不是法律建议。关于您的情况，请咨询律师。

city-property--say =
    .title = 如果执法人员在那里拦住您
    .body =
        您享有的权利和在其他地方一样。
        不要逃跑、反抗或阻挡他们。
        冷静地说出下面这些话。然后保持沉默。
    .line-silent = 我会保持沉默。
    .line-no-consent = 我不同意搜查。
    .line-lawyer = 我想与律师谈话。

city-property--end =
    .title = 请记住
    .point-private = 进入市政府建筑的非公共区域，通常需要法官签署的令状。
    .point-public = 公共区域（例如大堂和候诊室）不在这项规定的保护范围内。
    .point-hospital = 无论您的身份如何，市立医院都会为您看病。
    .point-school = 公立学校不会询问移民身份。
    .point-rights = 您可以保持沉默，也可以拒绝搜查。
