"""The `ambassade` command line; the Typer application is built in `bot.cli.root`.

`app`, `bench_app` and `main` are loaded on first use, so importing a helper such as
`bot.cli.common` does not import every command module.
"""

from __future__ import annotations

import importlib
from typing import Any

_ROOT_NAMES = ("app", "bench_app", "main")


def __getattr__(name: str) -> Any:
    if name in _ROOT_NAMES:
        return getattr(importlib.import_module("bot.cli.root"), name)
    raise AttributeError(f"module 'bot.cli' has no attribute {name!r}")
