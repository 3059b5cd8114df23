"""Issue 20 item 1: the first-contact notice, once per person and version, on the console
(Slack and Discord: tests/adapters/test_i20_1_notice_platforms.py)."""

from __future__ import annotations

import pytest
from sqlmodel import select
from typer.testing import CliRunner

from bot.adapters.console import ConsoleSession
from bot.assistant import Assistant
from bot.core.messages import Incoming, Platform
from bot.notices.notice import is_notice, notice_version
from bot.notices.tables import NoticeSeen
from bot.settings import Settings
from bot.tenants import ClientConfig, ClientDirectory
from prompts.catalog import text

NOTICE_START = "Bonjour ! Je suis un assistant automatisé"


def seen_rows(assistant: Assistant) -> list[NoticeSeen]:
    with assistant.services.db.session() as session:
        return list(session.exec(select(NoticeSeen)).all())


async def test_i20_1_notice_comes_first_once_then_the_turn_is_answered(assistant: Assistant):
    raw = await assistant.handle(
        Incoming(Platform.CONSOLE, "acme", "console", "lea", text="aide", is_direct=True)
    )
    assert is_notice(raw[0]) and raw[0].text.startswith(NOTICE_START)
    assert len(raw) >= 2 and not any(is_notice(r) for r in raw[1:])  # then the help
    notice = raw[0].text
    assert "Acme Vélos" in notice and "12 mois" in notice and "3 mois" in notice
    assert "« mes données »" in notice and "« oubli »" in notice and "« stop rappels »" in notice
    assert "Aucun modèle d'IA externe" in notice  # no endpoint configured in tests
    assert "parler à quelqu'un" in notice
    again = await assistant.handle(
        Incoming(Platform.CONSOLE, "acme", "console", "lea", text="aide", is_direct=True)
    )
    assert not any(is_notice(r) for r in again)
    rows = seen_rows(assistant)
    assert [(r.version, r.language, r.platform) for r in rows] == [
        (notice_version("fr"), "fr", "console")
    ]


async def test_i20_1_console_session_keeps_the_notice_apart(session):
    lea = session("lea", role="ambassador")
    first = await lea.send("aide")
    assert first and not any(is_notice(r) for r in first)
    assert len(lea.notices) == 1 and lea.notices[0].text.startswith(NOTICE_START)
    await lea.send("aide")
    assert len(lea.notices) == 1
    assert lea.take_notices() == lea.notices and lea.take_notices() == []


async def test_i20_1_scheduled_turns_never_show_it(assistant: Assistant):
    replies = await assistant.handle(
        Incoming(Platform.SCHEDULER, "acme", "console", "lea", text="aide")
    )
    assert not any(is_notice(r) for r in replies)
    assert seen_rows(assistant) == []


async def test_i20_1_english_and_a_new_version_shown_once_more(
    assistant: Assistant, monkeypatch: pytest.MonkeyPatch
):
    tom = ConsoleSession(assistant, client="acme", user_id="tom", language="en")
    await tom.send("help")
    assert tom.notices[0].text.startswith("Hello! I am an automated assistant")
    monkeypatch.setattr("bot.notices.notice.notice_version", lambda language: "2099-01-01")
    await tom.send("help")
    await tom.send("help")
    assert len(tom.notices) == 2
    assert sorted(r.version for r in seen_rows(assistant)) == [notice_version("en"), "2099-01-01"]


async def test_i20_1_settings_shape_the_notice(settings: Settings, acme: ClientConfig):
    privacy = {
        "model_consent": "required",
        "policy_url": "https://acme.example/confidentialite",
        "retention": {"answers_days": 180, "conversations_days": 10},
    }
    strict = ClientConfig.model_validate({**acme.model_dump(), "privacy": privacy})
    ClientDirectory(settings.clients_dir).save(strict, overwrite=True)
    configured = settings.model_copy(
        update={"openai_base_url": "http://127.0.0.1:9/v1", "chat_model": "fake-chat"}
    )
    bot = Assistant.build(configured)
    try:
        lea = ConsoleSession(bot, client="acme", user_id="lea")
        await lea.send("aide")
    finally:
        await bot.aclose()
    notice = lea.notices[0].text
    assert "(6 mois)" in notice and "(10 jours)" in notice
    assert "masquées avant tout envoi" in notice and "« consentement oui »" in notice
    assert "https://acme.example/confidentialite" in notice


def test_i20_1_versions_agree_and_bad_settings_are_refused():
    assert notice_version("fr") == notice_version("en")
    assert text("fr", "notices.version")
    with pytest.raises(ValueError, match="model_consent"):
        ClientConfig(name="acme", privacy={"model_consent": "maybe"})
    with pytest.raises(ValueError, match="answers_days"):
        ClientConfig(name="acme", privacy={"retention": {"answers_days": 0}})


def test_i20_1_console_chat_prints_the_notice_first(acme: ClientConfig):
    from bot.cli import app

    result = CliRunner().invoke(
        app, ["chat", "--client", "acme", "--user", "lea"], input="aide\naide\n"
    )
    assert result.exit_code == 0, result.output
    assert result.output.count(NOTICE_START) == 1
    assert result.output.index(NOTICE_START) < 40  # before the help it answers
