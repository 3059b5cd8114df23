"""What another feature does when someone finishes a flow of the workshop engine.

A feature that runs its own flow file through the engine (the program's NPS survey, whose
answers go to `nps_answer`) registers a hook for that flow id. The engine calls it after
the last answer is committed; each hook returns what to say to the person (or None). A
hook that fails is logged and skipped: the answers are kept in the workshop tables anyway.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from skills.workshop.tables import WorkshopParticipant, WorkshopSession

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Finished:
    session: WorkshopSession
    participant: WorkshopParticipant
    answers: dict[str, Any]  # step id → typed value
    language: str


Hook = Callable[[Finished], "str | None"]
_HOOKS: dict[str, Hook] = {}


def on_finish(flow_id: str, hook: Hook) -> None:
    """`hook` runs when a participant finishes `flow_id` (registering again replaces it)."""
    _HOOKS[flow_id] = hook


def run_finished(flow_id: str, finished: Finished) -> str | None:
    hook = _HOOKS.get(flow_id)
    if hook is None:
        return None
    try:
        return hook(finished)
    except Exception:
        log.exception("finish hook of flow %s failed", flow_id)
        return None


# -- notes for the facilitator ---------------------------------------------------------------
# A flow file names the notes its facilitator gets when a session starts or closes
# (`facilitator_notes: {start: [synthesis]}`); a feature registers the note by that name.
# A name nobody registered says nothing (the feature is not installed).


@dataclass(frozen=True)
class SessionNote:
    session: WorkshopSession
    moment: str  # "start" | "close"
    language: str  # the facilitator's


NoteHook = Callable[[SessionNote], "str | None"]
_NOTES: dict[str, NoteHook] = {}


def on_note(name: str, hook: NoteHook) -> None:
    """`hook` writes the note `name` (registering again replaces it)."""
    _NOTES[name] = hook


def run_notes(names: list[str], note: SessionNote) -> list[str]:
    """The notes `names` for one moment of a session; a failing note is logged and skipped."""
    said = []
    for name in names:
        hook = _NOTES.get(name)
        if hook is None:
            continue
        try:
            line = hook(note)
        except Exception:
            log.exception("facilitator note %s failed (%s)", name, note.moment)
            continue
        if line:
            said.append(line)
    return said
