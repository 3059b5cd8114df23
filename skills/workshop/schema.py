"""The shape of a flow file, checked when the bot starts.

A flow is data: `skills/workshop/flows/<id>.yaml` (and extra files an operator
drops in `<home>/flows/`). Every text exists in French and English.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

STEP_ID = r"^[a-z][a-z0-9_]{0,63}$"
SCALE_MIN, SCALE_MAX = 0, 10


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Texts(_Strict):
    """One text per language."""

    fr: str = Field(min_length=1)
    en: str = Field(min_length=1)

    def get(self, language: str) -> str:
        return self.en if language == "en" else self.fr


class StepKind(StrEnum):
    TEXT = "text"
    LIST = "list"  # several entries, one per line
    SINGLE = "single"  # one option
    MULTIPLE = "multiple"  # several options
    SCALE = "scale"  # an integer from 0 to 10
    CONFIRM = "confirm"  # yes / no
    SUGGEST = "suggest"  # the assistant drafts, the participant keeps, edits or rejects


CHOICE_KINDS = frozenset({StepKind.SINGLE, StepKind.MULTIPLE})


class Hint(_Strict):
    """A candidate the flow itself offers for a suggestion (e.g. a KPI for an objective)."""

    label: Texts
    measure: Texts | None = None


class Option(_Strict):
    value: str = Field(pattern=STEP_ID)
    label: Texts
    hints: list[Hint] = Field(default_factory=list)


class Condition(_Strict):
    """Skip a step when an earlier answer matches: exactly one test is given."""

    model_config = ConfigDict(extra="forbid", frozen=True, populate_by_name=True)

    step: str
    equals: Any = None
    one_of: list[Any] | None = None
    empty: bool | None = None
    below: float | None = None
    above: float | None = None
    contains: str | None = None
    lacks: str | None = None

    @model_validator(mode="after")
    def _one_test(self) -> Condition:
        tests = [
            name
            for name in ("equals", "one_of", "empty", "below", "above", "contains", "lacks")
            if getattr(self, name) is not None
        ]
        if len(tests) != 1:
            raise ValueError(
                "skip_when needs exactly one of equals, one_of, empty, below, above, "
                f"contains, lacks (got {tests or 'none'})"
            )
        return self


class Step(_Strict):
    id: str = Field(pattern=STEP_ID)
    kind: StepKind
    title: Texts  # short name, shown in progress and accepted by `modifier`
    ask: Texts
    help: Texts | None = None
    required: bool = True
    options: list[Option] = Field(default_factory=list)
    options_from: str | None = Field(
        default=None, description="'<flow>.<step>': reuse another flow's options."
    )
    allow_other: bool = False  # a choice step also accepts free text
    fields: list[str] = Field(
        default_factory=list,
        description="list steps: each entry is 'first : second, … | third, …'.",
    )
    generator: Literal["kpis", "themes"] | None = None  # suggest steps only
    sources: list[str] = Field(default_factory=list, description="earlier steps a suggestion reads")
    needs_measure: bool = False  # suggest: each kept item says how it is measured
    max_items: int = Field(default=8, ge=1, le=30)
    skip_when: Condition | None = None
    output: str | None = Field(default=None, pattern=STEP_ID)

    @field_validator("fields")
    @classmethod
    def _field_names(cls, value: list[str]) -> list[str]:
        if value and len(value) < 2:
            raise ValueError("fields needs at least two names (or none)")
        return value

    @model_validator(mode="after")
    def _consistent(self) -> Step:
        choice = self.kind in CHOICE_KINDS
        if choice and not (self.options or self.options_from):
            raise ValueError(f"a {self.kind} step needs options or options_from")
        if not choice and (self.options or self.options_from or self.allow_other):
            raise ValueError(f"a {self.kind} step takes no options")
        if self.options and self.options_from:
            raise ValueError("give options or options_from, not both")
        if len({o.value for o in self.options}) != len(self.options):
            raise ValueError("option values must be unique")
        if (self.kind == StepKind.SUGGEST) != (self.generator is not None):
            raise ValueError("a suggest step needs a generator, and only suggest steps have one")
        if self.fields and self.kind != StepKind.LIST:
            raise ValueError("only list steps have fields")
        if self.kind == StepKind.SUGGEST and self.output == "purpose":
            raise ValueError("the purpose (raison d'être) is written by people, never suggested")
        return self


class FacilitatorNotes(_Strict):
    """Notes (written by features, see `hooks.NoteWriter`) the facilitator gets when a
    session of the flow starts or closes, e.g. the latest synthesis when ACTION starts."""

    start: list[str] = Field(default_factory=list)
    close: list[str] = Field(default_factory=list)


class Flow(_Strict):
    id: str = Field(pattern=STEP_ID)
    title: Texts
    intro: Texts
    collective: bool = Field(
        description="True: answers merge into one program definition (NOUS, ACTION); "
        "False: each participant's answers are kept apart (JE)."
    )
    steps: list[Step] = Field(min_length=1)
    facilitator_notes: FacilitatorNotes = Field(default_factory=FacilitatorNotes)

    def step(self, step_id: str) -> Step | None:
        return next((s for s in self.steps if s.id == step_id), None)

    def index(self, step_id: str) -> int:
        return next(i for i, s in enumerate(self.steps) if s.id == step_id)
