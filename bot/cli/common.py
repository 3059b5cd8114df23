"""Small helpers shared by the CLI commands."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any, NoReturn

import typer
from rich.console import Console

from bot.settings import get_settings
from bot.shared_data import find_shared_dir
from bot.tenants import ClientConfig, ClientConfigError, ClientDirectory, ClientNotFound
from prompts.catalog import normalize_language
from prompts.catalog import text as catalog_text

err_console = Console(stderr=True)

LANG_ENV = "AMBASSADE_LANG"


def cli_language() -> str:
    """The language of CLI output: `ambassade --lang`, else AMBASSADE_LANG, else French."""
    return normalize_language(os.environ.get(LANG_ENV))


def set_cli_language(lang: str) -> None:
    os.environ[LANG_ENV] = normalize_language(lang)


def say(key: str, **values: Any) -> str:
    """A CLI text from `prompts/cli_<lang>.yaml` (key without the `cli.` prefix)."""
    return catalog_text(cli_language(), f"cli.{key}", **values)


def plural_form(count: int) -> str:
    """ "one" or "many": French takes the singular for 0 and 1 ("0 fichier"), English for 1."""
    singular = abs(count) <= 1 if cli_language() == "fr" else abs(count) == 1
    return "one" if singular else "many"


def plural(count: int, key: str) -> str:
    """'1 file', '2 files': `cli.units.<key>.one` / `.many` with the count."""
    return say(f"units.{key}.{plural_form(count)}", n=count)


def fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(f"[bold red]{say('error')}[/] {message}", highlight=False)
    raise typer.Exit(code)


def client_directory() -> ClientDirectory:
    return ClientDirectory(get_settings().clients_dir)


def load_client(name: str) -> ClientConfig:
    """The named client, or a clear error and exit code 2."""
    try:
        return client_directory().get(name)
    except (ClientNotFound, ClientConfigError) as exc:
        fail(describe_client_error(exc))


def describe_client_error(exc: ClientNotFound | ClientConfigError) -> str:
    """A client that cannot be loaded, told in the CLI's language (problem details as given)."""
    lang = cli_language()
    if isinstance(exc, ClientNotFound):
        known = ", ".join(exc.known) or catalog_text(lang, "cliconsole.client.none_known")
        return catalog_text(lang, "cliconsole.client.unknown", name=exc.name, known=known)
    problems = "; ".join(exc.problems)
    return catalog_text(lang, "cliconsole.client.unusable", path=exc.path, problems=problems)


def eval_file(data: Path | None, name: str) -> Path:
    """The evaluation file given with --data, else `../shared/eval/NAME`; exit 2 if absent."""
    if data is None:
        shared = find_shared_dir()
        if shared is None:
            fail(catalog_text(cli_language(), "cliconsole.bench.no_shared"))
        data = shared / "eval" / name
    if not data.is_file():
        fail(catalog_text(cli_language(), "cliconsole.bench.no_file", path=data))
    return data
