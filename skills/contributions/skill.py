"""Contributions in chat: log them, see your points and the board, and, for staff, approve.

Ambassadors: `contribution TYPE [DATE] [LIEN] [note]`, or a sentence ("j'ai fait un
témoignage vidéo hier") the bot reads and proposes with buttons; `mes points`; `tableau`
(`tableau oui|non`), `annonces oui|non`. Staff: `contribution pour PERSONNE …`,
`contributions en attente`, `approuver N`, `rejeter N [raison]`, `contributions suspectes`,
`niveau PERSONNE NIVEAU`. The sender loop replays each due outbox row here
(`contrib:deliver`), so what the bot sends on its own passes the outbound check.
"""

from __future__ import annotations

import asyncio
import logging

from bot.core.messages import Action, Platform
from bot.core.numbers import BadNumber, parse_id
from bot.core.skills import Skill, SkillRegistry, on_action
from bot.core.turn import Turn
from bot.people.tables import Person
from bot.services import Services
from skills.contributions import deliveries
from skills.contributions.logging import LoggingCommands
from skills.contributions.mine import OwnCommands
from skills.contributions.render import DELIVER_ACTION
from skills.contributions.staff import StaffCommands

log = logging.getLogger(__name__)


class ContributionSkill(LoggingCommands, StaffCommands, OwnCommands, Skill):
    name = "contributions"

    @on_action(DELIVER_ACTION)
    async def deliver(self, turn: Turn, action: Action) -> None:
        if turn.incoming.platform is not Platform.SCHEDULER:
            log.warning("delivery action from %s refused", turn.incoming.platform)
            turn.say(turn.t("core.stale_action"), ephemeral=True)
            return
        outbox_id = parse_id(action.value, prefixed=False)
        if isinstance(outbox_id, BadNumber):
            return
        assert turn.client is not None
        reply = await asyncio.to_thread(
            deliveries.build,
            turn.services.db,
            turn.client,
            outbox_id,
            turn.services.clock.now(),
        )
        if reply is not None:
            turn.replies.append(reply)

    @staticmethod
    async def _me(turn: Turn) -> Person:
        incoming = turn.incoming
        return await asyncio.to_thread(
            turn.services.roster.met, turn.client_name, incoming.platform.value, incoming.user_id
        )


def setup(registry: SkillRegistry, services: Services) -> None:
    registry.register(ContributionSkill())
