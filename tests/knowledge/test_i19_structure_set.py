"""Issue 19: the blind structure set, and the measures `bench retrieval --only structure` uses."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from bot.bench.retrieval_structure import DATA, run_structure, section_matches, whole_unit
from knowledge.chunking import chunk_sections
from knowledge.document import clean_file_title
from knowledge.faq import split_faqs
from knowledge.loaders import load

DEV3 = DATA.parent / "structure_dev3"


@pytest.mark.parametrize("data", [DATA, DEV3], ids=["dev", "dev3"])
def test_i19_structure_set_every_gold_section_is_a_heading_path_the_loaders_find(data) -> None:
    questions = [json.loads(line) for line in (data / "questions.jsonl").open(encoding="utf-8")]
    assert len(questions) == 80
    documents = sorted(p for p in (data / "docs").iterdir() if p.is_file())
    assert len(documents) == 12
    assert {p.suffix for p in documents} == {".txt", ".md", ".pdf", ".docx", ".html"}
    headings: dict[str, set[str]] = {}
    for path in documents:
        doc = load(path.name, path.read_bytes())
        chunks = chunk_sections(split_faqs(doc.sections), doc.title or clean_file_title(path.name))
        headings[path.name] = {c.heading for c in chunks}
    missing = [
        (q["id"], q["gold_section"])
        for q in questions
        if not any(section_matches(h, q["gold_section"]) for h in headings[q["gold_doc"]])
    ]
    assert missing == []


def test_i19_structure_measures_match_paths_from_the_end_and_whole_fragments() -> None:
    assert section_matches("Charte › 2. Qui › 2.1 Conditions", "2. Qui › 2.1 Conditions")
    assert not section_matches("Charte › 2.1 Conditions", "2. Qui › 2.1 Conditions")
    assert not section_matches("Charte › 2. Qui", "2. Qui › 2.1 Conditions")
    answer = "« Ce qu’il faut\n éviter :\n- les   posts » [1]"
    assert whole_unit(answer, ["Ce qu'il faut éviter", "les posts"])
    assert not whole_unit(answer, ["Ce qu'il faut éviter", "les stories"])


def test_a_gold_fragment_written_in_source_form_is_compared_as_a_reader_sees_it() -> None:
    quoted_row = "Calendrier :\n| Mois | Ville |\n| Février | Lyon |"
    assert whole_unit(quoted_row, ["Février    Lyon"])
    assert whole_unit(quoted_row, ["<td>Février</td><td>Lyon</td>"])
    assert whole_unit("Le casque &amp; les gants", ["<li>Le casque &amp; les gants</li>"])
    assert not whole_unit(quoted_row, ["<td>Mars</td><td>Lyon</td>"])


def test_i19_a_headings_own_numbering_is_not_part_of_its_name() -> None:
    path = "Charte › 2. Qui peut devenir ambassadeur › 2.1 Conditions d'éligibilité"
    assert section_matches(path, "Qui peut devenir ambassadeur › Conditions d'éligibilité")
    assert section_matches("II. Les niveaux", "Les niveaux")
    assert section_matches("B) Avantages", "Avantages")
    assert section_matches("Article 3 : Durée", "3. Durée")
    # Words that only look like numbering stay: a year, "A propos", a count inside a title.
    assert not section_matches("2027 objectifs", "objectifs")
    assert not section_matches("A propos", "propos")
    assert not section_matches("Les 3 niveaux", "niveaux")


def test_i19_structure_bench_counts_questions_answered_by_internal_documents(
    tmp_path: Path,
) -> None:
    """An ambassador is rightly refused what only an internal document answers: the bench
    tells how many such questions the set holds (the ceiling they set), and what staff get."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(
        "# Guide\n\n## Points\n\nUn avis en ligne rapporte 15 points.\n", encoding="utf-8"
    )
    (docs / "fiche.md").write_text(
        "# Fiche\n\nDocument interne de l'équipe des relations avec le public, mis à jour "
        "en septembre.\n\n## Relances\n\nUne seule relance est envoyée, à mi-délai.\n",
        encoding="utf-8",
    )
    questions = [
        {
            "id": "a",
            "question": "Combien de points pour un avis ?",
            "gold_doc": "guide.md",
            "gold_section": "Points",
            "unit": "paragraph",
            "gold": ["rapporte 15 points"],
        },
        {
            "id": "b",
            "question": "Combien de relances ?",
            "gold_doc": "fiche.md",
            "gold_section": "Relances",
            "unit": "paragraph",
            "gold": ["Une seule relance"],
        },
    ]
    (tmp_path / "questions.jsonl").write_text(
        "\n".join(json.dumps(q, ensure_ascii=False) for q in questions), encoding="utf-8"
    )
    result = run_structure(tmp_path)
    assert result["questions"] == 2
    assert result["gold_withheld"] == 1
    # Staff read every document: their figure is retrieval alone, beside the ambassadors'.
    assert result["staff"]["recall@5"] == 1.0
    assert set(result["staff"]) == {"recall@5", "whole_unit", "answered"}
    rows = {r["method"]: r for r in result["rows"]}
    assert max(r["recall@5"] for r in rows.values() if "whole_unit" in r) == 0.5


def test_i19_structure_bench_reads_documents_with_the_programs_name_for_its_ambassadors(
    tmp_path: Path,
) -> None:
    """A set whose documents are kept "for the Isards" is measured as the client that
    names them would read it: withheld without the name, the ambassadors' with it."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "bareme.md").write_text(
        "# Barème\n\nDiffusion : réservée aux Isards\n\n## Cristaux\n\n"
        "Une photo publiée rapporte 20 cristaux.\n",
        encoding="utf-8",
    )
    question = {
        "id": "a",
        "question": "Combien de cristaux pour une photo ?",
        "gold_doc": "bareme.md",
        "gold_section": "Cristaux",
        "unit": "paragraph",
        "gold": ["rapporte 20 cristaux"],
    }
    (tmp_path / "questions.jsonl").write_text(json.dumps(question), encoding="utf-8")
    assert run_structure(tmp_path)["gold_withheld"] == 1
    assert run_structure(tmp_path, ambassador_names=["Isards"])["gold_withheld"] == 0


def test_i19_structure_bench_tells_how_long_answers_are(tmp_path: Path) -> None:
    """Whole unit anywhere in an answer rewards quoting more: the bench also tells whether
    the first quote holds it, how many passages answers quote and how much they read."""
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "guide.md").write_text(
        "# Guide des ambassadeurs\n\nDocument public.\n\n## Points\n\n"
        "Un avis en ligne rapporte 15 points.\n\n## Badges\n\n"
        "Le badge Comète est remis après dix parrainages réussis.\n",
        encoding="utf-8",
    )
    question = {
        "id": "a",
        "question": "Combien de points rapporte un avis en ligne ?",
        "gold_doc": "guide.md",
        "gold_section": "Points",
        "unit": "paragraph",
        "gold": ["rapporte 15 points"],
    }
    (tmp_path / "questions.jsonl").write_text(
        json.dumps(question, ensure_ascii=False), encoding="utf-8"
    )
    result = run_structure(tmp_path)
    assert result["answered"] == 1
    assert result["whole_unit_first_quote"] == 1.0
    assert 1 <= result["quotes_per_answer"] <= 2
    assert result["answers_with_3_quotes"] == 0
    # Only what is quoted counts, not the sources' lines.
    assert len("Un avis en ligne rapporte 15 points.") <= result["median_quoted_chars"] < 200
