"""Scales' bare codes, scales' keys, and readerships said after a title's dash: invented heads
(`knowledge.marking_scales`, `knowledge.marking_legends`, `knowledge.marking_reserved`,
`knowledge.marking_in_passing`, `knowledge.marking_narrowed`)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.loaders import load
from knowledge.marking_document import rules_marking
from knowledge.marking_legends import with_keys_read

BODY = "\n\nLe texte commence ici.\n"


def _rules(head: str) -> str:
    found = rules_marking(load("doc.md", (head + BODY).encode()))
    return found.level if found is not None else "none"


@pytest.mark.parametrize(
    "head",
    [
        "Classe 2\n\nInventaire de la réserve",
        "Class 4\n\nQuarterly stock count",
        "**Niveau 3**\n\nPlanning des congés",
        "Catégorie 1\n\nProcédure d'ouverture du local",
        "Tier 0\n\nOnboarding checklist",
    ],
)
def test_a_bare_code_of_unknown_strength_is_marked(head: str) -> None:
    assert _rules(head) == "internal"
    assert read_head(head)[0] == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Niveau d'eau : 3\n\nRelevé de la cuve",
        "Level: A2\n\nGrammar drills",
        "Class IIb implant\n\nInstructions",
        "## Niveau 1\n\nLes exercices du premier niveau",
        "Bienvenue\nDes nouvelles du club\nLe mot du président\nClasse 1",
    ],
)
def test_no_bare_code(head: str) -> None:
    assert _rules(head) == "none"


@pytest.mark.parametrize(
    ("line", "read"),
    [
        (
            "Sensibilité : S0 – Public (légende : S0 public · S1 interne · S2 secret)",
            "Sensibilité : S0 – Public (légende : S0 public · S1 interne · S2 secret)",
        ),
        (
            "Classif. : C1 – Public (key: C1 public, C2 internal, C3 confidential)",
            "Classif. : C1 – Public | Classification : Public",
        ),
        (
            "Degrés : 1 public / 2 interne / 3 secret — présent document : degré 3",
            "Degrés — présent document : degré 3 | Classification : Confidentiel",
        ),
        ("Tier 2 (scale: 1 Public, 2 Internal, 3 Restricted)", "Tier 2 | Classification : Interne"),
        ("Tool export: Sensitivity = General", "Sensitivity : General"),
        (
            "Grille : K1 public, K2 interne, K3 secret — comment choisir",
            "Grille : K1 public, K2 interne, K3 secret — comment choisir",
        ),
    ],
)
def test_a_key_is_read_as_its_code(line: str, read: str) -> None:
    assert with_keys_read([line]) == [read]


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Niveau 0 – Public (légende : 0 public, 1 interne, 2 confidentiel)\n\nGuide", "public"),
        ("Class 1 (scale: 1 Public, 2 Internal, 3 Confidential)\n\nOverview", "public"),
        ("Niveau 2 (légende : 0 public, 1 interne, 2 confidentiel)\n\nGuide", "confidential"),
        # Scales that start from their strict end, and keys the head does not use.
        ("Niveau 4 (échelle : 1 secret, 2 confidentiel, 3 interne, 4 public)\n\nGuide", "public"),
        (
            "Niveau 1 (échelle : 1 secret, 2 confidentiel, 3 interne, 4 public)\n\nGuide",
            "confidential",
        ),
        ("Page 1 sur 2 (légende : 1 public, 2 interne, 3 secret)\n\nGuide", "internal"),
        ("Version 3 (légende : 1 public, 2 interne, 3 secret)\n\nGuide", "confidential"),
        ("Version 1 (légende : 1 public, 2 interne, 3 secret)\n\nGuide", "internal"),
        (
            "Class 1 – Confidential (scale: 1 Public, 2 Internal, 3 Confidential)\n\nx",
            "confidential",
        ),
        ("NON PROTÉGÉ\n\nGuide des visites", "public"),
        ("Non protégé\nUsage interne\n\nGuide des visites", "internal"),
    ],
)
def test_heads_with_a_key(head: str, level: str) -> None:
    assert _rules(head) == level


@pytest.mark.parametrize(
    "head",
    [
        "Comité des fêtes – documents de préparation réservés au bureau\n\nBudget",
        "Atelier couture – notes de séance réservées aux animatrices\n\nDéroulé",
        "Essai vélos cargo – Relais testeurs uniquement\n\nQuestionnaire",
        "Point hebdo — à l'attention des chefs de rayon et des caissières\n\nPlanning",
        "De : Direction\nÀ : vendeurs saisonniers\nObjet : horaires d'été\n\nBonjour à tous,",
        "Tournée d'automne – à destination des libraires et des Lecteurs normands\n\nDates",
        "Public visé : Marcheurs du secteur Est\n\nSortie du 4 mai",
        "Note transmise aux Relais de la délégation Sud uniquement\n\nOrdre du jour",
    ],
)
def test_a_readership_after_a_title_or_in_a_field_closes(head: str) -> None:
    assert _rules(head) == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "De : Léa\nÀ : tous les ambassadeurs\nObjet : rappel\n\nBonjour",
        "Guide – à destination de tous les ambassadeurs\n\nBienvenue",
    ],
)
def test_every_ambassador_stays_open(head: str) -> None:
    assert _rules(head) == "public"
