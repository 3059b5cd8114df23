"""The Discord bot driven through dpytest: mentions, DMs, roles, long answers, handoffs."""

from __future__ import annotations

import discord.ext.test as dpytest
import discord.ext.test.backend as back

from bot.adapters.discord.render import CONTENT_LIMIT
from bot.tenants import ClientDirectory
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot

__all__ = ["discord_bot"]


async def test_discord_mention_gets_help_in_the_channel(discord_bot: DiscordHarness) -> None:
    await discord_bot.say("aide")
    [answer] = discord_bot.sent_to(discord_bot.general.id)
    assert "Voici ce que je peux faire" in answer.content
    assert answer.payload["message_reference"]["message_id"]
    assert answer.payload["allowed_mentions"]["parse"] == []  # nobody pinged by a reply


async def test_discord_messages_without_a_mention_are_left_alone(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("aide", mention=False)
    assert discord_bot.sent == []


async def test_discord_direct_message_is_answered_in_the_dm(discord_bot: DiscordHarness) -> None:
    await discord_bot.say_in_dm("aide")
    [answer] = discord_bot.sent
    assert answer.channel_id == discord_bot.dm_channel_id(discord_bot.lea)
    assert "ambassadeur" in answer.content  # Léa's role comes from her role in the guild


async def test_discord_roles_map_to_ambassade_roles(discord_bot: DiscordHarness) -> None:
    await discord_bot.say("aide", member=discord_bot.marc)
    # The staff's help may run over Discord's 2,000 characters: it is then split in two.
    [first, *_] = discord_bot.sent
    assert "community manager" in first.content


async def test_discord_role_refusal_for_an_ambassador(discord_bot: DiscordHarness) -> None:
    await discord_bot.say("lacunes")
    [refusal] = discord_bot.sent
    # An ephemeral reply to a channel message goes to the DMs: only Léa sees it.
    assert refusal.channel_id == discord_bot.dm_channel_id(discord_bot.lea)
    assert "« lacunes » est réservée" in refusal.content
    assert discord_bot.sent_to(discord_bot.general.id) == []


async def test_discord_long_answer_is_split_at_sentence_boundaries(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("long 4")
    parts = discord_bot.sent_to(discord_bot.general.id)
    assert len(parts) >= 3
    assert all(0 < len(p.content) <= CONTENT_LIMIT for p in parts)
    assert all(p.content.endswith(".") for p in parts)  # never cut inside a sentence
    assert "message_reference" in parts[0].payload and "message_reference" not in parts[1].payload
    rebuilt = " ".join(p.content for p in parts).replace("\n\n", " ")
    assert rebuilt.count("du paragraphe.") == 4 * 40  # nothing lost, nothing repeated


async def test_discord_question_is_answered_with_sources_in_an_embed(
    discord_bot: DiscordHarness, tmp_path
) -> None:
    charte = tmp_path / "docs" / "charte.md"
    charte.parent.mkdir()
    charte.write_text(
        "# Charte\n\n## Accueil\n\nChaque ambassadeur reçoit un kit de bienvenue : "
        "une gourde gravée et un guide du programme.\n",
        encoding="utf-8",
    )
    discord_bot.assistant.services.knowledge.ingest_paths(
        "acme", [charte.parent], default_sensitivity="public"
    )
    await discord_bot.say("Que reçoit un ambassadeur dans le kit de bienvenue ?")
    [answer] = discord_bot.sent_to(discord_bot.general.id)
    [embed] = answer.embeds
    assert "gourde gravée" in embed["description"]
    assert "[1] Charte › Accueil" in embed["footer"]["text"]
    labels = [c["label"] for c in answer.components]
    assert any("👍" in label for label in labels) and any("👎" in label for label in labels)


async def test_discord_handoff_tells_the_ambassador_and_cards_the_staff_channel(
    discord_bot: DiscordHarness,
) -> None:
    await discord_bot.say("je voudrais parler à un humain s'il vous plaît")
    [card] = discord_bot.sent_to(discord_bot.staff.id)
    text = all_text(card.payload)
    assert "Relais n° 1" in text
    claim = card.components[0]
    assert claim["custom_id"] == "amb|handoff:card|claim:1"
    [told] = discord_bot.sent_to(discord_bot.general.id)
    assert "une personne de l'équipe" in all_text(told.payload)


async def test_discord_unknown_guild_is_refused_politely(discord_bot: DiscordHarness) -> None:
    other = discord_bot.other_guild
    member = next(m for m in other.members if m.name == "lea")
    assert discord_bot.client.user is not None
    await dpytest.message(
        f"<@{discord_bot.client.user.id}> aide", channel=other.text_channels[0], member=member
    )
    await discord_bot.settle()
    [refusal] = discord_bot.sent
    assert "n'est relié à aucun programme ambassadeurs" in refusal.content


async def test_discord_same_message_delivered_twice_is_answered_once(
    discord_bot: DiscordHarness,
) -> None:
    message = await discord_bot.say("aide")
    await discord_bot.client.ambassade.on_message(message)  # a gateway replay after a resume
    assert len(discord_bot.sent) == 1


async def test_discord_free_chat_channel_needs_no_mention(discord_bot: DiscordHarness) -> None:
    directory = ClientDirectory(discord_bot.settings.clients_dir)
    config = directory.get("acme")
    free = config.discord.model_copy(update={"free_chat_channels": [str(discord_bot.general.id)]})
    directory.save(config.model_copy(update={"discord": free}), overwrite=True)
    await discord_bot.say("aide", mention=False)
    assert "Voici ce que je peux faire" in discord_bot.sent[0].content


async def test_discord_document_sent_by_a_community_manager_is_learnt(
    discord_bot: DiscordHarness, tmp_path
) -> None:
    charte = tmp_path / "charte.md"
    charte.write_text(
        "# Charte\n\n## Accueil\n\nChaque ambassadeur reçoit un kit de bienvenue : "
        "une gourde gravée et un guide du programme.\n",
        encoding="utf-8",
    )
    assert discord_bot.client.user is not None
    await dpytest.message(
        f"<@{discord_bot.client.user.id}>",
        channel=discord_bot.general,
        member=discord_bot.marc,
        attachments=[str(charte)],
    )
    await discord_bot.settle()
    assert "charte.md" in discord_bot.sent[-1].content
    await discord_bot.say("Que reçoit un ambassadeur dans le kit de bienvenue ?")
    assert "gourde gravée" in all_text(discord_bot.sent[-1].payload)


async def test_discord_role_mapped_by_id_gives_its_role(discord_bot: DiscordHarness) -> None:
    role = back.make_role("Animation", discord_bot.guild)
    await dpytest.add_role(discord_bot.lea, role)
    directory = ClientDirectory(discord_bot.settings.clients_dir)
    config = directory.get("acme")
    roles = config.roles.model_copy(update={"facilitator": [str(role.id)]})
    directory.save(config.model_copy(update={"roles": roles}), overwrite=True)
    await discord_bot.say("aide")
    # A facilitator's help may run over Discord's 2,000 characters: it is then split.
    assert "animateur d'atelier" in "\n".join(m.content for m in discord_bot.sent)
