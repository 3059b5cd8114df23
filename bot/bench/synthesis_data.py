"""Reproducible generated workshop answers for `ambassade bench synthesis`.

`generate()` draws, with a seeded random generator, each participant's answers from the
theme wordings of `synthesis_pools.yaml` and returns the planted truth beside them (which
answers express which theme), in the same shape as the planted sets' `truth.json`.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

import yaml

from bot.synthesis.model import Answer

POOLS_PATH = Path(__file__).with_name("synthesis_pools.yaml")
MAX_THEMES_PER_ANSWER = 2


@lru_cache(maxsize=1)
def pools() -> dict[str, Any]:
    data = yaml.safe_load(POOLS_PATH.read_text(encoding="utf-8"))
    assert isinstance(data, dict)
    return data


@dataclass
class GeneratedSet:
    answers: list[Answer] = field(default_factory=list)
    objectives: list[str] = field(default_factory=list)
    truth: dict[str, Any] = field(default_factory=dict)


def generate(
    participants: int, *, languages: tuple[str, ...] = ("fr",), seed: int = 18
) -> GeneratedSet:
    """`participants` people answering every question of each language's pool."""
    rng = random.Random(seed)
    result = GeneratedSet()
    planted: dict[str, dict[str, Any]] = {}
    unsupported: list[str] = []
    served: set[str] = set()
    for language in languages:
        pool = pools()[language]
        for objective in pool["objectives"]:
            result.objectives.append(objective["text"])
            served.update(objective["serves"])
            if not objective["serves"]:
                unsupported.append(objective["text"])
        for q_index, question in enumerate(pool["questions"]):
            _answer_question(rng, result, planted, language, q_index, question, participants)
    result.truth = _truth(planted, unsupported, served)
    return result


def _answer_question(
    rng: random.Random,
    result: GeneratedSet,
    planted: dict[str, dict[str, Any]],
    language: str,
    q_index: int,
    question: dict[str, Any],
    participants: int,
) -> None:
    people = [f"{language}-p{n + 1}" for n in range(participants)]
    if question["kind"] != "text":
        weights = [rng.random() + 0.2 for _ in question["values"]]
        for n, person in enumerate(people):
            value = rng.choices(question["values"], weights)[0]
            result.answers.append(
                Answer(
                    f"{language}-q{q_index}-{n + 1}",
                    person,
                    question["text"],
                    value,
                    question["kind"],
                )
            )
        return
    themes: dict[str, dict[str, Any]] = question["themes"]
    held: dict[str, list[str]] = {person: [] for person in people}
    sides = [name for name, theme in themes.items() if theme["kind"] == "side"]
    for name, theme in themes.items():
        if theme["kind"] == "minority":
            for person in rng.sample(people, max(2, round(theme["share"] * participants))):
                held[person].append(name)
    for person in people:
        if sides:
            roll, total = rng.random(), 0.0
            for name in sides:
                total += themes[name]["share"]
                if roll < total:
                    held[person].append(name)
                    break
        for name, theme in themes.items():
            room = len(held[person]) < MAX_THEMES_PER_ANSWER
            if theme["kind"] == "convergence" and room and rng.random() < theme["share"]:
                held[person].append(name)
        if not held[person]:
            convergent = [n for n, t in themes.items() if t["kind"] == "convergence"] or list(
                themes
            )
            held[person].append(rng.choice(convergent))
    for n, person in enumerate(people):
        names = held[person][: MAX_THEMES_PER_ANSWER + 1]
        rng.shuffle(names)
        text = ". ".join(rng.choice(themes[name]["wordings"]) for name in names) + "."
        answer_id = f"{language}-q{q_index}-{n + 1}"
        result.answers.append(Answer(answer_id, person, question["text"], text))
        for name in names:
            theme = themes[name]
            entry = planted.setdefault(
                name,
                {
                    "id": name,
                    "kind": theme["kind"],
                    "question": question["text"],
                    "need": bool(theme.get("need")),
                    "opposition": theme.get("opposition"),
                    "answer_ids": [],
                },
            )
            entry["answer_ids"].append(answer_id)


def _truth(
    planted: dict[str, dict[str, Any]], unsupported: list[str], served: set[str]
) -> dict[str, Any]:
    themes = [t for t in planted.values() if t["kind"] == "convergence"]
    minorities = [t for t in planted.values() if t["kind"] == "minority"]
    oppositions: dict[str, list[dict[str, Any]]] = {}
    for theme in planted.values():
        if theme["kind"] == "side":
            oppositions.setdefault(theme["opposition"], []).append(theme)
    return {
        "themes": [
            {"key": t["id"], "kind": "convergence", "answer_ids": t["answer_ids"]} for t in themes
        ],
        "oppositions": [
            {
                "key": key,
                "sides": [{"label": s["id"], "answer_ids": s["answer_ids"]} for s in sides],
            }
            for key, sides in oppositions.items()
        ],
        "minorities": [{"key": t["id"], "answer_ids": t["answer_ids"]} for t in minorities],
        "unsupported_objectives": unsupported,
        "unserved_needs": [t["id"] for t in themes if t["need"] and t["id"] not in served],
    }
