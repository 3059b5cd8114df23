"""Rewrite the figures of the markings rows of docs/benchmarks.md from a tools/marksum.py output.

    python tools/mark_rows.py END.txt

Only rows that are not in bold (a judge's row keeps its start → end cells) and whose set has
a names line are rewritten; each cell's leading figures change, its remarks stay:
| `set` (description) | accuracy (with the names …) | fail-open (read public) | public found
| unmarked read restricted | confidential read internal |
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
LINE = re.compile(
    r"^(\S+)\s+plain acc (\S+) fo (\d+)/\d+ rp (\d+) pub (\d+)/\d+ ur (\d+)/\d+ cl (\d+)/\d+"
    r" \| names acc (\S+) fo (\d+)/\d+ rp (\d+) pub (\d+)/\d+"
)
ROW = re.compile(r"^\| `(markings_\w+)` ")


def rewritten(row: str, figures: tuple[str, ...]) -> str:
    acc, fo, rp, pub, ur, cl, names_acc, names_fo, names_rp, names_pub = figures
    cells = row.split(" | ")
    cells[1] = re.sub(r"^\d\.\d+", acc, cells[1])
    cells[1] = re.sub(
        r"with the names \d\.\d+, \d+/70, \d+ read public, \d+/40",
        f"with the names {names_acc}, {names_fo}/70, {names_rp} read public, {names_pub}/40",
        cells[1],
    )
    cells[2] = re.sub(r"^\d+/70 \(\d+ read public", f"{fo}/70 ({rp} read public", cells[2])
    cells[3] = re.sub(r"^\d+/40", f"{pub}/40", cells[3])
    cells[4] = re.sub(r"^\d+/40", f"{ur}/40", cells[4])
    cells[5] = re.sub(r"^\d+/30", f"{cl}/30", cells[5])
    return " | ".join(cells)


def main() -> None:
    measured = {}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if found := LINE.match(line):
            measured[found.group(1)] = found.groups()[1:]
    rows = DOC.read_text(encoding="utf-8").split("\n")
    changed = 0
    for number, row in enumerate(rows):
        if (named := ROW.match(row)) and named.group(1) in measured:
            new = rewritten(row, measured[named.group(1)])
            changed += new != row
            rows[number] = new
    DOC.write_text("\n".join(rows), encoding="utf-8")
    print(f"{changed} rows rewritten")


if __name__ == "__main__":
    main()
