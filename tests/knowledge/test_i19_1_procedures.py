"""Issue 19 item 1: procedures as people write them in plain text and PDF.

A step label with its sub-steps indented under it ("Étape 1 : rejoindre" over
"  1.1 Ouvrez…") is a step of the section's procedure, not a heading of its own; a
checklist's boxes ("[ ]", "☐") open list items, kept with the sentence that introduces them,
each item keeping its box (a ticked box is what a form chose).
"""

from __future__ import annotations

from pathlib import Path

from knowledge.document import LIST
from knowledge.loaders import load

PROCEDURE = """Guide de démarrage
==================

2 Activer votre compte
----------------------

Suivez les étapes dans l'ordre.

Étape 1 : rejoindre le salon
  1.1 Ouvrez le lien d'invitation reçu par courriel.
  1.2 Acceptez la charte.
Étape 2 : valider
  2.1 Tapez le code reçu.
  2.2 Vérifiez que votre rôle apparaît.

Remarque : sans courriel sous 48 heures, écrivez à l'équipe.
"""

CHECKLIST = """Premier jour
============

Liste de vérification

Avant de refermer l'ordinateur, vérifiez :

[ ] votre rôle est visible ;
☐ votre boutique est renseignée ;
[x] vous avez lu le message épinglé.
"""


def test_step_labels_over_indented_sub_steps_are_not_headings() -> None:
    doc = load("guide.txt", PROCEDURE.encode())
    headings = [s.heading.split(" › ")[-1] for s in doc.sections]
    assert "Étape 1 : rejoindre le salon" not in headings
    (section,) = [s for s in doc.sections if s.heading.endswith("2 Activer votre compte")]
    text = " ".join(b.plain() for b in section.blocks)
    assert "Étape 2 : valider" in text and "2.1 Tapez le code reçu." in text
    assert section.blocks[-1].text.startswith("Remarque : sans courriel")


def test_a_short_line_over_its_paragraph_stays_a_heading() -> None:
    text = "Titre\n=====\n\nLes délais\nLa réponse arrive sous dix jours.\n"
    doc = load("note.txt", text.encode())
    assert doc.sections[-1].heading.endswith("Les délais")


def test_plain_text_checklist_is_a_list_with_its_introduction() -> None:
    doc = load("jour.txt", CHECKLIST.encode())
    (found,) = [b for s in doc.sections for b in s.blocks if b.kind == LIST]
    assert found.text == "Avant de refermer l'ordinateur, vérifiez :"
    assert found.items == (
        "[ ] votre rôle est visible ;",
        "☐ votre boutique est renseignée ;",
        "[x] vous avez lu le message épinglé.",
    )


def _checklist_pdf(path: Path) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10, leading=13)
    box = ParagraphStyle("box", parent=body, leftIndent=12)
    heading = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=14, leading=18)
    story = [
        Paragraph("Avant de filmer", heading),
        Paragraph("Vérifiez avant chaque prise :", body),
        Paragraph("[ ] téléphone à l'horizontale ;", box),
        Paragraph("[ ] lumière de face ;", box),
        Paragraph("[ ] durée visée : 60 à 90 secondes.", box),
        Paragraph("Envoyez ensuite la vidéo à l'équipe.", body),
    ]
    SimpleDocTemplate(str(path), pagesize=A4).build(story)
    return path


def test_pdf_checklist_is_a_list_with_its_introduction(tmp_path: Path) -> None:
    doc = load("film.pdf", _checklist_pdf(tmp_path / "film.pdf").read_bytes())
    (found,) = [b for s in doc.sections for b in s.blocks if b.kind == LIST]
    assert found.text == "Vérifiez avant chaque prise :"
    assert found.items == (
        "[ ] téléphone à l'horizontale ;",
        "[ ] lumière de face ;",
        "[ ] durée visée : 60 à 90 secondes.",
    )
