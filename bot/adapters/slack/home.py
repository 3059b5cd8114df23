"""The App Home tab: sections from providers, rendered as one Home view.

A provider turns "who is looking" into sections, each an ordinary `Reply`
(title, text, fields, buttons with an `action_id`, context): a Claim button on
an open handoff is a reply choice like any other, and its click comes back
through the pipeline. The default Home is the dashboard: help, then open handoffs,
workshop sessions in progress and knowledge gaps for the roles that may see them.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.assistant import Assistant
from bot.core.messages import Incoming, Reply

# The help skill's command word: the default Home shows what `aide` would answer.
HELP_TEXT = "aide"
# Staff commands whose answers make the dashboard (handoffs, solicitations, workshops, gaps).
DASHBOARD_COMMANDS = ("relais", "sollicitations", "atelier statut", "lacunes")


class HomeProvider(Protocol):
    async def sections(self, viewer: Incoming) -> list[Reply]:
        """The sections to show `viewer` (team, user, user groups resolved)."""
        ...


class HelpHome:
    """The client's name, the viewer's role and the commands that role may use.

    It asks the pipeline for help, so the client lookup, the role mapping, the
    language and the refusal for an unknown workspace are the ones every answer gets.
    """

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    async def sections(self, viewer: Incoming) -> list[Reply]:
        client = self.assistant.services.clients.for_slack_team(viewer.workspace_id)
        replies = await self.assistant.handle(replace(viewer, text=HELP_TEXT))
        title = f"ambassade · {client.title}" if client else "ambassade"
        merged = "\n\n".join(r.text for r in replies)
        return [Reply(text=merged, title=title)]


class CommandHome:
    """What a read-only chat command answers the viewer (open handoffs, workshops, gaps).

    The command runs through the pipeline like a typed one, so the viewer sees exactly
    what their role may see; a viewer whose role may not use it gets no section at all.
    """

    def __init__(self, assistant: Assistant, command: str) -> None:
        self.assistant = assistant
        self.command = command

    async def sections(self, viewer: Incoming) -> list[Reply]:
        turn = await self.assistant.run_turn(replace(viewer, text=self.command))
        if not (turn.route or "").startswith("command:"):
            return []
        return turn.replies


def dashboard(assistant: Assistant) -> list[HomeProvider]:
    """The community manager's dashboard: help, open handoffs, workshops in progress, gaps."""
    return [
        HelpHome(assistant),
        *(CommandHome(assistant, word) for word in DASHBOARD_COMMANDS),
    ]


async def home_sections(providers: list[HomeProvider], viewer: Incoming) -> list[Reply]:
    sections: list[Reply] = []
    for provider in providers:
        sections += await provider.sections(viewer)
    return sections
