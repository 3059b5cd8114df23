"""Texts of the commands in `prompts/cliconsole_<lang>.yaml`, in the CLI's language."""

from __future__ import annotations

from typing import Any

from bot.cli.common import cli_language
from prompts.catalog import text


def tell(key: str, **values: Any) -> str:
    """`cliconsole.<key>` in the language of `ambassade --lang` / AMBASSADE_LANG."""
    return text(cli_language(), f"cliconsole.{key}", **values)
