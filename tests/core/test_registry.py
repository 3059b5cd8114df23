from __future__ import annotations

import pytest

from bot.core.registry import RegistryError, Skill, SkillRegistry, command, fallback
from bot.core.router import parse_command
from bot.core.turn import Turn


class Alpha(Skill):
    name = "alpha"

    @command("go", "vas", summary="x")
    async def go(self, turn: Turn, args: str) -> None: ...

    @fallback()
    async def anything(self, turn: Turn) -> None: ...


class AlphaTwin(Skill):
    name = "alpha"


class Beta(Skill):
    name = "beta"

    @command("vas", summary="x")
    async def clash(self, turn: Turn, args: str) -> None: ...


class Gamma(Skill):
    name = "gamma"

    @fallback()
    async def other(self, turn: Turn) -> None: ...


def test_duplicate_skill_name_is_refused():
    registry = SkillRegistry()
    registry.register(Alpha())
    with pytest.raises(RegistryError, match="already registered"):
        registry.register(AlphaTwin())


def test_duplicate_command_word_is_refused_and_nothing_half_registered():
    registry = SkillRegistry()
    registry.register(Alpha())
    with pytest.raises(RegistryError, match="'vas' of 'beta' is taken by 'alpha'"):
        registry.register(Beta())
    assert "beta" not in registry.skills


def test_second_fallback_is_refused():
    registry = SkillRegistry()
    registry.register(Alpha())
    with pytest.raises(RegistryError, match="fallback"):
        registry.register(Gamma())


def test_handlers_must_be_async():
    with pytest.raises(TypeError, match="async def"):

        class Sync(Skill):
            name = "sync"

            @command("x", summary="x")
            def x(self, turn: Turn, args: str) -> None: ...


@pytest.mark.parametrize(
    ("text", "word", "args", "prefixed"),
    [
        ("/aide", "aide", "", True),
        ("! atelier  nous ", "atelier", "nous", True),
        ("Langue EN", "langue", "EN", False),
    ],
)
def test_parse_command(text: str, word: str, args: str, prefixed: bool):
    parsed = parse_command(text)
    assert parsed is not None
    assert (parsed.word, parsed.args, parsed.prefixed) == (word, args, prefixed)
