"""Labels of levels and badges: the client's own, else the built-in ones, else the id."""

from __future__ import annotations

from bot.contributions.settings import BadgeRule, Level
from bot.tenants import ClientConfig
from prompts.catalog import load_catalog, text


def _own_or_builtin(labels: dict[str, str], area: str, item_id: str, lang: str) -> str:
    if labels:
        return labels.get(lang) or labels.get("fr") or next(iter(labels.values()))
    key = f"contributions.{area}.{item_id}"
    return text(lang, key) if key in load_catalog("fr") else item_id


def level_label(config: ClientConfig, level_id: str, lang: str) -> str:
    level: Level | None = config.contributions.level(level_id)
    return _own_or_builtin(level.labels if level else {}, "levels", level_id, lang)


def badge_label(config: ClientConfig, badge_id: str, lang: str) -> str:
    badges = config.contributions.badges
    rule: BadgeRule | None = next((b for b in badges if b.id == badge_id), None)
    return _own_or_builtin(rule.labels if rule else {}, "badges", badge_id, lang)
