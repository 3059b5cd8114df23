"""Stop 52's marking rules: marks in document machinery, unusual marks, undeclared groups
addressed, and what must not count as a readership (agents, things published). Invented heads."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head

RESTRICTED = {"internal", "confidential"}


@pytest.mark.parametrize(
    "head",
    [
        "Rapport d'activité\n| Audience | Équipe produit |",
        "Fiche projet\nDiffusion\tcomité de pilotage",
        "Compte rendu du séminaire (diffusion : le bureau)",
        "Synthèse trimestrielle\nDiff. restr. — équipe commerciale",
        "Groupe pilote — NDA",
        "Relevé de décisions\nUso interno",
        "Protokoll der Sitzung\nVertraulich — nur Geschäftsleitung",
    ],
)
def test_marks_in_machinery_and_unusual_marks_restrict(head: str) -> None:
    level, _ = read_head(head)
    assert level in RESTRICTED, head


@pytest.mark.parametrize(
    "head",
    [
        "Tous les Vigies — point du mardi",
        "To all Lanterns: schedule for the spring",
        "Pour toutes les Mésanges — planning de mai",
    ],
)
def test_an_address_to_a_group_nobody_declared_is_a_part(head: str) -> None:
    assert read_head(head) == ("internal", False)


def test_the_same_address_opens_once_the_client_declares_the_name() -> None:
    assert read_head("Pour toutes les Mésanges — planning de mai", ["Mésanges"])[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Tous les jeudis — atelier ouvert",  # a time, not readers
        "Tous les Vigies ont reçu leur badge",  # a subject, not an address
    ],
)
def test_a_time_or_a_subject_is_no_address(head: str) -> None:
    assert read_head(head)[0] != "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Guide pratique\nÀ partager à qui vous voulez",
        "Carnet de route\nShare it with anyone you like",
        "Publié le 4 juin · Article public",
    ],
)
def test_ways_of_saying_anyone_may_read_it(head: str) -> None:
    assert read_head(head)[0] == "public", head


def test_a_negated_german_mark_restricts_nothing() -> None:
    assert read_head("Protokoll\nNicht vertraulich")[0] not in RESTRICTED


def test_a_body_that_approved_the_document_is_not_its_readers() -> None:
    head = (
        "Objectifs 2027\nDocument public — diffusable aux ambassadeurs. "
        "Synthèse validée par le comité des usagers le 2 décembre."
    )
    assert read_head(head)[0] == "public"
    assert read_head("Objectifs 2027\nDiffusion : comité des usagers")[0] == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Conseils d'écriture\nLes textes trop courts sont rarement publiés sur notre site.",
        "Writing tips\nShorter ones rarely get published on the website.",
        "Guide\nLes témoignages sont publiés sur notre site après relecture.",
    ],
)
def test_something_else_published_does_not_open_the_document(head: str) -> None:
    assert read_head(head)[0] != "public", head


def test_a_band_said_whatever_the_level_is_not_a_part_named_further_down() -> None:
    head = (
        "Nos rendez-vous\n*Pour tous les membres de la Tribu, quel que soit leur niveau.*\n"
        "| 12 mars | Comité des membres | en visio |"
    )
    assert read_head(head)[0] == "public"
    assert read_head("Réunion\nÀ toute la Tribu\nOrdre du jour : point avec les fondateurs")[0] == (
        "internal"
    )
