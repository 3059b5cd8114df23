"""The figures of `ambassade bench solicitations` and their targets (issue 16)."""

from __future__ import annotations

from dataclasses import dataclass, field

from bot.bench.solicitations.delivery import DeliveryRun
from bot.bench.solicitations.fairness_sim import FairnessResult

P95_TARGET_SECONDS = 2.0


@dataclass
class BenchResult:
    fairness: FairnessResult | None = None
    delivery: list[DeliveryRun] = field(default_factory=list)

    def targets(self) -> list[tuple[str, bool]]:
        found: list[tuple[str, bool]] = []
        if self.fairness is not None:
            found += [(f"fairness: {name}", ok) for name, ok in self.fairness.targets()]
        for run in self.delivery:
            label = f"delivery ({run.database}, {_run_name(run)})"
            if run.error is not None:
                found.append((f"{label}: completed", False))
            if run.kills == 0:
                p95 = run.percentile(0.95)
                found.append(
                    (f"{label}: lateness p95 ≤ {P95_TARGET_SECONDS:g} s", p95 <= P95_TARGET_SECONDS)
                )
            found.append((f"{label}: 0 duplicates", run.duplicates == 0 and run.error is None))
            found.append((f"{label}: 0 missed", run.missed == 0 and run.error is None))
        return found

    def as_dict(self) -> dict[str, object]:
        return {
            "fairness": self.fairness.as_dict() if self.fairness else None,
            "delivery": [run.as_dict() for run in self.delivery],
            "targets": [{"target": name, "pass": ok} for name, ok in self.targets()],
        }


def _run_name(run: DeliveryRun) -> str:
    return f"killed ×{run.kills}" if run.kills else "steady"
