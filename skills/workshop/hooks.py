"""What other features do when someone finishes a flow of the workshop engine.

A feature that reacts to a finished flow (the program's NPS survey writes `nps_answer`;
a synthesis could read a finished JE sheet) writes a `FinishHandler`: the id of the flow
it reacts to, and a function of `Finished`. Nothing is registered at import time: the
composition root lists the handlers (`workshop_finish_handlers` in `bot/assistant.py`, one
line per feature) and the workshop skill receives them at setup
(`WorkshopDeps.workshop_finish_handlers`).

The contract:
- a handler runs when one participant answers the last step of a flow (`Finished` holds
  the session, that participant, their answers by step id, and their language), once the
  answer is committed, in a worker thread (it may use the database; it must not await);
  it runs again, with the new answers, after an edit made once finished, so it must
  accept being called twice for one participant (keep one row per participant). Whether
  the whole session is over is the handler's to ask (`WorkshopRepository.participants`);
  a facilitator closing a session (`atelier clore`) is not a finish;
- it returns what to say to the person, or None. Every handler of the flow runs, in the
  listed order; what they say (joined, one per line) replaces the engine's "finished"
  message, which is said when none says anything;
- a handler that raises is logged and skipped: the answers stay in the workshop tables,
  the other handlers still run.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
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


@dataclass(frozen=True)
class FinishHandler:
    """`run` is called when a participant finishes the flow `flow_id`."""

    flow_id: str
    run: Callable[[Finished], str | None]


def run_finished(handlers: Sequence[FinishHandler], flow_id: str, done: Finished) -> str | None:
    """Run the handlers of `flow_id`; what they say, one per line, or None."""
    said: list[str] = []
    for handler in handlers:
        if handler.flow_id != flow_id:
            continue
        try:
            text = handler.run(done)
        except Exception:
            log.exception("finish handler of flow %s failed", flow_id)
            continue
        if text:
            said.append(text)
    return "\n".join(said) or None


# -- notes for the facilitator ---------------------------------------------------------------
# A flow file names the notes its facilitator gets when a session starts or closes
# (`facilitator_notes: {start: [synthesis]}`). A feature writes a note as a `NoteWriter`
# listed by the composition root (`workshop_note_writers` in `bot/assistant.py`) and given
# to the workshop skill at setup. A name no writer has says nothing (feature not installed).


@dataclass(frozen=True)
class SessionNote:
    session: WorkshopSession
    moment: str  # "start" | "close"
    language: str  # the facilitator's


@dataclass(frozen=True)
class NoteWriter:
    """`run` writes the note `name` for one moment of a session, or returns None."""

    name: str
    run: Callable[[SessionNote], str | None]


def run_notes(writers: Sequence[NoteWriter], names: list[str], note: SessionNote) -> list[str]:
    """The notes `names` for one moment of a session; a failing note is logged and skipped."""
    said = []
    for name in names:
        for writer in writers:
            if writer.name != name:
                continue
            try:
                line = writer.run(note)
            except Exception:
                log.exception("facilitator note %s failed (%s)", name, note.moment)
                continue
            if line:
                said.append(line)
    return said
