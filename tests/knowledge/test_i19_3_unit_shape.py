"""Issue 19 item 3, unit shape at the source: what loaders make of the ways people write
a paragraph, a list or a table, and the whole unit an offline answer then quotes (files
generated here, one format at a time)."""

from __future__ import annotations

import re
from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.document import LIST, PARAGRAPH, Block, LoadedDocument
from knowledge.loaders import load
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}
_QUOTE = re.compile(r"« (.*?) » \[(\d+)\]", re.DOTALL)
# Another paragraph of the section, long enough that the section is never quoted whole.
OTHER = (
    "Les ambassadeurs reçoivent chaque trimestre une lettre qui présente les nouveautés du "
    "catalogue, les événements à venir dans leur région, les chiffres du programme et les "
    "témoignages des membres les plus actifs. Cette lettre est aussi publiée dans l'espace "
    "ambassadeur, où les anciennes éditions restent consultables pendant deux ans. Elle "
    "rappelle enfin les règles de publication sur les réseaux sociaux et les contacts de "
    "l'équipe communauté, joignable du lundi au vendredi de 9 h à 18 h sauf jours fériés."
)


def _blocks(doc: LoadedDocument, heading_end: str) -> list[Block]:
    found = [s for s in doc.sections if s.heading.endswith(heading_end)]
    assert found, [s.heading for s in doc.sections]
    return [b for s in found for b in s.blocks]


def _quotes(text: str) -> list[str]:
    return [q for q, _ in _QUOTE.findall(text)]


WRAPPED_MD = f"""# Guide des ambassadeurs

## Candidature

Pour devenir ambassadeur, il faut avoir acheté un vélo depuis plus de trois mois.
Le dossier est examiné par l'équipe sous quinze jours et une réponse est envoyée
par courriel dans tous les cas, même lorsque la candidature est refusée.

{OTHER}
"""

EXPORTED_MD = """# FAQ

Puis-je changer de niveau en cours d'année ?
Oui. Le niveau est recalculé chaque trimestre.
Les points comptent sur douze mois glissants.
"""


def test_i19_3_markdown_a_hard_wrapped_paragraph_stays_one_paragraph() -> None:
    blocks = _blocks(load("guide.md", WRAPPED_MD.encode()), "Candidature")
    assert [b.kind for b in blocks] == [PARAGRAPH, PARAGRAPH]
    assert blocks[0].text.startswith("Pour devenir ambassadeur")
    assert blocks[0].text.endswith("même lorsque la candidature est refusée.")


def test_i19_3_markdown_one_paragraph_per_line_is_still_read_as_such() -> None:
    blocks = [b for s in load("faq.md", EXPORTED_MD.encode()).sections for b in s.blocks]
    assert [b.text for b in blocks] == [
        "Puis-je changer de niveau en cours d'année ?",
        "Oui. Le niveau est recalculé chaque trimestre.",
        "Les points comptent sur douze mois glissants.",
    ]


def test_i19_3_markdown_the_answer_quotes_the_whole_wrapped_paragraph(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, {"guide.md": WRAPPED_MD})
    answer = kb.answer(
        "c",
        "En combien de temps le dossier de candidature est-il examiné ?",
        allowed_sensitivities=PUBLIC,
    )
    assert answer.answered
    first = _quotes(answer.text)[0]
    assert first.startswith("Pour devenir ambassadeur, il faut avoir acheté un vélo")
    assert first.endswith("même lorsque la candidature est refusée.")


def _typed_docx(path: Path) -> Path:
    """Lists typed by hand in body text, as many word-processor files have them."""
    import docx

    document = docx.Document()
    document.add_heading("Guide des ambassadeurs", 1)
    document.add_heading("Missions", 2)
    document.add_paragraph("Chaque ambassadeur choisit ses missions parmi les suivantes :")
    for item in ("accueillir des essais à domicile ;", "animer un stand au marché ;"):
        document.add_paragraph(f"• {item}")
    document.add_paragraph("- parrainer de nouveaux clients.")
    document.add_paragraph(OTHER)
    document.add_heading("Inscription", 2)
    document.add_paragraph("Pour vous inscrire à un événement :")
    document.add_paragraph("1. Connectez-vous à votre espace.")
    document.add_paragraph("2. Validez la réservation.")
    document.add_paragraph("2. Conditions générales")  # not the third item: a heading
    document.save(str(path))
    return path


def test_i19_3_docx_typed_bullets_and_numbers_are_a_list_with_its_intro(tmp_path: Path) -> None:
    doc = load("guide.docx", _typed_docx(tmp_path / "guide.docx").read_bytes())
    missions = _blocks(doc, "Missions")
    assert [b.kind for b in missions] == [LIST, PARAGRAPH]
    assert missions[0].text == "Chaque ambassadeur choisit ses missions parmi les suivantes :"
    assert missions[0].items == (
        "accueillir des essais à domicile ;",
        "animer un stand au marché ;",
        "parrainer de nouveaux clients.",
    )
    steps = _blocks(doc, "Inscription")
    assert [b.kind for b in steps] == [LIST, PARAGRAPH]
    assert steps[0].ordered and steps[0].text == "Pour vous inscrire à un événement :"
    assert steps[0].items == ("Connectez-vous à votre espace.", "Validez la réservation.")
    assert steps[1].text == "2. Conditions générales"


def test_i19_3_docx_the_answer_quotes_a_typed_list_whole(tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _typed_docx(docs / "guide.docx")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("c", [docs], default_sensitivity="public")
    answer = kb.answer(
        "c", "Quelles missions un ambassadeur peut-il choisir ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered
    assert _quotes(answer.text)[0].startswith(
        "Chaque ambassadeur choisit ses missions parmi les suivantes :\n"
        "- accueillir des essais à domicile ;\n"
        "- animer un stand au marché ;\n"
        "- parrainer de nouveaux clients."
    )


TYPED_HTML = """<html><body><main><h1>Guide</h1>
<h2>Missions</h2>
<p>Chaque ambassadeur choisit ses missions parmi les suivantes :<br>
- accueillir des essais à domicile ;<br>- animer un stand au marché.</p>
<h2>Règles</h2>
<p>Voici les règles :</p><p>• publier avec la mention #ambassadeur ;</p><p>• rester courtois.</p>
<h2>Adresse</h2>
<p>Vélonor<br>12 rue des Arts<br>59000 Lille</p>
</main></body></html>"""


def test_i19_3_html_items_on_br_lines_or_typed_in_paragraphs_are_a_list() -> None:
    doc = load("guide.html", TYPED_HTML.encode())
    (missions,) = _blocks(doc, "Missions")
    assert missions.kind == LIST
    assert missions.text == "Chaque ambassadeur choisit ses missions parmi les suivantes :"
    assert missions.items == ("accueillir des essais à domicile ;", "animer un stand au marché.")
    (rules,) = _blocks(doc, "Règles")
    assert (rules.kind, rules.text) == (LIST, "Voici les règles :")
    assert rules.items == ("publier avec la mention #ambassadeur ;", "rester courtois.")
    (address,) = _blocks(doc, "Adresse")  # lines that are not items stay one paragraph
    assert (address.kind, address.text) == (PARAGRAPH, "Vélonor 12 rue des Arts 59000 Lille")


ALIGNED_TXT = """Guide des ambassadeurs

Barème
Action            Points   Plafond
----------------  ------   -------------
Essai à domicile      50   10 par mois
Parrainage           200   aucun
Avis en ligne\t      10   2 par mois

Les points sont crédités le lundi.  Ils restent valables deux ans.
Un essai annulé ne rapporte rien.  Un parrainage compte à la livraison.
"""


def test_i19_3_plain_text_a_table_set_in_columns_keeps_its_header() -> None:
    doc = load("guide.txt", ALIGNED_TXT.encode())
    table, prose = _blocks(doc, "Barème")
    assert table.rows == (
        ("Action", "Points", "Plafond"),
        ("Essai à domicile", "50", "10 par mois"),
        ("Parrainage", "200", "aucun"),
        ("Avis en ligne", "10", "2 par mois"),
    )
    # Two spaces after a full stop do not make a table.
    assert prose.kind == PARAGRAPH and prose.text.startswith("Les points sont crédités")


def test_i19_3_plain_text_the_answer_quotes_the_row_with_its_header(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, {"guide.txt": ALIGNED_TXT})
    answer = kb.answer(
        "c", "Combien de points rapporte un parrainage ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered
    first = _quotes(answer.text)[0].splitlines()
    assert first[:2] == ["| Action | Points | Plafond |", "| Parrainage | 200 | aucun |"]
