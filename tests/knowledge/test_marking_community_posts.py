"""A post on the community's server opens a head to every ambassador only when it is one: a
mail whose subject mentions the server is not, and a server-wide ping addressed to a group
the reader does not know ("@everyone les commerciaux") is no "everyone" (fail closed)."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head


def _level(head: str, names: tuple[str, ...] = ()) -> str:
    return read_head(f"{head}\n\n# Titre\n\nUn paragraphe.", names)[0]


@pytest.mark.parametrize(
    "head",
    [
        "Objet : insultes reçues sur le discord\nMerci de ne pas transférer",
        "Subject: moderation incident on the Discord\nPlease do not forward",
        "Sujet : un membre exclu du discord\nNe pas faire suivre",
    ],
)
def test_a_mail_about_the_server_is_no_post_on_it(head: str) -> None:
    assert _level(head) != "public"


@pytest.mark.parametrize(
    "head",
    [
        "[Discord #annonces]\n@everyone la synthèse est dispo ici pour tout le monde",
        "#general (Discord Vigies)\nLéa : le compte rendu est en PJ, pour tout le monde !",
        "Mathilde : je le poste dans le Discord des ambassadeurs, c'est pour eux tous",
    ],
)
def test_a_post_for_everyone_on_the_server_stays_public(head: str) -> None:
    assert _level(head) == "public"


@pytest.mark.parametrize(
    "head",
    [
        "@everyone les commerciaux, voici la nouvelle grille tarifaire",
        "[Discord #annonces] @everyone les franchisés : nouveau tarif en PJ",
        "@everyone all store managers: new price list attached",
        "@everyone\nLes installateurs : le guide est dispo pour tout le monde",
    ],
)
def test_a_ping_to_a_group_the_reader_does_not_know_is_not_everyone(head: str) -> None:
    assert _level(head) != "public"


def test_a_ping_to_the_declared_name_is_everyone() -> None:
    head = "#annonces\n@everyone les Vigies, le barème change au 1er mars. Voilà le doc"
    assert _level(head) != "public"
    assert _level(head, ("Vigies",)) == "public"
