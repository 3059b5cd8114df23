"""What a log line says about the turn it was written in (issue 21: JSON logs).

The pipeline opens a turn's context (`turn_log_context`) and fills it as it learns
(the client, once resolved); the log formatter reads it (`current_turn_fields`). It is a
context variable: each asyncio task, and the threads started with `asyncio.to_thread`
from it, see the fields of their own turn.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

_TURN_FIELDS: ContextVar[dict[str, str] | None] = ContextVar("ambassade_turn", default=None)


@contextmanager
def turn_log_context(**fields: str | None) -> Iterator[None]:
    """Within the block, every log line carries these fields (None values are left out).

    Inside a turn's context already (the composition root opened it around more than
    the pipeline), the fields are added to it, which stays open after the block.
    """
    if _TURN_FIELDS.get() is not None:
        add_turn_log_fields(**fields)
        yield
        return
    token = _TURN_FIELDS.set({k: v for k, v in fields.items() if v})
    try:
        yield
    finally:
        _TURN_FIELDS.reset(token)


def add_turn_log_fields(**fields: str | None) -> None:
    """Add fields to the current turn's context (outside a turn: nothing happens)."""
    current = _TURN_FIELDS.get()
    if current is not None:
        current.update({k: v for k, v in fields.items() if v})


def current_turn_fields() -> dict[str, str]:
    return dict(_TURN_FIELDS.get() or {})
