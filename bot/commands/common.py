"""Small helpers shared by the CLI commands."""

from __future__ import annotations

from pathlib import Path
from typing import NoReturn

import typer
from rich.console import Console

from bot.settings import get_settings
from bot.shared_data import MISSING_SHARED_MESSAGE, find_shared_dir
from bot.tenants import ClientConfig, ClientConfigError, ClientDirectory, ClientNotFound

err_console = Console(stderr=True)


def fail(message: str, code: int = 2) -> NoReturn:
    err_console.print(f"[bold red]error:[/] {message}", highlight=False)
    raise typer.Exit(code)


def client_directory() -> ClientDirectory:
    return ClientDirectory(get_settings().clients_dir)


def load_client(name: str) -> ClientConfig:
    """The named client, or a clear error and exit code 2."""
    try:
        return client_directory().get(name)
    except (ClientNotFound, ClientConfigError) as exc:
        fail(str(exc))


def eval_file(data: Path | None, name: str) -> Path:
    """The evaluation file given with --data, else `../shared/eval/NAME`; exit 2 if absent."""
    if data is None:
        shared = find_shared_dir()
        if shared is None:
            fail(MISSING_SHARED_MESSAGE)
        data = shared / "eval" / name
    if not data.is_file():
        fail(f"{data} does not exist")
    return data
