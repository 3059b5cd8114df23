"""Knowledge gaps: unanswered questions and 👎 answers, grouped by what they ask about.

A question an ambassador got "I don't know" for, while staff-level documents answer it, is a
*restricted* gap, listed apart: the documents do answer, but not publicly (the fix is a
public version of the answer, not a new document).

Two questions fall in the same group when their meaningful word stems overlap enough
(Jaccard similarity), so "Quand a lieu le salon ?" and "Le salon a lieu quand ?" count
as one gap asked twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from bot.core.periods import lookback
from bot.store.models import AnswerRecord
from knowledge.text import query_terms
from prompts.catalog import text

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

    def as_json(self, kind: str = "open") -> dict[str, object]:
        return {
            "kind": kind,
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


def is_restricted(record: AnswerRecord) -> bool:
    return not record.answered and record.restricted


def split_gaps(records: list[AnswerRecord]) -> tuple[list[GapGroup], list[GapGroup]]:
    """(open gaps, restricted gaps), each grouped like `group_gaps`."""
    return (
        group_gaps([r for r in records if not is_restricted(r)]),
        group_gaps([r for r in records if is_restricted(r)]),
    )


def group_gaps(records: list[AnswerRecord]) -> list[GapGroup]:
    """Groups, most frequent first (then most recent); `records` come newest first."""
    groups: list[GapGroup] = []
    for record in records:
        if not record.question.strip():
            continue  # erased at the asker's request (issue 20): nothing left to show
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


def period_label(language: str, typed: str, start: datetime) -> str:
    """ "sur les 30 derniers jours", "sur les 12 dernières heures", "depuis le 2026-11-01"."""
    reach = lookback(typed)
    if reach is not None and reach[1] in ("days", "hours"):
        amount, unit = reach
        count = int(amount) if amount.is_integer() else amount
        return counted(language, f"ask.gaps.last_{unit}", count)  # type: ignore[arg-type]
    recent = datetime.now(UTC) - start < timedelta(days=2)
    moment = f"{start:%Y-%m-%d %H:%M} UTC" if recent else f"{start:%Y-%m-%d}"
    return text(language, "ask.gaps.since_date", date=moment)


def counted(language: str, key: str, count: float) -> str:
    """'1 question', '3 questions': `<key>.one` / `.many` (French: 0 and 1 are singular)."""
    singular = count <= 1 if language == "fr" else count == 1
    return text(language, f"{key}.{'one' if singular else 'many'}", count=count)
