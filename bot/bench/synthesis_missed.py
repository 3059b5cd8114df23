"""Why a planted theme is missed (`synthesis_eval`), for a diagnosis on development sets.

Each planted theme no found point matches is told by where its answers went:

- "left out": half or more of its answers are in no point (never grouped, or dropped);
- "merged": its largest share is in a point that matches another planted item;
- "diluted": its largest share is in a point that matches nothing (mixed with other ideas,
  half or less of that point);
- "scattered": its answers are spread over several points, none holding two of them.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from bot.bench.synthesis_eval import _match, planted_items, points
from bot.synthesis.model import Synthesis

CAUSES = ("left out", "merged", "diluted", "scattered")


def missed_causes(synthesis: Synthesis, truth: dict[str, Any]) -> dict[str, str]:
    """By missed planted theme ("theme:KEY"): its cause (one of `CAUSES`)."""
    planted = planted_items(truth)
    found = points(synthesis)
    matched = [_match(p.answer_ids, planted) for p in found]
    pointed = frozenset(a for p in found for a in p.answer_ids)
    result: dict[str, str] = {}
    for key, members in planted.items():
        if not key.startswith("theme:") or key in matched:
            continue
        if len(members - pointed) * 2 >= len(members):
            result[key] = "left out"
            continue
        shares = [(len(members & p.answer_ids), m) for p, m in zip(found, matched, strict=True)]
        best, owner = max(shares, key=lambda share: share[0])
        if best < 2:
            result[key] = "scattered"
        else:
            result[key] = "merged" if owner is not None else "diluted"
    return result


def tally(causes: dict[str, str]) -> dict[str, int]:
    """How many missed themes each cause explains."""
    counted = Counter(causes.values())
    return {cause: counted[cause] for cause in CAUSES}
