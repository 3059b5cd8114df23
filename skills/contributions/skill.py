"""Contributions in chat: log them, see your points and the board, and, for staff, approve.

Ambassadors: `contribution TYPE [DATE] [LIEN] [note]`, or a sentence ("j'ai fait un
témoignage vidéo hier") the bot reads and proposes with buttons; `mes points`; `tableau`
(`tableau oui|non`), `annonces oui|non`. Staff: `contribution pour PERSONNE …`,
`contributions en attente`, `approuver N`, `rejeter N [raison]`, `contributions suspectes`,
`niveau PERSONNE NIVEAU`. The sender loop replays each due outbox row here
(`contrib:deliver`), so what the bot sends on its own passes the outbound check.
"""

from __future__ import annotations

import logging

from bot.core.messages import Action
from bot.core.registry import Skill, SkillRegistry, on_action
from bot.core.turn import Turn
from bot.outbox.delivery_action import deliver_outbox_row
from skills.contributions import deliveries
from skills.contributions.base import ContributionDeps
from skills.contributions.logging import LoggingCommands
from skills.contributions.mine import OwnCommands
from skills.contributions.render import DELIVER_ACTION
from skills.contributions.staff import StaffCommands

log = logging.getLogger(__name__)


class ContributionSkill(LoggingCommands, StaffCommands, OwnCommands, Skill):
    name = "contributions"

    @on_action(DELIVER_ACTION)
    async def deliver(self, turn: Turn, action: Action) -> None:
        await deliver_outbox_row(turn, action, deliveries.build, db=self.db, clock=self.clock)


def setup(registry: SkillRegistry, deps: ContributionDeps) -> None:
    registry.register(ContributionSkill(deps))
