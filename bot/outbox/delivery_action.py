"""The action the sender loop replays for a due outbox row, shared by every skill that sends.

The sender loop hands each due row to the pipeline as a scheduled event naming the row
(`AREA:deliver`); the area's skill renders it and the adapter delivers the reply.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from datetime import datetime

from bot.clock import Clock
from bot.core.messages import Action, Platform, Reply
from bot.core.numbers import BadNumber, parse_id
from bot.core.turn import Turn
from bot.store.database import Database
from bot.tenants import ClientConfig

log = logging.getLogger(__name__)

BuildReply = Callable[[Database, ClientConfig, int, datetime], Reply | None]


async def deliver_outbox_row(
    turn: Turn, action: Action, build: BuildReply, *, db: Database, clock: Clock
) -> None:
    """Render the row `action.value` names into the turn's replies (`build` reads it from
    `db`, at `clock`'s time: the skill's own, given at its setup).

    Only the scheduler may ask: a person replaying the action id is told it is stale.
    """
    if turn.incoming.platform is not Platform.SCHEDULER:
        log.warning("delivery action from %s refused", turn.incoming.platform)
        turn.say(turn.t("core.stale_action"), ephemeral=True)
        return
    outbox_id = parse_id(action.value, prefixed=False)
    if isinstance(outbox_id, BadNumber) or turn.client is None:
        return
    reply = await asyncio.to_thread(build, db, turn.client, outbox_id, clock.now())
    if reply is not None:
        turn.replies.append(reply)
