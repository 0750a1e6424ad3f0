## Scenario: check the paper they show you (the warrant checker).

warrant = 영장 확인하기

warrant--look =
    .title = 서류 맨 위를 보십시오
    .body =
        문은 닫아 두십시오.
        서류를 문 밑으로 넣거나 창문에 대고 보여 달라고 하십시오.
        서류 맨 위에 무엇이라고 쓰여 있습니까?
    .choice-dhs = “Department of Homeland Security”(국토안보부), 또는 I-200이나 I-205 양식
    .choice-court = 법원 이름
    .choice-not-sure = 잘 모르겠습니다

warrant--check =
    .title = 한 가지씩 확인하십시오
    .body = 질문마다 답하십시오. 하나라도 “아니요”나 “잘 모르겠음”이면 문을 열지 마십시오.
    .item-court = 맨 위에 법원 이름이 있습니까? 예: “United States District Court”(미국 연방지방법원), “Supreme Court of the State of New York”(뉴욕주 법원).
    .item-judge = 판사가 서명했습니까? ICE 요원이나 이민 판사의 서명은 해당되지 않습니다.
    .item-name-address = 이름이 맞고, 주소도 정확히 맞습니까?
    .item-date = 유효 기간이 아직 지나지 않았습니까?

warrant--ice-form =
    .title = 판사의 영장이 아니라 ICE 양식입니다
    .body =
        I-200이나 I-205 양식은 이민세관단속국(ICE)의 서류입니다.
        판사가 아니라 ICE 요원이 서명합니다.
        이 서류만으로는 집에 들어올 권리가 생기지 않습니다.
        문은 닫아 두십시오.

warrant--disputed =
    .title = 의견이 갈리는 점이 하나 있습니다
    .body =
        2025년 ICE 메모는 I-205와 최종 추방 명령이 있으면 집에 들어갈 수 있다고 주장합니다.
        2026년 1월, 한 연방 판사는 이런 진입 한 건이 헌법에 어긋난다고 판결했습니다.
        소송은 아직 진행 중입니다.
        해야 할 일은 같습니다. 동의하지 말고, 저항하지 말고, 일어난 일을 적고, 변호사에게 연락하십시오.

warrant--not-judicial =
    .title = 유효한 판사의 영장이 아닙니다
    .body =
        확인 질문 중 하나 이상을 통과하지 못했습니다.
        이름이나 주소가 틀리거나 날짜가 지났어도 문을 열지 않아도 됩니다.
        문은 닫아 두십시오.
        몸으로 요원을 막는 일은 절대 하지 마십시오.

warrant--say-no =
    .title = 문 너머로 이렇게 말하십시오
    .line-no-entry = 집에 들어오는 것에 동의하지 않습니다.
    .line-slide = 영장을 문 밑으로 넣어 주십시오.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

warrant--judicial =
    .title = 판사의 영장일 수 있습니다
    .body =
        유효한 영장이면 들어올 수 있습니다. 하지만 영장에 적힌 범위 안에서만입니다.
        저항하거나 막지 마십시오.
        그래도 묵비권은 있습니다.
        변호사를 요청하십시오. 요원이 있으라고 한 자리에서 무엇을 수색하는지 지켜보십시오.
        영장에 없는 수색에는 동의하지 마십시오.

warrant--say-yes =
    .title = 그래도 이렇게 말할 수 있습니다
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.
    .line-no-sign = 변호사 없이는 아무것에도 서명하지 않겠습니다.

warrant--end =
    .title = 기억할 점
    .point-judge = 판사가 서명한 영장이 있어야만 동의 없이 들어올 수 있습니다.
    .point-ice-form = ICE 양식(I-200, I-205)은 판사가 아니라 요원이 서명합니다.
    .point-check = 법원, 판사 서명, 이름, 주소, 날짜를 확인하십시오.
    .point-no-resist = 서류가 잘못되었어도 요원을 막거나 저항하지 마십시오.
    .point-lawyer = 변호사에게 연락하십시오. 일어난 일을 적어 두십시오.
