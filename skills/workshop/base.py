"""What every part of the workshop skill shares: its dependencies, flows, storage, words."""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, TypeVar

from bot.core.messages import Target
from bot.core.numbers import parse_code
from bot.core.registry import Skill
from bot.core.turn import Turn
from bot.llm import ModelGateway
from bot.settings import Settings
from bot.store.database import Database
from knowledge.base import KnowledgeBase
from skills.workshop.engine import fold
from skills.workshop.hooks import FinishHandler, NoteWriter
from skills.workshop.loader import FlowCatalog
from skills.workshop.repository import (
    CODE_ALPHABET,
    CODE_LENGTH,
    WorkshopRepository,
)
from skills.workshop.schema import Flow
from skills.workshop.tables import WorkshopParticipant, WorkshopSession

T = TypeVar("T")

# Words people type (French first, English too); compared after `fold`.
BACK = {"retour", "back", "precedent", "previous"}
SKIP = {"passer", "skip"}
EDIT = {"modifier", "edit"}
PAUSE = {"pause"}
RESUME = {"reprendre", "resume"}
STATUS = {"statut", "status", "etat"}
NUDGE = {"relancer", "nudge", "remind"}
CLOSE = {"clore", "close", "fermer"}
LIST = {"", "liste", "list"}
GROUP = {"groupe", "group"}
OPEN = {"ouvert", "open"}
RESULTS = {"resultats", "results", "programme", "program"}
WAS_DONE = "__done__"  # return point of an edit made after finishing


class WorkshopDeps(Protocol):
    """What the workshop skill is built with (the root's `Services` has it)."""

    @property
    def db(self) -> Database: ...  # sessions, answers, outputs

    @property
    def settings(self) -> Settings: ...  # the operator's flows under `<home>/flows`

    @property
    def knowledge(self) -> KnowledgeBase: ...  # passages for suggestions

    @property
    def gateway(self) -> ModelGateway: ...  # model drafts of suggestions

    @property
    def workshop_finish_handlers(self) -> Sequence[FinishHandler]: ...  # (`hooks.py`)

    @property
    def workshop_note_writers(self) -> Sequence[NoteWriter]: ...  # (`hooks.py`)


@dataclass(frozen=True)
class Participation:
    """Where a message lands: a session and the sender's place in it (None: an outsider)."""

    session: WorkshopSession
    participant: WorkshopParticipant | None


def session_code(typed: str) -> str | None:
    """A workshop code as people type it ("k7p2q"), or None when it cannot be one."""
    return parse_code(typed, CODE_ALPHABET, CODE_LENGTH)


def first_word(message: str) -> tuple[str, str]:
    word, _, rest = message.strip().lstrip("/!").partition(" ")
    return fold(word), rest.strip()


class WorkshopBase(Skill):
    name = "workshop"
    flow_words = frozenset(BACK | SKIP | EDIT | PAUSE | RESUME | STATUS)
    out_of_flow = "workshop.out_of_flow"

    def __init__(
        self,
        repo: WorkshopRepository,
        catalog: FlowCatalog,
        knowledge: KnowledgeBase,
        gateway: ModelGateway,
        finish_handlers: Sequence[FinishHandler],
        note_writers: Sequence[NoteWriter] = (),
    ) -> None:
        self.repo = repo
        self.catalog = catalog
        self.knowledge = knowledge
        self.gateway = gateway
        # What other features do when someone finishes a flow: given by the root, in order.
        self.finish_handlers = tuple(finish_handlers)
        # The notes other features write to the facilitator (start, close).
        self.note_writers = tuple(note_writers)

    async def _db(self, work: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        return await asyncio.to_thread(work, *args, **kwargs)

    def _where(self, turn: Turn, session: WorkshopSession) -> tuple[Target, str | None]:
        """Answer where the person is, unless that is the channel (then a DM)."""
        incoming = turn.incoming
        if incoming.is_direct or (incoming.thread_id and incoming.thread_id == session.thread_id):
            return Target.SAME, None
        return Target.DIRECT, incoming.user_id

    def _flow_or_say(self, turn: Turn, session: WorkshopSession) -> Flow | None:
        flow = self.catalog.flows.get(session.flow)
        if flow is None:
            turn.say(turn.t("workshop.flow_unavailable", flow=session.flow))
        return flow

    def _session_label(self, turn: Turn, session: WorkshopSession) -> str:
        flow = self.catalog.flows.get(session.flow)
        return f"{flow.title.get(turn.language) if flow else session.flow} ({session.code})"

    def _outsider_text(self, turn: Turn, session: WorkshopSession) -> str:
        if session.audience == "open" and session.status == "open":
            return turn.t("workshop.not_participant_open", code=session.code)
        return turn.t("workshop.not_participant", code=session.code)
