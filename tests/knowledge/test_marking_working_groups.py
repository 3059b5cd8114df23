"""A working group kept apart by name is a part of the readers (internal); the few a
leadership body or an unnamed committee are stay confidential (`marking_labels`)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


@pytest.mark.parametrize(
    ("field", "level"),
    [
        ("Diffusion : Comité Arômes uniquement", "internal"),
        ("Distribution: testing panel Nord only", "internal"),
        ("Diffusion : participants du séminaire uniquement", "internal"),
        ("Diffusion : membres du Conseil d'administration uniquement", "confidential"),
        ("Distribution: committee members only", "confidential"),
        ("Diffusion : gérants de magasin région Montréal seulement", "confidential"),
    ],
)
def test_only_a_working_group_by_name_is_internal(field: str, level: str) -> None:
    assert read_head(f"Compte rendu du 3 mars\n{field}\n\nPoint 1 : budget")[0] == level


@pytest.mark.parametrize(
    "line",
    [
        "**Diffusion restreinte : Marc A., Chloé B.**",
        "~~Tous les membres~~ **Lecteurs : Marc A., Chloé B.**",
        "*Destinataires : Marc A., Chloé B.*",
    ],
)
def test_people_named_as_readers_in_bold_or_after_a_struck_group_are_few(line: str) -> None:
    assert read_head(f"{line}\n# Réclamation client\n\nLe 3 mars, un lot défectueux.")[0] == (
        "confidential"
    )
