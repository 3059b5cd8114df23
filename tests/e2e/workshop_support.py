"""Helpers for driving workshops through the console harness."""

from __future__ import annotations

import re

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.core.messages import Reply
from skills.workshop.repository import WorkshopRepository

CODE = re.compile(r"\(code ([A-Z0-9]{5})\)")
FAILURE = "quelque chose s'est mal passé"


def person(assistant: Assistant, user: str, role: str = "ambassador") -> ConsoleSession:
    return ConsoleSession(assistant, client="acme", user_id=user, role=role, user_name=user.title())


def code_of(replies: list[Reply]) -> str:
    match = CODE.search(render_all(replies))
    assert match, render_all(replies)
    return match[1]


async def answer(session: ConsoleSession, *messages: str) -> str:
    """Send each message; the transcript of the last replies (no failure allowed)."""
    transcript = ""
    for message in messages:
        transcript = render_all(await session.send(message))
        assert FAILURE not in transcript, f"{message!r} → {transcript}"
    return transcript


def repository(assistant: Assistant) -> WorkshopRepository:
    return WorkshopRepository(assistant.services.db)
