## Scenario: you are stopped on the street, on the subway or in another public place.

street = 在街上或地铁里

street--stopped =
    .title = 问清楚您是否可以离开
    .body =
        保持冷静。不要逃跑。
        问：“我可以离开吗？”
        无论您的移民身份如何，您都享有权利。
        他们怎么说，或者怎么做？
    .choice-free = 他们说我可以离开
    .choice-not-free = 他们说我不可以离开
    .choice-search = 他们要搜我的身
    .choice-papers = 他们要看我的身份证件或文件

street--free-to-go =
    .title = 如果您可以离开
    .body =
        冷静地走开。不要跑。
        您不必回答他们的问题。
        事后，把发生的事写下来。

street--not-free =
    .title = 如果您不可以离开
    .body =
        保持冷静。不要逃跑，也不要反抗。
        说出下面这些话。然后保持沉默。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。

street--what-next =
    .title = 接下来发生了什么？
    .choice-search = 他们要搜我的身
    .choice-papers = 他们要看我的身份证件或文件
    .choice-arrest = 他们要逮捕我
    .choice-let-go = 他们让我走了

street--search =
    .title = 如果他们要搜您的身
    .body =
        您可以拒绝他们搜查您的身体或包。
        如果他们怀疑您带有武器，可以隔着衣服从外面拍一拍检查。
        即使您不同意，也不要反抗。
        如果您认为自己的权利受到侵犯，事后再通过律师提出异议。
    .line-no-consent = 我不同意搜查。
    .line-silent = 我会保持沉默。

street--papers =
    .title = 如果他们要看身份证件或文件
    .body =
        纽约州法律没有要求您随身携带身份证件。
        但一项联邦法律对部分持有移民证件的人有要求。
        绝不要出示假证件。绝不要说谎。
        对联邦执法人员说谎是犯罪。保持沉默不是犯罪。
    .choice-have-papers = 我年满 18 岁，并持有移民证件
    .choice-no-papers = 我没有移民证件

street--have-papers =
    .title = 随身携带您的证件
    .body =
        您是否年满 18 岁，并持有移民登记证件？
        包括绿卡（永久居民卡）、I-94 入境记录和工作许可。
        从 2025 年 4 月起，还包括 G-325R 表格的登记证明。
        联邦法律规定，您必须随身携带这些证件。单凭护照上的签证，不算登记证件。
        律师建议：如果移民执法人员要求查看，请出示。
        您仍然可以保持沉默，并要求见律师。

street--no-papers =
    .title = 您可以保持沉默
    .body =
        您不必回答有关您移民身份的问题。
        不要携带或出示其他国家的证件。
        绝不要出示假证件。
        如果您不是美国公民，绝不要说自己是美国公民。
        害怕回到自己的国家？请说出来，并要求见律师。
        说出下面这些话。然后保持沉默。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。
    .line-afraid = 我害怕回到我的国家。

street--end =
    .title = 要记住的重点
    .point-free = 问：“我可以离开吗？”如果可以，就冷静地走开。
    .point-silent = 您可以保持沉默。但绝不要说谎。
    .point-search = 您可以拒绝搜查。但绝不要反抗。
    .point-papers = 年满 18 岁并持有移民登记证件？请随身携带。
    .point-no-run = 绝不要逃跑，也绝不要出示假证件。

## Workshop: presenter notes and practice quiz.

presenter-street =
    .body =
        问大家：“如果执法人员拦住您，您首先要问什么？”
        强调这句话：“我可以离开吗？”如果回答是可以，就冷静地走开。
        常见错误：逃跑，或者因为害怕而回答每一个问题。
        强调：您可以拒绝搜查。如果他们怀疑有武器，可以隔着外衣拍一拍检查。绝不要反抗。
        讲清楚证件的规定：纽约州法律没有要求您随身携带身份证件。
        但年满 18 岁的人，必须随身携带发给他们的移民登记证件：绿卡、I-94、工作许可或 G-325R 登记证明。这是联邦法律的规定。
        移民执法人员要求查看时出示证件，是律师的建议，不是法律的规定。
        强调：绝不要说谎，也绝不要出示假证件或其他国家的证件。

quiz-street--stopped =
    .question = 两名执法人员在人行道上拦住您，开始问问题。您首先该怎么做？
    .answer-run = 趁他们还没问更多，赶快跑。
    .why-run = 绝不要逃跑。保持冷静，问：“我可以离开吗？”
    .answer-ask-free = 保持冷静，问：“我可以离开吗？”
    .why-ask-free = 如果他们说可以，就冷静地走开。如果他们说不可以，就保持沉默，并要求见律师。
    .answer-answer = 回答他们所有的问题，好让他们别再找您。
    .why-answer = 您不必回答他们的问题。问他们您是否可以离开。然后保持沉默。

quiz-street--bag =
    .question = 在地铁里，一名执法人员说：“介意我看看你的包吗？”您怎么做？
    .answer-let-look = 说“好”，让事情早点结束。
    .why-let-look = 说“好”就等于您同意搜查。您可以说：“我不同意搜查。”
    .answer-pull-away = 把包抽回来，紧紧抱住。
    .why-pull-away = 即使您不同意，也绝不要反抗。说您不同意搜查。事后再通过律师提出异议。
    .answer-no-consent = 冷静地说：“我不同意搜查。”
    .why-no-consent = 您可以拒绝他们搜查您的身体或包。如果他们还是要搜查，不要反抗。

quiz-street--born =
    .question = 您没有移民证件。一名执法人员问：“你在哪里出生？”您怎么做？
    .answer-silent = 说“我会保持沉默”，并要求见律师。
    .why-silent = 您不必回答有关您移民身份的问题。保持沉默不是犯罪。
    .answer-lie = 说您是在纽约出生的。
    .why-lie = 绝不要说谎。如果您不是美国公民，绝不要说自己是美国公民。对联邦执法人员说谎是犯罪。
    .answer-foreign-id = 出示您本国的身份证。
    .why-foreign-id = 不要出示其他国家的证件。请保持沉默，并要求见律师。

quiz-street--green-card =
    .question = 您 20 岁，随身带着绿卡。一名移民执法人员要看您的证件。您怎么做？
    .answer-left-home = 说您把绿卡放在家里了。
    .why-left-home = 绝不要对执法人员说谎。对联邦执法人员说谎是犯罪。
    .answer-show = 出示绿卡。出示之后，您仍然可以保持沉默。
    .why-show = 联邦法律规定，年满 18 岁的绿卡持有人必须随身携带绿卡。律师建议：移民执法人员要求查看时，出示绿卡。
    .answer-keep = 把绿卡留在钱包里，保持沉默。
    .why-keep = 其他问题，您可以保持沉默。但联邦法律规定您必须随身携带绿卡，而且律师建议：移民执法人员要求查看时，出示绿卡。
