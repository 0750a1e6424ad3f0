## Scenario: check the paper they show you (the warrant checker).

warrant = 检查令状

warrant--look =
    .title = 看文件最上方
    .body =
        请继续关着门。
        请他们把文件从门缝下面塞进来，或者贴在窗户上。
        ICE 的表格最上方写着“Department of Homeland Security”（国土安全部）。
        标题是“Warrant for Arrest of Alien”（逮捕外国人的令状，I-200 表格）或“Warrant of Removal/Deportation”（执行递解的令状，I-205 表格）。
        表格编号印在最下方。
        您的文件最上方写的是什么？
    .choice-dhs = “Department of Homeland Security”（国土安全部），或者 I-200、I-205 表格
    .choice-court = 某个法院的名称
    .choice-not-sure = 我不确定

warrant--check =
    .title = 一题一题地检查这份文件
    .body = 请回答每个问题。只要有一个回答是“否”或“不确定”，就继续关着门。
    .item-court = 文件最上方写着法院名称吗？例如“United States District Court”（美国联邦地区法院）或“Supreme Court of the State of New York”（纽约州最高法院）。
    .item-judge = 是法官签的字吗？不能是 ICE 官员签的，也不能是移民法官签的。
    .item-name-address = 上面的姓名正确，地址也和您的住址完全一致吗？法官签发的逮捕令上可能没有地址：如果是这样，请回答“不确定”。
    .item-date = 它还在有效期内吗？

warrant--ice-form =
    .title = 这是 ICE 的表格，不是法官签署的令状
    .body =
        I-200 或 I-205 表格是美国移民及海关执法局（ICE）的文件。
        签字的是 ICE 官员，不是法官。
        长期以来的指引认为：单凭这份文件，他们不能进入您家。
        请继续关着门。

warrant--disputed =
    .title = 有一点存在争议
    .body =
        ICE 在 2025 年的一份备忘录中说，有 I-205 加上最终递解令，就可以进入住宅。
        2026 年 1 月，一名联邦法官裁定，其中一次这样的进入违反宪法。
        截至 2026 年 12 月，法院仍在审理。
        遇到紧急情况，没有令状也可能可以进入。
        您的做法不变：继续关着门，不同意，不反抗，记下发生的事，并打电话给律师。

warrant--not-judicial =
    .title = 不要把它当作法官签署的令状
    .body =
        至少有一个回答是“否”或“不确定”。
        所以，不要把这份文件当作法官签署的令状。
        姓名错误、地址错误或日期过期，也说明您不必开门。
        请继续关着门。打电话给律师。
        绝不要用身体阻挡执法人员。

warrant--say-no =
    .title = 隔着门这样说
    .line-no-entry = 我不同意你们进入我家。
    .line-slide = 请把令状从门缝下面塞进来。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。

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
    .line-lawyer = 我想和律师谈谈。
    .line-no-sign = 没有律师，我不会签任何文件。

warrant--end =
    .title = 要记住的重点
    .point-judge = 法官签署的令状，可以让他们在您不同意的情况下进来。
    .point-ice-form = ICE 表格（I-200 或 I-205）是 ICE 官员签的，不是法官签的。
    .point-disputed = ICE 声称，它自己的某些表格也允许进入住宅。法院正在审理。请继续关着门，不要同意。
    .point-check = 检查法院名称、法官签名、姓名、地址和日期。
    .point-no-resist = 即使文件有问题，也绝不要阻挡或反抗执法人员。
    .point-lawyer = 打电话给律师。把发生的事记下来。

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        问大家：“如果文件上写着‘Warrant’（令状），是不是就代表法官签过字？”
        常见错误：一看到“Warrant”这个词就相信。ICE 的 I-200 和 I-205 表格上也有这个词。
        展示 ICE 表格的样子：最上方是“Department of Homeland Security”，标题里有“Alien”（外国人），最下方是表格编号。
        强调四项检查：法院名称、法官签名、正确的姓名和地址、日期。
        强调：这里说的法官，不包括移民法官。
        坦诚说明：ICE 在 2025 年的一份备忘录声称，有 I-205 加上递解令，就可以进入住宅。
        一名法官裁定，其中一次这样的进入违反宪法；截至 2026 年 12 月，法院仍在审理。步骤不变。
        强调：即使文件有问题，也绝不要阻挡或反抗执法人员。

quiz-warrant--dhs =
    .question = 执法人员从门缝下面塞进来一份文件。最上方写着“Department of Homeland Security”（国土安全部）。这说明了什么？
    .answer-must-open = 这是令状，所以您必须开门。
    .why-must-open = 国土安全部（DHS）的文件是 ICE 的表格，不是法官签署的令状。单凭这份文件，他们没有权利进入您家。
    .answer-ice-form = 这是 ICE 的表格，不是法官签署的令状。
    .why-ice-form = I-200 和 I-205 这类表格是 ICE 官员签的字。请继续关着门。
    .answer-hand-back = 开门把文件还给他们，并解释清楚。
    .why-hand-back = 开门会让他们更容易进来。请一直关着门，隔着门说话。

quiz-warrant--immigration-judge =
    .question = 文件上是“Immigration Judge”（移民法官）签的字。您怎么做？
    .answer-yes = 是法官签的字，所以开门。
    .why-yes = 移民法官在这里不算数。文件上必须写明法院名称，并由法官或治安法官（magistrate）签字。
    .answer-let-in = 让他们进来，请他们解释这份文件是什么意思。
    .why-let-in = 如果您让他们进来，这可能会被视为您同意了。请继续关着门，并打电话给律师。
    .answer-no = 继续关着门。说：“我不同意你们进入我家。”
    .why-no = 这项检查要求的法官，不包括移民法官。请继续关着门。

quiz-warrant--wrong-address =
    .question = 文件上写着法院名称，也有法官签字。但地址不是您的。您怎么做？
    .answer-no-entry = 继续关着门。说：“我不同意你们进入我家。”
    .why-no-entry = 姓名错误、地址错误或日期过期，都说明您不必开门。请打电话给律师。
    .answer-open = 开门，因为是法官签的字。
    .why-open = 令状上必须有正确的姓名，地址也必须和您的住址完全一致。如果不是，您不必开门。
    .answer-block = 站在门口，不让他们进来。
    .why-block = 即使文件有问题，也绝不要用身体阻挡执法人员。说您不同意，并打电话给律师。

quiz-warrant--valid =
    .question = 这份文件通过了每一项检查。这是法官签署的令状，执法人员进来了。您怎么做？
    .answer-explain = 回答他们所有的问题，表示您没有什么要隐瞒的。
    .why-explain = 即使令状有效，您也可以保持沉默。说“我会保持沉默”，并要求见律师。
    .answer-search-all = 告诉他们想搜哪里都可以。
    .why-search-all = 他们只能搜查令状上列出的范围。其他搜查，一律不要同意。
    .answer-silent = 不要反抗。保持沉默，并要求见律师。
    .why-silent = 有效的令状让他们可以进来，但只能按令状上写的范围行事。您仍然有保持沉默的权利。
