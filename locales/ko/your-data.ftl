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
        시 기관마다 개인정보 보호 담당관을 두고, 담당관은 기관이 개인 정보를 보호하는지 살핍니다.
        NYPD, 교정국, 보호관찰국도 90일 안에 이민 관련 규칙을 검토해야 합니다.

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

## Workshop: presenter notes and practice quiz.

presenter-your-data =
    .body =
        시 직원은 서비스에 필요할 때만 신분을 묻는다는 점을 강조하십시오.
        필요한 시 서비스는 계속 이용해도 된다는 점을 강조하십시오.
        흔한 실수는 두려워서 병원에 가지 않거나 범죄를 신고하지 않는 것입니다.
        참석자들에게 물어보십시오: 가족이 어떤 시 서비스를 이용합니까?
        한계도 솔직하게 말하십시오. 1996년 연방법과 법원 명령 같은 법적 절차는 여전히 적용됩니다.
        시가 절대 정보를 공유할 수 없다고 말하지 마십시오. 지나친 약속입니다.

quiz-your-data--hospital =
    .question = 아이가 아픕니다. 이민 서류가 없어서 시립 병원이 신고할까 봐 두렵습니다.
    .answer-stay-home = 집에 있으면서 병원에 가지 않습니다.
    .why-stay-home = NYC Health + Hospitals(시립 병원)는 신분과 상관없이 치료해 줍니다. 기록은 본인이 동의하거나 법이 요구할 때만 제공됩니다.
    .answer-false-name = 병원에 가되, 가짜 이름을 댑니다.
    .why-false-name = 사실대로 정보를 주십시오. NYC Health + Hospitals의 치료는 신분과 상관없습니다.
    .answer-go = 아이를 NYC Health + Hospitals(시립 병원)에 데려가 치료를 받게 합니다.
    .why-go = 치료는 신분과 상관없습니다. ICE 요원의 서명만으로는 병원이 기록을 넘겨야 할 의무가 생기지 않습니다.

quiz-your-data--witness =
    .question = 동네 길에서 강도 사건을 보았습니다. 경찰이 신분을 물을까 봐 두렵습니다.
    .answer-report = 신고합니다. NYPD는 목격자에게 신분을 묻지 않습니다.
    .why-report = NYPD(뉴욕시 경찰)는 피해자나 목격자에게 이민 신분을 묻지 않습니다. 응급 상황에는 911에 전화하십시오.
    .answer-no-report = 안전을 위해 아무에게도 말하지 않습니다.
    .why-no-report = NYPD는 피해자나 목격자에게 신분을 묻지 않습니다. 범죄를 신고할 수 있습니다.
    .answer-citizen = 신고하되, 물어볼 때를 대비해 시민이라고 말합니다.
    .why-citizen = 시민이 아니면 절대 시민이라고 주장하지 마십시오. NYPD는 목격자에게 신분을 묻지 않습니다.

quiz-your-data--dmv =
    .question = 운전면허를 따고 싶습니다. 친구가 DMV는 모든 정보를 ICE에 넘긴다고 말합니다.
    .answer-avoid = DMV를 피합니다.
    .why-avoid = 뉴욕주 그린라이트법(Green Light Law)이 DMV 기록을 보호합니다. DMV가 이민 단속 요원에게 기록을 주려면 법원 명령이 있어야 합니다.
    .answer-apply = 본인의 진짜 서류로 신청합니다.
    .why-apply = 그린라이트법이 DMV 기록을 보호합니다. DMV는 법원 명령 없이는 이민 단속 요원에게 기록을 주지 않습니다.
    .answer-false-papers = 안전을 위해 다른 사람의 서류로 신청합니다.
    .why-false-papers = 가짜 서류나 다른 사람의 서류는 절대 쓰지 마십시오. 본인 서류로 신청하십시오.

quiz-your-data--promise =
    .question = 친구가 “새 행정명령 때문에 시는 절대 내 정보를 ICE에 줄 수 없어요.”라고 말합니다.
    .answer-agree = “맞아요. 시는 절대 공유할 수 없어요.”
    .why-agree = 지나친 약속입니다. 연방 기관은 법원 명령 같은 법적 절차로 정보를 요구할 수 있습니다.
    .answer-stop-services = “그럼 안전을 위해 시 서비스는 이제 쓰지 마세요.”
    .why-stop-services = 시 규칙은 직원이 묻고 공유하는 것을 제한합니다. 필요한 서비스는 계속 이용하십시오.
    .answer-limits = “시는 정보 공유를 제한하지만, 모든 경우에 약속할 수는 없어요.”
    .why-limits = 행정명령 13호는 법이 요구할 때 말고는 정보 공유를 금지합니다. 그래도 연방 기관은 법적 절차로 정보를 요구할 수 있습니다.
