"""Issue 18, item 2 (b): minority views worded differently by each holder, found among the
answers no theme took by the sentence encoder (`bot.synthesis.minority`), with a fake
encoder whose vectors follow planted ideas; and `encoded.Memo`, which reads a text once."""

from __future__ import annotations

import numpy as np

from bot.synthesis import minority
from bot.synthesis.encoded import Memo
from bot.synthesis.engine import synthesise
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import Clause, clauses
from bot.synthesis.verify import is_verbatim
from tests.synthesis.idea_encoder import IdeaEncoder

DIM = 48
Q_NEEDS = "What would you need?"
Q_FEARS = "What could hold you back?"
# Planted ideas: a text naming one of these words points along the idea's axis.
IDEAS = {"credits": 0, "continuing": 0, "translat": 1, "localise": 1, "insurance": 2}


def _encoder() -> IdeaEncoder:
    return IdeaEncoder(IDEAS, DIM, first_own=4)


TEXTS = [
    ("p1", Q_NEEDS, "CPE credits for the sessions, so the time counts for my certification."),
    ("p2", Q_NEEDS, "Continuing-education hours I could report to my professional board."),
    ("p3", Q_NEEDS, "I could localise a few modules for English speakers."),
    ("p4", Q_NEEDS, "Checking the translated quizzes, half of them read badly."),
    ("p5", Q_NEEDS, "A parking space near the office entrance."),
    ("p6", Q_NEEDS, "Free coffee during the afternoon meetings."),
    ("p7", Q_FEARS, "Insurance questions about demo cars worry me."),
    ("p8", Q_NEEDS, "Insurance cover when lending my own equipment."),  # another question
    ("p9", Q_NEEDS, "Je verrai bien."),  # too few words to compare
    ("p10", Q_NEEDS, "Ça dépend."),
]


def _left() -> tuple[list[Answer], list[Clause], list[int]]:
    answers = [Answer(f"a{n}", p, q, t) for n, (p, q, t) in enumerate(TEXTS)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, every, list(range(len(every)))


def _people(found: list, every: list[Clause], answers: list[Answer]) -> list[set[str]]:
    return [{answers[every[r].answer_index].participant for r in g.rows} for g in found]


def test_i18_2_minority_pairs_of_differently_worded_answers_make_views() -> None:
    answers, every, left = _left()
    found = minority.groups(left, every, answers, build(every, None), Memo(_encoder()))
    people = _people(found, every, answers)
    assert {"p1", "p2"} in people and {"p3", "p4"} in people
    # Across questions a pair must be closer than within one: the insurance pair is exact,
    # so it stands; no lone answer and no unrelated pair is made a view.
    assert {"p7", "p8"} in people
    assert all(len(p) >= 2 for p in people) and len(found) == 3
    for group in found:  # every answer of the view can be quoted, one per participant
        assert set(group.quoted()) == set(group.rows)


def test_i18_2_minority_a_third_holder_joins_the_pair_and_its_quotes_start_from_it(
    monkeypatch,
) -> None:
    answers, every, left = _left()
    third = Answer("a99", "p11", Q_FEARS, "Losing my continuing-education credits if I skip.")
    answers.append(third)
    every.extend(clauses(len(answers) - 1, third.text, "en"))
    left = list(range(len(every)))
    found = minority.groups(left, every, answers, build(every, None), Memo(_encoder()))
    people = _people(found, every, answers)
    assert {"p1", "p2", "p11"} in people
    credits = found[people.index({"p1", "p2", "p11"})]
    first_two = {answers[every[r].answer_index].participant for r in credits.quoted()[:2]}
    assert first_two == {"p1", "p2"}
    monkeypatch.setattr(minority, "JOIN_AT", 1.5)  # no mean reaches it: the pair alone
    found = minority.groups(left, every, answers, build(every, None), Memo(_encoder()))
    assert {"p1", "p2"} in _people(found, every, answers)


def test_i18_2_minority_a_pair_across_questions_needs_more_likeness(monkeypatch) -> None:
    answers, every, left = _left()
    monkeypatch.setattr(minority, "CROSS_PAIR_AT", 1.5)  # no cosine reaches it
    found = minority.groups(left, every, answers, build(every, None), Memo(_encoder()))
    assert {"p7", "p8"} not in _people(found, every, answers)
    assert {"p1", "p2"} in _people(found, every, answers)


def test_i18_2_minority_answers_of_few_words_are_not_read() -> None:
    answers, every, left = _left()
    encoder = _encoder()
    minority.groups(left, every, answers, build(every, None), Memo(encoder))
    assert "Je verrai bien." not in encoder.read and "Ça dépend." not in encoder.read
    assert "A parking space near the office entrance." in encoder.read


def test_i18_2_minority_one_persons_answers_are_no_view() -> None:
    answers = [
        Answer("a0", "p1", Q_NEEDS, "CPE credits for the sessions, please."),
        Answer("a1", "p1", Q_FEARS, "Losing my continuing-education hours."),
    ]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    found = minority.groups([0, 1], every, answers, build(every, None), Memo(_encoder()))
    assert found == []


def test_i18_2_minority_reads_within_its_budget(monkeypatch) -> None:
    answers, every, left = _left()
    encoder = _encoder()
    monkeypatch.setattr(minority, "BUDGET", 4)
    minority.groups(left, every, answers, build(every, None), Memo(encoder))
    assert len(encoder.read) == 4


def test_i18_2_minority_without_encoder_finds_nothing() -> None:
    answers, every, left = _left()
    assert minority.groups(left, every, answers, build(every, None), None) == []


def test_i18_2_memo_reads_each_text_once_and_centres_on_what_it_read() -> None:
    encoder = _encoder()
    memo = Memo(encoder)
    first = memo.queries(["CPE credits.", "Insurance."])
    again = memo.queries(["Insurance.", "CPE credits.", "Insurance."])
    assert encoder.read == ["CPE credits.", "Insurance."]
    assert np.array_equal(again[1], first[0]) and np.array_equal(again[0], first[1])
    assert np.allclose(memo.centre(), first.mean(axis=0))


def test_i18_2_minority_synthesis_shows_the_view_with_real_quotes() -> None:
    """In a workshop where everyone else speaks of time, two who ask for professional
    credits in different words make a minority view quoting their own words."""
    answers = [
        Answer(f"t{n}", f"q{n}", Q_FEARS, text)
        for n, text in enumerate(
            [
                "Not enough time in the evenings.",
                "Time, my calendar is already full.",
                "Finding the time with two kids.",
                "My time is limited on weekdays.",
                "Lack of time at work right now.",
                "Time is the main issue for me.",
            ]
        )
    ] + [Answer(f"a{n}", p, q, t) for n, (p, q, t) in enumerate(TEXTS)]
    result = synthesise(answers, [], language="en", encoder=_encoder())
    credits = [t for t in result.themes if {"p1", "p2"} <= set(t.participants)]
    assert credits and credits[0].minority and credits[0].kind == "divergence"
    by_id = {a.id: a for a in answers}
    for theme in result.themes:
        for quote in theme.verbatims:
            assert is_verbatim(quote.text, by_id[quote.answer_id].text)
