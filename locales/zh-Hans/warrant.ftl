## Scenario: check the paper they show you (the warrant checker).

warrant = 检查令状

warrant--look =
    .title = 看文件最上方
    .body =
        请继续关着门。
        请他们把文件从门缝下面塞进来，或者贴在窗户上。
        文件最上方写的是什么？
    .choice-dhs = “Department of Homeland Security”（国土安全部），或者 I-200、I-205 表格
    .choice-court = 某个法院的名称
    .choice-not-sure = 我不确定

warrant--check =
    .title = 一题一题地检查这份文件
    .body = 请回答每个问题。只要有一个回答是“否”或“不确定”，就不要开门。
    .item-court = 文件最上方写着法院名称吗？例如“United States District Court”（美国联邦地区法院）或“Supreme Court of the State of New York”（纽约州最高法院）。
    .item-judge = 是法官签的字吗？不能是 ICE 官员签的，也不能是移民法官签的。
    .item-name-address = 上面的姓名正确，地址也和您的住址完全一致吗？
    .item-date = 它还在有效期内吗？

warrant--ice-form =
    .title = 这是 ICE 的表格，不是法官签署的令状
    .body =
        I-200 或 I-205 表格是美国移民及海关执法局（ICE）的文件。
        签字的是 ICE 官员，不是法官。
        单凭这份文件，他们没有权利进入您家。
        请继续关着门。

warrant--disputed =
    .title = 有一点存在争议
    .body =
        ICE 在 2025 年的一份备忘录中说，有 I-205 加上最终递解令，就可以进入住宅。
        2026 年 1 月，一名联邦法官裁定，其中一次这样的进入违反宪法。
        相关诉讼还在进行中。
        您的做法不变：不同意，不反抗，记下发生的事，并打电话给律师。

warrant--not-judicial =
    .title = 这不是有效的法官令状
    .body =
        这份文件至少有一项没有通过检查。
        姓名错误、地址错误或日期过期，也说明您不必开门。
        请继续关着门。
        绝不要用身体阻挡执法人员。

warrant--say-no =
    .title = 隔着门这样说
    .line-no-entry = 我不同意你们进入我家。
    .line-slide = 请把令状从门缝下面塞进来。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。

warrant--judicial =
    .title = 这可能是法官签署的令状
    .body =
        如果令状有效，他们可以进来，但只能按令状上写的范围行事。
        不要反抗，也不要阻挡他们。
        您仍然有保持沉默的权利。
        要求见律师。待在他们让您待的地方，看着他们搜查哪里。
        令状上没有列出的搜查，一律不要同意。

warrant--say-yes =
    .title = 您仍然可以这样说
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。
    .line-no-sign = 没有律师，我不会签任何文件。

warrant--end =
    .title = 请记住
    .point-judge = 只有法官签署的令状，才能让他们在您不同意的情况下进来。
    .point-ice-form = ICE 表格（I-200 或 I-205）是 ICE 官员签的，不是法官签的。
    .point-check = 检查法院名称、法官签名、姓名、地址和日期。
    .point-no-resist = 即使文件有问题，也绝不要阻挡或反抗执法人员。
    .point-lawyer = 打电话给律师。把发生的事记下来。
