"""Issue 19 item 7 (answerability): a question asking for an e-mail address, a postal
address, a price in money or a name written "s'appelle comment" wants an answer of that
kind; a question relayed from someone else asks how to answer them."""

from __future__ import annotations

import pytest

from knowledge.answer_kinds import ADDRESS, EMAIL, PRICE
from knowledge.answerability import NAME, expected_kind, has_kind


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
        ("combien coûte un abonnement trimestriel ?", PRICE),
        ("how much does the night trip cost if I pay in euros?", PRICE),
        ("une place de spectacle ça coûte combien de points ?", "number"),
        ("Un client me demande combien coûte une réparation, je lui dis quoi ?", None),
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
    assert has_kind(PRICE, "La licence coûte EUR 1,200 par an.")
    assert has_kind(PRICE, "L'adhésion est gratuite.")
    assert not has_kind(PRICE, "Trimestriel : 40 points pour le parrain.")
