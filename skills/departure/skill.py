"""Leaving the program (issue 20 item 7), from chat and as the staff learn of it.

`quitter le programme` / `leave the program`: a person leaves on their own, after a typed
confirmation (`QUITTER` / `LEAVE`; anything else cancels). As for any departure
(`bot.notices.departure`): nothing more is sent to them at once, the community managers
are told in their staff channel and reminded after the grace period that they may erase.
Their data stay until they ask (`oubli`); the team can take them back (`ambassade people
return`). Typed with a question ("quitter le programme, est-ce définitif ?"), it asks the
documents instead.

`departure:deliver`: the sender loop replays each due departure row here (the staff are
told someone left; at the end of the grace period, reminded they may erase), so what the
bot sends on its own passes the outbound check.
"""

from __future__ import annotations

import asyncio
from typing import Protocol

from bot.clock import Clock
from bot.core.messages import Action
from bot.core.registry import Skill, SkillRegistry, command, flow_step, fold_command, on_action
from bot.core.turn import Turn
from bot.notices import departure
from bot.notices.consent import person_id_of
from bot.outbox.delivery_action import deliver_outbox_row
from bot.services_view import ServicesView
from bot.store.database import Database
from bot.tenants import Role

CONFIRM_KEY = "departure_confirm"  # the word the person must type, while it is asked
WORDS = ("quitter", "leave")  # the confirmation words, in every language (folded)
MEMBERS = frozenset({Role.AMBASSADOR})  # staff are not members who leave


class DepartureDeps(Protocol):
    @property
    def db(self) -> Database: ...  # the outbox rows and the people

    @property
    def clock(self) -> Clock: ...


class DepartureSkill(ServicesView[DepartureDeps], Skill):
    name = "departure"

    async def has_active_flow(self, turn: Turn) -> bool:
        return turn.state.get("active_flow") == self.name and CONFIRM_KEY in turn.state

    @command(
        "quitter le programme",
        "leave the program",
        "leave the programme",
        summary="notices.departure.chat.summary",
        roles=MEMBERS,
    )
    async def leave_program(self, turn: Turn, args: str) -> None:
        fallback = turn.registry.fallback
        if any(ch.isalnum() for ch in args) and fallback is not None:
            turn.route = "fallback"  # a question about leaving: the documents answer it
            await fallback(turn)
            return
        word = turn.t("notices.departure.chat.word")
        turn.state["active_flow"] = self.name
        turn.state[CONFIRM_KEY] = word
        turn.say(turn.t("notices.departure.chat.confirm", client=_shown(turn), word=word))

    @flow_step()
    async def confirmation(self, turn: Turn) -> None:
        if fold_command(turn.text) not in WORDS:
            self.close_flow(turn)
            return
        turn.state.pop(CONFIRM_KEY, None)
        turn.state.pop("active_flow", None)
        left = await asyncio.to_thread(self._leave, turn)
        if left is None:
            turn.say(turn.t("notices.departure.chat.already", client=_shown(turn)))
            return
        turn.say(
            turn.t("notices.departure.chat.done", client=_shown(turn), cancelled=left.cancelled)
        )

    def close_flow(self, turn: Turn) -> None:
        word = turn.state.pop(CONFIRM_KEY, None) or turn.t("notices.departure.chat.word")
        turn.state.pop("active_flow", None)
        turn.say(turn.t("notices.departure.chat.cancelled", word=word))

    def _leave(self, turn: Turn) -> departure.Departure | None:
        assert turn.client is not None
        platform = turn.incoming.platform.value
        with self.db.session() as session:
            person_id = person_id_of(session, turn.client.name, platform, turn.incoming.user_id)
            if person_id is None:
                return None
            return departure.leave(
                session,
                turn.client,
                person_id,
                how="chat",
                platform=platform,
                now=self.clock.now(),
            )

    @on_action(departure.DELIVER_ACTION)
    async def deliver(self, turn: Turn, action: Action) -> None:
        await deliver_outbox_row(turn, action, departure.build, db=self.db, clock=self.clock)


def _shown(turn: Turn) -> str:
    assert turn.client is not None
    return turn.client.title


def setup(registry: SkillRegistry, deps: DepartureDeps) -> None:
    registry.register(DepartureSkill(deps))
