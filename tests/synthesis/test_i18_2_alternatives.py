"""Issue 18 item 2b: a question that offers two alternatives ("un questionnaire ou un
entretien ?") opposes the answers that choose one to those that choose the other."""

from __future__ import annotations

from bot.synthesis import alternatives
from bot.synthesis.engine import synthesise
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses
from tests.synthesis.idea_encoder import IdeaEncoder

Q_CHOICE = "Pour vos retours, quel format : un questionnaire ou un entretien ?"
Q_WHY = "Pourquoi devenir ambassadeur ?"


def test_i18_2_alternatives_read_from_the_question():
    assert alternatives.offered(Q_CHOICE) == ("un questionnaire", "un entretien")
    assert alternatives.offered("Ambassador meetups: online or in person?") == (
        "online",
        "in person",
    )
    # "ou" inside a long clause, or after a comma with nothing before it, offers nothing.
    assert alternatives.offered("Qu'est-ce qui pourrait vous freiner ou vous décourager ?") is None
    assert alternatives.offered("What worries you, or could hold you back?") is None
    assert alternatives.offered("Pourquoi devenir ambassadeur ?") is None


def test_i18_2_alternatives_described_at_length():
    # After a colon, or as "soit…, soit…", a choice may be described at length.
    assert alternatives.offered(
        "Un seul budget cette année : dix journées offertes à chacun, OU un séminaire de "
        "deux jours tous ensemble. Vous choisissez quoi ? / One budget only: ten free days "
        "each, OR a two-day retreat. Which do you pick?"
    ) == ("dix journées offertes à chacun", "un séminaire de deux jours tous ensemble")
    assert alternatives.offered(
        "Le budget ne finance qu'un avantage : soit une remise sur vos achats, soit un "
        "atelier chaque trimestre. Lequel choisiriez-vous ?"
    ) == ("une remise sur vos achats", "un atelier chaque trimestre")
    # A long question with "ou" and no colon offers nothing.
    assert (
        alternatives.offered(
            "Qu'est-ce qui pourrait vous freiner dans ce programme ou vous faire arrêter en "
            "cours de route ?"
        )
        is None
    )


CHOICES = [
    ("P1", "Le questionnaire, je le remplis le soir."),
    ("P2", "Un questionnaire court."),
    ("P3", "Questionnaire, c'est plus simple pour moi."),
    ("P4", "Un entretien, j'aime bien parler."),
    ("P5", "L'entretien, de vive voix."),
    ("P6", "Entretien au téléphone."),
    ("P7", "Aucun des deux, je n'ai pas d'avis."),
]


def _answers() -> list[Answer]:
    said = [(who, Q_CHOICE, text) for who, text in CHOICES]
    said += [(f"P{i}", Q_WHY, f"Faire connaître la marque, idée {i}.") for i in (1, 4)]
    return [Answer(f"a{i}", who, q, text) for i, (who, q, text) in enumerate(said)]


def test_i18_2_alternatives_oppose_the_two_choices():
    result = synthesise(_answers(), [], language="fr", encoder=False)
    sides = [t.sides for t in result.themes if t.sides]
    assert len(sides) == 1
    assert {frozenset(s.participants) for s in sides[0]} == {
        frozenset({"P1", "P2", "P3"}),
        frozenset({"P4", "P5", "P6"}),
    }


def test_i18_2_alternatives_encoder_reads_answers_without_the_words():
    said = [
        Answer("b1", "P1", Q_CHOICE, "Un formulaire à remplir."),
        Answer("b2", "P2", Q_CHOICE, "Un formulaire, vite fait."),
        Answer("b3", "P3", Q_CHOICE, "Une conversation."),
        Answer("b4", "P4", Q_CHOICE, "Une conversation au calme."),
    ]
    cut = [c for i, a in enumerate(said) for c in clauses(i, a.text, "fr")]
    rows = list(range(len(cut)))
    # The stand-in encoder reads "formulaire" as the questionnaire, "conversation" as the
    # interview: without it, no answer names an alternative.
    encoder = IdeaEncoder(
        {"questionnaire": 0, "formulaire": 0, "entretien": 1, "conversation": 1}, 8, 2
    )
    assert alternatives.sides(Q_CHOICE, rows, cut, said, None) is None
    first, second = alternatives.sides(Q_CHOICE, rows, cut, said, encoder) or ([], [])
    assert {said[cut[r].answer_index].participant for r in first} == {"P1", "P2"}
    assert {said[cut[r].answer_index].participant for r in second} == {"P3", "P4"}
