## The NYC pack: its name, its sources and its hotlines.

pack-title = Konnen dwa ou yo nan vil Nouyòk

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = Lòd Egzekitif 13 majistra a (2026), pou pwoteje moun Nouyòk kont abi nan operasyon imigrasyon
    .publisher = Vil Nouyòk, Biwo Majistra a
source-nyc-admin-4-210 = Kòd Administratif NYC § 4-210, antre nan zòn ki pa piblik nan pwopriyete Vil la
    .publisher = Konsèy Minisipal Vil Nouyòk (New York City Council)
source-nyc-eo-41-2003 = Lòd Egzekitif 41 majistra a (2003), sekrè sou estati imigrasyon
    .publisher = Vil Nouyòk, Biwo Majistra a
source-nyc-ll-30-2017 = Lwa Lokal 30 ane 2017, sèvis nan lòt lang
    .publisher = Konsèy Minisipal Vil Nouyòk (New York City Council)
source-moia-kyr = Bwochi ak paj “Konnen dwa ou yo”
    .publisher = Biwo Majistra NYC pou Zafè Imigran (MOIA)
source-nyc-doe-ice = Gid sou ajan fòs lòd ki pa soti nan Vil la, nan lekòl yo
    .publisher = Depatman Edikasyon NYC
source-ilrc-red-cards = Kat Wouj ak plan preparasyon pou fanmi
    .publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-kyr = Konnen dwa ou yo: dwa imigran yo; dwa moun k ap pran foto
    .publisher = American Civil Liberties Union (ACLU)
source-idp-kyr = Konnen dwa ou yo devan ICE
    .publisher = Immigrant Defense Project
source-nilc-arrested = Si yo arete w oswa yo mete w nan detansyon
    .publisher = National Immigration Law Center
source-legal-aid-nyc = Paj sou imigrasyon ak sou ICE nan lekòl NYC yo
    .publisher = The Legal Aid Society, Vil Nouyòk
source-ny-cvr-79p = Lwa Dwa Sivil Nouyòk § 79-p, dwa pou obsève fòs lòd (2020)
    .publisher = Eta Nouyòk
source-ny-penal-250 = Lwa Penal Nouyòk §§ 250.00 ak 250.05, koute konvèsasyon moun an kachèt
    .publisher = Eta Nouyòk
source-ny-ag-guidance = Gid pou kote prive ak òganizasyon san bi likratif (2025)
    .publisher = Pwokirè Jeneral Eta Nouyòk (New York State Attorney General)
source-usc-18-1001 = 18 U.S.C. § 1001, fo deklarasyon
    .publisher = Kòd Lwa Etazini (United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e), obligasyon pou pote papye enskripsyon sou ou
    .publisher = Kòd Lwa Etazini (United States Code)
source-ice-memo-2025 = Memo ICE 12 me 2025 sou antre nan kay ak fòm I-205, ak ka tribinal janvye 2026 yo
    .publisher = ICE (Imigrasyon ak Ladwàn Etazini); tribinal federal yo

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = Èd legal gratis ak konfidansyèl sou imigrasyon, bò kot Vil la
    .hours = Lendi rive vandredi
contact-nys-ona = Liy telefòn dirèk Eta Nouyòk pou Nouvo Ameriken (New Americans Hotline)
    .for = Èd gratis, san ou pa bay non w, nan anpil lang, ak referans
contact-nyc-311 = NYC 311
    .for = Sèvis Vil la. Di “ActionNYC” pou jwenn èd legal.
    .hours = Chak jou, 24 èdtan sou 24
contact-legal-aid = Liy èd imigrasyon Legal Aid Society
    .for = Èd legal gratis sou imigrasyon
contact-eoir = Liy enfòmasyon sou dosye tribinal imigrasyon (EOIR)
    .for = Jwenn dat tribinal ak yon nimewo A
    .hours = Chak jou, 24 èdtan sou 24
contact-ice-locator = Sit ICE pou jwenn moun ki nan detansyon (ICE Online Detainee Locator)
    .for = Jwenn yon granmoun ICE ap kenbe, ak nimewo A li ak peyi kote l fèt
    .hours = Sou entènèt, nenpòt lè
contact-uwd = United We Dream MigraWatch
    .for = Rapòte yon rafle
contact-idp = Immigrant Defense Project
    .for = Rapòte aktivite ICE nan Nouyòk
contact-emergency = 911
    .for = Ijans: lavi oswa sante yon moun an danje
    .hours = Chak jou, 24 èdtan sou 24

contact-group-legal-help = Èd legal
contact-group-detained = Yo arete yon moun
contact-group-report = Rapòte yon rafle
contact-group-emergency = Ijans

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = Montre ofisye a sa
    .intro = Leve ekran an pou ofisye a wè l. Chak liy ekri an anglè, ak kreyòl anba l.
    .line-silent = Mwen ap rete an silans.
    .line-no-search = Mwen pa ba w pèmisyon pou fouye.
    .line-no-entry = Mwen pa ba w pèmisyon pou antre lakay mwen.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.
    .line-slide = Tanpri, glise manda a anba pòt la.
