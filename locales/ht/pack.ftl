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
source-mamdani-video-2025-12 = Videyo gid pou imigran Nouyòk yo (desanm 2025): pa kite ajan yo antre, rete an silans, dokimante sa k pase
    .publisher = Zohran Mamdani, ki te majistra eli Vil Nouyòk lè sa a
source-dhs-er-2025 = Designating Aliens for Expedited Removal (chwazi etranje pou depòtasyon rapid), 90 FR 8139 (24 janvye 2025), ak ka Make the Road New York v. Noem
    .publisher = Depatman Sekirite Enteryè Etazini (DHS); tribinal federal yo
source-uscis-registration = Obligasyon pou etranje enskri (Alien Registration Requirement) ak Fòm G-325R (2025)
    .publisher = Sèvis Sitwayènte ak Imigrasyon Etazini (USCIS)
source-padilla-2010 = Ka Padilla v. Kentucky, 559 U.S. 356 (2010)
    .publisher = Tribinal Siprèm Etazini (Supreme Court of the United States)
source-ny-gol-5-1551 = Lwa Obligasyon Jeneral Nouyòk (General Obligations Law) §§ 5-1551 ak 5-1552, moun ki nan plas paran
    .publisher = Eta Nouyòk
source-ny-scpa-1726 = Lwa sou Pwosedi Surrogate’s Court Nouyòk § 1726, gadyen sipleyan (standby guardianship)
    .publisher = Eta Nouyòk
source-nyc-hrl = Lwa Dwa Moun NYC (NYC Human Rights Law; Kòd Administratif, Tit 8)
    .publisher = Komisyon Dwa Moun NYC (NYC Commission on Human Rights)
source-uscis-i9-inspection = Enspeksyon Fòm I-9 ak avi enspeksyon (Notice of Inspection)
    .publisher = Sèvis Sitwayènte ak Imigrasyon Etazini (USCIS)
source-nyc-dcwp-workers = Dwa travayè nan Vil Nouyòk, kèlkeswa estati imigrasyon yo
    .publisher = Depatman Pwoteksyon Konsomatè ak Travayè NYC (DCWP)

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
    .intro = Kenbe ekran an devan fenèt la. Pa louvri pòt la pou montre l, epi pa lonje telefòn ou bay yo. Chak liy ekri an anglè, ak kreyòl anba l.
    .line-silent = M ap rete an silans.
    .line-no-search = Mwen pa ban nou pèmisyon pou nou fouye.
    .line-no-entry = Mwen pa ban nou pèmisyon pou nou antre lakay mwen.
    .line-lawyer = Mwen vle pale ak yon avoka.
    .line-no-sign = Mwen p ap siyen anyen san yon avoka.
    .line-slide = Tanpri, glise manda a anba pòt la.
