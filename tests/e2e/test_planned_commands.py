"""Item 15 of issue 13: commands the demo documents advertise answer "not available yet"."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.core.messages import Incoming, Platform
from bot.core.registry import RegistryError, Skill, SkillRegistry, command
from bot.core.turn import Turn
from bot.demo.setup import DOCUMENTS_DIR
from prompts.catalog import text
from skills.planned import PlannedSkill, load_planned
from skills.planned.skill import PlannedCommand, PlannedFileError
from tests.conftest import SessionFactory

# "Écrivez « stop rappels » à l'assistant", "Demandez « mes points »", "avec la commande « … »"
_ADVERTISED = re.compile(
    r"\b(?:écrivez|ecrivez|demandez|dites|tapez|commande)\b[^«\n]{0,60}«\s*([^»]+?)\s*»",
    re.IGNORECASE,
)


def advertised_commands() -> set[str]:
    found: set[str] = set()
    for path in sorted(DOCUMENTS_DIR.iterdir()):
        content = re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))
        found |= {m.strip() for m in _ADVERTISED.findall(content)}
    return found


def test_i13_15_the_demo_documents_advertise_commands():
    found = advertised_commands()
    # The extraction itself must keep working: these are the instructions the FAQ gives.
    assert {"mes points", "stop rappels", "reprendre rappels", "quitter le programme"} <= found
    assert {"j'ai fait une contribution", "je ne suis pas disponible", "parler à Camille"} <= found


async def test_i13_15_every_advertised_command_is_a_command_or_planned(assistant: Assistant):
    """Sent by an ambassador, each is taken by a command, a planned entry or a handoff rule:
    never by the documents, which would only quote the instruction back."""
    for n, phrase in enumerate(sorted(advertised_commands())):
        turn = await assistant.run_turn(
            Incoming(
                platform=Platform.CONSOLE,
                workspace_id="acme",
                channel_id="console",
                user_id=f"amb{n}",
                user_groups=("ambassador",),
                text=phrase,
                is_direct=True,
            )
        )
        assert turn.route and turn.route.startswith(("command:", "planned:", "handoff:")), (
            phrase,
            turn.route,
        )


class Coming(PlannedSkill):
    """A feature announced and not built: every real one has landed (`commands.yaml`)."""

    name = "planned-coming"


@pytest.fixture
def coming(assistant: Assistant) -> Assistant:
    words = ("régler les rappels", "reminder settings")
    assistant.registry.register(Coming([PlannedCommand("reminders", words)]))
    return assistant


async def test_i13_15_planned_commands_say_not_yet_and_offer_a_person(
    coming: Assistant, session: SessionFactory
):
    replies = await session("lea", role="ambassador").send("régler les rappels")
    assert len(replies) == 1
    assert replies[0].text.startswith("Réglage des rappels : pas encore disponible.")
    assert [c.label for c in replies[0].choices] == ["🙋 Demander à une personne"]


async def test_i13_15_planned_reply_in_english(coming: Assistant, session: SessionFactory):
    replies = await session("lea", role="ambassador", lang="en").send("reminder settings")
    assert replies[0].text.startswith("Reminder settings: not available yet.")


async def test_i13_15_a_question_about_the_subject_still_goes_to_the_documents(
    coming: Assistant,
):
    turn = await coming.run_turn(
        Incoming(
            platform=Platform.CONSOLE,
            workspace_id="acme",
            channel_id="console",
            user_id="lea",
            user_groups=("ambassador",),
            text="régler les rappels, est-ce possible ?",
            is_direct=True,
        )
    )
    assert turn.route == "fallback"


async def test_i13_15_help_lists_what_is_coming(coming: Assistant, session: SessionFactory):
    text_ = render_all(await session("lea", role="ambassador").send("aide"))
    assert "Bientôt : réglage des rappels." in text_


async def test_i20_7_nothing_is_announced_as_coming_once_it_has_landed(session: SessionFactory):
    """Leaving the program is a real command (skills/departure): `aide` says no "Bientôt"."""
    assert load_planned() == []
    text_ = render_all(await session("lea", role="ambassador").send("aide"))
    assert "Bientôt" not in text_ and "« quitter le programme »" in text_


class RealLeave(Skill):
    name = "leave"

    @command("quitter le programme", "leave the program", summary="x")
    async def leave(self, turn: Turn, args: str) -> None: ...


@pytest.mark.parametrize("real_first", [True, False])
def test_i13_15_a_real_command_replaces_the_planned_entry_in_any_order(real_first: bool):
    registry = SkillRegistry()
    words = ("quitter le programme", "leave the program", "leave the programme")
    planned = PlannedSkill([PlannedCommand("leave", words)])
    for skill in (RealLeave(), planned) if real_first else (planned, RealLeave()):
        registry.register(skill)  # never refused for the shared words
    assert registry.commands["quitter le programme"].skill == "leave"
    assert registry.commands["leave the program"].skill == "leave"
    assert registry.commands["leave the programme"].planned  # the rest stays planned
    match = registry.match_command("Quitter le programme ?")
    assert match is not None and match.spec.skill == "leave"


def test_i13_15_two_planned_entries_for_one_word_are_a_mistake():
    registry = SkillRegistry()
    registry.register(PlannedSkill([PlannedCommand("points", ("mes points",))]))

    class Again(PlannedSkill):
        name = "planned-again"

    with pytest.raises(RegistryError, match="mes points"):
        registry.register(Again([PlannedCommand("leave", ("mes points",))]))


def test_i13_15_every_planned_feature_has_its_name_in_both_languages():
    for entry in load_planned():
        for lang in ("fr", "en"):
            assert text(lang, entry.summary_key) != entry.summary_key


def test_i13_15_a_malformed_planned_file_is_refused_clearly(tmp_path: Path):
    broken = tmp_path / "planned.yaml"
    broken.write_text("- feature: points\n  words: mes points\n", encoding="utf-8")
    with pytest.raises(PlannedFileError, match=r"entry 1 \(points\): 'words' maps fr/en"):
        load_planned(broken)
