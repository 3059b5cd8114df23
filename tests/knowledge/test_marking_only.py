"""A banner keeping a document for a part of the ambassadors or a body (`marking_only`)."""

from __future__ import annotations

import pytest

from knowledge.marking_ambassadors import as_ambassadors
from knowledge.marking_head import find_in_lines
from knowledge.marking_only import part_level


@pytest.mark.parametrize(
    "line",
    [
        "Palier Vigie uniquement ⛵ — ne pas relayer aux autres paliers",
        "Gold Pathfinders only – don't pass this on to Bronze",
        "Randonneurs du Jura et de l'Ain seulement",
        "Tous les Grimpeurs Confirmé uniquement (pas les Novices)",
        "Riders from the Ghent store only",
        "Réservé au Comité des Anciens",
        "Réservé aux Grimpeurs du groupe Alpes",
        "À l'usage des seuls Pilotes côtiers",
        "À ne diffuser qu'aux présents de l'atelier de mars",
    ],
)
def test_a_part_of_the_ambassadors_is_internal(line: str) -> None:
    assert part_level(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Ambassadeurs uniquement",
        "Pour tous les ambassadeurs uniquement",
        "Sur inscription uniquement",
        "Le samedi uniquement",
        "Réservé aux membres Or uniquement — -20 % sur la boutique",
        "Ce message n'est adressé qu'aux ambassadeurs.",
        "Julie et Marc uniquement",
    ],
)
def test_everyone_or_no_readers_is_no_part(line: str) -> None:
    assert part_level(line) is None


def test_a_lone_unknown_plural_restricts_only_once_the_names_are_known() -> None:
    assert part_level("Pilotes uniquement") is None
    assert part_level("Pilotes uniquement", names_known=True) == "internal"
    marking = find_in_lines(["Capitaines uniquement", "Le programme de l'hiver"], said=_SAID)
    assert marking is not None and marking.level == "internal"
    marking = find_in_lines(["Vigies uniquement", "Le programme de l'hiver"], said=_SAID)
    assert marking is None or marking.level == "public"


_SAID = as_ambassadors(["Vigies"])


def test_the_only_things_in_a_sentence_are_no_readers() -> None:
    from bot.bench.markings import read_head

    head = "Non, l'adhésion est gratuite. Les seuls frais possibles sont ceux du trajet.\nFAQ"
    assert read_head(head)[0] == "none"
