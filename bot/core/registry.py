"""Skills and their registry.

A skill is a small class whose handlers are marked with decorators:

    class HelpSkill(Skill):
        name = "help"

        @command("help", "aide", summary="core.help.summary")
        async def show(self, turn: Turn, args: str) -> None:
            turn.say(turn.t("core.help.title"))

One `setup(registry, deps)` per skill module builds the skill with what it uses of
`deps` (the root's services, typed by the skill with a `Protocol` of what it reads) and
registers it; handlers use only that and what the turn carries. The registry
refuses a duplicate skill name or command word instead of renaming one, with one
exception: a *planned* command (announced, not built yet: `skills/planned`) steps
aside for a real command with the same word, whichever registers first.

A command word may be a phrase ("mes points"); words are compared folded (case,
accents, curly apostrophes, trailing punctuation), and the longest phrase wins.

A command may also be a *shortcut* (`@shortcut(label)`): what a platform shows without
anything typed (Slack's Home tab runs each shortcut the viewer's role may use and shows
its answer under the localised label).
"""

from __future__ import annotations

import inspect
import re
import unicodedata
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Any, ClassVar

from bot.tenants import Role

if TYPE_CHECKING:
    from bot.core.turn import Turn

ALL_ROLES = frozenset(Role)
STAFF_ROLES = frozenset({Role.COMMUNITY_MANAGER, Role.FACILITATOR})

Handler = Callable[..., Awaitable[None]]


@dataclass(frozen=True)
class CommandSpec:
    name: str
    aliases: tuple[str, ...]
    roles: frozenset[Role]
    summary: str  # message catalogue key
    usage: str | None  # message catalogue key, shown in help and on misuse
    handler: Handler
    skill: str
    planned: bool = False  # announced, not built yet: steps aside for a real command
    flow_args: re.Pattern[str] | None = None  # arguments that make it a command in a flow
    private: bool = False  # between the person and the bot: never passed on to people
    staff_usage: str | None = None  # catalogue key: the usage staff see, when it differs

    @property
    def words(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)

    @property
    def keys(self) -> tuple[str, ...]:
        """The folded words, as the registry looks them up (each once)."""
        return tuple(dict.fromkeys(fold_command(word) for word in self.words))


@dataclass(frozen=True)
class Shortcut:
    """A command a platform offers without anything typed (a Home tab's section)."""

    command: CommandSpec
    label: str  # message catalogue key: the section's title (may use {client})
    args: str = ""
    rank: int = 100  # lower first: handoffs (people waiting) before the rest

    @property
    def text(self) -> str:
        """The message that runs it: the command word, '/'-prefixed so a flow step
        waiting for an answer never takes it for one."""
        return f"/{self.command.name} {self.args}".rstrip()

    @property
    def roles(self) -> frozenset[Role]:
        return self.command.roles


@dataclass(frozen=True)
class CommandMatch:
    """A message that names a command: which one, by which word, and the rest of the text."""

    spec: CommandSpec
    word: str  # the folded word or phrase that matched
    args: str
    prefixed: bool  # typed with a leading '/' or '!'

    @property
    def bare(self) -> bool:
        """Nothing after the command word but punctuation ("aide ?", "pause.")."""
        return not any(ch.isalnum() for ch in self.args)

    @property
    def interrupts_flow(self) -> bool:
        """Whether, typed during a flow step, this is the command rather than an answer."""
        pattern = self.spec.flow_args
        return self.prefixed or self.bare or bool(pattern and pattern.fullmatch(self.args))


COMMAND_PREFIXES = ("/", "!")
_TRAILING = re.compile(r"[\s?!.,;:…]+$")
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"\S+")


def fold_command(text: str) -> str:
    """A command word as the registry compares it: "Répondre", "repondre !" → "repondre"."""
    decomposed = unicodedata.normalize("NFKD", text.casefold().replace("’", "'"))
    plain = _SPACES.sub(" ", "".join(c for c in decomposed if not unicodedata.combining(c)))
    return _TRAILING.sub("", plain).strip() or plain.strip()  # "?" stays "?"


@dataclass(frozen=True)
class _Mark:
    kind: str  # "command" | "action" | "flow" | "matcher" | "fallback"
    options: dict[str, Any]


def _mark(kind: str, **options: Any) -> Callable[[Handler], Handler]:
    def decorate(func: Handler) -> Handler:
        if not inspect.iscoroutinefunction(func):
            raise TypeError(f"{func.__qualname__}: skill handlers must be 'async def'")
        func.__ambassade_mark__ = _Mark(kind, options)  # type: ignore[attr-defined]
        return func

    return decorate


def mark_of(func: object) -> _Mark | None:
    """What a decorator made of a handler (None for any other attribute)."""
    return getattr(func, "__ambassade_mark__", None)


def command(
    name: str,
    *aliases: str,
    summary: str,
    roles: Iterable[Role] = ALL_ROLES,
    usage: str | None = None,
    flow_args: str | None = None,
    planned: bool = False,
    private: bool = False,
    staff_usage: str | None = None,
) -> Callable[[Handler], Handler]:
    """A command: its first word or phrase (optionally after '/' or '!') selects it.

    During a flow step (a workshop question), a message starting with a command word is
    the command when nothing follows the word, or when what follows matches `flow_args`
    (a regular expression, e.g. `#?\\d+` for "prendre 12"); otherwise it is an answer
    ("aide les cyclistes à…"). `planned`: announced, not built (see `skills/planned`).
    `private`: between the person and the bot (their data rights): a stage that passes
    messages on to people (a handoff's relay) lets it reach the command instead.
    `staff_usage`: what staff are shown in help when it says more than `usage` (the
    sub-commands only they may use); everyone else sees `usage`.
    """
    return _mark(
        "command",
        name=name,
        aliases=aliases,
        summary=summary,
        roles=roles,
        usage=usage,
        flow_args=flow_args,
        planned=planned,
        private=private,
        staff_usage=staff_usage,
    )


def shortcut(label: str, *, args: str = "", rank: int = 100) -> Callable[[Handler], Handler]:
    """Offer a `@command` as a shortcut: `label` is its title (a catalogue key), `args`
    what follows the command word, `rank` its place (lower first). Goes with `@command`,
    above or below it; a handler may offer several."""

    def decorate(func: Handler) -> Handler:
        declared = getattr(func, "__ambassade_shortcuts__", ())
        func.__ambassade_shortcuts__ = (*declared, (label, args, rank))  # type: ignore[attr-defined]
        return func

    return decorate


def on_action(prefix: str) -> Callable[[Handler], Handler]:
    """A button or choice click whose action id starts with `prefix`."""
    return _mark("action", prefix=prefix)


def flow_step() -> Callable[[Handler], Handler]:
    """Receives the messages of a conversation whose active flow belongs to this skill."""
    return _mark("flow")


def matcher(predicate: Callable[[Turn], bool]) -> Callable[[Handler], Handler]:
    """Handles a message the predicate recognises (tried after commands)."""
    return _mark("matcher", predicate=predicate)


def fallback() -> Callable[[Handler], Handler]:
    """Handles any message nothing else took (the knowledge base by default)."""
    return _mark("fallback")


class Skill:
    name: ClassVar[str]
    # Words this skill's flows understand while a step is open ("retour", "pause"…): never
    # an answer, and, outside any flow, a command used in the wrong state (not a question).
    flow_words: ClassVar[frozenset[str]] = frozenset()
    # Catalogue key (with {word}) said when one of those words comes outside the flow.
    out_of_flow: ClassVar[str | None] = None
    # Its flows are between the person and the bot (a typed confirmation of their data
    # rights): while one is open, a handoff's relay lets the answer reach it.
    private_flows: ClassVar[bool] = False

    async def open_step(self, turn: Turn) -> str | None:
        """An id of the step waiting for this person's answer here, or None.

        The router asks "answer or question?" about question-like messages only when a
        step is open, and files a kept answer only under the same step.
        """
        return None

    async def has_active_flow(self, turn: Turn) -> bool:
        """Whether this message belongs to a flow of this skill (an answer to a step).

        By default: the conversation state names this skill as its active flow.
        A skill whose flows span channels (a workshop answered in a DM) overrides it.
        """
        return turn.state.get("active_flow") == self.name

    def close_flow(self, turn: Turn) -> None:
        """End this skill's open flow unanswered: a stage sent the message elsewhere (a
        handoff's relay). A skill whose flow keeps more state clears it here too."""
        if turn.state.get("active_flow") == self.name:
            turn.state.pop("active_flow", None)

    def handlers(self) -> Iterable[tuple[_Mark, Handler]]:
        for attr in dir(type(self)):
            mark = mark_of(getattr(type(self), attr))
            if mark is not None:
                yield mark, getattr(self, attr)


class RegistryError(Exception):
    pass


@dataclass(frozen=True)
class ActionRoute:
    prefix: str
    handler: Handler
    skill: str


@dataclass(frozen=True)
class MatcherRoute:
    predicate: Callable[[Turn], bool]
    handler: Handler
    skill: str


class SkillRegistry:
    def __init__(self) -> None:
        self.skills: dict[str, Skill] = {}
        self.commands: dict[str, CommandSpec] = {}  # every folded word or phrase -> spec
        self.flow_words: dict[str, str] = {}  # folded word a flow understands -> skill
        self.actions: list[ActionRoute] = []
        self.flows: dict[str, Handler] = {}
        self.matchers: list[MatcherRoute] = []
        self.fallback: Handler | None = None
        self._shortcuts: list[Shortcut] = []

    def register(self, skill: Skill) -> None:
        name = getattr(skill, "name", None)
        if not name:
            raise RegistryError(f"{type(skill).__name__} has no 'name'")
        if name in self.skills:
            raise RegistryError(f"a skill named '{name}' is already registered")
        pending: list[Callable[[], None]] = []
        for mark, handler in skill.handlers():
            pending.append(self._route(name, mark, handler))
        self.skills[name] = skill
        for apply in pending:
            apply()
        for word in skill.flow_words:
            self.flow_words.setdefault(fold_command(word), name)

    def _route(self, skill: str, mark: _Mark, handler: Handler) -> Callable[[], None]:
        opts = mark.options
        declared = getattr(handler, "__ambassade_shortcuts__", ())
        if declared and mark.kind != "command":
            raise RegistryError(f"a shortcut of '{skill}' is not on a @command handler")
        if mark.kind == "command":
            spec = CommandSpec(
                name=opts["name"],
                aliases=tuple(opts["aliases"]),
                roles=frozenset(opts["roles"]),
                summary=opts["summary"],
                usage=opts["usage"],
                handler=handler,
                skill=skill,
                planned=opts.get("planned", False),
                flow_args=re.compile(opts["flow_args"], re.IGNORECASE)
                if opts.get("flow_args")
                else None,
                private=opts.get("private", False),
                staff_usage=opts.get("staff_usage"),
            )
            for word in spec.keys:
                other = self.commands.get(word)
                if other is not None and other.planned == spec.planned:
                    raise RegistryError(
                        f"command word '{word}' of '{skill}' is taken by '{other.skill}'"
                    )
            shortcuts = [Shortcut(spec, label, args, rank) for label, args, rank in declared]
            if shortcuts and spec.planned:
                raise RegistryError(f"planned command '{spec.name}' cannot be a shortcut")

            def add() -> None:
                self._add_command(spec)
                self._shortcuts += shortcuts

            return add
        if mark.kind == "action":
            prefix = opts["prefix"]
            if any(route.prefix == prefix for route in self.actions):
                raise RegistryError(f"action prefix '{prefix}' of '{skill}' is already taken")
            return lambda: self.actions.append(ActionRoute(prefix, handler, skill))
        if mark.kind == "flow":
            return lambda: self.flows.__setitem__(skill, handler)
        if mark.kind == "matcher":
            return lambda: self.matchers.append(MatcherRoute(opts["predicate"], handler, skill))
        if mark.kind == "fallback":
            if self.fallback is not None:
                raise RegistryError(f"'{skill}' wants the fallback route, already taken")

            def take() -> None:
                self.fallback = handler

            return take
        raise RegistryError(f"unknown handler kind {mark.kind}")

    def _add_command(self, spec: CommandSpec) -> None:
        for word in spec.keys:
            taken = self.commands.get(word)
            if spec.planned and taken is not None and not taken.planned:
                continue  # the real command is already there: the announcement steps aside
            self.commands[word] = spec

    @property
    def longest_command(self) -> int:
        """How many words the longest command phrase has."""
        return max((word.count(" ") + 1 for word in self.commands), default=1)

    def match_command(self, text: str) -> CommandMatch | None:
        """The command a message starts with (the longest phrase first), or None."""
        stripped = text.strip()
        prefixed = stripped.startswith(COMMAND_PREFIXES)
        body = stripped[1:].lstrip() if prefixed else stripped
        words = list(islice(_WORD.finditer(body), self.longest_command))
        for count in range(len(words), 0, -1):
            end = words[count - 1].end()
            word = fold_command(body[:end])
            spec = self.commands.get(word)
            if spec is not None:
                return CommandMatch(spec, word, body[end:].strip(), prefixed)
        return None

    def command_specs(self, *, planned: bool = False) -> list[CommandSpec]:
        """Each command once, in registration order (the planned ones only if asked)."""
        unique = {id(spec): spec for spec in self.commands.values()}.values()
        return [spec for spec in unique if planned or not spec.planned]

    def shortcuts(self) -> list[Shortcut]:
        """The shortcuts the skills declared, by rank, then in registration order."""
        return sorted(self._shortcuts, key=lambda item: item.rank)

    def action_route(self, action_id: str) -> ActionRoute | None:
        matches = [r for r in self.actions if action_id.startswith(r.prefix)]
        return max(matches, key=lambda r: len(r.prefix), default=None)
