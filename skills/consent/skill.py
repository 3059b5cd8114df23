"""`consentement oui|non` / `consent yes|no`: a person's answer about external models.

Under `privacy.model_consent: required` the gateway serves offline anyone who has not
said yes (`ModelPolicy.allows_person`); the first-contact notice names this command.
Without an argument, the person is told where they stand.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from bot.core.registry import ALL_ROLES, Skill, SkillRegistry, command
from bot.core.turn import Turn
from bot.llm import ModelGateway
from bot.notices.consent import ConsentBook
from bot.notices.notice import uses_external_model
from bot.people import Roster
from bot.store.database import Database

_ANSWERS = {
    "oui": True,
    "yes": True,
    "ok": True,
    "d'accord": True,
    "non": False,
    "no": False,
}


class ConsentDeps(Protocol):
    @property
    def db(self) -> Database: ...  # the `consent` table

    @property
    def roster(self) -> Roster: ...  # who is speaking

    @property
    def gateway(self) -> ModelGateway: ...  # whether a model is used at all


class ConsentSkill(Skill):
    name = "consent"

    def __init__(self, deps: ConsentDeps) -> None:
        self.book = ConsentBook(deps.db)
        self.roster = deps.roster
        self.gateway = deps.gateway

    @command(
        "consentement",
        "consent",
        summary="notices.consent.summary",
        usage="notices.consent.usage",
        roles=ALL_ROLES,
        flow_args="oui|non|yes|no",
    )
    async def consent(self, turn: Turn, args: str) -> None:
        assert turn.client is not None
        client, incoming = turn.client, turn.incoming
        if client.privacy.model_consent != "required":
            used = uses_external_model(client, self.gateway)
            model = turn.t("notices.model_used" if used else "notices.model_none")
            turn.say(turn.t("notices.consent.not_asked", model=model))
            return
        wanted = args.strip().casefold()
        if not wanted:
            yes = await asyncio.to_thread(
                self.book.has_consented, client.name, incoming.platform.value, incoming.user_id
            )
            turn.say(turn.t("notices.consent.status_yes" if yes else "notices.consent.status_no"))
            return
        answer = _ANSWERS.get(wanted)
        if answer is None:
            turn.say(turn.t("notices.consent.bad", value=args.strip()[:40]))
            return
        person = await asyncio.to_thread(
            self.roster.met, client.name, incoming.platform.value, incoming.user_id
        )
        assert person.id is not None
        await asyncio.to_thread(
            self.book.decide, client.name, person.id, incoming.platform.value, answer
        )
        turn.say(turn.t("notices.consent.agreed" if answer else "notices.consent.refused"))


def setup(registry: SkillRegistry, deps: ConsentDeps) -> None:
    registry.register(ConsentSkill(deps))
