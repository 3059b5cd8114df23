"""Issue 19, recall on structured documents: a source is a section, and the heading field
holds the section's own heading.

- The sections of one document are distinct sources: a document whose several sections
  answer fills the top 5 with them, while a long section cut into many chunks still
  gives at most two (`retrieval.PER_SECTION`).
- A question naming a section's own heading reaches that section, not the siblings of a
  parent heading that happens to share its other words (`index.own_heading`).
"""

from __future__ import annotations

from pathlib import Path

from knowledge.index import own_heading
from knowledge.retrieval import PER_SECTION
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}

LEVELS = """# Niveaux du programme

## Niveau Bronze

### Avantages du niveau Bronze

Le niveau Bronze donne une remise de 5 % sur les accessoires.

### Conditions du niveau Bronze

Le niveau Bronze est ouvert à tout ambassadeur inscrit.

## Niveau Argent

### Avantages du niveau Argent

Le niveau Argent donne une remise de 10 % sur les accessoires.

### Conditions du niveau Argent

Le niveau Argent demande 500 points sur douze mois.

## Niveau Or

### Avantages du niveau Or

Le niveau Or donne une remise de 15 % sur les accessoires.
"""

OTHER = """# Boutique

## Retours

Un accessoire peut être retourné sous trente jours.
"""


def test_i19_recall_sections_of_one_document_are_distinct_sources(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, {"niveaux.md": LEVELS, "boutique.md": OTHER})
    hits = kb.search(
        "c", "Quelle remise sur les accessoires à chaque niveau ?", allowed_sensitivities=PUBLIC
    )
    advantages = [h for h in hits if h.document == "niveaux.md" and "Avantages" in h.section]
    # Three sections of one document answer: all three are sources, not only two.
    assert len(advantages) == 3, [h.section for h in hits]


def test_i19_recall_a_long_section_gives_two_chunks_its_sibling_a_third(tmp_path: Path) -> None:
    paragraphs = "\n\n".join(
        f"Le parrainage numéro {i} rapporte des points au parrain et une remise au filleul, "
        + "selon les règles du programme et le barème en vigueur cette année. " * 6
        for i in range(12)
    )
    long_doc = (
        f"# Parrainage\n\n## Règles du parrainage\n\n{paragraphs}\n\n"
        "## Parrainage en magasin\n\nLe parrainage en magasin rapporte 100 points.\n"
    )
    kb = lexical_kb(tmp_path, {"parrainage.md": long_doc, "niveaux.md": LEVELS})
    rows = kb.indexes.get("c").rows
    assert sum(s.endswith("Règles du parrainage") for s in rows.sections) > PER_SECTION
    hits = kb.search("c", "Combien rapporte le parrainage ?", allowed_sensitivities=PUBLIC, k=5)
    assert sum(h.section.endswith("Règles du parrainage") for h in hits) == PER_SECTION
    # The document's other section is a source of its own.
    assert any(h.section.endswith("Parrainage en magasin") for h in hits), [h.section for h in hits]


ROADMAP = """# Feuille de route 2027

## Axe 2 : sortir de la métropole lilloise

### Constat

La moitié des ambassadeurs vit dans la métropole lilloise et les autres régions manquent
de relais.

### Actions prévues

Plus d'événements seront organisés hors de la métropole lilloise, grâce à des groupes
régionaux ouverts en septembre.

## Objectifs chiffrés

| Indicateur | 2025 | Cible 2027 |
| --- | --- | --- |
| Part des événements hors de la métropole lilloise | 50 % | 70 % |
| Ambassadeurs actifs | 1 210 | 2 000 |
"""


def test_i19_recall_own_heading_decides_between_sections(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, {"feuille_de_route.md": ROADMAP})
    hits = kb.search(
        "c",
        "Quels objectifs pour sortir de la métropole lilloise ?",
        allowed_sensitivities=PUBLIC,
    )
    assert hits[0].section.endswith("Objectifs chiffrés"), [h.section for h in hits]


def test_i19_recall_own_heading_is_the_last_part_of_the_path() -> None:
    assert own_heading("Niveaux › Niveau Or › Avantages") == "Avantages"
    assert own_heading("Questions fréquentes") == "Questions fréquentes"
