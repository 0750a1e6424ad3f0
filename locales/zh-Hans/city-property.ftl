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

city-property--shelter =
    .title = 在市政府庇护所或办公室
    .body =
        房间、办公室和员工专用区域，都属于非公共区域。
        执法人员要进入这些区域，需要法官签署的令状，除非工作人员允许，或者有紧急情况。
        大堂和等候室是公共区域：执法人员可能会在那里。
        只有在某项服务需要时，庇护所的工作人员才会问您的移民身份。

city-property--services =
    .title = 使用市政府服务
    .body =
        只有在需要确认您是否符合资格时，市政府工作人员才会问您的移民身份。
        除了少数特定情况，他们不会透露您的身份。
        第 13 号行政命令禁止把您的个人资料提供给移民执法人员。
        唯一的例外是法律要求提供的时候。
        每个市政府机构都要指定一名隐私官，负责确保机构保护好您的资料。
        这项命令还成立了一个应对危机的市政府团队，并要求 NYPD、惩教局和缓刑局在 90 天内审查各自的规定。

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
    .line-lawyer = 我想和律师谈谈。

city-property--end =
    .title = 要记住的重点
    .point-private = 进入市政府建筑的非公共区域，通常需要法官签署的令状。
    .point-public = 公共区域（例如大堂和候诊室）不在这项规定的保护范围内。
    .point-hospital = 无论您的身份如何，市立医院都会为您看病。
    .point-school = 公立学校不会询问移民身份。
    .point-rights = 您可以保持沉默，也可以拒绝搜查。

## Workshop: presenter notes and practice quiz.

presenter-city-property =
    .body =
        问大家：“ICE 可以进入市立医院吗？”先听大家怎么说，再回答。
        强调这项规定：进入非公共区域，需要法官签署的令状、市政府工作人员的允许，或者有紧急情况。
        常见错误：说 ICE “不能进入”医院、学校或庇护所。公共区域不在保护范围内。
        强调：无论身份如何，市立医院都会提供医疗服务；学校不会询问身份。
        坦诚说明局限：联邦法律规定，市政府不能完全禁止分享移民身份信息。
        联邦机构也可以通过法律程序索取资料，例如法院命令。

quiz-city-property--friend-says =
    .question = 朋友说：“ICE 不能进入市立医院。”您怎么告诉他？
    .answer-agree = “没错。市立医院是 ICE 的禁区。”
    .why-agree = 这说得太绝对了。执法人员可以出现在公共区域，例如大堂和候诊室。
    .answer-stay-away = “不过就算生病了，也别去医院。”
    .why-stay-away = 无论您的移民身份如何，市立医院都会为您看病。需要看病时，不要耽误。
    .answer-private = “进入非公共区域，通常需要法官签署的令状。大堂不在保护范围内。”
    .why-private = 市政府的规定保护非公共区域。公共区域（例如候诊室）不在保护范围内。

quiz-city-property--school =
    .question = 您的孩子在纽约市公立学校上学。您担心万一您被拘留，没有人去接孩子。您怎么做？
    .answer-blue-card = 在学校的“蓝卡”上填写最多三位您信任的成年人。
    .why-blue-card = 您可以在蓝卡上填写最多三位紧急联系人。关于完整的家庭应急计划，请咨询律师。
    .answer-keep-home = 让孩子待在家里，不去上学。
    .why-keep-home = 学校不会询问身份，校长也不可以同意这些执法人员进入学校。请提前做好计划。
    .answer-tell-status = 把您的移民身份告诉学校，好让学校帮忙。
    .why-tell-status = 学校不会询问移民身份，您也不需要告诉学校。请使用蓝卡。

quiz-city-property--doctor =
    .question = 您生病了，但担心市立医院会举报您的身份。您怎么做？
    .answer-skip = 待在家里，希望病自己好。
    .why-skip = 无论您的身份如何，市立医院都会为您看病。需要看病时，不要耽误。
    .answer-go = 去纽约市公立医院（NYC Health + Hospitals）看病。
    .why-go = 在那里看病，不取决于您的身份。只有经过您同意，或者法律要求时，医院才会提供您的记录。
    .answer-false-name = 在前台报一个假名字。
    .why-false-name = 不要报假名字。您能不能看病，不取决于您的身份。

quiz-city-property--bag =
    .question = 在市政府办公室的大堂，执法人员拦住您，要看您的包。您怎么做？
    .answer-hand-over = 把包交给他们，好让事情早点结束。
    .why-hand-over = 这就等于您同意搜查。在这里，您享有的权利和在其他地方一样。说：“我不同意搜查。”
    .answer-run = 跑出大楼。
    .why-run = 绝不要逃跑、反抗或阻挡他们。保持冷静，说您不同意搜查。
    .answer-no-consent = 保持冷静，说：“我不同意搜查。”
    .why-no-consent = 在市政府建筑里，您仍然享有您的权利。如果他们还是要搜查，不要反抗。
