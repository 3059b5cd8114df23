"""'Members' is read like the ambassadors' word: only the whole of them opens a document."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


def level(head: str, names: tuple[str, ...] = (), clients: tuple[str, ...] = ()) -> str:
    return read_head(head, names, clients)[0]


@pytest.mark.parametrize(
    "head",
    [
        "Audience: all pilot members",
        "Diffusion : tous les membres du pilote",
        "Audience: all members of the pilot",
        "Diffusion : tous les membres du programme pilote",
        "Audience: all Paris members",
        "Diffusion : tous les membres Or",
        "Diffusion : tous les ambassadeurs Or",
    ],
)
def test_a_part_of_the_members_stays_closed(head: str) -> None:
    assert level(head) == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Diffusion : tous les membres",
        "Audience: all members",
        "Diffusion : tous les membres du Cercle",
    ],
)
def test_all_the_members_open(head: str) -> None:
    assert level(head) == "public"


def test_the_clients_own_name_beside_members_is_the_program() -> None:
    head = "Audience: all Hop Circle members"
    assert level(head) == "internal"  # undeclared, it may be a tier
    assert level(head, clients=("Hop Circle",)) == "public"
    # the name `ingest` suggests for declaring is enough: "Hop" before its program word
    assert level(head, clients=("Hop",)) == "public"
    assert level("Audience: all Gold Circle members", clients=("Hop",)) == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Interne : vous pouvez le montrer à vos amis",
        "Internal: feel free to share",
        "Confidentiel : vous pouvez le transférer",
    ],
)
def test_a_restrictive_label_wins_over_a_permission_in_its_value(head: str) -> None:
    assert level(head) in ("internal", "confidential")
