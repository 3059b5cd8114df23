"""A mail to a few named people, asked not to be forwarded (`marking_private_mail`)."""

from __future__ import annotations

import pytest

from knowledge.marking_head import find_in_lines
from knowledge.marking_private_mail import private_mail


@pytest.mark.parametrize(
    "head",
    [
        "À : Camille Roy ; Bruno Lefort\nObjet : départ d'un bénévole\nMerci de ne pas transférer",
        "To: Ada Moss; Cc: Ben Ortiz\nSubject: contract dispute — please don't forward",
        "To: CFO, Head of Legal\nSubject: claim from a member\nDo not forward.",
        "À : Inès Garnier\nCc : Louis Pic\nObjet : plainte reçue — ne pas diffuser",
    ],
)
def test_a_few_named_people_are_confidential(head: str) -> None:
    assert private_mail(head.splitlines())
    marking = find_in_lines(head.splitlines())
    assert marking is not None and marking.level == "confidential"


@pytest.mark.parametrize(
    "head",
    [
        "À : Camille Roy, Bruno Lefort (ambassadeurs)\nObjet : votre kit — ne pas transférer",
        "À : tous les ambassadeurs\nMerci de ne pas transférer",
        "To: support-team@acme.io\nPlease don't forward",
        "À : Camille Roy ; Bruno Lefort\nObjet : votre témoignage",
        "À : Léo Blanc ; Zoé Pons\nMerci de ne pas transférer aux autres membres du club",
    ],
)
def test_a_group_or_no_request_is_no_private_mail(head: str) -> None:
    assert not private_mail(head.splitlines())
