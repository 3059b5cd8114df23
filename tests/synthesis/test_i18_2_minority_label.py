"""Issue 18, item 2 (b): a minority view labelled by one word its few holders share
("Vient", "Cours") takes the first words of its first quote instead; a convergence theme
keeps its one-word label, and a view sharing a longer phrase keeps that phrase."""

from __future__ import annotations

from bot.synthesis import quotes
from bot.synthesis.model import Theme, Verbatim
from bot.synthesis.text import Clause, clauses

QUOTE = "Un banquier qui vient sur la ferme au lieu de me convoquer"


def _theme(label: str, minority: bool) -> Theme:
    return Theme(
        label=label,
        kind="divergence" if minority else "convergence",
        participants=("P1", "P2"),
        answer_ids=("a1", "a2"),
        verbatims=(Verbatim("a1", QUOTE),),
        minority=minority,
    )


def _rows() -> tuple[list[int], list[Clause]]:
    found = clauses(0, QUOTE, "fr") + clauses(1, "Quand ça vient dans la conversation", "fr")
    return list(range(len(found))), found


def test_i18_2_minority_one_word_label_takes_the_quote_words() -> None:
    rows, found = _rows()
    label = quotes._label(_theme("Vient", minority=True), rows, found)
    assert label.startswith("Un banquier qui vient sur la ferme")


def test_i18_2_convergence_keeps_its_one_word_label() -> None:
    rows, found = _rows()
    assert quotes._label(_theme("Vient", minority=False), rows, found) == "Vient"


def test_i18_2_minority_shared_phrase_label_stays() -> None:
    rows, found = _rows()
    theme = _theme("Sur la ferme", minority=True)
    assert quotes._label(theme, rows, found) == "Sur la ferme"
