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

source-mamdani-video-2025-12 = Nagranie wideo z poradami dla imigrantów w Nowym Jorku (grudzień 2025 r.): nie wpuszczać agentów, milczeć, dokumentować
    .publisher = Zohran Mamdani, wówczas burmistrz elekt Nowego Jorku
source-dhs-er-2025 = „Designating Aliens for Expedited Removal” (objęcie cudzoziemców przyspieszoną deportacją), 90 FR 8139 (24 stycznia 2025 r.), oraz sprawa Make the Road New York v. Noem
    .publisher = Departament Bezpieczeństwa Krajowego USA (DHS); sądy federalne
source-uscis-registration = Obowiązek rejestracji cudzoziemców i formularz G-325R (2025)
    .publisher = Urząd ds. Obywatelstwa i Imigracji USA (USCIS)
source-padilla-2010 = Sprawa Padilla v. Kentucky, 559 U.S. 356 (2010)
    .publisher = Sąd Najwyższy Stanów Zjednoczonych
source-ny-gol-5-1551 = Ustawa stanu Nowy Jork o zobowiązaniach (General Obligations Law), §§ 5-1551 i 5-1552: osoba w roli rodzica
    .publisher = Stan Nowy Jork
source-ny-scpa-1726 = Ustawa stanu Nowy Jork o postępowaniu przed sądem spadkowym (Surrogate’s Court Procedure Act), § 1726: opieka rezerwowa (standby guardianship)
    .publisher = Stan Nowy Jork
source-nyc-hrl = Nowojorska ustawa o prawach człowieka (NYC Human Rights Law; kodeks administracyjny, tytuł 8)
    .publisher = Komisja Praw Człowieka NYC (NYC Commission on Human Rights)
source-uscis-i9-inspection = Kontrola formularzy I-9 i zawiadomienie o kontroli (Notice of Inspection)
    .publisher = Urząd ds. Obywatelstwa i Imigracji USA (USCIS)
source-nyc-dcwp-workers = Prawa pracowników w Nowym Jorku bez względu na status imigracyjny
    .publisher = Departament Ochrony Konsumentów i Pracowników NYC (DCWP)

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
    .intro = Proszę przyłożyć ekran do okna. Proszę nie otwierać drzwi, żeby go pokazać, i nie oddawać telefonu. Każde zdanie jest po angielsku, a pod nim w Pana/Pani języku.
    .line-silent = Korzystam z prawa do zachowania milczenia.
    .line-no-search = Nie wyrażam zgody na przeszukanie.
    .line-no-entry = Nie wyrażam zgody na wejście do mojego domu.
    .line-lawyer = Chcę porozmawiać z adwokatem.
    .line-no-sign = Nic nie podpiszę bez adwokata.
    .line-slide = Proszę wsunąć nakaz pod drzwi.
