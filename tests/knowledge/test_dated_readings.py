"""Readerships that depend on the day are read again when their day comes.

A head is read "as of today" at ingestion (an embargo, a readership window, an approved
release): the stored level is only true until the next date the head writes. Then the
file is read again as it was ingested (`KnowledgeBase.reread_due`); a public document that
cannot be (a chat upload) is withheld, internal with the reason `review`; and a question
never gets a passage of a public document whose day has passed before it is read again.
Levels set by hand stand. "Today" is the knowledge base's `clock`, never the wall's.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date
from pathlib import Path

import pytest

from knowledge import review_guard
from knowledge.base import KnowledgeBase
from knowledge.catalog import Catalog, DocumentInfo, catalog_path
from knowledge.ingest_report import RECLASSIFIED, UNCHANGED

IN_WINDOW, AFTER_WINDOW = date(2026, 12, 7), date(2026, 12, 16)
WINDOW = (
    "Diffusion : tous les ambassadeurs (du 1er au 15 décembre 2026)\n\n"
    "# Calendrier de l'avent\n\nChaque porte ouverte du calendrier rapporte 20 points.\n"
)
EMBARGO = (
    "Embargo jusqu'au 10 décembre 2026, ensuite diffusion à tous les ambassadeurs\n\n"
    "# Gamme hivernale\n\nLa gamme hivernale sort avec trois parfums de bougies.\n"
)
ASKED = "combien de points rapporte une porte du calendrier"


def _kb(tmp_path: Path, today: date) -> KnowledgeBase:
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False, word_vectors=False)
    kb.clock = lambda: today
    return kb


def _folder(tmp_path: Path, files: dict[str, str]) -> Path:
    folder = tmp_path / "docs"
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def _found(kb: KnowledgeBase) -> list[str]:
    hits = kb.search("c", ASKED, allowed_sensitivities={"public"})
    return sorted({hit.document for hit in hits})


def _doc(kb: KnowledgeBase, name: str) -> DocumentInfo:
    return next(d for d in kb.documents("c") if d.name == name)


def test_a_window_that_closed_is_not_found_and_reads_internal_once_read_again(
    tmp_path: Path,
) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    kb.ingest_paths("c", [_folder(tmp_path, {"avent.md": WINDOW})])
    doc = _doc(kb, "avent.md")
    assert (doc.sensitivity, doc.review_on, doc.rel_path) == ("public", "2026-12-15", "avent.md")
    assert _found(kb) == ["avent.md"]
    kb.clock = lambda: AFTER_WINDOW
    assert _found(kb) == []  # withheld at the question, before any re-read
    assert (_doc(kb, "avent.md").sensitivity, _doc(kb, "avent.md").reason) == ("internal", "review")
    [result] = kb.reread_due("c")
    assert (result.sensitivity, result.reason) == ("internal", "marker")
    again = _doc(kb, "avent.md")
    assert (again.sensitivity, again.reason, again.review_on) == ("internal", "marker", None)
    assert kb.reread_due("c") == []  # nothing is due any more


def test_an_embargo_that_ended_reads_public_once_read_again(tmp_path: Path) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    kb.ingest_paths("c", [_folder(tmp_path, {"hiver.md": EMBARGO})])
    assert _doc(kb, "hiver.md").sensitivity == "confidential"
    kb.clock = lambda: date(2026, 12, 11)
    [result] = kb.reread_due("c")
    assert (result.status, result.sensitivity, result.reason) == (RECLASSIFIED, "public", "marker")
    hits = kb.search("c", "parfums de la gamme hivernale", allowed_sensitivities={"public"})
    assert {hit.document for hit in hits} == {"hiver.md"}


def test_the_re_read_keeps_the_folder_rule_and_the_option_it_was_ingested_with(
    tmp_path: Path,
) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    folder = _folder(tmp_path, {"equipe/hiver.md": EMBARGO, "presse/hiver2.md": EMBARGO})
    rules = {"equipe": "internal"}
    kb.ingest_paths("c", [folder / "equipe"], folder_rules=rules)  # rel path: hiver.md
    kb.ingest_paths("c", [folder], folder_rules=rules, sensitivity="internal")
    docs = {d.name: d for d in kb.documents("c")}
    assert (docs["hiver.md"].rel_path, docs["hiver.md"].option) == ("equipe/hiver.md", "internal")
    assert (docs["hiver2.md"].rel_path, docs["hiver2.md"].option) == (
        "presse/hiver2.md",
        "internal",
    )
    results = {r.name: r for r in kb.reread_due("c", folder_rules=rules, today=date(2026, 12, 11))}
    assert (results["hiver.md"].sensitivity, results["hiver.md"].reason) == ("internal", "folder")
    assert (results["hiver2.md"].sensitivity, results["hiver2.md"].reason) == ("internal", "option")


def test_a_chat_upload_whose_day_came_is_withheld(tmp_path: Path) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    assert kb.ingest_bytes("c", "avent.md", WINDOW.encode()).sensitivity == "public"
    kb.clock = lambda: AFTER_WINDOW
    [result] = kb.reread_due("c")
    assert (result.sensitivity, result.reason, result.reason_detail) == (
        "internal",
        "review",
        "2026-12-15",
    )
    doc = _doc(kb, "avent.md")
    assert (doc.sensitivity, doc.reason) == ("internal", "review")
    assert _found(kb) == []
    assert kb.reread_due("c") == []  # withheld already: nothing more a re-read can do
    # Sent again, it is read again as of its day.
    assert kb.ingest_bytes("c", "avent.md", WINDOW.encode()).reason == "marker"


def test_a_file_gone_is_withheld_too(tmp_path: Path) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    folder = _folder(tmp_path, {"avent.md": WINDOW})
    kb.ingest_paths("c", [folder])
    (folder / "avent.md").unlink()
    [result] = kb.reread_due("c", today=AFTER_WINDOW)
    assert (result.sensitivity, result.reason) == ("internal", "review")


def test_a_level_set_by_hand_stands_whatever_the_day(tmp_path: Path) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    kb.ingest_paths("c", [_folder(tmp_path, {"avent.md": WINDOW})])
    kb.set_sensitivity("c", "avent.md", "public")
    kb.clock = lambda: AFTER_WINDOW
    assert _found(kb) == ["avent.md"]
    assert kb.reread_due("c") == []
    assert (_doc(kb, "avent.md").sensitivity, _doc(kb, "avent.md").reason) == ("public", "manual")


def test_the_unchanged_shortcut_does_not_apply_to_a_due_document(tmp_path: Path) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    folder = _folder(tmp_path, {"avent.md": WINDOW})
    kb.ingest_paths("c", [folder])
    kb.clock = lambda: date(2026, 12, 8)  # not due yet: taken as unchanged
    [same] = kb.ingest_paths("c", [folder]).files
    assert (same.status, same.sensitivity) == (UNCHANGED, "public")
    kb.clock = lambda: AFTER_WINDOW  # a plain re-run of ingest reads it again
    [again] = kb.ingest_paths("c", [folder]).files
    assert (again.status, again.sensitivity, again.reason) == (RECLASSIFIED, "internal", "marker")


def test_a_question_looks_for_due_documents_only_when_the_catalog_changed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    kb = _kb(tmp_path, IN_WINDOW)
    kb.ingest_paths("c", [_folder(tmp_path, {"avent.md": WINDOW})])
    assert _found(kb) == ["avent.md"]
    reads: list[int] = []
    earliest = review_guard.earliest_public_review

    def counted(documents: Iterable[DocumentInfo]) -> date | None:
        reads.append(1)
        return earliest(documents)

    monkeypatch.setattr(review_guard, "earliest_public_review", counted)
    for _ in range(3):
        assert _found(kb) == ["avent.md"]
    assert reads == []  # the first review day is known: the catalog is not read per question
    kb.clock = lambda: AFTER_WINDOW
    assert _found(kb) == []
    assert reads == []  # the known day has come: withheld without reading the day again
    assert _found(kb) == [] and _found(kb) == []
    assert reads == [1]  # the catalog changed when it was withheld: read once, then known


def test_an_old_catalog_without_review_days_loads_unchanged(tmp_path: Path) -> None:
    path = catalog_path(tmp_path / "kb", "c")
    path.parent.mkdir(parents=True)
    old = {
        "doc_id": "abc",
        "name": "kit.md",
        "source": "/docs/kit.md",
        "sha256": "0" * 64,
        "sensitivity": "public",
        "chunks": 1,
        "pages": 1,
        "ingested_at": "2026-11-01T10:00:00+00:00",
        "reason": "marker",
        "classifier": 29,
    }
    path.write_text(json.dumps({"generation": 3, "documents": [old]}), encoding="utf-8")
    doc = Catalog.load(path).documents["abc"]
    assert (doc.review_on, doc.rel_path, doc.option, doc.sensitivity) == (
        None,
        None,
        None,
        "public",
    )
    kb = _kb(tmp_path, AFTER_WINDOW)
    assert kb.reread_due("c") == []  # no review day: nothing is due
