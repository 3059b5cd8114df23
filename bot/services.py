"""The long-lived parts every skill may use, built once at start-up."""

from __future__ import annotations

from dataclasses import dataclass

from bot.llm import ModelGateway
from bot.settings import Settings
from bot.store import Database
from bot.store.conversations import ConversationStore
from bot.tenants import ClientDirectory


@dataclass
class Services:
    settings: Settings
    db: Database
    conversations: ConversationStore
    clients: ClientDirectory
    gateway: ModelGateway

    @classmethod
    def build(cls, settings: Settings, *, migrate: bool = True) -> Services:
        settings.home.mkdir(parents=True, exist_ok=True)
        db = Database(settings.effective_database_url())
        if migrate:
            db.migrate()
        return cls(
            settings=settings,
            db=db,
            conversations=ConversationStore(db),
            clients=ClientDirectory(settings.clients_dir),
            gateway=ModelGateway.from_settings(settings),
        )

    async def aclose(self) -> None:
        await self.gateway.aclose()
        self.db.dispose()
