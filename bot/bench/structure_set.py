"""A structure set read from a folder: `docs/` and `questions.jsonl` (see
`tests/knowledge/data/structure/README.md` for the fields), and optionally
`unanswerable.jsonl`: questions about the same documents that they do not answer
(`id`, `question`, `lang`), which the bot should abstain on.

`ambassade bench retrieval --only structure --structure-dir PATH` measures another set of
the same shape; a folder that is not one is told plainly, never half-measured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("id", "question", "gold_doc", "gold_section", "unit", "gold")
UNANSWERABLE_FIELDS = ("id", "question")
UNANSWERABLE = "unanswerable.jsonl"


@dataclass(slots=True)
class StructureSetError(Exception):
    """Why a folder is not a structure set: a `clibench.structure_<key>` text and its values."""

    key: str
    values: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        return f"{self.key}: {self.values}"


def load_structure_set(folder: Path) -> list[dict]:
    """The questions of the set in `folder`, checked against its documents."""
    if not folder.is_dir():
        raise StructureSetError("missing", {"path": folder})
    docs = folder / "docs"
    names = {p.name for p in docs.iterdir() if p.is_file()} if docs.is_dir() else set()
    if not names:
        raise StructureSetError("no_docs", {"path": docs})
    path = folder / "questions.jsonl"
    if not path.is_file():
        raise StructureSetError("no_questions", {"path": path})
    questions = [_question(line, path, n, names) for n, line in _lines(path)]
    if not questions:
        raise StructureSetError("empty", {"path": path})
    return questions


def load_unanswerable(folder: Path) -> list[dict]:
    """The set's unanswerable questions (none when it has no `unanswerable.jsonl`)."""
    path = folder / UNANSWERABLE
    if not path.is_file():
        return []
    return [_object(line, path, n, UNANSWERABLE_FIELDS) for n, line in _lines(path)]


def _lines(path: Path) -> list[tuple[int, str]]:
    with path.open(encoding="utf-8") as handle:
        return [(n, line) for n, line in enumerate(handle, start=1) if line.strip()]


def _question(line: str, path: Path, number: int, names: set[str]) -> dict:
    where = {"path": path, "line": number}
    question = _object(line, path, number, FIELDS)
    gold = question["gold"]
    if not isinstance(gold, list) or not gold or not all(isinstance(g, str) for g in gold):
        raise StructureSetError("bad_gold", where)
    if question["gold_doc"] not in names:
        raise StructureSetError("unknown_doc", {**where, "name": question["gold_doc"]})
    return question


def _object(line: str, path: Path, number: int, fields: tuple[str, ...]) -> dict:
    """One JSON object with `fields`."""
    where = {"path": path, "line": number}
    try:
        found = json.loads(line)
    except json.JSONDecodeError as exc:
        raise StructureSetError("bad_json", {**where, "reason": exc.msg}) from exc
    if not isinstance(found, dict):
        raise StructureSetError("bad_json", {**where, "reason": "not an object"})
    missing = [f for f in fields if f not in found]
    if missing:
        raise StructureSetError("missing_fields", {**where, "fields": ", ".join(missing)})
    return found
