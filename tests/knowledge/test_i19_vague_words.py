"""Indefinite pronouns and placeholder nouns name no topic: the query leaves them out."""

from __future__ import annotations

from knowledge.text import query_terms, stem


def test_indefinite_pronouns_and_placeholders_are_not_query_terms() -> None:
    terms = query_terms("je gagne combien si j'aide quelqu'un sur le forum ?")
    assert "quelqu" not in terms
    assert stem("forum") in terms
    assert "truc" not in query_terms("Et si je ne peux plus venir à un truc ?")
    assert stem("something", "english") not in query_terms("Is there something to sign?")


def test_a_question_of_vague_words_only_keeps_nothing_of_them() -> None:
    assert query_terms("quelque chose ?") == []
