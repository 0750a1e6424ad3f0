## Scenario: make a family safety plan before anything happens.

family-plan = 가족 비상 계획 세우기

family-plan--why =
    .title = 지금 계획을 세우십시오
    .body =
        가족 중 누가 구금되면 계획이 도움이 됩니다.
        일이 생기기 전, 차분할 때 지금 세우십시오.
        이 안내는 법률 자문이 아닙니다.
    .choice-start = 가족 계획 시작하기
    .choice-detained = 방금 누가 구금되었습니다

family-plan--numbers =
    .title = 중요한 전화번호를 외우십시오
    .body =
        구금되면 변호사와 가족에게 전화할 수 있습니다.
        그러니 그 번호를 외워 두십시오.
        외국인 등록번호(A번호)가 있습니까? 이민 서류에 적혀 있습니다.
        가족이 그 번호를 알고 있게 하십시오.
        그러면 가족이 본인의 위치와 법원 날짜를 찾기 쉬워집니다.

family-plan--children =
    .title = 자녀가 있습니까?
    .body = 본인이 돌볼 수 없을 때 누가 돌볼지 정해 두십시오.
    .choice-yes = 예, 자녀가 있습니다
    .choice-no = 아니요

family-plan--caregiver =
    .title = 믿을 수 있는 어른을 정하십시오
    .body =
        본인이 돌볼 수 없을 때 자녀를 돌봐 줄 믿을 만한 어른을 정하십시오.
        그 사람과 계획에 대해 이야기하십시오.
        자녀의 출생증명서 사본을 그 사람에게 주십시오.
        부모 두 사람의 이름과 연락처도 주십시오.

family-plan--legal-tools =
    .title = 보호자를 위한 뉴욕주 제도 두 가지
    .body =
        “부모 역할 대리인 지정”(Designation of Person in Parental Relation)은 서류 양식입니다.
        보호자가 학교와 의료 문제를 결정할 수 있게 해 줍니다. 법원에 가지 않아도 됩니다.
        “예비 후견인 제도”(standby guardianship)도 있습니다. 가정법원(Family Court)을 거칩니다.
        어느 쪽이 가족에게 맞는지 변호사에게 물어보십시오.

family-plan--school =
    .title = 학교 블루 카드를 고쳐 두십시오
    .body =
        공립 학교에는 “블루 카드”라는 비상 연락처 카드가 있습니다.
        여기에 비상 연락처를 세 명까지 적을 수 있습니다.
        믿을 수 있는 그 어른을 추가하십시오.

family-plan--papers =
    .title = 서류를 안전하게 보관하십시오
    .body =
        출생증명서, 이민 서류 같은 중요한 서류를 복사해 두십시오.
        안전한 곳에 보관하십시오.
        믿을 수 있는 사람이 꺼낼 수 있게 하십시오.

family-plan--lawyer =
    .title = 제대로 된 법률 도움을 받으십시오
    .body =
        신청, 갱신, 여행 전에 변호사와 상담하십시오.
        법무부(DOJ) 인가 대리인도 도울 수 있습니다. 법무부가 자격을 인정한 사람입니다.
        “notario”(노타리오)에게는 절대 가지 마십시오. 미국에서 “notario”는 변호사가 아닙니다.
        ActionNYC는 무료로 법률 도움을 주고, 비밀을 지킵니다.

family-plan--end =
    .title = 기억할 점
    .point-numbers = 중요한 번호를 외우십시오. 가족이 A번호를 알고 있게 하십시오.
    .point-caregiver = 자녀를 돌봐 줄 믿을 수 있는 어른을 정하십시오.
    .point-blue-card = 그 어른을 학교 블루 카드에 추가하십시오.
    .point-papers = 서류 사본은 믿을 수 있는 사람이 꺼낼 수 있는 안전한 곳에 두십시오.
    .point-notario = “notario”가 아니라 변호사에게 도움을 받으십시오.
