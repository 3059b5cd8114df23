"""End-to-end: the whole pipeline driven through the console adapter."""

from __future__ import annotations

from bot.adapters.console import render_all
from bot.assistant import Assistant
from bot.core.messages import Incoming, Platform
from bot.notices.notice import is_notice
from tests.conftest import SessionFactory


def answers(replies):  # type: ignore[no-untyped-def]
    """The answer, without the first-contact notice a new person gets first (issue 20)."""
    return [r for r in replies if not is_notice(r)]


async def test_help_lists_what_a_community_manager_can_do_in_french(session: SessionFactory):
    replies = await session("camille", role="community_manager").send("aide")
    assert len(replies) == 1
    text = replies[0].text
    assert "community manager" in text and "Acme Vélos" in text
    assert "langue fr|en" in text
    assert "envoyez-le-moi en pièce jointe" in text and "pdf" in text


async def test_help_tells_only_community_managers_they_can_send_documents(
    session: SessionFactory,
):
    for role in ("ambassador", "facilitator"):
        [reply] = await session(f"someone-{role}", role=role).send("aide")
        assert "pièce jointe" not in reply.text


async def test_help_follows_the_role_from_the_client_group_mapping(
    session: SessionFactory, assistant: Assistant
):
    replies = await session("cm-team").send("/help")  # console maps the user id as a group
    assert "community manager" in replies[0].text
    replies = await session("someone-unmapped").send("aide")
    assert "ambassadeur" in replies[0].text


async def test_english_on_request_and_remembered(session: SessionFactory):
    lea = session("lea", role="ambassador")
    replies = await lea.send("langue en")
    assert replies[0].text.startswith("Noted")
    replies = await lea.send("help")
    assert replies[0].text.startswith("Here is what I can do")
    # A new session of the same person keeps the choice.
    replies = await session("lea", role="ambassador").send("aide")
    assert replies[0].text.startswith("Here is what I can do")


async def test_unsupported_language_is_explained(session: SessionFactory):
    replies = await session("lea").send("langue klingon")
    assert "klingon" in replies[0].text and "fr" in replies[0].text


async def test_greeting_gets_a_greeting(session: SessionFactory):
    replies = await session("lea").send("Bonjour !")
    assert replies[0].text.startswith("Bonjour lea")


async def test_unknown_command_is_answered_politely(session: SessionFactory):
    replies = await session("lea").send("/teleporte moi")
    assert replies[0].text == (
        "Je ne connais pas la commande « teleporte ». "
        "Tapez « aide » pour voir ce que je sais faire."
    )


async def test_empty_message(session: SessionFactory):
    replies = await session("lea").send("   ")
    assert "vide" in replies[0].text


async def test_hundred_kilobyte_message_is_refused_with_its_size(session: SessionFactory):
    replies = await session("lea").send("a" * 100_000)
    assert "100000 caractères" in replies[0].text and "4000" in replies[0].text


async def test_binary_junk_is_refused_without_a_traceback(session: SessionFactory):
    junk = bytes(range(256)).decode("latin-1") * 4
    replies = await session("lea").send(junk)
    text = render_all(replies)
    assert "lire ce message" in text
    assert "Traceback" not in text


async def test_invalid_utf8_replacement_characters_are_refused(session: SessionFactory):
    junk = b"\xff\xfe\xfa\x00\x01garbage\xff\xff\xff".decode("utf-8", errors="replace")
    replies = await session("lea").send(junk)
    assert "lire ce message" in replies[0].text


async def test_unknown_workspace_gets_a_polite_refusal(assistant: Assistant):
    replies = await assistant.handle(
        Incoming(
            platform=Platform.SLACK,
            workspace_id="T-UNKNOWN",
            channel_id="C1",
            user_id="U1",
            text="bonjour",
        )
    )
    assert len(replies) == 1
    assert "n'est relié à aucun programme" in replies[0].text


async def test_known_slack_team_resolves_its_client_and_role(assistant: Assistant):
    replies = answers(
        await assistant.handle(
            Incoming(
                platform=Platform.SLACK,
                workspace_id="T-ACME",
                channel_id="C1",
                user_id="U1",
                user_groups=("facilitators",),
                text="aide",
            )
        )
    )
    assert "animateur d'atelier" in replies[0].text


async def test_remote_platforms_cannot_claim_a_role_by_name(assistant: Assistant):
    replies = answers(
        await assistant.handle(
            Incoming(
                platform=Platform.DISCORD,
                workspace_id="900",
                channel_id="C1",
                user_id="U9",
                user_groups=("community_manager",),
                text="aide",
            )
        )
    )
    assert "ambassadeur" in replies[0].text


async def test_bot_messages_and_retried_events_are_dropped(assistant: Assistant):
    base = dict(platform=Platform.SLACK, workspace_id="T-ACME", channel_id="C1", user_id="U1")
    assert await assistant.handle(Incoming(**base, text="aide", from_bot=True)) == []
    first = await assistant.handle(Incoming(**base, text="aide", event_id="Ev1"))
    retry = await assistant.handle(Incoming(**base, text="aide", event_id="Ev1"))
    assert len(answers(first)) == 1 and retry == []


async def test_a_failing_skill_gives_a_localised_message_with_a_reference(
    session: SessionFactory, assistant: Assistant
):
    async def explode(turn, args):
        raise RuntimeError("boom")

    spec = assistant.registry.commands["aide"]
    from dataclasses import replace

    broken = replace(spec, handler=explode)
    for word in spec.words:
        assistant.registry.commands[word] = broken
    replies = await session("lea").send("aide")
    assert "quelque chose s'est mal passé" in replies[0].text
    assert "référence" in replies[0].text and "boom" not in replies[0].text
