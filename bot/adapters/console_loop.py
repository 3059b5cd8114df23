"""Read messages from a terminal, a pipe or a script, print the transcript."""

from __future__ import annotations

import asyncio
import re
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

from bot.adapters.console import ConsoleSession, render_all
from bot.assistant import Assistant
from bot.core.messages import Incoming, Platform, Reply
from bot.core.pipeline import pick_language
from prompts.catalog import text as message_text

USER_PREFIX = "vous ▸ "
# In scripts, "@@lea message" speaks as lea; "@@hugo:facilitator message" also sets a role.
SPEAKER_LINE = re.compile(r"^@@(?P<user>[\w.-]+)(?::(?P<role>[a-z_]+))?\s?(?P<text>.*)$", re.S)


@dataclass
class ConsoleLoop:
    assistant: Assistant
    default: ConsoleSession
    write: Callable[[str], None]
    image_dir: Path | None = None

    def __post_init__(self) -> None:
        self.sessions: dict[str, ConsoleSession] = {self.default.user_id: self.default}

    def session_for(self, user: str, role: str | None) -> ConsoleSession:
        session = self.sessions.get(user)
        if session is None or (role and session.role != role):
            session = ConsoleSession(
                self.assistant,
                client=self.default.client,
                user_id=user,
                role=role,
                language=self.default.language,
            )
            self.sessions[user] = session
        return session

    async def say(self, line: str, *, echo: bool) -> None:
        session, message = self.default, line
        if match := SPEAKER_LINE.match(line):
            session = self.session_for(match["user"], match["role"])
            message = match["text"]
        if echo:
            speaker = "" if session is self.default else f"[{session.user_id}] "
            self.write(f"{USER_PREFIX}{speaker}{message}")
        replies = await session.send(message)
        if replies:
            self.write(render_all(replies, image_dir=self.image_dir))

    async def deliver(self, incoming: Incoming, replies: list[Reply]) -> None:
        """Replies that come from the scheduler (an escalation, a reminder) are printed too."""
        self.write(render_all(replies, image_dir=self.image_dir))

    def language(self) -> str:
        session = self.default
        client = self.assistant.services.clients.get(session.client)
        person = self.assistant.services.roster.met(
            client.name, Platform.CONSOLE.value, session.user_id, session.user_name
        )
        return pick_language(session.language, person.language, client.language)

    async def greet(self) -> None:
        """The welcome line and the help of the person's role, as a session opens."""
        session = self.default
        client = self.assistant.services.clients.get(session.client)
        language = self.language()
        welcome = message_text(
            language, "core.welcome", name=session.user_name or session.user_id, client=client.title
        )
        self.write(f"ambassade ▸ {welcome}")
        await self.say("aide" if language == "fr" else "help", echo=False)

    async def run_lines(self, lines: Iterable[str], *, echo: bool, script: bool) -> None:
        for raw in lines:
            line = raw.rstrip("\r\n")
            if script and (not line.strip() or line.lstrip().startswith("#")):
                continue
            await self.say(line, echo=echo)

    async def run_interactive(self) -> None:
        while True:
            try:
                line = await asyncio.to_thread(input, USER_PREFIX)
            except (EOFError, KeyboardInterrupt):
                self.write("")
                break
            if line.strip():
                await self.say(line, echo=False)
        self.write("ambassade ▸ " + message_text(self.language(), "core.console.bye"))


def stdin_is_interactive() -> bool:
    return sys.stdin.isatty()
