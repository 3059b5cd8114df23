"""Issue 14 item 2: a skill receives what it uses in `setup(registry, deps)`.

Its handlers use what the skill was built with, and what the turn carries (the message,
client, role, language, state, registry): never `turn.services`, nor the concrete
`bot.services.Services`.
"""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path
from typing import get_type_hints

from bot.adapters.console import ConsoleSession
from bot.assistant import SKILL_MODULES, Assistant
from bot.core.registry import SkillRegistry
from bot.settings import Settings
from bot.tenants import ClientConfig
from prompts.catalog import text

SKILLS = Path(__file__).resolve().parents[2] / "skills"


def runtime_lookups(folder: Path) -> list[str]:
    """`turn.services…` reads and `bot.services` imports in a skill's folder."""
    found = []
    for path in sorted(folder.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Attribute)
                and node.attr == "services"
                and isinstance(node.value, ast.Name)
                and node.value.id == "turn"
            ):
                found.append(f"{path.name}:{node.lineno} turn.services")
            if isinstance(node, ast.ImportFrom) and node.module == "bot.services":
                found.append(f"{path.name}:{node.lineno} import bot.services")
    return found


def test_i14_2_skills_take_their_dependencies_in_setup() -> None:
    folders = sorted(p for p in SKILLS.iterdir() if (p / "__init__.py").is_file())
    assert {f.name for f in folders} >= {"ask", "workshop", "solicitations", "kpi"}
    for folder in folders:
        assert runtime_lookups(folder) == [], f"skills/{folder.name}: {runtime_lookups(folder)}"


def test_i14_2_the_check_finds_a_runtime_lookup(tmp_path: Path) -> None:
    """The check above would see a skill that still reads the turn's services."""
    (tmp_path / "late.py").write_text(
        "from bot.services import Services\n"
        "async def handler(turn):\n    return turn.services.db\n",
        encoding="utf-8",
    )
    assert runtime_lookups(tmp_path) == ["late.py:1 import bot.services", "late.py:3 turn.services"]


def declared_deps(module: str) -> set[str]:
    """The services a skill module's `setup(registry, deps)` declares (its Protocol's)."""
    protocol = get_type_hints(importlib.import_module(module).setup)["deps"]
    return {name for name in dir(protocol) if isinstance(getattr(protocol, name), property)}


class OnlyDeclared:
    """Exposes only the named attributes of the root's services."""

    def __init__(self, services: object, names: set[str]) -> None:
        self._services, self._names = services, names

    def __getattr__(self, name: str) -> object:
        if name not in self._names:
            raise AttributeError(f"'{name}' was not declared")
        return getattr(self._services, name)


async def test_i14_2_skills_built_with_their_declared_deps_only_work(
    settings: Settings, acme: ClientConfig
) -> None:
    """Every skill sets up, and answers, with the services its `deps` Protocol names, no
    more."""
    assert declared_deps("skills.language.skill") == {"roster"}
    assert declared_deps("skills.help.skill") == set()
    assert declared_deps("skills.kpi.skill") == {"db", "clock", "roster"}
    assert declared_deps("skills.solicitations.skill") == {"db", "clock", "roster", "settings"}
    assert declared_deps("skills.contributions.skill") == {"db", "clock", "roster", "settings"}
    bot = Assistant.build(settings, skill_modules=())
    try:
        registry = SkillRegistry()
        for name in SKILL_MODULES:
            deps = OnlyDeclared(bot.services, declared_deps(f"{name}.skill"))
            importlib.import_module(name).setup(registry, deps)
        assert {name.removeprefix("skills.") for name in SKILL_MODULES} == set(registry.skills)
        lea = ConsoleSession(Assistant(bot.services, registry), "acme", "lea", role="amb")
        assert "English" in (await lea.send("langue en"))[0].text
        assert "what I can do" in (await lea.send("help"))[0].text
        [answer] = await lea.send("When does the ambassador program start?")
        assert answer.text == text("en", "ask.no_documents", client=acme.title)
        [mine] = await lea.send("my points")  # contributions: the roster, the database
        assert "0 points" in mine.text
        [stopped] = await lea.send("stop surveys")  # kpi: a consent, at the clock's time
        assert stopped.text == text("en", "kpi.survey.opted_out")
        sam = ConsoleSession(Assistant(bot.services, registry), "acme", "sam", role="facilitator")
        [opened] = await sam.send("atelier nous")
        code = re.search(r"rejoindre ([A-Z0-9]+)", opened.text)
        assert code is not None
        assert await lea.send(f"join {code.group(1)}")  # a workshop step, from its stored flow
        [listed] = await sam.send("sollicitations")  # solicitations: the book, the clock
        assert listed.text == text("fr", "solicitations.chat.list_empty")
    finally:
        await bot.aclose()
