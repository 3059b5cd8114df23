"""Copy a set written blind into the repository, with its start figures under line 1.

python tools/install_judge.py SET_FOLDER DEST_PARENT ["FIGURES"]
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path


def install(source: Path, parent: Path, figures: str | None) -> Path:
    dest = parent / source.name
    shutil.copytree(source, dest, ignore=shutil.ignore_patterns("__pycache__"))
    if figures:
        readme = dest / "README.md"
        lines = readme.read_text(encoding="utf-8").split("\n")
        lines[2:2] = [f"> {figures}", ""]
        readme.write_text("\n".join(lines), encoding="utf-8")
    return dest


if __name__ == "__main__":
    args = sys.argv[1:]
    print(install(Path(args[0]), Path(args[1]), args[2] if len(args) > 2 else None))
