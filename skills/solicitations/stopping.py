"""Stopping and pausing: `stop rappels`, `pause [jusqu'au DATE]`, `reprendre`, and the
"keep me in / later / stop" buttons sent to someone paused for not answering.

A mixin of the solicitations skill (its handlers are found on the skill's class).
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta

from bot.core.messages import Action
from bot.core.skills import command, on_action
from bot.core.turn import Turn
from bot.people.tables import Person
from bot.solicitations.answers import Answers
from bot.solicitations.when import WhenError, parse_when
from bot.timezones import zone
from skills.solicitations.render import CHECKIN_ACTION, t

UNTIL = re.compile(r"^(?:jusqu'?au|jusqu’au|jusqu'a|until|till|to)\s+", re.IGNORECASE)
LATER = timedelta(days=30)


class StoppingCommands:
    @on_action(CHECKIN_ACTION)
    async def checkin_clicked(self, turn: Turn, action: Action) -> None:
        person = await self._me(turn)
        answers = Answers(turn.services.db, turn.services.clock)
        lang = turn.language
        if action.value == "keep":
            await asyncio.to_thread(answers.resume, person.id)
            turn.say(t(lang, "kept"))
        elif action.value == "later":
            until = turn.services.clock.now() + LATER
            await asyncio.to_thread(answers.pause, person.id, until)
            turn.say(t(lang, "later", date=self._date(turn, person, until)))
        elif action.value == "stop":
            await self._stop(turn, person)
        else:
            turn.say(turn.t("core.stale_action"), ephemeral=True)

    @command(
        "stop rappels",
        "stop reminders",
        "stop sollicitations",
        "stop solicitations",
        summary="solicitations.chat.stop_summary",
    )
    async def stop_command(self, turn: Turn, args: str) -> None:
        await self._stop(turn, await self._me(turn))

    async def _stop(self, turn: Turn, person: Person) -> None:
        answers = Answers(turn.services.db, turn.services.clock)
        dropped = await asyncio.to_thread(answers.stop, person.id)
        turn.say(t(turn.language, "stopped", count=dropped))

    @command(
        "pause",
        "pause rappels",
        "pause reminders",
        summary="solicitations.chat.pause_summary",
        usage="solicitations.chat.pause_usage",
    )
    async def pause_command(self, turn: Turn, args: str) -> None:
        assert turn.client is not None
        person = await self._me(turn)
        raw = UNTIL.sub("", args.strip()).strip()
        until: datetime | None = None
        if raw:
            tz = zone(person.timezone, turn.client.people.timezone)
            try:
                until = parse_when(_with_year(raw, turn.services.clock.now()), tz, end_of_day=True)
            except WhenError:
                turn.say(t(turn.language, "bad_date", value=raw))
                return
            if until <= turn.services.clock.now():
                turn.say(t(turn.language, "past_date", value=raw))
                return
        answers = Answers(turn.services.db, turn.services.clock)
        await asyncio.to_thread(answers.pause, person.id, until)
        if until is None:
            turn.say(t(turn.language, "paused"))
        else:
            turn.say(t(turn.language, "paused_to", date=self._date(turn, person, until)))

    @command(
        "reprendre",
        "resume",
        "reprendre rappels",
        "resume reminders",
        summary="solicitations.chat.resume_summary",
    )
    async def resume_command(self, turn: Turn, args: str) -> None:
        person = await self._me(turn)
        answers = Answers(turn.services.db, turn.services.clock)
        changed = await asyncio.to_thread(answers.resume, person.id)
        turn.say(t(turn.language, "resumed" if changed else "nothing_to_resume"))

    @staticmethod
    async def _me(turn: Turn) -> Person:
        incoming = turn.incoming
        return await asyncio.to_thread(
            turn.services.roster.met, turn.client_name, incoming.platform.value, incoming.user_id
        )

    @staticmethod
    def _date(turn: Turn, person: Person, moment: datetime) -> str:
        assert turn.client is not None
        tz = zone(person.timezone, turn.client.people.timezone)
        return f"{moment.astimezone(tz):%d/%m/%Y}"


def _with_year(raw: str, now: datetime) -> str:
    """ "15/04" means the next 15 April."""
    match = re.fullmatch(r"(\d{1,2})/(\d{1,2})", raw)
    if not match:
        return raw
    day, month = int(match[1]), int(match[2])
    year = now.year + (1 if (month, day) < (now.month, now.day) else 0)
    return f"{day}/{month}/{year}"
