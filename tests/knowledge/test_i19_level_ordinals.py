"""A level asked about by its rank reads as the documents' name for it (invented data)."""

from __future__ import annotations

from knowledge.chat_words import expanded
from knowledge.level_ordinals import (
    LAST,
    asked_rank,
    asked_sections,
    level_ladders,
    with_level_names,
)

SECTIONS = [
    "Guide",
    "Guide › Les paliers",
    "Guide › Les paliers › Palier Bronze › Avantages",
    "Guide › Les paliers › Palier Argent › Avantages",
    "Guide › Les paliers › Palier Or › Avantages",
    "Guide › Les paliers › Changer de palier",
    "Guide › FAQ › Comment changer de niveau ?",
    "Guide › FAQ › Puis-je perdre mon niveau ?",
    "Guide › FAQ › Qui contacter ?",
]
DOCS = ["d1"] * len(SECTIONS)


def test_rank_words_beside_a_level_noun() -> None:
    assert asked_rank("qu'est-ce qu'on gagne au 2e niveau ?") == 2
    assert asked_rank("le palier max ça donne quoi") == LAST
    assert asked_rank("what do I get at the top tier?") == LAST
    assert asked_rank("au tout premier niveau, on a quoi ?") == 1
    assert asked_rank("quand on arrive tout en haut des niveaux") == LAST
    assert asked_rank("niveau 3 : combien de points ?") == 3


def test_no_rank_without_a_level_noun() -> None:
    assert asked_rank("le premier lundi du mois") is None
    assert asked_rank("combien de points pour une vidéo ?") is None


def test_ladders_keep_rungs_only() -> None:
    ladders = level_ladders(SECTIONS, DOCS)
    assert [ladder.heads for ladder in ladders] == [("Palier Bronze", "Palier Argent", "Palier Or")]


def test_short_names_under_a_heading_naming_levels() -> None:
    sections = ["G › Les statuts › Lynx", "G › Les statuts › Ours", "G › Les statuts › Aigle"]
    ladders = level_ladders(sections, ["d"] * 3)
    assert [ladder.heads for ladder in ladders] == [("Lynx", "Ours", "Aigle")]


def test_question_gets_the_name_and_section() -> None:
    ladders = level_ladders(SECTIONS, DOCS)
    assert with_level_names("au 2e palier on gagne quoi ?", ladders).endswith("(Argent)")
    assert asked_sections("le dernier niveau", ladders) == [
        ("d1", "Guide › Les paliers › Palier Or")
    ]
    assert (
        with_level_names("au niveau Or on gagne quoi ?", ladders) == "au niveau Or on gagne quoi ?"
    )
    assert asked_sections("au 5e niveau", ladders) == []


def test_quarters_spelled_out() -> None:
    assert "premier trimestre" in expanded("vous avez besoin de quoi au T1 ?")
    assert "third quarter" in expanded("what do you need from us in Q3?")
    assert expanded("les dates du T1", lambda w: w == "t1") == "les dates du T1"


def test_a_base_level_is_the_first() -> None:
    assert asked_rank("j'ai droit à quoi au niveau de base ?") == 1
    assert asked_rank("what do I get at the basic level?") == 1
    assert asked_rank("la base de données du club") is None


def test_a_heading_naming_levels_one_by_one_holds_a_ladder() -> None:
    sections = [
        "Guide › Les avantages par niveau › Pépin",
        "Guide › Les avantages par niveau › Bourgeon",
        "Guide › Les avantages par niveau › Rameau",
        "Guide › Changer de niveau › Comment monter",
        "Guide › Changer de niveau › Comment descendre",
        "Guide › Changer de niveau › Qui décide",
    ]
    ladders = level_ladders(sections, ["d1"] * len(sections))
    assert [ladder.heads for ladder in ladders] == [("Pépin", "Bourgeon", "Rameau")]
    assert asked_sections("au tout premier niveau on a quoi ?", ladders) == [
        ("d1", "Guide › Les avantages par niveau › Pépin")
    ]
