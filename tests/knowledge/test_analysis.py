"""Query analysis: elisions, accents, stopwords, English questions over French documents."""

from __future__ import annotations

from pathlib import Path

from knowledge.base import KnowledgeBase
from knowledge.bilingual import french_stems, translated_stems
from knowledge.text import content_words, index_terms, query_terms, stem

PUBLIC = {"public"}


def test_elided_articles_and_accents_do_not_change_index_terms() -> None:
    assert index_terms("l'adhésion") == index_terms("adhesion")
    assert index_terms("d’un Événement") == index_terms("evenement")


def test_english_function_words_are_not_content_words() -> None:
    assert content_words("What about members in each intake per year?") == [
        "members",
        "intake",
        "year",
    ]


def test_english_words_find_their_usual_french_translation() -> None:
    assert stem("membres") in french_stems("members")
    assert stem("année") in french_stems("year")
    assert french_stems("xylophonic") == ()


def test_only_english_questions_are_translated() -> None:
    assert stem("lancement") in translated_stems("When is the launch of the new beer?")
    assert translated_stems("Quand a lieu le lancement de la nouvelle bière ?") == []


def test_query_terms_drop_question_words() -> None:
    assert query_terms("Comment rejoindre le programme ?") == query_terms("rejoindre programme")


def test_english_question_retrieves_and_answers_from_a_french_document(
    kb: KnowledgeBase, tmp_path: Path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "adhesion.md").write_text(
        "# Adhésion\n\nLe programme accueille douze nouveaux membres par promotion, "
        "et il y a deux promotions par année.\n",
        encoding="utf-8",
    )
    (docs / "marque.md").write_text(
        "# Marque\n\nLe logo se place en haut à gauche, sur fond clair.\n", encoding="utf-8"
    )
    kb.ingest_paths("acme", [docs], default_sensitivity="public")
    question = "How many new members join each year?"
    hits = kb.search("acme", question, allowed_sensitivities=PUBLIC)
    assert hits[0].document == "adhesion.md"
    answer = kb.answer("acme", question, allowed_sensitivities=PUBLIC, lang="en")
    assert answer.answered
    assert "douze nouveaux membres" in answer.text


def test_support_counts_a_repeated_word_once_and_a_missing_rare_word_heavily() -> None:
    from knowledge.answer import _question_words, support
    from knowledge.lexical import LexicalField

    corpus = [index_terms(t) for t in ("la taproom ouvre le soir", "le programme", "la bière")]
    idf = LexicalField.build(corpus)
    passage = "La taproom ouvre le soir."
    assert support(_question_words("taproom taprooms ouvre", idf), passage) == 1.0
    # "wifi" appears nowhere: most of the question stays unsupported.
    assert support(_question_words("code wifi de la taproom", idf), passage) < 0.45


def test_an_unknown_hyphenated_name_weighs_as_one_missing_word() -> None:
    from knowledge.answer import _question_words, support
    from knowledge.lexical import LexicalField

    corpus = [index_terms(t) for t in ("la taproom ouvre le soir", "le programme", "la bière")]
    idf = LexicalField.build(corpus)
    passage = "La taproom ouvre le soir."
    hyphenated = support(_question_words("Saint-Étienne : la taproom ouvre le soir", idf), passage)
    separate = support(_question_words("Saint Étienne : la taproom ouvre le soir", idf), passage)
    assert separate < hyphenated < 1.0
    assert len(_question_words("Saint-Étienne taproom", idf)) == 2


def test_a_heading_shared_by_many_documents_weighs_less_than_a_unique_one() -> None:
    from knowledge.index import ChunkRow, heading_specificity

    def row(doc: str, section: str) -> ChunkRow:
        return ChunkRow(doc, "acme", doc, f"{doc}.md", section, None, "texte", "public", "french")

    rows = [row(f"d{i}", "Histoire de Lyon") for i in range(4)] + [row("faq", "Adhésion")]
    weights = heading_specificity([r.section for r in rows], [r.doc_id for r in rows])
    assert list(weights) == [0.25, 0.25, 0.25, 0.25, 1.0]
