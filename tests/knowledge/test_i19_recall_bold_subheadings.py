"""Issue 19, recall: a paragraph set in bold throughout under a heading (HTML
`<p><strong>…</strong></p>`, a bold Normal paragraph in a DOCX with heading styles) heads
what follows, one level below, as a bold line does in Markdown; on files generated here."""

from __future__ import annotations

from pathlib import Path

from knowledge.loaders import load

PAGE = (
    "<html><body><h1>Nos partenaires</h1><h2>Hébergements</h2>"
    "<p><strong>Résidence Les Mélèzes</strong></p><p>12 % de remise sur les séjours.</p>"
    "<p><strong>Gîtes paysans</strong></p><p>Le petit-déjeuner est offert.</p>"
    "<p><strong>À noter :</strong></p><ul><li>réserver tôt</li></ul>"
    "<p><strong>Attention</strong>, les remises ne se cumulent pas.</p>"
    "<h2>Restaurants</h2><p>Une boisson offerte.</p></body></html>"
)


def test_i19_recall_html_bold_paragraphs_are_subheadings() -> None:
    doc = load("partenaires.html", PAGE.encode())
    headings = [s.heading for s in doc.sections]
    assert any(h.endswith("Hébergements › Résidence Les Mélèzes") for h in headings)
    gites = next(s for s in doc.sections if s.heading.endswith("Hébergements › Gîtes paysans"))
    assert "petit-déjeuner" in " ".join(b.text for b in gites.blocks)
    # A list's introduction and a bold word inside a sentence stay text.
    assert not any(h.endswith("À noter :") or "Attention" in h for h in headings)
    assert any(h.endswith("Restaurants") and "Gîtes" not in h for h in headings)


def test_i19_recall_docx_bold_paragraph_under_a_styled_heading(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Le témoignage vidéo", level=1)
    document.add_paragraph().add_run("Matériel conseillé").bold = True
    document.add_paragraph("Un smartphone récent et un micro-cravate suffisent.")
    document.add_paragraph().add_run("Conseils de tournage").bold = True
    document.add_paragraph("Filmez-vous de face, à hauteur des yeux.")
    document.add_paragraph().add_run("Une phrase en gras qui se termine.").bold = True
    document.add_heading("Diffusion", level=1)
    document.add_paragraph("Rien n'est publié sans accord.")
    path = tmp_path / "kit.docx"
    document.save(str(path))
    doc = load("kit.docx", path.read_bytes())
    headings = [s.heading for s in doc.sections]
    tips = next(s for s in doc.sections if s.heading.endswith("vidéo › Conseils de tournage"))
    assert "Filmez-vous" in " ".join(b.text for b in tips.blocks)
    assert any(h.endswith("Le témoignage vidéo › Matériel conseillé") for h in headings)
    assert not any(h.endswith("se termine.") for h in headings)
    assert any(h.endswith("Diffusion") and "Conseils" not in h for h in headings)
