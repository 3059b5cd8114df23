"""Issue 19: export noise (a table of contents, lone page numbers, a pasted mail's headers,
signature and quoted thread) is no section of the document, and does not hide its marking."""

from __future__ import annotations

from pathlib import Path

from knowledge.chunking import chunk_sections
from knowledge.export_noise import is_page_number, is_toc_entry
from knowledge.loaders import load
from knowledge.marking_document import document_marking
from knowledge.marking_doubt import restriction_sign

MAIL = """From: Lucie Marchand <lucie@exemple.org>
To: relais@liste.exemple.org
Date: Tue, 3 Mar 2026 10:02
Subject: RE: Tournée des refuges

Bonjour à toutes et à tous,

Voici le programme de la tournée des refuges.

Étapes prévues
Nous partons du col Blanc le samedi à 7 h et dormons au refuge des Aiguilles.

> Peut-on venir avec un chien ?

Oui, tenu en laisse sur tout le parcours.

Bonne route,
Lucie

--
Lucie Marchand
Coordinatrice des relais
06 00 00 00 00

> Le 2 mars 2026 à 18:00, Paul Girard a écrit :
> Salut Lucie, tu as le programme ?
"""


def _texts(name: str, data: bytes) -> tuple[str, str]:
    document = load(name, data)
    chunks = chunk_sections(document.sections, document.title)
    return document.title, "\n".join(f"{c.heading}\n{c.text}" for c in chunks)


def test_toc_entries_and_page_numbers_are_recognised() -> None:
    assert is_toc_entry("2. Les refuges ........................ 4")
    assert is_toc_entry("Annexes . . . . . . . . 12")
    assert not is_toc_entry("Le refuge ouvre à 7 h. Le dîner est servi à 19 h.")
    assert is_page_number("- 3 -") and is_page_number("Page 2 / 5")
    assert not is_page_number("3 refuges") and not is_page_number("- un sac de couchage")


def test_pasted_mail_keeps_its_message_without_furniture() -> None:
    title, text = _texts("tournee.txt", MAIL.encode())
    assert title == "Tournée des refuges"
    assert "refuge des Aiguilles" in text
    # a quote answered below it is part of the message
    assert "Peut-on venir avec un chien" in text and "tenu en laisse" in text
    for noise in ("Coordinatrice des relais", "06 00 00 00 00", "Paul Girard", "From:", "Lucie\n"):
        assert noise not in text


def test_pasted_mail_headers_stay_in_the_head() -> None:
    document = load("tournee.txt", MAIL.encode())
    assert any(line.startswith("To:") for line in document.head)


def test_plain_text_page_numbers_leave_the_chunks() -> None:
    text = (
        "Guide du relais\n\n1. Accueil\n\nLe relais accueille les randonneurs de mai à "
        "octobre.\n\n- 1 -\n\n2. Départ\n\nLe départ se fait avant 8 h.\n"
    )
    _, chunks = _texts("guide.txt", text.encode())
    assert "- 1 -" not in chunks and "avant 8 h" in chunks


def test_a_long_table_of_contents_does_not_hide_the_marking_below_it() -> None:
    toc = "\n".join(f"{n}. Chapitre numéro {n} {'.' * 30} {n + 2}" for n in range(1, 24))
    text = (
        f"# Plan des refuges\n\nSommaire\n\n{toc}\n\nClassification : confidentiel\n\n"
        "## Accès\n\nLe col ferme en novembre.\n"
    )
    document = load("plan.md", text.encode())
    marking = document_marking(document)
    assert marking is not None and marking.level == "confidential"
    _, chunks = _texts("plan.md", text.encode())
    assert "Chapitre numéro" not in chunks


def test_pdf_table_of_contents_is_no_section(tmp_path: Path) -> None:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    heading = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18)
    story = [
        Paragraph("Carnet des refuges", ParagraphStyle("t", parent=heading, fontSize=20)),
        Paragraph("Sommaire", heading),
        Paragraph("1. Les refuges " + "." * 60 + " 1", body),
        Paragraph("2. Les horaires " + "." * 60 + " 1", body),
        Paragraph("1. Les refuges", heading),
        Paragraph("Trois refuges sont gardés de juin à septembre.", body),
        Paragraph("2. Les horaires", heading),
        Paragraph("Le dîner est servi à 19 h dans chaque refuge.", body),
    ]
    path = tmp_path / "carnet.pdf"
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    document = load(path.name, path.read_bytes())
    headings = [s.heading for s in document.sections if s.text.strip()]
    assert not any("Sommaire" in h for h in headings)
    assert not any("...." in s.text for s in document.sections)


def test_a_rule_in_an_introduced_list_is_no_doubt() -> None:
    head = [
        "# Charte des relais",
        "Chaque relais s'engage à respecter ces règles :",
        "- ne jamais partager les informations internes reçues avant leur annonce",
    ]
    assert restriction_sign(head) is None


def test_a_list_introduced_by_its_readership_stays_a_doubt() -> None:
    head = [
        "# Plan des relais",
        "Diffusion de ce document aux personnes suivantes :",
        "- équipe interne uniquement, sans exception aucune",
    ]
    assert restriction_sign(head) is not None
    short = ["# Plan", "Voici ce que chacun doit savoir :", "- strictement confidentiel"]
    assert restriction_sign(short) is not None
