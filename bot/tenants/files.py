"""Reading one client file: YAML, then the model's validation.

A file that cannot be used raises `ClientConfigError`, which names the file, the key and
the problem, one line per problem.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import yaml
from pydantic import ValidationError

from bot.tenants.config import ClientConfig


class ClientConfigError(Exception):
    """A client file that cannot be used: says which file, which key, what is wrong."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path = path
        self.problems = problems
        super().__init__(f"{path}: " + "; ".join(problems))


def describe_problems(exc: ValidationError) -> list[str]:
    """One readable line per problem: the key and what is wrong with it."""
    return [
        f"key '{'.'.join(str(p) for p in err['loc']) or '(root)'}': "
        f"{err['msg'].removeprefix('Value error, ')}"
        for err in exc.errors()
    ]


def parse_client_file(path: Path) -> ClientConfig:
    """Read and validate one client file; raise ClientConfigError naming key and problem."""
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ClientConfigError(path, [f"cannot be read: {exc}"]) from exc
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        at = f" at line {where.line + 1}, column {where.column + 1}" if where else ""
        raise ClientConfigError(path, [f"is not valid YAML{at}"]) from exc
    if not isinstance(raw, Mapping):
        raise ClientConfigError(path, ["must be a mapping of keys to values"])
    raw = {"name": path.stem, **raw}
    try:
        config = ClientConfig.model_validate(raw)
    except ValidationError as exc:
        raise ClientConfigError(path, describe_problems(exc)) from exc
    if config.name != path.stem:
        raise ClientConfigError(
            path, [f"key 'name': '{config.name}' differs from the file name '{path.stem}'"]
        )
    return config
