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

house-of-worship--say-point =
    .title = 联络人：这样说
    .body =
        冷静地和执法人员见面。要求查看令状。
        只有法官签署的令状，才能让他们在没有得到同意的情况下进入非公共区域。
        然后打电话给你们的律师。
    .line-no-entry = 我不同意你们进入非公共区域。
    .line-show-warrant = 请给我看令状。
    .line-lawyer = 我想与律师谈话。

house-of-worship--say-member =
    .title = 如果执法人员问您问题
    .body =
        无论您的移民身份如何，您都可以保持沉默。
        不要说谎。绝不要出示假证件。
        您是否年满 18 岁，并持有移民证件？如果执法人员要求查看，请出示。
        如果您可以离开，就冷静地离开。
    .line-free-to-go = 我可以离开吗？
    .line-silent = 我会保持沉默。
    .line-no-search = 我不同意搜查。
    .line-lawyer = 我想与律师谈话。

house-of-worship--end =
    .title = 请记住
    .point-not-off-limits = 对 ICE 来说，宗教场所不是禁区。
    .point-private = 进入非公共区域，需要法官签署的令状或得到同意。
    .point-point-person = 指定一名联络人，负责和执法人员见面，并打电话给律师。
    .point-silent = 每个人都可以保持沉默。绝不要说谎。
    .point-lawyer = 请就您的计划咨询律师。
