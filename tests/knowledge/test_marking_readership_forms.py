"""Readership lines as documents write them: a title before the readers, a date after them,
a handing-over verb, a banner box in a web page; and a question heading that is no marking."""

from __future__ import annotations

import pytest

from bot.bench.markings import read_head
from knowledge.ingest import document_marking
from knowledge.loaders import load


@pytest.mark.parametrize(
    "head",
    [
        "Le Journal des Vigies n°3 - lettre réservée aux Vigies (merci de ne pas la transférer)",
        "Document remis à tous les Vigies du Club - mars 2027",
        "Distribué à tous les ambassadeurs (édition 2027)",
        "Guide remis à toutes les Vigies — mis à jour le 02/03/2027",
    ],
)
def test_every_ambassador_as_readers_after_a_title_or_before_a_date(head: str) -> None:
    assert read_head(head, ["Vigies"])[0] == "public"


@pytest.mark.parametrize(
    "head",
    [
        "CONFIDENTIEL - lettre réservée aux Vigies",
        "Comité de direction - note réservée aux Vigies",
        "Document remis à tous les commerciaux - mars 2027",
    ],
)
def test_a_title_or_a_group_that_restricts_keeps_the_document_closed(head: str) -> None:
    assert read_head(head, ["Vigies"])[0] != "public"


@pytest.mark.parametrize("heading", ["Pourquoi un cercle ?", "Pourquoi un groupe ?", "Format"])
def test_a_question_heading_is_no_marking(heading: str) -> None:
    assert read_head(f"{heading}\nUne graine ne vit que si on la sème.")[0] == "none"


def test_a_banner_box_in_a_web_page_is_read() -> None:
    page = (
        "<html><body><div class='bandeau'>Lettre réservée aux Vigies du Club</div>"
        "<h1>La lettre de mars</h1><p>Bonjour à toutes et à tous.</p></body></html>"
    )
    document = load("lettre.html", page.encode())
    assert document.head[0] == "Lettre réservée aux Vigies du Club"
    marking = document_marking(document, ["Vigies"])
    assert marking is not None and marking.level == "public"


def test_a_box_of_boxes_gives_its_lines_once() -> None:
    page = "<html><body><div><div>Interne — équipe</div><h1>Bilan</h1><p>Texte.</p></div></body>"
    assert load("bilan.html", page.encode()).head[:2] == ["Interne — équipe", "# Bilan"]


def test_a_pages_gate_for_logged_in_ambassadors_is_all_of_them() -> None:
    head = "Accès réservé aux Vigies connectés - merci de ne pas partager ces prix\nCatalogue"
    assert read_head(head, ["Vigies"])[0] == "public"
    assert read_head("Accès réservé aux salariés connectés\nIntranet")[0] != "public"
