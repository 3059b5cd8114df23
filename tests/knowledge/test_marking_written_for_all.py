"""Readership lines written for all of a program's ambassadors, as people write them
(invented examples): the program's members, every kind of member, a mail sent to the whole
list and posted in an open channel, a Word page header, a tier list in a table's cell."""

from __future__ import annotations

import io

import pytest

from knowledge.loaders import load
from knowledge.marking_ambassadors import as_ambassadors
from knowledge.marking_document import page_headers, rules_marking
from knowledge.marking_head import find_in_lines
from knowledge.marking_reserved import reserved_level

NAMES = as_ambassadors(["Grimpeurs"])


def level(head: str, said=None) -> str | None:
    found = find_in_lines(head.splitlines(), said=said)
    return found.level if found else None


@pytest.mark.parametrize(
    "head",
    [
        "Page réservée aux membres du programme — merci de ne pas la partager hors du Discord",
        "Fiche réservée aux membres du réseau\nComment proposer une sortie",
        "Document destiné aux ambassadeurs du club — toutes catégories (familles et associations)",
        "Diffusion : tous les ambassadeurs, toutes catégories\nLe barème",
        "Envoyé à : tous les ambassadeurs (liste Club-Tous) + publié dans #annonces",
        "Envoyé à : tous les ambassadeurs, publié sur le forum\nLettre n°3",
    ],
)
def test_all_the_ambassadors_read_it(head: str) -> None:
    assert level(head) == "public"


def test_the_program_s_own_name_for_them_reads_all_members() -> None:
    head = "Page réservée aux membres du Club des Grimpeurs — merci de ne pas la diffuser"
    assert level(head, NAMES) == "public"
    assert level("Envoyé à : tous les Grimpeurs (liste Grimpeurs-Tous)", NAMES) == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Page réservée aux membres du comité\nOrdre du jour",
        "Page réservée aux membres du club premium",
        "Document destiné aux ambassadeurs — toutes catégories (particuliers et salariés)",
        "Envoyé à : tous les ambassadeurs + publié dans #staff",
        "Envoyé à : tous les ambassadeurs (liste Staff-Tous)",
        "Document destiné aux ambassadeurs — toutes catégories sauf Bronze",
    ],
)
def test_a_part_or_the_staff_keeps_it_closed(head: str) -> None:
    assert level(head) != "public"


def test_a_tier_list_after_prose_is_a_table_cell() -> None:
    head = [
        "Pour tous les ambassadeurs inscrits — à consulter aussi sur le Discord",
        "Calendrier des demandes",
        "Ce calendrier liste les demandes que nous vous ferons au printemps, à l'avance,",
        "Qui",
        "niveaux Argent et Or",
    ]
    found = find_in_lines(head)
    assert found is not None and found.level == "public"
    assert reserved_level("niveaux Argent et Or") == "internal"
    assert reserved_level("niveaux Argent et Or", in_body=True) is None
    assert reserved_level("Diffusion : niveaux Argent et Or", in_body=True) == "internal"


def test_a_tier_list_above_the_prose_still_closes() -> None:
    head = ["niveaux Argent et Or", "Ce guide explique comment proposer une sortie à vos amis."]
    assert level("\n".join(head)) == "internal"


def _docx(header: str) -> bytes:
    from docx import Document

    document = Document()
    document.sections[0].header.paragraphs[0].text = header
    document.add_heading("Les avantages", level=1)
    document.add_paragraph("Chaque niveau ouvre des avantages décrits ci-dessous en détail.")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_a_word_page_header_heads_the_document() -> None:
    doc = load("avantages.docx", _docx("Document destiné aux ambassadeurs du club — tous"))
    assert page_headers(doc.properties) == ["Document destiné aux ambassadeurs du club — tous"]
    found = rules_marking(doc)
    assert found is not None and found.level == "public"


def test_a_restrictive_page_header_still_closes() -> None:
    doc = load("notes.docx", _docx("USAGE INTERNE — équipe marketing uniquement"))
    found = rules_marking(doc)
    assert found is not None and found.level == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "pr tous nos ambassadeurs, quel que soit le niveau\nGuide des photos",
        "Audience: every ambassador, whatever your level",
        "For every ambassador in the club, new or old\nHow to post a review",
        "Pour tous les ambassadeurs, anciens et nouveaux",
        "Pour tous les ambassadeurs inscrits — à lire aussi sur le forum",
    ],
)
def test_every_level_and_every_newcomer_is_all_of_them(head: str) -> None:
    assert level(head) == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Pour tous les ambassadeurs, quel que soit le niveau sauf Bronze",
        "Pour tous les ambassadeurs inscrits au niveau Or",
        "pr les ambassadeurs Or",
    ],
)
def test_a_level_left_out_keeps_it_closed(head: str) -> None:
    assert level(head) != "public"


@pytest.mark.parametrize(
    "head", ["Doc public, partage autorisé\nFAQ", "Public doc — feel free to share"]
)
def test_doc_is_a_document(head: str) -> None:
    assert level(head) == "public"


@pytest.mark.parametrize(
    "head", ["Ce n'est pas un document public", "Pas un doc public", "Not a public doc"]
)
def test_not_a_public_document_is_no_public_marking(head: str) -> None:
    assert level(head) == "internal"


@pytest.mark.parametrize(
    "head",
    [
        "Public page.\n# Levels at a glance",
        "Page publique – exemple.org/club/donnees – dernière mise à jour : 2 avril 2031",
    ],
)
def test_a_public_page_with_its_address_or_update(head: str) -> None:
    assert level(head) == "public"


def test_a_public_page_with_a_restriction_is_not_public() -> None:
    assert level("Page publique – intranet.exemple.org/rh – interne") == "internal"


def test_leave_to_show_it_to_their_own_people_opens_it() -> None:
    assert level("C'est pas confidentiel, vous pouvez le montrer à vos voisins\nGuide") == "public"


@pytest.mark.parametrize(
    "head",
    [
        "Vous pouvez partager vos photos avec vos amis\nCharte",
        "vous pouvez le partager avec vos équipes",
        "vous ne pouvez pas le montrer à vos clients",
    ],
)
def test_their_own_things_or_the_staff_open_nothing(head: str) -> None:
    assert level(head) != "public"


def test_a_dated_correction_released_to_all_opens_it() -> None:
    assert level("UPDATE 02/03: no longer pilot group only — released to all ambassadors") == (
        "public"
    )
    assert level("UPDATE 02/03: released to the pilot group only") == "internal"


def test_every_member_of_a_named_program_is_all_of_them() -> None:
    # an undeclared name before "member" may be a tier ("every Gold Club member"): closed
    assert level("Audience: every Trail Club member — English edition") == "internal"
    assert level("Audience: every programme member — English edition") == "public"
    for part in ("pilot", "beta", "founding", "board", "staff"):
        assert level(f"Audience: every {part} member") != "public"


def test_a_name_given_with_its_article_is_the_name() -> None:
    said = as_ambassadors(["les Vigies"])
    assert level("Diffusion : tous les Vigies (Conseil inclus)", said) == "public"
    assert level("Diffusion : Vigies du Conseil uniquement", said) != "public"
    assert level("Diffusion : tous les Staff", as_ambassadors(["les Staff"])) != "public"
