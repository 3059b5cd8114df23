"""Scoring a synthesis against a planted truth (`S.truth.json` of the planted sets).

Matching rule: a found point (a theme without sides, or one side of an opposition) matches
a planted item (theme, opposition side or minority) when MORE THAN HALF of the point's
answer ids belong to that item (planted items are disjoint, so at most one matches).

- theme recall: planted themes matched by at least one found point;
- attribution precision: verbatims shown whose answer belongs to the item their point
  matches (a verbatim under a point that matches nothing counts as wrong);
  (`Score.wrong` lists each wrong one: the point, what it matches, what the answer belongs to);
- unverifiable shown: verbatims shown that are not a normalised substring of their answer;
- minorities found: planted minorities matched by a found minority view or opposition side;
- oppositions found: planted oppositions whose two sides are matched by the two sides of
  one found opposition;
- unsupported objectives / unserved needs found: every planted one listed (needs: a found
  unserved need matching the planted theme by the rule above).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from bot.synthesis.model import Answer, Synthesis, Verbatim
from bot.synthesis.verify import is_verbatim, normalise


@dataclass
class Point:
    label: str
    answer_ids: frozenset[str]
    verbatims: tuple[Verbatim, ...]
    kind: str  # convergence | minority | side | opposition-less divergence
    opposition: int | None = None  # index of its opposition among the themes


@dataclass
class Score:
    themes: int = 0
    themes_found: int = 0
    verbatims: int = 0
    verbatims_right: int = 0
    unverifiable_shown: int = 0
    minorities: int = 0
    minorities_found: int = 0
    oppositions: int = 0
    oppositions_found: int = 0
    unsupported: int = 0
    unsupported_found: int = 0
    wrongly_unsupported: int = 0
    unserved: int = 0
    unserved_found: int = 0
    found_points: int = 0
    spurious_points: int = 0
    dropped_unverifiable: int = 0
    missed: list[str] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)
    why_missed: list[str] = field(default_factory=list)  # "theme:KEY: left out"…

    def add(self, other: Score) -> None:
        for name, value in vars(other).items():
            if isinstance(value, int):
                setattr(self, name, getattr(self, name) + value)
            else:
                getattr(self, name).extend(value)

    @staticmethod
    def ratio(part: int, whole: int) -> float:
        return part / whole if whole else 1.0

    @property
    def theme_recall(self) -> float:
        return self.ratio(self.themes_found, self.themes)

    @property
    def attribution_precision(self) -> float:
        return self.ratio(self.verbatims_right, self.verbatims)


def points(synthesis: Synthesis) -> list[Point]:
    result: list[Point] = []
    for index, theme in enumerate(synthesis.themes):
        if theme.sides:
            for side in theme.sides:
                result.append(
                    Point(side.label, frozenset(side.answer_ids), side.verbatims, "side", index)
                )
        else:
            kind = "minority" if theme.minority else theme.kind
            result.append(Point(theme.label, frozenset(theme.answer_ids), theme.verbatims, kind))
    return result


def _match(ids: Iterable[str], planted: dict[str, frozenset[str]]) -> str | None:
    ids = frozenset(ids)
    for key, members in planted.items():
        if ids and len(ids & members) * 2 > len(ids):
            return key
    return None


def planted_items(truth: dict[str, Any]) -> dict[str, frozenset[str]]:
    """Every planted item of a truth file ("theme:KEY", "minority:KEY", "side:KEY:N") with
    the ids of the answers that express it."""
    themes = {f"theme:{t['key']}": frozenset(t["answer_ids"]) for t in truth["themes"]}
    minorities = {f"minority:{m['key']}": frozenset(m["answer_ids"]) for m in truth["minorities"]}
    sides = {
        f"side:{o['key']}:{n}": frozenset(s["answer_ids"])
        for o in truth["oppositions"]
        for n, s in enumerate(o["sides"])
    }
    return {**themes, **minorities, **sides}


def score(synthesis: Synthesis, answers: Sequence[Answer], truth: dict[str, Any]) -> Score:
    result = Score(dropped_unverifiable=synthesis.dropped_unverifiable)
    planted = planted_items(truth)
    themes = {k: v for k, v in planted.items() if k.startswith("theme:")}
    minorities = {k: v for k, v in planted.items() if k.startswith("minority:")}
    by_id = {a.id: a for a in answers}
    owner = {a: key for key, members in planted.items() for a in members}
    found = points(synthesis)
    matched: list[str | None] = [_match(p.answer_ids, planted) for p in found]
    result.found_points = len(found)
    result.spurious_points = sum(m is None for m in matched)
    for point, key in zip(found, matched, strict=True):
        for verbatim in point.verbatims:
            result.verbatims += 1
            answer = by_id.get(verbatim.answer_id)
            if answer is None or not is_verbatim(verbatim.text, answer.text):
                result.unverifiable_shown += 1
            if key is not None and verbatim.answer_id in planted[key]:
                result.verbatims_right += 1
            else:
                result.wrong.append(_wrong(point, key, verbatim, owner))
    hit = set(m for m in matched if m)
    result.themes = len(themes)
    result.themes_found = sum(k in hit for k in themes)
    result.missed += [k for k in themes if k not in hit]
    result.minorities = len(minorities)
    minority_hits = {
        m for p, m in zip(found, matched, strict=True) if m and p.kind in ("minority", "side")
    }
    result.minorities_found = sum(k in minority_hits for k in minorities)
    result.missed += [k for k in minorities if k not in minority_hits]
    result.oppositions = len(truth["oppositions"])
    for opposition in truth["oppositions"]:
        wanted = {f"side:{opposition['key']}:{n}" for n in range(len(opposition["sides"]))}
        by_theme: dict[int, set[str]] = {}
        for p, m in zip(found, matched, strict=True):
            if p.kind == "side" and p.opposition is not None and m in wanted:
                by_theme.setdefault(p.opposition, set()).add(m)
        if any(len(v) >= 2 for v in by_theme.values()):
            result.oppositions_found += 1
        else:
            result.missed.append(f"opposition:{opposition['key']}")
    shown_unsupported = {normalise(o) for o in synthesis.unsupported_objectives}
    planted_unsupported = {normalise(o) for o in truth["unsupported_objectives"]}
    result.unsupported = len(planted_unsupported)
    result.unsupported_found = len(planted_unsupported & shown_unsupported)
    result.wrongly_unsupported = len(shown_unsupported - planted_unsupported)
    result.missed += [f"unsupported:{o[:40]}" for o in planted_unsupported - shown_unsupported]
    needs = [_match(n.answer_ids, themes) for n in synthesis.unserved_needs]
    result.unserved = len(truth["unserved_needs"])
    for key in truth["unserved_needs"]:
        if f"theme:{key}" in needs:
            result.unserved_found += 1
        else:
            result.missed.append(f"unserved:{key}")
    return result


def _wrong(point: Point, key: str | None, verbatim: Verbatim, owner: dict[str, str]) -> str:
    """One wrong verbatim, told for a diagnosis (`bench synthesis --wrong`, dev sets only)."""
    belongs = owner.get(verbatim.answer_id, "noise")
    return (
        f"{point.kind} «{point.label}» ({len(point.answer_ids)} answers) ~ {key or 'nothing'}"
        f" | {verbatim.answer_id} ∈ {belongs}: {verbatim.text}"
    )
