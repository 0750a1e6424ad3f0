## Scenario: at a church, mosque, synagogue or temple, for faith leaders and members.

house-of-worship = 예배 장소에서

house-of-worship--role =
    .title = 예배 장소도 예외가 아닙니다
    .body =
        교회, 모스크, 회당(시나고그), 사원도 이민세관단속국(ICE)의 단속에서 제외되지 않습니다.
        2025년 1월, ICE를 관할하는 국토안보부(DHS)는 “민감한 장소” 정책을 없앴습니다.
        하지만 비공개 구역에 들어가려면 지금도 판사가 서명한 영장이나 동의가 필요합니다.
        어떤 분이십니까?
    .choice-leader = 예배 장소 운영을 돕고 있습니다
    .choice-member = 신도입니다
    .choice-agents = 지금 요원이 와 있습니다

house-of-worship--plan =
    .title = 누가 오기 전에 계획을 세우십시오
    .body =
        사무실이나 안쪽 방처럼 비공개로 할 구역을 정하십시오.
        이런 곳에는 표지판을 붙일 수 있습니다.
        요원이 이곳에 들어가려면 판사의 영장이나 동의가 필요합니다.
        요원을 맞을 담당자를 한 명 정하십시오.
        담당자는 영장을 보여 달라고 하고, 변호사에게 연락합니다.

house-of-worship--guidance =
    .title = 지침을 보고 변호사와 상담하십시오
    .body =
        뉴욕주 검찰총장은 2025년 2월에 지침을 발표했습니다.
        예배 장소 같은 민간·비영리 시설을 위한 지침입니다.
        계획에 대해 변호사와 상담하십시오.
        이 안내는 법률 자문이 아닙니다.

house-of-worship--member =
    .title = 신도라면
    .body =
        예배 장소라고 해서 요원이 못 들어오는 곳은 아닙니다.
        공동체의 담당자가 누구인지 물어 두십시오.
        요원이 오면 담당자가 요원과 이야기하게 하십시오.
        신분과 상관없이 권리는 그대로 있습니다.

house-of-worship--agents-here =
    .title = 요원이 오면
    .body =
        침착하십시오. 도망치지 마십시오.
        요원이 잘못하고 있다고 생각해도 저항하거나 막지 마십시오.
        나중에 변호사와 함께 다툴 수 있습니다.
        비공개 구역에 들어가려면 판사의 영장이나 동의가 필요합니다.
    .choice-point-person = 제가 담당자입니다
    .choice-asked = 요원이 저에게 질문합니다
    .choice-warrant = 영장을 보여 줍니다

house-of-worship--say-point =
    .title = 담당자: 이렇게 말하십시오
    .body =
        침착하게 요원을 맞으십시오. 영장을 보여 달라고 하십시오.
        판사가 서명한 영장이 있어야만 동의 없이 비공개 구역에 들어갈 수 있습니다.
        그다음 변호사에게 연락하십시오.
    .line-no-entry = 비공개 구역에 들어오는 것에 동의하지 않습니다.
    .line-show-warrant = 영장을 보여 주십시오.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

house-of-worship--say-member =
    .title = 요원이 질문하면
    .body =
        이민 신분과 상관없이 아무 말도 하지 않아도 됩니다.
        거짓말하지 마십시오. 가짜 서류는 절대 보여 주지 마십시오.
        18세 이상이고 이민 서류가 있습니까? 요원이 요구하면 보여 주십시오.
        가도 된다고 하면 침착하게 떠나십시오.
    .line-free-to-go = 가도 됩니까?
    .line-silent = 묵비권을 행사하겠습니다.
    .line-no-search = 수색에 동의하지 않습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

house-of-worship--end =
    .title = 기억할 점
    .point-not-off-limits = 예배 장소도 ICE 단속에서 제외되지 않습니다.
    .point-private = 비공개 구역에는 판사의 영장이나 동의가 필요합니다.
    .point-point-person = 요원을 맞고 변호사에게 연락할 담당자를 정하십시오.
    .point-silent = 누구나 말하지 않을 수 있습니다. 거짓말은 절대 하지 마십시오.
    .point-lawyer = 계획에 대해 변호사와 상담하십시오.
