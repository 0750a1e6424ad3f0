## Scenario: immigration agents come to your workplace.

work = 직장에서

work--arrive =
    .title = 요원이 직장에 왔습니다
    .body =
        침착하십시오. 도망치지 마십시오.
        요원은 영장 없이도 사업장의 공개 구역에 들어갈 수 있습니다.
        비공개 구역에 들어가려면 판사가 서명한 영장이나 고용주의 동의가 필요합니다.
        지금 어떤 상황입니까?
    .choice-public = 공개 구역에 있습니다
    .choice-private = 비공개 구역에 들어가려고 합니다
    .choice-questioned = 저에게 질문을 하고 있습니다
    .choice-paper = 서류를 보여 줍니다

work--public =
    .title = 사업장의 공개 구역
    .body =
        공개 구역은 손님이 들어갈 수 있는 곳입니다.
        예를 들어 로비나 가게의 손님 공간입니다.
        요원은 영장 없이도 그곳에 있을 수 있습니다.
        그곳에서도 권리는 그대로 있습니다.

work--private =
    .title = 사업장의 비공개 구역
    .body =
        휴게실, 창고, 직원 전용 공간은 비공개 구역입니다.
        요원이 이곳에 들어가려면 판사가 서명한 영장이 필요합니다.
        아니면 고용주의 동의가 필요합니다.
        요원이 잘못하고 있다고 생각해도, 막거나 밀지 마십시오.

work--employer =
    .title = 고용주는 표지판을 붙일 수 있습니다
    .body =
        고용주는 비공개 구역에 표지판을 붙일 수 있습니다.
        예: “Private. Staff only.”(비공개. 직원 전용.)
        표지판은 판사의 영장이나 동의가 있어야 들어갈 수 있는 곳을 보여 줍니다.

work--rights =
    .title = 직원으로서 할 수 있는 일
    .body =
        아무 말도 하지 않아도 됩니다.
        가도 되는지 물어볼 수 있습니다.
        소지품 수색을 거부할 수 있습니다.
        통역사와 변호사를 요청할 수 있습니다.
        치료가 필요하거나 돌봐야 할 아이가 있으면 알리십시오.

work--say =
    .title = 이렇게 말한 뒤 침묵하십시오
    .body =
        아래 말을 침착하게 하십시오.
        가도 된다고 하면 침착하게 떠나십시오. 뛰지 마십시오.
    .line-silent = 묵비권을 행사하겠습니다.
    .line-free = 가도 됩니까?
    .line-no-consent = 수색에 동의하지 않습니다.
    .line-interpreter = 통역사가 필요합니다.
    .line-lawyer = 변호사와 이야기하고 싶습니다.

work--end =
    .title = 기억할 점
    .point-public = 요원은 영장 없이도 공개 구역에 들어갈 수 있습니다.
    .point-private = 비공개 구역에는 판사의 영장이나 고용주의 동의가 필요합니다.
    .point-silent = 말하지 않아도 되고, 소지품 수색을 거부할 수 있습니다.
    .point-interpreter = 통역사와 변호사를 요청하십시오.
    .point-no-run = 절대 도망치거나, 저항하거나, 거짓말하지 마십시오.
