"""Issue 18 item 2b: preference constructions ("plutôt X que Y", "X rather than Y",
"je préfère X à Y", "X is better than Y") take sides on things named in any words."""

from __future__ import annotations

from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from tests.synthesis.test_i18_2_polarity import _signs


def test_i18_2_preference_puts_one_thing_before_another():
    # (times of day are also poles of an axis, `axis:time_of_day`)
    assert _signs("Plutôt le matin que le soir.")["pair:matin|soir"] == 1
    assert _signs("Le soir, c'est mieux que le matin.")["pair:matin|soir"] == -1
    assert _signs("Je préfère le téléphone au mail.") == {"pair:mail|telephon": -1}
    assert _signs("Workshops are better than keynotes.", "en")["pair:keynot|workshop"] == -1
    found = _signs("Podcasts rather than newsletters.", "en")
    assert found["pair:newslett|podcast"] == -1 and found["word:newsletters"] == -1
    # "rather … to" is no preference of one thing to another.
    assert not any(
        t.startswith("pair:") for t in _signs("I'd rather you gave to a local charity.", "en")
    )


def test_i18_2_preference_opposite_choices_make_an_opposition():
    said = [
        ("P1", "Plutôt le matin que le soir, avant le travail."),
        ("P2", "Le matin c'est mieux que le soir pour moi."),
        ("P3", "Plutôt le soir que le matin, après le travail."),
        ("P4", "Je préfère le soir au matin, je suis plus disponible."),
        ("P5", "Des rencontres avec les clients."),
        ("P6", "Des rencontres avec les équipes."),
    ]
    answers = [Answer(f"a{i}", who, "moment", text) for i, (who, text) in enumerate(said)]
    result = synthesise(answers, [], language="fr", encoder=False)
    sides = [t.sides for t in result.themes if t.sides]
    assert len(sides) == 1
    assert {frozenset(s.participants) for s in sides[0]} == {
        frozenset({"P1", "P2"}),
        frozenset({"P3", "P4"}),
    }
