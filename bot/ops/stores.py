"""Whether the stores answer: the database's schema revision, the vector store.

Shared by `/readyz` (`bot.ops.health`), `ambassade migrate` and `ambassade doctor`.
"""

from __future__ import annotations

import asyncio
import tempfile
from typing import TYPE_CHECKING

import aiohttp

if TYPE_CHECKING:
    from bot.settings import Settings
    from bot.store import Database

CHROMA_URL_ENV = "AMBASSADE_CHROMA_URL"
HTTP_TIMEOUT_S = 5.0


def head_revision() -> str | None:
    """The latest migration this code ships."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    from bot.store.database import MIGRATIONS_DIR

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(db: Database) -> str | None:
    """The revision the database is at (None: never migrated). Raises when unreachable."""
    from alembic.runtime.migration import MigrationContext

    with db.engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def chroma_url(settings: Settings) -> str | None:
    """The Chroma server's URL when one is configured (else the embedded store is used)."""
    return settings.chroma_url


# What the bot's chromadb client uses on the server (its default tenant and database).
CHROMA_DATABASE_PATH = "/api/v2/tenants/default_tenant/databases/default_database"


async def chroma_server_problem(url: str) -> str | None:
    """None when the Chroma server answers its heartbeat and has the database the bot
    uses, else what is wrong."""
    base = url.rstrip("/")
    try:
        timeout = aiohttp.ClientTimeout(total=HTTP_TIMEOUT_S)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            async with session.get(base + "/api/v2/heartbeat") as response:
                if response.status != 200:
                    return f"the Chroma server answered HTTP {response.status}"
            async with session.get(base + CHROMA_DATABASE_PATH) as response:
                if response.status != 200:
                    return (
                        f"the Chroma server at {url} has no default database "
                        f"(HTTP {response.status}): is it a Chroma 1.x server?"
                    )
    except (aiohttp.ClientError, TimeoutError) as exc:
        return f"the Chroma server at {url} does not answer ({type(exc).__name__})"
    return None


def local_store_problem(settings: Settings) -> str | None:
    """None when the embedded store's directory can be written, else what is wrong."""
    directory = settings.knowledge_dir
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=directory, prefix=".probe-"):
            pass
    except OSError as exc:
        return f"cannot write {directory} ({exc.strerror or type(exc).__name__})"
    return None


async def vector_store_problem(settings: Settings) -> str | None:
    url = chroma_url(settings)
    if url:
        return await chroma_server_problem(url)
    return await asyncio.to_thread(local_store_problem, settings)
