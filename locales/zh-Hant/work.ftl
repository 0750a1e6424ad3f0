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

## Workshop: presenter notes and practice quiz.

presenter-work =
    .body =
        問問在場的人：「在您工作的地方，顧客可以走進哪些地方？」
        強調：執法人員不需要令狀，就可以進入商業場所的公共區域。
        私人區域則需要法官的令狀，或者僱主的同意。
        常見的錯誤是：執法人員一來，就往後門跑。
        強調：員工可以保持沉默、問對方自己是否可以離開，也可以拒絕他們搜查自己的物品。
        提醒員工：如果有醫療需要，或要照顧孩子，要告訴執法人員。
        僱主可以用告示標示私人區域，也應該和律師商量應對計劃。

quiz-work--customer-area =
    .question = 執法人員走進您工作的餐廳的顧客區。您會怎樣做？
    .answer-run = 從後門逃跑。
    .why-run = 絕不要逃跑。保持冷靜。您仍然擁有您的權利。
    .answer-calm = 保持冷靜。您可以保持沉默，也可以問他們您是否可以離開。
    .why-calm = 沒錯。執法人員沒有令狀也可以進入公共區域。在那裡，您仍然擁有您的權利。
    .answer-block = 站在門口，告訴他們不可以進來。
    .why-block = 執法人員沒有令狀也可以進入公共區域。絕不要阻擋或推撞執法人員。

quiz-work--break-room =
    .question = 一名執法人員要進入員工專用的休息室。您的經理不在。您會怎樣做？
    .answer-open-door = 替他打開休息室的門。
    .why-open-door = 私人區域需要法官的令狀，或者僱主的同意。要求查看令狀，並告訴您的僱主。
    .answer-block = 站在門前，不讓他們進去。
    .why-block = 即使您認為他們做錯了，也絕不要阻擋或推撞執法人員。事後再找律師追究。
    .answer-ask = 不要開門。要求查看法官簽署的令狀，並告訴您的僱主。
    .why-ask = 沒錯。私人區域需要法官的令狀，或者僱主的同意。如果他們還是進去，不要阻擋他們。

quiz-work--status =
    .question = 在您工作的位置，一名執法人員問：「你是合法在這裡的嗎？」您會怎樣做？
    .answer-silent = 說：「我會保持沉默。」然後問：「我可以離開了嗎？」
    .why-silent = 沒錯。您可以保持沉默。如果他們說您可以離開，就冷靜地離開。
    .answer-lie = 說「是」，即使不是真的。
    .why-lie = 絕不要說謊。對聯邦執法人員說謊是犯罪。保持沉默不是犯罪。
    .answer-false-papers = 出示一張其實不屬於您的工作證件。
    .why-false-papers = 絕不要出示假證件。請保持沉默，並要求見律師。

quiz-work--child =
    .question = 執法人員說您不可以離開。您的孩子正在學校等您。您會怎樣做？
    .answer-sign = 簽了他們給您的文件，好讓您快點離開。
    .why-sign = 沒有律師，不要簽任何文件。有些文件可能會讓您放棄聽證的權利。
    .answer-tell = 告訴他們您要去接孩子，並要求見律師。
    .why-tell = 沒錯。如果您要照顧孩子，或有醫療需要，請告訴他們。然後保持沉默，並要求見律師。
    .answer-run = 從側門溜出去接孩子。
    .why-run = 絕不要逃跑。把孩子的情況告訴他們。家庭計劃可以指定一位信任的成年人去接孩子。
