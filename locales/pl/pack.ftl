## The NYC pack: its name, its sources and its hotlines.

pack-title = Poznaj swoje prawa w Nowym Jorku

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = Rozporządzenie wykonawcze burmistrza nr 13 (2026), „Protecting New Yorkers from Abusive Immigration Enforcement” (ochrona nowojorczyków przed nadużyciami służb imigracyjnych)
    .publisher = Miasto Nowy Jork, Biuro Burmistrza
source-nyc-admin-4-210 = Kodeks administracyjny NYC (Administrative Code), § 4-210: wstęp do stref niepublicznych w budynkach miejskich
    .publisher = Rada Miasta Nowy Jork (New York City Council)
source-nyc-eo-41-2003 = Rozporządzenie wykonawcze burmistrza nr 41 (2003): poufność statusu imigracyjnego
    .publisher = Miasto Nowy Jork, Biuro Burmistrza
source-nyc-ll-30-2017 = Ustawa lokalna nr 30 z 2017 r. (Local Law 30): dostęp do usług w różnych językach
    .publisher = Rada Miasta Nowy Jork (New York City Council)
source-moia-kyr = Broszura i strony „Poznaj swoje prawa” (Know Your Rights)
    .publisher = Biuro Burmistrza NYC ds. Imigrantów (MOIA)
source-nyc-doe-ice = Wytyczne o pozamiejskich służbach porządkowych w szkołach
    .publisher = Departament Edukacji NYC (Department of Education)
source-ilrc-red-cards = Czerwone karty (Red Cards) i rodzinny plan bezpieczeństwa
    .publisher = Immigrant Legal Resource Center
source-aclu-kyr = Poznaj swoje prawa: prawa imigrantów; prawa fotografujących
    .publisher = American Civil Liberties Union
source-idp-kyr = Poznaj swoje prawa wobec ICE
    .publisher = Immigrant Defense Project
source-nilc-arrested = Po aresztowaniu lub zatrzymaniu
    .publisher = National Immigration Law Center
source-legal-aid-nyc = Strony o imigracji i o ICE w szkołach NYC
    .publisher = The Legal Aid Society of New York City
source-ny-cvr-79p = Ustawa o prawach obywatelskich stanu Nowy Jork (Civil Rights Law), § 79-p: prawo do obserwowania służb (2020)
    .publisher = Stan Nowy Jork
source-ny-penal-250 = Kodeks karny stanu Nowy Jork (Penal Law), §§ 250.00 i 250.05: podsłuch
    .publisher = Stan Nowy Jork
source-ny-ag-guidance = Wytyczne dla miejsc prywatnych i organizacji non-profit (2025)
    .publisher = Prokurator generalny stanu Nowy Jork (Attorney General)
source-usc-18-1001 = 18 U.S.C. § 1001: fałszywe oświadczenia
    .publisher = Kodeks Stanów Zjednoczonych (United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e): obowiązek noszenia przy sobie dokumentów rejestracyjnych
    .publisher = Kodeks Stanów Zjednoczonych (United States Code)
source-ice-memo-2025 = Notatka ICE z 12 maja 2025 r. o wejściu do domu na podstawie formularza I-205 oraz sprawy sądowe ze stycznia 2026 r.
    .publisher = Służba Imigracyjna i Celna USA (ICE); sądy federalne

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = Bezpłatna i poufna pomoc prawna w sprawach imigracyjnych od władz miasta
    .hours = Od poniedziałku do piątku
contact-nys-ona = Infolinia stanu Nowy Jork dla nowych Amerykanów (New Americans Hotline)
    .for = Bezpłatna i anonimowa pomoc w wielu językach oraz skierowania
contact-nyc-311 = NYC 311
    .for = Usługi miejskie. Proszę powiedzieć „ActionNYC”, aby dostać pomoc prawną.
    .hours = Codziennie, całą dobę
contact-legal-aid = Infolinia imigracyjna Legal Aid Society
    .for = Bezpłatna pomoc prawna w sprawach imigracyjnych
contact-eoir = Infolinia sądów imigracyjnych (EOIR)
    .for = Sprawdzenie terminu rozprawy po numerze „A”
    .hours = Codziennie, całą dobę
contact-ice-locator = Wyszukiwarka zatrzymanych ICE (ICE Online Detainee Locator)
    .for = Odnalezienie dorosłej osoby zatrzymanej przez ICE, po numerze „A” i kraju urodzenia
    .hours = W internecie, o każdej porze
contact-uwd = United We Dream MigraWatch
    .for = Zgłoszenie nalotu służb imigracyjnych
contact-idp = Immigrant Defense Project
    .for = Zgłoszenie działań ICE w Nowym Jorku
contact-emergency = 911
    .for = Nagłe wypadki: zagrożenie życia lub zdrowia
    .hours = Codziennie, całą dobę

contact-group-legal-help = Pomoc prawna
contact-group-detained = Ktoś został zatrzymany
contact-group-report = Zgłoszenie nalotu
contact-group-emergency = Nagły wypadek

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = Proszę pokazać to funkcjonariuszowi
    .intro = Proszę podnieść ekran. Każde zdanie jest po angielsku, a pod nim w Pana/Pani języku.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-no-search = Nie wyrażam zgody na przeszukanie.
    .line-no-entry = Nie wyrażam zgody na wejście do mojego domu.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-sign = Nic nie podpiszę bez adwokata.
    .line-slide = Proszę wsunąć nakaz pod drzwi.
