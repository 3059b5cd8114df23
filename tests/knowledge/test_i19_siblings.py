"""A hit's section siblings: quotable like hits, never past the role check."""

from __future__ import annotations

from pathlib import Path

from knowledge.access import sensitivities_for_role
from knowledge.base import KnowledgeBase
from knowledge.retrieval import Hit
from knowledge.siblings import section_siblings

AMBASSADOR = sensitivities_for_role("ambassador")
CM = sensitivities_for_role("community_manager")
FILLER = " ".join(
    f"La donnée {n} sert au suivi du compte et au calcul des points de l'ambassadeur."
    for n in range(30)
)
DOCUMENT = f"""# Politique des données

## Données collectées

{FILLER}

Catégorie | Usage | Durée
--- | --- | ---
Localisation | proposer des essais à proximité | jusqu'à la fin du programme
Identité | gestion du compte | trois ans

## Vos droits

Vous pouvez demander l'effacement de vos données à tout moment.
"""


def _section_rows(kb: KnowledgeBase) -> list[int]:
    index = kb.indexes.get("volta")
    return [i for i, s in enumerate(index.rows.sections) if s.endswith("Données collectées")]


def _first_hit(kb: KnowledgeBase, row: int) -> Hit:
    return Hit.of_row(kb.indexes.get("volta").rows[row], 1.0)


def _ingest(kb: KnowledgeBase, tmp_path: Path) -> list[int]:
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "donnees.md").write_text(DOCUMENT, encoding="utf-8")
    kb.ingest_paths("volta", [folder], default_sensitivity="public")
    rows = _section_rows(kb)
    assert len(rows) >= 2  # the section is cut in several chunks
    return rows


def test_siblings_are_the_other_chunks_of_the_section(kb: KnowledgeBase, tmp_path: Path) -> None:
    rows = _ingest(kb, tmp_path)
    index = kb.indexes.get("volta")
    found = section_siblings(index, [_first_hit(kb, rows[0])], "volta", AMBASSADOR)
    assert {h.chunk_id for h in found} == {index.rows[r].chunk_id for r in rows[1:2]}
    assert all(h.section.endswith("Données collectées") for h in found)


def test_sibling_of_another_sensitivity_is_never_quoted(kb: KnowledgeBase, tmp_path: Path) -> None:
    rows = _ingest(kb, tmp_path)
    index = kb.indexes.get("volta")
    table = next(r for r in rows if "Localisation" in index.rows.text(r))
    index.rows.columns["sensitivity"][table] = "confidential"
    index.sensitivity[table] = "confidential"
    assert table - 1 in rows  # the chunk before the table is of its section
    first = _first_hit(kb, table - 1)
    assert index.rows[table].chunk_id not in {
        h.chunk_id for h in section_siblings(index, [first], "volta", AMBASSADOR)
    }
    assert index.rows[table].chunk_id in {
        h.chunk_id for h in section_siblings(index, [first], "volta", CM)
    }
    question = "Quelle est la durée pour la localisation ?"
    answer = kb.answer("volta", question, allowed_sensitivities=AMBASSADOR)
    assert "fin du programme" not in answer.text
    assert all(s.sensitivity == "public" for s in [*answer.sources, *answer.candidates])
    assert "fin du programme" in kb.answer("volta", question, allowed_sensitivities=CM).text
