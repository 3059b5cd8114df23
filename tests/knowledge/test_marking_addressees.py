"""People named one by one as the readers (`knowledge.marking_addressees`): invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.marking_addressees import addressee_level, named_people


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("À : Dr Leroy (Cabinet du Port) ; Dr Samba (Clinique Nord)", 2),
        ("To: Ana Lima, Tom B., Zoé K.", 3),
        ("Pour : Mme Perrin, M. Diallo (bénévoles du jardin)", 2),
        ("Pour Nina_Rando, Gaspard et @marco.velo uniquement", 3),
        ("[DM Slack] Flo → @anouk_b, @theo.run (Coureurs)", 2),
        ("Destinataires : P.-Y. Marc, L. Tan. Ne pas diffuser.", 2),
        ("À : Camille D.", 1),
    ],
)
def test_people_named_one_by_one(line: str, count: int) -> None:
    assert named_people(line) == count


@pytest.mark.parametrize(
    "line",
    [
        "À : toutes-les-abeilles@rucher-exemple.fr (tous les ambassadeurs)",
        "To: all Lantern ambassadors",
        "À : Équipe communication",
        "Pour Paris, Lille et Nantes",
        "Pour toute la communauté",
        "Cc: Customer Success Team",
    ],
)
def test_groups_and_lists_are_no_people(line: str) -> None:
    assert named_people(line) == 0


def test_one_recipient_only_delivers() -> None:
    assert addressee_level("À : Camille D.") is None
    assert addressee_level("To: Ana Lima; Tom Berg") == "internal"


def test_program_tag_does_not_open_a_mail_to_named_people() -> None:
    head = "À : Dr Leroy (Cabinet du Port) ; Dr Samba (Clinique Nord)\n"
    head += "Objet : [Ailes Bleues] votre avis"
    # a mail to people named one by one only is kept for them (`marking_mail_header`)
    assert read_head(head, ["Ailes Bleues"])[0] == "confidential"
    single = "To: Dr Vance (Harbor Clinic)\nSubject: [Ailes Bleues] your case study draft"
    assert read_head(single, ["Ailes Bleues"])[0] == "confidential"


def test_program_tag_still_opens_a_mail_to_the_list() -> None:
    head = "À : ailes-bleues@exemple.fr\nObjet : [Ailes Bleues] le kit de l'été"
    assert read_head(head, ["Ailes Bleues"])[0] == "public"


def test_named_ambassadors_in_a_note() -> None:
    head = "Pour Léon Marchal, Iris Vidal et Paul Ténor (Ailes Bleues de Rouen) uniquement\nSortie"
    assert read_head(head)[0] == "internal"
