"""Rewrite the synthesis rows of docs/benchmarks.md from a tools/synsum.py output.

    python tools/syn_rows.py END.txt

Only rows that are not in bold (a judge's row keeps its start → end cells) are rewritten:
| set (description) | recall | precision | minorities | oppositions | unsupported | unserved |
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

DOC = Path(__file__).resolve().parent.parent / "docs" / "benchmarks.md"
LINE = re.compile(
    r"^(?P<name>\S+)\s+rec (?P<rec>[\d.]+) prec (?P<prec>[\d.]+) themes \S+ min (?P<min>\S+) "
    r"opp (?P<opp>\S+) uns (?P<uns>\d+/\d+)\(\+(?P<wrong>\d+)\) unserved (?P<unserved>\S+)"
)


def cells(match: re.Match[str]) -> str:
    m = match.groupdict()
    return (
        f" {float(m['rec']):.2f} | {float(m['prec']):.2f} | {m['min']} | {m['opp']} | "
        f"{m['uns']} (+{m['wrong']} wrong) | {m['unserved']} |"
    )


def main() -> None:
    measured = {}
    for line in Path(sys.argv[1]).read_text(encoding="utf-8").splitlines():
        if (match := LINE.match(line)) and match["name"] != "TOTAL":
            measured[match["name"]] = cells(match)
    lines = DOC.read_text(encoding="utf-8").split("\n")
    changed = 0
    for i, line in enumerate(lines):
        head = re.match(r"^\| `?(synthesis_\w+)`? ", line)
        if not head or head[1] not in measured:
            continue
        parts = line.split(" |")
        new = " |".join(parts[:-7]) + " |" + measured[head[1]]
        if new != line:
            lines[i] = new
            changed += 1
    DOC.write_text("\n".join(lines), encoding="utf-8")
    print(f"{changed} rows rewritten")


if __name__ == "__main__":
    main()
