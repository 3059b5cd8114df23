"""A workshop through Discord: DM invitation, Join button, typed answers, Yes/No buttons."""

from __future__ import annotations

import re

from skills.workshop.repository import WorkshopRepository
from tests.adapters.discord_harness import DiscordHarness, all_text, discord_bot

__all__ = ["discord_bot"]


async def test_discord_workshop_invitation_join_and_step_buttons(
    discord_bot: DiscordHarness,
) -> None:
    lea, marc = discord_bot.lea, discord_bot.marc
    await discord_bot.say(f"atelier nous <@{lea.id}>", member=marc)
    [invitation] = discord_bot.sent_to(discord_bot.dm_channel_id(lea))
    code = re.search(r"code ([A-Z0-9]{5})", all_text(invitation.payload))[1]
    [join] = invitation.components
    assert join["custom_id"] == f"amb|workshop.join|{code}"
    assert discord_bot.sent_to(discord_bot.general.id)  # the session is announced

    await discord_bot.click(invitation.payload, join["custom_id"], channel=None)
    calls = await discord_bot.api.wait_for(2)
    assert "Étape 1/6" in all_text(calls[-1].payload)

    for message in ["Oser le vélo, ensemble.", "1", "tout", "9"]:
        await discord_bot.say_in_dm(message)
    step = discord_bot.sent_to(discord_bot.dm_channel_id(lea))[-1]
    assert "Étape 6/6" in all_text(step.payload)
    yes, no = step.components
    assert no["custom_id"].endswith("|no") and no["style"] == 2
    assert yes["custom_id"].startswith("amb|workshop.answer") and yes["custom_id"].endswith("|yes")
    assert yes["style"] == 1  # primary

    await discord_bot.click(step.payload, yes["custom_id"], channel=None)
    calls = await discord_bot.api.wait_for(len(calls) + 2)
    assert any("sont toutes enregistrées" in all_text(c.payload) for c in calls[-2:])
    [answers] = WorkshopRepository(discord_bot.assistant.services.db).participant_answers(
        "acme", "nous"
    )
    assert answers.answers["purpose"].value == "Oser le vélo, ensemble."
    assert answers.answers["share_with_ambassadors"].value is True
    assert answers.status == "done"
