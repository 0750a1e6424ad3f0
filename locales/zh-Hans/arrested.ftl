## Scenario: you are arrested or detained, and what your family can do.

arrested = 如果您被逮捕

arrested--calm =
    .title = 保持冷静，不要反抗
    .body =
        不要逃跑。不要打人，也不要推人。
        即使您认为逮捕是错误的，也要这样做。
        事后可以通过律师提出异议。
        无论您的移民身份如何，您都享有权利。

arrested--say =
    .title = 说出这些话，然后保持沉默
    .body =
        冷静地说出下面这些话。然后保持沉默。
        绝不要说谎。绝不要出示假证件。
        对联邦执法人员说谎是犯罪。保持沉默不是犯罪。
    .line-silent = 我会保持沉默。
    .line-lawyer = 我想和律师谈谈。
    .line-interpreter = 我需要口译员。
    .line-no-sign = 没有律师，我不会签任何文件。

arrested--afraid =
    .title = 如果您害怕回国
    .body =
        2025 年，政府扩大了不经法庭听证的快速递解（expedited removal）。
        主要针对无法证明已在美国住满两年的人。这样做是否合法，法院仍在审理。
        如果您害怕回到自己的国家，请清楚地说出来。然后要求见律师。
        您在这里住了两年或更久吗？请告诉您的律师，并妥善保存证明。
    .line-afraid = 我害怕回到我的国家。
    .line-lawyer = 我想和律师谈谈。

arrested--no-sign =
    .title = 不要签任何文件
    .body =
        没有律师，不要签任何文件。
        有些文件会让您放弃在法官面前听证的权利。
        其中两种是“自愿离境”（voluntary departure）和“协议递解令”（stipulated removal）。
        签了这些文件，您以后还可能无法再回到美国。

arrested--numbers =
    .title = 电话号码和姓名
    .body =
        要求打电话给律师和家人。但不保证一定能打电话。
        所以请提前把他们的电话号码背下来。
        如果您有 A号码（外国人登记号码，就是您移民文件上的号码），请确保家人知道。
        记下或记住执法人员的姓名和警徽号码。

arrested--help =
    .title = 您现在需要什么帮助？
    .body = 家人和朋友也可以使用这一部分。
    .choice-find = 查找被拘留的人
    .choice-lawyer = 获得免费律师
    .choice-court = 我有移民法庭的出庭日期
    .choice-nypd = 警察（NYPD）因刑事案件逮捕了我

arrested--find =
    .title = 查找被 ICE 拘留的人
    .body =
        请使用 ICE 在线被拘留者查询系统：locator.ice.gov。
        它可以查找被美国移民及海关执法局（ICE）拘留的成年人。
        用对方的 A号码和出生国家查询。
        或者用对方的准确姓名和出生国家查询。

arrested--lawyer =
    .title = 您可能可以获得免费律师
    .body =
        您是否被拘留，并且在纽约市移民法庭有案件？
        您可能可以获得免费律师。
        这个项目叫“纽约移民家庭团结项目”（New York Immigrant Family Unity Project）。
        请打电话给法律求助热线询问。

arrested--court =
    .title = 如果您有出庭日期
    .body =
        2025 年，ICE 在纽约市的移民法庭逮捕过一些人。
        地点是 26 Federal Plaza、201 Varick 和 290 Broadway。现在的情况如何，请向律师了解。
        纽约州的《保护我们的法院法》（Protect Our Courts Act）只适用于州法院，不适用于这些联邦移民法庭。
        不要错过听证。否则可能会被下达递解令（要求您离开美国的命令）。
        听证之前，先和律师谈一谈。

arrested--nypd =
    .title = 因刑事案件被警察逮捕
    .body =
        在刑事案件中，即使您付不起律师费，也会有一位辩护律师。
        在同意任何认罪协议之前，先把您的移民身份告诉这位律师。
        认罪可能导致您被递解出境。
        纽约市的法律限制 NYPD 和市监狱在什么情况下为 ICE 扣留人。请问您的律师，这对您有什么影响。

arrested--end =
    .title = 要记住的重点
    .point-silent = 保持沉默。绝不要说谎。
    .point-lawyer = 要求见律师，并要求提供口译员。
    .point-afraid = 害怕回到自己的国家？请说出来。
    .point-no-sign = 没有律师，不要签任何文件。
    .point-numbers = 把律师和家人的电话号码背下来。
    .point-hearing = 绝不要错过移民法庭的听证。

## Workshop: presenter notes and practice quiz.

presenter-arrested =
    .body =
        强调三个步骤：保持沉默，要求见律师，没有律师不签任何文件。
        强调：保持沉默是合法的，但对联邦执法人员说谎是犯罪。
        常见错误：为了早点出去而签文件。
        说明有些文件会让人放弃在法官面前听证的权利。
        教大家说这句话：“我害怕回到我的国家。”不经听证的快速递解，目前正在法庭审理中。
        被捕后能不能打电话，没有保证。问大家：您能背出谁的电话号码？
        因刑事案件被 NYPD 逮捕？在接受任何认罪协议之前，先把移民身份告诉辩护律师。
        坦诚说明：2025 年，ICE 在纽约市的移民法庭逮捕过一些人。但任何人都不要错过听证。先和律师谈一谈。

quiz-arrested--paper =
    .question = 您被拘留了。执法人员递给您一份文件，说签了就能早点出去。
    .answer-sign = 签了，好让事情早点结束。
    .why-sign = 有些文件会让您放弃在法官面前听证的权利。请说没有律师，您不会签字。
    .answer-read = 仔细读一遍，看起来没问题就签。
    .why-read = 像“自愿离境”（voluntary departure）这样的文件，可能会让您放弃听证，以后也可能无法再回到美国。即使看起来没问题，也要等律师。
    .answer-refuse = 说：“没有律师，我不会签任何文件。”
    .why-refuse = 有些文件会让您放弃听证的权利。律师可以告诉您一份文件是什么意思。

quiz-arrested--questions =
    .question = 您被逮捕了。执法人员问您在哪里出生、是怎么来到这里的。
    .answer-lie = 说您是在美国出生的。
    .why-lie = 绝不要说谎，也绝不要自称是美国公民。对联邦执法人员说谎是犯罪。请保持沉默。
    .answer-silent = 说：“我会保持沉默。我想和律师谈谈。”
    .why-silent = 无论您的移民身份如何，您都可以保持沉默。保持沉默是合法的，说谎则不是。
    .answer-explain = 把您的经历全部讲出来，让他们理解。
    .why-explain = 您不必回答。先说“我会保持沉默”，并要求见律师。

quiz-arrested--grab =
    .question = 执法人员抓住您的手臂，要逮捕您。您确定他们抓错人了。
    .answer-pull-away = 把手臂抽回来，告诉他们抓错人了。
    .why-pull-away = 即使您认为逮捕是错误的，也绝不要反抗。事后可以通过律师提出异议。
    .answer-run = 趁他们不注意时逃跑。
    .why-run = 绝不要逃跑。保持冷静，保持沉默，并要求见律师。
    .answer-argue = 和他们争辩，直到他们肯听为止。
    .why-argue = 现在争辩没有用。说“我会保持沉默”，并要求见律师。
    .answer-calm = 保持冷静，不要反抗，并要求见律师。
    .why-calm = 即使您认为逮捕是错误的，也不要反抗。事后可以通过律师提出异议。

quiz-arrested--court =
    .question = 您的表亲要去 26 Federal Plaza 的移民法庭参加听证。这位表亲担心 ICE 会在那里。
    .answer-skip = 待在家里，不去参加听证。
    .why-skip = 错过听证，可能会被下达递解令（要求离开美国的命令）。请在听证之前先和律师谈一谈。
    .answer-lawyer = 听证之前先和律师谈一谈，并且不要错过听证。
    .why-lawyer = 绝不要错过听证。律师可以帮助您的表亲在出发前做好计划。
    .answer-notario = 付钱请一位“notario”（所谓的“公证人”）处理听证。
    .why-notario = 在美国，“notario”不是律师。请打电话给法律求助热线，例如 ActionNYC。
