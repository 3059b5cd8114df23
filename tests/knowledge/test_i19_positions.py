"""Issue 19, a section asked for by its position ("au tout premier niveau", "the highest
tier"): among parallel retrieved sections, the first or the last in the document answers
and is quoted first (`knowledge.positions`, `knowledge.answer`)."""

from __future__ import annotations

from dataclasses import replace

from knowledge.answer import _question_words, extractive_answer, support
from knowledge.lexical import LexicalField, LexicalIndex
from knowledge.passages import best_passages
from knowledge.positions import FIRST, LAST, asked_position, positioned, positioned_first
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

TITLE = "Les niveaux du programme"
LEVELS = {
    "Semis": "- un badge de bienvenue\n- une remise de 5 % en magasin",
    "Bouture": "- une remise de 10 % en magasin\n- un atelier offert par an",
    "Grand Chêne": "- une remise de 20 % en magasin\n- une invitation au séminaire annuel",
}
QUESTION = "Les ambassadeurs tout en haut de l'échelle, ils bénéficient de quoi ?"
ORDINALS = {"Semis": 1, "Bouture": 5, "Grand Chêne": 9}


def _hits(order: list[str]) -> list[Hit]:
    out = []
    for rank, level in enumerate(order):
        hit = public_hit(
            f"Au niveau {level}, l'ambassadeur bénéficie de :\n{LEVELS[level]}",
            f"{TITLE} › Niveau {level} › Avantages",
            rank,
            "niveaux.md",
        )
        out.append(replace(hit, doc_id="niveaux", chunk_id=f"niveaux:{ORDINALS[level]:05d}"))
    out.append(public_hit("La charte s'applique à tous.", "Charte › Principes", len(out)))
    return out


def _idf(hits: list[Hit]) -> LexicalField:
    texts = [f"{h.section}\n{h.text}" for h in hits]
    texts += ["Autre chose sans rapport.", "Les ateliers ont lieu le samedi.", "La charte."]
    return LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts]).body


def test_i19_position_words_and_times_in_passing() -> None:
    assert asked_position("Qu'est-ce qu'on a au tout premier niveau ?") == FIRST
    assert asked_position("Quand je débute dans le programme, j'ai droit à quoi ?") == FIRST
    assert (
        asked_position("Les ambassadeurs tout en haut de l'échelle, ils ont droit à quoi ?") == LAST
    )
    assert asked_position("What perks do ambassadors at the highest tier get?") == LAST
    # A time in passing is no position; nor is a question naming both ends.
    assert asked_position("Mon niveau de l'an dernier, je le garde ?") is None
    assert asked_position("What did the network achieve last year?") is None
    assert asked_position("Du premier au dernier niveau, que gagne-t-on ?") is None
    assert asked_position("Quels sont les avantages du niveau Bouture ?") is None


def test_i19_positioned_is_first_or_last_in_document_order_whatever_the_rank() -> None:
    hits = _hits(["Bouture", "Grand Chêne", "Semis"])
    assert positioned(hits, FIRST) == 2
    assert positioned(hits, LAST) == 1
    assert positioned(hits, None) is None
    # One section of a kind is not a series: nothing to choose by position.
    assert positioned(_hits(["Bouture"]), LAST) is None


def test_i19_answer_quotes_the_section_asked_for_by_position() -> None:
    hits = _hits(["Bouture", "Semis", "Grand Chêne"])
    answer = extractive_answer(QUESTION, hits, _idf(hits))
    assert answer.answered
    first_quote = answer.text.split("»")[0]
    assert "séminaire annuel" in first_quote
    assert "Grand Chêne" in answer.text.split("Sources")[1].splitlines()[1]


def test_i19_without_parallel_sections_a_position_answers_nothing() -> None:
    # The same words, one level retrieved: its support alone does not reach the bar.
    hits = _hits(["Grand Chêne"])
    assert not extractive_answer(QUESTION, hits, _idf(_hits(list(LEVELS)))).answered


def test_i19_positioned_section_leads_even_when_another_holds_more_words() -> None:
    hits = _hits(["Bouture", "Semis", "Grand Chêne"])
    words = _question_words("Quels avantages au premier niveau, remise et atelier ?", _idf(hits))
    quotes = best_passages(words, hits, support)
    assert quotes[0].rank == 0  # Bouture's list names the remise and the atelier
    led = positioned_first(quotes, words, hits, support, positioned(hits, FIRST))
    assert [q.rank for q in led] == [1, 0]
    assert positioned_first(quotes, words, hits, support, None) == quotes
