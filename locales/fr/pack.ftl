## The NYC pack: its name, its sources and its hotlines.

pack-title = Connaissez vos droits à New York

## Sources. Value: title. Attribute .publisher: who published it.

source-nyc-eo-13-2026 = Décret du maire n° 13 (2026), « Protecting New Yorkers from Abusive Immigration Enforcement » (protéger les New-Yorkais contre les abus de la police de l’immigration)
    .publisher = Ville de New York, cabinet du maire
source-nyc-admin-4-210 = Code administratif de NYC, § 4-210 : accès aux zones non publiques des propriétés de la Ville
    .publisher = Conseil municipal de New York (New York City Council)
source-nyc-eo-41-2003 = Décret du maire n° 41 (2003) : confidentialité du statut d’immigration
    .publisher = Ville de New York, cabinet du maire
source-nyc-ll-30-2017 = Loi locale 30 de 2017 (Local Law 30) : accès aux services dans plusieurs langues
    .publisher = Conseil municipal de New York (New York City Council)
source-moia-kyr = Brochure et pages « Connaissez vos droits »
    .publisher = Bureau du maire de NYC pour les affaires des immigrants (MOIA)
source-nyc-doe-ice = Consignes sur les forces de l’ordre non locales dans les écoles
    .publisher = Département de l’Éducation de NYC
source-ilrc-red-cards = Cartes rouges (Red Cards) et plan de sécurité familiale
    .publisher = Immigrant Legal Resource Center (ILRC)
source-aclu-kyr = Connaissez vos droits : droits des immigrants ; droits des photographes
    .publisher = American Civil Liberties Union (ACLU)
source-idp-kyr = Connaissez vos droits face à l’ICE
    .publisher = Immigrant Defense Project
source-nilc-arrested = En cas d’arrestation ou de détention
    .publisher = National Immigration Law Center
source-legal-aid-nyc = Pages sur l’immigration et sur l’ICE dans les écoles de NYC
    .publisher = The Legal Aid Society (New York)
source-ny-cvr-79p = Loi sur les droits civils de l’État de New York (Civil Rights Law), § 79-p : droit d’observer la police (2020)
    .publisher = État de New York
source-ny-penal-250 = Code pénal de l’État de New York (Penal Law), §§ 250.00 et 250.05 : écoutes illégales
    .publisher = État de New York
source-ny-ag-guidance = Consignes pour les lieux privés et les organismes à but non lucratif (2025)
    .publisher = Bureau du procureur général de l’État de New York (Attorney General)
source-usc-18-1001 = 18 U.S.C. § 1001 : fausses déclarations
    .publisher = Code des États-Unis (United States Code)
source-usc-8-1304 = 8 U.S.C. § 1304(e) : obligation d’avoir sur soi ses papiers d’enregistrement
    .publisher = Code des États-Unis (United States Code)
source-ice-memo-2025 = Note interne de l’ICE du 12 mai 2025 sur l’entrée dans un domicile avec un I-205, et les affaires en justice de janvier 2026
    .publisher = Service de l’immigration et des douanes des États-Unis (ICE) ; tribunaux fédéraux
source-mamdani-video-2025-12 = Conseils en vidéo aux New-Yorkais immigrés (décembre 2025) : ne pas laisser entrer les agents, garder le silence, documenter
    .publisher = Zohran Mamdani, alors maire élu de New York
source-dhs-er-2025 = « Designating Aliens for Expedited Removal » (renvoi accéléré), 90 FR 8139 (24 janvier 2025), et l’affaire Make the Road New York v. Noem
    .publisher = Ministère de la Sécurité intérieure des États-Unis (DHS) ; tribunaux fédéraux
source-uscis-registration = Obligation d’enregistrement des étrangers (Alien Registration Requirement) et formulaire G-325R (2025)
    .publisher = Services de citoyenneté et d’immigration des États-Unis (USCIS)
source-padilla-2010 = Arrêt Padilla v. Kentucky, 559 U.S. 356 (2010)
    .publisher = Cour suprême des États-Unis
source-ny-gol-5-1551 = Loi sur les obligations de l’État de New York (General Obligations Law), §§ 5-1551 et 5-1552 : personne agissant comme un parent
    .publisher = État de New York
source-ny-scpa-1726 = Loi de procédure du Surrogate’s Court de l’État de New York, § 1726 : désignation d’un tuteur (standby guardianship)
    .publisher = État de New York
source-nyc-hrl = Loi de NYC sur les droits humains (NYC Human Rights Law ; Code administratif, titre 8)
    .publisher = Commission des droits humains de NYC (NYC Commission on Human Rights)
source-uscis-i9-inspection = Contrôle des formulaires I-9 et avis d’inspection (Notice of Inspection)
    .publisher = Services de citoyenneté et d’immigration des États-Unis (USCIS)
source-nyc-dcwp-workers = Les droits des travailleurs à New York, quel que soit leur statut d’immigration
    .publisher = Département de la protection des consommateurs et des travailleurs de NYC (DCWP)

## Hotlines. Value: name. Attributes: .for (what it is for), .hours (when it answers; only where a source says).

contact-actionnyc = ActionNYC
    .for = Aide juridique gratuite et confidentielle de la Ville, pour l’immigration
    .hours = Du lundi au vendredi
contact-nys-ona = Ligne d’assistance de l’État de New York pour les nouveaux Américains (New Americans Hotline)
    .for = Aide gratuite et anonyme dans de nombreuses langues, et orientation vers d’autres services
contact-nyc-311 = NYC 311
    .for = Services de la Ville. Dites « ActionNYC » pour obtenir une aide juridique.
    .hours = Tous les jours, 24 h sur 24
contact-legal-aid = Ligne d’assistance immigration de la Legal Aid Society
    .for = Aide juridique gratuite pour l’immigration
contact-eoir = Ligne d’information du tribunal de l’immigration (EOIR)
    .for = Connaître une date d’audience avec un numéro A
    .hours = Tous les jours, 24 h sur 24
contact-ice-locator = Outil en ligne de l’ICE pour trouver une personne détenue (ICE Online Detainee Locator)
    .for = Trouver un adulte détenu par l’ICE, avec son numéro A et son pays de naissance
    .hours = En ligne, à toute heure
contact-uwd = United We Dream MigraWatch
    .for = Signaler une descente de l’immigration
contact-idp = Immigrant Defense Project
    .for = Signaler une activité de l’ICE à New York
contact-emergency = 911
    .for = Urgences : danger pour la vie ou la santé
    .hours = Tous les jours, 24 h sur 24

contact-group-legal-help = Aide juridique
contact-group-detained = Une personne a été détenue
contact-group-report = Signaler une descente
contact-group-emergency = Urgence

## The card to show an officer. .title is for the reader; each .line-* is said to the officer
## and is always shown in English too.

card =
    .title = Montrez ceci à l’agent
    .intro = Tenez l’écran contre la fenêtre. N’ouvrez pas la porte pour le montrer, et ne donnez pas votre téléphone. Chaque phrase est en anglais, avec votre langue en dessous.
    .line-silent = Je vais garder le silence.
    .line-no-search = Je ne consens pas à la fouille.
    .line-no-entry = Je ne consens pas à ce que vous entriez chez moi.
    .line-lawyer = Je souhaite parler à un avocat.
    .line-no-sign = Je ne signerai rien sans avocat.
    .line-slide = Veuillez glisser le mandat sous la porte.
