"""The offline answer's constants tried on a structure set without asking again (a
diagnostic, for building).

`python -m bot.bench.structure_sweep DIR [SETTINGS.json]` asks every question of the set in
DIR (and its unanswerable ones) once per scope, as the bench does (sentence encoder when
uncertain), keeps what retrieval handed the answer (hits, cosines, siblings), then builds
the answer again under each setting: {"name": {"knowledge.passages.SECOND_QUOTE_SHARE":
0.7, …}}. A constant imported by name into another module is patched there too only when
the setting names it there as well ("knowledge.quote_choice.MAX_QUOTES").

Per setting and scope it prints whole unit, answered, unanswerable abstained, the misses by
kind (`bot.bench.structure_misses.classify`), the share of answers quoting three passages
and the median length of an answer's quotes: aggregates only, so held-out sets may be
swept too. Retrieval runs once: a setting costs the answer building alone.
"""

from __future__ import annotations

import importlib
import json
import statistics
import sys
from collections import Counter
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import knowledge.answer as answer_module
import knowledge.base as base_module
from bot.bench.retrieval_structure import CLIENT
from bot.bench.structure_misses import classify, structure_set_kb
from bot.bench.structure_set import load_structure_set, load_unanswerable
from knowledge.access import sensitivities_for_role
from knowledge.answer import Answer
from knowledge.base import KnowledgeBase

ROLES = ("ambassador", "community_manager")
QUOTE_OPENERS = ("«", "“")

Call = tuple[tuple[Any, ...], dict[str, Any]]


@dataclass
class Tally:
    """One setting's figures in one scope."""

    questions: int = 0
    whole: int = 0
    answered: int = 0
    three: int = 0
    lengths: list[int] = field(default_factory=list)
    unanswerable: int = 0
    abstained: int = 0
    kinds: Counter[str] = field(default_factory=Counter)

    def add(self, answer: Answer, question: dict) -> None:
        self.questions += 1
        kind = classify(answer, question)
        if kind is not None:
            self.kinds[kind] += 1
        self.whole += kind is None
        if answer.answered:
            self.answered += 1
            quotes = quoted(answer.text)
            self.three += quote_count(quotes) >= 3
            self.lengths.append(len(quotes))

    def line(self) -> str:
        median = statistics.median(self.lengths) if self.lengths else 0
        kinds = " ".join(f"{k} {n}" for k, n in sorted(self.kinds.items()))
        return (
            f"whole {self.whole}/{self.questions} ({self.whole / max(self.questions, 1):.3f}) "
            f"answered {self.answered} · unanswerable abstained {self.abstained}/"
            f"{self.unanswerable} · 3 quotes {self.three / max(self.answered, 1):.2f} · "
            f"median quotes {median:.0f} chars · misses: {kinds or 'none'}"
        )


def quoted(text: str) -> str:
    """An answer's quotes: its text before the sources."""
    return text.split("\n\n", 1)[0].split("\n", 1)[-1]


def quote_count(quotes: str) -> int:
    return sum(1 for line in quotes.splitlines() if line.startswith(QUOTE_OPENERS))


@contextmanager
def patched(setting: Mapping[str, Any]) -> Iterator[None]:
    """The constants of `setting` ("module.path.NAME": value) set, then restored."""
    saved: list[tuple[Any, str, Any]] = []
    try:
        for key, value in setting.items():
            module_name, name = key.rsplit(".", 1)
            module = importlib.import_module(module_name)
            saved.append((module, name, getattr(module, name)))
            setattr(module, name, value)
        yield
    finally:
        for module, name, value in reversed(saved):
            setattr(module, name, value)


@contextmanager
def capturing(calls: list[Call]) -> Iterator[None]:
    """Every `extractive_answer` call the knowledge base makes, kept in `calls`."""
    original = base_module.extractive_answer

    def spy(*args: Any, **kwargs: Any) -> Answer:
        calls.append((args, kwargs))
        return original(*args, **kwargs)

    base_module.extractive_answer = spy
    try:
        yield
    finally:
        base_module.extractive_answer = original


def _ask(kb: KnowledgeBase, items: list[dict], role: str) -> list[Call]:
    """The last answer call of each question (the one the bench's answer came from)."""
    allowed = sensitivities_for_role(role)
    out: list[Call] = []
    for item in items:
        calls: list[Call] = []
        with capturing(calls):
            lang = "en" if item.get("lang") == "en" else "fr"
            kb.answer(CLIENT, item["question"], allowed_sensitivities=allowed, lang=lang)
        out.append(calls[-1])
    return out


def sweep(
    questions: list[dict],
    unanswerable: list[dict],
    calls: Mapping[str, tuple[list[Call], list[Call]]],
    settings: Mapping[str, Mapping[str, Any]],
) -> dict[str, dict[str, Tally]]:
    """Each setting's tally per role, the answers built again from the kept `calls`."""
    out: dict[str, dict[str, Tally]] = {}
    for name, setting in settings.items():
        with patched(setting):
            for role, (asked, refused) in calls.items():
                tally = Tally(unanswerable=len(refused))
                for question, (args, kwargs) in zip(questions, asked, strict=True):
                    tally.add(answer_module.extractive_answer(*args, **kwargs), question)
                tally.abstained = sum(
                    not answer_module.extractive_answer(*args, **kwargs).answered
                    for args, kwargs in refused
                )
                out.setdefault(name, {})[role] = tally
    return out


def main(argv: list[str]) -> None:
    data = Path(argv[0])
    settings: dict[str, Mapping[str, Any]] = {"start": {}}
    if len(argv) > 1:
        settings.update(json.loads(Path(argv[1]).read_text(encoding="utf-8")))
    questions, unanswerable = load_structure_set(data), load_unanswerable(data)

    with structure_set_kb(data) as kb:
        calls = {r: (_ask(kb, questions, r), _ask(kb, unanswerable, r)) for r in ROLES}
        found = sweep(questions, unanswerable, calls, settings)
    for name, tallies in found.items():
        for role, tally in tallies.items():
            print(f"{data.name} {name} {role}: {tally.line()}")


if __name__ == "__main__":
    main(sys.argv[1:])
