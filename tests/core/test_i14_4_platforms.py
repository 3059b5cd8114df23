"""Issue 14, item 4: one client lookup, and a platform added without touching the core.

`ClientDirectory.for_workspace(platform, workspace)` is the only way from a workspace to
its client. A new platform brings its adapter (a `ChatAdapter`), declares its name, and
finds its clients' settings under `platforms: {<name>: …}`: the lookup, the audience
rules, the guarded turn, the file rules and scheduled delivery all work for it as is.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Sequence
from contextlib import AbstractAsyncContextManager
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import pytest

from bot.adapters import registry
from bot.adapters.attachments import SharedFile
from bot.adapters.base import ChatAdapter
from bot.assistant import Assistant
from bot.core.messages import Attachment, Incoming, Platform, Reply, Target
from bot.notices.notice import is_notice
from bot.policy.audience import EVERYONE, EVERYTHING, place_sensitivities
from bot.scheduler import Deliver
from bot.tenants import ClientConfig, ClientDirectory

LOOPCHAT = Platform.declare("loopchat")


@dataclass(frozen=True)
class LoopPlace:
    workspace_id: str
    channel: str | None = None

    def describe(self) -> str:
        return f"workspace={self.workspace_id}, channel={self.channel}"


class LoopAdapter(ChatAdapter[LoopPlace]):
    """All a platform writes beside its SDK calls: where replies go, and how to name it."""

    platform = LOOPCHAT
    label = "LoopChat"
    file_permission = "files.read"

    def __init__(self, assistant: Assistant) -> None:
        super().__init__(assistant)
        self.sent: list[tuple[LoopPlace, Reply]] = []

    async def send(self, replies: Sequence[Reply], place: LoopPlace) -> set[str]:
        self.sent += [(place, reply) for reply in replies]
        return {r.key for r in replies if r.key}

    def workspace_place(self, workspace_id: str) -> LoopPlace:
        return LoopPlace(workspace_id)


def loop_client() -> ClientConfig:
    section = {"workspaces": ["W1"], "staff_channels": ["S1"], "options": {"colour": "blue"}}
    return ClientConfig(name="loopco", display_name="Loop & Co", platforms={"loopchat": section})


def said(incoming_text: str, *, workspace: str = "W1", channel: str = "C1") -> Incoming:
    return Incoming(
        platform=LOOPCHAT,
        workspace_id=workspace,
        channel_id=channel,
        user_id="u1",
        text=incoming_text,
        user_groups=("cm-team",),
    )


def scheduled(client: str) -> Incoming:
    return Incoming(platform=Platform.SCHEDULER, workspace_id=client, channel_id="-", user_id="-")


@pytest.fixture
def loop_adapter(assistant: Assistant) -> LoopAdapter:
    ClientDirectory(assistant.services.clients.directory).save(loop_client())
    return LoopAdapter(assistant)


def test_i14_4_for_workspace_is_the_one_lookup(tmp_path: Path) -> None:
    directory = ClientDirectory(tmp_path)
    directory.save(ClientConfig(name="acme", slack={"teams": ["T1"]}, discord={"guilds": ["42"]}))
    directory.save(loop_client())
    assert directory.for_workspace(Platform.SLACK, "T1").name == "acme"
    assert directory.for_workspace("discord", "42").name == "acme"
    assert directory.for_workspace(LOOPCHAT, "W1").name == "loopco"
    assert directory.for_workspace(Platform.SLACK, "W1") is None  # another platform's id
    assert directory.for_workspace(Platform.CONSOLE, "acme").name == "acme"  # by name
    assert directory.for_workspace(Platform.SCHEDULER, "loopco").name == "loopco"
    assert directory.for_workspace(Platform.CONSOLE, "nobody") is None
    assert directory.for_workspace(Platform.DISCORD, "acme") is None  # a name is no guild
    assert directory.workspaces(LOOPCHAT) == ["W1"] and directory.workspaces("slack") == ["T1"]


def test_i14_4_a_broken_client_file_is_no_client(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (tmp_path / "acme.yaml").write_text("language: klingon\n", encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert ClientDirectory(tmp_path).for_workspace(Platform.CONSOLE, "acme") is None
    assert "acme.yaml" in caplog.text


@pytest.mark.parametrize(
    ("name", "problem"),
    [("slack", "has its own section"), ("console", "not a chat platform"), ("Bad", "not a")],
)
def test_i14_4_platform_sections_are_named_like_platforms(name: str, problem: str) -> None:
    with pytest.raises(ValueError, match=problem):
        ClientConfig(name="acme", platforms={name: {"workspaces": ["W1"]}})


def test_i14_4_a_new_platforms_staff_channels_are_staff(loop_adapter: LoopAdapter) -> None:
    client = loop_client()
    assert client.section(LOOPCHAT).staff_channel_ids() == {"S1"}  # type: ignore[union-attr]
    assert place_sensitivities(client, said("x", channel="S1")) == EVERYTHING
    assert place_sensitivities(client, said("x", channel="C1")) == EVERYONE


async def test_i14_4_a_new_platform_reaches_its_client_through_the_pipeline(
    loop_adapter: LoopAdapter,
) -> None:
    notice, answer = await loop_adapter.answer(said("aide"))
    assert is_notice(notice) and "Loop & Co" in notice.text  # issue 20: no code needed
    assert "Loop & Co" in answer.text
    [again] = await loop_adapter.answer(said("aide"))
    assert not is_notice(again)
    [refusal] = await loop_adapter.answer(said("aide", workspace="W2"))
    assert "relié à aucun programme" in refusal.text


async def test_i14_4_the_shared_base_serves_a_new_platform(loop_adapter: LoopAdapter) -> None:
    async def too_big(max_bytes: int) -> Attachment | None:
        return Attachment("gros.md", b"x" * (max_bytes + 1))

    replies = await loop_adapter.answer_with_files(said(""), [SharedFile("gros.md", None, too_big)])
    assert [r.text for r in replies] == [
        "⚠️ gros.md : fichier trop volumineux pour être lu (plus de 20 Mo). "
        "Découpez-le, ou ajoutez-le avec `ambassade ingest`."
    ]

    async def broken() -> None:
        raise ConnectionError("the platform went away")

    await loop_adapter.guarded("message", LoopPlace("W1", "C1"), broken)
    place, told = loop_adapter.sent[-1]
    assert place == LoopPlace("W1", "C1") and told.ephemeral and "référence" in told.text

    job = scheduled("loopco")
    reminder = Reply(text="Rappel", target=Target.DIRECT, user_id="u1", key="r1")
    delivered = await loop_adapter.deliver_scheduled(job, [reminder, Reply(text="nulle part")])
    assert delivered == {"r1"}
    assert loop_adapter.sent[-1] == (LoopPlace("W1"), reminder)  # the client's workspace
    assert await loop_adapter.deliver_scheduled(scheduled("gone"), [reminder]) == set()


def test_i14_4_a_platform_registers_with_one_line(monkeypatch: pytest.MonkeyPatch) -> None:
    package = ModuleType("bot.adapters.loopchat")
    package.RUNNER = registry.PlatformRunner(  # type: ignore[attr-defined]
        name="loopchat",
        configured=lambda settings: True,
        problems=lambda settings, options: [],
        serve=lambda settings, assistant, options: _never(),
        web_delivery=lambda settings, assistant: _never_delivery(),
    )
    monkeypatch.setitem(sys.modules, "bot.adapters.loopchat", package)
    monkeypatch.setattr(registry, "PLATFORMS", (*registry.PLATFORMS, "loopchat"))
    assert list(registry.runners()) == ["slack", "discord", "loopchat"]
    assert registry.runner("loopchat") is package.RUNNER  # type: ignore[attr-defined]
    with pytest.raises(KeyError, match="no platform 'matrix'"):
        registry.runner("matrix")


async def _never() -> None:
    raise AssertionError("not started in this test")


def _never_delivery() -> AbstractAsyncContextManager[Deliver]:
    raise AssertionError("no scheduler process in this test")


def test_i14_4_declaring_a_platform_twice_is_the_same_member() -> None:
    assert Platform.declare("loopchat") is LOOPCHAT is Platform("loopchat")
    assert Platform.declare("slack") is Platform.SLACK
    with pytest.raises(ValueError, match="not a platform name"):
        Platform.declare("Loop Chat")
    with pytest.raises(ValueError):
        Platform("never_declared")
