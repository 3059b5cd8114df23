"""A request that the document not go beyond a group keeps it for that group: « Merci de
ne pas diffuser au-delà des référents de l'Hérault », « Ne sortez pas ce tableau de la
cellule export », "Please keep within the firm", "Don't forward this outside the ops
team"; a boundary that is the whole program, the ambassadors or a date leaves it to the
readers that open. Invented heads."""

from __future__ import annotations

import pytest

from knowledge.loaders import load
from knowledge.marking_contained import contained_level
from knowledge.marking_document import rules_marking

RESTRICTED = {"internal", "confidential"}


def _rules_level(head: str) -> str | None:
    marking = rules_marking(load("document.md", (head + "\n\n1\n").encode("utf-8")))
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    "head",
    [
        "Merci de ne pas diffuser au-delà des référents de l'Hérault.\nSortie vélo du 3 mai",
        "Ne sortez pas ce tableau de la cellule export, merci.\nPrix 2028",
        "Ce fichier ne sort pas du pôle achats.\nFournisseurs à revoir",
        "À ne pas transmettre en dehors du groupe de travail mobilité\nPistes",
        "Please keep within the firm.\nHeadcount plan",
        "Don't forward this outside the ops team please\nRota for June",
        "Not to be shared beyond the pilot cohort\nWeek 2 feedback",
        "This deck stays inside the design squad.\nBrand refresh",
    ],
)
def test_a_request_not_to_go_beyond_a_group_restricts(head: str) -> None:
    assert _rules_level(head) in RESTRICTED, head


@pytest.mark.parametrize(
    "line",
    [
        "Ne pas projeter en dehors du comité de direction",
        "Ce document ne sort pas de la gérance.",
        "Not to be circulated outside the leadership team",
    ],
)
def test_a_boundary_at_leadership_is_confidential(line: str) -> None:
    assert contained_level(line) == "confidential", line


@pytest.mark.parametrize(
    "line",
    [
        "Merci de ne pas transférer en dehors du programme avant le 10 janvier",
        "Please don't forward outside the community",
        "Ambassadors only — do not forward outside the Tramontane programme",
        "Ne pas diffuser hors du club Rivage",
        "Ne pas diffuser au-delà du 30 juin",
        "Ne pas diffuser en dehors des ambassadeurs",
        "N'hésitez pas à partager au-delà de vos cercles !",
        "Le jeu ne sort pas en boutique avant l'automne",
        "Keep in mind the deadline",
        "Please keep it within the Lanterns until the launch.",
        "A: No. Internal roadmaps are never shared outside the company, even with you.",
        "17h Atelier (les échanges de ce jour-là ne doivent pas sortir de la salle)",
    ],
)
def test_a_boundary_that_is_the_program_a_date_or_no_request_reads_nothing(line: str) -> None:
    assert contained_level(line) is None, line


def test_with_the_names_a_boundary_at_all_the_ambassadors_reads_nothing_a_part_restricts() -> None:
    from knowledge.marking_ambassadors import as_ambassadors
    from knowledge.marking_contained import contained_marking

    said = as_ambassadors(["Grillons"])
    assert contained_marking(["Merci de ne pas partager au-delà des grillons"], said) is None
    # without the names: a group it does not know
    assert contained_level("Merci de ne pas partager au-delà des grillons") == "internal"
    part = contained_marking(["Ne pas partager au-delà des Grillons de la Drôme"], said)
    assert part is not None and part.level == "internal"
