"""What one run of the conversations bench measured and counted, and whether it met the
targets (every event answered once, no error, acknowledgement p95 ≤ 300 ms)."""

from __future__ import annotations

import math
from dataclasses import dataclass, field

ACK_TARGET_S = 0.300


def percentile(values: list[float], share: float) -> float | None:
    """Nearest-rank percentile; None without values."""
    if not values:
        return None
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(share * len(ordered)) - 1))]


def _ms(value: float | None) -> float | None:
    return round(value * 1000, 1) if value is not None else None


@dataclass
class ConversationsRun:
    database: str  # postgresql or sqlite
    vector_store: str  # chroma server or embedded
    replicas: int
    conversations: int
    turns: int
    retry_share: float
    think_s: float
    events: int = 0  # questions sent (each once, plus its retry if drawn)
    retries: int = 0  # the same events delivered again to another replica
    answered: int = 0  # questions whose answer arrived
    duplicates: int = 0  # answers beyond the first to one question
    unanswered: int = 0  # no answer within the bench's timeout
    stray: int = 0  # answers in a channel that did not ask for them
    http_errors: int = 0  # requests not acknowledged with HTTP 200
    dedup_rows: int = 0  # processed-event rows of the bench's events
    acks: list[float] = field(default_factory=list)  # seconds, first deliveries
    retry_acks: list[float] = field(default_factory=list)
    answers: list[float] = field(default_factory=list)  # seconds, send → answer arrived
    ready_s: list[float] = field(default_factory=list)  # start → /readyz 200, per replica
    first_answer_s: list[float] = field(default_factory=list)  # cold first answer, per replica
    wall_seconds: float = 0.0
    error: str | None = None

    @property
    def setup(self) -> str:
        return f"{self.replicas} × run slack, {self.database} + {self.vector_store}"

    @property
    def throughput(self) -> float:
        """Questions answered per second of the load."""
        return self.answered / self.wall_seconds if self.wall_seconds else 0.0

    @property
    def exactly_once(self) -> bool:
        return (
            self.error is None
            and self.events == self.conversations * self.turns
            and self.answered == self.events
            and not self.duplicates
            and not self.unanswered
            and not self.stray
            and self.dedup_rows == self.events
        )

    @property
    def errors(self) -> int:
        return self.http_errors + self.unanswered + self.duplicates + self.stray

    @property
    def passed(self) -> bool:
        ack = percentile(self.acks, 0.95)
        return self.exactly_once and not self.errors and ack is not None and ack <= ACK_TARGET_S

    def as_dict(self) -> dict[str, object]:
        return {
            "setup": self.setup,
            "database": self.database,
            "vector_store": self.vector_store,
            "replicas": self.replicas,
            "conversations": self.conversations,
            "turns": self.turns,
            "think_s": self.think_s,
            "retry_share": self.retry_share,
            "events": self.events,
            "retries": self.retries,
            "answered": self.answered,
            "duplicates": self.duplicates,
            "unanswered": self.unanswered,
            "stray": self.stray,
            "http_errors": self.http_errors,
            "dedup_rows": self.dedup_rows,
            "ack_p50_ms": _ms(percentile(self.acks, 0.5)),
            "ack_p95_ms": _ms(percentile(self.acks, 0.95)),
            "retry_ack_p95_ms": _ms(percentile(self.retry_acks, 0.95)),
            "answer_p50_ms": _ms(percentile(self.answers, 0.5)),
            "answer_p95_ms": _ms(percentile(self.answers, 0.95)),
            "throughput_per_s": round(self.throughput, 2),
            "ready_s": [round(s, 1) for s in self.ready_s],
            "first_answer_s": [round(s, 2) for s in self.first_answer_s],
            "wall_seconds": round(self.wall_seconds, 1),
            "exactly_once": self.exactly_once,
            "passed": self.passed,
            "error": self.error,
        }
