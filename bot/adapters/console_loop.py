"""Read messages from a terminal, a pipe or a script, print the transcript.

In a terminal the prompt has line editing and a history kept in the home
(prompt_toolkit); `/quitter` (`/quit`, `/exit`), Ctrl-D or Ctrl-C ends the session. Everywhere,
`@@lea message` speaks as lea and `/fichier PATH` (`/file PATH`) sends a document
as a file shared in chat would be.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import re
import signal
import sys
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bot.adapters.attachments import FileProblem, Problem, problem_text
from bot.adapters.console import BOT_PREFIX, ConsoleSession, render_all
from bot.assistant import Assistant
from bot.core.messages import Attachment, Incoming, Platform, Reply
from bot.core.pipeline import pick_language
from prompts.catalog import text as message_text

# In scripts, "@@lea message" speaks as lea; "@@hugo:facilitator message" also sets a role.
SPEAKER_LINE = re.compile(r"^@@(?P<user>[\w.-]+)(?::(?P<role>[a-z_]+))?\s?(?P<text>.*)$", re.S)
# "/fichier PATH" or "/file PATH": send a document, as a file shared in chat.
FILE_LINE = re.compile(r"^/(?:fichier|file)(?:\s+(?P<path>.*))?$", re.S | re.IGNORECASE)
# "/quitter", "/quit", "/exit" or "/sortir": end the session (a bare "quitter" stays a message:
# "quitter le programme" is how an ambassador leaves the program).
QUIT_LINE = re.compile(r"^/(?:quitter|quit|exit|sortir)$", re.IGNORECASE)
HISTORY_FILE = "console-history"
INTERRUPTED = 130  # the shell's code for "ended by Ctrl-C"


class ConsoleInterrupted(Exception):
    """Ctrl-C at the prompt: the session ends at once."""


@dataclass
class ConsoleLoop:
    assistant: Assistant
    default: ConsoleSession
    write: Callable[[str], None]
    image_dir: Path | None = None
    # The language asked with `--lang` (or the CLI's): the starting choice of each person.
    start_language: str | None = None

    def __post_init__(self) -> None:
        self.sessions: dict[str, ConsoleSession] = {}
        self._adopt(self.default, explicit=True)

    def _adopt(self, session: ConsoleSession, *, explicit: bool) -> None:
        """Make `start_language` the person's own choice, as if they had typed `langue`.

        Then `langue en` later changes it for everything: answers, prompt, hints.
        """
        self.sessions[session.user_id] = session
        if self.start_language is None:
            return
        roster = self.assistant.services.roster
        client = self.assistant.services.clients.get(session.client).name
        person = roster.met(client, Platform.CONSOLE.value, session.user_id, session.user_name)
        if explicit or person.language is None:
            roster.set_language(
                client, Platform.CONSOLE.value, session.user_id, self.start_language
            )

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
            self._adopt(session, explicit=False)
        return session

    async def say(self, line: str, *, echo: bool) -> None:
        session, message = self.default, line
        if match := SPEAKER_LINE.match(line):
            session = self.session_for(match["user"], match["role"])
            message = match["text"]
        language = self.language_of(session)
        if echo:
            speaker = "" if session is self.default else f"[{session.user_id}] "
            self.write(f"{self.prompt(self.default)}{speaker}{message}")
        if file_request := FILE_LINE.match(message.strip()):
            replies = await self._send_file(session, (file_request["path"] or "").strip())
        else:
            replies = await session.send(message)
        replies = [*session.take_notices(), *replies]  # the first-contact notice comes first
        if replies:
            self.write(render_all(replies, image_dir=self.image_dir, language=language))

    async def _send_file(self, session: ConsoleSession, raw_path: str) -> list[Reply]:
        """`/fichier PATH`: the document goes through the same path as a chat upload."""
        language = self.language_of(session)
        limit_mb = self.assistant.services.clients.get(session.client).upload_limit_mb

        def note(key: str, **values: object) -> list[Reply]:
            return [Reply(text=message_text(language, f"cliconsole.console.{key}", **values))]

        if not raw_path:
            return note("file_usage")
        path = Path(os.path.expanduser(raw_path.strip("\"'")))
        try:
            if not path.exists():
                return note("file_missing", path=path)
            if not path.is_file():
                return note("file_not_a_file", path=path)
            if path.stat().st_size > limit_mb * 1_000_000:  # the limit of every platform
                problem = FileProblem(path.name, Problem.TOO_BIG)
                too_big = problem_text(
                    language, problem, platform="console", permission="", limit_mb=limit_mb
                )
                return [Reply(text=too_big)]
            data = path.read_bytes()
        except OSError as exc:
            return note("file_unreadable", path=path, reason=exc.strerror or type(exc).__name__)
        return await session.send("", attachments=(Attachment(path.name, data),))

    async def deliver(self, incoming: Incoming, replies: list[Reply]) -> None:
        """Replies that come from the scheduler (an escalation, a reminder) are printed too."""
        language = self.language_of(self.default)
        self.write(render_all(replies, image_dir=self.image_dir, language=language))

    def language_of(self, session: ConsoleSession) -> str:
        client = self.assistant.services.clients.get(session.client)
        person = self.assistant.services.roster.met(
            client.name, Platform.CONSOLE.value, session.user_id, session.user_name
        )
        return pick_language(session.language, person.language, client.language)

    def language(self) -> str:
        return self.language_of(self.default)

    def prompt(self, session: ConsoleSession) -> str:
        return message_text(self.language_of(session), "cliconsole.console.prompt")

    async def greet(self) -> None:
        """The welcome line and the help of the person's role, as a session opens."""
        session = self.default
        client = self.assistant.services.clients.get(session.client)
        language = self.language()
        welcome = message_text(
            language, "core.welcome", name=session.user_name or session.user_id, client=client.title
        )
        self.write(f"{BOT_PREFIX}{welcome}")
        await self.say("aide" if language == "fr" else "help", echo=False)

    async def run_lines(self, lines: Iterable[str], *, echo: bool, script: bool) -> None:
        for raw in lines:
            line = raw.rstrip("\r\n")
            if script and (not line.strip() or line.lstrip().startswith("#")):
                continue
            if QUIT_LINE.match(line.strip()):
                self.bye()
                return
            await self.say(line, echo=echo)

    def bye(self) -> None:
        self.write(BOT_PREFIX + message_text(self.language(), "core.console.bye"))

    async def run_interactive(self, history: Path | None = None) -> None:
        """Read from the terminal until `/quitter` or Ctrl-D; Ctrl-C ends the session at once."""
        from prompt_toolkit import PromptSession
        from prompt_toolkit.history import InMemoryHistory
        from prompt_toolkit.patch_stdout import patch_stdout

        self.write(message_text(self.language(), "cliconsole.console.hint"))
        prompt_session: PromptSession[str] = PromptSession(
            history=_file_history(history) if history else InMemoryHistory()
        )
        said_in = [self.language()]  # read by Ctrl-C's handler, which must not query
        with patch_stdout(raw=True), self._ctrl_c_leaves(said_in):  # replies print above
            while True:
                language = said_in[0] = self.language()
                try:
                    line = await prompt_session.prompt_async(
                        message_text(language, "cliconsole.console.prompt"),
                        bottom_toolbar=message_text(language, "cliconsole.console.toolbar"),
                        handle_sigint=False,  # ours stays installed between prompts
                    )
                except EOFError:
                    break
                except KeyboardInterrupt:  # Ctrl-C at the prompt (the terminal is in raw mode)
                    self.bye()
                    raise ConsoleInterrupted from None
                if QUIT_LINE.match(line.strip()):
                    break
                if line.strip():
                    await self.say(line, echo=False)
        self.bye()

    @contextlib.contextmanager
    def _ctrl_c_leaves(self, said_in: list[str]) -> Iterator[None]:
        """Ctrl-C outside the prompt (while the bot works, or between two turns) ends at once.

        The turn may be waiting on a thread (a search, an ingestion) that cannot be
        cancelled; waiting for it would take seconds. What is already answered is
        committed, so leaving here loses nothing the person was told was saved. The
        handler stays for the whole session: Python's default one would raise
        KeyboardInterrupt inside whatever runs, a database commit included, and what
        that leaves behind fails later with a traceback instead of ending the session.
        """
        loop = asyncio.get_running_loop()

        def leave() -> None:
            terminal = sys.__stdout__  # not through the prompt's stdout proxy: it would not flush
            if terminal is not None:
                bye = message_text(said_in[0], "core.console.bye")
                terminal.write(f"\n{BOT_PREFIX}{bye}\n")
                terminal.flush()
            os._exit(INTERRUPTED)

        loop.add_signal_handler(signal.SIGINT, leave)
        try:
            yield
        finally:
            loop.remove_signal_handler(signal.SIGINT)


def _file_history(path: Path):  # -> prompt_toolkit FileHistory, readable by its owner only
    from prompt_toolkit.history import FileHistory

    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch(mode=0o600, exist_ok=True)
    return FileHistory(str(path))
