"""Issue 19 item 1: structure from every format, on files generated here.

Headings (numbered, underlined, bare, FAQ questions; styles; fonts and outline), lists
with the sentence that introduces them, tables kept as tables, a title, pages.
"""

from __future__ import annotations

from pathlib import Path

from knowledge.document import LIST, PARAGRAPH, TABLE, Block, LoadedDocument
from knowledge.loaders import load

INTRO = "En plus des avantages des niveaux précédents :"


def _blocks(doc: LoadedDocument, heading_end: str) -> list[Block]:
    found = [s for s in doc.sections if s.heading.endswith(heading_end)]
    assert found, [s.heading for s in doc.sections]
    return [b for s in found for b in s.blocks]


def test_i19_1_plain_text_numbered_headings_lists_and_ascii_tables() -> None:
    text = (
        "CHARTE DU PROGRAMME\n"
        "Version de janvier\n\n"
        "1. Objet\n\n"
        "Le programme réunit les cyclistes qui partagent leur expérience.\n\n"
        "2. Conditions\n\n"
        "2.1 Éligibilité\n\n"
        "Pour rejoindre le programme, il faut :\n"
        "- être majeur ;\n"
        "- posséder un vélo ;\n"
        "- accepter la charte.\n\n"
        "3. Barème\n\n"
        "Action      | Points | Plafond\n"
        "------------+--------+---------\n"
        "Essai       | 50     | 8 par mois\n"
        "Parrainage  | 300    | aucun\n\n"
        "4. Quitter\n\n"
        "On peut quitter le programme à tout moment.\n"
    )
    doc = load("charte.txt", text.encode())
    assert doc.title == "CHARTE DU PROGRAMME"
    headings = [s.heading for s in doc.sections]
    assert "2. Conditions › 2.1 Éligibilité" in headings
    assert "4. Quitter" in headings
    (rule,) = _blocks(doc, "2.1 Éligibilité")
    assert rule.kind == LIST and rule.text == "Pour rejoindre le programme, il faut :"
    assert rule.items == ("être majeur ;", "posséder un vélo ;", "accepter la charte.")
    (table,) = _blocks(doc, "3. Barème")
    assert table.kind == TABLE
    assert table.rows == (
        ("Action", "Points", "Plafond"),
        ("Essai", "50", "8 par mois"),
        ("Parrainage", "300", "aucun"),
    )


def test_i19_1_plain_text_a_numbered_heading_may_ask_a_question() -> None:
    text = (
        "GUIDE DU PROGRAMME\n\n"
        "1. Le programme en bref\n\n"
        "Des clients qui partagent leurs conseils.\n\n"
        "2. Qui peut devenir ambassadeur ?\n\n"
        "2.1 Conditions\n\n"
        "Il faut être majeur.\n\n"
        "2.2 Candidature\n\n"
        "La candidature se fait en ligne.\n"
    )
    headings = [s.heading for s in load("guide.txt", text.encode()).sections]
    assert "2. Qui peut devenir ambassadeur ? › 2.1 Conditions" in headings
    assert "2. Qui peut devenir ambassadeur ? › 2.2 Candidature" in headings
    assert not any(h.startswith("1. Le programme en bref › 2.") for h in headings)


def test_i19_1_plain_text_underlined_and_bare_headings_and_faq_questions() -> None:
    underlined = (
        "Guide des événements\n====================\n\n"
        "Ce guide aide les ambassadeurs.\n\n"
        "Les formats\n===========\n\n"
        "Balade\n------\n\n"
        "La balade est le format le plus simple à organiser.\n"
    )
    doc = load("guide.txt", underlined.encode())
    assert doc.title == "Guide des événements"
    assert [s.heading for s in doc.sections][-1] == "Les formats › Balade"

    bare = (
        "Code de conduite\n\n"
        "Sur les réseaux sociaux\n"
        "Nous vous demandons simplement de :\n"
        "- signaler votre statut ;\n"
        "- répondre poliment.\n\n"
        "Pendant les essais\n"
        "Vous êtes responsable du déroulement de l'essai, qui se passe bien\n"
        "la plupart du temps.\n\n"
        "Puis-je refuser un essai ?\n"
        "R. Oui, sans avoir à vous justifier.\n"
    )
    doc = load("code.txt", bare.encode())
    assert [s.heading for s in doc.sections] == [
        "Sur les réseaux sociaux",
        "Pendant les essais",
        "Pendant les essais › Puis-je refuser un essai ?",
    ]
    assert _blocks(doc, "Pendant les essais")[0].text.endswith(
        "qui se passe bien la plupart du temps."
    )
    (answer,) = _blocks(doc, "Puis-je refuser un essai ?")
    assert answer.text == "Oui, sans avoir à vous justifier."


def test_i19_1_plain_text_headings_in_capitals_hold_the_sentence_case_ones() -> None:
    text = (
        "Fiche pratique : les sollicitations\n\n"
        "PRÉPARER UNE SOLLICITATION\n\n"
        "Choisir les ambassadeurs\n\n"
        "Avant chaque envoi, vérifier le profil de chacun.\n\n"
        "Délai de prévenance\n\n"
        "Une sollicitation part trois semaines avant la date prévue.\n\n"
        "SUIVRE LES RÉPONSES\n\n"
        "Relances\n\n"
        "Une seule relance est envoyée, à mi-délai.\n"
    )
    doc = load("fiche.txt", text.encode())
    assert doc.title == "Fiche pratique : les sollicitations"
    assert [s.heading for s in doc.sections if s.blocks] == [
        "PRÉPARER UNE SOLLICITATION › Choisir les ambassadeurs",
        "PRÉPARER UNE SOLLICITATION › Délai de prévenance",
        "SUIVRE LES RÉPONSES › Relances",
    ]


def test_i19_1_plain_text_a_table_with_tab_separated_cells_keeps_its_header() -> None:
    text = (
        "Tableau de charge\n\n"
        "Chaque ambassadeur a une couleur selon ses contributions du mois.\n\n"
        "Couleur\tContributions sur 30 jours\tConduite à tenir\n"
        "Vert\t0 ou 1\tpeut être sollicité\n"
        "Orange\t2\tne solliciter que pour une demande urgente\n"
        "Rouge\t3 ou plus\tne pas solliciter avant le mois suivant\n"
    )
    doc = load("charge.txt", text.encode())
    assert [s.heading for s in doc.sections if s.blocks] == ["Tableau de charge"]
    (table,) = [b for b in _blocks(doc, "Tableau de charge") if b.kind == TABLE]
    assert table.rows[0] == ("Couleur", "Contributions sur 30 jours", "Conduite à tenir")
    assert table.rows[2] == ("Orange", "2", "ne solliciter que pour une demande urgente")


def test_i19_1_markdown_lists_tables_and_setext_headings() -> None:
    text = (
        "# Niveaux et avantages\n\nIntro du document.\n\n"
        "## Vue d'ensemble\n\n| Niveau | Points |\n|---|---|\n"
        "| Guide | 500 |\n| Pilote | 1 500 |\n\n"
        "Niveau Phare\n------------\n\n"
        f"{INTRO}\n\n- la révision **offerte**\n- 20 % de remise\n"
    )
    doc = load("niveaux.md", text.encode())
    assert doc.title == "Niveaux et avantages"
    (table,) = _blocks(doc, "Vue d'ensemble")
    assert table.rows == (("Niveau", "Points"), ("Guide", "500"), ("Pilote", "1 500"))
    (benefits,) = _blocks(doc, "Niveaux et avantages › Niveau Phare")
    assert (benefits.kind, benefits.text) == (LIST, INTRO)
    assert benefits.items == ("la révision offerte", "20 % de remise")


def test_i19_1_html_content_without_menus_and_footers() -> None:
    page = (
        "<html><head><title>FAQ – Vélonor</title></head><body>"
        "<header><nav><a href='/'>Accueil</a><a href='/faq'>FAQ</a></nav></header>"
        "<div class='site-header'>Menu du site</div>"
        "<main><h1>Questions fréquentes</h1>"
        "<h2>Récompenses</h2><h3>Quels documents fournir ?</h3>"
        "<p>Le formulaire demande les pièces suivantes :</p>"
        "<ul><li>la facture</li><li>une photo</li></ul>"
        "<table><tr><th>Destination</th><th>Délai</th></tr>"
        "<tr><td>France</td><td>5 jours</td></tr></table></main>"
        "<footer><p>© 2026 Vélonor – Mentions légales</p></footer></body></html>"
    )
    doc = load("faq.html", page.encode())
    assert doc.title == "Questions fréquentes"
    everything = " ".join(s.text for s in doc.sections)
    assert "Accueil" not in everything and "Mentions légales" not in everything
    assert "Menu du site" not in everything
    blocks = _blocks(doc, "Récompenses › Quels documents fournir ?")
    assert [b.kind for b in blocks] == [LIST, TABLE]
    assert blocks[0].text == "Le formulaire demande les pièces suivantes :"
    assert blocks[0].items == ("la facture", "une photo")
    assert blocks[1].rows == (("Destination", "Délai"), ("France", "5 jours"))


def test_i19_1_docx_heading_styles_lists_and_tables_in_body_order(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Politique des données", level=0)
    document.add_heading("1. Données collectées", level=1)
    document.add_paragraph("Le tableau ci-dessous indique les durées :")
    table = document.add_table(rows=2, cols=2)
    for (i, j), value in {
        (0, 0): "Catégorie",
        (0, 1): "Durée",
        (1, 0): "IBAN",
        (1, 1): "13 mois",
    }.items():
        table.cell(i, j).text = value
    document.add_heading("2. Vos droits", level=1)
    document.add_paragraph("Vous disposez des droits suivants :")
    document.add_paragraph("accéder à vos données", style="List Bullet")
    document.add_paragraph("les faire effacer", style="List Bullet")
    path = tmp_path / "donnees.docx"
    document.save(str(path))
    doc = load("donnees.docx", path.read_bytes())
    assert doc.title == "Politique des données"
    (durations,) = _blocks(doc, "1. Données collectées")
    assert (
        durations.kind == TABLE and durations.text == "Le tableau ci-dessous indique les durées :"
    )
    assert durations.rows == (("Catégorie", "Durée"), ("IBAN", "13 mois"))
    (rights,) = _blocks(doc, "2. Vos droits")
    assert rights.kind == LIST and rights.items == ("accéder à vos données", "les faire effacer")


def make_structured_pdf(path: Path, *, outline: bool) -> Path:
    """Two pages: a title, headings by size and weight, a bullet list, a table, a footer."""
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import (
        ListFlowable,
        ListItem,
        PageBreak,
        Paragraph,
        SimpleDocTemplate,
        Table,
    )

    body = ParagraphStyle("body", fontName="Helvetica", fontSize=10.5, leading=14, spaceAfter=8)
    title = ParagraphStyle("title", fontName="Helvetica-Bold", fontSize=22, leading=27)
    h1 = ParagraphStyle("h1", fontName="Helvetica-Bold", fontSize=16, leading=20, spaceBefore=12)
    h2 = ParagraphStyle("h2", fontName="Helvetica-Bold", fontSize=12.5, leading=16, spaceBefore=8)

    class Doc(SimpleDocTemplate):
        def afterFlowable(self, flowable: object) -> None:
            if outline and isinstance(flowable, Paragraph) and flowable.style.name in ("h1", "h2"):
                key = f"k{id(flowable)}"
                self.canv.bookmarkPage(key)
                level = 0 if flowable.style.name == "h1" else 1
                self.canv.addOutlineEntry(flowable.getPlainText(), key, level=level)

    def footer(canvas: object, document: object) -> None:
        canvas.setFont("Helvetica", 8)  # type: ignore[attr-defined]
        canvas.drawString(60, 30, f"Guide des ambassadeurs – page {document.page}")  # type: ignore[attr-defined]

    story = [
        Paragraph("Guide d'accueil", title),
        Paragraph("1. Bienvenue", h1),
        Paragraph("Votre candidature a été acceptée. Ce guide vous accompagne.", body),
        Paragraph("1.1 Le kit", h2),
        Paragraph("Le kit de bienvenue contient :", body),
        ListFlowable(
            [ListItem(Paragraph(t, body)) for t in ("un maillot", "une gourde", "un mémo")],
            bulletType="bullet",
        ),
        PageBreak(),
        Paragraph("2. Les formations", h1),
        Table(
            [["Module", "Durée", "Points"], ["Premiers pas", "20 minutes", "30"]],
            colWidths=[150, 120, 80],
        ),
        Paragraph("Les modules se suivent à votre rythme dans l'application.", body),
    ]
    Doc(str(path), pagesize=A4, title="Guide d'accueil").build(
        story, onFirstPage=footer, onLaterPages=footer
    )
    return path


def test_i19_1_pdf_headings_from_fonts_lists_tables_pages_without_footers(
    tmp_path: Path,
) -> None:
    path = make_structured_pdf(tmp_path / "guide.pdf", outline=False)
    doc = load("guide.pdf", path.read_bytes())
    assert doc.title == "Guide d'accueil"
    assert all(
        "page 1" not in s.text and "Guide des ambassadeurs" not in s.text for s in doc.sections
    )
    (kit,) = _blocks(doc, "1. Bienvenue › 1.1 Le kit")
    assert kit.kind == LIST and kit.text == "Le kit de bienvenue contient :"
    assert kit.items == ("un maillot", "une gourde", "un mémo")
    assert kit.page == 1
    table, after = _blocks(doc, "2. Les formations")
    assert table.kind == TABLE and table.page == 2
    assert table.rows == (("Module", "Durée", "Points"), ("Premiers pas", "20 minutes", "30"))
    assert after.kind == PARAGRAPH


def test_i19_1_pdf_outline_decides_headings_and_levels(tmp_path: Path) -> None:
    path = make_structured_pdf(tmp_path / "guide.pdf", outline=True)
    doc = load("guide.pdf", path.read_bytes())
    headings = [s.heading for s in doc.sections]
    assert "Guide d'accueil › 1. Bienvenue › 1.1 Le kit" in headings
    assert "Guide d'accueil › 2. Les formations" in headings


def test_i19_1_a_title_from_metadata_first_heading_or_file_name(kb: object, tmp_path: Path) -> None:
    from knowledge.base import KnowledgeBase

    assert isinstance(kb, KnowledgeBase)
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "regles_du_jeu-2026.txt").write_text(
        "Les points sont crédités sous sept jours après chaque action validée.\n", encoding="utf-8"
    )
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    hits = kb.search("acme", "points crédités", allowed_sensitivities={"public"})
    assert hits[0].section == "Regles du jeu 2026"


def test_i19_1_a_hashtag_is_no_heading_and_prose_in_columns_is_no_table(tmp_path: Path) -> None:
    doc = load("kit.md", "# Kit\n\n## Hashtags\n\n#ambassadeurVelonor en début de post.\n".encode())
    (hashtag,) = _blocks(doc, "Kit › Hashtags")
    assert hashtag.text == "#ambassadeurVelonor en début de post."

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    path = tmp_path / "colonnes.pdf"
    pdf = canvas.Canvas(str(path), pagesize=A4)
    pdf.setFont("Helvetica", 10)
    left = "Le programme réunit les cyclistes qui veulent partager leur"
    right = "Les ambassadeurs accueillent des essais près de chez eux et"
    for n in range(12):
        pdf.drawString(50, 780 - 14 * n, f"{left} {n}")
        pdf.drawString(310, 780 - 14 * n, f"{right} {n}")
    pdf.save()
    doc = load("colonnes.pdf", path.read_bytes())
    assert all(b.kind != TABLE for s in doc.sections for b in s.blocks)
