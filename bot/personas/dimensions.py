"""Which persona dimension each answer speaks to (needs, motivations, brakes, preferred
contributions, time available).

The JE flow's steps are mapped by id (`dimensions.yaml`, `steps`), so the mapping holds in
any language the flow is shown in; other questions (answers from a file) by their words;
an answer to a question that matched nothing, by its own words. What matches nothing is
not used for personas.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.personas.model import DIMENSIONS
from bot.synthesis.model import Answer
from bot.synthesis.verify import normalise

DATA_PATH = Path(__file__).with_name("dimensions.yaml")


@lru_cache(maxsize=1)
def _data() -> dict[str, Any]:
    data = yaml.safe_load(DATA_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@lru_cache(maxsize=2)
def _patterns(section: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    result = []
    for dimension, words in _data()[section].items():
        assert dimension in DIMENSIONS, dimension
        alternatives = "|".join(re.escape(normalise(str(w))) for w in words)
        result.append((dimension, re.compile(rf"(?<!\w)(?:{alternatives})")))
    return tuple(result)


def _match(section: str, said: str) -> str | None:
    folded = normalise(said)
    for dimension, pattern in _patterns(section):
        if pattern.search(folded):
            return dimension
    return None


def step_dimension(step_id: str) -> str | None:
    found = _data()["steps"].get(step_id)
    return str(found) if found else None


def question_dimension(question: str) -> str | None:
    return _match("questions", question)


def answer_dimension(answer: Answer) -> str | None:
    return _match("answers", answer.text) if answer.kind == "text" else None


def dimensions_of(
    answers: Iterable[Answer], known: Mapping[str, str | None] | None = None
) -> dict[str, str]:
    """Answer id → dimension; `known` maps questions to dimensions first (the flow's
    steps, by their titles), then the question's words, then the answer's."""
    known = known or {}
    result: dict[str, str] = {}
    for answer in answers:
        if answer.question in known:
            dimension = known[answer.question]
        else:
            dimension = question_dimension(answer.question) or answer_dimension(answer)
        if dimension is not None:
            result[answer.id] = dimension
    return result
