#!/usr/bin/env python3
"""Writes cases.jsonl deterministically (standard library only)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))

# (head, level, lang, note)
ORGS = {}

# WAT: Régie des Eaux du Val de Vaunière (public water utility) — programme « Veilleurs de l'eau »
ORGS["WAT"] = [
    ("Accueil du programme Veilleurs de l'eau\nEspace : Veilleurs — tous\nVisibilité : tous les Veilleurs inscrits", "public", "fr", "wiki page visible to all Veilleurs"),
    ("De : Sandrine Paoli <s.paoli@eaux-vauniere.fr>\nÀ : veilleurs-tous@listes.eaux-vauniere.fr\nObjet : Calendrier des visites de l'usine de potabilisation — inscriptions ouvertes", "public", "fr", "mail to the all-Veilleurs list"),
    ("La Goutte — lettre des Veilleurs de l'eau n°14 · mars 2027\nEnvoyée à l'ensemble des Veilleuses et Veilleurs", "public", "fr", "newsletter to every Veilleur"),
    ("COMMUNIQUÉ DE PRESSE — Pour diffusion immédiate\nLa Régie des Eaux lance son réseau de Veilleurs de l'eau", "public", "fr", "press release"),
    ("Affiche_semaine_eau_2027.pdf\nDrive > Communication > Publications web\nPartagé avec : public (lien publié sur le site)", "public", "fr", "poster published on the website"),
    ("Formulaire — Signaler une fuite sur la voie publique\nCe formulaire est ouvert à tous les habitants du Val de Vaunière, Veilleurs ou non.", "public", "fr", "form open to every resident"),
    ("Water Watchers programme — FAQ (English version)\nFor all Veilleurs and anyone interested, feel free to share.", "public", "en", "all ambassadors + free sharing"),
    ("Page : Guide du Veilleur 2027\nEspace : Programme Veilleurs\nPartagé avec : Tous les Veilleurs de l'eau (Discord #veilleurs-general)", "public", "fr", "shared with all Veilleurs"),

    ("De : Sandrine Paoli\nÀ : veilleurs-referents@listes.eaux-vauniere.fr\nObjet : Préparation de la réunion des référents du 12/04", "internal", "fr", "mail to the référents subgroup list"),
    ("Compte-rendu Comité des usagers — séance du 3 février\nDiffusion : membres du Comité des usagers", "internal", "fr", "committee only"),
    ("Drive > Programme Veilleurs > Interne > Suivi_sollicitations_2027.xlsx\nAcces : equipe relation usagers", "internal", "fr", "internal folder, staff access"),
    ("[JIRA] RU-482 Relance des Veilleurs du secteur Nord — campagne relevés hiver\nVisibilité : Veilleurs secteur Nord + équipe RU", "internal", "fr", "one region + staff"),
    ("Panel télérelève — protocole de test (phase 2)\nRéservé aux Veilleurs du panel, sous accord de non-divulgation. Merci de ne pas partager.", "internal", "fr", "test panel under NDA"),
    ("Internal — do not forward\nOnboarding checklist for new community staff (Water Watchers)", "internal", "en", "internal marking, staff"),
    ("Promo 2026 des Veilleurs : programme de la journée de formation\nÀ l'attention des Veilleurs de la promo 2026 uniquement", "internal", "fr", "one cohort"),
    ("Notes de l'équipe — idées de récompenses\nVisibilité : Espace équipe (privé)\nNe pas diffuser aux Veilleurs pour l'instant", "internal", "fr", "staff space, ne pas diffuser"),

    ("CONFIDENTIEL\nNote au Directeur général — budget 2028 du programme Veilleurs et arbitrages tarifaires", "confidential", "fr", "confidential, to the DG"),
    ("De : Bertrand Lhomme\nÀ : Conseil d'administration\nCc : service juridique\nObjet : [CONFIDENTIEL] Projet de délibération — indemnisation des Veilleurs", "confidential", "fr", "board + legal, marked"),
    ("Drive > Direction > Conseil d'administration > 2027-05\nPartagé avec : membres du CA, DG\nClassification : Confidentiel", "confidential", "fr", "board folder classified confidential"),
    ("Analyse juridique — statut des Veilleurs au regard du bénévolat\nDocument confidentiel — service juridique et direction générale uniquement", "confidential", "fr", "legal + leadership, marked"),
    ("CONFIDENTIAL — Board of the Régie only\nRisk review: telemetry pilot data breach (draft)", "confidential", "en", "board, marked"),
    ("Visibilité : Restreinte (Direction)\nSensibilité : Confidentiel\nPage : Entretien annuel Président / DG — points programme", "confidential", "fr", "leadership, sensitivity confidential"),

    ("Bilan annuel du programme Veilleurs de l'eau 2026\nVersion 3 — 14/01/2027", "none", "fr", "title + version"),
    ("Créé par : Sandrine Paoli\nDernière modification : 2 mars 2027\nTags : relevés, hiver, Veilleurs", "none", "fr", "page properties without audience"),
    ("veilleurs_kpi_T1_2027_v2.xlsx", "none", "fr", "file name only"),
    ("BROUILLON — Charte de participation des Veilleurs\nRédaction : S. Paoli, relecture M. Caron", "none", "fr", "draft mark, authors"),
    ("Water Watchers: response times to solicitations, Q1 2027\nAuthor: M. Caron — draft 0.4", "none", "en", "title, author, draft"),
    ("RU-517 · Statut : En cours · Priorité : moyenne\nMettre à jour le barème de points des Veilleurs", "none", "fr", "ticket without visibility field"),
    ("Atelier NOUS — raison d'être du réseau des Veilleurs\n18 mars 2027, salle du conseil, 14h-17h", "none", "fr", "workshop title, place is not audience"),
    ("Fwd: devis impression kits Veilleurs\nDate : jeu. 4 févr. 2027 09:41", "none", "fr", "forwarded mail, no recipients shown"),
]

# REP: Répar'Tout (association, network of repair cafés) — programme « Les Passeurs »
ORGS["REP"] = [
    ("Newsletter des Passeurs — mai 2027\nÀ : passeurs-tous@repartout.org (liste de diffusion)\nObjet : 🔧 Les dates des repair cafés de l'été !", "public", "fr", "all-Passeurs list"),
    ("Page Notion : Bienvenue chez les Passeurs\nPartagé avec : tous les Passeurs (lecture)\nDernière modif : 12/05/2027", "public", "fr", "shared with all Passeurs"),
    ("Fiche pratique — Réparer un grille-pain en toute sécurité\nDiffusion libre, à imprimer et afficher dans votre repair café !", "public", "fr", "diffusion libre"),
    ("Répar'Tout — Passeurs programme: how points work\nShared with: all Passeurs (English-speaking volunteers included)", "public", "en", "all ambassadors"),
    ("Questionnaire annuel des Passeurs 2027\nCe questionnaire est envoyé à toutes les Passeuses et tous les Passeurs. 5 minutes max, promis.", "public", "fr", "form to every Passeur"),
    ("Post Facebook / Instagram — à publier le 20/06\nJournée nationale de la réparation : venez avec vos objets cassés !", "public", "fr", "social network post"),
    ("Politique de confidentialité du programme Passeurs\nPour tous les Passeurs — à lire avant de s'inscrire sur le Discord", "public", "fr", "privacy is the subject; audience all Passeurs"),
    ("PRESS RELEASE — for immediate release\nRépar'Tout volunteers fixed 12,000 objects in 2026", "public", "en", "press release"),

    ("De : Claire Fontaine <claire@repartout.org>\nÀ : referents@repartout.org\nObjet : TR: planning des sollicitations de juin — à valider entre référents", "internal", "fr", "référents list"),
    ("Drive > Programme Passeurs > Interne > retours_ateliers_JE.docx\nPartagé avec : équipe salariée (4 personnes)", "internal", "fr", "internal folder, staff"),
    ("Groupe Bretagne — compte rendu de la visio du 2 avril\nPour les Passeurs du groupe Bretagne seulement, merci 🙏", "internal", "fr", "regional group"),
    ("Niveau Établi : avantages 2027 (à annoncer en septembre)\nVisibilité : Passeurs niveau Établi", "internal", "fr", "one level"),
    ("Trainers' circle — session plan, soldering module\nFor the cercle formateurs only, please don't circulate yet", "internal", "en", "subgroup only"),
    ("Trello · Carte : Relancer les Passeurs inactfs depuis 6 mois\nTableau : Équipe animation (privé)", "internal", "fr", "private staff board"),
    ("Usage interne — ne pas diffuser\nListe des Passeurs à proposer pour le comité d'animation", "internal", "fr", "usage interne"),
    ("Comité d'animation — ordre du jour\nDestinataires : membres du comité d'animation des Passeurs", "internal", "fr", "committee"),

    ("CONFIDENTIEL — Bureau de l'association\nSituation financière du programme Passeurs et subvention régionale 2028", "confidential", "fr", "bureau, marked"),
    ("De : Hélène Marchal (présidente)\nÀ : Yann Le Goff ; Bureau\nObjet : Confidentiel — litige avec un ancien Passeur, avis de notre avocate", "confidential", "fr", "president + bureau + legal, marked"),
    ("Page : Conseil d'administration — 14/06\nVisibilité : Membres du CA uniquement\nClassement : confidentiel", "confidential", "fr", "board, classified"),
    ("Strictly confidential — Board members\nDraft agreement with our insurer after the Rennes incident", "confidential", "en", "board, marked"),
    ("Drive > Bureau > Confidentiel > Evaluation_salaries_2027.docx\nAccès : présidente, trésorier", "confidential", "fr", "confidential folder, named officers"),
    ("Note confidentielle à l'attention du Conseil d'administration\nObjet : départ de la coordinatrice et reprise du programme Passeurs", "confidential", "fr", "board, marked"),

    ("Les Passeurs — bilan 2026\nv1.2, relu par Claire", "none", "fr", "title, version"),
    ("compte-rendu atelier ACTION 23-05-2027.txt", "none", "fr", "file name"),
    ("Passeurs: contribution log export\nGenerated 2027-06-01 08:00 UTC", "none", "en", "export header"),
    ("Titre : Idées de badges pour les Passeurs\nStatut : brouillon\nAuteur·ice : Malo", "none", "fr", "properties, draft"),
    ("Propositions de thèmes de contenu (ACTION)\nDernière mise à jour le 4 juin", "none", "fr", "title, date"),
    ("Fwd: Re: commande de fers à souder\nDate : 28 mai 2027", "none", "fr", "forward without recipients"),
    ("Portraits des Passeurs — 12 verbatims recueillis lors des entretiens JE", "none", "fr", "Passeurs as subject"),
    ("Ideas for the autumn campaign (work in progress)", "none", "en", "title only"),
]

# TYP: Typo & Cie (SCOP, cooperative print shop) — programme « Cercle Encre »
ORGS["TYP"] = [
    ("Lettre du Cercle Encre #9\nÀ tous les Encreurs et Encreuses — bonne lecture !", "public", "fr", "newsletter to all"),
    ("Espace : Cercle Encre\nPage : Comment gagner des points\nPartagé avec : Tous les membres du Cercle Encre", "public", "fr", "all members"),
    ("Typo & Cie — Ink Circle: welcome pack\nFor every Encreur, in English for our Brussels and Geneva clients", "public", "en", "every ambassador"),
    ("Communiqué — Typo & Cie fête ses 30 ans de coopérative\nDiffusion libre", "public", "fr", "press, diffusion libre"),
    ("De : Nadia Benali\nÀ : encreurs@typo-cie.coop (tous les Encreurs)\nObjet : Portes ouvertes de l'atelier le 3 octobre — vous êtes tous invités", "public", "fr", "all-ambassadors list"),
    ("Formulaire : proposer un témoignage pour notre site\nOuvert à tous les Encreurs (et à leurs clients si ça leur dit)", "public", "fr", "form open to all"),
    ("Post for LinkedIn — please share widely\nWhy we print on recyled paper", "public", "en", "social post"),
    ("Drive > Cercle Encre > À partager > guide_du_membre_2027.pdf\nPartagé avec : Cercle Encre (tous)", "public", "fr", "shared with all members"),

    ("Niveau Or — invitation au comité produit\nÀ : encreurs-or@typo-cie.coop", "internal", "fr", "one level list"),
    ("Panel papier de chanvre — consignes de test\nSous NDA : réservé aux Encreurs du panel", "internal", "fr", "test panel under NDA"),
    ("Internal use only\nPrepress team notes on Encreurs' file errors", "internal", "en", "internal marking"),
    ("Visibilité : Équipe Typo & Cie (salariés associés)\nPage : Calendrier des sollicitations T4", "internal", "fr", "staff only"),
    ("Encreurs lyonnais — rencontre au salon Graphitec\nInvitation réservée au groupe Lyon", "internal", "fr", "regional group"),
    ("Ticket #2291 — Fiche Encreur en double (niveau Cuivre)\nFile : support interne · non visible des membres", "internal", "fr", "internal support queue"),
    ("Ne pas diffuser en dehors de l'atelier\nRétroplanning du salon du livre — qui solliciter parmi les Encreurs", "internal", "fr", "ne pas diffuser, staff"),
    ("Fwd: Cuivre level benefits review\nTo: encreurs-cuivre@typo-cie.coop\nFor Cuivre members only — feedback by Friday", "internal", "en", "one level"),

    ("CONFIDENTIEL — Gérance\nProjection financière 2028 et coût du programme Cercle Encre", "confidential", "fr", "management, marked"),
    ("Confidential — co-managers and legal counsel\nDispute with a former Encreur over reuse of artwork", "confidential", "en", "leadership + legal"),
    ("Assemblée générale des associés — dossier préparatoire\nDocument confidentiel, réservé aux associés", "confidential", "fr", "AG des associés, marked"),
    ("De : Pierre Olivar\nÀ : Nadia Benali\nCc : Me Garnier (avocat)\nObjet : CONFIDENTIEL – rupture du contrat avec le fournisseur de papier", "confidential", "fr", "co-managers + lawyer"),
    ("Page : Rachat de l'imprimerie Dufresne\nVisibilité : Gérance uniquement\nSensibilité : Secret", "confidential", "fr", "secret, management"),
    ("Drive > Gérance > CONFIDENTIEL > salaires_2027.xlsx", "confidential", "fr", "confidential management folder"),

    ("Cercle Encre — statistiques T3 2027", "none", "fr", "title only"),
    ("Ink Circle persona draft — 'the small-press publisher'\nv0.3", "none", "en", "draft, version"),
    ("Créé le 12/09/2027 par Jules\nModifié le 14/09/2027\nÉtiquettes : salon, témoignages", "none", "fr", "properties, no audience"),
    ("Note de cadrage : refonte des niveaux Plomb / Cuivre / Or\nBrouillon n°2", "none", "fr", "levels are the subject"),
    ("liste_encreurs_export_20270915.csv", "none", "fr", "file name"),
    ("Minutes — NOUS workshop, 9 September\nTaken by Camille", "none", "en", "title, author"),
    ("Re: Re: épreuves du catalogue\nEnvoyé : lundi 20 septembre 2027 11:02", "none", "fr", "mail without recipients"),
    ("Synthèse des verbatims Encreurs (atelier JE)\nÀ relire — premier jet", "none", "fr", "draft"),
]

# COU: Coutellerie Vernière (small industrial knife maker, Thiers) — programme « Club du Fil »
ORGS["COU"] = [
    ("Le Fil — lettre d'information du Club\nEnvoyée à tous les Affûtés · n°22 · novembre", "public", "fr", "newsletter to all"),
    ("Club du Fil — Care guide for your carbon steel knife\nFree to share with your friends and customers", "public", "en", "free distribution"),
    ("Communiqué de presse\nCoutellerie Vernière : un nouveau couteau de cuisine conçu avec les membres du Club du Fil", "public", "fr", "press release"),
    ("De : club@verniere-thiers.fr\nÀ : Club du Fil (tous les membres)\nObjet : Invitation aux portes ouvertes de la forge", "public", "fr", "all members"),
    ("Espace : Club du Fil\nPage : Règlement du programme\nVisibilité : tous les Affûtés", "public", "fr", "all ambassadors"),
    ("Instagram caption — to be posted Friday\nMeet the forge where your knives are born 🔥", "public", "en", "social post"),
    ("Inscription au concours photo « Mon couteau au quotidien »\nOuvert à tous les membres du Club, quel que soit le niveau.", "public", "fr", "all levels"),
    ("Drive > Club du Fil > Public > affiche_salon_gastronomie.pdf\nPartagé avec : Tout le monde (lien public)", "public", "fr", "public link, poster"),

    ("Panel prototypes 2028 — questionnaire après essai\nRéservé aux testeurs du panel (NDA signé)", "internal", "fr", "test panel under NDA"),
    ("De : Lucie Forestier\nÀ : maitres-du-fil@verniere-thiers.fr\nObjet : Dîner des Maîtres du Fil — choix du menu", "internal", "fr", "one level list"),
    ("Nordic club — meetup in Copenhagen\nFor Club Nord-Europe members only", "internal", "en", "regional group"),
    ("Visibilité : Équipe marketing & atelier\nPage : Qui solliciter pour le salon Sirha ?", "internal", "fr", "staff only"),
    ("Usage interne\nProcédure de validation des contributions (équipe club)", "internal", "fr", "usage interne"),
    ("[QUAL-88] Retours des Forgerons sur le manche en olivier\nProjet : Qualité · accès restreint à l'équipe", "internal", "fr", "restricted to staff, no confidential mark"),
    ("Chefs partenaires lyonnais — programme de la masterclass\nÀ diffuser uniquement aux chefs du groupe Lyon", "internal", "fr", "subgroup"),
    ("Émouleur level — new benefits (not announced yet)\nShared with: Émouleur members, Club team", "internal", "en", "one level"),

    ("CONFIDENTIEL — CODIR\nPlan de réduction des coûts 2028 : impact sur le Club du Fil", "confidential", "fr", "exec committee, marked"),
    ("CONFIDENTIAL — Armand Vernière, CFO, legal\nPossible trademark dispute over the 'Fil' name", "confidential", "en", "named execs + legal"),
    ("De : Armand Vernière\nÀ : comité de direction\nObjet : [Confidentiel] Ouverture du capital — ne pas transférer", "confidential", "fr", "CEO to CODIR, marked"),
    ("Conseil d'administration du 15 décembre\nDocument confidentiel — administrateurs uniquement", "confidential", "fr", "board, marked"),
    ("Partagé avec : A. Vernière, cabinet Rives (avocats)\nMention : Confidentiel — secret des affaires\nTitre : Accord de licence avec un distributeur japonais", "confidential", "fr", "CEO + lawyers, marked"),
    ("Strictly confidential / leadership team\nSalary review for the workshop staff, 2028", "confidential", "en", "leadership, marked"),

    ("Bilan du Club du Fil — année 2027\nRédigé par Lucie F.", "none", "fr", "title, author"),
    ("Knife testing results — batch 14\nRev. B, 03/11", "none", "en", "title, revision"),
    ("club_du_fil_points_export.csv", "none", "fr", "file name"),
    ("Atelier JE du 8 novembre : ce que les Affûtés attendent du Club", "none", "fr", "ambassadors as subject"),
    ("Statut : À faire · Assigné à : Lucie · Échéance : 30/11\nCommander les tablier brodés pour les nouveaux Forgerons", "none", "fr", "task, level only as subject"),
    ("Draft — ideas to renew the badge system", "none", "en", "draft title"),
    ("Fwd: Tr: devis gravure laser\nEnvoyé le : 17 nov. 2027", "none", "fr", "mail without recipients"),
    ("Personas Club du Fil (version 2)\nbasés sur 18 entretiens", "none", "fr", "title, version"),
]

# API: Apiscope (start-up, connected hive scales) — programme « Hive Crew »
ORGS["API"] = [
    ("Hive Crew Weekly — #31\nTo: all Apiscouts\nSubject: Swarm season tips + your new badges", "public", "en", "newsletter to all"),
    ("Notion · Hive Crew HQ\nVisibilité : Partagé avec le groupe « Apiscouts (tous) »\nPage : Comment fonctionne le programme", "public", "fr", "shared with all Apiscouts"),
    ("Blog post — for apiscope.io, publishing Monday\nWhy we built a hive scale with beekeepers", "public", "en", "website page"),
    ("Communiqué de presse — diffusion libre\nApiscope lève 2 M€ pour équiper 10 000 ruches", "public", "fr", "press release"),
    ("De : Hive Crew <crew@apiscope.io>\nÀ : Apiscouts — tous <apiscouts@lists.apiscope.io>\nObjet : On recrute des témoignages vidéo pour le salon Apimondia 🎥", "public", "fr", "all-Apiscouts list"),
    ("Typeform — Votre avis sur l'appli Apiscope\nCe questionnaire s'adresse à tous les Apiscouts, quel que soit votre niveau.", "public", "fr", "form to all"),
    ("Tweet thread + LinkedIn post (public)\nWorld Bee Day, May 20th", "public", "en", "social networks"),
    ("Discord #annonces\nÀ tous les Apiscouts : le programme Hive Crew passe en v2 le 1er juin !", "public", "fr", "announcement to all"),

    ("Early Hive beta — firmware 3.2 test plan\nUnder NDA: Early Hive testers only", "internal", "en", "beta panel under NDA"),
    ("De : Inès (Community)\nÀ : reines@lists.apiscope.io\nObjet : Rencontre avec l'équipe produit - réservé aux Reines", "internal", "fr", "top level only"),
    ("Drive > Apiscope > Interne > Crew > relances_ambassadeurs.gsheet\nPartagé avec : @apiscope.io (domaine)", "internal", "fr", "staff domain"),
    ("Internal — team only\nCrew ops runbook: how we approve contributions", "internal", "en", "internal marking"),
    ("Cohorte printemps 2027 — parcours d'onboarding\nÀ destination des Apiscouts de la cohorte de printemps", "internal", "fr", "cohort"),
    ("Linear · CREW-140 · Team: Growth (private)\nRelancer les Gardiennes qui n'ont pas répondu depuis 3 semaines", "internal", "fr", "private staff team"),
    ("Apiscouts Occitanie — visite du rucher école de Montpellier\nRéservé aux membres du groupe Occitanie", "internal", "fr", "regional group"),
    ("Ne pas partager hors de l'équipe\nCalendrier des sollicitations T3, affectations provisoires", "internal", "fr", "staff only"),

    ("CONFIDENTIAL — Board deck, Q3 2027\nHive Crew CAC and retention figures", "confidential", "en", "board, marked"),
    ("De : Léa Dubreuil (CEO)\nÀ : Marc Ohana (CTO)\nObjet : CONFIDENTIEL — incident de sécurité sur les données des ruches", "confidential", "fr", "named execs, marked"),
    ("Confidential — founders & investors only\nTerm sheet notes, Series A", "confidential", "en", "founders + investors"),
    ("Notion · Visibilité : Fondateurs uniquement\nSensibilité : Confidentiel\nPage : Départ d'un associé — plan de communication", "confidential", "fr", "founders, marked"),
    ("Note juridique confidentielle — conseil d'Apiscope\nConsentement RGPD des Apiscouts et géolocalisation des ruchers", "confidential", "fr", "legal, marked"),
    ("Fwd: [Confidential] acquisition interest from AgriTech group\nTo: Léa Dubreuil; Marc Ohana; board@apiscope.io", "confidential", "en", "execs + board, marked"),

    ("Hive Crew — monthly metrics, October", "none", "en", "title"),
    ("Spec : nouveau barème de points (Butineuse → Gardienne → Reine)\nv0.7 · auteur : Inès", "none", "fr", "levels as subject"),
    ("crew_contributions_2027-10.csv", "none", "en", "file name"),
    ("Synthèse atelier JE — Apiscouts\n(brouillon généré, à relire par Inès)", "none", "fr", "draft"),
    ("Créé par : Tom · Modifié le 12 oct.\nÉtiquettes : onboarding, badges", "none", "fr", "properties, no audience"),
    ("Compte rendu atelier ACTION — 21 octobre", "none", "fr", "title, date"),
    ("Re: Re: stickers order\nSent: Tue, Oct 19, 2027 3:12 PM", "none", "en", "mail without recipients"),
    ("Idées en vrac pour renouveler les récompenses des Apiscouts", "none", "fr", "title"),
]


def main():
    rows = []
    for i, (prefix, cases) in enumerate(ORGS.items()):
        order = list(cases)
        random.Random(2900 + i).shuffle(order)
        for n, (head, level, lang, note) in enumerate(order, 1):
            rows.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases")


if __name__ == "__main__":
    main()
