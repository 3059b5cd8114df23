from __future__ import annotations

import asyncio
import re
from typing import Protocol

from bot.core.registry import ALL_ROLES, Skill, SkillRegistry, command
from bot.core.turn import Turn
from bot.people import Roster

_ALIASES = {
    "fr": "fr",
    "francais": "fr",
    "français": "fr",
    "french": "fr",
    "en": "en",
    "anglais": "en",
    "english": "en",
}


class LanguageDeps(Protocol):
    @property
    def roster(self) -> Roster: ...  # where each person's language is saved


class LanguageSkill(Skill):
    name = "language"

    def __init__(self, roster: Roster) -> None:
        self.roster = roster

    @command(
        "langue",
        "language",
        "lang",
        summary="core.language.summary",
        usage="core.language.usage",
        roles=ALL_ROLES,
        flow_args="|".join(re.escape(name) for name in _ALIASES),
    )
    async def set_language(self, turn: Turn, args: str) -> None:
        wanted = args.strip().casefold()
        if not wanted:
            turn.say(turn.t("core.language.current"))
            return
        language = _ALIASES.get(wanted)
        if language is None:
            turn.say(turn.t("core.language.unsupported", value=args.strip()))
            return
        incoming = turn.incoming
        await asyncio.to_thread(
            self.roster.set_language,
            turn.client_name,
            incoming.platform.value,
            incoming.user_id,
            language,
        )
        turn.language = language
        turn.say(turn.t("core.language.changed"))


def setup(registry: SkillRegistry, deps: LanguageDeps) -> None:
    registry.register(LanguageSkill(deps.roster))
