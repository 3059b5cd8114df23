"""Issue 19 item 7 (answerability): a question asking for an e-mail address, a postal
address or a name written "s'appelle comment" wants an answer of that kind."""

from __future__ import annotations

import pytest

from knowledge.answerability import ADDRESS, EMAIL, NAME, expected_kind, has_kind


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("what's the email address of the community team?", EMAIL),
        ("quelle est l'adresse mail du support ?", EMAIL),
        ("c'est quoi le courriel de l'équipe ?", EMAIL),
        ("quelle est l'adresse de la salle de Valence ?", ADDRESS),
        ("what is the address of the gym?", ADDRESS),
        ("Bonjour, elle s'appelle comment la responsable communauté ?", NAME),
        ("à quelle adresse envoyer mon dossier ?", None),
    ],
)
def test_i19_7_the_kind_of_answer_asked(question: str, kind: str | None) -> None:
    assert expected_kind(question) == kind


def test_i19_7_an_email_or_a_place_is_in_the_passage() -> None:
    assert has_kind(EMAIL, "Écrivez à equipe@prisehaute.fr pour toute question.")
    assert not has_kind(EMAIL, "Écrivez à l'équipe communauté sur Discord.")
    assert has_kind(ADDRESS, "La salle est au 12 rue des Lilas, 69003 Lyon.")
    assert has_kind(ADDRESS, "Our office: 10 Baker Street, London.")
    assert not has_kind(ADDRESS, "La salle de Valence ouvre en mars.")
