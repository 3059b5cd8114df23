"""Issue 18, item 2 (attribution precision): the second agglomeration of the encoder's parts
(`encoded._consolidate`): a theme split into small pieces is joined again, against the
session's own background, while minority views and one-off pairs are left apart."""

from __future__ import annotations

import numpy as np

from bot.synthesis import encoded
from bot.synthesis.features import build
from bot.synthesis.model import Answer
from bot.synthesis.text import clauses

DIM = 16


def _reading(count: int) -> encoded._Reading:
    answers = [
        Answer(f"a{i}", f"p{i}", "Vos attentes ?", f"Réponse numéro {i}.") for i in range(count)
    ]
    every = [c for i, a in enumerate(answers) for c in clauses(i, a.text, "fr")]
    assert len(every) == count
    return encoded._Reading([], every, answers, build(every, None))


def _vector(axis: int, row: int, extra: int | None = None) -> np.ndarray:
    vector = np.zeros(DIM, dtype=np.float32)
    vector[axis] = 1.0
    vector[(row % 5) + 10] += 0.15  # a little of something else
    if extra is not None:
        vector[extra] += 1.0
    return vector / np.linalg.norm(vector)


def _parts() -> tuple[encoded._Reading, dict[str, list[int]]]:
    plan = {
        "theme": (list(range(0, 5)), 0),  # 5 people: more than were read
        "fragment": ([5, 6], 0),  # a piece of the theme
        "minority": ([7, 8], 1),  # a view of two...
        "near_minority": ([9, 10, 11], 1),  # ...beside another small one: 5 people together
        "other_a": ([12, 13], 2),
        "other_b": ([14, 15], 3),
        "other_c": ([16, 17], 4),
        "other_d": ([18, 19], 5),
    }
    reading = _reading(22)
    for rows, axis in plan.values():
        for row in rows:
            reading.vector[row] = _vector(axis, row)
    # Two one-off ideas, one close to the theme: not a theme on their own, they join nothing.
    reading.vector[20] = _vector(0, 20, extra=6)
    reading.vector[21] = _vector(7, 21)
    parts = {name: rows for name, (rows, _) in plan.items()} | {"one_offs": [20, 21]}
    return reading, parts


def _units(reading: encoded._Reading, parts: dict[str, list[int]]) -> list[encoded._Unit]:
    return [reading.unit(rows, rows[: encoded.CANDIDATES]) for rows in parts.values()]


def test_i18_2_consolidate_joins_a_fragment_to_its_theme_and_keeps_views_apart() -> None:
    reading, parts = _parts()
    found = {tuple(sorted(u.rows)) for u in encoded._consolidate(_units(reading, parts), reading)}
    joined = tuple(sorted(parts["theme"] + parts["fragment"]))
    assert joined in found
    for name in ("minority", "near_minority", "other_a", "other_b", "one_offs"):
        assert tuple(parts[name]) in found, name
    assert len(found) == len(parts) - 1


def test_i18_2_consolidate_stops_on_the_session_background(monkeypatch) -> None:
    reading, parts = _parts()
    units = _units(reading, parts)
    # A bar no pair stands out of: nothing joins.
    with monkeypatch.context() as patch:
        patch.setattr(encoded, "MERGE_Z", 50.0)
        assert len(encoded._consolidate(units, reading)) == len(units)
    # Too few parts to measure a background: nothing joins either.
    few = [u for u in units if sorted(u.rows) in (parts["theme"], parts["fragment"])]
    assert len(encoded._consolidate(few, reading)) == 2
