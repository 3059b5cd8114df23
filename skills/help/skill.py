from __future__ import annotations

import re

from bot.core.registry import (
    ALL_ROLES,
    STAFF_ROLES,
    Skill,
    SkillRegistry,
    command,
    matcher,
    shortcut,
)
from bot.core.turn import Turn
from bot.tenants import Role
from knowledge.loaders import SUPPORTED_SUFFIXES

_GREETING = re.compile(
    r"^\s*(bonjour|bonsoir|salut|coucou|hello|hi|hey|yo)\b[\s!.,]*(ambassade)?[\s!.]*$",
    re.IGNORECASE,
)


def is_greeting(turn: Turn) -> bool:
    return bool(_GREETING.match(turn.text))


def display_name(turn: Turn) -> str:
    return turn.incoming.user_name or turn.incoming.user_id


class HelpSkill(Skill):
    name = "help"

    @shortcut("core.help.shortcut", rank=0)
    @command("aide", "help", "?", summary="core.help.summary", roles=ALL_ROLES)
    async def show_help(self, turn: Turn, args: str) -> None:
        assert turn.role is not None and turn.client is not None
        lines = [
            turn.t(
                "core.help.title",
                role=turn.t(f"core.roles.{turn.role}"),
                client=turn.client.title,
            )
        ]
        for spec in turn.registry.command_specs():
            if turn.role not in spec.roles:
                continue
            key = spec.staff_usage if spec.staff_usage and turn.role in STAFF_ROLES else spec.usage
            usage = turn.t(key) if key else self._word(turn, spec.words)
            lines.append(turn.t("core.help.line", usage=usage, summary=turn.t(spec.summary)))
        coming = [
            turn.t(spec.summary).lower()
            for spec in turn.registry.command_specs(planned=True)
            if spec.planned and turn.role in spec.roles
        ]
        if coming:
            lines.append(turn.t("commands.planned.help_line", features=", ".join(coming)))
        if turn.registry.fallback is not None:
            lines.append(turn.t("core.help.ask_hint", client=turn.client.title))
        if turn.role is Role.COMMUNITY_MANAGER and "ask" in turn.registry.skills:
            formats = ", ".join(sorted(suffix.lstrip(".") for suffix in SUPPORTED_SUFFIXES))
            lines.append(turn.t("core.help.upload_hint", formats=formats))
        turn.say("\n".join(lines))

    @staticmethod
    def _word(turn: Turn, words: tuple[str, ...]) -> str:
        # Commands list a French and an English word; show the one of the asker's language.
        return words[1] if turn.language == "en" and len(words) > 1 else words[0]

    @matcher(is_greeting)
    async def greet(self, turn: Turn) -> None:
        turn.say(turn.t("core.help.greeting", name=display_name(turn)))


def setup(registry: SkillRegistry, deps: object) -> None:  # uses no service
    registry.register(HelpSkill())
