"""Issue 18 item 3: every verbatim shown is a normalised substring of the answer it cites."""

from __future__ import annotations

from dataclasses import replace

from bot.synthesis.model import (
    Answer,
    Need,
    ObjectiveLink,
    Side,
    Synthesis,
    Theme,
    Verbatim,
)
from bot.synthesis.verify import is_verbatim, normalise, verify

ANSWER = "L’équipe «  Vélo » n'a   pas le temps… en décembre, c'est IMPOSSIBLE."


def test_i18_3_case_accents_quotes_and_whitespace_are_normalised() -> None:
    assert normalise("  Équipe\u00a0«\u202fVélo\u202f»\n") == "equipe velo"
    assert is_verbatim("l'equipe \"velo\" n'a pas le temps", ANSWER)
    assert is_verbatim("L’ÉQUIPE « VÉLO » N’A PAS LE TEMPS", ANSWER)
    assert is_verbatim("c'est impossible", ANSWER)
    assert is_verbatim("… en décembre, c'est impossible…", ANSWER)  # fragment marks


def test_i18_3_a_near_miss_is_rejected() -> None:
    assert not is_verbatim("l'équipe n'a pas le temps", ANSWER)  # a word left out
    assert not is_verbatim("l'équipe « Vélo » n'a plus le temps", ANSWER)  # a word changed
    assert not is_verbatim("c'est impossibl en décembre", ANSWER)  # reordered, misspelt
    assert not is_verbatim("c'est impossible.", "c'est possible.")
    assert not is_verbatim("…", ANSWER) and not is_verbatim(" a ", ANSWER)  # nothing to check


def _synthesis() -> tuple[Synthesis, list[Answer]]:
    answers = [
        Answer("a1", "p1", "q", "Le manque de temps, mon agenda est plein."),
        Answer("a2", "p2", "q", "Je manque de temps en ce moment."),
        Answer("a3", "p3", "q", "En visio le soir."),
        Answer("a4", "p4", "q", "En visio c'est plus simple."),
        Answer("a5", "p5", "q", "En présentiel."),
        Answer("a6", "p6", "q", "En présentiel, autour d'un café."),
    ]
    time = Theme(
        "Manque de temps",
        "convergence",
        ("p1", "p2"),
        ("a1", "a2"),
        (Verbatim("a1", "le manque de temps"), Verbatim("a2", "je n'ai jamais le temps")),
    )
    invented = Theme(
        "Des primes", "convergence", ("p1", "p2"), ("a1", "a2"), (Verbatim("a1", "des primes"),)
    )
    format_ = Theme(
        "Format",
        "divergence",
        ("p3", "p4", "p5", "p6"),
        ("a3", "a4", "a5", "a6"),
        sides=(
            Side("Visio", ("p3", "p4"), ("a3", "a4"), (Verbatim("a3", "en visio le soir"),)),
            Side("Présentiel", ("p5", "p6"), ("a5", "a6"), (Verbatim("a6", "autour d'un café"),)),
        ),
    )
    synthesis = Synthesis(
        participants=6,
        themes=(time, invented, format_),
        objectives=(
            ObjectiveLink("Libérer du temps", ("Manque de temps",), ("a1", "a2")),
            ObjectiveLink("Verser des primes", ("Des primes",), ("a1",)),
        ),
        unserved_needs=(Need("Des primes", ("a1", "zz")),),
        caveat="brouillon",
    )
    return synthesis, answers


def test_i18_3_verify_drops_made_up_quotes_and_counts_them() -> None:
    synthesis, answers = _synthesis()
    checked = verify(synthesis, answers)
    labels = [t.label for t in checked.themes]
    assert labels == ["Manque de temps", "Format"]  # "Des primes" rested on a made-up quote
    time = checked.themes[0]
    assert [v.text for v in time.verbatims] == ["le manque de temps"]
    # One made-up quote under a kept theme, one theme dropped (counted once).
    assert checked.dropped_unverifiable == 2
    assert "Verser des primes" in checked.unsupported_objectives
    assert checked.objectives[1].supported_by == ()
    assert checked.unserved_needs == (Need("Des primes", ("a1",)),)  # unknown id removed
    shown = [(v.answer_id, v.text) for t in checked.themes for v in t.verbatims]
    shown += [(v.answer_id, v.text) for t in checked.themes for s in t.sides for v in s.verbatims]
    by_id = {a.id: a.text for a in answers}
    assert all(is_verbatim(text, by_id[answer_id]) for answer_id, text in shown)


def test_i18_3_a_quote_must_come_from_the_answer_it_cites() -> None:
    synthesis, answers = _synthesis()
    swapped = replace(synthesis.themes[0], verbatims=(Verbatim("a2", "mon agenda est plein"),))
    checked = verify(replace(synthesis, themes=(swapped,)), answers)
    assert checked.themes == () and checked.dropped_unverifiable == 1


def test_i18_3_participants_are_recounted_from_the_cited_answers_and_verify_is_idempotent() -> None:
    synthesis, answers = _synthesis()
    inflated = replace(synthesis.themes[0], participants=("p1", "p2", "p9", "p10"))
    checked = verify(replace(synthesis, themes=(inflated,)), answers)
    assert checked.themes[0].participants == ("p1", "p2")
    assert verify(checked, answers) == checked
