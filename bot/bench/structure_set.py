"""A structure set read from a folder: `docs/` and `questions.jsonl` (see
`tests/knowledge/data/structure/README.md` for the fields).

`ambassade bench retrieval --only structure --structure-dir PATH` measures another set of
the same shape; a folder that is not one is told plainly, never half-measured.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

FIELDS = ("id", "question", "gold_doc", "gold_section", "unit", "gold")


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
    questions: list[dict] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            questions.append(_question(line, path, number, names))
    if not questions:
        raise StructureSetError("empty", {"path": path})
    return questions


def _question(line: str, path: Path, number: int, names: set[str]) -> dict:
    where = {"path": path, "line": number}
    try:
        question = json.loads(line)
    except json.JSONDecodeError as exc:
        raise StructureSetError("bad_json", {**where, "reason": exc.msg}) from exc
    if not isinstance(question, dict):
        raise StructureSetError("bad_json", {**where, "reason": "not an object"})
    missing = [f for f in FIELDS if f not in question]
    if missing:
        raise StructureSetError("missing_fields", {**where, "fields": ", ".join(missing)})
    gold = question["gold"]
    if not isinstance(gold, list) or not gold or not all(isinstance(g, str) for g in gold):
        raise StructureSetError("bad_gold", where)
    if question["gold_doc"] not in names:
        raise StructureSetError("unknown_doc", {**where, "name": question["gold_doc"]})
    return question
