#!/usr/bin/env python3
"""Deterministic generator for structure_heldout31 (Filaé / Relais Filaé). Standard library only.
Usage: python3 gen.py [outdir]   (default: the folder of this script)"""
import json, os, sys, zipfile

OUT = sys.argv[1] if len(sys.argv) > 1 else os.path.dirname(os.path.abspath(__file__))
SET = "structure_heldout31"
DOCS = {}

# ---------------------------------------------------------------- guide-relais.md
DOCS["guide-relais.md"] = """# Guide du Relais Filaé

Diffusion : tous les Relayeurs et Relayeuses (Lyon, Nantes, Bordeaux, Lille, Montpellier) — version de janvier 2027

## Le programme en deux mots

Le Relais Filaé réunit les usagers qui roulent avec nous depuis au moins 6 mois et qui ont envie de faire connaître la trottinette et le vélo partagés autour d'eux. Vous partagez votre expérience, on vous ouvre les coulisses et on vous remercie avec des avantages concrets.

## Gagner des points

Chaque contribution validée par l'équipe communauté rapporte des points :

| Contribution | Points (pts) | Plafond (pts / mois) | Remarque |
|---|---|---|---|
| Avis écrit sur l'App Store ou Google Play | 20 | 40 | |
| Témoignage écrit (blog, newsletter) | 60 | | relu par l'équipe avant publication |
| Témoignage vidéo (30 s à 2 min) | 150 | 300 | sous-titres faits par nos soins |
| Partage sur les réseaux sociaux | 10 | 50 | mention @filae obligatoire |
| Parrainage d'un nouvel usager | 80 | | compté après son 3e trajet |
| Présence à un événement Filaé | 50 | | |
| Réponse acceptée sur le forum d'entraide | 15 | 60 | |
| Idée d'amélioration retenue | 100 | | |
| Signalement d'un véhicule endommagé | 5 | 25 | photo obligatoire |

Les cases vides de la colonne « Plafond » veulent dire qu'il n'y a pas de plafond mensuel.

## Les points ne se perdent pas (presque)

Les points restent valables 18 mois après la date de la contribution. Au-delà, ils expirent le premier jour du mois suivant. Le niveau, lui, se calcule sur les points gagnés pendant les 12 derniers mois glissants.

## Déclarer une contribution

Pour déclarer une contribution sur le Discord du Relais :

1. Ouvrez le salon #mes-contributions.
2. Tapez /contribution puis choisissez le type dans la liste.
3. Collez le lien (avis, publication, vidéo) ou joignez une capture d'écran.
4. Attendez la validation de l'équipe communauté, en général sous 72 h.

## Ce qu'on attend de vous

Pas de quota, pas de texte imposé. On vous demande simplement :

- de parler de votre expérience réelle, y compris ce qui vous agace ;
- de signaler que vous faites partie du Relais quand vous publiez ;
- de respecter le code de la route et les zones de stationnement, surtout en photo ;
- de ne jamais partager les codes promo réservés au Relais en dehors du Discord.

## Quitter le programme

Vous pouvez quitter le Relais à tout moment en écrivant à relais@filae.fr. Vos points non utilisés sont alors convertis en crédit de trajets, à raison de 100 points pour 1 € de crédit, dans la limite de 30 €.
"""

# ---------------------------------------------------------------- faq-relayeurs.md
DOCS["faq-relayeurs.md"] = """# FAQ des Relayeurs

> Pour tous les ambassadeurs Filaé — on la complète au fil de vos questions sur le Discord.

## Points et niveaux

### Pourquoi ma contribution est encore « en attente » ?

La plupart des contributions sont validées en 72 h. Les témoignages vidéo passent par le montage et peuvent prendre jusqu'à 10 jours ouvrés. Si rien n'a bougé au bout de 10 jours, écrivez dans #aide-relais.

### Je déménage dans une autre ville Filaé, je garde mes points ?

Oui : vos points et votre niveau vous suivent. Prévenez simplement l'équipe pour être ajouté au salon de votre nouvelle ville.

## Parrainage

### C'est quoi la différence avec le parrainage normal de l'appli ?

Tout le monde peut parrainer dans l'appli, mais le parrainage Relais est plus généreux :

|  | Usager classique | Relayeur |
|---|---|---|
| Bonus du filleul (min offertes) | 10 | 20 |
| Bonus du parrain | 5 € de crédit | 80 pts |
| Parrainages max (par an) | 5 | 20 |
| Code personnalisé |  | oui |

### Mon filleul n'a pas reçu ses minutes

Les minutes arrivent après la validation de son permis de conduire ou de sa pièce d'identité dans l'appli, pas à l'inscription. S'il a validé depuis plus de 48 h, envoyez-nous son adresse e-mail en message privé.

## Matériel et sécurité

### Est-ce que Filaé fournit un casque ?

Pas à tout le monde. Le casque pliable est le cadeau d'anniversaire du niveau Or et on peut aussi l'obtenir dans la boutique des points. Dans tous les cas, on recommande fortement de rouler casqué.

### Que faire si je vois une trottinette mal garée ?

Prenez une photo avec la plaque visible, puis :

1. Ouvrez l'appli et touchez « Signaler un véhicule ».
2. Choisissez « Stationnement gênant ».
3. Ajoutez la photo et validez.

Ne déplacez pas vous-même un vélo à assistance électrique : il pèse plus de 25 kg.
"""

# ---------------------------------------------------------------- city-leads-en.md
DOCS["city-leads-en.md"] = """# Filaé Relay: city captains and local contacts

For all ambassadors (Relayeurs) in every city. Last updated January 2027.

## Who runs your city

Each city has a volunteer captain, picked among Platinum Relayeurs, and a Filaé staff contact.

| City | Captain | Fleet (vehicles) | Service area (km²) | Discord channel |
|------|---------|-----------------:|-------------------:|-----------------|
| Lyon | Inès Garnier | 4 200 | 48 | #lyon |
| Nantes | Mathis Roux | 2 600 | 35 | #nantes |
| Bordeaux |  | 2 100 | 31 | #bordeaux |
| Lille | Chloé Vasseur | 1 900 |  | #lille |
| Montpellier | Yanis Benali | 1 500 | 22 | #montpellier |

Bordeaux has no captain at the moment: write to the staff contact in #bordeaux. The Lille service area is being redrawn after the metro works and will be published in March.

## Office hours

The community team answers on Discord from Monday to Friday, 9:30 to 18:00 (Paris time). Outside these hours, urgent safety issues go through the in-app support chat, never through Discord.

## Riding in winter

A few habits keep you and the fleet safe when it gets cold:

- slow down on wet tram tracks and painted markings;
- switch the lights on from 4 pm, even in town;
- avoid e-scooters when the temperature drops below -5 °C, the batteries cut out;
- park off the pavement when snow ploughs are out.
"""

# ---------------------------------------------------------------- calendrier txt
DOCS["calendrier-sollicitations-2027.txt"] = """CALENDRIER DES SOLLICITATIONS 2027 - RELAIS FILAÉ
=================================================

Pour : tous les Relayeurs et Relayeuses, toutes villes
Mise à jour : 11 janvier 2027 (équipe communauté)

1. Comment lire ce calendrier
-----------------------------

Chaque ligne est une demande que l'équipe communauté vous enverra sur le Discord. La colonne « Besoin » indique combien de Relayeurs on cherche ; la date limite est celle de la réponse, pas de l'événement. Vous pouvez toujours dire non, sans justification et sans perdre de points.

2. Premier semestre
-------------------

Mois       Ville          Sollicitation                               Besoin         Réponse avant
---------  -------------  ------------------------------------------  -------------  -------------
Janvier    Toutes         Avis sur la nouvelle appli v5               40 avis        31/01
Février    Lyon           Témoignage vidéo pour le salon Mobilis      3 vidéos       14/02
Mars       Nantes         Balade inaugurale des vélos cargo           20 personnes   10/03
Avril      Bordeaux       Atelier « rouler en sécurité »              12 personnes   02/04
Mai        Toutes         Fête du vélo : stands en station            30 bénévoles   05/05
Juin       Lille          Test des nouvelles bornes de recharge       8 testeurs     01/06

3. Second semestre
------------------

Mois       Ville          Sollicitation                               Besoin         Réponse avant
---------  -------------  ------------------------------------------  -------------  -------------
Juillet    Montpellier    Témoignages écrits pour la campagne d'été   10 textes      28/06
Août       -              pause estivale, aucune sollicitation        -              -
Septembre  Toutes         Semaine européenne de la mobilité           25 bénévoles   01/09
Octobre    Lyon           Table ronde élus et usagers                 4 Relayeurs    20/09
Novembre   Nantes         Co-création : carte des zones de parking    15 personnes   25/10
Décembre   Toutes         Vote pour l'idée de l'année                 tout le monde  10/12

4. Notre règle de sollicitation
-------------------------------

Personne ne reçoit plus de deux demandes par mois. Si vous avez répondu oui à une demande, on ne vous en propose pas d'autre pendant les trois semaines qui suivent, pour laisser la place aux autres et éviter l'essoufflement.
"""

# ---------------------------------------------------------------- bareme txt
DOCS["bareme-boutique-points.txt"] = """BOUTIQUE DES POINTS - BARÈME 2027
=================================

Document destiné à tous les ambassadeurs du Relais Filaé.

Convertir ses points
--------------------

Les points se dépensent dans l'appli, onglet Relais > Boutique. Le barème en vigueur depuis le 1er janvier :

+------------------------------------+------------+-----------------+
| Récompense                         | Coût (pts) | Disponibilité   |
+------------------------------------+------------+-----------------+
| Pass 1 jour trottinette            | 150        | toutes villes   |
| Pass 1 jour vélo électrique        | 200        | toutes villes   |
| Abonnement mensuel illimité        | 900        | toutes villes ¹ |
| Casque pliable Filaé               | 1 200      | stock limité ²  |
| Antivol en U                       | 700        | Lyon, Lille     |
| Don à l'association Vélo-Cité      | 100        | toutes villes ³ |
| Visite de l'atelier de maintenance | 400        | Lyon, Nantes    |
+------------------------------------+------------+-----------------+
¹ Hors abonnement étudiant, déjà remisé.
² Réassort en mars et en septembre.
³ Filaé double le montant du don.

Délais de livraison
-------------------

Les pass et l'abonnement sont crédités sur votre compte dans l'heure. Les objets (casque, antivol) sont à retirer au point Filaé de votre ville sous 15 jours ; passé ce délai, les points vous sont rendus.

Annuler une commande
--------------------

Une commande peut être annulée depuis l'appli :
- tant qu'un pass n'a pas été activé ;
- tant qu'un objet n'a pas été retiré au point Filaé ;
- jamais pour un don, qui est reversé chaque fin de mois.
"""

# ---------------------------------------------------------------- suivi interne txt (staff)
DOCS["note-interne-animation.txt"] = """NOTE INTERNE - ANIMATION DU RELAIS
==================================

Diffusion : équipe communauté et responsables de ville uniquement. Ne pas partager sur le Discord des Relayeurs.

1. Charge de sollicitation
--------------------------

Avant d'envoyer une demande, vérifier dans le tableau de suivi :
- que la personne n'a pas déjà deux demandes ce mois-ci ;
- qu'elle n'a pas dit oui dans les trois dernières semaines ;
- qu'elle n'a pas ignoré trois demandes de suite (dans ce cas, message personnel d'abord) ;
- que les cinq Relayeurs les plus actifs de la ville ne reçoivent pas plus de 40 % des demandes du trimestre.

2. Calendrier des relances
--------------------------

Étape      Canal                 Message                                  Qui
---------  --------------------  ---------------------------------------  ------------------
J          Discord (salon ville) annonce de la demande                    CM de la ville
J+3        Discord (MP)          relance douce, une seule                 bot ambassade
J+7        e-mail                dernière relance, lien de désinscription CM de la ville
J+10       -                     clôture, aucun nouveau message           -

3. Budget récompenses par ville (2027)
--------------------------------------

Ville          Budget annuel   dont événements   dont boutique
-------------  --------------  ----------------  -------------
Lyon           18 000 €        7 000 €           11 000 €
Nantes         11 000 €        4 500 €           6 500 €
Bordeaux       9 000 €         4 000 €           5 000 €
Lille          8 500 €         3 500 €           5 000 €
Montpellier    6 500 €         2 500 €           4 000 €

4. Gérer un départ
------------------

Quand un Relayeur quitte le programme ou n'est plus éligible :
1. Appeler ou écrire personnellement, jamais un message automatique.
2. Convertir ses points en crédit de trajets (100 pts = 1 €, plafond 30 €).
3. Retirer ses accès au Discord sous 7 jours, après lui avoir laissé le temps de dire au revoir.
4. Noter la raison du départ dans le tableau de suivi, sans commentaire personnel.
5. Vérifier que son compte client et son abonnement ne sont pas touchés.
"""

# ---------------------------------------------------------------- HTML: niveaux
DOCS["niveaux-et-avantages.html"] = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Niveaux et avantages du Relais Filaé</title>
</head>
<body>
<h1>Niveaux et avantages du Relais Filaé</h1>
<p class="chapo">Page réservée aux membres : pour tous les Relayeurs, quelle que soit leur ville. Mise à jour le 4 janvier 2027.</p>

<h2>Les seuils</h2>
<p>Votre niveau dépend des points gagnés sur les 12 derniers mois :</p>
<table>
<thead>
<tr><th>Niveau</th><th>Points sur 12 mois</th><th>Repère</th></tr>
</thead>
<tbody>
<tr>
<td>Bronze</td>
<td>0 à 299 pts</td>
<td>dès l'entrée dans le Relais</td>
</tr>
<tr>
<td>Argent</td>
<td>300 à 899 pts</td>
<td>environ un avis et un partage par mois</td>
</tr>
<tr>
<td>Or</td>
<td>900 à 1 999 pts</td>
<td>quelques témoignages et parrainages</td>
</tr>
<tr>
<td>Platine</td>
<td>2 000 pts et plus</td>
<td>les piliers de la communauté</td>
</tr>
</tbody>
</table>

<h2>Tableau des avantages</h2>
<p>Les avantages se cumulent d'un niveau à l'autre, sauf mention contraire.</p>
<table>
<thead>
<tr>
<th rowspan="2" colspan="2">Avantage</th>
<th colspan="4">Niveau</th>
</tr>
<tr>
<th>Bronze</th>
<th>Argent</th>
<th>Or</th>
<th>Platine</th>
</tr>
</thead>
<tbody>
<tr>
<th rowspan="3">Trajets</th>
<td>Minutes offertes chaque mois</td>
<td>30 min</td>
<td>60 min</td>
<td>120 min</td>
<td>illimitées*</td>
</tr>
<tr>
<td>Déverrouillage gratuit</td>
<td>non</td>
<td colspan="3">oui, sur tous les trajets</td>
</tr>
<tr>
<td>Réservation prolongée</td>
<td>10 min</td>
<td>10 min</td>
<td>20 min</td>
<td>30 min</td>
</tr>
<tr>
<th rowspan="2">Cadeaux</th>
<td>Cadeau d'anniversaire</td>
<td colspan="2">15 minutes offertes</td>
<td>casque pliable Filaé</td>
<td>casque pliable et sacoche de guidon</td>
</tr>
<tr>
<td>Kit de bienvenue</td>
<td colspan="4">tote bag et autocollants réfléchissants</td>
</tr>
<tr>
<th rowspan="3">Coulisses</th>
<td>Accès anticipé aux nouveaux véhicules</td>
<td>-</td>
<td>-</td>
<td>oui</td>
<td>oui</td>
</tr>
<tr>
<td>Rencontre avec l'équipe produit</td>
<td>-</td>
<td>-</td>
<td>1 fois par an</td>
<td>2 fois par an</td>
</tr>
<tr>
<td>Comité des usagers</td>
<td>-</td>
<td>-</td>
<td>-</td>
<td>un siège, mandat d'un an</td>
</tr>
</tbody>
</table>
<p class="note">* Illimitées dans la limite d'un usage raisonnable : 45 minutes maximum par trajet.</p>

<h2>Changer de niveau</h2>
<p>Le niveau est recalculé le 1er de chaque mois. Si vos points sur 12 mois repassent sous le seuil, vous gardez votre niveau trois mois de plus avant de redescendre : pas de mauvaise surprise après un hiver sans rouler.</p>
</body>
</html>
"""

# ---------------------------------------------------------------- HTML: défis
DOCS["defis-du-trimestre.html"] = """<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<title>Défis du trimestre - Relais Filaé</title>
</head>
<body>
<h1>Défis du trimestre</h1>
<p><em>À l'attention de tous les Relayeurs et Relayeuses</em></p>

<h2>Défis en cours (janvier - mars 2027)</h2>
<table>
<tr>
<th rowspan="2">Défi</th>
<th colspan="2">Période</th>
<th rowspan="2">Bonus (pts)</th>
</tr>
<tr>
<th>Début</th>
<th>Fin</th>
</tr>
<tr>
<td>Janvier sans voiture</td>
<td>6 janvier</td>
<td>31 janvier</td>
<td>120</td>
</tr>
<tr>
<td>Trois avis en février</td>
<td>1er février</td>
<td>28 février</td>
<td>60</td>
</tr>
<tr>
<td>Parrainer un collègue</td>
<td>1er février</td>
<td>31 mars</td>
<td>100</td>
</tr>
<tr>
<td>Photo de station enneigée</td>
<td>6 janvier</td>
<td>15 mars</td>
<td>40</td>
</tr>
</table>

<h2>Comment participer</h2>
<ol>
<li>Rejoignez le salon #defis sur le Discord.</li>
<li>Cliquez sur la réaction du défi choisi pour vous inscrire.</li>
<li>Postez votre preuve dans le fil du défi avant la date de fin.</li>
</ol>

<h2>Et le classement ?</h2>
<p>Il n'y a pas de classement individuel public. On affiche seulement le total de la communauté par ville, pour que personne ne se sente obligé de courir après les points.</p>
</body>
</html>
"""

# ---------------------------------------------------------------- PDF writer
def pdf_str(s):
    out = []
    for ch in s:
        if ch in "\\()":
            out.append("\\" + ch)
        elif 32 <= ord(ch) < 127:
            out.append(ch)
        else:
            b = ch.encode("cp1252")
            out.append("".join("\\%03o" % x for x in b))
    return "(" + "".join(out) + ")"

def make_pdf(pages, title):
    """pages: list of list of (x, y, size, bold, text)."""
    objs = []
    objs.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    npages = len(pages)
    kids = " ".join("%d 0 R" % (5 + 2 * i) for i in range(npages))
    objs.append(("<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, npages)).encode())
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for i, items in enumerate(pages):
        lines = []
        for (x, y, size, bold, text) in items:
            lines.append("BT /%s %d Tf %d %d Td %s Tj ET" % ("F2" if bold else "F1", size, x, y, pdf_str(text)))
        stream = ("\n".join(lines) + "\n").encode("latin-1")
        objs.append(("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R /F2 4 0 R >> >> /Contents %d 0 R >>" % (6 + 2 * i)).encode())
        objs.append(b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"endstream")
    objs.append(("<< /Title %s /Producer (gen.py) >>" % pdf_str(title)).encode("latin-1"))
    info = len(objs)
    data = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    offs = []
    for n, o in enumerate(objs, 1):
        offs.append(len(data))
        data += b"%d 0 obj\n" % n + o + b"\nendobj\n"
    x = len(data)
    data += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        data += b"%010d 00000 n \n" % o
    data += b"trailer\n<< /Size %d /Root 1 0 R /Info %d 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, info, x)
    return data

class Page:
    def __init__(self):
        self.items, self.y = [], 790
    def text(self, t, size=10, bold=False, x=56, gap=None):
        self.items.append((x, self.y, size, bold, t))
        self.y -= gap if gap is not None else int(size * 1.6)
    def row(self, cells, xs, bold=False, size=9):
        for c, x in zip(cells, xs):
            if c:
                self.items.append((x, self.y, size, bold, c))
        self.y -= 14
    def skip(self, n=8):
        self.y -= n

# charte-programme.pdf (FR, all)
def charte():
    p1, p2 = Page(), Page()
    p = p1
    p.text("Charte du Relais Filaé", 20, True, gap=30)
    p.text("Diffusion : ensemble des Relayeurs et Relayeuses, toutes villes - édition 2027", 9, gap=24)
    p.text("1. Nos engagements", 14, True)
    p.text("Filaé s'engage à ne jamais vous demander de publier un texte écrit à votre place, à répondre", 10)
    p.text("à chaque contribution déclarée et à vous prévenir au moins trois semaines avant un événement.", 10)
    p.skip()
    p.text("2. Vos engagements", 14, True)
    p.text("En rejoignant le Relais, vous acceptez :", 10)
    p.text("- de rester honnête sur votre expérience, les points négatifs compris ;", 10, x=66)
    p.text("- d'indiquer votre appartenance au Relais dans vos publications ;", 10, x=66)
    p.text("- de ne pas revendre les pass ni les codes reçus ;", 10, x=66)
    p.text("- de respecter les règles de stationnement, y compris sur vos photos et vidéos.", 10, x=66)
    p.skip()
    p.text("3. Contributions et délais de validation", 14, True)
    p.text("Le tableau ci-dessous indique qui valide chaque type de contribution et sous quel délai.", 10)
    xs = [56, 250, 350, 450]
    hdr = ["Contribution", "Délai de validation", "Validé par", "Publication"]
    rows = [
        ["Avis sur les stores", "72 h", "CM de la ville", "par vous"],
        ["Témoignage écrit", "5 jours ouvrés", "équipe éditoriale", "blog Filaé"],
        ["Témoignage vidéo", "10 jours ouvrés", "équipe éditoriale", "réseaux Filaé"],
        ["Partage sur les réseaux", "72 h", "CM de la ville", "par vous"],
        ["Parrainage", "après 3 trajets", "automatique", "-"],
        ["Présence à un événement", "48 h", "CM de la ville", "-"],
        ["Réponse sur le forum", "72 h", "modérateurs", "forum"],
    ]
    p.row(hdr, xs, bold=True)
    for r in rows:
        p.row(r, xs)
    p.skip(20)
    p.text("Suite du tableau page suivante.", 8)
    p.text("Page 1/2", 8, x=500)
    p = p2
    p.text("3. Contributions et délais de validation (suite)", 12, True)
    p.row(hdr, xs, bold=True)
    rows2 = [
        ["Idée d'amélioration", "1 mois", "équipe produit", "feuille de route"],
        ["Co-création (atelier)", "48 h", "équipe produit", "-"],
        ["Signalement de véhicule", "24 h", "maintenance", "-"],
        ["Intervention presse", "avant l'interview", "service presse", "média"],
    ]
    for r in rows2:
        p.row(r, xs)
    p.skip(16)
    p.text("4. Vos données", 14, True)
    p.text("Nous n'utilisons vos trajets que de façon agrégée pour calculer vos points. L'assistant du Discord", 10)
    p.text("est un programme automatique : il ne lit pas vos messages privés avec les autres membres.", 10)
    p.skip()
    p.text("5. Quitter le Relais", 14, True)
    p.text("Vous pouvez partir quand vous voulez, sans préavis. Vos contenus déjà publiés restent en ligne sauf", 10)
    p.text("si vous demandez leur retrait, que nous effectuons sous 30 jours.", 10)
    p.text("Page 2/2", 8, x=500)
    return make_pdf([p1.items, p2.items], "Charte du Relais Filaé")

# tableau-de-bord-2027.pdf (FR, staff)
def tableau():
    p = Page()
    p.text("Tableau de bord du Relais - objectifs 2027", 18, True, gap=28)
    p.text("Document interne - équipe communauté et direction marketing. Ne pas diffuser aux Relayeurs.", 9, gap=24)
    p.text("Objectifs par ville", 14, True)
    xs = [56, 150, 250, 340, 430]
    p.row(["Ville", "Relayeurs actifs", "Témoignages", "Parrainages", "Délai de réponse"], xs, bold=True)
    p.row(["", "(cible)", "(par an)", "(par an)", "(moyen visé)"], xs, bold=True)
    for r in [["Lyon", "180", "60", "900", "36 h"], ["Nantes", "110", "35", "520", "48 h"],
              ["Bordeaux", "90", "30", "430", "48 h"], ["Lille", "80", "25", "380", "48 h"],
              ["Montpellier", "60", "20", "300", "72 h"]]:
        p.row(r, xs)
    p.skip(16)
    p.text("Indicateurs de santé suivis chaque mois", 14, True)
    p.text("Le comité de pilotage regarde cinq indicateurs :", 10)
    for t in ["- la rétention des Relayeurs d'une année sur l'autre (objectif : 75 %) ;",
              "- le nombre moyen de contributions par Relayeur et par mois ;",
              "- le NPS des Relayeurs eux-mêmes, mesuré en juin et en décembre ;",
              "- le délai moyen de réponse à une sollicitation ;",
              "- le taux de passage d'un niveau au suivant."]:
        p.text(t, 10, x=66)
    p.skip()
    p.text("Points d'attention", 14, True)
    p.text("Lyon concentre 40 % des contributions sur 12 Relayeurs : risque d'essoufflement. Priorité du premier", 10)
    p.text("trimestre : recruter 30 nouveaux Relayeurs dans les arrondissements du sud et de l'est.", 10)
    return make_pdf([p.items], "Tableau de bord du Relais - objectifs 2027")

# ---------------------------------------------------------------- DOCX writer
def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")

def para(text, style=None, bold=False):
    ppr = '<w:pPr><w:pStyle w:val="%s"/></w:pPr>' % style if style else ""
    rpr = "<w:rPr><w:b/></w:rPr>" if bold else ""
    if not text:
        return "<w:p>%s</w:p>" % ppr
    return '<w:p>%s<w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:p>' % (ppr, rpr, esc(text))

def table(rows, header_rows=1):
    """rows: list of list of cells; a cell is str or dict(text=, span=, vmerge='restart'|'continue')."""
    out = ['<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>']
    ncols = max(sum((c.get("span", 1) if isinstance(c, dict) else 1) for c in r) for r in rows)
    out.append("<w:tblGrid>" + '<w:gridCol w:w="2000"/>' * ncols + "</w:tblGrid>")
    for i, r in enumerate(rows):
        out.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if i < header_rows else ""))
        for c in r:
            if isinstance(c, str):
                c = {"text": c}
            pr = ""
            if c.get("span"):
                pr += '<w:gridSpan w:val="%d"/>' % c["span"]
            if c.get("vmerge") == "restart":
                pr += '<w:vMerge w:val="restart"/>'
            elif c.get("vmerge") == "continue":
                pr += "<w:vMerge/>"
            out.append("<w:tc>%s%s</w:tc>" % ("<w:tcPr>%s</w:tcPr>" % pr if pr else "",
                                              para(c.get("text", ""), bold=i < header_rows)))
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)

STYLES = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:rPr><w:b/><w:sz w:val="48"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="26"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="ListParagraph"><w:name w:val="List Paragraph"/><w:basedOn w:val="Normal"/><w:pPr><w:ind w:left="720"/></w:pPr></w:style>
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr><w:tblBorders><w:top w:val="single" w:sz="4"/><w:left w:val="single" w:sz="4"/><w:bottom w:val="single" w:sz="4"/><w:right w:val="single" w:sz="4"/><w:insideH w:val="single" w:sz="4"/><w:insideV w:val="single" w:sz="4"/></w:tblBorders></w:tblPr></w:style>
</w:styles>
"""

def make_docx(body, title):
    doc = ('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
           '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>'
           + "".join(body) + '<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>')
    files = [
        ("[Content_Types].xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'),
        ("_rels/.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>'),
        ("word/_rels/document.xml.rels", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>'),
        ("word/document.xml", doc),
        ("word/styles.xml", STYLES),
        ("docProps/core.xml", '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>%s</dc:title><dc:creator>Filaé</dc:creator></cp:coreProperties>' % esc(title)),
    ]
    import io
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, content in files:
            zi = zipfile.ZipInfo(name, date_time=(2027, 1, 4, 9, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, content.encode("utf-8"))
    return buf.getvalue()

def evenements():
    R, C = "restart", "continue"
    b = [para("Événements du Relais 2027 par ville", "Title"),
         para("Pour tous les Relayeurs et Relayeuses : à garder sous le coude, on le met à jour chaque trimestre."),
         para("Rendez-vous réguliers", "Heading1"),
         para("Les rendez-vous ci-dessous sont ouverts à tous les membres du Relais, sans inscription sauf mention contraire."),
         table([
             [{"text": "Ville", "vmerge": R}, {"text": "Rendez-vous", "vmerge": R}, {"text": "Horaires", "span": 2}, {"text": "Lieu", "vmerge": R}],
             [{"text": "", "vmerge": C}, {"text": "", "vmerge": C}, "Semaine", "Week-end", {"text": "", "vmerge": C}],
             [{"text": "Lyon", "vmerge": R}, "Apéro Relais", "1er jeudi du mois, 19 h", "", "Dépôt Filaé de Gerland"],
             [{"text": "", "vmerge": C}, "Balade du dimanche", "", "dernier dimanche, 10 h", "Place Bellecour"],
             [{"text": "Nantes", "vmerge": R}, "Café vélo", "2e mardi du mois, 18 h 30", "", "Île de Nantes, hangar 32"],
             [{"text": "", "vmerge": C}, "Atelier réparation", "", "1er samedi, 14 h", "Hangar 32"],
             ["Bordeaux", "Apéro Relais", "3e mercredi du mois, 19 h", "", "Darwin, Bastide"],
             ["Lille", "Balade nocturne", "", "2e samedi, 20 h", "Gare Lille-Flandres"],
             ["Montpellier", "Petit-déj' des Relayeurs", "", "1er dimanche, 9 h 30", "Place de la Comédie"],
         ], header_rows=2),
         para("Temps forts de l'année", "Heading1"),
         para("Trois grands rendez-vous réunissent toutes les villes :", None),
         para("la Fête du vélo en mai, avec des stands dans les grandes stations ;", "ListParagraph"),
         para("la Semaine européenne de la mobilité en septembre ;", "ListParagraph"),
         para("la Soirée des Relayeurs en décembre, à Lyon, transport et hébergement pris en charge pour les niveaux Or et Platine.", "ListParagraph"),
         para("S'inscrire à un événement", "Heading1"),
         para("Étape 1 : repérez l'événement dans le salon #agenda de votre ville."),
         para("Étape 2 : cliquez sur « Je viens » sous l'annonce."),
         para("Étape 3 : le jour J, présentez le QR code reçu par message privé pour que votre présence compte."),
         para("Si vous ne pouvez plus venir, retirez votre « Je viens » au moins 24 h avant : aucune pénalité."),
         ]
    return make_docx(b, "Événements du Relais 2027 par ville")

def onboarding():
    R, C = "restart", "continue"
    b = [para("Filaé Relay: welcome kit", "Title"),
         para("For all ambassadors, all cities. Translated from the French welcome kit for our English-speaking Relayeurs."),
         para("Your first 30 days", "Heading1"),
         para("No pressure: this is a suggested path, not a checklist."),
         table([
             ["Week", "What to do", "Points", "Tip"],
             ["Week 1", "Introduce yourself in #welcome", "0", "Say which city and which vehicle you ride"],
             ["Week 2", "Leave an app review", "20", "Mention one thing we could do better"],
             ["Week 3", "Answer a question on the help forum", "15", "Only if you know the answer"],
             ["Week 4", "Come to a local meetup", "50", "See the events calendar for your city"],
         ]),
         para("Who to contact", "Heading1"),
         table([
             ["Topic", "Channel", "Typical response time"],
             ["Points missing", {"text": "#relay-help on Discord", "vmerge": R}, "2 working days"],
             ["Level or perks question", {"text": "", "vmerge": C}, "2 working days"],
             ["Billing, refunds, fines", "In-app support chat", "24 hours"],
             ["Accident or injury", "Emergency line 04 28 29 30 31", "Immediately, 24/7"],
             ["Press or media request", "relais@filae.fr", "3 working days"],
         ]),
         para("Code of conduct", "Heading1"),
         para("As a Relayeur, we ask you to:"),
         para("be honest about your own rides, good and bad;", "ListParagraph"),
         para("say that you are part of the Relay when you post about Filaé;", "ListParagraph"),
         para("never ride two on one scooter, even for a photo;", "ListParagraph"),
         para("keep other members' personal details private.", "ListParagraph"),
         para("Leaving the Relay", "Heading1"),
         para("You can leave whenever you want by writing to relais@filae.fr. Your remaining points become ride credit (100 points for 1 euro, up to 30 euros)."),
         ]
    return make_docx(b, "Filaé Relay: welcome kit")

BINARY = {
    "charte-programme.pdf": charte,
    "tableau-de-bord-2027.pdf": tableau,
    "evenements-par-ville.docx": evenements,
    "onboarding-kit-en.docx": onboarding,
}

# ---------------------------------------------------------------- questions
Q = []
def q(doc, section, unit, gold, question, lang="fr", note=""):
    Q.append({"id": "%s-%03d" % (SET, len(Q) + 1), "question": question, "gold_doc": doc,
              "gold_section": section, "unit": unit, "gold": gold, "lang": lang, "note": note})

G, N, H, B = "guide-relais.md", "niveaux-et-avantages.html", "calendrier-sollicitations-2027.txt", "bareme-boutique-points.txt"
CH, TB, EV, ON = "charte-programme.pdf", "tableau-de-bord-2027.pdf", "evenements-par-ville.docx", "onboarding-kit-en.docx"
CL, FQ, DF, NI = "city-leads-en.md", "faq-relayeurs.md", "defis-du-trimestre.html", "note-interne-animation.txt"
STAFF = "staff only: answer only in a staff document; an ambassador asking must not get it"

# guide-relais.md (10)
q(G, "Gagner des points", "table_row", ["Témoignage vidéo (30 s à 2 min)", "| 150 |"], "combien de points pour un témoignage en vidéo ?", note="Markdown pipe table; value cell 150")
q(G, "Gagner des points", "table_row", ["Avis écrit sur l'App Store ou Google Play", "| 40 |"], "les avis sur le store c'est plafonné à combien par mois ?", note="asked value is the Plafond column (40), not the points (20)")
q(G, "Les points ne se perdent pas (presque)", "paragraph", ["Les points restent valables 18 mois", "12 derniers mois glissants"], "mes points expirent au bout de combien de temps ?")
q(G, "Déclarer une contribution", "step", ["Tapez /contribution puis choisissez le type dans la liste."], "sur discord je tape quelle commande pour déclarer un truc ?")
q(G, "Ce qu'on attend de vous", "list", ["de parler de votre expérience réelle", "de ne jamais partager les codes promo"], "qu'est-ce que vous attendez de nous concrètement ?", note="list introduced by a sentence ending in ':'")
q(G, "Gagner des points", "table_row", ["Partage sur les réseaux sociaux", "mention @filae obligatoire"], "how many points do I get for sharing on Instagram?", "en", "EN question over FR doc; row of the points grid")
q(G, "Quitter le programme", "paragraph", ["Vous pouvez quitter le Relais à tout moment", "dans la limite de 30 €"], "what happens to my points if I quit?", "en", "EN over FR; the EN welcome kit says the same in 'Leaving the Relay' (accept either in a lenient run, gold is this one)")

# niveaux-et-avantages.html (10)
q(N, "Les seuils", "table_row", ["<td>Or</td>", "<td>900 à 1 999 pts</td>"], "il faut combien de points pour passer Or ?")
q(N, "Tableau des avantages", "table_row", ["Cadeau d'anniversaire", "<td>casque pliable Filaé</td>"], "what does Gold get for the birthday gift?", "en", "EN over FR; transposed table (levels are columns), Or = Gold is the 3rd level column")
q(N, "Tableau des avantages", "table_row", ["Cadeau d'anniversaire", "15 minutes offertes"], "le cadeau d'anniv en Argent c'est quoi ?", note="colspan=2 cell covers Bronze and Argent")
q(N, "Tableau des avantages", "table_row", ["Minutes offertes chaque mois", "illimitées*"], "how many free minutes a month for Platinum?", "en", "EN over FR; footnote * gives the 45-minute per ride limit")
q(N, "Tableau des avantages", "table_row", ["Déverrouillage gratuit", "oui, sur tous les trajets"], "le déverrouillage est gratuit à partir de quel niveau ?", note="Bronze: non; colspan=3 'oui' covers Argent, Or, Platine")
q(N, "Tableau des avantages", "table_row", ["Comité des usagers", "un siège, mandat d'un an"], "qui peut siéger au comité des usagers ?", note="only Platine column filled")
q(N, "Changer de niveau", "paragraph", ["Le niveau est recalculé le 1er de chaque mois", "après un hiver sans rouler"], "si je roule pas cet hiver je redescends direct de niveau ?")

# calendrier txt (9)
q(H, "2. Premier semestre", "table_row", ["Février    Lyon", "3 vidéos"], "il vous faut combien de vidéos pour le salon Mobilis ?", note="space-aligned plain-text table; the whole row is one line")
q(H, "3. Second semestre", "table_row", ["Août       -", "pause estivale, aucune sollicitation"], "y a des sollicitations en août ?")
q(H, "3. Second semestre", "table_row", ["Octobre    Lyon", "20/09"], "table ronde avec les élus : réponse avant quelle date ?", note="answer date 20/09 is in September although the event is in October (header repeated in section 3)")
q(H, "4. Notre règle de sollicitation", "paragraph", ["Personne ne reçoit plus de deux demandes par mois.", "éviter l'essoufflement"], "vous allez me solliciter combien de fois par mois max ?")
q(H, "1. Comment lire ce calendrier", "paragraph", ["Chaque ligne est une demande", "sans perdre de points"], "si je dis non à une demande je perds des points ?")

# bareme txt (8)
q(B, "Convertir ses points", "table_row", ["| Casque pliable Filaé", "| 1 200      |"], "le casque coûte combien de points dans la boutique ?", note="+---+ drawn table; footnote ² on availability")
q(B, "Convertir ses points", "table_row", ["| Abonnement mensuel illimité", "toutes villes ¹"], "est-ce que je peux prendre l'abonnement illimité avec mes points si je suis étudiant ?", note="footnote ¹: excludes the student subscription; a full answer also quotes the footnote line")
q(B, "Convertir ses points", "table_row", ["| Don à l'association Vélo-Cité", "toutes villes ³"], "can I donate my points to a charity?", "en", "EN over FR; footnote ³ Filaé doubles the donation")
q(B, "Délais de livraison", "paragraph", ["Les pass et l'abonnement sont crédités", "les points vous sont rendus"], "j'ai commandé un casque, j'ai combien de temps pour aller le chercher ?")
q(B, "Annuler une commande", "list", ["tant qu'un pass n'a pas été activé", "jamais pour un don"], "je peux annuler une commande dans la boutique ?")

# charte pdf (9)
q(CH, "3. Contributions et délais de validation", "table_row", ["Témoignage vidéo", "10 jours ouvrés"], "ma vidéo est validée en combien de temps ?", note="PDF table without rules, cells placed by position")
q(CH, "3. Contributions et délais de validation", "table_row", ["Idée d'amélioration", "1 mois"], "une idée d'amélioration, c'est validé sous combien de temps ?", note="row on page 2, table continued with header repeated")
q(CH, "3. Contributions et délais de validation", "table_row", ["Signalement de véhicule", "24 h"], "délai de validation pour un signalement de véhicule ?", note="page 2; section heading on p.2 reads '(suite)'")
q(CH, "3. Contributions et délais de validation", "table_row", ["Intervention presse", "avant l'interview"], "if a journalist interviews me, who checks it?", "en", "EN over FR; page 2 row; value 'service presse'")
q(CH, "2. Vos engagements", "list", ["En rejoignant le Relais, vous acceptez :", "de respecter les règles de stationnement"], "quelles sont nos obligations en tant que relayeur ?", note="intro line ending ':' + 4 items")
q(CH, "1. Nos engagements", "paragraph", ["Filaé s'engage à ne jamais vous demander de publier un texte", "trois semaines avant un événement"], "Filaé s'engage à quoi vis-à-vis de nous ?", note="paragraph over two PDF lines")
q(CH, "4. Vos données", "paragraph", ["Nous n'utilisons vos trajets que de façon agrégée", "il ne lit pas vos messages privés"], "le bot du discord lit mes messages privés ?")
q(CH, "5. Quitter le Relais", "paragraph", ["Vous pouvez partir quand vous voulez, sans préavis.", "que nous effectuons sous 30 jours"], "si je pars, mes vidéos restent en ligne ?")

# tableau de bord pdf (7, staff)
q(TB, "Objectifs par ville", "table_row", ["Nantes", "520"], "objectif de parrainages pour Nantes en 2027 ?", note=STAFF + "; PDF table with a two-line header; 4th column")
q(TB, "Objectifs par ville", "table_row", ["Lyon", "36 h"], "quel délai moyen de réponse vise-t-on à Lyon ?", note=STAFF)
q(TB, "Indicateurs de santé suivis chaque mois", "list", ["Le comité de pilotage regarde cinq indicateurs :", "le taux de passage d'un niveau au suivant"], "quels indicateurs de santé suit le comité de pilotage ?", note=STAFF)
q(TB, "Indicateurs de santé suivis chaque mois", "sentence", ["(objectif : 75 %)"], "what retention rate are we aiming for this year?", "en", STAFF + "; EN over FR")
q(TB, "Points d'attention", "paragraph", ["Lyon concentre 40 % des contributions sur 12 Relayeurs", "recruter 30 nouveaux Relayeurs"], "quel est le risque identifié à Lyon ?", note=STAFF)

# evenements docx (7)
q(EV, "Rendez-vous réguliers", "table_row", ["Balade du dimanche", "dernier dimanche, 10 h"], "la balade du dimanche à Lyon c'est quel dimanche ?", note="DOCX: Ville cell vMerge over 2 rows (Lyon), two header rows with gridSpan 'Horaires'")
q(EV, "Rendez-vous réguliers", "table_row", ["Atelier réparation", "Hangar 32"], "il est où l'atelier réparation à Nantes ?", note="city cell merged from the row above")
q(EV, "Rendez-vous réguliers", "table_row", ["Bordeaux", "3e mercredi du mois, 19 h"], "c'est quand l'apéro relais à bordeaux ?", note="'Apéro Relais' also exists in Lyon: the Bordeaux row is the gold")
q(EV, "Rendez-vous réguliers", "table_row", ["Petit-déj' des Relayeurs", "1er dimanche, 9 h 30"], "à Montpellier y a un rendez-vous régulier ?")
q(EV, "Temps forts de l'année", "list", ["Trois grands rendez-vous réunissent toutes les villes :", "la Soirée des Relayeurs en décembre"], "c'est quoi les grands événements de l'année ?")
q(EV, "S'inscrire à un événement", "step", ["Étape 3 : le jour J, présentez le QR code"], "comment je fais pour que ma présence à l'event compte ?")

# onboarding docx EN (6)
q(ON, "Who to contact", "table_row", ["Level or perks question", "2 working days"], "where do I ask a question about my level?", "en", "Channel cell is vMerged from the 'Points missing' row: #relay-help on Discord")
q(ON, "Who to contact", "table_row", ["Accident or injury", "Emergency line 04 28 29 30 31"], "I had an accident on a scooter, who do I call?", "en", "human handoff case")
q(ON, "Code of conduct", "list", ["As a Relayeur, we ask you to:", "keep other members' personal details private."], "what's in the code of conduct?", "en")
q(ON, "Who to contact", "table_row", ["Billing, refunds, fines", "In-app support chat"], "j'ai reçu une amende, je contacte qui ?", "fr", "FR question over EN doc")

# city-leads md EN (5)
q(CL, "Who runs your city", "table_row", ["| Bordeaux |  |", "Bordeaux has no captain at the moment"], "who's the Bordeaux captain?", "en", "empty cell; the sentence under the table explains it")
q(CL, "Who runs your city", "table_row", ["| Lyon | Inès Garnier |", "| 4 200 |"], "how many vehicles in Lyon?", "en", "unit in header: Fleet (vehicles)")
q(CL, "Office hours", "paragraph", ["Monday to Friday, 9:30 to 18:00", "never through Discord"], "le discord répond à quelle heure ?", "fr", "FR question over EN doc")
q(CL, "Riding in winter", "list", ["A few habits keep you and the fleet safe when it gets cold:", "park off the pavement when snow ploughs are out."], "tips for riding in winter?", "en")

# faq md (7)
q(FQ, "Parrainage › C'est quoi la différence avec le parrainage normal de l'appli ?", "table_row", ["| Bonus du filleul (min offertes) | 10 | 20 |"], "mon filleul gagne combien de minutes avec mon code relais ?", note="Markdown table with empty first header cell; Relayeur column = 20")
q(FQ, "Parrainage › C'est quoi la différence avec le parrainage normal de l'appli ?", "table_row", ["| Code personnalisé |  | oui |"], "est-ce que je peux avoir un code parrain perso ?", note="empty cell for Usager classique")
q(FQ, "Parrainage › Mon filleul n'a pas reçu ses minutes", "paragraph", ["Les minutes arrivent après la validation", "en message privé"], "ma pote a pas reçu ses minutes de parrainage")
q(FQ, "Points et niveaux › Je déménage dans une autre ville Filaé, je garde mes points ?", "paragraph", ["Oui : vos points et votre niveau vous suivent."], "je bouge de Lyon à Lille, je perds mon niveau ?")
q(FQ, "Matériel et sécurité › Que faire si je vois une trottinette mal garée ?", "step", ["Ouvrez l'appli et touchez « Signaler un véhicule ».", "Ajoutez la photo et validez."], "comment signaler une trottinette mal garée ?", note="3 numbered steps introduced by a sentence ending ':'")
q(FQ, "Points et niveaux › Pourquoi ma contribution est encore « en attente » ?", "paragraph", ["La plupart des contributions sont validées en 72 h.", "écrivez dans #aide-relais"], "ma contrib est toujours en attente depuis une semaine, normal ?")

# defis html (5)
q(DF, "Défis en cours (janvier - mars 2027)", "table_row", ["<td>Janvier sans voiture</td>", "<td>120</td>"], "le défi janvier sans voiture rapporte combien ?", note="HTML table with two header rows (Période colspan=2)")
q(DF, "Défis en cours (janvier - mars 2027)", "table_row", ["<td>Photo de station enneigée</td>", "<td>6 janvier</td>"], "le défi photo enneigée a commencé quand ?")
q(DF, "Comment participer", "step", ["<li>Postez votre preuve dans le fil du défi avant la date de fin.</li>"], "je poste ma preuve où pour un défi ?")
q(DF, "Et le classement ?", "paragraph", ["Il n'y a pas de classement individuel public.", "courir après les points"], "y a un classement des meilleurs relayeurs ?")

# note interne txt (7, staff)
q(NI, "2. Calendrier des relances", "table_row", ["J+3", "relance douce, une seule"], "on relance quand après une demande sans réponse ?", note=STAFF)
q(NI, "3. Budget récompenses par ville (2027)", "table_row", ["Nantes         11 000 €", "6 500 €"], "budget boutique pour Nantes cette année ?", note=STAFF + "; whole row on one line")
q(NI, "3. Budget récompenses par ville (2027)", "table_row", ["Montpellier    6 500 €", "2 500 €"], "what's the events budget for Montpellier?", "en", STAFF + "; EN over FR; note 6 500 € is Montpellier's total and Nantes' boutique")
q(NI, "1. Charge de sollicitation", "list", ["Avant d'envoyer une demande, vérifier dans le tableau de suivi :", "pas plus de 40 % des demandes du trimestre"], "qu'est-ce que je vérifie avant de solliciter un relayeur ?", note=STAFF)
q(NI, "4. Gérer un départ", "step", ["1. Appeler ou écrire personnellement", "5. Vérifier que son compte client"], "comment on gère le départ d'un relayeur côté équipe ?", note=STAFF)
q(NI, "4. Gérer un départ", "step", ["3. Retirer ses accès au Discord sous 7 jours"], "on coupe l'accès discord quand quelqu'un part ?", note=STAFF)

# added non-table questions (mixed docs)
q(G, "Le programme en deux mots", "paragraph", ["Le Relais Filaé réunit les usagers qui roulent avec nous depuis au moins 6 mois"], "faut être client depuis combien de temps pour entrer dans le relais ?")
q(G, "Déclarer une contribution", "step", ["1. Ouvrez le salon #mes-contributions.", "4. Attendez la validation de l'équipe communauté"], "comment on déclare une contribution ?", note="4 numbered steps introduced by a sentence ending ':'")
q(G, "Gagner des points", "sentence", ["Les cases vides de la colonne « Plafond » veulent dire"], "une case vide dans la colonne plafond ça veut dire quoi ?", note="sentence under the table explaining its empty cells")
q(N, "Tableau des avantages", "sentence", ["Les avantages se cumulent d'un niveau à l'autre, sauf mention contraire."], "quand je passe Or je garde les avantages de l'Argent ?")
q(N, "Tableau des avantages", "sentence", ["* Illimitées dans la limite d'un usage raisonnable : 45 minutes maximum par trajet."], "illimité en platine, y a quand même une limite par trajet ?", note="footnote of the perks table")
q(B, "Convertir ses points", "sentence", ["² Réassort en mars et en septembre."], "le casque est en rupture, il revient quand ?", note="footnote ² under the +---+ table")
q(B, "Convertir ses points", "sentence", ["Les points se dépensent dans l'appli, onglet Relais > Boutique."], "où est-ce que je dépense mes points ?", note="sentence ends with ':' and introduces the table; a full answer may show the table too")
q(EV, "S'inscrire à un événement", "step", ["Étape 1 : repérez l'événement dans le salon #agenda de votre ville."], "où je trouve les events de ma ville sur discord ?")
q(EV, "S'inscrire à un événement", "paragraph", ["Si vous ne pouvez plus venir, retirez votre « Je viens » au moins 24 h avant"], "je peux me désinscrire d'un event si j'ai un empêchement ?")
q(EV, "Rendez-vous réguliers", "paragraph", ["Les rendez-vous ci-dessous sont ouverts à tous les membres du Relais"], "faut s'inscrire pour les apéros relais ?", note="paragraph introducing the table (answer: no registration unless stated)")
q(ON, "Your first 30 days", "sentence", ["No pressure: this is a suggested path, not a checklist."], "le programme des 30 premiers jours est obligatoire ?", "fr", "FR question over EN doc")
q(CL, "Who runs your city", "sentence", ["Each city has a volunteer captain, picked among Platinum Relayeurs"], "les capitaines de ville sont choisis comment ?", "fr", "FR question over EN doc")
q(CL, "Who runs your city", "sentence", ["The Lille service area is being redrawn"], "what's the service area in Lille?", "en", "empty km² cell for Lille; the sentence under the table explains it")
q(FQ, "Matériel et sécurité › Est-ce que Filaé fournit un casque ?", "paragraph", ["Pas à tout le monde. Le casque pliable est le cadeau d'anniversaire du niveau Or"], "filaé donne des casques ?")
q(FQ, "Matériel et sécurité › Que faire si je vois une trottinette mal garée ?", "sentence", ["Ne déplacez pas vous-même un vélo à assistance électrique"], "je peux déplacer moi-même un vélo mal garé ?")
q(FQ, "Parrainage › C'est quoi la différence avec le parrainage normal de l'appli ?", "sentence", ["Tout le monde peut parrainer dans l'appli, mais le parrainage Relais est plus généreux :"], "n'importe qui peut parrainer ou c'est réservé aux relayeurs ?", note="sentence introducing the comparison table")
q(DF, "Comment participer", "step", ["<li>Rejoignez le salon #defis sur le Discord.</li>", "<li>Postez votre preuve dans le fil du défi avant la date de fin.</li>"], "comment on participe à un défi ?", note="<ol> of 3 steps")
q(DF, "Comment participer", "step", ["<li>Cliquez sur la réaction du défi choisi pour vous inscrire.</li>"], "pour s'inscrire à un défi je fais quoi ?")
q(NI, "4. Gérer un départ", "step", ["2. Convertir ses points en crédit de trajets (100 pts = 1 €, plafond 30 €)."], "quand un relayeur part on fait quoi de ses points, c'est quoi le taux ?", note="staff only: answer only in a staff document; an ambassador asking must not get it (the same rate is also in guide-relais.md › Quitter le programme, which is for all)")
q(NI, "1. Charge de sollicitation", "sentence", ["qu'elle n'a pas ignoré trois demandes de suite"], "quelqu'un ignore toutes mes demandes, je fais quoi ?", note="staff only: answer only in a staff document; an ambassador asking must not get it; one list item")
q(TB, "Indicateurs de santé suivis chaque mois", "sentence", ["le NPS des Relayeurs eux-mêmes, mesuré en juin et en décembre"], "on mesure le NPS des relayeurs quand ?", note="staff only: answer only in a staff document; an ambassador asking must not get it")
q(CH, "2. Vos engagements", "sentence", ["de ne pas revendre les pass ni les codes reçus"], "je peux revendre un pass que j'ai eu avec mes points ?", note="one list item")
q(H, "1. Comment lire ce calendrier", "sentence", ["la date limite est celle de la réponse, pas de l'événement"], "la date dans le calendrier c'est la date de l'event ?", note="the snippet is a clause of a longer line")

# ---------------------------------------------------------------- unanswerable
U = [
    ("combien de points pour un avis sur Trustpilot ?", "fr", "only App Store / Google Play reviews are in the points grid"),
    ("what does Gold get for Christmas?", "en", "birthday gift and welcome kit exist, no Christmas gift"),
    ("le casque coûte combien en euros dans l'appli ?", "fr", "the shop gives a price in points only"),
    ("c'est quoi le seuil du niveau Diamant ?", "fr", "levels stop at Platine"),
    ("l'atelier réparation de Lille c'est quand ?", "fr", "the repair workshop is in Nantes only; Lille has a night ride"),
    ("quelle est la date limite pour la balade des vélos cargo à Bordeaux ?", "fr", "the cargo-bike ride is in Nantes; nothing for Bordeaux"),
    ("how many points for a podcast appearance?", "en", "podcast is not a contribution type"),
    ("combien de trottinettes à Toulouse ?", "fr", "Toulouse is not a Filaé city"),
    ("le pass 1 semaine coûte combien de points ?", "fr", "only 1-day passes and the monthly subscription"),
    ("who is the captain in Marseille?", "en", "Marseille not served"),
    ("quel est le budget récompenses de Strasbourg ?", "fr", "no Strasbourg row (and budgets are staff-only)"),
    ("le défi d'avril rapporte combien ?", "fr", "only January-March challenges are listed"),
    ("est-ce que les Relayeurs sont payés ?", "fr", "no document mentions pay"),
    ("combien de temps pour valider un témoignage audio ?", "fr", "validation table has written and video testimonials, not audio"),
    ("can I transfer my points to a friend?", "en", "no transfer rule anywhere"),
    ("quel est l'objectif de NPS des relayeurs ?", "fr", "NPS is measured (June, December) but no target is given"),
    ("l'abonnement étudiant coûte combien par mois ?", "fr", "only mentioned as excluded from the shop, no price"),
    ("la soirée des relayeurs c'est quel jour exactement ?", "fr", "only 'en décembre, à Lyon' is stated"),
    ("combien de minutes offertes par mois pour le niveau Diamant ?", "fr", "no such level"),
    ("what is the response time for a lost-item report?", "en", "lost items are not in the contact table"),
]

README = """> **Held-out set: measure only.** Written blind on 2026-12-07 (stop 59) from DOMAIN.md, the issue and the format only, without reading the project's code, tests or other data sets. Do not tune anything on it.
>

# structure_heldout31: Filaé (shared e-scooters and e-bikes), tables in every form

**Client.** Filaé is a fictitious French operator of shared electric scooters ("trottinettes") and
e-bikes in Lyon, Nantes, Bordeaux, Lille and Montpellier. Its ambassador program is "le Relais
Filaé" ("Filaé Relay" in English documents); ambassadors are "Relayeurs" / "Relayeuses"
(the English documents keep "Relayeurs"; "Relayers" is never used). Levels: Bronze,
Argent, Or, Platine (Silver, Gold, Platinum in English questions).
Names a measurer should declare: Filaé; Relais Filaé / Filaé Relay / le Relais; Relayeurs, Relayeuses
(Relayeur); levels Bronze, Argent, Or, Platine.

**Flavour.** Tables as companies really produce them: Markdown pipe tables with empty cells and units
in the header; a transposed HTML comparison matrix (levels as columns, perks as rows) with two header
rows, rowspan category cells and colspan values shared by several levels, plus a footnote mark (*);
an HTML table with two header rows (Période colspan=2); plain-text tables aligned with spaces (the
header repeated in a second section) and drawn with +---+ and | followed by footnotes ¹ ² ³; PDF
tables without rules (each cell a separate positioned text string), one continued on page 2 with its
header repeated, one with a two-line header; DOCX tables with vertically merged cells (vMerge) and a
gridSpan header over two header rows. 37 of 90 questions are table_row.

## Files

- `docs/`: the 12 documents (3 .txt, 3 .md, 2 .pdf, 2 .docx, 2 .html; 10 French, 2 English).
- `questions.jsonl`: 90 answerable questions.
- `unanswerable.jsonl`: 20 questions nothing answers.
- `gen.py`: writes every file above deterministically (`python3 gen.py [outdir]`).
- `validate.py`: checks the format rules and that gen.py reproduces the files byte for byte; prints `OK`.

## Documents

| file | format | lang | readership line(s) as written | intended readership | structure |
|---|---|---|---|---|---|
| guide-relais.md | Markdown | fr | « Diffusion : tous les Relayeurs et Relayeuses (Lyon, Nantes, Bordeaux, Lille, Montpellier) — version de janvier 2027 » | all ambassadors | `#`/`##` headings, points grid (pipe table, empty cells, units in header), numbered steps, list after ':' |
| faq-relayeurs.md | Markdown | fr | « > Pour tous les ambassadeurs Filaé — on la complète au fil de vos questions sur le Discord. » | all ambassadors | `##` topics, `###` questions, comparison table with empty first header cell and an empty cell, numbered steps |
| city-leads-en.md | Markdown | en | "For all ambassadors (Relayeurs) in every city. Last updated January 2027." | all ambassadors | table with empty cells and units in headers (vehicles, km²), paragraph, list after ':' |
| calendrier-sollicitations-2027.txt | text | fr | « Pour : tous les Relayeurs et Relayeuses, toutes villes » | all ambassadors | `===`/`---` underlined numbered headings, space-aligned tables (header repeated in §3) |
| bareme-boutique-points.txt | text | fr | « Document destiné à tous les ambassadeurs du Relais Filaé. » | all ambassadors | underlined headings, +---+ table with footnotes ¹ ² ³, list after ':' |
| note-interne-animation.txt | text | fr | « Diffusion : équipe communauté et responsables de ville uniquement. Ne pas partager sur le Discord des Relayeurs. » | staff only | numbered underlined headings, list after ':', space-aligned tables, numbered steps |
| charte-programme.pdf | PDF, 2 pages | fr | « Diffusion : ensemble des Relayeurs et Relayeuses, toutes villes - édition 2027 » | all ambassadors | bold 14 pt numbered headings, list after ':', table without rules continued on p.2 with header repeated (heading repeated with "(suite)") |
| tableau-de-bord-2027.pdf | PDF, 1 page | fr | « Document interne - équipe communauté et direction marketing. Ne pas diffuser aux Relayeurs. » | staff only | bold headings, rule-less table with a two-line header, list after ':' |
| evenements-par-ville.docx | DOCX | fr | « Pour tous les Relayeurs et Relayeuses : à garder sous le coude, on le met à jour chaque trimestre. » | all ambassadors | Title + Heading1, table with two header rows (gridSpan "Horaires", vMerge), ListParagraph list, "Étape N :" steps |
| onboarding-kit-en.docx | DOCX | en | "For all ambassadors, all cities. Translated from the French welcome kit for our English-speaking Relayeurs." | all ambassadors | Title + Heading1, tables (one with a vMerged channel cell), ListParagraph list after ':' |
| niveaux-et-avantages.html | HTML | fr | « Page réservée aux membres : pour tous les Relayeurs, quelle que soit leur ville. » | all ambassadors | h1/h2, thresholds table, transposed perks matrix (2 header rows, rowspan, colspan, footnote *) |
| defis-du-trimestre.html | HTML | fr | « À l'attention de tous les Relayeurs et Relayeuses » | all ambassadors | h1/h2, table with 2 header rows (colspan), `<ol>` steps, paragraph |

## Question files

`questions.jsonl` fields: `id`, `question`, `gold_doc` (file name in `docs/`), `gold_section`
(heading path inside the document joined with ' › ', without the document title), `unit`
(`table_row` 37, `paragraph` 19, `sentence` 15, `step` 11, `list` 8; validate.py prints the counts), `gold` (exact substrings, each on one line of the document's text), `lang`, `note`.
75 French, 15 English; 14 questions have their answer only in a staff document (note starts with
"staff only"): an ambassador asking them must not be answered from those documents.

Labelling conventions (where a reader could hesitate):
- "Lines" of the document text: a text/Markdown line, a raw HTML source line (each `<td>`/`<li>`
  is on its own line, so some HTML snippets include the tags to pin the exact cell), a PDF text
  string (each table cell is its own string), a DOCX paragraph or table cell.
- table_row gold: the row's key cell and the asked value. For transposed tables (levels as columns)
  the "row" is the perk row; the value is the cell under the asked level, and when that cell is a
  colspan shared by several levels the shared cell is the gold. In space-aligned text tables the whole
  row is one line, so one snippet holds key and value; where a value alone is ambiguous (e.g. "| 40 |")
  the snippet keeps the pipes.
- Headings in text files are written with their number ("2. Premier semestre"); the document title
  (first heading, `===` underlined or Title style or `<h1>`) is never in gold_section. In the charte PDF
  the table continued on p.2 sits under the repeated heading "3. Contributions et délais de validation
  (suite)"; its gold_section is the original heading.
- FAQ sections: gold_section is "topic › question" (the `##` and `###` headings).
- A list or step gold gives the introducing sentence (when there is one) or first item, and the last
  item; a step question about one step gives that step only.
- Footnotes (¹ ² ³ *) belong to the answer when they change it (noted), but the gold does not require them.
- `unanswerable.jsonl`: `id`, `question`, `lang`, `note`; each is close to a real passage (a level,
  city, reward or date that does not exist).
"""

def write(path, data):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "wb") as f:
        f.write(data if isinstance(data, bytes) else data.encode("utf-8"))

def main():
    for name, text in DOCS.items():
        write(os.path.join(OUT, "docs", name), text)
    for name, fn in BINARY.items():
        write(os.path.join(OUT, "docs", name), fn())
    write(os.path.join(OUT, "questions.jsonl"), "".join(json.dumps(x, ensure_ascii=False) + "\n" for x in Q))
    write(os.path.join(OUT, "unanswerable.jsonl"), "".join(
        json.dumps({"id": "%s-u%02d" % (SET, i + 1), "question": a, "lang": l, "note": n}, ensure_ascii=False) + "\n"
        for i, (a, l, n) in enumerate(U)))
    write(os.path.join(OUT, "README.md"), README)

if __name__ == "__main__":
    main()
