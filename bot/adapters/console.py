"""The console adapter: the whole bot in a terminal, with no tokens.

It doubles as the test harness: `ConsoleSession.send(text)` goes through the
same pipeline as Slack or Discord, and `render` turns replies into text.
Choices show as numbered options; typing the number (or the label) clicks it.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from bot.assistant import Assistant
from bot.core.messages import Action, Attachment, Choice, Incoming, Platform, Reply, Target
from prompts.catalog import normalize_language
from prompts.catalog import text as message_text

BOT_PREFIX = "ambassade ▸ "
NOTICE_PREFIX = "notice:"  # `Reply.key` of the first-contact notice (`bot.notices.notice`)


@dataclass
class _PendingChoices:
    action_id: str
    choices: tuple[Choice, ...]


@dataclass
class ConsoleSession:
    """One person talking to the bot in the console."""

    assistant: Assistant
    client: str
    user_id: str
    role: str | None = None
    language: str | None = None
    user_name: str | None = None
    channel_id: str = "console"
    pending: _PendingChoices | None = field(default=None, init=False)
    # The first-contact notices the bot gave before an answer (issue 20): kept apart from
    # the answer `send` returns; the console loop prints them first (`take_notices`).
    notices: list[Reply] = field(default_factory=list, init=False)
    _notices_shown: int = field(default=0, init=False)

    def take_notices(self) -> list[Reply]:
        """The notices not yet printed, in order."""
        fresh = self.notices[self._notices_shown :]
        self._notices_shown = len(self.notices)
        return fresh

    def _answer(self, replies: list[Reply]) -> list[Reply]:
        """The answer, its notice put aside in `notices`."""
        notices = [r for r in replies if r.key is not None and r.key.startswith(NOTICE_PREFIX)]
        if not notices:
            return replies
        self.notices.extend(notices)
        return [r for r in replies if r not in notices]

    def _incoming(
        self,
        text: str = "",
        action: Action | None = None,
        attachments: Sequence[Attachment] = (),
    ) -> Incoming:
        return Incoming(
            platform=Platform.CONSOLE,
            workspace_id=self.client,
            channel_id=self.channel_id,
            user_id=self.user_id,
            user_name=self.user_name or self.user_id,
            user_groups=(self.role,) if self.role else (self.user_id,),
            text=text,
            action=action,
            attachments=tuple(attachments),
            language=self.language,
            is_direct=True,  # the console is a one-to-one conversation
        )

    def _choice_for(self, text: str) -> Choice | str | None:
        """The choice a typed number or label picks; an error text for a bad number."""
        if self.pending is None:
            return None
        typed = text.strip()
        choices = self.pending.choices
        # A label typed as is wins over a position: on a 0–10 scale, "7" means 7.
        by_label = next((c for c in choices if c.label.casefold() == typed.casefold()), None)
        if by_label is not None:
            return by_label
        if typed.isascii() and typed.isdigit():  # "²".isdigit() is true, int("²") fails
            index = int(typed)
            if 1 <= index <= len(choices):
                return choices[index - 1]
            return message_text(
                self.language, "core.console.invalid_choice", value=typed, count=len(choices)
            )
        return None

    async def send(self, text: str, attachments: Sequence[Attachment] = ()) -> list[Reply]:
        """A message typed by the person, with the files they send (`/fichier` in the console)."""
        if attachments:
            replies = self._answer(
                await self.assistant.handle(self._incoming(text, attachments=attachments))
            )
            self._remember_choices(replies)
            return replies
        picked = self._choice_for(text)
        if isinstance(picked, str):
            return [Reply(text=picked, ephemeral=True)]
        if isinstance(picked, Choice):
            assert self.pending is not None
            action = Action(action_id=self.pending.action_id, value=picked.value)
            replies = self._answer(await self.assistant.handle(self._incoming(action=action)))
        else:
            replies = self._answer(await self.assistant.handle(self._incoming(text)))
        self._remember_choices(replies)
        return replies

    async def click(self, action_id: str, value: str) -> list[Reply]:
        replies = self._answer(
            await self.assistant.handle(self._incoming(action=Action(action_id, value)))
        )
        self._remember_choices(replies)
        return replies

    def _remember_choices(self, replies: Iterable[Reply]) -> None:
        with_choices = [r for r in replies if r.choices and r.action_id]
        self.pending = (
            _PendingChoices(with_choices[-1].action_id or "", with_choices[-1].choices)
            if with_choices
            else None
        )


def render(reply: Reply, *, image_dir: Path | None = None, language: str | None = None) -> str:
    """A reply as console text; the console's own marks are in `language` (default French)."""

    def mark(key: str, **values: str) -> str:
        return message_text(language, f"cliconsole.console.{key}", **values)

    lines: list[str] = []
    if reply.target == Target.DIRECT:
        lines.append(mark("direct", user=reply.user_id or mark("direct_you")))
    elif reply.target == Target.CHANNEL:
        lines.append(f"[#{reply.channel_id}]")
    if reply.ephemeral:
        lines.append(mark("ephemeral"))
    if reply.replaces is not None:  # a terminal cannot edit what it printed: say what it edits
        lines.append(mark("replaces", message=reply.replaces.message_id))
    if reply.title:
        lines.append(f"** {reply.title} **")
    lines.append(reply.text)
    lines += [f"  {f.label} : {f.value}" for f in reply.fields]
    lines += [f"  {i}. {choice.label}" for i, choice in enumerate(reply.choices, start=1)]
    if reply.image is not None:
        where = ""
        if image_dir is not None:
            image_dir.mkdir(parents=True, exist_ok=True)
            path = image_dir / reply.image.filename
            path.write_bytes(reply.image.data)
            where = f" → {path}"
        separator = " : " if normalize_language(language) == "fr" else ": "
        lines.append(f"  [{mark('image')}{separator}{reply.image.alt}{where}]")
    if reply.attachment is not None:
        where = ""
        if image_dir is not None:
            image_dir.mkdir(parents=True, exist_ok=True)
            path = image_dir / Path(reply.attachment.filename).name
            path.write_bytes(reply.attachment.data)
            where = f" → {path}"
        separator = " : " if normalize_language(language) == "fr" else ": "
        lines.append(f"  [{mark('file')}{separator}{reply.attachment.filename}{where}]")
    if reply.context:
        lines.append(f"  ({reply.context})")
    body = "\n".join(lines)
    return BOT_PREFIX + body.replace("\n", "\n" + " " * len(BOT_PREFIX))


def render_all(
    replies: Iterable[Reply], *, image_dir: Path | None = None, language: str | None = None
) -> str:
    return "\n".join(render(r, image_dir=image_dir, language=language) for r in replies)
