#!/usr/bin/env python3
"""Deterministic generator for markings_heldout26: writes cases.jsonl (stdlib only)."""
import json
import os

P, I, C, N = "public", "internal", "confidential", "none"

ORGS = []

# CER: Terres & Fours (ceramics: clay, glazes and kilns for potters)
ORGS.append(("CER", [
    (P, "fr", "Lettre des Tourneurs — n° 14, printemps 2026\nÀ tous les Tourneurs du Cercle des Potiers", "newsletter addressed to all Tourneurs"),
    (P, "fr", "# Calendrier des cuissons partagées 2026\nDiffusion : tous les ambassadeurs Tourneurs", "Diffusion line: all ambassadors"),
    (P, "fr", "Tourneurs, à vos tours ! 🏺\nAppel à témoignages ouvert à l'ensemble du Cercle", "call open to the whole Cercle"),
    (P, "fr", "Page publique — terresetfours.fr/cercle\nDevenir ambassadeur : ce que font nos Tourneurs", "public website page"),
    (P, "fr", "[TOUS LES TOURNEURS] Règlement du programme Cercle des Potiers\nVersion 2026 — diffusion libre", "bracketed tag all Tourneurs, free distribution"),
    (P, "fr", "Communiqué de presse — libre diffusion\nTerres & Fours fête les 500 Tourneurs de son programme ambassadeurs", "press release, free distribution"),
    (P, "en", "To: all Tourneurs (Cercle des Potiers ambassadors)\nSubject: Kiln open day — Lyon, 14 June", "email header to all Tourneurs"),
    (P, "fr", "Destinataires : tous les Tourneurs\nObjet : rappel — votez pour l'émail de l'année", "email header to all Tourneurs"),

    (I, "fr", "Diffusion : Comité Glaçures uniquement\nCR réunion du 3 février — ambassadeurs Tourneurs", "Diffusion limited to a committee"),
    (I, "fr", "Niveau Porcelaine — avantages réservés\nDocument destiné aux Tourneurs Porcelaine", "level-restricted document"),
    (I, "fr", "[Atelier Commun] Fiche test four FX-900 — sous NDA\nNe pas partager avec les autres Tourneurs", "NDA testers panel tag"),
    (I, "fr", "Promo Raku 2026 — kit d'accueil des nouveaux ambassadeurs\nRéservé aux Tourneurs de la promo Raku", "reserved to a cohort"),
    (I, "fr", "Usage interne — équipe programme\nSuivi de charge des sollicitations ambassadeurs T1", "staff only, internal use"),
    (I, "fr", "Pour les Tourneurs Sud-Ouest seulement\nRencontre régionale de Toulouse — ordre du jour", "regional group only"),
    (I, "en", "Audience: Atelier Commun panel (12 Tourneurs)\nBeta notes — glaze mixer app v0.3", "Audience line: co-creation panel"),
    (I, "fr", "DOCUMENT INTERNE — ne pas diffuser hors équipe Terres & Fours\nAnalyse des réponses au questionnaire ambassadeurs", "internal staff document, no confidential marking"),

    (C, "fr", "CONFIDENTIEL — Comité de direction\nBudget 2027 du programme ambassadeurs Cercle des Potiers", "confidential, leadership committee"),
    (C, "fr", "Strictement confidentiel — Hélène Vasseur (DG) et service juridique\nLitige avec un ancien Tourneur : note de position", "strictly confidential, named CEO and legal"),
    (C, "fr", "Classification : Confidentiel\nDestinataires : conseil de surveillance\nROI du programme Tourneurs 2025", "classification line and supervisory board"),
    (C, "en", "CONFIDENTIAL — Executive committee only\nAmbassador programme: renegotiation of gift supplier contract", "confidential banner, executive committee"),
    (C, "fr", "Note confidentielle à l'attention de H. Vasseur\nObjet : départs de Tourneurs clés et risques commerciaux", "confidential note to named CEO"),
    (C, "fr", "🔒 Confidentiel direction — ne pas transférer\nScénarios de refonte des niveaux ambassadeurs (Argile / Grès / Porcelaine)", "confidential, management"),

    (N, "fr", "Guide du Tourneur\nv3.2 — mars 2026", "title and version"),
    (N, "fr", "# Les niveaux du Cercle des Potiers : Argile, Grès, Porcelaine", "Markdown title only"),
    (N, "fr", "Bilan annuel des ambassadeurs 2025\nRédigé par Camille Roux, community manager", "title and author"),
    (N, "fr", "FAQ — programme ambassadeurs Tourneurs\nMAJ : 02/04/2026 (ajout question sur les points)", "title and update line"),
    (N, "fr", "Tourneurs : comment sont calculés les pionts ?\n— brouillon —", "title with typo and draft mark"),
    (N, "fr", "Atelier JE du 18 mai\nSynthèse des besoins exprimés par les Tourneurs", "workshop title and date"),
    (N, "fr", "CERCLE DES POTIERS\nPlanning des sollicitations ambassadeurs — S2 2026", "caps title"),
    (N, "en", "Ambassador onboarding checklist\nTerres & Fours — rev. B", "title and revision"),
]))

# ESC: Clef des Songes (escape-room chain)
ORGS.append(("ESC", [
    (P, "fr", "📣 #le-donjon — annonce pour tout le Donjon\nNouvelle salle « La Crypte des Horloges » : vos avis comptent !", "channel announcement to the whole Donjon"),
    (P, "fr", "À l'attention de tous les Gardiens\nCharte du programme ambassadeurs — édition 2026", "addressed to all Gardiens"),
    (P, "fr", "Diffusion : tout le Donjon (ensemble des Gardiens)\nCalendrier des soirées ambassadeurs — été 2026", "Diffusion line: all ambassadors"),
    (P, "fr", "Billet de blog — clefdessonges.fr\nNos Gardiens racontent leur première évasion", "public blog post"),
    (P, "fr", "Pour tout le monde sur #le-donjon 👋\nComment déclarer une contribution (avis, partage, parrainage)", "post for everyone on the ambassadors' channel"),
    (P, "en", "All Gardiens — public channel post\nReferral week: bring a team, earn double points", "all Gardiens"),
    (P, "fr", "Affiche — libre diffusion\nDevenez Gardien : le programme ambassadeurs de Clef des Songes", "poster, free distribution"),
    (P, "fr", "Destinataires : Gardiens (tout niveaux)\nObjet : résultats du sondage de satisfaction ambassadeurs", "email header, all levels (typo)"),

    (I, "fr", "[La Guilde] CR de l'atelier co-création ambassadeurs du 9 mars\nDiffusion restreinte aux Gardiens membres de la Guilde", "restricted to a committee"),
    (I, "fr", "Maîtres d'Énigmes (Gardiens testeurs) — playtest « La Crypte des Horloges »\nSous accord de confidentialité testeurs : ne rien publier", "NDA testers"),
    (I, "fr", "Réservé aux Gardiens Or\nInvitation : dîner avec l'équipe de conception", "reserved to a level"),
    (I, "fr", "Destinataires : Gardiens de Bordeaux\nOrganisation de la soirée ambassadeurs locale", "regional group"),
    (I, "fr", "INTERNE ÉQUIPE — game masters & CM\nNe pas poster sur #le-donjon : rotation des sollicitations Gardiens", "staff only"),
    (I, "fr", "Gardiens Argent et Or uniquement\nAccès anticipé aux réservations de la saison 3", "two levels only"),
    (I, "en", "For Guild members only\nDraft themes for the 2027 ambassador roadmap", "committee members only"),
    (I, "fr", "Note interne (non confidentielle) — pôle marketing\nRelevé des avis en ligne déposés par les Gardiens", "internal note, staff"),

    (C, "fr", "CONFIDENTIEL — Conseil d'administration\nCoût par Gardien actif et projection 2027", "confidential, board"),
    (C, "fr", "Confidentiel | Marc Oudin, associés\nProjet de cession de deux franchises : impact sur le programme ambassadeurs", "confidential, named founder and partners"),
    (C, "fr", "CONFIDENTIEL – JURIDIQUE\nRéclamation RGPD d'une ambassadrice Gardienne — analyse des avocats", "confidential, legal"),
    (C, "en", "Strictly confidential — Founder & partners\nAmbassador incentives: tax treatment of free sessions", "strictly confidential, founder"),
    (C, "fr", "Classification : CONFIDENTIEL DIRECTION\nListe des Gardiens à risque de départ et comptes associés", "classification line, management"),
    (C, "fr", "confidentiel / ne pas diffuser — à l'attention de M. Oudin\nProposition de rémunération des Gardiens Maîtres d'Énigmes", "confidential to named founder"),

    (N, "fr", "Programme Les Gardiens — mode d'emploi\nÉdition 2026", "title and edition"),
    (N, "fr", "Tableau des points Gardiens\n(dernière mise à jour : 15/01)", "title and update date"),
    (N, "fr", "Gardiens : les trois niveaux expliqués\nBronze, Argent, Or", "title and subtitle"),
    (N, "fr", "ESC-KPI-2026.xlsx — export\nTaux de réponse des ambassadeurs par sollicitation", "file name and title"),
    (N, "fr", "Retour d'expérience : un an de programme ambassadeurs\npar Léa Fontaine", "title and author"),
    (N, "en", "How Gardiens earn badges\nv1.4", "title and version"),
    (N, "fr", "Compte rendu atelier NOUS — raison d'être du programme Gardiens\n12 février 2026", "workshop minutes title and date"),
    (N, "fr", "LES GARDIENS — SOLLICITATIONS T3\nbrouillon v2", "caps title, draft"),
]))

# AQU: AquaNova (aquarium and fishkeeping supplies)
ORGS.append(("AQU", [
    (P, "fr", "Le Journal des Poissons-Pilotes — juin 2026\nPour tous nos ambassadeurs du Récif Club", "newsletter for all ambassadors"),
    (P, "fr", "Diffusion : tous les Poissons-Pilotes\nConcours photo « Mon bac du mois » : règlement", "Diffusion line: all ambassadors"),
    (P, "fr", "Fiche publique — aquanova.fr/recif-club\nQui sont les Poissons-Pilotes, nos ambassadeurs ?", "public website page"),
    (P, "fr", "Salut les Poissons-Pilotes ! 🐠\nMessage à tout le Récif Club : le salon Aquaterra arrive", "message to the whole Récif Club"),
    (P, "fr", "[Tous les membres du Récif Club] Conditions générales du programme ambassadeurs\nmaj 2026", "bracketed tag, all members"),
    (P, "en", "Open to all Récif Club ambassadors\nWebinar: cycling a new tank, with our Poissons-Pilotes", "open to all ambassadors"),
    (P, "fr", "Libre diffusion — à partager sans modération\nGuide « Bien démarrer son aquarium » écrit par nos ambassadeurs", "free distribution"),
    (P, "fr", "Destinataires : l'ensemble des Poissons-Pilotes\nObjet : nouvelle grille de points", "email header to all"),

    (I, "fr", "Pour Le Banc (promo 2026) uniquement\nParcours d'intégration des nouveaux Poissons-Pilotes", "cohort only"),
    (I, "fr", "Panel Eau Douce — protocole de test pompe NX-40\nNDA signé requis, ne pas diffuser aux autres ambassadeurs", "NDA testers panel"),
    (I, "fr", "Niveau Abysses — reservé\nPoissons-Pilotes Abysses : rencontre avec l'équipe R&D", "level-restricted (typo)"),
    (I, "fr", "Comité Biotope — ordre du jour\nDiffusion : ambassadeurs membres du comité", "committee members"),
    (I, "fr", "Récif Club Bretagne\nDestinataires : ambassadeurs bretons — sortie à Océanopolis", "regional group"),
    (I, "fr", "Interne AquaNova — service client uniquement\nRéponses types aux questions des Poissons-Pilotes", "staff only"),
    (I, "en", "To: Le Banc cohort (2026 newcomers)\nYour first 30 days as a Récif Club ambassador", "cohort email header"),
    (I, "fr", "Niveaux Barrière & Abysses seulement\nVote des ambassadeurs pour le prochain avantage exclusif", "two levels only"),

    (C, "fr", "CONFIDENTIEL — CODIR\nArbitrage budgétaire du Récif Club 2027", "confidential, leadership committee"),
    (C, "fr", "Confidentiel — N. Benali, DAF\nCoût des cadeaux ambassadeurs et provisions", "confidential, named president and CFO"),
    (C, "fr", "CONFIDENTIEL / JURIDIQUE\nContrat d'influence d'un Poisson-Pilote : clauses à revoir", "confidential, legal"),
    (C, "fr", "Note confidentielle pour la présidente\nPerte de trois ambassadeurs Abysses : analyse commerciale", "confidential note to the president"),
    (C, "en", "Confidential — Board of directors\nRécif Club ambassador programme: acquisition scenario", "confidential, board"),
    (C, "fr", "*** CONFIDENTIEL — Direction générale ***\nPlan de fermeture de l'animalerie de Brest et ambassadeurs concernés", "confidential banner, general management"),

    (N, "fr", "Récif Club — le livret de l'ambassadeur\n3e édition", "title and edition"),
    (N, "fr", "Poissons-Pilotes : barème des points 2026", "title only"),
    (N, "fr", "Synthèse atelier JE (avril)\nBesoins des ambassadeurs aquariophiles", "workshop synthesis title"),
    (N, "fr", "recif_club_kpi_T2.csv\nContributions par ambassadeur, T2 2026", "file name and title"),
    (N, "fr", "Les niveaux du Récif Club\nLagon → Barrière → Abysses", "title and subtitle"),
    (N, "en", "Ambassador FAQ — Récif Club\nlast edited 3 May 2026", "title and edit date"),
    (N, "fr", "Programme ambassadeurs : bilan à mi-parcours\nAuteur : Yann Le Goff", "title and author"),
    (N, "fr", "PLANNING SOLLICITATIONS POISSONS-PILOTES\nsemaine 22 → 30", "caps title and weeks"),
]))

# EDU: Éditions Margelle (school textbook publishing)
ORGS.append(("EDU", [
    (P, "fr", "La Salle des Profs — lettre d'information n° 7\nÀ tous les ambassadeurs du Club Margelle", "newsletter to all ambassadors"),
    (P, "fr", "Diffusion : toute la Salle des Profs\nAppel à relectures pour la rentrée 2027", "Diffusion line: the whole club"),
    (P, "fr", "Bonjour à toute la Salle des Profs,\nvoici le programme des webinaires ambassadeurs du trimestre.", "greeting to the whole club"),
    (P, "fr", "Page web publique — editions-margelle.fr/club\nLe Club Margelle, programme ambassadeurs des enseignants", "public website page"),
    (P, "fr", "À afficher en salle des professeurs — libre diffusion\nRejoignez les ambassadeurs Margelle", "poster, free distribution"),
    (P, "en", "To all Salle des Profs members (English teachers' edition)\nCall for testimonials: using our workbooks in class", "to all members"),
    (P, "fr", "Destinataires : Salle des Profs (tous les ambassadeurs)\nObjet : calendrier des salons académiques", "email header to all ambassadors"),
    (P, "fr", "[PUBLIC] Charte des ambassadeurs Margelle\nversion enseignants 2026", "bracketed public tag"),

    (I, "fr", "L'Ensemble — groupe d'ambassadeurs en co-création, manuel de maths 5e\nDocuments de travail, réservés aux membres de L'Ensemble", "co-creation group members only"),
    (I, "fr", "Bêta e-manuel — testeurs sous NDA\nNotes de version 0.9, ne pas partager avec la Salle des Profs", "NDA testers"),
    (I, "fr", "Réservé aux Profs Référents\nInvitation des ambassadeurs au séminaire éditorial de juillet", "reserved to a level"),
    (I, "fr", "Comité de lecture des ambassadeurs — diffusion limitée aux membres\nGrille d'évaluation des manuscrits", "committee members"),
    (I, "fr", "Destinataires : ambassadeurs de l'académie de Rennes\nRéunion locale du 12 mars — convocation", "regional group"),
    (I, "fr", "Document interne — équipe marketing Margelle\nCibles de sollicitation des ambassadeurs par discipline", "staff internal document"),
    (I, "en", "Profs Relais only — internal\nHow to log your classroom visits as a Margelle ambassador", "level only"),
    (I, "fr", "Interne — ne pas diffuser\nRemarques de l'équipe sur la charge des ambassadeurs Profs Référents", "internal, do not distribute"),

    (C, "fr", "CONFIDENTIEL — Comité exécutif\nImpact du Club Margelle sur les adoptions de manuels", "confidential, executive committee"),
    (C, "fr", "Confidentiel — B. Lamy, direction juridique\nConflit d'intérêts : ambassadeurs prescripteurs et marchés publics", "confidential, named director and legal"),
    (C, "fr", "Classification : Confidentiel – Direction\nBudget ambassadeurs 2027 et arbitrages", "classification line, management"),
    (C, "en", "CONFIDENTIAL — Executive committee\nAmbassador compensation benchmark vs. competitors", "confidential, executive committee"),
    (C, "fr", "Note confidentielle à l'attention de Bertrand Lamy\nDépart d'un ambassadeur Prof Référent vers un éditeur concurrent", "confidential note to named director"),
    (C, "fr", "CONFIDENTIEL DIRECTION — NE PAS TRANSFÉRER\nListe nominative des ambassadeurs par établissement et chiffre d'affaires", "caps confidential, management"),

    (N, "fr", "Guide de l'ambassadeur Margelle\nmis à jour en septembre 2026", "title and update"),
    (N, "fr", "Les points et niveaux de la Salle des Profs", "title only"),
    (N, "fr", "Atelier ACTION — thèmes de contenu pour les ambassadeurs\nversion de travail, 4 juin", "workshop title, working version"),
    (N, "fr", "Bilan du Club Margelle 2025-2026\npar Sophie Garnier, responsable du programme", "title and author"),
    (N, "fr", "FAQ ambassadeurs — « puis-je quitter le Club quand je veux ? »\nMAJ : 10/10", "title and update line"),
    (N, "en", "Ambassador contributions log — template", "title only"),
    (N, "fr", "Salle des Profs : raison d'être et objectifs (atelier NOUS)\nversion 2", "title and version"),
    (N, "fr", "SOLLICITATIONS AMBASSADEURS — RENTRÉE 2026\nplanning prévisionnel", "caps title"),
]))

# MOB: Ferngate Mobility (power wheelchairs and mobility scooters)
ORGS.append(("MOB", [
    (P, "en", "Ramp Crew News — Issue 22\nFor every Pathfinder, everywhere", "newsletter for every Pathfinder"),
    (P, "en", "Audience: all Pathfinders (the whole Ramp Crew)\nSpring meet-ups calendar", "Audience line: all ambassadors"),
    (P, "en", "Public page — ferngate.co.uk/pathfinders\nMeet the Ramp Crew: our customer ambassadors", "public website page"),
    (P, "en", "Hey Ramp Crew! 👋\nEveryone's invited: share your favourite accessible walk", "greeting to the whole Ramp Crew"),
    (P, "en", "FREE TO SHARE — press release\nFerngate Pathfinders programme reaches 1,000 ambassadors", "press release, free to share"),
    (P, "fr", "Destinataires : tous les Pathfinders\nConditions générales du programme, édition 2026", "email header to all Pathfinders"),
    (P, "fr", "Pour toute la Ramp Crew 🇫🇷\nLe programme ambassadeurs Pathfinders arrive en France", "for the whole Ramp Crew"),
    (P, "fr", "Diffusion : tous les ambassadeurs Pathfinders\nObjet : nouvelle récompense — entretien gratuit du fauteuil", "Diffusion line: all ambassadors"),

    (I, "en", "Everyone Rides committee — members only\nMinutes, 4 March: Pathfinders' accessibility audit of the showroom", "committee members only"),
    (I, "en", "All-Terrain beta — under NDA\nField test notes for the AT-3 scooter; do not share with other Pathfinders", "NDA testers"),
    (I, "en", "Summit level Pathfinders only\nInvitation: product roadmap session with the design team", "level only"),
    (I, "en", "To: Pathfinders North-West\nRe: Manchester meet-up logistics", "regional group email header"),
    (I, "fr", "INTERNE — personnel Ferngate uniquement\nCharge de sollicitation par Pathfinder, revue T2", "staff only"),
    (I, "fr", "Ambassadeurs France — groupe pilote\nRéservé aux Pathfinders du pilote français", "pilot cohort"),
    (I, "fr", "Niveau Trail — diffusion restreinte\nPathfinders : passer au niveau Summit, ce qui compte", "level, restricted distribution"),
    (I, "fr", "Usage interne — équipe relation client\nModèles de réponse aux questions de la Ramp Crew", "staff internal use"),

    (C, "en", "CONFIDENTIAL — Board only\nPathfinders programme ROI and 2027 funding request", "confidential, board"),
    (C, "en", "Strictly confidential — Priya Chandran, legal counsel\nComplaint from a former Pathfinder: legal position", "strictly confidential, named CEO and legal"),
    (C, "fr", "Classification : CONFIDENTIEL\nDestinataires : équipe de direction\nConservation des données ambassadeurs et exposition RGPD", "classification line, executive team"),
    (C, "fr", "CONFIDENTIEL — Direction (P. Chandran)\nCoûts de lancement du programme ambassadeurs en France", "confidential, named CEO"),
    (C, "fr", "Confidentiel — cabinet de la CEO\nRevue des risques : Pathfinders Summit liés aux grands comptes NHS", "confidential, CEO's office"),
    (C, "en", "[CONFIDENTIAL][BOARD] Partnership proposal\nImpact on the Ramp Crew ambassador programme", "bracketed confidential board tags"),

    (N, "en", "The Pathfinder Handbook\nRev. 5, January 2026", "title and revision"),
    (N, "fr", "Barème des points de la Ramp Crew", "title only"),
    (N, "en", "Pathfinders: Trail and Summit levels explained", "title only"),
    (N, "fr", "Atelier JE — synthèse des besoins des ambassadeurs\nBrouillon, 21 mai", "workshop title, draft"),
    (N, "fr", "Export KPI Pathfinders\ndélai de réponse aux sollicitations, par mois", "export title"),
    (N, "fr", "Programme ambassadeurs Pathfinders — guide en français\nv1", "title and version"),
    (N, "en", "Lessons from three years of Pathfinders\nby Tom Hale, community manager", "title and author"),
    (N, "en", "SOLICITATION CALENDAR — RAMP CREW — H2 2026", "caps title"),
]))


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "cases.jsonl")
    with open(out, "w", encoding="utf-8") as f:
        for pfx, cases in ORGS:
            for n, (level, lang, head, note) in enumerate(cases, 1):
                rec = {"id": f"{pfx}-{n:02d}", "head": head, "level": level,
                       "lang": lang, "note": note}
                f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
