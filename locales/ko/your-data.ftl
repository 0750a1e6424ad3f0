## Scenario: your information and city services.

your-data = 개인 정보와 시 서비스

your-data--services =
    .title = 시 서비스 이용
    .body =
        시 직원은 서비스에 필요할 때만 이민 신분을 묻습니다.
        예를 들어 자격이 되는지 확인할 때입니다.
        몇 가지 좁은 예외를 빼고는 그 정보를 다른 곳에 알리지 않습니다.
        이는 2003년 뉴욕시장 행정명령 41호에 따른 것입니다.
        2017년 개인 식별 정보법(Identifying Information Law)도 개인 정보를 보호합니다.

your-data--new-order =
    .title = 개인 정보에 관한 2026년 행정명령
    .body =
        2026년 2월, 뉴욕시장이 행정명령 13호에 서명했습니다.
        시 기관은 개인 정보를 이민 단속 요원과 공유할 수 없습니다.
        단, 법이 요구할 때는 예외입니다.
        시 기관마다 개인정보 보호 담당관을 둡니다.

your-data--place =
    .title = 어디에 가십니까?
    .body = 더 알고 싶은 곳을 고르십시오.
    .choice-dmv = DMV(차량국)
    .choice-police = 경찰(NYPD)
    .choice-hospital = 시립 병원
    .choice-other = 다른 시 사무실

your-data--dmv =
    .title = DMV(차량국)에서
    .body =
        뉴욕주 그린라이트법(Green Light Law)이 DMV 기록을 보호합니다.
        DMV는 법원 명령 없이는 이민 단속 요원에게 정보를 주지 않습니다.
        가짜 서류는 절대 내지 마십시오.

your-data--police =
    .title = 경찰에 신고할 때
    .body =
        NYPD(뉴욕시 경찰)는 피해자나 목격자에게 이민 신분을 묻지 않습니다.
        범죄를 신고할 수 있습니다.
        응급 상황에는 911에 전화하십시오.

your-data--hospital =
    .title = NYC Health + Hospitals(시립 병원)에서
    .body =
        이민 신분과 상관없이 치료를 받을 수 있습니다.
        진료 기록은 본인이 동의하거나 법이 요구할 때만 제공됩니다.
        ICE 요원의 서명만으로는 병원이 기록을 넘겨야 할 의무가 생기지 않습니다.
        요원이 비공개 구역에 들어가려면 판사의 영장이 필요합니다.
        예외는 응급 상황이거나 시 직원이 허락할 때입니다.

your-data--limits =
    .title = 시가 약속할 수 없는 것
    .body =
        1996년 연방법 때문에 시는 이민 신분 정보 공유를 완전히 금지할 수 없습니다.
        연방 기관은 법원 명령 같은 법적 절차로 정보를 요구할 수도 있습니다.
        그래서 시 규칙이 보호해 주기는 하지만, 모든 경우에 그런 것은 아닙니다.
        걱정되면 변호사와 상담하십시오.

your-data--end =
    .title = 기억할 점
    .point-status = 시 직원은 서비스에 필요할 때만 신분을 묻습니다.
    .point-sharing = 시 기관은 법이 요구하지 않으면 개인 정보를 공유하지 않습니다.
    .point-dmv = DMV는 법원 명령이 있어야 이민 단속 요원에게 정보를 줍니다.
    .point-police = NYPD는 피해자나 목격자에게 신분을 묻지 않습니다.
    .point-limits = 그래도 연방 기관은 법적 절차로 정보를 요구할 수 있습니다.
