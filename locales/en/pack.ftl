## The NYC pack: its name, its sources and its hotlines.

pack-title = Know your rights in New York City

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = Executive Order 13 (2026), Protecting New Yorkers from Abusive Immigration Enforcement
    .publisher = City of New York, Office of the Mayor
source-nyc-admin-4-210 = NYC Administrative Code § 4-210, access to non-public areas of city property
    .publisher = New York City Council
source-nyc-eo-41-2003 = Executive Order 41 (2003), confidentiality of immigration status
    .publisher = City of New York, Office of the Mayor
source-nyc-ll-30-2017 = Local Law 30 of 2017, language access
    .publisher = New York City Council
source-moia-kyr = Know Your Rights booklet and pages
    .publisher = NYC Mayor’s Office of Immigrant Affairs
source-nyc-doe-ice = Guidance on non-local law enforcement at schools
    .publisher = NYC Department of Education
source-ilrc-red-cards = Red Cards and family preparedness plan
    .publisher = Immigrant Legal Resource Center
source-aclu-kyr = Know Your Rights: immigrants’ rights; photographers’ rights
    .publisher = American Civil Liberties Union
source-idp-kyr = Know Your Rights with ICE
    .publisher = Immigrant Defense Project
source-nilc-arrested = If you are arrested or detained
    .publisher = National Immigration Law Center
source-legal-aid-nyc = Immigration pages and ICE at NYC schools
    .publisher = The Legal Aid Society of New York City
source-ny-cvr-79p = New York Civil Rights Law § 79-p, the right to monitor (2020)
    .publisher = State of New York
source-ny-penal-250 = New York Penal Law §§ 250.00 and 250.05, eavesdropping
    .publisher = State of New York
source-ny-ag-guidance = Guidance for private and nonprofit sites (2025)
    .publisher = New York State Attorney General
source-usc-18-1001 = 18 U.S.C. § 1001, false statements
    .publisher = United States Code
source-usc-8-1304 = 8 U.S.C. § 1304(e), carrying registration papers
    .publisher = United States Code
source-ice-memo-2025 = ICE memo of 12 May 2025 on I-205 home entry, and the January 2026 court cases
    .publisher = U.S. Immigration and Customs Enforcement; federal courts
source-mamdani-video-2025-12 = Video guidance to immigrant New Yorkers (December 2025): do not let agents in, stay silent, document
    .publisher = Zohran Mamdani, then Mayor-elect of New York City
source-dhs-er-2025 = Designating Aliens for Expedited Removal, 90 FR 8139 (24 January 2025), and Make the Road New York v. Noem
    .publisher = U.S. Department of Homeland Security; federal courts
source-uscis-registration = Alien Registration Requirement and Form G-325R (2025)
    .publisher = U.S. Citizenship and Immigration Services
source-padilla-2010 = Padilla v. Kentucky, 559 U.S. 356 (2010)
    .publisher = Supreme Court of the United States
source-ny-gol-5-1551 = New York General Obligations Law §§ 5-1551 and 5-1552, person in parental relation
    .publisher = State of New York
source-ny-scpa-1726 = New York Surrogate’s Court Procedure Act § 1726, standby guardianship
    .publisher = State of New York
source-nyc-hrl = NYC Human Rights Law (Administrative Code, Title 8)
    .publisher = NYC Commission on Human Rights
source-uscis-i9-inspection = Form I-9 inspection and the Notice of Inspection
    .publisher = U.S. Citizenship and Immigration Services
source-nyc-dcwp-workers = Workers’ rights in New York City, whatever your immigration status
    .publisher = NYC Department of Consumer and Worker Protection

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = Free, confidential immigration legal help from the City
    .hours = Weekdays
contact-nys-ona = New York State New Americans Hotline
    .for = Free and anonymous help in many languages, and referrals
contact-nyc-311 = NYC 311
    .for = City services. Say “ActionNYC” to get legal help.
    .hours = Every day, all day
contact-legal-aid = Legal Aid Society immigration helpline
    .for = Free immigration legal help
contact-eoir = Immigration court case line (EOIR)
    .for = Find a court date with an A-number
    .hours = Every day, all day
contact-ice-locator = ICE Online Detainee Locator
    .for = Find an adult held by ICE, with the A-number and country of birth
    .hours = Online, any time
contact-uwd = United We Dream MigraWatch
    .for = Report a raid
contact-idp = Immigrant Defense Project
    .for = Report ICE activity in New York
contact-emergency = 911
    .for = Emergencies: danger to life or health
    .hours = Every day, all day

contact-group-legal-help = Legal help
contact-group-detained = Someone was detained
contact-group-report = Report a raid
contact-group-emergency = Emergency

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = Show this to the officer
    .intro = Hold the screen up to the window. Do not open the door to show it, and do not hand over your phone. Each line is in English, with your language under it.
    .line-silent = I will remain silent.
    .line-no-search = I do not consent to a search.
    .line-no-entry = I do not consent to your entry.
    .line-lawyer = I want to speak with a lawyer.
    .line-no-sign = I will not sign anything without a lawyer.
    .line-slide = Please slide the warrant under the door.
