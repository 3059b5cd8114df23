"""Why a planted theme or minority view is missed (`synthesis_eval`), for a diagnosis on
development sets.

Each planted theme or minority view no found point matches (a minority view: no minority
view nor opposition side) is told by where its answers went:

- "left out": half or more of its answers are in no point (never grouped, or dropped);
- "merged": its largest share is in a point that matches another planted item;
- "diluted": its largest share is in a point that matches nothing (mixed with other ideas,
  half or less of that point);
- "scattered": its answers are spread over several points, none holding two of them (for a
  minority view of two holders: each paired with another answer, or taken by a theme);
- "unflagged" (minority views only): a point matches it, but shows it as a convergence (more
  holders than a minority view has, `engine.minority_cap`).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from bot.bench.synthesis_eval import _match, planted_items, points
from bot.synthesis.model import Synthesis

CAUSES = ("left out", "merged", "diluted", "scattered", "unflagged")
SHOWN_SMALL = ("minority", "side")  # the kinds of point that show a minority view


def missed_causes(synthesis: Synthesis, truth: dict[str, Any]) -> dict[str, str]:
    """By missed planted theme ("theme:KEY") or minority view ("minority:KEY"): its cause
    (one of `CAUSES`)."""
    planted = planted_items(truth)
    found = points(synthesis)
    matched = [_match(p.answer_ids, planted) for p in found]
    shown_small = {m for p, m in zip(found, matched, strict=True) if p.kind in SHOWN_SMALL}
    pointed = frozenset(a for p in found for a in p.answer_ids)
    result: dict[str, str] = {}
    for key, members in planted.items():
        if key.startswith("theme:"):
            if key in matched:
                continue
        elif not key.startswith("minority:") or key in shown_small:
            continue
        elif key in matched:
            result[key] = "unflagged"
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


def tally(causes: dict[str, str], kind: str = "theme") -> dict[str, int]:
    """How many missed items of `kind` ("theme" or "minority") each cause explains."""
    counted = Counter(cause for key, cause in causes.items() if key.startswith(f"{kind}:"))
    return {cause: counted[cause] for cause in CAUSES}
