"""Issue 19: a name the question gives is not paraphrased by word vectors (`_question_words`)."""

from __future__ import annotations

from knowledge.answer import _question_words, coverage
from knowledge.answerability import NearWords
from knowledge.lexical import LexicalIndex
from knowledge.text import index_terms
from tests.knowledge.test_i19_7_answerability import FakeVectors

PASSAGE = "Les heures du Projet Merle sont affichées à l'accueil."


def _coverage(question: str) -> dict[str, float]:
    vectors = FakeVectors(
        {
            "horaires": [1.0, 0.0, 0.0],
            "heures": [1.0, 0.1, 0.0],
            "martinet": [0.0, 1.0, 0.0],
            "merle": [0.0, 1.0, 0.1],
            "projet": [0.0, 0.0, 1.0],
        }
    )
    texts = [PASSAGE, "Le règlement du programme.", "Les ateliers du samedi."]
    idf = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body
    words = _question_words(question, idf)
    found = coverage(words, PASSAGE, near=NearWords(vectors))  # type: ignore[arg-type]
    return {w.prefix: f for w, f in zip(words, found, strict=True)}


def test_i19_a_name_inside_the_question_gets_no_near_word() -> None:
    found = _coverage("Horaires du Projet Martinet ?")
    assert found["horair"] > 0  # the first word is capitalised as any first word...
    assert found["projet"] == 1.0
    assert found["martin"] == 0.0  # ...a name inside the question is not stood for


def test_i19_the_same_word_not_written_as_a_name_gets_its_near_word() -> None:
    assert _coverage("Horaires du projet martinet ?")["martin"] > 0
