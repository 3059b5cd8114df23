"""The extractive answer to a question from its hits, the best of its readings.

A passage's support is judged on the question as retrieval read it (its spelling
corrected: `QueryScorer.spelled`), and on its translation when there is one (the passages
are in the translation's language); the reading that answers, with the most support, wins.
Quotes are chosen with each hit's sentence-encoder cosine when the passages have theirs,
and a hit's section siblings (`knowledge.siblings`) are judged with it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from knowledge.answer import Answer, extractive_answer
from knowledge.index import ClientIndex
from knowledge.quote_choice import hit_cosines
from knowledge.retrieval import Hit
from knowledge.siblings import section_siblings

if TYPE_CHECKING:
    from knowledge.base import KnowledgeBase

__all__ = ["best_answer"]


def best_answer(
    kb: KnowledgeBase,
    slug: str,
    question: str,
    hits: list[Hit],
    allowed: frozenset[str],
    lang: str,
    also: Sequence[str] = (),
) -> Answer:
    """The answer `kb` gives `question` from `hits` (found for readers of `allowed`)."""
    index = kb.indexes.get(slug)
    siblings = section_siblings(index, hits[:5], slug, allowed)
    if not len(index):
        return extractive_answer(question, hits, None, lang)
    texts = dict.fromkeys([question, *(t for t in also if t.strip())])
    vectors = kb.semantic.vectors if kb.semantic is not None else None
    best = max(
        (
            extractive_answer(
                text,
                hits,
                index.lexical.body,
                lang,
                index.acronyms,
                vectors,
                _meaning(kb, index, text, hits[:5]),
                siblings,
            )
            for text in (kb.spelled(index, t) for t in texts)
        ),
        key=lambda found: (found.answered, found.support),
    )
    return best if best.question == question else replace(best, question=question)


def _meaning(
    kb: KnowledgeBase, index: ClientIndex, question: str, hits: list[Hit]
) -> list[float | None]:
    """Each hit's sentence-encoder cosine with the question (for choosing quotes)."""
    if kb.encoder is None or index.passages_ready is None or not index.passages_ready.any():
        return []
    return hit_cosines(index, hits, kb.encoder.query(question))
