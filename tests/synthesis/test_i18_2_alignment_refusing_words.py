"""Issue 18 item 2 (c): a negation or a word of weariness just before the word that meets an
objective refuses it ("I don't write reviews online"), by its words or in other words;
"nothing about customers helping each other" still asks for what it names."""

from __future__ import annotations

from bot.synthesis import alignment, objective_refusal
from bot.synthesis import objective_paraphrase as paraphrase
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses as split_clauses


def _clauses(answers: list[Answer], language: str) -> list:
    return [c for i, a in enumerate(answers) for c in split_clauses(i, a.text, language)]


def test_i18_2_negated_objective_word_refuses_it() -> None:
    [clause] = split_clauses(0, "Please don't ask me to post reviews.", "en")
    assert objective_refusal.refuses(clause, ["reviews"])
    [clause] = split_clauses(0, "J'en ai marre des questionnaires de satisfaction.", "fr")
    assert objective_refusal.refuses(clause, ["satisfaction"])
    [clause] = split_clauses(0, "Nothing in there about customers helping each other.", "en")
    assert not objective_refusal.refuses(clause, ["customers"])
    [clause] = split_clauses(0, "Writing honest reviews of new products.", "en")
    assert not objective_refusal.refuses(clause, ["reviews"])


def test_i18_2_refusals_of_reviews_support_no_review_objective() -> None:
    asked = "Anything else?"
    answers = [
        Answer("a1", "q1", asked, "I don't write reviews online, never have."),
        Answer("a2", "q2", asked, "Please don't ask me to post reviews."),
        Answer("a3", "q3", asked, "I never post ratings on shop websites."),
    ]
    rows = _clauses(answers, "en")
    objectives = ["Increase the number of verified ratings and reviews on retailer websites"]
    reading = (rows, answers, build(rows, None), None, "en")
    _, supports, _, _ = alignment.support(objectives, [list(range(len(rows)))], *reading)
    assert not supports.any()
    served = paraphrase.serving_themes(
        objectives[0], "en", [list(range(len(rows)))], rows, answers, 2
    )
    assert served == []


def test_i18_2_reviews_wished_for_still_serve() -> None:
    asked = "How would you like to contribute?"
    answers = [
        Answer("a1", "q1", asked, "Writing reviews of the products I love."),
        Answer("a2", "q2", asked, "Happy to leave a rating and a short review."),
    ]
    rows = _clauses(answers, "en")
    served = paraphrase.serving_themes(
        "Grow our reputation online", "en", [list(range(len(rows)))], rows, answers, 2
    )
    assert served == [0]
