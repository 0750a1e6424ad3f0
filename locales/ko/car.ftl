## Scenario: police or agents stop the car you are in.

car = 차 안에서

car--pull-over =
    .title = 안전하게 차를 세우십시오
    .body =
        안전한 곳에 차를 세우십시오. 시동을 끄십시오.
        차 안의 불을 켜십시오.
        창문을 조금만 여십시오.
        손이 잘 보이게 두십시오.

car--who =
    .title = 운전하고 있었습니까?
    .choice-driver = 제가 운전자입니다
    .choice-passenger = 저는 동승자입니다

car--driver =
    .title = 운전자라면
    .body =
        요구하면 운전면허증, 차량 등록증, 보험증을 보여 주십시오.
        무엇이든 손을 뻗기 전에 먼저 말하십시오.
        가짜 서류는 절대 보여 주지 마십시오. 거짓말하지 마십시오.
        그 밖의 질문에는 대답하지 않아도 됩니다.

car--passenger =
    .title = 동승자라면
    .body =
        아무 말도 하지 않아도 됩니다.
        가짜 서류는 절대 보여 주지 마십시오. 거짓말하지 마십시오.
        18세 이상이고 영주권 카드나 비자가 있습니까?
        연방법에 따라 그 서류를 가지고 다녀야 합니다.
        이민 단속 요원이 요구하면 보여 주십시오.

car--asks =
    .title = 지금 무엇을 하고 있습니까?
    .choice-search = 차를 수색하려고 합니다
    .choice-get-out = 차에서 내리라고 합니다
    .choice-questions = 저에게 질문을 합니다
    .choice-arrest = 저를 체포하고 있습니다

car--search =
    .title = 차를 수색하려고 하면
    .body =
        차나 소지품 수색을 거부할 수 있습니다.
        침착하고 분명하게 말하십시오.
        그래도 수색하면 저항하지 마십시오. 막지 마십시오.
        권리가 침해되었다고 생각하면, 나중에 변호사와 함께 다투십시오.
    .line-no-consent = 수색에 동의하지 않습니다.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

car--get-out =
    .title = 차에서 내리라고 하면
    .body =
        경찰이나 요원은 차에서 내리라고 명령할 수 있습니다.
        천천히, 침착하게 내리십시오. 저항하지 마십시오.
        무엇이든 손을 뻗기 전에 먼저 말하십시오. 안전벨트를 풀 때도 그렇습니다.
        내린 뒤에도 수색은 거부할 수 있습니다.

car--stay-silent =
    .title = 이렇게 말한 뒤 침묵하십시오
    .body = 아래 말을 침착하게 하십시오. 그다음에는 아무 말도 하지 마십시오.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.
    .line-no-consent = 수색에 동의하지 않습니다.

car--end =
    .title = 기억할 점
    .point-pull-over = 안전하게 차를 세우고, 손이 잘 보이게 두십시오.
    .point-driver = 운전자는 면허증, 차량 등록증, 보험증을 보여 줍니다.
    .point-passenger = 동승자는 아무 말도 하지 않아도 됩니다.
    .point-search = 수색은 거부할 수 있습니다. 하지만 절대 저항하지 마십시오.
    .point-never-lie = 절대 거짓말하지 말고, 가짜 서류를 보여 주지 마십시오.
