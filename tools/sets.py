"""List the measured sets by kind and by status (dev or held out), one path per line.

python tools/sets.py markings|structure|synthesis dev|held
"""

from __future__ import annotations

import sys
from pathlib import Path

from bot.bench.held_out import is_held_out

ROOT = Path(__file__).resolve().parent.parent
PATTERNS = {
    "markings": "tests/knowledge/data/markings_*",
    "structure": "tests/knowledge/data/structure*",
    "synthesis": "bot/bench/synthesis_*",
}


def folders(kind: str, status: str) -> list[Path]:
    found = [p for p in sorted(ROOT.glob(PATTERNS[kind])) if (p / "README.md").is_file()]
    return [p for p in found if is_held_out(p) == (status == "held")]


if __name__ == "__main__":
    for path in folders(sys.argv[1], sys.argv[2]):
        print(path.relative_to(ROOT))
