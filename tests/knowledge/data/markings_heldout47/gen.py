#!/usr/bin/env python3
"""Deterministic generator for the held-out set markings_heldout47.

Heads of e-mails, forwarded chains and meeting minutes saved as documents.
Standard library only. Writes cases.jsonl and names.json next to this file.
"""
import json
import os
import random
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
SEED = 4713

DISC_FR = ("Ce message et ses pièces jointes sont confidentiels et établis à l'intention exclusive "
           "de leurs destinataires. Si vous avez reçu ce message par erreur, merci d'en avertir "
           "immédiatement l'expéditeur et de le détruire. Toute utilisation ou diffusion non "
           "autorisée est interdite.")
DISC_EN = ("This e-mail and any attachments are confidential and intended solely for the use of the "
           "individual or entity to whom they are addressed. If you have received this e-mail in "
           "error, please notify the sender and delete it. Any unauthorised use or disclosure is "
           "prohibited.")
DISC_FR_SHORT = ("AVERTISSEMENT : ce courriel est confidentiel et destiné exclusivement à ses "
                 "destinataires. Toute publication, utilisation ou diffusion, même partielle, doit "
                 "être autorisée préalablement.")
EXT_FR = ("[EXTERNE] Attention : ce courriel provient de l'extérieur de l'organisation. Ne cliquez "
          "pas sur les liens si vous ne connaissez pas l'expéditeur.")
EXT_EN = ("CAUTION: This email originated from outside of the organization. Do not click links or "
          "open attachments unless you recognize the sender and know the content is safe.")


def h(text, **kw):
    t = textwrap.dedent(text).strip("\n")
    for k, v in kw.items():
        t = t.replace("{" + k + "}", v)
    return t


# (level, lang, head, note)
VIB = [
    # ---- public
    ("public", "fr", h("""
        De : Ophélie Garnier <ophelie.garnier@ateliervibrato.fr>
        À : vibrants@ateliervibrato.fr
        Objet : Portes ouvertes de l'atelier le 14 mars — on compte sur vous !
        Date : mar. 3 févr. 2026 à 09:12

        Bonjour à toutes et à tous,
        Comme chaque printemps, l'atelier ouvre ses portes au grand public le samedi 14 mars. On aimerait
        que quelques Vibrants viennent jouer sur les instruments d'exposition et parler de leur guitare."""),
     "To: vibrants@ = list of all Vibrants; 'grand public' is about the event"),
    ("public", "fr", h("""
        De : Cercle Vibrato <cercle@ateliervibrato.fr>
        À : vibrants@ateliervibrato.fr
        Objet : Programme des masterclasses 2026

        Bonjour à tous,
        Voici enfin les dates : réglage et entretien (avril), fingerstyle avec Lou Perrin (juin), vernis
        au tampon (octobre). Inscriptions dans l'espace membres.
        --
        {d}""", d=DISC_FR),
     "To: all-Vibrants list; the appended mail disclaimer is automatic and ignored"),
    ("public", "fr", h("""
        # Compte rendu — Rencontre annuelle du Cercle Vibrato
        Date : 17 janvier 2026, atelier de Mirecourt
        Participants : 23 Vibrants, Ophélie Garnier, Noé Lambert, Bastien Roux
        Diffusion : tous les Vibrants (liste vibrants@)

        1. Bilan 2025 : 61 témoignages, 9 concerts en boutique, 14 mises en relation."""),
     "Diffusion field = all Vibrants"),
    ("public", "fr", h("""
        De : Ophélie Garnier
        Envoyé : jeudi 5 mars 2026 17:40
        À : vibrants@ateliervibrato.fr
        Objet : TR : Offre membres cordes Delatour

        Je vous transfère l'offre de notre cordier, elle vaut pour tout le Cercle, servez-vous !
        -----Message d'origine-----
        De : Pierre Delatour <pro@cordes-delatour.fr>
        À : Ophélie Garnier
        Objet : Offre membres"""),
     "forward whose own recipients are all Vibrants; the quoted original's header is history, not a marking"),
    ("public", "en", h("""
        From: Ophélie Garnier <ophelie.garnier@ateliervibrato.fr>
        To: vibrants@ateliervibrato.fr
        Cc: equipe-cercle@ateliervibrato.fr
        Subject: Guitar show in Frankfurt — who wants to demo with us?

        Hi everyone,
        We have a small booth this year and two stools free for players from the Circle."""),
     "To: all Vibrants, Cc staff: the union includes every ambassador"),
    ("public", "fr", h("""
        À : Tous les Vibrants <vibrants@ateliervibrato.fr>
        De : Noé Lambert <noe@ateliervibrato.fr>
        Objet : En avant-première : l'« Alto Érable »

        Salut la compagnie,
        Petite exclusivité pour le Cercle : voici les premières photos du nouveau modèle. Merci de ne
        rien poster sur les réseaux avant le 1er avril, on garde ça entre nous jusque-là."""),
     "sent to all Vibrants; the embargo limits publishing outside, not which ambassadors may read"),
    ("public", "en", h("""
        Minutes — Cercle Vibrato open call, 22 April 2026
        Distribution: all Vibrants (also posted in the members' space)
        Attendees: 31 members, Ophélie, Inès

        1. The video testimonial series: 6 recorded, 4 to go.
        2. Ideas for the autumn: a repair café at the workshop."""),
     "Distribution: all Vibrants"),
    ("public", "fr", h("""
        Expéditeur : cercle@ateliervibrato.fr
        Destinataires : l'ensemble des Vibrants
        Objet : La Lettre du Cercle n°12 — spécial luthiers invités

        Au sommaire ce mois-ci : la visite de l'atelier d'archets, vos plus belles vidéos, et le
        classement des contributions du trimestre (bravo à tous, sans exception !)."""),
     "Destinataires: all Vibrants"),
    # ---- internal
    ("internal", "fr", h("""
        De : Ophélie Garnier <ophelie.garnier@ateliervibrato.fr>
        À : equipe-cercle@ateliervibrato.fr
        Objet : Planning des sollicitations T2

        Hello l'équipe,
        Je propose qu'on ne sollicite pas Karim et Sabine ce trimestre, ils ont tout porté en début
        d'année. Je mets le tableau à jour demain."""),
     "To: staff list equipe-cercle@"),
    ("internal", "fr", h("""
        De : Cercle Vibrato <cercle@ateliervibrato.fr>
        À : vibrants-scene@ateliervibrato.fr
        Objet : Session d'enregistrement au studio des Forges

        Bonjour aux Vibrants Scène,
        Le studio nous prête une journée le 9 mai pour enregistrer des démos avec vos instruments."""),
     "To: tier list Vibrants Scène (part of the ambassadors)"),
    ("internal", "fr", h("""
        De : Ophélie Garnier
        À : equipe-cercle@ateliervibrato.fr
        Objet : TR : Vos retours sur la rencontre annuelle

        Pour l'équipe seulement : ci-dessous la synthèse brute des retours, avec quelques critiques
        assez directes. À ne pas renvoyer aux Vibrants tel quel.
        -----Message d'origine-----
        De : Ophélie Garnier
        À : vibrants@ateliervibrato.fr
        Objet : Vos retours sur la rencontre annuelle"""),
     "forward to the staff list with an explicit staff-only line; quoted original header does not widen it"),
    ("internal", "en", h("""
        From: Noé Lambert <noe@ateliervibrato.fr>
        To: panel-ukulele@ateliervibrato.fr
        Subject: Ukulele panel — prototype #3 ships Monday

        Hi panel,
        The tenor prototype leaves the workshop on Monday. Please keep a playing diary for two weeks."""),
     "To: pilot group list (Panel Ukulélé)"),
    ("internal", "fr", h("""
        Compte rendu — réunion d'équipe du Cercle, 12 février
        Participants : Ophélie Garnier, Noé Lambert, Inès Moreau
        Diffusion : équipe Cercle (usage interne)

        - Charge des ambassadeurs : trois Vibrants à plus de 5 sollicitations sur 60 jours.
        - Badges : refonte repoussée à mai."""),
     "Diffusion: staff team, 'usage interne'"),
    ("internal", "fr", h("""
        De : Noé Lambert
        À : equipe-atelier@ateliervibrato.fr ; equipe-cercle@ateliervibrato.fr
        Objet : [Interne] Délais de fabrication — ce qu'on peut promettre aux Vibrants

        Pour vos réponses : 14 semaines sur les modèles Parlor, 20 sur les Jumbo. On ne communique pas
        encore la rupture d'épicéa."""),
     "[Interne] subject tag and two staff lists"),
    ("internal", "fr", h("""
        De : Ophélie Garnier
        À : vibrants-est@ateliervibrato.fr
        Objet : Apéro-bœuf à Nancy le 28 mars

        Coucou les Vibrants du Grand Est !
        Le bar Le Caveau nous réserve la salle du fond, amenez vos instruments."""),
     "To: regional list (Grand Est), part of the ambassadors"),
    ("internal", "en", h("""
        From: Inès Moreau <ines.moreau@ateliervibrato.fr>
        To: equipe-cercle@ateliervibrato.fr
        Subject: Ambassador load check — March

        Team, the dashboard shows response delays creeping up (median 6 days). Let's talk Thursday.
        --
        {d}""", d=DISC_EN),
     "To: staff list; the automatic disclaimer does not raise it"),
    # ---- confidential
    ("confidential", "fr", h("""
        De : Ophélie Garnier
        À : Bastien Roux
        Objet : Départ de Marc T. du Cercle

        Bastien,
        Marc m'a appelée hier, il quitte le programme suite au litige sur sa réparation. Je préfère
        qu'on en parle de vive voix avant de prévenir qui que ce soit."""),
     "addressed only to named people (CM to the founder)"),
    ("confidential", "fr", h("""
        De : Inès Moreau
        À : direction@ateliervibrato.fr
        Objet : [CONFIDENTIEL] Budget Cercle 2027 — hypothèses

        Ci-joint les trois scénarios. La ligne « cadeaux » baisse dans les trois."""),
     "[CONFIDENTIEL] tag and management list"),
    ("confidential", "fr", h("""
        De : Ophélie Garnier
        À : vibrants-scene@ateliervibrato.fr
        Objet : TR : Partenariat festival de Mirecourt

        Pour info, ça vous concerne directement !
        -----Message d'origine-----
        De : Bastien Roux
        À : equipe-cercle@ateliervibrato.fr
        Objet : Partenariat festival de Mirecourt
        CONFIDENTIEL — rien n'est signé, ne pas transférer en dehors de l'équipe."""),
     "forward to a tier list of an original explicitly marked CONFIDENTIEL: strictest marking wins"),
    ("confidential", "en", h("""
        Minutes — supplier pricing meeting, 3 March
        Distribution: Bastien Roux, Ophélie Garnier only
        Attendees: Bastien Roux, Ophélie Garnier, Pierre Delatour (Cordes Delatour)

        1. Member discount on strings: Delatour offers 15 %, we ask 20 %."""),
     "Distribution restricted to two named people"),
    ("confidential", "fr", h("""
        De : Sabine Ferry <sabine.ferry@orange.fr>
        À : Ophélie Garnier
        Cc : Bastien Roux
        Objet : Ma situation — merci de garder ça pour vous

        Bonjour Ophélie,
        Je préfère vous le dire directement : je vais devoir lever le pied sur le Cercle cette année."""),
     "ambassador writing to named staff only, asks to keep it private"),
    ("confidential", "en", h("""
        From: Bastien Roux
        To: Noé Lambert
        Subject: RE: Ukulele panel — contract terms with the distributor

        Strictly confidential — please don't forward, not even to the panel.
        Noé, their margin demand is 38 %, we can't go above 32."""),
     "named recipient and 'strictly confidential'"),
    # ---- none
    ("none", "fr", h("""
        Objet : Concert public du 21 juin — fête de la musique
        Date : 2 juin 2026

        Le parvis de la basilique accueillera une scène ouverte. Les « ambassadeurs de la musique » de
        la ville tiendront le stand d'accueil, l'atelier prête trois guitares."""),
     "no recipients, no marking; 'public' and 'ambassadeurs' are about a town event"),
    ("none", "fr", h("""
        De : Atelier Vibrato <contact@ateliervibrato.fr>
        À : undisclosed-recipients:;
        Objet : Relance — votre avis sur votre instrument

        Bonjour,
        Il y a six mois, vous receviez votre instrument. Deux minutes pour nous dire ce que vous en pensez ?"""),
     "recipients hidden: nothing says who the readership is"),
    ("none", "fr", h("""
        De : Ophélie Garnier
        À :
        Objet : Brouillon — idées pour le concours de reprises

        - thème « chansons de l'est » ?
        - jury : deux luthiers + un Vibrant tiré au sort
        --
        {d}""", d=DISC_FR),
     "draft with no recipient; the automatic disclaimer is not a marking"),
    ("none", "en", h("""
        Meeting notes — bridge pins supplier call
        Attendees: Noé Lambert, Ophélie Garnier, two Vibrants who build kits at home

        - Ebony pins out of stock until June.
        - Bone pins: sample pack requested."""),
     "attendees are who was there, not a readership marking; no distribution line"),
    ("none", "en", h("""
        {x}

        ---------- Forwarded message ---------
        From: École de musique de Vittel <direction@emvittel.fr>
        Date: Tue, 10 Feb 2026 at 11:02
        Subject: Partnership for our guitar class

        Dear Atelier Vibrato team, we would love to bring our students to your workshop.""", x=EXT_EN),
     "external-sender banner is automatic; forwarded block without any recipient or marking"),
    ("none", "fr", h("""
        Objet : Politique de confidentialité du site — mise à jour RGPD

        Bonjour,
        Suite à l'ajout du formulaire de réservation d'essai, la politique de confidentialité doit
        mentionner la durée de conservation des coordonnées."""),
     "'confidentialité' is the topic (privacy policy), not a marking"),
    ("none", "fr", h("""
        Modèle de mail — invitation d'un nouveau membre
        À : {prénom}.{nom}@…
        Objet : Bienvenue dans le Cercle Vibrato !

        Bonjour {prénom},
        Votre guitare a fait du chemin depuis l'atelier… et nous aimerions vous compter parmi les Vibrants."""),
     "mail template: placeholder recipient, no readership"),
    ("none", "en", h("""
        Subject: Re: internal bracing pattern on the OM model
        Date: 18 March 2026

        The scalloped X bracing gives more bass but the top moves too much under heavy strings.
        Let's try the internal tone bars 2 mm lower on the next build."""),
     "'internal' is about guitar bracing; no recipients or marking"),
]

LIN = [
    # ---- public
    ("public", "fr", h("""
        De : Samia Haddad <samia.haddad@linguacite.fr>
        À : passeurs@linguacite.fr
        Objet : Semaine des langues : on cherche 10 témoignages vidéo

        Bonjour les Passeurs et Passeuses,
        Du 20 au 26 septembre, on met en avant vos parcours. 90 secondes, filmées au téléphone, ça suffit."""),
     "To: list of all Passeurs"),
    ("public", "en", h("""
        From: Samia Haddad <samia.haddad@linguacite.fr>
        To: passeurs@linguacite.fr
        Subject: Your spring challenge is live!

        Hello everyone, this month's challenge: help one new learner in the forum each week.
        --
        {d}""", d=DISC_EN),
     "To: all Passeurs; automatic disclaimer ignored"),
    ("public", "fr", h("""
        De : Emma Caron
        À : passeurs@linguacite.fr
        Objet : TR : Linguacité dans Le Progrès !

        L'article cite deux d'entre vous, vous pouvez le partager autour de vous.
        ---------- Message transféré ---------
        De : Rédaction Le Progrès <redaction@leprogres-exemple.fr>
        Date : lun. 9 mars 2026
        Objet : Parution de l'article"""),
     "forward sent to all Passeurs, 'partager autour de vous'"),
    ("public", "fr", h("""
        # Compte rendu — Atelier JE du 12 mai
        Diffusion : l'ensemble des Passeurs et l'équipe Linguacité
        Participants : 14 Passeur·euses, Samia Haddad, Julien Marchetti

        Ce qui vous motive : rencontrer d'autres apprenants (9 sur 14), progresser en expliquant (7)."""),
     "Diffusion: all Passeurs + staff"),
    ("public", "en", h("""
        Minutes — Passeurs quarterly call (Q2)
        Distribution: all Passeurs (shared in the community space)
        Attendees: 27

        Samia presented the new points grid; questions on the mentoring badge are answered below."""),
     "Distribution: all Passeurs"),
    ("public", "fr", h("""
        De : Samia Haddad
        À : Tous les Passeurs <passeurs@linguacite.fr>
        Cc : Julien Marchetti
        Objet : Nouveaux parcours de conversation en italien et en portugais

        Vous avez été nombreux à le demander : deux parcours ouvrent en octobre."""),
     "To: all Passeurs, Cc a named staff member: the union includes everyone"),
    ("public", "fr", h("""
        De : Emma Caron
        À : passeurs@linguacite.fr
        Objet : [À partager] Kit de parrainage 2026

        Le kit (visuels, textes courts, lien de parrainage) peut circuler librement, y compris en
        dehors du programme. Adaptez les textes à votre façon, c'est plus crédible !"""),
     "To all Passeurs, freely shareable"),
    ("public", "en", h("""
        From: Samia Haddad
        To: passeurs@linguacite.fr
        Subject: Fwd: Webinar recording — learning two languages at once

        For everyone in the programme, as promised. The speaker is happy for you to pass it on.
        ---------- Forwarded message ---------
        From: Dr. Helen Ashby <h.ashby@univ-exemple.ac.uk>
        Subject: Recording link"""),
     "forward to all Passeurs; quoted original has no marking"),
    # ---- internal
    ("internal", "fr", h("""
        De : Samia Haddad
        À : equipe-communaute@linguacite.fr
        Objet : Relances des Passeurs inactifs

        Une vingtaine de Passeurs n'ont rien fait depuis janvier. Je propose un message personnel, pas
        une relance automatique. Qui prend les hispanophones ?"""),
     "To: staff list equipe-communaute@"),
    ("internal", "fr", h("""
        De : Julien Marchetti
        À : passeurs-mentors@linguacite.fr
        Objet : Réunion des Mentors — ordre du jour du 4 avril

        1. Binômes du trimestre
        2. Retours sur les séances de conversation
        3. Vos besoins de formation"""),
     "To: tier list (Mentors)"),
    ("internal", "en", h("""
        From: Samia Haddad
        To: pilote-conversation@linguacite.fr
        Subject: Conversation club pilot — week 3 feedback form

        Hi pilot group, three questions only this time. The form closes Sunday."""),
     "To: pilot group list"),
    ("internal", "fr", h("""
        CR réunion hebdo communauté / pédagogie — 18 mars
        Diffusion : équipes communauté et pédagogie — usage interne
        Présents : Samia, Julien, Emma

        Points : délai moyen de réponse aux sollicitations 4,2 j ; promotion Mentors en juin."""),
     "Diffusion: staff teams, 'usage interne'"),
    ("internal", "fr", h("""
        De : Samia Haddad
        À : equipe-communaute@linguacite.fr
        Objet : TR : Réclamation sur les points

        Pour info, interne : ne pas transmettre aux Passeurs, je lui réponds moi-même.
        -----Message d'origine-----
        De : Thomas Guérin
        À : Samia Haddad
        Objet : Réclamation sur les points"""),
     "forward to staff list with explicit internal line"),
    ("internal", "en", h("""
        From: Emma Caron
        To: passeurs-lyon@linguacite.fr
        Subject: Lyon meetup at the Croix-Rousse campus

        Hi Lyon Passeurs! Thursday 7 pm, bring a friend who is thinking of signing up."""),
     "To: regional list (Lyon), part of the ambassadors"),
    ("internal", "fr", h("""
        De : Julien Marchetti
        À : equipe-communaute@linguacite.fr ; equipe-pedagogie@linguacite.fr
        Objet : [Usage interne] Grille de points révisée — version 3

        Avant de l'annoncer aux Passeurs, relisez les paliers : je trouve le passage à Mentor trop rapide."""),
     "[Usage interne] tag and staff lists"),
    ("internal", "en", h("""
        From: Samia Haddad
        To: equipe-communaute@linguacite.fr
        Subject: Fwd: Quote for the new community platform

        Internal only: do not share with Passeurs yet, we haven't decided.
        ---------- Forwarded message ---------
        From: Sales <sales@forumtool-exemple.com>
        Subject: Your quote"""),
     "forward to staff list, 'internal only'"),
    # ---- confidential
    ("confidential", "fr", h("""
        De : Emma Caron
        À : comite-direction@linguacite.fr
        Objet : Bilan financier du programme — CONFIDENTIEL

        Coût par Passeur actif : 212 € ; ROI estimé sur les parrainages : 2,4."""),
     "management list and CONFIDENTIEL"),
    ("confidential", "fr", h("""
        De : Julien Marchetti
        À : Samia Haddad
        Cc : Laurent Vidal
        Objet : Plainte d'une Passeuse — situation délicate

        Samia, la Passeuse dont on a parlé a transmis des captures. Il faut qu'on voie ça tous les trois."""),
     "named recipients only"),
    ("confidential", "en", h("""
        From: Samia Haddad
        To: Laurent Vidal; Julien Marchetti
        Subject: Mentor stipend proposal (restricted)

        Laurent, Julien — proposal attached: 40 € per month for active Mentors, reviewed each term."""),
     "named recipients, 'restricted'"),
    ("confidential", "fr", h("""
        Compte rendu — Comité de direction du 3 juin
        Diffusion restreinte : membres du CODIR

        3. Programme Passeurs : poursuite validée, budget gelé jusqu'à la rentrée."""),
     "'Diffusion restreinte' to management"),
    ("confidential", "fr", h("""
        De : Samia Haddad
        À : passeurs-mentors@linguacite.fr
        Objet : TR : Nouveaux tarifs de rentrée

        Pour vous préparer aux questions des apprenants !
        -----Message d'origine-----
        De : Laurent Vidal
        À : equipe-communaute@linguacite.fr
        Objet : Nouveaux tarifs de rentrée
        Confidentiel — ne pas transférer avant l'annonce officielle du 1er septembre."""),
     "forward to a tier list of an original marked Confidentiel: strictest marking wins"),
    ("confidential", "en", h("""
        From: Samia Haddad
        To: Laurent Vidal
        Subject: Fwd: candidate list for the advisory board

        For your eyes only, Laurent. Two of them don't know yet that they are on it.
        ---------- Forwarded message ---------
        From: Julien Marchetti
        Subject: candidate list"""),
     "one named recipient, 'for your eyes only'"),
    # ---- none
    ("none", "fr", h("""
        Objet : Cours public gratuit samedi — découverte du coréen
        Date : 14 janvier 2026

        La médiathèque Lumière accueille un cours ouvert au public, animé par notre professeure
        Min-ji Park. 25 places."""),
     "no recipients or marking; 'public' is about the class"),
    ("none", "fr", h("""
        De : Linguacité <bonjour@linguacite.fr>
        À : undisclosed-recipients:;
        Objet : Rappel : inscriptions à la session d'été

        Plus que 10 jours pour vous inscrire aux stages intensifs de juillet."""),
     "recipients hidden: no readership information"),
    ("none", "en", h("""
        Meeting notes — placement test review
        Attendees: Julien Marchetti, Samia Haddad, two Passeurs (Lucia, Omar)

        The B1 listening section is too long; cut two items."""),
     "attendees are not a readership; no distribution line"),
    ("none", "fr", h("""
        Objet : Idées pour la rentrée

        - binômes d'apprenants par fuseau horaire
        - un défi « 30 jours sans traducteur »

        Envoyé depuis Outlook
        {d}""", d=DISC_FR_SHORT),
     "no recipients; the automatic disclaimer is not a marking"),
    ("none", "fr", h("""
        Modèle — mail de remerciement après un témoignage
        À : [adresse du Passeur ou de la Passeuse]
        Objet : Merci pour votre témoignage !

        Bonjour [prénom], votre vidéo est en ligne…"""),
     "template with placeholder recipient"),
    ("none", "en", h("""
        Subject: Confidentiality of learners' recordings — draft policy

        We record conversation sessions for quality. Learners must be able to ask for deletion at any
        time; recordings older than 90 days are erased."""),
     "'confidentiality' is the topic; no recipients or marking"),
    ("none", "fr", h("""
        Objet : Les ambassadeurs de la francophonie au salon Expolangues

        Stand B12, à côté des ambassadeurs de la francophonie (Délégation à la langue française). Prévoir
        flyers et deux écrans."""),
     "'ambassadeurs' are other people; no recipients"),
    ("none", "fr", h("""
        {x}

        ---------- Message transféré ---------
        De : Service jeunesse, Mairie de Villeurbanne <jeunesse@mairie-exemple.fr>
        Date : mer. 4 févr. 2026 à 10:15
        Objet : Ateliers de langue pour les 15-18 ans

        Madame, Monsieur, nous souhaiterions vous confier trois ateliers au printemps.""", x=EXT_FR),
     "automatic external banner; forwarded block without recipients or marking"),
]

SOL = [
    # ---- public
    ("public", "fr", h("""
        De : Manon Vasseur <manon.vasseur@soleo-toits.fr>
        À : club-rayon@soleo-toits.fr
        Objet : Visite de chantier à Nîmes le 18 avril

        Bonjour à tous les Rayonnants,
        On pose 36 panneaux sur une grange. Venez voir, et amenez un voisin curieux si vous voulez."""),
     "To: list of all Club Rayon members"),
    ("public", "fr", h("""
        # Compte rendu — Assemblée du Club Rayon 2026
        Destinataires : tous les Rayonnants et Rayonnantes
        Participants : 41 membres présents, 12 à distance ; pour Soléo : Manon Vasseur, Hugo Ferrand

        Production moyenne des toits du Club : 1 310 kWh/kWc. Trois nouvelles contributions proposées."""),
     "Destinataires: all members"),
    ("public", "fr", h("""
        De : Léa Fabre
        À : club-rayon@soleo-toits.fr
        Objet : TR : Nouvelle aide de la Région — à faire circuler !

        Faites circuler auprès de vos voisins et de vos proches, c'est fait pour ça.
        -----Message d'origine-----
        De : Région Occitanie — Service énergie
        Objet : Prime autoconsommation 2026"""),
     "forward to all members, meant to circulate"),
    ("public", "en", h("""
        From: Manon Vasseur
        To: club-rayon@soleo-toits.fr
        Subject: Share your production numbers — monthly challenge

        Hi Club members, post your March production in the forum; the sunniest roof wins a
        cleaning kit. No ranking of people, just fun.
        --
        {d}""", d=DISC_FR),
     "To: all members; automatic disclaimer ignored"),
    ("public", "fr", h("""
        Fiche — Comment parrainer un voisin
        Diffusion : Club Rayon (tous les membres) — peut être partagée sur vos réseaux
        Rédaction : Manon Vasseur, mars 2026

        Vous connaissez quelqu'un qui hésite ? Voici les trois questions qu'on nous pose le plus."""),
     "Diffusion: all members, shareable"),
    ("public", "fr", h("""
        De : Manon Vasseur
        À : Rayonnants et Rayonnantes <club-rayon@soleo-toits.fr>
        Cc : equipe-club@soleo-toits.fr
        Objet : Merci pour vos 120 avis !

        Vous avez dépassé l'objectif de l'année en quatre mois. Chapeau."""),
     "To: all members + Cc staff list"),
    ("public", "fr", h("""
        De : Hugo Ferrand
        À : club-rayon@soleo-toits.fr
        Objet : Avant-première : la tuile solaire

        Vous êtes les premiers à le savoir : on proposera la tuile solaire dès l'automne. Merci de ne pas
        en parler hors du Club avant le salon Energaïa, on compte sur vous."""),
     "sent to all members; the request is about people outside the program"),
    ("public", "fr", h("""
        La Gazette du Club Rayon — n°7
        Envoyée à l'ensemble des membres du Club Rayon le 2 juin 2026

        À la une : Gérard et ses 14 visites de chantier, le retour des panneaux bifaciaux, et un
        tutoriel pour lire votre onduleur."""),
     "sent to all members"),
    # ---- internal
    ("internal", "fr", h("""
        De : Manon Vasseur
        À : equipe-club@soleo-toits.fr
        Objet : Rotation des visites — attention à Gérard

        Gérard a fait 5 visites en 6 semaines, je ne veux plus le solliciter avant juin.
        Il faut élargir : quelqu'un a des noms dans l'Hérault ?"""),
     "To: staff list"),
    ("internal", "fr", h("""
        De : Club Rayon <club@soleo-toits.fr>
        À : rayon-plus@soleo-toits.fr
        Objet : Votre invitation au comité produit (membres Rayon+)

        En tant que membre Rayon+, vous êtes invité au comité produit du 12 mai à Montpellier."""),
     "To: tier list Rayon+"),
    ("internal", "en", h("""
        From: Kevin Da Silva <kevin.dasilva@soleo-toits.fr>
        To: pilote-batterie@soleo-toits.fr
        Subject: Battery pilot — firmware update tonight

        Hi pilot households, the update runs between 1 and 3 am. Don't unplug the gateway."""),
     "To: pilot group list"),
    ("internal", "fr", h("""
        De : Manon Vasseur
        À : club-rayon-gard@soleo-toits.fr
        Objet : Sortie au parc photovoltaïque de Beaucaire

        Bonjour les Gardois du Club ! Covoiturage depuis Alès et Nîmes, dites-moi qui conduit."""),
     "To: regional list (Gard)"),
    ("internal", "fr", h("""
        CR point hebdo Club Rayon — 24 mars
        Diffusion : équipe Club Rayon, SAV
        Ne pas transmettre aux membres du Club.

        - Réclamations SAV liées au Club : 2 (onduleur, fixation)."""),
     "Diffusion: staff, 'ne pas transmettre aux membres'"),
    ("internal", "fr", h("""
        De : Kevin Da Silva
        À : equipe-club@soleo-toits.fr ; equipe-sav@soleo-toits.fr
        Objet : TR : Incident onduleurs série K

        Interne — on attend le diagnostic du fabricant avant d'en parler aux Rayonnants.
        -----Message d'origine-----
        De : support@onduleurs-exemple.com
        Objet : Incident report"""),
     "forward to staff lists with 'Interne'"),
    ("internal", "en", h("""
        Minutes — Club Rayon referral review
        Distribution: Soléo staff only
        Attendees: Manon, Léa, Kevin

        Referrals this quarter: 23, of which 9 signed."""),
     "Distribution: staff only"),
    ("internal", "fr", h("""
        De : Léa Fabre
        À : Manon Vasseur ; equipe-club@soleo-toits.fr
        Objet : [INTERNE] Tableau de charge des Rayonnants

        J'ai ajouté la colonne « dernière sollicitation », triée par ancienneté."""),
     "[INTERNE] tag; staff list plus a staff member"),
    # ---- confidential
    ("confidential", "fr", h("""
        De : Manon Vasseur
        À : direction@soleo-toits.fr
        Objet : Litige client — un Rayonnant concerné (confidentiel)

        Le client de Pézenas menace d'une procédure ; c'est un membre du Club depuis 2023."""),
     "management list, 'confidentiel'"),
    ("confidential", "fr", h("""
        De : Léa Fabre
        À : Hugo Ferrand
        Objet : Proposition — rémunération des apports d'affaires (brouillon)

        Hugo, voilà mes chiffres avant qu'on en parle jeudi : 150 € par contrat signé, plafonné."""),
     "one named recipient"),
    ("confidential", "en", h("""
        From: Hugo Ferrand
        To: Manon Vasseur; Léa Fabre
        Subject: Confidential — acquisition talks

        Before the rumours start: we are in talks with a regional installer. Nothing to the Club."""),
     "named recipients and 'Confidential'"),
    ("confidential", "fr", h("""
        Compte rendu CODIR — 7 avril
        Diffusion nominative : Hugo Ferrand, Manon Vasseur, Léa Fabre

        1. Club Rayon : maintien du budget, arrêt des cadeaux physiques au 2e semestre."""),
     "diffusion restricted to named people"),
    ("confidential", "fr", h("""
        De : Kevin Da Silva
        À : Manon Vasseur
        Objet : TR : Rotation des visites — attention à Gérard

        Manon, je te transfère à toi seule : Gérard m'a dit au téléphone qu'il est malade, il n'ose pas
        te le dire. Ne le fais pas suivre à l'équipe.
        -----Message d'origine-----
        De : Manon Vasseur
        À : equipe-club@soleo-toits.fr"""),
     "forward narrowed to one named person: the saved mail's own readership"),
    ("confidential", "fr", h("""
        De : Gérard Puech <gerard.puech@laposte.net>
        À : Manon Vasseur
        Objet : Personnel

        Manon, je préfère vous l'écrire : je serai en arrêt quelques mois. Gardez-le pour vous svp."""),
     "ambassador to one named staff member, personal"),
    # ---- none
    ("none", "fr", h("""
        Objet : Enquête publique — projet de parc solaire de Vergèze

        L'enquête publique est ouverte jusqu'au 30 avril. Soléo ne participe pas au projet mais
        plusieurs clients nous ont demandé notre avis."""),
     "'publique' refers to a public inquiry; no recipients or marking"),
    ("none", "fr", h("""
        De : Léa Fabre <lea.fabre@soleo-toits.fr>
        Objet : Devis n° 2026-118 — toiture Mas des Oliviers

        Ci-joint le devis révisé, avec la pose du bac acier.
        --
        {d}""", d=DISC_FR),
     "no recipients; automatic disclaimer only"),
    ("none", "fr", h("""
        Réunion de chantier — Mas des Oliviers
        Participants : Kevin Da Silva, M. Ortiz (client, membre du Club), Léa Fabre

        Fixations à reprendre côté nord. Prochaine visite le 3 mai."""),
     "participants are not a readership marking"),
    ("none", "en", h("""
        Subject: Confidential data in the inverter logs?

        Does the gateway upload the household's consumption to the cloud, or only production?
        A member asked and I don't know."""),
     "'Confidential' is the question's topic, not a marking"),
    ("none", "fr", h("""
        De : Soléo Toits <factures@soleo-toits.fr>
        À : undisclosed-recipients:;
        Objet : Votre facture de maintenance annuelle

        Bonjour, votre facture est disponible dans votre espace client."""),
     "hidden recipients; no readership"),
    ("none", "fr", h("""
        Modèle — mail de bienvenue au Club
        À : {{email_membre}}
        Objet : Bienvenue au Club Rayon, {{prenom}} !

        Votre installation produit depuis {{date_mise_en_service}} : vous êtes désormais Rayonnant·e."""),
     "template with placeholder recipient"),
    ("none", "en", h("""
        {x}

        -------- Forwarded Message --------
        Subject: Delivery slot for pallet 2261
        Date: Mon, 16 Mar 2026 08:44
        From: Logistics <dispatch@panels-exemple.eu>

        Your pallet of 40 modules will be delivered Thursday between 8 and 12.""", x=EXT_EN),
     "automatic external banner; forwarded block without recipients"),
    ("none", "fr", h("""
        Objet : Les ambassadeurs du climat de la mairie de Lunel

        La ville forme des « ambassadeurs du climat » bénévoles. On pourrait leur proposer une visite
        d'installation, ça ferait de belles rencontres avec nos clients."""),
     "'ambassadeurs' are the town's volunteers; no recipients"),
]

MAR = [
    # ---- public
    ("public", "fr", h("""
        De : Gaëlle Kerbrat <gaelle.kerbrat@mareehaute.fr>
        À : phares@mareehaute.fr
        Objet : Services de presse — le nouveau Jeanne Morvan arrive !

        Chères Lectrices et chers Lecteurs Phares,
        Les exemplaires partent lundi. Dites-moi avant vendredi si vous préférez l'epub."""),
     "To: list of all Lecteurs Phares"),
    ("public", "fr", h("""
        # Rencontre des Lecteurs Phares — Saint-Malo, 8 mars
        Diffusion : tous les Lecteurs et Lectrices Phares
        Présents : 19 Phares, Gaëlle Kerbrat, Anne Le Goff, Yann Le Bihan

        On a surtout parlé de vos envies : plus de rencontres d'auteurs, moins de formulaires."""),
     "Diffusion: all Phares"),
    ("public", "en", h("""
        From: Gaëlle Kerbrat
        To: phares@mareehaute.fr
        Subject: Translated edition — reader's guide attached

        Dear Phares, the English edition of "Salt Roads" is out in May; the guide is for you to use
        in your book clubs.
        --
        {d}
        {d2}""", d=DISC_FR, d2=DISC_EN),
     "To: all Phares; bilingual automatic disclaimer ignored"),
    ("public", "fr", h("""
        De : Gaëlle Kerbrat
        À : phares@mareehaute.fr
        Objet : TR : Salon du livre de Vannes — invitation

        Je vous transfère l'invitation du salon, elle est ouverte à tous les Phares qui veulent tenir
        le stand avec nous une heure ou deux.
        -----Message d'origine-----
        De : Salon du livre de Vannes
        Objet : Invitation exposants"""),
     "forward to all Phares"),
    ("public", "fr", h("""
        De : Yann Le Bihan
        À : phares@mareehaute.fr
        Objet : Embargo critique jusqu'au 2 septembre

        Bonjour à tous,
        Merci de ne publier aucune chronique du roman de Morvan avant le 2/09, jour de sortie. Vous
        pouvez en parler entre Phares sur le forum, évidemment."""),
     "sent to all Phares; the embargo is on publishing, not on reading"),
    ("public", "en", h("""
        Minutes — Lecteurs Phares online book club, 14 May
        Distribution: all Phares + the Marée Haute team

        Next title chosen by vote: "Le Veilleur de Sein". Thanks to the 11 members who sent questions."""),
     "Distribution: all Phares and staff"),
    ("public", "fr", h("""
        De : Gaëlle Kerbrat
        À : phares@mareehaute.fr
        Cc : Anne Le Goff
        Objet : Merci !

        68 chroniques publiées en un mois : vous êtes incroyables. Anne tenait à vous le dire aussi."""),
     "To: all Phares, Cc the director"),
    ("public", "fr", h("""
        Fiche — Le programme Lecteurs Phares en une page
        Diffusion : libre (peut être affichée en librairie et partagée sur les réseaux)
        Mise à jour : avril 2026

        Les Lecteurs Phares sont des lecteurs fidèles qui font découvrir nos livres autour d'eux."""),
     "Diffusion: libre, publicly shareable"),
    # ---- internal
    ("internal", "fr", h("""
        De : Gaëlle Kerbrat
        À : equipe-phares@mareehaute.fr
        Objet : Qui solliciter pour le salon de Saint-Malo ?

        Je ne voudrais pas encore demander à Hélène et Paul, ils ont fait les trois derniers salons."""),
     "To: staff list"),
    ("internal", "fr", h("""
        De : Camille Rio
        À : phares-libraires@mareehaute.fr
        Objet : Remises pour les libraires Phares — conditions 2026

        Bonjour à nos libraires Phares, voici les conditions de remise sur les commandes de rentrée."""),
     "To: subgroup list (bookseller Phares)"),
    ("internal", "fr", h("""
        De : Anne Le Goff
        À : comite-lecture@mareehaute.fr
        Objet : Manuscrit à lire pour le 15

        Bonjour au comité de lecture,
        Le manuscrit est en pièce jointe. Merci de ne pas le faire circuler hors du comité."""),
     "To: reading-committee list (a pilot group of Phares), kept within the group"),
    ("internal", "en", h("""
        From: Gaëlle Kerbrat
        To: phares-bretagne@mareehaute.fr
        Subject: Brittany book tour — volunteers wanted

        Hi Breton Phares! Five stops in June, we need two readers per stop."""),
     "To: regional list (Brittany)"),
    ("internal", "fr", h("""
        Réunion d'équipe Phares — 2 avril
        Diffusion interne (équipe Marée Haute)
        Présents : Gaëlle, Yann, Camille

        Relances : 7 Phares sans contribution depuis 3 mois, message personnel de Gaëlle."""),
     "Diffusion interne: staff"),
    ("internal", "en", h("""
        From: Yann Le Bihan
        To: equipe-phares@mareehaute.fr
        Subject: Fwd: Press list for the autumn

        Internal — don't forward to the Phares, some journalists are on it with personal e-mails.
        ---------- Forwarded message ---------
        From: Agence Écume
        Subject: Press list"""),
     "forward to staff list, 'Internal'"),
    ("internal", "fr", h("""
        De : Gaëlle Kerbrat
        À : equipe-phares@mareehaute.fr ; Camille Rio
        Objet : [Interne] Suivi des chroniques publiées

        Le tableau est à jour ; 4 chroniques signalées comme trop « promotionnelles », on en parle."""),
     "[Interne] tag, staff list plus staff member"),
    ("internal", "fr", h("""
        De : Gaëlle Kerbrat
        À : comite-lecture@mareehaute.fr
        Objet : TR : Questions des Phares sur la collection jeunesse

        À l'attention du comité de lecture seulement : j'aimerais votre avis avant de répondre à tous.
        -----Message d'origine-----
        De : Gaëlle Kerbrat
        À : phares@mareehaute.fr"""),
     "forward narrowed to the reading committee (part of the Phares)"),
    # ---- confidential
    ("confidential", "fr", h("""
        De : Yann Le Bihan
        À : Anne Le Goff
        Objet : Contrat Morvan — les chiffres

        Anne, l'agent demande 12 % dès le premier exemplaire. Je t'appelle."""),
     "one named recipient"),
    ("confidential", "fr", h("""
        De : Anne Le Goff
        À : comite-editorial@mareehaute.fr
        Objet : [CONFIDENTIEL] Programme de parution 2027

        Deux titres sortent du programme, un troisième glisse à 2028."""),
     "[CONFIDENTIEL], management list"),
    ("confidential", "en", h("""
        Minutes — editorial board, 20 May
        Distribution: Anne Le Goff and the two associate editors only. Strictly confidential.

        1. Rights sale to a German publisher: offer received."""),
     "distribution restricted to management by name, strictly confidential"),
    ("confidential", "fr", h("""
        De : Camille Rio
        À : phares-libraires@mareehaute.fr
        Objet : TR : Prix des lecteurs de l'Ouest

        Pour que vous puissiez préparer vos vitrines !
        -----Message d'origine-----
        De : Anne Le Goff
        À : equipe-phares@mareehaute.fr
        Objet : Prix des lecteurs de l'Ouest
        Confidentiel — ne pas diffuser avant l'annonce du jury le 12 octobre."""),
     "forward of an original marked Confidentiel: strictest marking wins"),
    ("confidential", "fr", h("""
        De : Hélène Querré
        À : Gaëlle Kerbrat
        Objet : Entre nous

        Gaëlle, je vais devoir quitter les Phares, pour des raisons familiales. Je ne veux pas que ce
        soit annoncé sur le forum."""),
     "ambassador to one named staff member, private"),
    ("confidential", "en", h("""
        From: Anne Le Goff
        To: Yann Le Bihan
        Subject: Prize shortlist — do not share

        Yann, we're on the shortlist. Not a word to anyone, Phares included, until the 12th."""),
     "one named recipient, 'do not share'"),
    # ---- none
    ("none", "fr", h("""
        Objet : Lecture publique à la médiathèque de Dinard

        Jeanne Morvan lira trois extraits le 5 juin. Entrée libre, dédicaces ensuite."""),
     "'publique' is about a reading event; no recipients or marking"),
    ("none", "fr", h("""
        Atelier d'écriture avec Jeanne Morvan — notes
        Participants : Gaëlle Kerbrat, Jeanne Morvan, 6 Lecteurs Phares

        Exercice : réécrire la première page du point de vue du gardien."""),
     "participants only, no readership line"),
    ("none", "en", h("""
        Subject: The Confidential Lives of Lighthouse Keepers — cover brief

        Dark blue, a single lit window, no people. The title in the serif we used for "Salt Roads"."""),
     "'Confidential' is a book title; no recipients"),
    ("none", "fr", h("""
        De : Éditions Marée Haute <lettre@mareehaute.fr>
        À : undisclosed-recipients:;
        Objet : Les nouveautés de la rentrée

        Six titres, dont deux premiers romans. Découvrez-les en avant-première."""),
     "hidden recipients; no readership marking"),
    ("none", "fr", h("""
        De : Camille Rio
        Objet : Commande librairie Le Bateau Livre

        30 exemplaires de « Salt Roads » en VO, livraison avant le 10.

        {d}""", d=DISC_FR_SHORT),
     "no recipients; automatic disclaimer is not a marking"),
    ("none", "fr", h("""
        Modèle de mail — relance d'un service de presse
        À : <adresse de la lectrice ou du lecteur>
        Objet : Avez-vous pu lire « <titre> » ?

        Bonjour <prénom>, sans pression aucune…"""),
     "template, placeholder recipient"),
    ("none", "en", h("""
        {x}

        ---------- Forwarded message ---------
        From: Librairie La Droguerie de Marine <contact@droguerie-exemple.fr>
        Date: Thu, 2 Apr 2026
        Subject: Author signing in July?

        Hello, we would love to host Jeanne Morvan for a signing this summer.""", x=EXT_EN),
     "automatic external banner; forwarded block without recipients"),
    ("none", "fr", h("""
        Objet : Les phares de Bretagne — documentation pour la couverture

        Gaëlle, pour le graphiste : photos du phare du Créac'h et de Kéréon, libres de droits,
        plus la carte des phares du Finistère."""),
     "'phares' here are lighthouses, not the ambassadors; no recipients"),
]

FIL = [
    # ---- public
    ("public", "en", h("""
        From: Justine Morel <justine.morel@filalpe.com>
        To: crew@filalpe.com
        Subject: Print-a-thon weekend — join the stream!

        Hi Crew! 48 hours of printing for the hospital toy drive. Sign up for a 2-hour slot."""),
     "To: list of all Crew members"),
    ("public", "fr", h("""
        De : Justine Morel
        À : crew@filalpe.com
        Objet : Nouveau coloris « Granit » — vos photos sont les bienvenues

        Salut tout le Crew, la bobine Granit part en précommande jeudi. Une bobine offerte à chacun
        d'entre vous, postez vos impressions avec #FilalpeGranit."""),
     "To: all Crew"),
    ("public", "en", h("""
        From: Justine Morel
        To: crew@filalpe.com
        Subject: Fwd: Filalpe in Maker Monthly

        Sharing with the whole Crew — feel free to repost it anywhere.
        ---------- Forwarded message ---------
        From: Maker Monthly <editor@makermonthly-exemple.com>
        Subject: Your feature is live"""),
     "forward to all Crew, repost allowed"),
    ("public", "en", h("""
        Minutes — Makers Crew monthly call, March
        Distribution: Makers Crew (all members) and the Filalpe team
        Attendees: 38

        1. The Crew wants more print profiles for Bambu and Prusa machines."""),
     "Distribution: all Crew members"),
    ("public", "en", h("""
        From: Arthur Benoît
        To: crew@filalpe.com
        Cc: crew-team@filalpe.com
        Subject: Recycled PETG — your questions answered

        Thanks for the 70+ questions. Short version: yes, it's food-contact rated; no, not for dishwashers.
        --
        {d}""", d=DISC_EN),
     "To: all Crew, Cc staff; automatic disclaimer ignored"),
    ("public", "fr", h("""
        Compte rendu — Atelier NOUS du Makers Crew
        Diffusion : tout le Makers Crew
        Participants : 16 membres du Crew, Justine Morel, Mathis Vial

        Raison d'être retenue : « Faire imprimer mieux, plus durable, ensemble. »"""),
     "Diffusion: all Crew"),
    ("public", "en", h("""
        From: Justine Morel
        To: crew@filalpe.com
        Subject: Sneak peek: the Alpine Matte range

        Keep this within the Crew until Monday's launch, then shout it from the rooftops :)"""),
     "sent to all Crew; limits publishing outside, not which members read"),
    ("public", "fr", h("""
        De : Justine Morel
        À : crew@filalpe.com
        Objet : [Pour tous] Résultats du sondage d'hiver

        87 réponses, merci ! En tête : plus de tutoriels vidéo et des rencontres en atelier."""),
     "To: all Crew, '[Pour tous]'"),
    # ---- internal
    ("internal", "en", h("""
        From: Justine Morel
        To: crew-team@filalpe.com
        Subject: Sample budget per member — Q3

        We're at 2.1 spools per member per quarter. I'd cap at 2 and rotate the test requests."""),
     "To: staff list"),
    ("internal", "en", h("""
        From: Filalpe Makers Crew <crew-noreply@filalpe.com>
        To: crew-pro@filalpe.com
        Subject: Crew Pro: early access to the CF-nylon spool

        As a Crew Pro member you can order the carbon-fibre nylon two weeks before release."""),
     "To: tier list Crew Pro"),
    ("internal", "en", h("""
        From: Arthur Benoît
        To: beta-pla@filalpe.com
        Subject: Beta PLA+ batch 4 — please log your failures

        Beta testers: batch 4 has the new additive. Log every failed print, even the boring ones."""),
     "To: beta-tester pilot list"),
    ("internal", "en", h("""
        From: Sofia Keller <sofia.keller@filalpe.com>
        To: crew-dach@filalpe.com
        Subject: Stammtisch in München?

        Hallo DACH crew! Anyone up for a meetup during the Munich maker fair?"""),
     "To: regional list (DACH)"),
    ("internal", "fr", h("""
        Point équipe Crew — 9 avril
        Diffusion : équipe Filalpe uniquement
        Présents : Justine, Arthur, Sofia

        - 3 membres du Crew ont reçu 4 demandes de tests en un mois : on arrête."""),
     "Diffusion: staff only"),
    ("internal", "en", h("""
        From: Sofia Keller
        To: crew-team@filalpe.com
        Subject: Fwd: Distributor wants Crew reviews on their shop

        Internal only — let's agree on an answer before anyone mentions it to the Crew.
        ---------- Forwarded message ---------
        From: 3DDruck-Handel GmbH
        Subject: Review cooperation"""),
     "forward to staff list, 'Internal only'"),
    ("internal", "fr", h("""
        De : Arthur Benoît
        À : crew-team@filalpe.com
        Objet : [interne] Retours qualité bobines mars

        Deux membres signalent un diamètre à 1,78 mm. Lot 26-0311, je vérifie avant qu'on réponde."""),
     "[interne] tag, staff list"),
    ("internal", "fr", h("""
        De : Arthur Benoît
        À : beta-pla@filalpe.com
        Objet : TR : Fiche technique PLA+ v0.4

        Pour les bêta-testeurs uniquement, c'est encore une version de travail.
        -----Message d'origine-----
        De : Laboratoire matériaux
        Objet : Fiche technique PLA+ v0.4"""),
     "forward to the beta-tester pilot group only"),
    # ---- confidential
    ("confidential", "en", h("""
        From: Arthur Benoît
        To: leadership@filalpe.com
        Subject: CONFIDENTIAL — supplier switch for PETG pellets

        Current supplier raises prices 22 % in July. Two alternatives attached."""),
     "CONFIDENTIAL, management list"),
    ("confidential", "en", h("""
        From: Justine Morel
        To: Mathis Vial
        Subject: Crew member dispute — please keep between us

        Two Crew members are arguing publicly about a design credit. I'll mediate; you should know."""),
     "one named recipient, 'keep between us'"),
    ("confidential", "fr", h("""
        Compte rendu — Comité de direction
        Diffusion restreinte : M. Vial, J. Morel

        Le programme Crew passe sous le budget marketing au 1er juillet."""),
     "'Diffusion restreinte' to two named people"),
    ("confidential", "en", h("""
        From: Justine Morel
        To: crew-pro@filalpe.com
        Subject: Fwd: Price update

        Heads-up for our Pro members!
        ---------- Forwarded message ---------
        From: Mathis Vial
        To: crew-team@filalpe.com
        Subject: Price update
        Confidential — leadership and Crew team only, do not forward."""),
     "forward of an original marked Confidential: strictest marking wins"),
    ("confidential", "fr", h("""
        De : Arthur Benoît
        À : Justine Morel ; Mathis Vial
        Objet : Résultats des tests d'émissions — ne pas diffuser

        Le coloris Néon dépasse le seuil de COV dans le test du labo. Avant toute communication, on se voit."""),
     "named recipients, 'ne pas diffuser'"),
    ("confidential", "en", h("""
        From: Dario Conti <dario.conti@gmail.com>
        To: Justine Morel
        Subject: Personal — about the referral bonus

        Hi Justine, I'd rather ask you privately: my company bought 40 spools through my link…"""),
     "ambassador to one named staff member, private"),
    # ---- none
    ("none", "en", h("""
        Subject: Public STL library — licence question

        If a Crew member uploads a model under CC-BY-NC, can we print it on our booth? Probably not."""),
     "'Public' names the STL library; no recipients or marking"),
    ("none", "en", h("""
        From: Filalpe <hello@filalpe.com>
        To: undisclosed-recipients:;
        Subject: Your order has shipped

        Good news: spools on the way. Tracking number below."""),
     "hidden recipients; no readership"),
    ("none", "en", h("""
        Meeting notes — nozzle wear test
        Attendees: Arthur Benoît, two Crew members (Dario, Wen), Sofia Keller

        Brass 0.4 mm worn after 3 kg of CF-nylon; hardened steel fine."""),
     "attendees only, no distribution"),
    ("none", "fr", h("""
        De : Sofia Keller
        À :
        Objet : Notes salon Formnext

        - stand 40 m², deux imprimantes en démo
        - goodies : porte-clés imprimés

        {d}""", d=DISC_FR),
     "draft with empty recipient; disclaimer is automatic"),
    ("none", "en", h("""
        Template — welcome e-mail
        To: {{member.email}}
        Subject: Welcome to the Makers Crew, {{member.first_name}}!

        You've printed {{member.kg_printed}} kg with Filalpe: time to meet the others."""),
     "template, placeholder recipient"),
    ("none", "en", h("""
        Subject: internal infill settings for the demo parts

        Use gyroid at 15 % for the internal infill, 3 walls. The keychains can go down to 10 %."""),
     "'internal' is about infill; no recipients or marking"),
    ("none", "fr", h("""
        {x}

        ---------- Message transféré ---------
        De : FabLab de Chambéry <contact@fablab-exemple.fr>
        Date : ven. 13 mars 2026
        Objet : Partenariat filament recyclé

        Bonjour, nous collectons les chutes d'impression et cherchons un partenaire.""", x=EXT_FR),
     "automatic external banner; forwarded block without recipients"),
    ("none", "en", h("""
        Subject: Brand ambassadors at Formnext — competitor notes

        Two competitors had paid "brand ambassadors" on their booths. Ours should stay customers who
        genuinely print with us."""),
     "'ambassadors' are competitors' staff; no recipients"),
]

CLIENTS = [("VIB", VIB), ("LIN", LIN), ("SOL", SOL), ("MAR", MAR), ("FIL", FIL)]

NAMES = {
    "ambassadors": [
        "ambassadeur", "ambassadeurs", "ambassadrice", "ambassadrices", "ambassador", "ambassadors",
        "Vibrants", "Vibrant", "Vibrante", "Vibrantes", "Vibrant·e·s", "membres du Cercle",
        "membres du Cercle Vibrato", "tout le Cercle", "members of the Circle", "Circle members",
        "Passeurs", "Passeur", "Passeuse", "Passeuses", "Passeur·euses", "Passeurs et Passeuses",
        "Rayonnants", "Rayonnant", "Rayonnante", "Rayonnantes", "Rayonnant·e", "membres du Club Rayon",
        "membres du Club", "Club members",
        "Lecteurs Phares", "Lectrices Phares", "Lecteur Phare", "Lectrice Phare", "Phares",
        "Lecteurs et Lectrices Phares", "lecteurs-phares",
        "Makers Crew", "Crew", "Crew members", "Crew member", "membres du Crew", "tout le Crew",
    ],
    "clients": [
        "Atelier Vibrato", "Vibrato", "Cercle Vibrato", "ateliervibrato.fr",
        "Linguacité", "Linguacite", "Les Passeurs", "linguacite.fr",
        "Soléo Toits", "Soléo", "Soleo", "Club Rayon", "soleo-toits.fr",
        "Éditions Marée Haute", "Marée Haute", "Maree Haute", "Lecteurs Phares", "mareehaute.fr",
        "Filalpe", "Makers Crew", "Filalpe Makers Crew", "filalpe.com",
    ],
}


def build():
    out = []
    for prefix, cases in CLIENTS:
        rng = random.Random(f"{SEED}-{prefix}")
        items = list(cases)
        rng.shuffle(items)
        for i, (level, lang, head, note) in enumerate(items, 1):
            out.append({"id": f"{prefix}-{i:02d}", "head": head, "level": level,
                        "lang": lang, "note": note})
    return out, NAMES


def main():
    out, names = build()
    with open(os.path.join(HERE, "cases.jsonl"), "w", encoding="utf-8") as f:
        for c in out:
            f.write(json.dumps(c, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "names.json"), "w", encoding="utf-8") as f:
        json.dump(names, f, ensure_ascii=False, indent=2)
        f.write("\n")
    print(f"wrote {len(out)} cases")


if __name__ == "__main__":
    main()
