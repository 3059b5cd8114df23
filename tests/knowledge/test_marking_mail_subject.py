"""A mail's subject is often its banner: "Subject: Shift leads only — rota", « Objet :
réservé aux référents — clés » keep the mail for that group, read as the line they would
be without their label; a subject that names no readers, or every ambassador, restricts
nothing by this reading. Invented heads, read by the rules alone."""

from __future__ import annotations

import pytest

from knowledge.loaders import load
from knowledge.marking_document import rules_marking
from knowledge.marking_relayed import subject_of


def _rules_level(head: str) -> str | None:
    marking = rules_marking(load("document.md", head.encode("utf-8")))
    return marking.level if marking is not None else None


@pytest.mark.parametrize(
    "head",
    [
        "From: Depot West\nTo: Shift leads\nSubject: Shift leads only — van keys\n\nHi,",
        "Subject: Managers only\n\nHi all,",
        "Objet : Animateurs de secteur uniquement — calendrier\n\nBonjour,",
    ],
)
def test_a_subject_keeping_the_mail_for_a_group_restricts(head: str) -> None:
    assert _rules_level(head) == "internal", head


@pytest.mark.parametrize(
    "head",
    [
        "Objet : Sortie du 12 mai\n\nBonjour à tous,",
        "Subject: Ambassadors only — early access to the spring range\n\nHi all,",
    ],
)
def test_a_subject_naming_no_part_restricts_nothing(head: str) -> None:
    assert _rules_level(head) in (None, "public"), head


def test_subject_of() -> None:
    assert subject_of("Subject: Shift leads only") == "Shift leads only"
    assert subject_of("RE: TR : Objet : clés") == "clés"
    assert subject_of("Shift leads only") is None
