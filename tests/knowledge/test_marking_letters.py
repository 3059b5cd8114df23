"""A newsletter greeting all the ambassadors (`knowledge.marking_letters`)."""

import pytest

from bot.bench.markings import read_head
from knowledge.marking_letters import addressed_to_all, letter_to_ambassadors


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("Cercle Orion — la lettre n°7\nChers ambassadeurs, quelle saison !", "public"),
        ("Partner newsletter, spring issue\nDear ambassadors, thank you for 80 reviews", "public"),
        ("Lettre d'information du club\n\nChères ambassadrices, voici les dates", "public"),
        # a greeting alone, a newsletter alone, a restriction: not opened
        ("Hello les ambassadeurs\nIl nous manque deux volontaires", "none"),
        ("Newsletter ambassadeurs : taux d'ouverture par segment\nQ2", "none"),
        ("Newsletter #3 — brouillon interne\nChers ambassadeurs, voici", "internal"),
    ],
)
def test_heads(head: str, level: str) -> None:
    assert read_head(head, [])[0] == level


def test_greeting_must_follow_the_title() -> None:
    assert letter_to_ambassadors(["Chers ambassadeurs,", "La lettre n°3"]) is None
    assert letter_to_ambassadors(["La lettre n°3", "Chers ambassadeurs,"]) == "Chers ambassadeurs,"


@pytest.mark.parametrize(
    ("head", "level"),
    [
        (
            "Cordée\nVous recevez cet e-mail en tant que membre du programme Grimpe.",
            "public",
        ),
        (
            "News\nYou are receiving this because you are a member of the Climb program.",
            "public",
        ),
        (
            "Cordée\nVous recevez ce mail car vous êtes inscrit au programme Grimpe (niveau Or).",
            "closed",
        ),
        (
            "Cordée\nVous recevez ce mail car vous êtes membre du comité du programme.",
            "closed",
        ),
    ],
)
def test_a_mailing_received_as_a_member_of_the_program(head: str, level: str) -> None:
    found = read_head(head)[0]
    assert found == level if level == "public" else found != "public"


@pytest.mark.parametrize(
    "head",
    [
        "SMS · CLUB VERTIGE\nÀ tous nos Grimpeurs : la salle ferme à 20 h samedi !",
        "From: Club Vertige\nTo: all Grimpeurs (mailing list)\nSubject: new routes",
        "📌 Épinglé · #annonces\nBienvenue à tous les Grimpeurs ! Ici les nouvelles de la salle.",
    ],
)
def test_a_message_addressed_to_every_ambassador_is_public(head: str) -> None:
    assert read_head(head, ["Grimpeurs"], ["Club Vertige"])[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "SMS · CLUB VERTIGE\nÀ tous les Grimpeurs de Lyon : la salle ferme à 20 h !",
        "À tous les Grimpeurs : le compte rendu confidentiel du bureau est en pièce jointe",
        "To: all Grimpeurs (Gold tier)\nSubject: new routes",
        "Bonjour à tous,\nvoici le compte rendu",
    ],
)
def test_a_part_of_them_or_a_secret_opens_nothing(head: str) -> None:
    assert read_head(head, ["Grimpeurs"], ["Club Vertige"])[0] != "public"
    assert not addressed_to_all(head.splitlines()[-1].replace("Grimpeurs", "ambassadeurs"))
