"""Issue 19 item 3, which units an offline answer quotes: at most three; retrieval's first
hit is quoted when no quote comes from its section (`knowledge.quote_choice.with_top_hit`),
and the encoder's pick no longer drops the former second quote."""

from __future__ import annotations

from knowledge.answer import _question_words, extractive_answer, support
from knowledge.lexical import LexicalIndex
from knowledge.passages import MAX_QUOTES, Passage, best_passages
from knowledge.quote_choice import with_meaning, with_top_hit
from knowledge.retrieval import Hit
from knowledge.text import index_terms
from tests.knowledge.hits import public_hit

# Ranked first by retrieval, but the words of the question ("gagne", "passant") are
# richer in an example and in the points table that say "passe" and "gagner".
LEVEL = (
    "Le niveau Ardoise récompense les membres réguliers. En plus des avantages du niveau "
    "Craie :\n- une visite de la carrière chaque printemps\n- 15 % de remise sur la boutique"
)
EXAMPLE = (
    "Jules gagne des points en écrivant deux avis ; il passe au niveau Ardoise en mars et "
    "gagne encore des points en passant au stand du salon."
)
TABLE = (
    "Contribution: Avis passant la modération · Points gagnés: 20\n"
    "Contribution: Stand au salon · Points gagnés: 80"
)
QUESTION = "qu'est-ce que je gagne en passant Ardoise"


def _hit(text: str, section: str, n: int) -> Hit:
    return public_hit(text, f"Guide des niveaux › {section}", n, "niveaux.md")


def _hits() -> list[Hit]:
    return [
        _hit(LEVEL, "Les niveaux › Ardoise", 0),
        _hit(EXAMPLE, "Un exemple", 1),
        _hit(TABLE, "Gagner des points", 2),
    ]


def _words(question: str, hits: list[Hit]) -> list:
    texts = [f"{h.section}\n{h.text}" for h in hits] + ["Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    return _question_words(question, index.body)


def test_i19_3_the_first_hit_is_quoted_when_the_words_choose_other_sections() -> None:
    hits = _hits()
    words = _words(QUESTION, hits)
    quotes = best_passages(words, hits, support)
    assert 0 not in [q.rank for q in quotes]  # the words alone leave the level out
    chosen = with_top_hit(quotes, words, hits, support)
    assert len(chosen) <= MAX_QUOTES
    assert chosen[: len(chosen) - 1] == quotes[: len(chosen) - 1]
    assert chosen[-1].rank == 0
    # the list whole, with the sentence that introduces it
    assert chosen[-1].text.startswith("Le niveau Ardoise récompense")
    assert "- 15 % de remise sur la boutique" in chosen[-1].text


def test_i19_3_no_extra_quote_when_the_first_hit_is_already_quoted() -> None:
    hits = _hits()
    words = _words("quels avantages au niveau Ardoise, la remise et la visite ?", hits)
    quotes = best_passages(words, hits, support)
    assert quotes[0].rank == 0
    assert with_top_hit(quotes, words, hits, support) == quotes


def test_i19_3_a_chunk_of_the_first_hit_s_section_counts_as_quoting_it() -> None:
    first = _hit("Les membres du niveau Ardoise visitent la carrière.", "Les niveaux › Ardoise", 0)
    sibling = public_hit(LEVEL, first.section, 3, "niveaux.md")
    hits = [first, *_hits()[1:], sibling]
    words = _words(QUESTION, hits)
    quotes = [Passage(score=1.0, rank=1, order=0, text=EXAMPLE)]
    quotes.append(Passage(score=0.9, rank=3, order=0, text=LEVEL))
    assert with_top_hit(quotes, words, hits, support) == quotes
    assert with_top_hit(quotes[:1], words, hits, support)[-1].rank == 0


def test_i19_3_the_encoder_s_pick_keeps_the_former_second_quote_third() -> None:
    hits = _hits()
    words = _words(QUESTION, hits)
    quotes = best_passages(words, hits, support)
    if len(quotes) < 2:
        quotes = [*quotes, *best_passages(words, hits[1:2], support)]
    closest = next(r for r in range(len(hits)) if r not in {q.rank for q in quotes})
    cosines = [0.80] * len(hits)
    cosines[closest] = 0.90
    chosen = with_meaning(quotes, words, hits, support, cosines)
    assert [q.rank for q in chosen] == [quotes[0].rank, closest, quotes[1].rank]


def test_i19_3_the_answer_quotes_the_level_and_numbers_its_sources_in_order() -> None:
    hits = _hits()
    texts = [f"{h.section}\n{h.text}" for h in hits] + ["Autre chose sans rapport."]
    index = LexicalIndex.build([index_terms(t) for t in texts], [[] for _ in texts])
    answer = extractive_answer(QUESTION, hits, index.body)
    assert answer.answered
    assert "- une visite de la carrière chaque printemps" in answer.text
    assert "Le niveau Ardoise récompense les membres réguliers." in answer.text
    cited = [line for line in answer.text.splitlines() if line.startswith("[")]
    assert cited[0].startswith("[1] ") and cited[-1].startswith(f"[{len(cited)}] ")
    assert any("Les niveaux › Ardoise" in line for line in cited)
