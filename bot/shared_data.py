"""Locate the project's shared evaluation and benchmark sets (`../shared`)."""

from __future__ import annotations

import os
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parent.parent


def find_shared_dir() -> Path | None:
    """Return the `shared/` folder beside the checkout, or None when it is absent.

    Looked up in order: `$AMBASSADE_SHARED_DIR`, `../shared` from the working
    directory, `../shared` from the repository root.
    """
    candidates = []
    if env := os.environ.get("AMBASSADE_SHARED_DIR"):
        candidates.append(Path(env))
    candidates += [Path.cwd().parent / "shared", _REPO_ROOT.parent / "shared"]
    for candidate in candidates:
        if candidate.is_dir():
            return candidate.resolve()
    return None


MISSING_SHARED_MESSAGE = (
    "../shared is absent: the evaluation and benchmark sets live beside the checkout "
    "(set AMBASSADE_SHARED_DIR to point elsewhere)"
)
