"""Oppositions of stance among the themes found: a clause's stance, a theme split by it,
two themes of opposite stances on one topic paired (invented answers)."""

from bot.synthesis import stance
from bot.synthesis.model import Answer, Side, Theme
from bot.synthesis.stance_pairs import find
from bot.synthesis.text import Clause, clauses

Q = "Qu'est-ce qui vous donnerait envie de participer ?"


def _clause(text: str, language: str = "fr") -> Clause:
    return clauses(0, text, language)[0]


def test_words_of_liking_and_aversion_give_a_stance() -> None:
    assert stance.of(_clause("Les tournois entre clubs, ça me motive")) == 1
    assert stance.of(_clause("Un tableau des scores, je trouve ça puéril")) == -1
    assert stance.of(_clause("Weekly quizzes would be great", "en")) == 1
    assert stance.of(_clause("Weekly quizzes put me off completely", "en")) == -1
    assert stance.of(_clause("Un goûter le dimanche à la salle")) == 0


def test_a_negation_flips_a_word_of_judgement() -> None:
    assert stance.of(_clause("Les quiz, franchement pas motivant")) == -1
    assert stance.of(_clause("Être filmé, ça me dérange pas du tout")) == 1
    assert stance.of(_clause("A podcast would not be fun for me", "en")) == -1


# Other answers of the workshop: a word of the topic is said by few of its answers.
OTHERS = [f"Meeting the other members, evening {n}" for n in range(30)]


def _answers(texts: list[str], language: str = "fr") -> tuple[list[Answer], list[Clause]]:
    answers = [Answer(f"a{n}", f"P{n}", Q, text) for n, text in enumerate(texts)]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, language)]
    return answers, rows


def _theme(label: str, rows: list[Clause], *indices: int) -> tuple[Theme, list[int]]:
    picked = [r for r, c in enumerate(rows) if c.answer_index in indices]
    people = tuple(f"P{i}" for i in indices)
    ids = tuple(f"a{i}" for i in indices)
    return Theme(label, "divergence", people, ids, minority=True), picked


def test_a_theme_of_both_stances_is_split() -> None:
    answers, rows = _answers(
        [
            "Un quiz mensuel sur les vins, ça me motive",
            "Le quiz des vins, génial, j'adore apprendre",
            "Un quiz noté ? Je trouve ça puéril",
            "Les quiz notés me font fuir, très peu pour moi",
        ]
    )
    found = find([_theme("Quiz", rows, 0, 1, 2, 3)], rows, answers)
    assert len(found) == 1
    taken, (plus, minus) = found[0]
    assert taken == [0]
    assert {rows[r].answer_index for r in plus} == {0, 1}
    assert {rows[r].answer_index for r in minus} == {2, 3}


def test_a_theme_of_one_stance_is_not_split() -> None:
    answers, rows = _answers(
        [
            "Un quiz mensuel sur les vins, ça me motive",
            "Le quiz des vins, génial",
            "Un quiz entre amis, pourquoi pas",
            "Je trouve ça puéril",
        ]
    )
    assert find([_theme("Quiz", rows, 0, 1, 2, 3)], rows, answers) == []


def test_two_themes_of_opposite_stances_on_one_topic_pair() -> None:
    answers, rows = _answers(
        [
            "A weekly podcast with the brewers, count me in",
            "I'd love a podcast about the brewery",
            "Podcasts are a waste of time",
            "No podcast please, I hate the sound of my voice",
            "Free tasting glasses for the regulars",
            "A tasting evening at the taproom",
            *OTHERS,
        ],
        "en",
    )
    themes = [
        _theme("Podcast", rows, 0, 1),
        _theme("Tasting", rows, 4, 5),
        _theme("No podcast", rows, 2, 3),
    ]
    found = find(themes, rows, answers)
    assert [taken for taken, _ in found] == [[0, 2]]


def test_two_themes_of_opposite_stances_on_other_topics_stay_apart() -> None:
    answers, rows = _answers(
        [
            "A weekly podcast with the brewers, count me in",
            "I'd love a podcast about the brewery",
            "Hoodies with the logo are a waste of money",
            "No hoodies please, I hate merchandise",
            *OTHERS,
        ],
        "en",
    )
    themes = [_theme("Podcast", rows, 0, 1), _theme("No hoodies", rows, 2, 3)]
    assert find(themes, rows, answers) == []


def test_an_opposition_already_found_is_left_alone() -> None:
    answers, rows = _answers(
        [
            "Un quiz mensuel sur les vins, ça me motive",
            "Le quiz des vins, génial",
            "Un quiz noté ? Je trouve ça puéril",
            "Les quiz notés me font fuir",
        ]
    )
    theme, picked = _theme("Quiz", rows, 0, 1, 2, 3)
    sided = Theme(
        theme.label,
        "divergence",
        theme.participants,
        theme.answer_ids,
        sides=(Side("a", ("P0", "P1"), ("a0", "a1")), Side("b", ("P2", "P3"), ("a2", "a3"))),
    )
    assert find([(sided, picked)], rows, answers) == []


def test_two_themes_naming_one_pole_in_other_words_pair() -> None:
    answers, rows = _answers(
        [
            "Poster des photos sur Instagram, avec plaisir",
            "Faire des vidéos pour TikTok, je veux bien",
            "Les réseaux sociaux, très peu pour moi",
            "Facebook ? Je déteste",
            *OTHERS,
        ]
    )
    themes = [_theme("Photos", rows, 0, 1), _theme("Réseaux", rows, 2, 3)]
    assert [taken for taken, _ in find(themes, rows, answers)] == [[0, 1]]
