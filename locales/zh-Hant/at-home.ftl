## Scenario: someone knocks at your home.

at-home = 有人在我家門口

at-home--door =
    .title = 不要開門
    .body =
        保持冷靜。門要一直關著。
        隔著門說話。
        問對方：「你們是誰？是哪個機構的？」
        美國移民及海關執法局（ICE）的人員有時會說自己是「警察」。
        開門並不代表您同意他們進來。
        但開了門，他們會更容易進來。
    .choice-warrant = 他們說有令狀
    .choice-no-warrant = 他們沒有令狀
    .choice-someone-else = 他們問起別人
    .choice-forced = 他們強行進來

at-home--ask-warrant =
    .title = 要求看令狀
    .body =
        不要為了拿令狀而開門。
        請他們把令狀從門縫下塞進來。
        或者請他們把令狀貼在窗戶上給您看。
        然後一題一題地檢查。
    .choice-check = 和我一起檢查這份文件
    .choice-will-not-show = 他們不肯出示

at-home--no-warrant =
    .title = 門保持關著，這樣說
    .body =
        沒有法官簽署的令狀，您不必讓他們進來。
        隔著門說出下面這些話。然後保持沉默。
    .line-no-entry = 我不同意你們進入我家。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。

at-home--someone-else =
    .title = 他們問起別人
    .body =
        您不必說出任何人在哪裡。
        您可以保持沉默。
        不要說謊。對聯邦執法人員說謊是犯罪。
        保持沉默不是犯罪。

at-home--forced =
    .title = 如果他們強行進來
    .body =
        不要反抗。不要阻擋他們。不要逃跑。
        冷靜地、大聲說出下面這些話。
        有時法律容許執法人員沒有令狀也可以進入，例如緊急情況。
        如果您認為自己的權利受到侵犯，事後再找律師追究。
    .line-no-consent = 我不同意這次進入或搜查。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想與律師談話。
    .line-no-sign = 沒有律師，我不會簽任何文件。

at-home--document =
    .title = 事後，把一切寫下來
    .body =
        盡快把發生的事寫下來。
        日期、時間和地點。
        哪個機構，人員的姓名和警徽號碼。
        他們說了甚麼，出示了甚麼文件。
        他們拿走了甚麼，把人帶去了哪裡。
        把照片和錄影妥善保存。然後打電話給律師。

at-home--end =
    .title = 請記住
    .point-door = 不要開門。隔著門說話。
    .point-judge = 只有法官簽署的令狀，才能讓他們在您不同意時進來。
    .point-silent = 您可以保持沉默。但絕不要說謊。
    .point-no-resist = 絕不要反抗或阻擋執法人員。
    .point-no-sign = 沒有律師，不要簽任何文件。
