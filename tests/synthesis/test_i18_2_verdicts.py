"""Issue 18 item 2b: answers to a proposal open with a verdict for or against ("Génial",
"Contre.", "pas d'accord du tout") that opposes like a first "Oui" / "Non"."""

from __future__ import annotations

from bot.synthesis import polarity
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.polarity_words import verdict
from bot.synthesis.text import clauses


def _verdict(text: str, language: str = "fr") -> int:
    return verdict(clauses(0, text, language)[0].words)


def test_i18_2_verdicts_open_for_or_against():
    assert _verdict("Génial, enfin un truc pour les jeunes") == 1
    assert _verdict("bonne idée, faut attirer du monde") == 1
    assert _verdict("pourquoi pas, un verre à la main") == 1
    assert _verdict("pas d'accord du tout, le calme c'est mieux") == -1
    assert _verdict("contre. on va attirer n'importe qui") == -1
    assert _verdict("Absolutely not, it's a museum", "en") == -1
    assert _verdict("Absolutely, count me in", "en") == 1
    assert _verdict("Pour moi c'est une question de temps") == 0
    assert _verdict("Des réunions le soir, pas le week-end") == 0


def test_i18_2_verdicts_oppose_on_a_proposal():
    question = "Le club envisage des soirées à thème le vendredi. Qu'en pensez-vous ?"
    said = [
        ("P1", "Génial, ça mettrait de l'ambiance"),
        ("P2", "bonne idée, on verrait du monde"),
        ("P3", "j'adore, surtout avec un concert"),
        ("P4", "contre, le vendredi je suis épuisé"),
        ("P5", "pas d'accord du tout, le club n'est pas un bar"),
        ("P6", "bof, c'est pas sa vocation"),
    ]
    rows = [Answer(f"a{i}", who, question, text) for i, (who, text) in enumerate(said)]
    found = synthesise(rows, [], language="fr", encoder=False)
    oppositions = [t for t in found.themes if t.sides]
    assert len(oppositions) == 1
    sides = [set(s.participants) for s in oppositions[0].sides]
    assert {"P1", "P2", "P3"} in sides and {"P4", "P5", "P6"} in sides


def test_i18_2_verdicts_english_contractions_negate_a_pole():
    (clause,) = clauses(0, "You don't get paid to love your club", "en")
    signs = [m.sign for m in polarity.marks(clause, question_is_yes_no=False)]
    assert signs and all(sign < 0 for sign in signs)
