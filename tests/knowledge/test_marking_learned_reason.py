"""A document the learned second reader closes says so: its own reason, a hint after ingest,
and a level set by hand overrules it without a warning about a marking nobody wrote."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from bot.cli import app
from bot.settings import get_settings
from knowledge.base import KnowledgeBase
from knowledge.catalog import DocumentInfo
from knowledge.level_by_hand import LevelSet
from knowledge.loaders import load
from knowledge.markers import INTERNAL, Marking
from knowledge.marking_document import rules_marking
from knowledge.marking_model import MODEL_TEXT, THRESHOLD, default_model, head_text
from knowledge.sensitivity import Sources, classify

LEARNED = Marking(INTERNAL, MODEL_TEXT)
AMBASSADOR = frozenset({"public"})
BODY = "\n\n## Relances\n\nLes relances des parrains inactifs partent le 3 du mois.\n"
QUESTION = "Quand partent les relances des parrains inactifs ?"
# Invented heads the rules read as unmarked and the second reader may close; the test takes
# the first one it closes, so a rule or a retrained model that changes one does not break it.
CANDIDATES = (
    "#cm-coulisses (Slack équipe) — export 07/09\nHugo: voici le brouillon des relances",
    "Pour le comité de pilotage (pas d'envoi aux membres)\nIndicateurs du trimestre",
    "Export Slack #equipe-terrain — 02/03\nLéa: je mets ici le brouillon du planning des relances",
    "Note pour le comité produit\nRetours du pilote",
)


def _closed_head() -> str:
    model = default_model()
    for head in CANDIDATES:
        document = load("note.md", (head + BODY).encode("utf-8"))
        if rules_marking(document) is None and model.restricted(head_text(document)) >= THRESHOLD:
            return head
    raise AssertionError("no candidate head is closed by the second reader alone: add one")


def test_the_second_reader_is_the_reason_where_it_closes_a_public_level() -> None:
    public = classify(LEARNED, "note.md", Sources(default="public"))
    assert (public.level, public.reason, public.detail) == ("internal", "learned", "")
    option = classify(LEARNED, "note.md", Sources(option="public"))
    assert (option.level, option.reason) == ("internal", "learned")


def test_where_it_changes_nothing_the_other_source_is_the_reason() -> None:
    default = classify(LEARNED, "note.md", Sources(default="internal"))
    assert (default.level, default.reason) == ("internal", "default")
    folder = classify(LEARNED, "rh/note.md", Sources(default="public", rules={"rh": "secret"}))
    assert (folder.level, folder.reason) == ("internal", "learned")  # unknown label: no rule
    strict = classify(LEARNED, "rh/note.md", Sources(rules={"rh": "confidentiel"}))
    assert (strict.level, strict.reason, strict.detail) == ("confidential", "folder", "rh")


def _document(marker_text: str) -> DocumentInfo:
    return DocumentInfo(
        doc_id="d1",
        name="note.md",
        source="/docs/note.md",
        sha256="0" * 64,
        sensitivity=INTERNAL,
        chunks=1,
        pages=1,
        ingested_at="2026-12-06T10:00:00",
        marker=INTERNAL,
        marker_text=marker_text,
    )


def test_a_level_set_by_hand_is_not_below_a_written_marking() -> None:
    learned = _document(MODEL_TEXT)
    assert not LevelSet("public", [learned], previous=INTERNAL).below_marking
    written = _document("Usage interne")
    assert LevelSet("public", [written], previous=INTERNAL).below_marking


def test_ingest_tells_why_and_a_person_decides(public_home: Path, tmp_path: Path) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "relances.md").write_text(_closed_head() + BODY, "utf-8")
    runner = CliRunner()
    fr = runner.invoke(app, ["--lang", "fr", "ingest", "--client", "volta", str(docs)])
    assert fr.exit_code == 0, fr.output
    flat = " ".join(fr.output.split())
    assert "ressemble à celle d'un document réservé (second lecteur)" in flat
    assert "set-sensitivity NOM public --client volta" in flat
    en = runner.invoke(app, ["--lang", "en", "ingest", "--client", "volta", str(docs)])
    assert "reads like a restricted one (second reader)" in " ".join(en.output.split())
    listed = runner.invoke(app, ["documents", "list", "--client", "volta", "--json"])
    (row,) = map(json.loads, listed.output.splitlines())
    assert (row["sensitivity"], row["reason"]) == ("internal", "learned")
    unmarked = runner.invoke(app, ["documents", "list", "--client", "volta", "--unmarked"])
    assert "relances.md" in unmarked.output
    kb = KnowledgeBase(get_settings().knowledge_dir)
    assert not kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)
    done = runner.invoke(
        app,
        ["--lang", "fr", "documents", "set-sensitivity", "relances.md", "public", "-c", "volta"],
    )
    assert done.exit_code == 0, done.output
    assert "attention" not in done.output
    kb = KnowledgeBase(get_settings().knowledge_dir)
    assert kb.search("volta", QUESTION, allowed_sensitivities=AMBASSADOR)
