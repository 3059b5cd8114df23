#!/usr/bin/env python3
"""Writes the held-out markings set `markings_heldout48` (deterministic, stdlib only).

Reference date for every time condition: TODAY = 2026-12-07.
Run: python3 gen.py  -> cases.jsonl, names.json, README.md in this folder.
"""
import json
import os
import random

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4813
TODAY = "2026-12-07"

P, I, C, N = "public", "internal", "confidential", "none"


def h(text):
    return text.strip("\n")


# ---------------------------------------------------------------------------
# LCA — Lutherie Castagnet (luthier: guitars, violins, repairs; Mirecourt)
# Program « Les Complices de l'Établi »; all ambassadors = Complices.
# ---------------------------------------------------------------------------
LCA = [
    (P, "fr", h("""
# Nouveau vernis « Ambre des Vosges » — fiche pour les Complices
Statut : **v3 — validée le 28/11/2026 par Hélène Castagnet**
Diffusion : tous les Complices de l'Établi

Le vernis ambre arrive sur les modèles Mirecourt dès janvier. Voici comment le reconnaître.
"""), "validated v3, audience all Complices -> public"),
    (P, "fr", h("""
**Anciennement : usage interne — désormais ouvert à tous les Complices** (mise à jour du 2 décembre 2026)

# Calendrier des portes ouvertes de l'atelier 2027
Quatre week-ends, un par saison. Les Complices peuvent venir accompagnés.
"""), "mark changed: current mark (all Complices) wins over the old one"),
    (P, "fr", h("""
_Sous embargo jusqu'au 20 novembre 2026, puis diffusable à tous les Complices._

## La guitare « Madeleine » : histoire d'un modèle
Présentée au Salon de la lutherie le 20 novembre, la Madeleine reprend le gabarit de 1931.
"""), "embargo date passed (20/11/2026 < today) -> all Complices -> public"),
    (P, "en", h("""
# Castagnet Touring Guitar — ambassador briefing
_Was: internal draft. Now: approved for all ambassadors (v2, 1 Dec 2026)._

What's new on the Touring model: a lighter case, a slimmer neck, the same spruce top.
"""), "changed mark: now approved for all ambassadors -> public"),
    (P, "fr", h("""
Diffusable à l'ensemble des Complices à partir du 1er décembre 2026.

# Guide : entretenir son violon en hiver
Chauffage, humidité, cordes : les trois ennemis de votre instrument entre novembre et mars.
"""), "opening date 01/12/2026 already reached -> public"),
    (P, "fr", h("""
---
titre: Résultats du concours « Mon premier instrument »
diffusion: tous les complices
à partir du: 2026-12-07
auteur: Bastien Roche
---
"""), "opens to all Complices from today (2026-12-07): condition met -> public"),
    (P, "en", h("""
EMBARGOED UNTIL LAUNCH — then open to all Complices.
Launch status: done (online shop live since 16 Nov 2026).

# Castagnet String Kits — FAQ
Which gauge for which guitar, and how often to change them.
"""), "embargo until launch, and the head states the launch is done -> public"),
    (P, "fr", h("""
| Étape | État |
|---|---|
| Relecture | ✅ faite (B. Roche, 25/11) |
| Validation juridique | ✅ validée (cabinet Muller, 30/11) |
| Diffusion | Tous les Complices |

# Charte de l'ambassadeur — édition 2027
"""), "review block complete, audience all Complices -> public"),
    (I, "fr", h("""
BROUILLON — ne pas diffuser
# Programme des master-classes 2027 (v0.4)
Relire avant jeudi, merci Bastien. Il manque encore les dates de Lyon.
"""), "draft 'ne pas diffuser' (no confidential/named-people mark) -> internal"),
    (I, "fr", h("""
# Collection anniversaire : 150 ans de l'atelier
*Sous embargo jusqu'au 15 mars 2027.*

La maison fêtera ses 150 ans avec une série limitée de 150 instruments numérotés.
"""), "future embargo, no audience before it -> staff only -> internal"),
    (I, "en", h("""
Shareable with all Complices from the launch of the Mirecourt 2027 range.

# Mirecourt 2027 range — talking points
Three models, one new finish, prices unchanged.
"""), "opens 'from the launch', launch date not given -> not evidently met -> internal"),
    (I, "en", h("""
# Ambassador referral guide 2027
Status: DRAFT v2 — in legal review. Audience once approved: all Complices.
"""), "draft in legal review; 'all Complices' only once approved -> internal"),
    (I, "fr", h("""
**Version validée pour diffusion aux Complices Maîtres**

# Visite privée de la réserve de bois — 24 janvier 2027
Vingt places, départ de l'atelier à 9 h 30.
"""), "validated, but for the Complices Maîtres tier only -> internal"),
    (I, "fr", h("""
> Ancienne mention : ouvert à tous les Complices.
> Nouvelle mention (04/12/2026) : réservé à l'équipe de l'atelier.

# Tarifs de réparation 2027
"""), "changed mark: the current one is staff-only -> internal"),
    (I, "en", h("""
# Holiday gift guide — ambassador edition
Open to all ambassadors from 12/10/2026 (US office dates, month/day).
"""), "US month/day: 10 Dec 2026, still in the future -> internal"),
    (I, "fr", h("""
# Offre de rentrée des Complices
Diffusable à tous les Complices jusqu'au 30 septembre 2026 ; au-delà, usage interne uniquement.
"""), "audience window expired 30/09/2026 -> now internal"),
    (C, "fr", h("""
CONFIDENTIEL — sous embargo jusqu'au 15 mars 2027
# Rachat de l'atelier Moreau : annonce aux Complices
Ne pas transférer avant l'annonce officielle.
"""), "confidential under a future embargo; 'annonce aux Complices' is the later audience"),
    (C, "fr", h("""
# Bilan financier du programme 2026 — BROUILLON
Diffusion restreinte : Hélène Castagnet, Bastien Roche.
"""), "restricted to two named people -> confidential"),
    (C, "en", h("""
~~Internal~~ **Confidential — management only** (changed 3 Dec 2026)
# Pricing review 2027
"""), "struck-through old mark ignored; current mark confidential"),
    (C, "fr", h("""
Statut : relecture en cours — **lecture réservée au comité de direction** jusqu'à validation.
# Projet de partenariat avec le Conservatoire de Nancy
"""), "management only until a validation not yet done -> confidential"),
    (C, "en", h("""
# Project "Quarter-sawn" — new workshop site
Strictly confidential until the board decision (date TBC). Do not share outside the steering group.
"""), "strictly confidential, event date unknown -> confidential"),
    (C, "fr", h("""
**Confidentiel jusqu'au 31 janvier 2027**, puis diffusable à tous les Complices.
# Les Complices Maîtres 2027 : la liste
"""), "confidential until a future date -> confidential now"),
    (N, "fr", h("""
# Atelier « Du brouillon à la vidéo » : tourner son témoignage
Samedi 12 décembre 2026 à l'atelier de Mirecourt.
Apportez votre instrument et vos notes, même au stade de brouillon !
"""), "trap: 'brouillon' is the workshop topic, no readership mark"),
    (N, "fr", h("""
# Garantie des instruments — conditions
La garantie expire cinq ans après la date d'achat, sauf pour les cordes et les chevalets.
Version 4, mise à jour le 1er décembre 2026.
"""), "trap: version and expiry are about the warranty; no readership mark"),
    (N, "en", h("""
# Changelog — Complices points table
v1.3 — Was: 10 points per video testimonial. Now: 15 points.
v1.2 — Was: 5 points per online review. Now: 8 points.
"""), "trap: Was/Now about points, not about readership"),
    (N, "en", h("""
# The Complices' concert in Épinal — report
The concert was open to the public: 180 people came, and 22 Complices played.
"""), "trap: 'open to the public' is the concert, not this document"),
    (N, "fr", h("""
# Vos données et le programme
Nous traitons vos coordonnées de façon confidentielle et ne les cédons à personne.
Vous pouvez demander leur suppression à tout moment.
"""), "trap: privacy wording, no readership mark"),
    (N, "fr", h("""
# Nouveautés 2027 : ce qui change au 1er janvier
À partir du 1er janvier 2027, le délai de réparation standard passe à trois semaines.
"""), "trap: 'à partir du' date about repair delays"),
    (N, "en", h("""
# Tonewood shortage: what it means for your order
The import embargo on some rosewood species, in force until 2027, slows our supply.
"""), "trap: trade embargo on wood, not on this document"),
    (N, "fr", h("""
# Marque « Madeleine » : où en est le dépôt ?
Le dossier INPI est en cours de validation juridique ; réponse attendue en février 2027.
"""), "trap: legal review of a trademark filing, not of this document's release"),
]

# ---------------------------------------------------------------------------
# HEL — Héliome (residential solar installer; Toulouse)
# Program « Héliome Éclaireurs »; all ambassadors = Éclaireurs / Éclaireuses.
# ---------------------------------------------------------------------------
HEL = [
    (P, "fr", h("""
Mention de diffusion — historique
- 12/10/2026 : confidentiel (direction)
- 18/11/2026 : usage interne
- 03/12/2026 : **ouvert à tous les Éclaireurs**

# Baisse du tarif de rachat : ce que ça change pour vous
"""), "history of marks; the latest (03/12/2026) opens to all Éclaireurs"),
    (P, "en", h("""
# Héliome Battery+ — customer FAQ
v3 – approved for release to all ambassadors (legal sign-off 27 Nov 2026)
"""), "approved version for all ambassadors -> public"),
    (P, "fr", h("""
# Kit « Parlez solaire autour de vous »
Embargo levé le 1er décembre 2026 — diffusable à toutes les Éclaireuses et à tous les Éclaireurs.
"""), "embargo lifted, all Éclaireurs -> public"),
    (P, "fr", h("""
**Réservé au groupe pilote Batterie+ jusqu'au 15 novembre 2026, ouvert à tous les Éclaireurs depuis.**

# Retour d'expérience : six mois avec une batterie domestique
"""), "pilot-only period ended 15/11/2026, now all Éclaireurs -> public"),
    (P, "en", h("""
# Referral bonus 2027: how it works
Audience: all Éclaireurs · Status: final · Valid from 1 December 2026
"""), "final, all Éclaireurs -> public"),
    (P, "fr", h("""
---
statut: validé
relu_par: service juridique (02/12/2026)
diffusion: tous les éclaireurs
---
# Témoigner en vidéo : règles d'utilisation de votre image
"""), "front matter: validated, all éclaireurs -> public"),
    (P, "fr", h("""
# Communiqué : Héliome passe le cap des 10 000 toits
Embargo presse : 30 novembre 2026, 6 h. Diffusion libre ensuite, partage public bienvenu.
"""), "press embargo passed, then free/public sharing -> public"),
    (P, "en", h("""
**Was: internal. Now: all ambassadors** (since 20 Nov 2026)

# Visit our Montauban warehouse — booking guide
"""), "changed mark, now all ambassadors -> public"),
    (I, "fr", h("""
# Lancement de l'offre Héliome Flex — guide ambassadeur
Diffusable aux ambassadeurs à partir du lancement.
Date de lancement : à confirmer (T1 2027).
"""), "opens at launch, launch not yet done -> internal"),
    (I, "en", h("""
# Q1 2027 solicitation calendar
Embargoed until launch. Staff working copy.
"""), "embargoed until launch (undated), staff copy -> internal"),
    (I, "fr", h("""
Brouillon v2 — en attente de validation juridique
Destinataires prévus : tous les Éclaireurs (après validation)

# Conditions du parrainage 2027
"""), "draft awaiting legal validation; audience only after it -> internal"),
    (I, "fr", h("""
# Atelier toiture connectée — inscriptions
Ouvert aux Éclaireurs Zénith uniquement. Les autres niveaux : à partir du 1er mars 2027.
"""), "Zénith tier only until a future date -> internal"),
    (I, "fr", h("""
**Sous embargo jusqu'au 7 décembre 2026 inclus** — ensuite pour tous les Éclaireurs.
# Résultats du challenge « Un toit, un voisin »
"""), "embargo runs through today (inclusive) -> not yet open -> internal"),
    (I, "en", h("""
# Occitanie Est meetup — speaker notes
For Éclaireurs of the Occitanie Est sector only. Approved v2.
"""), "one region of ambassadors -> internal"),
    (I, "fr", h("""
# Nouveau simulateur d'économies
Mis à jour le 4 décembre 2026 · Sous embargo jusqu'au 15 mars. Diffusion ensuite à tous les Éclaireurs.
"""), "no year, but written 04/12/2026: next 15 March is 2027 -> internal"),
    (I, "fr", h("""
# Offre Toussaint des Éclaireurs
Diffusion aux Éclaireurs : du 1er au 31 octobre 2026.
"""), "ambassador window closed 31/10/2026 -> fail closed to internal"),
    (C, "fr", h("""
# Projet d'acquisition — SolaireSud
CONFIDENTIEL · Comité de direction · Embargo jusqu'à la signature
"""), "confidential, management, embargo until an undated event"),
    (C, "en", h("""
# Installer incident report — roof fire, Albi (Nov 2026)
Status: under legal review. Confidential: K. Benali, L. Vidal and legal counsel only.
"""), "confidential to named people"),
    (C, "fr", h("""
Anciennement : diffusion à tous les Éclaireurs.
Désormais : **strictement confidentiel** (décision DG du 5 décembre 2026)

# Réclamations clients 2026 : synthèse
"""), "changed mark, current is strictly confidential"),
    (C, "fr", h("""
**Diffusion restreinte — Laure Vidal et Karim Benali**
Brouillon en cours de relecture. Version destinée ensuite aux Éclaireurs Zénith.
# Nouveaux avantages Zénith 2027
"""), "now restricted to two named people (later a tier) -> confidential"),
    (C, "en", h("""
# 2027 price increase — communication plan
SECRET until 2 January 2027. After that: internal use.
"""), "secret until a future date -> confidential"),
    (C, "fr", h("""
_Confidentiel jusqu'à la publication des résultats annuels (date non fixée), puis interne._
# Chiffres clés du programme 2026
"""), "confidential until an undated event -> confidential"),
    (N, "fr", h("""
# Aides publiques 2027 : MaPrimeRénov' et prime à l'autoconsommation
Les nouveaux montants seront rendus publics au Journal officiel fin décembre.
"""), "trap: 'publics' about subsidies"),
    (N, "fr", h("""
# Vos voisins parlent de nous
Carte des 214 installations réalisées grâce aux Éclaireurs en 2026.
"""), "trap: mentions Éclaireurs, no readership mark"),
    (N, "en", h("""
# Panel warranty: expiry dates explained
Your inverter warranty expires after 10 years; the panels after 25.
Draft your claim with our online form and attach the installation report.
"""), "trap: expiry and 'draft' about warranty claims"),
    (N, "fr", h("""
# Notice d'installation — onduleur HX-5
Version 2.3 (remplace la version 2.2). Document validé par le bureau d'études.
"""), "trap: validated version but no audience stated -> no readership mark"),
    (N, "fr", h("""
# Embargo sur les cellules importées : faut-il s'inquiéter ?
Plusieurs clients nous ont interrogés sur les restrictions commerciales annoncées cet automne.
"""), "trap: trade embargo is the topic"),
    (N, "en", h("""
# Meeting notes — Éclaireurs call, 2 December 2026
Attendees: 14 Éclaireurs, Laure (CM).
Agenda: Q1 launch timing, referral bonus, the warehouse visit.
"""), "trap: notes of a call with Éclaireurs, no readership mark"),
    (N, "fr", h("""
# Lancement de l'application Héliome Suivi
L'application sera disponible à partir du lancement, prévu le 12 janvier 2027.
"""), "trap: 'à partir du lancement' about the app, not the document"),
    (N, "fr", h("""
# Quiz : êtes-vous un vrai Éclaireur ?
Question 1 : que veut dire « autoconsommation collective » ?
"""), "trap: fun quiz, no readership mark"),
]

# ---------------------------------------------------------------------------
# ORS — Optique Orsel (network of independent opticians; Quimper)
# Program « Club Regard »; all ambassadors = Lynx.
# ---------------------------------------------------------------------------
ORS = [
    (P, "fr", h("""
# Collection « Marée » — présentation aux Lynx
> Statut : validée ✔ (relecture Y. Morvan 01/12, validation juridique 03/12)
> Diffusion : tous les Lynx du Club Regard
"""), "review done, all Lynx -> public"),
    (P, "en", h("""
# Eye-test week — ambassador toolkit
Was: Lynx Or only. Now: all Lynx (from 1 December 2026).
"""), "changed mark from a tier to all Lynx, date passed -> public"),
    (P, "fr", h("""
**Anciennement confidentiel — désormais ouvert à tous les ambassadeurs** (30/11/2026)

# Guide du parrainage en magasin
"""), "changed mark, now all ambassadors -> public"),
    (P, "fr", h("""
# Résultats du vote « Monture de l'année »
Sous embargo jusqu'au 5 décembre 2026 à 18 h, puis diffusable à tous les Lynx.
"""), "embargo ended 05/12/2026 -> all Lynx -> public"),
    (P, "en", h("""
# Club Regard newsletter — December 2026
Final version. For all Lynx. Embargo lifted 1 Dec.
"""), "final, all Lynx, embargo lifted -> public"),
    (P, "fr", h("""
---
version: 3 (finale)
statut: approuvée par la direction
public: tous les ambassadeurs
---
# Calendrier des ateliers « Bien voir en hiver »
"""), "front matter audience key 'public: tous les ambassadeurs' -> public"),
    (P, "fr", h("""
# Comment laisser un avis après votre visite
_Document public — partage libre._ Dernière relecture : novembre 2026.
"""), "marked public, free sharing"),
    (P, "en", h("""
# New lens coating — what to tell your friends
Shareable with all ambassadors from 2 December 2026 (the coating reached our stores that day).
"""), "opening date passed -> public"),
    (I, "fr", h("""
# Collection printemps 2027 — argumentaire
Embargo jusqu'au 1er février 2027. En attendant : équipe Club Regard uniquement.
"""), "future embargo, staff only meanwhile -> internal"),
    (I, "en", h("""
# Ambassador survey 2026 — results (DRAFT)
Status: in review. Do not circulate to Lynx until Yann signs off.
"""), "draft in review, not for Lynx until sign-off -> internal"),
    (I, "fr", h("""
# Test des loupes électroniques : protocole
Diffusion : panel Basse Vision uniquement — version validée le 2/12.
"""), "a pilot panel only -> internal"),
    (I, "fr", h("""
# Soirée Lynx à Brest
Réservé aux Lynx des magasins du Finistère. Ouverture aux autres Lynx à l'ouverture du magasin de Lorient (date à venir).
"""), "one area only; opening to all depends on an undated event -> internal"),
    (I, "en", h("""
# Referral gift catalogue 2027
Embargoed until launch (launch date: 18 January 2027). Internal until then.
"""), "embargoed until a future launch date -> internal"),
    (I, "fr", h("""
~~Diffusion : tous les Lynx~~
Diffusion : équipe magasins uniquement (retiré du Club le 6/12/2026)
# Procédure de reprise des montures
"""), "struck-through old audience; current audience is staff -> internal"),
    (I, "fr", h("""
*Document de travail — ne pas diffuser en l'état.*
# Charte du Lynx 2027 (v0.3)
"""), "working document, do not distribute -> internal"),
    (I, "fr", h("""
# Jeu-concours de Noël
Diffusable à tous les Lynx à partir du 10/12/2026.
"""), "opening date 10/12/2026 still in the future -> internal"),
    (C, "fr", h("""
# Fermeture du magasin de Morlaix
CONFIDENTIEL jusqu'à l'annonce au personnel. Ne pas évoquer avec les Lynx.
"""), "confidential until an undated event"),
    (C, "en", h("""
**Confidential — board only.** Draft 2, pending legal validation.
# Merger talks with Visiolab
"""), "confidential, board only"),
    (C, "fr", h("""
# Données de santé visuelle : audit RGPD
Diffusion restreinte à la DPO et à la présidente. Relecture juridique en cours.
"""), "restricted to two named roles -> confidential"),
    (C, "fr", h("""
Anciennement « usage interne », passé en **Confidentiel** le 2 décembre 2026.
# Commissions versées aux opticiens partenaires
"""), "changed mark, now confidential"),
    (C, "fr", h("""
# Lynx Or : évaluation individuelle 2026
Secret — lecture réservée à Yann Morvan et Anne Le Goff.
"""), "secret, named people"),
    (C, "en", h("""
# Supplier contract renewal — Essor Optics
Confidential until 31 March 2027; afterwards, open to all Lynx as a case study.
"""), "confidential until a future date"),
    (N, "fr", h("""
# Le secret médical chez votre opticien
Vos ordonnances sont confidentielles : seul votre opticien y a accès.
"""), "trap: 'secret' / 'confidentielles' about prescriptions"),
    (N, "fr", h("""
# Lunettes de prêt : durée et conditions
Le prêt expire au bout de 15 jours. Passé ce délai, une caution de 40 € est encaissée.
"""), "trap: expiry of a loan"),
    (N, "en", h("""
# Release notes — Club Regard app v3.2
Was: points shown weekly. Now: points shown live.
Approved release: 2 December 2026.
"""), "trap: app release notes, Was/Now and 'approved release' not about readership"),
    (N, "fr", h("""
# Journée de dépistage gratuite — ouverte à tous
Samedi 16 janvier 2027, dans les 12 magasins Orsel. Sans rendez-vous.
"""), "trap: 'ouverte à tous' is the screening day, not the document"),
    (N, "fr", h("""
# Avis Google : trois brouillons pour vous inspirer
Voici trois brouillons écrits par des Lynx, à réécrire avec vos propres mots.
"""), "trap: 'brouillons' are example reviews"),
    (N, "en", h("""
# Why "Lynx"?
The lynx sees six times better than we do in low light. Here is how the Club picked its name.
"""), "trap: about the name, no readership mark"),
    (N, "fr", h("""
# Relecture de vos ordonnances : comment ça marche
Nos opticiens relisent chaque ordonnance avant la validation du devis.
"""), "trap: review and validation of prescriptions"),
    (N, "fr", h("""
# Compte rendu : atelier JE du 28 novembre 2026
Participants : 11 Lynx. Synthèse provisoire, à valider lors de l'atelier ACTION.
"""), "stage only (provisional), no audience stated -> none (default applies)"),
]

# ---------------------------------------------------------------------------
# BAB — Babel & Compagnie (language school; Lyon, Grenoble, online)
# Program « Passeurs Babel »; all ambassadors = Passeurs / Passeuses.
# ---------------------------------------------------------------------------
BAB = [
    (P, "en", h("""
# Speaking Club 2027 — how to invite a friend
v3 – approved for release to all ambassadors. Reviewed by Inès B., 26/11/2026.
"""), "approved for all ambassadors -> public"),
    (P, "fr", h("""
« Anciennement confidentiel — désormais ouvert à tous les Passeurs » (màj 01/12/2026)
# Nouveaux tarifs des cours du soir
"""), "changed mark, now all Passeurs -> public"),
    (P, "en", h("""
Embargoed until 1 December 2026, 9:00 CET. After that: all Passeurs.
# Babel Summer Camps 2027 — first look
"""), "embargo date passed -> all Passeurs -> public"),
    (P, "fr", h("""
# Guide du Passeur — édition 2027
Statut : **publié** (v5) · Public : tous les Passeurs et Passeuses
"""), "published, audience all Passeurs -> public"),
    (P, "fr", h("""
# Certification DELF : nos résultats 2026
Diffusion : tous les Passeurs, à partir du 1er décembre 2026.
Relecture : faite. Validation juridique : non requise.
"""), "opening date passed, review done -> public"),
    (P, "en", h("""
**Status history:** draft (Oct) → internal review (Nov) → **released to all Passeurs, 4 Dec 2026**
# Conversation tables in Grenoble and Lyon
"""), "latest status: released to all Passeurs -> public"),
    (P, "fr", h("""
# Témoignages de Passeuses : florilège
Diffusable aux ambassadeurs à partir du lancement du nouveau site. Lancement effectué le 24 novembre 2026.
"""), "opens at launch, and the launch is stated done -> public"),
    (P, "en", h("""
# Babel podcast — episode 12 show notes
Public. Feel free to share anywhere.
"""), "marked public"),
    (I, "en", h("""
# Spring intensive — ambassador briefing
Embargoed until launch. Launch date to be announced.
"""), "embargoed until an unannounced launch -> internal"),
    (I, "fr", h("""
Version de travail — relecture pédagogique en cours.
Diffusion prévue : tous les Passeurs, après validation par Sofia.
# Programme de mentorat linguistique
"""), "planned audience after a validation not yet done -> internal"),
    (I, "fr", h("""
# Cohorte pilote Visio : consignes de la semaine 3
Pour les Passeurs de la cohorte pilote uniquement.
"""), "pilot cohort only -> internal"),
    (I, "en", h("""
Was: all Passeurs. Now: Confirmed Passeurs only (changed 5 Dec 2026).
# Guest-teacher sessions — booking rules
"""), "changed mark, now one tier only -> internal"),
    (I, "fr", h("""
# Antenne de Grenoble : plan des ateliers de janvier
Réservé aux Passeurs rattachés à Grenoble. Version validée.
"""), "one site only -> internal"),
    (I, "en", h("""
# Holiday referral push
Share with all Passeurs from 12/15/2026.
"""), "month/day date 15 Dec 2026 still in the future -> internal"),
    (I, "fr", h("""
Usage interne jusqu'au 1er janvier 2027 (embargo éditeur), puis tous les Passeurs.
# Nouveau manuel d'espagnol A2 : extraits
"""), "internal until a future date"),
    (I, "fr", h("""
# Enquête de satisfaction Passeurs
Diffusion aux Passeurs : du 1er octobre au 15 novembre 2026 (enquête close).
"""), "ambassador window closed -> fail closed to internal"),
    (C, "en", h("""
# Restructuring of the online department
CONFIDENTIAL — embargoed until the works council meeting (date TBC). Management team only.
"""), "confidential, management only"),
    (C, "fr", h("""
Confidentiel — ne pas diffuser — brouillon v1
# Évaluation des professeurs par les Passeurs
"""), "confidential draft"),
    (C, "fr", h("""
# Litige avec l'éditeur Lingua+ : note d'avocat
Validation juridique en cours. Diffusion strictement limitée à Sofia Marin.
"""), "one named person -> confidential"),
    (C, "en", h("""
~~Public~~ → **Confidential** (4 Dec 2026: contains students' names)
# Scholarship winners 2027
"""), "struck-through public, current mark confidential"),
    (C, "fr", h("""
**Confidentiel jusqu'au 20 janvier 2027** — annonce au comité de direction d'abord.
# Ouverture d'une école à Marseille
"""), "confidential until a future date"),
    (C, "fr", h("""
# Budget ambassadeurs 2027
Classification : confidentiel direction. Révisé le 3/12/2026.
"""), "classification confidential (management)"),
    (N, "en", h("""
# Writing workshop: from rough draft to final version
Bring a draft of your cover letter; we'll polish it together.
"""), "trap: drafts are the workshop topic"),
    (N, "fr", h("""
# Les faux amis anglais : « embargo », « confident », « public »
Un « confident » n'est pas un confident : en anglais, c'est quelqu'un de sûr de lui.
"""), "trap: marking words used as vocabulary"),
    (N, "fr", h("""
# Validité de vos crédits de cours
Vos crédits expirent 12 mois après l'achat. À partir du 1er janvier 2027, ils seront reportables une fois.
"""), "trap: expiry and 'à partir du' about course credits"),
    (N, "en", h("""
# Babel school calendar 2027
Closed: 24 Dec 2026 – 3 Jan 2027. Public holidays are marked in red.
"""), "trap: 'public holidays'"),
    (N, "fr", h("""
# Sortie à l'ambassade d'Espagne avec la classe B2
Mercredi 9 décembre 2026. Rendez-vous à 14 h devant l'entrée, pièce d'identité obligatoire.
"""), "trap: 'ambassade' is an embassy visit"),
    (N, "fr", h("""
# Changement de nom
Anciennement « Club des Anciens », le programme s'appelle désormais « Passeurs Babel ».
Rien ne change pour vos points.
"""), "trap: Anciennement/désormais about the program's name"),
    (N, "en", h("""
# Passeur of the month: Mariam
Mariam has brought seven friends to our evening classes since September.
"""), "trap: portrait of one Passeur, no readership mark"),
    (N, "fr", h("""
# Procès-verbal du jury DELF (modèle)
Statut : à compléter par le président du jury. Version 2026.
"""), "trap: status of a form template, no audience"),
]

# ---------------------------------------------------------------------------
# SIL — Sillon (coworking spaces; Nantes, Rennes, Angers)
# Program « Les Voisins de Sillon »; all ambassadors = Voisins / Voisines.
# ---------------------------------------------------------------------------
SIL = [
    (P, "fr", h("""
# Nouveau site Sillon Angers — ce qu'il faut savoir
Anciennement : réservé aux Voisins Fondateurs. Désormais : ouvert à tous les Voisins et Voisines (depuis le 1er décembre).
"""), "changed mark from a tier to all Voisins, already in force -> public"),
    (P, "en", h("""
Release status: ✅ approved (v4, 2 Dec 2026) — audience: every Voisin
# Guest pass rules for members
"""), "approved, every Voisin -> public"),
    (P, "fr", h("""
# Programme des afterworks de janvier
*Diffusion : tous les Voisins — à partir du 7 décembre 2026.*
"""), "opens today (07/12/2026): met -> public"),
    (P, "fr", h("""
> Relecture : ✔ Théo · Validation associés : ✔ Maëlle
> Version validée pour diffusion aux ambassadeurs
# Parrainer une entreprise : le guide
"""), "validated version for (all) ambassadors -> public"),
    (P, "en", h("""
# Sillon Rennes reopening — ambassador pack
Embargoed until launch, then shareable with all Voisins.
Launch happened on 30 November 2026: the embargo no longer applies.
"""), "launch stated done -> all Voisins -> public"),
    (P, "fr", h("""
# Charte des espaces partagés
Document public, à afficher et à partager librement.
"""), "marked public"),
    (P, "fr", h("""
**Mise à jour du 04/12/2026 : l'embargo est levé, le document est ouvert à tous les Voisins.**
# Baromètre du télétravail 2026
"""), "embargo lifted, all Voisins -> public"),
    (P, "en", h("""
---
title: Community Day 2027 — call for speakers
status: final
audience: all ambassadors (Voisins)
---
"""), "front matter: final, all ambassadors -> public"),
    (I, "fr", h("""
# Sillon Nomade — bilan du pilote
Réservé aux Voisins du pilote Sillon Nomade. Ouverture à tous les Voisins après le bilan du comité (date non fixée).
"""), "pilot group only; opening depends on an undated event -> internal"),
    (I, "fr", h("""
BROUILLON — ne pas diffuser
# Règlement du concours photo 2027
Relecture juridique : en cours (cabinet Aubry)
"""), "draft 'ne pas diffuser', legal review ongoing -> internal"),
    (I, "en", h("""
# New pricing for meeting rooms
Embargoed until 15 March 2027. Staff only until then.
"""), "future embargo, staff only -> internal"),
    (I, "fr", h("""
Diffusable aux ambassadeurs à partir du lancement de l'application Sillon Pass.
# Réserver un poste avec Sillon Pass
"""), "opens at an undated launch -> internal"),
    (I, "fr", h("""
# Comité Événements — réunion du 3 décembre
Document réservé au comité Événements et à l'équipe.
"""), "one ambassador committee plus staff -> internal"),
    (I, "en", h("""
Was: all Voisins. Now: internal only — outdated figures, under review.
# Occupancy report Q3 2026
"""), "changed mark, now internal"),
    (I, "fr", h("""
# Site de Rennes : travaux de l'hiver
Voisins du site de Rennes uniquement — version validée le 1/12/2026.
"""), "one site only -> internal"),
    (I, "fr", h("""
# Kit de bienvenue des Voisins Fondateurs
Ouvert aux Voisins Fondateurs ; aux autres Voisins à partir du 1er avril 2027.
"""), "one tier until a future date -> internal"),
    (C, "fr", h("""
# Levée de fonds 2027
CONFIDENTIEL — associés uniquement. Sous embargo jusqu'au closing.
"""), "confidential, partners only"),
    (C, "en", h("""
**Confidential until 28 February 2027.** Then internal.
# Lease renegotiation — Île de Nantes site
"""), "confidential until a future date"),
    (C, "fr", h("""
Anciennement : ouvert à tous les Voisins. Désormais : confidentiel (contient des noms d'adhérents en impayé).
# Relances de paiement — novembre 2026
"""), "changed mark, now confidential"),
    (C, "fr", h("""
# Incident de sécurité du 2 décembre : rapport
Statut : en cours de validation juridique.
Diffusion restreinte : Paul Guérin, Maëlle Guérin, Théo Lambert.
"""), "restricted to named people"),
    (C, "en", h("""
# Exit interviews with departing Voisins
Confidential — the partners and the CM only. Draft.
"""), "confidential, named roles"),
    (C, "fr", h("""
_Secret jusqu'à l'annonce officielle (date à définir)_ — ne pas transmettre, même en interne.
# Rapprochement avec le réseau Cowork'Ouest
"""), "secret until an undated event"),
    (N, "fr", h("""
# Nos voisins de palier : la boulangerie du quai
Petite présentation de nos voisins du rez-de-chaussée, qui livrent les viennoiseries du jeudi.
"""), "trap: 'voisins' in the everyday sense"),
    (N, "en", h("""
# Wi-Fi access: your password expires every 90 days
Next expiry: 1 January 2027. Change it from your member area.
"""), "trap: expiry of a password"),
    (N, "fr", h("""
# Réunion publique du quartier de la Création
Les habitants sont invités le 14 janvier 2027 à Sillon Nantes, entrée libre.
"""), "trap: 'réunion publique' is the event"),
    (N, "fr", h("""
# Salle « Confidentielle » : réservation
Notre salle insonorisée porte bien son nom : idéale pour vos appels confidentiels.
"""), "trap: a room named Confidentielle"),
    (N, "en", h("""
# Coworking trends 2027 (v2)
Draft outline below; comments welcome until Friday.
"""), "stage only (draft), no audience stated -> none (default applies)"),
    (N, "fr", h("""
# Rétrospective 2026 : les Voisins en chiffres
1 240 réservations, 86 événements, 312 nouveaux membres parrainés.
"""), "trap: figures about Voisins, no readership mark"),
    (N, "fr", h("""
# Lancement de la saison des afterworks
À partir du 8 janvier 2027, un afterwork chaque jeudi dans chaque site.
"""), "trap: 'à partir du' about afterworks"),
    (N, "en", h("""
# Meeting room booking — change log
Was: 2-hour maximum. Now: 4-hour maximum (since 1 December 2026).
"""), "trap: Was/Now about booking rules"),
]

CLIENTS = [("LCA", LCA), ("HEL", HEL), ("ORS", ORS), ("BAB", BAB), ("SIL", SIL)]

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices",
        "ambassadeur·rice·s", "ambassador", "ambassadors",
        "Complice", "Complices", "complice", "complices",
        "Complices de l'Établi", "Complices de l'Etabli",
        "Éclaireur", "Éclaireurs", "Éclaireuse", "Éclaireuses",
        "Eclaireur", "Eclaireurs", "Eclaireuse", "Eclaireuses", "éclaireurs",
        "Lynx", "Lynx du Club Regard",
        "Passeur", "Passeurs", "Passeuse", "Passeuses", "Passeur·euses",
        "Voisin", "Voisins", "Voisine", "Voisines", "Voisins de Sillon",
    ],
    "clients": [
        "Lutherie Castagnet", "Castagnet", "Les Complices de l'Établi",
        "Héliome", "Heliome", "Héliome Éclaireurs",
        "Optique Orsel", "Orsel", "Club Regard", "Club Regard Orsel",
        "Babel & Compagnie", "Babel et Compagnie", "Babel", "Passeurs Babel",
        "Sillon", "Les Voisins de Sillon",
    ],
}

README_HEAD = (
    "> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 58) from DOMAIN.md, "
    "the issue and the format only, without reading the project's code, tests or other data sets. "
    "Do not tune anything on it.\n>\n\n"
)

README_BODY = """# markings_heldout48: readership that depends on time and on a document's stage

**Flavour.** Readership markings that move: embargoes (« sous embargo jusqu'au 15 mars 2027 »,
"embargoed until launch"), drafts and versions (« BROUILLON — ne pas diffuser »,
"v3 – approved for release to all ambassadors", « version validée pour diffusion aux
ambassadeurs »), marks that open later (« diffusable aux ambassadeurs à partir du lancement »),
marks changed over time (« Anciennement confidentiel — désormais ouvert à tous les
ambassadeurs », "Was: internal. Now: all ambassadors", struck-through old marks, a history of
marks), review status blocks (relecture, validation juridique), and audience windows that have
expired. **Reference date: today is 2026-12-07**; every date in the heads is judged against it.
A measurer must run the product with that date as "today" (or accept that date-bound cases
drift). Traps (level `none`) use the same words about something else: a trade embargo, a
warranty that expires, "Was/Now" in a changelog, a workshop about drafts, a room named
« Confidentielle », « voisins » in the everyday sense, an embassy visit.

150 heads: 5 fictitious clients × 30 (8 public, 8 internal, 6 confidential, 8 none);
100 in French, 50 in English.

| Prefix | Client (sector) | Program | Ambassadors are called (ALL ambassadors) | Subgroups (→ internal) |
|---|---|---|---|---|
| LCA | Lutherie Castagnet (luthier: guitars, violins, repairs; Mirecourt) | Les Complices de l'Établi | Complices; ambassadeurs / ambassadors | Complices Maîtres (top tier) |
| HEL | Héliome (residential solar installer; Toulouse) | Héliome Éclaireurs | Éclaireurs, Éclaireuses; ambassadeurs / ambassadors | Éclaireurs Zénith (tier), groupe pilote Batterie+, secteur Occitanie Est |
| ORS | Optique Orsel (independent opticians' network; Brittany) | Club Regard | Lynx; ambassadeurs / ambassadors | Lynx Or (tier), panel Basse Vision, Lynx des magasins du Finistère |
| BAB | Babel & Compagnie (language school; Lyon, Grenoble, online) | Passeurs Babel | Passeurs, Passeuses; ambassadeurs / ambassadors | Passeurs Confirmés / Confirmed Passeurs (tier), cohorte pilote Visio, antenne de Grenoble |
| SIL | Sillon (coworking spaces; Nantes, Rennes, Angers) | Les Voisins de Sillon | Voisins, Voisines; ambassadeurs / ambassadors | Voisins Fondateurs (tier), pilote Sillon Nomade, comité Événements, site de Rennes |

`names.json` lists every name for ALL ambassadors (generic forms included) and the client and
program names.

## Leadership

Staff = the client's employees running the program: the community manager (Bastien Roche at
Castagnet, Laure Vidal at Héliome, Yann Morvan at Orsel, Inès Baptiste at Babel, Théo Lambert
at Sillon), shop or site teams, the legal department. Management = the gérante / DG /
présidente / directrice / associés, the comité de direction (CODIR), the board, a steering
group. A mark for staff (« usage interne », « équipe », "staff only") is `internal`; a mark for
management, the board, or named people (« diffusion restreinte : X, Y », "K. Benali, L. Vidal
and legal counsel only") is `confidential`, as is any « confidentiel » / "secret" mark.

## Notes on labels

The label is the readership **in force on 2026-12-07**, decided with the issue's principle:
fail closed — when a condition is not evidently met, the document stays with the narrower
audience.

1. **Dates.** A condition dated on or before today is met: « à partir du 7 décembre 2026 »
   and "from 1 December 2026" are open today. « Sous embargo jusqu'au 7 décembre 2026 inclus »
   is still in force today (HEL: internal). A date after today is not met.
2. **Events without evident completion.** "Until launch", « à partir du lancement », « jusqu'à
   la signature / l'annonce officielle / le bilan du comité », "after Sofia's validation":
   not met unless the head itself says the event happened (« Lancement effectué le 24 novembre
   2026 », "Launch status: done", "Launch happened on 30 November 2026": those are public). A
   launch with a future date ("launch date: 18 January 2027") is not met either.
3. **What applies before the opening.** If the head says (confidentiel / secret / comité de
   direction / named people), that level. If it says nothing, an embargoed or not-yet-open
   document is held by staff: `internal`. A future embargo alone (« Sous embargo jusqu'au
   15 mars 2027. ») is therefore `internal`, and `confidential` only when it also says
   confidential or restricts to management.
4. **Drafts and review blocks.** A draft or a document in review whose audience "all
   ambassadors" applies only after validation is `internal`. A version stated
   approved/validated/final/published with an all-ambassadors audience is `public`; a
   validated version for a tier, site or pilot is `internal`. « BROUILLON — ne pas diffuser »
   and « Document de travail — ne pas diffuser » (no confidential word, no named people) are
   `internal`; « Confidentiel — ne pas diffuser — brouillon » is `confidential`.
5. **A stage without an audience is not a readership mark.** "Version 2.3 validée par le bureau
   d'études", « Synthèse provisoire, à valider », "Draft outline; comments welcome": `none`
   (the client's default, internal, then applies; the effective result is closed either way).
6. **Changed marks.** The current mark wins, whichever way it moved: « Anciennement
   confidentiel — désormais ouvert à tous les ambassadeurs » and "Was: internal. Now: all
   ambassadors" are `public`; "Was: all Passeurs. Now: Confirmed Passeurs only" is `internal`;
   « Anciennement : ouvert à tous les Voisins. Désormais : confidentiel » is `confidential`. A
   struck-through mark (`~~Internal~~`) is the old one. In a dated history of marks the latest
   entry counts. This is *not* "strictest source wins": that rule is for two sources giving
   different marks at once (text vs file metadata); here one author replaced a mark.
7. **Expired openings.** An all-ambassadors window that has closed (« Diffusion aux
   Éclaireurs : du 1er au 31 octobre 2026 », « enquête close ») leaves the document with
   staff: `internal`.
8. **Ambiguous or partial dates.** « Sous embargo jusqu'au 15 mars » with no year is read from
   the head's own date (written 4 December 2026, so March 2027: internal). A US-style date is
   read month/day only where the head says so or the day exceeds 12 ("12/10/2026 (US office
   dates, month/day)" = 10 December 2026; "12/15/2026" = 15 December 2026): both still closed.
   French dd/mm elsewhere (« à partir du 10/12/2026 » = 10 December: closed).
9. **Generic names.** « tous les ambassadeurs », "all ambassadors", "every Voisin", "every
   Éclaireur" mean the whole program (`public`). « Document public, partage libre » and
   "Public. Feel free to share anywhere." are public; front matter `public: tous les
   ambassadeurs` is an audience key.
10. **Traps (`none`).** Marking words about something else: « ouverte à tous » (a screening
    day), "open to the public" (a concert), « réunion publique », "public holidays", « rendus
    publics » (subsidies), « secret médical », « confidentielles » (prescriptions, personal
    data), a room named « Confidentielle », "import embargo" on wood or solar cells, warranty
    or password expiry, « à partir du 1er janvier 2027 » for a rule change, "Was/Now" in a
    changelog, « Anciennement … désormais » for a program's renaming, legal review of a
    trademark, workshops about drafts, an embassy visit, « voisins de palier ». Heads that only
    talk about ambassadors (meeting notes, a portrait, figures) set no readership either.
"""


def main():
    rows = []
    for idx, (prefix, items) in enumerate(CLIENTS):
        items = list(items)
        rng = random.Random(SEED * 10 + idx)
        rng.shuffle(items)
        for n, (level, lang, head, note) in enumerate(items, 1):
            rows.append({"id": f"{prefix}-{n:02d}", "head": head, "level": level,
                         "lang": lang, "note": note})
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(NAMES, f, ensure_ascii=False, indent=2)
        f.write("\n")
    with open(os.path.join(HERE, "README.md"), "w", encoding="utf-8") as f:
        f.write(README_HEAD + README_BODY)
    print(f"wrote {len(rows)} cases")


if __name__ == "__main__":
    main()
