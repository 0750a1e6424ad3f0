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
        您是否年满 18 岁，并持有绿卡（永久居民卡）或 I-94 等移民登记证件？
        联邦法律规定，您必须随身携带。
        律师建议：如果移民执法人员要求查看，请出示。

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
        如果您认为自己的权利受到侵犯，事后再通过律师提出异议。
    .line-no-consent = 我不同意搜查。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。

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
    .line-lawyer = 我想和律师谈谈。
    .line-no-consent = 我不同意搜查。

car--end =
    .title = 要记住的重点
    .point-pull-over = 安全地靠边停车，双手放在他们看得见的地方。
    .point-driver = 司机要出示驾照、车辆登记和保险证明。
    .point-passenger = 乘客可以保持沉默。
    .point-search = 您可以拒绝搜查。但绝不要反抗。
    .point-never-lie = 绝不要说谎，也绝不要出示假证件。

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        问大家：“这里有谁是开车工作的，或者经常搭这样的人的车？”
        强调安全停车：关掉发动机，打开车内的灯，把车窗摇下一部分，双手放在看得见的地方。
        强调：对方要求时，司机要出示驾照、车辆登记和保险证明。
        常见错误：没有先说一声，就伸手去开手套箱。
        强调：乘客可以保持沉默，任何人都可以拒绝搜查。
        提醒大家：执法人员可以命令车上的人下车。绝不要反抗，绝不要说谎，绝不要出示假证件。

quiz-car--lights =
    .question = 您的车后面有警灯在闪。您怎么做？
    .answer-get-out = 停车，然后下车去和他们说话。
    .why-get-out = 待在车里，双手放在他们看得见的地方。如果他们要您下车，会告诉您。
    .answer-keep-driving = 继续开，一直开到家。
    .why-keep-driving = 绝不要试图逃走。在安全的地方靠边停车，关掉发动机。
    .answer-stop-safe = 安全地靠边停车，关掉发动机，双手放在他们看得见的地方。
    .why-stop-safe = 还要打开车内的灯，把车窗摇下一部分。

quiz-car--license =
    .question = 您在开车。执法人员要您出示驾照和车辆登记。您怎么做？
    .answer-show = 先说证件放在哪里，再慢慢递给他们。
    .why-show = 对方要求时，司机要出示驾照、车辆登记和保险证明。伸手拿任何东西之前，先告诉他们。
    .answer-other-license = 拿朋友的驾照给他们看，而不是自己的。
    .why-other-license = 绝不要出示假证件或别人的驾照。绝不要说谎。
    .answer-refuse = 保持沉默，什么都不出示。
    .why-refuse = 其他问题，您可以保持沉默。但对方要求时，司机要出示驾照、车辆登记和保险证明。

quiz-car--passenger =
    .question = 您是乘客。执法人员问您：“你是哪里人？”您怎么做？
    .answer-citizen = 说您是美国公民，好让他们不再追问。
    .why-citizen = 如果您不是美国公民，绝不要说自己是。对联邦执法人员说谎是犯罪。
    .answer-silent = 说：“我会保持沉默。”
    .why-silent = 乘客可以保持沉默。保持沉默不是犯罪。
    .answer-false-name = 报一个别的名字。
    .why-false-name = 绝不要说谎，也绝不要报假名字。您可以保持沉默。

quiz-car--search =
    .question = 执法人员说：“你不介意我搜一下车吧？”您怎么做？
    .answer-go-ahead = 说“搜吧”，表示您没有什么要隐瞒的。
    .why-go-ahead = 这就等于您同意搜查。您可以说：“我不同意搜查。”
    .answer-lock = 锁上车门，拒绝下车。
    .why-lock = 绝不要反抗或阻挡他们。执法人员可以命令您下车。事后再通过律师提出异议。
    .answer-no-consent = 冷静地说：“我不同意搜查。”
    .why-no-consent = 您可以拒绝他们搜查车辆。如果他们还是要搜查，不要反抗。
