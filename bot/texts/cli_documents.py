"""Texts of the document commands (`prompts/clidocs_<lang>.yaml`), in the CLI language."""

from __future__ import annotations

from typing import Any

from bot.cli.common import cli_language, err_console, plural, plural_form
from prompts.catalog import text

__all__ = ["count", "err_console", "plural", "t"]


def t(key: str, **values: Any) -> str:
    """A text `clidocs.<key>` in the language of `ambassade --lang` / AMBASSADE_LANG."""
    return text(cli_language(), f"clidocs.{key}", **values)


def count(n: int, key: str) -> str:
    """'1 ajouté', '2 ajoutés' (`clidocs.<key>.one` / `.many`; the rule of `plural()`)."""
    return t(f"{key}.{plural_form(n)}", n=n)
