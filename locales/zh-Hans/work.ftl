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
