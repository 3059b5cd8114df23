"""One pass of an incoming event through the pipeline."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from bot.core.messages import Choice, Incoming, Reply
from bot.core.ports import TurnServices
from bot.tenants import ClientConfig, Role
from prompts.catalog import text

if TYPE_CHECKING:
    from bot.core.registry import SkillRegistry


@dataclass(frozen=True, slots=True)
class AnswerOutcome:
    """How well this turn's question was answered (`Turn.answer`).

    Written by the skill that answered a question this turn (today `skills.ask`); read by
    the handoff post-check (stage 9), which hands off after repeated "I don't know" or a
    weakly supported answer on a sensitive topic. It lives as long as the turn: never saved
    with the conversation state.
    """

    answered: bool
    support: float  # how well retrieval backed the answer, 0..1


@dataclass
class Turn:
    incoming: Incoming
    services: TurnServices
    registry: SkillRegistry
    client: ClientConfig | None = None
    role: Role | None = None
    language: str = "fr"
    state: dict[str, Any] = field(default_factory=dict)
    replies: list[Reply] = field(default_factory=list)
    stopped: bool = False  # a stage ended the turn early (duplicate, refusal…)
    input_refused: bool = False  # the message is not for the skills (too long)
    route: str | None = None  # what handled the message, for logs and tests
    answer: AnswerOutcome | None = None  # set by the skill that answered a question

    def t(self, key: str, **values: Any) -> str:
        """A message text in the asker's language."""
        return text(self.language, key, **values)

    def say(self, message: str, **options: Any) -> Reply:
        reply = Reply(text=message, **options)
        self.replies.append(reply)
        return reply

    def ask_choice(
        self, message: str, action_id: str, choices: list[Choice], **options: Any
    ) -> Reply:
        return self.say(message, action_id=action_id, choices=tuple(choices), **options)

    def stop(self, message: str | None = None, **options: Any) -> None:
        if message:
            self.say(message, **options)
        self.stopped = True

    @property
    def client_name(self) -> str:
        assert self.client is not None, "client is resolved before skills run"
        return self.client.name

    @property
    def text(self) -> str:
        return self.incoming.text
