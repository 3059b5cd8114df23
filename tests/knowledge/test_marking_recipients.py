"""Recipients read as readers (`knowledge.marking_recipients`): invented lines."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_recipients import (
    for_one_reader,
    kept_from_ambassadors,
    named_recipients,
    recipient_levels,
    shared_with_group,
)
from knowledge.marking_sentences import clean_line


@pytest.mark.parametrize(
    "line",
    [
        "c'est pour l'équipe, pas aux ambassadeurs",
        "on ne montre pas ça aux ambassadrices !",
        "à poster dans le canal staff, pas dans celui des ambassadeurs",
        "Please don't share this to the ambassadors yet",
    ],
)
def test_ambassadors_kept_out(line: str) -> None:
    assert kept_from_ambassadors(clean_line(line)) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "N'hésitez pas à transmettre aux ambassadeurs",
        "Pas que pour les ambassadeurs : tout le monde est invité",
    ],
)
def test_encouraging_or_widening_is_no_exclusion(line: str) -> None:
    assert kept_from_ambassadors(clean_line(line)) is None


def test_one_reader() -> None:
    assert for_one_reader("je te l'envoie à toi seule, pas au groupe") == "internal"
    assert for_one_reader("c'est seulement pour Malo et moi, personne d'autre") == "confidential"
    assert for_one_reader("Une offre rien que pour toi : -10 %") is None
    assert for_one_reader("Just for you, our members: the spring guide") is None


@pytest.mark.parametrize(
    "line",
    [
        "To: Lena Voss; Omar Haddad (ambassadors)",
        "À l'attention de Pia K. et de Noé L. (ambassadeurs du club)",
        "Envoyé à : Mme Roussel, M. Barre (ambassadrices niveau 2)",
    ],
)
def test_named_ambassadors_are_internal(line: str) -> None:
    assert named_recipients(line) == "internal"


@pytest.mark.parametrize(
    "line",
    [
        "Ambassador welcome kit (for new ambassadors)",
        "To: Lena Voss (marketing)",
        "À : tous les ambassadeurs",
    ],
)
def test_no_named_ambassadors(line: str) -> None:
    assert named_recipients(line) is None


def test_shared_with_a_staff_group() -> None:
    assert shared_with_group("Paramètres de partage : Équipe Nord (tous les salariés)") == (
        "internal"
    )
    assert shared_with_group("Shared with: Executive committee") == "confidential"
    assert shared_with_group("Partage : tout le monde avec le lien") is None


def test_the_clients_names_are_read_as_ambassadors() -> None:
    names = ("Vigies",)
    assert read_head("entre nous, pas aux Vigies svp\nNotes de suivi", names)[0] == "internal"
    assert recipient_levels("Bilan du trimestre", "Bilan du trimestre") == []


def test_a_subject_about_the_ambassadors_is_no_tag() -> None:
    head = "Subject: Ambassadors who churned this quarter — notes\nTo: ops-leads@example.com\n"
    head += "Please keep the ambassadors out of this thread."
    assert read_head(head)[0] != "public"
    tagged = "Objet : [Ambassadeurs] Votre calendrier de mars\nDe : Léa <lea@example.fr>\nÀ : Marc"
    assert read_head(tagged)[0] == "public"
