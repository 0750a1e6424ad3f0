## Scenario: immigration agents come to your workplace.

work = 在工作地點

work--arrive =
    .title = 執法人員來到您的工作地點
    .body =
        保持冷靜。不要逃跑。
        執法人員不需要令狀，就可以進入商業場所的公共區域。
        私人區域則需要法官簽署的令狀，或者僱主的同意。
        現在發生甚麼事？
    .choice-public = 他們在公共區域
    .choice-private = 他們要進入私人區域
    .choice-questioned = 他們在問我問題
    .choice-paper = 他們出示一份文件

work--public =
    .title = 商業場所的公共區域
    .body =
        公共區域是顧客可以去的地方。
        例如大堂，或商店的顧客區。
        執法人員沒有令狀也可以在那裡。
        在那裡，您仍然擁有您的權利。

work--private =
    .title = 商業場所的私人區域
    .body =
        私人區域包括休息室、儲物室和員工專用的地方。
        執法人員要進入這些地方，需要法官簽署的令狀。
        或者需要僱主的同意。
        即使您認為他們做錯了，也不要阻擋或推撞執法人員。

work--employer =
    .title = 僱主可以標示私人區域
    .body =
        僱主可以在私人區域貼上告示。
        例如：「私人區域，員工專用。」
        告示讓人知道，執法人員在哪些地方需要法官的令狀或同意。

work--rights =
    .title = 作為員工，您可以這樣做
    .body =
        您可以保持沉默。
        您可以問自己是否可以離開。
        您可以拒絕他們搜查您的物品。
        您可以要求口譯員和律師。
        如果您有醫療需要，或要照顧孩子，請告訴他們。

work--say =
    .title = 說這些話，然後保持沉默
    .body =
        冷靜地說出下面這些話。
        如果他們說您可以離開，就冷靜地離開。不要跑。
    .line-silent = 我會保持沉默。
    .line-free = 我可以離開了嗎？
    .line-no-consent = 我不同意搜查。
    .line-interpreter = 我需要口譯員。
    .line-lawyer = 我想與律師談話。

work--end =
    .title = 請記住
    .point-public = 執法人員沒有令狀也可以進入公共區域。
    .point-private = 私人區域需要法官的令狀，或者僱主的同意。
    .point-silent = 您可以保持沉默，也可以拒絕他們搜查您的物品。
    .point-interpreter = 要求口譯員和律師。
    .point-no-run = 絕不要逃跑、反抗或說謊。
