"""A two-holder group held by the workshop's topic word only is not a minority view."""

from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from bot.synthesis.themes import Group
from bot.synthesis.topic_pairs import TOPIC_ANSWERS, kept


def _workshop() -> tuple[list[Answer], list]:
    texts = [
        "Accompagner des nouveaux au stade pendant le match",
        "Une navette depuis la gare les soirs de stade",
        "Des places moins chères au stade",
        "Des places moins chères pour les étudiants",
    ] + [f"Le stade est mon deuxième foyer {n}" for n in range(TOPIC_ANSWERS)]
    answers = [Answer(f"a{n}", f"P{n}", "Q", text) for n, text in enumerate(texts)]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "fr")]
    return answers, rows


def _group(rows: list, *answer_indices: int) -> Group:
    picked = [r for r, c in enumerate(rows) if c.answer_index in answer_indices]
    return Group(picked, {r: 1.0 for r in picked})


def test_a_pair_sharing_only_the_topic_word_is_set_aside() -> None:
    answers, rows = _workshop()
    aside: set[int] = set()
    assert list(kept([_group(rows, 0, 1)], rows, answers, aside)) == []
    assert aside == set(_group(rows, 0, 1).rows)


def test_a_pair_sharing_a_rarer_word_stays() -> None:
    answers, rows = _workshop()
    group = _group(rows, 2, 3)  # "places moins chères": said by two answers only
    assert list(kept([group], rows, answers, set())) == [group]


def test_a_group_of_three_holders_stays() -> None:
    answers, rows = _workshop()
    group = _group(rows, 0, 1, 2)
    assert list(kept([group], rows, answers, set())) == [group]


def _two_questions(second_text: str, language: str = "fr") -> tuple[list[Answer], list]:
    answers = [
        Answer(
            "b0", "P0", "Combien de temps pourriez-vous donner ?", "Une soirée par mois, le jeudi"
        ),
        Answer("b1", "P1", "Qu'est-ce qui vous freinerait ?", second_text),
    ]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, language)]
    return answers, rows


def test_a_pair_sharing_a_word_across_two_questions_is_set_aside() -> None:
    answers, rows = _two_questions("Le jeudi je garde mes petits-enfants")
    group = _group(rows, 0, 1)
    aside: set[int] = set()
    assert list(kept([group], rows, answers, aside)) == []
    assert aside == set(group.rows)


def test_a_pair_across_two_questions_sharing_no_word_is_set_aside() -> None:
    answers, rows = _two_questions("Trop de réunions déjà dans ma semaine")
    group = _group(rows, 0, 1)
    aside: set[int] = set()
    assert list(kept([group], rows, answers, aside)) == []
    assert aside == set(group.rows)


def test_a_pair_whose_holders_also_answer_one_question_alike_stays() -> None:
    answers = [
        Answer("d0", "P0", "Qu'est-ce qui vous freinerait ?", "Le support répond trop tard"),
        Answer("d1", "P1", "Qu'est-ce qui vous freinerait ?", "Attendre trois jours un technicien"),
        Answer("d2", "P1", "De quoi avez-vous besoin ?", "Une hotline qui décroche"),
    ]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "fr")]
    group = _group(rows, 0, 1, 2)
    assert list(kept([group], rows, answers, set())) == [group]


def test_a_pair_across_a_question_and_its_translation_stays() -> None:
    answers = [
        Answer("e0", "P0", "Qu'est-ce qui vous freinerait ?", "Le manque de temps le soir"),
        Answer("e1", "P1", "What could hold you back?", "No spare evenings at all"),
    ]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, ("fr", "en")[n])]
    group = _group(rows, 0, 1)
    assert list(kept([group], rows, answers, set())) == [group]


def test_a_pair_sharing_a_word_in_one_question_stays() -> None:
    answers = [
        Answer("c0", "P0", "Q", "Une soirée par mois, le jeudi"),
        Answer("c1", "P1", "Q", "Le jeudi soir, pas plus"),
    ]
    rows = [c for n, a in enumerate(answers) for c in clauses(n, a.text, "fr")]
    group = _group(rows, 0, 1)
    assert list(kept([group], rows, answers, set())) == [group]
