"""A labelled readership opens a document only when it names the ambassadors as a whole
(`marking_whole_group`): any qualifier nobody listed keeps it closed. Also the forms of
labels this pass reads: a label annotated in brackets, fields joined by a middle dot, a
sensitivity scheme's "General", and the client's program after "du Cercle"."""

from __future__ import annotations

import pytest

from knowledge.marking_ambassadors import as_ambassadors
from knowledge.marking_head import find_in_lines
from knowledge.marking_whole_group import named_qualifier, narrows_readers


def _level(
    lines: list[str], names: tuple[str, ...] = (), clients: tuple[str, ...] = ()
) -> str | None:
    said = as_ambassadors(names, clients) if names or clients else None
    marking = find_in_lines(lines, said=said)
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : ambassadeurs du Vercors",
        "Audience: Grenoble ambassadors only",
        "Accès : ambassadeurs arrivés cet automne",
        "Audience: ambassadors who joined in 2025",
        "Lecteurs : ambassadrices et ambassadeurs bilingues",
        "Diffusion : binôme de relecture (ambassadeurs volontaires)",
        "Readers: tasting panel (ambassadors under NDA)",
        "Diffusion : responsables du réseau ambassadeurs",
    ],
)
def test_a_qualified_group_of_ambassadors_stays_closed(line: str) -> None:
    assert _level([line, "# Guide du trimestre"]) in ("internal", "confidential")


@pytest.mark.parametrize(
    "line",
    [
        "Diffusion : tous les ambassadeurs",
        "Audience: all our ambassadors only",
        "Diffusion : ambassadeurs et ambassadrices du programme",
        "Diffusion : ambassadeurs — ne pas transférer hors du programme",
        "Audience: customers & ambassadors",
        "Diffusion : ambassadeurs (tous niveaux)",
        "Lecteurs : tous les ambassadeurs connectés",
        "Audience: Lighthouse Crew (all ambassadors)",
        "Diffusion : l'ensemble du réseau ambassadeurs",
    ],
)
def test_the_whole_group_still_opens(line: str) -> None:
    assert _level([line, "# Guide du trimestre"]) == "public"


def test_a_name_declared_by_the_client_leaves_the_group_whole() -> None:
    lines = ["Audience: all Orvalis ambassadors", "# Spring guide"]
    assert _level(lines) == "internal"
    assert _level(lines, clients=("Orvalis",)) == "public"


def test_the_clients_program_after_cercle_opens_once_declared() -> None:
    lines = ["Diffusion : tous les ambassadeurs du Cercle Ardoise", "# Règles"]
    assert _level(lines) == "internal"
    assert _level(lines, clients=("Ardoise",)) == "public"
    assert _level(lines, clients=("Cercle Ardoise",)) == "public"
    other = ["Diffusion : tous les ambassadeurs du Cercle Pilote", "# Règles"]
    assert _level(other, clients=("Ardoise",)) == "internal"


def test_a_campaign_target_is_no_readership() -> None:
    assert _level(["Cible : ambassadeurs niveau Argent", "Objectif : 30 avis"]) is None


def test_a_faq_answer_is_no_recipient_line() -> None:
    answer = "A : Non. Les feuilles de route ne sont jamais montrées aux ambassadeurs."
    assert not narrows_readers(answer)
    assert narrows_readers("À : ambassadeurs de la région Est")
    lines = ["# FAQ", "A : Non. Les feuilles de route ne sont jamais montrées aux ambassadeurs."]
    assert _level(lines) != "internal"


def test_a_label_annotated_in_brackets_is_the_label() -> None:
    lines = [
        "Classification: PUBLIC",
        "Classification (updated 02/03 by management): INTERNAL — staff and the Gold panel only",
        "# Shortlist",
    ]
    assert _level(lines) == "internal"


def test_fields_joined_by_a_middle_dot_are_read_one_by_one() -> None:
    line = "Réf. : DOS-2026-31 · Classif. C2 Confidentiel · Destinataires nominatifs : A. Roux"
    assert _level([line, "Protocole d'accord"]) == "confidential"
    assert _level(["Notion · Publié sur le web ✅", "Kit de bienvenue"]) == "public"


def test_a_sensitivity_schemes_general_is_business_data() -> None:
    assert _level(["Étiquette de sensibilité : Général", "Compte rendu"]) == "internal"
    assert _level(["Diffusion : générale", "Compte rendu"]) == "public"


def test_the_name_that_kept_it_closed_is_offered_for_declaring() -> None:
    assert named_qualifier("Diffusion : tous les ambassadeurs du Cercle Ardoise") == "Ardoise"
    assert named_qualifier("Audience: all Orvalis ambassadors") == "Orvalis"
    assert named_qualifier("Diffusion : tous les ambassadeurs") is None
    assert named_qualifier("Cible : ambassadeurs niveau Argent") is None


def test_a_note_on_the_label_only_ever_closes() -> None:
    assert _level(["Diffusion (prévue le 3 mai) : tous les ambassadeurs", "Guide"]) != "public"
