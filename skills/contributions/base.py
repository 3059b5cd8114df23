"""What every part of the contributions skill shares: who is talking."""

from __future__ import annotations

import asyncio

from bot.core.turn import Turn
from bot.people.tables import Person


class Handlers:
    @staticmethod
    async def _me(turn: Turn) -> Person:
        """The person behind this message (met now if new)."""
        incoming = turn.incoming
        return await asyncio.to_thread(
            turn.services.roster.met, turn.client_name, incoming.platform.value, incoming.user_id
        )
