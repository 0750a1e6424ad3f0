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
        如果您被拘留，要求打电话给律师和家人。但不保证一定能打电话。
        所以请把他们的电话号码背下来。
        您有 A号码（外国人登记号码）吗？就是您移民文件上的那个号码。
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
    .title = 学校和医疗用的表格
    .body =
        纽约州有一份表格，叫“Designation of Person in Parental Relation”（指定代行父母职责的人）。
        家长可以用它指定一位成年人，为孩子做学校和医疗方面的决定。
        不需要上法院。它只在一段时间内有效，您也可以撤销。
        它不会把孩子的抚养权交给对方，也不会取消您作为家长的权利。
        有些部分必须在公证员（notary public）面前签署。哪些部分，请问律师。

family-plan--standby =
    .title = 备用监护（standby guardianship）
    .body =
        备用监护人是一位成年人，在您无法照顾孩子时，可以接手照顾。
        在纽约州，您可以用书面形式指定备用监护人，并要有两名证人在场。
        从 2018 年起，如果您被移民执法部门逮捕、拘留或递解出境，备用监护就可以开始生效。
        之后必须尽快向遗嘱认证法院（Surrogate’s Court）或家事法院（Family Court）提出申请。
        请律师帮您办理。

family-plan--school =
    .title = 更新学校的蓝卡
    .body =
        公立学校有一张紧急联系人卡，叫“蓝卡”（blue card）。
        您可以在上面填写最多三位紧急联系人。
        把您信任的那位成年人加上去。

family-plan--money =
    .title = 钱、护照和健康
    .body =
        想一想：如果您无法支付，谁可以替您付房租和账单。
        财务授权书（financial power of attorney）可以让您信任的人代表您办事。
        决定谁可以动用您的银行账户。
        把护照和出生证明放在那个人找得到的地方。
        写下每位家人用的药、过敏情况和医生。

family-plan--papers =
    .title = 把文件放在安全的地方
    .body =
        复印重要文件，例如出生证明和移民文件。
        保存好证明您在这里住了多久的材料：租约、工资单、学校记录、医疗记录或报税记录。
        住满两年或更久，在法庭上可能很重要。要不要随身带着证明，请问律师。
        把所有文件放在安全的地方，并在一位信任的人家里放一份复印件。

family-plan--lawyer =
    .title = 找真正的法律帮助
    .body =
        在申请、续期或出国旅行之前，先咨询律师。
        经美国司法部（DOJ）认可的代表也可以帮助您。他们由司法部批准。
        兜售移民咨询的“notario”（所谓的“公证人”）是骗局。在美国，“notario”不是律师。
        公证员（notary public）只为签名作见证。公证员也不是律师。
        ActionNYC 提供免费、保密的法律帮助。

family-plan--end =
    .title = 要记住的重点
    .point-numbers = 背下重要的电话号码。确保家人知道您的 A号码。
    .point-caregiver = 为孩子选一位信任的成年人，并就相关表格咨询律师。
    .point-blue-card = 把这位成年人加到学校的蓝卡上。
    .point-papers = 把文件复印件和您在这里居住时间的证明，放在安全的地方。
    .point-notario = 找律师帮忙，绝不要找“notario”。

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        强调：计划要趁现在一切平静时就做好。
        问大家：您会先打电话给谁？您能背出这个号码吗？被捕后能不能打电话，没有保证。
        强调：为孩子选一位信任的成年人，更新学校的蓝卡，并安排好谁可以付账单。
        讲解纽约州的两种表格：代行父母职责的指定表格（用于学校和看病）和备用监护（standby guardianship）。
        常见错误：去找“notario”（所谓的“公证人”）。“notario”不是律师，公证员（notary public）也不是。
        坦诚说明：哪一种照顾者法律工具适合某个家庭，要问律师。
        提醒大家：本指南不是法律建议。ActionNYC 提供免费的帮助。

quiz-family-plan--numbers =
    .question = 您的律师和家人的电话号码，只存在您的手机里。
    .answer-phone = 就存在手机里。这样就够了。
    .why-phone = 如果您被拘留，手机可能不在您身边。请把重要的电话号码背下来。
    .answer-later = 先不管，等出了事再说。
    .why-later = 计划最好趁一切平静时做好。现在就把号码背下来。
    .answer-memorize = 把重要的电话号码背下来，并把您的 A号码告诉家人。
    .why-memorize = 如果您被拘留，要求打电话给律师和家人；但不保证一定能打。您的 A号码能帮助他们找到您。

quiz-family-plan--children =
    .question = 您担心万一您被拘留，谁去学校接孩子。
    .answer-trusted = 选一位信任的成年人，和对方谈好，并把对方加到蓝卡上。
    .why-trusted = 学校的蓝卡上可以填写最多三位紧急联系人。把孩子出生证明的复印件交给这位成年人。
    .answer-school = 相信学校会处理好。
    .why-school = 现在就做好计划，让学校知道该联系谁。选一位信任的成年人，把对方加到蓝卡上。
    .answer-notario = 付钱请“notario”（所谓的“公证人”）写监护文件。
    .why-notario = “notario”不是律师。请向律师咨询纽约州给照顾者的法律工具。

quiz-family-plan--caregiver-tools =
    .question = 您信任的那位成年人，可能需要为您的孩子做学校和医疗方面的决定。
    .answer-nothing = 什么都不用做。您信任的任何成年人都可以做决定。
    .why-nothing = 请提前用法律工具做好安排。向律师咨询“Designation of Person in Parental Relation”（指定代行父母职责的人）。
    .answer-ask-lawyer = 向律师咨询“Designation of Person in Parental Relation”（指定代行父母职责的人）或备用监护（standby guardianship）。
    .why-ask-lawyer = 这份指定表格不需要上法院。备用监护人先用书面形式指定，再由法院（遗嘱认证法院 Surrogate’s Court 或家事法院 Family Court）确认。律师可以告诉您哪一种适合。
    .answer-your-id = 把您的身份证件交给对方，让对方以您的名义签字。
    .why-your-id = 绝不要使用别人的证件，也不要冒用别人的名义签字。请在律师的帮助下使用法律工具。

quiz-family-plan--notario =
    .question = 您需要给证件续期。一位“notario”（所谓的“公证人”）说可以收费帮您快速递交。
    .answer-pay = 付钱请这位“notario”帮您递交。
    .why-pay = 在美国，“notario”不是律师。请找律师，或经美国司法部（DOJ）认可的代表帮忙。
    .answer-check = 自己填表，再请“notario”检查。
    .why-check = “notario”不是律师，所以他们的检查不算法律帮助。续期之前，先咨询律师。
    .answer-lawyer = 先咨询律师，或经美国司法部（DOJ）认可的代表。
    .why-lawyer = 在申请、续期或出国旅行之前，先咨询他们。ActionNYC 提供免费、保密的法律帮助。
