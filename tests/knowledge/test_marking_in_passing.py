"""Readerships said in passing close a head (fail closed); lookalikes don't.

Invented examples: a reservation after a title or in parentheses, a request to keep it
among its readers, a share with one group, a note for one group, testers under NDA as a
tag, a calendar invitation's mailing list, a chat export's message, the readers before a
colon; and what only looks like them (an offer's conditions, a watch's power reserve, a
meeting's attendees, "no need to keep it to yourselves", a quoted old mention).
"""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_in_passing import addressed_prefix, chat_message, in_passing_level

RESTRICTED = [
    "Calendrier des ateliers (réservé équipe)",
    "Feuille de route — réservée aux membres du groupe pilote",
    "Brouillon, restreint au comité des fêtes",
    "Club vélo — members only",
    "Bilan d'étape — à l'usage des membres de la promo 2025",
    "Dossier destiné aux testeurs de la nouvelle gamme",
    "Ces chiffres sont à garder entre nous (bureau)",
    "Merci de garder ces infos pour vous",
    "Please keep it among yourselves until Friday",
    "Retour atelier — partagé uniquement avec le groupe projet",
    "Shared only with the core team for now",
    "Je vous le partage entre membres du conseil",
    "Petit mot pour le bureau : on vote mardi",
    "Kit pour la cohorte 2025\nBienvenue !",
    "To: beta testers\nBuild notes",
    "Échantillons de la gamme hiver pour les goûteurs — sous NDA",
    "Guide de test (NDA)",
    "Invitation : revue mensuelle\nInvités : comite-vins@lacave.example",
    "[09:41] Jo: voilà le fichier, c'est pour le noyau dur seulement",
    "Pour les ambassadeurs Platine : accès au catalogue avant tout le monde",
    "À tous les ambassadeurs\nÀ garder pour vous (comité uniquement)",
    "Bonjour à tous,\nje vous partage ce tableau entre membres du comité.",
    "Accès : vous et 3 autres personnes",
    "Questionnaire de rentrée — Audience : membres du bureau",
    "Notes de la réunion\nDiffusion : bureau",
    "14:05 - Paul: c'est pour le comité seulement",
    "Kit d'accueil\nRéservé aux participantes de la promo Lavande",
    "To: riders South-East\nRe: spring ride",
    "MAJ 04/03 : on restreint aux Hauts-Vols, le lien envoyé à tout le club est coupé",
    "Sortie d'automne\n(liste de diffusion : sorties-sud@club.example)",
    "Club des lectrices du jeudi — espace privé\nOrdre du jour",
    "Réservé aux Super-fans",
    "Export WhatsApp — groupe « Comité des fêtes »\n[18:40] Paul : voilà les comptes",
    "ATTENDEE;CN=Bureau:mailto:bureau@asso.example\nSUMMARY:Budget",
    "Invitation : point trésorerie\nParticipants : tresorerie-bureau@asso.example",
    "Événement d'agenda — invités : bureau@asso.example",
    "Ce formulaire est destiné aux membres du jury\nVos notes",
    "[12/03/2026 08:15] Claire (trésorière) : c'est pour le bureau seulement",
    "Budget — DOCUMENT INTERNE réservé au bureau",
    "Pour le conseil d'administration\nPoint trésorerie",
    "Mentors-relais seulement (cf. charte)\nCas pratiques",
    "Top-contributeurs only ⭐ (les 10 premiers)\nInvitation",
    "Bêta-testeurs only: notes de version",
]
UNRESTRICTED = [
    ("Tarif Loge : 8 € la place (réservé aux membres Argent)", "none"),
    ("Offre : réservée aux adhérents inscrits depuis un an", "none"),
    ("Montre Aube — réserve de marche : 70 heures", "none"),
    ("Limited run “Solstice” — 40 pieces, reserved for members", "none"),
    ("Minutes — workshop\nAttendees: program team", "none"),
    ("Pas besoin de garder ça pour vous : partagez-le à tous les ambassadeurs !", "public"),
    ("Classification : Public\n> ancienne mention : réservé Noyau", "public"),
    ("Atelier d'hiver (réservé aux ambassadeurs) : le 9 janvier", "none"),
    ("Invitation : apéro de rentrée\nInvités : tous-ambassadeurs@lacave.example", "none"),
    ("Appel à volontaires pour le comité des fêtes", "none"),
    ("Réservé aux membres pendant la promo de Noël : -10 %", "none"),
    ("Espace privé des ambassadeurs — mode d'emploi", "none"),
    ("[Discord #accueil] Jo : ping à toute la Cordée Team, le sondage est ouvert", "none"),
    ("Invitation : pique-nique\nParticipants : tous-ambassadeurs@club.example", "none"),
    ("Ambassadeurs uniquement ⭐\nBienvenue", "public"),
    ("Audience : 8 200 abonnés Instagram\nBilan", "none"),
    ("FAQ\nQ: Who answers?\nA: Our customer care team, within a day.", "none"),
]


@pytest.mark.parametrize("head", RESTRICTED)
def test_said_in_passing_restricts(head: str) -> None:
    assert read_head(head)[0] in ("internal", "confidential")


@pytest.mark.parametrize(("head", "level"), UNRESTRICTED)
def test_lookalikes_stay_as_they_were(head: str, level: str) -> None:
    assert read_head(head)[0] == level


def test_attendees_are_no_readers() -> None:
    assert in_passing_level("Présents : équipe CM, deux commerciaux") is None
    assert in_passing_level("Participants : comité des fêtes, Léa") is None
    assert in_passing_level("Non : la bêta est sous NDA jusqu'au lancement") is None


def test_the_rules_never_open() -> None:
    assert in_passing_level("Pour tous les ambassadeurs") is None
    assert in_passing_level("Réservé aux ambassadeurs, bonne lecture") is None
    assert in_passing_level("> réservé Noyau") is None
    assert in_passing_level("(liste de diffusion : membres@club.example)") is None
    assert in_passing_level("Léa et Marc uniquement") is None  # people named one by one
    assert in_passing_level("Pour les familles uniquement") is None


def test_parts_of_a_line() -> None:
    assert chat_message("[14:02] Léa : c'est pour le bureau") == "c'est pour le bureau"
    assert chat_message("(09h15) Marc — ok pour moi") == "ok pour moi"
    assert chat_message("Réunion du 14:02") is None
    assert addressed_prefix("Pour les membres Or : avant-première") == "Pour les membres Or"
    assert addressed_prefix("Programme : atelier") is None


@pytest.mark.parametrize(
    "head",
    [
        "À tous les ambassadeurs\nMerci de garder l'info pour vous jusqu'au lancement",
        "Pour tous les ambassadeurs : avant-première du catalogue",
    ],
)
def test_every_ambassador_stays_public(head: str) -> None:
    assert read_head(head)[0] == "public"


@pytest.mark.parametrize(
    "line",
    [
        "la constitution d'une provision bloquée un an, destinée au règlement des frais.",
        "Pour cela, je m'adresse : au greffe du tribunal de commerce",
        "Des fichiers mais pas seulement : un traitement n'est pas uniquement un fichier",
        "Pour ce faire : remplissez le formulaire en ligne",
    ],
)
def test_prose_is_no_readership(line: str) -> None:
    assert in_passing_level(line) is None
    reread = addressed_prefix(line)
    assert reread is None or in_passing_level(reread) is None


def test_in_the_prose_a_reservation_is_what_the_document_tells() -> None:
    prose = (
        "Chaque printemps, nous ouvrons les portes de nos ateliers aux clients curieux de voir "
        "comment nos produits sont fabriqués, de la matière première au produit fini."
    )
    tour = "Visite des ateliers — réservée aux adhérents"
    assert read_head(f"# Guide des visites\n{tour}\n\n{prose}")[0] == "internal"
    assert read_head(f"# Guide des visites\n\n{prose}\n\n{tour}")[0] == "none"
