"""Per-client handoff settings as the flow needs them: classifier, staff channel, delays."""

from __future__ import annotations

import json
import logging
import threading

from bot.core.messages import Platform
from bot.policy.confidentiality import DetectorCache
from bot.policy.handoff import HandoffClassifier, HandoffRules, HandoffRulesError
from bot.policy.pii import redact
from bot.tenants import ClientConfig
from prompts.catalog import text

log = logging.getLogger(__name__)

SUMMARY_CHARS = 240
# Console sessions with no staff channel configured show the card under this name.
CONSOLE_STAFF_CHANNEL = "staff"

# One compiled classifier per distinct set of overrides (most clients share the defaults).
_classifiers: dict[str, HandoffClassifier] = {}
_lock = threading.Lock()
# Patterns only: the person-name model takes seconds to load, too slow for a message
# that must reach someone in danger at once.
_detectors = DetectorCache(use_ner=False)


def classifier_for(client: ClientConfig | None) -> HandoffClassifier:
    """The default rules merged with the client's overrides, compiled once (about a second)."""
    overrides = client.handoff_rules if client is not None else None
    key = json.dumps(overrides or {}, sort_keys=True, default=str)
    with _lock:
        cached = _classifiers.get(key)
    if cached is not None:
        return cached
    try:
        rules = HandoffRules.load(
            overrides=overrides,
            overrides_source=f"client '{client.name if client else ''}' handoff.rules",
        )
    except HandoffRulesError as exc:
        if client is None or not overrides:  # the shipped rules themselves are broken
            raise
        log.error("handoff rules of client %s ignored, defaults used: %s", client.name, exc)
        return classifier_for(None)
    classifier = HandoffClassifier(rules)
    with _lock:
        _classifiers[key] = classifier
    return classifier


def staff_channel(client: ClientConfig, platform: Platform | str) -> str | None:
    """Where community managers get cards on this platform."""
    if platform == Platform.DISCORD:
        return client.discord.staff_channel
    if platform == Platform.SLACK:
        return client.slack.handoff_channel
    return client.slack.handoff_channel or client.discord.staff_channel or CONSOLE_STAFF_CHANNEL


def support_hours(client: ClientConfig) -> str | None:
    return client.handoff.support_hours or client.support_hours


def delay_text(language: str, minutes: float) -> str:
    if minutes >= 120 and minutes % 60 == 0:
        return text(language, "handoff.hours", count=int(minutes // 60))
    return text(language, "handoff.minutes", count=max(1, round(minutes)))


def when_text(language: str, client: ClientConfig) -> str:
    """When a person will answer, in the person's language."""
    delay = delay_text(language, client.handoff.claim_delay_minutes)
    hours = support_hours(client)
    if hours:
        return text(language, "handoff.when_hours", hours=hours, delay=delay)
    return text(language, "handoff.when_delay", delay=delay)


def helpline_text(language: str, client: ClientConfig) -> str:
    """The human message with the helpline: the client's number, else the rules' text."""
    if client.handoff.helpline:
        return text(language, "handoff.helpline", number=client.handoff.helpline)
    return classifier_for(client).rules.helpline(language)


def redacted_excerpt(client: ClientConfig, message: str) -> str:
    """The start of a message with personal data and the client's secrets masked."""
    excerpt = " ".join(message.split())[:SUMMARY_CHARS]
    return redact(excerpt, _detectors.for_client(client).detect(excerpt))
