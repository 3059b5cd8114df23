#!/usr/bin/env python3
"""Deterministic generator for the blind set markings_heldout28 (stdlib only).
Heads are written as in short, informal documents: chat exports, quick notes,
first slides, spreadsheet first rows, calendar invitations, forms, meeting notes."""
import json
import random
from pathlib import Path

P, I, C, N = "public", "internal", "confidential", "none"

DATA = {}

# LUN — Lunetterie Morvan (eyewear maker, company)
DATA["LUN"] = [
    (P, "fr", "[14/03/2026 09:12] Claire (CM Morvan) : Hello tout le monde 👋 voici le récap de la tournée des salons, à faire tourner à tous les ambassadeurs du Cercle\n[14/03/2026 09:13] Claire (CM Morvan) : Récap tournée salons printemps 2026", "chat export: 'à faire tourner à tous les ambassadeurs du Cercle'"),
    (P, "fr", "Diapo 1 — Nouvelle collection « Granit » : ce qu'il faut savoir\n(deck pour l'ensemble des Regards, vous pouvez le montrer en boutique)", "first slide, parenthesis: all Regards"),
    (P, "fr", "Opticien partenaire;Ville;Horaires;Contact — liste publique (publiée sur morvan-lunettes.fr)", "spreadsheet first row: public list on website"),
    (P, "fr", "Invitation : Apéro des Regards — jeu. 23 avril 18:30-20:00 (Atelier de Saulieu)\nInvités : tous les ambassadeurs Morvan\nOrganisateur : claire.b@morvan-lunettes.fr", "calendar invite, guests: all ambassadors"),
    (P, "fr", "Note rapide — comment parrainer un ami\n👉 pour tous nos ambassadeurs, n'hésitez pas à transférer", "quick note, emoji line: all ambassadors"),
    (P, "en", "Morvan Eyewear — Factory open day, 6 June\nPoster text, can be printed and displayed anywhere 🙂", "poster, free display"),
    (P, "en", "Quick notes from the ambassador call — shared with every member of the Cercle Morvan\n12 Feb 2026", "notes shared with every program member"),
    (P, "fr", "Formulaire : proposez votre témoignage vidéo\nCe formulaire est envoyé à l'ensemble des ambassadeurs du Cercle Morvan.", "form sent to all ambassadors"),
    (I, "fr", "CR réunion panel essayeurs — 03/02\n(uniquement pour le panel, sous accord de confidentialité — merci de ne pas faire suivre)", "NDA test panel only"),
    (I, "fr", "Slide 1 : Avantages niveau Longue-vue 2026\n🔭 réservé aux ambassadeurs Longue-vue", "first slide, tier Longue-vue only"),
    (I, "fr", "[02/04/2026 17:45] Julien R. : je vous mets ici le planning atelier, c'est pour l'équipe interne uniquement hein, pas pour le Cercle\n[02/04/2026 17:46] Julien R. : Planning atelier polissage S15", "chat: internal team only, not the program"),
    (I, "en", "Invitation: Binocle tier check-in @ Tue 12 May 2026 10:00 - 10:45 (CEST)\nGuests: Binocle-level ambassadors only", "calendar invite, tier Binocle"),
    (I, "fr", "Nom;Prénom;Boutique;Nb ventes parrainées (export du 02/03 — usage interne service client)", "spreadsheet row: internal use customer service"),
    (I, "fr", "Note pour les ambassadeurs opticiens (et seulement eux) : nouvelles conditions de présentoir", "note for the opticians segment only"),
    (I, "en", "Meeting notes — Bourgogne-Franche-Comté ambassadors\nFor the BFC regional group, not the whole programme", "regional group only"),
    (I, "fr", "Questionnaire promo 2026 — à remplir par les nouveaux ambassadeurs de la promo 2026 uniquement", "form for cohort 2026 only"),
    (C, "fr", "CONFIDENTIEL — CODIR du 10/03\nNotes prises par H. Morvan, ne pas diffuser hors comité de direction", "confidential, executive committee"),
    (C, "fr", "[05/05/2026 22:03] Hélène Morvan : je vous partage le budget programme 2027, strictement confidentiel, Bastien et moi seulement pour l'instant", "chat: strictly confidential, CEO and CFO"),
    (C, "fr", "Diapo 1 — Conseil de surveillance, 18 juin 2026\nConfidentiel 🔒 membres du conseil", "first slide: confidential, supervisory board"),
    (C, "en", "Confidential – for Hélène Morvan and Bastien Roux only\nDraft pricing for ambassador renewal discounts", "confidential, named executives"),
    (C, "fr", "Invitation : Point juridique contrat ambassadeur (confidentiel)\nInvités : H. Morvan, B. Roux, cabinet Legrand Avocats", "calendar invite: confidential, legal + executives"),
    (C, "fr", "⚠️ Confidentiel direction — pistes de réorganisation de l'atelier de Saulieu", "emoji banner: confidential management"),
    (N, "fr", "Récap salon Silmo 2026 v2", "title + version only"),
    (N, "fr", "notes_vrac_reunion_0304.txt\nidées pour la prochaine collection", "file name + subject"),
    (N, "fr", "Diapo 1 — Bilan du Cercle Morvan, année 1\nClaire B., mars 2026", "first slide, program as subject, author/date"),
    (N, "fr", "Date;Ambassadeur;Type de contribution;Points;Validé par", "spreadsheet header row, ambassadors as column"),
    (N, "fr", "[11/01/2026 08:30] Claire (CM Morvan) : brouillon du mail de relance, dites-moi ce que vous en pensez", "chat: draft, no readership"),
    (N, "en", "Draft — ambassador welcome kit contents\nv0.3, CB", "draft mark, ambassadors as subject"),
    (N, "en", "Untitled spreadsheet — Sheet1\nFrame model, Colour, Stock", "untitled sheet"),
    (N, "fr", "Formulaire sans titre\nQuestion 1 : Comment avez-vous connu les lunettes Morvan ?", "untitled form"),
]

# TRI — SMICTOM du Val de Sèvre (household waste public body)
DATA["TRI"] = [
    (P, "fr", "Communiqué de presse — Le SMICTOM lance la collecte des biodéchets\n(diffusion libre, presse et site internet)", "press release, free distribution"),
    (P, "fr", "12/05/2026, 08:47 - Nadia SMICTOM: Bonjour à tous les Ambassadeurs du tri ! Voici le calendrier des stands de juin 📅\n12/05/2026, 08:47 - Nadia SMICTOM: Stands juin 2026.pdf (fichier joint)", "WhatsApp export: greeting to all ambassadors"),
    (P, "fr", "Diapo 1 : Le nouveau guide du tri 2026\n♻️ Support pour tous les Relais Zéro Déchet — à présenter lors de vos animations", "first slide, emoji line: all Relais"),
    (P, "fr", "Invitation : Formation « Compostage en pied d'immeuble »\nmer. 3 juin, 14h-16h, salle des fêtes de Mougon\nOuvert à tous les ambassadeurs du tri du programme Objectif Zéro Déchet", "calendar invite open to all ambassadors"),
    (P, "fr", "Inscription atelier réparation — formulaire public (lien sur la page Facebook du SMICTOM)", "public form"),
    (P, "fr", "Note rapide pour l'ensemble des ambassadeurs : nouveaux horaires des déchèteries à partir du 1er juillet", "quick note for all ambassadors"),
    (P, "en", "Waste sorting made simple — leaflet text\nFor the public website and town hall noticeboards", "leaflet, public website"),
    (P, "en", "Recycling centre,Address,Opening hours,Accepted waste (open data export — public)", "spreadsheet row, open data public"),
    (I, "fr", "CR réunion foyers témoins — 14/04\nà l'attention des 40 foyers témoins uniquement", "pilot households only"),
    (I, "fr", "[03/03/2026 11:20] Marc (service collecte) : je poste le tableau des tournées, c'est pour les agents, pas à diffuser aux ambassadeurs\n[03/03/2026 11:20] Marc (service collecte) : Tournées OM mars.xlsx", "chat: staff only"),
    (I, "fr", "Invitation : Commission environnement — jeudi 28 mai 18h\nInvités : membres de la commission environnement", "committee invite"),
    (I, "fr", "Diapo 1 — Référents compost : bilan du 1er trimestre\n(présentation pour les référents compost)", "first slide, subgroup compost referents"),
    (I, "en", "Quick note for North sector relays only — new collection days from 1 June", "north sector only"),
    (I, "fr", "Commune;Secteur;Référent;Tonnage (export interne services techniques)", "spreadsheet row, internal export"),
    (I, "fr", "Questionnaire secteur Sud 🌿 à remplir par les ambassadeurs du secteur Sud", "form, south sector only"),
    (I, "en", "Meeting notes — staff only\nCommunication team weekly, 9 March", "staff only"),
    (C, "fr", "CONFIDENTIEL — Bureau syndical du 21/04/2026\nDocument préparatoire, réservé aux membres du bureau", "confidential, executive bureau"),
    (C, "fr", "Note à l'attention de M. le Président Jean-Luc Aubert — confidentiel\nObjet : contentieux marché de collecte", "confidential note to the President"),
    (C, "fr", "[15/06/2026 19:02] Sandrine Pelletier (DGS) : Pour le Président et moi uniquement, c'est confidentiel : chiffrage hausse TEOM 2027", "chat: confidential, President + DGS"),
    (C, "fr", "Diapo 1 — Comité syndical, séance à huis clos\nConfidentiel, élus du comité syndical", "first slide: confidential, governing board"),
    (C, "en", "CONFIDENTIAL — legal review, for the General Director (S. Pelletier) and counsel only\nAmbassador data retention", "confidential, director + counsel"),
    (C, "fr", "Invitation : Point RH sensible (confidentiel)\nParticipants : S. Pelletier, J.-L. Aubert", "calendar: confidential, named executives"),
    (N, "fr", "Bilan annuel Objectif Zéro Déchet 2025 — version provisoire", "title + draft"),
    (N, "fr", "Compte-rendu stand marché de Celles-sur-Belle, samedi 7 mars", "title + date"),
    (N, "fr", "Nom ambassadeur;Commune;Nb animations;Heures", "spreadsheet header, ambassadors as column"),
    (N, "fr", "[20/02/2026 14:05] Nadia SMICTOM : relu le texte du flyer, 2 coquilles corrigées", "chat, no readership"),
    (N, "fr", "Diapo 1 — Pourquoi les ambassadeurs du tri décrochent ?\nAnalyse, N. Morin, février 2026", "ambassadors as subject"),
    (N, "en", "Notes - compost bin distribution\n2026-04-02", "title + date"),
    (N, "en", "DRAFT v2 — volunteer mileage allowance rules", "draft mark"),
    (N, "fr", "Formulaire — Signalement dépôt sauvage\nDate, lieu, photo", "form title + fields"),
]

# CAG — La Cagette du Marais (organic grocery cooperative)
DATA["CAG"] = [
    (P, "fr", "[08/03/2026 10:02] Maud - Cagette : coucou les Ambass' 🧺 le programme des dégustations de mars est là, c'est pour tout le monde dans le réseau\n[08/03/2026 10:02] Maud - Cagette : Dégustations_mars.pdf", "chat: for everyone in the network"),
    (P, "fr", "Affiche — Journée portes ouvertes de la Cagette, samedi 18 avril\n(à coller partout : commerces, mairie, écoles !)", "poster, display anywhere"),
    (P, "fr", "Slide 1 — Bienvenue dans le Réseau Ambass' !\npour toutes les ambassadrices et tous les ambassadeurs de la Cagette", "first slide, all ambassadors"),
    (P, "fr", "Invitation : Soirée des Ambass' — ven. 5 juin 19h\nInvité·es : tous les Ambass' (liste ambassadeurs@lacagette-marais.coop)", "calendar invite, all Ambass'"),
    (P, "fr", "Formulaire — Proposer un producteur local\n(envoyé à l'ensemble des Ambass', réponses avant le 30/04)", "form sent to all Ambass'"),
    (P, "fr", "Billet de blog : 5 astuces pour faire ses courses en vrac\npublié sur lacagette-marais.coop", "blog post"),
    (P, "en", "Hi all Ambass' 👋 English version of the spring newsletter — for everyone in the network", "newsletter for everyone in network"),
    (P, "en", "Product,Producer,Price/kg,Origin — public price list (website)", "spreadsheet row, public price list"),
    (I, "fr", "CR commission produits du 11/02\n(diffusion : membres de la commission produits)", "committee only"),
    (I, "fr", "[19/04/2026 21:15] Inès B. : pour le groupe Vrac seulement 🫙 voici les nouvelles consignes de pesée", "chat: Vrac group only"),
    (I, "fr", "Diapo 1 : Avantages Corbeille 2026\n→ uniquement pour les Ambass' niveau Corbeille", "first slide, tier only"),
    (I, "fr", "Invitation : Point binômes accueil\nmar. 14 avr. 18:30\nInvités : binômes accueil", "calendar, subgroup"),
    (I, "fr", "Salarié·e;Poste;Planning semaine 16 — usage interne équipe salariée", "spreadsheet row, staff internal"),
    (I, "en", "Meeting notes — Niort shop ambassadors\n(only for the Niort group)", "shop group only"),
    (I, "en", "Staff only: new till procedure for ambassador discount codes", "staff only"),
    (I, "fr", "Sondage niveau Panier garni : vos envies pour l'été (réservé aux Ambass' Panier garni)", "form, tier only"),
    (C, "fr", "CONFIDENTIEL — Conseil d'administration du 24 mars 2026\nOrdre du jour et annexes, réservé aux administrateurs", "confidential, board"),
    (C, "fr", "[02/05/2026 07:58] Maud Leclerc : Inès, je te mets ça ici, confidentiel entre nous deux (co-gérance) : situation de trésorerie", "chat: confidential, co-managers"),
    (C, "fr", "🔒 Confidentiel CA — projet de rachat du local de la rue Thiers", "emoji banner: confidential board"),
    (C, "en", "Strictly confidential — board members only\nSupplier dispute, legal notes", "confidential board + legal"),
    (C, "fr", "Invitation : CA extraordinaire (confidentiel)\nInvités : administrateurs, M. Leclerc, I. Batista", "calendar: confidential board"),
    (C, "fr", "Diapo 1 — Budget 2027 : scénarios\nConfidentiel, co-gérantes et bureau du CA", "first slide: confidential leadership"),
    (N, "fr", "Bilan Réseau Ambass' — 1er semestre", "title only, program as subject"),
    (N, "fr", "Liste de courses atelier cuisine 12/05", "title + date"),
    (N, "fr", "Date;Ambass';Action;Points", "spreadsheet header"),
    (N, "fr", "[10/01/2026 16:40] Maud - Cagette : v2 de la charte ambassadeur, j'ai repris vos remarques", "chat, version only"),
    (N, "fr", "Diapo 1 — Retour sur la fête des producteurs\nMaud L., 2026-06-02", "first slide, author/date"),
    (N, "fr", "Formulaire sans titre\nNom, prénom, produit préféré", "untitled form"),
    (N, "en", "notes 14/03 — ideas for ambassador badges (draft)", "draft notes, ambassadors as subject"),
    (N, "en", "Ambass' programme — FAQ (draft v1)", "title + draft"),
]

# MYC — Mycélia (mushroom-growing kits start-up)
DATA["MYC"] = [
    (P, "fr", "#annonces — 21/03/2026 10:00\nLina (Mycélia): @everyone nouveau défi photo de printemps 🍄 ouvert à tous les Sporeurs !", "Discord export: open to all Sporeurs"),
    (P, "en", "Press release — Mycélia raises €1.2M to bring oyster mushrooms to every kitchen\nFor immediate release", "press release"),
    (P, "fr", "Slide 1 — Spore Squad : le programme expliqué\n(deck pour tous les membres de la Squad)", "first slide, all Squad members"),
    (P, "en", "Invitation: Spore Squad live Q&A with the growing team\nThu 7 May, 6pm CET — Guests: all Spore Squad ambassadors", "calendar, all ambassadors"),
    (P, "fr", "Formulaire : partage ta récolte 📸 (envoyé à tous les Sporeurs et Sporeuses)", "form sent to all"),
    (P, "fr", "Article de blog — Pourquoi vos pleurotes ne poussent pas (et comment y remédier)\nmycelia.fr/blog", "blog article"),
    (P, "fr", "Kit;Prix;Rendement;Où acheter — liste publique des revendeurs", "spreadsheet row, public list"),
    (P, "fr", "Note rapide 🍄 à toute la Spore Squad : les codes parrainage changent le 1er mai", "quick note to the whole Squad"),
    (I, "fr", "Slide 1 — Kit Shiitake v3 : protocole de test\n🤫 bêta-cultivateurs sous NDA uniquement", "NDA beta growers only"),
    (I, "en", "[Slack export] #team-ops — 2026-04-08 09:31\nLina: ops team only pls, not for ambassadors — warehouse stock levels attached", "chat: ops team only"),
    (I, "fr", "Invitation : Apéro Squad Belgique 🇧🇪\nsam. 16 mai, Bruxelles — invités : Sporeurs de Belgique", "calendar, regional group"),
    (I, "fr", "Notes appel niveau Chapeau d'or (pour les membres Chapeau d'or seulement)", "tier only"),
    (I, "fr", "Questionnaire promo 2025 : ton premier anniversaire dans la Squad 🎂 (à remplir par la promo 2025)", "cohort only"),
    (I, "fr", "SKU;Lot;Date inoculation;Contaminations (export interne labo)", "spreadsheet row, internal lab"),
    (I, "en", "Meeting notes — Mycélium level perks review\nAudience: Mycélium-tier ambassadors", "tier only"),
    (I, "fr", "Réservé à l'équipe Mycélia (salariés) : process d'envoi des kits cadeaux", "staff only"),
    (C, "en", "CONFIDENTIAL — Board deck Q2 2026\nFor board members and investors only", "confidential board"),
    (C, "fr", "[30/05/2026 23:12] Théo Garnier : Lina, strictement confidentiel, juste toi et moi : term sheet série A", "chat: strictly confidential, founders"),
    (C, "fr", "Invitation : Board meeting (confidentiel)\nInvités : T. Garnier, L. Okafor, administrateurs", "calendar: confidential board"),
    (C, "fr", "Confidentiel — note juridique pour Théo Garnier (CEO)\nlitige marque « Spore »", "confidential legal, CEO"),
    (C, "fr", "Diapo 1 — Plan de réduction des coûts\nCONFIDENTIEL · fondateurs uniquement", "first slide: confidential founders"),
    (C, "fr", "Confidentiel CEO/COO — Salaire;Poste;Prime (export RH)", "spreadsheet row: confidential CEO/COO"),
    (N, "fr", "Idées contenu TikTok juin", "title only"),
    (N, "en", "Spore Squad retro — what worked in Q1\nTG, 2026-04-02", "program as subject, author/date"),
    (N, "fr", "Sporeur;Ville;Kits achetés;Parrainages;Points", "spreadsheet header"),
    (N, "fr", "[12/02/2026 15:20] Lina (Mycélia) : j'ai fini le brouillon du guide de culture, relecture bienvenue", "chat, draft"),
    (N, "fr", "Slide 1 — Culture de champignons 101\nv4 (brouillon)", "first slide, version/draft"),
    (N, "en", "Untitled form\nName / Email / Favourite mushroom", "untitled form"),
    (N, "fr", "brouillon_mail_relance_sporeurs_v3.docx", "file name only"),
    (N, "fr", "Notes réunion 18/03 — packaging compostable", "title + date"),
]

# TRE — Festival des Tréteaux du Quercy (amateur theatre festival association)
DATA["TRE"] = [
    (P, "fr", "[22/05/2026 20:14] Odile (Tréteaux) : 🎭 Pour tous les Complices : la programmation 2026 est en ligne, partagez sans modération !", "chat: for all Complices"),
    (P, "fr", "Communiqué — 28e Festival des Tréteaux du Quercy, du 10 au 19 juillet\nDiffusion libre", "press release, free distribution"),
    (P, "fr", "Diapo 1 — Devenir Complice du festival, mode d'emploi\n(présentation ouverte à tous les Complices et à leurs amis)", "first slide open to all Complices"),
    (P, "fr", "Invitation : Répétition publique + pique-nique des Complices\ndim. 28 juin, théâtre de verdure de Figeac\nInvités : l'ensemble des Complices des Tréteaux", "calendar, all Complices"),
    (P, "fr", "Formulaire — Hébergez un comédien cet été ? 🏡\nenvoyé à tous les Complices", "form sent to all"),
    (P, "fr", "Mot rapide à tous les Complices : merci pour les 212 avis laissés en ligne !", "quick note to all"),
    (P, "en", "Programme 2026 — English summary for the festival website", "website page"),
    (P, "en", "Quick note to every Complice in the programme: volunteer T-shirts are ready for pick-up", "quick note to every Complice"),
    (I, "fr", "CR commission programmation du 04/02\n(pour les membres de la commission, pas de diffusion au-delà)", "committee only"),
    (I, "fr", "[11/06/2026 09:03] Karim (régie) : planning montage, uniquement pour les Complices niveau Régisseur svp", "chat: tier only"),
    (I, "fr", "Diapo 1 — Avantages Premier rôle 2026\n⭐ réservé aux Complices Premier rôle", "first slide, tier only"),
    (I, "fr", "Invitation : Réunion bénévoles hébergement\nmar. 2 juin 20h — invités : équipe hébergement", "calendar, subgroup"),
    (I, "fr", "Nom;Tél;Chambre dispo;Dates — fichier interne équipe hébergement", "spreadsheet row, internal team"),
    (I, "en", "Meeting notes — Cahors branch\nFor Cahors-area Complices only", "regional branch only"),
    (I, "en", "Souffleur-level welcome pack (Souffleur members only)", "tier only"),
    (I, "fr", "Questionnaire salariés et permanents du festival — usage interne", "form, staff internal"),
    (C, "fr", "CONFIDENTIEL — Conseil d'administration du 15/01/2026\nréservé aux administrateurs", "confidential board"),
    (C, "fr", "[03/03/2026 22:47] Odile Ferrand : Paul, confidentiel, bureau seulement : le déficit 2025 est plus gros que prévu", "chat: confidential, bureau"),
    (C, "fr", "Note confidentielle à l'attention de la présidente, Odile Ferrand\nObjet : plainte d'un bénévole", "confidential to the president"),
    (C, "en", "Confidential — Board only\nSponsorship negotiation with Quercy Énergies", "confidential board"),
    (C, "fr", "Invitation : Bureau restreint (confidentiel)\nInvités : O. Ferrand, P. Vidal (trésorier), avocat de l'association", "calendar: confidential bureau + lawyer"),
    (C, "fr", "Diapo 1 — Avenir du festival après 2027\n🔒 Confidentiel · bureau et CA", "first slide: confidential board"),
    (N, "fr", "Programme provisoire 2026 v5", "title + version"),
    (N, "fr", "Notes en vrac après la réunion du 12/03", "title + date"),
    (N, "fr", "Complice;Ville;Heures bénévoles;Points;Niveau", "spreadsheet header"),
    (N, "fr", "[14/04/2026 18:22] Odile (Tréteaux) : voilà le texte pour l'affiche, dites-moi si ça vous va", "chat, no readership"),
    (N, "fr", "Diapo 1 — Les Complices en chiffres\nbilan 2025, O.F.", "Complices as subject"),
    (N, "fr", "Formulaire sans titre\nPrénom, spectacle préféré, commentaire", "untitled form"),
    (N, "en", "Draft — thank-you letter to sponsors", "draft mark"),
    (N, "en", "tech rider_v2 — main stage", "file name + version"),
]


def main():
    out = Path(__file__).resolve().parent / "cases.jsonl"
    rows = []
    for prefix in ["LUN", "TRI", "CAG", "MYC", "TRE"]:
        items = list(DATA[prefix])
        random.Random("markings_heldout28:" + prefix).shuffle(items)
        for k, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": f"{prefix}-{k:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    with out.open("w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"wrote {len(rows)} cases to {out.name}")


if __name__ == "__main__":
    main()
