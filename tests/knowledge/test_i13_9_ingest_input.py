"""Issue 13, item 9: binary content is refused whatever the extension, a per-client size cap
with a clear message, streaming reads, a non-zero exit when a file failed, counts that
agree with their noun, and the texts of the document commands in the CLI language."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from bot.tenants import ClientConfig, ClientDirectory
from knowledge.base import KnowledgeBase
from knowledge.reading import BLOCK, ReadRefused, binary_kind, read_document

ELF = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 20
TEXT = "# Charte\n\nUn témoignage vidéo rapporte 60 points.\n"


def test_i13_9_binary_content_is_refused_whatever_the_extension(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "elf.md").write_bytes(ELF)
    (docs / "random.md").write_bytes(os.urandom(200_000))
    (docs / "zip.txt").write_bytes(b"PK\x03\x04" + b"x" * 500)
    (docs / "page.html").write_bytes(b"<html>" + bytes(range(1, 32)) * 300)
    (docs / "fake.pdf").write_bytes(b"# Titre\n\nDu texte, pas un PDF.\n")
    (docs / "fake.docx").write_bytes(TEXT.encode())
    # A text file whose binary tail starts after the first block is refused too.
    (docs / "tail.txt").write_bytes(TEXT.encode() * (BLOCK // 40) + os.urandom(50_000))
    (docs / "charte.md").write_text(TEXT, encoding="utf-8")
    (docs / "latin1.txt").write_bytes("Le kit comprend une gourde gravée.\n".encode("latin-1"))
    (docs / "utf16.txt").write_bytes("Le salon a lieu à Lyon.\n".encode("utf-16"))
    report = kb.ingest_paths("volta", [docs], default_sensitivity="public")
    result = {f.name: (f.status, f.code) for f in report.files}
    assert result == {
        "charte.md": ("added", ""),
        "elf.md": ("error", "binary"),
        "fake.docx": ("error", "not_format"),
        "fake.pdf": ("error", "not_format"),
        "latin1.txt": ("added", ""),
        "page.html": ("error", "binary"),
        "random.md": ("error", "binary"),
        "tail.txt": ("error", "binary"),
        "utf16.txt": ("added", ""),
        "zip.txt": ("error", "binary"),
    }
    assert {d.name for d in kb.documents("volta")} == {"charte.md", "latin1.txt", "utf16.txt"}
    hits = kb.search("volta", "salon Lyon", allowed_sensitivities={"public"})
    assert hits and hits[0].document == "utf16.txt"


def test_i13_9_binary_sniffing_keeps_real_text() -> None:
    prose = "Une brasserie nantaise, des bières d'été : « Houblon » — 12 € le pack.\n" * 200
    assert binary_kind(prose.encode("utf-8"), first=True) is None
    assert binary_kind(prose.encode("cp1252"), first=True) is None
    assert binary_kind(b"Colonne\tvaleur\r\n\x1b[1mgras\x1b[0m\x0c", first=True) is None
    assert binary_kind(b"\x7fELF" + b"a" * 100, first=True) == "ELF executable"
    assert binary_kind(os.urandom(8192), first=False) == "binary data"


def test_i13_9_the_size_cap_is_checked_before_and_while_reading(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_bytes(b"Le salon a lieu en mars.\n" * 84_000)  # 2.1 MB
    with pytest.raises(ReadRefused) as refused:
        read_document(big, max_mb=1)
    assert refused.value.code == "too_big" and refused.value.values["limit"] == 1
    read = read_document(big, max_mb=3)
    assert len(read.data) == big.stat().st_size


def test_i13_9_a_file_over_the_clients_cap_gets_a_clear_message(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    # A cap is a float of MB: a small cap keeps the file (and the test) small.
    (docs / "gros.txt").write_bytes(("Le salon a lieu en mars. " * 8_400).encode())  # 0.21 MB
    (docs / "charte.md").write_text(TEXT, encoding="utf-8")
    report = kb.ingest_paths("volta", [docs], max_mb=0.1, default_sensitivity="public")
    status = {f.name: (f.status, f.code) for f in report.files}
    assert status == {"charte.md": ("added", ""), "gros.txt": ("error", "too_big")}
    raised = kb.ingest_paths("volta", [docs], max_mb=0.3, default_sensitivity="public")
    assert {f.name: f.status for f in raised.files}["gros.txt"] == "added"


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("AMBASSADE_HOME", str(tmp_path / "home"))
    get_settings.cache_clear()
    ClientDirectory(get_settings().clients_dir).save(
        ClientConfig(name="volta", default_sensitivity="public", max_document_mb=1)
    )
    return tmp_path / "home"


def test_i13_9_ingest_exits_non_zero_when_a_file_failed_and_counts_agree(
    home: Path, tmp_path: Path
) -> None:
    runner = CliRunner()
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "charte.md").write_text("# Charte\n\nUn avis rapporte 10 points.\n", "utf-8")
    (docs / "notes.md").write_bytes(ELF)
    (docs / "gros.txt").write_bytes(b"Le salon a lieu en mars.\n" * 84_000)
    fr = runner.invoke(app, ["ingest", "--client", "volta", str(docs)])
    assert fr.exit_code == 1, fr.output
    assert "charte.md — 1 passage, public" in fr.output
    assert "notes.md — contenu binaire (ELF executable)" in fr.output
    assert "gros.txt — fichier trop volumineux (2,1 Mo ; maximum 1 Mo" in fr.output
    assert "3 fichiers : 1 ajouté, 0 remplacé" in fr.output and "2 en échec" in fr.output
    assert "1 nouveau passage en" in fr.output
    assert "En échec : 2 fichiers" in fr.output and "Traceback" not in fr.output

    (docs / "notes.md").unlink()
    (docs / "gros.txt").unlink()
    en = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(docs)])
    assert en.exit_code == 0, en.output
    assert "charte.md — unchanged, public" in en.output
    assert "1 file: 0 added" in en.output and "0 new chunks" in en.output
    single = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(docs)])
    assert "1 file:" in single.output and "1 files" not in single.output


def test_i13_9_ask_and_ingest_errors_follow_the_cli_language(home: Path) -> None:
    runner = CliRunner()
    fr = runner.invoke(app, ["ask", "--client", "volta", "--role", "boss", "question"])
    assert fr.exit_code == 2 and "rôle inconnu « boss »" in fr.output
    en = runner.invoke(app, ["--lang", "en", "ask", "--client", "volta", "--role", "boss", "q"])
    assert en.exit_code == 2 and "unknown role 'boss'" in en.output
    bad = runner.invoke(
        app, ["--lang", "fr", "ingest", "--client", "volta", "--sensitivity", "x", "."]
    )
    assert bad.exit_code == 2 and "niveau inconnu « x »" in bad.output


def test_i13_9_a_new_process_loads_the_index_from_its_cache_never_stale(
    kb: KnowledgeBase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "charte.md").write_text(TEXT, encoding="utf-8")
    kb.ingest_paths("volta", [docs], default_sensitivity="public")
    # A new process answers without reading chroma (each `ambassade ask` paid for it).
    fresh = KnowledgeBase(kb.root)
    monkeypatch.setattr(fresh.indexes, "vector_store", lambda: pytest.fail("chroma was read"))
    assert fresh.search("volta", "témoignage vidéo", allowed_sensitivities={"public"})
    monkeypatch.undo()
    # A change invalidates it: the next process sees the new level, never the cached one.
    assert kb.set_sensitivity("volta", "charte.md", "confidential")
    later = KnowledgeBase(kb.root)
    assert not later.search("volta", "témoignage vidéo", allowed_sensitivities={"public"})
    assert later.search("volta", "témoignage vidéo", allowed_sensitivities={"confidential"})


def test_i13_9_an_empty_or_textless_file_says_so(kb: KnowledgeBase, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "vide.md").write_bytes(b"")
    (docs / "blanc.txt").write_bytes(b"   \n\n  ")
    report = kb.ingest_paths("volta", [docs])
    assert {f.name: (f.status, f.code) for f in report.files} == {
        "blanc.txt": ("error", "empty"),
        "vide.md": ("error", "empty"),
    }
