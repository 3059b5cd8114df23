"""Whether an evaluation set is held out: measured, never read item by item.

A set says so at the start of its README ("Held-out set: measure only"); a set that was
promoted to development starts "Development set since stop N" there instead. A folder
without a README falls back on its name, failing closed: "heldout" in the name hides items.
"""

from __future__ import annotations

from pathlib import Path

HELD_OUT_MARKS = ("held-out set",)
DEVELOPMENT_MARKS = ("development set", "promoted to a development set")


def is_held_out(folder: Path) -> bool:
    readme = folder / "README.md"
    try:
        text = readme.read_text(encoding="utf-8")
        first_line = text.lstrip().split("\n", 1)[0].lstrip("> *").lower()
    except (OSError, UnicodeDecodeError):
        return "heldout" in folder.name
    if first_line.startswith(HELD_OUT_MARKS):
        return True
    if first_line.startswith(DEVELOPMENT_MARKS):
        return False
    return "heldout" in folder.name
