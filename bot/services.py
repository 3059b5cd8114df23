"""The long-lived parts every skill may use, built once at start-up, and what the
composition root wires between features (`bot.assistant`)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import partial
from typing import TYPE_CHECKING

from bot.clock import Clock, SystemClock
from bot.data_rights.registry import PersonalDataRegistry
from bot.gateway_embeddings import ClientEmbedders
from bot.handoff.settings import PerClientSettings
from bot.llm import ModelGateway
from bot.notices.consent import ConsentBook
from bot.people import Roster
from bot.policy.confidentiality import DetectorCache, ModelPolicy, PseudonymizingFilter
from bot.scheduler import JobScheduler
from bot.settings import Settings
from bot.store import Database
from bot.store.audit import DatabaseAuditSink
from bot.store.conversations import ConversationStore
from bot.tenants import ClientDirectory
from knowledge.base import KnowledgeBase
from knowledge.catalog import document_titles

if TYPE_CHECKING:
    from skills.workshop.hooks import FinishHandler, NoteWriter


@dataclass
class Services:
    settings: Settings
    db: Database
    conversations: ConversationStore
    clients: ClientDirectory
    gateway: ModelGateway
    knowledge: KnowledgeBase
    scheduler: JobScheduler
    roster: Roster
    # What time it is for decisions about people (solicitations): a ManualClock in tests.
    clock: Clock = field(default_factory=SystemClock)
    # What the handoff compiles per client (triage rules, detectors): one per assistant,
    # shared by the handoff stages and the staff skill.
    handoff_settings: PerClientSettings = field(default_factory=PerClientSettings)
    # What other features do when someone finishes a flow of the workshop engine (the NPS
    # survey keeps its answer): listed by the root (`bot.assistant`), given to the workshop.
    workshop_finish_handlers: tuple[FinishHandler, ...] = ()
    # The notes features write to a facilitator when a session starts or closes (the
    # synthesis offers itself): listed by the root, given to the workshop.
    workshop_note_writers: tuple[NoteWriter, ...] = ()
    # What each feature keeps about a person, to export and erase it (issue 20): filled by
    # the root (`bot.assistant.personal_data_stores`).
    personal_data: PersonalDataRegistry = field(default_factory=PersonalDataRegistry)

    @classmethod
    def build(cls, settings: Settings, *, migrate: bool = True) -> Services:
        settings.home.mkdir(parents=True, exist_ok=True)
        db = Database(settings.effective_database_url())
        if migrate:
            db.migrate()
        clients = ClientDirectory(settings.clients_dir)
        gateway = protected_gateway(settings, db, clients)
        return cls(
            settings=settings,
            db=db,
            conversations=ConversationStore(db),
            clients=clients,
            gateway=gateway,
            knowledge=knowledge_base_for(settings, gateway, background=True),
            scheduler=JobScheduler(db),
            roster=Roster(db),
        )

    async def aclose(self) -> None:
        self.scheduler.shutdown()
        await self.gateway.aclose()
        self.knowledge.close()
        self.db.dispose()


def protected_gateway(settings: Settings, db: Database, clients: ClientDirectory) -> ModelGateway:
    """The model gateway with the clients' privacy policy, pseudonymisation and audit log."""
    titles = partial(document_titles, settings.knowledge_dir)
    return ModelGateway(
        settings,
        outbound_filter=PseudonymizingFilter(clients.get, detectors=DetectorCache(titles=titles)),
        audit=DatabaseAuditSink(db),
        # Under `privacy.model_consent: required`, a person's words need their yes.
        client_policy=ModelPolicy(clients.get, consents=ConsentBook(db).has_consented),
    )


def knowledge_base_for(
    settings: Settings, gateway: ModelGateway | None = None, *, background: bool = False
) -> KnowledgeBase:
    """The client document stores under the home (lazy: nothing opens before first use).

    With an embedding model configured, its embeddings go through the model gateway, per
    client (policy, confidentiality filter, audit); without `gateway`, one is built here.
    `background`: chunks get their sentence vectors in a background thread (the bot).
    """
    if gateway is None and settings.embedding_model:
        db = Database(settings.effective_database_url())
        db.migrate()
        gateway = protected_gateway(settings, db, ClientDirectory(settings.clients_dir))
    embedder = ClientEmbedders(gateway) if gateway is not None and gateway.can_embed else None
    return KnowledgeBase(
        settings.knowledge_dir,
        embedder=embedder,
        sentence_encoder=settings.sentence_encoder != "off",
        encoder_scope=settings.sentence_encoder if settings.sentence_encoder != "off" else "all",
        background=background,
        chroma_url=settings.chroma_url,
    )
