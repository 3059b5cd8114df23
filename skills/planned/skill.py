"""Planned commands: words people are told to type, for features still to come.

Declared as data (`commands.yaml`); each word answers that its feature is not available
yet and offers a person. A real skill registering the same word replaces the entry.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import yaml

from bot.core.messages import Choice, ChoiceStyle
from bot.core.numbers import shorten
from bot.core.registry import Handler, Skill, SkillRegistry, command, mark_of
from bot.core.turn import Turn
from bot.handoff.api import REQUEST_ACTION
from prompts.catalog import LANGUAGES

PLANNED_FILE = Path(__file__).with_name("commands.yaml")
HANDOFF_VALUE = "planned"


@dataclass(frozen=True)
class PlannedCommand:
    feature: str  # names the text `commands.planned.features.<feature>`
    words: tuple[str, ...]  # every language's words, French first

    @property
    def summary_key(self) -> str:
        return f"commands.planned.features.{self.feature}"


class PlannedFileError(ValueError):
    pass


def load_planned(path: Path = PLANNED_FILE) -> list[PlannedCommand]:
    """The planned commands; a clear error naming the entry when the file is malformed."""
    data = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    if not isinstance(data, list):
        raise PlannedFileError(f"{path}: expected a list of planned commands")
    planned = []
    for index, entry in enumerate(data, start=1):
        feature = entry.get("feature") if isinstance(entry, dict) else None
        if not isinstance(feature, str) or not feature:
            raise PlannedFileError(f"{path}: entry {index} has no 'feature'")
        words = entry.get("words")
        if (
            not isinstance(words, dict)
            or set(words) - set(LANGUAGES)
            or not all(isinstance(w, list) for w in words.values())
        ):
            raise PlannedFileError(
                f"{path}: entry {index} ({feature}): 'words' maps fr/en to lists of words"
            )
        every = [str(word) for lang in LANGUAGES for word in words.get(lang, [])]
        if not every:
            raise PlannedFileError(f"{path}: entry {index} ({feature}) has no word")
        planned.append(PlannedCommand(feature, tuple(every)))
    return planned


class PlannedSkill(Skill):
    name = "planned"

    def __init__(self, planned: Iterable[PlannedCommand]) -> None:
        self.planned = list(planned)

    def handlers(self) -> Iterable[tuple[Any, Handler]]:
        for entry in self.planned:
            mark = command(*entry.words, summary=entry.summary_key, planned=True)
            handler = mark(partial(self.not_yet, entry))
            yield mark_of(handler), handler

    async def not_yet(self, entry: PlannedCommand, turn: Turn, args: str) -> None:
        said = turn.text.strip().lstrip("/!").strip()
        typed = shorten((said[: len(said) - len(args)] if args else said).rstrip(" !?.…"), 40)
        turn.ask_choice(
            turn.t("commands.planned.reply", feature=turn.t(entry.summary_key), command=typed),
            REQUEST_ACTION,
            [Choice(turn.t("commands.planned.human_choice"), HANDOFF_VALUE, ChoiceStyle.PRIMARY)],
        )


def setup(registry: SkillRegistry, deps: object) -> None:  # uses no service
    registry.register(PlannedSkill(load_planned()))
