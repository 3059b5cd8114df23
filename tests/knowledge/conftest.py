"""Small real documents, generated in each test's temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from bot.settings import get_settings
from bot.tenants import ClientConfig, ClientDirectory
from knowledge.base import KnowledgeBase


def make_pdf(path: Path, pages: list[str]) -> Path:
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=A4)
    for page in pages:
        text = pdf.beginText(50, 800)
        for line in page.splitlines():
            text.textLine(line)
        pdf.drawText(text)
        pdf.showPage()
    pdf.save()
    return path


def make_docx(path: Path, blocks: list[tuple[str, str]]) -> Path:
    """blocks: (style, text) with style 'h1', 'h2' or 'p'."""
    import docx

    document = docx.Document()
    for style, text in blocks:
        if style.startswith("h"):
            document.add_heading(text, level=int(style[1]))
        else:
            document.add_paragraph(text)
    document.save(str(path))
    return path


def lexical_kb(tmp_path: Path, files: dict[str, str]) -> KnowledgeBase:
    """Client "c" with these public Markdown/text files, searched without the encoder."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for name, text in files.items():
        (docs / name).write_text(text, encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("c", [docs], default_sensitivity="public")
    return kb


@pytest.fixture
def kb(tmp_path: Path) -> KnowledgeBase:
    return KnowledgeBase(tmp_path / "kb")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A small mixed-format corpus for one client."""
    root = tmp_path / "docs"
    root.mkdir()
    (root / "charte.md").write_text(
        "# Charte du programme\n\n## Points\n\nUn témoignage vidéo rapporte 60 points. "
        "Un avis en ligne rapporte 10 points.\n\n"
        "## Niveaux\n\nLe niveau Or commence à 500 points.\n",
        encoding="utf-8",
    )
    (root / "faq.txt").write_bytes(
        "FAQ\nLa taproom est ouverte du mercredi au samedi de 17 h à 23 h.\n".encode("latin-1")
    )
    (root / "strategie.md").write_text(
        "Classification: CONFIDENTIEL\n\n# Stratégie\n\nLe rachat de la brasserie voisine "
        "est prévu au printemps pour un budget de deux millions.\n",
        encoding="utf-8",
    )
    return root


@pytest.fixture
def public_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An ambassade home with client `volta`, whose unmarked documents are public."""
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    ClientDirectory(get_settings().clients_dir).save(
        ClientConfig(name="volta", default_sensitivity="public")
    )
    return tmp_path / "home"


@pytest.fixture
def rules_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The hand rules' reading alone, without the learned second reader
    (`knowledge.marking_model`, tested in test_marking_model): for tests of the rules and of
    what ingestion does with their reading."""
    monkeypatch.setattr(
        "knowledge.marking_document.closed_by_model", lambda document, found, *_, **__: found
    )
