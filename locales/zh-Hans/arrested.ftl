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
    .line-lawyer = 我想与律师谈话。
    .line-interpreter = 我需要口译员。
    .line-no-sign = 没有律师，我不会签任何文件。

arrested--no-sign =
    .title = 不要签任何文件
    .body =
        没有律师，不要签任何文件。
        有些文件会让您放弃在法官面前听证的权利。
        其中两种是“自愿离境”（voluntary departure）和“协议递解”（stipulated removal）。
        签了这些文件，您以后还可能无法再回到美国。

arrested--numbers =
    .title = 电话号码和姓名
    .body =
        您可以打电话给律师和家人。
        请提前把他们的电话号码背下来。
        如果您有 A号码（外国人登记号码），请确保家人知道。
        记下或记住执法人员的姓名和警徽号码。

arrested--help =
    .title = 您现在需要什么帮助？
    .body = 家人和朋友也可以使用这一部分。
    .choice-find = 查找被拘留的人
    .choice-lawyer = 获得免费律师
    .choice-court = 我有移民法庭的出庭日期

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
        地点是 26 Federal Plaza、201 Varick 和 290 Broadway。
        纽约州的《保护我们的法院法》（Protect Our Courts Act）只适用于州法院，不适用于这些联邦移民法庭。
        不要错过听证。否则可能会被下达递解令（要求您离开美国的命令）。
        听证之前，先和律师谈一谈。

arrested--end =
    .title = 请记住
    .point-silent = 保持沉默。绝不要说谎。
    .point-lawyer = 要求见律师，需要时要求口译员。
    .point-no-sign = 没有律师，不要签任何文件。
    .point-numbers = 把律师和家人的电话号码背下来。
    .point-hearing = 绝不要错过移民法庭的听证。
