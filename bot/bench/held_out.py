"""Whether an evaluation set is held out: measured, never read item by item.

A set says so on the first line of its README ("Held-out set: measure only"); a set that
was promoted to development says "Development set since stop N" there instead. A folder
without a README falls back on its name, failing closed: "heldout" in the name hides items.
"""

from __future__ import annotations

from pathlib import Path

HELD_OUT_MARK = "held-out set: measure only"
DEVELOPMENT_MARK = "development set"


def is_held_out(folder: Path) -> bool:
    readme = folder / "README.md"
    try:
        first_line = readme.read_text(encoding="utf-8").lstrip().split("\n", 1)[0].lower()
    except (OSError, UnicodeDecodeError):
        return "heldout" in folder.name
    if HELD_OUT_MARK in first_line:
        return True
    if DEVELOPMENT_MARK in first_line:
        return False
    return "heldout" in folder.name
