"""A program's name for its ambassadors that also names a publication, or a sentence about
each of them, is no readership: declaring the name must not close a document it left open,
and a sentence sharing something out "pour chaque ambassadeur" opens nothing."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_qualified import qualified_group


@pytest.mark.parametrize(
    "line",
    [
        "Ambassadors Newsletter #4 – May 2031",
        "Vigies Mag n°3 — édition de printemps",
        "Le Digest des ambassadeurs",
        "Ambassadeurs Kit — version 2",
    ],
)
def test_a_publication_named_after_them_is_no_part(line: str) -> None:
    assert qualified_group(line.replace("Vigies", "ambassadeurs")) is None


def test_declaring_a_name_that_titles_the_newsletter_keeps_it_open() -> None:
    head = (
        "**Vigies Mail #3 – June 2031.** You get this because you are a Vigie. "
        "Feel free to forward it to anyone!\n# Vigies Mail #3"
    )
    assert read_head(head)[0] == "public"
    assert read_head(head, ["Vigies"], ["Ostrale"])[0] == "public"


def test_a_part_of_them_still_closes_when_declared() -> None:
    head = "Vigies Core only — feel free to forward it\n# Roadmap"
    assert read_head(head, ["Vigies"])[0] != "public"


@pytest.mark.parametrize(
    "head",
    [
        "Pour chaque ambassadeur, nous conservons les données suivantes :\n- nom",
        "Pour chaque Vigie, nous gardons trois informations :\n- nom",
    ],
)
def test_a_sentence_about_each_of_them_opens_nothing(head: str) -> None:
    assert read_head(head, ["Vigies"])[0] != "public"


def test_all_of_them_still_open() -> None:
    assert read_head("Pour tous les Vigies\n# Guide", ["Vigies"])[0] == "public"
