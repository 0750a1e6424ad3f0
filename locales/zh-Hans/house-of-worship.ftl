## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = 在宗教场所

house-of-worship--role =
    .title = 宗教场所不是禁区
    .body =
        对美国移民及海关执法局（ICE）来说，教堂、清真寺、犹太会堂或寺庙都不是禁区。
        2025 年 1 月，国土安全部（DHS，ICE 的上级部门）取消了“敏感地点”政策。
        但进入非公共区域，仍然需要法官签署的令状，或者得到同意。
        您属于哪种情况？
    .choice-leader = 我参与管理宗教场所
    .choice-member = 我是这里的信众
    .choice-agents = 执法人员现在就在这里

house-of-worship--plan =
    .title = 提前制定计划
    .body =
        确定哪些地方是非公共区域，例如办公室和后面的房间。
        您可以在这些区域挂上标志。
        执法人员要进入这些区域，需要法官签署的令状或得到同意。
        指定一名联络人，负责和执法人员见面。
        这个人负责要求查看令状，并打电话给你们的律师。

house-of-worship--guidance =
    .title = 参考指引，并咨询律师
    .body =
        纽约州总检察长在 2025 年 2 月发布了一份指引。
        它适用于私人场所和非营利机构场所，例如宗教场所。
        请就您的计划咨询律师。
        本指南不是法律建议。

house-of-worship--member =
    .title = 如果您是信众
    .body =
        对执法人员来说，您的宗教场所不是禁区。
        问一问你们社区的联络人是谁。
        如果执法人员来了，让联络人和他们交谈。
        无论您的身份如何，您仍然享有您的权利。

house-of-worship--agents-here =
    .title = 如果执法人员来了
    .body =
        保持冷静。不要逃跑。
        即使您认为他们做错了，也不要反抗或阻挡他们。
        事后可以通过律师提出异议。
        进入非公共区域，需要法官签署的令状或得到同意。
    .choice-point-person = 我是联络人
    .choice-asked = 执法人员问我问题
    .choice-warrant = 他们出示了令状

house-of-worship--paper =
    .title = 联络人：检查这份文件
    .body =
        由联络人看文件。其他人让联络人来处理。
        ICE 的表格最上方写着“Department of Homeland Security”（国土安全部），最下方写着 I-200 或 I-205。这种表格不是法官签的。
        请回答每个问题。只要有一个回答是“否”或“不确定”，就不要把它当作法官签署的令状。
    .item-court = 文件最上方写着法院名称吗？例如“United States District Court”（美国联邦地区法院）。
    .item-judge = 是法官签的字吗？不能是 ICE 官员签的，也不能是移民法官签的。
    .item-place = 上面写了这个宗教场所的名称和地址，并列出了要搜查的区域吗？法官签发的逮捕令可能只写了某个人的名字：如果是这样，请回答“不确定”。
    .item-date = 它还在有效期内吗？

house-of-worship--not-judicial =
    .title = 不要把它当作法官签署的令状
    .body =
        进入非公共区域，仍然需要法官签署的令状或得到同意。
        是否同意，由联络人代表社区决定。
        不要挡住门，也不要阻挡执法人员。打电话给你们的律师。

house-of-worship--judicial =
    .title = 这可能是法官签署的令状
    .body =
        如果令状有效，执法人员可以搜查令状上列出的地方，而且只能搜查这些地方。
        不要反抗，也不要阻挡他们。
        每个人仍然可以保持沉默，并要求见律师。
        打电话给你们的律师。

house-of-worship--say-point =
    .title = 联络人：这样说
    .body =
        冷静地和执法人员见面。要求查看令状。
        进入非公共区域，需要法官签署的令状或得到同意，紧急情况除外。
        然后打电话给你们的律师。
    .line-no-entry = 我不同意你们进入非公共区域。
    .line-show-warrant = 请给我看令状。
    .line-lawyer = 我想和律师谈谈。

house-of-worship--say-member =
    .title = 如果执法人员问您问题
    .body =
        无论您的移民身份如何，您都可以保持沉默。
        不要说谎。绝不要出示假证件。
        年满 18 岁，并持有绿卡等移民登记证件？法律规定要随身携带。如果移民执法人员要求查看，律师建议出示。
        如果他们说您可以离开，就冷静地离开。
    .line-free-to-go = 我可以离开吗？
    .line-silent = 我会保持沉默。
    .line-no-search = 我不同意搜查。
    .line-lawyer = 我想和律师谈谈。

house-of-worship--end =
    .title = 要记住的重点
    .point-not-off-limits = 对 ICE 来说，宗教场所不是禁区。
    .point-private = 进入非公共区域，需要法官签署的令状或得到同意。
    .point-point-person = 指定一名联络人，负责和执法人员见面，并打电话给律师。
    .point-silent = 每个人都可以保持沉默。绝不要说谎。
    .point-lawyer = 请就您的计划咨询律师。

## Workshop: presenter notes and practice quiz.

presenter-house-of-worship =
    .body =
        强调：对 ICE 来说，宗教场所不是禁区。
        2025 年 1 月，国土安全部（DHS）取消了“敏感地点”政策。不要说相反的话。
        强调：进入非公共区域，仍然需要法官签署的令状或得到同意。
        常见错误：围住执法人员，或者堵住门口。绝不要阻挡执法人员。
        问大家：我们的联络人是谁？哪些房间是非公共区域？
        提一下纽约州总检察长 2025 年 2 月发布的指引，它适用于宗教场所。
        坦诚说明：这不是法律建议。请律师审查你们的计划。

quiz-house-of-worship--off-limits =
    .question = 一位信众说：“ICE 永远不能进教堂。”您怎么告诉他？
    .answer-agree = “没错。教堂是 ICE 的禁区。”
    .why-agree = 那是以前的政策。国土安全部（DHS）在 2025 年 1 月取消了它。不要告诉别人教堂是禁区。
    .answer-services = “做礼拜的时候，他们不能进来。”
    .why-services = 没有任何政策能把执法人员挡在外面，不论是不是在做礼拜。请提前做好计划，并标出你们的非公共区域。
    .answer-not-off-limits = “教堂不是禁区，但进入非公共区域需要法官签署的令状或得到同意。”
    .why-not-off-limits = 国土安全部（DHS）在 2025 年 1 月取消了“敏感地点”政策。进入非公共区域，仍然需要法官签署的令状或得到同意。

quiz-house-of-worship--who-speaks =
    .question = 礼拜进行中，执法人员走进了大堂。好几位信众冲到他们面前。
    .answer-block = 信众站在门口，不让执法人员再往里走。
    .why-block = 即使您认为他们做错了，也绝不要阻挡执法人员。让联络人去交谈，事后可以通过律师提出异议。
    .answer-point-person = 由联络人和他们见面，要求查看令状，并打电话给律师。
    .why-point-person = 由一位冷静的人代表全体信众说话。其他人都可以保持沉默。
    .answer-everyone = 每个人都回答执法人员的问题，表示没有什么要隐瞒的。
    .why-everyone = 任何人都不必回答问题。让联络人去交谈。其他人可以保持沉默。

quiz-house-of-worship--office =
    .question = 您是联络人。执法人员想进入牧师的办公室。他们没有出示令状。
    .answer-let-in = 让他们进去，免得场面紧张。
    .why-let-in = 让他们进去就等于同意。请说：“我不同意你们进入非公共区域。”
    .answer-stand = 站在门前，不让他们过去。
    .why-stand = 绝不要用身体阻挡执法人员。说您不同意，然后打电话给你们的律师。
    .answer-no-consent = 说：“我不同意你们进入非公共区域。”然后打电话给你们的律师。
    .why-no-consent = 进入非公共区域，需要法官签署的令状或得到同意。如果他们还是进去了，不要阻挡他们。

quiz-house-of-worship--parking-lot =
    .question = 您做完礼拜要离开。在停车场，一名执法人员问您在哪里出生。
    .answer-silent = 说“我会保持沉默”，然后问：“我可以离开吗？”
    .why-silent = 无论您的身份如何，您都可以保持沉默。如果您可以离开，就冷静地离开。
    .answer-citizen = 说您是美国公民，尽管您不是。
    .why-citizen = 如果您不是公民，绝不要自称是公民。对联邦执法人员说谎是犯罪。保持沉默不是犯罪。
    .answer-run = 跑回楼里。
    .why-run = 绝不要逃跑。保持冷静，保持沉默，并问他们您是否可以离开。
