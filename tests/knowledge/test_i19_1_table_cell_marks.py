"""Issue 19 item 1: a table cell holding a colon or a " · " keeps its text and its column
when its row is written as "column: value" pairs and read back (a column named "Exemple :
atelier", a level written "2 · Bourgeon")."""

from __future__ import annotations

from knowledge.document import TABLE, Block
from knowledge.passages import quote_text
from knowledge.units import compact_table, parse_row, read_units, render, row_line


def _table(header: tuple[str, ...], *rows: tuple[str, ...]) -> Block:
    return Block(TABLE, "Le barème des ateliers :", rows=(header, *rows))


def test_a_colon_in_a_column_name_stays_in_the_column() -> None:
    line = row_line(("Palier", "Exemple : atelier"), ("Argent", "80 points"))
    assert parse_row(line) == (("Palier", "Exemple : atelier"), ("Argent", "80 points"))


def test_a_colon_in_a_value_stays_in_the_value() -> None:
    line = row_line(("Palier", "Remise"), ("Or", "boutique: 15 %"))
    assert parse_row(line) == (("Palier", "Remise"), ("Or", "boutique : 15 %"))


def test_a_middle_dot_in_a_cell_is_kept() -> None:
    line = row_line(("Niveau", "Points"), ("2 · Bourgeon", "300 à 799"))
    assert parse_row(line) == (("Niveau", "Points"), ("2 · Bourgeon", "300 à 799"))


def test_the_quoted_row_shows_every_cell_as_written() -> None:
    block = _table(
        ("Niveau", "Exemple : atelier"), ("1 · Semis", "40 points"), ("2 · Bourgeon", "60 points")
    )
    (unit,) = read_units("\n".join(render(block)))
    assert unit.header == ("Niveau", "Exemple : atelier")
    quoted = quote_text(unit, [unit.items[1]])
    assert "Exemple : atelier" in quoted
    assert "2 · Bourgeon | 60 points" in quoted
    assert compact_table(unit, list(unit.items)).splitlines()[1] == "| 1 · Semis | 40 points |"


def test_prose_with_spaced_colons_and_dots_is_no_row() -> None:
    assert parse_row("Horaires : du lundi au vendredi · Lieu : la halle") is None
    assert parse_row("Semis · Bourgeon · Floraison") is None
    assert parse_row("Note: voir plus bas · merci") is None
