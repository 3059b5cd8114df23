"""Per-client handoff settings as the flow needs them: classifier, staff channel, delays.

What is computed from a client's settings and kept (its compiled triage rules, its
personal-data detectors) lives in a `PerClientSettings` object: the composition root builds
one (`Services.handoff_settings`) and hands it to the handoff stages and the staff skill.
The rest is read from the client's configuration each time, by the functions below.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import dataclass

from bot.core.messages import Platform
from bot.handoff.detection import HandoffClassifier, HandoffRules, HandoffRulesError
from bot.policy.confidentiality import DetectorCache
from bot.policy.pii import redact
from bot.tenants import ClientConfig
from prompts.catalog import text

log = logging.getLogger(__name__)

SUMMARY_CHARS = 240
# Console sessions with no staff channel configured show the card under this name.
CONSOLE_STAFF_CHANNEL = "staff"


class PerClientSettings:
    """The handoff's view of each client's settings, compiled once per distinct configuration."""

    def __init__(self) -> None:
        # One compiled classifier per distinct set of overrides (most clients share the defaults).
        self._classifiers: dict[str, HandoffClassifier] = {}
        self._lock = threading.Lock()
        # Patterns only: the person-name model takes seconds to load, too slow for a message
        # that must reach someone in danger at once.
        self._detectors = DetectorCache(use_ner=False)

    def classifier_for(self, client: ClientConfig | None) -> HandoffClassifier:
        """The default rules merged with the client's overrides, compiled once (about a second)."""
        overrides = client.handoff_rules if client is not None else None
        key = json.dumps(overrides or {}, sort_keys=True, default=str)
        with self._lock:
            cached = self._classifiers.get(key)
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
            return self.classifier_for(None)
        classifier = HandoffClassifier(rules)
        with self._lock:
            self._classifiers[key] = classifier
        return classifier

    def helpline_text(self, language: str, client: ClientConfig) -> str:
        """The human message with the helpline: the client's number, else the rules' text."""
        if client.handoff.helpline:
            return text(language, "handoff.helpline", number=client.handoff.helpline)
        return self.classifier_for(client).rules.helpline(language)

    def redacted_excerpt(self, client: ClientConfig, message: str) -> str:
        """The start of a message with personal data and the client's secrets masked."""
        excerpt = " ".join(message.split())[:SUMMARY_CHARS]
        return redact(excerpt, self._detectors.for_client(client).detect(excerpt))


def staff_channel(client: ClientConfig, platform: Platform | str) -> str | None:
    """Where community managers get cards on this platform."""
    if platform == Platform.DISCORD:
        return client.discord.staff_channel
    if platform == Platform.SLACK:
        return client.slack.handoff_channel
    return client.slack.handoff_channel or client.discord.staff_channel or CONSOLE_STAFF_CHANNEL


@dataclass(frozen=True, slots=True)
class StaffPlace:
    """Where the staff of a client get a person's handoff: a platform and its channel."""

    platform: str
    channel: str | None

    def reply_platform(self, person_platform: Platform | str) -> str | None:
        """What `Reply.platform` must say for a reply to staff: None when it is the same."""
        return None if self.platform == str(person_platform) else self.platform


def staff_place(client: ClientConfig, person_platform: Platform | str) -> StaffPlace:
    """Where staff work for a handoff opened on `person_platform`.

    `handoff.staff_platform` when set; else the person's own platform if it has a staff
    channel; else the platform that has one. The console keeps everything local.
    """
    person = str(person_platform)
    if person not in (Platform.SLACK, Platform.DISCORD):
        return StaffPlace(person, staff_channel(client, person))
    chosen = client.handoff.staff_platform
    if chosen is None:
        with_channel = [
            name
            for name in (person, Platform.SLACK.value, Platform.DISCORD.value)
            if staff_channel(client, name)
        ]
        chosen = with_channel[0] if with_channel else person
    return StaffPlace(chosen, staff_channel(client, chosen))


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
