"""Stopping and pausing: `stop rappels`, `pause [jusqu'au DATE]`, `reprendre`,
`je ne suis pas disponible [jusqu'au DATE]`, and the "keep me in / later / stop" buttons
sent to someone paused for not answering.

A mixin of the solicitations skill (its handlers are found on the skill's class).
"""

from __future__ import annotations

import asyncio
import re
from datetime import datetime, timedelta
from typing import Literal

from bot.core.messages import Action, Choice
from bot.core.numbers import parse_id
from bot.core.registry import command, on_action
from bot.core.turn import Turn
from bot.people.tables import Person
from bot.solicitations.answers import Answer
from bot.solicitations.book import SolicitationError
from bot.solicitations.when import WhenError, parse_when
from bot.timezones import zone
from skills.solicitations.base import Handlers
from skills.solicitations.render import CHECKIN_ACTION, t

UNTIL = re.compile(r"^(?:jusqu'?au|jusqu’au|jusqu'a|until|till|to)\s+", re.IGNORECASE)
LATER = timedelta(days=30)
UNAVAILABLE_ACTION = "solicit:unavailable"
UNAVAILABLE_SHOWN = 3  # decline buttons at most
PAUSE_DAYS = (14, 30)


class StoppingCommands(Handlers):
    @on_action(CHECKIN_ACTION)
    async def checkin_clicked(self, turn: Turn, action: Action) -> None:
        person = await self._me(turn)
        answers = self.answers()
        lang = turn.language
        if action.value == "keep":
            await asyncio.to_thread(answers.resume, turn.client, person.id)
            turn.say(t(lang, "kept"))
        elif action.value == "later":
            until = self.clock.now() + LATER
            await asyncio.to_thread(answers.pause, person.id, until, fresh_start=True)
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
        answers = self.answers()
        dropped = await asyncio.to_thread(answers.stop, turn.client, person.id)
        turn.say(t(turn.language, "stopped", count=dropped))

    @command(
        "pause",
        "pause rappels",
        "pause reminders",
        summary="solicitations.chat.pause_summary",
        usage="solicitations.chat.pause_usage",
    )
    async def pause_command(self, turn: Turn, args: str) -> None:
        person = await self._me(turn)
        until = self._until(turn, person, UNTIL.sub("", args.strip()).strip())
        if until is False:
            return
        answers = self.answers()
        await asyncio.to_thread(answers.pause, person.id, until)
        if until is None:
            turn.say(t(turn.language, "paused"))
        else:
            turn.say(t(turn.language, "paused_to", date=self._date(turn, person, until)))

    def _until(self, turn: Turn, person: Person, raw: str) -> datetime | Literal[False] | None:
        """The end of a pause typed by the person (None: no date); False after a refusal."""
        assert turn.client is not None
        if not raw:
            return None
        tz = zone(person.timezone, turn.client.people.timezone)
        try:
            until = parse_when(_with_year(raw, self.clock.now()), tz, end_of_day=True)
        except WhenError:
            turn.say(t(turn.language, "bad_date", value=raw))
            return False
        if until <= self.clock.now():
            turn.say(t(turn.language, "past_date", value=raw))
            return False
        return until

    @command(
        "je ne suis pas disponible",
        "je ne suis pas dispo",
        "i am not available",
        "i'm not available",
        summary="solicitations.chat.unavailable_summary",
        usage="solicitations.chat.unavailable_usage",
    )
    async def unavailable_command(self, turn: Turn, args: str) -> None:
        """Offer to decline what is open for them, or a pause; "jusqu'au DATE" pauses now."""
        person = await self._me(turn)
        lang = turn.language
        answers = self.answers()
        raw = args.strip()
        until: datetime | None = None
        if UNTIL.match(raw):
            typed = self._until(turn, person, UNTIL.sub("", raw).strip())
            if typed is False:
                return
            until = typed
            await asyncio.to_thread(answers.pause, person.id, until)
        open_now = await asyncio.to_thread(answers.open_for, person.id)
        titles = ", ".join(
            f"« {title} »" if lang == "fr" else f'"{title}"' for _, title in open_now
        )
        choices = [
            Choice(t(lang, "unavailable_decline", title=title), f"decline:{sid}")
            for sid, title in open_now[:UNAVAILABLE_SHOWN]
        ]
        if until is not None:
            date = self._date(turn, person, until)
            if not open_now:
                turn.say(t(lang, "paused_to", date=date))
                return
            text_ = t(lang, "unavailable_paused", date=date, titles=titles)
        else:
            choices += [
                Choice(t(lang, "unavailable_pause", days=days), f"pause:{days}")
                for days in PAUSE_DAYS
            ]
            text_ = t(
                lang, "unavailable_pending" if open_now else "unavailable_none", titles=titles
            )
        choices.append(Choice(t(lang, "unavailable_nothing"), "keep"))
        turn.ask_choice(text_, UNAVAILABLE_ACTION, choices)

    @on_action(UNAVAILABLE_ACTION)
    async def unavailable_clicked(self, turn: Turn, action: Action) -> None:
        assert turn.client is not None
        person = await self._me(turn)
        answers = self.answers()
        what, _, raw = action.value.partition(":")
        number = parse_id(raw, prefixed=False) if raw else None
        lang = turn.language
        if what == "keep":
            turn.say(t(lang, "unavailable_kept"))
        elif what == "decline" and isinstance(number, int):
            try:
                await asyncio.to_thread(
                    answers.answer, turn.client, number, person.id, Answer.DECLINE
                )
            except SolicitationError as error:
                message = turn.t(f"solicitations.errors.{error.code}", **error.values)
                turn.say(message[:1].upper() + message[1:] + ".", ephemeral=True)
                return
            turn.say(t(lang, "declined"))
        elif what == "pause" and isinstance(number, int) and number in PAUSE_DAYS:
            until = self.clock.now() + timedelta(days=number)
            await asyncio.to_thread(answers.pause, person.id, until)
            turn.say(t(lang, "paused_to", date=self._date(turn, person, until)))
        else:
            turn.say(turn.t("core.stale_action"), ephemeral=True)

    @command(
        "reprendre",
        "resume",
        "reprendre rappels",
        "resume reminders",
        summary="solicitations.chat.resume_summary",
    )
    async def resume_command(self, turn: Turn, args: str) -> None:
        person = await self._me(turn)
        answers = self.answers()
        resumed = await asyncio.to_thread(answers.resume, turn.client, person.id)
        if resumed.reminders:
            turn.say(t(turn.language, "resumed_reminders", count=resumed.reminders))
        else:
            turn.say(t(turn.language, "resumed" if resumed.changed else "nothing_to_resume"))

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
