"""Discord interactions as real payloads: app commands, buttons, selects, modals, restarts."""

from __future__ import annotations

import discord

from bot.adapters.discord.client import AmbassadeClient
from bot.assistant import Assistant
from bot.core.messages import Action, Incoming, Platform, Reply, Target
from bot.tenants import ClientDirectory
from tests.adapters.discord_harness import (
    DiscordHarness,
    ProbeSkill,
    all_text,
    discord_bot,
    save_client,
    start_client,
)

__all__ = ["discord_bot"]

EPHEMERAL = 64  # message flag
CHANNEL_MESSAGE, DEFERRED_MESSAGE, UPDATE_MESSAGE, MODAL = 4, 5, 7, 9


async def test_discord_app_command_answers_privately(discord_bot: DiscordHarness) -> None:
    await discord_bot.app_command("aide")
    # Léa's first words: the first-contact notice (issue 20) takes the response, privately,
    # and the answer follows, privately too.
    [first_answer] = await discord_bot.api.wait_for(1)
    [notice] = discord_bot.api.notices
    assert notice.kind == "callback" and notice.payload["type"] == CHANNEL_MESSAGE
    assert notice.data["flags"] & EPHEMERAL
    assert first_answer.kind == "followup" and first_answer.data["flags"] & EPHEMERAL
    assert "Voici ce que je peux faire" in first_answer.data["content"]
    await discord_bot.app_command("aide")
    response = (await discord_bot.api.wait_for(2))[-1]
    assert response.payload["type"] == CHANNEL_MESSAGE
    assert response.data["flags"] & EPHEMERAL
    assert "Voici ce que je peux faire" in response.data["content"]
    assert discord_bot.sent == [] and len(discord_bot.api.notices) == 1


async def test_discord_ask_command_answers_with_sources(
    discord_bot: DiscordHarness, tmp_path
) -> None:
    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "charte.md").write_text(
        "# Charte\n\n## Accueil\n\nChaque ambassadeur reçoit un kit de bienvenue : "
        "une gourde gravée et un guide du programme.\n",
        encoding="utf-8",
    )
    discord_bot.assistant.services.knowledge.ingest_paths(
        "acme", [docs], default_sensitivity="public"
    )
    await discord_bot.app_command(None, "Que reçoit un ambassadeur dans le kit de bienvenue ?")
    calls = await discord_bot.api.wait_for(1)
    embed = calls[-1].data["embeds"][0]
    assert "gourde gravée" in embed["description"] and "Charte › Accueil" in embed["footer"]["text"]


async def test_discord_slow_command_is_deferred_then_followed_up(
    discord_bot: DiscordHarness,
) -> None:
    discord_bot.client.ambassade.defer_after = 0.1  # the turn takes longer than this
    await discord_bot.app_command("lent", "0.6")
    deferred, followup = await discord_bot.api.wait_for(2)
    assert deferred.payload["type"] == DEFERRED_MESSAGE and deferred.data["flags"] & EPHEMERAL
    assert followup.kind == "followup" and followup.data["content"] == "Voici enfin la réponse."


async def test_discord_app_command_role_refusal(discord_bot: DiscordHarness) -> None:
    await discord_bot.app_command("lacunes")
    [response] = await discord_bot.api.wait_for(1)
    assert "« lacunes » est réservée" in response.data["content"]
    assert response.data["flags"] & EPHEMERAL


async def test_discord_app_command_from_a_guild_no_longer_configured_is_refused(
    discord_bot: DiscordHarness,
) -> None:
    directory = ClientDirectory(discord_bot.settings.clients_dir)
    config = directory.get("acme")
    gone = config.discord.model_copy(update={"guilds": []})
    directory.save(config.model_copy(update={"discord": gone}), overwrite=True)
    await discord_bot.app_command("aide")
    [response] = await discord_bot.api.wait_for(1)
    assert "n'est relié à aucun programme ambassadeurs" in response.data["content"]


async def test_discord_step_buttons_reach_the_skill_and_show_the_choice(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("etape")
    [step] = discord_bot.sent
    ideas, personas = step.components
    assert (ideas["custom_id"], ideas["style"]) == ("amb|probe.pick|ideas", 1)  # primary
    assert (personas["custom_id"], personas["style"]) == ("amb|probe.pick|personas", 2)
    await discord_bot.click(step.payload, personas["custom_id"])
    marked, answer = await discord_bot.api.wait_for(2)
    assert marked.payload["type"] == UPDATE_MESSAGE and marked.data["components"] == []
    assert "✅ **Personas**" in marked.data["content"]
    assert answer.data["content"] == "Vous avez choisi : personas"
    assert discord_bot.probe.actions == [Action("probe.pick", "personas")]


async def test_discord_many_choices_become_a_select(discord_bot: DiscordHarness) -> None:
    await discord_bot.say("liste")
    [offer] = discord_bot.sent
    [select] = offer.components
    assert select["type"] == 3 and len(select["options"]) == 7
    await discord_bot.click(offer.payload, select["custom_id"], values=["opt-5"])
    marked, answer = await discord_bot.api.wait_for(2)
    assert "✅ **Option 5**" in marked.data["content"]
    assert answer.data["content"] == "Vous avez choisi : opt-5"


async def test_discord_form_opens_as_a_modal_and_submits_typed_values(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("formulaire")
    [offer] = discord_bot.sent
    [open_button] = offer.components
    await discord_bot.click(offer.payload, open_button["custom_id"])
    [opened] = await discord_bot.api.wait_for(1)
    assert opened.payload["type"] == MODAL
    modal = opened.data
    assert modal["title"] == "Atelier : idées" and len(modal["components"]) == 3
    await discord_bot.submit(modal, {"idea": "Un apéro vélo", "count": "12", "kind": "service"})
    calls = await discord_bot.api.wait_for(2)
    assert calls[-1].data["content"] == "Merci pour votre idée : Un apéro vélo"
    payload = discord_bot.probe.actions[-1].payload
    assert payload == {"idea": "Un apéro vélo", "count": 12, "kind": "service"}


async def test_discord_form_with_a_bad_number_says_which_field(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("formulaire")
    [offer] = discord_bot.sent
    await discord_bot.click(offer.payload, offer.components[0]["custom_id"])
    [opened] = await discord_bot.api.wait_for(1)
    await discord_bot.submit(opened.data, {"idea": "x", "count": "douze"})
    calls = await discord_bot.api.wait_for(2)
    assert "« Combien de personnes ? » attend un nombre" in calls[-1].data["content"]
    assert discord_bot.probe.actions == []


async def test_discord_handoff_claim_from_the_staff_card(discord_bot: DiscordHarness) -> None:
    await discord_bot.say("je voudrais parler à un humain s'il vous plaît")
    [card] = discord_bot.sent_to(discord_bot.staff.id)
    claim = card.components[0]
    await discord_bot.click(
        card.payload, claim["custom_id"], member=discord_bot.marc, channel=discord_bot.staff
    )
    calls = await discord_bot.api.wait_for(2)
    assert any("Vous avez pris en charge le relais n° 1" in all_text(c.payload) for c in calls)
    told = discord_bot.sent_to(discord_bot.dm_channel_id(discord_bot.lea))
    assert any("a pris votre demande en charge" in all_text(t.payload) for t in told)


async def test_discord_buttons_still_work_after_a_restart(
    discord_bot: DiscordHarness, acme
) -> None:
    await discord_bot.say("etape")
    [step] = discord_bot.sent
    custom_id = step.components[1]["custom_id"]
    old_client, old_assistant = discord_bot.client, discord_bot.assistant
    await old_client.http._HTTPClient__session.close()  # type: ignore[attr-defined]
    await old_assistant.aclose()

    # A new process: new client, new assistant, same database; the guild is seen again.
    assistant = Assistant.build(discord_bot.settings)
    probe = ProbeSkill()
    assistant.registry.register(probe)
    client: AmbassadeClient = await start_client(assistant, discord_bot.sent, discord_bot.nonces)
    guild = client.guilds[0]
    save_client(discord_bot.settings, acme, guild, guild.text_channels[1].id)
    await client.setup_hook()
    discord_bot.client, discord_bot.assistant = client, assistant
    discord_bot.general = guild.text_channels[0]
    discord_bot.lea = next(m for m in guild.members if m.name == "lea")
    await discord_bot.click(step.payload, custom_id)
    calls = await discord_bot.api.wait_for(2)
    assert calls[-1].data["content"] == "Vous avez choisi : personas"
    assert probe.actions == [Action("probe.pick", "personas")]


async def test_discord_app_commands_are_registered_per_guild_with_english_names(
    discord_bot: DiscordHarness,
) -> None:
    tree = discord_bot.client.tree
    guild = discord.Object(id=discord_bot.guild.id)
    group = tree.get_command("ambassade", guild=guild)
    assert group is not None and tree.get_command("demander", guild=guild) is not None
    assert tree.get_command("ambassade", guild=discord.Object(discord_bot.other_guild.id)) is None
    assert tree.get_commands() == []  # nothing global
    translator = tree.translator
    assert translator is not None
    aide = group.get_command("aide")  # type: ignore[union-attr]
    payload = await aide.get_translated_payload(tree, translator)
    assert payload["name_localizations"]["en-US"] == "help"
    assert payload["description_localizations"]["en-US"].startswith("see what")
    assert payload["options"][0]["name_localizations"]["en-GB"] == "text"
    assert len(payload["description"]) <= 100


async def test_discord_command_in_a_handed_off_conversation_leaves_no_thinking_note(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("je voudrais parler à un humain s'il vous plaît")
    await discord_bot.app_command(None, "Et pour mes points ?")
    deferred, deleted = await discord_bot.api.wait_for(2)
    assert deferred.payload["type"] == DEFERRED_MESSAGE
    assert (deleted.kind, deleted.payload["message"]) == ("delete", "@original")


async def test_discord_scheduled_replies_go_to_direct_messages(
    discord_bot: DiscordHarness,
) -> None:
    reminder = Reply(
        text="Rappel : témoignage à envoyer", target=Target.DIRECT, user_id=str(discord_bot.lea.id)
    )
    job = Incoming(Platform.SCHEDULER, "acme", "scheduler", "scheduler", event_id="job-1")
    await discord_bot.client.ambassade.deliver_scheduled(job, [reminder, Reply(text="perdu")])
    [sent] = discord_bot.sent
    assert sent.channel_id == discord_bot.dm_channel_id(discord_bot.lea)
    assert sent.content == "Rappel : témoignage à envoyer"
