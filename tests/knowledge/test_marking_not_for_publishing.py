"""A document said not to be for publishing (« n'a pas vocation à être diffusé », "not
intended for distribution", "off the record") is internal. Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


@pytest.mark.parametrize(
    "head",
    [
        "Pistes de partenariat\nCe document n'a pas vocation à être diffusé",
        "Retour d'expérience\nCette note n'a pas vocation à être publiée.",
        "Atelier du 12 mai\nCe support n'a pas vocation à être partagé",
        "Grille tarifaire 2028\nDocument non destiné à la publication",
        "Partner pipeline\nNot intended for distribution",
        "Founders' chat\nOff the record",
        "Cercle de parole — compte rendu\nCe qui est dit ici reste ici",
    ],
)
def test_not_for_publishing_is_internal(head: str) -> None:
    assert read_head(head) == ("internal", False)


def test_a_place_not_to_publish_on_is_not_a_readership() -> None:
    head = (
        "Guide photo\nCe guide n'est pas destiné à être publié sur les réseaux, mais "
        "partagez-le avec tous les ambassadeurs."
    )
    assert read_head(head)[0] not in ("internal", "confidential")
