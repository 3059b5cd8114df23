"""The App Home tab: the skills' shortcuts the viewer may use, each with its answer.

The sections come from what the skills declare (`@shortcut` on a command, read from
`SkillRegistry.shortcuts`), not from command words written here. Each shortcut runs
through the pipeline like a typed command, so the client lookup, the role mapping, the
language and the refusal for an unknown workspace are the ones every answer gets, and the
viewer sees exactly what their role may see. The first shortcut run tells the viewer's
role: a shortcut whose command that role may not use is not run at all. Each section is
the command's answer under the shortcut's localised label; a Claim button on an open
handoff is a reply choice like any other, and its click comes back through the pipeline.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from bot.assistant import Assistant
from bot.core.messages import Incoming, Reply
from bot.tenants import Role

UNKNOWN_TITLE = "ambassade"


class HomeProvider(Protocol):
    async def sections(self, viewer: Incoming) -> list[Reply]:
        """The sections to show `viewer` (team, user, user groups resolved)."""
        ...


class ShortcutHome:
    """The shortcuts of every skill, in their rank order, for the viewer's role."""

    def __init__(self, assistant: Assistant) -> None:
        self.assistant = assistant

    async def sections(self, viewer: Incoming) -> list[Reply]:
        # A refresh after a click must not click again: the shortcuts are typed commands.
        viewer = replace(viewer, action=None, event_id=None, attachments=())
        sections: list[Reply] = []
        role: Role | None = None
        for shortcut in self.assistant.registry.shortcuts():
            if role is not None and role not in shortcut.roles:
                continue
            turn = await self.assistant.run_turn(replace(viewer, text=shortcut.text))
            if turn.client is None:  # an unknown workspace: its polite refusal is the Home
                return [Reply(text="\n\n".join(r.text for r in turn.replies), title=UNKNOWN_TITLE)]
            role = turn.role
            if role is None or role not in shortcut.roles:
                continue
            title = turn.t(shortcut.label, client=turn.client.title)
            # A first-contact notice (issue 20) heads the Home, under its own title.
            notices = [r for r in turn.replies if r.key and r.key.startswith("notice:")]
            answers = [r for r in turn.replies if r not in notices]
            heading = [replace(n, title=turn.t("notices.title"), ephemeral=False) for n in notices]
            sections = [*heading, *sections, *titled(answers, title)]
        return sections


def titled(replies: list[Reply], title: str) -> list[Reply]:
    """The replies of one section, the first one under `title` (unless it has its own)."""
    if not replies:
        return []
    first = replies[0] if replies[0].title else replace(replies[0], title=title)
    return [first, *replies[1:]]


def dashboard(assistant: Assistant) -> list[HomeProvider]:
    """The default Home: every skill's shortcuts (help, handoffs, solicitations, …)."""
    return [ShortcutHome(assistant)]


async def home_sections(providers: list[HomeProvider], viewer: Incoming) -> list[Reply]:
    sections: list[Reply] = []
    for provider in providers:
        sections += await provider.sections(viewer)
    return sections
