#!/usr/bin/env python3
"""Writes cases.jsonl and names.json for markings_heldout38 (deterministic)."""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
P, I, C, N = "public", "internal", "confidential", "none"

# (level, lang, head, note) -- ids are given after a seeded shuffle per organisation.
ORGS = {}

ORGS["GLA"] = [
    (P, "fr", "---\ntitre: Calendrier des dégustations été 2027\nauteur: Maëlle (communauté)\naudience: tous les Sorbetiers\n---\n# Calendrier des dégustations",
     "YAML audience: all Sorbetiers = every ambassador"),
    (P, "fr", "# 🍦 Pour tous les Sorbetiers, niveaux Vanille, Pistache et Cassis\nLes nouveaux parfums de la saison arrivent dans les kiosques le 15 mai !",
     "heading with icon names all three levels = all ambassadors"),
    (P, "fr", "~~Confidentiel~~ → public depuis le 1er mars\n\n# Recette du sorbet fraise-basilic (version maison)",
     "struck-through Confidentiel corrected to public"),
    (P, "fr", "| Propriété | Valeur |\n|---|---|\n| Auteur | Loïc |\n| Diffusion | Libre, à partager avec les Sorbetiers et leurs proches |\n| Version | 3 |",
     "property table Diffusion: libre, all Sorbetiers"),
    (P, "en", "Staff and all Sorbetiers - feel free to forward.\n\nSummer kiosk opening hours 2027",
     "two audiences, one of them all ambassadors: public"),
    (P, "fr", "Embargo levé le 2 avril : ce communiqué peut désormais être partagé librement.\n\n# La Glacerie Bréhat ouvre un deuxième atelier à Lannion",
     "condition already met (embargo lifted), now shareable freely"),
    (P, "fr", "<!-- diffusion : publique, validé par Maëlle le 12/05 -->\n# FAQ Sorbetiers : comment gagner des points",
     "HTML comment marks public"),
    (P, "fr", "![diffusion](https://img.shields.io/badge/diffusion-publique-green)\n\n# Kit réseaux sociaux - visuels de l'été",
     "badge line diffusion publique"),

    (I, "fr", "Pour l'équipe marketing et les ambassadeurs niveau Cassis\n\n# Avant-première : le parfum caramel au sarrasin",
     "staff + one level (Cassis) = narrower than all ambassadors"),
    (I, "fr", "Public, sauf la partie « tarifs revendeurs » (interne, ne pas transférer)\n\n# Catalogue automne 2027",
     "exception: holds an internal part, strictest wins"),
    (I, "fr", "A partager avec les Sorbetiers une fois validé par Maëlle.\n\n# Programme du week-end des 20 ans (projet)",
     "conditional share ('une fois validé'), not validated yet: staff only for now"),
    (I, "fr", "---\nvisibility: internal\nowner: équipe communauté\nupdated: 2027-03-02\n---\n# Suivi des sollicitations Q2",
     "YAML visibility: internal"),
    (I, "en", "Drive > Community > Internal > panel-feedback.md\n\n# Tasting panel - session 4 notes",
     "breadcrumb through an Internal folder; tasting panel is a subgroup"),
    (I, "fr", "Réservé aux sorbetiers ayant signé la charte photo 📸\n\n# Consignes pour les photos en atelier",
     "readers defined by an act (optional photo charter): subgroup"),
    (I, "en", "Confidential - community team only\n\n# Ambassador workload tracker, June",
     "confidential addressed to a team, not leadership: internal"),
    (I, "fr", "Classification : ☐ Public ☒ Interne ☐ Confidentiel\nRédacteur : Yann\n\n# Procédure d'envoi des box dégustation",
     "template with Interne ticked"),

    (C, "fr", "## 🔒 Confidentiel — CODIR\n\nProjet de rachat de la crèmerie Kerlouan",
     "heading with lock icon, confidential for CODIR"),
    (C, "fr", "Drive > Direction > Confidentiel > budget-2028.xlsx (export)\n\n# Budget prévisionnel 2028",
     "breadcrumb Direction > Confidentiel"),
    (C, "fr", "---\naudience: tous les Sorbetiers\n---\n<!-- ATTENTION : strictement confidentiel, fondateurs uniquement, ne pas publier -->\n# Négociation du bail du kiosque de Perros",
     "YAML says all Sorbetiers but HTML comment says strictly confidential founders: strictest wins"),
    (C, "fr", "Partage libre, sauf l'annexe 2 (confidentiel - direction générale)\n\n# Bilan de la saison 2026",
     "exception holds leadership-confidential annex"),
    (C, "en", "STRICTLY CONFIDENTIAL - personal data\nRe: Sorbetier Gwenaëlle Tanguy, complaint and medical certificate\nFor the managing director and legal only",
     "personal data of a named person, leadership readers"),
    (C, "fr", "Ce document n'est plus interne : il est désormais strictement confidentiel (CODIR uniquement).\n\n# Réorganisation de l'atelier de Paimpol",
     "correction upward: internal -> strictly confidential CODIR"),

    (N, "fr", "---\nauteur: Maëlle Riou\nversion: 1.4\ntags: [été, kiosques, planning]\n---\n# Planning des kiosques",
     "front matter holds only author, version, tags"),
    (N, "fr", "Diffusion : [à compléter]\nRédacteur : Yann\nDate : 04/03/2027\n\n# Compte rendu de la réunion fournisseurs lait",
     "template Diffusion left blank"),
    (N, "fr", "# Politique de confidentialité du programme Sorbetiers\n\nCette politique explique quelles données nous collectons quand vous rejoignez le programme.",
     "look-alike: 'confidentialité' is the topic (privacy policy), no mark"),
    (N, "fr", "Public cible : familles avec enfants de 4 à 10 ans\nCanal : Instagram + affichage kiosques\n\n# Brief campagne « Goûter glacé »",
     "'Public cible' is a marketing target, not a readership"),
    (N, "en", "| Field | Value |\n|---|---|\n| Author | Loïc Le Goff |\n| Last reviewed | 2027-01-09 |\n| Tags | pricing, suppliers |\n# Milk supplier comparison",
     "property table with author/date/tags only; sensitive content is not a mark"),
    (N, "fr", "<!-- TODO : vérifier les chiffres de juin avant envoi -->\n# Chiffres de fréquentation des kiosques",
     "HTML comment is a to-do, not a mark"),
    (N, "fr", "Accueil > Ressources > Recettes > sorbet-citron.md\n\n# Sorbet citron-thym",
     "breadcrumb without readership words"),
    (N, "fr", "# 🍋 Nouveautés de la saison\nAuteur : la Direction marketing\nv2 - relu par Anne",
     "author is leadership; not a readership mark"),
]

ORGS["JEU"] = [
    (P, "fr", "Diffusion : tous les Meeples (et vous pouvez transférer à vos groupes de jeu !)\n\n# Règles officielles de « Marée Haute » - errata v1.2",
     "all Meeples, forwardable"),
    (P, "fr", "---\ntitle: Programme Festival Dé Mousse\ndiffusion: libre\nauteur: Théo\n---",
     "YAML diffusion: libre"),
    (P, "en", "Shareable with anyone on the program.\n\n# How Meeples points work (2027 update)",
     "'anyone on the program' = all ambassadors"),
    (P, "fr", "Statut : ~~Interne~~ Public (annonce faite au salon de Cannes le 24/02)\n\n# Sortie de l'extension « Abysses »",
     "struck-through Interne corrected to Public"),
    (P, "fr", "Pour l'équipe et tous les Meeples, quel que soit le niveau\n\n# Calendrier des soirées jeux du printemps",
     "staff + all ambassadors: public"),
    (P, "fr", "# 📣 A partager sans modération\nTutoriel vidéo de « Marée Haute » : le lien est public.",
     "icon heading 'à partager'"),
    (P, "fr", "Mise à jour du 15/03 : le document n'est plus réservé au niveau Grand Maître, il est ouvert à tous les Meeples.\n\n# Coulisses de la création d'« Abysses »",
     "former tier restriction lifted, now all Meeples"),
    (P, "fr", "| Champ | Valeur |\n|---|---|\n| Visibilité | Publique |\n| Responsable | Théo Marchand |\n\n# Guide pour animer une partie découverte en boutique",
     "property table Visibilité: Publique"),

    (I, "fr", "Réservé aux Meeples ayant participé à la journée de Lyon du 8 fevrier\n\n# Photos et contacts de la journée",
     "readers defined by attendance: subgroup"),
    (I, "en", "For anyone on the Score app beta - please don't share outside the beta group.\n\n# Known issues, build 0.9.3",
     "'anyone on the beta' = beta testers subgroup"),
    (I, "fr", "Pour les Stratèges et Grands Maîtres (pas les Explorateurs pour l'instant)\n\n# Prototype « Colonies » : règles v0.4",
     "two of three levels: narrower than all"),
    (I, "fr", "Diffusion : après le lancement du 12 mars uniquement - d'ici là, équipe interne.\n\n# Communiqué de lancement « Abysses »",
     "embargo: staff until the launch"),
    (I, "en", "<!-- internal use: do not paste into the Discord -->\n# Call script to recruit playtesters",
     "HTML comment internal use"),
    (I, "fr", "![interne](https://img.shields.io/badge/usage-interne-orange)\n# Grille de points - proposition de révision",
     "badge usage interne"),
    (I, "fr", "Confidentiel — comité des Meeples\n\nOrdre du jour de la réunion du 3 avril",
     "confidential for an ambassador committee: internal"),
    (I, "fr", "Tout public, sauf le tableau des remises boutiques en fin de document (équipe commerciale uniquement).\n\n# Présentation de la gamme 2027",
     "exception holds a staff-only table"),

    (C, "fr", "---\nvisibility: public\nclassification: confidentiel direction\n---\n# Prévisions de ventes et marge par titre",
     "two YAML keys disagree; confidential direction wins"),
    (C, "fr", "# 🔐 Secret - associés fondateurs uniquement\nOffre de rachat reçue de Ludikorp",
     "secret, founders only"),
    (C, "en", "Board only. Strictly confidential.\n\n# Option agreement with the Marée Haute author - draft terms",
     "strictly confidential, board"),
    (C, "fr", "Partageable avec les Meeples après accord de la direction. ~~Public~~ Finalement : strictement confidentiel, CODIR seulement (décision du 2/05).\n\n# Litige avec l'imprimeur",
     "a condition (after direction approval) then a struck-through Public and a final decision: strictly confidential CODIR"),
    (C, "fr", "Dossier : Drive > Direction générale > 🔒 Confidentiel > Juridique\n\n# Contrefaçon de « Marée Haute » : mise en demeure",
     "path through Direction générale > Confidentiel"),
    (C, "fr", "Strictement confidentiel - données personnelles\nMeeple concerné : Bastien Roux (Grand Maître), signalement de harcèlement\nDestinataires : directrice générale, service juridique",
     "personal data of a named person, leadership + legal"),

    (N, "fr", "---\nauteur: Théo Marchand\ndate: 2027-01-20\ntags: [prototype, confidentialité, NDA]\n---\n# Accord de confidentialité type pour les playtesteurs",
     "tag and title say 'confidentialité' (an NDA template) but no readership mark"),
    (N, "fr", "Classification : ☐ Public ☐ Interne ☐ Confidentiel\nAuteur : Inès\n\n# Retours boutiques - janvier",
     "template with nothing ticked"),
    (N, "en", "Target audience: families with kids 8+, casual gamers\nBudget: 4k€\n\n# Social ads brief - Marée Haute",
     "'target audience' is a marketing target"),
    (N, "fr", "# Compte rendu - réunion éditoriale du 14/01\nPrésents : Inès, Théo, Karim (direction)\nRédigé par Karim",
     "attendees include direction; not a mark"),
    (N, "fr", "Jeux > Marée Haute > Règles > FAQ.md\n\n# FAQ des règles",
     "breadcrumb without readership words"),
    (N, "fr", "<!-- modèle : ne pas supprimer les titres -->\n# Fiche sollicitation\nObjet :\nÉchéance :",
     "HTML comment about the template; no mark"),
    (N, "fr", "| Auteur | Inès Caradec |\n|---|---|\n| Dernière mise à jour | 02/03/2027 |\n| Mots-clés | Meeples, points, barème |\n\nVoici la nouvelle façon de compter les points...",
     "'Meeples' is a keyword, not an audience"),
    (N, "fr", "Les Meeples du niveau Stratège ont proposé 14 idées ce trimestre.\nVoici la synthèse par thème.",
     "a subgroup is the subject, not the readership"),
]

ORGS["CAB"] = [
    (P, "fr", "**Visibilité : tous les Écureuils** (Bourgeon, Branche et Canopée)\n\n# Les nouvelles cabanes 2027",
     "all Écureuils, all three levels"),
    (P, "fr", "---\ndiffusion: publique\nmaj: 2027-04-02\nauteur: Clémence\n---\n# Guide du parrainage",
     "YAML diffusion: publique"),
    (P, "en", "No longer confidential (as of 1 June): shared with all Écureuils.\n\n# Heron treehouse: how we built it",
     "negated mark; final word is all Écureuils"),
    (P, "fr", "Niveau de diffusion : Public ✅\n\n# Charte de l'ambassadeur Écureuil",
     "diffusion Public"),
    (P, "fr", "Pour les salariés et l'ensemble des Écureuils\n\n# Vidéo de présentation du programme : script final",
     "staff + all ambassadors: public"),
    (P, "fr", "Accueil > Espace Écureuils > Partagé avec tous > guide-photo.md\n\n# Bien photographier votre séjour",
     "breadcrumb through a 'shared with all' folder of the ambassador space"),
    (P, "fr", "<!-- Diffusion : libre. Relu par la direction, OK pour publication. -->\n# Témoignages de l'été - sélection",
     "HTML comment diffusion libre; 'direction' only as reviewer"),
    (P, "en", "![public](https://img.shields.io/badge/audience-all%20ambassadors-brightgreen)\n# Booking perks for Écureuils",
     "badge audience: all ambassadors"),

    (I, "fr", "Pour l'équipe réservation et les Écureuils niveau Canopée\n\n# Accès anticipé aux dates de la saison 2028",
     "staff + one level"),
    (I, "fr", "Réservé aux Écureuils ayant séjourné dans la cabane Héron (phase de test)\n\n# Questionnaire retour d'expérience",
     "readers defined by what they did: test guests"),
    (I, "fr", "---\ntitre: Retours du comité\naudience: comité des Écureuils\nauteur: Clémence\n---",
     "YAML audience: ambassador committee"),
    (I, "fr", "À diffuser aux Écureuils après accord de la direction - pour l'instant équipe communauté seulement.\n\n# Nouvelles récompenses niveau Branche",
     "conditional share pending approval: staff for now"),
    (I, "fr", "Diffusion : ~~Publique~~ Interne (erreur corrigée le 3/04, les prix ne sont pas définitifs)\n\n# Grille tarifaire 2028 (projet)",
     "corrected downward to Interne"),
    (I, "fr", "| Propriété | Valeur |\n|---|---|\n| Public | Écureuils du Sud-Ouest |\n| Lieu | Sarlat |\n\n# Rencontre régionale du 17 mai",
     "in this property table the key 'Public' means the audience, and its value is a local chapter: internal (contrast with 'Public cible' traps)"),
    (I, "en", "Share freely - except section 4 (staff only: partner commissions)\n\n# Partner guide: local producers",
     "exception holds a staff-only section"),
    (I, "fr", "Confidentiel équipe terrain - ne pas transmettre aux Écureuils\n\n# Check-list d'entretien des cabanes",
     "confidential for a staff team: internal"),

    (C, "fr", "Diffusion : Confidentiel - conseil de surveillance\nVersion : 2\n\n# Projet de levée de fonds série A",
     "confidential, supervisory board"),
    (C, "fr", "## ⚠️🔒 Strictement confidentiel (fondateurs)\nAccident de la cabane Chouette : rapport d'expertise",
     "icon heading, strictly confidential founders"),
    (C, "en", "---\naudience: all Écureuils\n---\n> Correction (legal, 10 May): this document is CONFIDENTIAL - executive committee only. Do not share.\n# Settlement with the landowner",
     "YAML all ambassadors, corrected to confidential exec committee: strictest/final wins"),
    (C, "fr", "Public sauf l'annexe financière (confidentiel direction)\n\n# Rapport annuel 2026",
     "exception holds a leadership-confidential annex"),
    (C, "fr", "Drive > Direction > Confidentiel > RH\n\n# Entretien annuel - gérant du site de Domme",
     "breadcrumb Direction > Confidentiel"),
    (C, "fr", "Confidentiel - données personnelles. Destinataires : direction générale et juridique.\nÉcureuil concerné : M. Hervé Lacoste, litige remboursement",
     "personal data of a named person, leadership"),

    (N, "fr", "---\nid: DOC-114\nrevision: B\ncreated: 2027-03-15\n---\n# Planning de maintenance",
     "front matter without readership keys"),
    (N, "fr", "Niveau de diffusion : [à compléter]\nRédacteur : ___\n\n# Retour sur le salon du tourisme",
     "template fields left blank"),
    (N, "fr", "# Confidentialité et données : ce que nous faisons de vos avis\n\nQuand vous laissez un avis sur une cabane, nous conservons...",
     "look-alike: topic is confidentiality"),
    (N, "en", "Owner: Clémence | Last edit: 12 Feb | Reviewers: Paul, Sami\n\n# Ideas for the winter season",
     "owner/edit/reviewers line only"),
    (N, "fr", "Les Écureuils Canopée ont été invités à tester la cabane Héron en avant-première ; voici le récap des 12 séjours.",
     "subgroup named as subject, not readers"),
    (N, "fr", "<!-- image d'en-tête : heron.jpg, 1600px -->\n# La cabane Héron en chiffres",
     "HTML comment without mark"),
    (N, "fr", "| Auteur | Version | Date |\n|---|---|---|\n| Paul | 1.1 | 05/01/2027 |\n\nChiffres de remplissage par site, hiver 2026",
     "metadata table; sensitive figures are not a mark"),
    (N, "fr", "Cible : couples 30-45 ans, CSP+, urbains\nPublic visé par la campagne : Bordeaux et Toulouse\n\n# Brief agence - campagne printemps",
     "'public visé' is a marketing target"),
]

ORGS["FOU"] = [
    (P, "fr", "# 🥖 Pour tous les membres du Club Levain\nLes recettes de la galette 2028 sont là !",
     "icon heading, all members"),
    (P, "fr", "---\naudience: membres du Club Levain (tous niveaux)\nauteur: Sophie\nversion: 2\n---\n# Le Club Levain en 10 questions",
     "YAML audience all levels"),
    (P, "fr", "Ex-confidentiel : l'annonce a été faite le 5 janvier, ce document est maintenant public.\n\n# Ouverture de la boutique de Vichy",
     "former confidential mark, now public"),
    (P, "fr", "Diffusion libre (clients, Club Levain, presse)\n\n# Dossier de presse - 30 ans du Fournil",
     "diffusion libre"),
    (P, "en", "Audience: staff and all Club Levain members\n\n# Club Levain: what's new in 2027",
     "staff + all ambassadors"),
    (P, "fr", "| Propriété | Valeur |\n|---|---|\n| Diffusion | Tous les ambassadeurs |\n| Mise à jour | 14/02/2027 |\n\n# Règlement du concours photo",
     "property table Diffusion: all ambassadors"),
    (P, "fr", "~~Usage interne~~ → à partager avec tout le Club depuis la réunion du 10/03\n\n# Barème des points 2027",
     "struck-through internal, now whole Club"),
    (P, "en", "<!-- visibility: public - ok to quote to members -->\n# Allergen guide for our breads",
     "HTML comment visibility public"),

    (I, "fr", "À l'attention de l'équipe marketing + des Épi d'Or uniquement\n\n# Avant-première : viennoiseries au sarasin",
     "staff + top level only"),
    (I, "fr", "Réservé aux membres ayant signé la charte réseaux sociaux\n\n# Visuels à publier pour la Saint-Valentin",
     "readers defined by an optional charter: subgroup"),
    (I, "fr", "Document à partager une fois validé (en attente de relecture qualité)\n\n# Fiche produit : pain des Volcans",
     "conditional share ('à partager une fois validé'), still awaiting review: not yet shared, staff only for now"),
    (I, "fr", "---\ndiffusion: restreinte\nresponsable: Karine (communauté)\n---\n# Panel des goûteurs : calendrier des séances",
     "YAML diffusion restreinte"),
    (I, "fr", "Membres ayant participé à l'atelier pétrissage du 18/01 seulement\n\n# Les recettes vues à l'atelier + contacts",
     "attendees of one workshop: subgroup"),
    (I, "en", "Public except the supplier price list at the end (purchasing team only).\n\n# Flour sourcing: our millers",
     "exception holds a staff-only part"),
    (I, "fr", "Drive > Communauté > Usage interne > sollicitations-2027.xlsx\n\n# Plan des sollicitations 2027",
     "breadcrumb through Usage interne folder"),
    (I, "fr", "**Classification : interne** (et non public comme indiqué dans la v1)\n\n# Retours des boutiques sur le programme",
     "corrected: internal, not public"),

    (C, "fr", "Confidentiel - CODIR. Ne pas diffuser.\n\n# Fermeture envisagée de la boutique de Riom",
     "confidential CODIR"),
    (C, "fr", "---\nvisibility: internal\nclassification: strictement confidentiel\ndestinataires: famille actionnaire\n---\n# Transmission du capital",
     "YAML internal + strictly confidential for shareholders' family: strictest wins"),
    (C, "fr", "Diffusion libre, SAUF les pages 6 à 9 : strictement confidentiel, direction générale.\n\n# Bilan annuel du Club Levain",
     "exception holds leadership-confidential pages"),
    (C, "en", "## 🔒 Confidential - executive committee\nNegotiation with the supermarket chain (private label)",
     "icon heading, confidential exec committee"),
    (C, "fr", "Drive > Direction > Confidentiel > Juridique > prud'hommes\n\n# Dossier M. Guillaume Fabre",
     "breadcrumb Direction > Confidentiel, named person"),
    (C, "fr", "Statut : ~~Interne~~ **Confidentiel direction** (reclassé le 22/02)\n\n# Audit hygiène boutique Clermont-Jaude",
     "corrected upward to confidential direction"),

    (N, "fr", "---\nauteur: Karine Bos\ndate: 2027-02-01\nversion: 1.0\nlangue: fr\n---",
     "front matter author/date/version/lang only"),
    (N, "fr", "Diffusion : ..........\nValidé par : ..........\n\n# Compte rendu du comité produits",
     "template fields left blank"),
    (N, "en", "Tags: recipes, levain, R&D, allergens\nAuthor: Marc (R&D)\n\n# Levain starter schedule",
     "tags and author only"),
    (N, "fr", "Public visé : étudiants et jeunes actifs\nObjectif : +15 % de fréquentation le midi\n\n# Brief formule déjeuner",
     "'public visé' is a marketing target"),
    (N, "fr", "Le niveau Épi d'Or compte 41 membres ; voici qui est passé de Croûte à Épi d'Or cette année.",
     "subgroup named as subject"),
    (N, "fr", "<!-- généré depuis le tableur livraisons.xlsx -->\n# Organisation des tournées de livraison",
     "HTML comment without mark"),
    (N, "fr", "| Rédacteur | Relecteur | Version |\n|---|---|---|\n| Sophie | Marc | 4 |\n\n# Marges par produit, boutique par boutique",
     "metadata table; sensitive content is not a mark"),
    (N, "fr", "Fournil des Quatre Vents - Service communication\nRéf. COM-2027-018 - 3 pages\n\n# Note sur les horaires d'été",
     "letterhead and reference only"),
]

ORGS["ROO"] = [
    (P, "en", "Audience: everyone in the Trailblazers program\n\n# Trailblazer handbook 2027",
     "everyone in the program"),
    (P, "en", "---\nvisibility: public\nowner: community\nreviewed: 2027-03-01\n---\n# How to record a video testimonial",
     "YAML visibility: public"),
    (P, "en", "Staff and all Trailblazers. Feel free to share.\n\n# Spring webinar series",
     "staff + all ambassadors"),
    (P, "en", "~~Confidential~~ Announced at the Family History Show on 6 March, so this is public now.\n\n# Rootline Atlas: launch FAQ",
     "struck-through Confidential, now public"),
    (P, "en", "| Property | Value |\n|---|---|\n| Audience | All Trailblazers (Seedling, Branch, Oak) |\n| Author | Priya |\n\n# Points and tiers explained",
     "property table, all three tiers"),
    (P, "en", "# 🌳 For all Trailblazers\nThanks for an amazing first year!",
     "icon heading, all Trailblazers"),
    (P, "en", "Embargo lifted 14 April: OK to share with anyone.\n\n# Press release: Rootline reaches 1 million trees",
     "condition already met"),
    (P, "en", "![audience: public](https://img.shields.io/badge/audience-public-green)\n# Referral link guide",
     "badge audience public"),

    (I, "en", "For anyone on the DNA-match beta (not the wider program yet)\n\n# Beta release notes 0.7",
     "'anyone on the beta' = beta subgroup"),
    (I, "en", "For the partnerships team and Oak-tier Trailblazers\n\n# Preview: archive partnership with county record offices",
     "staff + one tier"),
    (I, "en", "Members who attended the Glasgow day only\n\n# Slides, photos and attendee contacts",
     "readers defined by attendance"),
    (I, "en", "To be shared with all Trailblazers after the 12 March launch. Until then: staff only.\n\n# Atlas launch kit",
     "embargo: staff until launch"),
    (I, "en", "<!-- INTERNAL: ambassador scoring weights, don't publish -->\n# Scoring model v3",
     "HTML comment internal"),
    (I, "en", "Confidential - Advisory Circle\n\n# Agenda and pre-read, 22 May session",
     "confidential for an ambassador council: internal"),
    (I, "en", "Share freely except the appendix (staff only: referral conversion numbers)\n\n# Referral programme review",
     "exception holds staff-only appendix"),
    (I, "en", "Sharing: ☐ Public ☒ Internal ☐ Confidential\nPrepared by: Tom\n\n# Solicitation calendar, Q3",
     "template with Internal ticked"),

    (C, "en", "Share freely except the attached figures (confidential: board only)\n\n# Annual ambassador programme report",
     "exception holds board-confidential figures"),
    (C, "en", "## 🔒 CONFIDENTIAL — SLT only\nAcquisition approach from a DNA testing company",
     "icon heading, confidential SLT"),
    (C, "en", "Drive > Leadership > Confidential > Legal\n\n# Data breach assessment, 3 Feb incident",
     "breadcrumb Leadership > Confidential"),
    (C, "en", "---\naudience: staff\nclassification: strictly confidential (founders and board)\n---\n# Founder share vesting",
     "YAML staff + strictly confidential founders/board: strictest"),
    (C, "en", "No longer internal: reclassified STRICTLY CONFIDENTIAL by legal (exec team only) on 2 June.\n\n# Dispute with the Lothian archive",
     "corrected upward"),
    (C, "en", "Strictly confidential - personal data\nSubject: Trailblazer Fiona McLeod, account suspension and ID documents\nRecipients: COO, legal counsel",
     "personal data of a named person, leadership"),

    (N, "en", "---\nauthor: Priya Nair\nversion: 2.1\ntags: [privacy, GDPR, confidentiality]\n---\n# How we store family trees",
     "tags mention confidentiality; no mark"),
    (N, "en", "Distribution: [to be completed]\nAuthor: Tom\nDate: 03/04/2027\n\n# Notes from the churn workshop",
     "template left blank"),
    (N, "en", "# Privacy and confidentiality at Rootline\n\nYour family tree belongs to you. Here is what we keep, and why.",
     "look-alike topic"),
    (N, "en", "Target audience: retirees 60+, UK and Ireland\nChannels: Facebook, print\n\n# Q3 campaign brief",
     "marketing target audience"),
    (N, "en", "Oak-tier Trailblazers contributed 58% of the reviews this quarter; here is the breakdown by member.",
     "subgroup as subject"),
    (N, "en", "<!-- last synced from Notion 2027-02-02 -->\n# Community KPIs, January",
     "HTML comment without mark"),
    (N, "en", "| Owner | Reviewer | Version |\n|---|---|---|\n| Sam | Priya | 3 |\n\n# Churn by tier, 2026",
     "metadata table only"),
    (N, "en", "Home > Docs > Product > Atlas > roadmap.md\n\n# Atlas roadmap H2",
     "breadcrumb without readership words"),
]

NAMES = {
    "ambassadors": [
        "Sorbetiers", "les Sorbetiers", "Sorbetier", "programme Sorbetiers",
        "Meeples", "les Meeples", "communauté Meeples",
        "Écureuils", "les Écureuils", "Écureuil",
        "Club Levain", "membres du Club Levain", "tout le Club",
        "Trailblazers", "Rootline Trailblazers", "Trailblazers program", "Trailblazer",
    ],
    "clients": [
        "Glacerie Bréhat", "Bréhat",
        "Éditions Dé Mousse", "Dé Mousse",
        "Cimes & Cabanes", "Cimes",
        "Fournil des Quatre Vents", "Quatre Vents", "le Fournil",
        "Rootline",
    ],
}

README_HEAD = """> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 53) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.
>

# markings_heldout38: several audiences, exceptions, conditions and structured metadata

Issue 13, item 1: decide a document's readership level (`public` / `internal` / `confidential` / `none`) from its head (1-6 lines) alone.

## What this set tests

- **Several audiences in one head.** "staff and all ambassadors" is `public` (all ambassadors are included); "équipe marketing et ambassadeurs niveau Cassis" is `internal` (staff + one level). Naming *every* level of a program ("Vanille, Pistache et Cassis") is all ambassadors: `public`.
- **Exceptions.** "public, sauf la partie tarifs (interne)" holds restricted content, so the strictest part wins: `internal`; if the excepted part is leadership-confidential: `confidential`.
- **Conditions.** "à partager une fois validé", "after the 12 March launch", "après accord de la direction": the condition is not met in the head, so for now the document is staff-only: `internal`. A condition stated as already met ("Embargo levé le 2 avril", "Embargo lifted 14 April") counts as what it now says: `public`.
- **Readers defined by what they did or are**: "ayant signé la charte photo", "who attended the Glasgow day", "anyone on the beta" -> a subgroup: `internal`; "anyone on the program" -> `public`.
- **Structured metadata**: YAML front matter (`audience:`, `visibility:`, `diffusion:`, `classification:`), HTML comments, Markdown property tables, icon headings, badge lines, breadcrumbs / Drive paths, filled or blank templates ("Diffusion : [à compléter]" is `none`; a ticked box counts).
- **Negated or corrected marks**: "~~Confidentiel~~ -> public depuis le 1er mars" is `public`; "~~Interne~~ **Confidentiel direction**" is `confidential`. Two keys that disagree (`visibility: public` + `classification: confidentiel direction`): the strictest wins.
- **`none` traps**: metadata that says nothing about readership (author, version, date, tags, owner, reviewers, reference numbers); look-alike words ("Politique de confidentialité", tag `confidentialité`, NDA templates); marketing targets ("Public cible", "Public visé", "Target audience"); a subgroup or leadership named as subject or author, not as readers ("Auteur : la Direction marketing", "Les Meeples du niveau Stratège ont proposé..."); breadcrumbs without readership words; sensitive content without a mark.

## Counts

150 heads: 5 fictitious organisations x 30 (each: 8 public, 8 internal, 6 confidential, 8 none).
Languages: 100 fr, 50 en (ROO is English-first: 30 en; GLA, JEU, CAB, FOU: 25 fr + 5 en each).
Files: `cases.jsonl` (`id`, `head`, `level`, `lang`, `note`), `names.json`, written by `gen.py`; `validate.py` checks the format and prints `OK`.

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
| GLA | Glacerie Bréhat, "Bréhat" (artisanal ice-cream maker and kiosks, Brittany) | Les Sorbetiers (levels Vanille, Pistache, Cassis) | Sorbetiers, les Sorbetiers, Sorbetier (any case) | level Cassis (or any single level), the tasting panel, Sorbetiers who signed the optional *charte photo*; staff teams (communauté, marketing) |
| JEU | Éditions Dé Mousse, "Dé Mousse" (board-game publisher, Nantes) | Les Meeples (levels Explorateur, Stratège, Grand Maître) | Meeples, les Meeples, communauté Meeples | Stratèges + Grands Maîtres, Grand Maître level, the Score app beta, playtesters, attendees of the Lyon day (8 Feb), the *comité des Meeples* (an ambassador committee); staff teams (équipe commerciale) |
| CAB | Cimes & Cabanes, "Cimes" (treehouse holiday sites, Dordogne) | Les Écureuils (levels Bourgeon, Branche, Canopée) | Écureuils, les Écureuils | level Canopée, guests who tested the Héron treehouse, the *comité des Écureuils* (ambassador committee), Écureuils du Sud-Ouest (local chapter); staff teams (réservation, terrain, communauté) |
| FOU | Fournil des Quatre Vents, "Quatre Vents", "le Fournil" (bakery chain, Auvergne) | Club Levain (levels Mie, Croûte, Épi d'Or) | Club Levain, membres du Club Levain, tout le Club | level Épi d'Or, the *panel des goûteurs*, members who signed the optional *charte réseaux sociaux*, attendees of the 18/01 kneading workshop; staff teams (marketing, achats, qualité) |
| ROO | Rootline (family-history / genealogy SaaS, Edinburgh) | Rootline Trailblazers (tiers Seedling, Branch, Oak) | Trailblazers, Rootline Trailblazers, the Trailblazers program | Oak tier, the DNA-match beta, the Advisory Circle (an ambassador council, not leadership), attendees of the Glasgow day; staff teams (partnerships, purchasing) |

Charters: in GLA and FOU the charters named in heads (*charte photo*, *charte réseaux sociaux*) are optional, signed only by the ambassadors who post photos / social content, so "ayant signé la charte" is a subgroup.

## Leadership (→ confidential when marked confidential)

- **GLA**: direction générale / managing director, CODIR, the founders (Anne and Loïc Le Goff), legal.
- **JEU**: direction / directrice générale, CODIR, the associés fondateurs, the board, service juridique.
- **CAB**: direction / direction générale, conseil de surveillance, the founders, executive committee, juridique / legal.
- **FOU**: direction générale, CODIR, the famille actionnaire (shareholders' family), executive committee, juridique.
- **ROO**: SLT (senior leadership team) / exec team, the board, the founders, COO, legal counsel.

Not leadership: community, marketing, réservation, terrain, commerciale, partnerships, purchasing teams; ambassador committees (comité des Meeples, comité des Écureuils, Advisory Circle). "Confidentiel" addressed to them is `internal`.

## Notes on labels

Rules applied: all ambassadors -> `public`; staff or any subgroup -> `internal`; confidential for leadership, or personal data of a named person marked confidential -> `confidential`; no readership mark -> `none`. Strictest wins; a struck-through or corrected mark counts as its final word; an unmet condition means not yet shared (`internal`). A name such as "sorbetiers" may appear in lower case. Every case, by id:
"""


def main():
    rows = []
    for prefix in ["GLA", "JEU", "CAB", "FOU", "ROO"]:
        items = list(ORGS[prefix])
        random.Random("markings_heldout38-" + prefix).shuffle(items)
        for n, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level, "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    lines = [README_HEAD]
    for prefix in ["GLA", "JEU", "CAB", "FOU", "ROO"]:
        lines.append(f"\n### {prefix}\n")
        for r in rows:
            if r["id"].startswith(prefix):
                lines.append(f"- **{r['id']}** `{r['level']}` ({r['lang']}): {r['note']}.")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")
    print(f"wrote {len(rows)} cases")


if __name__ == "__main__":
    main()
