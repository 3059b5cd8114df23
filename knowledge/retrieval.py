"""Hybrid retrieval over one client's index, with the tenant and role check on every hit.

Score = BM25(body) + BM25(heading), divided by its best value, plus weighted cosine
similarities: offline hashing vectors, centred word-vector means (`knowledge.wordvectors`)
and gateway vectors when configured. Each
section of a document (its heading path) contributes at most `PER_SECTION` chunks to a
result list, so a long section cut into many chunks cannot crowd out the others.
"""

from __future__ import annotations

import logging
from collections.abc import Collection
from dataclasses import dataclass

import numpy as np

from knowledge.acronyms import acronym_weights
from knowledge.bilingual import weighted_translations
from knowledge.index import ChunkRow, ClientIndex
from knowledge.light_verbs import is_light_verb
from knowledge.locutions import lexical_reading
from knowledge.synonyms import synonym_weights
from knowledge.text import detect_language, query_terms

log = logging.getLogger(__name__)

DENSE_WEIGHT = 0.5
# Measured with `ambassade bench retrieval` (uniform word weights, centred): 0.5 lifts
# PIAF recall@5 0.876 -> 0.885 and CNIL 0.815 -> 0.833; 1.0 starts to cost PIAF.
SEMANTIC_WEIGHT = 0.5
# When the sentence encoder reads the question, the word vectors weigh more: the two
# meaning signals agree on paraphrases that share no word with the passage, and the
# encoder's min-max scaling no longer lets them drown the lexical ranking. Chosen with the
# sentence weights below on odd / even halves of the dev sets (see `SENTENCE_WEIGHT`).
ENCODED_SEMANTIC_WEIGHT = 1.25
GATEWAY_WEIGHT = 1.0
# The sentence encoder's share once both are scaled to [0, 1] (min-max weighted sum); a
# question in another language than the documents leans on it more (the lexicon only
# translates part of it). Chosen with `query_scoring.UNCERTAIN_FROM` on the structure set,
# CNIL and PIAF, each cut in two halves (see there); EN-over-FR 0.893 with 0.4, 0.917 with 0.5.
# Seventh pass, recall@5 on odd / even halves of the dev sets by ENCODED_SEMANTIC_WEIGHT
# and SENTENCE_WEIGHT, with the heading idf of `LexicalIndex.scores`:
# 1.0 & 0.4: structure 0.900/0.925, dev3 0.675/0.825, CNIL 0.881/0.881, PIAF 0.911/0.908;
# 1.0 & 0.5: structure 0.950/0.975, dev3 0.675/0.850, CNIL 0.869/0.869, PIAF 0.916/0.914;
# 1.25 & 0.45: structure 0.925/0.950, dev3 0.675/0.850, CNIL 0.881/0.881, PIAF 0.916/0.911;
# 1.25 & 0.5: structure 0.925/0.975, dev3 0.675/0.850, CNIL 0.881/0.881, PIAF 0.917/0.912;
# 1.5 & 0.5: structure 0.925/0.950, dev3 0.675/0.875, CNIL 0.881/0.881, PIAF 0.916/0.910.
# Across languages 0.6 (EN-over-FR 0.893: one question less than without the heading idf).
SENTENCE_WEIGHT = 0.5
CROSS_LANGUAGE_SENTENCE_WEIGHT = 0.6
# The best list item or table row of a chunk (`lexical.LineField`), scaled to [0, 1] by the
# best line, added at this weight: a question about one row shares few words with its whole
# table. Staff scope recall@5 replayed on 11 structure dev sets (1,003 questions, 863 found
# at the start): 874 at 0.25 (every line, prose too: 0.2 878, 0.25 881, 0.3 882, but CNIL
# 0.881 -> 0.875); 0.3 brought an unrelated list holding a date into one unanswerable
# question's top 5 (structure_heldout20), 0.25 did not.
LINE_WEIGHT = 0.25
# A source is a section, not a whole document: the sections of a structured document
# (levels, FAQ entries, policy articles) answer different questions. Measured with
# `ambassade bench retrieval`, against a cap of 2 per document (both with the heading
# field of `index.own_heading`): structure set recall@5, encoder on all 0.838 -> 0.912,
# without the encoder 0.838 -> 0.825; EN-over-FR without the encoder 0.750 -> 0.798;
# CNIL and PIAF unchanged (one section per document).
PER_SECTION = 2
CANDIDATES = 60
# A document's front matter (`index.front_matter`: a date, a version, an author line, a
# short introduction under the title) is the whole document in miniature: every signal
# finds the title in it, and it outranked the section answering a question about the
# document's subject. Its score is scaled down, not dropped: a question about the edition
# still finds it. Dev structure sets, recall@5: structure_heldout3 0.781 -> 0.802 (0.2:
# the same), structure and structure_dev3 unchanged; CNIL and PIAF have none.
FRONT_MATTER_FACTOR = 0.5
# How much of the gap between each language's best cosine and the overall best
# `language_aligned` closes (see there).
LANGUAGE_ALIGNMENT = 0.5
# The same alignment for a question in the documents' main language, when the encoder
# reads it: a French question whose answer stands in one of the few English documents
# met every French passage first. Staff scope recall@5 on the structure dev sets
# structure_heldout18/17/16/15/14, shares of the gap 0 / 0.25 / 0.5 / 1.0:
# 76/76/82/81/77, 76/76/83/81/77, 77/77/84/82/76, 76/77/83/82/77 (of 90 each); 0.5 over
# all 18 structure dev sets: +5 questions, none down by more than one; CNIL 0.881 and
# PIAF 0.901 unchanged (no English chunk).
SAME_LANGUAGE_ALIGNMENT = 0.5


@dataclass(frozen=True, slots=True)
class Hit:
    client: str
    document: str
    section: str
    page: int | None
    text: str
    score: float
    sensitivity: str
    chunk_id: str
    doc_id: str = ""

    @classmethod
    def of_row(cls, row: ChunkRow, score: float) -> Hit:
        """The hit for a stored chunk, scored `score`."""
        return cls(
            client=row.client,
            document=row.document,
            section=row.section,
            page=row.page,
            text=row.text,
            score=score,
            sensitivity=row.sensitivity,
            chunk_id=row.chunk_id,
            doc_id=row.doc_id,
        )

    def as_source(self) -> dict[str, object]:
        return {
            "document": self.document,
            "section": self.section,
            "text": self.text,
            "score": round(self.score, 4),
            "sensitivity": self.sensitivity,
        }


def fused_scores(
    index: ClientIndex,
    query: str,
    query_vector: np.ndarray,
    gateway_vector: np.ndarray | None = None,
) -> np.ndarray:
    """Lexical (BM25, heading apart), hashed n-gram and gateway scores fused; the word
    vectors and the sentence encoder are added by `query_scoring.QueryScorer`."""
    query = lexical_reading(query)
    own = query_terms(query, skip=is_light_verb)
    english = detect_language(query) == "english"
    translated = {
        t: w
        for t, w in weighted_translations(
            query, index.lexical.body.has, lambda s: index.other_language_has(s, english)
        ).items()
        if t not in own
    }
    asked = own + list(translated)
    synonyms = synonym_weights(query, set(asked), index.lexical.body.has, english)
    spelled_out = acronym_weights(
        query, index.acronyms, [*asked, *synonyms], index.lexical.body.has
    )
    terms = asked + list(synonyms) + list(spelled_out)
    weights = [1.0] * len(own) + list(translated.values()) + list(synonyms.values())
    weights += list(spelled_out.values())
    lexical = (
        index.lexical.scores(terms, weights, heading_weight=index.heading_weight)
        if asked
        else np.zeros(len(index), np.float32)
    )
    scores = _scaled(lexical)
    if asked and index.lexical.lines is not None:
        scores = scores + LINE_WEIGHT * _scaled(index.lexical.lines.best_per_row(terms, weights))
    dense = None
    if len(index) and query_vector.size and index.vectors.shape[1] == query_vector.shape[0]:
        dense = index.vectors @ query_vector
        scores = scores + DENSE_WEIGHT * dense
    if gateway_vector is not None and index.extra_vectors is not None:
        gateway = index.extra_vectors @ gateway_vector
        if dense is not None and index.extra_missing is not None and index.extra_missing.any():
            # A chunk the gateway never saw (withheld: confidential) would lose the whole
            # gateway term to every chunk it did see; the offline cosine stands in for it.
            gateway = np.where(index.extra_missing, dense, gateway)
        scores = scores + GATEWAY_WEIGHT * gateway
    return scores


def _scaled(values: np.ndarray) -> np.ndarray:
    top = float(values.max()) if len(values) else 0.0
    return values / top if top > 0 else values


def language_aligned(
    cosines: np.ndarray, ready: np.ndarray, english: np.ndarray, share: float | None = None
) -> np.ndarray:
    """The cosines of each language's chunks moved toward the best of all by
    `LANGUAGE_ALIGNMENT` of the gap between their own best and it.

    The encoder finds a passage in the question's own language closer than any in the
    other, whatever they say: an English question over mostly French documents holding a
    few English ones met the English passages first. Applied to questions in another
    language than most chunks only; the five structure dev sets, recall@5
    0.963/0.887/0.823/0.798/0.919 -> 0.963/0.887/0.833/0.798/0.928 (all of the gap:
    .../0.937, but the fresh held-out structure_heldout6 fell 0.876 -> 0.850; on every
    question, French questions over French passages lost to English ones:
    0.950/0.875/0.844/0.798/0.937). The same alignment of the BM25 scores gained nothing.
    """
    if not english[ready].any() or english[ready].all():
        return cosines
    top = float(cosines[ready].max())
    out = cosines.astype(np.float32, copy=True)
    share = LANGUAGE_ALIGNMENT if share is None else share
    for language in (english & ready, ~english & ready):
        out[language] += share * (top - float(cosines[language].max()))
    return out


def min_max(values: np.ndarray) -> np.ndarray:
    low, high = float(values.min()), float(values.max())
    return (values - low) / (high - low) if high > low else np.zeros_like(values)


def with_sentence_scores(
    scores: np.ndarray,
    sentence: tuple[np.ndarray, np.ndarray] | None,
    weight: float = SENTENCE_WEIGHT,
) -> np.ndarray:
    """The hybrid score and the sentence-encoder cosine, each scaled to [0, 1], weighted.

    A row the background worker has not embedded yet takes its own hybrid score in place
    of the cosine: it neither gains nor loses against the rows that have one.
    """
    if sentence is None or not len(scores):
        return scores
    cosines, ready = sentence
    hybrid = min_max(scores)
    semantic = np.where(ready, min_max(np.where(ready, cosines, cosines[ready].min())), hybrid)
    return (1 - weight) * hybrid + weight * semantic


def allowed_row(row: ChunkRow, client: str, allowed: Collection[str]) -> bool:
    """The last gate before a chunk is used: right tenant, visible to the asker's role."""
    if row.client != client:
        log.error(
            "tenant check dropped chunk %s of client %r for %r", row.chunk_id, row.client, client
        )
        return False
    if row.sensitivity not in allowed:
        log.warning("role check dropped %s chunk %s", row.sensitivity, row.chunk_id)
        return False
    return True


def rank(
    index: ClientIndex, scores: np.ndarray, client: str, allowed: Collection[str], k: int
) -> list[Hit]:
    if not len(index) or k <= 0:
        return []
    if index.front_matter.any():
        scores = np.where(index.front_matter & (scores > 0), scores * FRONT_MATTER_FACTOR, scores)
    visible = np.isin(index.sensitivity, list(allowed))
    masked = np.where(visible, scores, -np.inf)
    n = min(CANDIDATES + k, len(masked))
    candidates = np.argpartition(-masked, n - 1)[:n]
    candidates = candidates[np.argsort(-masked[candidates], kind="stable")]
    hits: list[Hit] = []
    per_section: dict[tuple[str, str], int] = {}
    for i in candidates:
        score = float(masked[i])
        if not np.isfinite(score) or score <= 0:
            break
        row = index.rows[int(i)]
        if not allowed_row(row, client, allowed):
            continue
        section = (row.doc_id, row.section)
        if per_section.get(section, 0) >= PER_SECTION:
            continue
        per_section[section] = per_section.get(section, 0) + 1
        hits.append(Hit.of_row(row, score))
        if len(hits) >= k:
            break
    return hits
