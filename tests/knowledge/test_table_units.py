"""Whole table rows: a table's notes reach every chunk of its rows, and HTML cells spanning
rows or columns give each row all of its values under named columns.

A table too long for one chunk (or set over two pages) keeps its notes under its last rows:
a row quoted from its first chunk keeps its mark (« Le Beffroi* ») and gets the note that
explains it, as does an empty cell the legend under the table. In HTML, a row header
spanning rows (a `<th>` grouping rows) names each of its rows, a value spanning columns
holds for each of them, and a key cell spanning both header rows and two columns leaves the
header's groups and sub-columns to be read as one row of names.
"""

from __future__ import annotations

from knowledge.chunking import chunk_sections
from knowledge.document import PARAGRAPH, TABLE, Block, Section
from knowledge.loaders import load
from knowledge.passages import unit_passages
from knowledge.retrieval import Hit
from knowledge.units import read_units

HEADER = ("Ville", "Salle", "Prix public", "Prix membre", "Durée")
NOTE = "* salle accessible en fauteuil roulant."
LEGEND = "Une case vide dans la colonne « Durée » veut dire que la durée est libre."


def _rows(n: int, marked: int) -> tuple[tuple[str, ...], ...]:
    rows = [
        (f"Ville {k}", f"Salle numéro {k}{'*' if k == marked else ''}", "23 €", "18 €", "")
        for k in range(n)
    ]
    return (HEADER, *rows)


def _chunks(*blocks: Block) -> list[str]:
    section = Section(text="", heading="Tarifs", page=None, blocks=blocks)
    return [c.text for c in chunk_sections([section], title="Guide")]


def test_a_long_tables_first_chunk_carries_the_notes_its_rows_call_for() -> None:
    table = Block(TABLE, "Prix par personne :", rows=_rows(40, marked=2))
    texts = _chunks(table, Block(PARAGRAPH, NOTE), Block(PARAGRAPH, LEGEND))
    first = next(t for t in texts if "Salle numéro 2*" in t)
    assert "Ville 39" not in first  # the table runs over several chunks
    assert NOTE in first and LEGEND in first
    # A chunk whose rows carry no mark gets the legend of empty cells only.
    middle = next(t for t in texts if "Salle numéro 20 " in t or "Salle numéro 20\n" in t)
    assert LEGEND in middle and (NOTE in middle) == ("Salle numéro 39" in middle)


def test_a_table_over_two_pages_lends_its_notes_to_its_first_page() -> None:
    first = Block(TABLE, rows=_rows(6, marked=3), page=1)
    second = Block(TABLE, rows=(HEADER, ("Lille", "Le Beffroi", "23 €", "18 €", "1 h")), page=2)
    pages = [
        Section(text="", heading="Tarifs", page=1, blocks=(first,)),
        Section(
            text="",
            heading="Tarifs",
            page=2,
            blocks=(Block(PARAGRAPH, "Tarifs (suite)", page=2), second, Block(PARAGRAPH, NOTE)),
        ),
    ]
    texts = [c.text for c in chunk_sections(pages, title="Guide")]
    assert NOTE in next(t for t in texts if "Salle numéro 3*" in t)


def test_the_row_quoted_from_the_first_chunk_comes_with_its_note() -> None:
    table = Block(TABLE, "Prix par personne :", rows=_rows(40, marked=2))
    text = next(t for t in _chunks(table, Block(PARAGRAPH, NOTE)) if "Salle numéro 2*" in t)
    hit = Hit("c", "tarifs.docx", "Guide › Tarifs", None, text, 1.0, "public", "1")
    words = ["numéro", "2"]

    def support(ws: object, body: str) -> float:
        return float(sum(w in body for w in ws))  # type: ignore[attr-defined]

    quoted = max(unit_passages(words, support, hit, 0), key=lambda p: p.score).text
    assert "Salle numéro 2*" in quoted and NOTE in quoted
    assert any(u.kind == TABLE for u in read_units(text))


PAGE = (
    "<html><body><h1>Niveaux</h1><h2>Avantages</h2><table><thead>"
    '<tr><th rowspan="2" colspan="2">Avantage</th><th colspan="3">Niveau</th></tr>'
    "<tr><th>Bronze</th><th>Argent</th><th>Or</th></tr></thead><tbody>"
    '<tr><th rowspan="2">Trajets</th><td>Minutes offertes</td><td>30</td><td>60</td>'
    "<td>120</td></tr>"
    '<tr><td>Déverrouillage</td><td>non</td><td colspan="2">oui</td></tr>'
    '<tr><th rowspan="2">Cadeaux</th><td>Anniversaire</td><td colspan="2">15 minutes</td>'
    "<td>un casque</td></tr>"
    '<tr><td>Bienvenue</td><td colspan="3">un tote bag</td></tr>'
    "</tbody></table></body></html>"
)


def test_html_row_groups_spanning_values_and_a_wide_key_over_two_header_rows() -> None:
    doc = load("niveaux.html", PAGE.encode())
    (table,) = [b for s in doc.sections for b in s.blocks if b.kind == TABLE]
    assert table.rows == (
        ("Avantage", "Avantage", "Niveau Bronze", "Niveau Argent", "Niveau Or"),
        ("Trajets", "Minutes offertes", "30", "60", "120"),
        ("Trajets", "Déverrouillage", "non", "oui", "oui"),
        ("Cadeaux", "Anniversaire", "15 minutes", "15 minutes", "un casque"),
        ("Cadeaux", "Bienvenue", "un tote bag", "un tote bag", "un tote bag"),
    )


CONTINUED = """# Charte

## 3. Délais de validation

| Contribution | Délai |
|---|---|
| Avis écrit | 72 h |

## 3. Délais de validation (suite)

| Contribution | Délai |
|---|---|
| Vidéo | 10 jours |

## 4. Vos données

Nous n'utilisons vos trajets que de façon agrégée.
"""


def test_a_heading_repeated_as_continued_goes_on_with_its_section() -> None:
    doc = load("charte.md", CONTINUED.encode())
    headings = [s.heading for s in doc.sections if any(b.kind == TABLE for b in s.blocks)]
    assert len(headings) == 2 and all(h.endswith("› 3. Délais de validation") for h in headings)
    assert doc.sections[-1].heading.endswith("› 4. Vos données")


def test_a_short_section_quoted_whole_leaves_out_notes_its_rows_do_not_call_for() -> None:
    table = Block(TABLE, "Prix par personne :", rows=_rows(3, marked=2))
    (text,) = _chunks(table, Block(PARAGRAPH, NOTE))
    hit = Hit("c", "tarifs.docx", "Guide › Tarifs", None, text, 1.0, "public", "1")

    def support(ws: object, body: str) -> float:
        return float(sum(w in body for w in ws))  # type: ignore[attr-defined]

    passages = unit_passages(["Ville 1"], support, hit, 0)
    assert any("Ville 1" in p.text for p in passages)
    rows = [p.text for p in passages if "Ville 1" in p.text]  # the note alone is a passage too
    assert rows and all(NOTE not in text for text in rows)
    marked = unit_passages(["Ville 2"], support, hit, 0)
    assert any("Salle numéro 2*" in p.text and NOTE in p.text for p in marked)
