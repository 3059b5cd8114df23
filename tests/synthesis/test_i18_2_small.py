"""Issue 18, item 4: in a small workshop the answers no theme took are read again one
question at a time (`bot.synthesis.small`), with a fake encoder whose vectors follow
planted ideas; and `alignment.kept`, which lets a theme added take no support away."""

from __future__ import annotations

from bot.synthesis import alignment, small
from bot.synthesis.encoded import Memo
from bot.synthesis.features import build
from bot.synthesis.model import Answer, Need, ObjectiveLink
from bot.synthesis.text import Clause, clauses
from tests.synthesis.idea_encoder import IdeaEncoder

DIM = 48
Q_EXPECT = "What would you expect from the program?"
Q_FEARS = "What could hold you back?"
IDEAS = {"releases": 0, "regulars": 1, "parking": 2, "coffee": 2}

TEXTS = [
    ("p1", Q_EXPECT, "Early access to the new releases before everyone else."),
    ("p2", Q_EXPECT, "Getting new releases a little earlier than other readers."),
    ("p3", Q_EXPECT, "Meeting the staff and the other regulars over a drink."),
    ("p4", Q_EXPECT, "A drink with the regulars and the team now and then."),
    ("p5", Q_EXPECT, "A parking space by the door."),
    ("p6", Q_EXPECT, "Free coffee at afternoon talks."),
    ("p7", Q_FEARS, "New releases never being in stock when I come."),  # another question
    ("p8", Q_EXPECT, "Bof."),  # too few words to compare
]


def _left() -> tuple[list[Answer], list[Clause], list[int]]:
    answers = [Answer(f"a{n}", p, q, t) for n, (p, q, t) in enumerate(TEXTS)]
    every = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "en")]
    return answers, every, list(range(len(every)))


def _groups(respondents: int = 8, memo: bool = True) -> list[set[str]]:
    answers, every, left = _left()
    reader = Memo(IdeaEncoder(IDEAS, DIM, first_own=4)) if memo else None
    found = small.groups(left, every, answers, build(every, None), reader, respondents)
    return [{answers[every[r].answer_index].participant for r in g.rows} for g in found]


def test_i18_2_small_workshop_groups_the_answers_of_one_question() -> None:
    found = _groups()
    assert {"p1", "p2"} in found and {"p3", "p4"} in found
    # The same idea in another question's answer is not joined; nobody is alone in a group.
    assert not any("p7" in people for people in found)
    assert all(len(people) >= 2 for people in found)


def test_i18_2_small_pair_sharing_no_word_is_no_theme() -> None:
    # The encoder reads "parking" and "coffee" alike; their words share nothing.
    assert {"p5", "p6"} not in _groups()


def test_i18_2_small_pass_only_in_small_workshops_with_an_encoder() -> None:
    assert _groups(respondents=small.MAX_PARTICIPANTS + 1) == []
    assert _groups(memo=False) == []


def test_i18_2_a_theme_added_takes_no_support_away() -> None:
    before = (
        (ObjectiveLink("Grow", ("Time",), ("a1", "a2")), ObjectiveLink("Train", (), ())),
        (Need("Coffee", ("a3",)),),
        ("Train",),
    )
    after = (
        (ObjectiveLink("Grow", (), ()), ObjectiveLink("Train", (), ())),
        (Need("Coffee", ("a3",)), Need("Time", ("a1", "a2")), Need("Books", ("a5",))),
        ("Grow", "Train"),
    )
    links, unserved, unsupported = alignment.kept(before, after)
    assert links[0].supported_by == ("Time",) and unsupported == ("Train",)
    assert [n.label for n in unserved] == ["Coffee", "Books"]
    assert alignment.kept(before, before) == before
