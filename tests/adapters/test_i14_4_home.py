"""Issue 14, item 4: the Slack Home tab is what the skills declare, not strings in the adapter.

Each skill offers its staff shortcuts through the registry (`@shortcut(label)` on a
command); the Home runs those the viewer's role may use and titles each with its label,
in the client's language.
"""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field

import pytest

from bot.core.messages import Action
from bot.core.registry import (
    STAFF_ROLES,
    RegistryError,
    Skill,
    SkillRegistry,
    command,
    on_action,
    shortcut,
)
from bot.core.turn import Turn
from tests.adapters.slack_harness import SlackHarness, slack

__all__ = ["slack"]


@dataclass
class ProbeShortcut(Skill):
    """A staff command offered as a shortcut; records who it ran for."""

    name = "shortcut_probe"
    ran_for: list[str] = field(default_factory=list)

    @shortcut("workshop.shortcut", args="état", rank=15)
    @command("sonde", summary="core.help.summary", roles=STAFF_ROLES)
    async def probe(self, turn: Turn, args: str) -> None:
        self.ran_for.append(turn.incoming.user_id)
        turn.say(f"Sonde : {args}")


async def open_home(slack: SlackHarness, user: str) -> str:
    opened = {"type": "app_home_opened", "user": user, "channel": f"D{user}", "tab": "home"}
    before = len(slack.api.calls_to("views.publish"))
    await slack.event(opened, event_id=f"Ev-home-{user}")
    publishes = await slack.api.wait_for("views.publish", before + 1)
    return json.dumps(publishes[-1].params["view"], ensure_ascii=False)


async def test_i14_4_a_skills_shortcut_shows_on_the_home_of_the_roles_it_serves(
    slack: SlackHarness,
) -> None:
    probe = ProbeShortcut()
    slack.adapter.assistant.registry.register(probe)
    home = await open_home(slack, "U-CM")
    assert "Sonde : état" in home and "Ateliers en cours" in home  # its answer, its label
    # In rank order: help (0), handoffs (10), the probe (15), solicitations, workshops, gaps.
    order = ["ambassade · Acme Vélos", "Relais vers l'équipe", "Sonde", "Sollicitations"]
    assert [home.index(title) for title in order] == sorted(home.index(t) for t in order)
    home = await open_home(slack, "U-AMB")
    assert "Sonde" not in home and "Relais" not in home
    assert probe.ran_for == ["U-CM"]  # never run for an ambassador, not even to be refused


async def test_i14_4_home_labels_follow_the_clients_language(slack: SlackHarness) -> None:
    clients = slack.adapter.clients
    path = clients.save(clients.get("acme").model_copy(update={"language": "en"}), overwrite=True)
    later = path.stat().st_mtime + 5
    os.utime(path, (later, later))
    home = await open_home(slack, "U-CM")
    assert "Handoffs to the team" in home and "Knowledge gaps" in home
    assert "Relais vers l'équipe" not in home


def test_i14_4_a_shortcut_must_be_on_a_real_command() -> None:
    class NotACommand(Skill):
        name = "not_a_command"

        @shortcut("workshop.shortcut")
        async def helper(self, turn: Turn, args: str) -> None: ...

    class OnAClick(Skill):
        name = "on_a_click"

        @shortcut("workshop.shortcut")
        @on_action("probe.click")
        async def clicked(self, turn: Turn, action: Action) -> None: ...

    class Planned(Skill):
        name = "planned_probe"

        @shortcut("workshop.shortcut")
        @command("bientot", summary="core.help.summary", planned=True)
        async def soon(self, turn: Turn, args: str) -> None: ...

    registry = SkillRegistry()
    registry.register(NotACommand())  # an unmarked method is no handler: nothing offered
    assert registry.shortcuts() == []
    with pytest.raises(RegistryError, match="not on a @command"):
        registry.register(OnAClick())
    with pytest.raises(RegistryError, match="planned command 'bientot'"):
        registry.register(Planned())
    assert "planned_probe" not in registry.skills and registry.shortcuts() == []
