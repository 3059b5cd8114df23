"""Skills and their registry.

A skill is a small class whose handlers are marked with decorators:

    class HelpSkill(Skill):
        name = "help"

        @command("help", "aide", summary="core.help.summary")
        async def show(self, turn: Turn, args: str) -> None:
            turn.say(turn.t("core.help.title"))

One `setup(registry, services)` per skill module registers it. The registry
refuses a duplicate skill name or command word instead of renaming one.
"""

from __future__ import annotations

import inspect
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass
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

    @property
    def words(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


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


def command(
    name: str,
    *aliases: str,
    summary: str,
    roles: Iterable[Role] = ALL_ROLES,
    usage: str | None = None,
) -> Callable[[Handler], Handler]:
    """A command: its first word (optionally after '/' or '!') selects it."""
    return _mark("command", name=name, aliases=aliases, summary=summary, roles=roles, usage=usage)


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

    async def has_active_flow(self, turn: Turn) -> bool:
        """Whether this message belongs to a flow of this skill (an answer to a step).

        By default: the conversation state names this skill as its active flow.
        A skill whose flows span channels (a workshop answered in a DM) overrides it.
        """
        return turn.state.get("active_flow") == self.name

    def handlers(self) -> Iterable[tuple[_Mark, Handler]]:
        for attr in dir(type(self)):
            func = getattr(type(self), attr)
            mark = getattr(func, "__ambassade_mark__", None)
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
        self.commands: dict[str, CommandSpec] = {}  # every word (name and aliases) -> spec
        self.actions: list[ActionRoute] = []
        self.flows: dict[str, Handler] = {}
        self.matchers: list[MatcherRoute] = []
        self.fallback: Handler | None = None

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

    def _route(self, skill: str, mark: _Mark, handler: Handler) -> Callable[[], None]:
        opts = mark.options
        if mark.kind == "command":
            spec = CommandSpec(
                name=opts["name"],
                aliases=tuple(opts["aliases"]),
                roles=frozenset(opts["roles"]),
                summary=opts["summary"],
                usage=opts["usage"],
                handler=handler,
                skill=skill,
            )
            for word in spec.words:
                if word in self.commands:
                    other = self.commands[word].skill
                    raise RegistryError(f"command word '{word}' of '{skill}' is taken by '{other}'")
            return lambda: self.commands.update(dict.fromkeys(spec.words, spec))
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

    def command_specs(self) -> list[CommandSpec]:
        """Each command once, in registration order."""
        return list({id(spec): spec for spec in self.commands.values()}.values())

    def action_route(self, action_id: str) -> ActionRoute | None:
        matches = [r for r in self.actions if action_id.startswith(r.prefix)]
        return max(matches, key=lambda r: len(r.prefix), default=None)
