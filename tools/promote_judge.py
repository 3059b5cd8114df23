"""Turn a judge (a held-out set that judged a pass) into a development set.

    python tools/promote_judge.py FOLDER "FIGURES" --judged STOP --start SHA --end SHA

Line 1 of its README becomes "Development set since stop STOP+1", and a line with the
figures measured at the judged pass's start and end is inserted under it.
"""

from __future__ import annotations

import argparse
from pathlib import Path

HELD_OUT_START = "> **Held-out set"


def promote(folder: Path, figures: str, judged: int, start: str, end: str) -> None:
    readme = folder / "README.md"
    lines = readme.read_text(encoding="utf-8").split("\n")
    if not lines[0].startswith(HELD_OUT_START) or lines[1] != ">":
        raise SystemExit(f"{readme}: line 1 is not a held-out mark followed by '>'")
    written = lines[0].split("Written blind on ", 1)[1].split(" from DOMAIN.md", 1)[0]
    lines[0] = (
        f"> **Development set since stop {judged + 1}** (it judged stop {judged}; from now on "
        f"it may be read and tuned on). Written blind on {written} from DOMAIN.md, the issue "
        "and the format only, without reading the project's code, tests or other data sets."
    )
    lines[2:2] = [f"> Stop {judged}, session start ({start}) → end ({end}): {figures}", ">"]
    readme.write_text("\n".join(lines), encoding="utf-8")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folder", type=Path)
    parser.add_argument("figures")
    parser.add_argument("--judged", type=int, required=True, help="the stop it judged")
    parser.add_argument("--start", required=True)
    parser.add_argument("--end", required=True)
    args = parser.parse_args()
    promote(args.folder, args.figures, args.judged, args.start, args.end)


if __name__ == "__main__":
    main()
