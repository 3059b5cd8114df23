"""Issue 19: a value asked of an item a table or a list lacks, beside siblings it has
(`knowledge.listed_items`): "combien de jetons pour une affiche peinte ?" over a list of
printed and glued posters is not answered by their values."""

from __future__ import annotations

from knowledge.answer_kinds import PRICE
from knowledge.answerability import DATE, NUMBER
from knowledge.listed_items import ITEM_VALUES, enumerated_items, items_lacked
from knowledge.question_support import _Word, coverage
from knowledge.text import stem


def _word(name: str, weight: float) -> _Word:
    stems = frozenset({stem(name, "french"), stem(name, "english")})
    return _Word(stems=stems, prefix=name[:6], weight=weight, surface=name)


LIST = (
    "Les affiches rapportent des jetons :\n"
    "- affiche imprimée en boutique : 15 jetons ;\n"
    "- affiche collée en gare : 30 jetons ;\n"
    "- banderole au marché : 40 jetons."
)
TABLE = "Support | Jetons\nAffiche imprimée | 15\nAffiche collée | 30\nBanderole | 40"


def _lacked(words: list[_Word], text: str) -> set[int]:
    return items_lacked(words, coverage(words, text), text)


def test_items_are_the_rows_without_header_and_the_list_items() -> None:
    assert enumerated_items(TABLE) == [
        "Affiche imprimée | 15",
        "Affiche collée | 30",
        "Banderole | 40",
    ]
    assert len(enumerated_items(LIST)) == 3


def test_an_item_the_enumeration_lacks_beside_its_siblings() -> None:
    words = [_word("jetons", 1.0), _word("affiche", 1.0), _word("peinte", 2.0)]
    assert _lacked(words, LIST) == {2}
    assert _lacked(words, TABLE) == {2}


def test_an_item_it_has_is_pointed_at() -> None:
    words = [_word("jetons", 1.0), _word("affiche", 1.0), _word("collée", 2.0)]
    assert _lacked(words, LIST) == set()
    assert _lacked(words, TABLE) == set()


def test_a_light_word_lacked_is_no_item() -> None:
    # "rapporter" worded otherwise where the list answers as a whole.
    words = [_word("jetons", 2.0), _word("affiche", 2.0), _word("gagne", 0.5)]
    assert _lacked(words, LIST) == set()


def test_prose_is_no_enumeration() -> None:
    words = [_word("jetons", 1.0), _word("affiche", 1.0), _word("peinte", 2.0)]
    assert _lacked(words, "Une affiche imprimée rapporte 15 jetons, une collée 30.") == set()


def test_only_counts_and_prices_are_item_values() -> None:
    # A duration is as often given once for a whole procedure of listed steps.
    assert {NUMBER, PRICE} == ITEM_VALUES
    assert DATE not in ITEM_VALUES
