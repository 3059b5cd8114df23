"""Answers collected elsewhere (a form, a spreadsheet): `.jsonl` or `.csv` files.

A `.jsonl` file has one object per line: `{"id", "participant", "question", "answer"}`
(optional `"kind"`: text, scale or choice). A `.csv` file has the same columns in a header
row; its dialect (comma, semicolon, tab…) is sniffed. Any problem raises
`AnswersFileError` with a message key of `prompts/clisynthesis_*.yaml` and the line.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from bot.synthesis.model import ANSWER_KINDS, Answer

COLUMNS = ("id", "participant", "question", "answer")
SNIFF_BYTES = 8192


class AnswersFileError(ValueError):
    """`key` names the message in `clisynthesis.file.*`; `values` fill it."""

    def __init__(self, key: str, **values: Any) -> None:
        super().__init__(f"{key}: {values}")
        self.key = key
        self.values = values


def read_answers(path: Path) -> list[Answer]:
    suffix = path.suffix.lower()
    if suffix not in (".jsonl", ".csv"):
        raise AnswersFileError("bad_suffix", path=str(path))
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise AnswersFileError(
            "unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    try:
        content = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise AnswersFileError("not_utf8", path=str(path), line=line) from None
    answers = _jsonl(content) if suffix == ".jsonl" else _csv(content)
    if not answers:
        raise AnswersFileError("empty", path=str(path))
    return answers


def _answer(record: dict[str, Any], line: int, seen: set[str]) -> Answer:
    missing = [c for c in COLUMNS if c not in record or record[c] is None]
    if missing:
        raise AnswersFileError("missing_fields", line=line, fields=", ".join(missing))
    values = {c: record[c] for c in COLUMNS}
    for name, value in values.items():
        if isinstance(value, (dict, list)):
            raise AnswersFileError("bad_value", line=line, field=name)
        values[name] = str(value).strip() if name != "answer" else str(value)
    for name in ("id", "participant", "question"):
        if not values[name]:
            raise AnswersFileError("empty_field", line=line, field=name)
    if values["id"] in seen:
        raise AnswersFileError("duplicate_id", line=line, id=values["id"])
    seen.add(values["id"])
    kind = str(record.get("kind") or "text").strip().lower()
    if kind not in ANSWER_KINDS:
        raise AnswersFileError("bad_kind", line=line, value=kind, kinds=", ".join(ANSWER_KINDS))
    return Answer(values["id"], values["participant"], values["question"], values["answer"], kind)


def _jsonl(content: str) -> list[Answer]:
    answers: list[Answer] = []
    seen: set[str] = set()
    for number, line in enumerate(content.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise AnswersFileError("bad_json", line=number, reason=exc.msg) from None
        if not isinstance(record, dict):
            raise AnswersFileError("not_object", line=number)
        answers.append(_answer(record, number, seen))
    return answers


def _csv(content: str) -> list[Answer]:
    sample = content[:SNIFF_BYTES]
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(content.splitlines(keepends=True), dialect)
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        raise AnswersFileError("bad_csv", line=1, reason=str(exc)) from None
    names = [h.strip().lower() for h in header]
    missing = [c for c in COLUMNS if c not in names]
    if missing:
        raise AnswersFileError(
            "missing_columns", line=1, columns=", ".join(missing), found=", ".join(names)
        )
    answers: list[Answer] = []
    seen: set[str] = set()
    try:
        for row in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in row):
                continue
            if len(row) != len(names):
                raise AnswersFileError("bad_row", line=line, count=len(row), expected=len(names))
            answers.append(_answer(dict(zip(names, row, strict=True)), line, seen))
    except csv.Error as exc:
        raise AnswersFileError("bad_csv", line=reader.line_num, reason=str(exc)) from None
    return answers


def read_objectives(path: Path) -> list[str]:
    """One objective per line; blank lines and lines starting with # are skipped."""
    try:
        content = path.read_text(encoding="utf-8-sig")
    except OSError as exc:
        raise AnswersFileError(
            "unreadable", path=str(path), reason=exc.strerror or str(exc)
        ) from None
    except UnicodeDecodeError:
        raise AnswersFileError("objectives_not_utf8", path=str(path)) from None
    lines = [line.strip().lstrip("-•* ").strip() for line in content.splitlines()]
    return [line for line in lines if line and not line.startswith("#")]
