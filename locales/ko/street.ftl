## Scenario: you are stopped on the street, on the subway or in another public place.

street = 길거리나 지하철에서

street--stopped =
    .title = 가도 되는지 물어보십시오
    .body =
        침착하십시오. 도망치지 마십시오.
        “가도 됩니까?”라고 물어보십시오.
        이민 신분과 상관없이 누구에게나 권리가 있습니다.
        상대가 무엇이라고 하거나 어떻게 합니까?
    .choice-free = 가도 된다고 합니다
    .choice-not-free = 가면 안 된다고 합니다
    .choice-search = 저를 수색하려고 합니다
    .choice-papers = 신분증이나 서류를 달라고 합니다

street--free-to-go =
    .title = 가도 된다고 하면
    .body =
        침착하게 걸어서 떠나십시오. 뛰지 마십시오.
        질문에 대답하지 않아도 됩니다.
        나중에 일어난 일을 적어 두십시오.

street--not-free =
    .title = 가면 안 된다고 하면
    .body =
        침착하십시오. 도망치거나 저항하지 마십시오.
        아래 말을 하십시오. 그다음에는 아무 말도 하지 마십시오.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

street--what-next =
    .title = 그다음 무슨 일이 있습니까?
    .choice-search = 저를 수색하려고 합니다
    .choice-papers = 신분증이나 서류를 달라고 합니다
    .choice-arrest = 저를 체포하고 있습니다
    .choice-let-go = 가도 된다며 보내 주었습니다

street--search =
    .title = 수색하려고 하면
    .body =
        몸이나 가방 수색을 거부할 수 있습니다.
        무기가 있는지 옷 위로 더듬어 확인하는 것은 할 수 있습니다.
        동의하지 않더라도 저항하지 마십시오.
        권리가 침해되었다고 생각하면, 나중에 변호사와 함께 다투십시오.
    .line-no-consent = 수색에 동의하지 않습니다.
    .line-silent = 묵비권을 행사하겠습니다.

street--papers =
    .title = 신분증이나 서류를 달라고 하면
    .body =
        뉴욕주 법은 신분증을 가지고 다니라고 요구하지 않습니다.
        하지만 이민 서류가 있는 일부 사람에게는 연방법이 적용됩니다.
        가짜 서류는 절대 보여 주지 마십시오. 거짓말하지 마십시오.
        연방 요원에게 거짓말하면 범죄입니다. 말하지 않는 것은 범죄가 아닙니다.
    .choice-have-papers = 18세 이상이고 이민 서류가 있습니다
    .choice-no-papers = 이민 서류가 없습니다

street--have-papers =
    .title = 서류를 가지고 다니십시오
    .body =
        18세 이상이고 영주권 카드나 비자가 있습니까?
        연방법에 따라 이 서류를 늘 가지고 다녀야 합니다.
        이민 단속 요원이 요구하면 보여 주십시오.
        그래도 묵비권이 있고, 변호사를 요청할 수 있습니다.

street--no-papers =
    .title = 말하지 않아도 됩니다
    .body =
        이민 신분에 관한 질문에 대답하지 않아도 됩니다.
        다른 나라 서류는 가지고 다니지도, 보여 주지도 마십시오.
        가짜 서류는 절대 보여 주지 마십시오.
        미국 시민이 아니면 절대 미국 시민이라고 말하지 마십시오.
        아래 말을 하십시오. 그다음에는 아무 말도 하지 마십시오.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

street--end =
    .title = 기억할 점
    .point-free = “가도 됩니까?”라고 물어보십시오. 된다고 하면 침착하게 떠나십시오.
    .point-silent = 말하지 않아도 됩니다. 거짓말은 절대 하지 마십시오.
    .point-search = 수색은 거부할 수 있습니다. 하지만 절대 저항하지 마십시오.
    .point-papers = 18세 이상이고 이민 서류가 있다면 가지고 다니십시오.
    .point-no-run = 절대 도망치지 말고, 가짜 서류를 보여 주지 마십시오.
