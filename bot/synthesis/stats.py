"""Scale and choice questions: distributions, split opinions, and participation per question."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence

from bot.synthesis.model import Answer, Distribution, Participation, Side, Theme

SPLIT_SHARE = 0.25  # each end of a scale holds at least this share: opinions are split


def questions(answers: Sequence[Answer]) -> list[str]:
    return list(dict.fromkeys(a.question for a in answers))


def _number(value: str) -> float | None:
    try:
        return float(value.strip().replace(",", "."))
    except ValueError:
        return None


def _value_order(kind: str) -> Callable[[tuple[str, int]], tuple[int, float, str]]:
    def key(item: tuple[str, int]) -> tuple[int, float, str]:
        value, count = item
        number = _number(value) if kind == "scale" else None
        if number is not None:
            return (0, number, value)
        return (1, -count, value)

    return key


def distributions(answers: Sequence[Answer]) -> tuple[Distribution, ...]:
    """Counts per value for every scale or choice question, in first-seen question order."""
    result: list[Distribution] = []
    for question in questions(answers):
        rows = [a for a in answers if a.question == question and a.kind in ("scale", "choice")]
        if not rows:
            continue
        kind = rows[0].kind
        counts = Counter(a.text.strip() for a in rows)
        ordered = sorted(counts.items(), key=_value_order(kind))
        result.append(Distribution(question, kind, tuple(ordered), tuple(a.id for a in rows)))
    return tuple(result)


def scale_oppositions(answers: Sequence[Answer]) -> tuple[Theme, ...]:
    """A divergence for each numeric scale whose low third and high third each hold at
    least `SPLIT_SHARE` of the respondents (sides: the low and the high values)."""
    result: list[Theme] = []
    for question in questions(answers):
        rows = [a for a in answers if a.question == question and a.kind == "scale"]
        numbers = [(a, _number(a.text)) for a in rows]
        valued = [(a, n) for a, n in numbers if n is not None]
        if len(valued) < 4:
            continue
        low_end, high_end = min(n for _, n in valued), max(n for _, n in valued)
        span = high_end - low_end
        if span <= 0:
            continue
        low = [a for a, n in valued if n <= low_end + span / 3]
        high = [a for a, n in valued if n >= high_end - span / 3]
        if min(len(low), len(high)) < SPLIT_SHARE * len(valued) or min(len(low), len(high)) < 2:
            continue
        sides = tuple(
            Side(
                label=_range(side),
                participants=tuple(dict.fromkeys(a.participant for a in side)),
                answer_ids=tuple(a.id for a in side),
            )
            for side in (low, high)
        )
        result.append(
            Theme(
                label=question,
                kind="divergence",
                participants=tuple(dict.fromkeys(a.participant for a in low + high)),
                answer_ids=tuple(a.id for a in low + high),
                sides=sides,
                question=question,
            )
        )
    return tuple(result)


def _range(side: list[Answer]) -> str:
    values = sorted({a.text.strip() for a in side}, key=lambda v: _number(v) or 0.0)
    return values[0] if len(values) == 1 else f"{values[0]}–{values[-1]}"


def participation(
    answers: Sequence[Answer], skipped: Mapping[str, int] | None = None
) -> tuple[Participation, ...]:
    """Per question: distinct participants who answered, and skips (given by the caller, or
    else the participants of the whole set who gave no answer to it)."""
    everyone = {a.participant for a in answers}
    asked = questions(answers)
    result = []
    for question in asked + [q for q in (skipped or {}) if q not in set(asked)]:
        answered = len(
            {a.participant for a in answers if a.question == question and a.text.strip()}
        )
        skips = skipped[question] if skipped and question in skipped else len(everyone) - answered
        result.append(Participation(question, answered, skips))
    return tuple(result)
