"""Readers defined by what they did narrow a document, unless the line widens them to
those who only think of it, or is prose cut mid-phrase whose next line may widen them
(three structure documents for every ambassador closed this way). Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_conditions import conditioned_level


@pytest.mark.parametrize(
    "line",
    [
        "Pour celles et ceux du Club qui ont accepté d'animer un atelier, ou qui hésitent encore.",
        "Pour les Lucioles qui ont dit oui au podcast (et les curieuses qui y pensent).",
        "Pour tous les Lucioles qui lisent la Lettre… ou qui ont envie d'y écrire.",
        "For members who joined a panel, or who are thinking about it",
        "Pour celles et ceux du Club qui ont accepté de tourner une",
    ],
)
def test_a_condition_widened_or_cut_mid_phrase_does_not_restrict(line: str) -> None:
    assert conditioned_level(line) is None, line


@pytest.mark.parametrize(
    "head",
    [
        "Compte rendu\nRéservé aux membres ayant signé la charte de confidentialité.",
        "Debrief\nOnly for members who attended the Nantes day",
    ],
)
def test_readers_defined_by_an_act_still_restrict(head: str) -> None:
    assert read_head(head)[0] == "internal", head


@pytest.mark.parametrize(
    "head",
    [
        # Public FAQ pages (the CNIL benchmark's kind) read unmarked, not restricted.
        "# Pourquoi est-on inscrit au fichier des impayés ?\n\nLes banques déclarent les "
        "incidents.",
        "# Le fichier des antécédents\n\nÀ noter : on peut être inscrit au fichier sans avoir "
        "été condamné.",
        "# Newsletter\n\nPour vous mettre en règle, vous devez inscrire au formulaire les "
        "personnes qui en ont fait la demande.",
        "# Photos d'enfants\n\nAttention : avant de publier la photo d'un mineur, demandez "
        "l'accord de ses parents.",
    ],
)
def test_prose_sharing_a_readership_s_words_is_no_marking(head: str) -> None:
    assert read_head(head)[0] == "none", head


def test_a_long_sentence_is_prose_not_a_condition() -> None:
    line = (
        "Les contrôleurs assermentés des sociétés de transport urbain ouvertes au public ont "
        "accès au registre, mais uniquement pour retrouver les voyageurs ayant commis une "
        "infraction, et pendant la durée de leur mission."
    )
    assert conditioned_level(line) is None
