## Scenario: police or agents stop the car you are in.

car = 在车里

car--pull-over =
    .title = 安全地靠边停车
    .body =
        在安全的地方停车。关掉发动机。
        打开车内的灯。
        把车窗摇下一部分。
        双手放在他们看得见的地方。

car--who =
    .title = 您是司机吗？
    .choice-driver = 我是司机
    .choice-passenger = 我是乘客

car--driver =
    .title = 如果您是司机
    .body =
        对方要求时，出示驾照、车辆登记和保险证明。
        伸手拿任何东西之前，先告诉他们。
        绝不要出示假证件。绝不要说谎。
        其他问题，您可以保持沉默。

car--passenger =
    .title = 如果您是乘客
    .body =
        您可以保持沉默。
        绝不要出示假证件。绝不要说谎。
        您是否年满 18 岁，并持有绿卡（永久居民卡）或签证？
        联邦法律规定，您必须随身携带。
        如果移民执法人员要求查看，请出示。

car--asks =
    .title = 他们现在在做什么？
    .choice-search = 他们要搜查车辆
    .choice-get-out = 他们命令我下车
    .choice-questions = 他们问我问题
    .choice-arrest = 他们要逮捕我

car--search =
    .title = 如果他们要搜查车辆
    .body =
        您可以拒绝他们搜查车辆或您的物品。
        说的时候要冷静、清楚。
        如果他们还是要搜查，不要反抗，也不要阻挡。
        如果您认为自己的权利受到侵犯，事后再通过律师维权。
    .line-no-consent = 我不同意搜查。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。

car--get-out =
    .title = 如果他们命令您下车
    .body =
        执法人员可以命令您下车。
        慢慢地、冷静地下车。不要反抗。
        伸手拿任何东西之前，先告诉他们，解安全带也一样。
        您仍然可以拒绝搜查。

car--stay-silent =
    .title = 说出这些话，然后保持沉默
    .body = 冷静地说出下面这些话。然后保持沉默。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。
    .line-no-consent = 我不同意搜查。

car--end =
    .title = 请记住
    .point-pull-over = 安全地靠边停车，双手放在他们看得见的地方。
    .point-driver = 司机要出示驾照、车辆登记和保险证明。
    .point-passenger = 乘客可以保持沉默。
    .point-search = 您可以拒绝搜查。但绝不要反抗。
    .point-never-lie = 绝不要说谎，也绝不要出示假证件。
