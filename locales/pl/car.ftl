## Scenario: police or agents stop the car you are in.

car = W samochodzie

car--pull-over =
    .title = Proszę bezpiecznie się zatrzymać
    .body =
        Proszę zatrzymać się w bezpiecznym miejscu i wyłączyć silnik.
        Proszę włączyć światło w środku samochodu.
        Proszę uchylić okno.
        Proszę trzymać ręce tak, żeby było je widać.

car--who =
    .title = Czy prowadzi Pan/Pani samochód?
    .choice-driver = Prowadzę samochód
    .choice-passenger = Jestem pasażerem / pasażerką

car--driver =
    .title = Jeśli prowadzi Pan/Pani samochód
    .body =
        Na prośbę proszę pokazać prawo jazdy, dowód rejestracyjny i ubezpieczenie.
        Zanim Pan/Pani po coś sięgnie, proszę uprzedzić funkcjonariusza.
        Proszę nigdy nie pokazywać fałszywych dokumentów i nigdy nie kłamać.
        W innych sprawach ma Pan/Pani prawo milczeć.

car--passenger =
    .title = Dla pasażerów
    .body =
        Ma Pan/Pani prawo milczeć.
        Proszę nigdy nie pokazywać fałszywych dokumentów i nigdy nie kłamać.
        Czy ma Pan/Pani ukończone 18 lat i dokumenty rejestracyjne, na przykład zieloną kartę lub I-94?
        Prawo federalne wymaga noszenia ich przy sobie.
        Adwokaci radzą: jeśli agent imigracyjny o nie poprosi, proszę je pokazać.

car--asks =
    .title = Co teraz robią?
    .choice-search = Chcą przeszukać samochód
    .choice-get-out = Każą mi wysiąść
    .choice-questions = Zadają mi pytania
    .choice-arrest = Aresztują mnie

car--search =
    .title = Jeśli chcą przeszukać samochód
    .body =
        Można odmówić zgody na przeszukanie samochodu lub swoich rzeczy.
        Proszę powiedzieć to spokojnie i wyraźnie.
        Jeśli mimo to przeszukują, proszę nie stawiać oporu i nie przeszkadzać.
        Jeśli uważa Pan/Pani, że naruszono Pana/Pani prawa, proszę później zakwestionować to z pomocą adwokata.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

car--get-out =
    .title = Jeśli każą Panu/Pani wysiąść
    .body =
        Funkcjonariusze mogą kazać Panu/Pani wysiąść z samochodu.
        Proszę wysiąść powoli i spokojnie. Proszę nie stawiać oporu.
        Zanim Pan/Pani po coś sięgnie, nawet po pas bezpieczeństwa, proszę uprzedzić funkcjonariusza.
        Nadal można odmówić zgody na przeszukanie.

car--stay-silent =
    .title = Proszę to powiedzieć, a potem milczeć
    .body = Proszę spokojnie powiedzieć te słowa, a potem milczeć.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.

car--end =
    .title = Co trzeba zapamiętać
    .point-pull-over = Proszę bezpiecznie się zatrzymać i trzymać ręce na widoku.
    .point-driver = Kierowca pokazuje prawo jazdy, dowód rejestracyjny i ubezpieczenie.
    .point-passenger = Pasażerowie mogą milczeć.
    .point-search = Można odmówić zgody na przeszukanie. Proszę nigdy nie stawiać oporu.
    .point-never-lie = Proszę nigdy nie kłamać i nigdy nie pokazywać fałszywych dokumentów.

## Workshop: presenter notes and practice quiz.

presenter-car =
    .body =
        Proszę zapytać uczestników: „Kto z Państwa jeździ samochodem w pracy albo jeździ z kimś, kto to robi?”
        Proszę podkreślić, jak bezpiecznie się zatrzymać: wyłączony silnik, włączone światło w środku, uchylone okno, ręce na widoku.
        Proszę podkreślić, że kierowca na prośbę pokazuje prawo jazdy, dowód rejestracyjny i ubezpieczenie.
        Częsty błąd: sięganie do schowka bez uprzedzenia.
        Proszę podkreślić, że pasażerowie mogą milczeć, a każdy może odmówić zgody na przeszukanie.
        Proszę przypomnieć uczestnikom, że funkcjonariusze mogą kazać wysiąść z samochodu. Nigdy nie wolno stawiać oporu, kłamać ani pokazywać fałszywych dokumentów.

quiz-car--lights =
    .question = Za Pana/Pani samochodem migają światła policyjne. Co robić?
    .answer-get-out = Zatrzymać się i wysiąść, żeby z nimi porozmawiać.
    .why-get-out = Proszę czekać w samochodzie z rękami na widoku. Jeśli trzeba będzie wysiąść, funkcjonariusze to powiedzą.
    .answer-keep-driving = Jechać dalej aż do domu.
    .why-keep-driving = Proszę nigdy nie próbować uciekać. Proszę zatrzymać się w bezpiecznym miejscu i wyłączyć silnik.
    .answer-stop-safe = Bezpiecznie się zatrzymać, wyłączyć silnik i trzymać ręce na widoku.
    .why-stop-safe = Proszę też włączyć światło w środku i uchylić okno.

quiz-car--license =
    .question = Prowadzi Pan/Pani samochód. Funkcjonariusz prosi o prawo jazdy i dowód rejestracyjny. Co robić?
    .answer-show = Powiedzieć, gdzie są dokumenty, a potem powoli je podać.
    .why-show = Kierowca na prośbę pokazuje prawo jazdy, dowód rejestracyjny i ubezpieczenie. Zanim Pan/Pani po coś sięgnie, proszę uprzedzić funkcjonariusza.
    .answer-other-license = Pokazać prawo jazdy znajomego zamiast swojego.
    .why-other-license = Proszę nigdy nie pokazywać fałszywych dokumentów ani cudzego prawa jazdy. Proszę nigdy nie kłamać.
    .answer-refuse = Milczeć i niczego nie pokazywać.
    .why-refuse = W innych sprawach ma Pan/Pani prawo milczeć. Ale kierowca na prośbę pokazuje prawo jazdy, dowód rejestracyjny i ubezpieczenie.

quiz-car--passenger =
    .question = Jest Pan/Pani pasażerem / pasażerką. Agent pyta: „Skąd Pan/Pani pochodzi?” Co robić?
    .answer-citizen = Powiedzieć, że ma się obywatelstwo USA, żeby dali spokój.
    .why-citizen = Proszę nigdy nie mówić, że ma Pan/Pani obywatelstwo USA, jeśli to nieprawda. Okłamanie agenta federalnego jest przestępstwem.
    .answer-silent = Powiedzieć: „Korzystam z prawa do zachowania milczenia.”
    .why-silent = Pasażerowie mogą milczeć. Milczenie nie jest przestępstwem.
    .answer-false-name = Podać inne imię i nazwisko.
    .why-false-name = Proszę nigdy nie kłamać ani nie podawać fałszywego nazwiska. Zamiast tego ma Pan/Pani prawo milczeć.

quiz-car--search =
    .question = Funkcjonariusz mówi: „Nie ma Pan/Pani nic przeciwko, żebym przeszukał samochód, prawda?” Co robić?
    .answer-go-ahead = Powiedzieć „Proszę bardzo”, żeby pokazać, że nie ma się nic do ukrycia.
    .why-go-ahead = To oznacza zgodę na przeszukanie. Można powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .answer-lock = Zamknąć drzwi od środka i nie wysiadać.
    .why-lock = Proszę nigdy nie stawiać oporu ani nie przeszkadzać. Funkcjonariusze mogą kazać wysiąść z samochodu. Proszę później zakwestionować to z pomocą adwokata.
    .answer-no-consent = Spokojnie powiedzieć: „Nie wyrażam zgody na przeszukanie.”
    .why-no-consent = Można odmówić zgody na przeszukanie samochodu. Jeśli mimo to przeszukują, proszę nie stawiać oporu.
