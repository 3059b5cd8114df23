"""The texts of contributions in chat: labels of kinds, levels and badges; what was earned."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from bot.contributions.errors import ContributionError
from bot.contributions.kinds import find, kinds, solicitation_kind
from bot.contributions.labels import badge_label, level_label
from bot.core.messages import Choice
from bot.tenants import ClientConfig
from prompts.catalog import text

__all__ = ["badge_label", "level_label"]  # re-exported for the skill's modules

DRAFT_ACTION = "contrib:draft"
REVIEW_ACTION = "contrib:review"
PREF_ACTION = "contrib:pref"
DELIVER_ACTION = "contrib:deliver"
KIND_BUTTONS = 8


def t(lang: str, key: str, **values: object) -> str:
    return text(lang, f"contributions.chat.{key}", **values)


def day(value: date) -> str:
    return f"{value:%d/%m/%Y}"


def kind_label(config: ClientConfig, kind_id: str, lang: str) -> str:
    kind = find(config, kind_id) or solicitation_kind(config, kind_id)
    return kind.label(lang)


def status_label(lang: str, status: str) -> str:
    return text(lang, f"contributions.statuses.{status}")


def error_text(lang: str, error: ContributionError) -> str:
    values = dict(error.values)
    if "status" in values:
        values["status"] = status_label(lang, values["status"])
    message = text(lang, f"contributions.errors.{error.code}", **values)
    return message[:1].upper() + message[1:] + "."


def earned_lines(
    config: ClientConfig, lang: str, levels: Iterable[str], badges: Iterable[str]
) -> list[str]:
    """ "Bravo, vous passez au niveau Expert !", what it unlocks, each new badge."""
    lines = []
    for level_id in levels:
        lines.append(t(lang, "level_up", level=level_label(config, level_id, lang)))
        level = config.contributions.level(level_id)
        perks = level.perks if level else {}
        if perks:
            lines.append(t(lang, "perks", perks=perks.get(lang) or next(iter(perks.values()))))
    lines += [t(lang, "badge", badge=badge_label(config, b, lang)) for b in badges]
    return lines


def kind_choices(config: ClientConfig, lang: str, prefix: str) -> tuple[Choice, ...]:
    return tuple(
        Choice(kind.label(lang), f"{prefix}{kind.id}") for kind in kinds(config)[:KIND_BUTTONS]
    )
