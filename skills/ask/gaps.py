"""Knowledge gaps: unanswered questions and 👎 answers, grouped by what they ask about.

Two questions fall in the same group when their meaningful word stems overlap enough
(Jaccard similarity), so "Quand a lieu le salon ?" and "Le salon a lieu quand ?" count
as one gap asked twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.store.models import AnswerRecord
from knowledge.text import query_terms

SAME_GAP_SIMILARITY = 0.5


@dataclass
class GapGroup:
    question: str  # the most recent wording
    terms: frozenset[str]
    unanswered: int = 0
    not_helpful: int = 0
    last_asked: datetime | None = None
    wordings: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return self.unanswered + self.not_helpful

    def add(self, record: AnswerRecord) -> None:
        if record.answered:
            self.not_helpful += 1
        else:
            self.unanswered += 1
        if self.last_asked is None or record.created_at > self.last_asked:
            self.last_asked = record.created_at
        if record.question not in self.wordings:
            self.wordings.append(record.question)

    def as_json(self) -> dict[str, object]:
        return {
            "question": self.question,
            "count": self.count,
            "unanswered": self.unanswered,
            "not_helpful": self.not_helpful,
            "last_asked": self.last_asked.isoformat() if self.last_asked else None,
            "wordings": self.wordings,
        }


def _similarity(a: frozenset[str], b: frozenset[str]) -> float:
    if not a or not b:
        return 1.0 if a == b else 0.0
    return len(a & b) / len(a | b)


def group_gaps(records: list[AnswerRecord]) -> list[GapGroup]:
    """Groups, most frequent first (then most recent); `records` come newest first."""
    groups: list[GapGroup] = []
    for record in records:
        terms = frozenset(query_terms(record.question))
        best = max(groups, key=lambda g: _similarity(g.terms, terms), default=None)
        if best is None or _similarity(best.terms, terms) < SAME_GAP_SIMILARITY:
            best = GapGroup(question=record.question, terms=terms)
            groups.append(best)
        best.add(record)
    return sorted(
        groups,
        key=lambda g: (g.count, g.last_asked or datetime.min),
        reverse=True,
    )
