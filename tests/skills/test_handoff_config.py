"""The client's `handoff` block: read from YAML, checked, and applied to the triage."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest

from bot.handoff import settings as handoff_settings
from bot.handoff.settings import PerClientSettings
from bot.tenants import ClientConfigError, parse_client_file

YAML = """\
display_name: Brasserie Volta
support_hours: "du lundi au vendredi, 9 h – 18 h"
handoff:
  timezone: Europe/Brussels
  claim_delay_minutes: 120
  contacts: [U0BOSS, U0DIRECTOR]
  helpline: "0800 32 123"
  rules:
    behaviour: {max_consecutive_unanswered: 3}
"""


def write(tmp_path: Path, content: str) -> Path:
    path = tmp_path / "volta.yaml"
    path.write_text(content, encoding="utf-8")
    return path


def test_handoff_block_is_read_and_drives_the_flow(tmp_path: Path):
    config = parse_client_file(write(tmp_path, YAML))
    assert config.handoff.contacts == ["U0BOSS", "U0DIRECTOR"]
    assert config.handoff_rules == {"behaviour": {"max_consecutive_unanswered": 3}}
    per_client = PerClientSettings()
    assert per_client.classifier_for(config).rules.behaviour.max_consecutive_unanswered == 3
    assert handoff_settings.when_text("fr", config) == (
        "L'équipe répond du lundi au vendredi, 9 h – 18 h ; en général sous 2 h."
    )
    assert "0800 32 123" in per_client.helpline_text("en", config)


def test_defaults_without_a_handoff_block(tmp_path: Path):
    config = parse_client_file(write(tmp_path, "display_name: Volta\n"))
    assert config.handoff_rules is None
    assert handoff_settings.when_text("en", config) == "Usually within 30 min."
    assert "3114" in PerClientSettings().helpline_text("fr", config)


def test_a_bad_delay_names_the_key(tmp_path: Path):
    with pytest.raises(ClientConfigError) as error:
        parse_client_file(write(tmp_path, "handoff: {claim_delay_minutes: 0}\n"))
    assert "handoff.claim_delay_minutes" in str(error.value)


def test_broken_rule_overrides_fall_back_to_the_defaults(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
):
    config = parse_client_file(write(tmp_path, "handoff: {rules: {disable: [no_such_rule]}}\n"))
    per_client = PerClientSettings()
    with caplog.at_level(logging.ERROR):
        classifier = per_client.classifier_for(config)
    assert classifier is per_client.classifier_for(None)
    assert "no_such_rule" in caplog.text
    assert classifier.classify("Je veux parler à un humain.").handoff


def test_staff_channel_follows_the_platform(tmp_path: Path):
    config = parse_client_file(
        write(tmp_path, "slack: {handoff_channel: C1}\ndiscord: {staff_channel: '77'}\n")
    )
    assert handoff_settings.staff_channel(config, "slack") == "C1"
    assert handoff_settings.staff_channel(config, "discord") == "77"
    assert handoff_settings.staff_channel(config, "console") == "C1"


async def test_broken_default_rules_leave_the_bot_running(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
    settings,
    acme,
):
    from bot.adapters.console import ConsoleSession
    from bot.assistant import Assistant
    from bot.handoff.detection import rules

    broken = tmp_path / "rules.yaml"
    broken.write_text("priority: [\n", encoding="utf-8")
    monkeypatch.setattr(rules, "DEFAULT_RULES_PATH", broken)
    with caplog.at_level(logging.CRITICAL):
        assistant = Assistant.build(settings)
        try:
            replies = await ConsoleSession(assistant, client="acme", user_id="lea").send("aide")
        finally:
            await assistant.aclose()
    assert "Voici ce que je peux faire" in replies[0].text
    assert "handoff triage unavailable" in caplog.text
