"""Mails, minutes, drafts and dated releases saved as documents: a mail's header read as its
readership and readers' fields naming people only (`marking_mail_header`), drafts waiting for
approval (`marking_pending_draft`), releases approved for a part of the program
(`marking_release_audience`) and readerships read as of today (`marking_as_of_today`)."""

from __future__ import annotations

from datetime import date

import pytest

from knowledge.ingest import document_marking
from knowledge.loaders import load
from knowledge.marking_as_of_today import as_of_today
from knowledge.marking_dates import dates_in
from knowledge.marking_mail_header import mail_head, named_readers_marking
from knowledge.marking_pending_draft import pending_draft_marking
from knowledge.marking_release_audience import release_audience_marking

AMBASSADORS = ["Lucioles", "Lucioles Ferrand", "lucioles@ferrand.fr", "ambassadeurs"]


def _level(head: str, names: list[str] | None = None) -> str | None:
    document = load("document.md", (head + "\n\n1\n").encode("utf-8"))
    found = document_marking(document, names or [], ["Ferrand"] if names else [])
    return None if found is None else found.level


@pytest.mark.parametrize(
    "head",
    [
        "De : Léa Morel <lea.morel@ferrand.fr>\nÀ : Lucioles Ferrand <lucioles@ferrand.fr>\n"
        "Objet : la soirée de janvier",
        "From: Léa Morel\nTo: Marc Dupuis\nCc: lucioles@ferrand.fr\nSubject: well done Marc!",
        "From: Léa Morel\nTo: Léa Morel\nBcc: Lucioles\nSubject: year-end letter",
        "De : Léa Morel\nÀ : toutes les Lucioles\nObjet : TR: fermeture le 24\n\n"
        "-----Message d'origine-----\nDe : accueil@ferrand.fr\nÀ : Léa Morel",
        "Ce courriel et ses pièces jointes sont confidentiels et destinés exclusivement aux"
        " personnes auxquelles ils sont adressés.\nDe : Léa Morel\nÀ : Marc Dupuis\n"
        "Cci : lucioles@ferrand.fr\nObjet : webinaire jeudi",
    ],
)
def test_the_all_ambassador_list_among_recipients_is_public(head: str) -> None:
    assert _level(head, AMBASSADORS) == "public"


@pytest.mark.parametrize(
    ("head", "level"),
    [
        ("De : Léa Morel\nÀ : Marc Dupuis\nObjet : ton témoignage", "confidential"),
        ("From: Ana Roy\nTo: Léa Morel\nCc: Paul Petit\nSubject: budget 2027", "confidential"),
        ("De : Léa Morel\nÀ : Testeurs Appli Bêta\nObjet : version 0.9", "internal"),
        ("De : Léa Morel\nÀ : Lucioles Or <lucioles-or@ferrand.fr>\nObjet : visite", "internal"),
        ("De : Léa Morel\nÀ : Lucioles de Lyon\nObjet : portes ouvertes", "internal"),
        ("De : Léa Morel\nÀ : accueil@ferrand.fr; Paul Petit\nObjet : astreinte", "internal"),
        ("De : Léa Morel\nÀ : codir@ferrand.fr\nObjet : point trésorerie", "confidential"),
        (
            "De : Léa Morel\nÀ : toutes les Lucioles\nObjet : [CONFIDENTIEL] entre nous",
            "confidential",
        ),
    ],
)
def test_groups_and_named_people_restrict(head: str, level: str) -> None:
    assert _level(head, AMBASSADORS) == level


@pytest.mark.parametrize(
    "head",
    [
        "De : Ferrand\nÀ : destinataires non divulgués\nObjet : sondage",
        "From: Ferrand <no-reply@ferrand.fr>\nTo: undisclosed-recipients:;\nSubject: your report",
        "Objet : [[Prénom]], votre premier mois\nÀ : [[email_apprenant]]",
        "De : {{cm_nom}}\nÀ : {{liste_destinataires}}\nObjet : {{prenom}}, votre avis",
    ],
)
def test_hidden_or_placeholder_recipients_say_nothing(head: str) -> None:
    found = mail_head(head.splitlines(), AMBASSADORS)
    assert found is not None and found.marking is None


def test_a_tier_list_is_never_all_of_them_without_names() -> None:
    head = "De : Léa Morel\nÀ : Ambassadeurs Or <ambassadeurs-or@ferrand.fr>\nObjet : visite"
    assert _level(head) == "internal"
    assert _level("De : Léa Morel\nÀ : ambassadeurs@ferrand.fr\nObjet : soirée") == "public"


def test_no_header_no_mail() -> None:
    assert mail_head(["# Compte rendu", "À : lire avant lundi"]) is None


@pytest.mark.parametrize(
    "head",
    [
        "BROUILLON – Newsletter de janvier\nPas encore validé. Relecture avant l'envoi à tous.",
        "DRAFT v2 – workshop synthesis\nWill go to the ambassadors once we've checked the quotes.",
        "Brouillon — Newsletter\nNon validé. Envoi à tous les ambassadeurs prévu le 6 janvier.",
    ],
)
def test_a_draft_waiting_for_approval_is_internal(head: str) -> None:
    marking = pending_draft_marking(head.splitlines())
    assert marking is not None and marking.level == "internal"
    assert _level(head) == "internal"


@pytest.mark.parametrize(
    "head", ["Brouillon v3 — à relire par Nadia", "Draft v0.3", "Objet : (brouillon) idées"]
)
def test_a_bare_draft_sets_nothing(head: str) -> None:
    assert pending_draft_marking(head.splitlines()) is None


def test_a_release_for_one_tier_is_internal() -> None:
    head = "Roadmap 2027\nApproved for release to Gold-level ambassadors at the meet-up."
    assert release_audience_marking(head.splitlines()) is not None
    assert _level(head) == "internal"
    assert release_audience_marking(["Approved for release to all ambassadors."]) is None


TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("line", "readers"),
    [
        (
            "Statut : embargo jusqu'au 1er décembre 2026, ensuite diffusion à toutes les Lucioles",
            "Diffusion : toutes les Lucioles",
        ),
        ("Embargoed until 1 December 2026 – then for all members.", "Diffusion : all members"),
        (
            "Embargo levé le 2 décembre 2026 — diffusion à tous les ambassadeurs Ferrand.",
            "Diffusion : tous les ambassadeurs Ferrand",
        ),
        (
            "Approved by L. Morel on 2 Dec 2026 for release to all ambassadors.",
            "Diffusion : all ambassadors",
        ),
        (
            "BAT validé le 25/11/2026, pour diffusion à tous les ambassadeurs du programme.",
            "Diffusion : tous les ambassadeurs du programme",
        ),
    ],
)
def test_an_ended_embargo_or_an_approved_release_gives_its_readers(line: str, readers: str) -> None:
    assert as_of_today([line], TODAY) == [readers]


@pytest.mark.parametrize(
    "line",
    [
        "Embargo jusqu'au 12 janvier 2027 ; ensuite diffusion à toutes les Lucioles",
        "Embargo until launch day, then for all members.",
        "Approved on 2 Dec 2026 for release to all ambassadors on 15 January 2027.",
        "Approved for release to Gold-level ambassadors.",
        "EMBARGOED until 15 Sept 2026, 09:00 CET",
    ],
)
def test_a_running_embargo_a_future_release_or_a_part_is_left_as_written(line: str) -> None:
    assert as_of_today([line], TODAY) == [line]


def test_dates_in_a_line() -> None:
    line = "du 1er décembre 2026 au 15/01/2027, then January 20, 2027"
    assert dates_in(line) == [date(2027, 1, 15), date(2026, 12, 1), date(2027, 1, 20)]


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("Diffusion : Lucie Tran, Antoine Biret, expert-comptable", "confidential"),
        ("Restricted to: D. Marty, R. Estève, DPO", "confidential"),
        ("Diffusion : Lucie Tran et l'équipe accueil", None),
        ("Diffusion : toutes les Lucioles", None),
        ("Participants : Lucie Tran, Antoine Biret", None),
    ],
)
def test_a_readers_field_naming_people_only_is_confidential(line: str, level: str | None) -> None:
    found = named_readers_marking([line], AMBASSADORS)
    assert (found.level if found else None) == level


@pytest.mark.parametrize(
    "head",
    [
        "Objet : Re: panne\nDe : m.royer@free.fr\nÀ : lea.morel@ferrand.fr\nBonjour Léa,",
        "De : Ana Roy <ana@gite-example.fr>\nÀ : Service Lucioles <accueil@ferrand.fr>\n"
        "Objet : dispo ?",
    ],
)
def test_a_mail_between_organisations_has_no_readership(head: str) -> None:
    found = mail_head(head.splitlines(), AMBASSADORS)
    assert found is not None and found.marking is None


def test_the_all_list_counts_from_another_organisation() -> None:
    head = (
        "From: Festival <info@festival.fr>\nTo: Léa Morel\nCc: lucioles@ferrand.fr\nSubject: offer"
    )
    found = mail_head(head.splitlines(), AMBASSADORS)
    assert found is not None and found.marking is not None and found.marking.level == "public"


@pytest.mark.parametrize(
    "head",
    [
        "À : Hélène Vasseur (présidente) ; Marc Dubreuil (DAF)\nObjet : départ d'un membre",
        "To: Declan Foley; Niamh Kearney (only)\nSubject: restructuring",
        "To: CEO, Head of Legal, insurer liaison\nSubject: incident",
    ],
)
def test_people_with_a_role_in_brackets_are_named_people(head: str) -> None:
    found = mail_head(head.splitlines(), AMBASSADORS)
    assert found is not None and found.marking is not None
    assert found.marking.level == "confidential"
