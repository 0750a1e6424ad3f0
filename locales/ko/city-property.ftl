## Scenario: agents at a city hospital, public school, shelter or city office.

city-property = 시 소유 시설에서

city-property--rule =
    .title = 시 소유 시설에 관한 규칙
    .body =
        뉴욕시 법은 시 소유 시설의 비공개 구역을 보호합니다.
        시립 병원, 공립 학교, 시 보호소, 시 사무실이 여기에 들어갑니다.
        이 법은 이민세관단속국(ICE)처럼 시 정부 밖에서 온 요원에게 적용됩니다.
        그들이 그 구역에 들어가려면 판사가 서명한 영장이 필요합니다.
        영장이 없으면, 시 직원이 허락하거나 응급 상황이어야 합니다.
        이 법은 행정법규(Admin Code) 4-210조입니다. 2026년 뉴욕시장 행정명령 13호도 이를 다시 밝힙니다.

city-property--public-areas =
    .title = 공개 구역은 해당되지 않습니다
    .body =
        이 규칙은 공개 구역에는 적용되지 않습니다.
        예를 들어 로비, 대기실, 인도, 버스 정류장, 놀이터입니다.
        요원은 이런 곳에 있을 수 있습니다.
        그래서 ICE가 시 소유 시설에 올 수도 있습니다.
        그곳에서도 권리는 그대로 있습니다.

city-property--where =
    .title = 지금 어디에 있습니까?
    .choice-hospital = 시립 병원
    .choice-school = 공립 학교
    .choice-other = 보호소나 시 사무실
    .choice-stopped = 그곳에서 요원이 저를 멈춰 세웁니다

city-property--hospital =
    .title = NYC Health + Hospitals(시립 병원)에서
    .body =
        이민 신분과 상관없이 치료를 받을 수 있습니다.
        진료 기록은 본인이 동의하거나 법이 요구할 때만 공유됩니다.
        ICE 요원만 서명한 서류로는 병원이 기록을 넘겨야 할 의무가 생기지 않습니다.

city-property--school =
    .title = 뉴욕시 공립 학교에서
    .body =
        뉴욕시 교육국은 이런 요원이 학교에 들어오는 것에 동의하지 않습니다.
        교장도 동의할 수 없습니다. 영장은 모두 변호사가 검토합니다.
        학교는 이민 신분을 묻지 않습니다.
        부모는 학교 “블루 카드”에 비상 연락처를 세 명까지 적을 수 있습니다.

city-property--services =
    .title = 시 서비스 이용
    .body =
        시 직원은 자격 확인에 필요할 때만 신분을 묻습니다.
        몇 가지 좁은 예외를 빼고는 그 정보를 다른 곳에 알리지 않습니다.
        행정명령 13호는 개인 정보를 이민 단속 요원과 공유하는 것을 금지합니다.
        단, 법이 요구할 때는 예외입니다.
        시 기관마다 개인정보 보호 담당관이 있습니다.

city-property--limit =
    .title = 시 규칙으로 할 수 없는 것
    .body =
        이런 시 규칙에는 한계가 있습니다.
        1996년 연방법 때문에 시는 신분 정보 공유를 모두 금지할 수는 없습니다.
        연방 기관은 법원 명령 같은 법적 절차로 정보를 요구할 수도 있습니다.
        이 안내는 법률 자문이 아닙니다. 본인 사정은 변호사에게 물어보십시오.

city-property--say =
    .title = 그곳에서 요원이 멈춰 세우면
    .body =
        다른 곳과 똑같은 권리가 있습니다.
        도망치거나, 저항하거나, 막지 마십시오.
        아래 말을 침착하게 하십시오. 그다음에는 아무 말도 하지 마십시오.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-no-consent = 수색에 동의하지 않습니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

city-property--end =
    .title = 기억할 점
    .point-private = 시 소유 시설의 비공개 구역에는 보통 판사의 영장이 필요합니다.
    .point-public = 로비나 대기실 같은 공개 구역은 해당되지 않습니다.
    .point-hospital = 시립 병원은 신분과 상관없이 치료해 줍니다.
    .point-school = 공립 학교는 이민 신분을 묻지 않습니다.
    .point-rights = 말하지 않아도 되고, 수색을 거부할 수 있습니다.
