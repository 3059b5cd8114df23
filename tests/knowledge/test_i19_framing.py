"""Issue 19: spoken framing ("en gros", "au juste", "lol") is not what a question asks
about (`knowledge.framing`), and a person's age meets a rule on minors or an age bound
(`knowledge.number_forms`)."""

from __future__ import annotations

from knowledge.answer import _gives_numbers
from knowledge.framing import without_framing
from knowledge.number_forms import worded_otherwise


def test_framing_phrases_are_left_out() -> None:
    assert without_framing("c'est quoi le club de lecture en gros ?") == (
        "c'est quoi le club de lecture ?"
    )
    assert without_framing("pourquoi vous avez lancé ce réseau au juste ?") == (
        "pourquoi vous avez lancé ce réseau ?"
    )
    assert without_framing("le parrainage en 2 mots ?") == "le parrainage ?"
    assert without_framing("je peux annuler ma venue lol") == "je peux annuler ma venue"
    assert without_framing("the referral rules in a nutshell?") == "the referral rules ?"


def test_wholesale_and_plain_words_stay() -> None:
    assert (
        without_framing("vous faites de la vente en gros ?") == "vous faites de la vente en gros ?"
    )
    assert without_framing("un gros lot à gagner ?") == "un gros lot à gagner ?"
    assert without_framing("lol") == "lol"


def test_numbers_listed_before_one_unit_share_it() -> None:
    question = "mes filles ont 7 et 9 ans, elles peuvent venir à l'atelier ?"
    text = "Les enfants de moins de dix ans viennent accompagnés d'un adulte."
    assert worded_otherwise(question, text) == {7, 9}
    assert _gives_numbers(question, {7, 9}, text)


def test_an_age_meets_a_rule_on_minors() -> None:
    question = "ma nièce de 15 ans peut être sur la photo ?"
    assert _gives_numbers(question, {15}, "Les mineurs n'apparaissent qu'avec l'accord écrit.")
    assert not _gives_numbers(question, {15}, "Une photo par séance, au format carré.")


def test_clipped_chat_words_are_spelled_out() -> None:
    from knowledge.chat_words import expanded

    assert expanded("je peux montrer le proto en boutique ?") == (
        "je peux montrer le prototype en boutique ?"
    )
    assert expanded("vous gardez mes photos d'anim cb de tps ?") == (
        "vous gardez mes photos d'animation combien de temps ?"
    )
    assert expanded("le proto", lambda w: w == "proto") == "le proto"
