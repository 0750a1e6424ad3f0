## Scenario: you are arrested or detained, and what your family can do.

arrested = 체포되었을 때

arrested--calm =
    .title = 침착하십시오. 저항하지 마십시오.
    .body =
        도망치지 마십시오. 싸우거나 밀치지 마십시오.
        체포가 잘못되었다고 생각해도 그렇게 하십시오.
        나중에 변호사와 함께 다툴 수 있습니다.
        이민 신분과 상관없이 누구에게나 권리가 있습니다.

arrested--say =
    .title = 이렇게 말한 뒤 침묵하십시오
    .body =
        아래 말을 침착하게 하십시오. 그다음에는 아무 말도 하지 마십시오.
        거짓말하지 마십시오. 가짜 서류는 절대 보여 주지 마십시오.
        연방 요원에게 거짓말하면 범죄입니다. 말하지 않는 것은 범죄가 아닙니다.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.
    .line-interpreter = 통역사가 필요합니다.
    .line-no-sign = 변호사 없이는 아무것에도 서명하지 않겠습니다.

arrested--no-sign =
    .title = 아무것에도 서명하지 마십시오
    .body =
        변호사 없이는 어떤 서류에도 서명하지 마십시오.
        어떤 서류는 판사 앞에서 심리(재판)를 받을 권리를 포기하게 만듭니다.
        “자진 출국”(voluntary departure)과 “합의에 의한 추방 명령”(stipulated removal) 서류가 그렇습니다.
        이런 서류 때문에 미국에 다시 들어오지 못할 수도 있습니다.

arrested--numbers =
    .title = 전화번호와 이름
    .body =
        변호사와 가족에게 전화할 수 있습니다.
        그 전화번호를 미리 외워 두십시오.
        외국인 등록번호(A번호)가 있다면 가족이 알고 있게 하십시오.
        요원의 이름과 배지 번호를 적거나 기억해 두십시오.

arrested--help =
    .title = 지금 무엇이 필요합니까?
    .body = 가족과 친구도 이 부분을 이용할 수 있습니다.
    .choice-find = 구금된 사람 찾기
    .choice-lawyer = 무료 변호사 구하기
    .choice-court = 이민법원 날짜가 잡혀 있습니다

arrested--find =
    .title = ICE에 구금된 사람 찾기
    .body =
        ICE 온라인 구금자 검색(Online Detainee Locator)을 이용하십시오: locator.ice.gov
        ICE에 구금된 성인을 찾을 수 있습니다.
        외국인 등록번호(A번호)와 출생 국가로 검색하십시오.
        아니면 정확한 이름과 출생 국가로 검색하십시오.

arrested--lawyer =
    .title = 무료 변호사의 도움을 받을 수도 있습니다
    .body =
        구금되어 있고, 뉴욕시 이민법원에 사건이 있습니까?
        그렇다면 무료 변호사의 도움을 받을 수도 있습니다.
        뉴욕 이민자 가족 통합 프로젝트(New York Immigrant Family Unity Project)입니다.
        법률 상담 전화에 물어보십시오.

arrested--court =
    .title = 법원 날짜가 잡혀 있다면
    .body =
        2025년에 ICE는 뉴욕시 이민법원에서 사람들을 체포했습니다.
        장소는 26 Federal Plaza, 201 Varick, 290 Broadway였습니다.
        뉴욕주 법원 보호법(Protect Our Courts Act)은 주 법원에만 적용됩니다. 이런 연방 법원에는 적용되지 않습니다.
        심리에 빠지지 마십시오. 빠지면 추방 명령(미국을 떠나라는 명령)이 내려질 수 있습니다.
        심리 전에 변호사와 상담하십시오.

arrested--end =
    .title = 기억할 점
    .point-silent = 아무 말도 하지 마십시오. 거짓말은 절대 하지 마십시오.
    .point-lawyer = 변호사와 통역사를 요청하십시오.
    .point-no-sign = 변호사 없이는 아무것에도 서명하지 마십시오.
    .point-numbers = 변호사와 가족의 전화번호를 외워 두십시오.
    .point-hearing = 이민법원 심리에 절대 빠지지 마십시오.
