"""The bot's own message texts, per language.

Texts live in `prompts/<area>_<lang>.yaml`; a key is `<area>.<name>`. French is
the reference: every key exists in French, and English falls back to French
only if a key is missing (a test keeps the two in step).
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from string import Formatter
from typing import Any

import yaml

LANGUAGES = ("fr", "en")
DEFAULT_LANGUAGE = "fr"
_DIR = Path(__file__).parent


@lru_cache(maxsize=len(LANGUAGES))
def load_catalog(lang: str) -> dict[str, str]:
    catalog: dict[str, str] = {}
    for path in sorted(_DIR.glob(f"*_{lang}.yaml")):
        area = path.stem.removesuffix(f"_{lang}")
        data = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key, value in _flatten(data):
            catalog[f"{area}.{key}"] = value
    return catalog


def _flatten(data: dict[str, Any], prefix: str = "") -> list[tuple[str, str]]:
    items: list[tuple[str, str]] = []
    for key, value in data.items():
        if isinstance(value, dict):
            items += _flatten(value, f"{prefix}{key}.")
        else:
            items.append((f"{prefix}{key}", str(value)))
    return items


def normalize_language(lang: str | None) -> str:
    if lang and lang.lower()[:2] in LANGUAGES:
        return lang.lower()[:2]
    return DEFAULT_LANGUAGE


def text(lang: str | None, key: str, **values: Any) -> str:
    """The text for `key` in `lang`, formatted with `values`."""
    lang = normalize_language(lang)
    template = load_catalog(lang).get(key) or load_catalog(DEFAULT_LANGUAGE).get(key)
    if template is None:
        raise KeyError(f"no message text '{key}'")
    return template.format(**values) if values else template


def placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in Formatter().parse(template) if name}
