## Scenario: immigration agents come to your workplace.

work = 在工作场所

work--arrive =
    .title = 执法人员来到您工作的地方
    .body =
        保持冷静。不要逃跑。
        执法人员没有令状，也可以进入商家的公共区域。
        进入非公共区域，需要法官签署的令状，或者雇主的同意。
        现在是什么情况？
    .choice-public = 他们在公共区域
    .choice-private = 他们想进入非公共区域
    .choice-questioned = 他们在问我问题
    .choice-paper = 他们出示了一份文件

work--public =
    .title = 商家的公共区域
    .body =
        公共区域是顾客可以去的地方。
        例如大堂，或者商店里顾客购物的区域。
        执法人员没有令状也可以在那里。
        在那里，您仍然享有您的权利。

work--private =
    .title = 商家的非公共区域
    .body =
        非公共区域包括休息室、储藏室和员工专用区域。
        执法人员要进入这些区域，需要法官签署的令状。
        或者需要得到雇主的同意。
        即使您认为他们做错了，也不要阻挡或推搡执法人员。

work--employer =
    .title = 雇主可以标出非公共区域
    .body =
        雇主可以在非公共区域挂上标志。
        例如：“Private. Staff only.”（非公共区域，仅限员工）
        标志告诉执法人员：进入这里需要法官签署的令状或得到同意。

work--rights =
    .title = 作为员工，您可以做什么
    .body =
        您可以保持沉默。
        您可以问自己是否可以离开。
        您可以拒绝他们搜查您的物品。
        您可以要求口译员和律师。
        如果您有医疗需要，或者要照顾孩子，请告诉他们。

work--say =
    .title = 说出这些话，然后保持沉默
    .body =
        冷静地说出下面这些话。
        如果他们说您可以离开，就冷静地离开。不要跑。
    .line-silent = 我会保持沉默。
    .line-free = 我可以离开吗？
    .line-no-consent = 我不同意搜查。
    .line-interpreter = 我需要口译员。
    .line-lawyer = 我想与律师谈话。

work--end =
    .title = 请记住
    .point-public = 执法人员没有令状，也可以进入公共区域。
    .point-private = 进入非公共区域，需要法官签署的令状或雇主的同意。
    .point-silent = 您可以保持沉默，也可以拒绝他们搜查您的物品。
    .point-interpreter = 要求口译员和律师。
    .point-no-run = 绝不要逃跑、反抗或说谎。

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        问大家：“您工作的地方，哪些区域是顾客可以进去的？”
        强调：执法人员没有令状，也可以进入商家的公共区域。
        进入非公共区域，需要法官签署的令状或雇主的同意。
        常见错误：执法人员一来，就往后门跑。
        强调：员工可以保持沉默，可以问自己是否可以离开，也可以拒绝他们搜查自己的物品。
        提醒员工：如果有医疗需要，或者要照顾孩子，要告诉执法人员。
        雇主可以用标志标出非公共区域，也应该就应对计划咨询律师。

quiz-work--customer-area =
    .question = 执法人员走进您工作的餐馆的顾客区。您怎么做？
    .answer-run = 从后门跑出去。
    .why-run = 绝不要逃跑。保持冷静。您仍然享有您的权利。
    .answer-calm = 保持冷静。您可以保持沉默，也可以问自己是否可以离开。
    .why-calm = 正确。执法人员没有令状，也可以进入公共区域。在那里，您仍然享有您的权利。
    .answer-block = 站在门口，告诉他们不能进来。
    .why-block = 执法人员没有令状，也可以进入公共区域。绝不要阻挡或推搡执法人员。

quiz-work--break-room =
    .question = 一名执法人员想进入员工专用的休息室。您的经理不在。您怎么做？
    .answer-open-door = 为他们打开休息室的门。
    .why-open-door = 进入非公共区域，需要法官签署的令状或雇主的同意。要求查看令状，并告诉您的雇主。
    .answer-block = 站在门前，不让他们进去。
    .why-block = 即使您认为他们做错了，也绝不要阻挡或推搡执法人员。事后再通过律师维权。
    .answer-ask = 不要开门。要求查看法官签署的令状，并告诉您的雇主。
    .why-ask = 正确。进入非公共区域，需要法官签署的令状或雇主的同意。如果他们还是进去了，不要阻挡他们。

quiz-work--status =
    .question = 在您的工位上，一名执法人员问：“你在这里是合法的吗？”您怎么做？
    .answer-silent = 说：“我会保持沉默。”然后问：“我可以离开吗？”
    .why-silent = 正确。您可以保持沉默。如果他们说您可以离开，就冷静地离开。
    .answer-lie = 说“是”，即使这不是真的。
    .why-lie = 绝不要说谎。对联邦执法人员说谎是犯罪。保持沉默不是犯罪。
    .answer-false-papers = 出示一张其实不属于您的工卡。
    .why-false-papers = 绝不要出示假证件。请保持沉默，并要求见律师。

quiz-work--child =
    .question = 执法人员说您不可以离开。您的孩子正在学校等您。您怎么做？
    .answer-sign = 签下他们递给您的文件，好早点走。
    .why-sign = 没有律师，不要签任何文件。有些文件可能会让您放弃听证的权利。
    .answer-tell = 告诉他们您要去接孩子，并要求见律师。
    .why-tell = 正确。告诉他们您要照顾孩子，或者有医疗需要。然后保持沉默，并要求见律师。
    .answer-run = 从侧门溜出去接孩子。
    .why-run = 绝不要逃跑。把孩子的情况告诉他们。家庭应急计划可以指定一位信任的成年人去接孩子。
