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
        구금되면 변호사와 가족에게 전화하게 해 달라고 요청하십시오. 전화할 수 있다는 보장은 없습니다.
        그러니 그 번호를 외워 두십시오.
        외국인 등록번호(A번호)가 있습니까? 이민 서류에 적힌 번호입니다.
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
        부모 각자의 이름과 연락처도 주십시오.

family-plan--legal-tools =
    .title = 학교와 의료 문제를 위한 서류
    .body =
        뉴욕주에는 “부모 역할 대리인 지정”(Designation of Person in Parental Relation)이라는 서류 양식이 있습니다.
        이 서류로 부모는 자녀의 학교와 의료 문제를 결정할 어른을 정할 수 있습니다.
        법원에 가지 않아도 됩니다. 정해진 기간 동안만 유효하고, 취소할 수도 있습니다.
        양육권을 주는 서류가 아니며, 부모로서의 권리를 빼앗지도 않습니다.
        일부는 공증인(notary public) 앞에서 서명해야 합니다. 어느 부분인지 변호사에게 물어보십시오.

family-plan--standby =
    .title = 예비 후견인 제도(standby guardianship)
    .body =
        예비 후견인은 본인이 돌볼 수 없을 때 자녀 돌봄을 맡을 수 있는 어른입니다.
        뉴욕주에서는 증인 두 명 앞에서 서면으로 예비 후견인을 정할 수 있습니다.
        2018년부터는 이민 당국에 체포되거나, 구금되거나, 추방될 때 효력이 시작될 수 있습니다.
        그 뒤 곧 유언검인법원(Surrogate’s Court)이나 가정법원(Family Court)에 청원을 내야 합니다.
        준비하는 과정은 변호사에게 도움을 받으십시오.

family-plan--school =
    .title = 학교 블루 카드(blue card)를 고쳐 두십시오
    .body =
        공립 학교에는 “블루 카드”(blue card)라는 비상 연락처 카드가 있습니다.
        여기에 비상 연락처를 세 명까지 적을 수 있습니다.
        믿을 수 있는 그 어른을 추가하십시오.

family-plan--money =
    .title = 돈, 여권, 건강
    .body =
        본인이 할 수 없을 때 누가 집세와 공과금을 낼 수 있을지 생각해 두십시오.
        재정 위임장(financial power of attorney)이 있으면 믿을 수 있는 사람이 본인을 대신해 일을 처리할 수 있습니다.
        누가 은행 계좌를 이용할 수 있게 할지 정하십시오.
        여권과 출생증명서는 그 사람이 찾을 수 있는 곳에 두십시오.
        가족 한 사람 한 사람의 약, 알레르기, 담당 의사를 적어 두십시오.

family-plan--papers =
    .title = 서류를 안전하게 보관하십시오
    .body =
        출생증명서, 이민 서류 같은 중요한 서류를 복사해 두십시오.
        여기에서 얼마나 오래 살았는지 보여 주는 증거를 보관하십시오: 임대 계약서, 급여 명세서, 학교·의료·세금 기록.
        2년 이상 살았다는 사실이 법원에서 중요할 수 있습니다. 증거를 가지고 다닐지는 변호사에게 물어보십시오.
        모두 안전한 곳에 보관하고, 사본 하나는 믿을 수 있는 사람의 집에 두십시오.

family-plan--lawyer =
    .title = 제대로 된 법률 도움을 받으십시오
    .body =
        신청, 갱신, 여행 전에 변호사와 상담하십시오.
        법무부(DOJ) 인가 대리인도 도울 수 있습니다. 법무부가 자격을 인정한 사람입니다.
        돈을 받고 이민 상담을 해 주는 “notario”(노타리오)는 사기입니다. 미국에서 “notario”는 변호사가 아닙니다.
        미국의 공증인(notary public)은 서명을 확인해 줄 뿐입니다. 공증인도 변호사가 아닙니다.
        ActionNYC는 무료로 법률 도움을 주고, 비밀을 지킵니다.

family-plan--end =
    .title = 기억할 점
    .point-numbers = 중요한 번호를 외우십시오. 가족이 A번호를 알고 있게 하십시오.
    .point-caregiver = 자녀를 돌봐 줄 믿을 수 있는 어른을 정하고, 필요한 서류는 변호사에게 물어보십시오.
    .point-blue-card = 그 어른을 학교 블루 카드(blue card)에 추가하십시오.
    .point-papers = 서류 사본과 여기에서 지낸 기간의 증거를 안전한 곳에 두십시오.
    .point-notario = “notario”가 아니라 변호사에게 도움을 받으십시오.

## Workshop: presenter notes and practice quiz.

presenter-family-plan =
    .body =
        계획은 일이 생기기 전, 차분할 때 지금 세운다는 점을 강조하십시오.
        참석자들에게 물어보십시오: 가장 먼저 누구에게 전화하겠습니까? 그 번호를 외우고 있습니까? 체포된 뒤 전화할 수 있다는 보장은 없습니다.
        자녀를 돌봐 줄 믿을 수 있는 어른, 학교 블루 카드(blue card), 공과금을 낼 사람을 강조하십시오.
        뉴욕주의 서류 두 가지를 설명하십시오: 부모 역할 대리인 지정(학교와 의료 문제)과 예비 후견인 제도(standby guardianship).
        흔한 실수는 “notario”(노타리오)를 찾아가는 것입니다. “notario”는 변호사가 아니며, 공증인(notary public)도 변호사가 아닙니다.
        솔직하게 말하십시오: 어떤 보호자 제도가 가족에게 맞는지는 변호사에게 물어야 합니다.
        이 안내는 법률 자문이 아니라는 점을 다시 알려 주십시오. ActionNYC는 무료로 도움을 줍니다.

quiz-family-plan--numbers =
    .question = 변호사와 가족의 전화번호가 휴대폰에만 저장되어 있습니다.
    .answer-phone = 휴대폰에 그대로 둡니다. 그것으로 충분합니다.
    .why-phone = 구금되면 휴대폰을 가지고 있지 못할 수도 있습니다. 중요한 번호는 외워 두십시오.
    .answer-later = 일이 생기면 그때 해결합니다.
    .why-later = 계획은 차분할 때 세워야 가장 도움이 됩니다. 지금 번호를 외우십시오.
    .answer-memorize = 중요한 번호를 외우고, 가족에게 A번호를 알려 줍니다.
    .why-memorize = 구금되면 변호사와 가족에게 전화하게 해 달라고 요청하십시오. 전화할 수 있다는 보장은 없습니다. A번호가 있으면 가족이 본인을 찾기 쉬워집니다.

quiz-family-plan--children =
    .question = 구금되면 누가 학교에서 아이들을 데려올지 걱정됩니다.
    .answer-trusted = 믿을 수 있는 어른을 정해 이야기하고, 그 사람을 블루 카드(blue card)에 추가합니다.
    .why-trusted = 학교 블루 카드(blue card)에는 비상 연락처를 세 명까지 적을 수 있습니다. 그 어른에게 자녀의 출생증명서 사본을 주십시오.
    .answer-school = 학교가 알아서 해 줄 거라고 믿습니다.
    .why-school = 학교가 누구에게 연락할지 알 수 있게 지금 계획을 세우십시오. 믿을 수 있는 어른을 정하고 블루 카드(blue card)에 추가하십시오.
    .answer-notario = “notario”(노타리오)에게 돈을 내고 양육권 서류를 만듭니다.
    .why-notario = “notario”는 변호사가 아닙니다. 보호자를 위한 뉴욕주 제도에 대해 변호사에게 물어보십시오.

quiz-family-plan--caregiver-tools =
    .question = 믿을 수 있는 그 어른이 자녀의 학교와 의료 문제를 결정해야 할 수도 있습니다.
    .answer-nothing = 아무것도 하지 않습니다. 믿을 수 있는 어른이면 누구나 결정할 수 있습니다.
    .why-nothing = 법적 제도로 미리 준비하십시오. “부모 역할 대리인 지정”(Designation of Person in Parental Relation)에 대해 변호사에게 물어보십시오.
    .answer-ask-lawyer = “부모 역할 대리인 지정”이나 “예비 후견인 제도”에 대해 변호사에게 물어봅니다.
    .why-ask-lawyer = 부모 역할 대리인 지정은 법원에 가지 않아도 됩니다. 예비 후견인은 서면으로 정한 다음, 유언검인법원(Surrogate’s Court)이나 가정법원(Family Court)의 확인을 받습니다. 어느 쪽이 맞는지는 변호사가 알려 줄 수 있습니다.
    .answer-your-id = 그 어른에게 본인 신분증을 주고, 본인 이름으로 서명하게 합니다.
    .why-your-id = 다른 사람의 서류를 쓰거나 다른 사람 이름으로 서명하는 일은 절대 하지 마십시오. 변호사의 도움을 받아 법적 제도를 이용하십시오.

quiz-family-plan--notario =
    .question = 서류를 갱신해야 합니다. “notario”(노타리오)가 돈을 받고 빨리 접수해 주겠다고 합니다.
    .answer-pay = “notario”에게 돈을 내고 접수를 맡깁니다.
    .why-pay = 미국에서 “notario”는 변호사가 아닙니다. 변호사나 법무부(DOJ) 인가 대리인에게 도움을 받으십시오.
    .answer-check = 서류는 직접 작성하고, “notario”에게 검토만 맡깁니다.
    .why-check = “notario”는 변호사가 아니므로, 그 검토는 법률 도움이 아닙니다. 갱신하기 전에 변호사와 상담하십시오.
    .answer-lawyer = 먼저 변호사나 법무부(DOJ) 인가 대리인과 상담합니다.
    .why-lawyer = 신청, 갱신, 여행 전에 상담하십시오. ActionNYC는 무료로 법률 도움을 주고, 비밀을 지킵니다.
