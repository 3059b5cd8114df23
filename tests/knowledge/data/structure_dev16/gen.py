#!/usr/bin/env python3
"""Deterministic generator for structure_dev16 (Huis Clos & Cie, Le Cercle des Crocheteurs)."""
import json, os, sys, zipfile
from xml.sax.saxutils import escape as xesc

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SET = "structure_dev16"

# ---------------------------------------------------------------- text docs
GUIDE_MD = """# Le Cercle des Crocheteurs — guide du programme

Diffusion : tous les Crocheteurs (ambassadeurs Huis Clos & Cie), toutes salles confondues.
Mise à jour : mars 2025 — Inès, community manager

## Pourquoi le Cercle

Le Cercle des Crocheteurs réunit les joueuses et les joueurs qui parlent de nos salles mieux que nous. Vous jouez, vous racontez, vous faites venir vos amis ; en retour on vous ouvre les coulisses : bêta-tests des nouvelles salles, rencontres avec les game designers, parties offertes.

## Qui peut rejoindre le Cercle

Pour recevoir une invitation, il faut :
- avoir joué au moins 4 salles Huis Clos & Cie (toutes villes confondues) ;
- avoir mis une note de 9 ou 10 au questionnaire de fin de partie au moins une fois ;
- avoir 16 ans ou plus (autorisation parentale entre 16 et 18 ans) ;
- accepter la charte des Crocheteurs.

On n'envoie pas d'invitation juste après une première partie : on préfère attendre que vous ayez vraiment envie d'en parler.

## Les points

### Barème des contributions

Chaque contribution validée par votre game master référent rapporte des points, crédités sous 7 jours.

| Contribution | Points (pts) | Plafond (par mois) | Remarque |
|---|---|---|---|
| Avis Google ou TripAdvisor | 20 | 2 | un avis par salle jouée |
| Avis en vidéo (30 s à 2 min) | 60 | 1 | sous-titres conseillés |
| Témoignage écrit pour le site | 40 | | relu par l'équipe avant publication |
| Partage sur les réseaux | 5 | 8 | |
| Parrainage d'une équipe (partie jouée) | 50 | | compté par équipe, pas par joueur |
| Bêta-test d'une nouvelle salle | 80 | 1 | débrief de 15 min obligatoire |
| Aide sur le Discord | 10 | 4 | réponse marquée « utile » par un modérateur |
| Idée d'énigme retenue | 100 | | versée quand l'énigme entre en salle |

Une case vide dans la colonne « Plafond » veut dire qu'il n'y a pas de plafond mensuel.

### Les niveaux

Votre niveau se calcule sur les points cumulés des 12 derniers mois glissants :

| Niveau | Seuil (pts sur 12 mois) | Badge Discord |
|---|---|---|
| Apprenti | 0 | clé de bronze |
| Compagnon | 250 | clé d'argent |
| Maître | 700 | clé d'or |
| Passe-partout | 1 500 | clé de cristal |

Le détail des avantages de chaque niveau est dans le comparatif des niveaux.

## Quitter le Cercle

Vous pouvez quitter le Cercle quand vous voulez, sans vous justifier : un message à votre game master référent ou la commande /quitter sur le Discord suffit. Vos points non utilisés restent valables 3 mois pour la boutique, et vous gardez évidemment votre compte joueur et vos réservations.

## Vos données

Nous gardons votre pseudo, votre ville de rattachement et l'historique de vos contributions, rien de plus. Le bot du Discord est une IA : il vous le rappelle à la première conversation, et vous pouvez refuser ses rappels avec la commande /silence.
"""

PARTNERS_MD = """# Avantages partenaires des Crocheteurs

> Pour : tous les ambassadeurs du Cercle, Apprentis compris.

Nos voisins de quartier font un geste pour les Crocheteurs sur présentation de la carte membre (Discord, onglet « Ma carte »). Les remises ne se cumulent pas avec les autres promotions du partenaire.

## Lyon (Croix-Rousse)

| Partenaire | Type | Remise (%) | Jusqu'au | Conditions |
|---|---|---|---|---|
| Le Bocal à Burgers | restaurant | 10 | 31/12/2025 | dès 2 personnes |
| Brasserie des Canuts | bar | 15 | | hors happy hour |
| Ludothèque La Grande Roue | jeux de société | 5 | 30/06/2025 | |

## Nantes (Île de Nantes)

| Partenaire | Type | Remise (%) | Jusqu'au | Conditions |
|---|---|---|---|---|
| Crêperie Les Machines | restaurant | 10 | 31/12/2025 | le midi en semaine |
| Le Quai des Pintes | bar | | 31/12/2025 | une pinte offerte pour 4 achetées |
| Cinéma Le Hangar | cinéma | 20 | 31/08/2025 | séances avant 18 h |

## Lille (Vieux-Lille)

| Partenaire | Type | Remise (%) | Jusqu'au | Conditions |
|---|---|---|---|---|
| Estaminet Chez Mémère | restaurant | 10 | | sur présentation du ticket de partie du jour |
| Le Bunker Café | bar à jeux | 15 | 31/12/2025 | |

## Comment en profiter

1. Ouvrez l'onglet « Ma carte » sur le Discord du Cercle.
2. Montrez la carte au partenaire avant de commander.
3. Si le partenaire ne connaît pas l'offre, prenez une photo du ticket et envoyez-la à votre game master référent : on règle ça avec lui.
"""

HANDBOOK_EN_MD = """# Crocheteurs handbook (English edition)

For all ambassadors of the Cercle des Crocheteurs who prefer English — the French guide remains the reference.

## Welcome

Huis Clos & Cie runs escape rooms in Lyon, Nantes, Lille, Bordeaux and Toulouse. Crocheteurs are players who love our rooms and tell others about them; in return they get early access, meet our game designers and earn free games.

## Levels at a glance

Level names stay in French on Discord.

| Level | Points needed (last 12 months) | Birthday gift | Early access to new rooms |
|---|---|---|---|
| Apprenti | 0 | €10 voucher at the game bar | |
| Compagnon | 250 | €10 voucher at the game bar | 48 h before opening |
| Maître | 700 | free game for 2 | invitation to beta tests |
| Passe-partout | 1,500 | free game for 6 | invitation to beta tests + naming a riddle |

An empty cell means the level has no such perk.

## Logging a contribution

1. Type /contribution in the #mes-contributions channel of the Discord.
2. Pick the kind of contribution (review, video, referral, beta test…).
3. Paste the link or a screenshot as proof.
4. Wait for your referent game master to approve it; points show up within 7 days.

## Solicitations

Before a launch or a trade fair, our community manager asks a few Crocheteurs for help (a review, a video, a playtest). You can always say no: a refusal costs you nothing and never lowers your level. We never ask the same person more than twice a month.

## Leaving the program

You can leave whenever you like by messaging your referent game master. Unused points stay valid for 3 months in the shop.
"""

GRILLE_TXT = """HUIS CLOS & CIE — LE CERCLE DES CROCHETEURS
Grille des points 2025
Diffusion : tous les ambassadeurs (Crocheteurs). À afficher en salle de briefing.

1. Points par partie jouée
--------------------------

Chaque partie que vous jouez en tant que Crocheteur (réservée avec votre compte membre) rapporte des points selon la difficulté de la salle et le jour :

                          Partie en semaine    Partie le week-end
Difficulté de la salle    (pts / joueur)       (pts / joueur)
Découverte (1 cadenas)    10                   5
Intermédiaire (2 cad.)    15                   10
Confirmé (3 cadenas)      20                   15
Expert (4 cadenas)        30                   20

Le week-end rapporte moins parce que les salles sont déjà pleines : on préfère vous voir en semaine.

2. Bonus de saison
------------------

Certaines périodes, des contributions comptent double (ou presque) :

+----------------------+---------------------------+----------------+----------------+
| Période              | Contribution bonifiée     | Multiplicateur | Villes         |
+----------------------+---------------------------+----------------+----------------+
| janvier - février    | avis en ligne             | x2             | toutes         |
| mars                 | bêta-test Le Sous-Marin*  | x1,5           | Nantes         |
| mai                  | parrainage d'équipe       | x2             | Lille, Lyon    |
| juillet - août       | partage sur les réseaux   | x3             | toutes         |
| octobre              | avis en vidéo             | x2             | Bordeaux       |
| décembre             | idée d'énigme             | x1,5           | toutes         |
+----------------------+---------------------------+----------------+----------------+
* Le Sous-Marin ferme en août pour maintenance : pas de bêta-test pendant ce mois.

Les bonus ne se cumulent pas entre eux : on applique le multiplicateur le plus élevé.

3. Points qui ne comptent pas
-----------------------------

Ne rapportent aucun point :
- les avis laissés par un salarié ou un game master ;
- les parties offertes par la boutique des points ;
- les partages sur un compte privé ;
- les avis supprimés par la plateforme dans les 30 jours.
"""

FAQ_TXT = """FAQ du Cercle des Crocheteurs
=============================

Public : tous les ambassadeurs Huis Clos & Cie (Crocheteurs), quel que soit leur niveau.

Est-ce que je peux refuser une sollicitation ?
----------------------------------------------

Oui, toujours. Un refus ne coûte rien et ne fait jamais baisser votre niveau. Si vous ne répondez pas sous 5 jours, on considère que c'est non et on demande à quelqu'un d'autre.

Mes points ont disparu, c'est normal ?
--------------------------------------

Les points comptent pour le niveau pendant 12 mois glissants, puis ils sortent du calcul du niveau. Pour la boutique, un point non dépensé expire 24 mois après avoir été gagné.

Combien de temps pour répondre à mes messages ?
-----------------------------------------------

+--------------------------------+-------------------+------------------------+
| Canal                          | Délai de réponse  | Horaires               |
+--------------------------------+-------------------+------------------------+
| Discord (#aide-crocheteurs)    | 24 h              | 7 j / 7                |
| Mail cercle@huisclos-cie.fr    | 48 h ouvrées      | lundi - vendredi       |
| Game master référent (DM)      | 72 h              | selon son planning     |
| Accueil de la salle            | immédiat          | heures d'ouverture     |
+--------------------------------+-------------------+------------------------+

Que faire si une vidéo est refusée ?
------------------------------------

Votre game master vous explique pourquoi dans le fil #mes-contributions. Vous pouvez la reposter une fois corrigée ; les raisons les plus fréquentes sont :
- un spoiler (une énigme ou un code visible à l'écran) ;
- une musique sous droits ;
- le visage d'un autre joueur filmé sans son accord ;
- une durée de plus de 2 minutes.

Je déménage, je garde mon niveau ?
----------------------------------

Oui. Votre niveau et vos points vous suivent dans toutes les villes ; il suffit de changer votre ville de rattachement dans l'onglet « Mon profil » pour avoir un game master référent sur place.
"""

PILOTAGE_TXT = """PILOTAGE DU CERCLE — NOTE INTERNE
Document interne : réservé aux game masters référents et à la community manager. Ne pas diffuser aux Crocheteurs ni sur le Discord.

1. Règles de rotation des sollicitations
=========================================

Pour ne pas user les plus motivés, chaque sollicitation respecte ces règles :
- pas plus de 2 sollicitations par Crocheteur et par mois ;
- au moins 10 jours entre deux sollicitations à la même personne ;
- un Passe-partout ne reçoit jamais plus de la moitié des demandes d'une ville ;
- après deux refus de suite, on laisse la personne tranquille 6 semaines.

2. Budget des récompenses par ville
====================================

Ville        Budget annuel (€)   Dont parties offertes (€)   Crocheteurs actifs (déc. 2024)
Lyon         6 000               4 200                       84
Nantes       4 500               3 000                       61
Lille        3 800               2 500                       47
Bordeaux     2 700               1 900                       29
Toulouse     2 000               1 400                       18

Un Crocheteur actif a au moins une contribution validée dans les 90 derniers jours.

3. Objectifs 2025
=================

+----------------------------------------+------------+-------------+
| Indicateur                             | Fin 2024   | Cible 2025  |
+----------------------------------------+------------+-------------+
| Crocheteurs actifs                     | 239        | 320         |
| Taux de réponse aux sollicitations     | 58 %       | 70 %        |
| Délai moyen de réponse                 | 4,1 jours  | 3 jours     |
| Équipes parrainées par mois            | 35         | 55          |
| Rétention d'une année sur l'autre      | 71 %       | 80 %        |
| NPS des Crocheteurs                    | 52         | 60          |
+----------------------------------------+------------+-------------+

4. Valider une contribution
===========================

1. Vérifier la preuve (lien, capture ou ticket) dans #mes-contributions.
2. Contrôler qu'il n'y a pas de spoiler ni de visage filmé sans accord.
3. Appliquer le barème et le bonus de saison en cours dans l'outil de suivi.
4. Répondre dans le fil sous 72 h, même en cas de refus, avec la raison.

5. Départ d'un Crocheteur
=========================

Quand un Crocheteur quitte le Cercle ou ne remplit plus les conditions, on le remercie par un message personnel du game master référent, jamais par un message automatique. On lui rappelle que ses points restent utilisables 3 mois et que ses réservations ne changent pas. On ne lui propose pas de revenir avant 6 mois.
"""

# ---------------------------------------------------------------- HTML docs
NIVEAUX_HTML = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Comparatif des niveaux du Cercle des Crocheteurs</title>
</head>
<body>
<h1>Comparatif des niveaux du Cercle des Crocheteurs</h1>
<p class="diffusion">Diffusion : tous les Crocheteurs (page épinglée du Discord).</p>
<h2>Les avantages niveau par niveau</h2>
<p>Chaque niveau garde les avantages du niveau précédent, sauf quand la case dit autre chose.</p>
<table>
<thead>
<tr>
<th rowspan="2">Avantage</th>
<th colspan="2">Niveaux d'entrée</th>
<th colspan="2">Niveaux confirmés</th>
</tr>
<tr>
<th>Apprenti</th>
<th>Compagnon</th>
<th>Maître</th>
<th>Passe-partout</th>
</tr>
</thead>
<tbody>
<tr>
<th>Réduction sur les parties</th>
<td>5 %</td>
<td>10 %</td>
<td>15 %</td>
<td>20 %</td>
</tr>
<tr>
<th>Cadeau d'anniversaire</th>
<td colspan="2">un bon de 10 euros au bar à jeux</td>
<td>une partie offerte pour 2</td>
<td>une partie offerte pour 6</td>
</tr>
<tr>
<th>Accès anticipé aux nouvelles salles</th>
<td>non</td>
<td>réservation 48 h avant l'ouverture</td>
<td colspan="2">bêta-test sur invitation</td>
</tr>
<tr>
<th>Rencontre avec les game designers</th>
<td colspan="2">non</td>
<td>une fois par an</td>
<td>deux fois par an</td>
</tr>
<tr>
<th>Places aux soirées Crocheteurs</th>
<td>liste d'attente</td>
<td>1 invité</td>
<td>2 invités</td>
<td>3 invités</td>
</tr>
<tr>
<th>Comité des énigmes</th>
<td colspan="3">non</td>
<td>un siège, vote sur les nouvelles salles</td>
</tr>
</tbody>
</table>
<h2>Monter et descendre de niveau</h2>
<p>Le niveau est recalculé le 1er de chaque mois. Si vos points des 12 derniers mois passent sous le seuil, vous descendez d'un seul niveau à la fois, et jamais deux mois de suite.</p>
<h3>Ce qui ne change jamais</h3>
<p>Quel que soit votre niveau, vous gardez :</p>
<ul>
<li>l'accès au Discord du Cercle ;</li>
<li>votre carte membre et les avantages partenaires ;</li>
<li>les points déjà gagnés pour la boutique.</li>
</ul>
</body>
</html>
"""

BRIEFING_HTML = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Venue leads briefing: running the Cercle in 2025</title>
</head>
<body>
<h1>Venue leads briefing: running the Cercle in 2025</h1>
<p><strong>Internal: venue leads and community managers only. Do not forward to Crocheteurs.</strong></p>
<h2>Beta-test slots per venue</h2>
<p>Each venue opens a fixed number of beta-test slots to Crocheteurs before a new room launches:</p>
<table>
<thead>
<tr>
<th>City</th>
<th>Room</th>
<th>Launch</th>
<th>Beta slots (teams)</th>
<th>Who is invited</th>
</tr>
</thead>
<tbody>
<tr>
<td rowspan="2">Nantes</td>
<td>Le Sous-Marin</td>
<td>April 2025</td>
<td>6</td>
<td>Maître and Passe-partout</td>
</tr>
<tr>
<td>La Conserverie</td>
<td>October 2025</td>
<td>4</td>
<td>Passe-partout only</td>
</tr>
<tr>
<td>Lyon</td>
<td>L'Atelier du Faussaire</td>
<td>June 2025</td>
<td>8</td>
<td>Compagnon and above</td>
</tr>
<tr>
<td rowspan="2">Bordeaux</td>
<td>Le Chai Maudit</td>
<td>September 2025</td>
<td>5</td>
<td>Maître and Passe-partout</td>
</tr>
<tr>
<td>Cale Sèche</td>
<td>December 2025</td>
<td>3</td>
<td>Passe-partout only</td>
</tr>
</tbody>
</table>
<h2>When to hand over to a human</h2>
<p>The Discord bot answers routine questions. A venue lead takes over, within one working day, when:</p>
<ul>
<li>a Crocheteur complains about a game master or a safety issue;</li>
<li>someone asks about a refund or a legal matter;</li>
<li>a Crocheteur sounds upset or says they want to leave;</li>
<li>a journalist or an influencer with more than 10k followers gets in touch.</li>
</ul>
<h2>Monthly routine</h2>
<ol>
<li>On the 1st, check the level recalculation report and congratulate promotions in person.</li>
<li>Before the 5th, post the month's solicitations in the planning sheet.</li>
<li>On the 15th, look at the load report and skip anyone asked twice already.</li>
<li>At month end, send the activity figures to the community manager.</li>
</ol>
<h2>Gift budget rules</h2>
<p>A venue lead may offer a free game for 2 on their own authority, up to 3 per month. Anything more expensive needs the community manager's approval in the #cercle-staff channel.</p>
</body>
</html>
"""

# ---------------------------------------------------------------- PDF
def pdf_str(s):
    b = s.encode("cp1252")
    return b.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")

def make_pdf(title, pages):
    """pages: list of list of (x, y, size, bold, text)."""
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    n = len(pages)
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(n))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, n)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, items in enumerate(pages):
        parts = []
        for (x, y, size, bold, text) in items:
            parts.append(b"BT /" + (b"F2" if bold else b"F1") + (" %g Tf 1 0 0 1 %g %g Tm (" % (size, x, y)).encode()
                         + pdf_str(text) + b") Tj ET")
        stream = b"\n".join(parts) + b"\n"
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(("<< /Length %d >>\nstream\n" % len(stream)).encode() + stream + b"endstream")
    objs.append(b"<< /Title (" + pdf_str(title) + b") /Producer (Huis Clos & Cie) /CreationDate (D:20250301090000Z) >>")
    info = len(objs)
    out = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for k, o in enumerate(objs, 1):
        offs.append(len(out))
        out += ("%d 0 obj\n" % k).encode() + o + b"\nendobj\n"
    xref = len(out)
    out += ("xref\n0 %d\n" % (len(objs) + 1)).encode() + b"0000000000 65535 f \n"
    for o in offs:
        out += ("%010d 00000 n \n" % o).encode()
    out += ("trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, xref)).encode()
    return out

def table_rows(x_cols, y, rows, size=9, bold=False, step=14):
    items = []
    for r in rows:
        for x, cell in zip(x_cols, r):
            if cell:
                items.append((x, y, size, bold, cell))
        y -= step
    return items, y

CAL_COLS = [50, 120, 190, 400, 460]
CAL_HEAD = ["Date", "Ville", "Sollicitation", "Places", "Points"]
CAL_ROWS_1 = [
    ["14 janv.", "Lyon", "Avis Google après la soirée des vœux", "15", "20"],
    ["28 janv.", "toutes", "Partage du teaser Le Sous-Marin", "illimité", "5"],
    ["8 févr.", "Nantes", "Témoignage écrit pour la page Entreprises", "4", "40"],
    ["22 févr.", "Lille", "Parrainage spécial Saint-Valentin*", "10 équipes", "50"],
    ["15 mars", "Nantes", "Bêta-test Le Sous-Marin", "6 équipes", "80"],
    ["29 mars", "Bordeaux", "Vidéo « ma première salle »", "5", "60"],
    ["12 avr.", "Toulouse", "Stand au salon Geek Days¹", "3", "120"],
    ["26 avr.", "Lyon", "Relecture des règles de L'Atelier du Faussaire", "4", "30"],
    ["10 mai", "Lille", "Parrainage d'équipes (bonus x2)", "20 équipes", "100"],
    ["24 mai", "toutes", "Sondage sur les nouvelles énigmes", "illimité", "10"],
    ["7 juin", "Lyon", "Bêta-test L'Atelier du Faussaire", "8 équipes", "80"],
]
CAL_ROWS_2 = [
    ["21 juin", "Nantes", "Fête de la musique : animation devant la salle*", "6", "40"],
    ["5 juil.", "toutes", "Partage photo d'équipe (bonus x3)", "illimité", "15"],
    ["6 sept.", "Bordeaux", "Bêta-test Le Chai Maudit", "5 équipes", "80"],
    ["20 sept.", "Lille", "Forum des associations étudiantes¹", "4", "90"],
    ["4 oct.", "Bordeaux", "Avis en vidéo (bonus x2)", "10", "120"],
    ["18 oct.", "Nantes", "Bêta-test La Conserverie", "4 équipes", "80"],
    ["15 nov.", "toutes", "Idées d'énigmes pour 2026", "illimité", "100"],
    ["6 déc.", "Bordeaux", "Bêta-test Cale Sèche", "3 équipes", "80"],
]

def cal_pdf():
    p1 = [(50, 790, 18, True, "Calendrier des sollicitations 2025"),
          (50, 768, 10, False, "Diffusion : tous les ambassadeurs du Cercle des Crocheteurs"),
          (50, 740, 13, True, "Les rendez-vous de l'année"),
          (50, 722, 10, False, "Inscrivez-vous sur le Discord dans #sollicitations dès la publication : les places partent vite.")]
    it, y = table_rows(CAL_COLS, 698, [CAL_HEAD], bold=True)
    p1 += it
    it, y = table_rows(CAL_COLS, y, CAL_ROWS_1)
    p1 += it
    p1 += [(50, 60, 8, False, "Calendrier des sollicitations 2025 - page 1/2")]
    p2 = [(50, 790, 10, False, "Les rendez-vous de l'année (suite)")]
    it, y = table_rows(CAL_COLS, 770, [CAL_HEAD], bold=True)
    p2 += it
    it, y = table_rows(CAL_COLS, y, CAL_ROWS_2)
    p2 += it
    y -= 10
    p2 += [(50, y, 8, False, "* ouvert aux Apprentis ; les autres sollicitations demandent le niveau Compagnon."),
           (50, y - 12, 8, False, "¹ repas et transport pris en charge par Huis Clos & Cie.")]
    y -= 50
    p2 += [(50, y, 13, True, "Comment répondre à une sollicitation"),
           (50, y - 20, 10, False, "1. Cliquez sur la réaction clé sous l'annonce dans #sollicitations."),
           (50, y - 34, 10, False, "2. Le bot vous envoie les détails en message privé ; confirmez sous 5 jours."),
           (50, y - 48, 10, False, "3. Le jour J, présentez-vous à l'accueil avec votre carte membre."),
           (50, y - 62, 10, False, "4. Déclarez votre contribution dans #mes-contributions pour recevoir vos points.")]
    p2 += [(50, 60, 8, False, "Calendrier des sollicitations 2025 - page 2/2")]
    return make_pdf("Calendrier des sollicitations 2025", [p1, p2])

SHOP_COLS = [50, 260, 340, 440]
SHOP_HEAD = ["Récompense", "Coût (pts)", "Niveau min.", "Stock"]
SHOP_ROWS = [
    ["Boisson offerte au bar à jeux", "40", "Apprenti", "illimité"],
    ["Tote bag « Je crochète »", "120", "Apprenti", "200"],
    ["Sweat Huis Clos & Cie", "400", "Compagnon", "80"],
    ["Partie offerte pour 2 joueurs", "300", "Apprenti", "illimité"],
    ["Partie offerte pour 6 joueurs¹", "750", "Compagnon", "illimité"],
    ["Privatisation d'une salle en soirée", "1 800", "Maître", "10 par an"],
    ["Cadenas gravé à votre pseudo*", "500", "Maître", "50"],
    ["Dîner avec l'équipe de game design", "2 000", "Passe-partout", "4 par an"],
]

def shop_pdf():
    p = [(50, 790, 18, True, "La boutique des points"),
         (50, 768, 10, False, "À l'attention de tous les Crocheteurs (ambassadeurs Huis Clos & Cie)"),
         (50, 740, 13, True, "Le catalogue"),
         (50, 722, 10, False, "Vos points se dépensent dans la boutique du Discord. Dépenser des points ne fait pas baisser votre niveau.")]
    it, y = table_rows(SHOP_COLS, 698, [SHOP_HEAD], bold=True)
    p += it
    it, y = table_rows(SHOP_COLS, y, SHOP_ROWS)
    p += it
    y -= 6
    p += [(50, y, 8, False, "* délai de gravure : 3 semaines."),
          (50, y - 12, 8, False, "¹ non valable les samedis de décembre.")]
    y -= 44
    p += [(50, y, 13, True, "Commander une récompense"),
          (50, y - 20, 10, False, "1. Tapez /boutique sur le Discord et choisissez la récompense."),
          (50, y - 34, 10, False, "2. Vérifiez votre solde : le bot refuse la commande si vous n'avez pas assez de points."),
          (50, y - 48, 10, False, "3. Vous recevez un code par message privé, à donner à l'accueil de la salle."),
          (50, y - 62, 10, False, "4. Les objets se retirent dans votre salle de rattachement sous 10 jours.")]
    y -= 100
    p += [(50, y, 13, True, "Validité des points"),
          (50, y - 20, 10, False, "Un point non dépensé expire 24 mois après avoir été gagné. Les codes de parties offertes sont valables 6 mois."),
          (50, y - 34, 10, False, "Les récompenses ne sont ni échangeables ni remboursables en argent.")]
    return make_pdf("La boutique des points", [p])

# ---------------------------------------------------------------- DOCX
def w_p(text, style=None):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    return '<w:p>%s<w:r><w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, xesc(text))

def w_cell(text, span=1, vmerge=None, bold=False):
    pr = ""
    if span > 1:
        pr += '<w:gridSpan w:val="%d"/>' % span
    if vmerge == "restart":
        pr += '<w:vMerge w:val="restart"/>'
    elif vmerge == "cont":
        pr += '<w:vMerge/>'
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    body = '<w:p><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (rpr, xesc(text)) if text else "<w:p/>"
    return "<w:tc><w:tcPr>%s</w:tcPr>%s</w:tc>" % (pr, body)

def w_tbl(ncols, rows, header_rows=1):
    grid = "".join('<w:gridCol w:w="%d"/>' % (9000 // ncols) for _ in range(ncols))
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid>%s</w:tblGrid>' % grid]
    for i, r in enumerate(rows):
        trpr = "<w:trPr><w:tblHeader/></w:trPr>" if i < header_rows else ""
        out.append("<w:tr>%s%s</w:tr>" % (trpr, "".join(w_cell(*c) if isinstance(c, tuple) else w_cell(c) for c in r)))
    out.append("</w:tbl>")
    return "".join(out)

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:rPr><w:sz w:val="22"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="40"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/></w:style>
</w:styles>
"""

def make_docx(title, body_xml):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + body_xml + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Huis Clos &amp; Cie</dc:creator></cp:coreProperties>' % xesc(title)),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
        ("word/document.xml", doc),
        ("word/styles.xml", STYLES),
    ]
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files:
            zi = zipfile.ZipInfo(name, date_time=(2025, 3, 1, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data.encode("utf-8"))
    return buf.getvalue()

def tarifs_docx():
    B = []
    B.append(w_p("Tarifs Crocheteurs 2025", "Title"))
    B.append(w_p("Destinataires : l'ensemble des ambassadeurs (Crocheteurs), tous niveaux."))
    B.append(w_p("Prix des parties", "Heading1"))
    B.append(w_p("Les prix Crocheteur s'appliquent à toute l'équipe dès qu'un Crocheteur réserve avec son compte membre. Prix par personne, équipe de 4 joueurs :"))
    rows = [
        [("Ville", 1, "restart", True), ("Salle", 1, "restart", True), ("Prix public / pers.", 2, None, True), ("Prix Crocheteur / pers.", 2, None, True)],
        [("", 1, "cont"), ("", 1, "cont"), ("semaine", 1, None, True), ("week-end", 1, None, True), ("semaine", 1, None, True), ("week-end", 1, None, True)],
        [("Lyon", 1, "restart"), "L'Atelier du Faussaire", "26 €", "30 €", "21 €", "26 €"],
        [("", 1, "cont"), "La Chambre 313*", "24 €", "28 €", "19 €", "24 €"],
        [("Nantes", 1, "restart"), "Le Sous-Marin", "28 €", "32 €", "22 €", "27 €"],
        [("", 1, "cont"), "La Conserverie¹", "25 €", "29 €", "20 €", "25 €"],
        [("Lille", 1, None), "Le Beffroi Oublié*", "23 €", "27 €", "18 €", "23 €"],
        [("Bordeaux", 1, "restart"), "Le Chai Maudit", "27 €", "31 €", "22 €", "26 €"],
        [("", 1, "cont"), "Cale Sèche¹", "29 €", "33 €", "23 €", "28 €"],
        [("Toulouse", 1, None), "Le Train de Minuit", "24 €", "28 €", "19 €", "23 €"],
    ]
    B.append(w_tbl(6, rows, header_rows=2))
    B.append(w_p("* salle accessible en fauteuil roulant."))
    B.append(w_p("¹ ouverture en cours d'année : tarif de lancement garanti jusqu'au 31 décembre 2025."))
    B.append(w_p("Suppléments et options", "Heading1"))
    B.append(w_p("Options par équipe", "Heading2"))
    rows2 = [
        [("Option", 1, None, True), ("Prix public", 1, None, True), ("Prix Crocheteur", 1, None, True), ("Remarque", 1, None, True)],
        ["Photo souvenir imprimée", "8 €", "offerte", "une par équipe"],
        ["Partie en anglais", "gratuit", "gratuit", "à demander à la réservation"],
        ["Créneau tardif (après 22 h)", "+5 € / pers.", "+2 € / pers.", "vendredi et samedi"],
        ["Goûter d'anniversaire enfants", "12 € / enfant", "10 € / enfant", "dès 8 ans, salles Découverte"],
    ]
    B.append(w_tbl(4, rows2))
    B.append(w_p("Conditions", "Heading2"))
    B.append(w_p("Pour profiter du prix Crocheteur :"))
    for t in ["réservez en ligne avec votre compte membre (pas par téléphone) ;",
              "le Crocheteur doit jouer dans l'équipe ;",
              "une seule réservation au prix Crocheteur par jour et par salle."]:
        B.append(w_p(t, "ListBullet"))
    B.append(w_p("Annulation", "Heading1"))
    B.append(w_p("Une partie annulée plus de 48 h à l'avance est remboursée en totalité. En dessous de 48 h, elle est transformée en avoir valable 12 mois, sans frais."))
    return make_docx("Tarifs Crocheteurs 2025", "".join(B))

def soirees_docx():
    B = []
    B.append(w_p("Soirées et événements du Cercle", "Title"))
    B.append(w_p("Pour tous les Crocheteurs — à lire avant de s'inscrire à une soirée."))
    B.append(w_p("Le programme du semestre", "Heading1"))
    B.append(w_p("Les soirées se tiennent après la fermeture au public ; les places partent par ordre d'inscription."))
    rows = [
        [("Soirée", 1, "restart", True), ("Date", 1, "restart", True), ("Lieu", 1, "restart", True), ("Places", 2, None, True), ("Niveau minimum", 1, "restart", True)],
        [("", 1, "cont"), ("", 1, "cont"), ("", 1, "cont"), ("Crocheteurs", 1, None, True), ("Invités", 1, None, True), ("", 1, "cont")],
        ["Nuit des cadenas", "17 janvier", ("Lyon, Croix-Rousse", 1, "restart"), "30", "15", "Apprenti"],
        ["Atelier « crée ton énigme »", "14 mars", ("", 1, "cont"), "12", "0", "Compagnon"],
        ["Apéro game designers", "16 mai", ("Nantes, Île de Nantes", 1, "restart"), "20", "10", "Maître"],
        ["Tournoi inter-villes (finale)", "27 juin", ("", 1, "cont"), "40", "40", "Apprenti"],
        ["Murder party d'Halloween", "31 octobre", "Lille, Vieux-Lille", "25", "25", "Compagnon"],
        ["Soirée du comité des énigmes", "5 décembre", "Bordeaux, Chartrons", "10", "0", "Passe-partout"],
    ]
    B.append(w_tbl(6, rows, header_rows=2))
    B.append(w_p("Les places « Invités » sont réparties selon votre niveau (voir le comparatif des niveaux)."))
    B.append(w_p("S'inscrire", "Heading1"))
    for t in ["Repérez la soirée dans le salon #événements du Discord.",
              "Cliquez sur « Je viens » et indiquez le prénom de vos invités.",
              "Attendez la confirmation du bot, au plus tard 10 jours avant la soirée.",
              "Si vous ne pouvez plus venir, libérez votre place au moins 48 h avant."]:
        B.append(w_p(t, "ListNumber"))
    B.append(w_p("Règles de la soirée", "Heading1"))
    B.append(w_p("Pour que tout le monde passe une bonne soirée, on vous demande :"))
    for t in ["de ne pas filmer les salles en cours de création ;",
              "de ne rien publier sur les énigmes montrées avant leur ouverture officielle ;",
              "de venir à l'heure : les portes ferment 15 minutes après le début ;",
              "de respecter les game masters, qui sont bénévoles ce soir-là."]:
        B.append(w_p(t, "ListBullet"))
    B.append(w_p("Absences répétées", "Heading2"))
    B.append(w_p("Deux absences sans prévenir dans l'année vous font passer en liste d'attente pour les soirées suivantes jusqu'à la fin de l'année. Rien d'autre ne change : votre niveau et vos points restent les mêmes."))
    return make_docx("Soirées et événements du Cercle", "".join(B))

# ---------------------------------------------------------------- questions
D_GUIDE, D_PART, D_HB = "guide-crocheteurs.md", "avantages-partenaires.md", "crocheteurs-handbook-en.md"
D_GRILLE, D_FAQ, D_PIL = "grille-points-2025.txt", "faq-crocheteurs.txt", "pilotage-cercle-interne.txt"
D_NIV, D_BRF = "comparatif-niveaux.html", "venue-leads-briefing.html"
D_CAL, D_SHOP = "calendrier-sollicitations-2025.pdf", "boutique-points.pdf"
D_TAR, D_SOI = "tarifs-crocheteurs.docx", "soirees-evenements.docx"

STAFF = "staff-only document: an ambassador asking should not get it"
Q = [
 # guide (md)
 ("combien de points pour un avis en vidéo ?", D_GUIDE, "Les points › Barème des contributions", "table_row", ["Avis en vidéo (30 s à 2 min)", "60"], "fr", "pipe table, units in header"),
 ("le parrainage c'est compté par joueur ou par équipe ?", D_GUIDE, "Les points › Barème des contributions", "table_row", ["Parrainage d'une équipe (partie jouée)", "compté par équipe, pas par joueur"], "fr", "value in the Remarque column"),
 ("Is there a monthly cap on written testimonials?", D_GUIDE, "Les points › Barème des contributions", "table_row", ["Témoignage écrit pour le site", "Une case vide dans la colonne « Plafond » veut dire qu'il n'y a pas de plafond mensuel."], "en", "EN over FR; empty cell, the sentence under the table gives its meaning; the unit is the row plus that note"),
 ("il faut combien de points pour passer Maître ?", D_GUIDE, "Les points › Les niveaux", "table_row", ["| Maître | 700 |"], "fr", "key and value in one snippet; 'Maître' alone also occurs elsewhere"),
 ("c'est quoi le badge des Passe-partout ?", D_GUIDE, "Les points › Les niveaux", "table_row", ["| Passe-partout | 1 500 | clé de cristal |"], "fr", ""),
 ("quelles conditions pour etre invité dans le cercle ?", D_GUIDE, "Qui peut rejoindre le Cercle", "list", ["Pour recevoir une invitation, il faut :", "- avoir joué au moins 4 salles Huis Clos & Cie", "- accepter la charte des Crocheteurs."], "fr", "intro sentence ending in ':' plus first and last items"),
 ("à partir de quel âge on peut être crocheteur ?", D_GUIDE, "Qui peut rejoindre le Cercle", "sentence", ["avoir 16 ans ou plus (autorisation parentale entre 16 et 18 ans)"], "fr", "one list item answers"),
 ("je peux quitter le cercle quand je veux ?", D_GUIDE, "Quitter le Cercle", "paragraph", ["Vous pouvez quitter le Cercle quand vous voulez, sans vous justifier", "vous gardez évidemment votre compte joueur et vos réservations."], "fr", ""),
 ("Does the Discord bot say it's an AI? can I turn off its reminders?", D_GUIDE, "Vos données", "paragraph", ["Le bot du Discord est une IA", "vous pouvez refuser ses rappels avec la commande /silence."], "en", "EN over FR"),
 # partenaires (md)
 ("la remise au Bocal à Burgers c'est combien ?", D_PART, "Lyon (Croix-Rousse)", "table_row", ["Le Bocal à Burgers", "| 10 | 31/12/2025 | dès 2 personnes |"], "fr", ""),
 ("au Quai des Pintes on a quoi comme avantage ?", D_PART, "Nantes (Île de Nantes)", "table_row", ["Le Quai des Pintes", "une pinte offerte pour 4 achetées"], "fr", "empty Remise cell; the perk is in Conditions"),
 ("Which discount do I get at Estaminet Chez Mémère in Lille?", D_PART, "Lille (Vieux-Lille)", "table_row", ["Estaminet Chez Mémère", "sur présentation du ticket de partie du jour"], "en", "EN over FR"),
 ("le partenaire connait pas l'offre, je fais quoi ?", D_PART, "Comment en profiter", "step", ["3. Si le partenaire ne connaît pas l'offre"], "fr", "numbered step 3"),
 ("les remises partenaires se cumulent avec leurs promos ?", D_PART, "", "sentence", ["Les remises ne se cumulent pas avec les autres promotions du partenaire."], "fr", "paragraph right under the title, no section: gold_section empty"),
 # handbook EN (md)
 ("what does Maître get for the birthday gift?", D_HB, "Levels at a glance", "table_row", ["| Maître | 700 | free game for 2 |"], "en", ""),
 ("Does an Apprenti get early access to new rooms?", D_HB, "Levels at a glance", "table_row", ["| Apprenti | 0 | €10 voucher at the game bar | |", "An empty cell means the level has no such perk."], "en", "empty cell + note"),
 ("how do I log a contribution?", D_HB, "Logging a contribution", "list", ["1. Type /contribution in the #mes-contributions channel", "4. Wait for your referent game master to approve it"], "en", "numbered steps as one list"),
 # grille (txt)
 ("combien de points pour une salle expert en semaine ?", D_GRILLE, "1. Points par partie jouée", "table_row", ["Expert (4 cadenas)        30"], "fr", "space-aligned table with two header rows"),
 ("pourquoi le week end rapporte moins de pionts ?", D_GRILLE, "1. Points par partie jouée", "sentence", ["Le week-end rapporte moins parce que les salles sont déjà pleines"], "fr", "typo 'pionts'"),
 ("le bonus bêta-test du Sous-Marin c'est x combien et c'est où ?", D_GRILLE, "2. Bonus de saison", "table_row", ["bêta-test Le Sous-Marin*  | x1,5           | Nantes"], "fr", "row with footnote mark *"),
 ("Is there a beta test of Le Sous-Marin in August?", D_GRILLE, "2. Bonus de saison", "sentence", ["* Le Sous-Marin ferme en août pour maintenance : pas de bêta-test pendant ce mois."], "en", "footnote under the table; EN over FR"),
 ("les bonus de saison se cumulent ?", D_GRILLE, "2. Bonus de saison", "sentence", ["Les bonus ne se cumulent pas entre eux : on applique le multiplicateur le plus élevé."], "fr", ""),
 ("quelles contributions rapportent zéro point ?", D_GRILLE, "3. Points qui ne comptent pas", "list", ["Ne rapportent aucun point :", "- les avis laissés par un salarié ou un game master ;", "- les avis supprimés par la plateforme dans les 30 jours."], "fr", ""),
 # faq (txt)
 ("je peux dire non à une sollicitation ?", D_FAQ, "Est-ce que je peux refuser une sollicitation ?", "paragraph", ["Oui, toujours. Un refus ne coûte rien", "on demande à quelqu'un d'autre."], "fr", "underlined heading (----)"),
 ("mes points ont disparu ???", D_FAQ, "Mes points ont disparu, c'est normal ?", "paragraph", ["Les points comptent pour le niveau pendant 12 mois glissants", "expire 24 mois après avoir été gagné."], "fr", ""),
 ("en combien de temps on me répond par mail ?", D_FAQ, "Combien de temps pour répondre à mes messages ?", "table_row", ["| Mail cercle@huisclos-cie.fr    | 48 h ouvrées      | lundi - vendredi"], "fr", "+---+ table"),
 ("How fast does my referent game master answer a DM?", D_FAQ, "Combien de temps pour répondre à mes messages ?", "table_row", ["| Game master référent (DM)      | 72 h "], "en", "EN over FR"),
 ("pourquoi ma vidéo a été refusée ?", D_FAQ, "Que faire si une vidéo est refusée ?", "list", ["les raisons les plus fréquentes sont :", "- un spoiler (une énigme ou un code visible à l'écran) ;", "- une durée de plus de 2 minutes."], "fr", "list introduced at the end of a sentence"),
 ("je déménage à bordeaux je garde mes points ?", D_FAQ, "Je déménage, je garde mon niveau ?", "paragraph", ["Oui. Votre niveau et vos points vous suivent dans toutes les villes"], "fr", "one-sentence paragraph"),
 # pilotage (txt, staff)
 ("combien de sollicitations max par crocheteur et par mois (règle interne) ?", D_PIL, "1. Règles de rotation des sollicitations", "list", ["Pour ne pas user les plus motivés, chaque sollicitation respecte ces règles :", "- pas plus de 2 sollicitations par Crocheteur et par mois ;", "- après deux refus de suite, on laisse la personne tranquille 6 semaines."], "fr", STAFF + "; a CM asks"),
 ("quel est le budget récompenses de Nantes ?", D_PIL, "2. Budget des récompenses par ville", "table_row", ["Nantes       4 500               3 000                       61"], "fr", STAFF + "; space-aligned table"),
 ("c'est quoi un crocheteur actif pour nous ?", D_PIL, "2. Budget des récompenses par ville", "sentence", ["Un Crocheteur actif a au moins une contribution validée dans les 90 derniers jours."], "fr", STAFF),
 ("What's the 2025 target for mean response delay?", D_PIL, "3. Objectifs 2025", "table_row", ["| Délai moyen de réponse                 | 4,1 jours  | 3 jours"], "en", STAFF + "; EN over FR"),
 ("comment on valide une contribution ?", D_PIL, "4. Valider une contribution", "list", ["1. Vérifier la preuve (lien, capture ou ticket)", "4. Répondre dans le fil sous 72 h"], "fr", STAFF + "; numbered steps under an '====' heading"),
 ("un crocheteur s'en va, on lui envoie quoi ?", D_PIL, "5. Départ d'un Crocheteur", "paragraph", ["Quand un Crocheteur quitte le Cercle ou ne remplit plus les conditions", "On ne lui propose pas de revenir avant 6 mois."], "fr", STAFF),
 # niveaux (html)
 ("qu'est-ce que le Maître a comme cadeau d'anniversaire ?", D_NIV, "Les avantages niveau par niveau", "table_row", ["Cadeau d'anniversaire", "une partie offerte pour 2"], "fr", "transposed; first value cell has colspan=2"),
 ("cadeau d'anniv pour un apprenti ?", D_NIV, "Les avantages niveau par niveau", "table_row", ["Cadeau d'anniversaire", "un bon de 10 euros au bar à jeux"], "fr", "colspan=2 covers Apprenti and Compagnon"),
 ("Can a Compagnon beta-test new rooms?", D_NIV, "Les avantages niveau par niveau", "table_row", ["Accès anticipé aux nouvelles salles", "réservation 48 h avant l'ouverture"], "en", "EN over FR; answer: no beta test, booking 48 h early; beta test cell colspan=2 for Maître and Passe-partout"),
 ("qui siège au comité des énigmes ?", D_NIV, "Les avantages niveau par niveau", "table_row", ["Comité des énigmes", "un siège, vote sur les nouvelles salles"], "fr", "colspan=3 'non' for the first three levels"),
 ("je peux descendre de 2 niveaux d'un coup ?", D_NIV, "Monter et descendre de niveau", "paragraph", ["Le niveau est recalculé le 1er de chaque mois.", "vous descendez d'un seul niveau à la fois, et jamais deux mois de suite."], "fr", ""),
 ("qu'est ce que je garde quel que soit mon niveau", D_NIV, "Monter et descendre de niveau › Ce qui ne change jamais", "list", ["Quel que soit votre niveau, vous gardez :", "l'accès au Discord du Cercle ;", "les points déjà gagnés pour la boutique."], "fr", "h3 under h2"),
 # briefing (html, staff)
 ("how many beta slots for Le Chai Maudit?", D_BRF, "Beta-test slots per venue", "table_row", ["Le Chai Maudit", "5"], "en", STAFF + "; rowspan for the city"),
 ("qui est invité au bêta-test de La Conserverie ?", D_BRF, "Beta-test slots per venue", "table_row", ["La Conserverie", "Passe-partout only"], "fr", STAFF + "; FR over EN; 'Nantes' is in a rowspan cell of the row above"),
 ("when must a venue lead take over from the bot?", D_BRF, "When to hand over to a human", "list", ["A venue lead takes over, within one working day, when:", "a Crocheteur complains about a game master or a safety issue;", "a journalist or an influencer with more than 10k followers gets in touch."], "en", STAFF),
 ("quand est-ce qu'on poste les sollicitations du mois ?", D_BRF, "Monthly routine", "step", ["Before the 5th, post the month's solicitations in the planning sheet."], "fr", STAFF + "; FR over EN"),
 ("un responsable de salle peut offrir une partie sans demander ?", D_BRF, "Gift budget rules", "paragraph", ["A venue lead may offer a free game for 2 on their own authority, up to 3 per month.", "needs the community manager's approval in the #cercle-staff channel."], "fr", STAFF + "; FR over EN"),
 # calendrier (pdf)
 ("c'est quand le bêta-test du Sous-Marin ?", D_CAL, "Les rendez-vous de l'année", "table_row", ["15 mars", "Bêta-test Le Sous-Marin"], "fr", "PDF table without rules; cells placed by position"),
 ("le bêta test Cale Sèche c'est quand et combien d'équipes ?", D_CAL, "Les rendez-vous de l'année", "table_row", ["6 déc.", "Bêta-test Cale Sèche", "3 équipes"], "fr", "page 2, table continued with repeated header; heading '(suite)' on page 2"),
 ("Can an Apprenti join the Saint-Valentin referral?", D_CAL, "Les rendez-vous de l'année", "table_row", ["Parrainage spécial Saint-Valentin*", "* ouvert aux Apprentis ; les autres sollicitations demandent le niveau Compagnon."], "en", "row + footnote on page 2; EN over FR"),
 ("j'ai combien de temps pour confirmer une sollicitation ?", D_CAL, "Comment répondre à une sollicitation", "step", ["2. Le bot vous envoie les détails en message privé ; confirmez sous 5 jours."], "fr", ""),
 ("comment je réponds à une sollicitation ?", D_CAL, "Comment répondre à une sollicitation", "list", ["1. Cliquez sur la réaction clé sous l'annonce dans #sollicitations.", "4. Déclarez votre contribution dans #mes-contributions pour recevoir vos points."], "fr", "steps as a list"),
 # boutique (pdf)
 ("combien de points pour une partie offerte à 6 ?", D_SHOP, "Le catalogue", "table_row", ["Partie offerte pour 6 joueurs¹", "750"], "fr", "PDF table without rules"),
 ("le cadenas gravé met combien de temps à arriver ?", D_SHOP, "Le catalogue", "table_row", ["Cadenas gravé à votre pseudo*", "* délai de gravure : 3 semaines."], "fr", "row + footnote"),
 ("How many points for a free drink at the game bar?", D_SHOP, "Le catalogue", "table_row", ["Boisson offerte au bar à jeux", "40"], "en", "EN over FR"),
 ("si je dépense mes points je redescends de niveau ?", D_SHOP, "Le catalogue", "sentence", ["Dépenser des points ne fait pas baisser votre niveau."], "fr", "the sentence is one PDF string, the second of that line"),
 ("où je récupère un objet commandé ?", D_SHOP, "Commander une récompense", "step", ["4. Les objets se retirent dans votre salle de rattachement sous 10 jours."], "fr", ""),
 ("les codes de partie offerte sont valables combien de temps", D_SHOP, "Validité des points", "paragraph", ["Un point non dépensé expire 24 mois après avoir été gagné.", "Les récompenses ne sont ni échangeables ni remboursables en argent."], "fr", "paragraph of two PDF lines"),
 # tarifs (docx)
 ("combien coûte le Sous-Marin le week-end avec le tarif crocheteur ?", D_TAR, "Prix des parties", "table_row", ["Le Sous-Marin", "27 €"], "fr", "DOCX table with two header rows (gridSpan) and vMerge city cells"),
 ("le tarif de Cale Sèche il est garanti jusqu'à quand ?", D_TAR, "Prix des parties", "table_row", ["Cale Sèche¹", "¹ ouverture en cours d'année : tarif de lancement garanti jusqu'au 31 décembre 2025."], "fr", "row + footnote paragraph"),
 ("Is Le Beffroi Oublié wheelchair accessible?", D_TAR, "Prix des parties", "table_row", ["Le Beffroi Oublié*", "* salle accessible en fauteuil roulant."], "en", "EN over FR; row + footnote"),
 ("la photo souvenir c'est payant pour nous ?", D_TAR, "Suppléments et options › Options par équipe", "table_row", ["Photo souvenir imprimée", "offerte"], "fr", ""),
 ("conditions pour avoir le prix crocheteur", D_TAR, "Suppléments et options › Conditions", "list", ["Pour profiter du prix Crocheteur :", "réservez en ligne avec votre compte membre (pas par téléphone) ;", "une seule réservation au prix Crocheteur par jour et par salle."], "fr", "DOCX ListBullet paragraphs"),
 ("si j'annule la veille je suis remboursé ?", D_TAR, "Annulation", "paragraph", ["Une partie annulée plus de 48 h à l'avance est remboursée en totalité."], "fr", "whole short paragraph (one DOCX paragraph)"),
 # soirees (docx)
 ("combien de places pour les invités à l'apéro game designers ?", D_SOI, "Le programme du semestre", "table_row", ["Apéro game designers", "10"], "fr", "'Places' spans 'Crocheteurs' and 'Invités'; value 10 is Invités"),
 ("l'atelier crée ton énigme c'est où ?", D_SOI, "Le programme du semestre", "table_row", ["Atelier « crée ton énigme »", "Lyon, Croix-Rousse"], "fr", "place is a vMerge cell started in the row above"),
 ("What level do I need for the riddle committee evening?", D_SOI, "Le programme du semestre", "table_row", ["Soirée du comité des énigmes", "Passe-partout"], "en", "EN over FR"),
 ("comment je m'inscris à une soirée ?", D_SOI, "S'inscrire", "list", ["Repérez la soirée dans le salon #événements du Discord.", "Si vous ne pouvez plus venir, libérez votre place au moins 48 h avant."], "fr", "ListNumber paragraphs"),
 ("je dois annuler ma place combien de temps avant ?", D_SOI, "S'inscrire", "step", ["Si vous ne pouvez plus venir, libérez votre place au moins 48 h avant."], "fr", ""),
 ("les regles pendant les soirées ?", D_SOI, "Règles de la soirée", "list", ["Pour que tout le monde passe une bonne soirée, on vous demande :", "de ne pas filmer les salles en cours de création ;", "de respecter les game masters, qui sont bénévoles ce soir-là."], "fr", "typo 'regles'"),
 ("si je viens pas deux fois à une soirée il se passe quoi ?", D_SOI, "Règles de la soirée › Absences répétées", "paragraph", ["Deux absences sans prévenir dans l'année", "votre niveau et vos points restent les mêmes."], "fr", "Heading2 under Heading1"),
]

Q += [
 ("c'est quoi le cercle des crocheteurs en gros ?", D_GUIDE, "Pourquoi le Cercle", "paragraph", ["Le Cercle des Crocheteurs réunit les joueuses et les joueurs", "rencontres avec les game designers, parties offertes."], "fr", "one-line paragraph"),
 ("j'ai fait ma 1re partie hier, pourquoi j'ai pas reçu d'invitation ?", D_GUIDE, "Qui peut rejoindre le Cercle", "sentence", ["On n'envoie pas d'invitation juste après une première partie"], "fr", "sentence after the list"),
 ("les points arrivent au bout de combien de temps ?", D_GUIDE, "Les points › Barème des contributions", "sentence", ["Chaque contribution validée par votre game master référent rapporte des points, crédités sous 7 jours."], "fr", "sentence above the table"),
 ("comment profiter des avantages partenaires ?", D_PART, "Comment en profiter", "list", ["1. Ouvrez l'onglet « Ma carte » sur le Discord du Cercle.", "3. Si le partenaire ne connaît pas l'offre"], "fr", "numbered steps as one list"),
 ("je montre la carte avant ou après avoir commandé ?", D_PART, "Comment en profiter", "step", ["2. Montrez la carte au partenaire avant de commander."], "fr", ""),
 ("Which cities have Huis Clos & Cie rooms?", D_HB, "Welcome", "sentence", ["Huis Clos & Cie runs escape rooms in Lyon, Nantes, Lille, Bordeaux and Toulouse."], "en", ""),
 ("on peut me solliciter combien de fois par mois ?", D_HB, "Solicitations", "sentence", ["We never ask the same person more than twice a month."], "fr", "FR over EN; the staff note says it too (2 per month) but must not be shown to an ambassador"),
 ("un Maître garde les avantages du Compagnon ?", D_NIV, "Les avantages niveau par niveau", "sentence", ["Chaque niveau garde les avantages du niveau précédent, sauf quand la case dit autre chose."], "fr", "sentence above the table"),
 ("c'est quoi la routine mensuelle d'un responsable de salle ?", D_BRF, "Monthly routine", "list", ["On the 1st, check the level recalculation report", "At month end, send the activity figures to the community manager."], "fr", STAFF + "; FR over EN; HTML ol"),
 ("le 15 du mois on fait quoi côté salle ?", D_BRF, "Monthly routine", "step", ["On the 15th, look at the load report and skip anyone asked twice already."], "fr", STAFF + "; FR over EN"),
 ("on peut relancer quelqu'un qui a refusé deux fois de suite ?", D_PIL, "1. Règles de rotation des sollicitations", "sentence", ["- après deux refus de suite, on laisse la personne tranquille 6 semaines."], "fr", STAFF + "; one list item"),
 ("dans quel délai on répond à une contribution déclarée ?", D_PIL, "4. Valider une contribution", "step", ["4. Répondre dans le fil sous 72 h, même en cas de refus, avec la raison."], "fr", STAFF),
 ("faut s'inscrire où pour les sollicitations ?", D_CAL, "Les rendez-vous de l'année", "sentence", ["Inscrivez-vous sur le Discord dans #sollicitations dès la publication : les places partent vite."], "fr", "PDF line above the table"),
 ("le jour J je dois apporter quoi ?", D_CAL, "Comment répondre à une sollicitation", "step", ["3. Le jour J, présentez-vous à l'accueil avec votre carte membre."], "fr", ""),
 ("comment commander une récompense ?", D_SHOP, "Commander une récompense", "list", ["1. Tapez /boutique sur le Discord et choisissez la récompense.", "4. Les objets se retirent dans votre salle de rattachement sous 10 jours."], "fr", "steps as one list"),
 ("si j'ai pas assez de points ça passe quand même ?", D_SHOP, "Commander une récompense", "step", ["2. Vérifiez votre solde : le bot refuse la commande si vous n'avez pas assez de points."], "fr", ""),
 ("le prix crocheteur marche pour toute l'équipe ?", D_TAR, "Prix des parties", "sentence", ["Les prix Crocheteur s'appliquent à toute l'équipe dès qu'un Crocheteur réserve avec son compte membre."], "fr", "first sentence of the paragraph above the table"),
 ("je peux réserver au tarif crocheteur par téléphone ?", D_TAR, "Suppléments et options › Conditions", "sentence", ["réservez en ligne avec votre compte membre (pas par téléphone) ;"], "fr", "one list item"),
 ("les soirées c'est pendant les heures d'ouverture ?", D_SOI, "Le programme du semestre", "sentence", ["Les soirées se tiennent après la fermeture au public"], "fr", ""),
 ("je reçois la confirmation d'inscription à une soirée quand ?", D_SOI, "S'inscrire", "step", ["Attendez la confirmation du bot, au plus tard 10 jours avant la soirée."], "fr", "ListNumber paragraph without a typed number"),
]

UNANS = [
 ("combien de points pour un avis en vidéo sur TikTok en live ?", "fr", "live streams are not a contribution kind anywhere; videos are 30 s to 2 min reviews"),
 ("what does Passe-partout get on Christmas?", "en", "only birthday gifts are listed, nothing for Christmas"),
 ("quelle remise chez les partenaires de Toulouse ?", "fr", "partners are listed for Lyon, Nantes and Lille only"),
 ("combien coûte une partie à Bordeaux pour 2 joueurs ?", "fr", "prices are given for teams of 4 only"),
 ("le bêta-test de La Conserverie rapporte combien en bonus de saison ?", "fr", "seasonal bonus for beta test is only Le Sous-Marin in March"),
 ("combien de points pour un avis Trustpilot ?", "fr", "the grid lists Google or TripAdvisor reviews only"),
 ("je peux revendre mes points à un autre crocheteur ?", "fr", "transfer of points between members is never mentioned (only non-refundable rewards)"),
 ("c'est combien le stationnement à la salle de Lille ?", "fr", "parking not covered"),
 ("Can I bring my dog to a Crocheteurs evening?", "en", "pets not covered in the evening rules"),
 ("quel est le seuil du niveau au-dessus de Passe-partout ?", "fr", "there is no level above Passe-partout"),
 ("combien de points pour un podcast sur nos salles ?", "fr", "podcasts are not in the points grid"),
 ("la soirée Nuit des cadenas finit à quelle heure ?", "fr", "end times are never given"),
 ("quel est le budget récompenses de Marseille ?", "fr", "no Marseille venue; staff budget lists five cities"),
 ("How many beta slots for Le Train de Minuit?", "en", "Le Train de Minuit has no beta test listed"),
 ("le tote bag existe en quelles couleurs ?", "fr", "colours not given"),
 ("quel est le délai de réponse sur Instagram ?", "fr", "Instagram is not a support channel in the FAQ table"),
 ("combien d'invités peut ramener un Apprenti à la murder party ?", "fr", "Apprenti is on a waiting list, the number of guests is not given (trap: 'liste d'attente' is close)"),
 ("quel prix crocheteur pour le goûter d'anniversaire adulte ?", "fr", "only children's birthday snack is priced"),
 ("What was the NPS target for 2024?", "en", "staff table shows end-2024 value and 2025 target, no 2024 target"),
 ("le cinéma de Lille fait une remise ?", "fr", "the cinema partner is in Nantes; Lille lists a restaurant and a game bar only"),
]

def main():
    docs = os.path.join(OUT, "docs")
    os.makedirs(docs, exist_ok=True)
    text = {D_GUIDE: GUIDE_MD, D_PART: PARTNERS_MD, D_HB: HANDBOOK_EN_MD, D_GRILLE: GRILLE_TXT,
            D_FAQ: FAQ_TXT, D_PIL: PILOTAGE_TXT, D_NIV: NIVEAUX_HTML, D_BRF: BRIEFING_HTML}
    for name, t in text.items():
        with open(os.path.join(docs, name), "wb") as f:
            f.write(t.encode("utf-8"))
    for name, data in ((D_CAL, cal_pdf()), (D_SHOP, shop_pdf()), (D_TAR, tarifs_docx()), (D_SOI, soirees_docx())):
        with open(os.path.join(docs, name), "wb") as f:
            f.write(data)
    with open(os.path.join(OUT, "questions.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, d, s, u, g, l, n) in enumerate(Q, 1):
            f.write(json.dumps({"id": "%s-%03d" % (SET, i), "question": q, "gold_doc": d, "gold_section": s,
                                "unit": u, "gold": g, "lang": l, "note": n}, ensure_ascii=False) + "\n")
    with open(os.path.join(OUT, "unanswerable.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (q, l, n) in enumerate(UNANS, 1):
            f.write(json.dumps({"id": "%s-u%02d" % (SET, i), "question": q, "lang": l, "note": n}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
