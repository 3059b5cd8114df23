"""Issue 18 item 2b: answers that offer a little time oppose those that offer a lot, in
any words of degree or frequency ("grand max", "autant qu'il faudra", "every week")."""

from __future__ import annotations

from bot.synthesis import amount
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses

Q_TIME = "Combien de temps pourriez-vous y consacrer ?"
Q_WHY = "Pourquoi devenir ambassadeur ?"
Q_FEAR = "Qu'est-ce qui pourrait vous freiner ?"


def _sign(text: str, language: str = "fr") -> int:
    return amount.sign(clauses(0, text, language)[0].words)


def test_i18_2_amount_reads_a_little_and_a_lot():
    assert _sign("Une heure par mois, grand max.") == -1
    assert _sign("Ponctuellement, un samedi de temps en temps.") == -1
    assert _sign("Autant qu'il faudra, je suis à la retraite.") == 1
    assert _sign("Je peux m'investir sérieusement.") == 1
    assert _sign("Several hours every week, easily", "en") == 1
    assert _sign("Not much tbh", "en") == -1
    # A word of "a lot" after a negation offers a little; a cap wins over everything.
    assert _sign("Pas beaucoup, avec mon travail.") == -1
    assert _sign("Something every week, an hour at most.", "en") == -1
    assert _sign("Le mardi soir après le travail.") == 0


def _answers(said: list[tuple[str, str, str]]) -> list[Answer]:
    return [Answer(f"a{i}", who, question, text) for i, (who, question, text) in enumerate(said)]


TIME = [
    ("P1", Q_TIME, "Une heure par mois, grand max."),
    ("P2", Q_TIME, "Très peu, je travaille en horaires décalés."),
    ("P3", Q_TIME, "De temps en temps, un samedi matin."),
    ("P4", Q_TIME, "Autant qu'il faudra, je suis à la retraite."),
    ("P5", Q_TIME, "Beaucoup : plusieurs demi-journées par semaine."),
    ("P6", Q_TIME, "Je peux m'investir sérieusement, tous les jours s'il le faut."),
    ("P7", Q_TIME, "Le mardi soir."),
]
WHY = [
    ("P1", Q_WHY, "Faire découvrir la médiathèque à mes voisins."),
    ("P2", Q_WHY, "Faire découvrir les livres aux enfants du quartier."),
    ("P3", Q_WHY, "Faire découvrir les nouveautés aux lecteurs."),
    ("P4", Q_WHY, "Rencontrer d'autres lecteurs."),
    ("P5", Q_WHY, "Rencontrer d'autres passionnés de lecture."),
    ("P6", Q_WHY, "Défendre le service public."),
    ("P7", Q_WHY, "Transmettre le goût de lire."),
]


def test_i18_2_amount_opposes_one_questions_little_and_lot():
    result = synthesise(_answers(TIME + WHY), [], language="fr", encoder=False)
    sides = [t.sides for t in result.themes if t.sides]
    assert len(sides) == 1
    assert {frozenset(s.participants) for s in sides[0]} == {
        frozenset({"P1", "P2", "P3"}),
        frozenset({"P4", "P5", "P6"}),
    }
    # No answer is in both the opposition and a theme.
    held = [a for t in result.themes if not t.sides for a in t.answer_ids]
    assert not set(held) & {a for side in sides[0] for a in side.answer_ids}


def test_i18_2_amount_needs_two_people_a_side_and_most_of_the_question():
    said = _answers(TIME)
    rows = list(range(len(said)))
    cut = [c for i, a in enumerate(said) for c in clauses(i, a.text, "fr")]
    assert amount.opposition(rows, cut, said) is not None
    # One who offers a lot faces three who offer a little: no opposition.
    few = said[:4]
    cut = [c for i, a in enumerate(few) for c in clauses(i, a.text, "fr")]
    assert amount.opposition(list(range(len(cut))), cut, few) is None
    # Marked answers from fewer than half the question's participants: no opposition.
    quiet = [Answer(f"q{i}", f"Q{i}", Q_TIME, "Le mardi soir.") for i in range(8)]
    mixed = said[:2] + said[3:5] + quiet
    cut = [c for i, a in enumerate(mixed) for c in clauses(i, a.text, "fr")]
    assert amount.opposition(list(range(len(cut))), cut, mixed) is None


def test_i18_2_amount_leaves_fears_alone():
    fears = [(who, Q_FEAR, text) for who, _, text in TIME]
    result = synthesise(_answers(fears + WHY), [], language="fr", encoder=False)
    assert not [t for t in result.themes if t.sides]
