## Scenario: check the paper they show you (the warrant checker).

warrant = 영장 확인하기

warrant--look =
    .title = 서류 맨 위를 보십시오
    .body =
        문은 닫아 두십시오.
        서류를 문 밑으로 넣거나 창문에 대고 보여 달라고 하십시오.
        ICE 양식은 맨 위에 “Department of Homeland Security”(국토안보부)라고 쓰여 있습니다.
        제목은 “Warrant for Arrest of Alien”(외국인 체포 영장, I-200 양식)이나 “Warrant of Removal/Deportation”(추방 영장, I-205 양식)입니다.
        양식 번호는 맨 아래에 인쇄되어 있습니다.
        지금 보는 서류 맨 위에는 무엇이라고 쓰여 있습니까?
    .choice-dhs = “Department of Homeland Security”(국토안보부), 또는 I-200이나 I-205 양식
    .choice-court = 법원 이름
    .choice-not-sure = 잘 모르겠습니다

warrant--check =
    .title = 한 가지씩 확인하십시오
    .body = 질문마다 답하십시오. 하나라도 “아니요”나 “잘 모르겠음”이면 문은 닫아 두십시오.
    .item-court = 맨 위에 법원 이름이 있습니까? 예: “United States District Court”(미국 연방지방법원), “Supreme Court of the State of New York”(뉴욕주 법원).
    .item-judge = 판사가 서명했습니까? ICE 요원이나 이민 판사의 서명은 해당되지 않습니다.
    .item-name-address = 이름이 맞고, 주소도 정확히 맞습니까? 판사의 체포영장에는 주소가 없을 수도 있습니다. 그렇다면 “잘 모르겠음”으로 답하십시오.
    .item-date = 유효 기간이 아직 지나지 않았습니까?

warrant--ice-form =
    .title = 판사의 영장이 아니라 ICE 양식입니다
    .body =
        I-200이나 I-205 양식은 이민세관단속국(ICE)의 서류입니다.
        판사가 아니라 ICE 요원이 서명합니다.
        오랫동안 이어져 온 지침에 따르면, 이 서류만으로는 집에 들어올 수 없습니다.
        문은 닫아 두십시오.

warrant--disputed =
    .title = 의견이 갈리는 점이 하나 있습니다
    .body =
        2025년 ICE 메모는 I-205와 최종 추방 명령이 있으면 집에 들어갈 수 있다고 주장합니다.
        2026년 1월, 한 연방 판사는 이런 진입 한 건이 헌법에 어긋난다고 판결했습니다.
        2026년 12월 현재, 법원은 아직 판단하고 있습니다.
        응급 상황에서도 영장 없이 들어올 수 있는 경우가 있습니다.
        해야 할 일은 같습니다. 문은 닫아 두고, 동의하지 말고, 저항하지 말고, 일어난 일을 적고, 변호사에게 연락하십시오.

warrant--not-judicial =
    .title = 판사의 영장으로 여기지 마십시오
    .body =
        하나 이상의 답이 “아니요”나 “잘 모르겠음”이었습니다.
        그러니 이 서류를 판사가 서명한 영장으로 여기지 마십시오.
        이름이나 주소가 틀리거나 날짜가 지났어도 문을 열지 않아도 됩니다.
        문은 닫아 두십시오. 변호사에게 연락하십시오.
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
        그래도 묵비권이 있습니다.
        변호사를 요청하십시오. 요원이 있으라고 한 자리에서 무엇을 수색하는지 지켜보십시오.
        영장에 없는 수색에는 동의하지 마십시오.

warrant--say-yes =
    .title = 그래도 이렇게 말할 수 있습니다
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.
    .line-no-sign = 변호사 없이는 아무것에도 서명하지 않겠습니다.

warrant--end =
    .title = 기억할 점
    .point-judge = 판사가 서명한 영장이 있으면 동의 없이 들어올 수 있습니다.
    .point-ice-form = ICE 양식(I-200, I-205)은 판사가 아니라 요원이 서명합니다.
    .point-disputed = ICE는 자체 양식 중 일부로도 집에 들어갈 수 있다고 주장합니다. 법원이 판단하고 있습니다. 문은 닫아 두고, 동의하지 마십시오.
    .point-check = 법원, 판사 서명, 이름, 주소, 날짜를 확인하십시오.
    .point-no-resist = 서류가 잘못되었어도 절대 요원을 막거나 저항하지 마십시오.
    .point-lawyer = 변호사에게 연락하십시오. 일어난 일을 적어 두십시오.

## Workshop: presenter notes and practice quiz.

presenter-warrant =
    .body =
        참석자들에게 물어보십시오: “서류에 ‘Warrant’(영장)라고 쓰여 있으면 판사가 서명했다는 뜻입니까?”
        흔한 실수: “Warrant”라는 단어만 믿는 것입니다. ICE 양식 I-200과 I-205에도 이 단어가 있습니다.
        ICE 양식이 어떻게 생겼는지 보여 주십시오: 맨 위에 “Department of Homeland Security”, 제목에 “Alien”, 맨 아래에 양식 번호가 있습니다.
        네 가지 확인 사항을 강조하십시오: 법원, 판사 서명, 정확한 이름과 주소, 날짜.
        이민 판사는 이 확인 목록에서 말하는 판사가 아니라는 점을 강조하십시오.
        솔직하게 말하십시오: 2025년 ICE 메모는 I-205와 추방 명령이 있으면 집에 들어갈 수 있다고 주장합니다.
        한 판사는 이런 진입 한 건이 헌법에 어긋난다고 판결했습니다. 2026년 12월 현재, 법원이 판단하고 있습니다. 해야 할 일은 같습니다.
        강조하십시오: 서류가 잘못되었더라도 절대 요원을 막거나 저항하지 않아야 합니다.

quiz-warrant--dhs =
    .question = 요원이 문 밑으로 서류를 넣습니다. 맨 위에 “Department of Homeland Security”(국토안보부)라고 쓰여 있습니다. 이것으로 무엇을 알 수 있습니까?
    .answer-must-open = 영장이므로 문을 열어야 합니다.
    .why-must-open = 국토안보부(DHS) 서류는 판사의 영장이 아니라 ICE 양식입니다. 이 서류만으로는 집에 들어올 권리가 생기지 않습니다.
    .answer-ice-form = 판사가 서명한 영장이 아니라 ICE 양식입니다.
    .why-ice-form = I-200, I-205 같은 양식은 ICE 요원이 서명합니다. 문은 닫아 두십시오.
    .answer-hand-back = 문을 열고 서류를 돌려주며 설명합니다.
    .why-hand-back = 문을 열면 그들이 들어오기가 더 쉬워집니다. 문은 닫아 두고, 문을 사이에 두고 말하십시오.

quiz-warrant--immigration-judge =
    .question = 서류에 “Immigration Judge”(이민 판사)의 서명이 있습니다. 어떻게 하겠습니까?
    .answer-yes = 판사가 서명했으니 문을 엽니다.
    .why-yes = 여기서 이민 판사는 해당되지 않습니다. 서류에 법원 이름이 있어야 하고, 판사나 치안판사(magistrate)가 서명해야 합니다.
    .answer-let-in = 무슨 뜻인지 설명을 들으려고 들여보냅니다.
    .why-let-in = 들여보내면 동의한 것으로 볼 수 있습니다. 문은 닫아 두고 변호사에게 연락하십시오.
    .answer-no = 문을 닫아 둡니다. “집에 들어오는 것에 동의하지 않습니다.”라고 말합니다.
    .why-no = 이민 판사는 이 확인에서 말하는 판사가 아닙니다. 문은 닫아 두십시오.

quiz-warrant--wrong-address =
    .question = 서류에 법원 이름이 있고 판사가 서명했습니다. 그런데 주소가 우리 집 주소가 아닙니다. 어떻게 하겠습니까?
    .answer-no-entry = 문을 닫아 둡니다. “집에 들어오는 것에 동의하지 않습니다.”라고 말합니다.
    .why-no-entry = 이름이나 주소가 틀리거나 날짜가 지났으면 문을 열지 않아도 됩니다. 변호사에게 연락하십시오.
    .answer-open = 판사가 서명했으니 문을 엽니다.
    .why-open = 영장에는 이름이 맞고 주소도 정확히 맞아야 합니다. 그렇지 않으면 문을 열지 않아도 됩니다.
    .answer-block = 들어오지 못하게 문간에 섭니다.
    .why-block = 서류가 잘못되었더라도 절대 몸으로 요원을 막지 마십시오. 동의하지 않는다고 말하고, 변호사에게 연락하십시오.

quiz-warrant--valid =
    .question = 서류가 모든 확인을 통과했습니다. 판사의 영장이고, 요원이 들어옵니다. 어떻게 하겠습니까?
    .answer-explain = 숨길 것이 없다는 걸 보여 주려고 모든 질문에 대답합니다.
    .why-explain = 유효한 영장이 있어도 묵비권을 행사할 수 있습니다. “묵비권을 행사하겠습니다.”라고 말하고 변호사를 요청하십시오.
    .answer-search-all = 어디든 원하는 곳을 수색해도 된다고 말합니다.
    .why-search-all = 요원은 영장에 적힌 것만 수색할 수 있습니다. 다른 수색에는 동의하지 마십시오.
    .answer-silent = 저항하지 않습니다. 묵비권을 행사하고 변호사를 요청합니다.
    .why-silent = 유효한 영장이 있으면 들어올 수 있지만, 영장에 적힌 범위 안에서만입니다. 그래도 묵비권이 있습니다.
