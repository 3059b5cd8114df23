"""Issue 19, recall: a question about one row of a table or one item of a list is scored
against that line alone too (`lexical.LineField`), not only against the whole chunk whose
other rows dilute its words."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from knowledge.base import KnowledgeBase
from knowledge.index import row_lines
from knowledge.lexical import LexicalIndex, LineField
from knowledge.text import index_terms

TABLE = (
    "Les points de chaque geste.\n"
    "Geste: Photo du potager partagée · Points: 10 · Plafond: 3 par mois\n"
    "Geste: Atelier semis animé · Points: 40 · Plafond: aucun\n"
    "Geste: Entraide sur le forum · Points: 5 · Plafond: 20 par mois\n"
    "Geste: Parrainage d'un voisin · Points: 60 · Plafond: aucun"
)
PROSE = "Le forum accueille les jardiniers : on y parle du forum, des semis et de l'entraide."


def _index(texts: list[str]) -> LexicalIndex:
    return LexicalIndex.build(
        [index_terms(t) for t in texts],
        [[] for _ in texts],
        [row_lines(t, "french") for t in texts],
    )


def test_the_row_holding_the_words_scores_its_chunk() -> None:
    index = _index([TABLE, PROSE])
    assert index.lines is not None
    best = index.lines.best_per_row(index_terms("entraide forum"))
    # The prose has one line: it is scored as a whole chunk only.
    assert best[0] > 0 and best[1] == 0


def test_a_line_counts_when_it_holds_two_of_the_words() -> None:
    index = _index([TABLE, PROSE])
    assert index.lines is not None
    # "parrainage" alone is in one row, with "voisin" too: only the pair counts.
    assert index.lines.best_per_row(index_terms("parrainage"))[0] == 0
    assert index.lines.best_per_row(index_terms("parrainage voisin"))[0] > 0


def test_a_chunk_of_one_line_has_no_lines() -> None:
    lines = LineField.build([[["seul", "mot"]], [["un", "mot"], ["deux", "mots"]]])
    assert lines.owners.tolist() == [1, 1]
    assert lines.best_per_row(["seul", "mot"]).tolist()[0] == 0.0
    assert lines.best_per_row(["un", "mot"]).tolist()[1] > 0


def test_lines_survive_a_save(tmp_path: Path) -> None:
    index = _index([TABLE, PROSE])
    index.save(tmp_path)
    loaded = LexicalIndex.load(tmp_path)
    assert loaded.lines is not None
    terms = index_terms("atelier semis")
    assert np.allclose(loaded.lines.best_per_row(terms), index.lines.best_per_row(terms))


GESTURES = [
    ("Photo du potager partagée", "10"),
    ("Atelier semis animé", "40"),
    ("Entraide sur le forum", "5"),
    ("Parrainage d'un voisin", "60"),
    ("Récolte donnée à la banque alimentaire", "30"),
    ("Compost collectif entretenu", "25"),
    ("Article pour la gazette", "20"),
    ("Visite guidée d'un jardin", "35"),
    ("Troc de graines organisé", "15"),
    ("Nichoir installé et photographié", "10"),
]
FORUM_TOPICS = ["Règles", "Modération", "Bienvenue", "Sujets", "Entraide", "Signalements"]


def test_a_row_question_reaches_its_table(tmp_path: Path) -> None:
    """Every forum section holds the question's words once; the table holds them in one
    row among ten, which only the row's own score brings into the top 5."""
    docs = tmp_path / "docs"
    docs.mkdir()
    rows = "\n".join(f"| {g} | {p} |" for g, p in GESTURES)
    (docs / "bareme.md").write_text(
        "# Barème\n\n## Ce que vaut chaque geste\n\n| Geste | Points |\n| --- | --- |\n"
        + rows
        + "\n",
        encoding="utf-8",
    )
    body = "\n\n".join(
        f"## {t}\n\nSur le forum, {t.lower()} : l'entraide entre jardiniers compte. Il est "
        "ouvert à tous les membres inscrits, et leurs points y sont affichés."
        for t in FORUM_TOPICS
    )
    (docs / "forum.md").write_text("# Le forum\n\n" + body + "\n", encoding="utf-8")
    kb = KnowledgeBase(tmp_path / "kb", sentence_encoder=False)
    kb.ingest_paths("potagers", [docs], default_sensitivity="public")
    hits = kb.search(
        "potagers",
        "combien de points pour l'entraide sur le forum ?",
        allowed_sensitivities={"public"},
    )
    assert any(h.section.endswith("Ce que vaut chaque geste") for h in hits[:5])


def test_only_items_and_rows_are_lines() -> None:
    assert row_lines("Un premier paragraphe.\nUn second paragraphe.", "french") == []
    assert len(row_lines("Il faut :\n- un carnet\n- un crayon", "french")) == 2
    assert len(row_lines("Geste: Semis · Points: 40\nGeste: Troc · Points: 15", "french")) == 2
