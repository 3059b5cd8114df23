"""Issue 19 item 2: chunks follow the structure and carry their heading path and page."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.chunking import MAX_WORDS, chunk_sections
from knowledge.document import LIST, PARAGRAPH, TABLE, Block, Section
from knowledge.loaders import load
from knowledge.units import read_units
from tests.knowledge.test_i19_1_structure import make_structured_pdf

INTRO = "Les motifs d'exclusion définitive sont :"


def _section(*blocks: Block, heading: str = "7. Exclusion", page: int | None = None) -> Section:
    return Section(text="", heading=heading, page=page, blocks=blocks)


def test_i19_2_a_list_stays_with_its_introduction_and_the_heading_path() -> None:
    filler = Block(PARAGRAPH, text=" ".join(["Le programme accueille les cyclistes."] * 25))
    rules = Block(LIST, text=INTRO, items=("la fraude", "la revente", "les propos injurieux"))
    chunks = chunk_sections([_section(filler, rules)], title="Charte")
    holding = [c for c in chunks if "la fraude" in c.text]
    assert len(holding) == 1
    assert INTRO in holding[0].text and "les propos injurieux" in holding[0].text
    assert all(c.heading == "Charte › 7. Exclusion" for c in chunks)
    assert holding[0].kind.split(",")[-1] == LIST


def test_i19_2_a_long_list_is_split_by_items_each_part_with_its_introduction() -> None:
    items = tuple(f"article numéro {n} du règlement intérieur des ambassadeurs" for n in range(80))
    chunks = chunk_sections([_section(Block(LIST, text=INTRO, items=items))])
    assert len(chunks) > 1
    assert all(c.text.startswith(INTRO) for c in chunks)
    assert all(len(c.text.split()) <= MAX_WORDS for c in chunks)
    found = [u for c in chunks for u in read_units(c.text)]
    assert sum(len(u.items) for u in found) == len(items)


def test_i19_2_a_long_paragraph_is_cut_between_sentences() -> None:
    sentence = (
        "Le niveau est recalculé chaque trimestre d'après les points des douze derniers mois."
    )
    chunks = chunk_sections([_section(Block(PARAGRAPH, text=" ".join([sentence] * 40)))])
    assert len(chunks) > 1
    assert all(c.text.endswith(".") for c in chunks)


def test_i19_2_table_rows_read_as_column_value_sentences_and_back() -> None:
    table = Block(
        TABLE,
        text="Le barème est le suivant :",
        rows=(("Action", "Points"), ("Essai accueilli", "50"), ("Parrainage", "300")),
    )
    (chunk,) = chunk_sections([_section(table, heading="Barème")])
    assert "Action: Essai accueilli · Points: 50" in chunk.text
    (unit,) = read_units(chunk.text)
    assert unit.kind == TABLE and unit.intro == "Le barème est le suivant :"
    assert unit.header == ("Action", "Points") and len(unit.items) == 2


def test_i19_2_chunks_carry_page_heading_path_and_kind_in_the_store(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    make_structured_pdf(docs / "guide.pdf", outline=False)
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    rows = kb.indexes.get("acme").rows
    by_heading = {r.section: r for r in rows}
    kit = by_heading["Guide d'accueil › 1. Bienvenue › 1.1 Le kit"]
    assert kit.page == 1 and kit.text.startswith("Le kit de bienvenue contient :")
    training = by_heading["Guide d'accueil › 2. Les formations"]
    assert training.page == 2
    stored = kb.indexes.vector_store().all("acme", kb.offline.name)
    kinds = {c.metadata["heading"]: c.metadata["kind"] for c in stored[0]}
    assert kinds["Guide d'accueil › 1. Bienvenue › 1.1 Le kit"] == "list"
    assert kinds["Guide d'accueil › 2. Les formations"] == "table,paragraph"


def test_i19_2_a_heading_is_never_a_chunk_of_its_own() -> None:
    text = "# Guide\n\n## Partie\n\n### Sous-partie\n\nLe premier paragraphe de la sous-partie.\n"
    doc = load("guide.md", text.encode())
    chunks = chunk_sections(doc.sections, doc.title)
    assert [(c.heading, c.text) for c in chunks] == [
        ("Guide › Partie › Sous-partie", "Le premier paragraphe de la sous-partie.")
    ]
