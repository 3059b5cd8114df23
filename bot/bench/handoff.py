"""Benchmark logic for handoff detection: scores and timings as data (no printing).

Scoring follows shared/eval/README.md: binary precision/recall/F1 on `handoff`, then
per category with `none` as the negative class (a predicted category counts only if it
matches), recall on the categories where a miss costs most, and time per message. For
safety, the serious messages (distress, crisis, harassment) are also counted by where
they went: which category, and whether they reached a person at high or critical urgency
(`handoff_safety.py`), since a crisis handed off as harassment at once is not a miss.
The detector as shipped (rules + model), the rules alone and a naive keyword baseline
run on the same messages, so what each part adds is visible.
"""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.bench.handoff_safety import (
    SERIOUS_CATEGORIES,
    Judged,
    Outcome,
    SeriousTally,
    outcome_of,
    tally,
    unreached_total,
)
from bot.handoff.detection.classifier import HandoffClassifier

CRITICAL_CATEGORIES: tuple[str, ...] = SERIOUS_CATEGORIES
TARGET_RECALL = 0.95
TARGET_PRECISION = 0.90
TARGET_MEDIAN_MS = 5.0

# Deliberately naive: a few obvious words per category, substring match, no negation,
# idiom or joke handling. It is the bar the rules must clear.
BASELINE_KEYWORDS: dict[str, tuple[str, ...]] = {
    "crisis": ("urgent", "explos", "pompiers", "crise", "accident", "malaise", "blessé"),
    "harassment": ("harcel", "harass", "insult", "menace", "moque"),
    "distress": ("suicide", "mourir", "meurs", "mort", "décédé", "déprim", "dying"),
    "legal": ("avocat", "plainte", "lawyer", "juridique", "tribunal", "loi"),
    "privacy_request": ("rgpd", "gdpr", "mes données", "supprimer", "droit à l'image"),
    "anger": ("colère", "scandaleux", "inadmissible", "marre", "énerv", "angry", "furious"),
    "explicit_request": ("humain", "human", "conseiller", "vraie personne", "real person"),
    "strategic": ("journaliste", "partenariat", "sponsor", "concurrent", "journalist"),
    "technical": ("bug", "bloqué", "mot de passe", "plante", "locked out", "crash"),
}

# A category alone, or a verdict with its urgency (needed to tell whether a serious
# message reached a person at high or critical urgency).
Predict = Callable[[str], str | Judged]


@dataclass(frozen=True, slots=True)
class Example:
    id: str
    text: str
    handoff: bool
    category: str


@dataclass(frozen=True, slots=True)
class Scores:
    precision: float
    recall: float
    f1: float
    support: int = 0


@dataclass(frozen=True, slots=True)
class Miss:
    id: str
    text: str
    expected: str
    got: str


@dataclass(slots=True)
class SystemResult:
    name: str
    binary: Scores
    per_category: dict[str, Scores]
    misses: list[Miss]
    median_ms: float
    p95_ms: float
    serious: dict[str, SeriousTally] = field(default_factory=dict)

    @property
    def false_alarms(self) -> int:
        """Harmless messages handed to a person."""
        return sum(miss.expected == "none" for miss in self.misses)

    @property
    def missed(self) -> int:
        """Messages that needed a person and stayed with the bot."""
        return sum(miss.got == "none" for miss in self.misses)

    def unreached(self) -> dict[str, int | None]:
        """Serious messages not handed off at high or critical urgency, per category
        (None: the predictor gives no urgency)."""
        return {c: t.unreached_known for c, t in self.serious.items()}

    def critical_recall(self) -> dict[str, float]:
        return {
            c: self.per_category[c].recall for c in CRITICAL_CATEGORIES if c in self.per_category
        }


@dataclass(slots=True)
class BenchReport:
    data_path: Path
    n: int
    systems: list[SystemResult] = field(default_factory=list)

    def targets(self, system: SystemResult) -> list[tuple[str, bool]]:
        critical = system.critical_recall()
        unreached = system.unreached()
        total = unreached_total(system.serious)
        detail = " · ".join(f"{c} {'?' if n is None else n}" for c, n in unreached.items())
        return [
            (f"recall ≥ {TARGET_RECALL:.2f}", system.binary.recall >= TARGET_RECALL),
            (f"precision ≥ {TARGET_PRECISION:.2f}", system.binary.precision >= TARGET_PRECISION),
            (
                "no exact-label miss on distress/crisis/harassment",
                all(r == 1.0 for r in critical.values()),
            ),
            (
                f"serious messages not reaching a person at high/critical: "
                f"{'?' if total is None else total} ({detail or 'none in the set'})",
                total == 0,
            ),
            (f"median ≤ {TARGET_MEDIAN_MS:.0f} ms", system.median_ms <= TARGET_MEDIAN_MS),
        ]


def load_examples(path: Path) -> list[Example]:
    examples = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            row = json.loads(line)
            examples.append(
                Example(str(row["id"]), row["text"], bool(row["handoff"]), row["category"])
            )
        except (json.JSONDecodeError, KeyError, TypeError) as exc:
            raise ValueError(f"{path}:{number}: not a handoff example ({exc})") from None
    return examples


def baseline_predict(text: str) -> str:
    lowered = text.lower().replace("’", "'")
    for category, words in BASELINE_KEYWORDS.items():
        if any(word in lowered for word in words):
            return category
    return "none"


def _ratio(num: int, den: int) -> float:
    return num / den if den else 0.0


def _scores(tp: int, fp: int, fn: int) -> Scores:
    precision, recall = _ratio(tp, tp + fp), _ratio(tp, tp + fn)
    f1 = _ratio(2 * tp, 2 * tp + fp + fn)
    return Scores(precision, recall, f1, support=tp + fn)


def score(
    name: str, examples: Sequence[Example], predict: Predict, repeats: int = 3
) -> SystemResult:
    outcomes: list[Outcome] = []
    timings: list[float] = []
    for example in examples:
        runs = []
        for _ in range(max(1, repeats)):
            start = time.perf_counter()
            got = predict(example.text)
            runs.append((time.perf_counter() - start) * 1000)
        outcomes.append(outcome_of(got))
        timings.append(statistics.median(runs))
    predictions = [o.category for o in outcomes]
    gold = [e.category for e in examples]
    tp = sum(g != "none" and p != "none" for g, p in zip(gold, predictions, strict=True))
    fp = sum(g == "none" and p != "none" for g, p in zip(gold, predictions, strict=True))
    fn = sum(g != "none" and p == "none" for g, p in zip(gold, predictions, strict=True))
    per_category = {}
    for category in sorted({g for g in gold if g != "none"}):
        c_tp = sum(g == category and p == category for g, p in zip(gold, predictions, strict=True))
        c_fp = sum(g != category and p == category for g, p in zip(gold, predictions, strict=True))
        c_fn = sum(g == category and p != category for g, p in zip(gold, predictions, strict=True))
        per_category[category] = _scores(c_tp, c_fp, c_fn)
    misses = [
        Miss(e.id, e.text, e.category, p)
        for e, p in zip(examples, predictions, strict=True)
        if e.category != p
    ]
    ordered = sorted(timings)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))] if ordered else 0.0
    return SystemResult(
        name=name,
        binary=_scores(tp, fp, fn),
        per_category=per_category,
        misses=misses,
        median_ms=statistics.median(timings) if timings else 0.0,
        p95_ms=p95,
        serious=tally(gold, outcomes),
    )


def run_bench(data_path: Path, classifier: HandoffClassifier, *, repeats: int = 3) -> BenchReport:
    """The detector as shipped first (rules + model), then the rules alone, then the
    keyword baseline; the targets apply to the first. The detectors' verdicts carry their
    urgency; a baseline handoff is given its category's urgency."""
    examples = load_examples(data_path)
    urgency = {c.name: c.urgency for c in classifier.rules.categories}

    def baseline(text: str) -> Outcome:
        category = baseline_predict(text)
        return Outcome(category, urgency.get(category, "normal") if category != "none" else "none")

    alone = HandoffClassifier(classifier.rules, model=None)
    for warm in (classifier, alone):
        warm.classify("warm-up")  # first call pays for lazy regex internals
    report = BenchReport(data_path=data_path, n=len(examples))
    if classifier.model is not None:
        report.systems.append(score("rules+model", examples, classifier.classify, repeats))
    report.systems.append(score("rules", examples, alone.classify, repeats))
    report.systems.append(score("baseline", examples, baseline, repeats))
    return report


def categories_of(report: BenchReport) -> Iterable[str]:
    seen: dict[str, None] = {}
    for system in report.systems:
        seen.update(dict.fromkeys(system.per_category))
    return seen
