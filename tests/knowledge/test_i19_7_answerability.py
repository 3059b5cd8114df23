"""Issue 19, seventh pass: when the offline answer answers and when it says "I don't know"
(`knowledge.answerability` and its use in `knowledge.answer`)."""

from __future__ import annotations

import numpy as np
import pytest

from knowledge import answerability
from knowledge.answer import _question_words, coverage, extractive_answer
from knowledge.answer_kinds import PRICE
from knowledge.answerability import (
    DATE,
    NAME,
    NEAR_SHARE,
    NUMBER,
    TIME,
    NearWords,
    expected_kind,
    gives_numbers,
    has_kind,
    numbers_in,
    question_numbers,
)
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit


class FakeVectors:
    """Word vectors of a few words: each a unit vector, `quitter` close to `lâcher`."""

    def __init__(self, vectors: dict[str, list[float]]) -> None:
        self.words = list(vectors)
        matrix = np.array(list(vectors.values()), dtype=np.float32)
        self._rows = matrix / np.linalg.norm(matrix, axis=1, keepdims=True)

    def row(self, word: str) -> int | None:
        return self.words.index(word) if word in self.words else None

    def unit_rows(self, rows: list[int]) -> np.ndarray:
        return self._rows[list(rows)]


VECTORS = FakeVectors(
    {
        "lâcher": [1.0, 0.1, 0.0, 0.0],
        "quitter": [1.0, 0.0, 0.0, 0.0],
        "programme": [0.0, 1.0, 0.0, 0.0],
        "wifi": [0.0, 0.0, 1.0, 0.0],
        "atelier": [0.0, 0.0, 0.0, 1.0],
    }
)


def _hit(text: str, section: str = "Règles") -> Hit:
    return public_hit(text, section)


def _idf(texts: list[str]) -> LexicalField:
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


@pytest.mark.parametrize(
    ("question", "kind"),
    [
        ("Combien de points rapporte un atelier ?", NUMBER),
        ("How many points for an event?", NUMBER),
        ("Quel est le prix du kit ?", PRICE),  # money: "40 points" is no price
        ("À quelle heure commence la fête ?", TIME),
        ("Quand aura lieu la randonnée ?", DATE),
        ("Combien de temps mes points restent-ils valables ?", DATE),
        ("Comment s'appelle le référent de Poitiers ?", NAME),
        # "quand" in the middle joins two clauses: it does not ask for a date.
        ("Le déjeuner est pris en charge quand je vais à un événement ?", None),
        ("Quand je débute dans le programme, j'ai droit à quoi ?", None),
        ("When I email a bar owner, should I use 'tu'?", None),
        ("When do I get my points?", DATE),
        ("Puis-je quitter le programme ?", None),
    ],
)
def test_i19_7_the_kind_of_answer_a_question_asks_for(question: str, kind: str | None) -> None:
    assert expected_kind(question) == kind


def test_i19_7_a_passage_holds_an_answer_of_the_kind_asked_or_not() -> None:
    assert has_kind(NUMBER, "Chaque atelier rapporte 40 points.")
    assert has_kind(NUMBER, "Il faut trois parrainages.")
    assert has_kind(NUMBER, "L'inscription est gratuite.")
    assert not has_kind(NUMBER, "Les ateliers sont animés par les ambassadeurs.")
    assert has_kind(TIME, "Accueil à partir de 14 h 30.")
    assert not has_kind(TIME, "La fête a lieu en mai, dans le parc.")
    assert has_kind(DATE, "La fête a lieu en mai, dans le parc.")
    assert has_kind(DATE, "Les points expirent au bout de deux ans.")
    assert not has_kind(DATE, "La randonnée part du parc et longe la rivière.")
    assert has_kind(NAME, "Votre référente est Camille Rousseau.")
    assert not has_kind(NAME, "Votre référent est un ambassadeur de votre région.")
    assert has_kind(None, "N'importe quel texte.")


def test_i19_7_the_numbers_a_question_gives_must_be_in_the_passage() -> None:
    catalogue = "500 points donnent un bon de 25 euros, 1 000 points un bon de 55 euros."
    assert question_numbers("Combien de points pour un bon de 100 euros ?") == {100}
    assert numbers_in(catalogue) == {500, 25, 1000, 55}
    assert not gives_numbers({100}, catalogue)
    assert gives_numbers({1000, 55}, catalogue)
    assert gives_numbers({3}, "Vous pouvez suspendre votre compte trois mois.")
    assert gives_numbers(set(), "Aucun nombre ici.")


def test_i19_7_near_words_count_in_part_through_the_closest_passage_word() -> None:
    near = NearWords(VECTORS)  # type: ignore[arg-type]
    close = near.credit("lâcher", "Vous pouvez quitter le programme.")
    assert 0.5 < close <= NEAR_SHARE
    assert near.credit("wifi", "Vous pouvez quitter le programme.") == 0.0
    assert near.credit("inconnu", "Vous pouvez quitter le programme.") == 0.0


PASSAGES = [
    "Vous pouvez quitter le programme à tout moment en écrivant à l'équipe.",
    "Les points de l'atelier de réparation sont crédités sous sept jours.",
    "Le catalogue du programme propose des gourdes et des sacoches.",
    "Les événements du programme se tiennent dans les magasins partenaires.",
    *(f"Règle {n} du programme sur les parrainages et les récompenses." for n in range(20)),
]


def test_i19_7_a_paraphrase_is_answered_through_word_vectors() -> None:
    idf = _idf(PASSAGES)
    question = "Comment lâcher le programme ?"
    hits = [_hit(PASSAGES[0])]
    assert not extractive_answer(question, hits, idf).answered
    assert extractive_answer(question, hits, idf, vectors=VECTORS).answered  # type: ignore[arg-type]


def test_i19_7_a_passage_missing_what_is_asked_about_does_not_answer() -> None:
    idf = _idf(PASSAGES)
    hits = [_hit(PASSAGES[1], "Atelier")]
    question = "Quel est le wifi de l'atelier ?"
    # On support alone the workshop is enough of the question's words...
    assert extractive_answer(question, hits, idf).answered
    # ...but with word vectors, the heavy word nothing in the passage comes near is missed.
    assert not extractive_answer(question, hits, idf, vectors=VECTORS).answered  # type: ignore[arg-type]
    asked = "Quels points pour l'atelier ?"
    assert extractive_answer(asked, hits, idf, vectors=VECTORS).answered  # type: ignore[arg-type]


def test_i19_7_how_many_is_not_answered_without_a_number() -> None:
    idf = _idf(PASSAGES)
    without = [_hit(PASSAGES[2], "Catalogue")]
    assert not extractive_answer("Combien de gourdes propose le catalogue ?", without, idf).answered
    with_number = [_hit("Le catalogue propose 12 gourdes et des sacoches.", "Catalogue")]
    assert extractive_answer("Combien de gourdes propose le catalogue ?", with_number, idf).answered


def test_i19_7_a_number_the_passage_lacks_is_not_answered() -> None:
    idf = _idf(PASSAGES)
    hits = [_hit("Les points de l'atelier de réparation sont crédités sous 7 jours.")]
    assert extractive_answer(
        "Les points de l'atelier sont crédités sous 7 jours ?", hits, idf
    ).answered
    assert not extractive_answer(
        "Les points de l'atelier sont crédités sous 10 jours ?", hits, idf
    ).answered


def test_i19_7_the_bar_with_word_vectors_is_its_own() -> None:
    # Near words raise every support: the bar is higher with them than without.
    from knowledge.answer import SUPPORT_THRESHOLD, SUPPORT_THRESHOLD_NEAR

    assert SUPPORT_THRESHOLD_NEAR > SUPPORT_THRESHOLD
    assert 0 < answerability.MAX_GAP < 1


def test_i19_7_a_two_word_noun_the_passage_lacks_is_not_stood_for_by_near_words() -> None:
    vectors = FakeVectors(
        {
            "chiffre": [1.0, 0.0, 0.0],
            "nombre": [1.0, 0.1, 0.0],
            "affaires": [0.0, 1.0, 0.0],
            "ventes": [0.1, 1.0, 0.0],
            "programme": [0.0, 0.0, 1.0],
        }
    )
    near = NearWords(vectors)  # type: ignore[arg-type]
    idf = _idf([*PASSAGES, "Le nombre de ventes du programme."])
    passage = "Le nombre de ventes du programme."
    apart = _question_words("Quel chiffre pour les affaires du programme ?", idf)
    joined = _question_words("Quel chiffre d'affaires du programme ?", idf)
    assert min(coverage(apart, passage, near=near)) > 0.5  # each word has its near one...
    assert coverage(joined, passage, near=near)[:2] == [0.0, 0.0]  # ...not the noun they make
