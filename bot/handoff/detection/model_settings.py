"""How the learned model's score is used next to the rules (the rules' `model` section)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

MODEL_KEYS = frozenset(
    {
        "enabled", "threshold", "uncertain_below", "uncertain_above", "veto_below", "after_veto",
        "serious_above", "relabel_above", "serious_from",
    }
)  # fmt: skip
_SCORES = ("threshold", "uncertain_above", "uncertain_below", "after_veto")
_OPTIONAL_SCORES = ("veto_below", "serious_above", "relabel_above", "serious_from")


class ModelSettingsError(ValueError):
    def __init__(self, where: str, problem: str) -> None:
        self.where, self.problem = where, problem
        super().__init__(f"{where}: {problem}")


@dataclass(frozen=True, slots=True)
class ModelSettings:
    """How the learned model's handoff score (0..1) is used next to the rules.

    A message no rule flags is handed off when its score reaches `threshold`. Scores in
    [uncertain_above, uncertain_below) are uncertain: worth a chat model's second opinion
    when one is configured. A non-danger rule hit whose score is below `veto_below` is
    cleared (None: the model never overrides a rule). When the rules saw a match and
    cancelled it (a negation, a joke marker, an `unless`, a hypothetical framing), the
    model needs `after_veto` to overturn that judgement.
    """

    enabled: bool = True
    threshold: float = 0.4
    uncertain_above: float = 0.12
    uncertain_below: float = 0.6
    veto_below: float | None = None
    after_veto: float = 0.9
    # A rule hit in a mild category is moved to distress, crisis or harassment when the
    # model gives that category at least this probability (None: never).
    serious_above: float | None = 0.4
    # A rule hit in one serious category is moved to another serious category when the
    # model gives that one at least this probability and more than the rule's (None:
    # never). The urgency never goes down, danger stays.
    relabel_above: float | None = 0.7
    # When no rule fired: a serious category the model gives at least this probability is
    # handed off there, even if a milder category is likelier or the total score is below
    # `threshold` (None: only the threshold and the likeliest category count).
    serious_from: float | None = 0.15


def parse_model_settings(raw: Mapping[str, Any] | None) -> ModelSettings:
    """Settings from the rules' `model` mapping (keys already checked); defaults if None."""
    if raw is None:
        return ModelSettings()
    enabled = raw.get("enabled", True)
    if not isinstance(enabled, bool):
        raise ModelSettingsError("model.enabled", "must be true or false")
    defaults = ModelSettings()
    values: dict[str, float | None] = {}
    for key in _SCORES + _OPTIONAL_SCORES:
        value = raw.get(key, getattr(defaults, key))
        if value is None and key in _OPTIONAL_SCORES:
            values[key] = None
            continue
        if isinstance(value, bool) or not isinstance(value, int | float) or not 0 <= value <= 1:
            raise ModelSettingsError(f"model.{key}", "must be a number between 0 and 1")
        values[key] = float(value)
    low, threshold, high = (values[k] for k in ("uncertain_above", "threshold", "uncertain_below"))
    assert low is not None and threshold is not None and high is not None
    if not low <= threshold <= high:
        raise ModelSettingsError("model", "needs uncertain_above <= threshold <= uncertain_below")
    return ModelSettings(enabled=enabled, **values)  # type: ignore[arg-type]
