"""Small helpers shared by the CLI commands."""

from __future__ import annotations

from typing import NoReturn

import typer
from rich.console import Console

from bot.settings import get_settings
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
