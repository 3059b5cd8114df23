"""Readerships the bot cannot enumerate close a head (fail closed); lookalikes don't.

Invented examples: a chat channel's tag before the marking, a reservation to an unknown
group or a place, a part of the tiers, a trade's or a network's people as addressees, a
direct message between a few people.
"""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_reserved import reserved_level

RESTRICTED = [
    ("[Slack · #crew-cm] interne : liste des relances", "internal"),
    ("[Teams · Animation] interne équipe : brouillon des quêtes", "internal"),
    ("Slack #cm-loutres\nle tableau est prêt, pas pour le Discord hein", "internal"),
    ("[Slack #anim] draft list, please don't post it in the Discord", "internal"),
    ("Slack #crew\nfirst numbers, keep it in here for now", "internal"),
    ("Réservé Granit", "internal"),
    ("Reserved: Granite tier", "internal"),
    ("Réservé aux leaders de meute", "internal"),
    ("Réservé aux membres Quartz", "internal"),
    ("salon réservé aux Loutres de Gironde : sortie du 12", "internal"),
    ("Réservé aux Loutres Galet et Rocher (pas Sable)", "internal"),
    ("Diffusion : niveaux Galet et Rocher", "internal"),
    ("Niveaux Galet, Rocher et Falaise (hors Sable)", "internal"),
    ("Rocher and Falaise tiers", "internal"),
    ("Falaise tier only (level 4) — not the staff", "internal"),
    ("Falaise only 🌊", "internal"),
    ("(canal visible uniquement par le rôle Rocher)", "internal"),
    ("@Galet @Rocher — le palier Falaise n'est pas concerné", "internal"),
    ("Note aux installateurs certifiés", "internal"),
    ("À tous nos distributeurs (boutiques)", "internal"),
    ("À tout le réseau des kinés partenaires", "internal"),
    ("Intranet Loutrex › Espace salariés", "internal"),
    ("[Slack · DM groupe Aline / Marc / juridique] ne pas transférer : avenant", "confidential"),
    ("[Slack · private DM Noa ↔ DAF] keep this between us two", "confidential"),
]
UNRESTRICTED = [
    ("Réservé par Aline pour le 12 mars", "none"),
    ("Réservé : non", "none"),
    ("Limité à 20 places : inscrivez-vous vite", "none"),
    ("Réservé aux membres Quartz : -15 % sur la boutique", "none"),
    ("Réservé aux adhérents ayant 300 points", "none"),
    ("Restricted stock units explained", "none"),
    ("Limited edition mug — 50 pieces", "none"),
    ("Niveau Granit : comment y accéder", "none"),
    ("Pour les familles uniquement", "none"),
    ("Léa et Marc uniquement", "none"),
    ("À lire : nos conseils d'été", "none"),
    ("Lettre aux clients ambassadeurs — point du trimestre", "none"),
    ("Vous n'êtes pas dans le Discord ? Rejoignez-nous", "none"),
    ("Pas encore sur le Discord ? Le lien est en bio", "none"),
    # a heading that books something, a table's column naming a level
    ("Réserver un créneau", "none"),
    ("Réservez votre place au salon", "none"),
    ("Minimum level", "none"),
    ("Required tier", "none"),
]


def _head(line: str) -> str:
    return f"{line}\nTitre du document\nUn paragraphe de texte courant pour le corps."


@pytest.mark.parametrize(("line", "level"), RESTRICTED)
def test_an_unknown_readership_closes_the_head(line: str, level: str) -> None:
    assert read_head(_head(line))[0] == level


@pytest.mark.usefixtures("rules_only")  # the rules' reading (no second reader)
@pytest.mark.parametrize(("line", "level"), UNRESTRICTED)
def test_a_lookalike_says_no_level(line: str, level: str) -> None:
    assert read_head(_head(line))[0] == level


def test_every_tier_named_is_no_part() -> None:
    assert reserved_level("Diffusion : tous les niveaux, Galet et Rocher") is None
    assert reserved_level("Niveaux Sable, Galet, Rocher et Falaise") is None


def test_the_program_named_by_its_own_name_is_no_trade() -> None:
    assert reserved_level("À tous les Loutres") is None
    assert reserved_level("À tous les ambassadeurs") is None
