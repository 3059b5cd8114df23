"""Offline, deterministic synthesis of participants' answers (issue 18, items 2 and 4)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from bot.synthesis.model import Answer, Distribution, Participation, Synthesis
from bot.synthesis.verify import verify
from prompts.catalog import normalize_language, text


def _questions(answers: Sequence[Answer]) -> list[str]:
    return list(dict.fromkeys(a.question for a in answers))


def distributions(answers: Sequence[Answer]) -> tuple[Distribution, ...]:
    """Counts per value for every scale or choice question, in first-seen question order."""
    result: list[Distribution] = []
    for question in _questions(answers):
        rows = [a for a in answers if a.question == question and a.kind in ("scale", "choice")]
        if not rows:
            continue
        counts = Counter(a.text.strip() for a in rows)
        kind = rows[0].kind
        ordered = sorted(counts.items(), key=_value_order(kind))
        result.append(Distribution(question, kind, tuple(ordered), tuple(a.id for a in rows)))
    return tuple(result)


def _value_order(kind: str):  # type: ignore[no-untyped-def]
    def key(item: tuple[str, int]) -> tuple[int, float, str]:
        value, count = item
        if kind == "scale":
            try:
                return (0, float(value.replace(",", ".")), value)
            except ValueError:
                return (1, 0.0, value)
        return (0, -count, value)

    return key


def participation(
    answers: Sequence[Answer], skipped: Mapping[str, int] | None = None
) -> tuple[Participation, ...]:
    """Per question: distinct participants who answered, and skips (given, or everyone else)."""
    everyone = {a.participant for a in answers}
    questions = _questions(answers) + [
        q for q in (skipped or {}) if q not in set(_questions(answers))
    ]
    result = []
    for question in questions:
        answered = len(
            {a.participant for a in answers if a.question == question and a.text.strip()}
        )
        skips = skipped[question] if skipped and question in skipped else len(everyone) - answered
        result.append(Participation(question, answered, skips))
    return tuple(result)


def synthesise(
    answers: Iterable[Answer],
    objectives: Sequence[str],
    *,
    language: str = "fr",
    skipped: Mapping[str, int] | None = None,
) -> Synthesis:
    """Synthesise `answers` against `objectives`, offline and deterministically; the result
    is already verified (`verify`)."""
    rows = [a for a in answers if a.text.strip()]
    lang = normalize_language(language)
    draft = Synthesis(
        participants=len({a.participant for a in rows}),
        unsupported_objectives=tuple(o for o in objectives if o.strip()),
        caveat=text(lang, "synthesis.caveat"),
        distributions=distributions(rows),
        participation=participation(rows, skipped),
        language=lang,
    )
    return verify(draft, rows)
