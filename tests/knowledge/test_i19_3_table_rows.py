"""Issue 19 item 3: a question whose answer is one row of a table gets that row quoted
with the table's header, whatever the format the table came in (DOCX, HTML, plain text,
PDF columns are in test_i19_1), and in English over a French table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from knowledge.base import KnowledgeBase

PUBLIC = {"public"}
HEADER = ("Palier", "Points requis", "Remise boutique")
ROWS = (
    ("Bronze", "100 points", "5 %"),
    ("Argent", "500 points", "10 %"),
    ("Or", "1 500 points", "15 %"),
)
INTRO = "Les paliers du programme se calculent sur douze mois glissants."
OTHER = "Les ateliers de brassage ont lieu le premier samedi du mois à la brasserie."
_QUOTE = re.compile(r"(?:« (.*?) »|“(.*?)”) \[(\d+)\]", re.DOTALL)


def _first_quote(text: str) -> str:
    french, english, _ = _QUOTE.findall(text)[0]
    return french or english


def _docx(path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_heading("Programme Houblon", level=1)
    document.add_heading("Ateliers", level=2)
    document.add_paragraph(OTHER)
    document.add_heading("Paliers et remises", level=2)
    document.add_paragraph(INTRO)
    table = document.add_table(rows=1 + len(ROWS), cols=len(HEADER))
    for j, cell in enumerate(HEADER):
        table.cell(0, j).text = cell
    for i, row in enumerate(ROWS, start=1):
        for j, cell in enumerate(row):
            table.cell(i, j).text = cell
    document.save(str(path))


def _html(path: Path) -> None:
    head = "".join(f"<th>{c}</th>" for c in HEADER)
    body = "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in ROWS)
    path.write_text(
        f"<html><head><title>Programme Houblon</title></head><body><h1>Programme Houblon</h1>"
        f"<h2>Ateliers</h2><p>{OTHER}</p><h2>Paliers et remises</h2><p>{INTRO}</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></body></html>",
        encoding="utf-8",
    )


def _text(path: Path) -> None:
    lines = ["| " + " | ".join(HEADER) + " |", "|---|---|---|"]
    lines += ["| " + " | ".join(row) + " |" for row in ROWS]
    path.write_text(
        "Programme Houblon\n\n1. Ateliers\n\n"
        + OTHER
        + "\n\n2. Paliers et remises\n\n"
        + INTRO
        + "\n\n"
        + "\n".join(lines)
        + "\n",
        encoding="utf-8",
    )


@pytest.mark.parametrize(
    ("name", "write"),
    [("programme.docx", _docx), ("programme.html", _html), ("programme.txt", _text)],
)
def test_i19_3_one_row_is_quoted_with_its_header_in_every_format(
    kb: KnowledgeBase, tmp_path: Path, name: str, write: object
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    write(docs / name)  # type: ignore[operator]
    kb.ingest_paths("houblon", [docs], default_sensitivity="public")
    answer = kb.answer(
        "houblon", "Quelle remise en boutique au palier Argent ?", allowed_sensitivities=PUBLIC
    )
    assert answer.answered, answer.text
    first = _first_quote(answer.text)
    lines = first.splitlines()
    assert "| " + " | ".join(HEADER) + " |" in lines, first
    assert "| Argent | 500 points | 10 % |" in lines, first
    assert not any("Bronze" in line or "| 15 %" in line for line in lines), first
    assert answer.sources[0].section.endswith("Paliers et remises")


def test_i19_3_an_english_question_gets_the_french_row_with_its_header(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    _html(docs / "programme.html")
    kb.ingest_paths("houblon", [docs], default_sensitivity="public")
    answer = kb.answer(
        "houblon",
        "How many points do I need for the Argent tier?",
        allowed_sensitivities=PUBLIC,
        lang="en",
    )
    assert answer.answered, answer.text
    first = _first_quote(answer.text)
    # The header, then the row (the short section's sentence may stand before them).
    assert first.splitlines()[-2:] == [
        "| " + " | ".join(HEADER) + " |",
        "| Argent | 500 points | 10 % |",
    ], first
