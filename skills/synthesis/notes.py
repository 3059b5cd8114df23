"""The synthesis's notes to a workshop facilitator (`facilitator_notes` in a flow file).

Closing a JE session offers its synthesis; starting an ACTION session shows the latest
synthesis in a few lines (ACTION validates the purpose and objectives against the needs).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Protocol

from bot.store.database import Database
from bot.synthesis.model import Synthesis
from bot.tenants import ClientConfig, ClientDirectory
from prompts.catalog import text
from skills.synthesis import chat
from skills.synthesis.store import SynthesisStore
from skills.workshop.hooks import NoteWriter, SessionNote

NOTE = "synthesis"
JE = "je"


def synthesis_note(
    store: SynthesisStore, client_config: Callable[[str], ClientConfig | None], note: SessionNote
) -> str | None:
    session, language = note.session, note.language
    if note.moment == "close":
        return text(language, "synthchat.offer", code=session.code) if session.flow == JE else None
    if note.moment != "start":
        return None
    latest = store.latest(session.client)
    if latest is None:
        return None
    scope = chat.scope_text(language, latest.scope)
    synthesis: Synthesis = latest.synthesis
    heading = text(
        language,
        "synthchat.brief",
        scope=scope,
        version=latest.version,
        when=chat.when(latest.created_at, client_config(session.client)),
        participants=synthesis.participants,
    )
    return chat.brief(synthesis, language=language, heading=heading)


class NoteDeps(Protocol):
    @property
    def db(self) -> Database: ...

    @property
    def clients(self) -> ClientDirectory: ...


def synthesis_note_writer(deps: NoteDeps) -> NoteWriter:
    """The `synthesis` note, for the composition root to give the workshop skill."""
    store = SynthesisStore(deps.db)
    return NoteWriter(NOTE, partial(synthesis_note, store, partial(client_or_none, deps.clients)))


def client_or_none(clients: ClientDirectory, name: str) -> ClientConfig | None:
    try:
        return clients.get(name)
    except Exception:  # a client file broken since: the note shows UTC-free local defaults
        return None
