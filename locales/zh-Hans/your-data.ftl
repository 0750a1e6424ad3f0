## Scenario: your information and city services.

your-data = 您的资料与市政府服务

your-data--services =
    .title = 使用市政府服务
    .body =
        只有在某项服务需要时，市政府工作人员才会问您的移民身份。
        例如，为了确认您是否符合资格。
        除了少数特定情况，他们不会透露您的身份。
        这是纽约市 2003 年第 41 号行政命令规定的。
        2017 年的《身份信息法》（Identifying Information Law）也保护您的个人信息。

your-data--new-order =
    .title = 2026 年保护您资料的命令
    .body =
        2026 年 2 月，市长签署了第 13 号行政命令。
        市政府机构不得把您的个人资料提供给移民执法人员。
        唯一的例外是法律要求提供的时候。
        每个市政府机构都要指定一名隐私官，负责确保机构保护好您的资料。
        NYPD、惩教局和缓刑局也必须在 90 天内审查各自有关移民的规定。

your-data--place =
    .title = 您要去哪里？
    .body = 选择一个地方，了解更多。
    .choice-dmv = 车管局（DMV）
    .choice-police = 警察局（NYPD）
    .choice-hospital = 市立医院
    .choice-other = 其他市政府办公室

your-data--dmv =
    .title = 在车管局（DMV）
    .body =
        纽约州的《绿灯法》（Green Light Law）保护您在车管局的记录。
        没有法院命令，车管局不会把您的资料提供给移民执法人员。
        绝不要提供假证件。

your-data--police =
    .title = 如果您报警
    .body =
        纽约市警察局（NYPD）不会询问受害人或证人的移民身份。
        您可以报案。
        紧急情况请拨打 911。

your-data--hospital =
    .title = 在纽约市公立医院
    .body =
        在纽约市公立医院（NYC Health + Hospitals），无论您的移民身份如何，您都可以看病。
        只有经过您同意，或者法律要求时，医院才会提供您的记录。
        仅有美国移民及海关执法局（ICE）官员的签名，并不能强迫医院提供记录。
        执法人员要进入非公共区域，需要法官签署的令状。
        例外情况是：有紧急情况，或者市政府工作人员允许。

your-data--limits =
    .title = 市政府无法保证的事
    .body =
        1996 年的一项联邦法律规定，城市不能完全禁止分享移民身份信息。
        联邦机构也可以通过法律程序索取资料，例如法院命令。
        所以这些市政府规定能保护您，但不是在所有情况下。
        如果您担心，请咨询律师。

your-data--end =
    .title = 要记住的重点
    .point-status = 只有在服务需要时，市政府工作人员才会问您的身份。
    .point-sharing = 除非法律要求，市政府机构不会分享您的个人资料。
    .point-dmv = 车管局需要法院命令，才能把资料提供给移民执法人员。
    .point-police = NYPD 不会询问受害人或证人的身份。
    .point-limits = 联邦机构仍然可以通过法律程序索取资料。

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        强调：只有在某项服务需要时，市政府工作人员才会问移民身份。
        强调：大家可以继续使用自己需要的市政府服务。
        常见错误：因为害怕而不去看病，或者不报案。
        问大家：您的家人会使用哪些市政府服务？
        坦诚说明局限：1996 年的一项联邦法律，以及法院命令等法律程序，仍然适用。
        不要说市政府永远不会分享资料。这样的承诺说得太满了。

quiz-your-data--hospital =
    .question = 您的孩子生病了。您没有移民证件，担心市立医院会举报您。
    .answer-stay-home = 待在家里，不去看医生。
    .why-stay-home = 无论您的身份如何，纽约市公立医院（NYC Health + Hospitals）都会提供医疗服务。只有经过您同意，或者法律要求时，医院才会提供记录。
    .answer-false-name = 去看病，但报一个假名字。
    .why-false-name = 请提供真实的信息。在纽约市公立医院（NYC Health + Hospitals）看病，不取决于您的身份。
    .answer-go = 带孩子去纽约市公立医院（NYC Health + Hospitals）看病。
    .why-go = 看病不取决于身份。仅有 ICE 官员的签名，并不能强迫医院提供记录。

quiz-your-data--witness =
    .question = 您在自己住的那条街上看到了一起抢劫。您担心警察会问您的身份。
    .answer-report = 报案。NYPD 不会询问证人的身份。
    .why-report = 纽约市警察局（NYPD）不会询问受害人或证人的移民身份。紧急情况请拨打 911。
    .answer-no-report = 什么都不说，以求安全。
    .why-no-report = NYPD 不会询问受害人或证人的身份。您可以报案。
    .answer-citizen = 报案，但说自己是公民，以防他们问起。
    .why-citizen = 如果您不是公民，绝不要自称是公民。NYPD 不会询问证人的身份。

quiz-your-data--dmv =
    .question = 您想申请驾照。朋友说车管局会把所有资料都交给 ICE。
    .answer-avoid = 别去车管局。
    .why-avoid = 纽约州的《绿灯法》（Green Light Law）保护车管局的记录。车管局需要法院命令，才能把记录提供给移民执法人员。
    .answer-apply = 用您自己的真实证件申请。
    .why-apply = 《绿灯法》保护您在车管局的记录。没有法院命令，车管局不会把记录提供给移民执法人员。
    .answer-false-papers = 为了安全，用别人的证件申请。
    .why-false-papers = 绝不要使用假证件或别人的证件。请用您自己的证件申请。

quiz-your-data--promise =
    .question = 朋友说：“有了新命令，市政府永远不能把我的资料交给 ICE。”
    .answer-agree = “对，市政府永远不能分享。”
    .why-agree = 这样的承诺说得太满了。联邦机构可以通过法律程序索取资料，例如法院命令。
    .answer-stop-services = “那为了安全，就别再用市政府服务了。”
    .why-stop-services = 市政府的规定限制了工作人员能问什么、能分享什么。请继续使用您需要的服务。
    .answer-limits = “市政府限制了资料分享，但不能保证在所有情况下都不分享。”
    .why-limits = 第 13 号行政命令禁止分享资料，除非法律要求。联邦机构仍然可以通过法律程序索取资料。
