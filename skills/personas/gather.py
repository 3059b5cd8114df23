"""JE answers as persona input: anonymised by the synthesis' collector, each question
mapped to its dimension by the JE flow's step ids (so in any language it is shown in)."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from bot.personas.dimensions import step_dimension
from bot.personas.engine import draft
from bot.personas.model import PersonaSet
from skills.synthesis.collect import Collected, collect
from skills.workshop.repository import ParticipantAnswers
from skills.workshop.schema import Flow


def flow_dimensions(flow: Flow) -> dict[str, str | None]:
    """Each step's title, in both languages, → its dimension (None: not a dimension)."""
    known: dict[str, str | None] = {}
    for step in flow.steps:
        for language in ("fr", "en"):
            known[step.title.get(language)] = step_dimension(step.id)
    return known


@dataclass(frozen=True)
class Drafted:
    personas: PersonaSet
    collected: Collected


def draft_from_workshops(rows: Iterable[ParticipantAnswers], flow: Flow, language: str) -> Drafted:
    """Persona drafts of these JE participants (raises `TooFewParticipants`)."""
    collected = collect(rows, flow, language)
    personas = draft(collected.answers, known=flow_dimensions(flow), language=language)
    return Drafted(personas, collected)
