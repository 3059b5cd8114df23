"""Issue 19: the question's language is preferred between two versions of one rule only
(`knowledge.quote_language`)."""

from __future__ import annotations

from knowledge.passages import Passage
from knowledge.quote_language import VERSION_BONUS, versions, with_language_bonus

FRENCH = (
    "L'ambassadeur peut quitter le programme à tout moment, sans préavis. Ses points "
    "restent utilisables pendant quatre-vingt-dix jours après son départ."
)
ENGLISH = (
    "You can leave the programme at any time, without notice. Points you have earned can "
    "still be spent for ninety days after you leave."
)
UNRELATED = "Sign up through the Discord assistant with the command /event before Friday."


def test_i19_quote_language_a_translation_is_a_version() -> None:
    assert versions(ENGLISH, True, FRENCH)
    assert not versions(UNRELATED, True, FRENCH)


def test_i19_quote_language_only_a_translation_steps_back() -> None:
    english = Passage(0.6, 1, 0, ENGLISH)
    unrelated = Passage(0.5, 2, 0, UNRELATED)
    french = Passage(0.8, 0, 0, FRENCH)
    scored = [french, english, unrelated]
    found = with_language_bonus(scored, "english", ["french", "english", "english"])
    assert [p.score for p in found] == [0.8 - VERSION_BONUS, 0.6, 0.5]
    alone = with_language_bonus([unrelated], "english", ["english"])
    assert alone[0].score == 0.5
