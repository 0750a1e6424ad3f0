## Scenario: make a family safety plan before anything happens.

family-plan = 制定家庭应急计划

family-plan--why =
    .title = 现在就制定计划
    .body =
        如果家里有人被拘留，计划可以帮助您的家人。
        趁现在一切平静，就把计划做好。
        本指南不是法律建议。
    .choice-start = 开始制定我的家庭计划
    .choice-detained = 有人刚刚被拘留了

family-plan--numbers =
    .title = 背下重要的电话号码
    .body =
        如果您被拘留，您可以打电话给律师和家人。
        所以请把他们的电话号码背下来。
        您有 A号码（外国人登记号码）吗？它印在您的移民文件上。
        请确保家人知道这个号码。
        这能帮助他们找到您，并查到您的出庭日期。

family-plan--children =
    .title = 您有孩子吗？
    .body = 提前安排好：如果您无法照顾孩子，由谁来照顾。
    .choice-yes = 有，我有孩子
    .choice-no = 没有

family-plan--caregiver =
    .title = 选一位信任的成年人
    .body =
        选一位您信任的成年人，在您无法照顾孩子时照顾他们。
        和这位成年人谈谈您的计划。
        把孩子出生证明的复印件交给对方。
        把父母双方的姓名和联系方式交给对方。

family-plan--legal-tools =
    .title = 纽约州给照顾者的两种法律工具
    .body =
        “Designation of Person in Parental Relation”（指定代行父母职责的人）是一份表格。
        有了它，照顾者可以为孩子做学校和医疗方面的决定。不需要上法院。
        备用监护（standby guardianship）是另一种方式，要通过家事法院（Family Court）办理。
        请问律师哪一种适合您的家庭。

family-plan--school =
    .title = 更新学校的蓝卡
    .body =
        公立学校有一张紧急联系人卡，叫“蓝卡”（blue card）。
        您可以在上面填写最多三位紧急联系人。
        把您信任的那位成年人加上去。

family-plan--papers =
    .title = 把文件放在安全的地方
    .body =
        复印重要文件，例如出生证明和移民文件。
        把它们放在安全的地方。
        确保您信任的人能拿到这些文件。

family-plan--lawyer =
    .title = 找真正的法律帮助
    .body =
        在申请、续期或出国旅行之前，先咨询律师。
        经美国司法部（DOJ）认可的代表也可以帮助您。他们由司法部批准。
        绝不要找“notario”（“公证人”）。在美国，“notario”不是律师。
        ActionNYC 提供免费、保密的法律帮助。

family-plan--end =
    .title = 请记住
    .point-numbers = 背下重要的电话号码。确保家人知道您的 A号码。
    .point-caregiver = 为孩子选一位信任的成年人。
    .point-blue-card = 把这位成年人加到学校的蓝卡上。
    .point-papers = 把文件复印件放在安全的地方，让信任的人能拿到。
    .point-notario = 找律师帮忙，绝不要找“notario”。
