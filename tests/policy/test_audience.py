"""Issue 13, item 3: the audience decides what a reply may show, not the asker.

Unit checks of the rule (`bot.policy.audience`), of the client keys, of stage 8, and the
whole path through the console (which counts as a DM). Slack and Discord have their own
files under tests/adapters.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.core.messages import Incoming, Platform, Reply, Target
from bot.core.turn import Turn
from bot.policy.audience import (
    EVERYONE,
    EVERYTHING,
    answer_sensitivities,
    most_sensitive,
    reply_sensitivities,
)
from bot.policy.outbound import ConfidentialPassages, OutboundGuard, check_replies
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientConfigError, ClientDirectory, Role, parse_client_file
from skills.ask.answering import Question, answer_question
from tests.conftest import SessionFactory
from tests.fakes.openai_server import FakeOpenAIServer
from tests.policy.audience_support import (
    INTERNAL_FACT,
    INTERNAL_QUESTION,
    PUBLIC_FACT,
    PUBLIC_QUESTION,
    SECRET_FACT,
    SECRET_QUESTION,
    ingest_by_sensitivity,
)

CLIENT = ClientConfig(
    name="volta",
    slack={"teams": ["T1"], "handoff_channel": "C-HANDOFF", "staff_channels": ["C-STAFF"]},
    discord={"guilds": ["42"], "staff_channel": "700", "staff_channels": ["701"]},
)
CM, FACILITATOR, AMBASSADOR = Role.COMMUNITY_MANAGER, Role.FACILITATOR, Role.AMBASSADOR
SLACK = {"platform": Platform.SLACK, "workspace_id": "T1"}
DISCORD = {"platform": Platform.DISCORD, "workspace_id": "42"}


def make_turn(role: Role | None, **incoming: Any) -> Turn:
    values: dict[str, Any] = {**SLACK, "channel_id": "C-GENERAL", "user_id": "u1"}
    turn = Turn(incoming=Incoming(**{**values, **incoming}), services=None, registry=None)  # type: ignore[arg-type]
    turn.client, turn.role = CLIENT, role
    return turn


PUBLIC_ONLY, ALL = EVERYONE, EVERYTHING


@pytest.mark.parametrize(
    ("role", "incoming", "reply", "shows"),
    [
        # The defect: a community manager in a public Slack channel.
        (CM, {}, Reply("x"), PUBLIC_ONLY),
        (CM, {"thread_id": "171.1"}, Reply("x"), PUBLIC_ONLY),  # a thread of that channel
        (CM, {"channel_id": "C-STAFF"}, Reply("x"), ALL),  # slack.staff_channels
        (CM, {"channel_id": "C-HANDOFF"}, Reply("x"), ALL),  # the handoff channel is staff
        (CM, {"channel_id": "DU1", "is_direct": True}, Reply("x"), ALL),
        (CM, {"private_origin": True}, Reply("x"), ALL),  # a slash command: only they see it
        (CM, {}, Reply("x", ephemeral=True), ALL),  # shown to the asker alone
        (FACILITATOR, {"channel_id": "C-STAFF"}, Reply("x"), ALL),
        (AMBASSADOR, {"channel_id": "C-STAFF"}, Reply("x"), PUBLIC_ONLY),  # their role still
        (AMBASSADOR, {"is_direct": True}, Reply("x"), PUBLIC_ONLY),
        (None, {"is_direct": True}, Reply("x"), PUBLIC_ONLY),  # no role: least privilege
        (CM, {**DISCORD, "channel_id": "555"}, Reply("x"), PUBLIC_ONLY),
        (CM, {**DISCORD, "channel_id": "701"}, Reply("x"), ALL),  # discord.staff_channels
        (CM, {**DISCORD, "channel_id": "700"}, Reply("x"), ALL),  # discord.staff_channel
        (CM, {**DISCORD, "channel_id": "C-STAFF"}, Reply("x"), PUBLIC_ONLY),  # Slack's, not here
        # The console is the person's own terminal: a DM.
        (CM, {"platform": Platform.CONSOLE, "channel_id": "console"}, Reply("x"), ALL),
        # A due job speaks for nobody: its places are unknown, so not staff.
        (CM, {"platform": Platform.SCHEDULER, "is_direct": True}, Reply("x"), PUBLIC_ONLY),
        # Judged by the destination, not by where the question came from.
        (CM, {}, Reply("x", target=Target.DIRECT), ALL),
        (CM, {}, Reply("x", target=Target.DIRECT, user_id="u1"), ALL),
        (CM, {"is_direct": True}, Reply("x", target=Target.DIRECT, user_id="u2"), PUBLIC_ONLY),
        (AMBASSADOR, {}, Reply("x", target=Target.CHANNEL, channel_id="C-STAFF"), ALL),
        (CM, {"is_direct": True}, Reply("x", target=Target.CHANNEL, channel_id="C1"), PUBLIC_ONLY),
        (CM, {}, Reply("x", target=Target.CHANNEL), PUBLIC_ONLY),  # no channel named: unknown
    ],
)
def test_i13_3_what_a_reply_may_show_depends_on_where_it_is_shown(
    role: Role | None, incoming: dict, reply: Reply, shows: frozenset[str]
):
    assert reply_sensitivities(make_turn(role, **incoming), reply) == shows


def test_i13_3_an_unknown_sensitivity_counts_as_the_highest():
    assert most_sensitive([]) == "public"
    assert most_sensitive(["public", "internal"]) == "internal"
    assert most_sensitive(["public", "secret-ish"]) == "confidential"


# -- the client keys ---------------------------------------------------------------------


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_i13_3_staff_channel_keys_are_read_and_checked(tmp_path: Path):
    config = parse_client_file(
        write(
            tmp_path / "volta.yaml",
            "slack: {staff_channels: [C0789, ' C0790 ', C0789]}\n"
            "discord: {staff_channels: [778, '779']}\n",
        )
    )
    assert config.slack.staff_channels == ["C0789", "C0790"]
    assert config.discord.staff_channels == ["778", "779"]  # YAML numbers become ids

    for text, problem in [
        ("slack: {staff_channels: ['#equipe']}", "'#equipe' is not a channel id"),
        ("slack: {staff_channels: ['equipe cm']}", "not a channel id"),
        ("discord: {staff_channels: [staff]}", "'staff' is not a Discord channel id"),
        ("discord: {staff_channels: C1}", "key 'discord.staff_channels'"),
        ("slack: {staff_chanels: [C1]}", "key 'slack.staff_chanels'"),
    ]:
        with pytest.raises(ClientConfigError) as caught:
            parse_client_file(write(tmp_path / "volta.yaml", text + "\n"))
        assert problem in str(caught.value) and "volta.yaml" in str(caught.value), text


def test_i13_3_a_hand_written_file_with_staff_channels_round_trips(tmp_path: Path):
    directory = ClientDirectory(tmp_path)
    directory.save(CLIENT)
    assert directory.get("volta").slack.staff_channels == ["C-STAFF"]
    assert directory.get("volta").discord.staff_channels == ["701"]


# -- stage 8 -----------------------------------------------------------------------------


class Passages:
    def __init__(self, secret: str) -> None:
        self.secret = secret

    def passages(self, client: str, sensitivity: str) -> list[str]:
        return [self.secret] if sensitivity == "confidential" else []


def guard(secret: str) -> OutboundGuard:
    return OutboundGuard(ConfidentialPassages(Passages(secret)))


SECRET = (
    "Les revendeurs partenaires obtiendront une remise exceptionnelle de dix-huit "
    "pour cent sur toute la gamme urbaine dès septembre."
)


async def test_i13_3_stage_8_blocks_confidential_in_a_public_slack_channel_even_for_staff():
    turn = make_turn(CM)
    turn.replies = [Reply(f"Bonne nouvelle : {SECRET}"), Reply("Bonjour !")]
    await check_replies(turn, guard(SECRET))
    blocked, kept = turn.replies
    assert SECRET_FACT not in blocked.text and "confidentielle" in blocked.text
    assert kept.text == "Bonjour !"

    in_staff_channel = make_turn(CM, channel_id="C-STAFF")
    in_staff_channel.replies = [Reply(f"Bonne nouvelle : {SECRET}")]
    await check_replies(in_staff_channel, guard(SECRET))
    assert SECRET_FACT in in_staff_channel.replies[0].text


async def test_i13_3_a_staff_list_asked_for_in_a_public_channel_goes_to_the_dm():
    turn = make_turn(CM)
    turn.replies = [Reply("Relais ouverts : Léa (détresse)", sensitivity="internal")]
    await check_replies(turn, guard(SECRET))
    private, note = turn.replies
    assert private.target is Target.DIRECT and private.user_id is None
    assert private.text.startswith("Relais ouverts")
    assert note.target is Target.SAME and "message privé" in note.text

    ambassador = make_turn(AMBASSADOR, is_direct=True)
    ambassador.replies = [Reply("Relais ouverts : Léa (détresse)", sensitivity="internal")]
    await check_replies(ambassador, guard(SECRET))
    [notice] = ambassador.replies
    assert "Léa" not in notice.text and notice.target is Target.SAME

    in_dm = make_turn(CM, is_direct=True)
    in_dm.replies = [Reply("Relais ouverts : Léa (détresse)", sensitivity="internal")]
    await check_replies(in_dm, guard(SECRET))
    assert [r.target for r in in_dm.replies] == [Target.SAME]


# -- retrieval for the audience, and the model prompt --------------------------------------


@pytest.fixture
async def layered(settings: Settings, acme: ClientConfig, tmp_path: Path):
    """acme with public, internal and confidential documents, and a chat model that logs."""
    async with FakeOpenAIServer() as server:
        configured = settings.model_copy(
            update={"openai_base_url": server.base_url, "chat_model": "fake-chat"}
        )
        config = acme.model_copy(
            update={
                "privacy": acme.privacy.model_copy(
                    update={"model_sensitivities": ["public", "internal", "confidential"]}
                )
            }
        )
        ClientDirectory(settings.clients_dir).save(config, overwrite=True)
        bot = Assistant.build(configured)
        ingest_by_sensitivity(bot, "acme", tmp_path / "docs")
        yield bot, server
        await bot.aclose()


def prompts_sent(server: FakeOpenAIServer) -> str:
    bodies = [r.json for r in server.requests if r.path == "/v1/chat/completions"]
    return "\n".join(m["content"] for body in bodies for m in body["messages"])


@pytest.mark.parametrize("question", [INTERNAL_QUESTION, SECRET_QUESTION])
async def test_i13_3_a_prompt_built_for_a_public_channel_holds_only_public_passages(
    layered, question: str
):
    bot, server = layered
    turn = Turn(
        incoming=Incoming(Platform.SLACK, "T-ACME", "C-GEN", "U-CM", question),
        services=bot.services,
        registry=bot.registry,
    )
    turn.client, turn.role = bot.services.clients.get("acme"), CM
    public = Question("acme", "Acme", answer_sensitivities(turn), "fr", question)
    await answer_question(bot.services, public)
    await answer_question(
        bot.services, Question("acme", "Acme", answer_sensitivities(turn), "fr", PUBLIC_QUESTION)
    )
    sent = prompts_sent(server)
    assert PUBLIC_FACT in sent  # the model was asked, with the public passage
    assert INTERNAL_FACT not in sent and SECRET_FACT not in sent

    server.requests.clear()
    in_dm = Question(
        "acme", "Acme", reply_sensitivities(turn, Reply("", target=Target.DIRECT)), "fr", question
    )
    await answer_question(bot.services, in_dm)
    assert INTERNAL_FACT in prompts_sent(server) or SECRET_FACT in prompts_sent(server)


# -- the console counts as a DM ----------------------------------------------------------


@pytest.fixture
def with_layers(assistant: Assistant, tmp_path: Path) -> Assistant:
    ingest_by_sensitivity(assistant, "acme", tmp_path / "docs")
    return assistant


@pytest.mark.parametrize(
    ("question", "fact"), [(INTERNAL_QUESTION, INTERNAL_FACT), (SECRET_QUESTION, SECRET_FACT)]
)
async def test_i13_3_the_console_counts_as_a_dm(
    with_layers: Assistant, session: SessionFactory, question: str, fact: str
):
    shown = render_all(await session("camille", role="community_manager").send(question))
    assert fact in shown
    assert "réponse complète" not in shown  # nothing held back: no offer

    ambassador = render_all(await session("lea", role="ambassador").send(question))
    assert fact not in ambassador and "réponse complète" not in ambassador


def test_i13_3_clients_add_sets_staff_channels(settings: Settings):
    from typer.testing import CliRunner

    from bot.cli import app
    from bot.settings import get_settings

    get_settings.cache_clear()
    runner = CliRunner()
    refused = runner.invoke(app, ["clients", "add", "volta", "--discord-staff-channel", "#staff"])
    assert refused.exit_code == 2 and "discord.staff_channels" in refused.output
    added = runner.invoke(
        app,
        [
            *("clients", "add", "volta", "--slack-team", "T9"),
            *("--slack-staff-channel", "C0789", "--discord-staff-channel", "778"),
        ],
    )
    assert added.exit_code == 0, added.output
    config = ClientDirectory(settings.clients_dir).get("volta")
    assert config.slack.staff_channels == ["C0789"]
    assert config.discord.staff_channels == ["778"]
