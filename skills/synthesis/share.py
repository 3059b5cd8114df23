"""The participant-safe version of a synthesis (`synthèse partage`).

Shown live to participants "si vous prenez soin de sécuriser le cadre": no verbatim, label
or value that names or identifies someone (the project's PII detector, plus the
participants' own names), and no minority view held by fewer than `MIN_SHARED_VIEW` people
(two people who said something apart are easy to recognise). The caveat stays.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace

from bot.policy.pii import PiiDetector
from bot.policy.pii.folding import fold
from bot.synthesis.model import Synthesis, Theme, Verbatim

MIN_SHARED_VIEW = 3

Identifies = Callable[[str], bool]


@dataclass(frozen=True)
class Shared:
    synthesis: Synthesis
    withheld_verbatims: int  # verbatims that named or identified someone
    withheld_points: int  # small minority views, points whose label identified someone


NAME_PART_MIN = 3  # "Léa" alone names her; "de", "Le" of "Jean Le Gall" name nobody


def name_forms(name: str) -> set[str]:
    """`name` folded, and each of its parts long enough to name someone alone: a verbatim
    may say "l'équipe de Dubois" or "comme Jean-Marc" of "Jean-Marc Dubois"."""
    whole = fold(name).strip()
    if not whole:
        return set()
    parts = {p for p in re.split(r"[\s\-._]+", whole) if len(p) >= NAME_PART_MIN}
    compounds = {p for p in whole.split() if len(p) >= NAME_PART_MIN}
    return {whole} | parts | compounds


def identifier_check(detector: PiiDetector, names: Iterable[str]) -> Identifies:
    """True for a text with personal data, or with one of `names` or a part of one that
    names someone alone (`name_forms`; folded, as whole words). A participant called
    "Rose" withholds verbatims about roses too: showing less is the safe side."""
    folded = sorted({form for n in names if n for form in name_forms(n)}, key=len)
    pattern = (
        re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in reversed(folded)) + r")(?!\w)")
        if folded
        else None
    )

    def identifies(text: str) -> bool:
        if pattern is not None and pattern.search(fold(text)):
            return True
        return bool(detector.detect(text))

    return identifies


def participant_safe(synthesis: Synthesis, identifies: Identifies) -> Shared:
    withheld_verbatims = 0
    withheld_points = 0
    themes: list[Theme] = []

    def keep(verbatims: tuple[Verbatim, ...]) -> tuple[Verbatim, ...]:
        nonlocal withheld_verbatims
        kept = tuple(v for v in verbatims if not identifies(v.text))
        withheld_verbatims += len(verbatims) - len(kept)
        return kept

    for theme in synthesis.themes:
        small = theme.minority and len(set(theme.participants)) < MIN_SHARED_VIEW
        labels = [theme.label, *(side.label for side in theme.sides)]
        if small or any(identifies(label) for label in labels):
            withheld_points += 1
            continue
        sides = tuple(replace(side, verbatims=keep(side.verbatims)) for side in theme.sides)
        themes.append(replace(theme, verbatims=keep(theme.verbatims), sides=sides))
    shown = {theme.label for theme in themes}
    objectives = tuple(
        replace(o, supported_by=tuple(label for label in o.supported_by if label in shown))
        for o in synthesis.objectives
    )
    # A need is a theme: withheld with it (a small minority's label must not come back here).
    needs = tuple(n for n in synthesis.unserved_needs if n.label in shown)
    safe_needs = tuple(n for n in needs if not identifies(n.label))
    withheld_points += len(needs) - len(safe_needs)
    distributions = tuple(
        replace(d, counts=tuple((value, n) for value, n in d.counts if not identifies(value)))
        for d in synthesis.distributions
    )
    safe = replace(
        synthesis,
        themes=tuple(themes),
        objectives=objectives,
        unserved_needs=safe_needs,
        distributions=distributions,
    )
    return Shared(safe, withheld_verbatims, withheld_points)
