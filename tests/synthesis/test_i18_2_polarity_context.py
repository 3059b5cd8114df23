"""Issue 18 item 2b: contrasting poles said in everyday words (`axes_contextual`, the
novelty pair, more words of emulation), on small invented workshops."""

from __future__ import annotations

from bot.synthesis import polarity
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses


def _answers(rows: list[tuple[str, str, str]]) -> list[Answer]:
    return [Answer(f"a{i}", who, question, said) for i, (who, question, said) in enumerate(rows)]


def _signs(text: str, language: str = "fr") -> dict[str, int]:
    found: dict[str, int] = {}
    for clause in clauses(0, text, language):
        for mark in polarity.marks(clause, question_is_yes_no=False):
            found[mark.topic] = found.get(mark.topic, 0) + mark.sign
    return found


def _sides(rows: list[Answer]) -> set[frozenset[str]]:
    every = [c for i, a in enumerate(rows) for c in clauses(i, a.text, "fr")]
    found = polarity.find(range(len(every)), every, rows, None)
    return {
        frozenset(rows[every[r].answer_index].participant for r in side)
        for o in found
        for side in o.sides
    }


def test_i18_2_everyday_words_name_a_pole_of_an_axis():
    assert _signs("Une petite reconnaissance publique")["axis:exposure~"] > 0
    assert _signs("Tout en discrétion, merci")["axis:exposure~"] < 0
    assert _signs("Keep it low-key please", "en")["axis:exposure~"] < 0
    assert _signs("Des tracts et des affiches chez les commerçants")["axis:digital~"] < 0
    assert _signs("Sur Instagram et Facebook")["axis:digital~"] > 0


def test_i18_2_everyday_words_oppose_only_where_the_question_is_about_the_axis():
    rows = _answers(
        [
            ("P1", "forme", "Des affiches et des flyers chez les commerçants."),
            ("P2", "forme", "Un courrier papier, c'est plus sûr."),
            ("P3", "forme", "Sur Instagram et Facebook."),
            ("P4", "forme", "Une appli, et les réseaux sociaux."),
        ]
    )
    assert _sides(rows) == {frozenset({"P1", "P2"}), frozenset({"P3", "P4"})}
    elsewhere = _answers(
        [
            ("P1", "forme", "Des affiches et des flyers chez les commerçants."),
            ("P2", "forme", "Un courrier papier, c'est plus sûr."),
            ("P3", "infos", "Sur Instagram et Facebook."),
            ("P4", "infos", "Les réseaux sociaux, surtout."),
        ]
    )
    assert _sides(elsewhere) == set()
    unnamed = _answers(  # nobody names the axis by its own words: no side
        [
            ("P1", "forme", "Des affiches chez les commerçants."),
            ("P2", "forme", "Des flyers au marché."),
            ("P3", "forme", "Sur Instagram."),
            ("P4", "forme", "Sur TikTok."),
        ]
    )
    assert _sides(unnamed) == set()


def test_i18_2_novelty_against_stability():
    assert _signs("Tester les nouvelles fonctionnalités en bêta")["axis:novelty"] > 0
    assert _signs("Que l'application reste telle quelle")["axis:novelty"] < 0
    assert _signs("Early access to the new version please", "en")["axis:novelty"] > 0
    assert _signs("Keep things stable and predictable", "en")["axis:novelty"] < 0


def test_i18_2_emulation_said_in_everyday_words():
    assert _signs("Un podium chaque trimestre, un peu de rivalité")["axis:emulation"] > 0
    assert _signs("Chacun à son rythme, sans pression")["axis:emulation"] < 0
