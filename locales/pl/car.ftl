## Scenario: police or agents stop the car you are in.

car = W samochodzie

car--pull-over =
    .title = Bezpiecznie się zatrzymać
    .body =
        Proszę zatrzymać się w bezpiecznym miejscu. Wyłączyć silnik.
        Włączyć światło w środku samochodu.
        Uchylić okno.
        Trzymać ręce tak, żeby było je widać.

car--who =
    .title = Czy prowadzi Pan/Pani samochód?
    .choice-driver = Jestem kierowcą
    .choice-passenger = Jestem pasażerem / pasażerką

car--driver =
    .title = Dla kierowcy
    .body =
        Na prośbę proszę pokazać prawo jazdy, dowód rejestracyjny i ubezpieczenie.
        Zanim Pan/Pani po coś sięgnie, proszę uprzedzić funkcjonariusza.
        Nigdy nie pokazywać fałszywych dokumentów. Nigdy nie kłamać.
        W innych sprawach można milczeć.

car--passenger =
    .title = Dla pasażerów
    .body =
        Można milczeć.
        Nigdy nie pokazywać fałszywych dokumentów. Nigdy nie kłamać.
        Czy ma Pan/Pani ukończone 18 lat i zieloną kartę (green card) albo wizę?
        Prawo federalne wymaga noszenia jej przy sobie.
        Jeśli agent imigracyjny o nią poprosi, proszę ją pokazać.

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
        Jeśli Pana/Pani zdaniem naruszono prawa, można to później zakwestionować z pomocą adwokata.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.

car--get-out =
    .title = Jeśli każą wysiąść
    .body =
        Funkcjonariusze mogą kazać wysiąść z samochodu.
        Proszę wysiąść powoli i spokojnie. Nie stawiać oporu.
        Zanim Pan/Pani po coś sięgnie, nawet po pas bezpieczeństwa, proszę uprzedzić funkcjonariusza.
        Nadal można odmówić zgody na przeszukanie.

car--stay-silent =
    .title = Powiedzieć to, a potem milczeć
    .body = Proszę spokojnie powiedzieć te słowa, a potem milczeć.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-consent = Nie wyrażam zgody na przeszukanie.

car--end =
    .title = Co warto zapamiętać
    .point-pull-over = Bezpiecznie się zatrzymać i trzymać ręce na widoku.
    .point-driver = Kierowca pokazuje prawo jazdy, dowód rejestracyjny i ubezpieczenie.
    .point-passenger = Pasażerowie mogą milczeć.
    .point-search = Można odmówić zgody na przeszukanie. Nigdy nie stawiać oporu.
    .point-never-lie = Nigdy nie kłamać i nigdy nie pokazywać fałszywych dokumentów.
