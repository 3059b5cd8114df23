"""Issue 18 item 2 (b): the language a few participants need (`concepts`, family
`language`): materials in another language, a translation, a language barrier,
each holder words it from their own situation, in French or English."""

from __future__ import annotations

from bot.synthesis import concepts
from bot.synthesis.model import Answer, Theme
from bot.synthesis.text import clauses


def test_i18_2_language_family_names_a_language_need() -> None:
    language = concepts.families()["language"]
    assert concepts.mentions("Des fiches en anglais pour mes collègues.", language)
    assert concepts.mentions("Des visites en anglais.", language)
    assert concepts.mentions("Could the guides be translated into German?", language)
    assert concepts.mentions("Tout est qu'en français, je décroche.", language)
    assert concepts.mentions("There's a real language barrier for me.", language)
    assert concepts.mentions("Une version bilingue du site", language)
    assert not concepts.mentions("Un bon accueil en boutique.", language)
    assert not concepts.mentions("French fries at the party please", language)


def test_i18_2_language_view_from_free_answers_in_both_languages() -> None:
    texts = [
        ("p1", "Most of the forum is only in French, I miss half of it."),
        ("p2", "Des supports en anglais aideraient mes saisonniers."),
        ("p3", "Plus de rencontres entre membres."),
        ("p4", "Des rencontres plus souvent, en soirée."),
    ]
    asked = "De quoi auriez-vous besoin ?"
    answers = [Answer(f"a{i}", p, asked, t) for i, (p, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    kept, made = concepts.groups([], rows, answers)
    assert kept == {}
    assert len(made) == 1
    assert {answers[rows[r].answer_index].participant for r in made[0]} == {"p1", "p2"}


def test_i18_2_an_answer_of_two_families_joins_one_view() -> None:
    texts = [
        ("p1", "My French is poor and the meetings are only in French."),
        ("p2", "Mon anglais est faible, tout est en anglais sur le forum."),
        ("p3", "Des rencontres plus souvent."),
    ]
    asked = "What holds you back?"
    answers = [Answer(f"a{i}", p, asked, t) for i, (p, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "en")]
    _, made = concepts.groups([], rows, answers)
    assert len(made) == 1
    assert {answers[rows[r].answer_index].participant for r in made[0]} == {"p1", "p2"}


def _view(minority: bool = True) -> Theme:
    return Theme("view", "divergence" if minority else "convergence", (), (), minority=minority)


def test_i18_2_a_view_loses_its_holders_other_answers() -> None:
    texts = [
        ("p1", "Anything else?", "Guides in English would help, I'm answering in English."),
        ("p2", "Anything else?", "Please have the booklets in English too."),
        ("p1", "What do you expect?", "That the tool gets faster on phones."),
        ("p2", "What holds you back?", "Too much admin to log what we did."),
    ]
    answers = [Answer(f"a{i}", p, q, t) for i, (p, q, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "en")]
    every = list(range(len(rows)))
    kept, made = concepts.groups([(_view(), every)], rows, answers)
    assert made == []
    assert {answers[rows[r].answer_index].id for r in kept[0]} == {"a0", "a1"}
    # Another participant holds the view too: it is theirs as well, nothing moves.
    texts.append(("p3", "Anything else?", "More meetups near Leeds."))
    answers = [Answer(f"a{i}", p, q, t) for i, (p, q, t) in enumerate(texts)]
    rows = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "en")]
    assert concepts.groups([(_view(), list(range(len(rows))))], rows, answers) == ({}, [])
