"""Whether a benchmark can use the database URL it was given."""

from __future__ import annotations

from sqlalchemy import create_engine, text


def check_database(url: str | None) -> str | None:
    """Why the delivery runs cannot use `url` (None: they can)."""
    if url is None or url.startswith("sqlite"):
        return None
    if not url.startswith("postgresql"):
        return "only SQLite and PostgreSQL are supported"
    try:
        engine = create_engine(url)
        try:
            with engine.connect() as connection:
                connection.execute(text("SELECT 1"))
        finally:
            engine.dispose()
    except Exception as exc:  # the reason, not a traceback
        return f"{type(exc).__name__}: {str(exc).splitlines()[0]}"
    return None
