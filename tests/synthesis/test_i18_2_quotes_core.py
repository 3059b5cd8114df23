"""Issue 18, item 2: each point quotes the answers of its core first (`bot.synthesis.quotes`),
with a fake encoder whose vectors follow planted ideas."""

from __future__ import annotations

from dataclasses import replace

from bot.synthesis import quotes
from bot.synthesis.encoded import Memo
from bot.synthesis.model import Answer, Need, ObjectiveLink, Side, Theme, Verbatim
from bot.synthesis.text import Clause, clauses
from bot.synthesis.themes import clause_label
from tests.synthesis.idea_encoder import IdeaEncoder

DIM = 64
QUESTION = "What would you like to do?"
IDEAS = {"test": 0, "try": 0, "first": 0, "consulted": 1, "say": 1}

# The stray shares the point's words ("new ranges") but carries another idea (being heard).
STRAY = ("p1", "Being consulted on the new ranges, having my say.")
CORE = [
    ("p2", "Test the new ranges before anyone else."),
    ("p3", "Try the new creams first, in a testers' panel."),
]
OTHERS = [(f"q{n}", f"Something else entirely, number {n}, about the weather.") for n in range(12)]


def _session() -> tuple[list[Answer], list[Clause]]:
    texts = [STRAY, *CORE, *OTHERS]
    answers = [Answer(f"a{n}", p, QUESTION, t) for n, (p, t) in enumerate(texts)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, every


def _memo() -> Memo:
    memo = Memo(IdeaEncoder(IDEAS, DIM, first_own=2))
    memo.queries([t for _, t in [STRAY, *CORE, *OTHERS]])
    return memo


def _theme(answers: list[Answer], ids: list[str], quoted: list[str]) -> Theme:
    by_id = {a.id: a for a in answers}
    return Theme(
        label="New ranges",
        kind="divergence",
        participants=tuple(by_id[i].participant for i in ids),
        answer_ids=tuple(ids),
        verbatims=tuple(Verbatim(i, by_id[i].text) for i in quoted),
        minority=True,
    )


def test_i18_2_a_point_quotes_its_core_not_the_stray_that_shares_its_words() -> None:
    answers, every = _session()
    rows = [0, 1, 2]  # the stray first, as the lexical order put it
    theme = _theme(answers, ["a0", "a1", "a2"], ["a0", "a1"])
    found, renamed = quotes.requote(
        [(theme, rows)], {"New ranges": [rows]}, every, answers, _memo()
    )
    ((quoted, kept),) = found
    assert renamed == {} and quoted.label == "New ranges"  # a shared phrase: it stays
    assert kept == rows and quoted.answer_ids == theme.answer_ids  # it still cites them all
    assert [v.answer_id for v in quoted.verbatims] == ["a1", "a2"]  # as many quotes as before


def test_i18_2_opposition_sides_quote_their_core_too() -> None:
    answers, every = _session()
    side = Side("Test", ("p1", "p2", "p3"), ("a0", "a1", "a2"), (Verbatim("a0", STRAY[1]),))
    other = Side("Other", ("q0", "q1"), ("a3", "a4"), (Verbatim("a3", OTHERS[0][1]),))
    theme = Theme("Ranges", "divergence", ("p1", "p2", "p3", "q0", "q1"), (), sides=(side, other))
    orders = {"Ranges": [[0, 1, 2], [3, 4]]}
    ((quoted, _),), _ = quotes.requote([(theme, [0, 1, 2, 3, 4])], orders, every, answers, _memo())
    assert [v.answer_id for v in quoted.sides[0].verbatims] == ["a1"]
    assert quoted.sides[1] == other  # two candidates: nothing to choose, left as it was


def test_i18_2_quotes_stay_without_an_encoder_or_a_fair_centre() -> None:
    answers, every = _session()
    rows = [0, 1, 2]
    theme = _theme(answers, ["a0", "a1", "a2"], ["a0", "a1"])
    orders = {"New ranges": [rows]}
    assert quotes.requote([(theme, rows)], orders, every, answers, None) == ([(theme, rows)], {})
    # Three answers read in the whole workshop: no fair centre to read them against.
    few = Memo(IdeaEncoder(IDEAS, DIM, first_own=2))
    assert quotes.requote([(theme, rows)], orders, every, answers, few) == ([(theme, rows)], {})


def test_i18_2_a_label_taken_from_the_old_first_quote_follows_the_new_one() -> None:
    answers, every = _session()
    rows = [0, 1, 2]
    stray_label = clause_label(STRAY[1])
    theme = replace(_theme(answers, ["a0", "a1", "a2"], ["a0", "a1"]), label=stray_label)
    found, renamed = quotes.requote([(theme, rows)], {stray_label: [rows]}, every, answers, _memo())
    ((quoted, _),) = found
    assert quoted.label == clause_label(CORE[0][1]) != stray_label
    assert renamed == {stray_label: quoted.label}
    link = ObjectiveLink("Beta testers", (stray_label, "Other"), ("a0",))
    links, needs = quotes.relabelled([link], [Need(stray_label, ("a0",))], renamed)
    assert links[0].supported_by == (quoted.label, "Other")
    assert needs[0].label == quoted.label


def test_i18_2_a_point_left_in_order_is_named_by_its_first_quote_too() -> None:
    answers, every = _session()
    rows = [0, 1]
    theme = replace(_theme(answers, ["a0", "a1"], ["a1"]), label=clause_label(STRAY[1]))
    ((named, _),), renamed = quotes.requote(
        [(theme, rows)], {theme.label: [rows]}, every, answers, None
    )
    assert named.label == clause_label(CORE[0][1]) and named.verbatims == theme.verbatims
    assert renamed == {theme.label: named.label}
