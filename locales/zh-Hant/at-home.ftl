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
    .choice-police = 他們說自己是警察或緩刑官
    .choice-landlord = 房東拿我的移民身份威脅我

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
    .line-lawyer = 我想和律師談談。

at-home--police =
    .title = 查清楚他們是誰
    .body =
        執法人員可能會說自己是警察或緩刑官。
        或者說他們在找別人。
        門要一直關著。
        隔著窗戶或門上的防盜眼，問他們的姓名和警徽號碼。
        請他們把證件舉到窗前給您看。
        您正在緩刑或假釋，而且附有接受搜查的條件嗎？您可能已經同意接受搜查。請問您的律師。

at-home--waiting =
    .title = 如果他們在外面等
    .body =
        執法人員可能會在外面等，或者稍後再來。
        如果您必須出門，走出去後隨手把門關上。
        出門時，不要讓任何人進去。
        打電話給律師或求助熱線求助。

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
        有時執法人員可以在沒有令狀的情況下進入，例如緊急情況。
        如果您認為自己的權利受到侵犯，事後再找律師提出質疑。
    .line-no-consent = 我不同意這次進入或搜查。
    .line-silent = 我會保持沉默。
    .line-lawyer = 我想和律師談談。
    .line-no-sign = 沒有律師，我不會簽任何文件。

at-home--landlord =
    .title = 如果房東威脅您
    .body =
        房東不可以因為您的移民身份騷擾或威脅您。
        《紐約市人權法》（NYC Human Rights Law）禁止這種行為。
        把對方說了甚麼、在甚麼時候說，寫下來。
        如要投訴，請打 311，要求轉接紐約市人權委員會（NYC Commission on Human Rights）。

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
    .title = 要記住的重點
    .point-door = 不要開門。隔著門說話。
    .point-judge = 法官簽署的令狀，可以讓他們在您不同意時進來。
    .point-disputed = ICE 聲稱它自己的某些表格也容許進入。法院正在審理。無論如何：門保持關著，不要同意，不要反抗，打電話給律師。
    .point-silent = 您可以保持沉默。但絕不要說謊。
    .point-no-resist = 絕不要反抗或阻擋執法人員。
    .point-no-sign = 沒有律師，不要簽任何文件。

## Workshop: presenter notes and practice quiz.

presenter-at-home =
    .body =
        問問在場的人：「誰遇過意想不到的人來敲門？」
        強調：大家可以隔著關上的門說話，不必開門。
        常見的錯誤是：把門打開「一點點」，好看清楚文件。
        執法人員可能會說自己是警察或緩刑官。要隔著窗戶問他們的姓名和警徽號碼。
        強調：法官簽署的令狀，可以讓他們在未經同意下進來。
        要如實說明：ICE 在 2025 年的一份備忘錄，聲稱某些 ICE 表格也容許進入住宅。截至 2026 年 12 月，法院正在審理。
        做法不變：不同意，也不反抗。把事情寫下來。打電話給律師。

quiz-at-home--knock =
    .question = 清晨，有人用力敲門，大喊「警察！」您首先應該怎樣做？
    .answer-open = 把門打開一點，看看是誰。
    .why-open = 開了門，他們會更容易進來。門要一直關著，隔著門說話。
    .answer-run = 從後門逃跑。
    .why-run = 絕不要逃跑。保持冷靜，門要一直關著，隔著門說話。
    .answer-talk = 門保持關著，問他們是誰、是哪個機構的。
    .why-talk = 您可以隔著關上的門說話。ICE 人員有時會說自己是「警察」，所以要問清楚是哪個機構。

quiz-at-home--someone-else =
    .question = 門外的執法人員問：「你的兄弟在哪裡？」您會怎樣做？
    .answer-silent = 說：「我會保持沉默。」
    .why-silent = 您不必說出任何人在哪裡。保持沉默不是犯罪。
    .answer-lie = 說他已經搬回原居國。
    .why-lie = 絕不要對執法人員說謊。對聯邦執法人員說謊是犯罪。請保持沉默。
    .answer-tell = 告訴他們他在哪裡工作，好讓他們離開。
    .why-tell = 您不必說出任何人在哪裡。您可以保持沉默。

quiz-at-home--forced =
    .question = 執法人員推開門，走了進來。您會怎樣做？
    .answer-block = 站在門口擋住他們。
    .why-block = 即使您認為他們做錯了，也絕不要阻擋或反抗執法人員。事後再找律師提出質疑。
    .answer-say = 不要反抗。說：「我不同意這次進入或搜查。」
    .why-say = 不要反抗，但要清楚說明您不同意。然後保持沉默，並要求見律師。
    .answer-explain = 回答他們所有問題，讓他們快點離開。
    .why-explain = 您不必回答。說您會保持沉默，並想和律師談談。

quiz-at-home--after =
    .question = 執法人員走了。您現在應該怎樣做？
    .answer-forget = 盡量忘記這件事，不告訴任何人。
    .why-forget = 細節很快就會記不清。把發生的事寫下來，然後打電話給律師。
    .answer-post = 馬上把錄影發到網上，每個人的臉都看得清清楚楚。
    .why-post = 不要把被帶走的人的臉發到網上。把原始錄影妥善保存，並打電話給律師。
    .answer-write = 寫下日期、時間、哪個機構、人員的姓名，以及他們說過的話。
    .why-write = 盡快寫下來。把照片和錄影妥善保存，然後打電話給律師。
