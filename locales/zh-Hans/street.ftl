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
    .line-lawyer = 我想与律师谈话。

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
        他们可以隔着衣服拍一拍，检查有没有武器。
        即使您不同意，也不要反抗。
        如果您认为自己的权利受到侵犯，事后再通过律师维权。
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
        您是否年满 18 岁，并持有绿卡（永久居民卡）或签证？
        联邦法律规定，您必须随身携带这些证件。
        如果移民执法人员要求查看，请出示。
        您仍然可以保持沉默，并要求见律师。

street--no-papers =
    .title = 您可以保持沉默
    .body =
        您不必回答有关您移民身份的问题。
        不要携带或出示其他国家的证件。
        绝不要出示假证件。
        如果您不是美国公民，绝不要说自己是美国公民。
        说出下面这些话。然后保持沉默。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想与律师谈话。

street--end =
    .title = 请记住
    .point-free = 问：“我可以离开吗？”如果可以，就冷静地走开。
    .point-silent = 您可以保持沉默。但绝不要说谎。
    .point-search = 您可以拒绝搜查。但绝不要反抗。
    .point-papers = 如果您年满 18 岁并持有移民证件，请随身携带。
    .point-no-run = 绝不要逃跑，也绝不要出示假证件。
