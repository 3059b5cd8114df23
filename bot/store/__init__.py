"""Durable storage: sqlmodel models, Alembic migrations, small repositories."""

from bot.store.database import Database

__all__ = ["Database"]
